"""The archive list model: ids only, rows fetched lazily in chunks, sorting by the database (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from chancery.ui.archive_model import CHUNK, COLUMN_KEYS, ArchiveModel, IdRole, SnippetRole, snippet_html

from ..conftest import ENGINES
from .conftest import SAMPLE_SIZE


@pytest.fixture(params=ENGINES)
def sample_archive(request, data_dir):
    """The sample archive on each engine in turn."""
    yield request.getfixturevalue("sample_pg_archive" if request.param == "postgresql" else "sqlite_sample_archive")


@pytest.fixture
def sqlite_sample_archive(data_dir, sample_archive_file):
    import shutil

    from chancery import paths
    from chancery.store import open_archive

    shutil.copyfile(sample_archive_file, paths.archive_path())
    opened = open_archive(paths.archive_path())
    yield opened
    opened.close()


@pytest.fixture(params=ENGINES)
def archive(request, data_dir):
    yield request.getfixturevalue("pg_archive" if request.param == "postgresql" else "sqlite_archive")


def test_model_holds_ids_and_reads_no_row_until_asked(sample_archive):
    model = ArchiveModel(sample_archive)
    model.reload()
    assert model.rowCount() == SAMPLE_SIZE
    assert model.fetched_rows == 0 and model.cached_rows() == 0
    # one cell far down the list reads exactly the chunk holding it
    index = model.index(250, COLUMN_KEYS.index("principals"))
    assert model.data(index)
    assert model.fetch_calls == 1
    assert model.fetched_rows == min(CHUNK, SAMPLE_SIZE - (250 // CHUNK) * CHUNK)
    model.data(model.index(251, 0))
    assert model.fetch_calls == 1  # same chunk: served from the cache


def test_a_view_reads_only_the_rows_it_shows(qtbot, sample_archive):
    model = ArchiveModel(sample_archive)
    model.reload()
    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.resize(700, 400)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    assert 0 < model.fetched_rows <= CHUNK
    view.scrollToBottom()
    view.grab()
    # the first screen's chunk and the last screen's, never the ones between (the sample has one at least)
    assert SAMPLE_SIZE > 2 * CHUNK + 20, "the sample is too small for this test to mean anything"
    assert model.fetched_rows <= 2 * CHUNK
    assert model.cached_rows() <= 2 * CHUNK


def test_rows_show_the_archive_values(sample_archive):
    model = ArchiveModel(sample_archive)
    model.reload()
    first = model.id_at(0)
    row = sample_archive.rows([first])[first]
    assert model.data(model.index(0, COLUMN_KEYS.index("date"))) == row.date
    assert model.data(model.index(0, COLUMN_KEYS.index("principals"))) == row.principals
    assert model.data(model.index(0, 0), IdRole) == first
    assert model.data(model.index(0, COLUMN_KEYS.index("status"))) in ("Draft", "Final")


def test_sorting_goes_through_the_database(sample_archive, monkeypatch):
    model = ArchiveModel(sample_archive)
    model.reload()
    calls = []
    original = sample_archive.list_ids

    def spy(**kwargs):
        calls.append(kwargs)
        return original(**kwargs)

    monkeypatch.setattr(sample_archive, "list_ids", spy)
    for key in ("date", "kind", "country", "principals", "status"):
        model.sort(COLUMN_KEYS.index(key), Qt.SortOrder.AscendingOrder)
        assert calls[-1]["sort"] == key and calls[-1]["descending"] is False
        assert model.ids() == original(sort=key, descending=False)
        assert model.fetched_rows == 0  # sorting read ids only, no row
    model.sort(COLUMN_KEYS.index("principals"), Qt.SortOrder.DescendingOrder)
    assert model.ids() == original(sort="principals", descending=True)


def test_filters_go_through_the_database(sample_archive):
    model = ArchiveModel(sample_archive)
    model.set_filters(kind="phone_call")
    model.reload()
    assert model.ids() == sample_archive.list_ids(kind="phone_call")
    assert 0 < model.rowCount() < SAMPLE_SIZE


def test_search_results_keep_their_ranking_and_fetch_snippets_lazily(sample_archive):
    model = ArchiveModel(sample_archive)
    ids = sample_archive.list_ids(sort="principals")[:250]
    asked = []

    def source(more):
        asked.append(list(more))
        return {i: f"match \x02{i[:4]}\x03 here" for i in more}

    model.show_results(list(reversed(ids)), {}, snippet_source=source)
    assert model.ids() == list(reversed(ids))
    model.sort(COLUMN_KEYS.index("date"), Qt.SortOrder.AscendingOrder)
    assert model.ids() == list(reversed(ids))  # ranking is not re-sorted
    snippet = model.data(model.index(120, COLUMN_KEYS.index("snippet")), SnippetRole)
    assert "\x02" in snippet
    assert len(asked) == 1 and len(asked[0]) == CHUNK


def test_refresh_ids_rereads_a_saved_row(sample_archive):
    model = ArchiveModel(sample_archive)
    model.reload()
    meeting_id = model.id_at(0)
    column = COLUMN_KEYS.index("status")
    model.data(model.index(0, column))
    meeting = sample_archive.get_meeting(meeting_id)
    meeting["status"] = "draft"
    sample_archive.save(meeting, expected_version=sample_archive.version_of(meeting_id))
    model.refresh_ids([meeting_id])
    assert model.data(model.index(0, column)) == "Draft"


def test_snippet_markup_is_escaped_and_bolded():
    assert snippet_html("R&D <b> \x02Bayramov\x03 met") == "R&amp;D &lt;b&gt; <b>Bayramov</b> met"


def test_clearing_a_search_reuses_the_listing_until_the_archive_changes(sample_archive, seed, monkeypatch):
    calls = []
    real = sample_archive.list_ids
    monkeypatch.setattr(sample_archive, "list_ids", lambda **kw: calls.append(kw) or real(**kw))
    model = ArchiveModel(sample_archive)
    model.reload()
    first = model.ids()
    model.show_results(first[:3])
    model.reload()  # the search box was cleared
    assert len(calls) == 1 and model.ids() == first
    sample_archive.save(seed)
    model.reload()
    assert len(calls) == 2 and model.rowCount() == SAMPLE_SIZE + 1
    assert seed["id"] in model.ids() and seed["id"] not in first
    assert model.ids() == real(**calls[-1])  # the new listing, in the archive's order


def test_an_organisation_counterpart_shows_in_the_country_column(archive, seed):
    seed["participants"][1].update(country=None, organization={"en": "OSCE", "fr": "OSCE", "ru": "ОБСЕ"},
                                   title={"en": "Secretary General", "fr": "secrétaire général"})
    archive.save(seed)
    model = ArchiveModel(archive, language="ru")
    model.reload()
    assert model.data(model.index(0, COLUMN_KEYS.index("country"))) == "ОБСЕ"
