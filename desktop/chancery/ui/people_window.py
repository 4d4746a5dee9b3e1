"""The People window (Edit ▸ People): the directory of people met, their spellings, titles and meetings.

The left side lists the directory (filter by any spelling, in any script);
the right side edits the selected person: the spellings of the name in any
language tag (az, ru, tr…, not only the output languages), gender, country
and current title — what the form fills in when the person is chosen for a
new meeting — and shows the titles they held over time and the meetings
they took part in (double-click one to open it).  Two entries that are the
same person are merged with Merge With…: the spellings join and the
meetings of both follow the one kept.

Meeting records are never rewritten here (a meeting keeps the name and title
it was recorded with); search finds a person's meetings by every spelling
of the directory, so a spelling added here is searchable at once.

Threading: GUI thread; the directory listing runs on the pool.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import record, refdata
from ..errors import RecordError, UserError
from ..store import people
from ..text import fold
from .datefmt import display_date
from .editor.country_picker import CountryPicker
from .editor.localized import LocalizedEdit
from .editor.reflow import Reflow
from .editor.widgets import VocabCombo
from .i18n import language_name
from .messages import problem_message
from .tasks import run_in_background

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def display_name(name: dict[str, str], lang: str) -> str:
    """The spelling in the interface language, else a usual one, else any."""
    return record.text_in(name, lang, ("en", "fr", "ru", "*")) or next((v for v in name.values() if v), "?")


class PeopleWindow(QDialog):
    """The directory of people; ``openMeeting(id)`` asks the main window to open a meeting."""

    openMeeting = Signal(str)
    changed = Signal()

    def __init__(self, archive: Any, *, language: str, output_languages: list[str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("peopleWindow")
        self.setWindowTitle(self.tr("People"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.archive = archive
        self.language = language
        self._output = list(output_languages or ["fr", "en"])
        self._person: people.PersonDetails | None = None
        self._modified = False
        self._loading = False
        self._generation = 0

        # -- the directory
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("peopleFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter: any spelling, in any script"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Country"), self.tr("Current title"),
                                              self.tr("Meetings")])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole + 2)
        self.table = QTableView(self)
        self.table.setObjectName("peopleList")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "hint")
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter_edit)
        column.addWidget(self.table, 1)
        column.addWidget(self.count_label)

        # -- one person
        self.heading = QLabel(self)
        self.heading.setObjectName("personHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.heading.setFont(font)

        self.spellings = QTableWidget(0, 2, self)
        self.spellings.setObjectName("spellings")
        self.spellings.setHorizontalHeaderLabels([self.tr("Language"), self.tr("Spelling")])
        self.spellings.verticalHeader().hide()
        self.spellings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.spellings.setColumnWidth(0, self.fontMetrics().horizontalAdvance("M") * 9)
        self.spellings.setMinimumHeight(self.fontMetrics().height() * 7)
        self.spellings.setTabKeyNavigation(False)
        self.spellings.itemChanged.connect(self._spelling_edited)
        self.spellings.setItemDelegateForColumn(0, LanguageTagDelegate(self.spellings))
        self.add_spelling_button = QPushButton(self.tr("&Add Spelling"), self)
        self.add_spelling_button.setToolTip(self.tr(
            "A spelling in any language or script: type its language tag (az, ru, tr…) and the name"))
        self.remove_spelling_button = QPushButton(self.tr("&Remove Spelling"), self)
        self.add_spelling_button.clicked.connect(self.add_spelling)
        self.remove_spelling_button.clicked.connect(self.remove_spelling)
        spelling_buttons = QHBoxLayout()
        spelling_buttons.addWidget(self.add_spelling_button)
        spelling_buttons.addWidget(self.remove_spelling_button)
        spelling_buttons.addStretch(1)
        spellings_box = QGroupBox(self.tr("Spellings of the name"), self)
        box = QVBoxLayout(spellings_box)
        box.addWidget(self.spellings)
        box.addLayout(spelling_buttons)

        self.gender_combo = VocabCombo("gender", language, none_label=self.tr("— not stated"), parent=self)
        self.country_picker = CountryPicker(language, self)
        self.title_edit = LocalizedEdit(per_row=1, parent=self)
        self.title_edit.setObjectName("currentTitle")
        self.title_edit.setToolTip(self.tr("The title filled in when the person is chosen for a new meeting"))
        self.title_edit.set_languages(self._output, [])
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in ((self.tr("&Gender:"), self.gender_combo), (self.tr("Co&untry:"), self.country_picker),
                            (self.tr("Current &title:"), self.title_edit)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        self.gender_combo.currentIndexChanged.connect(self._edited)
        self.country_picker.changed.connect(self._edited)
        self.title_edit.changed.connect(self._edited)

        self.titles = QTableWidget(0, 4, self)
        self.titles.setObjectName("titlesHeld")
        self.titles.setHorizontalHeaderLabels([self.tr("Title"), self.tr("From"), self.tr("To"),
                                               self.tr("Meetings")])
        self.titles.verticalHeader().hide()
        self.titles.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.titles.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.titles.setMinimumHeight(self.fontMetrics().height() * 6)
        titles_box = QGroupBox(self.tr("Titles held, as the meetings recorded them"), self)
        QVBoxLayout(titles_box).addWidget(self.titles)

        self.meetings = QListWidget(self)
        self.meetings.setObjectName("personMeetings")
        self.meetings.setMinimumHeight(self.fontMetrics().height() * 6)
        self.meetings.setWordWrap(True)  # a long line (date · kind · principals) wraps, never runs off
        self.meetings.setUniformItemSizes(False)
        self.meetings.itemActivated.connect(lambda item: self.openMeeting.emit(item.data(ID_ROLE)))
        meetings_box = QGroupBox(self.tr("Meetings"), self)
        meetings_layout = QVBoxLayout(meetings_box)
        hint = QLabel(self.tr("Double-click a meeting, or press Enter on it, to open it."), self)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        meetings_layout.addWidget(self.meetings)
        meetings_layout.addWidget(hint)

        self.merge_button = QPushButton(self.tr("&Merge With…"), self)
        self.merge_button.setToolTip(self.tr(
            "This entry and another are the same person: keep one, with the spellings and meetings of both"))
        self.merge_button.clicked.connect(self.merge_with)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.revert_button = self.buttons.addButton(self.tr("Re&vert"), QDialogButtonBox.ButtonRole.ResetRole)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self.show_person(self._person.id if self._person else None))
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        details = QWidget(self)
        right = QVBoxLayout(details)
        right.addWidget(self.heading)
        right.addWidget(spellings_box)
        right.addLayout(form)
        lower = Reflow(details)
        lower.add(titles_box, 1)
        lower.add(meetings_box, 1)
        right.addWidget(lower)
        right.addWidget(self.error_label)
        right.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setProperty("formPage", True)
        scroll.setWidget(details)
        self.details = details

        action_row = QHBoxLayout()
        action_row.addWidget(self.merge_button)
        action_row.addStretch(1)
        action_row.addWidget(self.buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(action_row)

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(150)
        self._filter_timer.timeout.connect(self.reload)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _index: self.gender_combo.setFocus())
        self._set_enabled(False)
        self.resize(1100, 680)
        self.reload()

    # ----------------------------------------------------------- directory

    def reload(self, select: int | None = None) -> None:
        """Read the directory again (off the GUI thread), keeping ``select`` or the current person selected."""
        self._generation += 1
        generation, archive, text = self._generation, self.archive, self.filter_edit.text()
        keep = select if select is not None else (self._person.id if self._person else None)

        def done(found: list) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._fill(found, keep)

        run_in_background(lambda: people.list_people(archive, text), done,
                          lambda error: self._show_error(str(error)))

    def _fill(self, found: list, keep: int | None) -> None:
        self.table.setSortingEnabled(False)
        self.model.removeRows(0, self.model.rowCount())
        for person in found:
            name = display_name(person.name, self.language)
            country = self._country(person.country)
            title = record.text_in(person.title, self.language, ("en", "fr", "ru")) or ""
            row = []
            for text, key in ((name, fold(name)), (country, fold(country)), (title, fold(title)),
                              (str(person.meetings), person.meetings)):
                item = QStandardItem(text)
                item.setData(person.id, ID_ROLE)
                item.setData(key, Qt.ItemDataRole.UserRole + 2)
                item.setToolTip(" / ".join(dict.fromkeys(v for v in person.name.values() if v)) if key == fold(name)
                                else text)
                row.append(item)
            row[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.model.appendRow(row)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.table.horizontalHeader().sortIndicatorSection(),
                                self.table.horizontalHeader().sortIndicatorOrder())
        self.count_label.setText(self.tr("%n person(s)", "", len(found)))
        for column, share in ((1, 14), (2, 22), (3, 9)):
            self.table.setColumnWidth(column, max(self.fontMetrics().horizontalAdvance("x") * share,
                                                  self.table.horizontalHeader().sectionSizeHint(column)))
        if (keep is None or not self.select_person(keep)) and self.proxy.rowCount():
            self.table.selectRow(0)
        elif not self.proxy.rowCount():
            self.show_person(None)

    def _country(self, code: str | None) -> str:
        if not code:
            return ""
        try:
            return refdata.country_name(code, self.language)
        except KeyError:
            return code

    def select_person(self, person_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ID_ROLE) == person_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def person_ids(self) -> list[int]:
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]

    def _row_changed(self, current, previous) -> None:
        person_id = current.data(ID_ROLE) if current.isValid() else None
        if self._person is not None and person_id == self._person.id:
            return
        if not self.confirm_leave():
            QTimer.singleShot(0, lambda: self.select_person(self._person.id))
            return
        self.show_person(person_id)

    # -------------------------------------------------------------- person

    def show_person(self, person_id: int | None) -> None:
        self.error_label.hide()
        if person_id is None:
            self._person = None
            self._set_enabled(False)
            self.heading.setText(self.tr("Choose a person in the list."))
            return
        try:
            person = people.person_details(self.archive, person_id)
        except UserError as error:
            self._show_error(str(error))
            return
        self._person = person
        self._loading = True
        try:
            self.heading.setText(display_name({s.lang: s.name for s in person.spellings}, self.language))
            self.spellings.setRowCount(0)
            for spelling in person.spellings:
                self._add_spelling_row(spelling.lang, spelling.name)
            self.gender_combo.set_value(person.gender)
            self.country_picker.set_value(person.country)
            languages = list(dict.fromkeys(self._output + [k for k in (person.title or {}) if k != "*"]))
            self.title_edit.set_languages(languages, [])
            self.title_edit.set_value(person.title)
            self.titles.setRowCount(0)
            for span in person.titles:
                row = self.titles.rowCount()
                self.titles.insertRow(row)
                title = record.text_in(span.title, self.language, ("en", "fr", "ru")) or ""
                for column, text in enumerate((title, display_date(span.first, self.language),
                                               display_date(span.last, self.language), str(span.meetings))):
                    item = QTableWidgetItem(text)
                    item.setToolTip(" / ".join(v for v in span.title.values() if isinstance(v, str))
                                    if column == 0 and isinstance(span.title, dict) else text)
                    self.titles.setItem(row, column, item)
            self.titles.resizeColumnsToContents()
            self.titles.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            self.meetings.clear()
            for meeting in person.meetings:
                kind = refdata.label("meeting_kind", meeting.kind, self.language) if meeting.kind else ""
                text = " · ".join(x for x in (display_date(meeting.date, self.language), kind, meeting.principals)
                                  if x)
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, meeting.id)
                self.meetings.addItem(item)
            if not person.meetings:
                item = QListWidgetItem(self.tr("No meeting in the archive yet."))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.meetings.addItem(item)
        finally:
            self._loading = False
        self._set_modified(False)
        self._set_enabled(True)

    def _add_spelling_row(self, lang: str, name: str) -> int:
        row = self.spellings.rowCount()
        was = self._loading
        self._loading = True
        try:
            self.spellings.insertRow(row)
            tag = QTableWidgetItem(lang)
            tag.setToolTip(self.tr("All languages") if lang == "*" else language_name(lang))
            self.spellings.setItem(row, 0, tag)
            self.spellings.setItem(row, 1, QTableWidgetItem(name))
        finally:
            self._loading = was
        return row

    def add_spelling(self) -> None:
        row = self._add_spelling_row("", "")
        self.spellings.setCurrentCell(row, 0)
        self.spellings.setFocus(Qt.FocusReason.OtherFocusReason)
        self.spellings.editItem(self.spellings.item(row, 0))
        self._edited()

    def remove_spelling(self) -> None:
        row = self.spellings.currentRow()
        if row >= 0:
            self.spellings.removeRow(row)
            self._edited()

    def _spelling_edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() == 0:
            lang = item.text().strip()
            item.setToolTip(self.tr("All languages") if lang == "*" else language_name(lang) if lang else "")
        self._edited()

    def spellings_typed(self) -> list[people.Spelling]:
        found = []
        for row in range(self.spellings.rowCount()):
            lang = (self.spellings.item(row, 0).text() if self.spellings.item(row, 0) else "").strip()
            name = (self.spellings.item(row, 1).text() if self.spellings.item(row, 1) else "").strip()
            if lang or name:
                found.append(people.Spelling(lang, name))
        return found

    def _edited(self, *_args: Any) -> None:
        if not self._loading and self._person is not None:
            self._set_modified(True)

    def _set_modified(self, modified: bool) -> None:
        self._modified = modified
        self.save_button.setEnabled(modified)
        self.revert_button.setEnabled(modified)
        self.setWindowModified(modified)

    def is_modified(self) -> bool:
        return self._modified

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.spellings, self.add_spelling_button, self.remove_spelling_button, self.gender_combo,
                       self.country_picker, self.title_edit, self.merge_button):
            widget.setEnabled(enabled)
        if not enabled:
            self._set_modified(False)

    def save(self) -> bool:
        if self._person is None or not self._modified:
            return True
        self.country_picker.resolve()
        try:
            self._person = people.update_person(
                self.archive, self._person.id, spellings=self.spellings_typed(), gender=self.gender_combo.value(),
                country=self.country_picker.value(), title=self.title_edit.value(),
                organization=self._person.organization)
        except RecordError as error:
            self._show_error("\n".join(problem_message(p) for p in error.problems))
            return False
        except UserError as error:
            self._show_error(str(error))
            return False
        self._set_modified(False)
        self.error_label.hide()
        self.changed.emit()
        self.reload(select=self._person.id)
        return True

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def confirm_leave(self) -> bool:
        """Save / Discard / Cancel before another person is shown or the window closes."""
        if not self._modified:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to “%1”?").replace("%1", self.heading.text()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._set_modified(False)
            return True
        return False

    def closeEvent(self, event) -> None:
        if not self.confirm_leave():
            event.ignore()
            return
        super().closeEvent(event)

    # --------------------------------------------------------------- merge

    def merge_with(self, other_id: int | None = None) -> bool:
        """Merge another entry into this one (asked for when ``other_id`` is None); True when merged."""
        if self._person is None or not self.confirm_leave():
            return False
        keep = self._person
        if other_id is None:
            other_id = MergeDialog.choose(self, self.archive, keep, self.language)
            if other_id is None:
                return False
        other = people.person_details(self.archive, other_id)
        keep_name = self.heading.text()
        other_name = display_name({s.lang: s.name for s in other.spellings}, self.language)
        answer = QMessageBox.question(
            self, self.tr("Merge people"),
            self.tr("Merge “%2” into “%1”? The spellings of both are kept, and the %n meeting(s) of “%2” will be "
                    "listed under “%1”. This cannot be undone.", "", len(other.meetings))
            .replace("%1", keep_name).replace("%2", other_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            people.merge_people(self.archive, keep.id, other_id)
        except UserError as error:
            self._show_error(str(error))
            return False
        self._person = None
        self.show_person(keep.id)
        self.changed.emit()
        self.reload(select=keep.id)
        return True


class LanguageTagDelegate(QStyledItemDelegate):
    """The language column of the spellings: a tag such as az or ru (``*`` for every language)."""

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"\*|[a-z]{2,3}(-[A-Za-z0-9]{2,8})?"),
                                                        editor))
        editor.setPlaceholderText("az, ru, tr…")
        return editor


class MergeDialog(QDialog):
    """Choose the entry to merge into the person shown: type any spelling, pick from the list."""

    def __init__(self, parent: QWidget, archive: Any, keep: people.PersonDetails, language: str):
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge With"))
        self.chosen: int | None = None
        found = [p for p in people.list_people(archive) if p.id != keep.id]
        self.combo = QComboBox(self)
        self.combo.setProperty("dataText", True)  # names, not interface text (tests/ui/widget_walk.py)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for person in found:
            label = display_name(person.name, language)
            others = [v for v in person.name.values() if v and v != label]
            if others:
                label += f" ({', '.join(dict.fromkeys(others))})"
            self.combo.addItem(label, person.id)
        self.combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCurrentIndex(-1)
        self.combo.setMinimumContentsLength(30)
        label = QLabel(self.tr("The &same person as “%1”:").replace(
            "%1", display_name({s.lang: s.name for s in keep.spellings}, language)), self)
        label.setBuddy(self.combo)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)

    def accept(self) -> None:
        text = self.combo.currentText().strip()
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.combo.currentIndex() if self.combo.currentIndex() >= 0 and text else -1
        if index < 0:
            return
        self.chosen = self.combo.itemData(index)
        super().accept()

    @classmethod
    def choose(cls, parent: QWidget, archive: Any, keep: people.PersonDetails, language: str) -> int | None:
        dialog = cls(parent, archive, keep, language)
        return dialog.chosen if dialog.exec() else None
