"""Document sub-commands: render, templates, check-template.

    chancery render (FILE.json | --id ID) --template ID [--lang LANG] -o OUT.docx|.txt|.html|.pdf
    chancery render (--ids ID [ID …] | --query QUERY | FILE.json) --template ID [--format F] [--jobs N] -o FOLDER
    chancery templates
    chancery check-template FILE.docx

They call the same functions as the GUI's preview and export dialog
(:mod:`chancery.render`; a batch, :mod:`chancery.render.batch`, on every
core).  A batch prints each file written, says on standard error how many
were written and which could not be (exit status 2 if any), shows its
progress there when it is a terminal, and stops cleanly at Ctrl+C (exit
status 130), keeping the files already written.
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from .. import record
from ..errors import UserError
from ..text import printable


def register(subparsers) -> None:
    from ..cli import add_command

    p = add_command(subparsers, "render",
                    help="write a communiqué, briefing note or record of conversation for a meeting")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", metavar="FILE.json",
                        help="a Chancery JSON file (with several meetings: one document each, -o names a folder)")
    source.add_argument("--id", metavar="ID", help="a meeting of the archive")
    source.add_argument("--ids", nargs="+", metavar="ID", help="meetings of the archive: one document each into "
                        "the folder -o names")
    source.add_argument("--query", metavar="QUERY", help="every meeting a search finds (the syntax of 'chancery "
                        "search'): one document each into the folder -o names")
    p.add_argument("--template", "-t", required=True, metavar="ID", help="template id (see 'chancery templates')")
    p.add_argument("--lang", "-l", metavar="LANG", help="document language (default: the template's)")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="output file; the extension chooses the format: .docx, .txt, .html or .pdf "
                        "('-' writes to standard output, with --format); for several meetings, a folder "
                        "(created if missing)")
    p.add_argument("--format", choices=("docx", "txt", "html", "pdf"),
                   help="override the format the extension implies (several meetings: default docx)")
    p.add_argument("--jobs", "-j", type=int, metavar="N",
                   help="processes for several meetings (default: one per core; 1: one after the other)")
    p.set_defaults(func=cmd_render)

    p = add_command(subparsers, "templates", help="list the document templates (shipped and your own)")
    p.set_defaults(func=cmd_templates)

    p = add_command(subparsers, "check-template", help="check a Word template for errors before using it")
    p.add_argument("path", metavar="FILE.docx")
    p.set_defaults(func=cmd_check_template)


def _load_meeting(args) -> tuple[dict, object | None]:
    if args.id:
        from ..store import open_archive
        from .archive import meeting_id

        archive = open_archive()
        try:
            return archive.get_meeting(meeting_id(args.id)), archive
        except BaseException:
            archive.close()
            raise
    meetings = record.read_file(args.file)
    if len(meetings) != 1:
        raise UserError(f"{args.file}: holds {len(meetings)} meetings; render takes a file with one (or use --id)")
    return meetings[0], None


def cmd_render(args) -> int:
    from ..render import find_template, write_output

    if args.ids or args.query is not None:
        return _render_batch(args)
    meetings = record.read_file(args.file) if args.file and not args.id else []
    if len(meetings) > 1:
        return _render_batch(args, meetings)
    meeting, archive = _load_meeting(args)
    try:
        # Without an archive the briefing note says nothing of earlier meetings; say so.
        if archive is None and find_template(args.template).kind == "briefing":
            print("chancery: note: rendering from a file, so the briefing note lists no earlier meetings "
                  "or open follow-up (use --id to render from the archive)", file=sys.stderr)
        written = write_output(meeting, args.template, args.output, fmt=args.format, lang=args.lang,
                               archive=archive)
    finally:
        if archive is not None and hasattr(archive, "close"):
            archive.close()
    if str(written) != "-":  # standard output holds the document itself
        print(written)
    return 0


def _render_batch(args, meetings: list[dict] | None = None) -> int:
    """One document per meeting into the folder ``args.output``, on every core (or ``--jobs``)."""
    from ..render import batch, find_template

    if args.jobs is not None and args.jobs < 1:
        raise UserError("--jobs must be 1 or more")
    folder = Path(args.output)
    if str(folder) == "-":
        raise UserError("several meetings are written to a folder: give -o FOLDER, not '-'")
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder}: not a folder; several meetings are written one file each into a folder")
    fmt = args.format or "docx"
    info = find_template(args.template)
    if fmt in ("txt", "html") and info.kind != "communique":
        raise UserError("plain text and HTML are made for communiqués; use --format docx or pdf")
    archive = None
    try:
        if meetings is None:
            from ..store import open_archive
            from .archive import meeting_id

            archive = open_archive()
            if args.query is not None:
                from ..store import search

                items: list[dict | str] = list(search.search_ids(archive, args.query))
                if not items:
                    print(f"chancery: no meeting matches {args.query!r}; nothing written", file=sys.stderr)
                    return 0
            else:
                items = list(dict.fromkeys(meeting_id(i) for i in args.ids))
        else:
            items = list(meetings)
            if info.kind == "briefing":
                print("chancery: note: rendering from a file, so the briefing notes list no earlier meetings "
                      "or open follow-up (use --ids or --query to render from the archive)", file=sys.stderr)
        folder.mkdir(exist_ok=True)
        stop = {"asked": False}

        def interrupt(_signal, _frame) -> None:
            stop["asked"] = True

        previous = signal.signal(signal.SIGINT, interrupt)  # Ctrl+C: finish the files being written, then stop
        try:
            result = batch.export(items, args.template, folder, fmt=fmt, lang=args.lang, archive=archive,
                                  workers=args.jobs, progress=_progress_line(len(items)),
                                  cancelled=lambda: stop["asked"])
        finally:
            signal.signal(signal.SIGINT, previous)
    finally:
        if archive is not None:
            archive.close()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for path in result.written:
        print(path)
    processes = f"{result.workers} process" + ("es" if result.workers > 1 else "")
    print(f"chancery: wrote {len(result.written):,} of {len(items):,} documents to {folder} in {result.seconds:.1f} s "
          f"({processes}, {result.cpu_seconds:.1f} s of CPU)", file=sys.stderr)
    for line in result.errors[:50]:
        print(f"chancery: {line}", file=sys.stderr)
    if len(result.errors) > 50:
        print(f"chancery: … and {len(result.errors) - 50:,} more", file=sys.stderr)
    if result.cancelled:
        print("chancery: interrupted; the documents written so far are kept", file=sys.stderr)
        return 130
    return 2 if result.errors else 0


def _progress_line(total: int):
    def show(fraction: float, name: str) -> None:
        if sys.stderr.isatty() and name:
            done = round(fraction * total)
            print(f"\r{fraction:4.0%} {done:,}/{total:,} {name[:60]:<60}", end="", file=sys.stderr, flush=True)

    return show


def cmd_templates(args) -> int:
    from ..render import list_templates

    rows = list_templates()
    width = max((len(t.id) for t in rows), default=10)
    for t in rows:
        origin = "user" if t.user else "shipped"
        print(f"{t.id:<{width}}  {t.kind:<10}  {t.language:<5}  {origin:<7}  {t.description}")
    return 0


def cmd_check_template(args) -> int:
    from ..render import check_template

    path = Path(args.path)
    if path.is_dir():  # the file to check is not there: a mistake in the command, not a template's problem
        raise UserError(f"{printable(str(path), 200)}: is a folder; give a Word template (.docx)")
    if not path.is_file():
        raise UserError(f"{printable(str(path), 200)}: no such file; check the path")
    problems = check_template(path)
    if problems:
        for line in problems:
            print(line, file=sys.stderr)
        return 1
    print(f"{path.name}: no problems found")
    return 0
