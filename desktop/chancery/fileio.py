"""Writing output files safely: a reader never sees half a file, and nothing but the target is touched.

:func:`write_output_file` is the one way Chancery writes a file a user named
(an export, a rendered document, a backup copy):

* a regular file (new or existing) is written atomically — the content goes
  to a temporary file beside the target, is flushed to disk, then replaces
  the target in one step (``os.replace``) — with the target's permissions
  if it existed (else those the umask allows, like any program), and the
  folder is synced so the rename survives a power cut;
* a symbolic link is written *through*: the file it points to is replaced
  atomically, and the link stays a link;
* a device, a FIFO or a socket (``/dev/null``, ``/dev/stdout``, a pipe) is
  written to as a stream, never replaced; ``-`` means standard output;
* a folder, a missing folder, a name too long for the file system, a
  read-only or full disk, a permission refused: :class:`OutputError` (a
  :class:`~chancery.errors.UserError`) naming the file and what to do, and
  the target is left as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from pathlib import Path

from .errors import UserError
from .text import short_path

STDOUT = "-"


class OutputError(UserError):
    """An output file that cannot be written; ``str()`` names it and says what to do."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def describe_os_error(error: OSError, path: str | os.PathLike[str], action: str = "write") -> str:
    """One line for an I/O error on ``path``: what happened and what to do."""
    name = short_path(path)
    code = error.errno
    if code in (errno.EACCES, errno.EPERM):
        return f"{name}: permission denied; choose a folder you can {action} to, or change its permissions"
    if code == errno.EROFS:
        return f"{name}: the disk is read-only; choose another folder"
    if code in (errno.ENOSPC, errno.EDQUOT):
        return f"{name}: the disk is full; free some space or choose another disk (nothing was written)"
    if code == errno.EFBIG:
        return (f"{name}: the file would be larger than this disk or your account's file-size limit allows; "
                "choose another disk or raise the limit")
    if code == errno.ENAMETOOLONG:
        return f"{name}: the file name is too long for this disk; choose a shorter name"
    if code == errno.EISDIR:
        return f"{name}: is a folder; give a file name inside it"
    if code == errno.EEXIST:  # a folder was to be made where a file is
        return f"{name}: is a file, not a folder; move the file aside or choose another folder"
    if code == errno.ENOTDIR:
        return f"{name}: part of this path is a file, not a folder; choose another folder"
    if code == errno.ENOENT:
        return f"{name}: the folder does not exist; create it or choose another"
    if code == errno.EIO:
        return f"{name}: the disk reported an error; check the disk and try again"
    return f"{name}: cannot {action} ({error.strerror or error})"


def write_output_file(target: str | os.PathLike[str], data: bytes, *, make_folder: bool = False) -> Path:
    """Write ``data`` to ``target`` as described in the module docstring; returns the path written."""
    if str(target) == STDOUT:
        _stream_to_stdout(data)
        return Path(STDOUT)
    path = Path(target)
    try:
        if make_folder:
            path.parent.mkdir(parents=True, exist_ok=True)
        resolved = path
        if path.is_symlink():
            _check_link(path)
            resolved = Path(os.path.realpath(path))
        try:
            mode = os.stat(resolved).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and stat.S_ISDIR(mode):
            raise OutputError(f"{short_path(path)}: is a folder; give a file name inside it")
        if mode is not None and not stat.S_ISREG(mode):
            _stream(resolved, data)
            return path
        _replace(resolved, data, mode)
    except OutputError:
        raise
    except OSError as error:
        raise OutputError(describe_os_error(error, path)) from None
    return path


def _check_link(link: Path) -> None:
    """Refuse a link someone else planted in a shared folder such as /tmp (where following it is an attack)."""
    folder = link.parent if str(link.parent) else Path(".")
    folder_info = os.stat(folder)
    shared = folder_info.st_mode & stat.S_ISVTX and folder_info.st_mode & stat.S_IWOTH
    owner = os.lstat(link).st_uid
    if shared and owner not in (os.getuid(), folder_info.st_uid):
        raise OutputError(f"{short_path(link)}: is a link made by another user in a shared folder; it was not "
                          "followed. Write to another name or folder")


def _stream_to_stdout(data: bytes) -> None:
    stream = getattr(sys.stdout, "buffer", None)
    if stream is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        stream.write(data)
    sys.stdout.flush()


def _stream(path: Path, data: bytes) -> None:
    """Write to a device, FIFO or socket in place (O_WRONLY without O_CREAT or O_TRUNC: it is never replaced)."""
    descriptor = os.open(path, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        view = memoryview(data)
        while view:
            written = os.write(descriptor, view)
            view = view[written:]
    finally:
        os.close(descriptor)


def _replace(path: Path, data: bytes, mode: int | None) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    if len(os.fsencode(path.name)) > 255:
        raise OSError(errno.ENAMETOOLONG, os.strerror(errno.ENAMETOOLONG), str(path))
    # A short temporary name, so that a target name near the file system's limit still fits.
    handle, temporary = tempfile.mkstemp(prefix=".chancery-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            permissions = stat.S_IMODE(mode) if mode is not None else 0o666 & ~_umask()
            os.fchmod(stream.fileno(), permissions)
            if mode is not None and hasattr(os, "fchown"):
                _keep_owner(stream.fileno(), path)
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    _sync_folder(folder)


def _keep_owner(descriptor: int, path: Path) -> None:
    """Give the new file the replaced file's owner and group when allowed (e.g. root editing a user's file)."""
    try:
        info = os.stat(path)
        if (info.st_uid, info.st_gid) != (os.getuid(), os.getgid()):
            os.fchown(descriptor, info.st_uid, info.st_gid)
    except OSError:
        pass


def _sync_folder(folder: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


LOG_NAME = "chancery.log"


def append_to_log(text: str) -> tuple[Path | None, str]:
    """Append an internal error's details to ``chancery.log``: in the data folder, else the per-user log folder.

    Returns the log's path and "", or None and why no log could be written
    (the data folder is a file, a full or read-only disk), so a message never
    sends the user to a log that does not exist.
    """
    from . import paths

    reasons: list[str] = []
    folders: list[Path] = []
    try:
        folders.append(paths.data_dir())
    except OSError as error:
        reasons.append(describe_os_error(error, error.filename or "the data folder"))
    import platformdirs

    folders.append(Path(platformdirs.user_log_dir(paths.APP_NAME, appauthor=False)))
    for folder in folders:
        log = folder / LOG_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with open(log, "a", encoding="utf-8") as handle:
                handle.write(text.rstrip("\n") + "\n\n")
            return log, ""
        except OSError as error:
            reasons.append(describe_os_error(error, error.filename or log))
    return None, reasons[0]
