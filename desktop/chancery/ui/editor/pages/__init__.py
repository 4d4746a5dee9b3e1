"""The pages (tabs) of the meeting form, one widget each, sharing ``load / fill / focus_path`` (see base)."""

from __future__ import annotations

from .base import EditorPage
from .content import ContentPage
from .internal import InternalPage
from .meeting import MeetingPage
from .notes import NotesPage
from .outcomes import ArchiveRelations, OutcomesPage
from .participants import ParticipantsPage

__all__ = ["ArchiveRelations", "ContentPage", "EditorPage", "InternalPage", "MeetingPage", "NotesPage",
           "OutcomesPage", "ParticipantsPage"]
