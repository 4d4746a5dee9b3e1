"""The window, the form's six tabs and every dialog fit a laptop screen and speak the interface language.

For each interface language (English, French, Russian), at 1280×800 and
1366×768, with and without the preview: every visible text must fit its
widget by font metrics (:mod:`tests.ui.widget_walk`), the window must keep the
size of the screen (opening the preview takes room from the list and the
form, never widens the window), the form pages show no horizontal scroll
bar, and in French and Russian no visible string may be the English one —
except names, codes and words that are the same in both languages (the
translation files say so by translating them to themselves).

The checker itself is tested too: a label made too narrow for its text and
an English string left in a French window are both reported.
"""

from __future__ import annotations

import datetime as _dt
import os
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from chancery import paths, refdata
from chancery.store import people
from chancery.ui import i18n

from .conftest import when_modal
from .widget_walk import font_in_use, untranslated, walk

LANGUAGES = ("en", "fr", "ru")
SIZES = ((1280, 800), (1366, 768))
SEED_ID = "5f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a01"

#: Names and codes that stay as they are in every language.
NAMES = {"Chancery", "AZERTAC", "JSON", "PDF", "HTML", "OK", "English", "Français", "Русский", "LibreOffice",
         "Word"}

_english: dict[str, tuple[dict[str, str], dict[str, str]]] = {}


def allowed_same(lang: str) -> set[str]:
    """Strings whose translation into ``lang`` is the English text itself (names, "Format", "Notes"…)."""
    same = set(NAMES)
    tree = ET.parse(paths.resources_dir() / "i18n" / f"chancery_{lang}.ts")
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation.text == source:
            same.add(source.replace("&", ""))
    for vocab in refdata.VOCABULARIES:
        for code in refdata.vocabulary(vocab):
            if refdata.label(vocab, code, lang) == refdata.label(vocab, code, "en"):
                same.add(refdata.label(vocab, code, "en"))
    english, other = refdata.country_names("en"), refdata.country_names(lang)
    same |= {name for code, name in english.items() if other.get(code) == name}
    same |= {f"{name} ({code})" for code, name in english.items() if other.get(code) == name}  # Settings
    return same


@pytest.fixture
def seeded(sample_archive, seed):
    sample_archive.save(seed)
    return sample_archive


def open_window(qtbot, archive, lang: str):
    from chancery.ui.main_window import MainWindow

    i18n.apply_language(lang)
    window = MainWindow(archive, language=lang)
    window.set_country_names(refdata.country_names(lang))
    window.show()
    qtbot.waitExposed(window)
    assert window.open_meeting(SEED_ID)
    window.problems_dock.show()
    return window


def close_window(window) -> None:
    if window.editor is not None:
        window.editor.set_modified(False)
    window.close()
    window.deleteLater()


def window_states(qtbot, window):
    """Yield (state, window size, walk) for each size, with and without the preview, on each of the form's tabs.

    At 1280×800 the splitter is also pushed to both ends (the list at its narrowest, then the form at its
    narrowest), as a user may leave it.
    """
    editor = window.editor
    for width, height in SIZES:
        for preview in (False, True):
            window.preview_dock.setVisible(preview)
            QApplication.processEvents()
            window.resize(width, height)
            qtbot.wait(30)
            splits = [("", None)]
            if width == 1280:
                splits += [(" list-narrowest", [1, 10_000]), (" form-narrowest", [10_000, 1])]
            for split_name, sizes in splits:
                if sizes is not None:
                    window.splitter.setSizes(sizes)
                    QApplication.processEvents()
                for tab in range(editor.tabs.count()):
                    editor.tabs.setCurrentIndex(tab)
                    QApplication.processEvents()
                    state = f"{width}x{height} preview={'on' if preview else 'off'}{split_name} tab={tab}"
                    yield state, (window.width(), window.height()), walk(window)


def walk_window(qtbot, archive, lang: str):
    """Walks of every state of the window, keyed by state; and the problems found."""
    window = open_window(qtbot, archive, lang)
    walks, problems = {}, []
    try:
        for state, size, result in window_states(qtbot, window):
            walks[state] = result
            wanted = tuple(int(n) for n in state.split()[0].split("x"))
            if size != wanted:
                problems.append(f"[{lang} {state}] the window is {size[0]}×{size[1]}, not {wanted[0]}×{wanted[1]}")
            problems += [f"[{lang} {state}] {cut}" for cut in result.cut]
    finally:
        close_window(window)
    return walks, problems


def dialogs(qtbot, window, seed) -> dict[str, object]:
    """Every dialog of the window, built as the window builds it, walked while shown."""
    from chancery.ui.dialogs import ConflictDialog, RecoveryDialog, TrashDialog
    from chancery.ui.editor.relations_dialog import RelationsDateDialog
    from chancery.ui.export_dialog import ExportDialog
    from chancery.ui.people_window import MergeDialog
    from chancery.ui.settings_dialog import SettingsDialog

    found: dict[str, object] = {}
    archive, lang = window.archive, window.language
    archive.delete(archive.list_ids(limit=1)[0])  # something in the trash
    built = {
        "settings": SettingsDialog(archive, language=lang, parent=window),
        "export": ExportDialog([seed], window, archive=archive),
        "export-batch": ExportDialog([seed, seed], window, archive=archive),
        "trash": TrashDialog(archive, language=lang, parent=window),
        "recovery": RecoveryDialog([(seed, 1, _dt.datetime(2024, 5, 1, 9, 30))], language=lang, parent=window),
        "conflict": ConflictDialog(seed, seed, stored_version=3, my_version=2, parent=window),
        "relations date": RelationsDateDialog("Azerbaïdjan", "Nouvelle-Zélande", lang, lambda value: None, window),
    }
    window.open_people()
    people_window = window.people_window
    people_window.resize(1100, 680)
    qtbot.waitUntil(lambda: people_window.model.rowCount() > 0, timeout=5000)
    people_window.select_person(next(p.id for p in people.list_people(archive, "Bayramov")))
    qtbot.waitUntil(lambda: people_window.titles.rowCount() > 0, timeout=5000)
    found["people"] = walk(people_window)
    found["people"].size = (people_window.width(), people_window.height())
    keep = people_window._person
    built["merge"] = MergeDialog(people_window, archive, keep, lang)
    for name, dialog in built.items():
        dialog.show()
        qtbot.waitExposed(dialog)
        found[name] = walk(dialog)
        found[name].size = (dialog.width(), dialog.height())
        dialog.close()
        dialog.deleteLater()

    def catch(name, trigger, answer=QMessageBox.StandardButton.Cancel):
        state = {}

        def act(box):
            state["walk"] = walk(box)
            state["walk"].size = (box.width(), box.height())
            if isinstance(box, QMessageBox) and box.button(answer) is not None:
                box.button(answer).click()
            elif isinstance(box, QMessageBox) and box.buttons():
                box.buttons()[-1].click()
            else:
                box.reject()

        when_modal(qtbot, act)
        trigger()
        qtbot.waitUntil(lambda: "walk" in state, timeout=5000)
        found[name] = state["walk"]

    catch("about", window.about)
    catch("search syntax", window.show_search_syntax)
    other = "fr" if lang != "fr" else "ru"
    i18n.set_stored_language(lang)
    catch("interface language", lambda: window.choose_language(other))
    i18n.set_stored_language(lang)
    window.view.selectRow(3)
    catch("delete", window.delete_selected)
    window.open_meeting(SEED_ID)
    window.editor.meeting_page.city_edit.edit("fr").setText("Bakou (modifié)")
    window.editor._edited()
    catch("unsaved", window.new_meeting)
    window.editor.set_modified(False)
    window.people_window.close()
    return found


def walk_dialogs(qtbot, archive, seed, lang: str):
    window = open_window(qtbot, archive, lang)
    try:
        walks = dialogs(qtbot, window, seed)
    finally:
        close_window(window)
    problems = []
    for name, result in walks.items():
        problems += [f"[{lang} dialog {name}] {cut}" for cut in result.cut]
        width, height = result.size
        if width > 1280 or height > 768:
            problems.append(f"[{lang} dialog {name}] is {width}×{height}: larger than a 1366×768 screen")
    return walks, problems


def english(qtbot, archive, seed):
    if not _english:
        window_walks, _ = walk_window(qtbot, archive, "en")
        dialog_walks, _ = walk_dialogs(qtbot, archive, seed, "en")
        _english.update({k: (w.texts, w.tooltips) for k, w in window_walks.items()})
        _english.update({f"dialog {k}": (w.texts, w.tooltips) for k, w in dialog_walks.items()})
    return _english


@pytest.mark.parametrize("lang", LANGUAGES)
def test_window_form_and_dialogs_fit_and_speak_the_interface_language(qtbot, seeded, seed, lang):
    print(f"\nfont: {font_in_use()}")
    assert "DejaVu Sans" in font_in_use(), "install fonts-dejavu: the sizes are measured with the app's font"
    window_walks, problems = walk_window(qtbot, seeded, lang)
    dialog_walks, dialog_problems = walk_dialogs(qtbot, seeded, seed, lang)
    problems += dialog_problems
    if lang != "en":
        baseline = english(qtbot, seeded, seed)
        same = allowed_same(lang)
        walks = {**window_walks, **{f"dialog {k}": w for k, w in dialog_walks.items()}}
        for state, result in walks.items():
            texts, tooltips = baseline[state]
            problems += [f"[{lang} {state}] still English: {item}"
                         for item in untranslated(texts, result.texts, same)]
            problems += [f"[{lang} {state}] tooltip still English: {item}"
                         for item in untranslated(tooltips, result.tooltips, same)]
    else:
        _english.update({k: (w.texts, w.tooltips) for k, w in window_walks.items()})
        _english.update({f"dialog {k}": (w.texts, w.tooltips) for k, w in dialog_walks.items()})
    counted = sum(w.widgets for w in window_walks.values())
    print(f"{lang}: {len(window_walks)} window states ({counted} widgets), {len(dialog_walks)} dialogs")
    unique = list(dict.fromkeys(problems))
    report = os.environ.get("CHANCERY_WALK_REPORT")
    if report:
        with open(f"{report}-{lang}.txt", "w", encoding="utf-8") as handle:
            handle.write("\n".join(unique))
    assert not unique, f"{len(unique)} problems:\n" + "\n".join(unique[:80])


# ---------------------------------------------------------------- the checker itself


def test_the_walk_reports_a_truncated_label(qtbot):
    holder = QWidget()
    holder.setObjectName("holder")
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    label = QLabel("Ministère des Affaires étrangères de la République d’Azerbaïdjan", holder)
    label.setObjectName("ministry")
    label.setFixedWidth(120)
    layout.addWidget(label)
    fits = QLabel("Bakou", holder)
    layout.addWidget(fits)
    holder.show()
    qtbot.waitExposed(holder)
    result = walk(holder)
    assert len(result.cut) == 1 and "ministry" in result.cut[0] and "has" in result.cut[0], result.cut
    label.setFixedWidth(label.sizeHint().width())
    assert walk(holder).cut == []


def test_the_walk_reports_a_widget_cut_off_by_its_parent(qtbot):
    """A field wider than the panel holding it is cut off even when its own text fits it."""
    outer = QWidget()
    outer.setObjectName("outer")
    qtbot.addWidget(outer)
    panel = QWidget(outer)
    panel.setObjectName("narrowPanel")
    panel.setGeometry(0, 0, 100, 40)
    button = QPushButton("Enregistrer", panel)
    button.setGeometry(10, 5, button.sizeHint().width() + 20, 30)  # wider than what is left of the panel
    outer.resize(300, 60)
    outer.show()
    qtbot.waitExposed(outer)
    cut = walk(outer).cut
    assert len(cut) == 1 and "sticks out of QWidget narrowPanel" in cut[0], cut
    button.setGeometry(10, 5, 80, 30)
    button.setText("OK")
    assert walk(outer).cut == []


def test_the_walk_reports_an_english_string_in_a_french_window(qtbot):
    def build(text):
        holder = QWidget()
        qtbot.addWidget(holder)
        QVBoxLayout(holder).addWidget(QLabel(text, holder))
        QVBoxLayout  # noqa: B018
        holder.show()
        return walk(holder).texts

    english_texts = build("Save the meeting")
    assert untranslated(english_texts, build("Enregistrer la réunion"), set()) == []
    assert untranslated(english_texts, build("Save the meeting"), set()) != []
    assert untranslated(english_texts, build("Save the meeting"), {"Save the meeting"}) == []
    codes = build("fr")
    assert untranslated(codes, build("fr"), set()) == []


def test_no_two_tabs_or_labels_share_a_mnemonic(qtbot, seeded):
    """Alt+letter reaches one field: within each tab page, the menu bar and each menu, in every language."""
    from chancery.ui.main_window import MainWindow

    clashes = []
    for lang in LANGUAGES:
        i18n.apply_language(lang)
        window = MainWindow(seeded, language=lang)
        window.show()
        qtbot.waitExposed(window)
        window.open_meeting(SEED_ID)
        try:
            editor = window.editor
            tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
            bar = [a.text() for a in window.menuBar().actions()]  # Alt+letter of a menu works everywhere
            groups = {"tabs": tabs + bar}
            for index in range(editor.tabs.count()):
                page = editor.tabs.widget(index)
                texts = [w.text() for w in page.findChildren(QLabel) if w.buddy() is not None]
                texts += [w.title() for w in page.findChildren(QWidget) if hasattr(w, "title") and callable(w.title)
                          and isinstance(w.title(), str)]
                texts += [b.text() for b in page.findChildren(QWidget)
                          if b.metaObject().className() in ("QPushButton", "QCheckBox") and "&" in b.text()]
                groups[f"tab {tabs[index]}"] = texts + tabs + bar
            groups["menu bar"] = [a.text() for a in window.menuBar().actions()]
            from chancery.ui.settings_dialog import SettingsDialog

            settings = SettingsDialog(seeded, language=lang, parent=window)
            groups["settings dialog"] = [w.text() for w in settings.findChildren(QLabel) if w.buddy() is not None]
            settings.deleteLater()
            for action in window.menuBar().actions():
                groups[f"menu {action.text()}"] = [a.text() for a in action.menu().actions() if not a.isSeparator()]
            for where, texts in groups.items():
                seen: dict[str, str] = {}
                for text in texts:
                    position = text.replace("&&", "").find("&")
                    if position < 0 or position + 1 >= len(text):
                        continue
                    letter = text.replace("&&", "")[position + 1].lower()
                    if letter in seen and seen[letter] != text:
                        clashes.append(f"[{lang}] {where}: Alt+{letter} is {seen[letter]!r} and {text!r}")
                    seen.setdefault(letter, text)
        finally:
            close_window(window)
    i18n.apply_language("en")
    assert not clashes, "\n".join(clashes)


def test_language_names_are_in_the_interface_language(qapp):
    i18n.apply_language("fr")
    assert i18n.language_name("en") == "anglais" and i18n.language_name("fr") == "français"
    i18n.apply_language("ru")
    assert i18n.language_name("en") == "английский"
    i18n.apply_language("en")
    assert i18n.language_name("fr") == "French"
    assert Qt  # the module imports Qt for the checker's callers
