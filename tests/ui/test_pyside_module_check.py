"""PySide6's check of each imported module (does its source name "PySide6"?) answers as PySide6's own does."""

from __future__ import annotations

import sys

import chancery.ui
import chancery.ui.app  # noqa: F401  (a module that names PySide6)


def test_the_check_reads_files_and_answers_as_pyside_does():
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None:  # a PySide6 without the check: nothing was replaced
        return
    assert getattr(check, "reads_files", False)
    original = check.__wrapped__
    modules = [module for name, module in sorted(sys.modules.items())
               if isinstance(getattr(module, "__file__", None), str)]
    assert len(modules) > 100
    answers = {module.__name__: check(module) for module in modules}
    assert answers == {module.__name__: original(module) for module in modules}
    assert answers["chancery.ui.app"] is True and answers["json"] is False
