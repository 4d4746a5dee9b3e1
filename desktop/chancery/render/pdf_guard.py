"""LibreOffice, watched: a PDF conversion that cannot outlive the Chancery that started it.

    python pdf_guard.py FOLDER SOFFICE [ARGUMENT ...]

:func:`chancery.render.output.docx_to_pdf` runs this small program with a
pipe on its standard input.  It starts LibreOffice in a process group of
its own inside FOLDER (the conversion's private temporary folder) and waits
for whichever comes first:

* LibreOffice ends: the guard exits with its status (the caller reads the PDF
  and removes FOLDER);
* the pipe closes — Chancery ended, even by SIGKILL, since the kernel closes
  a dead process's end of a pipe: the guard ends LibreOffice's whole process
  group, removes FOLDER, and exits.

Only the standard library is imported: this runs once per PDF.
"""

from __future__ import annotations

import os
import selectors
import shutil
import signal
import subprocess
import sys
import time

PGID_FILE = "soffice.pgid"  # LibreOffice's process group, for a clean-up after a crash of the guard itself
LOG_FILE = "soffice.log"


def end_group(pgid: int, grace: float = 2.0) -> None:
    """SIGTERM a process group, then SIGKILL what is left after ``grace`` seconds."""
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 0.0)):
        try:
            os.killpg(pgid, sig)
        except (ProcessLookupError, PermissionError):
            return
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                os.killpg(pgid, 0)
            except (ProcessLookupError, PermissionError):
                return
            time.sleep(0.05)


def main(argv: list[str]) -> int:
    folder, command = argv[0], argv[1:]
    scratch = os.path.join(folder, "tmp")  # LibreOffice's own temporary files stay inside FOLDER
    os.makedirs(scratch, exist_ok=True)
    environment = dict(os.environ, TMPDIR=scratch, TMP=scratch, TEMP=scratch)
    with open(os.path.join(folder, LOG_FILE), "wb") as log:
        process = subprocess.Popen(command, cwd=folder, start_new_session=True, stdin=subprocess.DEVNULL,
                                   stdout=log, stderr=subprocess.STDOUT, env=environment)
    with open(os.path.join(folder, PGID_FILE), "w", encoding="ascii") as handle:
        handle.write(str(process.pid))
    selector = selectors.DefaultSelector()
    selector.register(sys.stdin.buffer, selectors.EVENT_READ)
    while True:
        if process.poll() is not None:
            return process.returncode
        if selector.select(timeout=0.1) and not os.read(sys.stdin.fileno(), 4096):
            # Chancery is gone: leave nothing behind.
            end_group(process.pid)
            process.wait()
            shutil.rmtree(folder, ignore_errors=True)
            return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
