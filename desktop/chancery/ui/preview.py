"""The preview pane: the document that will be written, refreshed as the form changes.

The quick view (the default) is HTML rendered straight from the document's
render context — the same wording as the Word file, laid out by the
template turned into HTML (:func:`chancery.render.preview_page`): tens of
milliseconds for a communiqué.  **Exact Word layout** shows the .docx
itself, written and converted back by mammoth (slower); a user's own
template is always shown that way.

Threading rule: rendering runs on the thread pool via
:func:`chancery.ui.tasks.run_in_background`; this widget only asks for it
and shows the newest result.  The main window asks once typing pauses; a
change that arrives while a render runs is rendered right after it (one
at a time: two renders would only slow each other), and a result that a
newer change has overtaken is dropped, so typing never waits and never
shows an older state.  When the pane is created, the template's HTML is
made in the background before the first render needs it.
"""

from __future__ import annotations

import copy
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from .. import render
from .tasks import freeze_long_lived, run_in_background

DEBOUNCE_MS = 0  # requests made in one turn of the event loop are one render (the window waits for a pause)


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


def _render_preview(meeting: dict, template_id: str, lang: str, archive: Any, kind: str, exact: bool = False) -> dict:
    """Worker side: the HTML and the missing fields (no widget touched here)."""
    missing = render.missing_fields(meeting, lang, kind)
    if missing:
        return {"html": None, "missing": missing, "error": None}
    try:
        page = render.preview_page(meeting, template_id, lang=lang, archive=archive, exact=exact)
    except render.RenderError as error:
        return {"html": None, "missing": [], "error": str(error)}
    return {"html": page, "missing": [], "error": None}


def _prepare(template_id: str) -> None:
    """Worker side: load the document libraries and make the template's HTML before the first render."""
    from ..render import preview

    preview.prepare(template_id)


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
        self._again = False  # a change arrived while a render ran: render again when it ends
        self._templates = render.list_templates()
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
        self.exact_box = QCheckBox(self.tr("E&xact Word layout"), self)
        self.exact_box.setObjectName("previewExact")
        self.exact_box.setToolTip(self.tr("Show the Word document itself, as it will be written (slower to "
                                          "refresh). Your own templates are always shown this way."))
        self.exact_box.toggled.connect(lambda _on: self._schedule())

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
        layout.addWidget(self.exact_box)

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
        self._warm_up()

    # -- public API ------------------------------------------------------------

    def reload_templates(self) -> None:
        """Re-read the shipped and user templates (after the user added one)."""
        current = self.template_id()
        self._templates = render.list_templates()
        self.template_box.blockSignals(True)
        self.template_box.clear()
        for info in self._templates:
            self.template_box.addItem(template_label(info), info.id)
        index = self.template_box.findData(current) if current else 0
        self.template_box.setCurrentIndex(max(index, 0))
        self.template_box.blockSignals(False)

    def set_record(self, meeting: dict) -> None:
        """Show ``meeting``: renders in the background at once (the caller waits for a pause in typing)."""
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

    def exact(self) -> bool:
        """Whether the Word document itself is shown (the checkbox, or a user template)."""
        info = self._info()
        return self.exact_box.isChecked() or (info is not None and info.user)

    # -- internals -------------------------------------------------------------

    def _template_changed(self, _index: int) -> None:
        info = self._info()
        if info is not None:
            self.language_box.blockSignals(True)
            self.set_language(info.language)
            self.language_box.blockSignals(False)
        self._warm_up()
        self._schedule()

    def _info(self):
        template_id = self.template_id()
        return next((t for t in self._templates if t.id == template_id), None)

    def _warm_up(self) -> None:
        info = self._info()
        if info is not None and not info.user:
            # the document libraries are loaded now: out of the garbage collector's way (see freeze_long_lived)
            run_in_background(lambda: _prepare(info.id), lambda _result: freeze_long_lived(),
                              lambda _error: None)  # a failure shows at render

    def _schedule(self) -> None:
        self._generation += 1
        if self._meeting is not None:
            self._timer.start()

    def _start_render(self) -> None:
        info = self._info()
        if self._meeting is None or info is None:
            return
        if self._task is not None:
            self._again = True  # one render at a time: this change is rendered when the current one ends
            return
        generation = self._generation
        meeting, lang, archive, exact = self._meeting, self.language(), self._archive, self.exact()

        def finished(result: dict) -> None:
            if not shiboken6.isValid(self):
                return  # the pane was closed meanwhile
            self._task = None
            if self._again:
                self._again = False
                self._start_render()
            if generation == self._generation:  # else a newer change is being rendered
                self._show(result, lang)

        def fail(error: BaseException) -> None:
            finished({"html": None, "missing": [], "error": str(error)})

        self._task = run_in_background(
            lambda: _render_preview(meeting, info.id, lang, archive, info.kind, exact), finished, fail)

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
