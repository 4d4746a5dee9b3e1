"""Benchmark: the archive list with 100,000 meetings.

Builds (once, then reuses) an archive of N generated meetings
(``chancery.demo.generate_meetings`` stored through ``Archive.import_meetings``,
the same path as ``chancery import``), then measures what a user feels in the
main window's list, next to a baseline measured in the same run: a naive model
that loads every row and sorts in Python.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/archive_list.py [--count 100000]
        [--cache DIR] [--rebuild]

Building 100,000 meetings through the store's import takes a while (about
9 ms per meeting on a laptop); the archive is cached in ``--cache`` (default:
the system temp folder) and reused by later runs.

Figures printed: model reset (id query + reset), first paint of the view,
sort by each column (database ORDER BY on an index), scroll fetches (a jump to
10 places in the list and the paint that follows), rows read from the
database, and the baseline's full load and Python sort.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))


def build_archive(path: Path, count: int) -> None:
    from chancery.demo import iter_meetings
    from chancery.store import open_archive

    if path.exists():
        path.unlink()
    archive = open_archive(path)
    started = time.perf_counter()
    batch: list[dict] = []
    done = 0
    for meeting in iter_meetings(count):
        batch.append(meeting)
        if len(batch) == 2000:
            archive.import_meetings(batch)
            done += len(batch)
            batch = []
            rate = done / (time.perf_counter() - started)
            print(f"  built {done:,} of {count:,} ({rate:,.0f} meetings/s)", file=sys.stderr, flush=True)
    if batch:
        archive.import_meetings(batch)
    archive.close()
    print(f"  archive built in {time.perf_counter() - started:,.0f} s", file=sys.stderr)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "chancery-bench"))
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    archive_file = cache / f"archive-{args.count}.sqlite"
    if args.rebuild or not archive_file.exists():
        print(f"Building an archive of {args.count:,} meetings in {archive_file} …", file=sys.stderr)
        build_archive(archive_file, args.count)
    work = cache / "run"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    os.environ["CHANCERY_HOME"] = str(work)
    os.environ["XDG_CONFIG_HOME"] = str(work / "config")

    from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

    from chancery.store import open_archive
    from chancery.ui.archive_model import COLUMN_KEYS, SORTABLE, ArchiveModel

    app = QApplication.instance() or QApplication([])
    archive = open_archive(archive_file)
    total = archive.count()
    print(f"\nArchive list benchmark: {total:,} meetings ({archive_file})\n")

    # --- baseline: load every row, sort in Python (what a plain list model would do)
    started = time.perf_counter()
    rows = archive.list_meetings(sort="date")
    baseline_load = time.perf_counter() - started
    baseline_sorts = {}
    for key, attribute in (("date", "date"), ("kind", "kind"), ("country", "counterpart_country"),
                           ("principals", "principals"), ("status", "status")):
        started = time.perf_counter()
        rows.sort(key=lambda r: (getattr(r, attribute) or "", r.id))
        baseline_sorts[key] = time.perf_counter() - started
    del rows

    # --- the lazy model
    model = ArchiveModel(archive)
    started = time.perf_counter()
    model.reload()
    reset = time.perf_counter() - started

    view = QTableView()
    view.resize(900, 700)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    view.setModel(model)
    started = time.perf_counter()
    view.show()
    view.grab()
    app.processEvents()
    first_paint = time.perf_counter() - started
    fetched_after_paint = model.fetched_rows

    sorts = {}
    for key in ("date", "kind", "country", "principals", "status"):
        assert key in SORTABLE
        column = COLUMN_KEYS.index(key)
        for order in (view.horizontalHeader().sortIndicatorOrder(),):
            started = time.perf_counter()
            model.sort(column, order)
            view.grab()
            app.processEvents()
            sorts[key] = time.perf_counter() - started

    scrolls = []
    model.reload()
    fetched_before = model.fetched_rows
    for i in range(1, 11):
        row = min(total - 1, int(total * i / 10.5))
        started = time.perf_counter()
        view.scrollTo(model.index(row, 0))
        view.grab()
        app.processEvents()
        scrolls.append(time.perf_counter() - started)
    fetched_by_scroll = model.fetched_rows - fetched_before

    print(f"{'':34}{'lazy model':>12}   {'baseline (full load)':>22}")
    print(f"{'open the list (reset / full load)':34}{ms(reset)}   {ms(baseline_load):>22}")
    print(f"{'first paint':34}{ms(first_paint)}")
    print(f"{'rows read for the first paint':34}{fetched_after_paint:>9,}      {total:>19,}")
    for key in sorts:
        label = f"sort by {key}"
        print(f"{label:34}{ms(sorts[key])}   {ms(baseline_sorts[key]):>22}")
    print(f"{'scroll jump + paint, median':34}{ms(statistics.median(scrolls))}")
    print(f"{'scroll jump + paint, worst':34}{ms(max(scrolls))}")
    print(f"{'rows read by 10 scroll jumps':34}{fetched_by_scroll:>9,}")
    print("\nBaseline sorts are Python sorts of rows already in memory, after the full load above;"
          "\nthe lazy model's sorts include the database query, the model reset and the repaint.")
    view.close()
    archive.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
