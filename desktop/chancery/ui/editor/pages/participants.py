"""The Participants tab: the table of who took part, on each side, in every language."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..lists import ListContext
from ..localized import _looks_like_lang
from ..participants import ParticipantsEditor
from .base import EditorPage, Target, translate


class ParticipantsPage(EditorPage):
    """The participants table; the other pages' lists follow its people (``refsChanged``, ``refRenamed``)."""

    refsChanged = Signal()          # participants' refs or names changed: speakers, signers… follow
    refRenamed = Signal(str, str)   # old ref, new ref

    def __init__(self, archive: Any, ctx: ListContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self._loading = False
        self._shown: list[str] = list(ctx.shown)
        self._required: list[str] = list(ctx.required)
        self._cell_problems: dict[tuple[int, str | None], tuple[str, str]] = {}
        self.participants = ParticipantsEditor(archive, ctx.lang, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.participants)
        model = self.participants.model
        self.participants.changed.connect(self._edited)
        model.refsChanged.connect(self._refs_changed)
        model.refRenamed.connect(self.refRenamed)

        def mark(index: int | None, key: str, severity: str | None, message: str) -> None:
            if index is None:
                self.participants.set_problem(severity, message)
            elif severity is not None:
                self._cell_problems[(index, key or None)] = (severity, message)

        self._targets["meeting.participants"] = Target(
            mark, lambda: self.participants.set_problem(None, ""),
            lambda index, key, lang: self.participants.focus_cell(index, key, lang),
        )

    def title(self) -> str:
        return translate("MeetingEditor", "&Participants")

    def load(self, meeting: dict) -> None:
        self._loading = True
        try:
            participants = meeting["participants"]
            self.participants.model.set_participants(participants if isinstance(participants, list) else [])
        finally:
            self._loading = False
        self._update_columns()
        self.participants.resize_columns()
        QTimer.singleShot(0, self._fit_columns)
        self.ctx.participants = self.participants.model.rows

    def fill(self, meeting: dict) -> None:
        meeting["participants"] = self.participants.model.participants()

    def participant_records(self) -> list:
        """The participants as the record has them (for the anniversary Suggest)."""
        return self.participants.model.participants()

    def set_side_labels(self, labels: dict[str, str]) -> None:
        self.participants.model.set_side_labels(labels)

    def set_languages(self, shown: list[str], required: list[str]) -> None:
        self._shown, self._required = list(shown), list(required)
        self._loading = True
        try:
            self._update_columns()
        finally:
            self._loading = False

    def apply_marks(self, problems: list, kind: str | None) -> None:
        self._cell_problems = {}
        super().apply_marks(problems, kind)
        self.participants.model.set_problems(self._cell_problems)

    def _refs_changed(self) -> None:
        self.ctx.participants = self.participants.model.rows
        self.refsChanged.emit()
        if not self._loading:
            self._update_columns()

    def _update_columns(self) -> None:
        """Table columns: the shown languages plus any other language a participant's name uses."""
        shown = self._shown
        extra: list[str] = []
        for participant in self.participants.model.rows:
            for key in ("name", "title", "organization"):
                value = participant.get(key) if isinstance(participant, dict) else None
                if isinstance(value, dict):
                    extra += [tag for tag in value if tag not in shown and tag not in extra and _looks_like_lang(tag)]
        columns = shown + extra
        model = self.participants.model
        if columns != model.languages() or model.columnCount() == 0:
            self.participants.set_languages(columns, self._required)

    def _fit_columns(self) -> None:
        if shiboken6.isValid(self):
            self.participants.fit_columns()
