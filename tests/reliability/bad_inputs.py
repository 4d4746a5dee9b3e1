"""A catalogue of bad inputs and unlucky places, and a runner that feeds them to the ``chancery`` command.

    python -m tests.reliability.bad_inputs [--pythonpath OLD/desktop]

prints, for each case, the exit status and the first line of the error, so
a checkout can be measured against another.  ``test_bad_input.py`` runs the
same catalogue and requires, for every case: exit status 2 (0 for the cases
that must be accepted), one short line per problem with no control
characters, no "internal error", and the archive unchanged by a refused
import.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED_ID = "5f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a01"


def seed() -> dict:
    return json.loads((FIXTURES / "seed-meeting.json").read_text(encoding="utf-8"))


def _with(change: Callable[[dict], None]) -> str:
    document = seed()
    change(document["meeting"])
    return json.dumps(document, ensure_ascii=False)


def _set(path: str, value) -> Callable[[dict], None]:
    def change(meeting: dict) -> None:
        target = meeting
        keys = path.split(".")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        last = keys[-1]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value
    return change


def _deep(levels: int) -> str:
    return _with(lambda m: m.update(extra_field="__DEEP__")).replace('"__DEEP__"', "[" * levels + "]" * levels)


def _raw_replace(old: str, new: str) -> str:
    text = json.dumps(seed(), ensure_ascii=False)
    assert old in text
    return text.replace(old, new, 1)


@dataclass(frozen=True)
class Case:
    name: str
    content: str | bytes | None  # the file imported (None: the case builds its own command)
    expect: int = 2  # exit status wanted
    mentions: str = ""  # a word the message must contain (the field's name)
    command: tuple[str, ...] = ("import", "{file}")
    setup: Callable[[Path], None] | None = None  # prepares {work} (gets the work folder)
    as_user: bool = False  # run as an unprivileged user (root ignores permissions)
    tiny_disk: bool = False  # {tiny} is a 256 KiB tmpfs in a private mount namespace
    check: Callable[[Path], str | None] | None = None  # afterwards: a problem, or None


IMPORT_CASES = [
    Case("participant ref is a list", _with(_set("statements.0.speaker", ["p1"])), mentions="speaker"),
    Case("signed_by holds an object", _with(_set("documents_signed.0.signed_by", [{"ref": "p1"}])),
         mentions="signed_by"),
    Case("invitation from is a number", _with(_set("invitations", [
        {"from": 7, "to": "p2", "visit": "official_visit", "accepted": True}])), mentions="from"),
    Case("nesting 600 deep", _deep(600), mentions="deep"),
    Case("nesting 100,000 deep", _deep(100_000), mentions="deep"),
    Case("integer of 5,000 digits", _raw_replace('"year": 2022', '"year": ' + "9" * 5000), mentions="number"),
    Case("ordinal over 2**63", _raw_replace('"ordinal": 30', f'"ordinal": {2**64}'), mentions="ordinal"),
    Case("occasion ordinal over 2**63", _with(_set("occasion", {"event": {"en": "UNGA"}, "ordinal": 2**70})),
         mentions="ordinal"),
    Case("unknown field over 2**63 (kept)", _with(_set("tracking_number", 2**80)), expect=0),
    Case("lone surrogate in an unknown key", _raw_replace('"notes":', '"x\\ud800y": 1, "notes":'), mentions="key"),
    Case("lone surrogate in a final record's text", _raw_replace('"fr": "Bakou"', '"fr": "Bak\\udc00ou"'),
         mentions="control characters"),
    Case("lone surrogate in a draft's text (removed, warned)",
         _raw_replace('"fr": "Bakou"', '"fr": "Bak\\udc00ou"').replace('"status": "final"', '"status": "draft"'),
         expect=0),
    Case("escape sequence in a language key",
         _with(_set("place.city", {"en": "Baku", "\u001b[2J\u001b[31mred": "x"})), mentions="city"),
    Case("escape sequence in an unknown key", _with(_set("extra\u001b]0;pwned\u0007", "x")), mentions="key"),
    Case("10 MB kind", _with(_set("kind", "x" * 10_000_000)), mentions="kind"),
    Case("invisible characters in a side (escaped, still short)", _with(_set("our_side", "\u200b\u200d" * 31)),
         mentions="our_side"),
    Case("a draft whose side is null", _with(_set("our_side", None)).replace('"status": "final"', '"status": "draft"'),
         mentions="our_side"),
    Case("a draft whose status is null", _with(_set("status", None)), mentions="status"),
    Case("a draft whose classification is null",
         _with(_set("classification", None)).replace('"status": "final"', '"status": "draft"'),
         mentions="classification"),
    Case("ISO week date", _with(_set("date", "2021-W26-5")), mentions="date"),
    Case("ordinal date", _with(_set("date", "2021-183")), mentions="date"),
    Case("date with Arabic-Indic digits", _with(_set("date", "٢٠٢١-٠٧-٠٢")), mentions="date"),
    Case("NaN", _raw_replace('"year": 2022', '"year": NaN'), mentions="NaN"),
    Case("Infinity in an unknown field", _with(_set("score", "__INF__")).replace('"__INF__"', "Infinity"),
         mentions="Infinity"),
    Case("1e400 (infinite float)", _raw_replace('"year": 2022', '"year": 1e400'), mentions="number"),
    Case("upper-case UUID", json.dumps(seed()).replace(SEED_ID, SEED_ID.upper()), expect=0),
    Case("braced UUID", json.dumps(seed()).replace(SEED_ID, "{" + SEED_ID + "}"), expect=0),
    Case("one UUID twice in a file", json.dumps({"chancery": 1, "meetings": [
        seed()["meeting"], {**seed()["meeting"], "id": SEED_ID.upper()}]}), mentions="id"),
    Case("not UTF-8", b"\xff\xfe{\x00", mentions="UTF-8"),
    Case("empty file", "", mentions="JSON"),
    Case("binary garbage", bytes(range(256)) * 4, mentions="UTF-8"),
    Case("JSON array", "[1, 2, 3]", mentions="Chancery file"),
    Case("chancery version is a string", '{"chancery": "1", "meeting": {}}', mentions="chancery"),
    Case("meetings is an object", '{"chancery": 1, "meetings": {"a": 1}}', mentions="meeting"),
    Case("a meeting that is a list", '{"chancery": 1, "meetings": [[1, 2]]}', mentions="meetings[0]"),
    Case("a folder instead of a file", None, mentions="folder", command=("import", "{folder}")),
    Case("a missing file", None, mentions="exist", command=("import", "{folder}/missing.json")),
]


def _seeded(work: Path, meetings: list[dict] | None = None) -> None:
    """An archive holding the reference meeting (and ``meetings``) in {work}/home."""
    from chancery import paths, record
    from chancery.store import open_archive

    with open_archive(work / "home" / "archive.sqlite") as archive:
        archive.import_meetings(record.read_file(FIXTURES / "seed-meeting.json") + (meetings or []))
    paths.set_data_dir(None)


def _seeded_readonly(work: Path) -> None:
    _seeded(work)
    for path in [work, *work.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)  # readable by everyone, writable by its owner (root) only


def _seeded_output_locked(work: Path) -> None:
    """The archive belongs to the unprivileged user; the folder written to does not."""
    _seeded(work)
    for path in [work / "home", *(work / "home").rglob("*")]:
        os.chown(path, NOBODY, NOBODY)
    work.chmod(0o755)


def _devices(work: Path) -> None:
    _seeded(work)
    os.mknod(work / "null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    os.mknod(work / "full", 0o666 | stat.S_IFCHR, os.makedev(1, 7))


def _still_device(name: str) -> Callable[[Path], str | None]:
    def check(work: Path) -> str | None:
        return None if stat.S_ISCHR(os.stat(work / name).st_mode) else f"{name} was replaced by a regular file"
    return check


def _no_file(name: str) -> Callable[[Path], str | None]:
    def check(work: Path) -> str | None:
        leftovers = [p.name for p in work.glob("*") if p.name.startswith((".chancery-", f".{name}"))]
        if (work / name).exists():
            return f"{name} was written"
        return f"temporary files left: {leftovers}" if leftovers else None
    return check


def _mode(name: str, wanted: int) -> Callable[[Path], str | None]:
    def check(work: Path) -> str | None:
        mode = stat.S_IMODE(os.stat(work / name).st_mode)
        return None if mode == wanted else f"{name} has mode {mode:o}, wanted {wanted:o}"
    return check


def _existing(name: str, mode: int) -> Callable[[Path], None]:
    def setup(work: Path) -> None:
        _seeded(work)
        (work / name).write_text("old")
        (work / name).chmod(mode)
    return setup


def _link(work: Path) -> None:
    _seeded(work)
    (work / "real.json").write_text("old")
    (work / "link.json").symlink_to(work / "real.json")


def _link_kept(work: Path) -> str | None:
    if not (work / "link.json").is_symlink():
        return "the link was replaced by a file"
    return None if (work / "real.json").read_text().startswith("{") else "the file the link points to was not written"


def _file_as_data_folder(work: Path) -> None:
    (work / "tmpabc.cacert.pem").write_text("not a folder")


def _file_as_backups_folder(work: Path) -> None:
    _seeded(work)
    shutil.rmtree(work / "home" / "backups", ignore_errors=True)
    (work / "home" / "backups").write_text("not a folder")


def _folder_as_template(work: Path) -> None:
    _seeded(work)
    (work / "home" / "templates" / "mine.docx").mkdir(parents=True)


def _folder_as_backup(work: Path) -> None:
    _seeded(work)
    (work / "backup.sqlite").mkdir()


def _read_only_archive_file(work: Path) -> None:
    """A good archive the unprivileged user may read but not write, in a folder of theirs, and a backup."""
    from chancery.store import db

    _seeded(work)
    db.copy_sqlite(work / "home" / "archive.sqlite", work / "backup.sqlite")
    (work / "backup.sqlite").chmod(0o644)
    for path in [work / "home", *(work / "home").rglob("*")]:
        os.chown(path, NOBODY, NOBODY)
    (work / "home" / "archive.sqlite").chmod(0o444)


def _archive_kept(work: Path) -> str | None:
    if not (work / "home" / "archive.sqlite").is_file():
        return "the archive was moved away"
    aside = list((work / "home" / "backups").glob("*unusable*"))
    return f"a good archive was set aside as unusable: {aside}" if aside else None


def _is_file(name: str) -> Callable[[Path], str | None]:
    def check(work: Path) -> str | None:
        return None if (work / name).is_file() else f"{name} is no longer the user's file"
    return check


LONG_NAME = "n" * 245 + ".json"  # 250 bytes: fits, but not with a long temporary prefix and suffix
PLACE_CASES = [
    Case("export to a folder", None, mentions="folder", setup=_seeded, command=("export", "-o", "{work}")),
    Case("export to a 250-byte name", None, expect=0, setup=_seeded, command=("export", "-o", "{work}/" + LONG_NAME)),
    Case("export to a 300-byte name", None, mentions="too long", setup=_seeded,
         command=("export", "-o", "{work}/" + "n" * 300 + ".json")),
    Case("export into a missing folder", None, mentions="does not exist", setup=_seeded,
         command=("export", "-o", "{work}/missing/out.json")),
    Case("export to /dev/null (a device)", None, expect=0, setup=_devices, command=("export", "-o", "{work}/null"),
         check=_still_device("null")),
    Case("export to /dev/full (a device)", None, mentions="full", setup=_devices,
         command=("export", "-o", "{work}/full"), check=_still_device("full")),
    Case("export over a file of mode 640 keeps it", None, expect=0, setup=_existing("out.json", 0o640),
         command=("export", "-o", "{work}/out.json"), check=_mode("out.json", 0o640)),
    Case("export to a new file follows the umask", None, expect=0, setup=_seeded,
         command=("export", "-o", "{work}/new.json"), check=_mode("new.json", 0o644)),
    Case("export through a symbolic link", None, expect=0, setup=_link, command=("export", "-o", "{work}/link.json"),
         check=_link_kept),
    Case("export to standard output (-)", None, expect=0, setup=_seeded, command=("export", "-o", "-"),
         check=lambda work: "a file named '-' was written" if (work / "-").exists() else None),
    Case("render to a folder", None, mentions="folder", setup=_seeded,
         command=("render", "--id", SEED_ID, "-t", "communique-fr", "-o", "{work}", "--format", "docx")),
    Case("render to /dev/full", None, mentions="full", setup=_devices,
         command=("render", "--id", SEED_ID, "-t", "communique-fr", "-o", "{work}/full", "--format", "txt"),
         check=_still_device("full")),
    Case("export where writing is not permitted", None, mentions="permission", setup=_seeded_output_locked,
         as_user=True, command=("export", "-o", "{work}/out.json"), check=_no_file("out.json")),
    Case("list a read-only archive", None, mentions="read-only", setup=_seeded_readonly, as_user=True,
         command=("list",)),
    Case("import into a read-only archive", str((FIXTURES / "seed-meeting.json").read_text(encoding="utf-8")),
         mentions="read-only", setup=_seeded_readonly, as_user=True),
    Case("a data folder that cannot be created", None, mentions="permission", setup=_seeded_readonly, as_user=True,
         command=("--data-dir", "{work}/home/sub", "list")),
    Case("import into a full disk", str((FIXTURES / "seed-meeting.json").read_text(encoding="utf-8")),
         mentions="full", tiny_disk=True, command=("--data-dir", "{tiny}/home", "import", "{file}")),
    Case("export onto a full disk", None, mentions="full", setup=_seeded, tiny_disk=True,
         command=("export", "-o", "{tiny}/fill.json")),
    Case("a data folder on a full disk", None, mentions="full", tiny_disk=True, setup=_seeded,
         command=("--data-dir", "{tiny}/home", "demo")),
    Case("a backup onto a full disk", None, mentions="full", tiny_disk=True, setup=_seeded,
         command=("--archive", "{work}/home/archive.sqlite", "--data-dir", "{tiny}/home", "backup")),
    # The exit-3 audit: what a user can get wrong on the command line.
    Case("a data folder that is a file", None, mentions="is a file", setup=_file_as_data_folder,
         command=("--data-dir", "{work}/tmpabc.cacert.pem", "list"), check=_is_file("tmpabc.cacert.pem")),
    Case("a data folder inside a file", None, mentions="is a file", setup=_file_as_data_folder,
         command=("--data-dir", "{work}/tmpabc.cacert.pem/home", "list"), check=_is_file("tmpabc.cacert.pem")),
    Case("a backups folder that is a file", None, mentions="backups", setup=_file_as_backups_folder,
         command=("backup",), check=_is_file("home/backups")),
    Case("a template that is a folder", None, mentions="no template", setup=_folder_as_template,
         command=("render", "--id", SEED_ID, "-t", "user/mine", "-o", "{work}/out.docx")),
    Case("check a template that is a folder", None, mentions="folder", command=("check-template", "{folder}")),
    Case("check a template that does not exist", None, mentions="no such file",
         command=("check-template", "{work}/missing.docx")),
    Case("render a meeting file that is a folder", None, mentions="folder",
         command=("render", "{folder}", "-t", "communique-fr", "-o", "{work}/out.docx")),
    Case("render into a missing folder", None, mentions="folder", setup=_seeded,
         command=("render", "--id", SEED_ID, "-t", "communique-fr", "-o", "{work}/missing/out.docx")),
    Case("restore a backup that is a folder", None, mentions="folder", setup=_folder_as_backup,
         command=("restore", "{work}/backup.sqlite"), check=_archive_kept),
    Case("restore a backup over a read-only archive", None, mentions="read-only", setup=_read_only_archive_file,
         as_user=True, command=("restore", "{work}/backup.sqlite"), check=_archive_kept),
    Case("--archive with an unknown scheme", None, mentions="not supported",
         command=("--archive", "ftp://example.org/archive", "list")),
    Case("--archive with an impossible port", None, mentions="port",
         command=("--archive", "postgresql://localhost:99999/chancery", "list")),
    Case("--archive where no server listens", None, mentions="server is running",
         command=("--archive", "postgresql://127.0.0.1:1/chancery", "list")),
    Case("--archive that is a folder", None, mentions="folder", command=("--archive", "{folder}", "list")),
    Case("an empty --data-dir (an unset variable)", None, mentions="empty", command=("--data-dir", "", "list")),
    Case("an empty --archive", None, mentions="empty", setup=_seeded, command=("--archive", " ", "list")),
    Case("--archive that is not an archive", "not an archive", mentions="not a Chancery archive",
         command=("--archive", "{file}", "list"), check=_is_file("input.json")),
]


@dataclass
class Outcome:
    case: Case
    status: int
    stderr: str
    stdout: str = ""
    problems: list[str] = field(default_factory=list)


NOBODY = 65534


def can_run(case: Case) -> str | None:
    """Why this machine cannot run ``case`` (None: it can)."""
    if case.as_user and os.geteuid() != 0:
        return "needs root to run as another user"
    if case.tiny_disk and (os.geteuid() != 0 or not shutil.which("unshare")):
        return "needs root and unshare for a private tmpfs"
    if case.setup is _devices and os.geteuid() != 0:
        return "needs root to make device files"
    return None


def run_case(case: Case, work: Path, *, pythonpath: str | None = None, in_process: bool = False) -> Outcome:
    """Run one case in ``work``: as a child process, or (``in_process``, when the case allows) through cli.main."""
    work.mkdir(parents=True, exist_ok=True)
    file = work / "input.json"
    if case.content is not None:
        file.write_bytes(case.content if isinstance(case.content, bytes)
                         else case.content.encode("utf-8", "surrogatepass"))
    folder = work / "a-folder"
    folder.mkdir(exist_ok=True)
    if case.setup is not None:
        case.setup(work)
    tiny = work / "tiny"
    args = [a.format(file=file, folder=folder, work=work, tiny=tiny) for a in case.command]
    env = dict(os.environ)
    env.pop("CHANCERY_HOME", None)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    command = [sys.executable, "-m", "chancery"]
    if "--data-dir" not in args:
        command += ["--data-dir", str(work / "home")]
    command += args
    preexec = None
    if case.as_user:
        if file.exists():
            file.chmod(0o644)
        preexec = _become_nobody
    if case.tiny_disk:
        tiny.mkdir(exist_ok=True)
        script = f'mount -t tmpfs -o size=128k tmpfs "{tiny}" && exec "$@"'
        command = ["unshare", "-m", "sh", "-c", script, "sh", *command]
        if "export" in args:  # something bigger than the disk to export: 100 demo meetings
            from chancery.demo import generate_meetings

            _seeded(work, generate_meetings(100, seed=5))
    if in_process and not case.as_user and not case.tiny_disk:
        outcome = _in_process(case, command[3:], work)
    else:
        done = subprocess.run(command, capture_output=True, env=env, timeout=300, preexec_fn=preexec, cwd=work)
        stderr = done.stderr.decode("utf-8", "backslashreplace")
        outcome = Outcome(case, done.returncode, stderr, done.stdout.decode("utf-8", "backslashreplace"))
    if case.check is not None:
        problem = case.check(work)
        if problem:
            outcome.problems.append(problem)
    return outcome


def _in_process(case: Case, args: list[str], work: Path) -> Outcome:
    import contextlib
    import io

    from chancery import cli, paths

    out, err = io.StringIO(), io.StringIO()
    before = Path.cwd()
    os.chdir(work)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = cli.main(args)
    finally:
        from chancery.store import db

        os.chdir(before)
        paths.set_data_dir(None)
        db.set_archive_location(None)  # a case's --archive must not follow the next test
    return Outcome(case, status, err.getvalue(), out.getvalue())


def _become_nobody() -> None:
    os.setgid(NOBODY)
    os.setgroups([])
    os.setuid(NOBODY)


def judge(outcome: Outcome) -> list[str]:
    """What is wrong with how a case was handled ([] when it was handled as it should)."""
    problems = list(outcome.problems)
    case = outcome.case
    if outcome.status != case.expect:
        problems.append(f"exit {outcome.status}, wanted {case.expect}")
    lines = outcome.stderr.splitlines()
    if "internal error" in outcome.stderr or "Traceback" in outcome.stderr:
        problems.append("internal error")
    if any(len(line) > 400 for line in lines):
        problems.append(f"a message line of {max(len(line) for line in lines):,} characters")
    if any(ch < " " and ch != "\t" or "\x7f" <= ch <= "\x9f" for ch in outcome.stderr.replace("\n", "")):
        problems.append("control characters reach the terminal")
    if len(lines) > 20:
        problems.append(f"{len(lines)} lines of messages")
    if case.expect == 2 and case.mentions and case.mentions.lower() not in outcome.stderr.lower():
        problems.append(f"the message does not mention {case.mentions!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pythonpath", help="run another checkout (its desktop/ folder)")
    args = parser.parse_args(argv)
    failed = internal = 0
    cases = IMPORT_CASES + PLACE_CASES
    with tempfile.TemporaryDirectory(prefix="chancery-bad-input-") as tmp:
        Path(tmp).chmod(0o755)
        for number, case in enumerate(cases):
            if can_run(case):
                print(f"skip  {case.name}: {can_run(case)}")
                continue
            outcome = run_case(case, Path(tmp) / str(number), pythonpath=args.pythonpath)
            problems = judge(outcome)
            failed += bool(problems)
            internal += outcome.status == 3
            first = (outcome.stderr.splitlines() or [""])[0]
            print(f"{'FAIL' if problems else 'ok  '}  exit {outcome.status}  {case.name:38} "
                  f"{'; '.join(problems)[:60]:60}  {first[:100]!r}")
    print(f"{len(cases)} cases: {failed} mishandled, {internal} internal errors (exit 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
