"""The meeting record: its shape, validation, cleaning and JSON interchange.

A record is a plain ``dict`` in exactly the JSON form of
``meeting-format.md`` (version 1), so the CLI, the GUI, the store and the
renderer all speak the same language.  This module knows that form:

* :func:`normalize` fills missing fields with defaults and puts keys in the
  canonical order (the spec's order, then unknown keys sorted), keeping
  unknown keys so a round trip loses nothing;
* :func:`validate` returns every :class:`Problem`, each naming its field by
  path (``meeting.participants[1].country``);
* :func:`clean` removes characters XML cannot hold and says where;
* :func:`read_file` / :func:`dumps` read and write interchange files.

Qt-free; no I/O except in :func:`read_file`.
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import math
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from . import refdata
from .errors import RecordError
from .text import MESSAGE_LIMIT, has_xml_illegal, printable, shown, strip_xml_illegal
from .text import text_in as text_in  # record.text_in, as before (defined in text for the first paint)

FORMAT_VERSION = 1

MAX_DEPTH = 32  # a record is about 5 levels deep; unknown fields may nest, but not without end
MAX_INT_DIGITS = 4300  # Python's own limit for reading a number from text
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

STATUSES = ("draft", "final")
CLASSIFICATIONS = ("public", "internal", "restricted", "confidential")
FORMATS = ("one_on_one", "extended", "one_on_one_then_extended")
SIDES = ("host", "guest")
PARTICIPANT_SIDES = ("host", "guest", "third")
ROLES = ("principal", "delegation")
GENDERS = ("m", "f")
RELATIONS = ("during", "before", "after")

# Field order of every object in the format, and the default of each field.
# A factory (callable) gives a fresh default so records never share lists.
MEETING_FIELDS: dict[str, Any] = {
    "id": None,
    "status": "draft",
    "classification": "public",
    "kind": None,
    "format": None,
    "our_side": "host",
    "date": None,
    "end_date": None,
    "place": lambda: {"city": {}, "country": None, "venue": None},
    "publication": lambda: {
        "agency": None, "publisher": None, "dateline": None, "date": None, "attribution": None,
    },
    "occasion": None,
    "initiated_by": None,
    "participants": list,
    "topics": list,
    "cooperation_areas": list,
    "statements": list,
    "documents_signed": list,
    "invitations": list,
    "anniversaries": list,
    "next_steps": list,
    "internal": lambda: {
        "objectives": [], "talking_points": [], "sensitivities": None,
        "recommendation": None, "prepared_by": None, "cleared_by": None,
    },
    "notes": None,
}
PLACE_FIELDS = {"city": dict, "country": None, "venue": None}
PUBLICATION_FIELDS = {"agency": None, "publisher": None, "dateline": None, "date": None, "attribution": None}
OCCASION_FIELDS = {"event": dict, "ordinal": None, "relation": "during"}
PARTICIPANT_FIELDS = {
    "ref": None, "side": None, "role": "delegation", "name": dict, "gender": None,
    "title": dict, "country": None, "organization": None,
}
STATEMENT_FIELDS = {"speaker": None, "verb": None, "text": dict}
# The documents' house style (archive setting "house_style"): each key's choices, the first the default.
HOUSE_STYLE_CHOICES: dict[str, tuple[str, ...]] = {
    "fr_short_form": ("honorific", "surname"),   # "M. Baïramov" / "Baïramov" after the first mention
    "en_variant": ("en-GB", "en-US"),            # British spelling, "2 July" / American, "July 2"
    "en_short_form": ("title", "surname"),       # "Minister Bayramov" / "Bayramov"
}
DOCUMENT_FIELDS = {"type": None, "title": dict, "period": None, "signed_by": list}
INVITATION_FIELDS = {"from": None, "to": None, "visit": None, "accepted": None}
ANNIVERSARY_FIELDS = {"ordinal": None, "subject": None, "year": None}
NEXT_STEP_FIELDS = {"text": dict, "date": None}
INTERNAL_FIELDS = {
    "objectives": list, "talking_points": list, "sensitivities": None,
    "recommendation": None, "prepared_by": None, "cleared_by": None,
}
# Optional fields added to version 1: written after the fields above, and only when set
# (an older file exports back unchanged).  The store keeps them with the unknown fields.
OPTIONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "statements": ("quote",),
    "next_steps": ("owner", "done"),
    "internal": ("distribution",),
}

# Which list holds which kind of object.
LIST_ITEM_FIELDS: dict[str, dict[str, Any]] = {
    "participants": PARTICIPANT_FIELDS,
    "statements": STATEMENT_FIELDS,
    "documents_signed": DOCUMENT_FIELDS,
    "invitations": INVITATION_FIELDS,
    "anniversaries": ANNIVERSARY_FIELDS,
    "next_steps": NEXT_STEP_FIELDS,
}
OBJECT_FIELDS: dict[str, dict[str, Any]] = {
    "place": PLACE_FIELDS,
    "publication": PUBLICATION_FIELDS,
    "occasion": OCCASION_FIELDS,
    "internal": INTERNAL_FIELDS,
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a record.

    ``severity`` is ``"error"`` for something that can never be stored as is
    (wrong type, unknown code, impossible date) and ``"incomplete"`` for
    something a draft may still lack (a principal, a translation) but a final
    record may not.
    """

    path: str
    message: str
    severity: str = "error"
    #: What is wrong, for programs: the GUI words its own message from ``code``
    #: and ``params`` in the interface language; ``message`` is the English
    #: sentence the CLI and the log print after the path.
    code: str = ""
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    def __str__(self) -> str:
        return printable(f"{self.path}: {self.message}", MESSAGE_LIMIT)


# --------------------------------------------------------------------------
# Shape


def _default(value: Any) -> Any:
    return value() if callable(value) else copy.deepcopy(value)


def _ordered(obj: dict, fields: dict[str, Any], *, fill: bool, optional: tuple[str, ...] = ()) -> dict:
    """Known keys in spec order (filled with defaults if ``fill``), optional ones when set, then unknown keys sorted."""
    out: dict[str, Any] = {}
    for key, default in fields.items():
        if key in obj:
            out[key] = obj[key]
        elif fill:
            out[key] = _default(default)
    for key in optional:
        if obj.get(key) is not None:
            out[key] = obj[key]
    for key in sorted(k for k in obj if k not in fields and k not in optional):
        out[key] = obj[key]
    return out


def normalize(meeting: dict) -> dict:
    """A deep copy of ``meeting`` with every field present, in canonical order.

    Values of the wrong type are left as they are for :func:`validate` to
    report; unknown keys are kept after the known ones, sorted.
    """
    meeting = copy.deepcopy(meeting)
    out = _ordered(meeting, MEETING_FIELDS, fill=True)
    for key, fields in OBJECT_FIELDS.items():
        if isinstance(out.get(key), dict):
            out[key] = _ordered(out[key], fields, fill=True, optional=OPTIONAL_FIELDS.get(key, ()))
    for key, fields in LIST_ITEM_FIELDS.items():
        items = out.get(key)
        if isinstance(items, list):
            optional = OPTIONAL_FIELDS.get(key, ())
            out[key] = [_ordered(i, fields, fill=True, optional=optional) if isinstance(i, dict) else i for i in items]
    return out


def new_meeting(**fields: Any) -> dict:
    """A fresh draft with a new id and today's date, overridden by ``fields``."""
    base = {"id": str(uuid.uuid4()), "status": "draft", "date": _dt.date.today().isoformat()}
    base.update(fields)
    return normalize(base)


def principals(meeting: dict, side: str) -> list[dict]:
    return [
        p for p in meeting.get("participants") or []
        if isinstance(p, dict) and p.get("side") == side and p.get("role") == "principal"
    ]


def sides_without_principal(meeting: dict) -> list[str]:
    """The sides (host, guest) where no participant is marked principal.

    A final record needs one on each (validation says so); a communiqué
    cannot be written without them (the wording engine refuses).
    """
    return [side for side in SIDES if not principals(meeting, side)]


# --------------------------------------------------------------------------
# Record paths: "meeting.participants[1].country", as a Problem names a place in a record

_PATH_STEP = re.compile(r"\.?([A-Za-z_][A-Za-z0-9_-]*)|\[(\d+)\]")


def split_path(path: str) -> list[str | int]:
    """``"meeting.participants[1].country"`` -> ``["meeting", "participants", 1, "country"]``."""
    return [int(index) if index else name for name, index in _PATH_STEP.findall(path)]


def path_under(path: str, prefix: str) -> str | None:
    """The rest of ``path`` below ``prefix`` ("" when equal), or None when not under it."""
    if path == prefix:
        return ""
    if path.startswith(prefix) and path[len(prefix)] in ".[":
        return path[len(prefix):]
    return None


def first_index(rest: str) -> tuple[int | None, str]:
    """``"[2].text.en"`` -> ``(2, "text")``; ``""`` -> ``(None, "")``."""
    steps = split_path(rest)
    index = steps[0] if steps and isinstance(steps[0], int) else None
    key = next((s for s in steps[1 if index is not None else 0:] if isinstance(s, str)), "")
    return index, key


def counterpart_side(meeting: dict) -> str:
    """The side that is not ours ('guest' when we host, else 'host')."""
    return "guest" if meeting.get("our_side", "host") == "host" else "host"


def languages_of(meeting: dict) -> set[str]:
    """Every language tag used in the record's localised text."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if value and all(isinstance(k, str) and _looks_like_lang(k) for k in value) and all(
                isinstance(v, str) for v in value.values()
            ):
                found.update(value)
            else:
                for v in value.values():
                    walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(meeting)
    return found


def _looks_like_lang(key: str) -> bool:
    head = key.split("-")[0]
    return 2 <= len(head) <= 3 and head.isalpha() and head.islower()


# --------------------------------------------------------------------------
# Validation


class _Checker:
    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, path: str, message: str, severity: str = "error", code: str = "", **params: Any) -> None:
        self.problems.append(Problem(path, message, severity, code, params))

    # -- value checks; each returns True when the value is acceptable

    def choice(self, path: str, value: Any, allowed: Iterable[str], *, optional: bool = False,
               missing: str = "incomplete") -> bool:
        """``missing``: the severity of a null where a value is required ("error" where even a draft needs one)."""
        allowed = tuple(allowed)
        if value is None:
            if optional:
                return True
            self.add(path, f"is required; use one of: {', '.join(allowed)}", missing, "required")
            return False
        if value not in allowed:
            self.add(path, f"{shown(value)} is not allowed; use one of: {', '.join(allowed)}", "error",
                     "not_allowed", value=value, allowed=allowed)
            return False
        return True

    def code(self, path: str, value: Any, vocab: str, *, optional: bool = False, missing: str = "incomplete") -> bool:
        if value is None:
            if not optional:
                self.add(path, f"is required; pick a {vocab} code", missing, "required", vocabulary=vocab)
            return optional
        if not isinstance(value, str) or not refdata.is_code(vocab, value):
            self.add(path, f"unknown {vocab} code {shown(value)}; see resources/vocabularies.toml for the codes",
                     "error", "unknown_code", vocabulary=vocab, value=value)
            return False
        return True

    def date(self, path: str, value: Any, *, optional: bool = True) -> _dt.date | None:
        if value is None:
            if not optional:
                self.add(path, "is required; write the date as YYYY-MM-DD", "incomplete", "required")
            return None
        if not isinstance(value, str):
            self.add(path, f"must be a date written YYYY-MM-DD, not {shown(value)}", "error", "not_a_date", value=value)
            return None
        try:
            # YYYY-MM-DD in ASCII digits only: fromisoformat also takes week dates (2021-W26-5) and more.
            return _dt.date.fromisoformat(value) if _ISO_DATE.fullmatch(value) else _raise()
        except ValueError:
            self.add(path, f"{shown(value)} is not a real date; write it as YYYY-MM-DD (e.g. 2021-07-02)", "error",
                     "not_a_date", value=value)
            return None

    def country(self, path: str, value: Any, *, optional: bool = True) -> bool:
        if value is None:
            if not optional:
                self.add(path, "is required; use an ISO 3166 two-letter code such as KG", "incomplete", "required")
            return optional
        if not isinstance(value, str) or not refdata.is_country(value):
            self.add(path, f"{shown(value)} is not an ISO 3166 country code; use two capital letters such as KG",
                     "error", "unknown_country", value=value)
            return False
        return True

    def text(self, path: str, value: Any, *, optional: bool = False) -> bool:
        """A language map ({"fr": …}) or a plain string meaning every language."""
        if value is None:
            if not optional:
                self.add(path, "is required; write the text in each output language", "incomplete", "required")
            return optional
        if isinstance(value, str):
            if not value.strip() and not optional:
                self.add(path, "is empty; write the text", "incomplete", "required")
            return True
        if not isinstance(value, dict):
            self.add(path, 'must be a language map such as {"fr": "…", "en": "…"} or a string', "error", "wrong_type",
                     expected="text")
            return False
        ok = True
        for lang, text in value.items():
            if not isinstance(lang, str) or not _looks_like_lang(lang):
                self.add(f"{path}", f"{shown(lang)} is not a language tag; use codes such as fr, en, ru", "error",
                         "bad_language_tag", value=lang)
                ok = False
            elif not isinstance(text, str):
                self.add(f"{path}.{_key(lang)}", "must be text", "error", "wrong_type", expected="text")
                ok = False
        if ok and not optional and not any(isinstance(t, str) and t.strip() for t in value.values()):
            self.add(path, "is empty; write the text in each output language", "incomplete", "required")
        return ok

    def obj(self, path: str, value: Any) -> bool:
        if not isinstance(value, dict):
            self.add(path, "must be an object ({…})", "error", "wrong_type", expected="object")
            return False
        return True

    def array(self, path: str, value: Any) -> bool:
        if not isinstance(value, list):
            self.add(path, "must be a list ([…])", "error", "wrong_type", expected="list")
            return False
        return True


def _raise() -> NoReturn:
    raise ValueError


def validate(meeting: Any, *, prefix: str = "meeting") -> list[Problem]:
    """Every problem in ``meeting``; an empty list means the record is valid."""
    c = _Checker()
    if not c.obj(prefix, meeting):
        return c.problems
    structure = structure_problems(meeting, prefix)
    if structure:  # too deep or holding what JSON cannot: the checks below would not get through it
        return structure
    normalized = normalize(meeting)
    p = prefix

    if normalized["id"] is None:
        c.add(f"{p}.id", "is required (a UUID such as 5f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a01)", "error", "required")
    else:
        try:
            uuid.UUID(str(normalized["id"]))
        except ValueError:
            c.add(f"{p}.id", f"{shown(normalized['id'])} is not a UUID", "error", "bad_id", value=normalized["id"])
    # Status, classification and side have defaults; an explicit null is refused even in a draft (a draft
    # is stored, and every stored meeting has them).
    c.choice(f"{p}.status", normalized["status"], STATUSES, missing="error")
    c.code(f"{p}.classification", normalized["classification"], "classification", missing="error")
    c.code(f"{p}.kind", normalized["kind"], "meeting_kind")
    c.choice(f"{p}.format", normalized["format"], FORMATS, optional=True)
    c.choice(f"{p}.our_side", normalized["our_side"], SIDES, missing="error")
    start = c.date(f"{p}.date", normalized["date"], optional=False)
    end = c.date(f"{p}.end_date", normalized["end_date"])
    if start and end and end < start:
        c.add(f"{p}.end_date",
              f"{normalized['end_date']} is before the start date {normalized['date']}; correct one of them",
              "error", "end_before_start", end=normalized["end_date"], start=normalized["date"])
    c.choice(f"{p}.initiated_by", normalized["initiated_by"], SIDES, optional=True)

    if c.obj(f"{p}.place", normalized["place"]):
        place = normalized["place"]
        c.text(f"{p}.place.city", place["city"] or None)
        c.country(f"{p}.place.country", place["country"], optional=False)
        c.text(f"{p}.place.venue", place["venue"], optional=True)

    if c.obj(f"{p}.publication", normalized["publication"]):
        pub = normalized["publication"]
        for key in ("agency", "publisher", "dateline", "attribution"):
            c.text(f"{p}.publication.{key}", pub[key], optional=True)
        c.date(f"{p}.publication.date", pub["date"])

    if normalized["occasion"] is not None and c.obj(f"{p}.occasion", normalized["occasion"]):
        occasion = normalize({"occasion": normalized["occasion"]})["occasion"]
        c.text(f"{p}.occasion.event", occasion["event"] or None)
        if occasion["ordinal"] is not None and not _positive_int(occasion["ordinal"], 100_000):
            c.add(f"{p}.occasion.ordinal", "must be a whole number such as 76, or null", "error", "not_a_number",
                  value=occasion["ordinal"])
        c.choice(f"{p}.occasion.relation", occasion["relation"], RELATIONS)
    if normalized["kind"] == "sidelines" and not normalized["occasion"]:
        c.add(f"{p}.occasion", "a sidelines meeting needs the event it took place at", "incomplete",
              "occasion_required")

    refs = _check_participants(c, p, normalized["participants"])
    for key, vocab in (("topics", "topic"), ("cooperation_areas", "cooperation_area")):
        if c.array(f"{p}.{key}", normalized[key]):
            for i, item in enumerate(normalized[key]):
                if isinstance(item, dict):
                    c.text(f"{p}.{key}[{i}]", item)
                else:
                    c.code(f"{p}.{key}[{i}]", item, vocab)
    _check_items(c, p, normalized, refs)

    if c.obj(f"{p}.internal", normalized["internal"]):
        internal = normalized["internal"]
        for key in ("objectives", "talking_points"):
            if c.array(f"{p}.internal.{key}", internal[key]):
                for i, item in enumerate(internal[key]):
                    c.text(f"{p}.internal.{key}[{i}]", item)
        for key in ("sensitivities", "recommendation"):
            c.text(f"{p}.internal.{key}", internal[key], optional=True)
        for key in ("prepared_by", "cleared_by"):
            if internal[key] is not None and not isinstance(internal[key], str):
                c.add(f"{p}.internal.{key}", "must be a name (text) or null", "error", "wrong_type", expected="text")
        distribution = internal.get("distribution")
        if distribution is not None and c.array(f"{p}.internal.distribution", distribution):
            for i, name in enumerate(distribution):
                if not isinstance(name, str):
                    c.add(f"{p}.internal.distribution[{i}]", "must be a name or service (text)", "error", "wrong_type",
                          expected="text")
    c.text(f"{p}.notes", normalized["notes"], optional=True)
    for path, _ in _illegal_characters(normalized, p):
        c.add(path, "contains control characters that Word documents cannot hold; they are removed on save",
              "error", "control_characters")
    return c.problems


def _positive_int(value: Any, largest: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value <= largest


def _check_participants(c: _Checker, p: str, participants: Any) -> set[str]:
    refs: set[str] = set()
    if not c.array(f"{p}.participants", participants):
        return refs
    for i, person in enumerate(participants):
        path = f"{p}.participants[{i}]"
        if not c.obj(path, person):
            continue
        person = normalize({"participants": [person]})["participants"][0]
        ref = person["ref"]
        if not isinstance(ref, str) or not ref.strip():
            c.add(f"{path}.ref", "is required: a short unique label such as p1", "error", "required")
        elif ref in refs or ref == "both":
            c.add(f"{path}.ref", f"{shown(ref)} is used twice (or reserved); give each participant its own ref",
                  "error", "duplicate_ref", value=ref)
        else:
            refs.add(ref)
        c.choice(f"{path}.side", person["side"], PARTICIPANT_SIDES)
        c.choice(f"{path}.role", person["role"], ROLES)
        c.text(f"{path}.name", person["name"] or None)
        c.choice(f"{path}.gender", person["gender"], GENDERS, optional=True)
        c.text(f"{path}.title", person["title"] or None, optional=True)
        c.country(f"{path}.country", person["country"])
        c.text(f"{path}.organization", person["organization"], optional=True)
    for side in sides_without_principal({"participants": participants}):
        c.add(
            f"{p}.participants",
            f"no principal on the {side} side; mark the head of the {side} delegation as principal",
            "incomplete", "no_principal", side=side,
        )
    return refs


def _check_items(c: _Checker, p: str, meeting: dict, refs: set[str]) -> None:
    def ref_ok(path: str, value: Any, extra: tuple = ()) -> None:
        if not isinstance(value, str) and value is not None:
            c.add(path, f"must be a participant ref such as p1, not {shown(value)}", "error", "wrong_type",
                  expected="ref")
            return
        if value in extra:
            return
        if value not in refs:
            known = ", ".join(sorted(refs)) or "none yet"
            c.add(path, f"{shown(value)} is not a participant ref (known: {known})", "error", "unknown_ref",
                  value=value, known=sorted(refs))

    for name in ("statements", "documents_signed", "invitations", "anniversaries", "next_steps"):
        c.array(f"{p}.{name}", meeting[name])

    for i, s in enumerate(meeting["statements"] if isinstance(meeting["statements"], list) else []):
        path = f"{p}.statements[{i}]"
        if not c.obj(path, s):
            continue
        ref_ok(f"{path}.speaker", s.get("speaker"), ("both", None))
        c.code(f"{path}.verb", s.get("verb"), "reporting_verb", optional=True)
        c.text(f"{path}.text", s.get("text") or None)
        if s.get("quote") not in (None, True, False):
            c.add(f"{path}.quote", "must be true, false or absent (true: the text is the speaker's own words)")
    for i, d in enumerate(meeting["documents_signed"] if isinstance(meeting["documents_signed"], list) else []):
        path = f"{p}.documents_signed[{i}]"
        if not c.obj(path, d):
            continue
        c.code(f"{path}.type", d.get("type"), "document_type")
        c.text(f"{path}.title", d.get("title") or None)
        if d.get("period") is not None and not isinstance(d.get("period"), str):
            c.add(f"{path}.period", "must be text such as 2021-2022, or null", "error", "wrong_type",
                  expected="text")
        signed_by = d.get("signed_by", [])
        if c.array(f"{path}.signed_by", signed_by):
            for j, ref in enumerate(signed_by):
                ref_ok(f"{path}.signed_by[{j}]", ref)
    for i, inv in enumerate(meeting["invitations"] if isinstance(meeting["invitations"], list) else []):
        path = f"{p}.invitations[{i}]"
        if not c.obj(path, inv):
            continue
        ref_ok(f"{path}.from", inv.get("from"))
        ref_ok(f"{path}.to", inv.get("to"))
        c.code(f"{path}.visit", inv.get("visit"), "meeting_kind")
        if inv.get("accepted") not in (True, False, None):
            c.add(f"{path}.accepted", "must be true, false or null", "error", "wrong_type", expected="answer")
    for i, a in enumerate(meeting["anniversaries"] if isinstance(meeting["anniversaries"], list) else []):
        path = f"{p}.anniversaries[{i}]"
        if not c.obj(path, a):
            continue
        if not _positive_int(a.get("ordinal"), 1000):
            c.add(f"{path}.ordinal", "must be a whole number such as 30", "error", "not_a_number",
                  value=a.get("ordinal"))
        c.code(f"{path}.subject", a.get("subject"), "anniversary_subject")
        if not (isinstance(a.get("year"), int) and 1000 <= a["year"] <= 9999):
            c.add(f"{path}.year", "must be a four-digit year such as 2022", "error", "not_a_year", value=a.get("year"))
    for i, step in enumerate(meeting["next_steps"] if isinstance(meeting["next_steps"], list) else []):
        path = f"{p}.next_steps[{i}]"
        if not c.obj(path, step):
            continue
        c.text(f"{path}.text", step.get("text") or None)
        c.date(f"{path}.date", step.get("date"))
        if step.get("owner") is not None and not isinstance(step.get("owner"), str):
            c.add(f"{path}.owner", "must be a name or service (text), or null", "error", "wrong_type", expected="text")
        if step.get("done") not in (True, False, None):
            c.add(f"{path}.done", "must be true, false or null", "error", "wrong_type", expected="answer")


def _key(key: Any) -> str:
    """A key as a segment of a field path: as is when plain, else quoted and escaped."""
    if isinstance(key, str) and key.isidentifier() and key.isascii() and len(key) <= 40:
        return key
    return f"[{shown(key, 40)}]"


def structure_problems(value: Any, prefix: str = "meeting") -> list[Problem]:
    """What makes a value unfit to be a record at all, found without recursion.

    Nesting deeper than :data:`MAX_DEPTH`; keys holding control characters
    or lone surrogates (they could not be written back, and are not
    removed since two keys could then collide); numbers that are not finite
    or too long to write.  Reported once each, by path.
    """
    problems: list[Problem] = []
    stack: list[tuple[Any, str, int]] = [(value, prefix, 0)]
    while stack and len(problems) < 20:
        item, path, depth = stack.pop()
        if isinstance(item, (dict, list)) and depth >= MAX_DEPTH:
            problems.append(Problem(path, f"is nested more than {MAX_DEPTH} levels deep; a Chancery record "
                                    "is a few levels deep (simplify this field)", "error", "too_deep"))
            continue
        if isinstance(item, dict):
            for key, child in item.items():
                if not isinstance(key, str) or has_xml_illegal(key):
                    problems.append(Problem(path, f"the key {shown(key, 40)} holds control characters or broken "
                                            "Unicode that cannot be kept; rename it", "error", "bad_key"))
                    continue
                stack.append((child, f"{path}.{_key(key)}", depth + 1))
        elif isinstance(item, list):
            for index, child in enumerate(item):
                stack.append((child, f"{path}[{index}]", depth + 1))
        elif isinstance(item, float) and not math.isfinite(item):
            problems.append(Problem(path, f"{item!r} is not a number a file can hold; write a number or null",
                                    "error", "not_a_number"))
        elif isinstance(item, int) and not isinstance(item, bool) and item.bit_length() > MAX_INT_DIGITS * 3:
            problems.append(Problem(path, f"holds {shown(item)}, more than a file can hold; write a smaller "
                                    "number or text", "error", "not_a_number"))
    return problems


def blocking_problems(problems: Iterable[Problem], status: str) -> list[Problem]:
    """The problems that stop a save: all of them for a final record, errors for a draft."""
    if status == "final":
        return list(problems)
    return [p for p in problems if p.severity == "error" and p.code != "control_characters"]


def missing_translations(meeting: dict, languages: Iterable[str], prefix: str = "meeting") -> list[str]:
    """Paths of printed language maps lacking one of ``languages`` (e.g. ``meeting.place.city.en``)."""
    normalized = normalize(meeting)
    languages = list(languages)
    found: list[str] = []

    def need(path: str, value: Any) -> None:
        if isinstance(value, dict) and value:
            for lang in languages:
                if not (isinstance(value.get(lang), str) and value[lang].strip()):
                    found.append(f"{path}.{lang}")

    need(f"{prefix}.place.city", normalized["place"].get("city") if isinstance(normalized["place"], dict) else None)
    if isinstance(normalized["publication"], dict):
        for key in ("dateline", "publisher", "attribution", "agency"):
            need(f"{prefix}.publication.{key}", normalized["publication"].get(key))
    if isinstance(normalized["occasion"], dict):
        need(f"{prefix}.occasion.event", normalized["occasion"].get("event"))
    for i, x in enumerate(normalized["participants"]):
        if isinstance(x, dict):
            for key in ("name", "title", "organization"):
                need(f"{prefix}.participants[{i}].{key}", x.get(key))
    for key in ("topics", "cooperation_areas"):
        for i, x in enumerate(normalized[key]):
            need(f"{prefix}.{key}[{i}]", x)
    for i, x in enumerate(normalized["statements"]):
        if isinstance(x, dict):
            need(f"{prefix}.statements[{i}].text", x.get("text"))
    for i, x in enumerate(normalized["documents_signed"]):
        if isinstance(x, dict):
            need(f"{prefix}.documents_signed[{i}].title", x.get("title"))
    for i, x in enumerate(normalized["next_steps"]):
        if isinstance(x, dict):
            need(f"{prefix}.next_steps[{i}].text", x.get("text"))
    return found


# --------------------------------------------------------------------------
# Cleaning


def _illegal_characters(value: Any, path: str):
    if isinstance(value, str):
        if has_xml_illegal(value):
            yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _illegal_characters(v, f"{path}.{_key(k)}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _illegal_characters(v, f"{path}[{i}]")


def clean(meeting: dict, prefix: str = "meeting") -> tuple[dict, list[Problem]]:
    """A copy of ``meeting`` without XML-illegal characters, and a warning per field cleaned."""
    warnings = [
        Problem(path, "held control characters that Word documents cannot hold; they were removed", "warning",
                "control_characters_removed")
        for path, _ in _illegal_characters(meeting, prefix)
    ]
    if not warnings:
        return meeting, []

    def scrub(value: Any) -> Any:
        if isinstance(value, str):
            return strip_xml_illegal(value)
        if isinstance(value, dict):
            return {strip_xml_illegal(k): scrub(v) for k, v in value.items()}
        if isinstance(value, list):
            return [scrub(v) for v in value]
        return value

    return scrub(meeting), warnings


# --------------------------------------------------------------------------
# Interchange files


def _upgrade(document: dict, version: int) -> dict:
    """Bring an older interchange document up to FORMAT_VERSION (none older exists yet)."""
    return document


def parse_document(document: Any, source: str | None = None) -> list[dict]:
    """The meetings of a parsed interchange document, validated.

    Raises :class:`RecordError` listing every problem of every meeting.
    Drafts may be incomplete; final records must be complete.
    """
    problems: list[Problem] = []
    if not isinstance(document, dict):
        raise RecordError([Problem("(file)", 'is not a Chancery file: expected {"chancery": 1, "meeting": {…}}')],
                          source)
    version = document.get("chancery")
    if version is None:
        raise RecordError([Problem("chancery", 'is missing: a Chancery file starts with {"chancery": 1, …}')], source)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problem = Problem("chancery", f"must be the format version, a number such as 1, not {shown(version)}")
        raise RecordError([problem], source)
    if version > FORMAT_VERSION:
        raise RecordError(
            [Problem("chancery", f"this file is format version {version}; this Chancery reads up to "
                     f"version {FORMAT_VERSION}. Update Chancery to import it")],
            source,
        )
    document = _upgrade(document, version)
    if "meeting" in document and "meetings" in document:
        raise RecordError([Problem("(file)", 'has both "meeting" and "meetings"; keep one')], source)
    if "meeting" in document:
        items, prefixes = [document["meeting"]], ["meeting"]
    elif isinstance(document.get("meetings"), list):
        items = document["meetings"]
        prefixes = [f"meetings[{i}]" for i in range(len(items))]
    else:
        raise RecordError([Problem("(file)", 'has no "meeting" object or "meetings" list')], source)

    meetings: list[dict] = []
    seen: dict[str, str] = {}
    for item, prefix in zip(items, prefixes, strict=True):
        if isinstance(item, dict) and item.get("id") is None:
            item = {**item, "id": str(uuid.uuid4())}
        found = validate(item, prefix=prefix)
        status = item.get("status", "draft") if isinstance(item, dict) else "draft"
        problems.extend(blocking_problems(found, status if status in STATUSES else "final"))
        if isinstance(item, dict) and not any(p.code in ("too_deep", "bad_key") for p in found):
            identifier = canonical_id(item.get("id"))
            if identifier is not None:
                if identifier in seen:
                    problems.append(Problem(f"{prefix}.id", f"is the same meeting as {seen[identifier]}.id "
                                            "(ids are compared without case or braces); keep one of them"))
                seen[identifier] = prefix
                item = {**item, "id": identifier}
            cleaned, _ = clean(normalize(item), prefix)
            meetings.append(cleaned)
    if problems:
        raise RecordError(problems, source)
    return meetings


def canonical_id(value: Any) -> str | None:
    """A meeting id in its one written form (lower case, hyphens, no braces or urn:uuid:), or None if not a UUID.

    "5F1C9D52-…", "{5f1c9d52-…}" and "urn:uuid:5f1c9d52-…" name the same
    meeting; storing them as they come would make two.
    """
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        return str(uuid.UUID(value.strip()))
    except ValueError:
        return None


class _BadNumber(ValueError):
    """A number in a JSON text that JSON or Chancery cannot hold (NaN, Infinity, 1e400, 5,000 digits)."""


def _json_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise _BadNumber(f"a number of {len(text.lstrip('-')):,} digits ({text[:12]}…)")
    return int(text)


def _json_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber(f"{printable(text, 40)}, too large for a number")
    return value


def _json_constant(name: str) -> float:
    raise _BadNumber(f"{name}, which JSON does not allow")


def loads(text: str, source: str | None = None) -> Any:
    """Parse a JSON text strictly: no NaN or Infinity, no endless numbers or nesting; RecordError otherwise."""
    try:
        return json.loads(text, parse_int=_json_int, parse_float=_json_float, parse_constant=_json_constant)
    except json.JSONDecodeError as error:
        raise RecordError(
            [Problem(f"line {error.lineno}, column {error.colno}", f"is not valid JSON: {error.msg}")], source
        ) from None
    except _BadNumber as error:
        raise RecordError([Problem("(file)", f"holds {error}; write a number such as 30, or null")], source) from None
    except RecursionError:
        raise RecordError([Problem("(file)", f"is nested too deeply to be a Chancery file (a record is a few "
                                   f"levels deep; at most {MAX_DEPTH} are accepted)")], source) from None


def read_file(path: str | Path) -> list[dict]:
    """Read and validate an interchange file; :class:`RecordError` names every problem."""
    path = Path(path)
    source = printable(str(path), 200)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RecordError([Problem("(file)", "does not exist; check the path")], source) from None
    except IsADirectoryError:
        raise RecordError([Problem("(file)", "is a folder; give a Chancery JSON file")], source) from None
    except PermissionError:
        raise RecordError([Problem("(file)", "cannot be read: permission denied; check the file's permissions")],
                          source) from None
    except OSError as error:
        raise RecordError([Problem("(file)", f"cannot be read ({error.strerror or error})")], source) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RecordError([Problem("(file)", f"is not UTF-8 text (byte {error.start}); save it as UTF-8 JSON")],
                          source) from None
    return parse_document(loads(text.removeprefix("\ufeff"), source), source)


def dumps(meetings: list[dict]) -> str:
    """The canonical interchange text: spec key order, 2-space indent, UTF-8, final newline."""
    if len(meetings) == 1:
        document: dict = {"chancery": FORMAT_VERSION, "meeting": normalize(meetings[0])}
    else:
        document = {"chancery": FORMAT_VERSION, "meetings": [normalize(meeting) for meeting in meetings]}
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
