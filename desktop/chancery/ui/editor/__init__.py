"""The meeting form (issue 3, part B): every field of a record, editable in
several languages at once, validated as you type.

``MeetingEditor`` is the widget the main window hosts; ``ProblemsList`` is the
list of problems it can dock beside it (``problems_list.follow(editor)``).
"""

from .form import MeetingEditor
from .problems import ProblemsList, describe_path

__all__ = ["MeetingEditor", "ProblemsList", "describe_path"]
