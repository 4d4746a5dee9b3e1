"""Every filesystem location Chancery uses, in one place.

Shipped data (reference data, templates, migrations) travels inside the
wheel as ``chancery/resources``, ``chancery/templates`` and ``chancery/db``;
in a source checkout the same folders sit at the repository root.  User data
lives in the platformdirs user-data folder unless ``CHANCERY_HOME`` or the
``--data-dir`` option (see :func:`set_data_dir`) says otherwise, so tests
never touch a real profile.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Chancery"
ARCHIVE_FILENAME = "archive.sqlite"

_PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = _PACKAGE_DIR.parent.parent  # desktop/chancery -> repository root

_data_dir_override: Path | None = None


def _shipped(name: str) -> Path:
    """A shipped folder: inside the installed package, else the source tree."""
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _SOURCE_ROOT / name


def resources_dir() -> Path:
    return _shipped("resources")


def templates_dir() -> Path:
    return _shipped("templates")


def db_dir() -> Path:
    """Alembic environment, migrations and the demo data generator's inputs."""
    return _shipped("db")


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Override the user-data folder for this process (the ``--data-dir`` option)."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def data_dir_overridden() -> bool:
    """True when --data-dir or $CHANCERY_HOME chose the folder (a per-user choice must not)."""
    return _data_dir_override is not None or bool(os.environ.get("CHANCERY_HOME"))


def data_dir() -> Path:
    """The user-data folder: --data-dir, then $CHANCERY_HOME, then platformdirs."""
    if _data_dir_override is not None:
        folder = _data_dir_override
    elif os.environ.get("CHANCERY_HOME"):
        folder = Path(os.environ["CHANCERY_HOME"]).expanduser().resolve()
    else:
        import platformdirs

        folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def archive_path() -> Path:
    return data_dir() / ARCHIVE_FILENAME


def backups_dir() -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def user_templates_dir() -> Path:
    """Templates the user adds; listed beside the shipped ones."""
    folder = data_dir() / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def user_resources_dir() -> Path:
    """Reference-data files here override or extend the shipped ones."""
    return data_dir() / "resources"
