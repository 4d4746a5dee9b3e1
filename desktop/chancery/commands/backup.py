"""Backup sub-commands: ``chancery backup [--list] [--keep N]``; ``chancery restore FILE`` is in archive.py."""

from __future__ import annotations

import sys
from pathlib import Path

from ..store import open_archive


def register(subparsers) -> None:
    from ..cli import add_command

    p = add_command(subparsers, "backup", help="copy the archive into the backups folder now (or list the backups)",
                    description="Copies the archive into backups/ in the data folder (a complete SQLite file, "
                                "made while the archive stays usable). Chancery also makes one automatically each "
                                "day and before every schema upgrade. Restore one with: chancery restore FILE.")
    p.add_argument("--list", action="store_true", help="list the backups, newest first, instead")
    p.add_argument("--keep", type=int, metavar="N", help="keep the N newest daily backups from now on (default 7)")
    p.set_defaults(func=cmd_backup)


def cmd_backup(args) -> int:
    from ..store import backup

    if args.list:
        found = backup.list_backups()
        if not found:
            print(f"no backups yet in {backup.paths.backups_dir()} (make one: chancery backup)")
            return 0
        for info in found:
            meetings = "unreadable" if info.meetings is None else f"{info.meetings:,} meeting(s)"
            print(f"{info.made:%Y-%m-%d %H:%M}  {info.kind:15}  {meetings:>17}  {backup.describe_size(info.size):>9}  "
                  f"{info.path}")
        return 0
    with open_archive() as archive:
        if args.keep is not None:
            archive.update_settings(backups_kept=args.keep)
            print(f"keeping the {args.keep} newest daily backups", file=sys.stderr)
        made = backup.make_backup(archive, "manual")
    info = backup.describe_file(made)
    print(f"backed up {info.meetings:,} meeting(s) to {made}")
    return 0


def restore_archive(file: Path) -> int:
    """``chancery restore FILE``: the whole archive from a backup, the current one kept aside."""
    from .. import paths
    from ..errors import ArchiveUnusableError
    from ..store import backup, db

    backup.check_backup(file)  # a bad file is refused before the archive is touched
    try:
        archive = open_archive()
    except ArchiveUnusableError:  # the archive itself cannot be opened (damaged): replace the file
        location = db.archive_location()
        if db.is_server(location):
            raise
        target = db.sqlite_file(db.database_url(location)) if location else paths.archive_path()
        if not target.exists():
            raise
        info, aside = backup.restore_file(target, file)
        open_archive().close()  # upgrades an older backup now
        print(f"restored the archive from {file} ({info.meetings:,} meeting(s), saved {info.made:%Y-%m-%d %H:%M}); "
              f"the unusable archive was moved to {aside}")
        return 0
    with archive:
        info, aside = backup.restore_backup(archive, file)
    print(f"restored the archive from {file} ({info.meetings:,} meeting(s), saved {info.made:%Y-%m-%d %H:%M}); "
          f"the archive as it was is kept in {aside}")
    return 0


def daily(archive) -> None:
    """The day's automatic backup before a command changes the archive (a failure is a warning, not a stop)."""
    from ..errors import UserError
    from ..store import backup

    try:
        backup.daily_backup(archive)
    except UserError as error:
        print(f"chancery: warning: {error}", file=sys.stderr)
