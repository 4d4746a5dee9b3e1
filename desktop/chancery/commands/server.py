"""Server-archive sub-commands: ``admin upgrade``, ``admin grant``, ``admin revoke``, ``copy``, ``login``.

``--archive URL`` (every command) and ``$CHANCERY_ARCHIVE`` choose the
archive; see :mod:`chancery.store.db`.
"""

from __future__ import annotations

import sys

from ..errors import UserError


def register(subparsers) -> None:
    from ..cli import add_command

    admin = add_command(subparsers, "admin", help="administer a server archive (upgrade, grant, revoke)",
                        description="Acts of a server archive's administrator. The archive is the one named by "
                                    "--archive or $CHANCERY_ARCHIVE (postgresql://SERVER/DATABASE).")
    acts = admin.add_subparsers(dest="act", metavar="ACT", required=True)
    p = acts.add_parser("upgrade", parents=[subparsers.common_parent],
                        help="create or upgrade the archive's schema and grant the Chancery roles their tables")
    p.set_defaults(func=cmd_upgrade)
    for name, verb in (("grant", "give"), ("revoke", "take away")):
        p = acts.add_parser(name, parents=[subparsers.common_parent],
                            help=f"{verb} a user reader, editor or internal access")
        p.add_argument("user", metavar="USER", help="a login role of the PostgreSQL server")
        p.add_argument("level", metavar="reader|editor|internal", choices=("reader", "editor", "internal"))
        p.set_defaults(func=cmd_grant if name == "grant" else cmd_revoke)

    p = add_command(subparsers, "copy", help="copy a whole archive (SQLite file or server) into an empty one",
                    description="Copy every meeting (ids, versions, trash), the people directory and the settings "
                                "from SOURCE into TARGET, then build TARGET's search index. SOURCE and TARGET are "
                                "file paths or postgresql:// URLs; TARGET must be empty (a new file, or a database "
                                "set up with chancery admin upgrade).")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("target", metavar="TARGET")
    p.set_defaults(func=cmd_copy)

    p = add_command(subparsers, "login", help="keep your password for a server archive in the system keyring",
                    description="Ask for your password for the server archive (--archive or $CHANCERY_ARCHIVE) "
                                "and keep it in the system keyring, never in a file of Chancery's.")
    p.set_defaults(func=cmd_login)


def _server_location() -> str:
    from ..store.db import archive_location, is_server

    location = archive_location()
    if not is_server(location):
        raise UserError("name the server archive: --archive postgresql://SERVER/DATABASE (or $CHANCERY_ARCHIVE)")
    return str(location)


def _progress_line(fraction: float, message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{fraction:4.0%} {message:60}", end="", file=sys.stderr, flush=True)


def cmd_upgrade(_args) -> int:
    from ..store import server

    for line in server.upgrade(_server_location()):
        print(line)
    return 0


def cmd_grant(args) -> int:
    from ..store import server

    print(server.administer(_server_location(), lambda c: server.grant(c, args.user, args.level)))
    return 0


def cmd_revoke(args) -> int:
    from ..store import server

    print(server.administer(_server_location(), lambda c: server.revoke(c, args.user, args.level)))
    return 0


def cmd_copy(args) -> int:
    from pathlib import Path

    from ..store import open_archive
    from ..store.copying import copy_archive
    from ..store.db import is_server

    if not is_server(args.source) and "://" not in args.source and not Path(args.source).exists():
        raise UserError(f"{args.source}: no such archive file")
    with open_archive(url=args.source) as source, open_archive(url=args.target) as target:
        counts = copy_archive(source, target, progress=_progress_line)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    people = counts.get("people", 0)
    print(f"copied {counts.get('meetings', 0)} meeting(s), {people} people and {counts.get('settings', 0)} "
          f"setting(s) from {source.name} to {target.name}; search index built")
    if not source.access.internal:
        print("chancery: note: the internal briefing sections were not copied (you may not read them)",
              file=sys.stderr)
    return 0


def cmd_login(_args) -> int:
    import getpass

    from ..store.db import database_url, keyring_key, store_keyring_password

    url = database_url(_server_location())
    if sys.stdin.isatty():
        password = getpass.getpass(f"password for {keyring_key(url)}: ")
    else:
        password = sys.stdin.readline().rstrip("\n")
    if not password:
        raise UserError("no password given: nothing stored")
    store_keyring_password(url, password)
    print(f"password kept in the system keyring (service 'chancery', entry '{keyring_key(url)}')")
    return 0
