"""Benchmark: the briefing note's archive history on a large archive.

Builds (once, then reuses) an archive of N generated meetings, as
``benchmarks/archive_list.py`` does, then measures for a sample of meetings
what the briefing note asks the archive (``store.history.counterpart_history``:
earlier meetings with the same person and country, documents, open next steps
and invitations) next to baselines measured in the same run: loading the one
record (``Archive.get_meeting``) and the earlier "related meetings" query
(``Archive.related_meetings``, country only, ten records).  It also renders
the briefing note with and without the archive.

    .venv/bin/python benchmarks/briefing_history.py [--count 20000] [--sample 30] [--cache DIR] [--rebuild]

The history runs with the render, off the GUI thread (preview and export
workers); the figure that matters is its share of a render.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def timed(action, repeat: int = 1) -> float:
    started = time.perf_counter()
    for _ in range(repeat):
        action()
    return (time.perf_counter() - started) / repeat


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "chancery-bench"))
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    from archive_list import build_archive

    from chancery.render import render_document
    from chancery.store import open_archive
    from chancery.store.history import counterpart_history

    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    archive_file = cache / f"archive-{args.count}.sqlite"
    if args.rebuild or not archive_file.exists():
        print(f"Building an archive of {args.count:,} meetings in {archive_file} …", file=sys.stderr)
        build_archive(archive_file, args.count)
    work = cache / "history-run"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    shutil.copy(archive_file, work / "archive.sqlite")

    archive = open_archive(work / "archive.sqlite")
    ids = archive.list_ids(sort="date", descending=True)
    rng = random.Random(11)
    sample = rng.sample(ids, min(args.sample, len(ids)))
    meetings = archive.get_meetings(sample)

    rows = {"load one record": [], "related meetings (old query)": [], "counterpart history": []}
    sizes = []
    for meeting in meetings:
        rows["load one record"].append(timed(lambda m=meeting: archive.get_meeting(m["id"])))
        rows["related meetings (old query)"].append(timed(lambda m=meeting: archive.related_meetings(m)))
        found = None

        def history(m=meeting):
            nonlocal found
            found = counterpart_history(archive, m)

        rows["counterpart history"].append(timed(history))
        person = found.people[0] if found and found.people else None
        sizes.append((found.meeting_count if found else 0, person.meeting_count if person else 0,
                      found.open_step_count if found else 0))

    renders = {"briefing note, no archive": [], "briefing note, with history": []}
    for meeting in meetings[:10]:
        try:
            renders["briefing note, no archive"].append(timed(lambda m=meeting: render_document(m, "briefing-en")))
            renders["briefing note, with history"].append(
                timed(lambda m=meeting: render_document(m, "briefing-en", archive=archive)))
        except Exception as error:  # a draft missing its English text: skip it
            print(f"  skipped {meeting['id']}: {error}", file=sys.stderr)
    archive.close()

    print(f"archive: {args.count:,} meetings; {len(meetings)} meetings sampled")
    print(f"history found per meeting (median): {statistics.median(s[0] for s in sizes):,.0f} earlier meetings "
          f"with the country, {statistics.median(s[1] for s in sizes):,.0f} with the person, "
          f"{statistics.median(s[2] for s in sizes):,.0f} open next steps (max {max(s[0] for s in sizes):,})")
    baseline = statistics.median(rows["load one record"])
    for name, values in rows.items():
        values.sort()
        p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
        print(f"  {name:32} median {ms(statistics.median(values))}  p95 {ms(p95)}  "
              f"ratio to one record {statistics.median(values) / baseline:6.1f}")
    if renders["briefing note, no archive"]:
        plain = statistics.median(renders["briefing note, no archive"])
        full = statistics.median(renders["briefing note, with history"])
        print(f"  {'briefing note, no archive':32} median {ms(plain)}")
        print(f"  {'briefing note, with history':32} median {ms(full)}  ratio {full / plain:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
