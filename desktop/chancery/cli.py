"""The ``chancery`` command: the GUI by default, every core capability as a sub-command.

The sub-commands live in :mod:`chancery.commands` and call the same core
functions as the GUI.  A user error (bad file, unknown id, newer archive)
prints one line per problem and exits with status 2; an unexpected failure
prints one line and writes the traceback to ``chancery.log`` in the data
folder.  Never a traceback on the terminal.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager

from . import __version__, paths
from .commands import COMMAND_MODULES
from .errors import UserError
from .text import printable

EXIT_USER_ERROR = 2
EXIT_INTERNAL_ERROR = 3
MAX_ERROR_LINES = 50  # problems printed at most (a file with 10,000 bad meetings says how many more)
MAX_LINE = 400  # characters of one message line, at most


def _common_options(parser: argparse.ArgumentParser, *, default) -> None:
    parser.add_argument(
        "--data-dir", metavar="DIR", default=default,
        help="folder holding the archive and user files (default: $CHANCERY_HOME or the platform's "
             "user-data folder)",
    )
    parser.add_argument(
        "--archive", metavar="URL", default=default,
        help="the archive to use: an SQLite file's path or postgresql://SERVER/DATABASE (libpq options such as "
             "?sslmode=require pass through; default: $CHANCERY_ARCHIVE, else archive.sqlite in the data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chancery",
        description="Record diplomatic meetings, keep an offline archive, and generate communiqués, "
                    "briefing notes and records of conversation. With no command, opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"chancery {__version__}")
    _common_options(parser, default=None)
    parser.add_argument("--demo", action="store_true",
                        help="fill an empty archive with sample meetings, then open the window")
    common = argparse.ArgumentParser(add_help=False)
    _common_options(common, default=argparse.SUPPRESS)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.common_parent = common  # type: ignore[attr-defined]  # for command modules
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:  # a real missing dependency, not an absent optional module
                raise
            continue
        module.register(subparsers)
    return parser


def add_command(subparsers, name: str, **kwargs) -> argparse.ArgumentParser:
    """Add a sub-command that also accepts the common options (``--data-dir``)."""
    return subparsers.add_parser(name, parents=[subparsers.common_parent], **kwargs)


def _window_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The options of a command line that only opens the window, parsed without loading any command module.

    None when ``argv`` names a command, asks for help or the version, or is
    wrong in any way: the full parser then does it (and says what is wrong).
    """
    if any(arg in ("-h", "--help", "--version") for arg in argv):
        return None
    light = argparse.ArgumentParser(prog="chancery", add_help=False, exit_on_error=False)
    _common_options(light, default=None)
    light.add_argument("--demo", action="store_true")
    try:
        args, rest = light.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _window_arguments(argv)  # the window starts without building every command's parser
    parser = None
    if args is None:
        parser = build_parser()
        args = parser.parse_args(argv)
    try:
        for option, value in (("--data-dir", args.data_dir), ("--archive", getattr(args, "archive", None))):
            if value is not None and not value.strip():  # `--data-dir "$UNSET"`: never fall back to the real profile
                raise UserError(f"{option} is empty; give a folder or file, or leave the option out")
        if args.data_dir:
            paths.set_data_dir(args.data_dir)
        if getattr(args, "archive", None):
            from .store.early import set_archive_location

            set_archive_location(args.archive)
        if args.command is None:
            from .ui.app import run_app

            return run_app(demo=args.demo)
        if args.demo and parser is not None:
            parser.error("--demo goes without a command (or use 'chancery demo')")
        with _waiting_for_other_writers():
            return int(args.func(args) or 0)
    except UserError as error:
        lines = str(error).splitlines() or [error.__class__.__name__]
        for line in lines[:MAX_ERROR_LINES]:
            print(f"chancery: {printable(line, MAX_LINE)}", file=sys.stderr)
        if len(lines) > MAX_ERROR_LINES:
            print(f"chancery: … and {len(lines) - MAX_ERROR_LINES:,} more problem(s)", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:  # the reader went away (e.g. `chancery list | head`): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as error:  # the data folder, a file: permission, full disk, name too long…
        from .fileio import describe_os_error

        print(f"chancery: {describe_os_error(error, error.filename or '(file)')}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("chancery: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: one line here, the details in the log
        log = _log_traceback()
        # A database error's text carries the SQL and the record's values: the log has them, not the terminal.
        shown = getattr(error, "orig", None) if hasattr(error, "statement") else None
        print(f"chancery: internal error: {error.__class__.__name__}: {printable(str(shown or error), MAX_LINE)} "
              f"({log})", file=sys.stderr)
        return EXIT_INTERNAL_ERROR


CLI_BUSY_WAIT_SECONDS = 600


@contextmanager
def _waiting_for_other_writers() -> Iterator[None]:
    """A command that finds the archive busy (another import, a window saving) waits its turn and says so."""
    from .store import db

    def tell() -> None:
        print("chancery: another Chancery is writing to the archive; waiting for it to finish…",
              file=sys.stderr, flush=True)

    before = db.busy_policy
    db.busy_policy = db.BusyPolicy(wait_seconds=CLI_BUSY_WAIT_SECONDS, on_wait=tell)
    try:
        yield
    finally:
        db.busy_policy = before


def _log_traceback() -> str:
    """Where the traceback went ("details in PATH"), or why no log could be written."""
    from .fileio import append_to_log

    log, why = append_to_log(traceback.format_exc())
    return f"details in {log}" if log else f"no log written: {why}"


if __name__ == "__main__":
    sys.exit(main())
