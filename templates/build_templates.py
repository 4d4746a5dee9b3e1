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
        "properties_title": "Communiqué de presse",
        "brief_label": "Note pour le Ministre",
        "record_label": "Compte rendu d’entretien",
        "prepared": "Rédigé par\u00a0:",
        "cleared": "Validé par\u00a0:",
        "date": "Date\u00a0:",
        "reference": "Réf.\u00a0:",
        "page": "Page",
        "of": "sur",
        # briefing note
        "objectives": "Objet et objectifs",
        "agenda": "Ordre du jour",
        "to_sign": "Documents à signer",
        "counterpart": "Votre interlocuteur",
        "counterparts": "Vos interlocuteurs",
        "talking_points": "Éléments de langage",
        "sensitivities": "Points sensibles et points à éviter",
        "background": "Contexte",
        "signed_earlier": "Documents signés antérieurement",
        "open_items": "Suites en attente",
        "anniversaries": "Anniversaires à venir",
        "recommendation": "Recommandation",
        "annex": "Annexe\u00a0: délégations",
        "annex_remote": "Annexe\u00a0: participants",
        # record of conversation
        "participants": "Participants",
        "summary": "Résumé",
        "discussion": "Déroulement de l’entretien",
        "decisions": "Décisions et accords",
        "signed": "Documents signés",
        "follow_up": "Suites à donner",
        "action": "Action",
        "owner": "Responsable",
        "due": "Échéance",
        "distribution": "Diffusion",
    },
    "en": {
        "label": "Press release",
        "properties_title": "Press release",
        "brief_label": "Note for the Minister",
        "record_label": "Record of conversation",
        "prepared": "Prepared by:",
        "cleared": "Cleared by:",
        "date": "Date:",
        "reference": "Ref.:",
        "page": "Page",
        "of": "of",
        "objectives": "Purpose and objectives",
        "agenda": "Agenda",
        "to_sign": "Documents to be signed",
        "counterpart": "The counterpart",
        "counterparts": "The counterparts",
        "talking_points": "Talking points",
        "sensitivities": "Sensitivities and points to avoid",
        "background": "Background",
        "signed_earlier": "Documents signed earlier",
        "open_items": "Open follow-up",
        "anniversaries": "Coming anniversaries",
        "recommendation": "Recommendation",
        "annex": "Annex: delegations",
        "annex_remote": "Annex: participants",
        "participants": "Participants",
        "summary": "Summary",
        "discussion": "Discussion",
        "decisions": "Decisions and agreements",
        "signed": "Documents signed",
        "follow_up": "Follow-up",
        "action": "Action",
        "owner": "Owner",
        "due": "Due",
        "distribution": "Distribution",
    },
    "ru": {
        "label": "Пресс-релиз",
        "properties_title": "Пресс-релиз",
        "brief_label": "Справка к встрече",
        "record_label": "Запись беседы",
        "prepared": "Подготовил:",
        "cleared": "Согласовано:",
        "date": "Дата:",
        "reference": "Исх. №:",
        "page": "Страница",
        "of": "из",
        "objectives": "Цель и задачи",
        "agenda": "Повестка дня",
        "to_sign": "Документы к подписанию",
        "counterpart": "Собеседник",
        "counterparts": "Собеседники",
        "talking_points": "Тезисы к беседе",
        "sensitivities": "Чувствительные вопросы и темы, которых следует избегать",
        "background": "Справочная информация",
        "signed_earlier": "Ранее подписанные документы",
        "open_items": "Невыполненные договорённости",
        "anniversaries": "Предстоящие юбилейные даты",
        "recommendation": "Рекомендация",
        "annex": "Приложение: составы делегаций",
        "annex_remote": "Приложение: участники",
        "participants": "Участники",
        "summary": "Краткое содержание",
        "discussion": "Ход беседы",
        "decisions": "Решения и договорённости",
        "signed": "Подписанные документы",
        "follow_up": "Дальнейшие действия",
        "action": "Мероприятие",
        "owner": "Ответственный",
        "due": "Срок",
        "distribution": "Рассылка",
    },
}
# Documents built per language.
DOCUMENTS = {lang: ("communique", "briefing", "record") for lang in ("fr", "en", "ru")}


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


def bullets(document, items: str, name: str = "item") -> None:
    control(document, f"{{%p for {name} in {items} %}}")
    document.add_paragraph(f"{{{{ {name} }}}}", style="List Bullet")
    control(document, "{%p endfor %}")


def paragraphs(document, items: str, style: str | None = None) -> None:
    control(document, f"{{%p for paragraph in {items} %}}")
    document.add_paragraph("{{ paragraph }}", style=style)
    control(document, "{%p endfor %}")


def section_if(document, condition: str, heading: str, level: int = 1) -> None:
    """Open a section printed only when ``condition`` holds (close it with endif)."""
    control(document, f"{{%p if {condition} %}}")
    document.add_paragraph(heading, style=f"Heading {level}")


def endif(document) -> None:
    control(document, "{%p endif %}")


def marked_pages(document, w: dict, variable: str) -> None:
    """The marking in every header and footer, and "Page X of Y" under it."""
    section = document.sections[0]
    section.different_first_page_header_footer = False
    header = section.header.paragraphs[0]
    header.style = document.styles["Marking"]
    header.text = f"{{{{ {variable}.marking }}}}"
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Marking"]
    footer.text = f"{{{{ {variable}.marking }}}}"
    pages = section.footer.add_paragraph(style="Footer Line")
    pages.add_run(f"{w['page']} ")
    add_field(pages, "PAGE")
    pages.add_run(f" {w['of']} ")
    add_field(pages, "NUMPAGES")


def rule_under_table(table) -> None:
    """No borders but a thin line under the table (the end of the heading block)."""
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        if edge == "bottom":
            for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "0"), ("w:color", "1F2A44")):
                element.set(qn(key), value)
        else:
            element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def internal_document(lang: str, title: str):
    """The base of the briefing note and the record of conversation: their own styles, hyphenation."""
    document = base_document(lang, title)
    paragraph_style(document, "Meta", font=SANS, size=9.5, color=INK, align=WD_ALIGN_PARAGRAPH.LEFT, before=0,
                    after=0, spacing=1.0)
    paragraph_style(document, "To Do", font=SERIF, size=11.5, italic=True, color=MARK_RED,
                    align=WD_ALIGN_PARAGRAPH.LEFT, before=6, after=6)
    paragraph_style(document, "List Label", font=SERIF, size=12, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT,
                    before=4, after=2, keep_next=True)
    paragraph_style(document, "Table Text", font=SERIF, size=10.5, align=WD_ALIGN_PARAGRAPH.LEFT, before=1, after=1,
                    spacing=1.0)
    style_languages(document, LANG_TAGS[lang])
    hyphenate(document)
    no_hyphens(document, "Title", "Subtitle", "Letterhead", "Document Label", "Heading 1", "Heading 2", "Meta",
               "Footer Line", "Marking", "Table Text", "List Bullet", "List Label", "To Do")
    document.styles["Normal"].paragraph_format.widow_control = True
    return document


def briefing(lang: str) -> Path:
    """The note pour le Ministre: future tense, one to three pages, empty sections left out."""
    w = WORDING[lang]
    document = internal_document(lang, w["brief_label"])
    marked_pages(document, w, "brief")
    control(document, "{%p if brief.letterhead %}")
    head = document.add_paragraph("{{ brief.letterhead }}", style="Letterhead")
    rule_below(head)
    endif(document)
    document.add_paragraph("{{ brief.addressee }}", style="Document Label")
    document.add_paragraph("{{ brief.subject }}", style="Title")
    document.add_paragraph("{{ brief.when_where }}", style="Subtitle")
    meta_table(document, w, "brief")

    control(document, "{%p if brief.todo %}")
    document.add_paragraph("{{ brief.todo }}", style="To Do")
    endif(document)

    document.add_paragraph(w["objectives"], style="Heading 1")
    control(document, "{%p if brief.objectives %}")
    bullets(document, "brief.objectives")
    control(document, "{%p else %}")
    document.add_paragraph("{{ brief.purpose }}")
    endif(document)

    section_if(document, "brief.agenda", w["agenda"])
    bullets(document, "brief.agenda")
    endif(document)

    section_if(document, "brief.documents_to_sign", w["to_sign"])
    bullets(document, "brief.documents_to_sign")
    endif(document)

    control(document, "{%p if brief.counterparts %}")
    document.add_paragraph(
        f"{{% if brief.counterparts|length > 1 %}}{w['counterparts']}{{% else %}}{w['counterpart']}{{% endif %}}",
        style="Heading 1")
    control(document, "{%p for person in brief.counterparts %}")
    document.add_paragraph("{{ person.name }}", style="Heading 2")
    paragraphs(document, "person.lines")
    control(document, "{%p if person.meetings %}")
    document.add_paragraph("{{ person.meetings_label }}", style="List Label")
    bullets(document, "person.meetings")
    endif(document)
    control(document, "{%p if person.documents %}")
    document.add_paragraph("{{ person.documents_label }}", style="List Label")
    bullets(document, "person.documents")
    endif(document)
    control(document, "{%p endfor %}")
    endif(document)

    section_if(document, "brief.talking_points", w["talking_points"])
    bullets(document, "brief.talking_points")
    endif(document)

    section_if(document, "brief.sensitivities", w["sensitivities"])
    paragraphs(document, "brief.sensitivities")
    endif(document)

    section_if(document, "brief.background", w["background"])
    paragraphs(document, "brief.honoured")
    control(document, "{%p if brief.earlier_meetings %}")
    document.add_paragraph("{{ brief.earlier_meetings_label }}", style="Heading 2")
    bullets(document, "brief.earlier_meetings")
    endif(document)
    section_if(document, "brief.earlier_documents", w["signed_earlier"], 2)
    bullets(document, "brief.earlier_documents")
    endif(document)
    section_if(document, "brief.open_items", w["open_items"], 2)
    bullets(document, "brief.open_items")
    endif(document)
    section_if(document, "brief.anniversaries", w["anniversaries"], 2)
    bullets(document, "brief.anniversaries")
    endif(document)
    endif(document)

    section_if(document, "brief.recommendation", w["recommendation"])
    paragraphs(document, "brief.recommendation")
    endif(document)

    delegations(document, f"{{% if brief.remote %}}{w['annex_remote']}{{% else %}}{w['annex']}{{% endif %}}",
                "brief.delegations")

    path = HERE / f"briefing-{lang}.docx"
    document.save(path)
    return path


def delegations(document, heading: str, items: str) -> None:
    """Each delegation (label and members) in a table row that never splits across pages.

    A borderless table rather than paragraphs: LibreOffice does not always keep a
    heading with the list under it (a delegation's label was left at the foot of a
    page, its members alone on the next), but it keeps a heading with a table
    and never splits a row marked cantSplit.
    """
    section_if(document, items, heading)
    table = document.add_table(rows=3, cols=1)
    table.autofit = False
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)
    width = Cm(16.0)
    table.columns[0].width = width
    loop, body, end = table.rows
    for row in table.rows:
        row.cells[0].width = width
    loop.cells[0].paragraphs[0].text = f"{{%tr for delegation in {items} %}}"
    cant_split = OxmlElement("w:cantSplit")
    body._tr.get_or_add_trPr().append(cant_split)
    cell = body.cells[0]
    label = cell.paragraphs[0]
    label.style = document.styles["Heading 2"]
    label.add_run("{{ delegation.label }}")
    cell.add_paragraph("{%p for member in delegation.members %}")
    cell.add_paragraph("{{ member }}", style="List Bullet")
    cell.add_paragraph("{%p endfor %}")
    end.cells[0].paragraphs[0].text = "{%tr endfor %}"
    endif(document)


def meta_table(document, w: dict, variable: str) -> None:
    """Prepared by / date, cleared by / reference: a borderless two-column block under the title."""
    table = document.add_table(rows=2, cols=2)
    rule_under_table(table)
    cells = (
        ((w["prepared"], f"{{{{ {variable}.prepared_by }}}}"), (w["date"], f"{{{{ {variable}.prepared_on }}}}")),
        ((w["cleared"], f"{{{{ {variable}.cleared_by }}}}"),
         (w["reference"], f"{{{{ {variable}.reference or '……………' }}}}")),
    )
    for row, pairs in zip(table.rows, cells, strict=True):
        for cell, width, (label, value) in zip(row.cells, (Cm(9.5), Cm(6.5)), pairs, strict=True):
            cell.width = width
            paragraph = cell.paragraphs[0]
            paragraph.style = document.styles["Meta"]
            paragraph.add_run(f"{label} ").bold = True
            paragraph.add_run(value)


def follow_up_table(document, w: dict) -> None:
    """Action / owner / due date, one row per follow-up (docxtpl's {%tr %} row loop), header repeated."""
    table = document.add_table(rows=4, cols=3)
    table.style = document.styles["Table Grid"]
    table.autofit = False
    widths = (Cm(9.5), Cm(3.8), Cm(2.7))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    header, loop, body, end = table.rows
    mark = OxmlElement("w:tblHeader")
    mark.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(mark)
    for cell, width, text in zip(header.cells, widths, (w["action"], w["owner"], w["due"]), strict=True):
        cell.width = width
        paragraph = cell.paragraphs[0]
        paragraph.style = document.styles["Table Text"]
        paragraph.add_run(text).bold = True
        shading = OxmlElement("w:shd")
        for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "E3E7EF")):
            shading.set(qn(key), value)
        cell._tc.get_or_add_tcPr().append(shading)
    loop.cells[0].paragraphs[0].text = "{%tr for row in conversation.follow_up %}"
    for cell, width, key in zip(body.cells, widths, ("action", "owner", "due"), strict=True):
        cell.width = width
        paragraph = cell.paragraphs[0]
        paragraph.style = document.styles["Table Text"]
        paragraph.add_run(f"{{{{ row.{key} }}}}")
    end.cells[0].paragraphs[0].text = "{%tr endfor %}"


def record(lang: str) -> Path:
    """The compte rendu d'entretien: past tense, what each side said, decisions, follow-up."""
    w = WORDING[lang]
    document = internal_document(lang, w["record_label"])
    marked_pages(document, w, "conversation")
    control(document, "{%p if conversation.letterhead %}")
    head = document.add_paragraph("{{ conversation.letterhead }}", style="Letterhead")
    rule_below(head)
    endif(document)
    document.add_paragraph(w["record_label"], style="Document Label")
    document.add_paragraph("{{ conversation.title }}", style="Title")
    document.add_paragraph("{{ conversation.when_where }}", style="Subtitle")
    meta_table(document, w, "conversation")

    delegations(document, w["participants"], "conversation.delegations")

    section_if(document, "conversation.summary", w["summary"])
    paragraphs(document, "conversation.summary")
    endif(document)

    section_if(document, "conversation.speakers", w["discussion"])
    control(document, "{%p for group in conversation.speakers %}")
    document.add_paragraph("{{ group.speaker }}", style="Heading 2")
    control(document, "{%p for sentence in group.statements %}")
    document.add_paragraph("{{ sentence }}")
    control(document, "{%p endfor %}")
    control(document, "{%p endfor %}")
    endif(document)

    section_if(document, "conversation.decisions", w["decisions"])
    paragraphs(document, "conversation.decisions")
    endif(document)

    section_if(document, "conversation.documents", w["signed"])
    bullets(document, "conversation.documents")
    endif(document)

    section_if(document, "conversation.follow_up", w["follow_up"])
    follow_up_table(document, w)
    endif(document)

    section_if(document, "conversation.distribution", w["distribution"])
    bullets(document, "conversation.distribution")
    endif(document)

    path = HERE / f"record-{lang}.docx"
    document.save(path)
    return path


def main() -> None:
    import sys

    builders = {"communique": communique, "briefing": briefing, "record": record}
    langs = sys.argv[1:] or list(DOCUMENTS)
    for lang in langs:
        for kind in DOCUMENTS[lang]:
            print(builders[kind](lang).relative_to(HERE.parent))


if __name__ == "__main__":
    main()
