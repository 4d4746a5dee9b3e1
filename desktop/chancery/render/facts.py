"""What the wording engine knows about a meeting before it plans a sentence.

The first, language-independent reading of a record: the people (with their
offices, surname and the side they speak for), who is "us" and who is "them",
dates, places, the publication line and the house style.  Texts are taken in
the output language only; a missing text raises :class:`RenderError` naming
the field (``meeting.participants[1].title.fr``).

Nothing here builds a sentence: :mod:`.plan` decides what to say,
:mod:`.microplan` how to refer to people and things, and the realisers
(:mod:`.realise_fr`, :mod:`.realise_en`) the words.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..record import HOUSE_STYLE_CHOICES, sides_without_principal
from ..text import fold
from . import lexicon, reference
from .errors import RenderError

VISIT_KINDS = ("official_visit", "working_visit", "state_visit")
REMOTE_KINDS = ("phone_call", "videoconference")
KINDS = (
    "bilateral_meeting", "official_visit", "working_visit", "state_visit", "phone_call",
    "videoconference", "sidelines", "audience", "signing_ceremony", "political_consultations",
)
# Countries whose press usage puts the family name first ("Wang Yi" -> "M. Wang", "Kao Kim Hourn" -> "M. Kao").
FAMILY_NAME_FIRST = {"CN", "TW", "HK", "MO", "KR", "KP", "SG", "KH"}
# Particles that belong to a surname ("Le Drian", "von der Leyen", "al-Sabah").
_SURNAME_PARTICLES = {"le", "la", "de", "du", "des", "van", "von", "der", "den", "da", "di", "dos", "del", "bin",
                      "ben", "al", "el", "ter", "zu",
                      "ле", "ла", "де", "дю", "ван", "фон", "дер", "да", "ди", "дос", "дель", "бин", "бен", "аль",
                      "эль", "тер", "цу"}
_TITLE_PREPOSITIONS = re.compile(r"\s(?:of|for|to|de|des|du|d'|d\u2019|à|aux?|chargée?|auprès)\b", re.IGNORECASE)
_ACRONYM_STOPWORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "pour", "et", "en", "of", "for", "the", "and",
                      "in", "on", "sur", "à", "au", "aux", "о", "об", "и", "по", "в", "на", "для"}

# fr_short_form "honorific" ("M. Baïramov") or "surname"; en_variant "en-GB" (British spelling, "2 July") or
# "en-US" (American spelling, "July 2"); en_short_form "title" ("Minister Bayramov") or "surname".
HOUSE_STYLE_DEFAULTS = {key: choices[0] for key, choices in HOUSE_STYLE_CHOICES.items()}


def parse_date(value: Any, path: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except (TypeError, ValueError):
        raise RenderError(f"{path}: '{value}' is not a date (YYYY-MM-DD)", [f"{path}: not a date"]) from None


class Texts:
    """Picks a language's text out of language maps; a gap is an error naming the field."""

    def __init__(self, lang: str):
        self.lang = lang

    def get(self, value: Any, path: str) -> str:
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, dict):
            text = value.get(self.lang)
            if isinstance(text, str) and text.strip():
                return text.strip()
        missing = f"{path}.{self.lang}"
        raise RenderError(f"missing text in the output language: {missing}", [missing])

    def maybe(self, value: Any, path: str) -> str:
        if value in (None, "", {}):
            return ""
        return self.get(value, path)


def masculine_title(title: str) -> str:
    """"présidente" and "président" hold the same office (a rough fold of French feminines)."""
    words = []
    for word in title.split():
        low = word.lower()
        if low.endswith("ère"):
            word = word[:-3] + "er"
        elif low.endswith("trice"):
            word = word[:-5] + "teur"
        elif low.endswith("e") and len(word) > 4 and not low.endswith(("ique", "aire", "ire", "ste", "tre", "ble")):
            word = word[:-1]
        words.append(word)
    return " ".join(words)


_RU_ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")


def title_core(title: str) -> tuple[str, str]:
    """(head, complement) of a title: ("ministre", "des Affaires étrangères"), ("министр", "иностранных дел").

    A Russian title puts its complement in the genitive, without a preposition:
    its head is the leading adjectives and the first noun.
    """
    words = title.split()
    if words and re.match(r"^[а-яё-]+$", words[0].lower()):
        for i, word in enumerate(words):
            if not word.lower().endswith(_RU_ADJECTIVE_ENDINGS) or i == len(words) - 1:
                return " ".join(words[: i + 1]), " ".join(words[i + 1:])
    parts = _TITLE_PREPOSITIONS.split(title, maxsplit=1)
    head = parts[0].strip()
    return head, title[len(parts[0]):].strip()


_PORTFOLIO_STOPWORDS = _ACRONYM_STOPWORDS | {"l'", "d'", "des", "de", "du", "et", "and", "the", "of", "for", "a"}


def _content_words(text: str) -> set[str]:
    return {w for w in re.split(r"[\s'’,-]+", text) if w and w not in _PORTFOLIO_STOPWORDS}


_QUALIFIERS = re.compile(r"\b(?:acting|interim|par intérim|par interim|p\.i\.|ad interim)\b"
                         r"|(?<!\w)(?:и\.\s?о\.|временно исполняющ\w+ обязанности|исполняющ\w+ обязанности)(?!\w)",
                         re.IGNORECASE)
# Heads of a minister's title (a deputy, a "ministre délégué" or an assistant minister is not one).
_MINISTER_HEADS = {"minister", "ministre", "министр", "minister of state", "ministre d'etat", "cabinet minister"}
_OFFICE_JOINS = re.compile(r"\s(?:et|and)\s|,\s|\s[–-]\s")


def _office_key(text: str) -> str:
    return " ".join(_QUALIFIERS.sub(" ", fold(text).replace("\u2019", "'")).split())


def office_of(title: str, country: str | None, lang: str) -> str | None:
    """The office a title names under any country's name for it (``resources/lexicon/offices.toml``):
    "Secretary of State" of the United States, "External Affairs Minister" and "Minister of Foreign Affairs
    and International Cooperation" are all ``foreign_minister``.  Also the second office of a double title
    ("Deputy Prime Minister and Foreign Minister")."""
    if not title:
        return None
    key = _office_key(title)
    starts = [0] + [m.end() for m in _OFFICE_JOINS.finditer(key)]
    base = lang.split("-")[0]
    for code, entry in lexicon.offices().items():
        names = list((entry.get(base) or {}).get("titles") or [])
        per_country = (entry.get("countries") or {}).get(country or "") or {}
        names += list((per_country.get(base) or {}).get("titles") or [])
        for name in names:
            wanted = _office_key(str(name))
            for start in starts:
                rest = key[start:]
                if rest == wanted or (rest.startswith(wanted) and _OFFICE_JOINS.match(rest[len(wanted):] + " ")):
                    return code
    return None


def office_data(code: str, country: str | None, lang: str) -> dict:
    """The head noun and short title of an office in a language, with the country's own short title."""
    entry = lexicon.offices().get(code) or {}
    base = lang.split("-")[0]
    data = dict(entry.get(base) or {})
    per_country = ((entry.get("countries") or {}).get(country or "") or {}).get(base) or {}
    if per_country.get("short"):
        data["short"] = per_country["short"]
        data["country_short"] = True
    return data


def same_title(a: str, b: str, country_a: str | None = None, country_b: str | None = None,
               lang: str | None = None) -> bool:
    """Counterparts, also when one title adds an office ("Deputy Prime Minister and Minister of Foreign
    Affairs") or a qualifier ("Acting Minister of Foreign Affairs"), or when the two countries name one office
    differently ("Secretary of State" and "Minister for Foreign Affairs"; ``lang``: the titles' language)."""
    for language in ([lang] if lang else ["fr", "en"]):
        office = office_of(a, country_a, language)
        if office and office == office_of(b, country_b, language):
            return True
    a, b = " ".join(_QUALIFIERS.sub(" ", a).split()), " ".join(_QUALIFIERS.sub(" ", b).split())
    if _same_title(a, b, country_a, country_b):
        return True
    for first, second in ((a, b), (b, a)):
        for match in re.finditer(r"(?:,|\s(?:et|and|и|–|—|-))\s", first):
            if _same_title(first[match.end():], second, country_a, country_b):
                return True
    return False


def _same_title(a: str, b: str, country_a: str | None = None, country_b: str | None = None) -> bool:
    """Counterparts: the same head and portfolio ("ministre des Affaires étrangères" and "ministre de
    l'Europe et des Affaires étrangères"), or each the head of its own state ("President of the People's
    Republic of China", "President of the Russian Federation")."""
    full_a, full_b = a, b
    a, b = fold(masculine_title(a)), fold(masculine_title(b))
    if a == b:
        return True
    head_a, rest_a = title_core(a)
    head_b, rest_b = title_core(b)
    if head_a != head_b:
        if _CYRILLIC_WORD.match(head_a.replace(" ", "")) and _stem(head_a) == _stem(head_b):
            pass  # a Russian head after "и.о." is in the genitive: "министра"
        else:
            # "Foreign Minister" and "Minister of Foreign Affairs": the same words, in another order.
            ignore = {"affairs", "affaires"}
            return bool(_content_words(a) - ignore) and _content_words(a) - ignore == _content_words(b) - ignore
    strip = re.compile(r"^\s*(?:of|for|de|des|du|d'|à|aux?)\s*(?:the |la |le |les |l')?")
    core_a, core_b = strip.sub("", rest_a).strip(), strip.sub("", rest_b).strip()
    if country_a and country_b and country_a != country_b and country_in_title(country_a, full_a) \
            and country_in_title(country_b, full_b):
        return True
    if not core_a or not core_b:
        return core_a in ("republique", "republic") or core_b in ("republique", "republic")
    if core_a.endswith(core_b) or core_b.endswith(core_a):
        return True
    words_a, words_b = _content_words(core_a), _content_words(core_b)
    shared = words_a & words_b
    return len(shared) >= 2 or (bool(shared) and (words_a <= words_b or words_b <= words_a))


def _initials_from(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w.lower() not in _ACRONYM_STOPWORDS and w[0].isalpha()).upper()


def names_acronym(text: str, acronym: str) -> bool:
    """Whether ``text`` spells out ``acronym`` ("Organisation de coopération de Shanghai" for OCS)."""
    acronym = acronym.replace(".", "").strip()
    if len(acronym) < 2 or not acronym.isupper():
        return False
    words = [w for w in re.split(r"[\s'\u2019-]+", text) if w]
    for start, word in enumerate(words):
        if not word[:1].isupper():
            continue
        significant = [w for w in words[start:] if w.lower() not in _ACRONYM_STOPWORDS]
        if _initials_from(significant[: len(acronym)]) == acronym.upper():
            return True
    return False


def org_in_title(org: str, title: str) -> bool:
    """Whether a title already names the organisation ("EU Special Representative", "… of the SCO")."""
    if not org or not title:
        return False
    # Whole words only: the EU's "UE" is not in "politique", the AU's "UA" not in "Guatemala".
    if re.search(rf"(?<!\w){re.escape(fold(org))}(?!\w)", fold(title)):
        return True
    if re.search(rf"\b{re.escape(org)}\b", title):
        return True
    if names_acronym(title, org):
        return True
    words = re.findall(r"[\w-]+", org)
    initials = _initials_from(words)
    return len(initials) >= 2 and re.search(rf"\b{re.escape(initials)}\b", title) is not None


def country_words(code: str) -> list[str]:
    """Every form of a country's name and adjective a title might contain (folded)."""
    grammar = reference.grammar(code)
    forms = [grammar.get("name_en"), grammar.get("name_fr"), grammar.get("en_formal"), grammar.get("fr_formal"),
             grammar.get("en_adjective"), *(grammar.get("fr_demonym") or {}).values()]
    out = []
    for form in forms:
        if isinstance(form, str) and len(form) > 2:
            folded = fold(form)
            # The formal name "République kirghize" counts through its distinctive part only.
            out.append(folded)
    return out


_CYRILLIC_WORD = re.compile(r"^[а-яё]+$")
_GENERIC_RU = {"республика", "федерация", "королевство", "государство", "союз", "народная", "демократическая"}


def _stem(word: str) -> str:
    return word.rstrip("аеёиоуыэюяйь")


def _russian_forms(code: str) -> list[list[str]]:
    """The distinctive stems of a country's Russian names and adjective, one list per form."""
    grammar = reference.grammar(code)
    forms = [grammar.get("name_ru"), grammar.get("ru_formal"), (grammar.get("ru_adjective") or {}).get("m"),
             *(grammar.get("aliases") or [])]
    out = []
    for form in forms:
        if not isinstance(form, str) or not form:
            continue
        words = re.findall(r"\w+", fold(form))
        if not words or not all(_CYRILLIC_WORD.match(w) for w in words):
            continue
        stems = [_stem(w) if len(_stem(w)) >= 4 else w for w in words if w not in _GENERIC_RU]
        if stems:
            out.append(stems)
    return out


def country_in_title(code: str | None, title: str) -> bool:
    """Whether a title already names its country ("President of the Republic of Uzbekistan",
    "Президент Республики Узбекистан", "министр иностранных дел Российской Федерации")."""
    if not code or not title:
        return False
    title_words = re.findall(r"\w+", fold(title))
    if any(_CYRILLIC_WORD.match(w) for w in title_words):
        for stems in _russian_forms(code):
            if all(any(w == stem or (len(stem) >= 4 and w.startswith(stem)) for w in title_words) for stem in stems):
                return True
        return False
    folded = " " + re.sub(r"[^\w]+", " ", fold(title)) + " "
    for form in country_words(code):
        form = re.sub(r"[^\w]+", " ", form).strip()
        generic = {"republique", "republic", "royaume", "kingdom", "etat", "state", "federation", "united"}
        if not form or form in generic:
            continue
        if f" {form} " in folded:
            return True
    return False


@dataclass
class Office:
    title: str
    org: str | None = None
    country: str | None = None


@dataclass(eq=False)
class Person:
    """A participant, in one language."""

    raw: dict
    index: int
    ref: str | None
    side: str | None
    role: str | None
    gender: str | None
    country: str | None
    name: str
    title: str
    org: str | None
    short_name: str = ""
    offices: list[Office] = field(default_factory=list)

    @property
    def feminine(self) -> bool:
        return self.gender == "f"

    @property
    def path(self) -> str:
        return f"meeting.participants[{self.index}]"

    @property
    def surname(self) -> str:
        if self.short_name:
            return self.short_name
        words = self.name.replace("\u00a0", " ").split()
        words = [w for w in words if w.rstrip(".").lower() not in ("dr", "prof", "sir", "dame", "sheikh", "cheikh")]
        if not words:
            return self.name
        if self.country in FAMILY_NAME_FIRST and len(words) > 1:
            return words[0]
        surname = [words[-1]]
        for word in reversed(words[:-1]):
            if word.lower() in _SURNAME_PARTICLES:
                surname.insert(0, word)
            else:
                break
        return " ".join(surname)

    @property
    def national_office(self) -> Office:
        """The office a counterpart comparison uses: the national one for a dual office."""
        for office in self.offices:
            if not office.org:
                return office
        return self.offices[0] if self.offices else Office(self.title, self.org, self.country)

    @property
    def dual(self) -> bool:
        return len(self.offices) > 1

    def raw_title(self, lang: str) -> str:
        value = self.raw.get("title")
        if isinstance(value, dict):
            return str(value.get(lang) or "")
        return str(value or "")


def split_offices(title: str, org: str | None, country: str | None) -> list[Office]:
    """One office, or two for a person who holds two ("Chair-in-Office of the OSCE, Minister of … of Malta").

    Two offices are written in the title separated by a comma (or "and"/"et"
    before a second title); the one that names the organisation belongs to it.
    """
    if org:
        separators = [r",\s+|;\s+", r"\s(?:et|and)\s"]
        for separator in separators:
            for match in re.finditer(separator, title):
                first, second = title[:match.start()].strip(), title[match.end():].strip()
                if len(first.split()) < 2 or len(second.split()) < 2 or not _office_head(second):
                    continue
                if org_in_title(org, first) and not org_in_title(org, second):
                    return [Office(first, org, None), Office(second, None, country)]
                if org_in_title(org, second) and not org_in_title(org, first):
                    return [Office(second, org, None), Office(first, None, country)]
    return [Office(title, org, country if not org else None)]


# Nouns that make a part of a title an office of its own ("President of MERCOSUR", "Minister for Women"),
# not a portfolio ("Regional Integration", "Foreign Affairs").
_OFFICE_HEADS = {
    "minister", "ministre", "secretary", "secretaire", "president", "presidente", "chair", "chairman", "chairwoman",
    "chairperson", "vice-president", "vice-presidente", "governor", "gouverneur", "director", "directeur",
    "directrice", "chef", "ambassador", "ambassadeur", "ambassadrice", "commissioner", "commissaire",
    "representative", "representant", "representante", "co-chair", "copresident", "copresidente", "envoy",
    "envoye", "envoyee", "vice-ministre", "vice-minister", "secretary-general", "министр", "председатель",
    "президент", "посол", "глава", "секретарь",
}


def _office_head(text: str) -> bool:
    """Whether a part of a title is an office of its own ("President of MERCOSUR"), not a portfolio
    ("Regional Integration")."""
    return any(word in _OFFICE_HEADS for word in fold(text).split())


def second_office(title: str) -> str:
    """The further office of a national double title ("… and Minister for Women"), or ""."""
    for match in re.finditer(r"\s(?:et|and)\s", title):
        second = title[match.end():].strip()
        if len(title[:match.start()].split()) >= 2 and len(second.split()) >= 2 and _office_head(second):
            return second
    return ""


def make_person(raw: dict, index: int, texts: Texts) -> Person:
    path = f"meeting.participants[{index}]"
    title = texts.maybe(raw.get("title"), f"{path}.title")
    org = texts.maybe(raw.get("organization"), f"{path}.organization") or None
    country = raw.get("country") or None
    short = raw.get("short_name")
    short_name = texts.maybe(short, f"{path}.short_name") if short else ""
    person = Person(
        raw=raw, index=index, ref=raw.get("ref"), side=raw.get("side"), role=raw.get("role"),
        gender=raw.get("gender"), country=country, name=texts.get(raw.get("name"), f"{path}.name"),
        title=title, org=org, short_name=short_name,
    )
    person.offices = split_offices(title, org, country) if title else []
    return person


def same_office(a: Person, b: Person) -> bool:
    """Counterparts: the same (national) office in every language both records give."""
    def titles(p: Person) -> dict[str, str]:
        value = p.raw.get("title")
        if isinstance(value, str):
            return {"*": value}
        if isinstance(value, dict):
            return {k: v for k, v in value.items() if isinstance(v, str) and v}
        return {}

    ta, tb = titles(a), titles(b)
    if "*" in ta or "*" in tb:
        sa = ta.get("*") or next(iter(ta.values()), "")
        sb = tb.get("*") or next(iter(tb.values()), "")
        return bool(sa and sb) and _national_same(sa, a, sb, b)
    shared = [k for k in ta if k in tb]
    if not shared:
        return False
    if not (a.org and not a.dual or b.org and not b.dual):
        # One office under two countries' names, in a language the office table knows ("Secretary of State"
        # and "Minister of Foreign Affairs"), whatever the other languages' titles say.
        for lang in shared:
            na, nb = _national_title(ta[lang], a, lang), _national_title(tb[lang], b, lang)
            office = office_of(na, a.country, lang)
            if office and office == office_of(nb, b.country, lang):
                return True
    return all(_national_same(ta[k], a, tb[k], b, k) for k in shared)


def _org_text(person: Person, lang: str | None) -> str | None:
    """The person's organisation as written in ``lang`` (a title is split by the organisation it names)."""
    value = person.raw.get("organization")
    if lang and isinstance(value, dict):
        return str(value.get(lang) or "") or person.org
    return person.org


def _national_title(title: str, p: Person, lang: str | None = None) -> str:
    offices = split_offices(title, _org_text(p, lang), p.country)
    return next((o.title for o in offices if not o.org), offices[0].title)


def _national_same(title_a: str, a: Person, title_b: str, b: Person, lang: str | None = None) -> bool:
    oa = split_offices(title_a, _org_text(a, lang), a.country)
    ob = split_offices(title_b, _org_text(b, lang), b.country)
    na = next((o.title for o in oa if not o.org), oa[0].title)
    nb = next((o.title for o in ob if not o.org), ob[0].title)
    if a.org and not a.dual or b.org and not b.dual:
        return False
    return same_title(na, nb, a.country, b.country, lang)


def same_titles(people: list[Person]) -> bool:
    titles = {fold(masculine_title(p.title)) for p in people}
    return len(titles) == 1 and "" not in titles


def heads(people: list[Person]) -> tuple[list[Person], list[Person]]:
    """(who the lead names, who follows): a group of one office stays whole, and so do principals of
    several countries (each heads a delegation of their own); otherwise the side's head leads."""
    countries = [p.country for p in people]
    several = len(people) > 1 and all(countries) and len(set(countries)) == len(countries)
    if len(people) > 1 and not same_titles(people) and not several:
        return people[:1], people[1:]
    return people, []


class Facts:
    """The language-independent facts of a meeting, read in one output language."""

    def __init__(self, meeting: dict, lang: str, settings: dict | None = None):
        self.meeting = meeting
        self.lang = lang
        self.settings = settings or {}
        style = self.settings.get("house_style") if isinstance(self.settings.get("house_style"), dict) else {}
        self.style = {**HOUSE_STYLE_DEFAULTS, **{k: v for k, v in (style or {}).items() if v}}
        self.texts = Texts(lang)
        people = meeting.get("participants") or []
        self.people = [make_person(p, i, self.texts) for i, p in enumerate(people) if isinstance(p, dict)]
        self.by_ref = {p.ref: p for p in self.people if p.ref}
        self.our_side = meeting.get("our_side") or "host"
        self.their_side = "guest" if self.our_side == "host" else "host"
        self.ours = self.principals(self.our_side)
        self.theirs = self.principals(self.their_side)
        self.third = [p for p in self.people if p.side == "third"]
        missing = sides_without_principal(meeting)
        if self.our_side in missing:
            raise RenderError(f"meeting.participants: no principal on our side ({self.our_side})",
                              ["meeting.participants: no principal on our side"])
        if self.their_side in missing:
            raise RenderError(f"meeting.participants: no principal on the other side ({self.their_side})",
                              ["meeting.participants: no principal on the other side"])
        self.kind = meeting.get("kind") or "bilateral_meeting"
        self.format = meeting.get("format")
        self.date = parse_date(meeting.get("date"), "meeting.date")
        self.end = parse_date(meeting["end_date"], "meeting.end_date") if meeting.get("end_date") else None
        self.place = meeting.get("place") or {}
        self.city = self.texts.maybe(self.place.get("city"), "meeting.place.city")
        self.venue = self.texts.maybe(self.place.get("venue"), "meeting.place.venue")
        pub = meeting.get("publication") or {}
        self.pub_date = parse_date(pub["date"], "meeting.publication.date") if pub.get("date") else self.date
        self.dateline_city = self.texts.maybe(pub.get("dateline"), "meeting.publication.dateline")
        agency = pub.get("agency")
        self.agency = self.texts.maybe(agency, "meeting.publication.agency") if agency else ""
        self.publisher = self.texts.maybe(pub.get("publisher"), "meeting.publication.publisher")
        self.attribution = self.texts.maybe(pub.get("attribution"), "meeting.publication.attribution")
        # The lead names each side's head; other principals with another office follow it.
        self.lead_ours, more_ours = heads(self.ours)
        self.lead_theirs, more_theirs = heads(self.theirs)
        self.attending = more_ours + more_theirs
        self.counterparts = (
            len(self.lead_ours) == 1 and len(self.lead_theirs) == 1
            and same_office(self.lead_ours[0], self.lead_theirs[0])
        )
        self.initiated_by = meeting.get("initiated_by") if meeting.get("initiated_by") in ("host", "guest") else None
        # A communiqué is written on the day ("who is on an official visit"); a record of conversation afterwards
        # sets "past" ("who was on an official visit", "la visite a eu lieu").
        self.tense = "present"

    # -- people ---------------------------------------------------------------

    def principals(self, side: str) -> list[Person]:
        return [p for p in self.people if p.side == side and p.role == "principal"]

    def all_principals(self) -> list[Person]:
        return self.ours + self.theirs

    def person(self, ref: Any, path: str) -> Person:
        found = self.by_ref.get(ref)
        if found is None:
            raise RenderError(f"{path}: no participant with ref '{ref}'", [f"{path}: unknown ref"])
        return found

    def shared_office(self) -> str | None:
        """The office every principal holds under their country's name for it (``offices.toml``), or None."""
        codes = {office_of(p.national_office.title, p.country, self.lang) for p in self.all_principals()}
        code = codes.pop() if len(codes) == 1 else None
        return code if code and all(not p.org or p.dual for p in self.all_principals()) else None

    def same_heads(self) -> bool:
        """Whether every principal holds the same kind of office ("the ministers")."""
        if self.counterparts and not self.attending:
            return True
        if self.shared_office():
            return True
        heads = {fold(masculine_title(title_core(p.national_office.title)[0])) for p in self.all_principals()}
        return len(heads) == 1 and "" not in heads and all(not p.org or p.dual for p in self.all_principals())

    def all_states(self) -> bool:
        return all(p.country and (not p.org or p.dual) for p in self.all_principals())

    # -- time and place ----------------------------------------------------------

    def lead_needs_year(self) -> bool:
        if not self.dateline_city:
            return self.date.year != self.pub_date.year or not self.agency
        return self.pub_date.year != self.date.year

    def year_needed(self, date: dt.date) -> bool:
        """A date elsewhere in the text: the year only when it is not the dateline's (or the meeting's)."""
        return date.year != self.pub_date.year

    def mention_city(self) -> bool:
        if self.kind in REMOTE_KINDS or not self.city:
            return False
        if self.our_side == "guest":
            return True  # where our minister travelled is news even under the same dateline
        return not (self.dateline_city and fold(self.dateline_city) == fold(self.city))

    def visit_country_formal(self) -> bool:
        """The visit's country by its formal name: only our own country, received at home ("en visite officielle en
        République d'Azerbaïdjan" in Baku's communiqué), never a country we visit ("en visite de travail en Serbie",
        "on a working visit to Serbia", as the headline says), and not when the host's title already gave it
        ("président de la République populaire de Chine … en visite d'État en Chine")."""
        code = self.visit_country()
        if not code or code not in {p.country for p in self.ours}:
            return False
        # The formal name reads in a place phrase only when the country's name in it is bare ("en République
        # d'Azerbaïdjan", "to the Republic of Azerbaijan"); "en République de l'Inde" does not: "en Inde", "to India".
        formal_in = str(reference.grammar(code).get("fr_formal_in") or "")
        if not re.match(r"en \w+ (?:d['\u2019]|de )(?!la |l['\u2019])", formal_in):
            return False
        return not any(country_in_title(code, p.title)
                       or fold(p.title).endswith(("de la republique", "of the republic"))
                       for p in self.principals("host"))

    def visit_country(self) -> str | None:
        code = self.place.get("country")
        if code:
            return code
        host = self.principals("host")
        return host[0].country if host else None

    # -- content ---------------------------------------------------------------

    def statements(self) -> list[tuple[int, dict]]:
        return [(i, s) for i, s in enumerate(self.meeting.get("statements") or []) if isinstance(s, dict)]

    def signed(self) -> list[tuple[dict, int]]:
        return [(d, i) for i, d in enumerate(self.meeting.get("documents_signed") or []) if isinstance(d, dict)]

    def ministers_present(self) -> list[Person]:
        """Members of a delegation who are ministers themselves: a communiqué says they were present
        ("en présence de la ministre du Changement climatique …"); not for a call."""
        if self.kind in REMOTE_KINDS:
            return []
        out = []
        for p in self.people:
            if p.role != "delegation" or p.side not in ("host", "guest") or not p.title:
                continue
            head = fold(title_core(p.national_office.title)[0])
            if head in _MINISTER_HEADS or office_of(p.national_office.title, p.country, self.lang):
                out.append(p)
        return out

    def signing_in_headline(self) -> bool:
        """Whether the headline carries a signing as the news ("L'Azerbaïdjan et la Türkiye signent un
        mémorandum"); the plan then states it right after the lead.  A visit is news of its own (the headline
        names it and the signing closes the text, as agencies and ministries write it); so is an audience."""
        return bool(self.signed()) and self.kind not in ("audience", *VISIT_KINDS)

    def signers_are_principals(self, refs: list[str]) -> bool:
        principals = {p.ref for p in self.all_principals()}
        return not refs or set(refs) == principals
