"""The reporting-verb lexicon: how a statement's verb leads into its text.

Read from ``resources/lexicon/reporting_verbs.toml`` (shipped) with the
user's ``<data folder>/resources/lexicon/reporting_verbs.toml`` replacing
verbs table by table.  The file's header documents the format; this module
only loads it and fills the placeholders.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import paths
from .errors import RenderError

FILENAME = "reporting_verbs.toml"
FR_PATTERNS = {"que", "np", "de", "a", "de_inf"}
EN_PATTERNS = {"that", "np", "to"}


@dataclass(frozen=True)
class LeadIn:
    pattern: str
    singular: str
    plural: str
    continued: str | None = None
    impersonal: str | None = None
    plural_pattern: str | None = None


def _files() -> list[Path]:
    found = [paths.resources_dir() / "lexicon" / FILENAME]
    user = paths.user_resources_dir() / "lexicon" / FILENAME
    if user.is_file():
        found.append(user)
    return found


@lru_cache(maxsize=1)
def _load() -> dict[str, dict[str, LeadIn]]:
    table: dict[str, dict[str, LeadIn]] = {}
    for path in _files():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as error:
            raise RenderError(f"{path}: the reporting-verb lexicon cannot be read ({error})") from error
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
                    )
                except (KeyError, TypeError) as error:
                    raise RenderError(
                        f"{path}: [{verb}.{lang}] needs 'pattern' and 'singular'"
                    ) from error
                allowed = FR_PATTERNS if lang == "fr" else EN_PATTERNS if lang == "en" else None
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


def verbs() -> list[str]:
    return sorted(_load())


def lead_in(verb: str, lang: str) -> LeadIn:
    """The lexicon entry for ``verb`` in ``lang``; RenderError when absent."""
    entry = _load().get(verb, {}).get(lang.split("-")[0])
    if entry is None:
        raise RenderError(f"the reporting-verb lexicon has no '{verb}' in language '{lang}'")
    return entry


def fill(template: str, *, feminine: bool, addressee: str = "", his: str = "his") -> str:
    return (
        template.replace("{e}", "e" if feminine else "")
        .replace("{addressee}", addressee)
        .replace("{his}", his)
    )


def hint(verb: str, lang: str) -> str:
    """What the form can show beside the text box: "a dit que …"."""
    lead = lead_in(verb, lang)
    joiner = {"que": " que", "de": " de", "a": " à", "de_inf": " de", "that": " that", "to": " to"}
    addressee = "son homologue" if lang.startswith("fr") else "his counterpart"
    return fill(lead.singular, feminine=False, addressee=addressee) + joiner.get(lead.pattern, "") + " …"
