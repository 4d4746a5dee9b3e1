"""The meeting form's behaviour: validation as you type, jumping to problems,
the occasion section, anniversary suggestion, translation flags, round trips
of unknown fields, the modified state and its signals."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from chancery import record, refdata
from chancery.ui.editor import MeetingEditor, ProblemsList, describe_path

from .conftest import when_modal
from .editor_helpers import pick, show_editor, type_localized, type_text


@pytest.fixture
def make_editor(qtbot, archive):
    def make(**settings):
        return show_editor(qtbot, MeetingEditor(archive, {**archive.settings(), **settings}))

    return make


# ---------------------------------------------------------------- validation


def test_problems_are_listed_and_shown_beside_their_fields(qtbot, make_editor, seed):
    editor = make_editor()
    broken = copy.deepcopy(seed)
    broken["kind"] = None
    broken["participants"][1]["country"] = "XX"
    broken["statements"][2]["speaker"] = "p9"
    editor.load(broken)
    problems = ProblemsList()
    qtbot.addWidget(problems)
    problems.follow(editor)

    paths = problems.paths()
    assert "meeting.kind" in paths
    assert "meeting.participants[1].country" in paths
    assert "meeting.statements[2].speaker" in paths
    assert [p.path for p in editor.problems()] == paths
    # In the user's words: the field as the form labels it, and what to do; the path in the tooltip.
    texts = [problems.item(i).text() for i in range(problems.count())]
    assert "Choose the kind of meeting." in texts
    assert "Participant 2 ▸ Country: “XX” is not a country code; choose a country from the list." in texts
    assert "Statement 3 ▸ Speaker: “p9” is not a participant of this meeting; choose a participant from the list." \
        in texts
    assert all("meeting." in problems.item(i).toolTip() for i in range(problems.count()))

    # Beside the fields: an outline and a tooltip on the combo, the cell coloured.
    assert editor.meeting_page.kind_combo.property("problem") == "incomplete"
    assert editor.meeting_page.kind_combo.toolTip() == "Choose the kind of meeting."
    model = editor.participants_page.participants.model
    cell = model.index(1, model.column("country"))
    assert "not a country code" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, model.column("country")).data(Qt.ItemDataRole.BackgroundRole) is None  # a sound cell
    assert editor.content_page.statements.rows[2].speaker.property("problem") == "error"


def test_clicking_a_problem_jumps_to_the_field(qtbot, make_editor, seed):
    editor = make_editor()
    broken = copy.deepcopy(seed)
    broken["participants"][1]["country"] = "XX"
    broken["place"]["city"] = {}
    editor.load(broken)
    problems = ProblemsList()
    qtbot.addWidget(problems)
    problems.follow(editor)
    problems.show()

    item = next(problems.item(i) for i in range(problems.count())
                if problems.item(i).data(Qt.ItemDataRole.UserRole + 1) == "meeting.participants[1].country")
    rect = problems.visualItemRect(item)
    qtbot.mouseClick(problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.current_tab() == editor.TAB_PARTICIPANTS
    view = editor.participants_page.participants.view
    assert view.currentIndex().row() == 1
    assert view.currentIndex().column() == editor.participants_page.participants.model.column("country")

    # Enter on a problem works as well; the city edit gets the focus.
    city_item = next(problems.item(i) for i in range(problems.count())
                     if problems.item(i).data(Qt.ItemDataRole.UserRole + 1) == "meeting.place.city")
    problems.setCurrentItem(city_item)
    problems.setFocus()
    qtbot.keyClick(problems, Qt.Key.Key_Return)
    assert editor.current_tab() == editor.TAB_MEETING
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.meeting_page.city_edit.edit("fr"), timeout=2000)


def clear(qtbot, edit):
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)


def test_validation_follows_typing(qtbot, make_editor, seed):
    editor = make_editor()
    editor.load(seed)
    assert editor.problems() == []
    emitted, missing = [], []
    editor.problemsChanged.connect(emitted.append)
    editor.translationsChanged.connect(missing.append)

    edit = editor.meeting_page.city_edit.edit("en")
    for lang in ("fr", "en"):
        clear(qtbot, editor.meeting_page.city_edit.edit(lang))
    qtbot.waitUntil(lambda: bool(missing), timeout=2000)  # debounced, then re-validated
    assert not emitted  # ru is still there: the city is not empty
    assert missing[-1][:2] == ["meeting.place.city.fr", "meeting.place.city.en"]
    assert edit.property("problem") == "translation"
    assert edit.placeholderText() == "missing translation"

    clear(qtbot, editor.meeting_page.city_edit.edit("ru"))
    qtbot.waitUntil(lambda: bool(emitted), timeout=2000)
    assert [p.path for p in emitted[-1]] == ["meeting.place.city"]
    assert editor.meeting_page.city_edit.edit("fr").property("problem") == "incomplete"
    tip = editor.meeting_page.city_edit.edit("fr").toolTip()
    assert tip == "Write the city where the meeting took place: Meeting tab, Place ▸ City."

    type_text(qtbot, editor.meeting_page.city_edit.edit("en"), "Baku")
    qtbot.waitUntil(lambda: emitted[-1] == [], timeout=2000)
    assert editor.meeting_page.city_edit.edit("en").property("problem") in ("", None)


def test_missing_translation_flag_in_place(qtbot, make_editor, seed):
    editor = make_editor(output_languages=["fr", "en", "ru"])
    editor.load(seed)
    row = editor.content_page.statements.rows[0]
    ru = row.text.edit("ru")
    assert ru.property("problem") == "translation"
    assert ru.placeholderText() == "missing translation"
    assert "Russian" in ru.toolTip()
    assert row.text.edit("fr").property("problem") in ("", None)
    assert "meeting.statements[0].text.ru" in editor.missing_translations()
    # Typing the translation clears the flag.
    type_text(qtbot, ru, "историческиe связи")
    assert ru.property("problem") in ("", None)
    # az is in the record (one name) but not an output language: shown, never flagged.
    model = editor.participants_page.participants.model
    az = model.index(1, model.column("name", "az"))
    assert az.data() == ""
    assert "missing" not in (az.data(Qt.ItemDataRole.ToolTipRole) or "")


def test_missing_translation_in_a_table_cell(qtbot, make_editor, seed):
    editor = make_editor()
    seed["participants"][1]["title"] = {"fr": "ministre des Affaires étrangères"}
    editor.load(seed)
    model = editor.participants_page.participants.model
    cell = model.index(1, model.column("title", "en"))
    assert cell.data() == "missing"
    assert cell.data(Qt.ItemDataRole.EditRole) == ""
    assert "Missing translation" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert (1, "title", "en") in model.missing_cells()


def test_describe_path():
    assert describe_path("meeting.participants[1].country") == "Participant 2 ▸ Country"
    assert describe_path("meeting.place.city") == "Place ▸ City"
    assert describe_path("meeting.statements[0].text") == "Statement 1 ▸ Text"
    assert describe_path("meeting.internal.talking_points[2]") == "Talking point 3"


# ------------------------------------------------------------------ sections


def test_occasion_shown_only_for_sidelines_meetings(qtbot, make_editor, seed):
    editor = make_editor()
    editor.load(seed)
    assert editor.meeting_page.occasion_box.isHidden()
    pick(qtbot, editor.meeting_page.kind_combo, "Meeting")  # "Meeting on the sidelines of an event"
    assert editor.meeting_page.kind_combo.value() == "sidelines"
    assert not editor.meeting_page.occasion_box.isHidden()
    qtbot.waitUntil(lambda: any(p.path == "meeting.occasion" for p in editor.problems()), timeout=2000)

    type_localized(qtbot, editor.meeting_page.occasion_event,
                   {"fr": "session de l'Assemblée générale des Nations unies",
                    "en": "session of the UN General Assembly"})
    type_text(qtbot, editor.meeting_page.occasion_ordinal, "76")
    occasion = editor.meeting()["occasion"]
    assert occasion == {"event": {"fr": "session de l'Assemblée générale des Nations unies",
                                  "en": "session of the UN General Assembly"},
                        "ordinal": 76, "relation": "during"}

    qtbot.wait(QApplication.keyboardInputInterval() + 100)  # a new keyboard search
    pick(qtbot, editor.meeting_page.kind_combo, "Official")
    assert editor.meeting_page.occasion_box.isHidden()
    assert editor.meeting()["occasion"] is None  # hidden fields are not printed


def test_occasion_of_a_loaded_record_is_kept(qtbot, make_editor, seed):
    editor = make_editor()
    seed["kind"] = "sidelines"
    seed["occasion"] = {"event": {"en": "UNGA"}, "ordinal": 76, "relation": "before"}
    editor.load(seed)
    assert not editor.meeting_page.occasion_box.isHidden()
    assert editor.meeting()["occasion"] == seed["occasion"]


def test_anniversary_suggestion(qtbot, make_editor, seed):
    editor = make_editor()
    seed["anniversaries"] = []
    editor.load(seed)
    editor.tabs.setCurrentIndex(editor.TAB_OUTCOMES)
    assert refdata.diplomatic_relations_date("AZ", "KG") == "1993-01-19"
    qtbot.mouseClick(editor.outcomes_page.anniversaries.suggest_button, Qt.MouseButton.LeftButton)
    # 2021 meeting, relations of 1993: the next round anniversary is the 30th, in 2023.
    assert editor.meeting()["anniversaries"] == [
        {"ordinal": 30, "subject": "diplomatic_relations", "year": 2023}]
    assert "1993-01-19" in editor.outcomes_page.anniversaries.suggest_label.text()
    assert editor.is_modified()
    # Asking again updates the row rather than adding another.
    qtbot.mouseClick(editor.outcomes_page.anniversaries.suggest_button, Qt.MouseButton.LeftButton)
    assert len(editor.meeting()["anniversaries"]) == 1


def test_anniversary_suggestion_without_reference_data(qtbot, make_editor, seed):
    editor = make_editor(home_country="AZ")
    seed["anniversaries"] = []
    seed["participants"][1]["country"] = "NZ"
    assert refdata.diplomatic_relations_date("AZ", "NZ") is None
    editor.load(seed)
    editor.tabs.setCurrentIndex(editor.TAB_OUTCOMES)
    anniversaries = editor.outcomes_page.anniversaries
    qtbot.mouseClick(anniversaries.suggest_button, Qt.MouseButton.LeftButton)
    assert editor.meeting()["anniversaries"] == []
    assert "No date of diplomatic relations between Azerbaijan and New Zealand is known yet" \
        in anniversaries.suggest_label.text()
    assert anniversaries.record_button.isVisible()

    # Recorded once (an impossible date is refused in words first), then used from then on.
    def answer(dialog):
        dialog.edit.setText("31/02/1993")
        dialog.accept()
        assert dialog.isVisible() and "“31/02/1993” is not a date" in dialog.error.text()
        dialog.edit.setText("1993-01-19")
        dialog.accept()

    when_modal(qtbot, answer, name="relationsDateDialog")
    assert anniversaries.record_date()
    assert editor.meeting()["anniversaries"] == [{"ordinal": 30, "subject": "diplomatic_relations", "year": 2023}]
    assert not anniversaries.record_button.isVisible()
    later = make_editor(home_country="AZ")
    later.load(seed)
    suggested = later.outcomes_page.anniversaries.suggest()
    assert suggested == {"ordinal": 30, "subject": "diplomatic_relations", "year": 2023}


# ----------------------------------------------------------------- round trip


def test_unknown_fields_survive_load_and_meeting(qtbot, make_editor, seed):
    editor = make_editor()
    seed["x_source"] = {"url": "https://azertac.az/…"}
    seed["place"]["x_geo"] = [40.4, 49.9]
    seed["publication"]["x_wire"] = "AZ-123"
    seed["participants"][0]["x_protocol_rank"] = 1
    seed["statements"][1]["x_confidence"] = "high"
    seed["documents_signed"][0]["x_registry"] = "2021/77"
    seed["anniversaries"][0]["x_note"] = "AZERTAC says 2022"
    seed["internal"]["x_owner"] = "press office"
    seed["topics"].append({"fr": "gestion de l'eau", "en": "water management"})
    seed["cooperation_areas"].append("fisheries_not_a_code")
    editor.load(seed)
    assert editor.meeting() == record.normalize(seed)
    assert not editor.is_modified()


def test_plain_string_values_round_trip(qtbot, make_editor, seed):
    editor = make_editor()
    seed["place"]["city"] = "Baku"  # "the same in every language"
    seed["participants"][1]["organization"] = "CIS"
    editor.load(seed)
    built = editor.meeting()
    assert built["place"]["city"] == "Baku"
    assert built["participants"][1]["organization"] == "CIS"


def test_free_entry_in_a_vocabulary(qtbot, make_editor, seed):
    editor = make_editor()
    editor.load(seed)
    editor.tabs.setCurrentIndex(editor.TAB_CONTENT)
    type_localized(qtbot, editor.content_page.areas.other, {"fr": "pêche", "en": "fisheries"})
    qtbot.mouseClick(editor.content_page.areas.add_button, Qt.MouseButton.LeftButton)
    assert editor.meeting()["cooperation_areas"][-1] == {"fr": "pêche", "en": "fisheries"}
    assert "fisheries" in editor.content_page.areas.order_label.text()


# ---------------------------------------------------------- modified, signals


def test_modified_changed_and_field_left(qtbot, make_editor, seed):
    editor = make_editor()
    editor.load(seed)
    assert not editor.is_modified()
    changed, left = [], []
    editor.changed.connect(lambda: changed.append(1))
    editor.fieldLeft.connect(lambda: left.append(1))

    type_text(qtbot, editor.meeting_page.venue_edit.edit("en"), "Ministry of Foreign Affairs")
    assert editor.is_modified() and changed
    assert not left
    editor.meeting_page.venue_edit.edit("fr").setFocus()
    qtbot.waitUntil(lambda: bool(left), timeout=2000)
    assert editor.meeting()["place"]["venue"] == {"en": "Ministry of Foreign Affairs"}

    # Moving on without typing does not ask for another autosave.
    editor.meeting_page.city_edit.edit("fr").setFocus()
    # focus moved (fieldLeft comes with it)
    qtbot.waitUntil(editor.meeting_page.city_edit.edit("fr").hasFocus, timeout=2000)
    assert len(left) == 1

    editor.set_modified(False)
    assert not editor.is_modified()
    editor.load(seed)
    assert not editor.is_modified()


def test_undo_in_a_text_field(qtbot, make_editor, seed):
    editor = make_editor()
    editor.load(seed)
    edit = editor.meeting_page.venue_edit.edit("fr")
    type_text(qtbot, edit, "Palais")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == ""
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert edit.text() == "Palais"


def test_output_languages_change(qtbot, make_editor, seed):
    editor = make_editor()
    editor.load(seed)
    assert editor.meeting_page.city_edit.languages() == ["fr", "en"]
    editor.set_output_languages(["fr", "en", "ru"])
    assert editor.meeting_page.city_edit.languages() == ["fr", "en", "ru"]
    assert editor.content_page.statements.rows[0].text.edit("ru").property("problem") == "translation"
    assert editor.participants_page.participants.model.column("title", "ru") >= 0
    assert editor.meeting() == record.normalize(seed)  # nothing lost on the way


def test_tab_order_follows_the_layout(qtbot, make_editor, seed):
    editor = make_editor()
    editor.load(seed)
    editor.meeting_page.kind_combo.setFocus()
    order = []
    widget = editor.meeting_page.kind_combo
    for _ in range(4):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(editor):
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:2] == [editor.meeting_page.format_combo, editor.meeting_page.date_edit.edit]

    # Rows added later still come in their place: statement 1's text and quote box, then statement 2.
    editor.tabs.setCurrentIndex(editor.TAB_CONTENT)
    qtbot.wait(10)

    def next_tab_stop(widget):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            widget = widget.nextInFocusChain()
        return widget

    quote_box = next_tab_stop(editor.content_page.statements.rows[0].text.edit("en"))
    assert quote_box is editor.content_page.statements.rows[0].quote
    assert next_tab_stop(quote_box) is editor.content_page.statements.rows[1].speaker


def test_a_tab_change_moves_the_focus_to_the_pages_first_field(qtbot, make_editor, seed):
    # With the focus in the form, showing another tab focuses a field of that tab
    # (the participants table, the first topic…), never the tab's scroll area.
    editor = make_editor()
    editor.load(seed)
    editor.meeting_page.kind_combo.setFocus()
    qtbot.waitUntil(editor.meeting_page.kind_combo.hasFocus, timeout=2000)
    editor.tabs.setCurrentIndex(editor.TAB_PARTICIPANTS)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.participants_page.participants.view, timeout=2000)
    editor.tabs.setCurrentIndex(editor.TAB_CONTENT)
    qtbot.waitUntil(lambda: editor.content_page.isAncestorOf(QApplication.focusWidget()), timeout=2000)
    for tab, page in ((editor.TAB_OUTCOMES, editor.outcomes_page), (editor.TAB_INTERNAL, editor.internal_page)):
        editor.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda page=page: page.isAncestorOf(QApplication.focusWidget()), timeout=2000)
    editor.tabs.setCurrentIndex(editor.TAB_NOTES)  # Alt+N, Ctrl+Tab: the notes are typed at once
    qtbot.waitUntil(lambda: editor.notes_page.notes_edit.isAncestorOf(QApplication.focusWidget()), timeout=2000)


def test_focus_path_selects_widgets_everywhere(qtbot, make_editor, seed):
    editor = make_editor()
    editor.load(seed)
    assert editor.focus_path("meeting.documents_signed[0].title.en")
    assert editor.current_tab() == editor.TAB_OUTCOMES
    title_en = editor.outcomes_page.documents.rows[0].title.edit("en")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is title_en, timeout=2000)
    assert editor.focus_path("meeting.cooperation_areas[3]")
    assert editor.content_page.areas.list.currentItem().text() == "Transit"
    assert editor.focus_path("meeting.notes")
    assert editor.current_tab() == editor.TAB_NOTES
    assert not editor.focus_path("chancery")


def test_screenshot_of_the_seed(qtbot, make_editor, seed, tmp_path):
    editor = make_editor()
    editor.load(seed)
    for tab in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(tab)
        scroll = editor.tabs.currentWidget()
        qtbot.waitUntil(scroll.isVisible, timeout=2000)
        # the page fits the window's width (it reflows, never scrolls sideways) and shows the seed
        assert scroll.horizontalScrollBar().maximum() == 0, editor.tabs.tabText(tab)
        image = editor.grab()
        assert image.save(str(tmp_path / f"editor-{tab}.png"))
        pixels = image.toImage()
        colours = {pixels.pixel(x, y) for x in range(0, pixels.width(), 16) for y in range(0, pixels.height(), 16)}
        assert len(colours) > 8, f"tab {editor.tabs.tabText(tab)} looks empty"


def test_keyboard_mnemonics_reach_tabs_and_fields(qtbot, make_editor, seed):
    editor = make_editor()
    editor.load(seed)
    editor.meeting_page.kind_combo.setFocus()
    qtbot.keyClick(editor.meeting_page.kind_combo, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert editor.current_tab() == editor.TAB_PARTICIPANTS
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert editor.current_tab() == editor.TAB_MEETING
    # A label's mnemonic focuses its field (the label is the field's buddy).
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.meeting_page.city_edit.edit("fr"), timeout=2000)
