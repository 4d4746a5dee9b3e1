"""The record of conversation (compte rendu d'entretien): what was said, after the meeting.

``build_conversation`` returns the ``conversation`` a record-of-conversation
template prints: the heading, the participants of each side, a summary in
the past tense, what each speaker said (grouped by speaker, in reported
speech from the wording engine), the decisions, the documents signed, a
follow-up table (action, owner, due date) and the distribution list.

The follow-up table holds the record's next steps (with their owner, when
the form gives one) and the actions the outcomes imply: preparing a visit
to which an invitation was extended, following up a programme signed for a
period, preparing an anniversary; those have no owner yet ("to be assigned").
"""

from __future__ import annotations

import datetime as dt
import re
from types import ModuleType
from typing import Any

from .. import reference
from ..errors import RenderError
from ..typography import capitalize_first, quote, strip_final_stop
from . import common
from .common import Party
from .wording import Wording, is_agreement


def build_conversation(meeting: dict, lang: str, wording: Wording, doc: dict) -> dict[str, Any]:
    words = common.language(lang)
    fin = wording.fin
    people = common.parties(meeting, lang)
    our_side = meeting.get("our_side") or "host"
    their_side = "guest" if our_side == "host" else "host"
    theirs = [p for p in people if p.side == their_side and p.role == "principal"]
    internal: dict[str, Any] = meeting["internal"] if isinstance(meeting.get("internal"), dict) else {}
    start = common.parse_date(meeting.get("date")) or dt.date.today()
    end = common.parse_date(meeting.get("end_date"))
    kind = meeting.get("kind") or "bilateral_meeting"
    occasion = wording.occasion()
    city = common.maybe((meeting.get("place") or {}).get("city"), lang, "meeting.place.city")

    conversation: dict[str, Any] = common.heading(meeting, words, fin, doc["letterhead"], wording.date)
    conversation["title"] = fin(words.subject([common.describe(words, p, lang) for p in theirs]))
    label = capitalize_first(words.KIND_SHORT.get(kind, kind)) + (f" {occasion}" if occasion else "")
    conversation["when_where"] = fin(words.when_where(label, words.date_range(start, end, wording.style), city))
    conversation["delegations"] = common.delegations(words, people, meeting, fin)
    conversation["summary"] = wording.summary()
    conversation["speakers"] = _speakers(words, lang, wording, meeting, people, our_side)
    conversation["decisions"] = wording.decisions()
    conversation["documents"] = [fin(line) for line in _documents(words, lang, meeting, people)]
    conversation["follow_up"] = [{key: fin(value) for key, value in row.items()}
                                 for row in _follow_up(words, lang, wording, meeting, people, start)]
    distribution: list[Any] = internal["distribution"] if isinstance(internal.get("distribution"), list) else []
    conversation["distribution"] = [fin(name.strip()) for name in distribution
                                    if isinstance(name, str) and name.strip()]
    return conversation


def _speakers(words: ModuleType, lang: str, wording: Wording, meeting: dict, people: list[Party],
              our_side: str) -> list[dict[str, Any]]:
    """What each speaker said: our side, theirs, third parties, both sides, then impersonal statements.

    Joint agreements ("the sides agreed to …") are decisions, not listed here.
    """
    statements = [(i, s) for i, s in enumerate(meeting.get("statements") or [])
                  if isinstance(s, dict) and not is_agreement(s)]
    their_side = "guest" if our_side == "host" else "host"
    side_rank = {our_side: 0, their_side: 1, "third": 2}
    order: list[Any] = [p.ref for p in sorted(people, key=lambda p: (side_rank.get(p.side, 3), p.role != "principal"))]
    order += ["both", None]
    unknown = [(i, s) for i, s in statements if s.get("speaker") not in order]
    if unknown:
        index, statement = unknown[0]
        raise RenderError(f"meeting.statements[{index}].speaker: no participant with ref '{statement.get('speaker')}'",
                          [f"meeting.statements[{index}].speaker: unknown ref"])
    by_ref = {p.ref: p for p in people}
    groups = []
    for speaker in order:
        if not any(s.get("speaker") == speaker for _i, s in statements):
            continue
        if speaker == "both":
            heading = words.WORDS["both"]
        elif speaker is None:
            heading = words.WORDS["impersonal"]
        else:
            party = by_ref[speaker]
            of_phrase = common.of_phrase(words, party, lang)
            heading = words.speaker_heading(party.name, party.title + (f" {of_phrase}" if of_phrase else ""))
        groups.append({"speaker": wording.fin(heading), "statements": wording.statements_of(speaker)})
    return groups


def _documents(words: ModuleType, lang: str, meeting: dict, people: list[Party]) -> list[str]:
    by_ref = {p.ref: p for p in people}
    lines = []
    for i, document in enumerate(meeting.get("documents_signed") or []):
        if not isinstance(document, dict):
            continue
        title = common.text(document.get("title"), lang, f"meeting.documents_signed[{i}].title")
        names = [by_ref[r].name for r in document.get("signed_by") or [] if r in by_ref]
        lines.append(words.signed_document(quote(title, lang), names))
    return lines


def _period_end(period: Any) -> int | None:
    years = re.findall(r"\b(\d{4})\b", str(period or ""))
    return int(years[-1]) if years else None


def _follow_up(words: ModuleType, lang: str, wording: Wording, meeting: dict, people: list[Party],
               start: dt.date) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    nobody = words.WORDS["to_be_assigned"]
    dash = words.WORDS["not_set"]
    for i, step in enumerate(meeting.get("next_steps") or []):
        if not isinstance(step, dict):
            continue
        typed = common.text(step.get("text"), lang, f"meeting.next_steps[{i}].text")
        action = capitalize_first(strip_final_stop(typed))
        if step.get("done") is True:
            action += f" ({words.WORDS['done']})"
        due = common.parse_date(step.get("date"))
        owner = str(step.get("owner") or "").strip()
        rows.append({"action": action, "owner": owner or nobody, "due": wording.date(due) if due else dash})
    by_ref = {p.ref: p for p in people}
    for invitation in meeting.get("invitations") or []:
        if not isinstance(invitation, dict) or invitation.get("accepted") is False:
            continue
        visitor, host = by_ref.get(str(invitation.get("to"))), by_ref.get(str(invitation.get("from")))
        if visitor is None:
            continue
        rows.append({"action": words.follow_visit(visitor=visitor.name, visit=invitation.get("visit") or "",
                                                  where=(host.country if host else None) or ""),
                     "owner": nobody, "due": dash})
    for i, document in enumerate(meeting.get("documents_signed") or []):
        year = _period_end(document.get("period")) if isinstance(document, dict) else None
        if year is None:
            continue
        code = document.get("type")
        if code:
            label = wording.spell(reference.label("document_type", code, lang, f"meeting.documents_signed[{i}].type"))
            named = words.document_np(code, label)
        else:
            named = wording.document_np(document, i)
        rows.append({"action": words.follow_document(named, str(document.get("period") or "")), "owner": nobody,
                     "due": words.due_year(year)})
    for a in meeting.get("anniversaries") or []:
        if not isinstance(a, dict) or not isinstance(a.get("ordinal"), int) or not isinstance(a.get("year"), int):
            continue
        if a["year"] < start.year:
            continue
        try:
            phrase = reference.phrase("anniversary_subject", str(a.get("subject")), lang)
        except RenderError:
            continue
        rows.append({"action": words.follow_anniversary(a["ordinal"], phrase), "owner": nobody,
                     "due": words.due_year(a["year"])})
    return rows


__all__ = ["build_conversation"]
