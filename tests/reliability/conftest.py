"""Fixtures of the reliability suite: archives built once per run, the profile's sizes."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from .harness import build_archive, long_profile


@dataclass(frozen=True)
class Profile:
    name: str
    kills: int  # trials per kind of write killed
    meetings: int  # in the archives killed
    race_seconds: float  # the race lasts at least this long…
    race_saves: int  # …and until each writer has had this many saves acknowledged (and a conflict was seen)
    examples: int  # hypothesis examples per property


FAST = Profile("fast", kills=3, meetings=200, race_seconds=3.0, race_saves=10, examples=60)
LONG = Profile("long", kills=50, meetings=1500, race_seconds=20.0, race_saves=500, examples=10_000)


@pytest.fixture(scope="session")
def profile() -> Profile:
    return LONG if long_profile() else FAST


@pytest.fixture(scope="session")
def head_template(tmp_path_factory, profile):
    """A data folder whose archive holds ``profile.meetings`` demo meetings at the newest schema."""
    folder = tmp_path_factory.mktemp("template-head")
    build_archive(folder, profile.meetings)
    return folder


@pytest.fixture(scope="session")
def old_template(tmp_path_factory, profile):
    """The same at schema revision 0001 (every migration still to run)."""
    folder = tmp_path_factory.mktemp("template-0001")
    build_archive(folder, profile.meetings, revision="0001")
    return folder
