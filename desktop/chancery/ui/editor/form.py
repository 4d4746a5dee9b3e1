"""The meeting form: every field of a record, in six keyboard-reachable tabs.

:class:`MeetingEditor` is the widget the main window hosts.  It is a thin
container: each tab is a page widget of :mod:`chancery.ui.editor.pages`
(Meeting, Participants, Content, Outcomes, Internal, Notes) that loads,
fills and focuses its own fields; the form holds the header (summary and
languages), the modified state, validation and the links between pages (the
kind of meeting words the participants' sides; the participants are the
speakers and signers of the other pages' lists).  Its contract:

* ``load(meeting)`` fills every page from a record (not "modified" after);
* ``meeting()`` builds the record from the pages, normalised, keeping the
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
from typing import Any

import shiboken6
from PySide6.QtCore import QRegularExpression, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ... import record
from ..datefmt import display_date
from ..messages import side_labels
from .focus import apply_tab_order, focus_order, register_tab_order_root
from .lists import ListContext
from .localized import _looks_like_lang
from .marks import MARK_STYLE
from .pages import (
    ContentPage,
    EditorPage,
    InternalPage,
    MeetingPage,
    NotesPage,
    OutcomesPage,
    ParticipantsPage,
)
from .widgets import ui_language

COMMON_LANGUAGES = ["az", "ky", "kk", "uz", "tg", "tk", "tr", "de", "es", "it", "pt", "ar", "zh", "fa", "uk",
                    "hy", "ka", "ro", "pl", "ja", "ko"]


class MeetingEditor(QWidget):
    """The form for one meeting record: a header and six pages, one per tab."""

    changed = Signal()
    fieldLeft = Signal()
    problemsChanged = Signal(list)
    translationsChanged = Signal(list)

    TAB_MEETING, TAB_PARTICIPANTS, TAB_CONTENT, TAB_OUTCOMES, TAB_INTERNAL, TAB_NOTES = range(6)

    def __init__(self, archive: Any, settings: dict | None = None, parent: QWidget | None = None):
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
        for page in self.pages:
            page.prepare()

    # ================================================================== build

    def _build(self) -> None:
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

        # -- the pages, in tab order (TAB_MEETING … TAB_NOTES), each in a scroll area.  The scroll areas
        # first, then the pages, all as children of the form: the window's focus chain then has every
        # field after every scroll area, so a tab change focuses the page's first field, not its
        # scroll area (a page moved in from another window brings its chain in after its scroll area).
        self._scrolls: list[QScrollArea] = []
        for _index in range(6):
            scroll = QScrollArea(self)
            scroll.setProperty("formPage", True)  # never scrolls sideways: its page reflows (test_widget_walk)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self._scrolls.append(scroll)
        self.meeting_page = MeetingPage(self.ctx, self)
        self.participants_page = ParticipantsPage(self._archive, self.ctx, self)
        self.content_page = ContentPage(self.ctx, self)
        self.outcomes_page = OutcomesPage(self._archive, self.ctx, self._anniversary_facts,
                                          self._settings.get("home_country"), self)
        self.internal_page = InternalPage(self.ctx, self)
        self.notes_page = NotesPage(self.ctx, self)
        self.pages: tuple[EditorPage, ...] = (self.meeting_page, self.participants_page, self.content_page,
                                              self.outcomes_page, self.internal_page, self.notes_page)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        for index, (scroll, page) in enumerate(zip(self._scrolls, self.pages, strict=True)):
            scroll.setWidget(page)
            self.tabs.addTab(scroll, page.title())
            page.changed.connect(self._edited)
            page.revealRequested.connect(lambda index=index: self.tabs.setCurrentIndex(index))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.meeting_page.kindChanged.connect(self._kind_changed)
        self.participants_page.refsChanged.connect(self._participants_changed)
        self.participants_page.refRenamed.connect(self._ref_renamed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

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

        header.addWidget(self.languages_label, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.language_entry, 0, Qt.AlignmentFlag.AlignTop)

    def _anniversary_facts(self) -> dict:
        """What the anniversary Suggest reads: our side, the date and the participants."""
        return {"our_side": self.meeting_page.our_side_combo.value(), "date": self.meeting_page.date_edit.value(),
                "participants": self.participants_page.participant_records()}

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
            for page in self.pages:
                page.set_languages(shown, required)
        finally:
            self._loading = was_loading
        self.languages_label.setText(self.tr("Languages: {}").format(
            "  ".join(shown) if not self._added else
            "  ".join(self._output) + "  +" + "  ".join(self._added)))
        self.languages_label.setToolTip(self.tr(
            "Output languages: {} (Settings). Empty ones are flagged where another language is filled.").format(
                ", ".join(self._output)))

    # ================================================================= record

    def load(self, meeting: dict) -> None:
        """Fill every page from ``meeting``; the editor is not modified afterwards."""
        started = time.perf_counter()
        normalized = record.normalize(meeting)
        self._loaded = normalized
        self._loading = True
        self._validate_timer.stop()
        try:
            for page in self.pages:
                page.load(normalized)
        finally:
            self._loading = False
        self._modified = False
        self._edited_since_focus = False
        # Validate on the next turn of the event loop (problems() does it at once if asked).
        self._validate_timer.start(0)
        self.last_timings["load"] = time.perf_counter() - started

    def meeting(self) -> dict:
        """The record built from the pages (normalised; unknown keys and the id kept)."""
        started = time.perf_counter()
        built = copy.deepcopy(self._loaded)
        for page in self.pages:
            page.fill(built)
        result = record.normalize(built)
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

    def _kind_changed(self, kind: str | None) -> None:
        """The participants' sides are worded by the kind of meeting (calling/called, host/visiting)."""
        self.participants_page.set_side_labels(side_labels(kind))

    def _participants_changed(self) -> None:
        for page in self.pages:
            page.participants_changed()

    def _ref_renamed(self, old: str, new: str) -> None:
        for page in self.pages:
            page.rename_ref(old, new)
        self._edited()

    # ------------------------------------------------------------ tab order

    def schedule_tab_order(self) -> None:
        if hasattr(self, "_tab_order_timer"):
            self._tab_order_timer.start()

    def update_tab_order(self) -> None:
        """Recompute Tab order from the layouts, page by page."""
        started = time.perf_counter()
        for page in self.pages:
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
        kind = self.kind()
        for page in self.pages:
            page.apply_marks(problems, kind)
        self._update_summary(meeting)
        self.last_timings["validate"] = time.perf_counter() - started
        if problems != self._problems:
            self._problems = problems
            self.problemsChanged.emit(list(problems))
        if missing != self._missing:
            self._missing = missing
            self.translationsChanged.emit(list(missing))

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
        for index, page in enumerate(self.pages):
            if page.focus_path(path):  # the page asks to be shown first (revealRequested)
                widget = QApplication.focusWidget()
                scroll = self._scrolls[index]
                if widget is not None and scroll.widget() is not None and scroll.widget().isAncestorOf(widget):
                    scroll.ensureWidgetVisible(widget, 40, 40)
                return True
        return False

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest page allows without a horizontal scroll bar (pages reflow down to it)."""
        hint = super().minimumSizeHint()
        pages = max((page.minimumSizeHint().width() for page in self.pages), default=0)
        margins = self.layout().contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = pages + margins.left() + margins.right() + scroll_bar + 2 * self._scrolls[0].frameWidth() + 4
        return QSize(max(hint.width(), width), hint.height())

    def focus_first_field(self) -> None:
        """Focus the first field of the current tab (Ctrl+N: the user types the kind at once)."""
        fields = [w for w in focus_order(self.pages[self.tabs.currentIndex()]) if w.isVisibleTo(self)]
        if fields:
            fields[0].setFocus(Qt.FocusReason.TabFocusReason)

    def _tab_shown(self, index: int) -> None:
        """A tab shown while the form had the focus focuses its page's first field, never its scroll area.

        (Qt moves the focus from the page left to the first widget of the new page's scroll area in
        the window's focus chain: the scroll area itself when the new page's rows were made later.)
        """
        if 0 <= index < len(self._scrolls) and QApplication.focusWidget() is self._scrolls[index]:
            self.focus_first_field()

    def kind(self) -> str | None:
        """The kind of meeting chosen in the form (its wording of sides follows it)."""
        return self.meeting_page.kind()

    def current_tab(self) -> int:
        return self.tabs.currentIndex()
