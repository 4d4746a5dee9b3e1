"""The styles of a document are finished once per template and language, then reused as they are.

``chancery.render.engine`` reads a template's styles part (about 350 KB in the
shipped templates) only when something asks for it, and puts the styles
finished for a language (``w:lang`` on every style) into each document
without parsing them again (only while it opens a template to render: any
other Word file is read as python-docx reads it).  The file written must be the very one the
ordinary route (the part parsed, then changed) writes.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document
from docx.opc.part import PartFactory
from docx.oxml.ns import qn

from chancery import render
from chancery.render import engine


def _members(data: bytes) -> dict[str, bytes]:
    package = zipfile.ZipFile(io.BytesIO(data))
    return {name: package.read(name) for name in package.namelist() if name != "docProps/core.xml"}


@pytest.mark.parametrize("template_id", ["communique-fr", "communique-en", "briefing-fr", "record-en"])
def test_the_reused_styles_write_the_same_file_as_parsed_ones(seed, monkeypatch, template_id):
    render.render_document(seed, template_id)  # finishes the styles of this template and language
    reused = render.render_document(seed, template_id)
    monkeypatch.setattr(PartFactory, "part_class_selector", engine._docx_part_class)  # every part parsed
    parsed = render.render_document(seed, template_id)
    assert _members(reused) == _members(parsed)
    tag = engine.LANG_TAGS[template_id.rsplit("-", 1)[1]]
    styles = Document(io.BytesIO(reused)).styles.element
    paragraph_styles = [s for s in styles.findall(qn("w:style")) if s.get(qn("w:type")) in ("paragraph", "character")]
    assert paragraph_styles
    assert {s.find(qn("w:rPr")).find(qn("w:lang")).get(qn("w:val")) for s in paragraph_styles} == {tag}


def test_a_styles_part_is_parsed_when_something_reads_it():
    path = str(render.find_template("communique-fr").path)
    with engine._styles_read_on_need():  # as render_here opens a template
        document = Document(path)
    part = document.part.part_related_by(engine.RELATIONSHIP_TYPE.STYLES)
    assert part.unread_source() is not None
    assert document.styles["Normal"].name == "Normal"  # python-docx's own API still works
    assert part.unread_source() is None
    document.styles["Normal"].font.bold = True
    out = io.BytesIO()
    document.save(out)
    assert Document(io.BytesIO(out.getvalue())).styles["Normal"].font.bold is True


def test_other_word_files_are_read_as_python_docx_reads_them():
    document = Document(str(render.find_template("communique-fr").path))
    part = document.part.part_related_by(engine.RELATIONSHIP_TYPE.STYLES)
    assert type(part).__name__ == "StylesPart"
