"""Rebuild the shipped Word templates from this script, so they are reproducible.

    python templates/build_templates.py            # writes templates/*.docx
    python templates/build_templates.py ru         # only the Russian ones

The .docx files are committed and are what ships; this script is how they
were made.  A press office restyles or rewords them in Word afterwards: the
layout, the styles and the fixed wording live in the Word files, the prose
comes from the renderer as ready paragraphs (``doc.*`` and ``brief.*``; see
the README's "Documents" section for every variable).

Styles are real Word styles (Title, Heading 1/2, Normal, List Bullet and a
few named ones: Letterhead, Document Label, Dateline, Marking, End Mark), and
every style carries the document's language (w:lang) so Word spell-checks in
the right language.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from chancery.render.engine import set_lang

HERE = Path(__file__).resolve().parent
SERIF = "Times New Roman"
SANS = "Arial"
INK = RGBColor(0x1F, 0x2A, 0x44)
MARK_RED = RGBColor(0xA0, 0x1C, 0x1C)

LANG_TAGS = {"fr": "fr-FR", "en": "en-GB", "ru": "ru-RU"}

WORDING = {
    "fr": {
        "label": "Communiqué de presse",
        "brief_label": "Note d’information",
        "objectives": "1. Objet et objectifs",
        "participants": "2. Participants",
        "talking_points": "3. Éléments de langage",
        "sensitivities": "4. Points sensibles",
        "background": "5. Contexte",
        "earlier": "Rencontres précédentes",
        "signed_earlier": "Documents signés antérieurement",
        "anniversaries": "Anniversaires à venir",
        "recommendation": "6. Recommandation",
        "nothing": "Néant.",
        "prepared": "Rédigé par\u00a0:",
        "cleared": "Validé par\u00a0:",
        "date": "Date\u00a0:",
        "page": "Page",
        "of": "sur",
        "properties_title": "Communiqué de presse",
    },
    "en": {
        "label": "Press release",
        "brief_label": "Briefing note",
        "objectives": "1. Purpose and objectives",
        "participants": "2. Participants",
        "talking_points": "3. Talking points",
        "sensitivities": "4. Sensitivities",
        "background": "5. Background",
        "earlier": "Previous meetings",
        "signed_earlier": "Documents signed earlier",
        "anniversaries": "Coming anniversaries",
        "recommendation": "6. Recommendation",
        "nothing": "Nothing recorded.",
        "prepared": "Prepared by:",
        "cleared": "Cleared by:",
        "date": "Date:",
        "page": "Page",
        "of": "of",
        "properties_title": "Press release",
    },
    "ru": {
        "label": "Пресс-релиз",
        "properties_title": "Пресс-релиз",
    },
}
# Documents built per language (Russian: the communiqué; its internal documents come with their wording).
DOCUMENTS = {"fr": ("communique", "briefing"), "en": ("communique", "briefing"), "ru": ("communique",)}


def style_languages(document, tag: str) -> None:
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    set_lang(rpr_default, tag)
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character"):
            set_lang(style, tag)


def no_border(style) -> None:
    ppr = style.element.get_or_add_pPr()
    for child in list(ppr):
        if child.tag == qn("w:pBdr"):
            ppr.remove(child)


def paragraph_style(document, name: str, *, base: str = "Normal", font: str | None = None, size: float | None = None,
                    bold: bool | None = None, italic: bool | None = None, caps: bool | None = None, color=None,
                    align=None, before: float | None = None, after: float | None = None, spacing: float | None = None,
                    keep_next: bool | None = None):
    styles = document.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.quick_style = True
    no_border(style)
    f = style.font
    if font:
        f.name = font
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), font)
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if fonts.get(qn(attr)) is not None:
                del fonts.attrib[qn(attr)]
    if size:
        f.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    for child in list(rpr):
        if child.tag == qn("w:spacing"):  # the default Subtitle/Title letter-spacing
            rpr.remove(child)
    if bold is not None:
        f.bold = bold
    if italic is not None:
        f.italic = italic
    if caps is not None:
        f.small_caps = caps
    f.color.rgb = color if color is not None else RGBColor(0, 0, 0)
    pf = style.paragraph_format
    if align is not None:
        pf.alignment = align
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if spacing is not None:
        pf.line_spacing = spacing
    if keep_next is not None:
        pf.keep_with_next = keep_next
    return style


def base_document(lang: str, title: str):
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
    section.header_distance = section.footer_distance = Cm(1.0)

    paragraph_style(document, "Normal", font=SERIF, size=12, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=8, spacing=1.15)
    paragraph_style(document, "Title", font=SERIF, size=17, bold=True, color=INK, align=WD_ALIGN_PARAGRAPH.LEFT,
                    before=6, after=14, spacing=1.05, keep_next=True)
    paragraph_style(document, "Subtitle", font=SERIF, size=12, italic=True, color=INK, align=WD_ALIGN_PARAGRAPH.LEFT,
                    before=0, after=14)
    paragraph_style(document, "Heading 1", font=SANS, size=12.5, bold=True, color=INK,
                    align=WD_ALIGN_PARAGRAPH.LEFT, before=16, after=6, keep_next=True)
    paragraph_style(document, "Heading 2", font=SANS, size=11, bold=True, color=INK,
                    align=WD_ALIGN_PARAGRAPH.LEFT, before=8, after=4, keep_next=True)
    paragraph_style(document, "List Bullet", font=SERIF, size=12, after=4, align=WD_ALIGN_PARAGRAPH.LEFT)
    paragraph_style(document, "Letterhead", font=SANS, size=10.5, bold=True, caps=True, color=INK,
                    align=WD_ALIGN_PARAGRAPH.CENTER, after=2, spacing=1.0)
    paragraph_style(document, "Document Label", font=SANS, size=9.5, bold=True, caps=True, color=MARK_RED,
                    align=WD_ALIGN_PARAGRAPH.LEFT, before=28, after=4)
    paragraph_style(document, "Dateline", font=SERIF, size=12, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=8,
                    keep_next=True)
    paragraph_style(document, "End Mark", font=SERIF, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, before=12)
    paragraph_style(document, "Marking", font=SANS, size=9, bold=True, caps=False, color=MARK_RED,
                    align=WD_ALIGN_PARAGRAPH.CENTER, after=0, spacing=1.0)
    paragraph_style(document, "Footer Line", font=SANS, size=8.5, color=INK, align=WD_ALIGN_PARAGRAPH.CENTER,
                    after=0, spacing=1.0)
    paragraph_style(document, "Signature", font=SERIF, size=11, align=WD_ALIGN_PARAGRAPH.LEFT, after=2, spacing=1.0,
                    keep_next=True)

    style_languages(document, LANG_TAGS[lang])
    props = document.core_properties
    props.title = title
    props.author = "Chancery"
    props.language = LANG_TAGS[lang]
    props.comments = "Template rebuilt by templates/build_templates.py"
    return document


def rule_below(paragraph) -> None:
    """A thin line under the letterhead (paragraph border, so it moves with the text)."""
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "6"), ("w:color", "1F2A44")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    ppr.append(borders)


def add_field(paragraph, instruction: str, placeholder: str = "1") -> None:
    """A PAGE / NUMPAGES field Word and LibreOffice update when they lay out the page."""
    def run_with(element):
        run = paragraph.add_run()
        run._r.append(element)
        return run

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run(placeholder)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def control(document, tag: str) -> None:
    """A paragraph holding only a {%p … %} tag: docxtpl removes it when rendering."""
    document.add_paragraph(tag)


def no_hyphens(document, *names: str) -> None:
    """Headings, the letterhead and the dateline are never hyphenated."""
    for name in names:
        ppr = document.styles[name].element.get_or_add_pPr()
        if ppr.find(qn("w:suppressAutoHyphens")) is None:
            ppr.append(OxmlElement("w:suppressAutoHyphens"))


def hyphenate(document) -> None:
    """Automatic hyphenation on, so justified text has no wide gaps."""
    settings = document.settings.element
    if settings.find(qn("w:autoHyphenation")) is None:
        settings.find(qn("w:defaultTabStop")).addprevious(OxmlElement("w:autoHyphenation"))


def communique(lang: str) -> Path:
    w = WORDING[lang]
    document = base_document(lang, w["properties_title"])
    hyphenate(document)
    no_hyphens(document, "Title", "Letterhead", "Document Label", "Dateline", "End Mark", "Footer Line")
    document.styles["Normal"].paragraph_format.widow_control = True
    section = document.sections[0]
    # Page numbers only when the communiqué runs over one page: the first page's footer has none.
    section.different_first_page_header_footer = True
    first = section.first_page_footer.paragraphs[0]
    first.style = document.styles["Footer Line"]
    first.text = "{{ doc.footer }}"
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer Line"]
    footer.text = "{{ doc.footer }}"
    pages = section.footer.add_paragraph(style="Footer Line")
    pages.add_run(f"{w['page']} ")
    add_field(pages, "PAGE")
    pages.add_run(f" {w['of']} ")
    add_field(pages, "NUMPAGES")

    control(document, "{%p if doc.letterhead %}")
    head = document.add_paragraph("{{ doc.letterhead }}", style="Letterhead")
    rule_below(head)
    control(document, "{%p endif %}")
    document.add_paragraph(w["label"], style="Document Label")
    document.add_paragraph("{{ doc.headline }}", style="Title")
    control(document, "{%p if doc.dateline %}")
    document.add_paragraph("{{ doc.dateline }}", style="Dateline")
    control(document, "{%p endif %}")
    control(document, "{%p for paragraph in doc.all_paragraphs %}")
    document.add_paragraph("{{ paragraph }}")
    control(document, "{%p endfor %}")
    document.add_paragraph("***", style="End Mark")
    path = HERE / f"communique-{lang}.docx"
    document.save(path)
    return path


def bullets(document, items: str, nothing: str) -> None:
    control(document, f"{{%p if {items} %}}")
    control(document, f"{{%p for item in {items} %}}")
    document.add_paragraph("{{ item }}", style="List Bullet")
    control(document, "{%p endfor %}")
    control(document, "{%p else %}")
    document.add_paragraph(nothing)
    control(document, "{%p endif %}")


def briefing(lang: str) -> Path:
    w = WORDING[lang]
    document = base_document(lang, w["brief_label"])
    section = document.sections[0]
    section.different_first_page_header_footer = False

    header = section.header.paragraphs[0]
    header.style = document.styles["Marking"]
    header.text = "{{ brief.marking }}"

    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Marking"]
    footer.text = "{{ brief.marking }}"
    pages = section.footer.add_paragraph(style="Footer Line")
    pages.add_run(f"{w['page']} ")
    add_field(pages, "PAGE")
    pages.add_run(f" {w['of']} ")
    add_field(pages, "NUMPAGES")

    control(document, "{%p if brief.letterhead %}")
    head = document.add_paragraph("{{ brief.letterhead }}", style="Letterhead")
    rule_below(head)
    control(document, "{%p endif %}")
    document.add_paragraph(w["brief_label"], style="Document Label")
    document.add_paragraph("{{ brief.title }}", style="Title")
    document.add_paragraph("{{ brief.when_where }}", style="Subtitle")

    document.add_paragraph(w["objectives"], style="Heading 1")
    document.add_paragraph("{{ brief.purpose }}")
    control(document, "{%p for item in brief.objectives %}")
    document.add_paragraph("{{ item }}", style="List Bullet")
    control(document, "{%p endfor %}")

    document.add_paragraph(w["participants"], style="Heading 1")
    control(document, "{%p for delegation in brief.delegations %}")
    document.add_paragraph("{{ delegation.label }}", style="Heading 2")
    control(document, "{%p for member in delegation.members %}")
    document.add_paragraph("{{ member }}", style="List Bullet")
    control(document, "{%p endfor %}")
    control(document, "{%p endfor %}")

    document.add_paragraph(w["talking_points"], style="Heading 1")
    bullets(document, "brief.talking_points", w["nothing"])

    document.add_paragraph(w["sensitivities"], style="Heading 1")
    control(document, "{%p if brief.sensitivities %}")
    control(document, "{%p for paragraph in brief.sensitivities %}")
    document.add_paragraph("{{ paragraph }}")
    control(document, "{%p endfor %}")
    control(document, "{%p else %}")
    document.add_paragraph(w["nothing"])
    control(document, "{%p endif %}")

    document.add_paragraph(w["background"], style="Heading 1")
    document.add_paragraph(w["earlier"], style="Heading 2")
    bullets(document, "brief.earlier_meetings", w["nothing"])
    document.add_paragraph(w["signed_earlier"], style="Heading 2")
    bullets(document, "brief.earlier_documents", w["nothing"])
    document.add_paragraph(w["anniversaries"], style="Heading 2")
    bullets(document, "brief.anniversaries", w["nothing"])

    document.add_paragraph(w["recommendation"], style="Heading 1")
    control(document, "{%p if brief.recommendation %}")
    control(document, "{%p for paragraph in brief.recommendation %}")
    document.add_paragraph("{{ paragraph }}")
    control(document, "{%p endfor %}")
    control(document, "{%p else %}")
    document.add_paragraph(w["nothing"])
    control(document, "{%p endif %}")

    sign = document.add_paragraph(style="Signature")
    sign.paragraph_format.space_before = Pt(18)
    sign.add_run(f"{w['prepared']} ").bold = True
    sign.add_run("{{ brief.prepared_by }}")
    cleared = document.add_paragraph(style="Signature")
    cleared.add_run(f"{w['cleared']} ").bold = True
    cleared.add_run("{{ brief.cleared_by }}")
    dated = document.add_paragraph(style="Signature")
    dated.add_run(f"{w['date']} ").bold = True
    dated.add_run("{{ brief.prepared_on }}")

    path = HERE / f"briefing-{lang}.docx"
    document.save(path)
    return path


def main() -> None:
    import sys

    builders = {"communique": communique, "briefing": briefing}
    langs = sys.argv[1:] or list(DOCUMENTS)
    for lang in langs:
        for kind in DOCUMENTS[lang]:
            print(builders[kind](lang).relative_to(HERE.parent))


if __name__ == "__main__":
    main()
