#!/usr/bin/env python3
"""Write constraints.txt: the exact version of every package in this checkout's working .venv.

    python3 tools/update_constraints.py

run.py and .ci/run install with ``pip install -c constraints.txt`` (and
``--build-constraint`` for the build backend), so a fresh install gets the
versions the suite last passed with, never a release nobody has tried.  To
take a new release: raise the bound in pyproject.toml if needed, upgrade it
in .venv (``.venv/bin/python -m pip install -U NAME``), run the whole suite,
then run this script and commit both files.

pip combines ``-c`` with any constraints file named in pip's own
configuration (this machine's /etc/xdg/pip/constraints.txt, for instance);
neither replaces the other.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from run import CONSTRAINTS, venv_python  # noqa: E402  (run.py lives at the checkout's root)

HEADER = """\
# Exact versions Chancery's suite passed with; run.py and .ci/run install with
# pip install -c constraints.txt (see tools/update_constraints.py, which writes this file
# from a working .venv). Bounds that say which releases may work are in pyproject.toml.
"""


def frozen_requirements(python: Path) -> list[str]:
    """``pip freeze`` of ``python``'s environment: every distribution but this checkout itself."""
    output = subprocess.run([str(python), "-m", "pip", "freeze", "--all", "--exclude-editable",
                             "--disable-pip-version-check"], check=True, capture_output=True, text=True).stdout
    lines = [line.strip() for line in output.splitlines()]
    pins = [line for line in lines if line and not line.startswith(("#", "-e")) and "==" in line]
    return sorted(pins, key=lambda line: line.split("==")[0].lower().replace("_", "-"))


def main() -> int:
    python = venv_python()
    if not python.exists():
        print("no .venv here yet: run python3 run.py --version first", file=sys.stderr)
        return 2
    pins = [pin for pin in frozen_requirements(python) if not pin.lower().startswith("chancery==")]
    CONSTRAINTS.write_text(HEADER + "\n".join(pins) + "\n", encoding="utf-8")
    print(f"{CONSTRAINTS.name}: {len(pins)} packages pinned")
    return 0


if __name__ == "__main__":
    sys.exit(main())
