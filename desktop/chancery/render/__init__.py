"""Documents from meeting records: Word communiqués and briefing notes (Qt-free).

Public API::

    list_templates() -> list[TemplateInfo]
    render_document(meeting, template_id, *, lang=None, archive=None, settings=None) -> bytes (.docx)
    render_text(meeting, lang, ...) -> str          the communiqué for the wire
    render_html(meeting, lang, ...) -> str          the communiqué for e-mail
    write_output(meeting, template_id, out_path, *, fmt=None, ...) -> Path   atomic
    check_template(path) -> list[str]               problems, each with template and line
    preview_html(meeting, template_id, ...) -> str  the .docx as HTML (mammoth)
    missing_fields(meeting, lang) -> list[str]      e.g. "meeting.statements[2].text.fr"
    pdf_available() -> bool
    RenderError(UserError)

Modules: ``prose`` (the wording, per language), ``french``/``english``
(grammar helpers), ``typography``, ``lexicon`` (reporting verbs),
``context`` (what templates see), ``filters`` (Jinja filters), ``engine``
(templates, checking, docxtpl), ``output`` (text, HTML, PDF, atomic writes).
"""

from .context import build_context, missing_fields
from .engine import TemplateInfo, check_template, find_template, list_templates, render_document
from .errors import RenderError
from .output import (
    atomic_write,
    docx_to_pdf,
    format_of,
    pdf_available,
    preview_html,
    render_html,
    render_text,
    write_output,
)

__all__ = [
    "RenderError", "TemplateInfo", "atomic_write", "build_context", "check_template", "docx_to_pdf",
    "find_template", "format_of", "list_templates", "missing_fields", "pdf_available", "preview_html",
    "render_document", "render_html", "render_text", "write_output",
]
