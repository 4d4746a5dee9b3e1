"""Word typography of a rendered communiqué, applied to the document after the template is filled.

- French ordinal suffixes as superscript ("30e", "1er", "1re"); English
  ordinals stay plain ("55th"), as English usage prints them;
- automatic hyphenation on in the document settings, so justified text has
  no wide gaps (Word hyphenates with its own dictionaries; LibreOffice needs
  the hyphenation patterns of the language installed, e.g. Debian's
  ``hyphen-fr``);
- the closing line ("***", style End Mark) kept with the last paragraph, and
  widow/orphan control on every body paragraph, so no line stands alone on a
  second page.

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


def finish_communique(document, lang: str) -> None:
    """Apply the Word typography above to a rendered communiqué (python-docx Document)."""
    enable_hyphenation(document)
    if lang.split("-")[0] == "fr":
        for paragraph in _all_paragraphs(document):
            superscript_ordinals(paragraph)
    keep_ending_together(document)


def finish_internal(document, lang: str) -> None:
    """The same typography for a briefing note or a record of conversation (no closing line)."""
    enable_hyphenation(document)
    if lang.split("-")[0] == "fr":
        for paragraph in _all_paragraphs(document):
            superscript_ordinals(paragraph)


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
        text = run.text
        if not FRENCH_ORDINAL.search(text):
            continue
        pieces: list[tuple[str, bool]] = []
        last = 0
        for match in FRENCH_ORDINAL.finditer(text):
            pieces.append((text[last:match.start(2)], False))
            pieces.append((match.group(2), True))
            last = match.end(2)
        pieces.append((text[last:], False))
        anchor = run._r
        for piece, superscript in pieces:
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
            if superscript:
                rpr = new.find(qn("w:rPr"))
                if rpr is None:
                    rpr = OxmlElement("w:rPr")
                    new.insert(0, rpr)
                align = OxmlElement("w:vertAlign")
                align.set(qn("w:val"), "superscript")
                rpr.append(align)
            anchor.addnext(new)
            anchor = new
        run._r.getparent().remove(run._r)


def keep_ending_together(document) -> None:
    paragraphs = list(document.paragraphs)
    for index, paragraph in enumerate(paragraphs):
        if paragraph.style is not None and paragraph.style.name in END_MARK_STYLES and index > 0:
            before = paragraphs[index - 1]
            before.paragraph_format.keep_with_next = True
            before.paragraph_format.widow_control = True
