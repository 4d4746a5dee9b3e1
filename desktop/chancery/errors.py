"""Errors that carry a message meant for the user.

The core raises these instead of printing; the CLI shows ``str(error)`` on
one line and the GUI shows it in a message box.  Anything else escaping is a
bug and is reported as such.
"""

from __future__ import annotations

from .text import MESSAGE_LIMIT, printable


class UserError(Exception):
    """Something the user can fix; ``str()`` is a complete sentence."""


class RecordError(UserError):
    """A record or interchange file that fails validation.

    ``problems`` lists every problem found (each names its field), so the
    user fixes them all in one go.
    """

    def __init__(self, problems, source: str | None = None):
        self.problems = list(problems)
        self.source = source
        prefix = f"{source}: " if source else ""
        # A problem of the whole file ("(file)") is named by the file itself when there is one.
        lines = [printable(f"{prefix}{str(p).removeprefix('(file): ') if source else p}", MESSAGE_LIMIT)
                 for p in self.problems]
        super().__init__("\n".join(lines) if lines else f"{prefix}invalid record")


class ArchiveError(UserError):
    """The archive file cannot be used (newer schema, corrupt, locked)."""


class ArchiveUnusableError(ArchiveError):
    """The archive file cannot be used at all (damaged, not a database, not Chancery's): a backup may replace it.

    Not raised for an archive that is fine but busy, read-only or on a full
    disk: restoring a backup over one of those would set a good archive aside.
    """


class ArchiveBusyError(ArchiveError):
    """Another window or program holds the archive's write lock longer than we wait; nothing was written."""


class ReadOnlyError(ArchiveError):
    """The user may read this archive but not change it (a reader's role on a server, or a read-only copy)."""

    def __init__(self, archive: str):
        self.archive = archive
        super().__init__(f"{archive} is read-only for you: nothing was changed. Ask your administrator for editor "
                         "access (chancery admin grant USER editor)")


class ConflictError(UserError):
    """A save based on an older version of a meeting than the stored one."""

    def __init__(self, meeting_id: str, expected: int, actual: int):
        self.meeting_id = meeting_id
        self.expected = expected
        self.actual = actual
        super().__init__(
            f"meeting {meeting_id} was changed elsewhere (you edited version {expected}, "
            f"the archive now holds version {actual}); reload or compare before saving"
        )


class NotFoundError(UserError):
    """No meeting with that id."""
