#!/usr/bin/env python3
"""Launch Chancery from a source checkout, setting up its environment on first use.

    python3 run.py            open the application
    python3 run.py --demo     … with sample meetings in an empty archive
    python3 run.py list       any `chancery` command works the same way

The first run creates `.venv/` here and installs Chancery into it (editable,
with its test and lint tools) at the exact versions of constraints.txt; later
runs reinstall only when pyproject.toml or constraints.txt changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".chancery-installed"
CONSTRAINTS = ROOT / "constraints.txt"
EXTRAS = "test,lint"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_environment() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 (run.py may be started by an older python3)
        sys.exit(f"Chancery needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + CONSTRAINTS.read_bytes()).hexdigest()
    python = venv_python()
    if python.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return python
    if not python.exists():
        print("Setting up Chancery's environment in .venv (first run only)…", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    else:
        print("Updating Chancery's environment (pyproject.toml or constraints.txt changed)…", file=sys.stderr)
    # -c adds to any constraints file pip's own configuration names (it does not replace it);
    # the pip of constraints.txt knows --build-constraint, which pins the build backend too.
    pinned = ["-c", str(CONSTRAINTS)]
    subprocess.check_call([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip", *pinned])
    subprocess.check_call([str(python), "-m", "pip", "install", "--quiet", *pinned, "--build-constraint",
                           str(CONSTRAINTS), "-e", f"{ROOT}[{EXTRAS}]"])
    STAMP.write_text(wanted)
    return python


def main() -> int:
    python = ensure_environment()
    return subprocess.call([str(python), "-m", "chancery", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
