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

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from .. import render
from .tasks import run_in_background

DEBOUNCE_MS = 300


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def document_languages() -> list[tuple[str, str]]:
    """(code, name in the interface language) of every language a template is written in."""
    from .i18n import language_name

    codes = sorted({info.language.split("-")[0] for info in render.list_templates()} or {"fr", "en"})
    return [(code, capitalised(language_name(code))) for code in codes]


def template_label(info: Any) -> str:
    """A template as the pickers show it, in the interface language: "Communiqué (French)"."""
    from .i18n import language_name

    kinds = {
        "communique": QCoreApplication.translate("Templates", "Press release"),
        "briefing": QCoreApplication.translate("Templates", "Briefing note"),
        "record": QCoreApplication.translate("Templates", "Record of conversation"),
    }
    name = kinds.get(info.kind)
    if info.user or name is None:
        label = info.description or info.id  # the user's own words, or a kind this version does not name
    else:
        label = QCoreApplication.translate("Templates", "%1 (%2)").replace("%1", name).replace(
            "%2", language_name(info.language))
    if info.user:
        label += " " + QCoreApplication.translate("Templates", "(yours)")
    return label


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
        for code, name in document_languages():
            self.language_box.addItem(name, code)
        self.reload_templates()

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.status.setStyleSheet("color: #8a4b00;")
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)

        # Template and language on one line when the pane is wide, one under the other when narrow.
        from .editor.reflow import Reflow, pair

        bar = Reflow(self)
        template_label, language_label = QLabel(self.tr("Template:"), self), QLabel(self.tr("Language:"), self)
        template_label.setBuddy(self.template_box)
        language_label.setBuddy(self.language_box)
        bar.add(pair(template_label, self.template_box, bar), 3)
        bar.add(pair(language_label, self.language_box, bar, stretch_field=False), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start_render)
        self.template_box.currentIndexChanged.connect(self._template_changed)
        self.language_box.currentIndexChanged.connect(lambda _i: self._schedule())
        info = self._info()  # the language follows the first template from the start
        if info is not None:
            self.language_box.blockSignals(True)
            self.set_language(info.language)
            self.language_box.blockSignals(False)

    # -- public API ------------------------------------------------------------

    def reload_templates(self) -> None:
        """Re-read the shipped and user templates (after the user added one)."""
        current = self.template_id()
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for info in render.list_templates():
            self.template_box.addItem(template_label(info), info.id)
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
            if not shiboken6.isValid(self) or generation != self._generation:
                return  # a newer change is on its way
            self._task = None
            self._show(result, lang)

        def fail(error: BaseException) -> None:
            if not shiboken6.isValid(self) or generation != self._generation:
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
