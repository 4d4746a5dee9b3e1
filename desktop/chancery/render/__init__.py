"""Documents from meeting records: Word communiqués and briefing notes (Qt-free).

Public API::

    list_templates() -> list[TemplateInfo]
    render_document(meeting, template_id, *, lang=None, archive=None, settings=None) -> bytes (.docx)
    render_text(meeting, lang, ...) -> str          the communiqué for the wire
    render_html(meeting, lang, ...) -> str          the communiqué for e-mail
    write_output(meeting, template_id, out_path, *, fmt=None, ...) -> Path   atomic
    check_template(path) -> list[str]               problems, each with template and line
    preview_html(meeting, template_id, ...) -> str  the .docx as HTML (mammoth): the exact view
    preview_page(meeting, template_id, ..., exact=False) -> str  the preview, HTML straight from the context
    missing_fields(meeting, lang) -> list[str]      e.g. "meeting.statements[2].text.fr"
    pdf_available() -> bool
    RenderError(UserError)

Modules: ``prose`` (the wording, per language), ``french``/``english``
(grammar helpers), ``typography``, ``lexicon`` (reporting verbs),
``context`` (what templates see), ``filters`` (Jinja filters), ``catalogue``
(which templates exist), ``engine`` (checking, docxtpl), ``output`` (text,
HTML, PDF, atomic writes), ``preview`` (HTML straight from the context).
"""

from importlib import import_module

# The public names are loaded on first use (PEP 562), so that a light module
# such as ``chancery.render.lexicon`` can be imported (by the form, on the GUI
# thread) without loading python-docx, docxtpl, jinja2 and Babel.
_PUBLIC = {
    "build_context": "context", "missing_fields": "context",
    "TemplateInfo": "catalogue", "check_template": "engine", "find_template": "catalogue",
    "list_templates": "catalogue", "render_document": "engine",
    "RenderError": "errors",
    "docx_to_pdf": "output", "format_of": "output", "pdf_available": "output",
    "preview_html": "output", "render_html": "output", "render_text": "output", "write_output": "output",
    "preview_page": "preview",
}


def __getattr__(name: str):
    module = _PUBLIC.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "RenderError", "TemplateInfo", "build_context", "check_template", "docx_to_pdf",
    "find_template", "format_of", "list_templates", "missing_fields", "pdf_available", "preview_html",
    "preview_page",
    "render_document", "render_html", "render_text", "write_output",
]
