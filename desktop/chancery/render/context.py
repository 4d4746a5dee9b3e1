"""The render context: everything a template may print, for one language.

``build_context(meeting, lang)`` returns::

    lang       "fr"
    doc        the communiqué: headline, dateline, lead, paragraphs,
               all_paragraphs (lead + body), letterhead, footer, kind_label,
               date_long, place, agency, publisher
    brief      the briefing note (briefing templates; see render/internal/briefing.py)
    conversation  the record of conversation (record templates; see
               render/internal/conversation.py)
    meeting    the record itself (language maps as stored; use |tr)
    settings   the archive settings (home_country, ministry, agency, …)
    today      today's date (use |date)

``brief`` is built for briefing templates and ``conversation`` for record
templates (both when ``kind`` is None, to check a template); a communiqué
never sees them.  Every string is final: typography applied, no None.
Missing text in the output language raises RenderError listing every missing
field path.
"""

from __future__ import annotations

import copy
import datetime as dt
import logging
from typing import Any

from .. import record
from .errors import RenderError
from .internal.briefing import build_brief
from .internal.conversation import build_conversation
from .internal.wording import Wording

log = logging.getLogger(__name__)

INTERNAL_KINDS = ("briefing", "record")


def missing_fields(meeting: dict, lang: str, kind: str | None = None) -> list[str]:
    """Paths of the texts a document in ``lang`` needs and the record lacks.

    ``kind`` "communique" leaves out the internal fields (briefing notes and
    records of conversation print them).
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


MISSING_SHOWN = 5  # fields named in the message


def _check(meeting: dict, lang: str, kind: str | None) -> None:
    missing = missing_fields(meeting, lang, kind)
    if missing:
        # One readable line: the first fields, then how many more (the GUI marks each of them from ``missing``).
        shown = ", ".join(missing[:MISSING_SHOWN])
        more = f" and {len(missing) - MISSING_SHOWN} more" if len(missing) > MISSING_SHOWN else ""
        raise RenderError(f"missing text in the output language ({lang}): {shown}{more}", missing)


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
    wording = Wording(meeting, lang, settings)
    doc = wording.communique()
    doc["footer"] = doc["letterhead"] or doc["publisher"] or doc["agency"]
    context: dict[str, Any] = {
        "lang": lang,
        "doc": doc,
        "meeting": copy.deepcopy(meeting),
        "settings": copy.deepcopy(settings),
        "today": dt.date.today(),
    }
    if kind in (None, "briefing"):
        context["brief"] = build_brief(meeting, lang, wording, doc, archive=archive, settings=settings)
    if kind in (None, "record"):
        context["conversation"] = build_conversation(meeting, lang, wording, doc)
    return context


__all__ = ["INTERNAL_KINDS", "build_context", "missing_fields"]
