"""Shared fixtures: every test gets its own data folder, never the user's profile."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_SEED = Path(__file__).resolve().parents[2] / "shared" / "examples" / "seed-meeting.json"


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """A fresh CHANCERY_HOME per test."""
    from chancery import paths

    home = tmp_path / "chancery-home"
    monkeypatch.setenv("CHANCERY_HOME", str(home))
    paths.set_data_dir(None)
    yield home
    paths.set_data_dir(None)


@pytest.fixture(scope="session")
def seed_document() -> dict:
    return json.loads((FIXTURES / "seed-meeting.json").read_text(encoding="utf-8"))


@pytest.fixture
def seed(seed_document) -> dict:
    """The reference meeting record (a fresh copy per test)."""
    return copy.deepcopy(seed_document["meeting"])


@pytest.fixture
def archive(data_dir):
    from chancery.store import open_archive

    opened = open_archive()
    yield opened
    opened.close()
