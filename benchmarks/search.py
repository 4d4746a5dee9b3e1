"""Archive search benchmark: FTS5 index against a LIKE scan, at 10,000 and 100,000 meetings.

    .venv/bin/python benchmarks/search.py [--cache DIR] [--quick] [--sizes 10000 100000]

Builds archives of generated meetings (chancery.demo) once into the cache
folder (default: $TMPDIR/chancery-search-bench), then prints, per size:

* how long building the archive and the index took, and the database size
  (total and the search tables' share, the data the index is made from, and
  each per 1,000 meetings; pages in use, as ``dbstat`` counts them);
* for 250 realistic queries in ten kinds (names, places, topics, two words,
  common words, rare words, 2- and 3-letter prefixes, no hits, field
  filters): median and p95 latency of ``search()`` — a ranked first page of
  50 hits with snippets and the number found (exact up to
  ``search.COUNT_LIMIT``, shown as "1000+" beyond) — next to a LIKE scan
  that answers the same question (count + newest 50) over the same text
  (a plain copy of the documents made for it: the index keeps them compressed),
  in the same process (on a sample of each kind at 100,000: a scan takes
  seconds), and the ratio of the medians on the same queries; also the
  median of ``search(exact_count=True)`` (every match counted) and of
  ``search_ids()`` (every matching id, best first: the GUI's list);
* what the index adds to saving one meeting: saves of new meetings
  alternately with and without the index, medians and the difference.

A cached archive made by an older Chancery is upgraded in place first (the
migration's own backup of it is deleted: the cache can be rebuilt).
``--quick`` uses one archive of 2,000 meetings (built in about 25 s on a
fresh machine).  Plain script; prints figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from chancery.demo import iter_meetings  # noqa: E402
from chancery.store import open_archive  # noqa: E402
from chancery.store import search as S  # noqa: E402
from chancery.store.query import parse_query, tokens  # noqa: E402
from chancery.text import fold  # noqa: E402

SEED = 2021
PAGE = 50
KINDS = ("names", "places", "topics", "two words", "common words", "rare words", "2-letter prefix",
         "3-letter prefix", "no hits", "field filters")
PER_KIND = 25


# --------------------------------------------------------------------------
# Archives


def build(path: Path, size: int) -> dict:
    """Fill a new archive with ``size`` generated meetings; returns the build figures."""
    if path.exists():
        path.unlink()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if extra.exists():
            extra.unlink()
    archive = open_archive(path)
    try:
        started = time.perf_counter()
        stream = iter_meetings(size, seed=SEED)
        done = 0
        # The meetings go in through the archive's own import; the index is built after, in bulk,
        # by rebuild_index (the same documents the save hook writes; the tests hold that).
        with S.suspended():
            while done < size:
                chunk = [next(stream) for _ in range(min(5000, size - done))]
                archive.import_meetings(chunk)
                done += len(chunk)
                print(f"  imported {done:,} of {size:,} meetings ({time.perf_counter() - started:.0f} s)", flush=True)
        imported = time.perf_counter() - started
        started = time.perf_counter()
        S.rebuild_index(archive)
        indexed = time.perf_counter() - started
        figures = {"size": size, "import_s": round(imported, 1), "index_build_s": round(indexed, 2)}
        with archive.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        archive.close()
    path.with_suffix(".json").write_text(json.dumps(figures), encoding="utf-8")
    return figures


def upgrade(path: Path) -> float | None:
    """Bring a cached archive to the current schema in place; seconds taken, None if it was current."""
    from chancery.store.db import head_revision

    with sqlite3.connect(path) as connection:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    if revision == head_revision():
        return None
    started = time.perf_counter()
    archive = open_archive(path)
    elapsed = time.perf_counter() - started
    backup = archive.backup
    archive.close()
    if backup is not None:
        Path(backup).unlink(missing_ok=True)
    with sqlite3.connect(path) as connection:  # into the main file: the cache is copied without its -wal
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return elapsed


def sizes(archive) -> tuple[int, int]:
    with archive.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    total = sum(r[1] for r in rows)
    search = sum(r[1] for r in rows if r[0].startswith("search") or r[0].startswith("sqlite_autoindex_search"))
    return total, search


# --------------------------------------------------------------------------
# Queries


def queries(archive, rng: random.Random) -> dict[str, list[str]]:
    """250 queries drawn from what the archive holds, 25 per kind."""
    from chancery import refdata

    with archive.engine.connect() as connection:
        raw = connection.connection.driver_connection
        names = [r[0] for r in raw.execute("SELECT DISTINCT name FROM person_names")]
        countries = [r[0] for r in raw.execute(
            "SELECT DISTINCT counterpart_country FROM meetings WHERE counterpart_country IS NOT NULL")]
        cities = [r[0] for r in raw.execute("SELECT DISTINCT json_extract(place, '$.city.en') FROM meetings")
                  if r[0]]
        raw.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab USING fts5vocab(main, 'search_fts', 'row')")
        total = raw.execute("SELECT count(*) FROM search_map").fetchone()[0]
        common = [r[0] for r in raw.execute(
            "SELECT term FROM temp.bench_vocab WHERE length(term) > 3 AND term NOT LIKE 'x%' "
            "AND doc > ? ORDER BY doc DESC LIMIT 200", (total // 4,))]
        # the rarest words (in at most 1 meeting in 1,000, or else the rarest 25 the archive has)
        rare = [r[0] for r in raw.execute(
            "SELECT term FROM temp.bench_vocab WHERE length(term) > 4 AND doc BETWEEN 1 AND ? "
            "AND term NOT GLOB '*[0-9]*' LIMIT 2000", (max(3, total // 1000),))] or [r[0] for r in raw.execute(
            "SELECT term FROM temp.bench_vocab WHERE length(term) > 4 AND term NOT GLOB '*[0-9]*' "
            "AND term NOT LIKE 'x%' ORDER BY doc LIMIT 200")]  # a large archive of few words: the rarest there are
        # what people type: each language's spelling
        topic_labels = [label for labels in refdata.vocabulary("topic").values()
                        for lang, label in labels.items() if lang in ("en", "fr", "ru")]
        area_labels = [v for code, labels in refdata.vocabulary("cooperation_area").items()
                       for lang, v in labels.items() if lang in ("en", "fr", "ru")]
    surnames = [n.split()[-1] for n in names if n.split()]
    country_names = [refdata.country_name(c, rng.choice(("en", "fr", "ru"))) for c in countries]
    places = country_names + cities
    topics = topic_labels + area_labels
    words = [w for w in common if len(w) > 4]

    def pick(pool, k=PER_KIND):
        pool = list(dict.fromkeys(p for p in pool if p))
        return [rng.choice(pool) for _ in range(k)] if len(pool) < k else rng.sample(pool, k)

    def prefix(word, n):
        letters = "".join(tokens(word))
        return letters[:n]

    out = {
        "names": pick(surnames + names),
        "places": pick(places),
        "topics": pick(topics),
        "two words": [f"{rng.choice(surnames)} {rng.choice(words)}" if i % 3 == 0 else
                      f"{rng.choice(places)} {rng.choice(topics).split()[0]}" if i % 3 == 1 else
                      f"{rng.choice(words)} {rng.choice(words)}" for i in range(PER_KIND)],
        "common words": pick(common[:60]),
        "rare words": pick(rare),
        "2-letter prefix": [prefix(w, 2) for w in pick(surnames + places + words)],
        "3-letter prefix": [prefix(w, 3) for w in pick(surnames + places + words)],
        "no hits": [f"{w}zq" for w in pick(surnames + words, PER_KIND - 5)] +
                   ['"minister of culture of atlantis"', "qwxz", "zzzyx -kazakhstan", "xylophone", "vrrt"],
        "field filters": [],
    }
    ff = out["field filters"]
    for i in range(PER_KIND):
        choice = i % 8
        if choice == 0:
            ff.append(f"country:{rng.choice(countries)}")
        elif choice == 1:
            ff.append(f"kind:{rng.choice(['phone_call', 'official_visit', 'sidelines', 'videoconference'])} "
                      f"year:{rng.randint(2018, 2026)}")
        elif choice == 2:
            ff.append(f"with:{fold(rng.choice(surnames))}")
        elif choice == 3:
            ff.append(f"signed:{rng.choice(['programme', 'agreement', 'memorandum', 'protocol'])}")
        elif choice == 4:
            ff.append(f"status:draft country:{rng.choice(countries)}")
        elif choice == 5:
            ff.append(f"{rng.choice(topics).split()[0]} after:{rng.randint(2018, 2025)}-01-01 "
                      f"before:{rng.randint(2019, 2026)}-06-01")
        elif choice == 6:
            ff.append(f"country:\"{rng.choice(country_names)}\" {rng.choice(words)}")
        else:
            ff.append(f"year:{rng.randint(2018, 2026)} -{rng.choice(words)}")
    return out


# --------------------------------------------------------------------------
# The LIKE scan


LIKE_TABLE = "bench_like_docs"  # the documents' text, plain (the index keeps it compressed), for the LIKE scan


def plain_documents(archive) -> None:
    """The search documents' text as a plain table, what a LIKE scan reads (made in the work copy, then dropped)."""
    with archive.engine.begin() as connection:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {LIKE_TABLE}")
        connection.exec_driver_sql(f"CREATE TABLE {LIKE_TABLE} AS SELECT * FROM search_docs")


def like_scan(archive, query: str) -> tuple[int, list[str]]:
    """What search() answers (count + first page), by LIKE over the same text without the index."""
    parsed = parse_query(query)
    text = " || ' ' || ".join(f"d.{c}" for c in S.COLUMNS)
    where, args = [], []
    for clause in parsed.clauses:
        alternatives = []
        for atom in clause.alternatives:
            if isinstance(atom, S.Text):
                alternatives.append(f"({text}) LIKE ?")
                args.append("%" + " ".join(atom.tokens) + "%")
            else:
                alternatives.append("(" + " OR ".join("d.facets LIKE ?" for _ in atom.values) + ")")
                args += ["%" + S.facet_token(atom.field, v) + "%" for v in atom.values]
        condition = "(" + " OR ".join(alternatives) + ")"
        where.append(f"NOT {condition}" if clause.negated else condition)
    where.append("d.facets NOT LIKE 'xtrash%'")
    if parsed.date_from:
        where.append("m.date >= ?")
        args.append(parsed.date_from)
    if parsed.date_until:
        where.append("m.date < ?")
        args.append(parsed.date_until)
    sql_where = " AND ".join(where)
    base = (f"FROM {LIKE_TABLE} d JOIN search_map s ON s.id = d.id JOIN meetings m ON m.id = s.meeting_id "
            f"WHERE {sql_where}")
    with archive.engine.connect() as connection:
        raw = connection.connection.driver_connection
        total = raw.execute(f"SELECT count(*) {base}", args).fetchone()[0]
        page = [r[0] for r in raw.execute(f"SELECT s.meeting_id {base} ORDER BY m.date DESC LIMIT {PAGE}", args)]
    return total, page


# --------------------------------------------------------------------------
# Measuring


def timed(function, *args, **kwargs) -> tuple[float, object]:
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return (time.perf_counter() - started) * 1000, result


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def measure_queries(archive, plan: dict[str, list[str]], repeat: int, like_sample: int) -> dict[str, dict]:
    out = {}
    for kind, items in plan.items():
        fts, like, hits, exact, every, ids_ms = [], [], [], [], [], []
        for number, query in enumerate(items):
            S.search(archive, query, limit=PAGE)  # warm
            runs = []
            for _ in range(repeat):
                ms, result = timed(S.search, archive, query, limit=PAGE)
                runs.append(ms)
            fts.append(statistics.median(runs))
            hits.append(result.total)
            exact.append(result.total_exact)
            ms, counted = timed(S.search, archive, query, limit=PAGE, exact_count=True)
            every.append(ms)
            ms, found = timed(S.search_ids, archive, query)
            ids_ms.append(ms)
            assert counted.total == len(found) and (not result.total_exact or result.total == len(found)), query
            if number < like_sample:
                ms, (total, _) = timed(like_scan, archive, query)
                like.append(ms)
        sampled = fts[:len(like)]
        out[kind] = {
            "queries": len(items), "fts_median": statistics.median(fts), "fts_p95": p95(fts),
            "like_median": statistics.median(like), "like_p95": p95(like), "like_n": len(like),
            "ratio": statistics.median(like) / statistics.median(sampled),
            "hits_median": statistics.median(hits), "hits_exact": all(exact) or statistics.median(hits) < S.COUNT_LIMIT,
            "exact_median": statistics.median(every), "ids_median": statistics.median(ids_ms),
            "ids_p95": p95(ids_ms), "example": items[0],
        }
    return out


def measure_saves(archive, count: int) -> dict:
    """Save new meetings alternately with and without the index; purge them afterwards."""
    fresh = list(iter_meetings(2 * count, seed=SEED + 1))
    with_index, without = [], []
    try:
        for i, meeting in enumerate(fresh):
            if i % 2 == 0:
                ms, _ = timed(archive.save, meeting)
                with_index.append(ms)
            else:
                with S.suspended():
                    ms, _ = timed(archive.save, meeting)
                without.append(ms)
    finally:
        for meeting in fresh:
            archive.purge(meeting["id"])
    return {"with": statistics.median(with_index), "without": statistics.median(without),
            "with_mean": statistics.mean(with_index), "without_mean": statistics.mean(without)}


def report(size: int, figures: dict, db_sizes: tuple[int, int], results: dict, saves: dict) -> None:
    total, search_bytes = db_sizes
    print(f"\n=== {size:,} meetings ===")
    print(f"archive built in {figures['import_s']:.0f} s (archive.import_meetings); "
          f"index built in {figures['index_build_s']:.1f} s (rebuild_index)"
          + (f"; upgraded to the current schema in {figures['upgrade_s']:.1f} s" if figures.get("upgrade_s") else ""))
    data = total - search_bytes
    print(f"database {total / 2**20:.1f} MiB, of which search index {search_bytes / 2**20:.1f} MiB "
          f"({search_bytes / total:.0%}); the data it indexes (meetings, participants, statements… and their "
          f"indexes) {data / 2**20:.1f} MiB: index / data {search_bytes / data:.2f}")
    print(f"per 1,000 meetings: database {total / size * 1000 / 2**20:.2f} MiB, search index "
          f"{search_bytes / size * 1000 / 2**20:.2f} MiB, data {data / size * 1000 / 2**20:.2f} MiB")
    print(f"search(): ranked first page of {PAGE} with snippets and the number found (exact up to "
          f"{S.COUNT_LIMIT:,}); LIKE: exact count + newest {PAGE}; 'exact': search(exact_count=True); "
          f"'ids': search_ids(), every match")
    print(f"{'kind':17} {'n':>3} {'hits':>7} {'FTS med':>9} {'FTS p95':>9} {'LIKE n':>6} {'LIKE med':>9} "
          f"{'LIKE p95':>9} {'ratio':>6} {'exact med':>9} {'ids med':>9} {'ids p95':>9}  example")
    all_fts, all_like = [], []
    for kind, r in results.items():
        hits = f"{r['hits_median']:.0f}" + ("" if r["hits_exact"] else "+")
        print(f"{kind:17} {r['queries']:>3} {hits:>7} {r['fts_median']:>7.2f}ms {r['fts_p95']:>7.2f}ms "
              f"{r['like_n']:>6} {r['like_median']:>7.0f}ms {r['like_p95']:>7.0f}ms {r['ratio']:>5.0f}x "
              f"{r['exact_median']:>7.1f}ms {r['ids_median']:>7.1f}ms {r['ids_p95']:>7.1f}ms  {r['example']}")
        all_fts.append(r["fts_p95"])
        all_like.append(r["ratio"])
    print(f"worst p95: {max(all_fts):.2f} ms; smallest ratio (LIKE median / FTS median on the same queries): "
          f"{min(all_like):.0f}x")
    print(f"saving one meeting: {saves['with']:.2f} ms with the index, {saves['without']:.2f} ms without "
          f"(medians; difference {saves['with'] - saves['without']:+.2f} ms, means {saves['with_mean']:.2f} / "
          f"{saves['without_mean']:.2f} ms)")


def compare_layouts(archive, other_path: Path, plan: dict[str, list[str]], repeat: int) -> None:
    """The same queries on ``other_path`` (an archive of an older index layout, not upgraded), alternately."""
    from chancery.store.archive import Archive
    from chancery.store.db import make_engine

    other = Archive(make_engine(str(other_path)), path=other_path)  # opened as it is: no migration
    with other.engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    _total, other_search = sizes(other)
    print(f"\nthe same queries, alternately, on {other_path.name} (schema {revision}, search index "
          f"{other_search / 2**20:.1f} MiB) and on this archive:")
    print(f"{'kind':17} {'this med':>9} {'this p95':>9} {'that med':>9} {'that p95':>9}")
    worst = {"this": 0.0, "that": 0.0}
    try:
        for kind, items in plan.items():
            mine, theirs = [], []
            for query in items:
                S.search(archive, query, limit=PAGE)
                S.search(other, query, limit=PAGE)
                runs_mine, runs_theirs = [], []
                for _ in range(repeat):
                    runs_mine.append(timed(S.search, archive, query, limit=PAGE)[0])
                    runs_theirs.append(timed(S.search, other, query, limit=PAGE)[0])
                mine.append(statistics.median(runs_mine))
                theirs.append(statistics.median(runs_theirs))
            worst["this"] = max(worst["this"], p95(mine))
            worst["that"] = max(worst["that"], p95(theirs))
            print(f"{kind:17} {statistics.median(mine):7.2f}ms {p95(mine):7.2f}ms {statistics.median(theirs):7.2f}ms "
                  f"{p95(theirs):7.2f}ms", flush=True)
        print(f"worst p95: this archive {worst['this']:.2f} ms, {other_path.name} {worst['that']:.2f} ms")
    finally:
        other.close()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "chancery-search-bench",
                        help="folder for the generated archives (built once, reused)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--quick", action="store_true", help="one archive of 2,000 meetings")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per query (median kept)")
    parser.add_argument("--like-sample", type=int, default=None,
                        help="queries per kind also run as a LIKE scan (default: all 25 up to 10,000 meetings, "
                             "else 5: a scan of 100,000 takes seconds)")
    parser.add_argument("--saves", type=int, default=100, help="meetings saved with and without the index")
    parser.add_argument("--rebuild", action="store_true", help="build the archives again")
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--compare", type=Path, metavar="FILE",
                        help="also run the queries, alternately, on FILE: a copy of the archive made by an older "
                             "Chancery (another index layout), opened without upgrading it")
    parser.add_argument("--no-like", action="store_true", help="skip the LIKE scans and the saves (with --compare)")
    args = parser.parse_args(argv)
    os.environ.setdefault("CHANCERY_HOME", str(args.cache / "home"))
    args.cache.mkdir(parents=True, exist_ok=True)
    for size in ([2_000] if args.quick else args.sizes):
        path = args.cache / f"archive-{size}.sqlite"
        meta = path.with_suffix(".json")
        if args.rebuild or not path.exists() or not meta.exists():
            print(f"building an archive of {size:,} meetings in {path} …", flush=True)
            figures = build(path, size)
        else:
            figures = json.loads(meta.read_text(encoding="utf-8"))
            upgraded = upgrade(path)
            if upgraded is not None:
                print(f"upgraded {path} to the current schema in {upgraded:.1f} s", flush=True)
                figures["upgrade_s"] = round(upgraded, 1)
                meta.write_text(json.dumps(figures), encoding="utf-8")
        if args.build_only:
            print(figures)
            continue
        work = args.cache / f"work-{size}.sqlite"
        shutil.copyfile(path, work)  # the save measurement writes; keep the cached archive pristine
        archive = open_archive(work)
        try:
            db_sizes = sizes(archive)
            plain_documents(archive)
            plan = queries(archive, random.Random(size))
            assert sum(len(v) for v in plan.values()) >= 200
            if args.compare is not None:
                compare_layouts(archive, args.compare, plan, args.repeat)
            if args.no_like:
                continue
            sample = args.like_sample if args.like_sample is not None else (PER_KIND if size <= 10_000 else 5)
            results = measure_queries(archive, plan, args.repeat, sample)
            saves = measure_saves(archive, args.saves)
            report(size, figures, db_sizes, results, saves)
        finally:
            archive.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(work) + suffix).unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
