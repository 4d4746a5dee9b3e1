"""Generated Word documents read back with python-docx: text, styles, properties, headers."""

from __future__ import annotations

import copy
import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from chancery import paths
from chancery.render import (
    RenderError,
    check_template,
    list_templates,
    pdf_available,
    preview_html,
    render_document,
    write_output,
)

MEETINGS = sorted((Path(__file__).parents[1] / "fixtures" / "meetings").glob("*.json"))
TEMPLATES = ["communique-fr", "communique-en", "briefing-fr", "briefing-en", "record-fr", "record-en"]


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["meeting"]


def read(data: bytes) -> Document:
    return Document(io.BytesIO(data))


def body_texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def all_header_footer_paragraphs(document):
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer,
                     section.even_page_header, section.even_page_footer):
            if part.is_linked_to_previous and part is not section.header and part is not section.footer:
                continue
            yield part, [p.text for p in part.paragraphs]


def test_shipped_templates_are_listed_and_clean():
    ids = [t.id for t in list_templates()]
    assert [i for i in ids if not i.endswith("-ru")][:6] == TEMPLATES
    assert "communique-ru" in ids
    for info in list_templates():
        assert check_template(info.path) == [], info.id
        assert info.kind in ("communique", "briefing", "record") and info.language in ("fr", "en", "ru")


def test_seed_communique_fr(seed):
    texts = body_texts(read(render_document(seed, "communique-fr")))
    assert "Bakou, 2 juillet, AZERTAC" in texts
    assert ("Le ministre azerbaïdjanais des Affaires étrangères, Djeyhoun Baïramov, s’est entretenu le 2 juillet "
            "avec son homologue kirghiz Rouslan Kazakbaïev, en visite officielle en République d’Azerbaïdjan.") in texts
    joined = "\n".join(texts)
    assert "du 30e anniversaire de l’établissement des relations diplomatiques" in joined
    assert "le «\u00a0Programme de coopération" in joined


def test_seed_communique_en(seed):
    texts = body_texts(read(render_document(seed, "communique-en")))
    assert "Baku, 2 July, AZERTAC" in texts
    assert any(t.startswith("Azerbaijan’s Minister of Foreign Affairs Jeyhun Bayramov held talks on 2 July "
                            "with his Kyrgyz counterpart Ruslan Kazakbaev") for t in texts)


@pytest.mark.parametrize("path", MEETINGS, ids=[p.stem for p in MEETINGS])
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_meeting_renders_cleanly(path, template):
    document = read(render_document(load(path), template))
    texts = body_texts(document)
    assert texts
    for text in texts:
        assert text.strip(), "empty paragraph"
        assert "{{" not in text and "{%" not in text and "}}" not in text
        assert "None" not in text
        assert "  " not in text
    for _part, paragraphs in all_header_footer_paragraphs(document):
        for text in paragraphs:
            assert "{{" not in text and "None" not in text


def test_special_characters_in_form_data(seed):
    seed["statements"][0]["text"]["fr"] = 'la coopération en R&D <Unité> et le projet "Alpha" l\'ont montré'
    seed["statements"][0]["text"]["en"] = 'cooperation in R&D <Unit> and the "Alpha" project showed it'
    fr_text = "\n".join(body_texts(read(render_document(seed, "communique-fr"))))
    assert "R&D <Unité> et le projet «\u00a0Alpha\u00a0» l’ont montré" in fr_text
    en_text = "\n".join(body_texts(read(render_document(seed, "communique-en"))))
    assert "cooperation in R&D <Unit> and the “Alpha” project showed it" in en_text


def test_briefing_marking_in_every_header_and_footer(seed):
    seed["classification"] = "restricted"
    for template, marking in (("briefing-fr", "DIFFUSION RESTREINTE"), ("briefing-en", "RESTRICTED")):
        document = read(render_document(seed, template))
        parts = list(all_header_footer_paragraphs(document))
        assert parts
        for section in document.sections:
            assert marking in [p.text for p in section.header.paragraphs]
            assert marking in [p.text for p in section.footer.paragraphs]
        xml = document.sections[0].footer._element.xml
        assert "PAGE" in xml and "NUMPAGES" in xml


def test_public_record_still_gives_an_internal_briefing(seed):
    document = read(render_document(seed, "briefing-en"))
    assert document.sections[0].header.paragraphs[0].text == "INTERNAL"


def test_briefing_sections_and_background(seed, archive):
    seed["internal"]["objectives"] = [{"fr": "Obtenir un calendrier", "en": "Obtain a timetable"}]
    seed["internal"]["prepared_by"] = "Desk Asie centrale"
    earlier = json.loads(json.dumps(seed))
    earlier["id"] = "0d7d3c1e-0000-4000-8000-000000000001"
    earlier["date"] = "2020-05-04"
    earlier["publication"]["date"] = "2020-05-04"
    archive.save(earlier)
    texts = body_texts(read(render_document(seed, "briefing-en", archive=archive)))
    joined = "\n".join(texts)
    for heading in ("Purpose and objectives", "Agenda", "Documents to be signed", "The counterpart", "Background",
                    "Annex: delegations"):
        assert heading in texts
    assert "Obtain a timetable." in texts
    document = read(render_document(seed, "briefing-en", archive=archive))
    cells = [p.text for table in document.tables for row in table.rows for cell in row.cells for p in cell.paragraphs]
    assert "Jeyhun Bayramov, Minister of Foreign Affairs (head of delegation)" in cells
    assert "4 May 2020 — official visit to Baku, with Jeyhun Bayramov: bilateral agenda" in joined
    assert "“Programme of Cooperation" in joined and "(4 May 2020)" in joined
    assert "30th anniversary of the establishment of diplomatic relations (2022)" in texts
    assert "Prepared by: Desk Asie centrale" in cells


def test_styles_language_and_properties(seed):
    settings = {"ministry": {"fr": "Ministère X", "en": "Ministry X"}}
    document = read(render_document(seed, "communique-fr", settings=settings))
    names = {p.style.name for p in document.paragraphs}
    assert {"Title", "Normal", "Dateline"} <= names
    for style in ("Normal", "Title"):
        lang = document.styles[style].element.find(qn("w:rPr")).find(qn("w:lang"))
        assert lang.get(qn("w:val")) == "fr-FR"
    props = document.core_properties
    assert props.title == ("Entretien de Djeyhoun Baïramov avec son homologue kirghiz, "
                           "en visite officielle en Azerbaïdjan")
    assert "Visite officielle" in props.subject
    assert props.author == "Ministère X"
    assert "Kirghizistan" in props.keywords and "Azerbaïdjan" in props.keywords
    assert props.created is not None
    english = read(render_document(seed, "communique-en"))
    lang = english.styles["Normal"].element.find(qn("w:rPr")).find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "en-GB"


def test_broken_template_reports_name_and_line(tmp_path, seed):
    source = Document(str(paths.templates_dir() / "communique-fr.docx"))
    source.add_paragraph("{{ doc.lead }")
    broken = tmp_path / "broken-fr.docx"
    source.save(broken)
    problems = check_template(broken)
    assert problems and problems[0].startswith("broken-fr.docx, body, line ")
    assert "doc.lead" in problems[0]

    source = Document(str(paths.templates_dir() / "communique-en.docx"))
    source.add_paragraph("{{ dco.lead }}")
    source.add_paragraph("{{ doc.leed }}")
    unknown = tmp_path / "unknown-en.docx"
    source.save(unknown)
    problems = check_template(unknown)
    assert any("unknown variable 'dco'" in p and "unknown-en.docx, body, line" in p for p in problems)

    source = Document(str(paths.templates_dir() / "communique-en.docx"))
    source.add_paragraph("{{ doc.leed }}")
    misspelt = tmp_path / "misspelt-en.docx"
    source.save(misspelt)
    problems = check_template(misspelt)
    assert problems and "misspelt-en.docx, line" in problems[0] and "leed" in problems[0]

    not_word = tmp_path / "notes-fr.docx"
    not_word.write_text("hello")
    assert "not a readable Word" in check_template(not_word)[0]


def test_user_templates_listed_and_a_bad_one_never_crashes(seed):
    folder = paths.user_templates_dir()
    shutil.copy(paths.templates_dir() / "communique-en.docx", folder / "my-release-en.docx")
    source = Document(str(paths.templates_dir() / "briefing-fr.docx"))
    source.add_paragraph("{% if %}")
    source.save(folder / "bad-brief-fr.docx")
    infos = {t.id: t for t in list_templates()}
    assert infos["user/my-release-en"].user and infos["user/my-release-en"].language == "en"
    assert infos["user/bad-brief-fr"].kind == "briefing"
    assert render_document(seed, "user/my-release-en")
    with pytest.raises(RenderError) as caught:
        render_document(seed, "user/bad-brief-fr")
    assert "bad-brief-fr.docx" in str(caught.value) and "line" in str(caught.value)


def test_unknown_template_is_a_user_error(seed):
    with pytest.raises(RenderError, match="no template 'nope'"):
        render_document(seed, "nope")


def test_write_output_is_atomic_and_picks_format(tmp_path, seed):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    target = tmp_path / "out.docx"
    target.write_bytes(b"old")
    write_output(seed, "communique-fr", target)
    assert read(target.read_bytes()).paragraphs
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]
    write_output(seed, "communique-en", tmp_path / "out.txt")
    text = (tmp_path / "out.txt").read_text(encoding="utf-8")
    assert text.startswith("Jeyhun Bayramov holds talks with his Kyrgyz counterpart")
    write_output(seed, "communique-fr", tmp_path / "out.html")
    assert "<html lang=\"fr\">" in (tmp_path / "out.html").read_text(encoding="utf-8")

    # A failed render leaves the previous file untouched and no temporary file behind.
    broken = json.loads(json.dumps(seed))
    broken["statements"][0]["text"] = {"en": "only English"}
    with pytest.raises(RenderError):
        write_output(broken, "communique-fr", target)
    assert read(target.read_bytes()).paragraphs
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx", "out.html", "out.txt"]

    with pytest.raises(RenderError, match="unknown output format"):
        write_output(seed, "communique-fr", tmp_path / "out.odt")


def test_preview_is_the_rendered_document(seed):
    page = preview_html(seed, "communique-fr")
    assert "Bakou, 2 juillet, AZERTAC" in page
    assert "<h1>Entretien de Djeyhoun Baïramov avec son homologue kirghiz" in page
    brief = preview_html(seed, "briefing-en")
    assert "INTERNAL" in brief and "Purpose and objectives" in brief


@pytest.mark.slow
@pytest.mark.skipif(not pdf_available(), reason="LibreOffice (soffice) is not installed")
def test_pdf_through_libreoffice(tmp_path, seed):
    for template in ("communique-fr", "briefing-en", "record-fr"):
        target = tmp_path / f"{template}.pdf"
        write_output(seed, template, target)
        data = target.read_bytes()
        assert data.startswith(b"%PDF")
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
            if template == "communique-fr":
                assert "Bakou, 2 juillet, AZERTAC" in text
            elif template == "record-fr":
                assert "USAGE INTERNE" in text and re.search(r"Page 1 sur \d", text)
            else:
                assert "INTERNAL" in text and re.search(r"Page 1 of \d", text)


def test_list_filter_in_french_and_english_and_an_unknown_style_named():
    from chancery.render.filters import FILTERS

    def call(lang, *args):
        return FILTERS["list"]({"lang": lang}, *args)

    assert call("fr", ["A", "B", "C"]) == "A, B et C"
    assert call("en", ["A", "B", "C"], "or") == "A, B or C"
    with pytest.raises(ValueError, match="unknown style 'bogus'; use one of standard"):
        call("en", ["A", "B"], "bogus")


def test_many_missing_translations_make_one_short_line(seed):
    # 40 participants without a French name: the message names the first few and counts the rest,
    # the error still lists every field for the form to mark.
    meeting = copy.deepcopy(seed)
    extra = [{**meeting["participants"][-1], "ref": f"x{i}", "name": {"en": f"Person {i}"}} for i in range(40)]
    meeting["participants"] += extra
    with pytest.raises(RenderError) as caught:
        render_document(meeting, "communique-fr")
    message = str(caught.value)
    assert len(message.splitlines()) == 1 and len(message) < 400, message
    assert message.endswith("and 35 more") and len(caught.value.problems) == 40


def test_a_headline_longer_than_words_properties_hold_is_cut_there(seed):
    # Word's core properties take 255 characters at most; a long name made the export stop with an internal error.
    from docx import Document

    meeting = copy.deepcopy(seed)
    for p in meeting["participants"]:
        if isinstance(p.get("name"), dict):
            p["name"] = {lang: text * 40 for lang, text in p["name"].items()}
    data = render_document(meeting, "communique-en")
    props = Document(io.BytesIO(data)).core_properties
    assert len(props.title) == 255 and props.title.endswith("…")
