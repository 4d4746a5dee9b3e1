"""Editors for the record's lists of objects: statements, documents signed,
invitations, anniversaries, next steps, and the briefing's lists of texts.

Each list is a :class:`RowListEditor` of rows (one framed row per item) with
Add, and per row Move up, Move down and Remove.  A row keeps the dict it was
loaded from, so keys the form does not know survive a round trip.  Rows that
point at participants (speaker, signatories, invitations) follow the
participants table: their choices are refreshed when it changes, and a
renamed ref is renamed here too.

Threading: GUI thread only.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import refdata
from ...anniversaries import next_relations_anniversary
from ..datefmt import display_date
from .dates import DateField
from .focus import request_tab_order
from .localized import LocalizedEdit
from .marks import set_mark
from .reflow import Reflow, pair
from .widgets import (
    OptionalSpinBox,
    VocabCombo,
    combo_value,
    fill_combo,
    participant_label,
    set_combo_value,
    standard_icon,
)


class ListContext:
    """What rows need to know about the rest of the form."""

    def __init__(self, lang: str):
        self.lang = lang
        self.shown: list[str] = [lang]
        self.required: list[str] = [lang]
        self.participants: list[dict] = []

    def participant_items(self) -> list[tuple[str, str]]:
        return [(participant_label(p, self.lang, self.shown), p.get("ref"))
                for p in self.participants if isinstance(p, dict) and p.get("ref")]


# --------------------------------------------------------------------------
# Rows


class ListRow(QFrame):
    """One item of a list: a numbered frame with its fields and row buttons."""

    changed = Signal()
    moveRequested = Signal(object, int)
    removeRequested = Signal(object)

    def noun_text(self) -> str:
        return self.tr("item")

    def __init__(self, ctx: ListContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setProperty("role", "row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._original: Any = {}
        self.fields: dict[str, QWidget] = {}
        self._localized: list[LocalizedEdit] = []

        self.number = QLabel(self)
        self.number.setProperty("role", "rownumber")
        self.number.setMinimumWidth(self.number.fontMetrics().horizontalAdvance("00") + 4)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        pixmaps = QStyle.StandardPixmap
        self.up_button = self._tool(standard_icon(self, pixmaps.SP_ArrowUp), self.tr("Move up"))
        self.down_button = self._tool(standard_icon(self, pixmaps.SP_ArrowDown), self.tr("Move down"))
        self.remove_button = self._tool(standard_icon(self, pixmaps.SP_TrashIcon), self.tr("Remove"))
        self.up_button.clicked.connect(lambda: self.moveRequested.emit(self, -1))
        self.down_button.clicked.connect(lambda: self.moveRequested.emit(self, 1))
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self))

        self.body = QGridLayout()
        self.body.setHorizontalSpacing(8)
        self.body.setVerticalSpacing(4)
        buttons = QVBoxLayout()  # one above the other: the row's fields keep the width
        buttons.setSpacing(0)
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(6, 4, 4, 4)
        outer.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(self.body, 1)
        outer.addLayout(buttons)
        outer.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)
        self.build()
        self.body.setRowStretch(self.body.rowCount(), 1)

    def _tool(self, icon, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(icon)
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes through fields; buttons by mouse or shortcut
        return button

    # -- building blocks for subclasses

    def label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def localized(self, key: str, *, multiline: bool = False, per_row: int = 2, lines: int = 3,
                  allow_plain: bool = False) -> LocalizedEdit:
        edit = LocalizedEdit(multiline=multiline, per_row=per_row, lines=lines, allow_plain=allow_plain, parent=self)
        edit.setObjectName(key)
        edit.set_languages(self.ctx.shown, self.ctx.required)
        edit.changed.connect(self.changed)
        self._localized.append(edit)
        self.fields[key] = edit
        return edit

    def fields_line(self, *fields: tuple[str, QWidget]) -> Reflow:
        """Labelled fields on one line when they fit whole, wrapping onto more lines when not."""
        line = Reflow(self)
        for text, field in fields:
            line.add(pair(self.label(text, field), field, line, stretch_field=isinstance(field, QComboBox)))
        return line

    def combo(self, key: str, items: list[tuple[str, Any]], none_label: str | None = None) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # a choice is never cut off
        fill_combo(combo, items, none_label=none_label)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.fields[key] = combo
        return combo

    def vocab(self, key: str, vocab: str, placeholder: str = "", none_label: str | None = None) -> VocabCombo:
        combo = VocabCombo(vocab, self.ctx.lang, placeholder=placeholder, none_label=none_label, parent=self)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.fields[key] = combo
        return combo

    # -- to implement

    def build(self) -> None:
        raise NotImplementedError

    def load(self, value: Any) -> None:
        raise NotImplementedError

    def collect(self) -> Any:
        raise NotImplementedError

    # -- common behaviour

    def set_number(self, n: int, count: int) -> None:
        self.number.setText(str(n + 1))
        self.up_button.setEnabled(n > 0)
        self.down_button.setEnabled(n < count - 1)
        noun = self.noun_text()
        self.up_button.setAccessibleName(self.tr("Move {} {} up").format(noun, n + 1))
        self.down_button.setAccessibleName(self.tr("Move {} {} down").format(noun, n + 1))
        self.remove_button.setAccessibleName(self.tr("Remove {} {}").format(noun, n + 1))

    def set_value(self, value: Any) -> None:
        self._original = copy.deepcopy(value)
        self.blockSignals(True)
        try:
            self.load(value)
        finally:
            self.blockSignals(False)

    def value(self) -> Any:
        collected = self.collect()
        if isinstance(self._original, dict) and isinstance(collected, dict):
            out = copy.deepcopy(self._original)
            out.update(collected)
            return out
        return collected

    def set_languages(self) -> None:
        for edit in self._localized:
            edit.set_languages(self.ctx.shown, self.ctx.required)

    def participants_changed(self) -> None:
        """The participants table changed: refresh choices that list people."""

    def rename_ref(self, old: str, new: str) -> None:
        """A participant's ref was renamed."""

    def mark(self, key: str, severity: str | None, message: str) -> None:
        widget = self.fields.get(key)
        set_mark(widget if widget is not None else self, severity, message)

    def clear_marks(self) -> None:
        set_mark(self, None)
        for widget in self.fields.values():
            set_mark(widget, None)

    def focus(self, key: str = "") -> None:
        widget = self.fields.get(key) or next(iter(self.fields.values()), None)
        if widget is None:
            return
        if hasattr(widget, "focus"):
            widget.focus()
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def missing_translations(self) -> list[tuple[str, str]]:
        return [(edit.objectName(), lang) for edit in self._localized for lang in edit.missing_languages()]


def _speaker_items(ctx: ListContext) -> list[tuple[str, Any]]:
    return [*ctx.participant_items(),
            (QCoreApplication.translate("StatementRow", "Both principals (the sides)"), "both"),
            (QCoreApplication.translate("StatementRow", "(impersonal)"), None)]


class StatementRow(ListRow):
    def noun_text(self) -> str:
        return self.tr("statement")

    def build(self) -> None:
        self.speaker = self.combo("speaker", _speaker_items(self.ctx))
        self.speaker.setToolTip(self.tr(
            "Who said it: a participant, both principals (\u201cthe sides\u201d), or nobody in particular "
            "(\u201cit was agreed\u201d)"))
        self.verb = self.vocab("verb", "reporting_verb", none_label=self.tr("— (text is a whole sentence)"))
        self.text = self.localized("text", multiline=True, lines=4)
        self.body.addWidget(self.fields_line(
            (self.tr("Speaker:"), self.speaker), (self.tr("Reporting verb:"), self.verb)), 0, 0)
        self.body.addWidget(self.text, 1, 0)
        self.quote = QCheckBox(self.tr("Direct quotation (the speaker's own words)"), self)
        self.quote.setToolTip(self.tr(
            "Print the text in quotation marks, followed by who said it: \u00ab\u00a0\u2026\u00a0\u00bb, "
            "a d\u00e9clar\u00e9 M. X / \u201c\u2026,\u201d Mr X said"))
        self.fields["quote"] = self.quote
        self.body.addWidget(self.quote, 2, 0, Qt.AlignmentFlag.AlignLeft)
        self.verb.currentIndexChanged.connect(lambda _i: self.show_lead_in())
        self.quote.toggled.connect(lambda _on: (self.show_lead_in(), self.changed.emit()))
        self.show_lead_in()

    def show_lead_in(self) -> None:
        """Show the chosen verb's lead-in ("a déclaré que …") in each empty text box.

        What staff write is the complement of that lead-in, so the hint says
        how the sentence will start in the document.
        """
        from ...render import lexicon
        from ...render.errors import RenderError

        verb = self.verb.value()
        hints: dict[str, str] = {}
        for lang in self.text.languages():
            if self.quote.isChecked():
                hints[lang] = self.tr("the speaker's own words, as they will be quoted")
                continue
            try:
                hints[lang] = lexicon.hint(verb, lang) if verb else self.tr("a whole sentence, as it will be printed")
            except (RenderError, KeyError):
                continue  # no lexicon for this language (yet)
        self.text.set_placeholders(hints)

    def set_languages(self) -> None:
        super().set_languages()
        self.show_lead_in()

    def load(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        set_combo_value(self.speaker, value.get("speaker"), self.tr("{} (not a participant)"))
        self.verb.set_value(value.get("verb"))
        self.text.set_value(value.get("text"))
        self.quote.blockSignals(True)
        self.quote.setChecked(value.get("quote") is True)
        self.quote.blockSignals(False)
        self.show_lead_in()

    def collect(self) -> dict:
        collected = {"speaker": combo_value(self.speaker), "verb": self.verb.value(), "text": self.text.value() or {}}
        if self.quote.isChecked():
            collected["quote"] = True
        return collected

    def value(self) -> Any:
        out = super().value()
        if isinstance(out, dict) and not self.quote.isChecked() and out.get("quote") is True:
            del out["quote"]  # the record writes the field only when set
        return out

    def participants_changed(self) -> None:
        current = combo_value(self.speaker)
        self.speaker.blockSignals(True)
        fill_combo(self.speaker, _speaker_items(self.ctx))
        set_combo_value(self.speaker, current, self.tr("{} (not a participant)"))
        self.speaker.blockSignals(False)

    def rename_ref(self, old: str, new: str) -> None:
        if combo_value(self.speaker) == old:
            self.participants_changed()
            self.speaker.blockSignals(True)
            set_combo_value(self.speaker, new)
            self.speaker.blockSignals(False)


class DocumentRow(ListRow):
    def noun_text(self) -> str:
        return self.tr("document")

    def build(self) -> None:
        self.type = self.vocab("type", "document_type", placeholder=self.tr("Type of document…"))
        self.period = QLineEdit(self)
        self.period.setPlaceholderText(self.tr("e.g. 2021-2022"))
        self.period.setMaximumWidth(self.period.fontMetrics().horizontalAdvance("0000-0000") + 40)
        self.period.textChanged.connect(lambda _t: self.changed.emit())
        self.fields["period"] = self.period
        self.title = self.localized("title", per_row=1)
        self.signers = Reflow(self)  # one check box per participant, wrapping onto more lines when narrow
        self._checks: dict[str, QCheckBox] = {}
        self._signer_widgets: list[QWidget] = []
        self._extra_signers: list = []
        self.fields["signed_by"] = self.signers
        self.body.addWidget(self.fields_line((self.tr("Type:"), self.type), (self.tr("Period:"), self.period)),
                            0, 0, 1, 2)
        self.body.addWidget(self.label(self.tr("Exact title:"), self.title), 1, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.title, 1, 1)
        signed_label = QLabel(self.tr("Signed by:"), self)
        self.body.addWidget(signed_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.signers, 2, 1)
        self.body.setColumnStretch(1, 1)
        self._rebuild_signers([])

    def _rebuild_signers(self, checked: list) -> None:
        self.signers.clear()
        self._checks = {}
        self._signer_widgets = []
        refs = [ref for _label, ref in self.ctx.participant_items()]
        items = list(self.ctx.participant_items())
        self._extra_signers = [ref for ref in checked if ref not in refs]
        items += [(self.tr("{} (not a participant)").format(ref), ref) for ref in self._extra_signers]
        for text, ref in items:
            box = QCheckBox(text, self.signers)
            box.setChecked(ref in checked)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.signers.add(box, fill=False)
            self._checks[ref] = box
            self._signer_widgets.append(box)
        if not items:
            label = QLabel(self.tr("(add participants first)"), self.signers)
            label.setProperty("role", "hint")
            self.signers.add(label, fill=False)
            self._signer_widgets.append(label)
        request_tab_order(self)

    def signed_by(self) -> list:
        return [ref for ref, box in self._checks.items() if box.isChecked()]

    def signer_box(self, ref: str) -> QCheckBox | None:
        return self._checks.get(ref)

    def load(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self.type.set_value(value.get("type"))
        self.period.setText(value.get("period") if isinstance(value.get("period"), str) else "")
        self.title.set_value(value.get("title"))
        signed = value.get("signed_by")
        self._rebuild_signers(list(signed) if isinstance(signed, list) else [])

    def collect(self) -> dict:
        period = self.period.text().strip()
        return {"type": self.type.value(), "title": self.title.value() or {}, "period": period or None,
                "signed_by": self.signed_by()}

    def participants_changed(self) -> None:
        refs = [ref for _label, ref in self.ctx.participant_items()] + self._extra_signers
        if refs == list(self._checks):
            for text, ref in self.ctx.participant_items():
                self._checks[ref].setText(text)
            return
        self._rebuild_signers(self.signed_by())

    def rename_ref(self, old: str, new: str) -> None:
        signed = [new if ref == old else ref for ref in self.signed_by()]
        self._rebuild_signers(signed)


class InvitationRow(ListRow):
    def noun_text(self) -> str:
        return self.tr("invitation")

    def build(self) -> None:
        people = self.ctx.participant_items()
        self.inviter = self.combo("from", people, none_label="—")
        self.invitee = self.combo("to", people, none_label="—")
        self.visit = self.vocab("visit", "meeting_kind", placeholder=self.tr("Kind of visit…"))
        self.accepted = self.combo("accepted", [(self.tr("Accepted"), True), (self.tr("Declined"), False)],
                                   none_label=self.tr("Answer not known"))
        line = self.fields_line((self.tr("From:"), self.inviter), (self.tr("To:"), self.invitee),
                                (self.tr("Visit:"), self.visit), (self.tr("Answer:"), self.accepted))
        self.body.addWidget(line, 0, 0)

    def load(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        set_combo_value(self.inviter, value.get("from"), self.tr("{} (not a participant)"))
        set_combo_value(self.invitee, value.get("to"), self.tr("{} (not a participant)"))
        self.visit.set_value(value.get("visit"))
        accepted = value.get("accepted")
        set_combo_value(self.accepted, accepted if accepted in (True, False) else None)

    def collect(self) -> dict:
        return {"from": combo_value(self.inviter), "to": combo_value(self.invitee), "visit": self.visit.value(),
                "accepted": combo_value(self.accepted)}

    def participants_changed(self) -> None:
        for combo in (self.inviter, self.invitee):
            current = combo_value(combo)
            combo.blockSignals(True)
            fill_combo(combo, self.ctx.participant_items(), none_label="—")
            set_combo_value(combo, current, self.tr("{} (not a participant)"))
            combo.blockSignals(False)

    def rename_ref(self, old: str, new: str) -> None:
        self.participants_changed()
        for combo in (self.inviter, self.invitee):
            if combo_value(combo) == old:
                combo.blockSignals(True)
                set_combo_value(combo, new)
                combo.blockSignals(False)


class AnniversaryRow(ListRow):
    def noun_text(self) -> str:
        return self.tr("anniversary")

    def build(self) -> None:
        self.ordinal = OptionalSpinBox(999, self)
        self.ordinal.changed.connect(self.changed)
        self.fields["ordinal"] = self.ordinal
        self.subject = self.vocab("subject", "anniversary_subject", placeholder=self.tr("Anniversary of…"))
        self.year = OptionalSpinBox(9999, self)
        self.year.changed.connect(self.changed)
        self.fields["year"] = self.year
        self.body.addWidget(self.fields_line((self.tr("Ordinal:"), self.ordinal), (self.tr("Of:"), self.subject),
                                             (self.tr("Year:"), self.year)), 0, 0)

    def load(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self.ordinal.set_number(value.get("ordinal"))
        self.subject.set_value(value.get("subject"))
        self.year.set_number(value.get("year"))

    def collect(self) -> dict:
        return {"ordinal": self.ordinal.number(), "subject": self.subject.value(), "year": self.year.number()}


class NextStepRow(ListRow):
    """A next step: what, by when, who (owner) and whether it is done.

    ``owner`` and ``done`` are optional fields of the format: a row that
    never had them and leaves them empty gives them back absent, so an older
    record exports unchanged.
    """

    def noun_text(self) -> str:
        return self.tr("next step")

    def build(self) -> None:
        self.text = self.localized("text", per_row=2)
        self.date = DateField(self.ctx.lang, self)
        self.date.changed.connect(self.changed)
        self.fields["date"] = self.date
        self.owner = QLineEdit(self)
        self.owner.setPlaceholderText(self.tr("a service or a person"))
        self.owner.setToolTip(self.tr("Who follows this up; printed in the record of conversation's follow-up table"))
        self.owner.textChanged.connect(lambda _text: self.changed.emit())
        self.fields["owner"] = self.owner
        self.done = QCheckBox(self.tr("Done"), self)
        self.done.setToolTip(self.tr("Done steps are no longer listed as open in later briefing notes"))
        self.done.toggled.connect(lambda _on: self.changed.emit())
        self.fields["done"] = self.done
        self.body.addWidget(self.text, 0, 0, 1, 6)
        self.body.addWidget(self.label(self.tr("By:"), self.date), 1, 0)
        self.body.addWidget(self.date, 1, 1)
        self.body.addWidget(self.label(self.tr("Owner:"), self.owner), 1, 2)
        self.body.addWidget(self.owner, 1, 3)
        self.body.addWidget(self.done, 1, 4)
        self.body.setColumnStretch(3, 1)

    def load(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self.text.set_value(value.get("text"))
        self.date.set_value(value.get("date"))
        self.owner.setText(value.get("owner") if isinstance(value.get("owner"), str) else "")
        self.done.setChecked(value.get("done") is True)

    def collect(self) -> dict:
        return {"text": self.text.value() or {}, "date": self.date.value()}

    def value(self) -> Any:
        out = super().value()
        original = self._original if isinstance(self._original, dict) else {}
        # None is "not set": record.normalize leaves optional fields out then.
        out["owner"] = self.owner.text().strip() or None
        out["done"] = True if self.done.isChecked() else (False if original.get("done") is not None else None)
        return out


class TextItemRow(ListRow):
    """An item that is itself a language map (an objective, a talking point)."""

    def build(self) -> None:
        self.text = self.localized("text", per_row=2)
        self.body.addWidget(self.text, 0, 0)

    def load(self, value: Any) -> None:
        self.text.set_value(value)

    def collect(self) -> Any:
        return self.text.value() or {}

    def mark(self, key: str, severity: str | None, message: str) -> None:
        set_mark(self.text, severity, message)


# --------------------------------------------------------------------------
# Lists


class RowListEditor(QWidget):
    """A list of rows of one class, with an Add button."""

    changed = Signal()

    def __init__(self, row_class: type[ListRow], ctx: ListContext, add_text: str, empty_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.row_class = row_class
        self.ctx = ctx
        self.rows: list[ListRow] = []
        self._spare: list[ListRow] = []   # rows built ahead, in idle time (see prepare)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(6)
        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setProperty("role", "hint")
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._rows_layout)
        layout.addLayout(self.buttons)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._renumber()

    # ------------------------------------------------------------------ rows

    def _new_row(self) -> ListRow:
        if self._spare:
            row = self._spare.pop()
            row.set_languages()
            row.participants_changed()
            row.show()
            return row
        row = self.row_class(self.ctx, self)
        row.changed.connect(self.changed)
        row.moveRequested.connect(self.move_row)
        row.removeRequested.connect(self.remove_row)
        return row

    def prepare(self, count: int) -> None:
        """Build rows ahead so that loading a record does not have to (about 7 ms a row)."""
        while len(self.rows) + len(self._spare) < count:
            row = self.row_class(self.ctx, self)
            row.hide()
            row.changed.connect(self.changed)
            row.moveRequested.connect(self.move_row)
            row.removeRequested.connect(self.remove_row)
            self._spare.append(row)

    def add_row(self, value: Any = None, *, focus: bool = False) -> ListRow:
        row = self._new_row()
        row.set_value(value if value is not None else {})
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        self._renumber()
        request_tab_order(self)
        if focus:
            row.focus()
        self.changed.emit()
        return row

    def remove_row(self, row: ListRow) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self._renumber()
        request_tab_order(self)
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].focus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def move_row(self, row: ListRow, delta: int) -> None:
        index = self.rows.index(row)
        target = index + delta
        if not 0 <= target < len(self.rows):
            return
        self.rows.insert(target, self.rows.pop(index))
        self._rows_layout.removeWidget(row)
        self._rows_layout.insertWidget(target, row)
        self._renumber()
        request_tab_order(self)
        row.focus()
        self.changed.emit()

    def _renumber(self) -> None:
        for i, row in enumerate(self.rows):
            row.set_number(i, len(self.rows))
        self.empty_label.setVisible(not self.rows)

    # ----------------------------------------------------------------- value

    def values(self) -> list:
        return [row.value() for row in self.rows]

    def set_values(self, values: Any) -> None:
        values = values if isinstance(values, list) else []
        # Reuse rows: loading another meeting should not rebuild the form.
        while len(self.rows) > len(values):
            row = self.rows.pop()
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        while len(self.rows) < len(values):
            row = self._new_row()
            self.rows.append(row)
            self._rows_layout.addWidget(row)
        for row, value in zip(self.rows, values, strict=False):
            row.set_value(value)
        self._renumber()
        request_tab_order(self)

    def set_languages(self) -> None:
        for row in self.rows:
            row.set_languages()

    def participants_changed(self) -> None:
        for row in self.rows:
            row.participants_changed()

    def rename_ref(self, old: str, new: str) -> None:
        for row in self.rows:
            row.rename_ref(old, new)

    # -------------------------------------------------------------- problems

    def set_problem(self, severity: str | None, message: str) -> None:
        set_mark(self.add_button, severity, message)

    def clear_marks(self) -> None:
        self.set_problem(None, "")
        for row in self.rows:
            row.clear_marks()

    def focus(self, index: int | None = None, key: str = "") -> None:
        if index is not None and 0 <= index < len(self.rows):
            self.rows[index].focus(key)
        elif self.rows:
            self.rows[0].focus()
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def missing_translations(self) -> list[tuple[int, str, str]]:
        return [(i, key, lang) for i, row in enumerate(self.rows) for key, lang in row.missing_translations()]


# --------------------------------------------------------------------------
# Anniversary suggestion


class AnniversariesEditor(RowListEditor):
    """Anniversaries, with a Suggest button computed from the relations date.

    When no date is known for the two countries, Suggest says so and offers
    to record it (Record the Date…); ``relations`` — an object with
    ``date(a, b)`` and ``record(a, b, value)`` — keeps it with the archive's
    settings, so that it is used from then on.
    """

    def __init__(self, ctx: ListContext, meeting_source: Callable[[], dict], home_country: str | None,
                 parent: QWidget | None = None, relations: Any = None):
        super().__init__(AnniversaryRow, ctx, self.tr("Add anniversar&y"),
                         self.tr("No anniversary mentioned."), parent)
        self._meeting_source = meeting_source
        self.home_country = home_country
        self.relations = relations
        self._missing_pair: tuple[str, str] | None = None
        self.suggest_button = QPushButton(self.tr("S&uggest"), self)
        self.suggest_button.setToolTip(self.tr(
            "Add the next round anniversary of diplomatic relations between our country and the "
            "counterpart's, from the reference data"))
        self.suggest_button.clicked.connect(self.suggest)
        self.record_button = QPushButton(self.tr("Record the Date…"), self)
        self.record_button.setToolTip(self.tr(
            "Record when the two countries established diplomatic relations; kept with the archive "
            "and used from then on"))
        self.record_button.clicked.connect(self.record_date)
        self.record_button.hide()
        self.suggest_label = QLabel(self)
        self.suggest_label.setProperty("role", "hint")
        self.suggest_label.setWordWrap(True)
        self.buttons.insertWidget(1, self.suggest_button)
        self.buttons.insertWidget(2, self.record_button)
        self.buttons.insertWidget(3, self.suggest_label, 1)

    def _name(self, code: str) -> str:
        try:
            return refdata.country_name(code, self.ctx.lang)
        except KeyError:
            return code

    def suggest(self) -> dict | None:
        lookup = self.relations.date if self.relations is not None else None
        found = next_relations_anniversary(self._meeting_source(), self.home_country, relations_date=lookup)
        suggestion = found.entry()
        self.record_button.hide()
        self._missing_pair = None
        if suggestion is None:
            if not found.home or not found.counterpart:
                self.suggest_label.setText(self.tr(
                    "Set the country of each side's principal (and our country in Settings) first."))
            else:
                self.suggest_label.setText(self.tr(
                    "No date of diplomatic relations between {} and {} is known yet: record it once, "
                    "and Suggest will use it from then on.").format(
                        self._name(found.home), self._name(found.counterpart)))
                self._missing_pair = (found.home, found.counterpart)
                self.record_button.setVisible(self.relations is not None)
            return None
        existing = next((row for row in self.rows
                         if row.value().get("subject") == "diplomatic_relations"), None)
        if existing is not None:
            existing.set_value({**existing.value(), **suggestion})
            self.changed.emit()
        else:
            self.add_row(suggestion)
        self.suggest_label.setText(self.tr("Relations established {}: the {}th anniversary falls in {}.").format(
            display_date(str(found.established), self.ctx.lang), suggestion["ordinal"], suggestion["year"]))
        return suggestion

    def record_date(self) -> bool:
        """Ask for the date of relations of the pair Suggest lacked, keep it, and suggest again."""
        if self._missing_pair is None or self.relations is None:
            return False
        from .relations_dialog import RelationsDateDialog

        home, counterpart = self._missing_pair
        dialog = RelationsDateDialog(self._name(home), self._name(counterpart), self.ctx.lang,
                                     lambda value: self.relations.record(home, counterpart, value), self)
        if not dialog.exec():
            return False
        return self.suggest() is not None
