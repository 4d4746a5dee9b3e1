"""A PDF export killed half-way leaves neither LibreOffice running nor a copy of the document behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chancery.render import pdf_available

from ..conftest import FIXTURES

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not pdf_available(), reason="LibreOffice (soffice) is not installed")]


def _soffice_processes(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if b"soffice" in command and marker.encode() in command:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find LibreOffice's processes")
def test_killing_chancery_during_a_pdf_export_ends_libreoffice_and_removes_its_files(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = dict(os.environ, TMPDIR=str(scratch))
    env.pop("CHANCERY_HOME", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "chancery", "--data-dir", str(tmp_path / "home"), "render",
         str(FIXTURES / "seed-meeting.json"), "-t", "communique-fr", "-o", str(tmp_path / "out.pdf")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while not _soffice_processes(str(scratch)) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the export finished before LibreOffice could be seen; nothing was tested"
    time.sleep(0.3)
    process.send_signal(signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 15
    while (_soffice_processes(str(scratch)) or any(scratch.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _soffice_processes(str(scratch)) == []
    assert list(scratch.iterdir()) == []
    assert not (tmp_path / "out.pdf").exists()


def test_a_stale_conversion_folder_is_cleaned_at_the_next_conversion(tmp_path, monkeypatch, seed):
    from chancery.render import render_document
    from chancery.render.output import PDF_FOLDER_PREFIX, docx_to_pdf

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = scratch / f"{PDF_FOLDER_PREFIX}{dead.pid}-abc"
    stale.mkdir()
    (stale / "document.docx").write_bytes(b"a confidential draft")
    assert docx_to_pdf(render_document(seed, "communique-en")).startswith(b"%PDF")
    assert list(scratch.iterdir()) == []
