"""Start Chancery's real entry point and report the first paint of the archive list, then end the process.

    python benchmarks/startup_probe.py PROBE.json [chancery arguments…]

Used by ``benchmarks/startup.py`` and ``tests/ui/test_startup.py``.  The
application is started as ``python -m chancery`` starts it
(``chancery.cli.main``); this script only wraps
``chancery.ui.app.make_application`` to watch the new application: when the
main window is first shown, :class:`chancery.ui.app.FirstPaint` — what the
application itself uses to open the full archive after the first paint —
waits for the list (or the "archive is empty" notice) to be painted with
what it lists.  Then PROBE.json receives, as JSON, the time
(``time.monotonic()``), the CPU time used, the modules loaded by then, the
rows listed and which of the two was painted, and the process ends at once.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def _report(path: Path, window) -> None:
    report = {"painted": time.monotonic(), "cpu": time.process_time(), "modules": sorted(sys.modules),
              "rows": window.model.rowCount(), "listed": window.list_stack.currentWidget().objectName()}
    path.write_text(json.dumps(report), encoding="utf-8")
    sys.stdout.flush()
    os._exit(0)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    probe, arguments = Path(argv[0]), argv[1:]
    from PySide6.QtCore import QEvent, QObject

    from chancery.ui import app as app_module

    make_application = app_module.make_application

    class OnFirstShow(QObject):
        def __init__(self, application):
            super().__init__(application)
            self.application = application

        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Show and type(watched).__name__ == "MainWindow":
                self.application.removeEventFilter(self)
                window = watched
                app_module.FirstPaint([window.view.viewport(), window.empty_label], window.model.has_listed,
                                      lambda: _report(probe, window), self)
            return False

    def make_watched_application(*args, **kwargs):
        application = make_application(*args, **kwargs)
        application.installEventFilter(OnFirstShow(application))
        return application

    app_module.make_application = make_watched_application
    from chancery.cli import main as chancery_main

    return chancery_main(arguments)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
