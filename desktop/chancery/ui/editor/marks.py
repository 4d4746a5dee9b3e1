"""Problem marks on the form's widgets: the severities, the style sheet that draws them, setting and combining them.

Threading: GUI thread only.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QLineEdit, QStyle, QWidget

from .widgets import standard_icon

# Severity of a mark, from worst to mildest.  "translation" is the in-place
# flag for a language left empty while another language is filled.
SEVERITY_ORDER = ("error", "incomplete", "warning", "translation")

# One style sheet on the editor draws every mark; a widget opts in through the
# dynamic property "problem" (see set_mark).
MARK_STYLE = """
QLineEdit[problem="error"], QPlainTextEdit[problem="error"], QComboBox[problem="error"],
QSpinBox[problem="error"], QListWidget[problem="error"],
QTableView[problem="error"], QGroupBox[problem="error"], QFrame[problem="error"] {
    border: 1px solid #c62828; border-radius: 3px;
}
QLineEdit[problem="incomplete"], QPlainTextEdit[problem="incomplete"], QComboBox[problem="incomplete"],
QSpinBox[problem="incomplete"], QListWidget[problem="incomplete"],
QTableView[problem="incomplete"], QFrame[problem="incomplete"] {
    border: 1px solid #e08a00; border-radius: 3px;
}
QLineEdit[problem="translation"], QPlainTextEdit[problem="translation"] {
    border: 1px dashed #b8860b; border-radius: 3px; background: #fffbea;
}
QLabel[role="langtag"] {
    color: #5f6b7a; font-size: 8pt; font-weight: 600;
}
QLabel[role="hint"] { color: #5f6b7a; }
QFrame[role="row"] {
    background: palette(base); border: 1px solid palette(mid); border-radius: 4px;
}
QLabel[role="rownumber"] { color: #5f6b7a; font-weight: 600; }
"""


def repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_mark(widget: QWidget, severity: str | None, message: str = "") -> None:
    """Outline ``widget`` for a problem (or clear it), with the message as tooltip.

    Widgets that know better (localised edits, list rows) implement
    ``set_problem(severity, message)`` and are asked instead.
    """
    handler = getattr(widget, "set_problem", None)
    if handler is not None:
        handler(severity, message)
        return
    value = severity or ""
    if (widget.property("problem") or "") != value:
        widget.setProperty("problem", value)
        repolish(widget)
    base = widget.property("baseToolTip")
    if base is None:
        if not severity:
            return  # never marked: nothing to restore
        base = widget.toolTip()
        widget.setProperty("baseToolTip", base)
    widget.setToolTip(message if severity else base)
    if isinstance(widget, QLineEdit):
        _line_edit_icon(widget, severity, message)


def _line_edit_icon(edit: QLineEdit, severity: str | None, message: str) -> None:
    action = getattr(edit, "_problem_action", None)
    if severity in ("error", "incomplete", "warning"):
        if action is None:
            icon = standard_icon(edit, QStyle.StandardPixmap.SP_MessageBoxWarning)
            action = edit.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
            edit._problem_action = action  # type: ignore[attr-defined]
        action.setToolTip(message)
        action.setVisible(True)
    elif action is not None:
        action.setVisible(False)


def worst(severities: Iterable[str]) -> str | None:
    found = [s for s in severities if s]
    if not found:
        return None
    return min(found, key=lambda s: SEVERITY_ORDER.index(s) if s in SEVERITY_ORDER else 0)
