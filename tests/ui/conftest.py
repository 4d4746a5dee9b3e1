"""GUI test fixtures: offscreen Qt, QSettings in the test's folder, archives with sample meetings.

The top-level conftest already gives every test its own CHANCERY_HOME.
Here QSettings (window state, interface language) is redirected there too,
so no test reads or writes the user's real preferences, and helpers answer
the modal dialogs the real widgets open.
"""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ..conftest import place_archive

SAMPLE_SIZE = 300


@pytest.fixture(autouse=True, scope="session")
def app_style(qapp):
    """The style and style sheet the app runs with: their paddings and fonts are part of every measure."""
    from chancery.ui.app import style_sheet

    qapp.setStyle("Fusion")
    qapp.setStyleSheet(style_sheet())


@pytest.fixture(autouse=True)
def ui_settings_dir(tmp_path, qapp, monkeypatch):
    """QSettings (INI, user scope) and XDG config live in the test's folder; English interface."""
    from chancery.ui import i18n

    folder = tmp_path / "qsettings"
    folder.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName(i18n.ORGANIZATION)
    qapp.setApplicationName(i18n.APPLICATION)
    i18n.apply_language("en")
    yield folder
    i18n.apply_language("en")


@pytest.fixture(scope="session")
def sample_archive_file(tmp_path_factory, migrated_archive):
    """An archive file holding SAMPLE_SIZE generated meetings, built once per session."""
    from chancery.demo import generate_meetings
    from chancery.store import open_archive

    path = place_archive(migrated_archive, tmp_path_factory.mktemp("sample-archive") / "archive.sqlite")
    with open_archive(path) as archive:
        result = archive.import_meetings(generate_meetings(SAMPLE_SIZE))
    assert result.created == SAMPLE_SIZE
    return path


@pytest.fixture(scope="session")
def sample_pg_template(pg_server, sample_archive_file):
    """A PostgreSQL database holding the same sample meetings, to copy per test (CREATE DATABASE … TEMPLATE)."""
    from chancery.store import open_archive
    from chancery.store.copying import copy_archive

    name = pg_server.create()
    with open_archive(sample_archive_file) as source, open_archive(url=pg_server.url(name)) as target:
        copy_archive(source, target)
    return name


@pytest.fixture
def sample_pg_archive(pg_server, sample_pg_template):
    """A fresh copy of the sample archive on PostgreSQL, opened."""
    from chancery.store import open_archive

    name = pg_server.create(template=sample_pg_template)
    opened = open_archive(url=pg_server.url(name))
    yield opened
    opened.close()
    pg_server.drop(name)


@pytest.fixture
def sample_archive(data_dir, sample_archive_file):
    """A fresh copy of the sample archive in this test's data folder, opened."""
    from chancery import paths
    from chancery.store import open_archive

    target = paths.archive_path()
    shutil.copyfile(sample_archive_file, target)
    opened = open_archive(target)
    yield opened
    opened.close()


def _make_window(qtbot, archive):
    from chancery.ui.main_window import MainWindow

    # not qtbot.addWidget: pytest-qt would close it before the fixture's teardown, and a window
    # with unsaved changes would then wait for an answer to "Save changes?"
    window = MainWindow(archive, language="en")
    window.show()
    qtbot.waitExposed(window)
    return window


def _dispose(window) -> None:
    if window.editor is not None:
        window.editor.set_modified(False)
    window.close()
    window.deleteLater()


@pytest.fixture
def window(qtbot, sample_archive):
    """The main window over the sample archive; closed without prompts at the end."""
    window = _make_window(qtbot, sample_archive)
    yield window
    _dispose(window)


@pytest.fixture
def empty_window(qtbot, archive):
    window = _make_window(qtbot, archive)
    yield window
    _dispose(window)


def when_modal(qtbot, act, *, name: str | None = None, timeout: int = 5000):
    """Run ``act(dialog)`` on the next modal dialog (optionally with objectName ``name``) once it shows.

    Call before the action that opens the dialog; ``exec()`` then returns when ``act`` closes it.
    """
    state = {"done": False}

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is not None and (name is None or dialog.objectName() == name) and dialog.isVisible():
            state["done"] = True
            act(dialog)
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return state


def click_button(dialog, text: str) -> None:
    """Click the button of ``dialog`` whose text (without &) is ``text``."""
    from PySide6.QtWidgets import QAbstractButton

    for button in dialog.findChildren(QAbstractButton):
        if button.text().replace("&", "") == text and button.isVisible():
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {dialog.objectName() or dialog}: "
                         f"{[b.text() for b in dialog.findChildren(QAbstractButton)]}")
