"""The meeting form (issue 3, part B): every field of a record, editable in
several languages at once, validated as you type.

``MeetingEditor`` is the widget the main window hosts; ``ProblemsList`` is the
list of problems it can dock beside it (``problems_list.follow(editor)``).

The names are loaded on first use (PEP 562): the main window's first paint
needs only :mod:`.reflow`, and importing it must not build the form's
modules (the window builds the form in idle time after start-up).
"""

from importlib import import_module

_PUBLIC = {"MeetingEditor": "form", "ProblemsList": "problems", "describe_path": "problems"}

__all__ = ["MeetingEditor", "ProblemsList", "describe_path"]


def __getattr__(name: str):
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
