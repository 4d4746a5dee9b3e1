"""The Notes tab: free notes, searchable in the archive and never printed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..lists import ListContext
from .base import EditorPage, translate


class NotesPage(EditorPage):
    """One localised text; no language is ever missing there (notes are never printed)."""

    def __init__(self, ctx: ListContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.notes_edit = self._localized("notes", multiline=True, lines=14, per_row=2, grow=True)
        hint = QLabel(translate("MeetingEditor", "Free notes: searchable in the archive, never printed."), self)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.notes_edit, 1)
        self._field("meeting.notes", self.notes_edit)

    def title(self) -> str:
        return translate("MeetingEditor", "&Notes")

    def load(self, meeting: dict) -> None:
        self.notes_edit.set_value(meeting["notes"])

    def fill(self, meeting: dict) -> None:
        meeting["notes"] = self.notes_edit.value()

    def set_languages(self, shown: list[str], required: list[str]) -> None:
        super().set_languages(shown, [])
