"""Archive sub-commands: import, export, list, show, demo, trash, restore."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .. import record
from ..errors import RecordError, UserError
from ..store import open_archive
from .backup import daily


def register(subparsers) -> None:
    from ..cli import add_command

    p = add_command(subparsers, "import", help="import meetings from Chancery JSON files")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_import)

    p = add_command(subparsers, "export", help="export meetings as a Chancery JSON file")
    p.add_argument("--id", dest="ids", action="append", metavar="ID",
                   help="a meeting to export (repeatable; default: all)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write here instead of standard output ('-': standard output)")
    p.set_defaults(func=cmd_export)

    p = add_command(subparsers, "list", help="list the meetings in the archive")
    p.add_argument("--json", action="store_true", help="one JSON object per meeting")
    p.add_argument("--trash", action="store_true", help="list the meetings in the trash instead")
    p.set_defaults(func=cmd_list)

    p = add_command(subparsers, "show", help="print one meeting as JSON")
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=cmd_show)

    p = add_command(subparsers, "demo", help="fill an empty archive with sample meetings")
    p.add_argument("--count", type=int, default=60, help="how many meetings (default 60)")
    p.set_defaults(func=cmd_demo)

    p = add_command(subparsers, "delete", help="move a meeting to the trash")
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=cmd_delete)

    p = add_command(subparsers, "restore",
                    help="bring a meeting back from the trash (ID), or the whole archive from a backup (FILE)",
                    description="chancery restore ID brings a meeting back from the trash; chancery restore "
                                "FILE.sqlite replaces the archive with a backup (see chancery backup --list), "
                                "keeping the current archive aside in the backups folder.")
    p.add_argument("id", metavar="ID|FILE")
    p.set_defaults(func=cmd_restore)


def meeting_id(text: str) -> str:
    """An id as typed (any case, braces, urn:uuid:) in the form the archive stores."""
    return record.canonical_id(text) or text


def _progress_line(fraction: float, message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{fraction:4.0%} {message}", end="", file=sys.stderr, flush=True)


def cmd_import(args) -> int:
    meetings: list[dict] = []
    problems = []
    for name in args.files:
        try:
            meetings.extend(record.read_file(name))
        except RecordError as error:  # collect every file's problems before refusing
            problems.extend(str(error).splitlines())
    if problems:
        raise UserError("\n".join(problems))
    with open_archive() as archive:
        daily(archive)  # the day's automatic backup, before changing anything
        result = archive.import_meetings(meetings, progress=_progress_line)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for warning in result.warnings:
        print(f"chancery: warning: {warning}", file=sys.stderr)
    print(f"imported {len(meetings)} meeting(s): {result.created} new, {result.updated} updated, "
          f"{result.unchanged} unchanged")
    return 0


def cmd_export(args) -> int:
    with open_archive() as archive:
        meetings = archive.export_meetings([meeting_id(i) for i in args.ids] if args.ids else None)
    if not meetings:
        raise UserError("the archive is empty: nothing to export")
    text = record.dumps(meetings)
    if args.output and args.output != "-":
        from ..fileio import write_output_file

        write_output_file(Path(args.output), text.encode("utf-8"))
        print(f"exported {len(meetings)} meeting(s) to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_list(args) -> int:
    with open_archive() as archive:
        rows = archive.list_meetings(deleted_only=args.trash)
    if args.json:
        for row in rows:
            print(json.dumps({
                "id": row.id, "date": row.date, "kind": row.kind, "country": row.counterpart_country,
                "principals": row.principals, "status": row.status, "version": row.version,
            }, ensure_ascii=False))
        return 0
    if not rows:
        print("the trash is empty" if args.trash else "the archive is empty (try: chancery demo)")
        return 0
    for row in rows:
        print(f"{row.id}  {row.date or '':10}  {row.status:5}  {row.counterpart_country or '--':2}  "
              f"{(row.kind or ''):24}  {row.principals}")
    return 0


def cmd_show(args) -> int:
    with open_archive() as archive:
        meeting = archive.get_meeting(meeting_id(args.id))
    sys.stdout.write(record.dumps([meeting]))
    return 0


def cmd_demo(args) -> int:
    from ..demo_fill import fill_demo

    with open_archive() as archive:
        daily(archive)  # the day's automatic backup, before changing anything
        added = fill_demo(archive, count=args.count, progress=_progress_line)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if added:
        print(f"added {added} sample meetings")
    else:
        print("the archive already holds meetings: no sample meetings added")
    return 0


def cmd_delete(args) -> int:
    with open_archive() as archive:
        daily(archive)  # the day's automatic backup, before changing anything
        archive.delete(meeting_id(args.id))
    print(f"moved {args.id} to the trash (chancery restore {args.id} brings it back)")
    return 0


def cmd_restore(args) -> int:
    if record.canonical_id(args.id) is None and (Path(args.id).suffix == ".sqlite" or Path(args.id).is_file()):
        from .backup import restore_archive

        return restore_archive(Path(args.id))
    with open_archive() as archive:
        daily(archive)  # the day's automatic backup, before changing anything
        archive.restore(meeting_id(args.id))
    print(f"restored {args.id}")
    return 0
