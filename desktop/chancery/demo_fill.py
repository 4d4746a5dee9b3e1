"""Filling an empty archive with generated sample meetings (``--demo``)."""

from __future__ import annotations

from collections.abc import Callable

from .store import Archive


def fill_demo(archive: Archive, *, count: int = 60, progress: Callable[[float, str], None] | None = None) -> int:
    """Fill an empty archive with ``count`` sample meetings: the reference meeting, then generated ones.

    Returns how many were added (0 when the archive already holds meetings).
    """
    if archive.count(include_deleted=True):
        return 0
    from .demo import generate_meetings, reference_meeting

    meetings = [reference_meeting(), *generate_meetings(count - 1)] if count > 0 else []
    settings = archive.settings()
    if settings["home_country"] is None:
        archive.update_settings(
            home_country="AZ",
            ministry={"en": "Ministry of Foreign Affairs", "fr": "ministère des Affaires étrangères",
                      "ru": "Министерство иностранных дел"},
            agency="AZERTAC",
            dateline={"en": "Baku", "fr": "Bakou", "ru": "Баку"},
        )
    result = archive.import_meetings(meetings, progress=progress)
    return result.created
