"""The render context: everything a template may print, for one language.

``build_context(meeting, lang)`` returns::

    lang       "fr"
    doc        the communiqué: headline, dateline, lead, paragraphs,
               all_paragraphs (lead + body), letterhead, footer, kind_label,
               date_long, place, agency, publisher
    brief      the briefing note: marking, letterhead, title, when_where,
               purpose, objectives, delegations [{label, members}],
               talking_points, sensitivities, earlier_meetings,
               earlier_documents, anniversaries, recommendation,
               prepared_by, cleared_by, prepared_on
    meeting    the record itself (language maps as stored; use |tr)
    settings   the archive settings (home_country, ministry, agency, …)
    today      today's date (use |date)

Every string is final: typography applied, no None.  Missing text in the
output language raises RenderError listing every missing field path.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
from typing import Any

from .. import record
from . import english as en
from . import french as fr
from . import reference
from .errors import RenderError
from .prose import Writer, writer
from .typography import quote, sentence

log = logging.getLogger(__name__)

CLASSIFICATION_ORDER = ("public", "internal", "restricted", "confidential")
NOTHING = {"fr": "—", "en": "—"}


def missing_fields(meeting: dict, lang: str, kind: str | None = None) -> list[str]:
    """Paths of the texts a document in ``lang`` needs and the record lacks.

    ``kind`` "communique" leaves out the internal (briefing-only) fields.
    """
    found = list(record.missing_translations(meeting, [lang]))
    if kind != "communique":
        internal = (record.normalize(meeting).get("internal") or {})
        if isinstance(internal, dict):
            for key in ("objectives", "talking_points"):
                for i, item in enumerate(internal.get(key) or []):
                    if isinstance(item, dict) and item and not _has(item, lang):
                        found.append(f"meeting.internal.{key}[{i}].{lang}")
            for key in ("sensitivities", "recommendation"):
                item = internal.get(key)
                if isinstance(item, dict) and item and not _has(item, lang):
                    found.append(f"meeting.internal.{key}.{lang}")
    return found


def _has(value: dict, lang: str) -> bool:
    text = value.get(lang)
    return isinstance(text, str) and bool(text.strip())


def _check(meeting: dict, lang: str, kind: str | None) -> None:
    missing = missing_fields(meeting, lang, kind)
    if missing:
        raise RenderError(
            f"missing text in the output language ({lang}): " + ", ".join(missing), missing
        )


def build_context(
    meeting: dict,
    lang: str,
    *,
    archive: Any = None,
    settings: dict | None = None,
    kind: str | None = None,
) -> dict[str, Any]:
    """The context for a template of document ``kind`` (None: both) in ``lang``."""
    if not isinstance(meeting, dict):
        raise RenderError("the record is not a meeting object")
    meeting = record.normalize(meeting)
    lang = lang.split("-")[0]
    _check(meeting, lang, kind)
    if settings is None and archive is not None:
        try:
            settings = archive.settings()
        except Exception:  # a missing settings table must not stop a render
            log.exception("archive settings unavailable")
            settings = None
    settings = settings or {}
    w = writer(meeting, lang, settings)
    doc = w.communique()
    doc["footer"] = doc["letterhead"] or doc["publisher"] or doc["agency"]
    # A communiqué never sees the internal material (nor needs its wording in every language).
    brief = briefing(w, meeting, lang, archive, settings, doc) if kind != "communique" else {}
    return {
        "lang": lang,
        "doc": doc,
        "brief": brief,
        "meeting": copy.deepcopy(meeting),
        "settings": copy.deepcopy(settings),
        "today": dt.date.today(),
    }


def _paragraphs(value: Any, path: str, w: Writer) -> list[str]:
    if value in (None, "", {}):
        return []
    text = w.t.get(value, path)
    return [w.fin(part) for part in text.replace("\r\n", "\n").split("\n") if part.strip()]


def marking(classification: str | None, lang: str) -> str:
    """The briefing note's marking: at least "internal", whatever the record says."""
    level = classification if classification in CLASSIFICATION_ORDER else "internal"
    if CLASSIFICATION_ORDER.index(level) < 1:
        level = "internal"
    return reference.label("classification", level, lang).upper()


def delegation_label(w: Writer, side: str) -> str:
    people = [p for p in w.people if p.side == side]
    if side == "third":
        return "Autres participants" if w.lang == "fr" else "Other participants"
    first = next((p for p in people if p.role == "principal"), people[0] if people else None)
    role = {"fr": {"host": "hôte", "guest": "invitée"}, "en": {"host": "host", "guest": "visiting"}}[w.lang][side]
    if first is None:
        return role
    if first.org:
        if w.lang == "fr":
            return f"Délégation {fr.contract_de(fr.with_article(first.org))} ({role})"
        return f"Delegation of {en.with_the(first.org)} ({role})"
    if first.country:
        grammar = reference.grammar(first.country)
        if w.lang == "fr":
            demonym = (grammar.get("fr_demonym") or {}).get("fs")
            label = f"Délégation {demonym}" if demonym else f"Délégation {grammar.get('fr_of') or first.country}"
            return f"{label} (partie {role})"
        adjective = grammar.get("en_adjective")
        label = f"{adjective} delegation" if adjective else f"Delegation of {reference.country_name(first.country, 'en')}"
        return f"{label} ({role} side)"
    return role


def member_line(w: Writer, person) -> str:
    parts = [person.name]
    if person.title:
        parts.append(person.title)
    if person.org and (not person.title or person.org.lower() not in person.title.lower()):
        parts.append(person.org)
    line = ", ".join(parts)
    if person.role == "principal":
        line += " (chef de délégation)" if w.lang == "fr" else " (head of delegation)"
    return w.fin(line)


def briefing(w: Writer, meeting: dict, lang: str, archive: Any, settings: dict, doc: dict) -> dict[str, Any]:
    internal = meeting.get("internal") or {}
    city = w.city
    kind_label = doc["kind_label"]
    when_where = f"{kind_label} — {w.date_long(w.date)}" + (f", {city}" if city else "")
    sides = [w.our_side, w.their_side] + (["third"] if w.third else [])
    delegations = []
    for side in sides:
        members = [p for p in w.people if p.side == side]
        members.sort(key=lambda p: p.role != "principal")
        if members:
            delegations.append({"label": w.fin(delegation_label(w, side)),
                                "members": [member_line(w, p) for p in members]})
    objectives = [w.fin(sentence(w.t.get(o, f"meeting.internal.objectives[{i}]")))
                  for i, o in enumerate(internal.get("objectives") or []) if o not in (None, "", {})]
    points = [w.fin(sentence(w.t.get(o, f"meeting.internal.talking_points[{i}]")))
              for i, o in enumerate(internal.get("talking_points") or []) if o not in (None, "", {})]
    earlier, earlier_docs, anniversaries = background(w, meeting, lang, archive)
    dash = NOTHING[lang]
    return {
        "marking": marking(meeting.get("classification"), lang),
        "letterhead": doc["letterhead"],
        "title": doc["summary"],
        "when_where": w.fin(when_where),
        "purpose": doc["lead"],
        "objectives": objectives,
        "delegations": delegations,
        "talking_points": points,
        "sensitivities": _paragraphs(internal.get("sensitivities"), "meeting.internal.sensitivities", w),
        "recommendation": _paragraphs(internal.get("recommendation"), "meeting.internal.recommendation", w),
        "earlier_meetings": earlier,
        "earlier_documents": earlier_docs,
        "anniversaries": anniversaries,
        "prepared_by": w.fin(str(internal.get("prepared_by") or "")) or dash,
        "cleared_by": w.fin(str(internal.get("cleared_by") or "")) or dash,
        "prepared_on": w.date_long(dt.date.today()),
    }


def _ordinal(lang: str, n: int) -> str:
    return fr.ordinal(n) if lang == "fr" else en.ordinal(n)


def anniversary_line(w: Writer, lang: str, ordinal: int, subject: str, year: int | None) -> str:
    phrase = reference.phrase("anniversary_subject", subject, lang)
    if lang == "fr":
        text = f"{_ordinal(lang, ordinal)} anniversaire {fr.contract_de(phrase)}"
    else:
        text = f"{_ordinal(lang, ordinal)} anniversary of {phrase}"
    if year:
        text += f" ({year})"
    return w.fin(text)


def background(w: Writer, meeting: dict, lang: str, archive: Any) -> tuple[list[str], list[str], list[str]]:
    """Earlier meetings, documents signed earlier, coming anniversaries."""
    earlier: list[str] = []
    documents: list[str] = []
    anniversaries: list[str] = []
    seen_anniversaries: set[tuple] = set()

    def add_anniversary(ordinal: int, subject: str, year: int | None) -> None:
        key = (subject, year)
        if key in seen_anniversaries or not ordinal:
            return
        seen_anniversaries.add(key)
        try:
            anniversaries.append(anniversary_line(w, lang, int(ordinal), subject, year))
        except RenderError:
            pass

    for a in meeting.get("anniversaries") or []:
        if isinstance(a, dict):
            add_anniversary(a.get("ordinal") or 0, a.get("subject"), a.get("year"))

    related: list[dict] = []
    if archive is not None:
        try:
            related = list(archive.related_meetings(meeting, limit=10))
        except Exception:
            log.exception("related meetings unavailable")
    for other in related:
        try:
            earlier.append(earlier_line(other, lang))
        except RenderError:
            continue
        try:
            ow = writer(record.normalize(other), lang)
        except RenderError:
            ow = None
        for i, d in enumerate(other.get("documents_signed") or []):
            title = record.text_in(d.get("title"), lang) if isinstance(d, dict) else None
            if title and ow is not None:
                documents.append(w.fin(f"{quote(title, lang)} ({ow.date_long(ow.date)})"))
        for a in other.get("anniversaries") or []:
            if isinstance(a, dict) and isinstance(a.get("year"), int) and a["year"] >= w.date.year:
                add_anniversary(a.get("ordinal") or 0, a.get("subject"), a.get("year"))

    ours = w.ours[0].country
    theirs = w.theirs[0].country
    if ours and theirs:
        established = reference.diplomatic_relations_date(ours, theirs)
        if established:
            year = established.year if hasattr(established, "year") else int(str(established)[:4])
            for upcoming in (w.date.year, w.date.year + 1):
                age = upcoming - year
                if age > 0 and age % 5 == 0:
                    add_anniversary(age, "diplomatic_relations", upcoming)
    return earlier, documents, anniversaries


def earlier_line(other: dict, lang: str) -> str:
    """2 juillet 2021 — Visite officielle, Bakou : Entretien de … avec …"""
    other = record.normalize(other)
    ow = writer(other, lang)
    summary = ow.summary()
    label = reference.label("meeting_kind", ow.kind, lang)
    where = f", {ow.city}" if ow.city else ""
    return ow.fin(f"{ow.date_long(ow.date)} — {label}{where} : {summary}" if lang == "fr"
                  else f"{ow.date_long(ow.date)} — {label}{where}: {summary}")
