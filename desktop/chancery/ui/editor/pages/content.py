"""The Content tab: topics, areas of cooperation and what each side said."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from ..lists import ListContext, RowListEditor, StatementRow
from ..reflow import Reflow
from ..vocab import VocabularyChecklist
from .base import EditorPage, translate


class ContentPage(EditorPage):
    """Topics and areas of cooperation (checklists of the vocabularies) and the statements."""

    def __init__(self, ctx: ListContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.topics = VocabularyChecklist("topic", ctx.lang, self)
        self.areas = VocabularyChecklist("cooperation_area", ctx.lang, self)
        topics_box = QGroupBox(translate("MeetingEditor", "&Topics discussed"), self)
        QVBoxLayout(topics_box).addWidget(self.topics)
        areas_box = QGroupBox(translate("MeetingEditor", "Areas of coope&ration"), self)
        QVBoxLayout(areas_box).addWidget(self.areas)
        self.statements = RowListEditor(StatementRow, ctx, translate("MeetingEditor", "&Add statement"),
                                        translate("MeetingEditor", "No statement yet: add what each side said."),
                                        self)
        statements_box = QGroupBox(translate("MeetingEditor", "&Statements (reported speech)"), self)
        QVBoxLayout(statements_box).addWidget(self.statements)
        top = Reflow(self)
        top.add(topics_box, 2)
        top.add(areas_box, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(statements_box)
        layout.addStretch(1)
        for widget in (self.topics, self.areas, self.statements):
            widget.changed.connect(self._edited)
        self._vocab_target("meeting.topics", self.topics)
        self._vocab_target("meeting.cooperation_areas", self.areas)
        self._list_target("meeting.statements", self.statements)

    def title(self) -> str:
        return translate("MeetingEditor", "&Content")

    def lists(self) -> list[RowListEditor]:
        return [self.statements]

    def prepare(self) -> None:
        self.statements.prepare(6)

    def load(self, meeting: dict) -> None:
        self.topics.set_values(meeting["topics"])
        self.areas.set_values(meeting["cooperation_areas"])
        self.statements.set_values(meeting["statements"])

    def fill(self, meeting: dict) -> None:
        meeting["topics"] = self.topics.values()
        meeting["cooperation_areas"] = self.areas.values()
        meeting["statements"] = self.statements.values()

    def set_languages(self, shown: list[str], required: list[str]) -> None:
        super().set_languages(shown, required)
        for checklist in (self.topics, self.areas):
            checklist.set_languages(shown, required)
