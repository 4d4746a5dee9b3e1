"""Problems in the user's words: what is wrong, where the form shows it, and what to do.

The core (:mod:`chancery.record`) reports a problem as a record path, a code
and parameters (``meeting.participants[1].name``, ``required``).  This module
turns that into a sentence in the interface language that names the field as
the form labels it and says what to do ("Write the name of participant 2:
Participants tab, Name column."), for the Problems list, the save dialog and
the tooltips beside the fields.  The CLI and the log keep the path and the
core's English message.

Side names follow the kind of meeting: a call or a videoconference has a
calling and a called side, a visit a host and a visiting side.

Threading: GUI thread (translations); no widget is touched.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
REMOTE_KINDS = ("phone_call", "videoconference")


# --------------------------------------------------------------------------
# Sides


def side_labels(kind: str | None) -> dict[str, str]:
    """Labels of the side codes for the participants table and the Initiated by list."""
    if kind in REMOTE_KINDS:
        return {"host": translate("Sides", "Calling side"), "guest": translate("Sides", "Called side")}
    return {"host": translate("Sides", "Host side"), "guest": translate("Sides", "Visiting side")}


def our_side_labels(kind: str | None) -> dict[str, str]:
    """Labels of the "Our side" choices."""
    if kind in REMOTE_KINDS:
        return {"host": translate("Sides", "We are the calling side"),
                "guest": translate("Sides", "We are the called side")}
    return {"host": translate("Sides", "We are the host"), "guest": translate("Sides", "We are the visiting side")}


# --------------------------------------------------------------------------
# Where a field is


def _fields() -> dict[str, tuple[str, str]]:
    """Record key -> (tab, label as the form shows it)."""
    meeting, participants = translate("Problems", "Meeting"), translate("Problems", "Participants")
    content, outcomes = translate("Problems", "Content"), translate("Problems", "Outcomes")
    internal, notes = translate("Problems", "Internal"), translate("Problems", "Notes")
    return {
        "id": (meeting, translate("Problems", "Identifier")),
        "status": (meeting, translate("Problems", "Status")),
        "classification": (meeting, translate("Problems", "Classification")),
        "kind": (meeting, translate("Problems", "Kind")),
        "format": (meeting, translate("Problems", "Format")),
        "our_side": (meeting, translate("Problems", "Our side")),
        "date": (meeting, translate("Problems", "Date")),
        "end_date": (meeting, translate("Problems", "End date")),
        "initiated_by": (meeting, translate("Problems", "Initiated by")),
        "place": (meeting, translate("Problems", "Place")),
        "place.city": (meeting, translate("Problems", "Place ▸ City")),
        "place.country": (meeting, translate("Problems", "Place ▸ Country")),
        "place.venue": (meeting, translate("Problems", "Place ▸ Venue")),
        "publication": (meeting, translate("Problems", "Publication")),
        "publication.agency": (meeting, translate("Problems", "Publication ▸ Agency")),
        "publication.publisher": (meeting, translate("Problems", "Publication ▸ Publisher")),
        "publication.dateline": (meeting, translate("Problems", "Publication ▸ Dateline")),
        "publication.date": (meeting, translate("Problems", "Publication ▸ Published")),
        "publication.attribution": (meeting, translate("Problems", "Publication ▸ Attribution")),
        "occasion": (meeting, translate("Problems", "Occasion")),
        "occasion.event": (meeting, translate("Problems", "Occasion ▸ Event")),
        "occasion.ordinal": (meeting, translate("Problems", "Occasion ▸ Ordinal")),
        "occasion.relation": (meeting, translate("Problems", "Occasion ▸ When")),
        "participants": (participants, translate("Problems", "Participants")),
        "topics": (content, translate("Problems", "Topics discussed")),
        "cooperation_areas": (content, translate("Problems", "Areas of cooperation")),
        "statements": (content, translate("Problems", "Statements")),
        "documents_signed": (outcomes, translate("Problems", "Documents signed")),
        "invitations": (outcomes, translate("Problems", "Invitations")),
        "anniversaries": (outcomes, translate("Problems", "Anniversaries")),
        "next_steps": (outcomes, translate("Problems", "Next steps")),
        "internal": (internal, translate("Problems", "Internal")),
        "internal.objectives": (internal, translate("Problems", "Objectives")),
        "internal.talking_points": (internal, translate("Problems", "Talking points")),
        "internal.sensitivities": (internal, translate("Problems", "Sensitivities")),
        "internal.recommendation": (internal, translate("Problems", "Recommendation")),
        "internal.prepared_by": (internal, translate("Problems", "Prepared by")),
        "internal.cleared_by": (internal, translate("Problems", "Cleared by")),
        "notes": (notes, translate("Problems", "Notes")),
    }


def _items() -> dict[str, str]:
    """List key -> the name of its n-th item."""
    return {
        "participants": translate("Problems", "participant %1"),
        "topics": translate("Problems", "topic %1"),
        "cooperation_areas": translate("Problems", "area of cooperation %1"),
        "statements": translate("Problems", "statement %1"),
        "documents_signed": translate("Problems", "document %1"),
        "invitations": translate("Problems", "invitation %1"),
        "anniversaries": translate("Problems", "anniversary %1"),
        "next_steps": translate("Problems", "next step %1"),
        "internal.objectives": translate("Problems", "objective %1"),
        "internal.talking_points": translate("Problems", "talking point %1"),
    }


def _columns() -> dict[str, str]:
    """Keys inside a list item -> the column or label that shows them."""
    return {
        "ref": translate("Problems", "Ref"), "side": translate("Problems", "Side"),
        "role": translate("Problems", "Role"), "name": translate("Problems", "Name"),
        "gender": translate("Problems", "Gender"), "title": translate("Problems", "Title"),
        "country": translate("Problems", "Country"), "organization": translate("Problems", "Organization"),
        "speaker": translate("Problems", "Speaker"), "verb": translate("Problems", "Reporting verb"),
        "text": translate("Problems", "Text"), "type": translate("Problems", "Type"),
        "period": translate("Problems", "Period"), "signed_by": translate("Problems", "Signed by"),
        "from": translate("Problems", "From"), "to": translate("Problems", "To"),
        "visit": translate("Problems", "Visit"), "accepted": translate("Problems", "Answer"),
        "ordinal": translate("Problems", "Ordinal"), "subject": translate("Problems", "Of"),
        "year": translate("Problems", "Year"), "date": translate("Problems", "By"),
        "quote": translate("Problems", "Quotation"),
    }


class Location:
    """Where a record path is in the form: tab, field, item number and key inside the item."""

    def __init__(self, path: str):
        from ..record import split_path

        steps = split_path(path)
        if steps and steps[0] in ("meeting", "meetings"):
            steps = steps[1:]
        if steps and isinstance(steps[0], int):  # meetings[3].… in a file
            steps = steps[1:]
        self.path = path
        keys: list[str] = []
        self.index: int | None = None
        self.inner: str | None = None
        self.lang: str | None = None
        for step in steps:
            if isinstance(step, int):
                if self.index is None:
                    self.index = step
                continue
            if self.index is None:
                keys.append(step)
            elif self.inner is None:
                self.inner = step
            else:
                self.lang = step if len(step) <= 8 else None
        fields = _fields()
        self.list_key = ".".join(keys[:2]) if ".".join(keys[:2]) in _items() else keys[0] if keys else ""
        # the longest known prefix names the field; what follows is a language tag
        self.key = ""
        for end in range(len(keys), 0, -1):
            candidate = ".".join(keys[:end])
            if candidate in fields:
                self.key = candidate
                if end < len(keys) and self.index is None:
                    self.lang = keys[end]
                break
        self.tab, self.label = fields.get(self.key, (translate("Problems", "Meeting"), path))

    @property
    def number(self) -> int | None:
        return None if self.index is None else self.index + 1

    def item(self) -> str:
        """"participant 2", or "" when the path is not inside a list item."""
        template = _items().get(self.list_key)
        if template is None or self.index is None:
            return ""
        return template.replace("%1", str(self.index + 1))

    def column(self) -> str:
        return _columns().get(self.inner or "", self.inner or "")

    def field(self) -> str:
        """The field as a reader finds it: "Place ▸ Country", "Participant 2 ▸ Name"."""
        item = self.item()
        if item:
            text = item[:1].upper() + item[1:]
            return f"{text} ▸ {self.column()}" if self.inner else text
        return self.label

    def where(self) -> str:
        """"Participants tab, Name column" / "Meeting tab, Kind"."""
        if self.list_key == "participants" and self.inner:
            return translate("Problems", "%1 tab, %2 column").replace("%1", self.tab).replace("%2", self.column())
        if self.item():
            return translate("Problems", "%1 tab, %2").replace("%1", self.tab).replace("%2", self.label)
        return translate("Problems", "%1 tab, %2").replace("%1", self.tab).replace("%2", self.label)


def describe_path(path: str) -> str:
    """``meeting.participants[1].country`` -> "Participant 2 ▸ Country"."""
    return Location(path).field()


# --------------------------------------------------------------------------
# Messages


def _value(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _example_date() -> str:
    from .datefmt import DISPLAY_FORMATS
    from .i18n import current_language

    return {"dd/MM/yyyy": "25/11/2026", "dd.MM.yyyy": "25.11.2026"}.get(
        DISPLAY_FORMATS.get(current_language(), ""), "2026-11-25")


def _required(where: Location, kind: str | None) -> str:
    key, inner, number = where.key, where.inner, str(where.number or "")
    fixed = {
        "kind": translate("Problems", "Choose the kind of meeting."),
        "status": translate("Problems", "Choose whether the record is a draft or final."),
        "classification": translate("Problems", "Choose the classification."),
        "our_side": translate("Problems", "Choose which side we are: Meeting tab, Our side."),
        "date": translate("Problems", "Type the date of the meeting (e.g. %1): Meeting tab, Date.").replace(
            "%1", _example_date()),
        "place.country": translate("Problems", "Choose the country where the meeting took place: "
                                               "Meeting tab, Place ▸ Country."),
        "place.city": translate("Problems", "Write the city where the meeting took place: Meeting tab, "
                                            "Place ▸ City."),
        "occasion.event": translate("Problems", "Write the event the meeting took place at: "
                                                "Meeting tab, Occasion ▸ Event."),
        "occasion.relation": translate("Problems", "Choose when the meeting took place: Meeting tab, Occasion ▸ When."),
        "id": translate("Problems", "The record has no identifier; import it again or duplicate it."),
    }
    if key in fixed and where.index is None:
        return fixed[key]
    if where.list_key == "participants" and inner:
        templates = {
            "name": translate("Problems", "Write the name of participant %1: Participants tab, Name column."),
            "side": translate("Problems", "Choose the side of participant %1: Participants tab, Side column."),
            "role": translate("Problems", "Choose the role of participant %1: Participants tab, Role column."),
            "ref": translate("Problems", "Give participant %1 a short ref such as p%1: Participants tab, Ref column."),
            "country": translate("Problems", "Choose the country of participant %1: Participants tab, Country column."),
        }
        if inner in templates:
            return templates[inner].replace("%1", number)
    if where.list_key == "statements" and inner == "text":
        return translate("Problems", "Write what was said in statement %1, or remove it: Content tab.").replace(
            "%1", number)
    if where.list_key == "documents_signed":
        if inner == "type":
            return translate("Problems", "Choose the type of document %1: Outcomes tab.").replace("%1", number)
        if inner == "title":
            return translate("Problems", "Write the exact title of document %1: Outcomes tab.").replace("%1", number)
    if where.list_key == "invitations" and inner == "visit":
        return translate("Problems", "Choose the kind of visit of invitation %1: Outcomes tab.").replace("%1", number)
    if where.list_key == "anniversaries" and inner == "subject":
        return translate("Problems", "Choose what anniversary %1 celebrates: Outcomes tab.").replace("%1", number)
    if where.list_key == "next_steps" and inner == "text":
        return translate("Problems", "Write next step %1, or remove it: Outcomes tab.").replace("%1", number)
    if where.list_key in ("internal.objectives", "internal.talking_points", "topics", "cooperation_areas") \
            and where.index is not None:
        return translate("Problems", "Write %1, or remove it: %2.").replace("%1", where.item()).replace(
            "%2", where.where())
    return translate("Problems", "Fill in %1: %2 tab.").replace("%1", where.field()).replace("%2", where.tab)


def _directory_message(path: str, code: str, params: dict[str, Any]) -> str:
    """Problems of the People window (``person.…``) and of a recorded relations date (``relations.…``)."""
    from ..record import split_path

    steps = split_path(path)
    number = str(steps[2] + 1) if len(steps) > 2 and isinstance(steps[2], int) else ""
    value = _value(params.get("value", ""))
    if path.startswith("relations."):
        if code == "not_a_date":
            return translate("Problems", "“%1” is not a date: type it as %2, or a year such as 1993.").replace(
                "%1", value).replace("%2", _example_date())
        return translate("Problems", "Choose the countries of both sides first.")
    if path == "person.spellings":
        return translate("Problems", "Give the person at least one spelling of the name.")
    if code == "bad_language_tag":
        return translate("Problems", "Spelling %1: “%2” is not a language tag; type a tag such as az, ru or tr.") \
            .replace("%1", number).replace("%2", value)
    if code == "duplicate_spelling":
        return translate("Problems", "Spelling %1: “%2” is listed twice; remove one.").replace(
            "%1", number).replace("%2", value)
    if code == "required":
        return translate("Problems", "Spelling %1 is empty: write the name or remove the line.").replace("%1", number)
    if code == "unknown_country":
        return translate("Problems", "“%1” is not a country: choose one from the list.").replace("%1", value)
    if code == "same_person":
        return translate("Problems", "Choose another entry: an entry cannot be merged with itself.")
    return translate("Problems", "%1 cannot be stored as it is; correct it.").replace("%1", path)


def problem_message(problem: Any, kind: str | None = None) -> str:
    """The problem as a sentence in the interface language, naming the field and what to do."""
    params: dict[str, Any] = getattr(problem, "params", None) or {}
    code = getattr(problem, "code", "") or ""
    if problem.path.startswith(("person", "relations.")):
        return _directory_message(problem.path, code, params)
    where = Location(problem.path)
    field = where.field()
    if code == "required":
        return _required(where, kind)
    if code == "no_principal":
        remote = kind in REMOTE_KINDS
        if params.get("side") == "guest":
            return (translate("Problems", "Mark the principal of the called side: Participants tab, Role column.")
                    if remote else
                    translate("Problems", "Mark the head of the visiting delegation: Participants tab, Role column."))
        return (translate("Problems", "Mark the principal of the calling side: Participants tab, Role column.")
                if remote else
                translate("Problems", "Mark the head of the host delegation: Participants tab, Role column."))
    if code == "occasion_required":
        return translate("Problems", "A meeting on the sidelines needs its event: Meeting tab, Occasion ▸ Event.")
    if code == "not_a_date":
        return translate("Problems", "%1: “%2” is not a date in the calendar; type it as %3.").replace(
            "%1", field).replace("%2", _value(params.get("value", ""))).replace("%3", _example_date())
    if code == "end_before_start":
        from .datefmt import display_date
        from .i18n import current_language

        def shown(value: Any) -> str:
            return display_date(value, current_language())

        return translate("Problems", "The end date (%1) is before the date of the meeting (%2); correct one "
                                     "of them: Meeting tab.").replace("%1", shown(params.get("end"))).replace(
            "%2", shown(params.get("start")))
    if code in ("unknown_code", "not_allowed"):
        return translate("Problems", "%1: “%2” is not in the list; choose an entry from the list.").replace(
            "%1", field).replace("%2", _value(params.get("value", "")))
    if code == "unknown_country":
        return translate("Problems", "%1: “%2” is not a country code; choose a country from the list.").replace(
            "%1", field).replace("%2", _value(params.get("value", "")))
    if code == "unknown_ref":
        return translate("Problems", "%1: “%2” is not a participant of this meeting; choose a participant "
                                     "from the list.").replace("%1", field).replace("%2", _value(params.get("value")))
    if code == "duplicate_ref":
        return translate("Problems", "%1: the ref “%2” is used by two participants; give each its own: "
                                     "Participants tab, Ref column.").replace("%1", field).replace(
            "%2", _value(params.get("value", "")))
    if code == "not_a_number":
        return translate("Problems", "%1: type a whole number such as 30.").replace("%1", field)
    if code == "not_a_year":
        return translate("Problems", "%1: type a year of four digits such as 2022.").replace("%1", field)
    if code in ("control_characters", "control_characters_removed"):
        return translate("Problems", "%1 held invisible control characters (from pasted text); they are "
                                     "removed when you save.").replace("%1", field)
    # wrong types, bad language tags, bad identifiers: only imported files hold these
    return translate("Problems", "%1 cannot be used as it is (%2); correct it or clear it.").replace(
        "%1", field).replace("%2", problem.path)


def missing_translation_message(path: str) -> str:
    """"Write the English text of Place ▸ City." for ``meeting.place.city.en``."""
    from .i18n import language_name

    head, _, lang = path.rpartition(".")
    where = Location(head)
    return translate("Problems", "Write the %1 text of %2: %3 tab.").replace("%1", language_name(lang)).replace(
        "%2", where.field()).replace("%3", where.tab)
