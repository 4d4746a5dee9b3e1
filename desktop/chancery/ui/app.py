"""Starting the GUI: the application object, its language and style, the archive, the main window.

``run_app`` installs the interface translation before any widget exists,
then paints the main window as soon as it can:

- When the archive is an SQLite file whose schema is already the newest (the
  usual case, checked with one sqlite3 query), the window is built on an
  :class:`~chancery.store.early.ArchiveHandle` and shown at once with the
  first page of the list, read with the sqlite3 module; SQLAlchemy, the full
  :class:`~chancery.store.archive.Archive` and the search index open on a
  pool thread *after* that first paint, and the handle passes every call on
  to them from then on.  Nothing the first paint does not need is imported
  before it (no ORM, Alembic, docxtpl, Babel, mammoth, psycopg, pymorphy3:
  ``tests/ui/test_startup.py`` checks it on the real entry point).
- Otherwise (a new or older archive that must be created or upgraded, a
  server archive, ``--demo`` on an empty archive) the archive is opened on a
  pool thread first, behind a progress dialog (a migration can take a
  moment; a newer or damaged archive is reported in a dialog, never
  overwritten), then the window is shown.

Once the full archive is open: country names (Babel) load off the GUI
thread, any work a crash left unsaved is offered, and the form is built in
idle time.

The first paint is found by :class:`FirstPaint` (``benchmarks/startup_probe.py``
watches it the same way to time the start).

Threading: GUI thread, except the jobs handed to ``run_in_background``.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__, paths
from ..errors import ArchiveUnusableError, UserError
from . import i18n, tasks
from .tasks import run_in_background

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

DEMO_COUNT = 60


def style_sheet() -> str:
    try:
        return (paths.resources_dir() / "style" / "chancery.qss").read_text(encoding="utf-8")
    except OSError:
        return ""


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Chancery's names (for QSettings), style and translation."""
    app = QApplication.instance()
    if app is None:
        # The style named on Qt's command line, not set with setStyle(): setStyle returns the QStyle, and its
        # first conversion to Python makes PySide6 build QStyle's twelve enums (~6-10 ms) before the first paint.
        app = QApplication([*(argv if argv is not None else sys.argv), "-style", "Fusion"])
    else:
        app.setStyle("Fusion")
    app.setOrganizationName(i18n.ORGANIZATION)
    app.setApplicationName(i18n.APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("chancery")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "style" / "icons" / "chancery.svg")))
    app.setStyleSheet(style_sheet())
    i18n.apply_language(i18n.chosen_language())
    return app


def _apply_stored_data_dir() -> None:
    """The archive folder chosen in Settings, unless --data-dir or CHANCERY_HOME says otherwise."""
    if paths.data_dir_overridden():
        return
    folder = i18n.stored_data_dir()
    if folder:
        paths.set_data_dir(folder)


def _log(text: str) -> str:
    """Where the details went (the data folder's log, else the per-user one), or why there is no log."""
    from ..fileio import append_to_log

    log, why = append_to_log(text)
    return str(log) if log else f"(no log written: {why})"


def _excepthook(kind, value, tb) -> None:
    """An unexpected error in a slot: logged, shown once, and the application keeps running."""
    text = "".join(traceback.format_exception(kind, value, tb))
    log = _log(text)
    sys.stderr.write(text)
    if QApplication.instance() is None:
        return
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(None, QApplication.translate("App", "Unexpected error"),
                         QApplication.translate("App", "Something went wrong: %1\n\nDetails were written to %2.")
                         .replace("%1", f"{kind.__name__}: {value}").replace("%2", log))


class FirstPaint(QObject):
    """Calls ``callback`` once, just after the first paint of the window's list (or of its empty notice).

    Only once ``ready()`` holds (the list shows what it lists).  The list says when it painted
    (:class:`~chancery.ui.archive_model.ArchiveView`); the notice is watched by an event filter.
    """

    def __init__(self, window, ready: Callable[[], bool], callback: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self._view = window.view
        self._label = window.empty_label
        self._ready = ready
        self._callback = callback
        self._done = False
        self._view.viewport_painted.connect(self._list_painted)
        self._label.installEventFilter(self)

    def _list_painted(self) -> None:
        self._painted(self._view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._painted(watched)
        return False

    def _painted(self, widget) -> None:
        if self._done or not widget.isVisible() or not self._ready():
            return
        self._done = True
        self._view.viewport_painted.disconnect(self._list_painted)
        self._label.removeEventFilter(self)
        QTimer.singleShot(0, self._callback)  # once this paint is on the screen


class Startup(QObject):
    """Show the window on the archive (at once when it is current), open the full archive, then the rest."""

    def __init__(self, app: QApplication, *, demo: bool):
        super().__init__(app)
        self.app = app
        self.demo = demo
        self.archive = None
        self.handle = None
        self.window = None
        self.progress: QProgressDialog | None = None
        self._opening = False

    def start(self) -> None:
        if self.window is not None:  # again, after a backup was restored: a window on the new archive
            self.window.hide()
            self.window.deleteLater()
            self.window, self.handle, self.archive, self._opening = None, None, None, False
        server = i18n.stored_server()  # Settings ▸ Archive, unless --archive or $CHANCERY_ARCHIVE says otherwise
        if not self.demo:
            self.handle = self._early_handle(server)
        if self.handle is not None:
            self.archive = self.handle
            self._show_window()  # the full archive opens once the window is painted (_open_behind)
            return
        self.progress = self._progress(self.tr("Opening the archive…"), busy=True)

        def work():
            from ..store import open_archive  # SQLAlchemy and Alembic load on the pool thread too
            from ..store.early import archive_location, set_archive_location

            if server and not archive_location():
                set_archive_location(server)
            return open_archive()

        run_in_background(work, self._opened, self._failed)

    @staticmethod
    def _early_handle(server: str | None):
        """A handle on the archive file when its schema is current (the window can paint before SQLAlchemy)."""
        from ..store.early import ArchiveHandle, archive_location, local_file

        location = archive_location()
        if location is None and server:
            return None
        path = local_file(location) if location is not None else paths.archive_path()
        return ArchiveHandle.open_current(path) if path is not None else None

    def _progress(self, text: str, *, busy: bool) -> QProgressDialog:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(text, "", 0, 0 if busy else 1000)
        dialog.setWindowTitle(self.tr("Chancery"))
        dialog.setCancelButton(None)
        dialog.setMinimumDuration(400)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        return dialog

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _failed(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._close_progress()
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Chancery cannot open the archive"),
                          self.tr("The archive could not be opened."), QMessageBox.StandardButton.Close)
        box.setObjectName("archiveErrorBox")
        if isinstance(error, UserError):
            box.setInformativeText(str(error))
            code = 2
        else:
            log = _log(getattr(error, "traceback_text", repr(error)))
            box.setInformativeText(self.tr("Unexpected error: %1\nDetails were written to %2.")
                                   .replace("%1", f"{error.__class__.__name__}: {error}").replace("%2", log))
            code = 3
        box.setDetailedText(self.tr("Data folder: %1").replace("%1", str(paths.data_dir())))
        restore = None
        if isinstance(error, ArchiveUnusableError) and self._backups_to_offer():  # not for busy, read-only, full
            restore = box.addButton(self.tr("Restore a &Backup…"), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if restore is not None and box.clickedButton() is restore and self._restore_unusable():
            QTimer.singleShot(0, self.start)  # open the restored archive
            return
        self.app.exit(code)

    @staticmethod
    def _backups_to_offer() -> bool:
        from ..store.db import archive_location

        return archive_location() is None and paths.archive_path().exists() and \
            any(paths.backups_dir().glob("*.sqlite"))

    def _restore_unusable(self) -> bool:
        """Replace an archive file that cannot be opened with a backup the user picks (store/backup.restore_file)."""
        from PySide6.QtWidgets import QFileDialog

        from ..store import backup

        path, _filter = QFileDialog.getOpenFileName(None, self.tr("Restore a Backup"), str(paths.backups_dir()),
                                                    self.tr("Chancery archives (*.sqlite)"))
        if not path:
            return False
        try:
            backup.restore_file(paths.archive_path(), Path(path))
        except UserError as error:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(None, self.tr("Restore a Backup"), str(error))
            return False
        return True

    def _opened(self, archive) -> None:
        self.archive = archive
        self.app.aboutToQuit.connect(archive.close)
        if self.demo and not archive.count(include_deleted=True):
            self._fill_demo()
        else:
            self._show_window()

    def _fill_demo(self) -> None:
        from ..demo_fill import fill_demo

        self._close_progress()
        self.progress = self._progress(self.tr("Filling the archive with sample meetings…"), busy=False)
        self.progress.setMinimumDuration(0)
        archive = self.archive

        def work(progress, _cancelled):
            return fill_demo(archive, count=DEMO_COUNT, progress=progress)

        def on_progress(fraction: float, _message: str) -> None:
            if self.progress is not None:
                self.progress.setValue(int(fraction * 1000))

        def failed(error: BaseException) -> None:
            from PySide6.QtWidgets import QMessageBox

            self._close_progress()
            _log(getattr(error, "traceback_text", repr(error)))
            QMessageBox.warning(None, self.tr("Sample meetings"),
                                self.tr("The sample meetings could not be created: %1").replace("%1", str(error)))
            self._show_window()

        run_in_background(work, lambda _count: self._show_window(), failed, on_progress=on_progress)

    def _show_window(self) -> None:
        from .main_window import MainWindow

        self._close_progress()
        window = self.window = MainWindow(self.archive, staged=self.handle is not None)
        if self.handle is not None:
            FirstPaint(window, window.model.has_listed, self._after_first_paint, self)
            QTimer.singleShot(2000, self._after_first_paint)  # a window that is not painted (minimised) too
        window.show()
        if self.handle is None:
            self._archive_open()

    def _after_first_paint(self) -> None:
        """The window has painted: finish its invisible parts, then open the full archive behind it."""
        if self._opening:
            return
        self.window.finish_building()
        self._open_behind()

    def _open_behind(self) -> None:
        """Open the full archive (SQLAlchemy, the search index) on the pool, after the first paint."""
        if self._opening:
            return
        self._opening = True
        handle = self.handle

        def work():
            # Attached here, not on the GUI thread: a call that needs the full archive before then waits for it
            # (on the GUI thread it would wait for itself); one that came before this began opened it already.
            if not handle.claim_opening():
                return handle.archive
            return handle.open_now()

        def opened(archive) -> None:
            self.app.aboutToQuit.connect(archive.close)
            self._archive_open()

        def failed(error: BaseException) -> None:
            self._failed(error)

        run_in_background(work, opened, failed)

    def _archive_open(self) -> None:
        """The full archive is open: country names (Babel) off the GUI thread, crash recovery, the form."""
        window = self.window
        QTimer.singleShot(0, window.load_country_names)
        QTimer.singleShot(100, window.check_recovery)
        QTimer.singleShot(400, window.warm_up)  # build the form while the user looks at the list
        QTimer.singleShot(600, tasks.freeze_long_lived)  # start-up's objects live on: out of the collector's way
        QTimer.singleShot(3000, self._daily_backup)

    def _daily_backup(self) -> None:
        """The day's automatic copy of the archive file (store/backup.py), off the GUI thread."""
        archive = self.handle.archive if self.handle is not None else self.archive
        window = self.window

        def work():
            from ..store.backup import daily_backup

            return daily_backup(archive)

        def failed(error: BaseException) -> None:
            if window is not None:
                window.statusBar().showMessage(
                    self.tr("The daily backup of the archive could not be made: %1").replace("%1", str(error)), 15000)

        run_in_background(work, lambda _made: None, failed)


def run_app(demo: bool = False) -> int:
    """Run the GUI until the last window closes; the process exit status."""
    app = make_application()
    _apply_stored_data_dir()
    sys.excepthook = _excepthook
    startup = Startup(app, demo=demo)
    startup.start()
    code = app.exec()
    # Everything is saved and the archive closed (aboutToQuit) by now. End the
    # process here: PySide6 6.12 can abort while the interpreter finalizes Qt
    # wrappers ("bool_dealloc" refcount error), which would turn a clean quit
    # into a crash report.
    tasks.wait_for_idle(10)
    workers = sys.modules.get("chancery.render.workers")
    if workers is not None:  # the preview's worker process and the forkserver would outlive os._exit
        workers.shut_down()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
