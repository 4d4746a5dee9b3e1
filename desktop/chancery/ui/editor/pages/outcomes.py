"""The Outcomes tab: documents signed, invitations, anniversaries and next steps."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from ..lists import AnniversariesEditor, DocumentRow, InvitationRow, ListContext, NextStepRow, RowListEditor
from .base import EditorPage, translate


class ArchiveRelations:
    """Dates of diplomatic relations for the anniversary Suggest: the reference data's, then the archive's."""

    def __init__(self, archive: Any):
        self._archive = archive

    def date(self, a: str, b: str) -> Any:
        from ....store import relations

        return relations.relations_date(self._archive, a, b)

    def record(self, a: str, b: str, value: Any) -> None:
        from ....store import relations

        relations.record_relations_date(self._archive, a, b, value)


class OutcomesPage(EditorPage):
    """Four row lists; the anniversary Suggest reads the meeting's side, date and participants."""

    def __init__(self, archive: Any, ctx: ListContext, anniversary_facts: Callable[[], dict],
                 home_country: str | None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.documents = RowListEditor(DocumentRow, ctx, translate("MeetingEditor", "Add document"),
                                       translate("MeetingEditor", "No document signed."), self)
        self.invitations = RowListEditor(InvitationRow, ctx, translate("MeetingEditor", "Add invitation"),
                                         translate("MeetingEditor", "No invitation extended."), self)
        self.anniversaries = AnniversariesEditor(ctx, anniversary_facts, home_country, self,
                                                 relations=ArchiveRelations(archive))
        self.next_steps = RowListEditor(NextStepRow, ctx, translate("MeetingEditor", "Add next step"),
                                        translate("MeetingEditor", "No follow-up agreed."), self)
        layout = QVBoxLayout(self)
        for title, widget, path in (
            (translate("MeetingEditor", "&Documents signed"), self.documents, "documents_signed"),
            (translate("MeetingEditor", "Invi&tations"), self.invitations, "invitations"),
            (translate("MeetingEditor", "&Anniversaries"), self.anniversaries, "anniversaries"),
            (translate("MeetingEditor", "Next &steps"), self.next_steps, "next_steps"),
        ):
            box = QGroupBox(title, self)
            QVBoxLayout(box).addWidget(widget)
            layout.addWidget(box)
            widget.changed.connect(self._edited)
            self._list_target(f"meeting.{path}", widget)
        layout.addStretch(1)

    def title(self) -> str:
        return translate("MeetingEditor", "&Outcomes")

    def lists(self) -> list[RowListEditor]:
        return [self.documents, self.invitations, self.anniversaries, self.next_steps]

    def prepare(self) -> None:
        for row_list, count in ((self.documents, 2), (self.invitations, 1), (self.anniversaries, 1),
                                (self.next_steps, 2)):
            row_list.prepare(count)

    def load(self, meeting: dict) -> None:
        self.documents.set_values(meeting["documents_signed"])
        self.invitations.set_values(meeting["invitations"])
        self.anniversaries.set_values(meeting["anniversaries"])
        self.next_steps.set_values(meeting["next_steps"])

    def fill(self, meeting: dict) -> None:
        meeting["documents_signed"] = self.documents.values()
        meeting["invitations"] = self.invitations.values()
        meeting["anniversaries"] = self.anniversaries.values()
        meeting["next_steps"] = self.next_steps.values()
