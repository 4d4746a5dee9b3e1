"""The layout's one rule: nothing outside chancery.ui imports PySide6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import chancery


def test_every_non_ui_module_imports_without_pyside6():
    names = [
        info.name for info in pkgutil.walk_packages(chancery.__path__, "chancery.")
        if not info.name.startswith("chancery.ui") and info.name != "chancery.__main__"
    ]
    assert "chancery.store.archive" in names and "chancery.record" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(leaked)\n"
        "sys.exit(1 if leaked else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
