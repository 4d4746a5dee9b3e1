"""The document sub-commands: render, templates, check-template."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from chancery import paths
from chancery.cli import main

SEED = Path(__file__).parents[1] / "fixtures" / "seed-meeting.json"


def test_render_from_file(tmp_path, capsys):
    out = tmp_path / "communique.docx"
    assert main(["render", str(SEED), "--template", "communique-fr", "-o", str(out)]) == 0
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert "Bakou, 2 juillet, AZERTAC" in texts
    assert main(["render", str(SEED), "-t", "communique-en", "-o", str(tmp_path / "c.txt")]) == 0
    assert "Baku, 2 July, AZERTAC" in (tmp_path / "c.txt").read_text(encoding="utf-8")


def test_render_from_archive(tmp_path, archive, seed):
    archive.save(seed)
    out = tmp_path / "note.docx"
    assert main(["render", "--id", seed["id"], "-t", "briefing-en", "-o", str(out)]) == 0
    assert Document(str(out)).sections[0].header.paragraphs[0].text == "INTERNAL"


def test_missing_language_is_a_user_error(tmp_path, capsys):
    code = main(["render", str(SEED), "-t", "communique-fr", "--lang", "ru", "-o", str(tmp_path / "x.docx")])
    assert code == 2
    assert "meeting.statements[0].text.ru" in capsys.readouterr().err
    assert not (tmp_path / "x.docx").exists()


def test_templates_lists_shipped_and_user(capsys):
    (paths.user_templates_dir() / "mine-en.docx").write_bytes(
        (paths.templates_dir() / "communique-en.docx").read_bytes())
    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    assert "communique-fr" in out and "briefing-en" in out and "user/mine-en" in out


def test_check_template(tmp_path, capsys):
    assert main(["check-template", str(paths.templates_dir() / "communique-fr.docx")]) == 0
    document = Document(str(paths.templates_dir() / "communique-fr.docx"))
    document.add_paragraph("{% for x in %}")
    bad = tmp_path / "bad-fr.docx"
    document.save(bad)
    assert main(["check-template", str(bad)]) == 1
    assert "bad-fr.docx, body, line" in capsys.readouterr().err
