"""The lexicon: reporting verbs, and the small language data the wording rules read.

Read from ``resources/lexicon/`` (shipped) with the user's
``<data folder>/resources/lexicon/`` files replacing tables one by one:

- ``reporting_verbs.toml``: how a statement's verb leads into its text, its
  alternatives (for variation), the tense the text expects (for the form's
  hint) and the verb after a direct quotation;
- ``phrases.toml``: head nouns and adjectives for joining lists of subjects;
- ``language.toml``: "also" words, demonstratives, document nouns, tenses,
  headings and the small per-language lists the rules read;
- ``offices.toml``: offices that countries name differently (the foreign
  minister is the "Secretary of State" of the United States), for
  counterparts, the principals together and short titles in headlines.

The files' headers document the formats.  This module stays light (no Babel,
no docx): the form imports it on the GUI thread for the statement hint.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import paths
from .errors import RenderError

FILENAME = "reporting_verbs.toml"
FR_PATTERNS = {"que", "np", "de", "a", "de_inf"}
EN_PATTERNS = {"that", "np", "to"}
RU_PATTERNS = {"что", "np", "inf"}
PATTERNS = {"fr": FR_PATTERNS, "en": EN_PATTERNS, "ru": RU_PATTERNS}


@dataclass(frozen=True)
class LeadIn:
    pattern: str
    singular: str
    plural: str
    continued: str | None = None
    impersonal: str | None = None
    plural_pattern: str | None = None
    alternatives: tuple[str, ...] = ()
    plural_alternatives: tuple[str, ...] = ()
    tense: str | None = None
    quote: str | None = None

    def forms(self) -> list[str]:
        """Every singular lead-in with this meaning: the main one, then the alternatives."""
        return [self.singular, *[a for a in self.alternatives if a != self.singular]]

    def plural_forms(self, lang: str) -> list[str]:
        """Every plural lead-in with this meaning: the plural, then the alternatives put in the plural by the
        language's ``plural_lead_ins`` ("a insisté sur" -> "ont insisté sur"; English past tenses stay), then the
        alternatives written for the plural only ("sont également convenus", "ont décidé")."""
        out = [self.plural]
        rules = language(lang).get("plural_lead_ins")
        if isinstance(rules, dict) and not self.plural_pattern:
            for alternative in self.alternatives:
                if "{addressee" in alternative:
                    continue  # "briefed {addressee} on" has no plural with the same meaning
                for singular, plural in sorted(rules.items(), key=lambda rule: -len(rule[0])):
                    if alternative.startswith(singular):
                        form = str(plural) + alternative[len(singular):]
                        if str(plural).rstrip().endswith("sont"):
                            form = form.replace("{e}", "{e}s")  # "se sont félicité{e}s"
                        out.append(form)
                        break
        out.extend(self.plural_alternatives)
        return [form for i, form in enumerate(out) if form not in out[:i]]


def _files(filename: str = FILENAME) -> list[Path]:
    found = [paths.resources_dir() / "lexicon" / filename]
    user = paths.user_resources_dir() / "lexicon" / filename
    if user.is_file():
        found.append(user)
    return found


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise RenderError(f"{path}: the lexicon cannot be read ({error})") from error


@lru_cache(maxsize=4)
def _tables(filename: str) -> dict:
    """A lexicon file merged with the user's copy, table by table (two levels deep)."""
    merged: dict = {}
    for path in _files(filename):
        for key, value in _read(path).items():
            if isinstance(value, dict) and isinstance(merged.get(key), dict):
                merged[key] = {**merged[key], **value}
            else:
                merged[key] = value
    return merged


@lru_cache(maxsize=1)
def _load() -> dict[str, dict[str, LeadIn]]:
    table: dict[str, dict[str, LeadIn]] = {}
    for path in _files():
        data = _read(path)
        for verb, per_lang in data.items():
            if not isinstance(per_lang, dict):
                continue
            for lang, entry in per_lang.items():
                try:
                    lead = LeadIn(
                        pattern=entry["pattern"],
                        singular=entry["singular"],
                        plural=entry.get("plural", entry["singular"]),
                        continued=entry.get("continued"),
                        impersonal=entry.get("impersonal"),
                        plural_pattern=entry.get("plural_pattern"),
                        alternatives=tuple(str(a) for a in entry.get("alternatives") or ()),
                        plural_alternatives=tuple(str(a) for a in entry.get("plural_alternatives") or ()),
                        tense=entry.get("tense"),
                        quote=entry.get("quote"),
                    )
                except (KeyError, TypeError) as error:
                    raise RenderError(
                        f"{path}: [{verb}.{lang}] needs 'pattern' and 'singular'"
                    ) from error
                allowed = PATTERNS.get(lang)
                if allowed and lead.pattern not in allowed:
                    raise RenderError(
                        f"{path}: [{verb}.{lang}] pattern '{lead.pattern}' is not one of "
                        + ", ".join(sorted(allowed))
                    )
                table.setdefault(verb, {})[lang] = lead
    return table


def reload() -> None:
    """Forget the cached lexicon (after the user edited the file)."""
    _load.cache_clear()
    _tables.cache_clear()


def verbs() -> list[str]:
    return sorted(_load())


def lead_in(verb: str, lang: str) -> LeadIn:
    """The lexicon entry for ``verb`` in ``lang``; RenderError when absent."""
    entry = _load().get(verb, {}).get(lang.split("-")[0])
    if entry is None:
        raise RenderError(f"the reporting-verb lexicon has no '{verb}' in language '{lang}'")
    return entry


ADDRESSEE = re.compile(r"\{addressee(?:\.(\w+))?\}")


def fill(template: str, *, feminine: bool, addressee: str = "", his: str = "his", plural: bool = False) -> str:
    """The lead-in with its placeholders filled ({addressee.CASE} takes the same text as {addressee})."""
    return ADDRESSEE.sub(
        addressee.replace("\\", "\\\\"),
        template.replace("{e}", "e" if feminine else "").replace("{s}", "s" if plural else "").replace("{his}", his),
    )


def language(lang: str) -> dict:
    """The small language data of ``language.toml`` for ``lang`` (empty when none)."""
    data = _tables("language.toml").get(lang.split("-")[0])
    return data if isinstance(data, dict) else {}


def offices() -> dict:
    """Offices that countries name differently (``offices.toml``): {code: {lang: {...}, "countries": {...}}}."""
    return {k: v for k, v in _tables("offices.toml").items() if isinstance(v, dict)}


def phrase_data(vocab: str, code: str, lang: str) -> dict:
    """Aggregation data of a vocabulary code: {"head", "mod"} or {"adj"} (``phrases.toml``)."""
    table = _tables("phrases.toml").get(vocab) or {}
    entry = table.get(code) if isinstance(table, dict) else None
    data = entry.get(lang.split("-")[0]) if isinstance(entry, dict) else None
    return data if isinstance(data, dict) else {}


def also_words(lang: str) -> list[str]:
    return [str(w) for w in language(lang).get("also") or []]


def document_reference(lang: str, nouns: list[str] | None = None) -> str:
    """A pattern matching a demonstrative followed by a document noun ("ce mémorandum", "these documents")."""
    data = language(lang)
    demonstratives = [str(w) for w in data.get("demonstratives") or []]
    words = [str(w) for w in data.get("document_nouns") or []] + list(nouns or [])
    if not demonstratives or not words:
        return ""
    nouns_pattern = [re.escape(w) for w in sorted(set(words), key=len, reverse=True)]
    if data.get("inflected"):
        # "этой программы", "данного меморандума": the noun in any case, by its stem.
        stems = {w.rstrip("аеёиоуыэюяьй") or w for w in words}
        nouns_pattern = [re.escape(stem) + r"\w*" for stem in sorted(stems, key=len, reverse=True)]
    spaced = [re.escape(d) + r"\s+" for d in demonstratives if not d.endswith(("'", "\u2019"))]
    elided = [re.escape(d) for d in demonstratives if d.endswith(("'", "\u2019"))]
    return r"\b(?:" + "|".join(spaced + elided) + r")(?:" + "|".join(nouns_pattern) + r")\b"


def tense_hint(verb: str, lang: str) -> str:
    """The tense the statement text should use, with an example: "imparfait : « constituaient »"."""
    lead = lead_in(verb, lang)
    if not lead.tense:
        return ""
    tenses = language(lang).get("tenses") or {}
    entry = tenses.get(lead.tense) if isinstance(tenses, dict) else None
    if not isinstance(entry, dict):
        return lead.tense
    label, example = str(entry.get("label") or lead.tense), str(entry.get("example") or "")
    colon = "\u00a0: " if lang.startswith("fr") else ": "
    return f"{label}{colon}{example}" if example else label


def hint(verb: str, lang: str) -> str:
    """What the form shows in an empty statement box: "a déclaré que … — imparfait : « constituaient »"."""
    lead = lead_in(verb, lang)
    joiner = {"que": " que", "de": " de", "a": " à", "de_inf": " de", "that": " that", "to": " to", "что": ", что"}
    addressee = {"fr": "son homologue", "ru": "коллегу"}.get(lang.split("-")[0], "his counterpart")
    text = fill(lead.singular, feminine=False, addressee=addressee) + joiner.get(lead.pattern, "") + " …"
    tense = tense_hint(verb, lang)
    return f"{text} — {tense}" if tense else text
