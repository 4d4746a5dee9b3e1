"""Does the preview follow typing? Time from the end of a pause in typing to the preview updated.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/preview_latency.py [--bursts 40] [--template ID …]

Opens the real main window (offscreen) on an archive holding the reference
meeting (``tests/fixtures/seed-meeting.json``), opens it, shows the preview
and types into the French text of a statement like a user: a few letters at
a brisk pace (120 ms a key), then a pause.  The main window waits for the
pause (``PREVIEW_DELAY_MS``) and asks the preview for the document; the time
from that moment — the end of the pause — to the preview showing the new
text is measured for every burst, for each template asked for (default: the
French communiqué, briefing note and record of conversation).

Baseline, in the same run and the same way: the preview's exact view (the
.docx written and converted back by mammoth, what the preview showed before
it rendered HTML straight from the context).  Throughout, a 5 ms heartbeat
on the GUI thread records how long the thread was ever blocked; the same
heartbeat with the window idle is the baseline for that.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
SEED = ROOT / "tests" / "fixtures" / "seed-meeting.json"
FIELD = "meeting.documents_signed[0].title.fr"  # printed by the communiqué and both internal documents


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bursts", type=int, default=40, help="pauses measured per template and view")
    parser.add_argument("--template", nargs="+", default=["communique-fr", "briefing-fr", "record-fr"])
    parser.add_argument("--letters", type=int, default=4, help="letters typed per burst")
    args = parser.parse_args(argv)

    home = Path(tempfile.mkdtemp(prefix="chancery-preview-bench-"))
    os.environ["CHANCERY_HOME"] = str(home / "data")
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from chancery.store import open_archive
    from chancery.ui import i18n
    from chancery.ui.main_window import MainWindow

    app = QApplication([])
    # PySide6 6.12 drops a reference to None at each processEvents() (and QEventLoop.exec()); this loop calls it
    # some 100,000 times, which would free None and abort the interpreter.  References held here keep it alive.
    none_references = [None] * 5_000_000  # noqa: F841
    i18n.apply_language("en")
    archive = open_archive()
    seed = json.loads(SEED.read_text(encoding="utf-8"))["meeting"]
    archive.import_meetings([seed])

    class TimedWindow(MainWindow):
        """The main window, noting when the pause in typing ended (the preview is asked for then)."""

        pause_ended = 0.0

        def refresh_preview(self) -> None:
            TimedWindow.pause_ended = time.perf_counter()
            super().refresh_preview()

    window = TimedWindow(archive, language="en")
    window.resize(1400, 900)
    window.show()

    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    last = [clock.elapsed()]
    phase = ["start"]
    worst: dict[str, float] = {}

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        worst[phase[0]] = max(worst.get(phase[0], 0), now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(tick)

    def run_for(ms: float) -> None:
        deadline = time.perf_counter() + ms / 1000
        while time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)

    def wait_for(condition, timeout_ms: float = 60_000) -> bool:
        deadline = time.perf_counter() + timeout_ms / 1000
        while time.perf_counter() < deadline:
            app.processEvents()
            if condition():
                return True
            time.sleep(0.0005)
        return False

    window.open_meeting(seed["id"], ask=False)
    window.preview_dock.show()
    run_for(300)
    pane = window.preview
    shown: list[tuple[float, str]] = []
    pane.rendered.connect(lambda page: shown.append((time.perf_counter(), page)))

    run_for(1000)
    last[0] = clock.elapsed()
    heartbeat.start()
    run_for(2000)
    idle = gaps[:]
    gaps.clear()

    results: dict[tuple[str, str], list[float]] = {}
    letters = "abcdefghijklmnopqrstuvwxyz"
    for template in args.template:
        for view in ("exact", "quick"):  # the baseline first, then the new view, for each template
            phase[0] = f"{template} {view}: switching"
            pane.exact_box.setChecked(view == "exact")
            pane.set_template(template)
            window.refresh_preview()
            wait_for(lambda: not pane.is_busy() and pane.last_html, 120_000)  # the template's first render
            run_for(300)
            window.editor.focus_path(FIELD)
            target = QApplication.focusWidget()
            run_for(300)
            phase[0] = f"{template} {view}: typing"
            latencies: list[float] = []
            typed = ""
            for burst in range(args.bursts):
                for i in range(args.letters):
                    letter = letters[(7 * burst + 3 * i) % 26]
                    QTest.keyClicks(target, letter)
                    typed += letter
                    run_for(120)
                marker = typed[-3 * args.letters:]  # the newest letters, as the document must now print them
                before = len(shown)

                def arrived_at(marker: str = marker, before: int = before) -> float | None:
                    return next((t for t, page in shown[before:] if marker in page), None)

                if not wait_for(lambda: arrived_at() is not None):
                    print(f"  {template} {view}: burst {burst} never showed {marker!r}", flush=True)
                    continue
                arrived = arrived_at()
                latencies.append((arrived - TimedWindow.pause_ended) * 1000)
                run_for(50)
            results[(template, view)] = latencies
            print(f"  {template:14} {view:5}: median {statistics.median(latencies):6.0f} ms, "
                  f"p95 {p95(latencies):6.0f} ms", flush=True)
    typing = gaps[:]
    heartbeat.stop()
    for name, gap in worst.items():
        print(f"  longest GUI-thread gap, {name}: {gap:.0f} ms")

    print(f"\nreference meeting; {args.bursts} pauses per template and view, after {args.letters} letters typed at "
          f"120 ms a key into {FIELD}; preview asked for {window.preview_timer.interval()} ms after the last key")
    load = os.getloadavg()
    print(f"load average: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} ({os.cpu_count()} cores)")
    print(f"{'template':14} {'quick median':>12} {'quick p95':>10} {'exact median':>13} {'exact p95':>10} "
          f"{'p95 ratio':>9}")
    for template in args.template:
        quick, exact = results[(template, "quick")], results[(template, "exact")]
        print(f"{template:14} {statistics.median(quick):10.0f}ms {p95(quick):8.0f}ms "
              f"{statistics.median(exact):11.0f}ms {p95(exact):8.0f}ms {p95(quick) / p95(exact):8.2f}x")

    def p99(values: list[float]) -> float:
        return sorted(values)[int(len(values) * 0.99)]

    print(f"GUI thread (5 ms heartbeat): idle: longest gap {max(idle):.0f} ms, p99 {p99(idle):.0f} ms; "
          f"typing with the preview: longest gap {max(typing):.0f} ms, p99 {p99(typing):.0f} ms "
          f"({max(typing) / max(max(idle), 1):.1f}x the idle longest)")
    archive.close()
    from chancery.render import workers

    workers.shut_down()  # the exact view's worker, as the application ends it
    os._exit(0)  # see ui/app.py: skip PySide6 finalization


if __name__ == "__main__":
    main()
