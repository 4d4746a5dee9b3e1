"""The meeting form: every field of a record, in six keyboard-reachable tabs.

:class:`MeetingEditor` is the widget the main window hosts.  Its contract:

* ``load(meeting)`` fills every widget from a record (not "modified" after);
* ``meeting()`` builds the record from the widgets, normalised, keeping the
  id and every key of the loaded record the form does not know;
* ``is_modified()`` / ``set_modified(bool)``;
* signals ``changed()`` on any edit, ``fieldLeft()`` when focus leaves a
  field after an edit (autosave), ``problemsChanged(list)`` with the
  :class:`chancery.record.Problem` list, re-validated as you type (debounced
  200 ms), and ``translationsChanged(list)`` with the paths of missing
  translations;
* ``focus_path(path)`` shows and focuses the widget of a record path
  (``meeting.participants[1].country`` selects that cell);
* ``set_output_languages(langs)``, ``add_language(tag)``, ``problems()``,
  ``missing_translations()``.

Problems are also drawn beside their fields (outline, icon, tooltip), and a
localised field flags a required language left empty.

Threading: GUI thread only; the people look-up runs in the background.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QRegularExpression, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import record
from ...record import first_index, path_under, split_path
from ..datefmt import display_date
from ..messages import our_side_labels, problem_message, side_labels
from .country_picker import CountryPicker
from .dates import DateField
from .focus import apply_tab_order, focus_order, register_tab_order_root
from .lists import (
    AnniversariesEditor,
    DocumentRow,
    InvitationRow,
    ListContext,
    NextStepRow,
    RowListEditor,
    StatementRow,
    TextItemRow,
)
from .localized import LocalizedEdit, _looks_like_lang
from .marks import MARK_STYLE, set_mark, worst
from .participants import ParticipantsEditor
from .reflow import Reflow
from .vocab import VocabularyChecklist
from .widgets import OptionalSpinBox, VocabCombo, ui_language

COMMON_LANGUAGES = ["az", "ky", "kk", "uz", "tg", "tk", "tr", "de", "es", "it", "pt", "ar", "zh", "fa", "uk",
                    "hy", "ka", "ro", "pl", "ja", "ko"]


class _Target:
    """A place in the form that shows problems of a record path and can take focus."""

    def __init__(self, tab: int, mark: Callable[[int | None, str, str | None, str], None],
                 clear: Callable[[], None], focus: Callable[[int | None, str, str | None], None]):
        self.tab = tab
        self.mark = mark
        self.clear = clear
        self.focus = focus


class ArchiveRelations:
    """Dates of diplomatic relations for the anniversary Suggest: the reference data's, then the archive's."""

    def __init__(self, archive: Any):
        self._archive = archive

    def date(self, a: str, b: str) -> Any:
        from ...store import relations

        return relations.relations_date(self._archive, a, b)

    def record(self, a: str, b: str, value: Any) -> None:
        from ...store import relations

        relations.record_relations_date(self._archive, a, b, value)


class MeetingEditor(QWidget):
    """The form for one meeting record."""

    changed = Signal()
    fieldLeft = Signal()
    problemsChanged = Signal(list)
    translationsChanged = Signal(list)

    TAB_MEETING, TAB_PARTICIPANTS, TAB_CONTENT, TAB_OUTCOMES, TAB_INTERNAL, TAB_NOTES = range(6)

    def __init__(self, archive, settings: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meeting_editor")
        self._archive = archive
        self._settings = dict(settings or {})
        self._lang = ui_language(self._settings)
        self._output: list[str] = list(self._settings.get("output_languages") or ["fr", "en"])
        self._added: list[str] = []          # languages added for this editor (language entry)
        self._loaded: dict = record.new_meeting()
        self._loading = False
        self._modified = False
        self._edited_since_focus = False
        self._problems: list[record.Problem] = []
        self._missing: list[str] = []
        self._targets: dict[str, _Target] = {}
        self._marked: set[str] = set()
        self._occasion_loaded = False
        self._localized_edits: list[LocalizedEdit] = []
        self.ctx = ListContext(self._lang)
        self.last_timings: dict[str, float] = {}

        self.setStyleSheet(MARK_STYLE)
        register_tab_order_root(self)
        self._build()

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.timeout.connect(self._validate_now)
        self._tab_order_timer = QTimer(self)
        self._tab_order_timer.setSingleShot(True)
        self._tab_order_timer.setInterval(0)
        self._tab_order_timer.timeout.connect(self.update_tab_order)
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)

        self._apply_languages()
        self.load(self._loaded)
        QTimer.singleShot(0, self._prepare_rows)

    def _prepare_rows(self) -> None:
        """In idle time after start-up, build the rows a typical record needs."""
        if not shiboken6.isValid(self):
            return
        for widget, count in ((self.statements, 6), (self.documents, 2), (self.invitations, 1),
                              (self.anniversaries, 1), (self.next_steps, 2), (self.objectives, 2),
                              (self.talking_points, 3)):
            widget.prepare(count)

    # ================================================================== build

    def _build(self) -> None:
        lang = self._lang
        # -- header: what is being edited, and the languages
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary")
        font = self.summary_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.summary_label.setFont(font)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setWordWrap(True)  # a long title wraps rather than widening the form
        self.summary_label.setMinimumWidth(200)
        header = QHBoxLayout()
        header.addWidget(self.summary_label, 1)
        self._header = header

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self._pages: list[QWidget] = []
        self._scrolls: list[QScrollArea] = []
        for title in (self.tr("&Meeting"), self.tr("&Participants"), self.tr("&Content"),
                      self.tr("&Outcomes"), self.tr("&Internal"), self.tr("&Notes")):
            page = QWidget()
            scroll = QScrollArea()
            scroll.setProperty("formPage", True)  # never scrolls sideways: its page reflows (test_widget_walk)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.tabs.addTab(scroll, title)
            self._pages.append(page)
            self._scrolls.append(scroll)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

        self._build_meeting_page(lang)
        self._build_participants_page(lang)
        self._build_content_page(lang)
        self._build_outcomes_page(lang)
        self._build_internal_page()
        self._build_notes_page()

        # Languages, at the right of the header; built after the pages so that
        # Tab reaches the form first.  (Not in the tab bar's corner: the tabs
        # need that room when the preview narrows the form.)
        self.languages_label = QLabel(self)
        self.languages_label.setProperty("role", "hint")
        self.language_entry = QLineEdit(self)
        self.language_entry.setObjectName("language_entry")
        self.language_entry.setPlaceholderText(self.tr("+ language"))
        self.language_entry.setToolTip(self.tr(
            "Show one more language in this form (a BCP 47 tag such as az), e.g. for the spelling "
            "of a name. The output languages are set in Settings."))
        self.language_entry.setMaximumWidth(self.language_entry.fontMetrics().horizontalAdvance("+ language") + 30)
        self.language_entry.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?"), self.language_entry))
        completer = QCompleter(COMMON_LANGUAGES, self.language_entry)
        self.language_entry.setCompleter(completer)
        self.language_entry.returnPressed.connect(self._language_entered)

        self._header.addWidget(self.languages_label, 0, Qt.AlignmentFlag.AlignTop)
        self._header.addWidget(self.language_entry, 0, Qt.AlignmentFlag.AlignTop)

    # -- helpers

    def _localized(self, name: str, **kwargs: Any) -> LocalizedEdit:
        edit = LocalizedEdit(parent=self, **kwargs)
        edit.setObjectName(name)
        edit.setAccessibleName(name)
        edit.changed.connect(self._edited)
        self._localized_edits.append(edit)
        return edit

    def _field(self, path: str, tab: int, widget: QWidget) -> None:
        """Register ``widget`` as the place of ``path``: marks and focus."""

        def mark(_index, _key, severity, message):
            set_mark(widget, severity, message)

        def focus(_index, key, lang):
            if isinstance(widget, LocalizedEdit):
                widget.focus(lang)
            elif hasattr(widget, "focus") and callable(widget.focus):
                widget.focus()
            else:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)

        self._targets[path] = _Target(tab, mark, lambda: set_mark(widget, None), focus)

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    # -- Meeting tab

    def _build_meeting_page(self, lang: str) -> None:
        page = self._pages[self.TAB_MEETING]
        t = self.TAB_MEETING

        self.kind_combo = VocabCombo("meeting_kind", lang, placeholder=self.tr("Choose the kind of meeting…"),
                                     parent=page)
        self.format_combo = VocabCombo("meeting_format", lang, none_label=self.tr("— not stated"), parent=page)
        self.date_edit = DateField(lang, page)
        self.date_edit.setObjectName("date")
        self.end_date_edit = DateField(lang, page)
        self.end_date_edit.setObjectName("end_date")
        self.end_date_edit.edit.setToolTip(self.tr("For a meeting over several days; leave empty otherwise"))
        self.end_date_edit.set_reference(self.date_edit.date)
        self.our_side_combo = VocabCombo("our_side", lang, parent=page)
        self.initiated_combo = VocabCombo("side", lang, none_label=self.tr("— not stated"),
                                          codes=record.SIDES, parent=page)
        self.initiated_combo.setToolTip(self.tr(
            "Who asked for the call, or at whose invitation the visit took place"))
        self.status_combo = VocabCombo("status", lang, parent=page)
        self.status_combo.setToolTip(self.tr("A draft may be incomplete; a final record must be valid"))
        self.classification_combo = VocabCombo("classification", lang, parent=page)

        meeting_box = QGroupBox(self.tr("Meeting"), page)
        form = self._form()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("Fo&rmat:"), self.format_combo)
        form.addRow(self.tr("Da&te:"), self.date_edit)
        form.addRow(self.tr("End &date:"), self.end_date_edit)
        form.addRow(self.tr("Our &side:"), self.our_side_combo)
        form.addRow(self.tr("Initiated &by:"), self.initiated_combo)
        form.addRow(self.tr("St&atus:"), self.status_combo)
        form.addRow(self.tr("C&lassification:"), self.classification_combo)
        meeting_box.setLayout(form)

        self.occasion_event = self._localized("occasion_event", per_row=2)
        self.occasion_event.setToolTip(self.tr("The multilateral event, e.g. “session of the UN General Assembly”"))
        self.occasion_ordinal = OptionalSpinBox(999, page)
        self.occasion_ordinal.setToolTip(self.tr("e.g. 76 for the 76th session"))
        self.occasion_relation = VocabCombo("occasion_relation", lang, parent=page)
        self.occasion_box = QGroupBox(self.tr("Occasion (meeting on the sidelines)"), page)
        form = self._form()
        form.addRow(self.tr("Event:"), self.occasion_event)
        form.addRow(self.tr("Ordinal:"), self.occasion_ordinal)
        form.addRow(self.tr("When:"), self.occasion_relation)
        self.occasion_box.setLayout(form)

        self.city_edit = self._localized("place_city")
        self.country_picker = CountryPicker(lang, page)
        self.venue_edit = self._localized("place_venue")
        place_box = QGroupBox(self.tr("Place"), page)
        form = self._form()
        form.addRow(self.tr("Cit&y:"), self.city_edit)
        form.addRow(self.tr("Co&untry:"), self.country_picker)
        form.addRow(self.tr("Venue:"), self.venue_edit)
        place_box.setLayout(form)

        self.agency_edit = self._localized("publication_agency", allow_plain=True, plain_default=True)
        self.publisher_edit = self._localized("publication_publisher")
        self.publisher_edit.setToolTip(self.tr("The issuing ministry or office, when there is no agency"))
        self.dateline_edit = self._localized("publication_dateline")
        self.dateline_edit.setToolTip(self.tr("The city that opens the communiqué (“Bakou, 2 juillet”)"))
        self.publication_date_edit = DateField(lang, page)
        self.publication_date_edit.setObjectName("publication_date")
        self.publication_date_edit.set_reference(self.date_edit.date)
        self.attribution_edit = self._localized("publication_attribution")
        self.attribution_edit.setToolTip(self.tr("A sourcing line (“according to the ministry's press service”)"))
        publication_box = QGroupBox(self.tr("Publication"), page)
        form = self._form()
        form.addRow(self.tr("A&gency:"), self.agency_edit)
        form.addRow(self.tr("Publisher:"), self.publisher_edit)
        form.addRow(self.tr("Dateline:"), self.dateline_edit)
        form.addRow(self.tr("Published:"), self.publication_date_edit)
        form.addRow(self.tr("Attribution:"), self.attribution_edit)
        publication_box.setLayout(form)

        # Place and Publication beside Meeting on a wide form, below it on a narrow one.
        left, right = QWidget(page), QWidget(page)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(meeting_box)
        column.addWidget(self.occasion_box)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(place_box)
        column.addWidget(publication_box)
        self.meeting_reflow = Reflow(page)
        self.meeting_reflow.add(left, 2)
        self.meeting_reflow.add(right, 3)
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(self.meeting_reflow)
        page_layout.addStretch(1)

        for widget in (self.kind_combo, self.format_combo, self.our_side_combo, self.initiated_combo,
                       self.status_combo, self.classification_combo, self.occasion_relation):
            widget.currentIndexChanged.connect(self._edited)
        for widget in (self.date_edit, self.end_date_edit, self.publication_date_edit, self.occasion_ordinal,
                       self.country_picker):
            widget.changed.connect(self._edited)
        self.kind_combo.currentIndexChanged.connect(self._update_occasion)
        self.kind_combo.currentIndexChanged.connect(self._update_sides)

        for path, widget in (
            ("status", self.status_combo), ("classification", self.classification_combo),
            ("kind", self.kind_combo), ("format", self.format_combo), ("our_side", self.our_side_combo),
            ("date", self.date_edit), ("end_date", self.end_date_edit), ("initiated_by", self.initiated_combo),
            ("place", self.city_edit), ("place.city", self.city_edit), ("place.country", self.country_picker),
            ("place.venue", self.venue_edit), ("publication", self.agency_edit),
            ("publication.agency", self.agency_edit), ("publication.publisher", self.publisher_edit),
            ("publication.dateline", self.dateline_edit), ("publication.date", self.publication_date_edit),
            ("publication.attribution", self.attribution_edit), ("occasion", self.occasion_event),
            ("occasion.event", self.occasion_event), ("occasion.ordinal", self.occasion_ordinal),
            ("occasion.relation", self.occasion_relation),
        ):
            self._field(f"meeting.{path}", t, widget)

    # -- Participants tab

    def _build_participants_page(self, lang: str) -> None:
        page = self._pages[self.TAB_PARTICIPANTS]
        self.participants = ParticipantsEditor(self._archive, lang, page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.participants)
        self._scrolls[self.TAB_PARTICIPANTS].setWidgetResizable(True)
        model = self.participants.model
        self.participants.changed.connect(self._edited)
        model.refsChanged.connect(self._participants_changed)
        model.refRenamed.connect(self._ref_renamed)

        def mark(index, key, severity, message):
            if index is None:
                self.participants.set_problem(severity, message)
            else:
                self._participant_problems[(index, key or None)] = (severity, message)

        self._participant_problems: dict = {}
        self._targets["meeting.participants"] = _Target(
            self.TAB_PARTICIPANTS, mark, lambda: self.participants.set_problem(None, ""),
            lambda index, key, lang: self.participants.focus_cell(index, key, lang),
        )

    # -- Content tab

    def _build_content_page(self, lang: str) -> None:
        page = self._pages[self.TAB_CONTENT]
        t = self.TAB_CONTENT
        self.topics = VocabularyChecklist("topic", lang, page)
        self.areas = VocabularyChecklist("cooperation_area", lang, page)
        topics_box = QGroupBox(self.tr("&Topics discussed"), page)
        QVBoxLayout(topics_box).addWidget(self.topics)
        areas_box = QGroupBox(self.tr("Areas of coope&ration"), page)
        QVBoxLayout(areas_box).addWidget(self.areas)
        self.statements = RowListEditor(StatementRow, self.ctx, self.tr("&Add statement"),
                                        self.tr("No statement yet: add what each side said."), page)
        statements_box = QGroupBox(self.tr("&Statements (reported speech)"), page)
        QVBoxLayout(statements_box).addWidget(self.statements)
        top = Reflow(page)
        top.add(topics_box, 2)
        top.add(areas_box, 3)
        layout = QVBoxLayout(page)
        layout.addWidget(top)
        layout.addWidget(statements_box)
        layout.addStretch(1)
        for widget in (self.topics, self.areas, self.statements):
            widget.changed.connect(self._edited)
        self._vocab_target("meeting.topics", t, self.topics)
        self._vocab_target("meeting.cooperation_areas", t, self.areas)
        self._list_target("meeting.statements", t, self.statements)

    def _vocab_target(self, path: str, tab: int, widget: VocabularyChecklist) -> None:
        def mark(index, _key, severity, message):
            if index is None:
                widget.set_problem(severity, message)
            else:
                widget.mark_entry(index, severity, message)

        def clear():
            widget.set_problem(None, "")
            widget.clear_entry_marks()

        self._targets[path] = _Target(tab, mark, clear, lambda index, key, lang: widget.focus(index))

    def _list_target(self, path: str, tab: int, widget: RowListEditor) -> None:
        def mark(index, key, severity, message):
            if index is None or not 0 <= index < len(widget.rows):
                widget.set_problem(severity, message)
            else:
                widget.rows[index].mark(key, severity, message)

        def focus(index, key, lang):
            widget.focus(index, key)
            if index is not None and 0 <= index < len(widget.rows) and lang:
                field = widget.rows[index].fields.get(key)
                if isinstance(field, LocalizedEdit):
                    field.focus(lang)

        self._targets[path] = _Target(tab, mark, widget.clear_marks, focus)

    # -- Outcomes tab

    def _build_outcomes_page(self, lang: str) -> None:
        page = self._pages[self.TAB_OUTCOMES]
        t = self.TAB_OUTCOMES
        self.documents = RowListEditor(DocumentRow, self.ctx, self.tr("Add document"),
                                       self.tr("No document signed."), page)
        self.invitations = RowListEditor(InvitationRow, self.ctx, self.tr("Add invitation"),
                                         self.tr("No invitation extended."), page)
        self.anniversaries = AnniversariesEditor(self.ctx, self._anniversary_facts,
                                                 self._settings.get("home_country"), page,
                                                 relations=ArchiveRelations(self._archive))
        self.next_steps = RowListEditor(NextStepRow, self.ctx, self.tr("Add next step"),
                                        self.tr("No follow-up agreed."), page)
        layout = QVBoxLayout(page)
        for title, widget, path in (
            (self.tr("&Documents signed"), self.documents, "documents_signed"),
            (self.tr("Invi&tations"), self.invitations, "invitations"),
            (self.tr("&Anniversaries"), self.anniversaries, "anniversaries"),
            (self.tr("Next &steps"), self.next_steps, "next_steps"),
        ):
            box = QGroupBox(title, page)
            QVBoxLayout(box).addWidget(widget)
            layout.addWidget(box)
            widget.changed.connect(self._edited)
            self._list_target(f"meeting.{path}", t, widget)
        layout.addStretch(1)

    def _anniversary_facts(self) -> dict:
        return {"our_side": self.our_side_combo.value(), "date": self.date_edit.value(),
                "participants": self.participants.model.participants()}

    # -- Internal tab

    def _build_internal_page(self) -> None:
        page = self._pages[self.TAB_INTERNAL]
        t = self.TAB_INTERNAL
        note = QLabel(self.tr("Material for the internal documents (briefing note, record of conversation): never printed in a communiqué."), page)  # noqa: E501 (one literal for lupdate)
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        self.objectives = RowListEditor(TextItemRow, self.ctx, self.tr("Add objective"),
                                        self.tr("No objective yet."), page)
        self.talking_points = RowListEditor(TextItemRow, self.ctx, self.tr("Add talking point"),
                                            self.tr("No talking point yet."), page)
        self.sensitivities_edit = self._localized("internal_sensitivities", multiline=True, lines=3)
        self.recommendation_edit = self._localized("internal_recommendation", multiline=True, lines=3)
        self.prepared_by_edit = QLineEdit(page)
        self.cleared_by_edit = QLineEdit(page)
        for edit in (self.prepared_by_edit, self.cleared_by_edit):
            edit.textChanged.connect(self._edited)
        self.distribution_edit = QPlainTextEdit(page)
        self.distribution_edit.setTabChangesFocus(True)
        self.distribution_edit.setPlaceholderText(self.tr("One recipient per line"))
        self.distribution_edit.setToolTip(self.tr("Who receives the record of conversation; printed at its end"))
        lines = self.distribution_edit.fontMetrics().lineSpacing()
        self.distribution_edit.setFixedHeight(lines * 3 + 12)
        self.distribution_edit.textChanged.connect(self._edited)
        objectives_box = QGroupBox(self.tr("O&bjectives"), page)
        QVBoxLayout(objectives_box).addWidget(self.objectives)
        points_box = QGroupBox(self.tr("&Talking points"), page)
        QVBoxLayout(points_box).addWidget(self.talking_points)
        form = self._form()
        form.addRow(self.tr("&Sensitivities:"), self.sensitivities_edit)
        form.addRow(self.tr("&Recommendation:"), self.recommendation_edit)
        people = QHBoxLayout()
        people.addWidget(self.prepared_by_edit, 1)
        cleared_label = QLabel(self.tr("C&leared by:"), page)
        cleared_label.setBuddy(self.cleared_by_edit)
        people.addWidget(cleared_label)
        people.addWidget(self.cleared_by_edit, 1)
        prepared_label = QLabel(self.tr("Prepared b&y:"), page)
        prepared_label.setBuddy(self.prepared_by_edit)
        form.addRow(prepared_label, people)
        distribution_label = QLabel(self.tr("&Distribution:"), page)
        distribution_label.setBuddy(self.distribution_edit)
        form.addRow(distribution_label, self.distribution_edit)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(objectives_box)
        layout.addWidget(points_box)
        layout.addLayout(form)
        layout.addStretch(1)
        for widget in (self.objectives, self.talking_points):
            widget.changed.connect(self._edited)
        self._list_target("meeting.internal.objectives", t, self.objectives)
        self._list_target("meeting.internal.talking_points", t, self.talking_points)
        for path, widget in (("sensitivities", self.sensitivities_edit),
                             ("recommendation", self.recommendation_edit),
                             ("prepared_by", self.prepared_by_edit), ("cleared_by", self.cleared_by_edit),
                             ("distribution", self.distribution_edit)):
            self._field(f"meeting.internal.{path}", t, widget)

    # -- Notes tab

    def _build_notes_page(self) -> None:
        page = self._pages[self.TAB_NOTES]
        self.notes_edit = self._localized("notes", multiline=True, lines=14, per_row=2, grow=True)
        hint = QLabel(self.tr("Free notes: searchable in the archive, never printed."), page)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(self.notes_edit, 1)
        self._field("meeting.notes", self.TAB_NOTES, self.notes_edit)

    # ============================================================== languages

    def output_languages(self) -> list[str]:
        return list(self._output)

    def shown_languages(self) -> list[str]:
        return list(dict.fromkeys(self._output + self._added))

    def set_output_languages(self, languages: list[str]) -> None:
        """The languages every localised field edits (and flags when missing)."""
        languages = [lang for lang in languages if isinstance(lang, str) and lang]
        if not languages or languages == self._output:
            return
        self._output = list(dict.fromkeys(languages))
        self._apply_languages()
        self._validate_now()

    def add_language(self, tag: str) -> None:
        """Show one more language in every localised field (not required, not flagged)."""
        tag = (tag or "").strip()
        if not _looks_like_lang(tag) or tag in self.shown_languages():
            return
        self._added.append(tag)
        self._apply_languages()

    def _language_entered(self) -> None:
        self.add_language(self.language_entry.text())
        self.language_entry.clear()

    def _apply_languages(self) -> None:
        shown, required = self.shown_languages(), self._output
        was_loading, self._loading = self._loading, True
        try:
            self.ctx.shown, self.ctx.required = shown, required
            for edit in self._localized_edits:
                # notes are never printed: no language is missing there
                edit.set_languages(shown, [] if edit is getattr(self, "notes_edit", None) else required)
            for lst in self._lists():
                lst.set_languages()
            for checklist in (self.topics, self.areas):
                checklist.set_languages(shown, required)
            self._participant_columns()
        finally:
            self._loading = was_loading
        self.languages_label.setText(self.tr("Languages: {}").format(
            "  ".join(shown) if not self._added else
            "  ".join(self._output) + "  +" + "  ".join(self._added)))
        self.languages_label.setToolTip(self.tr(
            "Output languages: {} (Settings). Empty ones are flagged where another language is filled.").format(
                ", ".join(self._output)))

    def _participant_columns(self) -> None:
        """Table columns: shown languages plus any other language a participant's name uses."""
        shown = self.shown_languages()
        extra: list[str] = []
        for p in self.participants.model.rows:
            for key in ("name", "title", "organization"):
                value = p.get(key) if isinstance(p, dict) else None
                if isinstance(value, dict):
                    extra += [k for k in value if k not in shown and k not in extra and _looks_like_lang(k)]
        columns = shown + extra
        if columns != self.participants.model.languages() or self.participants.model.columnCount() == 0:
            self.participants.set_languages(columns, self._output)

    def _lists(self) -> list[RowListEditor]:
        return [self.statements, self.documents, self.invitations, self.anniversaries, self.next_steps,
                self.objectives, self.talking_points]

    # ================================================================= record

    def load(self, meeting: dict) -> None:
        """Fill every widget from ``meeting``; the editor is not modified afterwards."""
        started = time.perf_counter()
        m = record.normalize(meeting)
        self._loaded = m
        self._loading = True
        self._validate_timer.stop()
        try:
            self.kind_combo.set_value(m["kind"])
            self.format_combo.set_value(m["format"])
            self.date_edit.set_value(m["date"])
            self.end_date_edit.set_value(m["end_date"])
            self.our_side_combo.set_value(m["our_side"])
            self.initiated_combo.set_value(m["initiated_by"])
            self.status_combo.set_value(m["status"])
            self.classification_combo.set_value(m["classification"])

            place = m["place"] if isinstance(m["place"], dict) else {}
            self.city_edit.set_value(place.get("city"))
            self.country_picker.set_value(place.get("country"))
            self.venue_edit.set_value(place.get("venue"))
            pub = m["publication"] if isinstance(m["publication"], dict) else {}
            self.agency_edit.set_value(pub.get("agency"))
            self.publisher_edit.set_value(pub.get("publisher"))
            self.dateline_edit.set_value(pub.get("dateline"))
            self.publication_date_edit.set_value(pub.get("date"))
            self.attribution_edit.set_value(pub.get("attribution"))
            occasion = m["occasion"] if isinstance(m["occasion"], dict) else {}
            self._occasion_loaded = bool(occasion)
            self.occasion_event.set_value(occasion.get("event"))
            self.occasion_ordinal.set_number(occasion.get("ordinal"))
            self.occasion_relation.set_value(occasion.get("relation") or "during")
            self._update_occasion()
            self._update_sides()

            self.participants.model.set_participants(m["participants"] if isinstance(m["participants"], list) else [])
            self._participant_columns()
            self.participants.resize_columns()
            QTimer.singleShot(0, self._fit_participant_columns)
            self.ctx.participants = self.participants.model.rows
            self.topics.set_values(m["topics"])
            self.areas.set_values(m["cooperation_areas"])
            self.statements.set_values(m["statements"])
            self.documents.set_values(m["documents_signed"])
            self.invitations.set_values(m["invitations"])
            self.anniversaries.set_values(m["anniversaries"])
            self.next_steps.set_values(m["next_steps"])
            internal = m["internal"] if isinstance(m["internal"], dict) else {}
            self.objectives.set_values(internal.get("objectives"))
            self.talking_points.set_values(internal.get("talking_points"))
            self.sensitivities_edit.set_value(internal.get("sensitivities"))
            self.recommendation_edit.set_value(internal.get("recommendation"))
            self.prepared_by_edit.setText(internal.get("prepared_by") or "")
            self.cleared_by_edit.setText(internal.get("cleared_by") or "")
            distribution = internal.get("distribution")
            self.distribution_edit.setPlainText("\n".join(
                name for name in distribution if isinstance(name, str)) if isinstance(distribution, list) else "")
            self.notes_edit.set_value(m["notes"])
        finally:
            self._loading = False
        self._modified = False
        self._edited_since_focus = False
        # Validate on the next turn of the event loop (problems() does it at once if asked).
        self._validate_timer.start(0)
        self.last_timings["load"] = time.perf_counter() - started

    def _fit_participant_columns(self) -> None:
        if shiboken6.isValid(self):
            self.participants.fit_columns()

    def meeting(self) -> dict:
        """The record built from the widgets (normalised; unknown keys and the id kept)."""
        started = time.perf_counter()
        m = copy.deepcopy(self._loaded)
        m["kind"] = self.kind_combo.value()
        m["format"] = self.format_combo.value()
        m["date"] = self.date_edit.value()
        m["end_date"] = self.end_date_edit.value()
        m["our_side"] = self.our_side_combo.value()
        m["initiated_by"] = self.initiated_combo.value()
        m["status"] = self.status_combo.value()
        m["classification"] = self.classification_combo.value()

        place = m["place"] if isinstance(m["place"], dict) else {}
        place.update(city=self.city_edit.value() or {}, country=self.country_picker.value(),
                     venue=self.venue_edit.value())
        m["place"] = place
        pub = m["publication"] if isinstance(m["publication"], dict) else {}
        pub.update(agency=self.agency_edit.value(), publisher=self.publisher_edit.value(),
                   dateline=self.dateline_edit.value(), date=self.publication_date_edit.value(),
                   attribution=self.attribution_edit.value())
        m["publication"] = pub
        if self.occasion_box.isVisibleTo(self) and (
            self.occasion_event.value() or self.occasion_ordinal.number() is not None
        ):
            occasion = m["occasion"] if isinstance(m["occasion"], dict) else {}
            occasion.update(event=self.occasion_event.value() or {}, ordinal=self.occasion_ordinal.number(),
                            relation=self.occasion_relation.value())
            m["occasion"] = occasion
        else:
            m["occasion"] = None

        m["participants"] = self.participants.model.participants()
        m["topics"] = self.topics.values()
        m["cooperation_areas"] = self.areas.values()
        m["statements"] = self.statements.values()
        m["documents_signed"] = self.documents.values()
        m["invitations"] = self.invitations.values()
        m["anniversaries"] = self.anniversaries.values()
        m["next_steps"] = self.next_steps.values()
        internal = m["internal"] if isinstance(m["internal"], dict) else {}
        internal.update(
            objectives=self.objectives.values(), talking_points=self.talking_points.values(),
            sensitivities=self.sensitivities_edit.value(), recommendation=self.recommendation_edit.value(),
            prepared_by=self.prepared_by_edit.text().strip() or None,
            cleared_by=self.cleared_by_edit.text().strip() or None,
        )
        distribution = [line.strip() for line in self.distribution_edit.toPlainText().splitlines() if line.strip()]
        if distribution or "distribution" in internal:  # optional: absent unless given
            internal["distribution"] = distribution
        m["internal"] = internal
        m["notes"] = self.notes_edit.value()
        result = record.normalize(m)
        self.last_timings["meeting"] = time.perf_counter() - started
        return result

    def is_modified(self) -> bool:
        return self._modified

    def set_modified(self, modified: bool) -> None:
        self._modified = bool(modified)
        if not modified:
            self._edited_since_focus = False

    # ================================================================ editing

    def _edited(self, *_args: Any) -> None:
        if self._loading:
            return
        self._modified = True
        self._edited_since_focus = True
        self._validate_timer.start(200)
        self.changed.emit()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self) or not self._edited_since_focus or old is None:
            return
        if not shiboken6.isValid(old) or not (old is self or self.isAncestorOf(old)):
            return
        if new is not None and shiboken6.isValid(new) and new.focusProxy() is old:
            return
        self._edited_since_focus = False
        self.fieldLeft.emit()

    def _update_sides(self, *_args: Any) -> None:
        """A call or a videoconference has a calling and a called side; a visit a host and a visiting side."""
        kind = self.kind()
        self.our_side_combo.relabel(our_side_labels(kind))
        self.initiated_combo.relabel(side_labels(kind))
        self.participants.model.set_side_labels(side_labels(kind))

    def _update_occasion(self, *_args: Any) -> None:
        visible = self.kind_combo.value() == "sidelines" or self._occasion_loaded
        self.occasion_box.setVisible(visible)

    def _participants_changed(self) -> None:
        self.ctx.participants = self.participants.model.rows
        for lst in self._lists():
            lst.participants_changed()
        if not self._loading:
            self._participant_columns()

    def _ref_renamed(self, old: str, new: str) -> None:
        for lst in self._lists():
            lst.rename_ref(old, new)
        self._edited()

    # ------------------------------------------------------------ tab order

    def schedule_tab_order(self) -> None:
        if hasattr(self, "_tab_order_timer"):
            self._tab_order_timer.start()

    def update_tab_order(self) -> None:
        """Recompute Tab order from the layouts, page by page."""
        started = time.perf_counter()
        for page in self._pages:
            apply_tab_order(focus_order(page))
        self.last_timings["tab_order"] = time.perf_counter() - started

    # ============================================================= validation

    def problems(self) -> list:
        if self._validate_timer.isActive():
            self._validate_now()
        return list(self._problems)

    def missing_translations(self) -> list[str]:
        if self._validate_timer.isActive():
            self._validate_now()
        return list(self._missing)

    def _validate_now(self) -> None:
        self._validate_timer.stop()
        started = time.perf_counter()
        meeting = self.meeting()
        problems = record.validate(meeting)
        missing = record.missing_translations(meeting, self._output)
        self._apply_marks(problems)
        self._update_summary(meeting)
        self.last_timings["validate"] = time.perf_counter() - started
        if problems != self._problems:
            self._problems = problems
            self.problemsChanged.emit(list(problems))
        if missing != self._missing:
            self._missing = missing
            self.translationsChanged.emit(list(missing))

    def _resolve(self, path: str) -> tuple[str, _Target, str] | None:
        """The registered target deepest above ``path``, and the rest of the path."""
        best: tuple[str, _Target, str] | None = None
        for prefix, target in self._targets.items():
            rest = path_under(path, prefix)
            if rest is not None and (best is None or len(prefix) > len(best[0])):
                best = (prefix, target, rest)
        return best

    @staticmethod
    def _parse_rest(rest: str) -> tuple[int | None, str, str | None]:
        index, key = first_index(rest)
        steps = split_path(rest)
        last = steps[-1] if steps else None
        lang = last if isinstance(last, str) and _looks_like_lang(last) and last != key else None
        if index is None and key and _looks_like_lang(key):
            lang, key = key, ""
        return index, key, lang

    def _apply_marks(self, problems: list) -> None:
        for target in self._targets.values():
            target.clear()
        self._participant_problems = {}
        kind = self.kind()
        grouped: dict[tuple[str, int | None, str], list] = {}
        for problem in problems:
            found = self._resolve(problem.path)
            if found is None:
                continue
            prefix, _target, rest = found
            index, key, _lang = self._parse_rest(rest)
            grouped.setdefault((prefix, index, key), []).append(problem)
        for (prefix, index, key), group in grouped.items():
            severity = worst(p.severity for p in group)
            message = "\n".join(problem_message(p, kind) for p in group)
            self._targets[prefix].mark(index, key, severity, message)
        self.participants.model.set_problems(self._participant_problems)

    def _update_summary(self, meeting: dict) -> None:
        from ... import refdata

        parts = []
        if meeting.get("kind"):
            parts.append(refdata.label("meeting_kind", meeting["kind"], self._lang))
        if meeting.get("date"):
            parts.append(display_date(meeting["date"], self._lang))
        city = record.text_in((meeting.get("place") or {}).get("city"), self._lang, self._output)
        if city:
            parts.append(city)
        names = [record.text_in(p.get("name"), self._lang, self._output)
                 for p in meeting.get("participants") or [] if isinstance(p, dict) and p.get("role") == "principal"]
        names = [n for n in names if n]
        if names:
            parts.append(" – ".join(names))
        self.summary_label.setText("  ·  ".join(parts) or self.tr("New meeting"))

    # ================================================================== focus

    def focus_path(self, path: str) -> bool:
        """Show and focus the widget of a record path; False when the form has no place for it."""
        if self._validate_timer.isActive():
            self._validate_now()
        found = self._resolve(path)
        if found is None:
            return False
        _prefix, target, rest = found
        self.tabs.setCurrentIndex(target.tab)
        index, key, lang = self._parse_rest(rest)
        target.focus(index, key, lang)
        widget = QApplication.focusWidget()
        scroll = self._scrolls[target.tab]
        if widget is not None and scroll.widget() is not None and scroll.widget().isAncestorOf(widget):
            scroll.ensureWidgetVisible(widget, 40, 40)
        return True

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest page allows without a horizontal scroll bar (pages reflow down to it)."""
        hint = super().minimumSizeHint()
        pages = max((page.minimumSizeHint().width() for page in self._pages), default=0)
        margins = self.layout().contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = pages + margins.left() + margins.right() + scroll_bar + 2 * self._scrolls[0].frameWidth() + 4
        return QSize(max(hint.width(), width), hint.height())

    def focus_first_field(self) -> None:
        """Focus the first field of the current tab (Ctrl+N: the user types the kind at once)."""
        fields = [w for w in focus_order(self._pages[self.tabs.currentIndex()]) if w.isVisibleTo(self)]
        if fields:
            fields[0].setFocus(Qt.FocusReason.TabFocusReason)

    def kind(self) -> str | None:
        """The kind of meeting chosen in the form (its wording of sides follows it)."""
        return self.kind_combo.value()

    def current_tab(self) -> int:
        return self.tabs.currentIndex()
