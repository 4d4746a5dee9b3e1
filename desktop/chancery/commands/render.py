"""Document sub-commands: render, templates, check-template.

    chancery render (FILE.json | --id ID) --template ID [--lang LANG] -o OUT.docx|.txt|.html|.pdf
    chancery templates
    chancery check-template FILE.docx

They call the same functions as the GUI's preview and export dialog
(:mod:`chancery.render`).
"""

from __future__ import annotations

import sys
from pathlib import Path

from .. import record
from ..errors import UserError


def register(subparsers) -> None:
    from ..cli import add_command

    p = add_command(subparsers, "render", help="write a communiqué, briefing note or record of conversation for a meeting")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", metavar="FILE.json", help="a Chancery JSON file holding one meeting")
    source.add_argument("--id", metavar="ID", help="a meeting of the archive")
    p.add_argument("--template", "-t", required=True, metavar="ID", help="template id (see 'chancery templates')")
    p.add_argument("--lang", "-l", metavar="LANG", help="document language (default: the template's)")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="output file; the extension chooses the format: .docx, .txt, .html or .pdf "
                        "('-' writes to standard output, with --format)")
    p.add_argument("--format", choices=("docx", "txt", "html", "pdf"), help="override the format the extension implies")
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

    meeting, archive = _load_meeting(args)
    try:
        if archive is None:
            # Without an archive the briefing note says nothing of earlier meetings; say so.
            if find_template(args.template).kind == "briefing":
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
    problems = check_template(path)
    if problems:
        for line in problems:
            print(line, file=sys.stderr)
        return 1
    print(f"{path.name}: no problems found")
    return 0
