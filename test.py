#!/usr/bin/env python3
"""Run Chancery's whole test suite, setting up the environment on first use.

    python3 test.py           every test (core, store, CLI, GUI offscreen, wheel, documents)
    python3 test.py -k seed   extra arguments go to pytest

GUI tests run on Qt's offscreen platform, so no display is needed.
"""

from __future__ import annotations

import os
import subprocess
import sys

from run import ROOT, ensure_environment


def main() -> int:
    python = ensure_environment()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(python), "-m", "pytest", *sys.argv[1:]], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main())
