"""Reference data: vocabularies, country names and grammar, relation dates.

This module is the only reader of the plain TOML files under ``resources/``
(``vocabularies.toml``, ``countries.toml``, ``diplomatic_relations.toml``).
Each file is read once, merged with the user's copy of the same name in
:func:`chancery.paths.user_resources_dir` (the user's keys override the
shipped ones key by key, and new codes are appended), and cached until
:func:`reload` is called.  A file that cannot be parsed raises
:class:`RefDataError` naming the file and the line.

Country *names* are CLDR's, through Babel; ``countries.toml`` adds only what
CLDR lacks (French articles and prepositions, demonyms, formal names) and may
override a name that does not suit running text.  Every country code gets a
complete grammar entry: countries without data get a documented, conservative
fallback (see :func:`country_grammar`).

Qt-free.  Threading: safe to call from any thread; loading happens under a lock
and the cached data is never mutated (callers receive copies).
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import re
import threading
import unicodedata
from pathlib import Path
from typing import Any

from . import paths

__all__ = [
    "RefDataError",
    "VOCABULARIES",
    "vocabulary",
    "is_code",
    "label",
    "country_codes",
    "is_country",
    "country_name",
    "country_names",
    "find_country",
    "country_grammar",
    "demonym",
    "diplomatic_relations_date",
    "supported_languages",
    "reload",
]

VOCABULARIES_FILE = "vocabularies.toml"
COUNTRIES_FILE = "countries.toml"
RELATIONS_FILE = "diplomatic_relations.toml"

VOCABULARIES: tuple[str, ...] = (
    "meeting_kind",
    "meeting_format",
    "topic",
    "cooperation_area",
    "reporting_verb",
    "document_type",
    "anniversary_subject",
    "classification",
    "status",
    "side",
    "role",
    "our_side",
    "occasion_relation",
    "gender",
)

_SUPPORTED_LANGUAGES = ("fr", "en", "ru")

# Codes CLDR lists as territories that are not ISO 3166-1 countries:
# groupings (EU, EZ, UN, QO), pseudo-locales (XA, XB), "unknown" (ZZ) and the
# codes ISO only reserves exceptionally (Ascension, Clipperton, Sark, Diego
# Garcia, Ceuta & Melilla, Canary Islands, Tristan da Cunha).  Kosovo (XK) is
# kept: it is a user-assigned code in universal use.
_NOT_COUNTRIES = frozenset(
    ["EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"]
)


class RefDataError(ValueError):
    """A reference-data file is missing, unreadable or malformed."""

    def __init__(self, path: Path | str, message: str, line: int | None = None):
        self.path = Path(path)
        self.line = line
        where = f"{self.path}, line {line}" if line else str(self.path)
        super().__init__(f"{where}: {message}")


# ---------------------------------------------------------------------------
# Loading and caching
# ---------------------------------------------------------------------------

_lock = threading.RLock()
_files: dict[str, dict[str, Any]] = {}
_derived: dict[str, Any] = {}

_LINE_RE = re.compile(r"\(at line (\d+), column \d+\)")


def reload() -> None:
    """Forget every cached file, so the next call reads them again."""
    with _lock:
        _files.clear()
        _derived.clear()


def _read_shipped(path: Path) -> dict[str, Any]:
    """A shipped file, through a JSON copy in the data folder's ``cache/`` (made once per version of the file).

    Parsing TOML is slow in Python (about 4 ms for the vocabularies, and 10 to import the parser): the
    window's first paint needs the vocabularies.  A file holding dates (not JSON) is parsed every time.
    """
    cache: Path | None = None
    try:
        stat = path.stat()
        cache = paths.data_dir() / "cache" / f"{path.stem}-{stat.st_mtime_ns}-{stat.st_size}.json"
        return json.loads(cache.read_bytes())
    except (OSError, ValueError):
        pass
    data = _read_toml(path)
    if cache is None:
        return data
    from .fileio import OutputError, write_output_file  # only when the cache is made: not on the start-up path

    try:
        text = json.dumps(data, ensure_ascii=False)
        cache.parent.mkdir(exist_ok=True)  # inside the data folder, never creating it
        for old in cache.parent.glob(f"{path.stem}-*.json"):  # an earlier version of the file
            old.unlink(missing_ok=True)
        write_output_file(cache, text.encode("utf-8"))
    except (OSError, OutputError, TypeError, ValueError):  # no data folder yet, read-only, full, or a date in the file
        pass
    return data


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _LINE_RE.search(message)
        line = int(match.group(1)) if match else getattr(exc, "lineno", None)
        reason = _LINE_RE.sub("", message).strip()
        raise RefDataError(path, f"not valid TOML: {reason}", line) from exc
    except UnicodeDecodeError as exc:
        raise RefDataError(path, "not UTF-8 text") from exc
    except OSError as exc:
        raise RefDataError(path, f"cannot be read ({exc.strerror or exc})") from exc


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Key-by-key merge: tables merge recursively, other values replace."""
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _user_file(name: str) -> Path | None:
    path = paths.user_resources_dir() / name
    return path if path.is_file() else None


def _load(name: str) -> dict[str, Any]:
    """The shipped file merged with the user's overlay (cached)."""
    with _lock:
        cached = _files.get(name)
        if cached is not None:
            return cached
        shipped = paths.resources_dir() / name
        if not shipped.is_file():
            raise RefDataError(shipped, "shipped reference-data file is missing")
        data = _read_shipped(shipped)
        _validate(name, shipped, data)
        user = _user_file(name)
        if user is not None:
            overlay = _read_toml(user)
            _validate(name, user, overlay)
            data = _merge(data, overlay)
        _files[name] = data
        return data


def _validate(name: str, path: Path, data: dict[str, Any]) -> None:
    """Check the shape of a file, so a bad edit is reported where it was made."""
    if name == VOCABULARIES_FILE:
        for vocab, codes in data.items():
            if not isinstance(codes, dict):
                raise RefDataError(path, f"[{vocab}] must be a table of codes")
            for code, labels in codes.items():
                if not isinstance(labels, dict):
                    raise RefDataError(
                        path,
                        f"[{vocab}.{code}] must be a table of labels "
                        f'(en = "…", fr = "…", ru = "…")',
                    )
                for key, text in labels.items():
                    if not isinstance(text, str):
                        raise RefDataError(
                            path, f"{vocab}.{code}.{key} must be a string"
                        )
    elif name == COUNTRIES_FILE:
        for code, entry in data.items():
            if not (len(code) == 2 and code.isascii() and code.isalpha() and code.isupper()):
                raise RefDataError(
                    path, f"[{code}] is not an ISO 3166-1 alpha-2 code (two capital letters)"
                )
            if not isinstance(entry, dict):
                raise RefDataError(path, f"[{code}] must be a table")
            for key in ("fr_demonym", "ru_adjective", "ru_cases"):
                if key in entry and not isinstance(entry[key], dict):
                    raise RefDataError(path, f"{code}.{key} must be an inline table")
            if "aliases" in entry and not isinstance(entry["aliases"], list):
                raise RefDataError(path, f"{code}.aliases must be a list of strings")
    elif name == RELATIONS_FILE:
        pairs = data.get("pairs", {})
        if not isinstance(pairs, dict):
            raise RefDataError(path, "[pairs] must be a table")
        for pair, value in pairs.items():
            if not re.fullmatch(r"[A-Z]{2}-[A-Z]{2}", pair):
                raise RefDataError(path, f'pair "{pair}" must look like "AZ-KG"')
            if isinstance(value, bool) or not isinstance(value, (_dt.date, int, str)):
                raise RefDataError(
                    path, f'"{pair}" must be a date (1993-01-19) or a year (1993)'
                )


def _lang(lang: str) -> str:
    """Primary language subtag, lower case: "fr-CA" -> "fr"."""
    return (lang or "").replace("_", "-").split("-")[0].lower()


def supported_languages() -> tuple[str, ...]:
    """The languages the shipped reference data is written in."""
    return _SUPPORTED_LANGUAGES


# ---------------------------------------------------------------------------
# Vocabularies
# ---------------------------------------------------------------------------


def _vocab_table(name: str) -> dict[str, dict[str, str]]:
    data = _load(VOCABULARIES_FILE)
    if name not in data:
        raise KeyError(f"unknown vocabulary {name!r}")
    return data[name]


def vocabulary(name: str) -> dict[str, dict[str, str]]:
    """Code -> {"en": …, "fr": …, "ru": …[, "fr_phrase", "en_phrase"]}, in file order."""
    return {code: dict(labels) for code, labels in _vocab_table(name).items()}


def vocabulary_entry(name: str, code: str) -> dict[str, str] | None:
    """The labels of one code of vocabulary ``name`` (a copy), or None; KeyError if no such vocabulary.

    What a document asks for each code it prints: cheaper than :func:`vocabulary`, which copies the table.
    """
    labels = _vocab_table(name).get(code)
    return dict(labels) if isinstance(labels, dict) else labels


def is_code(vocab: str, code: object) -> bool:
    """Whether ``code`` is a code of vocabulary ``vocab`` (KeyError if no such vocabulary)."""
    return isinstance(code, str) and code in _vocab_table(vocab)


def label(vocab: str, code: str, lang: str) -> str:
    """The label of ``code`` in ``lang``, else in English, else the code itself."""
    labels = _vocab_table(vocab).get(code)
    if not labels:
        return code
    return labels.get(lang) or labels.get(_lang(lang)) or labels.get("en") or code


# ---------------------------------------------------------------------------
# Countries: names
# ---------------------------------------------------------------------------


def _babel_territories(lang: str) -> dict[str, str]:
    key = "territories:" + lang
    with _lock:
        names = _derived.get(key)
        if names is None:
            from babel import Locale, UnknownLocaleError

            try:
                names = dict(Locale.parse(lang).territories)
            except (UnknownLocaleError, ValueError, TypeError, LookupError):
                names = {}
            _derived[key] = names
        return names


def country_codes() -> list[str]:
    """Every ISO 3166-1 alpha-2 country code CLDR names (plus XK, Kosovo), sorted."""
    with _lock:
        codes = _derived.get("codes")
        if codes is None:
            codes = tuple(
                sorted(
                    code
                    for code in _babel_territories("en")
                    if len(code) == 2
                    and code.isascii()
                    and code.isalpha()
                    and code.isupper()
                    and code not in _NOT_COUNTRIES
                )
            )
            _derived["codes"] = codes
            _derived["codeset"] = frozenset(codes)
    return list(codes)


def is_country(code: object) -> bool:
    """Whether ``code`` is a known country code (exact, upper case: "KG")."""
    if not isinstance(code, str):
        return False
    with _lock:
        if "codeset" not in _derived:
            country_codes()
        return code in _derived["codeset"]


_EN_SAINT = re.compile(r"\bSt\. ")


def _tidy(name: str, lang: str) -> str:
    """CLDR's short forms rewritten for running text."""
    if lang == "en":
        name = _EN_SAINT.sub("Saint ", name.replace(" & ", " and "))
    elif lang == "ru":
        name = re.sub(r"\bо-ва\b", "острова", name)
        name = re.sub(r"\bо-в\b", "остров", name).replace("Св. ", "Святой ")
    return name


def _entry(code: str) -> dict[str, Any]:
    return _load(COUNTRIES_FILE).get(code, {})


def _require_country(code: str) -> None:
    if not is_country(code):
        raise KeyError(f"unknown country code {code!r}")


def country_name(code: str, lang: str) -> str:
    """The country's name in ``lang`` as written in running text.

    CLDR's name through Babel, unless countries.toml (shipped or the user's)
    overrides it with ``name_<lang>``; an unknown language falls back to
    English.  Raises KeyError for an unknown code.
    """
    _require_country(code)
    lang = _lang(lang)
    override = _entry(code).get(f"name_{lang}")
    if isinstance(override, str) and override:
        return override
    names = _babel_territories(lang) if lang else {}
    if code not in names:
        lang = "en"
        override = _entry(code).get("name_en")
        if isinstance(override, str) and override:
            return override
        names = _babel_territories("en")
    return _tidy(names[code], lang)


def country_names(lang: str) -> dict[str, str]:
    """Code -> name in ``lang`` for every country, in code order."""
    return {code: country_name(code, lang) for code in country_codes()}


def _fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form used for matching."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("&", " and ")
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


_LEADING_ARTICLES = ("the ", "le ", "la ", "les ", "l ")


def _name_index() -> dict[str, str]:
    with _lock:
        index = _derived.get("index")
        if index is not None:
            return index
        index = {}
        codes = country_codes()

        def add(text: object, code: str) -> None:
            if isinstance(text, str) and text.strip():
                index.setdefault(_fold(text), code)

        # Names first, so that an alias can never shadow another country's name.
        for code in codes:
            entry = _entry(code)
            for lang in _SUPPORTED_LANGUAGES:
                add(entry.get(f"name_{lang}"), code)
                raw = _babel_territories(lang).get(code)
                if raw:
                    add(raw, code)
                    add(_tidy(raw, lang), code)
        for code in codes:
            entry = _entry(code)
            for alias in entry.get("aliases", []):
                add(alias, code)
            for key in ("en_formal", "fr_formal"):
                add(entry.get(key), code)
        _derived["index"] = index
        return index


def find_country(text: str) -> str | None:
    """The country code for a code ("kg") or a name in en/fr/ru ("Киргизия").

    Matching ignores case, accents and punctuation, and a leading article
    ("the Netherlands", "le Kirghizistan").  Returns None when nothing matches.
    """
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    if len(stripped) == 2 and stripped.isascii() and stripped.isalpha():
        code = stripped.upper()
        if is_country(code):
            return code
        # Not a code, but maybe a two-letter alias ("UK").
    folded = _fold(stripped)
    if not folded:
        return None
    index = _name_index()
    if folded in index:
        return index[folded]
    for article in _LEADING_ARTICLES:
        if folded.startswith(article) and folded[len(article):] in index:
            return index[folded[len(article):]]
    return None


# ---------------------------------------------------------------------------
# Countries: grammar
# ---------------------------------------------------------------------------

_FORMAL_PREFIXES = (  # official-name head word -> (article, "in", "of")
    ("République", "la ", "en ", "de la "),
    ("Royaume", "le ", "au ", "du "),
    ("État", "l'", "dans l'", "de l'"),
    ("Fédération", "la ", "en ", "de la "),
    ("Confédération", "la ", "en ", "de la "),
    ("Grand-Duché", "le ", "au ", "du "),
    ("Sultanat", "le ", "au ", "du "),
    ("Principauté", "la ", "dans la ", "de la "),
    ("Émirats", "les ", "aux ", "des "),
    ("États-Unis", "les ", "aux ", "des "),
)


def _starts_with_vowel(text: str) -> bool:
    first = unicodedata.normalize("NFD", text[:1])[:1].lower()
    return first in ("a", "e", "i", "o", "u", "y")


def _french_phrases(name: str, entry: dict[str, Any]) -> dict[str, Any]:
    """Article and prepositions, from the entry's explicit values or derived.

    With ``fr_gender`` known the derivation is the grammar's own (le/la/l'/les,
    au/en/aux, du/de la/de l'/des).  Without it — a territory the file does not
    describe — the name is used without article and with "à", the usage for
    islands and city-states, which is what most such territories are
    ("à Guam", "d'Aruba"); names beginning "Îles" are plural ("aux Îles Cook"),
    and "Île …" takes "l'" ("à l'Île Bouvet").
    """
    gender = entry.get("fr_gender", "")
    number = entry.get("fr_number", "s")
    elision = bool(entry.get("fr_elision", False))
    if not gender and name.startswith(("Îles ", "îles ")):
        gender, number = "f", "p"
    elif not gender and name.startswith(("Île ", "île ")):
        gender, elision = "f", True
        entry = {"fr_in": f"à l'{name}", **entry}
    if not gender:
        article, definite = name, ""
        where = f"à {name}"
        of = ("d'" if _starts_with_vowel(name) else "de ") + name
    elif number == "p":
        article, definite, where, of = f"les {name}", "les", f"aux {name}", f"des {name}"
    elif elision:
        article, definite, where, of = f"l'{name}", "l'", f"en {name}", f"de l'{name}"
    elif gender == "m":
        article, definite, where, of = f"le {name}", "le", f"au {name}", f"du {name}"
    else:
        article, definite, where, of = f"la {name}", "la", f"en {name}", f"de la {name}"
    where = entry.get("fr_in", where)
    return {
        "fr_gender": gender,
        "fr_number": number,
        "fr_elision": elision,
        "fr_def_article": entry.get("fr_def_article", definite),
        "fr_article": entry.get("fr_article", article) or name,
        "fr_in": where,
        "fr_to": entry.get("fr_to", where),
        "fr_of": entry.get("fr_of", of),
    }


def _formal_french(entry: dict[str, Any], base: dict[str, Any]) -> dict[str, str]:
    formal = entry.get("fr_formal")
    derived = {
        "fr_formal_article": base["fr_article"],
        "fr_formal_in": base["fr_in"],
        "fr_formal_of": base["fr_of"],
    }
    if formal:
        for head, article, where, of in _FORMAL_PREFIXES:
            if formal == head or formal.startswith((head + " ", head + "-")):
                derived = {
                    "fr_formal_article": article + formal,
                    "fr_formal_in": where + formal,
                    "fr_formal_of": of + formal,
                }
                break
    result = {"fr_formal": formal or base["fr_name"]}
    for key, value in derived.items():
        result[key] = entry.get(key, value)
    return result


def _guess_en_the(name: str) -> bool:
    return (
        name.endswith("Islands")
        or name.startswith(("United ", "Republic "))
        or "Republic" in name
    )


def _ru_plural(masculine: str) -> str:
    if masculine.endswith("ий"):
        return masculine[:-2] + "ие"
    if masculine.endswith(("ый", "ой")):
        return masculine[:-2] + "ые"
    return masculine


def country_grammar(code: str) -> dict[str, Any]:
    """Every grammatical form templates need for one country, always complete.

    Keys: name_en, name_fr, name_ru; fr_gender, fr_number, fr_elision,
    fr_def_article, fr_article, fr_in, fr_to, fr_of; fr_demonym {ms, fs, mp,
    fp}; fr_formal, fr_formal_article, fr_formal_in, fr_formal_of; en_the,
    en_adjective, en_formal, en_formal_the; ru_adjective {m, f, p}; ru_prep
    ("в" | "на"), ru_cases {gen, dat, acc, ins, loc: overrides}, ru_formal; aliases;
    has_grammar (True when the data gives demonyms in all forms and an English
    adjective); has_fr_article (True when the French article and prepositions
    come from the data rather than the fallback).

    Fallbacks: French phrases as described in :func:`_french_phrases`;
    demonyms and adjectives are empty strings (callers then write "of
    <country>"); formal names fall back to the short name; English "the" is
    guessed from the name ("… Islands", "… Republic", "United …").
    Raises KeyError for an unknown code.
    """
    _require_country(code)
    entry = copy.deepcopy(_entry(code))
    names = {lang: country_name(code, lang) for lang in _SUPPORTED_LANGUAGES}
    grammar: dict[str, Any] = {f"name_{lang}": names[lang] for lang in _SUPPORTED_LANGUAGES}
    base = _french_phrases(names["fr"], entry)
    grammar.update(base)
    grammar.update(_formal_french(entry, {**base, "fr_name": names["fr"]}))

    raw_dem = entry.get("fr_demonym", {})
    demonyms = {form: str(raw_dem.get(form, "") or "") for form in ("ms", "fs", "mp", "fp")}
    grammar["fr_demonym"] = demonyms

    en_the = entry.get("en_the")
    if en_the is None:
        en_the = _guess_en_the(names["en"])
    grammar["en_the"] = bool(en_the)
    grammar["en_adjective"] = str(entry.get("en_adjective", "") or "")
    grammar["en_formal"] = str(entry.get("en_formal") or names["en"])
    formal_the = entry.get("en_formal_the")
    if formal_the is None:
        formal_the = grammar["en_the"] if "en_formal" not in entry else _guess_en_the(grammar["en_formal"])
    grammar["en_formal_the"] = bool(formal_the)

    raw_ru = entry.get("ru_adjective", {})
    ru_m = str(raw_ru.get("m", "") or "")
    grammar["ru_adjective"] = {
        "m": ru_m,
        "f": str(raw_ru.get("f", "") or ""),
        "p": str(raw_ru.get("p", "") or _ru_plural(ru_m)),
    }
    # Russian: the preposition of place ("в Азербайджане", "на Кубе"), the name in the cases where the
    # dictionary gets it wrong, and the formal name (a title that names it already names the country).
    prep = str(entry.get("ru_prep") or "")
    if prep not in ("в", "на"):
        prep = "на" if "остров" in names["ru"].lower() else "в"
    grammar["ru_prep"] = prep
    cases = entry.get("ru_cases")
    grammar["ru_cases"] = {k: str(v) for k, v in cases.items() if isinstance(v, str)} if isinstance(cases, dict) else {}
    grammar["ru_formal"] = str(entry.get("ru_formal") or names["ru"])
    grammar["aliases"] = [a for a in entry.get("aliases", []) if isinstance(a, str)]
    grammar["has_grammar"] = all(demonyms.values()) and bool(grammar["en_adjective"])
    grammar["has_fr_article"] = bool(entry.get("fr_gender") or entry.get("fr_article"))
    return grammar


def demonym(code: str, lang: str, gender: str = "m", number: str = "s") -> str:
    """The country's adjective agreed in gender and number, or "" if unknown.

    French: "kirghiz", "kirghize", "kirghiz", "kirghizes"; English: the
    invariable adjective ("Kyrgyz"); Russian: the state adjective
    ("киргизский", "киргизская", plural "киргизские").  An empty string means
    the data has no adjective for this country: write "of <country>" instead.
    """
    if gender not in ("m", "f"):
        raise ValueError(f'gender must be "m" or "f", not {gender!r}')
    if number not in ("s", "p"):
        raise ValueError(f'number must be "s" or "p", not {number!r}')
    grammar = country_grammar(code)
    lang = _lang(lang)
    if lang == "fr":
        return grammar["fr_demonym"][gender + number]
    if lang == "en":
        return grammar["en_adjective"]
    if lang == "ru":
        return grammar["ru_adjective"]["p" if number == "p" else gender]
    return ""


# ---------------------------------------------------------------------------
# Diplomatic relations
# ---------------------------------------------------------------------------


def diplomatic_relations_date(a: str, b: str) -> str | int | None:
    """When ``a`` and ``b`` established relations: "1993-01-19", 1993, or None.

    Order-insensitive.  An ISO date string when the day is known, an integer
    year when only the year is, None when the data does not say.
    """
    pairs = _load(RELATIONS_FILE).get("pairs", {})
    a, b = str(a).upper(), str(b).upper()
    value = pairs.get(f"{a}-{b}", pairs.get(f"{b}-{a}"))
    if value is None:
        return None
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value
