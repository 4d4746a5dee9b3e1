"""Helpers of the reliability suite: archives to torture, child processes to kill, checks.

Used by the tests in this folder and runnable on its own to measure a
checkout (``python -m tests.reliability.harness --help``).  The profile is
chosen by ``--long`` on the pytest command line or ``CHANCERY_RELIABILITY=long``:
the fast profile (CI) runs a few trials of each kind, the long one at least
50 kills per operation and 10,000 property-based examples.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ACTORS = Path(__file__).resolve().parent / "actors.py"


def long_profile() -> bool:
    return os.environ.get("CHANCERY_RELIABILITY", "").lower() == "long"


def child_env(pythonpath: str | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CHANCERY_HOME", None)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath + os.pathsep + env.get("PYTHONPATH", "")
    return env


def actor(*args: str, pythonpath: str | None = None, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(ACTORS), *args], env=child_env(pythonpath),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def run_actor(*args: str, pythonpath: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ACTORS), *args], env=child_env(pythonpath), capture_output=True,
                          text=True, timeout=timeout)


# --------------------------------------------------------------------------- archives


def build_archive(data_dir: Path, count: int, *, revision: str | None = None, seed: int = 7) -> Path:
    """A data folder whose archive holds ``count`` demo meetings, at ``revision`` (default: head)."""
    from chancery import paths
    from chancery.demo import generate_meetings
    from chancery.store import open_archive

    data_dir.mkdir(parents=True, exist_ok=True)
    paths.set_data_dir(data_dir)
    try:
        with open_archive(data_dir / "archive.sqlite") as archive:
            archive.import_meetings(generate_meetings(count, seed=seed))
            if revision is not None:
                from alembic import command

                from chancery.store.db import _alembic_config

                config = _alembic_config()
                with archive.engine.begin() as connection:
                    config.attributes["connection"] = connection
                    command.downgrade(config, revision)
    finally:
        paths.set_data_dir(None)
    shutil.rmtree(data_dir / "backups", ignore_errors=True)
    return data_dir / "archive.sqlite"


def copy_data_dir(source: Path, target: Path) -> Path:
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for name in ("archive.sqlite", "archive.sqlite-wal", "archive.sqlite-shm"):
        if (source / name).exists():
            shutil.copy2(source / name, target / name)
    return target


def revision_of(path: Path) -> str | None:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        connection.close()


# --------------------------------------------------------------------------- checks


TRIGGERS = {"search_text_insert", "search_text_delete", "search_text_update"}


@dataclass
class Health:
    """What a check of an archive found; ``problems`` is empty for a healthy one."""

    problems: list[str] = field(default_factory=list)
    meetings: int = 0
    revision: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check_sqlite(path: Path) -> Health:
    """SQLite's and FTS5's integrity checks, the index's triggers, the vocabulary (read-only)."""
    from chancery.store.search import packing

    health = Health()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    packing.register(connection, str(path))  # the index's text is read through search_column (schema 0007)
    try:
        result = connection.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            health.problems.append(f"integrity_check: {result[:3]}")
        if connection.execute("PRAGMA foreign_key_check").fetchall():
            health.problems.append("foreign_key_check found orphans")
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        health.revision = (connection.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0] \
            if "alembic_version" in tables else None
        if "meetings" in tables:
            health.meetings = connection.execute("SELECT count(*) FROM meetings").fetchone()[0]
        if "search_fts" in tables:
            triggers = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            if TRIGGERS - triggers:
                health.problems.append(f"search index triggers missing: {sorted(TRIGGERS - triggers)}")
            try:
                connection.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
            except sqlite3.DatabaseError as error:
                if "readonly" not in str(error):
                    health.problems.append(f"FTS5 integrity-check: {error}")
            missing = connection.execute(
                "SELECT count(*) FROM meetings WHERE id NOT IN (SELECT meeting_id FROM search_map)").fetchone()[0]
            if missing:
                health.problems.append(f"{missing} meeting(s) missing from the search index")
    except sqlite3.DatabaseError as error:
        health.problems.append(f"{error.__class__.__name__}: {error}")
    finally:
        connection.close()
    return health


def index_matches_rebuild(data_dir: Path, scratch: Path) -> list[str]:
    """Differences between the archive's search documents and those a rebuild makes (on a copy)."""
    from chancery import paths
    from chancery.store import open_archive, search

    copy = copy_data_dir(data_dir, scratch)

    def documents(path: Path) -> dict[str, tuple]:
        from chancery.store.search import packing

        connection = sqlite3.connect(path)
        packing.register(connection, str(path))
        try:
            rows = connection.execute(
                "SELECT m.meeting_id, d.principals, d.people, d.titles, d.documents, d.places, d.topics, d.body, "
                "d.notes, d.facets FROM search_map m JOIN search_docs d ON d.id = m.id").fetchall()
            fts = connection.execute("SELECT count(*) FROM search_fts").fetchone()[0]
        finally:
            connection.close()
        return {r[0]: r[1:] for r in rows} | {"(fts rows)": (fts,)}

    before = documents(copy / "archive.sqlite")
    paths.set_data_dir(copy)
    try:
        with open_archive() as archive:
            search.rebuild_index(archive)
    finally:
        paths.set_data_dir(None)
    after = documents(copy / "archive.sqlite")
    shutil.rmtree(copy, ignore_errors=True)
    differing = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    return [f"index differs from a rebuild for {len(differing)} entr(ies), e.g. {differing[:3]}"] if differing else []


# --------------------------------------------------------------------------- kills


def wait_started(process: subprocess.Popen, timeout: float = 60) -> None:
    """Wait for the actor's "starting" line (it has loaded and begins its work)."""
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line or line.strip() == "starting":
            return


def kill_after(process: subprocess.Popen, delay: float) -> bool:
    """SIGKILL ``process`` after ``delay`` seconds; False when it had already finished."""
    try:
        process.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True


def read_acks(path: Path) -> list[dict]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        with contextlib.suppress(json.JSONDecodeError):  # the line being written when the process died
            out.append(json.loads(line))
    return out


def acknowledged_saves_present(data_dir: Path, acks: list[dict]) -> list[str]:
    """Every acknowledged save is in the archive: its id, and its marker unless a later acked save replaced it."""
    latest: dict[str, dict] = {}
    for ack in acks:
        if ack["id"] not in latest or ack["version"] >= latest[ack["id"]]["version"]:
            latest[ack["id"]] = ack
    connection = sqlite3.connect(data_dir / "archive.sqlite")
    try:
        stored = {r[0]: (r[1], r[2]) for r in connection.execute("SELECT id, version, notes FROM meetings")}
    finally:
        connection.close()
    problems = []
    for meeting_id, ack in latest.items():
        if meeting_id not in stored:
            problems.append(f"acknowledged meeting {meeting_id} is missing")
            continue
        version, notes = stored[meeting_id]
        if version < ack["version"]:
            problems.append(f"meeting {meeting_id}: version {version} < acknowledged {ack['version']}")
        elif version == ack["version"] and ack["marker"] not in (notes or ""):
            problems.append(f"meeting {meeting_id}: acknowledged text {ack['marker']} lost")
    return problems


@dataclass
class TrialResult:
    trials: int = 0
    killed: int = 0
    opened: int = 0
    healthy: int = 0
    lost: int = 0
    states: dict[str, int] = field(default_factory=dict)  # e.g. the revision each killed archive was left at
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        states = ", ".join(f"{count} left {state}" for state, count in sorted(self.states.items()))
        return (f"{self.trials} trials, {self.killed} killed before finishing ({states or '-'}), "
                f"{self.opened} opened afterwards, {self.healthy} healthy, "
                f"{self.lost} with acknowledged writes lost")

    def left(self, state: str) -> None:
        self.states[state] = self.states.get(state, 0) + 1


def _after_kill(result: TrialResult, data_dir: Path, label: str, pythonpath: str | None,
                scratch: Path | None = None, *, later_save: bool = False) -> None:
    """Reopen the archive with the code under test, then check it (and, if asked, that a new save is indexed)."""
    opened = run_actor("open", str(data_dir), pythonpath=pythonpath)
    if opened.returncode == 0:
        result.opened += 1
    else:
        lines = [line for line in opened.stderr.strip().splitlines() if "Error" in line] or opened.stderr.splitlines()
        result.failures.append(f"{label}: does not open: {lines[-1:]}")
        return
    health = check_sqlite(data_dir / "archive.sqlite")
    if scratch is not None and health.ok:
        health.problems += index_matches_rebuild(data_dir, scratch)
    if later_save and not _save_is_indexed(data_dir, pythonpath):
        health.problems.append("a save made afterwards is not in the search index")
    if health.ok:
        result.healthy += 1
    else:
        result.failures.append(f"{label}: {health.problems}")


def kill_upgrades(template: Path, work: Path, trials: int, *, pythonpath: str | None = None,
                  seed: int = 1) -> TrialResult:
    """Kill the upgrade of a copy of ``template`` (an old-revision data folder) at a random moment, reopen it."""
    rng = random.Random(seed)
    result = TrialResult()
    duration = _time_actor(template, work / "timing", "open", pythonpath)
    old = revision_of(template / "archive.sqlite")
    for trial in range(trials):
        data_dir = copy_data_dir(template, work / f"upgrade-{trial}")
        process = actor("open", str(data_dir), pythonpath=pythonpath)
        result.trials += 1
        wait_started(process)
        if kill_after(process, rng.uniform(0.0, duration)):
            result.killed += 1
            revision = revision_of(data_dir / "archive.sqlite")
            result.left("at the old revision" if revision == old else f"at revision {revision}")
        _after_kill(result, data_dir, f"upgrade {trial}", pythonpath, work / "scratch")
        shutil.rmtree(data_dir, ignore_errors=True)
    return result


def kill_rebuilds(template: Path, work: Path, trials: int, *, pythonpath: str | None = None,
                  seed: int = 2) -> TrialResult:
    rng = random.Random(seed)
    result = TrialResult()
    duration = _time_actor(template, work / "timing", "rebuild", pythonpath)
    for trial in range(trials):
        data_dir = copy_data_dir(template, work / f"rebuild-{trial}")
        process = actor("rebuild", str(data_dir), pythonpath=pythonpath)
        result.trials += 1
        wait_started(process)
        if kill_after(process, rng.uniform(0.0, duration)):
            result.killed += 1
        _after_kill(result, data_dir, f"rebuild {trial}", pythonpath, work / "scratch", later_save=True)
        shutil.rmtree(data_dir, ignore_errors=True)
    return result


def _save_is_indexed(data_dir: Path, pythonpath: str | None) -> bool:
    ack_log = data_dir / "acks-after.jsonl"
    process = actor("save-new", str(data_dir), str(ack_log), "999", pythonpath=pythonpath)
    deadline = time.monotonic() + 60
    while not read_acks(ack_log) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    acks = read_acks(ack_log)
    if not acks:
        return False
    connection = sqlite3.connect(data_dir / "archive.sqlite")
    try:
        return connection.execute("SELECT count(*) FROM search_map WHERE meeting_id = ?",
                                  (acks[0]["id"],)).fetchone()[0] == 1 and connection.execute(
            "SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", (f'"{acks[0]["marker"]}"',)).fetchone()[0] >= 1
    finally:
        connection.close()


def kill_saves(template: Path, work: Path, trials: int, *, pythonpath: str | None = None, seed: int = 3,
               max_delay: float = 3.0, writers: int = 1) -> TrialResult:
    """Kill processes saving new and edited meetings; every acknowledged save must be there."""
    rng = random.Random(seed)
    result = TrialResult()
    for trial in range(trials):
        data_dir = copy_data_dir(template, work / f"save-{trial}")
        ack_logs = [data_dir / f"acks-{n}.jsonl" for n in range(writers)]
        processes = [actor("save-new", str(data_dir), str(log), str(trial * 10 + n), pythonpath=pythonpath)
                     for n, log in enumerate(ack_logs)]
        result.trials += 1
        delay = rng.uniform(0.3, max_delay)
        time.sleep(delay)
        for process in processes:
            if kill_after(process, 0):
                result.killed += 1
        acks = [a for log in ack_logs for a in read_acks(log)]
        _after_kill(result, data_dir, f"save {trial}", pythonpath, work / "scratch")
        lost = acknowledged_saves_present(data_dir, acks)
        if lost:
            result.lost += 1
            result.failures.append(f"save {trial}: {lost[:3]}")
        shutil.rmtree(data_dir, ignore_errors=True)
    return result


def kill_imports(template: Path, work: Path, import_file: Path, trials: int, *, pythonpath: str | None = None,
                 seed: int = 4) -> TrialResult:
    """Kill an import at a random moment: afterwards the file's meetings are all there or none of the new ones."""
    rng = random.Random(seed)
    result = TrialResult()
    duration = _time_actor(template, work / "timing", "import", pythonpath, str(import_file))
    ids = [str(m["id"]) for m in json.loads(import_file.read_text(encoding="utf-8"))["meetings"]]
    for trial in range(trials):
        data_dir = copy_data_dir(template, work / f"import-{trial}")
        ack_log = data_dir / "acks.jsonl"
        process = actor("import", str(data_dir), str(import_file), str(ack_log), pythonpath=pythonpath)
        result.trials += 1
        wait_started(process)
        if kill_after(process, rng.uniform(0.0, duration)):
            result.killed += 1
        acked = bool(read_acks(ack_log))
        _after_kill(result, data_dir, f"import {trial}", pythonpath, work / "scratch")
        connection = sqlite3.connect(data_dir / "archive.sqlite")
        try:
            present = sum(connection.execute("SELECT count(*) FROM meetings WHERE id = ?", (i,)).fetchone()[0]
                          for i in ids)
        finally:
            connection.close()
        result.left("with all of the file imported" if present == len(ids)
                    else "with none of it" if present == 0 else "half imported")
        if acked and present != len(ids):
            result.lost += 1
            result.failures.append(f"import {trial}: acknowledged, but {present} of {len(ids)} meetings present")
        elif not acked and present not in (0, len(ids)):
            result.failures.append(f"import {trial}: half done: {present} of {len(ids)} meetings present")
        shutil.rmtree(data_dir, ignore_errors=True)
    return result


def kill_restores(template: Path, work: Path, other: Path, trials: int, *, seed: int = 5) -> TrialResult:
    """Kill a restore of ``other``'s archive over a copy of ``template``: afterwards it is one or the other, whole."""
    rng = random.Random(seed)
    result = TrialResult()
    backup_file = work / "the-backup.sqlite"
    shutil.copy(other / "archive.sqlite", backup_file)
    before = check_sqlite(template / "archive.sqlite").meetings
    wanted = check_sqlite(backup_file).meetings
    duration = _time_actor(template, work / "timing", "restore", None, str(backup_file))
    for trial in range(trials):
        data_dir = copy_data_dir(template, work / f"restore-{trial}")
        process = actor("restore", str(data_dir), str(backup_file))
        result.trials += 1
        wait_started(process)
        if kill_after(process, rng.uniform(0.0, duration)):
            result.killed += 1
        _after_kill(result, data_dir, f"restore {trial}", None, work / "scratch")
        meetings = check_sqlite(data_dir / "archive.sqlite").meetings
        result.left("with the old archive" if meetings == before else "restored" if meetings == wanted
                    else f"with {meetings} meetings (neither)")
        shutil.rmtree(data_dir, ignore_errors=True)
    return result


def _time_actor(template: Path, scratch: Path, command: str, pythonpath: str | None, *extra: str) -> float:
    """How long ``command`` takes on a copy of ``template`` (the window to kill in)."""
    data_dir = copy_data_dir(template, scratch)
    args = [command, str(data_dir), *extra]
    if command == "import":
        args.append(str(data_dir / "acks.jsonl"))
    process = actor(*args, pythonpath=pythonpath)
    wait_started(process)
    started = time.monotonic()
    _out, err = process.communicate(timeout=600)
    elapsed = time.monotonic() - started
    shutil.rmtree(data_dir, ignore_errors=True)
    if process.returncode != 0:
        raise RuntimeError(f"{command} failed: {err[-2000:]}")
    return elapsed


# --------------------------------------------------------------------------- concurrency


@dataclass
class RaceResult:
    acknowledged: int = 0
    conflicts: int = 0
    busy: int = 0
    overwritten: int = 0
    final_ok: bool = True
    raced: bool = False  # both writers were running when saves and a conflict were acknowledged
    seconds: float = 0.0

    def summary(self) -> str:
        return (f"{self.acknowledged} acknowledged saves in {self.seconds:.1f} s, {self.overwritten} silently "
                f"overwritten, {self.conflicts} conflicts reported, {self.busy} busy retries, "
                f"final text is the last acknowledged save: {self.final_ok}")


def start_together(processes: list[subprocess.Popen], timeout: float = 300) -> None:
    """Wait until every actor has said "ready" (loaded, archive open), then let them all go at once."""
    for process in processes:
        assert process.stdout is not None and process.stdin is not None
        deadline = time.monotonic() + timeout
        while True:
            line = process.stdout.readline()
            if line.strip() == "ready":
                break
            if not line or time.monotonic() > deadline:
                _out, err = process.communicate(timeout=60)
                raise RuntimeError(f"an actor never got ready (exit {process.returncode}): {err[-2000:]}")
    for process in processes:
        process.stdin.write("go\n")
        process.stdin.flush()


def race_same_meeting(data_dir: Path, min_seconds: float, *, writers: int = 2, min_saves: int = 10,
                      give_up_after: float = 600, pythonpath: str | None = None) -> RaceResult:
    """Several processes edit one meeting at once; count acknowledged saves later lost silently.

    A save acknowledged as version V is silently overwritten when another
    save is acknowledged with the same version V (both were told "saved, version V").

    Driven by events, not by a window of time, so a loaded machine makes it
    slower, never weaker: the writers start together once all are ready, and
    are stopped only when each has had ``min_saves`` saves acknowledged while
    all were running and at least one conflict was reported (the race really
    happened), and ``min_seconds`` have passed.  ``result.raced`` is False if
    that never happened within ``give_up_after`` seconds.
    """
    connection = sqlite3.connect(data_dir / "archive.sqlite")
    meeting_id = connection.execute("SELECT id FROM meetings ORDER BY id LIMIT 1").fetchone()[0]
    connection.close()
    logs = [data_dir / f"race-{n}.jsonl" for n in range(writers)]
    stop = data_dir / "race-stop"
    processes = [actor("save-same", str(data_dir), meeting_id, f"w{n}", str(stop), str(log), pythonpath=pythonpath,
                       stdin=subprocess.PIPE)
                 for n, log in enumerate(logs)]
    result = RaceResult()
    try:
        start_together(processes)
    except BaseException:
        for process in processes:
            process.kill()
            process.communicate()
        raise
    try:
        started = time.monotonic()
        while True:
            entries = [read_acks(log) for log in logs]
            saves = [sum("version" in entry for entry in found) for found in entries]
            conflicts = sum("conflict" in entry for found in entries for entry in found)
            elapsed = time.monotonic() - started
            if min(saves) >= min_saves and conflicts > 0 and elapsed >= min_seconds:
                result.raced = True
                break
            if elapsed > give_up_after or any(process.poll() is not None for process in processes):
                break
            time.sleep(0.1)
    finally:
        stop.touch()
    for process in processes:
        out, err = process.communicate(timeout=300)
        if process.returncode != 0:
            raise RuntimeError(f"writer failed: {err[-2000:]}")
        stats = json.loads(out.strip().splitlines()[-1])
        result.conflicts += stats["conflicts"]
        result.busy += stats["busy"]
    result.seconds = time.monotonic() - started
    acks = [a for log in logs for a in read_acks(log) if "version" in a]
    result.acknowledged = len(acks)
    by_version: dict[int, list[dict]] = {}
    for ack in acks:
        by_version.setdefault(ack["version"], []).append(ack)
    result.overwritten = sum(len(group) - 1 for group in by_version.values())
    connection = sqlite3.connect(data_dir / "archive.sqlite")
    version, notes = connection.execute("SELECT version, notes FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
    connection.close()
    if acks:
        last = max(acks, key=lambda a: a["version"])
        result.final_ok = version == last["version"] and last["marker"] in (notes or "")
    return result


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("upgrades", "rebuilds", "saves", "imports", "race"))
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--meetings", type=int, default=1500)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--pythonpath", help="run the children on another checkout (its desktop/ folder)")
    parser.add_argument("--work", default=None, help="scratch folder (default: a new temporary one)")
    args = parser.parse_args(argv)
    import tempfile

    work = Path(args.work or tempfile.mkdtemp(prefix="chancery-reliability-"))
    work.mkdir(parents=True, exist_ok=True)
    template = work / "template"
    if not (template / "archive.sqlite").exists():
        build_archive(template, args.meetings, revision="0001" if args.what == "upgrades" else None)
    started = time.monotonic()
    if args.what == "upgrades":
        outcome = kill_upgrades(template, work, args.trials, pythonpath=args.pythonpath)
    elif args.what == "rebuilds":
        outcome = kill_rebuilds(template, work, args.trials, pythonpath=args.pythonpath)
    elif args.what == "saves":
        outcome = kill_saves(template, work, args.trials, pythonpath=args.pythonpath)
    elif args.what == "imports":
        from chancery import record
        from chancery.demo import generate_meetings

        source = work / "import.json"
        source.write_text(record.dumps(generate_meetings(args.meetings, seed=99)), encoding="utf-8")
        outcome = kill_imports(template, work, source, args.trials, pythonpath=args.pythonpath)
    else:
        data_dir = copy_data_dir(template, work / "race")
        outcome = race_same_meeting(data_dir, args.seconds, min_saves=args.trials, pythonpath=args.pythonpath)
    print(outcome.summary())
    for failure in getattr(outcome, "failures", [])[:40]:
        print("  " + failure)
    print(f"({time.monotonic() - started:.0f} s; scratch {work})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
