"""Does the archive list follow typing in the search box without a stutter?

Opens the real main window (offscreen) on a generated archive, types names
letter by letter into the search box at a brisk typist's pace (120 ms per
key), and measures how long the GUI thread is blocked: a 5 ms heartbeat
timer records every gap between its ticks.  The baseline is the same
heartbeat with the window idle, measured in the same run; a ratio near 1
and a worst gap under ~50 ms mean no visible stutter.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/typing_latency.py [--archive FILE] [--count N]

Without --archive it builds (and caches) an archive of --count meetings
(default 10,000) in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build_archive(count: int) -> Path:
    from chancery.demo import generate_meetings
    from chancery.store import open_archive

    path = Path(tempfile.gettempdir()) / "chancery-typing" / f"archive-{count}.sqlite"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    archive = open_archive(path)
    print(f"building {count} meetings (once; cached at {path})…", flush=True)
    archive.import_meetings(generate_meetings(count))
    archive.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", help="an existing archive file")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--words", nargs="+", default=["bayramov", "hajiyev", "kirghiz", "country:KG programme"])
    args = parser.parse_args()
    path = Path(args.archive) if args.archive else build_archive(args.count)

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from chancery.store import open_archive
    from chancery.ui.main_window import MainWindow

    app = QApplication([])
    archive = open_archive(path)
    window = MainWindow(archive, language="en")
    window.resize(1400, 900)
    window.show()

    gaps: list[float] = []
    worst: list[tuple[float, str]] = []  # (gap, what was in the search box)
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        worst.append((now - last[0], window.search_box.text()))
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(tick)

    def run_for(ms: int) -> None:
        deadline = time.perf_counter() + ms / 1000
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)

    run_for(1500)  # start-up work settles
    last[0] = clock.elapsed()
    heartbeat.start()
    run_for(1500)
    idle = gaps[:]
    gaps.clear()
    worst.clear()

    for text in args.words:
        window.search_box.clear()
        run_for(300)
        for letter in text:
            QTest.keyClicks(window.search_box, letter)
            run_for(120)
        run_for(600)  # the last answer arrives
        print(f"  {text!r}: {window.model.rowCount()} rows listed", flush=True)
    typing = gaps[:]
    heartbeat.stop()

    def describe(name: str, values: list[float]) -> str:
        values = sorted(values)
        p95 = values[int(len(values) * 0.95) - 1]
        return (f"{name:8} ticks {len(values):5}  median gap {statistics.median(values):5.1f} ms  "
                f"p95 {p95:5.1f} ms  worst {values[-1]:6.1f} ms")

    print(f"archive: {path} ({archive.count()} meetings)")
    print(describe("idle", idle))
    print(describe("typing", typing))
    typing_p95 = sorted(typing)[int(len(typing) * 0.95) - 1]
    idle_p95 = sorted(idle)[int(len(idle) * 0.95) - 1]
    print(f"ratio typing/idle: p95 {typing_p95 / max(idle_p95, 0.1):.2f}, "
          f"worst {max(typing) / max(max(idle), 0.1):.2f}")
    print("longest gaps while typing:", ", ".join(f"{g:.0f} ms at {t!r}" for g, t in sorted(worst)[-5:]))
    archive.close()
    os._exit(0)  # see ui/app.py: skip PySide6 finalization


if __name__ == "__main__":
    main()
