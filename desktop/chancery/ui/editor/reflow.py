"""Blocks side by side when there is room, one under the other when there is not.

The form must fit a laptop screen in every interface language, with or
without the preview beside it, and never scroll sideways.  A :class:`Reflow`
holds blocks (group boxes, label-and-field pairs) in a grid: as many per row
as their preferred widths allow, so the Place and Publication groups sit
beside Meeting on a wide form and below it on a narrow one, and a statement's
Speaker and Reporting verb share a line only when both fit whole.

Its minimum width is that of its widest block, so a scroll area around it
never needs a horizontal scroll bar.

Threading: GUI thread only.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from .focus import request_tab_order


class Reflow(QWidget):
    """A row of blocks that wraps onto more rows as the width shrinks."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = 8):
        super().__init__(parent)
        self._blocks: list[tuple[QWidget, int]] = []
        self._natural: set[int] = set()  # ids of blocks kept at their own width (check boxes)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(spacing)
        self._grid.setVerticalSpacing(spacing // 2 + 2)
        self._columns = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def add(self, block: QWidget, stretch: int = 1, *, fill: bool = True) -> QWidget:
        """Add a block; ``fill=False`` keeps it at its own width (a check box is clicked on its text)."""
        hidden = block.isHidden() and block.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
        if block.parentWidget() is not self:
            block.setParent(self)
        self._blocks.append((block, stretch))
        if not fill:
            self._natural.add(id(block))
        self._arrange(len(self._blocks), force=True)
        if not hidden:
            block.show()  # at once, not on the next turn of the event loop: it can be clicked now
        return block

    def clear(self) -> None:
        """Remove and delete every block."""
        for block, _stretch in self._blocks:
            self._grid.removeWidget(block)
            block.hide()
            block.deleteLater()
        self._blocks = []
        self._natural = set()
        self._columns = 0
        self.updateGeometry()

    def blocks(self) -> list[QWidget]:
        return [block for block, _stretch in self._blocks]

    def columns(self) -> int:
        return self._columns

    # ------------------------------------------------------------ geometry

    @staticmethod
    def _preferred(block: QWidget) -> int:
        return max(block.sizeHint().width(), block.minimumSizeHint().width(), block.minimumWidth())

    @staticmethod
    def _least(block: QWidget) -> int:
        return max(block.minimumSizeHint().width(), block.minimumWidth())

    def _shown(self) -> list[tuple[QWidget, int]]:
        return [(block, stretch) for block, stretch in self._blocks if not block.isHidden()]

    def _columns_for(self, width: int) -> int:
        shown = self._shown()
        spacing = self._grid.horizontalSpacing()
        for columns in range(len(shown), 1, -1):
            rows = [shown[i:i + columns] for i in range(0, len(shown), columns)]
            if all(sum(self._preferred(b) for b, _s in row) + spacing * (len(row) - 1) <= width for row in rows):
                return columns
        return 1

    def _arrange(self, columns: int, *, force: bool = False) -> None:
        columns = max(1, columns)
        if columns == self._columns and not force:
            return
        self._columns = columns
        while self._grid.count():
            self._grid.takeAt(0)
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 0)
        for index, (block, stretch) in enumerate(self._blocks):
            row, column = divmod(index, columns)
            alignment = Qt.AlignmentFlag.AlignTop
            if id(block) in self._natural:
                alignment |= Qt.AlignmentFlag.AlignLeft
            self._grid.addWidget(block, row, column, alignment)
            self._grid.setColumnStretch(column, max(self._grid.columnStretch(column), stretch))
        self._grid.invalidate()
        self.updateGeometry()
        request_tab_order(self)

    def resizeEvent(self, event) -> None:
        self._arrange(self._columns_for(event.size().width()))
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        shown = self._shown()
        width = max((self._least(block) for block, _s in shown), default=0)
        return QSize(width, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        shown = self._shown()
        spacing = self._grid.horizontalSpacing()
        width = sum(self._preferred(block) for block, _s in shown) + spacing * max(len(shown) - 1, 0)
        return QSize(width, super().sizeHint().height())


def pair(label: QLabel, field: QWidget, parent: QWidget | None = None, *, stretch_field: bool = True) -> QWidget:
    """A label and its field on one line, as one block of a :class:`Reflow`."""
    holder = QWidget(parent)
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(label)
    layout.addWidget(field, 1 if stretch_field else 0)
    if not stretch_field:
        layout.addStretch(1)
    return holder
