"""The Internal tab: material for the briefing note and the record of conversation, never in a communiqué."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ..lists import ListContext, RowListEditor, TextItemRow
from .base import EditorPage, form_layout, translate


class InternalPage(EditorPage):
    """Objectives, talking points, sensitivities, recommendation, clearances and distribution."""

    def __init__(self, ctx: ListContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        note = QLabel(translate("MeetingEditor", "Material for the internal documents (briefing note, record of conversation): never printed in a communiqué."), self)  # noqa: E501 (one literal for lupdate)
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        self.objectives = RowListEditor(TextItemRow, ctx, translate("MeetingEditor", "Add objective"),
                                        translate("MeetingEditor", "No objective yet."), self)
        self.talking_points = RowListEditor(TextItemRow, ctx, translate("MeetingEditor", "Add talking point"),
                                            translate("MeetingEditor", "No talking point yet."), self)
        self.sensitivities_edit = self._localized("internal_sensitivities", multiline=True, lines=3)
        self.recommendation_edit = self._localized("internal_recommendation", multiline=True, lines=3)
        self.prepared_by_edit = QLineEdit(self)
        self.cleared_by_edit = QLineEdit(self)
        for edit in (self.prepared_by_edit, self.cleared_by_edit):
            edit.textChanged.connect(self._edited)
        self.distribution_edit = QPlainTextEdit(self)
        self.distribution_edit.setTabChangesFocus(True)
        self.distribution_edit.setPlaceholderText(translate("MeetingEditor", "One recipient per line"))
        self.distribution_edit.setToolTip(
            translate("MeetingEditor", "Who receives the record of conversation; printed at its end"))
        lines = self.distribution_edit.fontMetrics().lineSpacing()
        self.distribution_edit.setFixedHeight(lines * 3 + 12)
        self.distribution_edit.textChanged.connect(self._edited)
        objectives_box = QGroupBox(translate("MeetingEditor", "O&bjectives"), self)
        QVBoxLayout(objectives_box).addWidget(self.objectives)
        points_box = QGroupBox(translate("MeetingEditor", "&Talking points"), self)
        QVBoxLayout(points_box).addWidget(self.talking_points)
        form = form_layout()
        form.addRow(translate("MeetingEditor", "&Sensitivities:"), self.sensitivities_edit)
        form.addRow(translate("MeetingEditor", "&Recommendation:"), self.recommendation_edit)
        people = QHBoxLayout()
        people.addWidget(self.prepared_by_edit, 1)
        cleared_label = QLabel(translate("MeetingEditor", "C&leared by:"), self)
        cleared_label.setBuddy(self.cleared_by_edit)
        people.addWidget(cleared_label)
        people.addWidget(self.cleared_by_edit, 1)
        prepared_label = QLabel(translate("MeetingEditor", "Prepared b&y:"), self)
        prepared_label.setBuddy(self.prepared_by_edit)
        form.addRow(prepared_label, people)
        distribution_label = QLabel(translate("MeetingEditor", "&Distribution:"), self)
        distribution_label.setBuddy(self.distribution_edit)
        form.addRow(distribution_label, self.distribution_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(objectives_box)
        layout.addWidget(points_box)
        layout.addLayout(form)
        layout.addStretch(1)
        for widget in (self.objectives, self.talking_points):
            widget.changed.connect(self._edited)
        self._list_target("meeting.internal.objectives", self.objectives)
        self._list_target("meeting.internal.talking_points", self.talking_points)
        for path, field in (("sensitivities", self.sensitivities_edit),
                            ("recommendation", self.recommendation_edit),
                            ("prepared_by", self.prepared_by_edit), ("cleared_by", self.cleared_by_edit),
                            ("distribution", self.distribution_edit)):
            self._field(f"meeting.internal.{path}", field)

    def title(self) -> str:
        return translate("MeetingEditor", "&Internal")

    def lists(self) -> list[RowListEditor]:
        return [self.objectives, self.talking_points]

    def prepare(self) -> None:
        self.objectives.prepare(2)
        self.talking_points.prepare(3)

    def load(self, meeting: dict) -> None:
        internal = meeting["internal"] if isinstance(meeting["internal"], dict) else {}
        self.objectives.set_values(internal.get("objectives"))
        self.talking_points.set_values(internal.get("talking_points"))
        self.sensitivities_edit.set_value(internal.get("sensitivities"))
        self.recommendation_edit.set_value(internal.get("recommendation"))
        self.prepared_by_edit.setText(internal.get("prepared_by") or "")
        self.cleared_by_edit.setText(internal.get("cleared_by") or "")
        distribution = internal.get("distribution")
        self.distribution_edit.setPlainText("\n".join(
            name for name in distribution if isinstance(name, str)) if isinstance(distribution, list) else "")

    def fill(self, meeting: dict) -> None:
        internal = meeting["internal"] if isinstance(meeting["internal"], dict) else {}
        internal.update(
            objectives=self.objectives.values(), talking_points=self.talking_points.values(),
            sensitivities=self.sensitivities_edit.value(), recommendation=self.recommendation_edit.value(),
            prepared_by=self.prepared_by_edit.text().strip() or None,
            cleared_by=self.cleared_by_edit.text().strip() or None,
        )
        distribution = [line.strip() for line in self.distribution_edit.toPlainText().splitlines() if line.strip()]
        if distribution or "distribution" in internal:  # optional: absent unless given
            internal["distribution"] = distribution
        meeting["internal"] = internal
