"""French grammar helpers: elision, contraction, agreement, articles, dates.

Pure functions on strings.  Dates, lists and ordinals come from Babel; this
module only adds what CLDR lacks (de + le → du, "1er", the article a noun
phrase takes).
"""

from __future__ import annotations

import datetime as dt
import re

from babel import Locale
from babel.dates import format_date, get_month_names
from babel.lists import format_list

from .typography import ListStyle

_VOWELS = set("aeiouyàâäéèêëîïôöùûüÿæœ")
# Common words whose h is "aspiré": no elision ("de Hongrie" but "d'Haïti").
_H_ASPIRE = {
    "haut", "haute", "hauts", "hautes", "hausse", "hisser", "hiérarchie", "handicap",
    "hasard", "héros", "honte", "hongrie", "hongrois", "hongroise", "halte", "hangar",
    "harcèlement", "hauteur", "havre", "hamas", "hezbollah", "honduras", "hollande",
}
_APOSTROPHES = ("'", "\u2019")
DETERMINERS = (
    "le ", "la ", "les ", "l'", "l\u2019", "un ", "une ", "des ", "du ", "son ", "sa ", "ses ",
    "leur ", "leurs ", "ce ", "cet ", "cette ", "ces ", "notre ", "nos ", "votre ", "tout ",
    "toute ", "tous ", "toutes ", "plusieurs ", "certains ", "certaines ",
)
# Head nouns whose gender the article needs when no vocabulary says it.
_FEMININE_NOUNS = {
    "session", "réunion", "conférence", "assemblée", "rencontre", "semaine", "édition",
    "organisation", "union", "ligue", "communauté", "banque", "commission", "association",
    "agence", "cour", "déclaration", "feuille", "convention", "charte", "résolution",
    "stratégie", "feuille de route", "exposition", "foire", "coupe", "journée", "table",
    "cérémonie", "visite", "présidence", "initiative", "plateforme", "alliance",
}
_MASCULINE_NOUNS = {"sommet", "forum", "congrès", "conseil", "dialogue", "festival", "salon"}


def starts_with_vowel_sound(text: str) -> bool:
    text = text.lstrip("«\u00a0 \"\u201c")
    if not text:
        return False
    first = text[0].lower()
    if first == "y":
        # "Yves", "Ypres" begin with a vowel sound; "Yoko", "le Yémen", "Yaoundé" with a consonant.
        return len(text) > 1 and text[1].lower() not in _VOWELS
    if first in _VOWELS:
        return True
    if first == "h":
        word = re.split(r"[\s'\u2019-]", text.lower(), maxsplit=1)[0]
        return word not in _H_ASPIRE
    return False


def starts_with_determiner(text: str) -> bool:
    low = text.lower()
    return low.startswith(DETERMINERS)


def contract_de(phrase: str) -> str:
    """de + phrase: de le → du, de les → des, de des → de, d' before a vowel."""
    phrase = phrase.strip()
    low = phrase.lower()
    if low.startswith("le "):
        return "du " + phrase[3:]
    if low.startswith("les "):
        return "des " + phrase[4:]
    if low.startswith("des "):
        return "de " + phrase[4:]
    if low.startswith(("l'", "l\u2019", "la ")):
        return "de " + phrase
    if starts_with_vowel_sound(phrase):
        return "d'" + phrase
    return "de " + phrase


def contract_a(phrase: str) -> str:
    """à + phrase: à le → au, à les → aux."""
    phrase = phrase.strip()
    low = phrase.lower()
    if low.startswith("le "):
        return "au " + phrase[3:]
    if low.startswith("les "):
        return "aux " + phrase[4:]
    return "à " + phrase


def que(clause: str) -> str:
    """que + clause (qu' before a vowel), unless the clause already starts with it."""
    clause = clause.strip()
    low = clause.lower()
    if low.startswith(("que ", "qu'", "qu\u2019")):
        return clause
    if starts_with_vowel_sound(clause):
        return "qu'" + clause
    return "que " + clause


def de_or_bare(text: str) -> str:
    """A complement after "convenir", "proposer": de + infinitive, or a noun phrase as typed."""
    low = text.strip().lower()
    if low.startswith(("que ", "qu'", "qu\u2019")) or starts_with_determiner(text):
        return text.strip()
    return contract_de(text)


def article(gender: str | None, next_word: str, plural: bool = False) -> str:
    """le / la / l' / les before ``next_word``."""
    if plural:
        return "les "
    if starts_with_vowel_sound(next_word):
        return "l'"
    return "la " if gender == "f" else "le "


def with_article(noun_phrase: str, gender: str | None = None) -> str:
    """A name with the article it takes, unless it already has one ("l'OSCE")."""
    phrase = noun_phrase.strip()
    if phrase.lower().startswith(("le ", "la ", "les ", "l'", "l\u2019")):
        return phrase[0].lower() + phrase[1:]
    return article(gender or guess_gender(phrase), phrase) + phrase


def guess_gender(phrase: str) -> str:
    """Gender of a noun phrase's head noun (for an article), best effort."""
    words = re.split(r"[\s'\u2019]+", phrase.strip().lower())
    for word in words[:3]:
        if word in _FEMININE_NOUNS:
            return "f"
        if word in _MASCULINE_NOUNS:
            return "m"
    first = phrase.strip().split()[0] if phrase.strip() else ""
    if len(first) > 1 and first.isupper():
        return "f"  # acronyms of organisations: la CEI, la BERD (override by typing the article)
    head = words[0] if words else ""
    if head.endswith(("tion", "sion", "ence", "ance", "té", "ure", "ée", "ie", "ise", "ette", "ude", "esse", "ique")):
        return "f"
    if head.endswith("ine") and not head.endswith(("aine", "oine")):
        return "f"  # la médecine, la doctrine (but le domaine, le patrimoine)
    return "m"


def agree(participle: str, feminine: bool, plural: bool) -> str:
    """entretenu → entretenue / entretenus / entretenues."""
    return participle + ("e" if feminine else "") + ("s" if plural and not participle.endswith("s") else "")


# Feminine endings of adjectives and their masculine ("commerciale" -> "commercial"), longest first.
_MASCULINE_ENDINGS = (("publique", "public"), ("elle", "el"), ("ienne", "ien"), ("enne", "en"), ("ière", "ier"),
                      ("ère", "er"), ("euse", "eux"), ("ive", "if"), ("ale", "al"), ("ique", "ique"), ("aire", "aire"),
                      ("ée", "é"), ("ie", "i"))


def masculine(adjective: str) -> str:
    """The masculine singular of a feminine adjective: "commerciale" -> "commercial", "culturelle" -> "culturel";
    adjectives in -e of both genders ("politique", "humanitaire") are unchanged."""
    word = adjective.strip()
    low = word.lower()
    for ending, replacement in _MASCULINE_ENDINGS:
        if low.endswith(ending):
            return word[: len(word) - len(ending)] + replacement
    return word


_CONTRACTED_AFTER_DE = {"le ": "du ", "les ": "des ", "la ": "de la ", "l'": "de l'", "l\u2019": "de l\u2019"}
# Prepositions after which an "et" may join two complements of that preposition ("la lutte contre le
# terrorisme et l'extrémisme"): "de" is not repeated after such an "et".
_SHARED_PREPOSITIONS = {"contre", "sur", "avec", "pour", "dans", "en", "à", "au", "aux", "par", "vers", "sans",
                        "sous", "chez", "envers", "auprès", "concernant", "malgré", "selon"}


_CLAUSE_WORDS = {"qui", "que", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles", "afin", "pour", "—", "("}


def distribute_de(phrase: str) -> str:
    """de + a coordination of noun phrases repeats "de" before each ("de l'état des relations entre le Pakistan
    et l'Inde et des violations …"), where the "et" cannot belong to an embedded complement: the second term of
    "entre A et B" and an "et" after another preposition keep the text as typed."""
    words = phrase.split(" ")
    out: list[str] = []
    open_between = False
    since_boundary: list[str] = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word == "et" and following:
            if open_between:
                open_between = False
                out.append(word)
                since_boundary = []
                continue
            nested = any(w.lower() in _SHARED_PREPOSITIONS for w in since_boundary)
            low = following.lower()
            article = next((a for a in _CONTRACTED_AFTER_DE if (low + " ").startswith(a)), None)
            if article and not nested and out:
                out.append(word)
                replacement = _CONTRACTED_AFTER_DE[article]
                if article.endswith(" "):
                    words[index + 1] = replacement.strip()
                else:
                    words[index + 1] = replacement[:-len(article)] + following
                since_boundary = []
                continue
        if word.lower() == "entre":
            open_between = True
        out.append(word)
        low_word = word.lower()
        if word.endswith((",", ";", ":")) or low_word in _CLAUSE_WORDS or low_word.startswith(("qu'", "qu\u2019")):
            # A relative clause or an apposition follows: its coordinations are its own.
            return " ".join(out + words[index + 1:])
        since_boundary.append(word)
    return " ".join(out)


def _act_participle(verb: str, acts: dict, *, first: bool) -> str | None:
    singular = verb[:-5] + "ait" if verb.endswith("aient") else verb
    entry = acts.get(singular.lower())
    if isinstance(entry, dict):
        # {participle = "souhaité", coordinated_only = true}: an act only after another ("… et souhaitait
        # aux Émirats …"); alone, "souhaitaient des visites" reports a wish.
        return None if first and entry.get("coordinated_only") else entry.get("participle")
    return entry


def speech_act(clause: str, acts: dict, *, feminine: bool, plural: bool) -> str | None:
    """A reported clause that performs an act, as the act in the passé composé: "il présentait ses condoléances
    et souhaitait …" -> "a présenté ses condoléances et a souhaité …"; None when the clause is not one."""
    found = re.match(r"(?:il|elle|ils|elles)\s+(se\s+|s['\u2019])?(\w+)\b(.*)\Z", clause.strip(), re.S)
    if not found:
        return None
    participle = _act_participle(found.group(2), acts, first=True)
    following = found.group(3).split()
    if participle is None or (following and re.fullmatch(r"\w+(?:er|ir|re|oir)", following[0])):
        return None  # "souhaitait approfondir …" is a wish reported, not an act

    def past(reflexive: bool, participle: str) -> str:
        if reflexive:
            return ("se sont " if plural else "s'est ") + agree(participle, feminine, plural)
        return ("ont " if plural else "a ") + participle

    def coordinated(match: re.Match[str]) -> str:
        later = _act_participle(match.group(2), acts, first=False)
        if later is None:
            return match.group(0)
        return f"et {past(bool(match.group(1)), later)}"

    rest = re.sub(r"\bet\s+(se\s+|s['\u2019])?(\w+)\b", coordinated, found.group(3))
    return past(bool(found.group(1)), participle) + rest


def plural_noun(noun: str) -> str:
    words = []
    for word in noun.split(" "):
        parts = word.split("-")
        last = parts[-1]
        if not last.endswith(("s", "x", "z")):
            last = last + ("x" if last.endswith(("eau", "au")) else "s")
        parts[-1] = last
        words.append("-".join(parts))
    return " ".join(words)


def ordinal(number: int, feminine: bool = False) -> str:
    """30e, 1er / 1re — the plural category comes from CLDR's ordinal rules."""
    category = Locale("fr").ordinal_form(number)
    if category == "one":
        return f"{number}{'re' if feminine else 'er'}"
    return f"{number}e"


def day(date: dt.date) -> str:
    return "1er" if date.day == 1 else str(date.day)


_MONTH = "(?:" + "|".join(get_month_names("wide", locale="fr").values()) + ")"  # Babel's month names
_YEAR = r"(?:1[89]|2\d)\d\d\b(?![-\u2013/]\d)"   # a year, not a period ("2027-2028")
# "en juin 2027" / "en 2027" / "le 18 juin" typed in a next step's text
_TYPED_WHEN = re.compile(rf"\ben\s+(?={_MONTH}\b|{_YEAR})|\ble\s+(?=(?:1er|\d{{1,2}})\s+{_MONTH}\b)", re.IGNORECASE)
_DEADLINE_WORDS = re.compile(r"\b(?:d['\u2019]ici|avant|au plus tard|jusqu['\u2019]|échéance)", re.IGNORECASE)


def deadline_in_text(text: str) -> str:
    """A date typed in a task's text made a deadline: "échanger les textes en juin 2027" -> "… d'ici juin 2027"."""
    if _DEADLINE_WORDS.search(text):
        return text
    return _TYPED_WHEN.sub(lambda found: "d'ici " if found.group(0).lower().startswith("en") else "d'ici le ", text)


def date_text(date: dt.date, *, year: bool) -> str:
    """2 juillet / 1er juillet 2021."""
    month = format_date(date, "MMMM", locale="fr")
    text = f"{day(date)} {month}"
    return f"{text} {date.year}" if year else text


def date_phrase(start: dt.date, end: dt.date | None, *, year: bool) -> str:
    """le 2 juillet · les 1er et 2 juillet · du 30 juin au 2 juillet 2021."""
    if end is None or end == start:
        return "le " + date_text(start, year=year)
    if (end - start).days == 1 and start.month == end.month:
        return f"les {day(start)} et {date_text(end, year=year)}"
    if start.year == end.year:
        first = date_text(start, year=False) if start.month != end.month else day(start)
        return f"du {first} au {date_text(end, year=year)}"
    return f"du {date_text(start, year=True)} au {date_text(end, year=True)}"


def list_text(items: list[str], style: ListStyle = "standard") -> str:
    """A, B et C (Babel)."""
    items = [i for i in items if i]
    if not items:
        return ""
    return format_list(items, style=style, locale="fr")


def series(items: list[str], preposition: str = "") -> str:
    """A list whose items may contain "et": the last one joined with ", ainsi que" so the list stays readable;
    the governing preposition is repeated after it ("ont porté sur A, B, ainsi que sur C")."""
    items = [i for i in items if i]
    if len(items) > 1 and any(re.search(r"\bet\b", i) for i in items):
        last = f"{preposition} {items[-1]}" if preposition else items[-1]
        return f"{', '.join(items[:-1])}, ainsi {que(last)}"
    return list_text(items)


def city_in(city: str) -> str:
    """à Bakou · au Caire · aux Cayes."""
    return contract_a(city)


def honorific_articles(text: str, honorifics: dict[str, str]) -> str:
    """Typed text: "de cheikh Khalifa" -> "du cheikh Khalifa", "à prince Faisal" -> "au prince Faisal"
    (an honorific before a name takes its article, as in "le prince Faisal")."""
    for word, article in honorifics.items():
        if article == "le":
            text = re.sub(rf"\b([Dd])e {word}(?= [A-ZÀ-Ý])", rf"\1u {word}", text)
            text = re.sub(rf"(?<![\w'’])À {word}(?= [A-ZÀ-Ý])", f"Au {word}", text)
            text = re.sub(rf"(?<![\w'’])à {word}(?= [A-ZÀ-Ý])", f"au {word}", text)
        elif article == "la":
            text = re.sub(rf"\b([Dd]e|[Àà]) {word}(?= [A-ZÀ-Ý])", rf"\1 la {word}", text)
    return text
