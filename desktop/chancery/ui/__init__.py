"""Everything that imports PySide6 lives in this package, and nothing else does."""

from __future__ import annotations

import sys


def _read_module_files_for_pyside() -> None:
    """Let PySide6 check each module imported after it from the module's file, not through ``inspect``.

    For its opt-in ``from __feature__ import …`` syntax, PySide6 asks of every
    module imported once it is loaded whether its source names "PySide6", with
    ``inspect.getsource`` (about 0.2 ms a module: some 80 before the window's
    first paint).  The same question is answered here from the file's bytes;
    a module without a ``.py`` file is left to PySide6.  Nothing changes if
    PySide6 has no such check (another version).
    """
    import shiboken6  # noqa: F401  (loads PySide6's support modules)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_files", False):
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as handle:
                    return b"PySide6" in handle.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.reads_files = True  # type: ignore[attr-defined]
    uses_pyside.__wrapped__ = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_read_module_files_for_pyside()
