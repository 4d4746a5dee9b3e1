"""Word typography of communiqués: superscript ordinals, hyphenation, keeping the end together, page numbers."""

from __future__ import annotations

import copy
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from chancery.render import docx_to_pdf, pdf_available, render_document

FIXTURES = Path(__file__).parents[1] / "fixtures"


def read(data: bytes):
    return Document(io.BytesIO(data))


def superscripts(document) -> list[tuple[str, str]]:
    """(text before, superscript text) for every superscript run."""
    found = []
    for paragraph in document.paragraphs:
        runs = paragraph.runs
        for i, run in enumerate(runs):
            rpr = run._r.find(qn("w:rPr"))
            align = rpr.find(qn("w:vertAlign")) if rpr is not None else None
            if align is not None and align.get(qn("w:val")) == "superscript":
                found.append((runs[i - 1].text if i else "", run.text))
    return found


def test_french_ordinals_are_superscript_and_the_text_is_unchanged(seed):
    document = read(render_document(seed, "communique-fr"))
    marks = superscripts(document)
    assert any(before.endswith("30") and sup == "e" for before, sup in marks)
    assert any("30e anniversaire" in p.text for p in document.paragraphs)  # the words read as before
    english = read(render_document(seed, "communique-en"))
    assert not superscripts(english)
    assert any("30th anniversary" in p.text for p in english.paragraphs)


def test_hyphenation_on_but_not_in_headings(seed):
    for template in ("communique-fr", "communique-en"):
        document = read(render_document(seed, template))
        assert document.settings.element.find(qn("w:autoHyphenation")) is not None
        title = document.styles["Title"].element.pPr
        assert title.find(qn("w:suppressAutoHyphens")) is not None
        assert document.styles["Title"].paragraph_format.keep_with_next


def test_the_closing_line_stays_with_the_last_paragraph(seed):
    document = read(render_document(seed, "communique-fr"))
    paragraphs = document.paragraphs
    end = next(i for i, p in enumerate(paragraphs) if p.style.name == "End Mark")
    assert paragraphs[end - 1].paragraph_format.keep_with_next
    assert document.styles["Normal"].paragraph_format.widow_control


def test_page_numbers_only_after_the_first_page(seed):
    document = read(render_document(seed, "communique-fr"))
    section = document.sections[0]
    assert section.different_first_page_header_footer

    def fields(footer) -> str:
        return " ".join(t.text or "" for t in footer._element.iter(qn("w:instrText")))

    assert "PAGE" not in fields(section.first_page_footer)
    assert "PAGE" in fields(section.footer) and "NUMPAGES" in fields(section.footer)


def test_the_letterhead_starts_with_a_capital(seed):
    settings = {"ministry": {"fr": "ministère des Affaires étrangères", "en": "ministry of Foreign Affairs"}}
    document = read(render_document(seed, "communique-fr", settings=settings))
    letterhead = next(p for p in document.paragraphs if p.style.name == "Letterhead")
    assert letterhead.text == "Ministère des Affaires étrangères"


@pytest.mark.skipif(not pdf_available() or not shutil.which("pdftotext"), reason="LibreOffice or poppler missing")
def test_a_long_communique_numbers_its_pages_from_the_second(seed, tmp_path):
    long = copy.deepcopy(seed)
    long["statements"] = long["statements"] * 4
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(docx_to_pdf(render_document(long, "communique-fr")))

    def page(n: int) -> str:
        return subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
                              capture_output=True, text=True, check=True).stdout

    assert "Page" not in page(1)
    assert "Page 2 sur" in page(2)
    short = tmp_path / "short.pdf"
    brief = json.loads((FIXTURES / "readouts" / "nato-us-2022.json").read_text(encoding="utf-8"))["meeting"]
    short.write_bytes(docx_to_pdf(render_document(brief, "communique-fr")))
    text = subprocess.run(["pdftotext", str(short), "-"], capture_output=True, text=True, check=True).stdout
    assert "Page" not in text


def no_proofing_words(document) -> set[str]:
    words = set()
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            rpr = run._r.find(qn("w:rPr"))
            lang = rpr.find(qn("w:lang")) if rpr is not None else None
            if rpr is not None and rpr.find(qn("w:noProof")) is not None and lang is not None \
                    and lang.get(qn("w:val")) == "zxx":
                words.add(run.text)
    return words


def test_names_are_never_hyphenated(tmp_path):
    meeting = json.loads((FIXTURES / "readouts" / "gh-hu-signing-2016.json").read_text(encoding="utf-8"))["meeting"]
    for lang in ("en", "fr"):
        data = render_document(meeting, f"communique-{lang}")
        document = read(data)
        assert {"Hanna", "Serwaah", "Tetteh", "Zoltán", "Balog"} >= no_proofing_words(document) >= {"Serwaah",
                                                                                                   "Tetteh"}
        assert any("Hanna Serwaah Tetteh" in p.text for p in document.paragraphs)  # the words read as before
        if pdf_available():
            pdf = tmp_path / f"names-{lang}.pdf"
            pdf.write_bytes(docx_to_pdf(data))
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
            assert "Serwaah" in text and "Ser-" not in text and "Tet-" not in text
