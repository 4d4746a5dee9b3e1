"""The Settings dialog: domain settings saved with the archive, errors shown by field."""

from __future__ import annotations

from PySide6.QtCore import Qt

from chancery.ui import i18n
from chancery.ui.settings_dialog import DATA_DIR_KEY, SettingsDialog


def _dialog(qtbot, archive):
    dialog = SettingsDialog(archive, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_settings_typed_in_the_dialog_are_stored_with_the_archive(qtbot, archive):
    dialog = _dialog(qtbot, archive)
    combo = dialog.home_country
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Kyrgyzstan (KG)")
    qtbot.keyClicks(dialog.ministry.edits["en"], "Ministry of Foreign Affairs")
    qtbot.keyClicks(dialog.ministry.edits["fr"], "ministere des Affaires etrangeres")
    qtbot.keyClicks(dialog.agency, "Kabar")
    qtbot.keyClicks(dialog.dateline.edits["en"], "Bishkek")
    qtbot.keyClicks(dialog.dateline.edits["fr"], "Bichkek")
    qtbot.mouseClick(dialog.output_languages["ru"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = archive.settings()
    assert stored["home_country"] == "KG"
    assert stored["ministry"] == {"en": "Ministry of Foreign Affairs", "fr": "ministere des Affaires etrangeres"}
    assert stored["agency"] == "Kabar"
    assert stored["dateline"] == {"en": "Bishkek", "fr": "Bichkek"}
    assert stored["output_languages"] == ["fr", "en", "ru"]
    assert dialog.saved == stored
    assert not dialog.restart_needed


def test_the_dialog_shows_the_stored_settings(qtbot, archive):
    archive.update_settings(home_country="AZ", agency="AZERTAC", dateline={"fr": "Bakou"}, output_languages=["en"])
    dialog = _dialog(qtbot, archive)
    assert dialog.home_country.code() == "AZ"
    assert dialog.agency.text() == "AZERTAC"
    assert dialog.dateline.edits["fr"].text() == "Bakou"
    assert [lang for lang, box in dialog.output_languages.items() if box.isChecked()] == ["en"]
    assert dialog.archive_folder.text() == str(archive.path.parent)


def test_an_invalid_setting_is_shown_under_its_field_and_nothing_is_saved(qtbot, archive):
    before = archive.settings()
    dialog = _dialog(qtbot, archive)
    for box in dialog.output_languages.values():
        box.setChecked(False)
    qtbot.keyClicks(dialog.agency, "Kabar")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    error = dialog.errors["output_languages"]
    assert error.isVisible() and "output language" in error.text()
    assert not dialog.errors["home_country"].isVisible()
    assert archive.settings() == before
    dialog.output_languages["fr"].setChecked(True)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert archive.settings()["agency"] == "Kabar"


def test_interface_language_and_archive_folder_are_per_user_and_apply_at_restart(qtbot, archive, tmp_path):
    dialog = _dialog(qtbot, archive)
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("fr"))
    dialog.archive_folder.setText(str(tmp_path / "elsewhere"))
    dialog.accept()
    assert dialog.restart_needed
    assert i18n.stored_language() == "fr"
    assert i18n.ui_settings().value(DATA_DIR_KEY) == str(tmp_path / "elsewhere")
    assert "ui_language" not in archive.settings()


def test_settings_from_the_main_window_reach_the_form(qtbot, window):
    from tests.ui.conftest import when_modal

    window.new_meeting()

    def fill(dialog):
        dialog.output_languages["ru"].setChecked(True)
        dialog.accept()

    when_modal(qtbot, fill, name="settingsDialog")
    window.open_settings()
    assert window.settings_values["output_languages"] == ["fr", "en", "ru"]
    assert window.editor.output_languages() == ["fr", "en", "ru"]


def test_the_house_style_of_documents_is_a_setting(qtbot, archive, seed):
    from chancery.render import render_text

    dialog = _dialog(qtbot, archive)
    assert dialog.en_variant.currentData() == "en-GB"  # the default
    dialog.en_variant.setCurrentIndex(dialog.en_variant.findData("en-US"))
    dialog.fr_short_form.setCurrentIndex(dialog.fr_short_form.findData("surname"))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    stored = archive.settings()
    assert stored["house_style"] == {"fr_short_form": "surname", "en_variant": "en-US", "en_short_form": "title"}
    assert "Baku, July 2, AZERTAC" in render_text(seed, "en", archive=archive)
    assert "\nBaïramov a déclaré que" in render_text(seed, "fr", archive=archive).replace("\n\n", "\n")
    again = _dialog(qtbot, archive)
    assert again.en_variant.currentData() == "en-US" and again.fr_short_form.currentData() == "surname"
