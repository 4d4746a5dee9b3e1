"""Programs the reliability tests run in child processes (and kill).

    python tests/reliability/actors.py open DATA_DIR
    python tests/reliability/actors.py rebuild DATA_DIR
    python tests/reliability/actors.py save-new DATA_DIR ACK_LOG SEED
    python tests/reliability/actors.py save-same DATA_DIR MEETING_ID TAG STOP_FILE ACK_LOG
    python tests/reliability/actors.py import DATA_DIR FILE ACK_LOG [--together]

Each writes one line to ACK_LOG (flushed and fsynced) after the archive has
acknowledged a write, so a test that kills the process knows exactly which
writes were promised: every acknowledged write must be in the archive
afterwards.  Programs that must start together (``save-same``, ``import
--together``) print "ready" once loaded and the archive open, then wait for
a line on standard input: the parent starts them at once, whatever the
machine's load.  The programs use only the public store API, so the same
scripts measure an older checkout (``PYTHONPATH=old/desktop``) as well.
"""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path


def _ack(log, line: str) -> None:
    log.write(line + "\n")
    log.flush()
    os.fsync(log.fileno())


def _archive(data_dir: str):
    from chancery import paths
    from chancery.store import open_archive

    paths.set_data_dir(data_dir)
    return open_archive()


def _starting() -> None:
    """Tell the parent the program has loaded and is about to work (it times its kill from here)."""
    import chancery.store.search  # noqa: F401  (the heavy imports, before the work)

    print("starting", flush=True)


def cmd_open(data_dir: str) -> int:
    _starting()
    with _archive(data_dir) as archive:
        print(json.dumps({"meetings": archive.count(include_deleted=True)}))
    return 0


def cmd_rebuild(data_dir: str) -> int:
    from chancery.store import search

    _starting()
    with _archive(data_dir) as archive:
        search.rebuild_index(archive)
    print("rebuilt", flush=True)
    return 0


def cmd_save_new(data_dir: str, ack_log: str, seed: str) -> int:
    """Save new meetings, then edit them, forever (until killed); ack each save with its id, version and marker."""
    from chancery.demo import generate_meetings

    rng = random.Random(int(seed))
    meetings = generate_meetings(40, seed=int(seed))
    with _archive(data_dir) as archive, open(ack_log, "a", encoding="utf-8") as log:
        saved: list[tuple[str, int]] = []
        counter = 0
        while True:
            counter += 1
            marker = f"s{seed}-{counter}"
            if saved and rng.random() < 0.5:
                index = rng.randrange(len(saved))
                meeting_id, version = saved[index]
                meeting = archive.get_meeting(meeting_id)
                meeting["notes"] = {"en": marker}
                result = archive.save(meeting, expected_version=version)
                saved[index] = (meeting_id, result.version)
            else:
                meeting = dict(meetings[counter % len(meetings)])
                import uuid

                meeting["id"] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                meeting["notes"] = {"en": marker}
                result = archive.save(meeting)
                saved.append((result.id, result.version))
            _ack(log, json.dumps({"id": result.id, "version": result.version, "marker": marker}))


def _ready_and_wait_for_go() -> None:
    """Tell the parent this program is ready, then wait for its go (a line on standard input)."""
    print("ready", flush=True)
    sys.stdin.readline()


def cmd_save_same(data_dir: str, meeting_id: str, tag: str, stop_file: str, ack_log: str) -> int:
    """Edit one meeting in a loop as a window would (read, change, save with the version read), until told to stop.

    Each acknowledged save is logged with its version, each conflict reported
    too (``{"conflict": …}``), so the parent sees the race happen and stops
    the writers (by creating ``stop_file``) once it has seen enough.
    """
    from chancery.errors import ConflictError, UserError

    saves = conflicts = busy = 0
    with _archive(data_dir) as archive, open(ack_log, "a", encoding="utf-8") as log:
        _ready_and_wait_for_go()
        counter = 0
        while not os.path.exists(stop_file):
            counter += 1
            marker = f"{tag}-{counter}"
            base = archive.version_of(meeting_id)  # the version first: the text read is then at least as new
            meeting = archive.get_meeting(meeting_id)
            meeting["notes"] = {"en": marker}
            try:
                result = archive.save(meeting, expected_version=base)
            except ConflictError:
                conflicts += 1
                _ack(log, json.dumps({"conflict": marker, "base": base}))
                continue
            except UserError:  # busy: try again
                busy += 1
                continue
            except Exception as error:
                if "locked" in str(error):
                    busy += 1
                    continue
                raise
            saves += 1
            _ack(log, json.dumps({"marker": marker, "base": base, "version": result.version}))
    print(json.dumps({"saves": saves, "conflicts": conflicts, "busy": busy}))
    return 0


def cmd_import(data_dir: str, file: str, ack_log: str, *flags: str) -> int:
    from chancery import record

    meetings = record.read_file(file)
    _starting()
    with _archive(data_dir) as archive, open(ack_log, "a", encoding="utf-8") as log:
        if "--together" in flags:
            _ready_and_wait_for_go()
        result = archive.import_meetings(meetings)
        _ack(log, json.dumps({"file": file, "created": result.created, "updated": result.updated,
                              "unchanged": result.unchanged, "ids": [str(m["id"]) for m in meetings]}))
    return 0


def cmd_restore(data_dir: str, backup_file: str) -> int:
    from chancery.store import backup

    with _archive(data_dir) as archive:
        _starting()
        backup.restore_backup(archive, Path(backup_file))
    print("restored", flush=True)
    return 0


COMMANDS = {
    "restore": cmd_restore,
    "open": cmd_open,
    "rebuild": cmd_rebuild,
    "save-new": cmd_save_new,
    "save-same": cmd_save_same,
    "import": cmd_import,
}


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(COMMANDS[sys.argv[1]](*sys.argv[2:]))
