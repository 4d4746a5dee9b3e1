"""How fast does the main window appear? Chancery's start against a bare PySide6 window, started the same way.

    .venv/bin/python benchmarks/startup.py [--runs 9] [--archive FILE] [--platform offscreen|xcb]

Each run is a fresh process started with this interpreter; the time is taken
from just before the process is started to the moment the window has
painted — for Chancery, the archive list with its first page of meetings (or
the "archive is empty" notice), for the baseline, an empty ``QMainWindow``
of the same size.  Chancery is started through ``benchmarks/startup_probe.py``
(its real entry point, watched from outside), which reports that moment and
the modules loaded by then; the baseline is a few lines of PySide6 doing the
same.  The CPU time each process used until then is printed beside (less
sensitive to the machine's load than the elapsed time, which is the goal).
Runs alternate (baseline, empty archive, large archive, baseline, …)
so that a change in the machine's load hits every case alike, and the
medians are compared.

With ``--floor``, one more case: ``benchmarks/startup_floor.py``, the widgets
the main window shows at its first paint (menus, toolbar, search box, filters,
the list on a Python model with the first page of the large archive, the
form's placeholder, docks, status bar, style sheet and icons) built in plain
PySide6 with no Chancery code — what those Qt widgets cost in PySide6, the
floor under which no window made of them can start.

Cases: an empty archive (created before the runs), and, with ``--archive``
(default: the 100,000-meeting archive ``benchmarks/search.py`` caches in
``$TMPDIR/chancery-search-bench``, when it exists), a large one; it is
upgraded to the current schema once before the runs.  The platform is Qt's
offscreen one unless ``--platform xcb`` (an X server, e.g. under
``xvfb-run``) is asked for.  Bytecode caches are written (a first, uncounted
round of runs makes them), as for an installed program, whatever
``PYTHONDONTWRITEBYTECODE`` says.  The load average of the machine is
printed before and after.
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
DEFAULT_LARGE = Path(tempfile.gettempdir()) / "chancery-search-bench" / "archive-100000.sqlite"
HEAVY = ("sqlalchemy", "alembic", "docxtpl", "docx", "babel", "mammoth", "psycopg", "pymorphy3", "pytrovich",
         "jinja2")

BARE_WINDOW = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1360, 820)

def done():
    with open(sys.argv[1], "w", encoding="utf-8") as handle:
        json.dump({"painted": time.monotonic(), "cpu": time.process_time(), "modules": sorted(sys.modules)}, handle)
    sys.stdout.flush()
    import os
    os._exit(0)

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False

probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def run_once(command: list[str], env: dict[str, str], probe: Path, timeout: float) -> dict:
    probe.unlink(missing_ok=True)
    started = time.monotonic()
    process = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
    ended = time.monotonic()
    if not probe.exists():
        raise SystemExit(f"no start-up report from {' '.join(command)} (exit {process.returncode}):\n"
                         f"{process.stderr.decode(errors='replace')[-2000:]}")
    report = json.loads(probe.read_text(encoding="utf-8"))
    report["seconds"] = report["painted"] - started
    report["exited"] = ended - started
    return report


def prepare_empty(home: Path, env: dict[str, str]) -> None:
    """An archive with no meetings (made by Chancery itself, so the runs open an existing file)."""
    subprocess.run([sys.executable, "-m", "chancery", "--data-dir", str(home), "list"], env=env, check=True,
                   stdout=subprocess.DEVNULL)


def prepare_large(path: Path, env: dict[str, str]) -> int:
    """Bring the large archive to the current schema (once) and count its meetings."""
    code = ("import sys; from chancery.store import open_archive; a = open_archive(sys.argv[1]); "
            "print(a.count()); backup = a.backup; a.close(); "
            "import pathlib; backup and pathlib.Path(backup).unlink(missing_ok=True)")
    out = subprocess.run([sys.executable, "-c", code, str(path)], env=env, check=True, capture_output=True, text=True)
    return int(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="runs of each case (default 9; medians are compared)")
    parser.add_argument("--archive", type=Path, default=None,
                        help=f"a large archive to start on (default: {DEFAULT_LARGE} if it exists)")
    parser.add_argument("--no-large", action="store_true", help="only the empty archive")
    parser.add_argument("--platform", default="offscreen", help="Qt platform plugin (default offscreen)")
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--floor", action="store_true",
                        help="also time the same widgets built in plain PySide6 (benchmarks/startup_floor.py)")
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="chancery-startup-"))
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": args.platform,
        "XDG_CONFIG_HOME": str(work / "config"),  # window state and Settings of this run only
        "CHANCERY_UI_LANG": "en",
        "PYTHONPATH": str(ROOT / "desktop") + os.pathsep + env.get("PYTHONPATH", ""),
    })
    env.pop("CHANCERY_ARCHIVE", None)
    env.pop("CHANCERY_HOME", None)
    # As installed: Python modules compiled once (the warm-up round writes the bytecode caches, as pip does
    # at install time), not compiled again at every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    probe = work / "probe.json"
    empty_home = work / "empty"
    prepare_empty(empty_home, env)

    chancery = [sys.executable, str(ROOT / "benchmarks" / "startup_probe.py"), str(probe)]
    cases: dict[str, list[str]] = {
        "bare PySide6 window": [sys.executable, "-c", BARE_WINDOW, str(probe)],
        "Chancery, empty archive": [*chancery, "--data-dir", str(empty_home)],
    }
    large = args.archive or (DEFAULT_LARGE if DEFAULT_LARGE.exists() else None)
    if large is not None and not args.no_large:
        count = prepare_large(large, env)
        cases[f"Chancery, {count:,} meetings"] = [*chancery, "--data-dir", str(work / "large"), "--archive",
                                                   str(large)]

    if args.floor:
        cases["same widgets, plain PySide6"] = [sys.executable, str(ROOT / "benchmarks" / "startup_floor.py"),
                                                str(probe), str(large or empty_home / "archive.sqlite")]

    load_before = os.getloadavg()
    times: dict[str, list[float]] = {name: [] for name in cases}
    cpu: dict[str, list[float]] = {name: [] for name in cases}
    modules: dict[str, list[str]] = {}
    for number in range(args.runs + 1):  # the first round warms the file cache and is not counted
        for name, command in cases.items():
            report = run_once(command, env, probe, args.timeout)
            if number:
                times[name].append(report["seconds"])
                cpu[name].append(report["cpu"])
            modules[name] = report["modules"]
        if number:
            print(f"  run {number}: " + ", ".join(f"{times[n][-1] * 1000:.0f}" for n in cases) + " ms", flush=True)
    load_after = os.getloadavg()

    baseline = statistics.median(times["bare PySide6 window"])
    print(f"\nprocess start → window painted (with the first page of the list), {args.runs} alternating runs, "
          f"platform {args.platform}")
    print(f"load average (1, 5, 15 min): before {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}, "
          f"after {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f} ({os.cpu_count()} cores)")
    cpu_baseline = statistics.median(cpu["bare PySide6 window"])
    print(f"{'case':34} {'median':>8} {'min':>7} {'max':>7} {'ratio':>6}   {'CPU time':>8} {'ratio':>6}")
    for name, values in times.items():
        print(f"{name:34} {statistics.median(values) * 1000:6.0f}ms {min(values) * 1000:5.0f}ms "
              f"{max(values) * 1000:5.0f}ms {statistics.median(values) / baseline:5.2f}x   "
              f"{statistics.median(cpu[name]) * 1000:6.0f}ms {statistics.median(cpu[name]) / cpu_baseline:5.2f}x")
    for name, loaded in modules.items():
        if name.startswith("Chancery"):
            heavy = sorted({m.split(".")[0] for m in loaded if m.split(".")[0] in HEAVY})
            print(f"{name}: {len(loaded)} modules at first paint; heavy ones: {', '.join(heavy) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
