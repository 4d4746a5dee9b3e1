"""Export dialog: one or several meetings to Word, text, HTML or PDF files.

Threading rule: files are written by a Qt-free job on the thread pool
(:func:`chancery.ui.tasks.run_in_background` with ``progress`` and
``cancelled`` callables).  Several meetings go to
:func:`chancery.render.batch.export`, which writes them in worker processes,
one per core; the dialog shows a QProgressDialog with the file being written
and how many are done, and Cancel stops the batch after the documents being
written (those stay, and the result says how many).  A batch may name its
meetings by id: the workers read them from the archive, so a thousand
selected meetings are never loaded on the GUI thread.  Every file is
written atomically (:func:`chancery.render.write_output`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .. import render
from ..render.batch import default_filename as batch_filename
from . import i18n
from .preview import document_languages, template_label
from .tasks import run_in_background

__all__ = ["ExportDialog", "default_filename", "export_meetings"]

FORMATS = ("docx", "pdf", "txt", "html")


def document_words() -> dict[str, str]:
    """The words file names use, in the interface language (GUI thread)."""
    return {
        "communique": QCoreApplication.translate("ExportDialog", "communiqué"),
        "briefing": QCoreApplication.translate("ExportDialog", "briefing note"),
        "record": QCoreApplication.translate("ExportDialog", "record of conversation"),
        "undated": QCoreApplication.translate("ExportDialog", "undated"),
    }


def default_filename(meeting: dict, template_id: str, fmt: str, ui_lang: str = "en") -> str:
    """"2026-11-20 Kazakhstan telephone conversation communiqué fr.docx", in the interface language.

    :func:`chancery.render.batch.default_filename` with the words translated; GUI thread.
    """
    return batch_filename(meeting, template_id, fmt, ui_lang, document_words())


def export_meetings(meetings: list[dict | str], template_id: str, lang: str, fmt: str, folder: Path,
                    archive: Any, progress, cancelled, *, name_lang: str = "en",
                    words: dict[str, str] | None = None) -> dict:
    """Qt-free job: write each meeting (record or id) into ``folder``, on every core; per-meeting errors.

    Files are named in ``name_lang`` with ``words`` (see :func:`default_filename`); a name already
    taken in the folder gets " (2)", " (3)"…: nothing is overwritten.
    """
    from ..render import batch

    return batch.export(meetings, template_id, folder, fmt=fmt, lang=lang, archive=archive, progress=progress,
                        cancelled=cancelled, name_lang=name_lang, words=words).as_dict()


ErrorReporter = Callable[[QWidget, str, str], None]  # (dialog, title, message)


def warn(parent: QWidget, title: str, message: str) -> None:
    """How the dialog reports a failed export unless told otherwise: a warning box."""
    QMessageBox.warning(parent, title, message)


FOLDER_KEY = "export/folder"


def remembered_folder() -> Path | None:
    from .i18n import ui_settings

    value = ui_settings().value(FOLDER_KEY)
    return Path(str(value)) if value and Path(str(value)).is_dir() else None


def remember_folder(folder: Path) -> None:
    from .i18n import ui_settings

    ui_settings().setValue(FOLDER_KEY, str(folder))


class ExportNotice(QWidget):
    """In the status bar after an export: where the files are, with Open and Show in Folder."""

    HIDE_AFTER_MS = 30_000

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportNotice")
        self.paths: list[str] = []
        self._text = ""
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # the path is shortened in the middle to the room the status bar gives (whole in the tooltip)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("M") * 12)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.folder_button = QPushButton(self.tr("Show in Folder"), self)
        for button in (self.open_button, self.folder_button):
            button.setFlat(True)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.open_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_paths(self, paths: list[str]) -> None:
        self.paths = list(paths)
        folder = str(Path(paths[0]).parent)
        if len(paths) == 1:
            text = self.tr("Written: %1").replace("%1", paths[0])
        else:
            text = self.tr("%n document(s) written in %1", "", len(paths)).replace("%1", folder)
        self._text = text
        self._elide()
        self.label.setToolTip(text)
        self.open_button.setVisible(len(paths) == 1)
        self.show()
        self._timer.start(self.HIDE_AFTER_MS)

    def _elide(self) -> None:
        room = min(self.label.width(), self.label.fontMetrics().horizontalAdvance("M") * 48)
        self.label.setText(self.label.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideMiddle, room))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def open_file(self) -> None:
        if self.paths:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.paths[0]))

    def open_folder(self) -> None:
        if self.paths:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.paths[0]).parent)))


class ExportDialog(QDialog):
    """Choose template, language, format and destination; write the files.

    A failure is shown by ``report_error(dialog, title, message)`` (default: a
    warning box); a caller that shows errors its own way passes its own.
    """

    finished_export = Signal(dict)  # {"written": [...], "errors": [...], "cancelled": bool}

    def __init__(self, meetings: list[dict | str], parent: QWidget | None = None, archive: Any = None, *,
                 report_error: ErrorReporter = warn):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export documents") if len(meetings) > 1 else self.tr("Export document"))
        self._meetings = list(meetings)
        self._archive = archive
        self._task = None
        self._stop = threading.Event()  # Cancel asked of a batch
        self._done_count = 0
        self._progress: QProgressDialog | None = None
        self.result_info: dict | None = None
        self._report_error = report_error

        self.template_box = QComboBox(self)
        for info in render.list_templates():
            self.template_box.addItem(template_label(info), info.id)
        self.language_box = QComboBox(self)
        for code, name in document_languages():
            self.language_box.addItem(name, code)
        self.format_box = QComboBox(self)
        formats = ["docx"] + (["pdf"] if render.pdf_available() else []) + ["txt", "html"]
        for fmt in formats:
            self.format_box.addItem(self.format_label(fmt), fmt)

        self.destination = QLineEdit(self)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.destination, 1)
        row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&Template:"), self.template_box)
        form.addRow(self.tr("&Language:"), self.language_box)
        form.addRow(self.tr("F&ormat:"), self.format_box)
        place = QLabel(self.tr("Fol&der:") if self.is_batch() else self.tr("&File:"), self)
        place.setBuddy(self.destination)
        form.addRow(place, row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        # room for a whole file name ("2026-11-20 Kazakhstan telephone conversation communiqué fr.docx")
        self.destination.setMinimumWidth(self.destination.fontMetrics().horizontalAdvance("M") * 36)

        self.template_box.currentIndexChanged.connect(self._template_changed)
        self.format_box.currentIndexChanged.connect(lambda _i: self._update_destination())
        self._template_changed(0)

    def format_label(self, fmt: str) -> str:
        return {
            "docx": self.tr("Word document (.docx)"),
            "pdf": self.tr("PDF (.pdf, through LibreOffice)"),
            "txt": self.tr("Plain text for the wire (.txt)"),
            "html": self.tr("HTML for e-mail (.html)"),
        }[fmt]

    # -- state -----------------------------------------------------------------

    def is_batch(self) -> bool:
        return len(self._meetings) > 1

    def template_id(self) -> str:
        return self.template_box.currentData()

    def language(self) -> str:
        return self.language_box.currentData()

    def format(self) -> str:
        return self.format_box.currentData()

    def formats(self) -> list[str]:
        return [self.format_box.itemData(i) for i in range(self.format_box.count())]

    def set_choice(self, *, template: str | None = None, lang: str | None = None, fmt: str | None = None,
                   destination: str | None = None) -> None:
        """Select values programmatically (tests, the main window's last choices)."""
        if template:
            self.template_box.setCurrentIndex(max(self.template_box.findData(template), 0))
        if lang:
            self.language_box.setCurrentIndex(max(self.language_box.findData(lang), 0))
        if fmt:
            self.format_box.setCurrentIndex(max(self.format_box.findData(fmt), 0))
        if destination is not None:
            self.destination.setText(destination)

    def _info(self):
        return next((t for t in render.list_templates() if t.id == self.template_id()), None)

    def _template_changed(self, _index: int) -> None:
        info = self._info()
        if info is None:
            return
        self.language_box.setCurrentIndex(max(self.language_box.findData(info.language), 0))
        # Plain text and HTML exist for communiqués only.
        model = self.format_box.model()
        for i in range(self.format_box.count()):
            fmt = self.format_box.itemData(i)
            enabled = info.kind == "communique" or fmt not in ("txt", "html")
            model.item(i).setEnabled(enabled)
            if not enabled and self.format_box.currentIndex() == i:
                self.format_box.setCurrentIndex(0)
        self._update_destination()

    def _default_folder(self) -> Path:
        """The folder of the last export, else the user's documents folder."""
        remembered = remembered_folder()
        if remembered is not None:
            return remembered
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents else Path.home()
        return folder if folder.is_dir() else Path.home()  # no Documents folder on this computer: the home folder

    def _update_destination(self) -> None:
        current = self.destination.text().strip()
        if self.is_batch():
            if not current:
                self.destination.setText(str(self._default_folder()))
            return
        name = (default_filename(self._meetings[0], self.template_id(), self.format(), i18n.current_language())
                if self._meetings else "")
        folder = Path(current).parent if current else self._default_folder()
        self.destination.setText(str(folder / name))

    def _browse(self) -> None:
        if self.is_batch():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), self.destination.text())
        else:
            fmt = self.format()
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export as"), self.destination.text(), self.format_label(fmt) + f" (*.{fmt})")
        if chosen:
            self.destination.setText(chosen)

    # -- export ----------------------------------------------------------------

    def export(self) -> None:
        if not self._meetings:
            self.reject()
            return
        template_id, lang, fmt = self.template_id(), self.language(), self.format()
        destination = Path(self.destination.text().strip()).expanduser()
        archive = self._archive
        self.export_button.setEnabled(False)
        if self.is_batch():
            if not destination.is_dir():
                self._fail(self.tr("The folder %1 does not exist.").replace("%1", str(destination)))
                return
            meetings = self._meetings
            name_lang, words = i18n.current_language(), document_words()
            self._done_count = 0
            self._progress = QProgressDialog(self.tr("Exporting documents…"), self.tr("Cancel"), 0, 1000, self)
            self._progress.setWindowModality(Qt.WindowModality.WindowModal)
            self._progress.setMinimumDuration(0)
            self._progress.setAutoClose(False)
            self._progress.setAutoReset(False)
            self._progress.setValue(0)
            stop = self._stop = threading.Event()
            job = lambda progress, cancelled: export_meetings(  # noqa: E731
                meetings, template_id, lang, fmt, destination, archive, progress,
                lambda: stop.is_set() or cancelled(), name_lang=name_lang, words=words)
            self._task = run_in_background(job, self._done, self._error, on_progress=self._on_progress)
            self._progress.canceled.connect(self._cancelled)
        else:
            meeting = self._meetings[0]
            if destination.suffix.lower().lstrip(".") != fmt:
                destination = destination.with_suffix(f".{fmt}")

            def job():
                path = render.write_output(meeting, template_id, destination, fmt=fmt, lang=lang, archive=archive)
                return {"written": [str(path)], "errors": [], "cancelled": False}

            self._task = run_in_background(job, self._done, self._error)

    def _on_progress(self, fraction: float, message: str) -> None:
        progress = self._progress  # setValue() on a modal dialog runs the event loop: _done may clear it
        if progress is None or self._stop.is_set():
            return
        if message:
            self._done_count += 1
            progress.setLabelText(self.tr("Writing %1 (%2 of %3)").replace("%1", message).replace(
                "%2", f"{self._done_count:,}").replace("%3", f"{len(self._meetings):,}"))
        progress.setValue(int(fraction * 1000))

    def _cancelled(self) -> None:
        # The batch stops after the documents being written; _done then reports what was written.
        self._stop.set()
        if self._progress is not None:
            self._progress.setLabelText(self.tr("Stopping after the documents being written…"))
            self._progress.setCancelButton(None)
            self._progress.show()

    def _done(self, result: dict) -> None:
        self._task = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.close()
            self._progress = None
        self.result_info = result
        if result["written"]:
            remember_folder(Path(result["written"][0]).parent)  # the next export starts there
        self.finished_export.emit(result)
        if result["errors"]:
            self._fail("\n".join(result["errors"][:20]) + (
                "\n" + self.tr("… and %n more", "", len(result["errors"]) - 20) if len(result["errors"]) > 20 else ""))
            return
        if result.get("cancelled"):
            self.export_button.setEnabled(True)
            return
        self.accept()

    def _error(self, error: BaseException) -> None:
        self._task = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.close()
            self._progress = None
        self.result_info = {"written": [], "errors": [str(error)], "cancelled": False}
        self.finished_export.emit(self.result_info)
        self._fail(str(error))

    def _fail(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self._report_error(self, self.tr("Export"), message)
