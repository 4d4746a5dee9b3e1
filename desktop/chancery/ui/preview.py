"""The preview pane: the document that will be written, refreshed as the form changes.

Threading rule: rendering (docxtpl + mammoth) runs on the thread pool via
:func:`chancery.ui.tasks.run_in_background`; this widget only schedules it,
~300 ms after the last change, and shows the newest result.  A render that
finishes after a newer one was requested is dropped, so typing never waits
and never shows an older state.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from .. import render
from .tasks import run_in_background

DEBOUNCE_MS = 300
LANGUAGES = (("fr", "Français"), ("en", "English"), ("ru", "Русский"))


def _render_preview(meeting: dict, template_id: str, lang: str, archive: Any, kind: str) -> dict:
    """Worker side: the HTML and the missing fields (no widget touched here)."""
    missing = render.missing_fields(meeting, lang, kind)
    if missing:
        return {"html": None, "missing": missing, "error": None}
    try:
        page = render.preview_html(meeting, template_id, lang=lang, archive=archive)
    except render.RenderError as error:
        return {"html": None, "missing": [], "error": str(error)}
    return {"html": page, "missing": [], "error": None}


class PreviewPane(QWidget):
    """Template and language pickers over a read-only view of the rendered document."""

    rendered = Signal(str)  # the HTML shown, after each successful refresh
    failed = Signal(str)  # the message shown when the record cannot be rendered

    def __init__(self, parent: QWidget | None = None, *, archive: Any = None):
        super().__init__(parent)
        self._archive = archive
        self._meeting: dict | None = None
        self._generation = 0
        self._task = None
        self.last_html = ""
        self.last_message = ""

        self.template_box = QComboBox(self)
        self.template_box.setAccessibleName(self.tr("Template"))
        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES:
            self.language_box.addItem(name, code)
        self.reload_templates()

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.status.setStyleSheet("color: #8a4b00;")
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Template:"), self))
        bar.addWidget(self.template_box, 1)
        bar.addWidget(QLabel(self.tr("Language:"), self))
        bar.addWidget(self.language_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_render)
        self.template_box.currentIndexChanged.connect(self._template_changed)
        self.language_box.currentIndexChanged.connect(lambda _i: self._schedule())

    # -- public API ------------------------------------------------------------

    def reload_templates(self) -> None:
        """Re-read the shipped and user templates (after the user added one)."""
        current = self.template_id()
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for info in render.list_templates():
            label = info.description + (self.tr(" (yours)") if info.user else "")
            self.template_box.addItem(label, info.id)
        index = self.template_box.findData(current) if current else 0
        self.template_box.setCurrentIndex(max(index, 0))
        self.template_box.blockSignals(False)

    def set_record(self, meeting: dict) -> None:
        """Show ``meeting``; renders ~300 ms after the last call, in the background."""
        self._meeting = copy.deepcopy(meeting)
        self._schedule()

    def set_template(self, template_id: str) -> None:
        index = self.template_box.findData(template_id)
        if index >= 0:
            self.template_box.setCurrentIndex(index)

    def set_language(self, lang: str) -> None:
        index = self.language_box.findData(lang.split("-")[0])
        if index >= 0:
            self.language_box.setCurrentIndex(index)

    def template_id(self) -> str | None:
        return self.template_box.currentData() if self.template_box.count() else None

    def language(self) -> str:
        return self.language_box.currentData() or "fr"

    def is_busy(self) -> bool:
        return self._timer.isActive() or self._task is not None

    # -- internals -------------------------------------------------------------

    def _template_changed(self, _index: int) -> None:
        info = self._info()
        if info is not None:
            self.language_box.blockSignals(True)
            self.set_language(info.language)
            self.language_box.blockSignals(False)
        self._schedule()

    def _info(self):
        template_id = self.template_id()
        return next((t for t in render.list_templates() if t.id == template_id), None)

    def _schedule(self) -> None:
        self._generation += 1
        if self._meeting is not None:
            self._timer.start()

    def _start_render(self) -> None:
        info = self._info()
        if self._meeting is None or info is None:
            return
        generation = self._generation
        meeting, lang, archive = self._meeting, self.language(), self._archive

        def done(result: dict) -> None:
            if generation != self._generation:
                return  # a newer change is on its way
            self._task = None
            self._show(result, lang)

        def fail(error: BaseException) -> None:
            if generation != self._generation:
                return
            self._task = None
            self._show({"html": None, "missing": [], "error": str(error)}, lang)

        self._task = run_in_background(lambda: _render_preview(meeting, info.id, lang, archive, info.kind), done, fail)

    def _show(self, result: dict, lang: str) -> None:
        if result["html"] is not None:
            self.status.setVisible(False)
            self.last_message = ""
            self.last_html = result["html"]
            scroll = self.view.verticalScrollBar().value()
            self.view.setHtml(result["html"])
            self.view.verticalScrollBar().setValue(scroll)
            self.rendered.emit(result["html"])
            return
        if result["missing"]:
            shown = result["missing"][:8]
            more = len(result["missing"]) - len(shown)
            message = self.tr("Missing text in %1: %2").replace("%1", lang).replace("%2", ", ".join(shown))
            if more > 0:
                message += " " + self.tr("(and %n more)", "", more)
        else:
            message = self.tr("The document cannot be rendered: %1").replace("%1", result["error"] or "")
        self.last_message = message
        self.status.setText(message)
        self.status.setVisible(True)
        self.failed.emit(message)
