"""Memory in use with a large archive: the list scrolled through, a search and a meeting open.

    .venv/bin/python benchmarks/memory.py --archive FILE [--runs 3] [--query bayramov] [--preview]

Starts Chancery's real entry point (``chancery.cli.main``, watched from
outside as ``benchmarks/startup_probe.py`` does) on the archive, waits for
the full archive to open behind the window, then does what a user does in
the first minutes: scrolls the archive list from top to bottom, types a
search into the search box and waits for the hits, opens the first hit in
the form (and, with ``--preview``, shows its preview).  The process then
reports its resident memory (``VmRSS``) and its peak (``VmHWM``) from
``/proc/self/status`` and ends.  The baseline, in the same run, is a bare
PySide6 ``QMainWindow`` holding a ``QTableView`` of as many empty rows.
Runs alternate; medians are printed.  Linux only (``/proc``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
import json, sys
from PySide6.QtCore import QTimer, QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

class Rows(QAbstractTableModel):
    def rowCount(self, parent=None): return 0 if parent is not None and parent.isValid() else int(sys.argv[2])
    def columnCount(self, parent=None): return 5
    def data(self, index, role=Qt.ItemDataRole.DisplayRole): return "" if role == Qt.ItemDataRole.DisplayRole else None

app = QApplication(sys.argv[:1])
window = QMainWindow(); view = QTableView(); model = Rows(); view.setModel(model)
window.setCentralWidget(view); window.resize(1360, 820); window.show()

def done():
    view.scrollToBottom(); app.processEvents()
    status = dict(line.split(":", 1) for line in open("/proc/self/status"))
    json.dump({"rss": int(status["VmRSS"].split()[0]), "hwm": int(status["VmHWM"].split()[0])}, open(sys.argv[1], "w"))
    import os; os._exit(0)

QTimer.singleShot(1500, done)
app.exec()
"""


def _status() -> dict[str, int]:
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return {"rss": int(status["VmRSS"].split()[0]), "hwm": int(status["VmHWM"].split()[0])}


def child(report: Path, query: str, preview: bool, arguments: list[str]) -> int:
    """In the measured process: the real application, driven once its window is shown."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtTest import QTest

    from chancery.ui import app as app_module

    make_application = app_module.make_application
    steps: dict[str, float] = {}

    def drive(window) -> None:
        started = time.monotonic()

        def wait(condition, then, timeout: float = 300.0) -> None:
            if condition():
                QTimer.singleShot(0, then)
            elif time.monotonic() - started > timeout:
                raise SystemExit("timed out")
            else:
                QTimer.singleShot(50, lambda: wait(condition, then, timeout))

        def attached() -> bool:
            archive = window.archive
            return getattr(archive, "attached", True)

        def scroll(position: int = 0) -> None:
            bar = window.view.verticalScrollBar()
            if position <= bar.maximum():
                bar.setValue(position)
                QTimer.singleShot(5, lambda: scroll(position + max(bar.pageStep(), 1) * 20))
            else:
                steps["scrolled"] = time.monotonic() - started
                search()

        def search() -> None:
            window.search_box.setFocus()
            QTest.keyClicks(window.search_box, query)
            window.run_search()
            wait(lambda: window._search_task is None and window.model.rowCount() > 0, open_first)

        def open_first() -> None:
            steps["searched"] = time.monotonic() - started
            window.open_meeting(window.model.id_at(0), ask=False)
            if preview:
                window.preview_action.setChecked(True)
            QTimer.singleShot(3000, finish)

        def finish() -> None:
            steps["opened"] = time.monotonic() - started
            import gc

            gc.collect()
            report.write_text(json.dumps({**_status(), "steps": steps, "rows": window.model.rowCount(),
                                          "editor": window.editor is not None}), encoding="utf-8")
            sys.stdout.flush()
            os._exit(0)

        wait(attached, lambda: QTimer.singleShot(1000, scroll))

    class OnFirstShow(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Show and type(watched).__name__ == "MainWindow":
                self.parent().removeEventFilter(self)
                QTimer.singleShot(0, lambda: drive(watched))
            return False

    def make_watched_application(*args, **kwargs):
        application = make_application(*args, **kwargs)
        application.installEventFilter(OnFirstShow(application))
        return application

    app_module.make_application = make_watched_application
    from chancery.cli import main as chancery_main

    return chancery_main(arguments)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, help="the archive file (required)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--query", default="bayramov")
    parser.add_argument("--preview", action="store_true", help="also show the preview of the meeting opened")
    parser.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        return child(Path(args.child[0]), args.query, args.preview, args.child[1:])
    if args.archive is None:
        parser.error("--archive FILE is required")

    work = Path(tempfile.mkdtemp(prefix="chancery-memory-"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=str(work / "config"), CHANCERY_UI_LANG="en")
    env.pop("CHANCERY_ARCHIVE", None)
    env.pop("CHANCERY_HOME", None)
    report = work / "report.json"
    count_code = ("import sys, sqlite3; print(sqlite3.connect(sys.argv[1]).execute("
                  "'SELECT count(*) FROM meetings WHERE deleted_at IS NULL').fetchone()[0])")
    count = int(subprocess.run([sys.executable, "-c", count_code, str(args.archive)], check=True,
                               capture_output=True, text=True).stdout.strip())
    app = [sys.executable, str(Path(__file__).resolve()), "--query", args.query,
           *(["--preview"] if args.preview else []), "--child", str(report),
           "--data-dir", str(work / "data"), "--archive", str(args.archive)]
    bare = [sys.executable, "-c", BARE, str(report), str(count)]
    results: dict[str, list[dict]] = {"bare PySide6 window": [], "Chancery": []}
    for _ in range(args.runs):
        for name, command in (("bare PySide6 window", bare), ("Chancery", app)):
            report.unlink(missing_ok=True)
            done = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=900)
            if not report.exists():
                raise SystemExit(f"{name}: no report (exit {done.returncode}):\n"
                                 f"{done.stderr.decode(errors='replace')[-2000:]}")
            results[name].append(json.loads(report.read_text(encoding="utf-8")))
    print(f"archive: {args.archive} ({count:,} meetings); list scrolled top to bottom, search {args.query!r}, "
          f"first hit opened{' with its preview' if args.preview else ''}; {args.runs} alternating runs")
    base = statistics.median(r["rss"] for r in results["bare PySide6 window"])
    for name, runs in results.items():
        rss = statistics.median(r["rss"] for r in runs)
        hwm = statistics.median(r["hwm"] for r in runs)
        print(f"{name:22} RSS {rss / 1024:6.0f} MiB ({rss / base:4.2f}x)   peak {hwm / 1024:6.0f} MiB")
    steps = results["Chancery"][-1].get("steps", {})
    if steps:
        print("last Chancery run: " + ", ".join(f"{k} at {v:.1f} s" for k, v in steps.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
