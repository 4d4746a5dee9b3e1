"""Word typography of a rendered communiqué, applied to the document after the template is filled.

- French ordinal suffixes as superscript ("30e", "1er", "1re"); English
  ordinals stay plain ("55th"), as English usage prints them;
- automatic hyphenation on in the document settings, so justified text has
  no wide gaps (Word hyphenates with its own dictionaries; LibreOffice needs
  the hyphenation patterns of the language installed, e.g. Debian's
  ``hyphen-fr``);
- the closing line ("***", style End Mark) kept with the last paragraph, and
  widow/orphan control on every body paragraph, so no line stands alone on a
  second page;
- people's names never hyphenated ("Hanna Ser-waah Tetteh"): their words are
  runs marked "no proofing" (``w:noProof`` and the language ``zxx``), which
  Word and LibreOffice neither hyphenate nor spell-check.

Headings keep with the next paragraph through their styles, and page numbers
appear only from the second page (see ``templates/build_templates.py``).
"""

from __future__ import annotations

import copy
import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

FRENCH_ORDINAL = re.compile(r"(?<![\w,.])(\d+)(er|re|e|es|ers|res)(?![\w\u00c0-\u024f])")
END_MARK_STYLES = {"End Mark"}


def finish_communique(document, lang: str, names: list[str] | None = None,
                      end_styles: set[str] | None = None) -> None:
    """Apply the Word typography above to a rendered communiqué (python-docx Document).

    ``end_styles``: the ids of the closing line's styles when the caller knows them (else read from the styles).
    """
    enable_hyphenation(document)
    pattern = names_pattern(names or [])
    for paragraph in _all_paragraphs(document):
        if lang.split("-")[0] == "fr":
            superscript_ordinals(paragraph)
        if pattern is not None:
            keep_names_whole(paragraph, pattern)
    keep_ending_together(document, end_styles)


def finish_internal(document, lang: str, names: list[str] | None = None) -> None:
    """The same typography for a briefing note or a record of conversation (no closing line)."""
    enable_hyphenation(document)
    pattern = names_pattern(names or [])
    for paragraph in _all_paragraphs(document):
        if lang.split("-")[0] == "fr":
            superscript_ordinals(paragraph)
        if pattern is not None:
            keep_names_whole(paragraph, pattern)


def names_pattern(names: list[str]) -> re.Pattern | None:
    """Every word of the names long enough to be hyphenated ("Serwaah", "Farhane"), as whole words."""
    words = {w for name in names for w in re.findall(r"[^\W\d_][\w'\u2019-]*", name) if len(w) >= 5}
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def keep_names_whole(paragraph, pattern: re.Pattern) -> None:
    """Put each name word of the paragraph in a run of its own marked "no proofing": never hyphenated."""
    for run in list(paragraph.runs):
        spans = [m.span() for m in pattern.finditer(run.text)]
        if spans:
            _split_run(run, spans, _no_proofing)


def _no_proofing(rpr) -> None:
    rpr.append(OxmlElement("w:noProof"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "zxx")


def _split_run(run, spans: list[tuple[int, int]], mark) -> None:
    """Split ``run`` at the character spans given; ``mark(rPr)`` formats the pieces they cover."""
    text = run.text
    pieces: list[tuple[str, bool]] = []
    last = 0
    for start, end in spans:
        pieces.append((text[last:start], False))
        pieces.append((text[start:end], True))
        last = end
    pieces.append((text[last:], False))
    anchor = run._r
    for piece, marked in pieces:
        if not piece:
            continue
        new = copy.deepcopy(run._r)
        for child in list(new):
            if child.tag != qn("w:rPr"):
                new.remove(child)
        text_element = OxmlElement("w:t")
        text_element.text = piece
        text_element.set(qn("xml:space"), "preserve")
        new.append(text_element)
        if marked:
            rpr = new.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                new.insert(0, rpr)
            mark(rpr)
        anchor.addnext(new)
        anchor = new
    run._r.getparent().remove(run._r)


def _all_paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def enable_hyphenation(document) -> None:
    settings = document.settings.element
    if settings.find(qn("w:autoHyphenation")) is None:
        element = OxmlElement("w:autoHyphenation")
        # Schema order: autoHyphenation comes early in w:settings; after zoom/proofState is safe for Word.
        anchor = settings.find(qn("w:defaultTabStop"))
        if anchor is not None:
            anchor.addprevious(element)
        else:
            settings.append(element)


def superscript_ordinals(paragraph) -> None:
    """Split each run holding "30e" so that the suffix is a superscript run with the same formatting."""
    for run in list(paragraph.runs):
        spans = [m.span(2) for m in FRENCH_ORDINAL.finditer(run.text)]
        if spans:
            _split_run(run, spans, _superscript)


def _superscript(rpr) -> None:
    align = OxmlElement("w:vertAlign")
    align.set(qn("w:val"), "superscript")
    rpr.append(align)


def end_mark_style_ids(styles) -> set[str]:
    """The ids of the closing line's styles in a styles element (``w:styles``)."""
    return {style_id for name in END_MARK_STYLES
            for style_id in styles.xpath(f'w:style[w:name/@w:val="{name}"]/@w:styleId')}


def keep_ending_together(document, end_styles: set[str] | None = None) -> None:
    # Style ids looked up once, in the XML: python-docx's paragraph.style walks every style each time.
    ends = end_mark_style_ids(document.styles.element) if end_styles is None else end_styles
    paragraphs = list(document.paragraphs)
    for index, paragraph in enumerate(paragraphs):
        if index > 0 and paragraph._p.style in ends:
            before = paragraphs[index - 1]
            before.paragraph_format.keep_with_next = True
            before.paragraph_format.widow_control = True
