"""The list of a record's problems, for a dock beside the form.

:class:`ProblemsList` shows :class:`chancery.record.Problem` objects (and the
missing translations) with the field named in words ("Participant 2 ›
Country"), and emits ``pathActivated(path)`` on click or Enter so the window
can call :meth:`MeetingEditor.focus_path`.

Threading: GUI thread only.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from .common import split_path

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2


def _t(text: str) -> str:
    return QCoreApplication.translate("ProblemsList", text)


def _field_names() -> dict[str, str]:
    return {
        "id": _t("Identifier"), "status": _t("Status"), "classification": _t("Classification"),
        "kind": _t("Kind of meeting"), "format": _t("Format"), "our_side": _t("Our side"),
        "date": _t("Date"), "end_date": _t("End date"), "place": _t("Place"), "city": _t("City"),
        "country": _t("Country"), "venue": _t("Venue"), "publication": _t("Publication"),
        "agency": _t("Agency"), "publisher": _t("Publisher"), "dateline": _t("Dateline"),
        "attribution": _t("Attribution"), "occasion": _t("Occasion"), "event": _t("Event"),
        "ordinal": _t("Ordinal"), "relation": _t("Relation to the event"), "initiated_by": _t("Initiated by"),
        "participants": _t("Participants"), "ref": _t("Ref"), "side": _t("Side"), "role": _t("Role"),
        "name": _t("Name"), "gender": _t("Gender"), "title": _t("Title"), "organization": _t("Organization"),
        "topics": _t("Topics"), "cooperation_areas": _t("Areas of cooperation"), "statements": _t("Statements"),
        "speaker": _t("Speaker"), "verb": _t("Reporting verb"), "text": _t("Text"),
        "documents_signed": _t("Documents signed"), "type": _t("Type"), "period": _t("Period"),
        "signed_by": _t("Signed by"), "invitations": _t("Invitations"), "from": _t("From"), "to": _t("To"),
        "visit": _t("Visit"), "accepted": _t("Answer"), "anniversaries": _t("Anniversaries"),
        "subject": _t("Subject"), "year": _t("Year"), "next_steps": _t("Next steps"),
        "internal": _t("Internal briefing"), "objectives": _t("Objectives"),
        "talking_points": _t("Talking points"), "sensitivities": _t("Sensitivities"),
        "recommendation": _t("Recommendation"), "prepared_by": _t("Prepared by"), "cleared_by": _t("Cleared by"),
        "notes": _t("Notes"),
    }


def _item_names() -> dict[str, str]:
    return {
        "participants": _t("Participant {}"), "topics": _t("Topic {}"),
        "cooperation_areas": _t("Area of cooperation {}"), "statements": _t("Statement {}"),
        "documents_signed": _t("Document {}"), "invitations": _t("Invitation {}"),
        "anniversaries": _t("Anniversary {}"), "next_steps": _t("Next step {}"),
        "objectives": _t("Objective {}"), "talking_points": _t("Talking point {}"),
        "signed_by": _t("Signatory {}"),
    }


def describe_path(path: str) -> str:
    """``meeting.participants[1].country`` -> "Participant 2 › Country"."""
    fields, items = _field_names(), _item_names()
    steps = split_path(path)
    if steps and steps[0] in ("meeting", "meetings"):
        steps = steps[1:]
    parts: list[str] = []
    previous: str | None = None
    for step in steps:
        if isinstance(step, int):
            template = items.get(previous or "")
            if template and parts:
                parts[-1] = template.format(step + 1)
            else:
                parts.append(str(step + 1))
        elif step in fields:
            if step in ("place", "publication", "internal") and len(steps) > 1:
                previous = step
                continue
            parts.append(fields[step])
        else:
            parts.append(f"({step})")  # a language tag or an unknown key
        previous = step if isinstance(step, str) else previous
    return " › ".join(parts) or _t("Meeting")


class ProblemsList(QListWidget):
    """Problems of the record being edited; click or Enter jumps to the field."""

    pathActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problems_list")
        self.setAccessibleName(self.tr("Problems"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(False)
        self._problems: list = []
        self._missing: list[str] = []
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self._refresh()

    def follow(self, editor) -> None:
        """Show ``editor``'s problems and jump to a field when one is chosen."""
        editor.problemsChanged.connect(self.set_problems)
        editor.translationsChanged.connect(self.set_missing_translations)
        self.pathActivated.connect(editor.focus_path)
        self.set_problems(editor.problems())
        self.set_missing_translations(editor.missing_translations())

    def set_problems(self, problems: Iterable) -> None:
        self._problems = list(problems)
        self._refresh()

    def set_missing_translations(self, paths: Iterable[str]) -> None:
        self._missing = list(paths)
        self._refresh()

    def paths(self) -> list[str]:
        return [self.item(i).data(PATH_ROLE) for i in range(self.count()) if self.item(i).data(PATH_ROLE)]

    def _refresh(self) -> None:
        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "incomplete": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
            "translation": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
        }
        current = self.currentItem().data(PATH_ROLE) if self.currentItem() else None
        self.clear()
        rows: list[tuple[str, str, str]] = [(p.path, p.message, p.severity) for p in self._problems]
        for path in self._missing:
            steps = split_path(path)
            lang = steps[-1] if steps and isinstance(steps[-1], str) else "?"
            rows.append((path, self.tr("missing translation ({})").format(lang), "translation"))
        if not rows:
            item = QListWidgetItem(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                   self.tr("No problems: the record is complete."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
            return
        for path, message, severity in rows:
            name = describe_path(path.rsplit(".", 1)[0] if severity == "translation" else path)
            item = QListWidgetItem(icons.get(severity, icons["warning"]), f"{name}: {message}")
            item.setData(PATH_ROLE, path)
            item.setData(SEVERITY_ROLE, severity)
            item.setToolTip(f"{path}\n{message}")
            self.addItem(item)
            if path == current:
                self.setCurrentItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.pathActivated.emit(path)
