"""The participants table: model, delegates and people-directory completion.

:class:`ParticipantsModel` holds the participant dicts of the record (unknown
keys included) and shows one column per output language for names, titles
and organisations.  :class:`ParticipantsDelegate` edits side, role and gender
with combos, the country with a :class:`CountryPicker`, and names with a
:class:`PersonNameEdit` that offers people from the archive's directory as
you type any known spelling ("Baïr", "Bayr", "Байр"); choosing one fills
every language's name, the gender, the current title, the country and the
organisation.

Threading: GUI thread only, except the directory look-up, which runs through
:func:`chancery.ui.tasks.run_in_background` and comes back on the GUI thread.
"""

from __future__ import annotations

import copy
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ... import record
from ..tasks import run_in_background
from .country_picker import CountryPicker, country_label
from .localized import has_text, language_name
from .marks import set_mark
from .widgets import combo_value, fill_combo, set_combo_value, vocab_items

PERSON_ROLE = Qt.ItemDataRole.UserRole + 10
COMPLETION_ROLE = Qt.ItemDataRole.UserRole + 11
LOCALIZED = ("name", "title", "organization")


class ParticipantsModel(QAbstractTableModel):
    """Participants of one record; columns follow the shown languages."""

    refsChanged = Signal()          # refs or names changed (statement speakers etc. follow)
    refRenamed = Signal(str, str)   # old ref, new ref
    edited = Signal()

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self._lang = lang
        self._langs: list[str] = []
        self._required: list[str] = []
        self.rows: list[dict] = []
        self._columns: list[tuple[str, str | None]] = []
        self._problems: dict[tuple[int, str | None], tuple[str, str]] = {}
        self._labels = {
            "ref": self.tr("Ref"), "side": self.tr("Side"), "role": self.tr("Role"),
            "name": self.tr("Name"), "gender": self.tr("Gender"), "title": self.tr("Title"),
            "country": self.tr("Country"), "organization": self.tr("Organization"),
        }
        self._vocab = {
            "side": dict((c, t) for t, c in vocab_items("side", lang)),
            "role": dict((c, t) for t, c in vocab_items("role", lang)),
            "gender": dict((c, t) for t, c in vocab_items("gender", lang)),
        }
        self.set_languages(["en"], ["en"])

    # -------------------------------------------------------------- columns

    def set_languages(self, shown: list[str], required: list[str]) -> None:
        self.beginResetModel()
        self._langs = list(shown)
        self._required = list(required)
        # Who it is first (the name in the first language), then the short coded columns, so a narrow
        # window still shows who sits on which side; the other spellings and the long texts after.
        cols: list[tuple[str, str | None]] = [("ref", None)]
        cols += [("name", lang) for lang in shown[:1]]
        cols += [("side", None), ("role", None), ("country", None), ("gender", None)]
        cols += [("name", lang) for lang in shown[1:]]
        cols += [("title", lang) for lang in shown]
        cols += [("organization", lang) for lang in shown]
        self._columns = cols
        self.endResetModel()

    def languages(self) -> list[str]:
        return list(self._langs)

    def set_side_labels(self, labels: dict[str, str]) -> None:
        """Name the sides as the kind of meeting does ("Calling side" for a call)."""
        sides = dict(self._vocab["side"])
        sides.update(labels)
        if sides != self._vocab["side"]:
            self._vocab["side"] = sides
            if self.rows:
                column = self.column("side")
                self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column),
                                      [Qt.ItemDataRole.DisplayRole])

    def choices(self, key: str) -> list[tuple[str, str]]:
        """(label, code) of a coded column, in the vocabulary's order."""
        return [(label, code) for code, label in self._vocab[key].items()]

    def column(self, key: str, lang: str | None = None) -> int:
        """The column of ``key`` (first language when ``lang`` is None for a localised key)."""
        for i, (column_key, column_lang) in enumerate(self._columns):
            if column_key == key and (lang is None or column_lang == lang):
                return i
        return -1

    def column_key(self, column: int) -> tuple[str, str | None]:
        return self._columns[column]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._columns):
                return None
            key, lang = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{self._labels[key]} ({lang})" if lang else self._labels[key]
            if role == Qt.ItemDataRole.ToolTipRole and lang:
                return f"{self._labels[key]} — {language_name(lang)}"
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    # ----------------------------------------------------------------- data

    def _missing(self, row: dict, key: str, lang: str) -> bool:
        value = row.get(key)
        if lang not in self._required or not isinstance(value, dict):
            return False
        return any(has_text(v) for v in value.values()) and not has_text(value.get(lang))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key, lang = self._columns[index.column()]
        value = row.get(key)
        if role == Qt.ItemDataRole.EditRole:
            if lang:
                if isinstance(value, str):
                    return value
                return value.get(lang, "") if isinstance(value, dict) else ""
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if lang:
                text = value if isinstance(value, str) else (value or {}).get(lang) if isinstance(value, dict) else None
                if not has_text(text) and self._missing(row, key, lang):
                    return self.tr("missing")
                return text or ""
            if key in self._vocab:
                return self._vocab[key].get(value, value) if value else ""
            if key == "country":
                return country_label(value, self._lang)
            return value or ""
        problem = self._problems.get((index.row(), key)) or self._problems.get((index.row(), None))
        if role == Qt.ItemDataRole.ToolTipRole:
            if problem:
                return problem[1]
            if lang and self._missing(row, key, lang):
                return self.tr("Missing translation: no {language} text yet").format(language=language_name(lang))
            if key == "country" and value:
                return value
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if problem:
                return QBrush(QColor("#fde0e0" if problem[0] == "error" else "#fff0d6"))
            if lang and self._missing(row, key, lang):
                return QBrush(QColor("#fffbea"))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if lang and self._missing(row, key, lang):
                return QBrush(QColor("#9a7b12"))
            return None
        if role == Qt.ItemDataRole.FontRole:
            if lang and self._missing(row, key, lang):
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if role == Qt.ItemDataRole.DecorationRole and problem and problem[0] in ("error", "incomplete"):
            from PySide6.QtWidgets import QApplication

            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.EditRole, PERSON_ROLE):
            return False
        r = index.row()
        if role == PERSON_ROLE:
            self.apply_person(r, value)
            return True
        row = self.rows[r]
        key, lang = self._columns[index.column()]
        if lang:
            current = row.get(key)
            if isinstance(current, str):
                current = {language: current for language in self._langs}
            current = dict(current) if isinstance(current, dict) else {}
            text = value if isinstance(value, str) else ""
            if has_text(text):
                current[lang] = text
            else:
                current.pop(lang, None)
            if key == "organization" and not current:
                new: Any = None
            else:
                new = current
        elif key == "ref":
            new = (value or "").strip() or None
        else:
            new = value if value not in ("", None) else None
        if row.get(key) == new:
            return False
        old = row.get(key)
        row[key] = new
        self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))
        if key == "ref" and isinstance(old, str) and isinstance(new, str):
            self.refRenamed.emit(old, new)
        if key in ("ref", "name"):
            self.refsChanged.emit()
        self.edited.emit()
        return True

    def apply_person(self, r: int, person: Any) -> None:
        """Fill row ``r`` from a directory entry: every name, gender, title, country, organisation."""
        row = self.rows[r]
        row["name"] = dict(person.name)
        if person.gender:
            row["gender"] = person.gender
        if person.title:
            row["title"] = copy.deepcopy(person.title)
        if person.country:
            row["country"] = person.country
        if person.organization:
            row["organization"] = copy.deepcopy(person.organization)
        self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))
        self.refsChanged.emit()
        self.edited.emit()

    # ----------------------------------------------------------------- rows

    def set_participants(self, participants: list) -> None:
        self.beginResetModel()
        self.rows = [
            record.normalize({"participants": [p]})["participants"][0] if isinstance(p, dict) else p
            for p in participants
        ]
        self._problems = {}
        self.endResetModel()

    def participants(self) -> list:
        return [copy.deepcopy(p) for p in self.rows]

    def next_ref(self) -> str:
        used = {p.get("ref") for p in self.rows if isinstance(p, dict)}
        n = 1
        while f"p{n}" in used:
            n += 1
        return f"p{n}"

    def add(self, side: str | None = None, role: str = "delegation") -> int:
        r = len(self.rows)
        if side is None:
            # A new table starts with the host principal, then the guest principal.
            sides = [p.get("side") for p in self.rows]
            side = "host" if "host" not in sides else "guest" if "guest" not in sides else sides[-1]
            if not any(p.get("side") == side and p.get("role") == "principal" for p in self.rows):
                role = "principal"
        self.beginInsertRows(QModelIndex(), r, r)
        self.rows.append(record.normalize({"participants": [
            {"ref": self.next_ref(), "side": side, "role": role, "name": {}, "title": {}}
        ]})["participants"][0])
        self.endInsertRows()
        self.refsChanged.emit()
        self.edited.emit()
        return r

    def remove(self, r: int) -> None:
        if not 0 <= r < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), r, r)
        del self.rows[r]
        self.endRemoveRows()
        self.refsChanged.emit()
        self.edited.emit()

    def move(self, r: int, delta: int) -> int:
        target = r + delta
        if not (0 <= r < len(self.rows) and 0 <= target < len(self.rows)):
            return r
        # beginMoveRows wants the destination *before which* the row lands.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), r, r, QModelIndex(), destination)
        self.rows.insert(target, self.rows.pop(r))
        self.endMoveRows()
        self.refsChanged.emit()
        self.edited.emit()
        return target

    # --------------------------------------------------------------- marks

    def set_problems(self, problems: dict[tuple[int, str | None], tuple[str, str]]) -> None:
        if problems == self._problems:
            return
        self._problems = problems
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole,
                                   Qt.ItemDataRole.DecorationRole])

    def missing_cells(self) -> list[tuple[int, str, str]]:
        """(row, key, lang) of every localised cell flagged as a missing translation."""
        out = []
        for r, row in enumerate(self.rows):
            for key in LOCALIZED:
                for lang in self._langs:
                    if self._missing(row, key, lang):
                        out.append((r, key, lang))
        return out


# --------------------------------------------------------------------------
# People completion


class PersonNameEdit(QLineEdit):
    """A name cell editor that offers people of the directory as you type.

    The look-up runs off the GUI thread; a result that arrives after more
    typing is dropped (``_generation``).  ``chosen`` is the person picked
    from the popup, if any.
    """

    personChosen = Signal()

    def __init__(self, archive, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._archive = archive
        self._lang = lang
        self._generation = 0
        self.chosen = None
        self._people: dict[int, Any] = {}
        self.people_model = QStandardItemModel(self)
        self.completer = QCompleter(self.people_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(COMPLETION_ROLE)
        self.completer.setWidget(self)
        self.completer.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self._look_up)
        self.textEdited.connect(lambda _t: self._timer.start())

    def _look_up(self) -> None:
        text = self.text().strip()
        self._generation += 1
        generation = self._generation
        if len(text) < 2 or self._archive is None:
            self.completer.popup().hide()
            return
        archive = self._archive
        run_in_background(
            lambda: archive.find_people(text, 12),
            lambda people: self._offer(generation, people),
        )

    def _offer(self, generation: int, people: list) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        self.people_model.clear()
        self._people = {}
        for person in people:
            name = person.name.get(self._lang) or next(iter(person.name.values()), "")
            details = [record.text_in(person.title, self._lang, ("en", "fr", "ru")) or "",
                       person.country or ""]
            item = QStandardItem(" — ".join([name, *[d for d in details if d]]))
            item.setData(name, COMPLETION_ROLE)
            item.setData(person.id, PERSON_ROLE)
            others = [v for v in person.variants if v != name]
            if others:
                item.setToolTip(", ".join(others))
            self.people_model.appendRow(item)
            self._people[person.id] = person
        if people and self.hasFocus():
            self.completer.setCompletionPrefix("")
            popup = self.completer.popup()
            # as wide as its entries ("Jeyhun Bayramov — Minister of Foreign Affairs — AZ"), not as the cell
            width = max(self.width(), popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width() + 12)
            rect = self.rect()
            rect.setWidth(width)
            self.completer.complete(rect)
        else:
            self.completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        person = self._people.get(index.data(PERSON_ROLE))
        if person is None:
            return
        self.chosen = person
        self.setText(person.name.get(self._lang) or index.data(COMPLETION_ROLE) or "")
        self.personChosen.emit()

    def offered(self) -> list:
        """The people the popup offers now (tests and accessibility)."""
        return [self._people[self.people_model.item(i).data(PERSON_ROLE)]
                for i in range(self.people_model.rowCount())]


class ParticipantsDelegate(QStyledItemDelegate):
    """Cell editors: combos for codes, a country picker, names with completion."""

    def __init__(self, archive, lang: str, parent=None):
        super().__init__(parent)
        self._archive = archive
        self._lang = lang

    def createEditor(self, parent, option, index):
        model = index.model()
        key, lang = model.column_key(index.column())
        if key in ("side", "role", "gender"):
            combo = QComboBox(parent)
            none = "—" if key == "gender" else None
            fill_combo(combo, model.choices(key), none_label=none)
            combo.activated.connect(lambda _i, c=combo: self._commit_and_close(c))
            return combo
        if key == "country":
            picker = CountryPicker(self._lang, parent)
            picker.activated.connect(lambda _i, p=picker: self._commit_and_close(p))
            # A country chosen in the completion list is the answer, and so is Enter on what was
            # typed ("Azer"): the completion popup passes Enter to the line edit, not to this
            # delegate's event filter, so listen there.
            picker.completer().activated.connect(lambda _text, p=picker: self._commit_and_close(p))
            picker.lineEdit().returnPressed.connect(lambda p=picker: self._commit_and_close(p))
            return picker
        if key == "name":
            edit = PersonNameEdit(self._archive, lang or self._lang, parent)
            edit.setFrame(False)
            edit.personChosen.connect(lambda e=edit: self._commit_and_close(e))
            return edit
        editor = super().createEditor(parent, option, index)
        return editor

    def _commit_and_close(self, editor: QWidget) -> None:
        if not shiboken6.isValid(editor):
            return
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        # A choice made in a completion list leaves the keyboard nowhere: give it back to the table.
        view = self.parent()
        QTimer.singleShot(0, lambda: view.setFocus(Qt.FocusReason.OtherFocusReason)
                          if shiboken6.isValid(view) and QApplication.focusWidget() is None else None)

    def setEditorData(self, editor, index):
        # Once: the view calls this again whenever the row's data changes (e.g. new problem
        # marks after validation), which would replace what the user is typing.
        if editor.property("chanceryFilled"):
            return
        editor.setProperty("chanceryFilled", True)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, CountryPicker):
            editor.set_value(value)
        elif isinstance(editor, QComboBox):
            set_combo_value(editor, value)
        elif isinstance(editor, PersonNameEdit):
            if editor.chosen is None:
                editor.setText(value or "")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, CountryPicker):
            editor.resolve()
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, combo_value(editor))
        elif isinstance(editor, PersonNameEdit):
            if editor.chosen is not None:
                model.setData(index, editor.chosen, PERSON_ROLE)
                editor.chosen = None
            else:
                model.setData(index, editor.text())
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor, option, index):
        rect = option.rect
        if isinstance(editor, QComboBox):
            rect = rect.adjusted(0, 0, 0, 0)
            rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)


# --------------------------------------------------------------------------
# The table with its buttons


class ParticipantsEditor(QWidget):
    """The participants table with Add, Remove, Move up and Move down."""

    changed = Signal()

    def __init__(self, archive, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ParticipantsModel(lang, self)
        self.view = QTableView(self)
        self.view.setObjectName("participants_table")
        self.view.setModel(self.model)
        self.delegate = ParticipantsDelegate(archive, lang, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.view.setAlternatingRowColors(True)
        self.view.setTabKeyNavigation(True)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setMinimumHeight(160)
        self.view.setWordWrap(False)
        self.view.setAccessibleName(self.tr("Participants"))

        style = self.style()
        self.add_button = QPushButton(self.tr("&Add participant"), self)
        self.remove_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon),
                                         self.tr("&Remove"), self)
        self.up_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp), self.tr("Move &up"), self)
        self.down_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                       self.tr("Move do&wn"), self)
        self.add_button.setToolTip(self.tr("Add a participant (Ctrl+Shift+N)"))
        self.up_button.setToolTip(self.tr("Move the selected participant up (Ctrl+Shift+Up)"))
        self.down_button.setToolTip(self.tr("Move the selected participant down (Ctrl+Shift+Down)"))
        self.add_button.clicked.connect(self.add_participant)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        for sequence, slot in (("Ctrl+Shift+N", self.add_participant),
                               ("Ctrl+Shift+Up", lambda: self.move_selected(-1)),
                               ("Ctrl+Shift+Down", lambda: self.move_selected(1))):
            shortcut = QShortcut(QKeySequence(sequence), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        hint = QLabel(self.tr(
            "Type a name in any spelling to pick a person from the directory; Enter or F2 edits a cell."), self)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)

        self.details = QLabel(self)
        self.details.setObjectName("participant_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setProperty("role", "hint")

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.details)
        self.setFocusProxy(self.view)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.model.edited.connect(self.changed)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.model.dataChanged.connect(lambda *_: self._show_details())
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsInserted.connect(lambda *_: self._update_buttons())
        self.model.rowsRemoved.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def set_languages(self, shown: list[str], required: list[str]) -> None:
        self.model.set_languages(shown, required)
        self.resize_columns()

    def fit_columns(self) -> None:
        """Widen columns to their contents (within reason) after a load."""
        metrics = self.view.fontMetrics()
        limit = metrics.horizontalAdvance("x") * 40
        for column in range(self.model.columnCount()):
            hint = self.view.sizeHintForColumn(column)
            header = self.view.horizontalHeader().sectionSizeHint(column)
            self.view.setColumnWidth(column, min(max(hint, header, self.view.columnWidth(column)) + 8, limit))

    def resize_columns(self) -> None:
        metrics = self.view.fontMetrics()
        widths = {"ref": 5, "side": 12, "role": 18, "name": 18, "gender": 7, "title": 26, "country": 14,
                  "organization": 16}
        for column in range(self.model.columnCount()):
            key, _lang = self.model.column_key(column)
            self.view.setColumnWidth(column, metrics.horizontalAdvance("x") * widths[key] + 16)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def add_participant(self) -> int:
        r = self.model.add()
        index = self.model.index(r, self.model.column("name"))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()
        return r

    def remove_selected(self) -> None:
        r = self.current_row()
        if r >= 0:
            column = self.view.currentIndex().column()
            self.model.remove(r)
            if self.model.rowCount():
                self.view.setCurrentIndex(self.model.index(min(r, self.model.rowCount() - 1), column))

    def move_selected(self, delta: int) -> None:
        r = self.current_row()
        if r < 0:
            return
        column = self.view.currentIndex().column()
        target = self.model.move(r, delta)
        self.view.setCurrentIndex(self.model.index(target, column))

    def _show_details(self) -> None:
        """The selected participant in full, since long titles do not fit their cells."""
        r = self.current_row()
        if not 0 <= r < self.model.rowCount():
            self.details.setText(self.tr("Select a participant to see all of it here."))
            return
        lines = []
        labelled = self.tr("%1: %2")  # French puts a space before the colon
        for key in ("name", "title", "organization"):
            value = self.model.rows[r].get(key)
            if isinstance(value, dict) and value:
                texts = " / ".join(f"{text} ({lang})" for lang, text in value.items() if has_text(text))
                lines.append(labelled.replace("%1", self.model._labels[key]).replace("%2", texts))
            elif isinstance(value, str) and value:
                lines.append(labelled.replace("%1", self.model._labels[key]).replace("%2", value))
        coded = [self.model.index(r, self.model.column(k)).data() for k in ("ref", "side", "role", "country", "gender")]
        lines.insert(0, " · ".join(c for c in coded if c))
        self.details.setText("\n".join(lines))

    def _update_buttons(self) -> None:
        self._show_details()
        r = self.current_row()
        n = self.model.rowCount()
        self.remove_button.setEnabled(r >= 0)
        self.up_button.setEnabled(r > 0)
        self.down_button.setEnabled(0 <= r < n - 1)

    # ------------------------------------------------------------ problems

    def set_problem(self, severity: str | None, message: str) -> None:
        set_mark(self.view, severity, message)

    def focus_cell(self, row: int | None, key: str = "", lang: str | None = None) -> None:
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if row is None or not 0 <= row < self.model.rowCount():
            return
        column = self.model.column(key, lang) if key else -1
        if column < 0:
            column = self.model.column("name")
        index = self.model.index(row, max(column, 0))
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def editing(self) -> QWidget | None:
        """The open cell editor, if any."""
        widget = self.view.focusWidget() if self.view.state() == QAbstractItemView.State.EditingState else None
        return widget if widget is not self.view else None

