"""The preview page: a document as HTML, straight from its render context (no Word file in between).

A shipped template is turned into an HTML template once per process: the
Word file is converted as it stands, Jinja tags and all, by mammoth (the
same conversion the exact view uses, so the headings, lists and tables look
the same), then docxtpl's paragraph and row tags (``{%p …%}``, ``{%tr …%}``)
become plain Jinja around the HTML element that held them.  Rendering that
template with the document's context — the same wording, from the same
:func:`~chancery.render.context.build_context` — takes a millisecond or
two where writing the .docx and converting it back takes hundreds.

:func:`preview_page` is the preview's default view; ``exact=True`` (and every
user template, which runs only through the bounded path of Word rendering)
gives the .docx itself converted by mammoth, as
:func:`chancery.render.output.preview_html` does, in a worker process
(:func:`chancery.render.workers.exact_preview`).

Threading: any thread (the templates' cache is locked).  Qt-free.
"""

from __future__ import annotations

import html
import re
import threading
from typing import Any

from .context import build_context
from .engine import TemplateInfo, find_template, make_environment
from .errors import RenderError

# Word and mammoth may split a tag over runs: markup inside {{ }} or {% %} is dropped, entities decoded,
# typographic quotes made straight (as docxtpl does before Jinja sees the XML).
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_MARKUP = re.compile(r"<[^>]*>")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
# An element whose whole content is a docxtpl paragraph tag, a table row holding a row tag, a cell a cell tag.
_PARAGRAPH_TAG = re.compile(r"<(p|h[1-6]|li)\b[^>]*>\s*\{%-?\s*p\b(.*?)-?%\}\s*</\1>", re.S)
_ROW_TAG = re.compile(r"<tr\b[^>]*>(?:(?!</tr>).)*?\{%-?\s*tr\b(.*?)-?%\}(?:(?!</tr>).)*?</tr>", re.S)
_CELL_TAG = re.compile(r"<(td|th)\b[^>]*>(?:(?!</\1>).)*?\{%-?\s*tc\b(.*?)-?%\}(?:(?!</\1>).)*?</\1>", re.S)
_OTHER_QUALIFIER = re.compile(r"\{%(-?)\s*[prc]\s+|\{\{(-?)\s*[pr]\s+")

_cache: dict[tuple[str, float, int], Any] = {}
_cache_lock = threading.Lock()


def _clean_tag(match: re.Match) -> str:
    return html.unescape(_MARKUP.sub("", match.group(0))).translate(_QUOTES)


def jinja_html(body: str) -> str:
    """A template's HTML (mammoth's conversion of the Word file) as a Jinja template of the same document."""
    body = _TAG.sub(_clean_tag, body)
    body = _PARAGRAPH_TAG.sub(lambda m: "{%" + m.group(2) + "%}", body)
    body = _ROW_TAG.sub(lambda m: "{%" + m.group(1) + "%}", body)
    body = _CELL_TAG.sub(lambda m: "{%" + m.group(2) + "%}", body)
    return _OTHER_QUALIFIER.sub(lambda m: "{%" + (m.group(1) or "") + " " if m.group(0).startswith("{%")
                                else "{{" + (m.group(2) or "") + " ", body)


def _compiled(info: TemplateInfo):
    """The HTML Jinja template of a template file (made once per file version)."""
    stat = info.path.stat()
    key = (str(info.path), stat.st_mtime, stat.st_size)
    with _cache_lock:
        found = _cache.get(key)
    if found is not None:
        return found
    from .output import docx_to_html

    source = jinja_html(docx_to_html(info.path.read_bytes()))
    try:
        compiled = make_environment().from_string(source)
    except Exception as error:  # a shipped template Jinja cannot read as HTML: the exact view still works
        raise RenderError(f"{info.path.name}: the quick preview cannot read this template ({error})") from error
    with _cache_lock:
        _cache[key] = compiled
    return compiled


def prepare(template_id: str) -> None:
    """Make the HTML template of ``template_id`` now (the preview pane warms it up before the first render)."""
    info = find_template(template_id)
    if not info.user:
        _compiled(info)


_EMPTY_LISTS = re.compile(r"</(ul|ol)>\s*<\1>")


def preview_page(meeting: dict, template_id: str, *, lang: str | None = None, archive: Any = None,
                 settings: dict | None = None, exact: bool = False) -> str:
    """The document of ``meeting`` with ``template_id`` as a standalone HTML page, for the preview pane."""
    info = find_template(template_id)
    language = lang or info.language
    if exact or info.user:
        from .workers import exact_preview

        return exact_preview(meeting, template_id, lang=language, archive=archive, settings=settings)
    template = _compiled(info)
    context = build_context(meeting, language, archive=archive, settings=settings, kind=info.kind)
    try:
        body = template.render(context)
    except Exception as error:
        raise RenderError(f"{info.path.name}: the preview could not be made ({error.__class__.__name__}: {error})",
                          [str(error)]) from error
    body = _EMPTY_LISTS.sub("", body)
    if language.split("-")[0] == "fr":
        body = superscript_ordinals(body)
    return page(body, info, meeting, language)


_TEXT = re.compile(r">([^<]+)<")


def superscript_ordinals(body: str) -> str:
    """French ordinal suffixes in superscript ("30<sup>e</sup>"), as the Word document prints them."""
    from .wordfinish import FRENCH_ORDINAL

    def text(match: re.Match) -> str:
        return ">" + FRENCH_ORDINAL.sub(r"\1<sup>\2</sup>", match.group(1)) + "<"

    return _TEXT.sub(text, body)


def page(body: str, info: TemplateInfo, meeting: dict, lang: str) -> str:
    """A preview body in its page: style, language, and the marking of an internal document above and below."""
    from .output import PREVIEW_CSS

    marking = ""
    if info.kind in ("briefing", "record"):
        from .internal.common import marking as internal_marking  # headers are not in the body

        label = internal_marking(meeting.get("classification"), lang)
        marking = f'<p class="marking">{html.escape(label)}</p>'
    return (f'<!DOCTYPE html><html lang="{html.escape(lang)}"><head><meta charset="utf-8"><style>{PREVIEW_CSS}'
            f"</style></head><body>{marking}{body}{marking}</body></html>")
