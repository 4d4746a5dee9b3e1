"""The ``chancery`` command line run in the test's own process, as a user types it.

``chancery.cli.main(argv)`` is the very function the console script and
``python -m chancery`` call; here it gets the arguments, a standard input,
and standard output and error that are read back as text (and bytes, for a
command that writes a binary document to ``-o -``).  Nothing else differs
from a real process: the same argument parsing (argparse's own exits are
caught and become the exit status), the same error handling and exit codes,
the same data folder option.  Starting Python, importing Chancery and
opening an archive in a new process cost a second or more per command; one
smoke test in tests/core/test_cli.py still runs the real entry point as a
process (a pipe closed early).

Process-wide state the command line sets (the ``--data-dir`` and
``--archive`` overrides, environment variables passed in ``env``) is put
back after each command.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class CliResult:
    """What a command left: exit status, standard output and error."""

    returncode: int
    stdout_bytes: bytes
    stderr: str

    @property
    def stdout(self) -> str:
        return self.stdout_bytes.decode("utf-8")


@contextlib.contextmanager
def _environment(changes: Mapping[str, str | None]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in changes}
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _stream(data: bytes = b"") -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="\n", write_through=True)


def run_chancery(*args: object, data_dir: object = None, env: Mapping[str, str | None] | None = None,
                 stdin: str = "") -> CliResult:
    """Run ``chancery [--data-dir DATA_DIR] ARGS…`` in this process and return what it printed.

    ``env`` sets (or, with None, removes) environment variables for the
    command only.  With ``data_dir``, ``$CHANCERY_HOME`` is removed, as a user
    passing ``--data-dir`` would not have it set.
    """
    from chancery import cli, paths
    from chancery.store import db

    argv = [*(["--data-dir", str(data_dir)] if data_dir is not None else []), *map(str, args)]
    changes: dict[str, str | None] = {"CHANCERY_HOME": None} if data_dir is not None else {}
    changes.update(env or {})
    out, err, given = _stream(), _stream(), _stream(stdin.encode("utf-8"))
    code: int | str | None
    try:
        with _environment(changes), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            saved_stdin, sys.stdin = sys.stdin, given
            try:
                code = cli.main(argv)
            except SystemExit as exit_:  # argparse: --version, --help, a usage error
                code = exit_.code
            finally:
                sys.stdin = saved_stdin
    finally:
        paths.set_data_dir(None)
        db.set_archive_location(None)
    if isinstance(code, str):  # sys.exit("message")
        err.write(code + "\n")
        code = 1
    out.flush()
    err.flush()
    stdout = out.buffer.getvalue()  # type: ignore[attr-defined]  (a BytesIO)
    stderr = err.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]
    return CliResult(int(code or 0), stdout, stderr)
