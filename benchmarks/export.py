"""Writing documents: one communiqué against raw docxtpl, and a batch on every core against one after the other.

    .venv/bin/python benchmarks/export.py [--count 1000] [--runs 1] [--single 30] [--only single|cli|dialog]

1. **One communiqué.**  ``chancery.render.render_document`` (the record in,
   the finished .docx out: wording, template, Word typography, properties)
   against raw docxtpl given the same shipped template and the context
   already built (``DocxTemplate(path).render(context); save()``), alternately
   in this process, ``--single`` times each; medians and their ratio.
2. **A batch through the command line**: ``chancery render --query … -t
   communique-fr -o FOLDER`` on an archive of ``--count`` generated meetings,
   with ``--jobs 1`` (one after the other, the baseline) and with the default
   (one process per core), alternately, ``--runs`` times each; the elapsed
   time of the whole command, and what the batch reports: its own time and
   the CPU time its workers used (more than its time: more than one core at
   work); the ratio of the medians of the elapsed times.
3. **The same batch through the export dialog** (offscreen): every meeting
   selected, exported as Word files into a folder, the dialog's progress and
   all; sequential (``workers=1``) against the default, alternately.

The archive of generated meetings is built once into the cache folder
(default ``$TMPDIR/chancery-export-bench``).  The load average is printed.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
SEED = ROOT / "tests" / "fixtures" / "seed-meeting.json"
TEMPLATE = "communique-fr"


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} ({os.cpu_count()} cores)"


def single(runs: int) -> None:
    from docxtpl import DocxTemplate

    from chancery import render
    from chancery.render.context import build_context

    meeting = json.loads(SEED.read_text(encoding="utf-8"))["meeting"]
    info = render.find_template(TEMPLATE)
    context = build_context(meeting, info.language, kind=info.kind)

    def raw() -> bytes:
        template = DocxTemplate(str(info.path))
        template.render(context, autoescape=True)
        out = io.BytesIO()
        template.save(out)
        return out.getvalue()

    def chancery() -> bytes:
        return render.render_document(meeting, TEMPLATE)

    raw()
    chancery()
    times: dict[str, list[float]] = {"raw docxtpl": [], "chancery": []}
    for _ in range(runs):
        for name, function in (("raw docxtpl", raw), ("chancery", chancery)):
            started = time.perf_counter()
            function()
            times[name].append((time.perf_counter() - started) * 1000)
    base, ours = statistics.median(times["raw docxtpl"]), statistics.median(times["chancery"])
    print(f"\none communiqué ({TEMPLATE}, the reference meeting), {runs} alternating runs, load {load()}")
    print(f"  raw docxtpl (context given): median {base:6.1f} ms")
    print(f"  chancery (record → .docx):   median {ours:6.1f} ms   ratio {ours / base:.2f}x")


def build_archive(cache: Path, count: int) -> Path:
    """An archive of ``count`` generated meetings (built once, then reused)."""
    path = cache / f"archive-{count}.sqlite"
    if path.exists():
        return path
    cache.mkdir(parents=True, exist_ok=True)
    from chancery.demo import generate_meetings
    from chancery.store import open_archive

    print(f"building an archive of {count:,} meetings in {path} (once)…", flush=True)
    partial = path.with_suffix(".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    archive = open_archive(partial)
    archive.import_meetings(generate_meetings(count, seed=13))
    with archive.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    archive.close()
    partial.rename(path)
    return path


def cli_batch(archive: Path, runs: int, work: Path) -> None:
    env = {**os.environ, "CHANCERY_HOME": str(work / "home")}
    env.pop("CHANCERY_ARCHIVE", None)
    base = [sys.executable, "-m", "chancery", "--archive", str(archive), "render", "--query", "after:1900-01-01",
            "-t", TEMPLATE, "-o"]
    times: dict[str, list[float]] = {"--jobs 1": [], "every core": []}
    figures: dict[str, list[tuple[float, float]]] = {"--jobs 1": [], "every core": []}
    written: dict[str, int] = {}
    for run in range(runs):
        for name, extra in (("--jobs 1", ["--jobs", "1"]), ("every core", [])):
            folder = work / f"cli-{run}-{name.replace(' ', '-')}"
            shutil.rmtree(folder, ignore_errors=True)
            started = time.perf_counter()
            done = subprocess.run(base + [str(folder)] + extra, env=env, capture_output=True, text=True)
            elapsed = time.perf_counter() - started
            if done.returncode not in (0, 2):
                raise SystemExit(f"chancery render failed ({done.returncode}): {done.stderr[-2000:]}")
            summary = re.search(r"in ([\d.]+) s \((\d+) process(?:es)?, ([\d.]+) s of CPU\)", done.stderr)
            assert summary is not None, done.stderr[-500:]
            times[name].append(elapsed)
            figures[name].append((float(summary.group(1)), float(summary.group(3))))
            written[name] = len(list(folder.glob("*.docx")))
            print(f"  command line, {name}: {elapsed:.1f} s ({written[name]:,} files; batch {summary.group(1)} s, "
                  f"{summary.group(2)} process(es), {summary.group(3)} s of CPU)", flush=True)
            shutil.rmtree(folder, ignore_errors=True)
    report("command line (chancery render --query … -o FOLDER)", times, figures, written)


def dialog_batch(archive_path: Path, runs: int, work: Path) -> None:
    os.environ["CHANCERY_HOME"] = str(work / "home-dialog")
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from chancery.render import batch
    from chancery.store import open_archive
    from chancery.ui import i18n
    from chancery.ui.export_dialog import ExportDialog

    application = QApplication.instance() or QApplication([])
    i18n.apply_language("en")
    archive = open_archive(archive_path)
    ids = archive.list_ids()
    times: dict[str, list[float]] = {"one after the other": [], "every core": []}
    figures: dict[str, list[tuple[float, float]]] = {"one after the other": [], "every core": []}
    written: dict[str, int] = {}
    real_export = batch.export
    for run in range(runs):
        for name, workers in (("one after the other", 1), ("every core", None)):
            folder = work / f"dialog-{run}-{workers}"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)

            def export_with(*args, _workers=workers, **kwargs):
                return real_export(*args, **{**kwargs, "workers": _workers})

            batch.export = export_with  # the dialog's job calls batch.export; the baseline asks for one process
            try:
                dialog = ExportDialog(list(ids), archive=archive)
                dialog.quiet = True
                dialog.set_choice(template=TEMPLATE, fmt="docx", destination=str(folder))
                loop = QEventLoop()
                dialog.finished_export.connect(loop.quit)
                started, own_cpu = time.perf_counter(), time.process_time()
                QTimer.singleShot(0, dialog.export)
                loop.exec()
                elapsed, own_cpu = time.perf_counter() - started, time.process_time() - own_cpu
            finally:
                batch.export = real_export
            result = dialog.result_info or {}
            times[name].append(elapsed)
            figures[name].append((result.get("seconds", elapsed), result.get("cpu_seconds", 0.0)))
            written[name] = len(result.get("written", []))
            print(f"  export dialog, {name}: {elapsed:.1f} s ({written[name]:,} files, "
                  f"{result.get('workers')} process(es), {result.get('cpu_seconds', 0):.1f} s of CPU; "
                  f"the window's own process {own_cpu:.1f} s of CPU)", flush=True)
            dialog.deleteLater()
            shutil.rmtree(folder, ignore_errors=True)
    archive.close()
    del application
    report("export dialog (every meeting selected, Word files into a folder)", times, figures, written)


def report(title: str, times: dict[str, list[float]], figures: dict[str, list[tuple[float, float]]],
           written: dict[str, int]) -> None:
    names = list(times)
    base, ours = statistics.median(times[names[0]]), statistics.median(times[names[1]])
    print(f"\n{title}, load {load()}")
    for name in names:
        elapsed = statistics.median(times[name])
        batch_seconds = statistics.median(f[0] for f in figures[name])
        cpu = statistics.median(f[1] for f in figures[name])
        print(f"  {name:20} {elapsed:7.1f} s elapsed; the batch: {batch_seconds:7.1f} s, its workers' CPU "
              f"{cpu:7.1f} s ({cpu / batch_seconds:.2f} cores busy); {written[name]:,} files")
    print(f"  ratio every core / one after the other: {ours / base:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="meetings in the batch (default 1,000)")
    parser.add_argument("--runs", type=int, default=1, help="alternating runs of each batch (default 1)")
    parser.add_argument("--single", type=int, default=30, help="runs of the single communiqué (default 30)")
    parser.add_argument("--only", choices=("single", "cli", "dialog"))
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "chancery-export-bench")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="chancery-export-run-"))
    try:
        if args.only in (None, "single"):
            single(args.single)
        if args.only in (None, "cli", "dialog"):
            archive = build_archive(args.cache, args.count)
            if args.only in (None, "cli"):
                cli_batch(archive, args.runs, work)
            if args.only in (None, "dialog"):
                dialog_batch(archive, args.runs, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.stdout.flush()
    os._exit(0)  # see ui/app.py: skip PySide6 finalization


if __name__ == "__main__":
    sys.exit(main())
