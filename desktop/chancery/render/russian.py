"""Russian grammar helpers: cases of names, titles, nouns and places; agreement; dates and numbers.

Morphology comes from libraries made for the job, both pip packages that
ship their data (nothing is downloaded at run time):

- **pymorphy3** with the OpenCorpora dictionary (``pymorphy3-dicts-ru``) for
  titles, adjectives, nouns, places and the agreement of verbs;
- **pytrovich** (the petrovich rules for Russian anthroponyms) for personal
  names.

Both are imported on first use only (rendering Russian), never on the GUI's
start-up path.  Every function is conservative: a word the dictionary does not
know, or a name the rules cannot decline safely (a foreign woman's surname in
a consonant, a name in Latin script, initials), is left in the nominative form the
record gives rather than guessed.

Cases are named ``nom gen dat acc ins loc``.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from functools import lru_cache
from typing import Any

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
_OC = {"nom": "nomn", "gen": "gent", "dat": "datv", "acc": "accs", "ins": "ablt", "loc": "loct"}
_CYRILLIC = re.compile(r"^[А-Яа-яЁё’'\-]+$")
_VOWELS = set("аеёиоуыэюя")
_lock = threading.Lock()

# Parts of a name that never decline ("фон дер Ляйен", "Мухаммед бин Салман", "Гейдар оглы").
NAME_PARTICLES = {
    "фон", "дер", "ван", "де", "ди", "да", "дель", "дос", "ду", "ле", "ла", "аль", "эль", "ибн", "бин", "бен",
    "оглы", "кызы", "улы", "уулу", "заде", "тер", "цу",
}
PATRONYMIC_MARKERS = {"оглы", "кызы", "улы", "уулу"}
# Female surnames of the Russian pattern (adjectival, -ова, -ина …): the petrovich rules for women decline
# them ("Ивановой").  Any other surname in -а/-я ("Колонна", "Гарсия") is a noun of the first declension
# for a woman as for a man ("с Катрин Колонной"): the rules for men decline it, and keep the indeclinable
# ones ("Тома", "Моруа").
_FEMALE_DECLINABLE = ("ова", "ева", "ёва", "ина", "ына", "ая", "яя")


# -- the libraries, loaded on first use ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def morph() -> Any:
    """The pymorphy3 analyser (loaded once, ~0.2 s; the dictionary ships with pymorphy3-dicts-ru)."""
    with _lock:
        import pymorphy3

        return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=1)
def _names() -> tuple[Any, Any, Any, Any]:
    with _lock:
        from pytrovich.enums import Case, Gender, NamePart
        from pytrovich.maker import PetrovichDeclinationMaker

        return PetrovichDeclinationMaker(), Case, Gender, NamePart


# -- letter case ------------------------------------------------------------------------------------------------


def _restore(original: str, new: str) -> str:
    """``new`` (lower case, from the dictionary) written with the capitals of ``original``."""
    if original.isupper() and len(original) > 1:
        return new.upper()
    old_parts, new_parts = original.split("-"), new.split("-")
    if len(old_parts) != len(new_parts):
        return new[:1].upper() + new[1:] if original[:1].isupper() else new
    out = []
    for old, part in zip(old_parts, new_parts, strict=True):
        out.append(part[:1].upper() + part[1:] if old[:1].isupper() else part)
    return "-".join(out)


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.match(word))


# -- words -------------------------------------------------------------------------------------------------------


def _parses(word: str) -> list[Any]:
    return list(morph().parse(word.replace("’", "'")))


def _noun(word: str, *, place: bool = False) -> Any | None:
    """The nominative noun reading of ``word`` (a place name's reading first when ``place``).

    None when the dictionary does not know the word as a noun, or knows it as
    indeclinable ("Баку", "Алматы", "ОДКБ").
    """
    nouns = [p for p in _parses(word) if p.tag.POS == "NOUN" and p.is_known]
    if place:
        nouns.sort(key=lambda p: "Geox" not in p.tag)
    if not nouns or "Fixd" in nouns[0].tag or "Abbr" in nouns[0].tag:
        return None
    found = [p for p in nouns if p.tag.case == "nomn" and "Fixd" not in p.tag]
    return found[0] if found else None


_ADJECTIVE_ENDINGS = ("ский", "ская", "ское", "ские", "цкий", "цкая", "ный", "ная", "ное", "ные", "ний", "няя",
                      "нее", "ние", "ый", "ий", "ой", "ая", "ое", "ые", "ие")


def _adjective(word: str) -> Any | None:
    """The nominative adjective (or participle) reading of ``word``; a word the dictionary lacks counts when
    it has an adjective's ending and the analyser reads it so ("Антальский")."""
    for p in _parses(word):
        if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn" and "Apro" not in p.tag \
                and (p.is_known or word.lower().endswith(_ADJECTIVE_ENDINGS)):
            return p
    return None


_CONSONANTS = set("бвгджзклмнпрстфхцчшщ")
_HUSHING = set("жшчщц")


def _foreign_place(word: str, case: str) -> str | None:
    """A place name the dictionary lacks, ending in a consonant: declined as a masculine noun ("Эр-Рияде")."""
    last = word[-1:].lower()
    if last not in _CONSONANTS:
        return None
    endings = {"nom": "", "gen": "а", "dat": "у", "acc": "", "ins": "ем" if last in _HUSHING else "ом", "loc": "е"}
    return word + endings[case]


def _inflect(parse: Any, grammemes: set[str]) -> str | None:
    result = parse.inflect({g for g in grammemes if g})
    return result.word if result else None


def inflect_adjective(word: str, case: str, *, gender: str | None = None, plural: bool = False,
                      animate: bool = True) -> str:
    """An adjective in ``case``, gender ("masc"/"femn"/"neut") and number; unchanged when unknown."""
    parse = _adjective(word) or next((p for p in _parses(word) if p.tag.POS in ("ADJF", "PRTF") and p.is_known), None)
    if parse is None:
        return word
    grammemes = {_OC[case], "plur" if plural else "sing"}
    if not plural and gender:
        grammemes.add(gender)
    if case == "acc" and (plural or gender in (None, "masc")):
        grammemes.add("anim" if animate else "inan")
    new = _inflect(parse, grammemes) or _inflect(parse, grammemes - {"anim", "inan"})
    return _restore(word, new) if new else word


def noun_phrase(text: str, case: str, *, plural: bool | None = None, place: bool = False,
                animate: bool | None = None, strict: bool = False) -> str:
    """A Russian noun phrase in ``case``: its leading adjectives and head noun are declined, the rest kept.

    "генеральный секретарь ОДКБ" -> "генеральным секретарём ОДКБ";
    "Объединённые Арабские Эмираты" -> "Объединённых Арабских Эмиратов";
    "Босния и Герцеговина" -> "Боснии и Герцеговины" (a coordinated noun after the head).
    A phrase whose head the dictionary does not know is returned unchanged;
    with ``strict`` (free text typed by a user) also one whose head is more
    likely another case than the nominative ("энергетики" stays).
    """
    if not text or (case == "nom" and plural is None):
        return text
    tokens = text.split(" ")
    if strict:
        head = head_phrase(text).split(" ")[-1]
        best = _parses(head)[:1]
        if not best or best[0].tag.case != "nomn":
            return text
    return " ".join(_decline_tokens(tokens, case, plural=plural, place=place, animate=animate))


def _decline_tokens(tokens: list[str], case: str, *, plural: bool | None, place: bool,
                    animate: bool | None) -> list[str]:
    adjectives: list[tuple[int, Any]] = []
    head: tuple[int, Any] | None = None
    i = 0
    while i < len(tokens):
        word = tokens[i]
        if not is_cyrillic(word):
            break
        if word == "и" and adjectives and i + 1 < len(tokens) and _adjective(tokens[i + 1]):
            i += 1
            continue
        adjective = _adjective(word)
        noun = _noun(word, place=place)
        if noun is not None and (adjective is None or noun.score >= adjective.score or i + 1 == len(tokens)):
            head = (i, noun)
            break
        if adjective is not None:
            adjectives.append((i, adjective))
            i += 1
            continue
        if any(p.tag.POS == "ADVB" for p in _parses(word)[:1]) and i + 1 < len(tokens) and _adjective(tokens[i + 1]):
            i += 1
            continue
        break
    if head is None:
        if not place or len(tokens) != 1 or not is_cyrillic(tokens[0]):
            return tokens
        # A place the dictionary does not know ("Эр-Рияд"): its last part if known, else a consonant-final
        # foreign name declines as a masculine noun; a vowel-final one ("Абу-Даби") does not decline.
        if any(p.is_known and p.tag.POS == "NOUN" for p in _parses(tokens[0])):
            return tokens
        first, _sep, last = tokens[0].rpartition("-")
        noun = _noun(last, place=True) if first else None
        if noun is not None:
            new = _inflect(noun, {_OC[case]})
            if new:
                return [f"{first}-{_restore(last, new)}"]
        return [_foreign_place(tokens[0], case) or tokens[0]]
    index, noun = head
    number = "plur" if plural or (plural is None and noun.tag.number == "plur") else "sing"
    if "Pltm" in noun.tag:
        number = "plur"
    new = _inflect(noun, {_OC[case], number}) or _inflect(noun, {_OC[case]})
    if new is None:
        return tokens
    out = list(tokens)
    out[index] = _restore(tokens[index], new)
    inflected = noun.inflect({_OC[case], number}) or noun
    gender = inflected.tag.gender if number == "sing" else None
    alive = animate if animate is not None else "anim" in noun.tag
    for position, _parse in adjectives:
        out[position] = inflect_adjective(tokens[position], case, gender=gender, plural=number == "plur",
                                          animate=alive)
    # "Босния и Герцеговина", "Тринидад и Тобаго": a second noun phrase joined to the head.
    if index + 2 < len(tokens) and tokens[index + 1] == "и" and _noun(tokens[index + 2], place=place):
        rest = _decline_tokens(tokens[index + 2:], case, plural=None, place=place, animate=animate)
        out[index + 2:] = rest
    return out


def title_phrase(title: str, case: str, *, plural: bool | None = None) -> str:
    """A title in ``case``; a title of two offices declines both heads: "заместитель Председателя Кабинета
    Министров, Министр иностранных дел" / "заместитель Премьер-министра — министр иностранных дел"."""
    parts = re.split(r"(,\s|\s[—–-]\s)", title)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(part)
        else:
            out.append(noun_phrase(part, case, plural=plural, animate=True, strict=i > 0))
    return "".join(out)


def first_noun(text: str) -> str:
    """The first noun of a phrase in whatever case it stands, in the dictionary form ("министр" of
    "Министра иностранных дел"); "" when there is none."""
    for word in text.split():
        if not is_cyrillic(word) or _adjective(word) is not None:
            continue
        if any(p.tag.POS == "NOUN" and p.is_known for p in _parses(word)):
            return lemma(word).lower()
    return ""


def lemma(word: str) -> str:
    """The dictionary form of a noun in any case ("министра" -> "министр"); the word itself when unknown."""
    for parse in _parses(word):
        if parse.tag.POS == "NOUN" and parse.is_known:
            return _restore(word, parse.normal_form)
    return word


def head_phrase(text: str) -> str:
    """The leading adjectives and head noun of a noun phrase: "генеральный секретарь" of
    "генеральный секретарь ОДКБ"; the whole text when no head is found."""
    tokens = text.split(" ")
    for i, word in enumerate(tokens):
        if not is_cyrillic(word):
            break
        noun = _noun(word)
        adjective = _adjective(word)
        if noun is not None and (adjective is None or noun.score >= adjective.score or i + 1 == len(tokens)):
            return " ".join(tokens[: i + 1])
        if adjective is None and word != "и":
            break
    return text


def head_gender(text: str) -> tuple[str | None, bool]:
    """(gender, plural) of a noun phrase's head: ("femn", False) for "региональная безопасность"."""
    for word in text.split(" "):
        if not is_cyrillic(word):
            continue
        noun = _noun(word)
        if noun is not None and _adjective(word) is None:
            return noun.tag.gender, noun.tag.number == "plur" or "Pltm" in noun.tag
        if noun is not None:
            return noun.tag.gender, noun.tag.number == "plur"
    return None, False


def agree(text: str, *, feminine: bool = False, plural: bool = False) -> str:
    """Past-tense verbs and short forms of a masculine lead-in agreed with the subject.

    "заявил" -> "заявила" / "заявили"; "договорился" -> "договорилась";
    "был принят" -> "была принята"; "выразил уверенность" -> "выразила уверенность".
    """
    if not (feminine or plural):
        return text
    return re.sub(r"[А-Яа-яЁё]+", lambda m: _agree_word(m.group(0), feminine, plural), text)


@lru_cache(maxsize=2048)
def _agree_word(word: str, feminine: bool, plural: bool) -> str:
    if not word.endswith(("л", "лся", "н", "т", "ёл", "ен", "ан", "ят", "ит", "ут")):
        return word
    parses = _parses(word)
    if not parses:
        return word
    best = parses[0]
    tag = best.tag
    masculine_past = tag.POS == "VERB" and "past" in tag and tag.gender == "masc"
    short = tag.POS in ("ADJS", "PRTS") and tag.gender == "masc" and tag.number == "sing"
    if not (masculine_past or short):
        return word
    new = _inflect(best, {"plur"} if plural else {"femn"})
    if new is None:
        return word
    if short and not plural and word.endswith("ен") and new.endswith("енна"):
        new = word.lower() + "а"  # "уверен" -> "уверена" (the dictionary doubles the н)
    return _restore(word, new)


def infinitive_first(text: str) -> bool:
    """Whether ``text`` starts with an infinitive ("провести встречу")."""
    first = text.split(" ", 1)[0]
    return is_cyrillic(first) and any(p.tag.POS == "INFN" for p in _parses(first)[:2])


def count_noun(number: int, noun: str) -> str:
    """The noun's form after a numeral: 2 документа, 5 документов (nominative or inanimate accusative)."""
    parse = _noun(noun)
    if parse is None:
        return noun
    agreed = parse.make_agree_with_number(number)
    return _restore(noun, agreed.word) if agreed else noun


NUMBERS_NOM = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять"]
NUMBERS_GEN = ["нуля", "одного", "двух", "трёх", "четырёх", "пяти", "шести", "семи", "восьми", "девяти", "десяти"]


def number_phrase(number: int, noun: str, case: str = "nom") -> str:
    """два документа · двух документов (case nom/acc or gen)."""
    if case == "gen":
        word = NUMBERS_GEN[number] if 0 <= number < len(NUMBERS_GEN) else str(number)
        plural = noun_phrase(noun, "gen", plural=True) if number != 1 else noun_phrase(noun, "gen")
        return f"{word} {plural}"
    word = NUMBERS_NOM[number] if 0 <= number < len(NUMBERS_NOM) else str(number)
    return f"{word} {count_noun(number, noun)}"


# -- pronouns and prepositions ---------------------------------------------------------------------------------

PRONOUNS = {
    "m": {"nom": "он", "gen": "его", "dat": "ему", "acc": "его", "ins": "им", "loc": "нём"},
    "f": {"nom": "она", "gen": "её", "dat": "ей", "acc": "её", "ins": "ей", "loc": "ней"},
    "p": {"nom": "они", "gen": "их", "dat": "им", "acc": "их", "ins": "ими", "loc": "них"},
}


def pronoun(gender: str | None, plural: bool, case: str = "nom", *, after_preposition: bool = False) -> str:
    key = "p" if plural else ("f" if gender == "f" else "m")
    word = PRONOUNS[key][case]
    if after_preposition and word[0] in "еиё" and case != "nom":
        word = "н" + word
    return word


def preposition(word: str, following: str) -> str:
    """в/во, с/со, к/ко, о/об before the next word: "во Франции", "со Швецией", "об Азербайджане"."""
    low = following.lstrip("«„\"").lower()
    if not low:
        return word
    first, second = low[0], low[1:2]
    consonant = bool(second) and second not in _VOWELS and second.isalpha() or second == "ь"
    if word == "в" and first in "вф" and consonant:
        return "во"
    if word == "с" and (first in "сзшж" and consonant or first == "щ"):
        return "со"
    if word == "к" and low.startswith(("вс", "мн")):
        return "ко"
    if word == "о" and first in "аоуэиы":
        return "об"
    return word


def with_preposition(word: str, phrase: str) -> str:
    return f"{preposition(word, phrase)} {phrase}"


# -- personal names ----------------------------------------------------------------------------------------------


def _split_name(name: str) -> list[tuple[str, str]]:
    """The words of a name, each tagged first / middle / last / patronymic / keep."""
    words = name.split()
    tags = ["first"] * len(words)
    last = len(words) - 1
    while last > 0 and words[last].lower() in NAME_PARTICLES:
        last -= 1
    tags[last] = "last"
    for i, word in enumerate(words):
        low = word.lower()
        if low in NAME_PARTICLES or "." in word or not is_cyrillic(word):
            tags[i] = "keep"
        elif i + 1 < len(words) and words[i + 1].lower() in PATRONYMIC_MARKERS:
            tags[i] = "patronymic"   # "Гейдар оглы": a patronymic that does not decline
        elif i < last and low.endswith(("вич", "вна", "ична", "инична")):
            tags[i] = "middle"
    # Particles inside the surname ("фон дер Ляйен") belong to it.
    return list(zip(words, tags, strict=True))


def name_case(name: str, gender: str | None, case: str, *, family_name_first: bool = False,
              slavic: bool = True) -> str:
    """A person's name (as the record gives it, nominative) in ``case``, or unchanged when unsafe.

    ``family_name_first``: Chinese or Korean names ("Си Цзиньпин"): only the
    last word, the given name, declines, and only a man's consonant-final one.
    ``slavic``: surnames in -ов/-ин of people from countries whose names follow
    the Russian pattern take -ым in the instrumental; other surnames in -ов/-ин
    are foreign and take -ом ("Дарвином").
    """
    if case == "nom" or gender not in ("m", "f") or not name.strip():
        return name
    maker, Case, Gender, NamePart = _names()
    target = {"gen": Case.GENITIVE, "dat": Case.DATIVE, "acc": Case.ACCUSATIVE, "ins": Case.INSTRUMENTAL,
              "loc": Case.PREPOSITIONAL}[case]
    sex = Gender.MALE if gender == "m" else Gender.FEMALE
    words = name.split()
    if family_name_first:
        if gender != "m" or len(words) < 2 or not is_cyrillic(words[-1]) or words[-1][-1].lower() in _VOWELS:
            return name
        words[-1] = maker.make(NamePart.FIRSTNAME, sex, target, words[-1])
        return " ".join(words)
    out = []
    for word, tag in _split_name(name):
        prefix, _hyphen, rest = word.partition("-")
        if rest and prefix in NAME_PARTICLES and tag != "keep":
            # "аль-Мансури", "эль-Сиси": the particle stays, the name after it declines as a name of its own.
            out.append(f"{prefix}-{name_case(rest, gender, case, slavic=slavic)}" if rest[:1].isupper() else word)
            continue
        if tag in ("keep", "patronymic"):
            out.append(word)
        elif tag == "first":
            out.append(maker.make(NamePart.FIRSTNAME, sex, target, word))
        elif tag == "middle":
            out.append(maker.make(NamePart.MIDDLENAME, sex, target, word))
        else:
            out.append(_surname(maker, NamePart, sex, target, word, gender, case, slavic))
    return " ".join(out)


def _surname(maker: Any, name_part: Any, sex: Any, target: Any, word: str, gender: str, case: str,
             slavic: bool) -> str:
    low = word.lower()
    if gender == "f" and low.endswith(("а", "я")) and not low.endswith(_FEMALE_DECLINABLE):
        male = _names()[2].MALE
        return maker.make(name_part.LASTNAME, male, target, word)
    if gender == "m" and case == "ins" and not slavic and low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return word + "ом"
    return maker.make(name_part.LASTNAME, sex, target, word)


def initials(name: str, *, family_name_first: bool = False) -> str:
    """The short form a Russian readout uses after the first mention: "Д. Байрамов", "С. В. Лавров".

    Initials are followed by a no-break space; a hyphenated given name gives
    "К.-Ж. Токаев"; particles stay with the surname ("У. фон дер Ляйен").
    Chinese and Korean names are kept whole ("Ван И").
    """
    words = name.split()
    if family_name_first or len(words) < 2:
        return name
    parts = _split_name(name)
    last = max(i for i, (_w, tag) in enumerate(parts) if tag == "last") if any(t == "last" for _w, t in parts) \
        else len(parts) - 1
    start = last
    while start > 0 and parts[start - 1][0].lower() in NAME_PARTICLES and parts[start - 1][0].lower() not in \
            PATRONYMIC_MARKERS:
        start -= 1
    given = [w for w, tag in parts[:start] if w.lower() not in NAME_PARTICLES and tag != "patronymic"]
    letters = []
    for word in given:
        if word.endswith("."):
            letters.append(word)
        else:
            letters.append("-".join(piece[:1] + "." for piece in word.split("-") if piece))
    surname = " ".join(w for w, _tag in parts[start:])
    return "\u00a0".join([*letters, surname]) if letters else surname


# -- dates ---------------------------------------------------------------------------------------------------------

MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря"]


MONTHS_LOC = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
              "ноябре", "декабре"]
_GEN_OF_LOC = dict(zip(MONTHS_LOC, MONTHS_GEN, strict=True))  # "июне" -> "июня"
_YEAR = r"(?:1[89]|2\d)\d\d"
_MONTH_GEN = "(?:" + "|".join(MONTHS_GEN) + ")"
_DEADLINE_WORDS = re.compile(r"(?<!\w)(?:до|не позднее|не позже|к|срок\w*)(?!\w)", re.IGNORECASE)
# "в июне 2027 года", "в 2027 году", "18 июня 2027 года" typed in a next step's text
_TYPED_MONTH = re.compile(r"(?<!\w)в\s+(" + "|".join(MONTHS_LOC) + r")(?!\w)", re.IGNORECASE)
_TYPED_YEAR = re.compile(rf"(?<!\w)в\s+({_YEAR})\s+году(?!\w)", re.IGNORECASE)
_TYPED_DAY = re.compile(rf"(?<![\w\u2013-])(?=\d{{1,2}}\s+{_MONTH_GEN}(?!\w))", re.IGNORECASE)


def deadline_in_text(text: str) -> str:
    """A date typed in a task's text made a deadline: "обменяться текстами в июне 2027 года" -> "… до июня …"."""
    if _DEADLINE_WORDS.search(text):
        return text
    text = _TYPED_MONTH.sub(lambda found: "до " + _GEN_OF_LOC[found.group(1).lower()], text)
    text = _TYPED_YEAR.sub(lambda found: f"до {found.group(1)} года", text)
    return _TYPED_DAY.sub("до ", text)


def date_text(date: dt.date, *, year: bool) -> str:
    """2 июля · 2 июля 2021 г. (Babel's month names)."""
    from babel.dates import format_date

    text = format_date(date, "d MMMM", locale="ru")
    return f"{text} {date.year}\u00a0г." if year else text


def date_phrase(start: dt.date, end: dt.date | None, *, year: bool) -> str:
    """2 июля · 2–3 апреля · 30 июня – 1 июля 2021 г."""
    if end is None or end == start:
        return date_text(start, year=year)
    if end.year != start.year:
        return f"{date_text(start, year=True)} – {date_text(end, year=True)}"
    if end.month == start.month:
        tail = date_text(end, year=year)
        return f"{start.day}–{tail}"
    return f"{date_text(start, year=False)} – {date_text(end, year=year)}"


def year_phrase(year: int, reference_year: int) -> str:
    """в этом году · в следующем году · в 2025 году."""
    if year == reference_year:
        return "в этом году"
    if year == reference_year + 1:
        return "в следующем году"
    return f"в {year} году"


# -- ordinals ----------------------------------------------------------------------------------------------------

_ORDINAL_ENDINGS = {
    ("masc", "nom"): "й", ("masc", "gen"): "го", ("masc", "dat"): "му", ("masc", "acc"): "й", ("masc", "ins"): "м",
    ("masc", "loc"): "м",
    ("femn", "nom"): "я", ("femn", "gen"): "й", ("femn", "dat"): "й", ("femn", "acc"): "ю", ("femn", "ins"): "й",
    ("femn", "loc"): "й",
    ("neut", "nom"): "е", ("neut", "gen"): "го", ("neut", "dat"): "му", ("neut", "acc"): "е", ("neut", "ins"): "м",
    ("neut", "loc"): "м",
    ("plur", "nom"): "е", ("plur", "gen"): "х", ("plur", "dat"): "м", ("plur", "acc"): "е", ("plur", "ins"): "ми",
    ("plur", "loc"): "х",
}


def ordinal(number: int, gender: str | None, case: str = "nom", plural: bool = False) -> str:
    """76-я (сессия) · 76-й (сессии) · 33-го (саммита)."""
    key = "plur" if plural else (gender or "masc")
    return f"{number}-{_ORDINAL_ENDINGS.get((key, case), 'й')}"


def anniversary(number: int, case: str = "nom") -> str:
    """30-летие · 30-летия (the anniversary noun written with its number); the first is "первая годовщина"."""
    if number == 1:
        return noun_phrase("первая годовщина", case)
    endings = {"nom": "летие", "gen": "летия", "dat": "летию", "acc": "летие", "ins": "летием", "loc": "летии"}
    return f"{number}-{endings[case]}"


def list_text(items: list[str], conjunction: str = "и") -> str:
    """A, B и C (no serial comma)."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return items[0] if items else ""
    # An item with a comma of its own ("…, в том числе в рамках СНГ") is closed by one before the next.
    joined = items[0]
    for i, item in enumerate(items[1:], start=1):
        closing = "," if "," in items[i - 1] else ""
        joined += (closing + " " + conjunction + " " if i == len(items) - 1 else ", ") + item
    return joined
