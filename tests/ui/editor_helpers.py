"""Helpers the editor tests use to drive the form as a user would.

They type with QTest key clicks, pick combo entries by typing their label,
and edit table cells through the view's own editors (F2, type, Enter).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QWidget


def keyboard_target(widget: QWidget) -> QWidget:
    """Where a real keyboard's keys go: an open popup (a completion list) has the keyboard."""
    popup = QApplication.activePopupWidget()
    return popup if popup is not None and popup.isVisible() else widget


def key_clicks(qtbot, widget: QWidget, text: str) -> None:
    """Like ``qtbot.keyClicks`` but for any script and as a keyboard does it: QTest only
    maps ASCII to keys, so other characters are sent as key events carrying their
    text, as a keyboard layout would; keys go to an open popup when there is one."""
    for char in text:
        target = keyboard_target(widget)
        if char.isascii():
            qtbot.keyClicks(target, char)
            continue
        upper = char.upper()
        key = ord(upper) if len(upper) == 1 else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def press(qtbot, widget: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press one key as a keyboard does (an open popup gets it first)."""
    qtbot.keyClick(keyboard_target(widget), key, modifier)
    _reactivate(widget)


def _reactivate(widget: QWidget) -> None:
    """The offscreen platform leaves a closed popup as the active window; a desktop gives
    activation back to the window the popup belonged to."""
    QApplication.processEvents()
    active = QApplication.activeWindow()
    if active is not None and not active.isVisible() and widget.window().isVisible():
        widget.window().activateWindow()


def show_editor(qtbot, editor: QWidget) -> QWidget:
    """Show the editor as a 1200×800 window and wait until it has the keyboard."""
    qtbot.addWidget(editor)
    editor.resize(1200, 800)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=3000)
    return editor


def focus(qtbot, widget: QWidget) -> None:
    _reactivate(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: widget.hasFocus() or (widget.focusProxy() and widget.focusProxy().hasFocus()),
                    timeout=2000)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    focus(qtbot, widget)
    key_clicks(qtbot, widget, text)


def pick(qtbot, combo: QComboBox, label: str) -> None:
    """Choose a combo entry by typing the start of its label (keyboard search)."""
    focus(qtbot, combo)
    key_clicks(qtbot, combo, label)
    assert combo.currentText().startswith(label), (combo.currentText(), label)


def pick_down(qtbot, combo: QComboBox, label: str) -> None:
    """Choose an entry with the arrow keys (for labels keyboard search cannot reach)."""
    focus(qtbot, combo)
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == label:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == label, (combo.currentText(), label)


def type_localized(qtbot, edit, values: dict) -> None:
    for lang, text in values.items():
        type_text(qtbot, edit.edit(lang), text)


def type_date(qtbot, date_field, iso: str) -> None:
    """Type a date as a user does: Tab into the field (it selects its text), type it, leave."""
    focus(qtbot, date_field.edit)
    date_field.edit.selectAll()
    qtbot.keyClicks(date_field.edit, iso)
    assert date_field.value() == iso, date_field.value()


def open_cell_editor(qtbot, view: QAbstractItemView, row: int, column: int) -> QWidget:
    index = view.model().index(row, column)
    view.setCurrentIndex(index)
    focus(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: view.state() == QAbstractItemView.State.EditingState, timeout=2000)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not view
    return editor


def commit_cell(qtbot, view: QAbstractItemView, editor: QWidget) -> None:
    """Press Enter in a cell editor; the view commits on its next event loop turn."""
    press(qtbot, editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=2000)


def type_cell(qtbot, view: QAbstractItemView, row: int, column: int, text: str) -> None:
    editor = open_cell_editor(qtbot, view, row, column)
    key_clicks(qtbot, editor, text)
    press(qtbot, editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=2000)


def pick_cell(qtbot, view: QAbstractItemView, row: int, column: int, label: str) -> None:
    editor = open_cell_editor(qtbot, view, row, column)
    assert isinstance(editor, QComboBox), editor
    key_clicks(qtbot, editor, label)
    assert editor.currentText().startswith(label), (editor.currentText(), label)
    press(qtbot, editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=2000)


def check_item(qtbot, checklist, code: str) -> None:
    """Check a vocabulary item with the keyboard: select it, press Space."""
    item = checklist.item_for(code)
    checklist.list.setCurrentItem(item)
    focus(qtbot, checklist.list)
    qtbot.keyClick(checklist.list.viewport(), Qt.Key.Key_Space)
    if item.checkState() != Qt.CheckState.Checked:
        qtbot.keyClick(checklist.list, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked, code
