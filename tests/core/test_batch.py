"""Batch export on every core (``chancery.render.batch``) and ``chancery render --ids/--query -o FOLDER``."""

from __future__ import annotations

import copy
import uuid

import pytest
from docx import Document

from chancery.cli import main
from chancery.render import batch


def _texts(path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


@pytest.fixture
def meetings(seed_copies) -> list[dict]:
    return seed_copies(7)


@pytest.mark.slow
def test_workers_write_the_same_documents_as_one_process(tmp_path, meetings):
    one, every = tmp_path / "one", tmp_path / "every"
    one.mkdir()
    every.mkdir()
    sequential = batch.export(meetings, "communique-fr", one, workers=1)
    parallel = batch.export(meetings, "communique-fr", every, workers=2)
    assert sequential.workers == 1 and parallel.workers == 2
    assert not sequential.errors and not parallel.errors
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.name for p in every.iterdir())
    assert names == sorted(batch.default_filename(m, "communique-fr", "docx") for m in meetings)
    for name in names:
        assert _texts(one / name) == _texts(every / name)
    assert len(parallel.worker_cpu) == 2 and parallel.cpu_seconds > 0


@pytest.mark.slow
def test_a_meeting_that_cannot_be_written_is_named_and_the_rest_are_written(tmp_path, meetings):
    del meetings[2]["statements"][0]["text"]["fr"]
    result = batch.export(meetings, "communique-fr", tmp_path, workers=2)
    assert len(result.written) == len(meetings) - 1
    assert len(result.errors) == 1
    assert batch.default_filename(meetings[2], "communique-fr", "docx") in result.errors[0]
    assert "meeting.statements[0].text.fr" in result.errors[0]


@pytest.mark.slow
def test_cancel_stops_after_the_documents_being_written(tmp_path, meetings):
    more = meetings * 4
    for meeting in more:
        meeting["id"] = str(uuid.uuid4())
    seen: list[str] = []
    result = batch.export([copy.deepcopy(m) for m in more], "communique-en", tmp_path, workers=2,
                          progress=lambda _f, name: seen.append(name) if name else None,
                          cancelled=lambda: len(seen) >= 3)
    assert result.cancelled
    assert 3 <= len(result.written) <= 3 + 2 * 2  # the documents in flight are finished, no more
    assert sorted(str(p) for p in tmp_path.glob("*.docx")) == sorted(result.written)


@pytest.mark.slow
def test_workers_read_meetings_by_id_and_the_archive_for_briefings(tmp_path, archive, meetings):
    archive.import_meetings(meetings)
    on_screen = copy.deepcopy(meetings[0])
    on_screen["documents_signed"][0]["title"]["en"] += " (unsaved edit)"
    items: list[dict | str] = [on_screen] + [m["id"] for m in meetings[1:]] + ["not-a-meeting"]
    result = batch.export(items, "briefing-en", tmp_path, archive=archive, workers=2)
    assert len(result.written) == len(meetings)
    assert len(result.errors) == 1 and "not-a-meeting" in result.errors[0]
    first = tmp_path / batch.default_filename(on_screen, "briefing-en", "docx")
    assert any("(unsaved edit)" in text for text in _texts(first))
    # the history of the archive, read by the worker: the earlier meetings with the same counterpart
    later = tmp_path / batch.default_filename(meetings[-1], "briefing-en", "docx")
    assert f"Earlier meetings with us ({len(meetings) - 1}, since 2021):" in _texts(later)


def test_a_small_batch_is_written_here(tmp_path, meetings):
    result = batch.export(meetings[:2], "communique-en", tmp_path, fmt="txt")
    assert result.workers == 1 and len(result.written) == 2


def test_a_missing_folder_or_template_stops_the_batch_before_it_starts(tmp_path, meetings):
    from chancery.errors import UserError

    with pytest.raises(UserError, match="no such folder"):
        batch.export(meetings, "communique-fr", tmp_path / "missing")
    with pytest.raises(UserError, match="no template"):
        batch.export(meetings, "no-such-template", tmp_path)


# -- the command line ---------------------------------------------------------------


@pytest.mark.slow
def test_render_ids_and_query_write_one_file_each(tmp_path, archive, meetings, capsys):
    archive.import_meetings(meetings)
    out = tmp_path / "out"
    ids = [m["id"].upper() for m in meetings[:3]]  # any spelling of an id
    assert main(["render", "--ids", *ids, "-t", "communique-en", "-o", str(out)]) == 0
    printed = capsys.readouterr()
    assert len(printed.out.splitlines()) == 3 and "wrote 3 of 3 documents" in printed.err
    assert len(list(out.glob("*.docx"))) == 3

    found = tmp_path / "found"
    assert main(["render", "--query", "kazakbaev", "-t", "record-fr", "--format", "docx",
                 "-o", str(found), "--jobs", "2"]) == 0
    printed = capsys.readouterr()
    assert f"wrote {len(meetings)} of {len(meetings)} documents" in printed.err
    assert "(2 processes" in printed.err
    assert len(list(found.glob("*.docx"))) == len(meetings)


def test_render_batch_refusals(tmp_path, archive, meetings, capsys):
    archive.import_meetings(meetings)
    assert main(["render", "--ids", meetings[0]["id"], "nope", "-t", "communique-en", "-o",
                 str(tmp_path / "o")]) == 2
    assert "nope" in capsys.readouterr().err
    target = tmp_path / "file.docx"
    target.write_text("x", encoding="utf-8")
    assert main(["render", "--ids", meetings[0]["id"], "-t", "communique-en", "-o", str(target)]) == 2
    assert "not a folder" in capsys.readouterr().err
    assert main(["render", "--query", "kazakbaev", "-t", "briefing-en", "--format", "txt",
                 "-o", str(tmp_path / "t")]) == 2
    assert "communiqués" in capsys.readouterr().err
    assert main(["render", "--query", "zzzxq", "-t", "communique-en", "-o", str(tmp_path / "none")]) == 0
    assert "nothing written" in capsys.readouterr().err


def test_a_file_of_several_meetings_is_a_batch(tmp_path, meetings, capsys):
    from chancery import record

    source = tmp_path / "many.json"
    source.write_text(record.dumps(meetings[:3]), encoding="utf-8")
    assert main(["render", str(source), "-t", "communique-fr", "--format", "txt", "-o", str(tmp_path / "txt")]) == 0
    assert len(list((tmp_path / "txt").glob("*.txt"))) == 3


def test_ctrl_c_is_a_clean_stop(tmp_path, archive, meetings, monkeypatch, capsys):
    """The handler installed for Ctrl+C asks the batch to stop; what was written is kept, exit status 130."""
    import signal

    archive.import_meetings(meetings)
    real = batch.export

    def interrupted(*args, **kwargs):
        handler = signal.getsignal(signal.SIGINT)
        handler(signal.SIGINT, None)  # as if Ctrl+C came before the first file
        return real(*args, **kwargs)

    monkeypatch.setattr(batch, "export", interrupted)
    assert main(["render", "--ids", *[m["id"] for m in meetings], "-t", "communique-en", "--jobs", "1",
                 "-o", str(tmp_path / "o")]) == 130
    assert "interrupted" in capsys.readouterr().err
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
