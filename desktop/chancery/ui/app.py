"""Starting the GUI: the application object, its language and style, the archive, the main window.

``run_app`` installs the interface translation before any widget exists,
opens the archive on a pool thread (a migration can take a moment; a newer
or damaged archive is reported in a dialog, never overwritten), fills an
empty archive with sample meetings for ``--demo`` behind a progress dialog,
then shows the main window and offers any work a crash left unsaved.

"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from .. import __version__, paths
from ..errors import UserError
from . import i18n
from . import tasks
from .tasks import run_in_background

DEMO_COUNT = 60


def style_sheet() -> str:
    try:
        return (paths.resources_dir() / "style" / "chancery.qss").read_text(encoding="utf-8")
    except OSError:
        return ""


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with Chancery's names (for QSettings), style and translation."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(i18n.ORGANIZATION)
    app.setApplicationName(i18n.APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("chancery")
    app.setStyle("Fusion")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "style" / "icons" / "chancery.svg")))
    app.setStyleSheet(style_sheet())
    i18n.apply_language(i18n.chosen_language())
    return app


def _apply_stored_data_dir() -> None:
    """The archive folder chosen in Settings, unless --data-dir or CHANCERY_HOME says otherwise."""
    from .settings_dialog import stored_data_dir

    if paths.data_dir_overridden():
        return
    folder = stored_data_dir()
    if folder:
        paths.set_data_dir(folder)


def _log(text: str) -> str:
    try:
        log = paths.data_dir() / "chancery.log"
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(text + "\n")
        return str(log)
    except OSError:
        return "(log unavailable)"


def _excepthook(kind, value, tb) -> None:
    """An unexpected error in a slot: logged, shown once, and the application keeps running."""
    text = "".join(traceback.format_exception(kind, value, tb))
    log = _log(text)
    sys.stderr.write(text)
    if QApplication.instance() is None:
        return
    QMessageBox.critical(None, QApplication.translate("App", "Unexpected error"),
                         QApplication.translate("App", "Something went wrong: %1\n\nDetails were written to %2.")
                         .replace("%1", f"{kind.__name__}: {value}").replace("%2", log))


class Startup(QObject):
    """Open the archive off the GUI thread, optionally fill the demo, then show the window."""

    def __init__(self, app: QApplication, *, demo: bool):
        super().__init__(app)
        self.app = app
        self.demo = demo
        self.archive = None
        self.window = None
        self.progress: QProgressDialog | None = None

    def start(self) -> None:
        self.progress = self._progress(self.tr("Opening the archive…"), busy=True)

        from .archive_settings import stored_server

        server = stored_server()  # Settings ▸ Archive, unless --archive or $CHANCERY_ARCHIVE says otherwise

        def work():
            from ..store import open_archive  # SQLAlchemy and Alembic load on the pool thread too
            from ..store.db import archive_location, set_archive_location

            if server and not archive_location():
                set_archive_location(server)
            return open_archive()

        run_in_background(work, self._opened, self._failed)

    def _progress(self, text: str, *, busy: bool) -> QProgressDialog:
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
        if isinstance(error, UserError) and self._backups_to_offer():
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
            self._close_progress()
            _log(getattr(error, "traceback_text", repr(error)))
            QMessageBox.warning(None, self.tr("Sample meetings"),
                                self.tr("The sample meetings could not be created: %1").replace("%1", str(error)))
            self._show_window()

        run_in_background(work, lambda _count: self._show_window(), failed, on_progress=on_progress)

    def _show_window(self) -> None:
        from .main_window import MainWindow

        self._close_progress()
        self.window = MainWindow(self.archive)
        self.window.show()
        # after the first paint: country names (Babel) off the GUI thread, then crash recovery
        QTimer.singleShot(0, self.window.load_country_names)
        QTimer.singleShot(100, self.window.check_recovery)
        QTimer.singleShot(400, self.window.warm_up)  # build the form while the user looks at the list
        QTimer.singleShot(3000, self._daily_backup)

    def _daily_backup(self) -> None:
        """The day's automatic copy of the archive file (store/backup.py), off the GUI thread."""
        archive, window = self.archive, self.window

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
    QTimer.singleShot(0, startup.start)
    code = app.exec()
    # Everything is saved and the archive closed (aboutToQuit) by now. End the
    # process here: PySide6 6.12 can abort while the interpreter finalizes Qt
    # wrappers ("bool_dealloc" refcount error), which would turn a clean quit
    # into a crash report.
    tasks.wait_for_idle(10)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
