"""The Settings dialog: the archive's domain settings, plus two per-user preferences.

Domain settings (home country, ministry name, agency, default dateline, output
languages) are stored with the archive through ``Archive.update_settings``;
a rejected value is shown under its field.  The interface language and the
archive's folder are per-user choices kept in QSettings and take effect at
the next start (the folder because the open archive cannot move under the
running window).

Threading: GUI thread only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import paths, refdata
from ..errors import RecordError
from ..text import fold
from . import i18n
from .i18n import DATA_DIR_KEY, stored_data_dir  # noqa: F401  (kept here for callers)

if TYPE_CHECKING:
    from ..store import Archive

def _language(code: str) -> str:
    """"French" / "français" / "французский": the language's name in the interface language, capitalised."""
    name = i18n.language_name(code)
    return name[:1].upper() + name[1:]


class LocalizedLineEdits(QWidget):
    """One line edit per language, one under the other (a ministry's name is long), for a language map."""

    def __init__(self, languages, parent=None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(3)
        self.edits: dict[str, QLineEdit] = {}
        for lang in languages:
            edit = QLineEdit()
            edit.setPlaceholderText(_language(lang))
            edit.setToolTip(_language(lang))
            edit.setObjectName(f"edit_{lang}")
            tag = QLabel(lang.upper())
            tag.setObjectName("languageTag")
            tag.setBuddy(edit)
            row = len(self.edits)
            layout.addWidget(tag, row, 0)
            layout.addWidget(edit, row, 1)
            self.edits[lang] = edit

    def set_value(self, value) -> None:
        for lang, edit in self.edits.items():
            if isinstance(value, dict):
                edit.setText(str(value.get(lang) or ""))
            else:
                edit.setText(str(value or ""))

    def value(self, keep: dict | None = None) -> dict:
        """The map typed, keeping entries in languages this dialog does not show."""
        out = {k: v for k, v in (keep or {}).items() if k not in self.edits} if isinstance(keep, dict) else {}
        for lang, edit in self.edits.items():
            if edit.text().strip():
                out[lang] = edit.text().strip()
        return out


class CountryCombo(QComboBox):
    """A searchable country picker: type any part of a name (accents optional) or the code."""

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        model = QStandardItemModel(self)
        none = QStandardItem(self.tr("(not set)"))
        none.setData(None, Qt.ItemDataRole.UserRole)
        model.appendRow(none)
        names = refdata.country_names(language)
        for code, name in sorted(names.items(), key=lambda item: fold(item[1])):
            item = QStandardItem(f"{name} ({code})")
            item.setData(code, Qt.ItemDataRole.UserRole)
            model.appendRow(item)
        self.setModel(model)
        completer = QCompleter(model, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def code(self) -> str | None:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.itemData(index, Qt.ItemDataRole.UserRole)
        if not text:
            return None
        return refdata.find_country(text) or text  # unknown text: let the archive name the problem

    def set_code(self, code: str | None) -> None:
        for i in range(self.count()):
            if self.itemData(i, Qt.ItemDataRole.UserRole) == code:
                self.setCurrentIndex(i)
                return
        self.setCurrentIndex(0)


class SettingsDialog(QDialog):
    """Edit the archive's settings; ``saved`` holds the stored settings after a successful OK."""

    def __init__(self, archive: Archive, *, language: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.archive = archive
        self.saved: dict | None = None
        self.restart_needed = False
        self._current = archive.settings()
        languages = list(refdata.supported_languages())

        # -- the ministry: what documents say about who issues them
        self.home_country = CountryCombo(language)
        self.home_country.setObjectName("homeCountry")
        self.ministry = LocalizedLineEdits(languages)
        self.ministry.setObjectName("ministry")
        self.agency = QLineEdit()
        self.agency.setObjectName("agency")
        self.agency.setPlaceholderText(self.tr("e.g. AZERTAC (leave empty when the ministry publishes)"))
        self.dateline = LocalizedLineEdits(languages)
        self.dateline.setObjectName("dateline")
        self.errors: dict[str, QLabel] = {}
        ministry_box = QGroupBox(self.tr("Your ministry"))
        form = QFormLayout(ministry_box)
        form.addRow(self.tr("Home &country:"), self._with_error(self.home_country, "home_country"))
        form.addRow(self.tr("&Ministry name:"), self._with_error(self.ministry, "ministry"))
        form.addRow(self.tr("News &agency:"), self._with_error(self.agency, "agency"))
        form.addRow(self.tr("Default &dateline city:"), self._with_error(self.dateline, "dateline"))

        # -- documents
        self.output_languages: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for lang in languages:
            box = QCheckBox(_language(lang))
            box.setObjectName(f"output_{lang}")
            self.output_languages[lang] = box
            row.addWidget(box)
        row.addStretch(1)
        languages_widget = QWidget()
        languages_widget.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        documents_box = QGroupBox(self.tr("Documents"))
        form = QFormLayout(documents_box)
        form.addRow(self.tr("Output languages:"), self._with_error(languages_widget, "output_languages"))
        hint = QLabel(self.tr("The form asks for every localised text in these languages."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        form.addRow("", hint)
        # The house style of the communiqués: how people are named again, British or American English.
        self.fr_short_form = QComboBox()
        self.fr_short_form.setObjectName("frShortForm")
        self.fr_short_form.addItem(self.tr("M. Baïramov, Mme Colonna"), "honorific")
        self.fr_short_form.addItem(self.tr("Baïramov, Colonna (surname only)"), "surname")
        self.en_variant = QComboBox()
        self.en_variant.setObjectName("enVariant")
        self.en_variant.addItem(self.tr("British (2 July, organisation)"), "en-GB")
        self.en_variant.addItem(self.tr("American (July 2, organization)"), "en-US")
        self.en_short_form = QComboBox()
        self.en_short_form.setObjectName("enShortForm")
        self.en_short_form.addItem(self.tr("Minister Bayramov (title and surname)"), "title")
        self.en_short_form.addItem(self.tr("Bayramov (surname only)"), "surname")
        form.addRow(self.tr("French, after the first men&tion:"), self.fr_short_form)
        form.addRow(self.tr("&English:"), self.en_variant)
        form.addRow(self.tr("English, after the first me&ntion:"), self.en_short_form)
        self.addressee = LocalizedLineEdits(languages)
        self.addressee.setObjectName("briefingAddressee")
        self.addressee.setToolTip(self.tr("The line above a briefing note's subject, e.g. \"Note pour le Ministre\". "
                                          "Leave empty to address each note to the office of our principal."))
        form.addRow(self.tr("Briefing note &heading:"), self._with_error(self.addressee, "briefing_addressee"))

        # -- this computer
        self.ui_language = QComboBox()
        self.ui_language.setObjectName("uiLanguage")
        for code, name in i18n.UI_LANGUAGES.items():
            self.ui_language.addItem(name, code)
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(i18n.current_language())))
        self.archive_folder = QLineEdit(str(Path(archive.path).parent if archive.path else paths.data_dir()))
        self.archive_folder.setObjectName("archiveFolder")
        self.archive_folder.setReadOnly(True)
        self._initial_folder = self.archive_folder.text()
        change = QPushButton(self.tr("Change…"))
        change.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.archive_folder, 1)
        folder_row.addWidget(change)
        folder_widget = QWidget()
        folder_widget.setLayout(folder_row)
        app_box = QGroupBox(self.tr("This computer"))
        form = QFormLayout(app_box)
        form.addRow(self.tr("&Interface language:"), self.ui_language)
        form.addRow(self.tr("Archive &folder:"), folder_widget)
        from .archive_settings import ArchiveChoice  # this computer or a server

        self.archive_choice = ArchiveChoice(self)
        form.addRow(self.tr("Archi&ve:"), self.archive_choice)
        restart = QLabel(self.tr("Changes in this section take effect the next time Chancery starts."))
        restart.setObjectName("hint")
        restart.setWordWrap(True)
        form.addRow("", restart)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(ministry_box)
        layout.addWidget(documents_box)
        layout.addWidget(app_box)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(680, self.sizeHint().height())
        self._load(self._current)

    def _with_error(self, field: QWidget, key: str) -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setVisible(False)
        column.addWidget(error)
        self.errors[key] = error
        return holder

    def _load(self, settings: dict) -> None:
        self.home_country.set_code(settings.get("home_country"))
        self.ministry.set_value(settings.get("ministry"))
        agency = settings.get("agency")
        if isinstance(agency, dict):
            agency = next((v for v in agency.values() if v), "")
        self.agency.setText(agency or "")
        self.dateline.set_value(settings.get("dateline"))
        self.addressee.set_value(settings.get("briefing_addressee"))
        chosen = settings.get("output_languages") or []
        for lang, box in self.output_languages.items():
            box.setChecked(lang in chosen)
        style = settings.get("house_style") if isinstance(settings.get("house_style"), dict) else {}
        for key, combo in self._style_combos().items():
            combo.setCurrentIndex(max(0, combo.findData(style.get(key))))

    def _style_combos(self) -> dict[str, QComboBox]:
        return {"fr_short_form": self.fr_short_form, "en_variant": self.en_variant, "en_short_form": self.en_short_form}

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the archive folder"),
                                                  self.archive_folder.text())
        if folder:
            self.archive_folder.setText(folder)

    def values(self) -> dict:
        """The domain settings as typed."""
        agency = self.agency.text().strip()
        return {
            "home_country": self.home_country.code(),
            "ministry": self.ministry.value(self._current.get("ministry")),
            "agency": agency or None,
            "dateline": self.dateline.value(self._current.get("dateline")),
            "output_languages": [lang for lang, box in self.output_languages.items() if box.isChecked()],
            "house_style": {key: combo.currentData() for key, combo in self._style_combos().items()},
            "briefing_addressee": self.addressee.value(self._current.get("briefing_addressee")),
        }

    def show_errors(self, problems) -> None:
        for label in self.errors.values():
            label.clear()
            label.setVisible(False)
        for problem in problems:
            key = problem.path.split(".", 1)[-1].split(".")[0].split("[")[0]
            label = self.errors.get(key)
            if label is None:  # a field this dialog has no place for: show it under the first one
                label = self.errors["home_country"]
            label.setText((label.text() + "\n" if label.text() else "") + self._message(key, problem.message))
            label.setVisible(True)

    def _message(self, key: str, message: str) -> str:
        if key == "output_languages":
            return self.tr("Choose at least one output language.")
        if key == "home_country":
            return self.tr("Choose a country from the list.")
        return message

    def accept(self) -> None:
        values = self.values()
        try:
            self.saved = self.archive.update_settings(**values)
        except RecordError as error:
            self.show_errors(error.problems)
            return
        settings = i18n.ui_settings()
        language = self.ui_language.currentData()
        if language != i18n.current_language():
            i18n.set_stored_language(language)
            self.restart_needed = True
        if self.archive_folder.text() != self._initial_folder:
            settings.setValue(DATA_DIR_KEY, self.archive_folder.text())
            self.restart_needed = True
        if self.archive_choice.changed:
            self.archive_choice.store()
            self.restart_needed = True
        super().accept()
