"""Start Chancery's real entry point and report the first paint of the archive list, then end the process.

    python benchmarks/startup_probe.py PROBE.json [chancery arguments…]

Used by ``benchmarks/startup.py`` and ``tests/ui/test_startup.py``.  The
application is started as ``python -m chancery`` starts it
(``chancery.cli.main``); this script only watches the main window
with :class:`chancery.ui.app.FirstPaint` — what the application itself
uses to open the full archive after the first paint — connected just before
the application's own one (or, when the application has none, once
``Startup._show_window`` has shown the window): it waits for the list (or the
"archive is empty" notice) to be painted with what it lists.  (No
application-wide event filter: it would slow every event down.)  Then PROBE.json receives, as JSON, the time
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
    from chancery.ui import app as app_module

    first_paint = app_module.FirstPaint
    watching: list[object] = []

    def watch(window) -> None:
        if not watching:
            watching.append(first_paint(window, window.model.has_listed, lambda: _report(probe, window), window))

    class WatchedFirstPaint(first_paint):  # type: ignore[misc, valid-type]
        """The application's own watcher, with the probe's connected just before it.

        So the report is written as soon as the paint is on the screen, before the
        application's own after-first-paint work (opening the full archive on a pool
        thread, whose imports would otherwise compete for the interpreter with the report).
        """

        def __init__(self, window, ready, callback, parent) -> None:
            watch(window)
            super().__init__(window, ready, callback, parent)

    show_window = app_module.Startup._show_window

    def show_watched_window(startup) -> None:
        show_window(startup)  # the window is shown; its first paint comes from the event loop, after this
        watch(startup.window)  # no FirstPaint of the application's own (the archive was opened before the window)

    app_module.FirstPaint = WatchedFirstPaint
    app_module.Startup._show_window = show_watched_window
    from chancery.cli import main as chancery_main

    return chancery_main(arguments)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
