"""Shared fixtures: every test gets its own data folder, never the user's profile."""

from __future__ import annotations

import copy
import json
import os
import sys
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


def pytest_sessionfinish(session, exitstatus):
    session.config._chancery_exit_status = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End the process once pytest has reported, skipping interpreter finalization.

    PySide6 6.12 can abort while Python finalizes leftover Qt wrappers
    ("bool_dealloc: deallocating True or False"), after every test has run and
    passed; that would turn a green run into a crash. The results and summary
    are already written; exit with pytest's own status.
    """
    if "PySide6" in sys.modules and hasattr(config, "_chancery_exit_status"):
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(config._chancery_exit_status)


def pytest_addoption(parser):
    parser.addoption("--long", action="store_true",
                     help="run the reliability suite's long profile (tests/reliability; also CHANCERY_RELIABILITY=long)")


def pytest_configure(config):
    if config.getoption("--long", default=False):
        os.environ["CHANCERY_RELIABILITY"] = "long"
