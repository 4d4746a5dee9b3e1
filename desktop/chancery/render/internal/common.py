"""What the briefing note and the record of conversation share: the language
modules, the marking, the people of the meeting, delegations in protocol
order, the heading block (prepared by, cleared by, date, reference).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ...text import fold
from .. import reference
from ..errors import RenderError
from ..facts import country_in_title, org_in_title
from . import en, fr, ru

# One module per language (see fr.py).
LANGUAGES: dict[str, ModuleType] = {"fr": fr, "en": en, "ru": ru}
CLASSIFICATION_ORDER = ("public", "internal", "restricted", "confidential")


def language(lang: str) -> ModuleType:
    words = LANGUAGES.get(lang.split("-")[0])
    if words is None:
        raise RenderError(
            f"internal documents cannot be written in '{lang}' yet (available: {', '.join(sorted(LANGUAGES))})"
        )
    return words


def marking(classification: str | None, lang: str) -> str:
    """The marking of an internal document: at least "internal", whatever the record says."""
    level = classification if classification in CLASSIFICATION_ORDER else "internal"
    if CLASSIFICATION_ORDER.index(level) < 1:
        level = "internal"
    return reference.label("classification", level, lang).upper()


def text(value: Any, lang: str, path: str) -> str:
    """A language map's text in ``lang``; a gap is an error naming the field."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, dict):
        found = value.get(lang)
        if isinstance(found, str) and found.strip():
            return found.strip()
    missing = f"{path}.{lang}"
    raise RenderError(f"missing text in the output language: {missing}", [missing])


def maybe(value: Any, lang: str, path: str) -> str:
    return "" if value in (None, "", {}) else text(value, lang, path)


def parse_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Party:
    """A participant, with its texts in the document's language."""

    ref: str
    side: str
    role: str
    name: str
    title: str
    org: str
    country: str | None
    gender: str | None


def parties(meeting: dict, lang: str, prefix: str = "meeting") -> list[Party]:
    found = []
    for i, p in enumerate(meeting.get("participants") or []):
        if not isinstance(p, dict):
            continue
        path = f"{prefix}.participants[{i}]"
        found.append(Party(
            ref=str(p.get("ref") or ""), side=str(p.get("side") or ""), role=str(p.get("role") or ""),
            name=text(p.get("name"), lang, f"{path}.name"), title=maybe(p.get("title"), lang, f"{path}.title"),
            org=maybe(p.get("organization"), lang, f"{path}.organization"), country=p.get("country") or None,
            gender=p.get("gender"),
        ))
    return found


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.findall(r"\b[A-ZÉ][\w-]*", name))


def title_names_party(party: Party, lang: str) -> bool:
    """Whether the title already says the country or organisation ("President of the Republic of Uzbekistan")."""
    title = fold(party.title)
    if party.org and lang == "ru":
        return org_in_title(party.org, party.title)
    if party.org:
        initials = _initials(party.org)
        by_initials = len(initials) >= 2 and re.search(rf"\b{initials}\b", party.title) is not None
        return fold(party.org) in title or by_initials
    if not party.country:
        return True
    if lang == "ru":  # Russian names the country in any case ("Российской Федерации"): by stem
        return country_in_title(party.country, party.title)
    grammar = reference.grammar(party.country)
    names = [reference.country_name(party.country, lang), grammar.get(f"name_{lang}", ""),
             grammar.get("fr_formal", "") if lang == "fr" else grammar.get("en_formal", ""),
             grammar.get("en_adjective", "") if lang == "en" else ""]
    names += list((grammar.get("fr_demonym") or {}).values()) if lang == "fr" else []
    return any(name and re.search(rf"\b{re.escape(fold(name))}\b", title) for name in names)


def of_phrase(words: ModuleType, party: Party, lang: str) -> str:
    if not party.title or title_names_party(party, lang):
        return ""
    if party.org:
        return words.of_org(party.org)
    return words.of_country(party.country) if party.country else ""


def describe(words: ModuleType, party: Party, lang: str) -> str:
    """Name, title of country — for a first mention in a list or a heading."""
    return words.describe(party.name, party.title, of_phrase(words, party, lang))


REMOTE_KINDS = ("phone_call", "videoconference")


def delegations(words: ModuleType, people: list[Party], meeting: dict, fin) -> list[dict[str, Any]]:
    """Each side's delegation, ours first, head first, then in the order recorded (protocol order).

    A call or videoconference has sides, not host and visiting delegations:
    "Partie kirghize (à l'origine de l'appel)" / "Kyrgyz side (caller)".
    """
    our_side = meeting.get("our_side") or "host"
    their_side = "guest" if our_side == "host" else "host"
    remote = meeting.get("kind") in REMOTE_KINDS
    out = []
    for side in (our_side, their_side, "third"):
        members = [p for p in people if p.side == side]
        if not members:
            continue
        members.sort(key=lambda p: p.role != "principal")
        head = members[0]
        demonym = words.demonym(head.country) if not head.org else ""
        if side == "third":
            label = words.WORDS["other_participants"]
        elif remote:
            label = words.side_label(head.country, head.org, demonym, caller=meeting.get("initiated_by") == side)
        else:
            label = words.delegation_label(side, head.country, head.org, demonym)
        lines = []
        for p in members:
            parts = [p.name] + ([p.title] if p.title else [])
            if p.org and p.title and fold(p.org) not in fold(p.title):
                parts.append(p.org)
            line = ", ".join(parts)
            if p.role == "principal" and side != "third" and not remote:
                line += f" ({words.WORDS['head_of_delegation']})"
            lines.append(fin(line))
        out.append({"label": fin(label), "members": lines})
    return out


def heading(meeting: dict, words: ModuleType, fin, letterhead: str, date_long) -> dict[str, str]:
    """Marking, letterhead, prepared by / cleared by / date / reference, and the author property."""
    internal: dict[str, Any] = meeting["internal"] if isinstance(meeting.get("internal"), dict) else {}
    dash = words.WORDS["not_set"]
    prepared = str(internal.get("prepared_by") or "").strip()
    cleared = str(internal.get("cleared_by") or "").strip()
    ministry = letterhead or words.WORDS["ministry"]
    author = prepared or ministry[:1].upper() + ministry[1:]
    return {
        "marking": marking(meeting.get("classification"), words.LANG),
        "letterhead": letterhead,
        "prepared_by": fin(prepared) or dash,
        "cleared_by": fin(cleared) or dash,
        "prepared_on": date_long(dt.date.today()),
        "reference": "",
        "author": author,
    }
