"""The form's tab order, recomputed from the layouts (their visual order) when the structure changes.

Threading: GUI thread only.
"""

from __future__ import annotations

import itertools
import weakref

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QGridLayout,
    QLayout,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

# --------------------------------------------------------------------------
# Tab order
#
# Qt appends a widget created later at the end of the window's focus chain,
# so rows added to a list, or edits rebuilt for a new language, would be
# reached last by Tab.  The editor therefore recomputes the chain from the
# layouts (their visual order) whenever the structure changes.


_tab_order_roots: weakref.WeakValueDictionary[int, QWidget] = weakref.WeakValueDictionary()


def register_tab_order_root(root: QWidget) -> None:
    """``root`` (the editor) has ``schedule_tab_order()``; rows below it will call it."""
    _tab_order_roots[id(root)] = root


def request_tab_order(widget: QWidget) -> None:
    """Ask the enclosing editor to recompute the tab order (coalesced)."""
    parent = widget
    while parent is not None:
        root = _tab_order_roots.get(id(parent))
        if root is parent:
            root.schedule_tab_order()
            return
        parent = parent.parentWidget()


def focus_order(root: QWidget) -> list[QWidget]:
    """Focusable widgets under ``root`` in the order their layouts show them."""
    found: list[QWidget] = []

    def visit_widget(widget: QWidget) -> None:
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                visit_widget(widget.widget(i))
            return
        if isinstance(widget, QStackedWidget):
            for i in range(widget.count()):
                visit_widget(widget.widget(i))
            return
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            visit_widget(widget.widget())
            return
        layout = widget.layout()
        if layout is not None and not isinstance(widget, QAbstractScrollArea):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
                found.append(widget)
            visit_layout(layout)
        elif widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            found.append(widget)

    def visit_layout(layout: QLayout) -> None:
        items = [layout.itemAt(i) for i in range(layout.count())]
        if isinstance(layout, QGridLayout):  # row by row, then column
            positions = {}
            for i, item in enumerate(items):
                row, col, _rs, _cs = layout.getItemPosition(i)
                positions[id(item)] = (row, col)
            items.sort(key=lambda it: positions[id(it)])
        for item in items:
            if item.widget() is not None:
                visit_widget(item.widget())
            elif item.layout() is not None:
                visit_layout(item.layout())

    visit_widget(root)
    return found


def apply_tab_order(widgets: list[QWidget]) -> None:
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
