"""Walk every visible widget of a window and report texts that do not fit or are not translated.

:func:`walk` visits the widgets a user can see (``isVisible()``: shown, on the
current tab, inside the window) and returns a :class:`Walk` holding, per
widget, the texts it shows (label, button, group box title, tab, combo
entries, column headers, menus, placeholders, tooltips) and every text that
does not fit its widget by font metrics:

* a label without word wrap whose widest line is wider than its contents
  rectangle; a word-wrapped label whose text needs more height than it has;
* a button, check box or tool button narrower than its size hint (the text
  is clipped or elided);
* a group box whose title is wider than the box;
* a tab whose text is wider than its tab, or a tab bar that needs scroll
  buttons to show its tabs;
* a combo box whose current text is wider than its text area;
* a column header whose text (and sort indicator) is wider than its section;
* a tool bar that hides actions behind its extension button;
* a form scroll area that shows a horizontal scroll bar.

Texts are keyed by the widget's place in the tree (object names, or class
and index among siblings), so two walks of the same window in two interface
languages can be compared string by string (:func:`untranslated`).

Measuring uses the widget's own font, which is the application's (the same
font the app gets on a desktop with fonts-dejavu; see ``font_in_use``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # pixels of rounding allowed
HEADER_PADDING = 6  # QHeaderView::section { padding: 4px 6px } in resources/style/chancery.qss


@dataclass
class Walk:
    texts: dict[str, str] = field(default_factory=dict)       # key -> visible text
    tooltips: dict[str, str] = field(default_factory=dict)    # key -> tooltip (translation only)
    cut: list[str] = field(default_factory=list)              # what does not fit, one line each
    widgets: int = 0


def font_in_use() -> str:
    font = QApplication.font()
    info = QFontInfo(font)
    return f"{info.family()} {info.pointSizeF():g}pt ({info.pixelSize()} px)"


def _plain(text: str) -> str:
    if re.search(r"<[a-zA-Z/!][^>]*>", text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _mnemonic_free(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)


def _key(widget: QWidget, root: QWidget) -> str:
    parts = []
    current = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        name = current.objectName()
        if name and not name.startswith("qt_"):
            parts.append(name)
        else:
            siblings = [w for w in (parent.children() if parent else []) if type(w) is type(current)]
            parts.append(f"{type(current).__name__}[{siblings.index(current) if current in siblings else 0}]")
        current = parent
    return "/".join(reversed(parts))


def _describe(widget: QWidget, root: QWidget, text: str) -> str:
    window = widget.window()
    title = window.objectName() or type(window).__name__
    return f"{title}: {_key(widget, root)} {text!r}"


def _label(widget: QLabel, walk: Walk, key: str, root: QWidget) -> None:
    if widget.pixmap() is not None and not widget.pixmap().isNull():
        return
    text = _plain(widget.text())
    if not text.strip():
        return
    walk.texts[key] = _mnemonic_free(text) if widget.buddy() is not None else text
    metrics = QFontMetrics(widget.font())
    rect = widget.contentsRect()
    margin = widget.margin() * 2 + max(widget.indent(), 0)
    if widget.wordWrap():
        needed = widget.heightForWidth(widget.width())
        if needed > widget.height() + SLACK and widget.sizePolicy().verticalPolicy() != 0:
            walk.cut.append(_describe(widget, root, text) + f" needs {needed} px of height, has {widget.height()}")
        return
    shown = walk.texts[key]
    needed = max(metrics.horizontalAdvance(line) for line in shown.split("\n"))
    if needed > rect.width() - margin + SLACK:
        walk.cut.append(_describe(widget, root, shown) + f" needs {needed} px, has {rect.width() - margin}")
    lines = shown.count("\n") + 1
    if metrics.height() * lines > rect.height() + metrics.leading() * lines + 2:
        walk.cut.append(_describe(widget, root, shown) + f" needs {metrics.height() * lines} px of height, "
                                                          f"has {rect.height()}")


def _button(widget: QAbstractButton, walk: Walk, key: str, root: QWidget) -> None:
    text = widget.text()
    if isinstance(widget, QToolButton) and (
        widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly or not text
    ):
        return
    if not text.strip():
        return
    walk.texts[key] = _mnemonic_free(text)
    if widget.sizeHint().width() > widget.width() + SLACK:
        walk.cut.append(_describe(widget, root, text) + f" needs {widget.sizeHint().width()} px, has {widget.width()}")


def _group(widget: QGroupBox, walk: Walk, key: str, root: QWidget) -> None:
    title = widget.title()
    if not title:
        return
    walk.texts[key] = _mnemonic_free(title)
    needed = QFontMetrics(widget.font()).horizontalAdvance(_mnemonic_free(title)) + 16
    if needed > widget.width() + SLACK:
        walk.cut.append(_describe(widget, root, title) + f" needs {needed} px, has {widget.width()}")


def _tabs(widget: QTabBar, walk: Walk, key: str, root: QWidget) -> None:
    hints = 0
    for index in range(widget.count()):
        if not widget.isTabVisible(index):
            continue
        text = widget.tabText(index)
        walk.texts[f"{key}#{index}"] = _mnemonic_free(text)
        hint = widget.tabSizeHint(index).width()
        hints += hint
        if widget.tabRect(index).width() + SLACK < hint:
            has = widget.tabRect(index).width()
            walk.cut.append(_describe(widget, root, text) + f" tab needs {hint} px, has {has}")
    if hints > widget.width() + SLACK:
        walk.cut.append(_describe(widget, root, "(tabs)") + f" need {hints} px, the tab bar has {widget.width()}")


def _combo(widget: QComboBox, walk: Walk, key: str, root: QWidget) -> None:
    if not widget.property("dataText"):  # a list of names or records is data, not interface text
        for index in range(widget.count()):
            walk.texts[f"{key}#{index}"] = widget.itemText(index)
    if widget.isEditable() and widget.lineEdit() is not None and widget.lineEdit().placeholderText():
        walk.texts[f"{key}#placeholder"] = widget.lineEdit().placeholderText()
    elif widget.placeholderText():
        walk.texts[f"{key}#placeholder"] = widget.placeholderText()
    text = widget.currentText() or widget.placeholderText()
    if not text:
        return
    option = QStyleOptionComboBox()
    widget.initStyleOption(option)
    area = widget.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, widget)
    needed = QFontMetrics(widget.font()).horizontalAdvance(text)
    if needed > area.width() + SLACK:
        walk.cut.append(_describe(widget, root, text) + f" needs {needed} px, has {area.width()}")


def _header(widget: QHeaderView, walk: Walk, key: str, root: QWidget) -> None:
    model = widget.model()
    if model is None or widget.orientation() != Qt.Orientation.Horizontal:
        return
    for section in range(widget.count()):
        if widget.isSectionHidden(section) or widget.sectionSize(section) == 0:
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        text = str(text)
        walk.texts[f"{key}#{section}"] = text
        font = widget.font()
        font.setBold(True)  # the style sheet draws headers at weight 600
        indicator = 14 if widget.isSortIndicatorShown() and widget.sortIndicatorSection() == section else 0
        needed = QFontMetrics(font).horizontalAdvance(text) + 2 * HEADER_PADDING + indicator
        if needed > widget.sectionSize(section) + SLACK:
            walk.cut.append(_describe(widget, root, text) + f" column needs {needed} px, has "
                                                            f"{widget.sectionSize(section)}")


def _list_items(widget: QListWidget, walk: Walk, key: str, root: QWidget) -> None:
    """Items of a list (topics, areas): each must fit its cell and the list's width."""
    viewport = widget.viewport().width()
    for index in range(widget.count()):
        item = widget.item(index)
        if item.isHidden() or not item.text():
            continue
        if not widget.property("dataText"):
            walk.texts[f"{key}#{index}"] = item.text()
        rect = widget.visualItemRect(item)
        if widget.wordWrap():
            continue
        needed = rect.width()  # Qt's own measure of the item (text, check box, icon)
        grid = widget.gridSize().width()
        cell = grid if grid > 0 else rect.width()
        if rect.left() >= 0 and (needed > cell + SLACK or rect.left() + needed > viewport + SLACK):
            walk.cut.append(_describe(widget, root, item.text()) + f" list item needs {needed} px, "
                                                                     f"has {min(cell, viewport - rect.left())}")


def _toolbar(widget: QToolBar, walk: Walk, key: str, root: QWidget) -> None:
    extension = widget.findChild(QToolButton, "qt_toolbar_ext_button")
    if extension is not None and extension.isVisible():
        walk.cut.append(_describe(widget, root, "(tool bar)") + " hides actions behind its extension button")


def _menus(window: QMainWindow, walk: Walk) -> None:
    bar = window.menuBar()

    def visit(menu: QMenu, prefix: str) -> None:
        for index, action in enumerate(menu.actions()):
            if action.isSeparator() or not action.isVisible():
                continue
            walk.texts[f"{prefix}/{index}"] = _mnemonic_free(action.text())
            if action.toolTip() and action.toolTip() != _mnemonic_free(action.text()):
                walk.tooltips[f"{prefix}/{index}#tip"] = action.toolTip()
            if action.menu() is not None:
                visit(action.menu(), f"{prefix}/{index}")

    for index, action in enumerate(bar.actions()):
        walk.texts[f"menu/{index}"] = _mnemonic_free(action.text())
        if action.menu() is not None:
            visit(action.menu(), f"menu/{index}")


def _clipped(widget: QWidget, root: QWidget) -> str | None:
    """The ancestor that cuts ``widget`` off (it sticks out of it), if any.

    Content of a scroll area may be scrolled out of view: the walk stops at a
    viewport (a form page's sideways scrolling is checked separately).
    """
    parent = widget.parentWidget()
    rect = widget.geometry()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return None
        if not parent.rect().contains(rect):
            outside = rect.united(parent.rect()).width() - parent.rect().width()
            if outside > SLACK or rect.bottom() > parent.rect().bottom() + SLACK:
                return f"{type(parent).__name__} {parent.objectName()}".strip()
        rect = rect.translated(parent.pos())
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


CLIPPED_KINDS = (QLabel, QAbstractButton, QComboBox, QLineEdit, QGroupBox, QTabBar)


def walk(root: QWidget) -> Walk:
    """Every visible text of ``root`` and its children, and what does not fit."""
    QApplication.processEvents()
    result = Walk()
    widgets = [root, *root.findChildren(QWidget)]
    title = root.windowTitle()
    if title:
        result.texts["#title"] = title.replace("[*]", "")
    if isinstance(root, QMainWindow):
        _menus(root, result)
    for widget in widgets:
        if not widget.isVisible() or widget.window() is not root:
            continue
        result.widgets += 1
        key = _key(widget, root)
        if isinstance(widget, CLIPPED_KINDS) and widget is not root:
            cutter = _clipped(widget, root)
            if cutter is not None:
                result.cut.append(_describe(widget, root, "") + f" sticks out of {cutter}: cut off")
        if widget.toolTip():
            result.tooltips[key + "#tip"] = widget.toolTip()
        if isinstance(widget, QLabel):
            _label(widget, result, key, root)
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
            _button(widget, result, key, root)
        elif isinstance(widget, QGroupBox):
            _group(widget, result, key, root)
        elif isinstance(widget, QTabBar):
            _tabs(widget, result, key, root)
        elif isinstance(widget, QComboBox):
            _combo(widget, result, key, root)
        elif isinstance(widget, QHeaderView):
            _header(widget, result, key, root)
        elif isinstance(widget, QToolBar):
            _toolbar(widget, result, key, root)
        elif isinstance(widget, QListWidget):
            _list_items(widget, result, key, root)
        elif isinstance(widget, QDockWidget):
            result.texts[key + "#title"] = widget.windowTitle()
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            result.texts[key + "#placeholder"] = widget.placeholderText()
        if isinstance(widget, QScrollArea) and widget.property("formPage"):
            if widget.horizontalScrollBar().isVisible():
                result.cut.append(_describe(widget, root, "(form page)") + " shows a horizontal scroll bar")
        elif isinstance(widget, QAbstractScrollArea):
            pass
    return result


# --------------------------------------------------------------------------
# Translation


_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)?$|^p\d+$|^[A-Z]{2}$")
_NO_WORDS = re.compile(r"^[\W\d_]*$")


def untranslated(english: dict[str, str], other: dict[str, str], allowed: set[str]) -> list[str]:
    """Keys whose text in ``other`` is the English text, unless it is a code, a number, or allowed."""
    found = []
    for key, text in other.items():
        if english.get(key) != text:
            continue
        bare = text.strip()
        if not bare or _NO_WORDS.match(bare) or _CODE.match(bare) or bare in allowed:
            continue
        found.append(f"{key}: {text!r}")
    return found
