"""Server-archive benchmark: PostgreSQL search next to SQLite's, and eight clients at once.

    .venv/bin/python benchmarks/server.py [--size 100000] [--quick] [--cache DIR] [--postgres URL]
                                          [--clients 8] [--duration 60]

1. Builds (once, cached; the same archive as benchmarks/search.py) an SQLite
   archive of ``--size`` generated meetings, and copies it into a PostgreSQL
   database with :func:`chancery.store.copying.copy_archive` (bulk inserts
   of 1,000 rows, then the search index written in batches), timed.
2. Search: the same 250 queries in ten kinds as benchmarks/search.py, a
   ranked first page of 50 with snippets and the count (``search()``), on
   SQLite and on PostgreSQL in the same run, taking turns query by query:
   median and p95 per kind, and the ratio of PostgreSQL's p95 to SQLite's.
   Goal: within 2× of SQLite and under 30 ms.
3. Several users: ``--clients`` processes (default 8) for ``--duration``
   seconds (default 60), each saving meetings drawn from a shared pool of
   200 (edit the notes, save with the version read: conflicts are expected
   and reported) and searching between saves.  Afterwards every
   acknowledged save is checked against the archive: for each meeting the
   versions acknowledged are all different and the stored version and text
   are the last acknowledged ones — nothing acknowledged was lost.  Prints
   saves per second, p95 save latency, conflicts, searches per second.

Without ``--postgres`` a throwaway cluster is started in a private
temporary folder on a free port (tests/pgcluster.py; PostgreSQL must be
installed) and stopped at the end.  ``--quick``: 2,000 meetings, 20-second
clients.  Prints figures; a plain script.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

POOL = 200
PAGE = 50


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))] if ordered else 0.0


# --------------------------------------------------------------------------
# Building


def sqlite_archive(cache: Path, size: int) -> Path:
    import search as search_bench  # benchmarks/search.py: the same generated archive

    path = cache / f"archive-{size}.sqlite"
    if path.exists():
        search_bench.upgrade(path)
        print(f"SQLite archive of {size:,} meetings: cached ({path})")
    else:
        print(f"building an SQLite archive of {size:,} meetings (cached in {cache})…", flush=True)
        figures = search_bench.build(path, size)
        print(f"  built in {figures['import_s'] + figures['index_build_s']:.0f} s")
    return path


def postgres_copy(source_path: Path, admin_url: str, database: str, *, reuse: bool = False) -> tuple[str, float]:
    """The archive copied into a new database ``database`` (``reuse``: keep one already there at the current schema)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from chancery.store import open_archive
    from chancery.store import server as admin
    from chancery.store.copying import copy_archive
    from chancery.store.db import head_revision

    url = make_url(admin_url)
    connect = dict(user=url.username, host=url.query.get("host") or url.host, port=url.query.get("port") or url.port,
                   password=url.password, autocommit=True)
    if reuse:
        try:
            with psycopg.connect(dbname=database, **connect) as connection:
                revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                count = connection.execute("SELECT count(*) FROM search_map").fetchone()
            with open_archive(source_path) as source:
                expected = source.count(include_deleted=True)
            if revision and revision[0] == head_revision() and count and count[0] == expected:
                print(f"  reusing the database {database} ({count[0]:,} meetings indexed)")
                return url.set(database=database).render_as_string(hide_password=False), 0.0
        except psycopg.Error:
            pass
    with psycopg.connect(dbname="postgres", **connect) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{database}"')
    target_url = url.set(database=database).render_as_string(hide_password=False)
    admin.upgrade(target_url)
    started = time.perf_counter()
    last = [0.0]

    def progress(fraction: float, message: str) -> None:
        if time.perf_counter() - last[0] > 10:
            last[0] = time.perf_counter()
            print(f"  {fraction:4.0%} {message} ({time.perf_counter() - started:.0f} s)", flush=True)

    with open_archive(source_path) as source, open_archive(url=target_url) as target:
        copy_archive(source, target, progress=progress)
    with psycopg.connect(dbname=database, **connect) as connection:
        connection.execute("VACUUM ANALYZE")
    return target_url, time.perf_counter() - started


# --------------------------------------------------------------------------
# Search


def measure_search(archives: list, plan: dict[str, list[str]], repeat: int) -> list[dict[str, list[float]]]:
    """Times of ``search()`` per kind on each archive, the archives taking turns query by query (the machine's
    load, which moves, weighs on both alike)."""
    from chancery.store import search as S

    out: list[dict[str, list[float]]] = [{} for _ in archives]
    for kind, items in plan.items():
        for times in out:
            times[kind] = []
        for _ in range(repeat):
            for query in items:
                for archive, times in zip(archives, out, strict=True):
                    started = time.perf_counter()
                    S.search(archive, query, limit=PAGE)
                    times[kind].append((time.perf_counter() - started) * 1000)
    return out


# --------------------------------------------------------------------------
# Clients


def client(url: str, ids_file: str, acks_file: str, seconds: float, seed: int) -> int:
    """One user: save pooled meetings and search, for ``seconds``; acknowledged saves go to ``acks_file``."""
    from chancery.errors import ConflictError, UserError
    from chancery.store import open_archive
    from chancery.store import search as S

    rng = random.Random(seed)
    ids = json.loads(Path(ids_file).read_text())
    words = ["energy", "transport", "minister", "bayr", "culture", "regional security", "country:KG", "kind:phone_call"]
    stats = {"saves": 0, "conflicts": 0, "busy": 0, "searches": 0, "save_ms": [], "search_ms": []}
    with open_archive(url=url) as archive, open(acks_file, "a", encoding="utf-8") as acks:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            meeting_id = rng.choice(ids)
            started = time.perf_counter()
            meeting, version = archive.meeting_for_edit(meeting_id)
            marker = f"{seed}-{uuid.uuid4().hex[:8]}"
            meeting["notes"] = {"en": f"bench {marker}"}
            try:
                result = archive.save(meeting, expected_version=version)
            except ConflictError:
                stats["conflicts"] += 1
                continue
            except UserError:
                stats["busy"] += 1
                continue
            stats["save_ms"].append((time.perf_counter() - started) * 1000)
            stats["saves"] += 1
            acks.write(json.dumps({"id": meeting_id, "version": result.version, "marker": marker}) + "\n")
            acks.flush()
            os.fsync(acks.fileno())
            query = rng.choice(words)
            started = time.perf_counter()
            S.search(archive, query, limit=PAGE)
            stats["search_ms"].append((time.perf_counter() - started) * 1000)
            stats["searches"] += 1
    print(json.dumps(stats))
    return 0


def run_clients(url: str, count: int, seconds: float, work: Path) -> dict:
    from chancery.store import open_archive

    with open_archive(url=url) as archive:
        ids = archive.list_ids(limit=POOL)
    ids_file = work / "pool.json"
    ids_file.write_text(json.dumps(ids))
    acks = work / "acks.jsonl"
    acks.unlink(missing_ok=True)
    processes = [subprocess.Popen([sys.executable, __file__, "--client", url, str(ids_file), str(acks), str(seconds),
                                   str(n)], stdout=subprocess.PIPE, text=True) for n in range(count)]
    outputs = [p.communicate(timeout=seconds + 300)[0] for p in processes]
    if any(p.returncode for p in processes):
        raise SystemExit(f"a client failed: {[p.returncode for p in processes]}")
    totals: dict = {"saves": 0, "conflicts": 0, "busy": 0, "searches": 0, "save_ms": [], "search_ms": []}
    for output in outputs:
        stats = json.loads(output.strip().splitlines()[-1])
        for key in totals:
            totals[key] += stats[key]
    # Every acknowledged save read back: per meeting, distinct versions; the last one is what is stored.
    acknowledged: dict[str, list[dict]] = {}
    for line in acks.read_text().splitlines():
        entry = json.loads(line)
        acknowledged.setdefault(entry["id"], []).append(entry)
    lost = 0
    with open_archive(url=url) as archive:
        for meeting_id, entries in acknowledged.items():
            versions = [e["version"] for e in entries]
            last = max(entries, key=lambda e: e["version"])
            stored = archive.get_meeting(meeting_id)
            lost += len(versions) - len(set(versions))  # two acknowledged saves of one version: one was lost
            expected = {"en": f"bench {last['marker']}"}
            if archive.version_of(meeting_id) != last["version"] or stored["notes"] != expected:
                lost += 1
    totals["acknowledged"] = sum(len(e) for e in acknowledged.values())
    totals["lost"] = lost
    return totals


# --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--client":
        return client(argv[1], argv[2], argv[3], float(argv[4]), int(argv[5]))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="2,000 meetings and 20-second clients")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "chancery-search-bench")
    parser.add_argument("--postgres", metavar="URL", help="an administrator's URL of a PostgreSQL server to use")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--duration", type=float, default=60.0)
    parser.add_argument("--repeat", type=int, default=3, help="times each query runs (default 3)")
    parser.add_argument("--reuse", action="store_true",
                        help="with --postgres: keep the benchmark database of an earlier run if it is complete")
    parser.add_argument("--skip-clients", action="store_true", help="measure search only")
    args = parser.parse_args(argv)
    if args.quick:
        args.size, args.duration = 2_000, min(args.duration, 20.0)
    args.cache.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("CHANCERY_HOME", str(args.cache / "home"))

    import pgcluster
    import search as search_bench

    from chancery.store import open_archive

    folder = None
    admin_url = args.postgres
    if admin_url is None:
        admin_url, folder = pgcluster.start()
        print(f"throwaway PostgreSQL cluster in {folder}")
    try:
        source = sqlite_archive(args.cache, args.size)
        print(f"copying {args.size:,} meetings into PostgreSQL (bulk inserts)…", flush=True)
        url, copy_seconds = postgres_copy(source, admin_url, f"chancery_bench_{args.size}",
                                          reuse=args.reuse and folder is None)
        if copy_seconds:
            print(f"  copied and indexed in {copy_seconds:.0f} s")

        rng = random.Random(search_bench.SEED)
        with open_archive(source) as sqlite, open_archive(url=url) as postgres:
            plan = search_bench.queries(sqlite, rng)
            measure_search([sqlite, postgres], {k: v[:3] for k, v in plan.items()}, 1)  # warm both caches
            lite, server = measure_search([sqlite, postgres], plan, args.repeat)
        print(f"\nsearch at {args.size:,} meetings: search() = ranked page of {PAGE} + snippets + count; "
              f"{search_bench.PER_KIND} queries per kind × {args.repeat}")
        print(f"{'kind':18} {'SQLite med / p95':>18} {'PostgreSQL med / p95':>22} {'p95 ratio':>10}")
        worst = 0.0
        for kind in plan:
            a, b = lite[kind], server[kind]
            ratio = p95(b) / max(p95(a), 0.001)
            worst = max(worst, p95(b))
            print(f"{kind:18} {statistics.median(a):7.1f} / {p95(a):6.1f} ms {statistics.median(b):9.1f} / "
                  f"{p95(b):6.1f} ms {ratio:9.1f}×")
        every_a = [t for times in lite.values() for t in times]
        every_b = [t for times in server.values() for t in times]
        print(f"{'all':18} {statistics.median(every_a):7.1f} / {p95(every_a):6.1f} ms "
              f"{statistics.median(every_b):9.1f} / {p95(every_b):6.1f} ms {p95(every_b) / p95(every_a):9.1f}×")
        print(f"goal: PostgreSQL p95 under 30 ms and within 2× of SQLite; worst kind p95 {worst:.1f} ms")

        if args.skip_clients:
            return 0
        work = Path(tempfile.mkdtemp(prefix="chancery-server-bench-"))
        print(f"\n{args.clients} clients saving and searching for {args.duration:.0f} s…", flush=True)
        totals = run_clients(url, args.clients, args.duration, work)
        print(f"saves: {totals['saves']:,} ({totals['saves'] / args.duration:.1f}/s), p95 save latency "
              f"{p95(totals['save_ms']):.1f} ms (median {statistics.median(totals['save_ms'] or [0]):.1f} ms)")
        print(f"conflicts reported: {totals['conflicts']:,}; busy: {totals['busy']}")
        print(f"searches: {totals['searches']:,} ({totals['searches'] / args.duration:.1f}/s), p95 "
              f"{p95(totals['search_ms']):.1f} ms")
        print(f"acknowledged saves read back: {totals['acknowledged']:,}; lost: {totals['lost']}")
        return 0 if totals["lost"] == 0 else 1
    finally:
        if folder is not None:
            pgcluster.stop(folder)


if __name__ == "__main__":
    sys.exit(main())
