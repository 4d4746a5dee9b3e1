"""Start Chancery's real entry point with a test script that runs once the main window is shown.

    python -m tests.app_launcher SCRIPT.py [chancery arguments…]

Tests that need a real process (one that can be killed, then started again)
use this instead of ``python -m chancery``: everything is the application's
own start-up (``chancery.cli.main`` → ``chancery.ui.app.run_app``), and the
script named first runs on the GUI thread, once, just after the main window
is first shown, with ``app``, ``window`` and ``archive`` defined.  The
application itself has no such hook: this module wraps
``chancery.ui.app.make_application`` and watches the new application for the
window.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class ScriptOnFirstShow(QObject):
    """Runs ``script`` once, after the first Show event of a MainWindow."""

    def __init__(self, application: QApplication, script: Path):
        super().__init__(application)
        self.application = application
        self.script = script
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Show and type(watched).__name__ == "MainWindow":
            self.done = True
            self.application.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self.run(watched))
        return False

    def run(self, window: QObject) -> None:
        namespace = {"app": self.application, "window": window, "archive": getattr(window, "archive", None),
                     "__file__": str(self.script), "__name__": "__chancery_test_script__"}
        code = compile(self.script.read_text(encoding="utf-8"), str(self.script), "exec")
        exec(code, namespace)  # the test's own script, in the test's own process


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    script, arguments = Path(argv[0]), argv[1:]
    from chancery.ui import app as app_module

    make_application = app_module.make_application

    def make_watched_application(*args, **kwargs):
        application = make_application(*args, **kwargs)
        application.installEventFilter(ScriptOnFirstShow(application, script))
        return application

    app_module.make_application = make_watched_application
    from chancery.cli import main as chancery_main

    return chancery_main(arguments)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
