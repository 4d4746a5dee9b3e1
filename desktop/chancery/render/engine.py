"""Template checking and .docx rendering (docxtpl, sandboxed Jinja); the catalogue is :mod:`.catalogue`.

The Jinja environment is a ``SandboxedEnvironment`` with ``autoescape=True``
(docxtpl's default of False drops everything after a "<" or "&" in form
data) and ``StrictUndefined`` (a misspelt variable is an error, not a blank).
A template is checked before it is used: a syntax error or an unknown
variable is reported with the template's name and line, as a RenderError,
never as a crash.

Line numbers are docxtpl's: it puts every Word paragraph on its own line
before Jinja sees the XML, so "line 7" is roughly the 7th paragraph of that
part (body, header or footer); the message also quotes the paragraph's text.

Bounds.  A user's template (anything outside the shipped ``templates/``)
is checked and rendered in a worker process with a time and a memory limit
(:mod:`chancery.render.sandbox`); shipped templates render here.  Both go
through :class:`BoundedEnvironment`, which refuses at once what would
obviously take gigabytes or forever (``9**(9**9)``, ``'a' * 10**9``,
``'%2000000000d'``) and has no ``lipsum``; a Word file whose parts are too
big or too many (a zip bomb, 200,000 paragraphs) is refused before it is
parsed.  A communiqué template sees neither the internal section of the
record nor the internal documents' variables (``brief``,
``conversation``), nor the notes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import math
import re
import threading
import traceback
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.oxml import serialize_part_xml
from docx.opc.part import PartFactory
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.parts.styles import StylesPart
from docxtpl import DocxTemplate
from jinja2 import StrictUndefined, TemplateError, TemplateSyntaxError, meta
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from .. import paths
from . import reference
from .catalogue import TemplateInfo, _guess, find_template, list_templates  # noqa: F401  (the catalogue)
from .context import build_context
from .errors import RenderError
from .filters import FILTERS

KINDS = ("communique", "briefing", "record")
KNOWN_VARIABLES = {"lang", "doc", "brief", "conversation", "meeting", "settings", "today"}
# What a template of each kind may use: a communiqué never sees internal material.
VARIABLES_OF_KIND = {
    "communique": {"lang", "doc", "meeting", "settings", "today"},
    "briefing": {"lang", "doc", "brief", "meeting", "settings", "today"},
    "record": {"lang", "doc", "conversation", "meeting", "settings", "today"},
}
HIDDEN_FROM_COMMUNIQUES = ("internal", "notes")  # meeting-format.md: never printed in a communiqué

MAX_TEXT = 5_000_000  # characters a template expression may build at once
MAX_NUMBER_BITS = 10_000  # about 3,000 digits
MAX_PACKAGE_BYTES = 100 << 20  # a Word template, unpacked
MAX_PART_BYTES = 25 << 20  # one XML part of it
MAX_PARTS = 2_000
MAX_PARAGRAPHS = 20_000  # in one part (the shipped ones have fewer than 100)
LANG_TAGS = {"fr": "fr-FR", "en": "en-GB", "ru": "ru-RU"}


class BoundedEnvironment(SandboxedEnvironment):
    """Jinja's sandbox, refusing operations whose result would be huge before computing them."""

    intercepted_binops = frozenset({"**", "*", "%"})

    def call_binop(self, context, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**" and _huge_power(left, right):
            raise SecurityError("the template computes a number too large to print")
        if operator_name == "*":
            for text, times in ((left, right), (right, left)):
                if isinstance(text, (str, list, tuple)) and isinstance(times, int) and len(text) * times > MAX_TEXT:
                    raise SecurityError(f"the template builds a text of {len(text) * times:,} characters "
                                        f"(at most {MAX_TEXT:,})")
        if operator_name == "%" and isinstance(left, str) and re.search(r"%[-+ #0]*[0-9]{7,}", left):
            raise SecurityError("the template formats with a width of millions of characters")
        return super().call_binop(context, operator_name, left, right)


def _huge_power(base: Any, exponent: Any) -> bool:
    if not isinstance(base, int) or not isinstance(exponent, int) or exponent <= 0 or abs(base) < 2:
        return False
    return exponent * math.log2(abs(base)) > MAX_NUMBER_BITS


def _bounded_center(value: Any, width: int = 80) -> str:
    if not isinstance(width, int) or width > MAX_TEXT:
        raise SecurityError(f"the template centres a text in {width!r} characters (at most {MAX_TEXT:,})")
    return str(value).center(width)


def make_environment() -> SandboxedEnvironment:
    env = BoundedEnvironment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
    env.globals.pop("lipsum", None)  # placeholder text by the megabyte; no use in a document
    env.filters.update(FILTERS)
    env.filters["center"] = _bounded_center
    return env


def visible_context(context: dict[str, Any], kind: str | None) -> dict[str, Any]:
    """What a template of ``kind`` may see of the render context (a communiqué: nothing internal)."""
    if kind != "communique":
        return context
    allowed = VARIABLES_OF_KIND["communique"]
    visible = {key: value for key, value in context.items() if key in allowed}
    meeting = visible.get("meeting")
    if isinstance(meeting, dict):
        visible["meeting"] = {key: value for key, value in meeting.items() if key not in HIDDEN_FROM_COMMUNIQUES}
    return visible


def shipped(path: Path) -> bool:
    """Whether ``path`` is one of the templates installed with Chancery (trusted: rendered in this process)."""
    try:
        return Path(path).resolve().is_relative_to(paths.templates_dir().resolve())
    except OSError:
        return False


def check_package(path: Path) -> list[str]:
    """Problems of the Word file itself, found without unpacking it all: sizes, part count, paragraphs."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as package:
            items = package.infolist()
            if len(items) > MAX_PARTS:
                return [f"{name}: the Word file has {len(items):,} parts (at most {MAX_PARTS:,}); it is not a template"]
            total = sum(item.file_size for item in items)
            if total > MAX_PACKAGE_BYTES:
                return [f"{name}: the template is too large once unpacked ({total >> 20:,} MiB, at most "
                        f"{MAX_PACKAGE_BYTES >> 20} MiB); remove large pictures or embedded files"]
            for item in items:
                if item.filename.endswith(".xml") and item.file_size > MAX_PART_BYTES:
                    return [f"{name}: the template's {item.filename} is too large ({item.file_size >> 20:,} MiB, "
                            f"at most {MAX_PART_BYTES >> 20} MiB)"]
            for item in items:
                if item.filename.startswith("word/") and item.filename.endswith(".xml"):
                    xml = package.read(item)
                    paragraphs = xml.count(b"<w:p>") + xml.count(b"<w:p ") + xml.count(b"<w:p/>")
                    if paragraphs > MAX_PARAGRAPHS:
                        return [f"{name}: the template has {paragraphs:,} paragraphs in {item.filename} (at most "
                                f"{MAX_PARAGRAPHS:,}); it is too large to render"]
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        return [f"{name}: not a readable Word (.docx) file ({error.__class__.__name__}: {error})"]
    return []


# -- checking ----------------------------------------------------------------


def _parts(tpl: DocxTemplate) -> Iterable[tuple[str, str]]:
    """(part name, patched XML) for the body, headers and footers."""
    docx = tpl.docx
    yield "body", tpl.patch_xml(tpl.get_xml())
    for uri, label in ((tpl.HEADER_URI, "header"), (tpl.FOOTER_URI, "footer")):
        for _key, part in tpl.get_headers_footers(uri):
            yield f"{label} ({Path(str(part.partname)).name})", tpl.patch_xml(tpl.get_part_xml(part))
    del docx


def _lines(xml: str) -> list[str]:
    # The same split docxtpl applies before Jinja sees the XML.
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", xml).splitlines()


def _line_text(lines: list[str], lineno: int | None) -> str:
    if not lineno or lineno > len(lines):
        return ""
    text = re.sub(r"<[^>]+>", "", lines[lineno - 1]).strip()
    return text[:80]


def _where(name: str, part: str, lineno: int | None, lines: list[str]) -> str:
    text = _line_text(lines, lineno)
    where = f"{name}, {part}, line {lineno}" if lineno else f"{name}, {part}"
    return f"{where} (“{text}”)" if text else where


def _template_lineno(error: BaseException) -> int | None:
    lineno = getattr(error, "lineno", None)
    if lineno:
        return lineno
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename == "<template>":
            return frame.lineno
    return None


def check_template(path: str | Path, *, sample: dict | None = None, lang: str | None = None) -> list[str]:
    """Every problem of a template file, each naming the template and line; [] when fine.

    A user's template is checked in a worker with a time and a memory
    limit (:mod:`chancery.render.sandbox`); running over is a problem too.
    """
    path = Path(path)
    if not path.is_file():
        return [f"{path.name}: file not found ({path})"]
    if shipped(path):
        return check_here(path, sample=sample, lang=lang)
    from . import sandbox

    try:
        header, _payload = sandbox.call("check", path.name, path=str(path), sample=sample, lang=lang,
                                        name=path.name)
        sandbox.raise_for(header, path.name)
    except RenderError as error:
        return error.problems or [str(error)]
    return list(header.get("problems") or [])


def check_here(path: str | Path, *, sample: dict | None = None, lang: str | None = None) -> list[str]:
    """:func:`check_template`'s work, in this process."""
    path = Path(path)
    name = path.name
    if not path.is_file():
        return [f"{name}: file not found ({path})"]
    package_problems = check_package(path)
    if package_problems:
        return package_problems
    kind, guessed = _guess(path.stem)
    known = VARIABLES_OF_KIND.get(kind, KNOWN_VARIABLES)
    try:
        tpl = DocxTemplate(str(path))
        tpl.init_docx()
        parts = list(_parts(tpl))
    except Exception as error:  # not a Word file, damaged zip…
        return [f"{name}: not a readable Word (.docx) file ({error.__class__.__name__}: {error})"]
    env = make_environment()
    problems: list[str] = []
    for part, xml in parts:
        lines = _lines(xml)
        try:
            ast = env.parse("\n".join(lines))
        except TemplateSyntaxError as error:
            problems.append(f"{_where(name, part, error.lineno, lines)}: {error.message}")
            continue
        for variable in sorted(meta.find_undeclared_variables(ast) - known):
            lineno = next(
                (i + 1 for i, line in enumerate(lines)
                 if re.search(r"(\{\{|\{%)[^}%]*\b" + re.escape(variable) + r"\b", line)),
                None,
            )
            hint = (" — internal material is never available to a communiqué template"
                    if kind == "communique" and variable in KNOWN_VARIABLES else "")
            problems.append(
                f"{_where(name, part, lineno, lines)}: unknown variable '{variable}' "
                f"({_kind_label(kind)} templates can use: {', '.join(sorted(known))}){hint}"
            )
    if problems:
        return problems
    # A trial render finds misspelt attributes ({{ doc.leed }}) and bad filter calls.
    from .sample import SAMPLE_MEETING

    try:
        # The trial render builds what a document of this kind sees (a communiqué: no internal material).
        _render(path, sample or SAMPLE_MEETING, lang or guessed, archive=None, settings=None, kind=kind, here=True)
    except RenderError as error:
        problems.extend(error.problems or [str(error)])
    return problems


_checked: dict[tuple[str, float, int], list[str]] = {}


def _problems_cached(path: Path) -> list[str]:
    try:
        stat = path.stat()
    except OSError as error:
        return [f"{path.name}: {error}"]
    key = (str(path), stat.st_mtime, stat.st_size)
    if key not in _checked:
        _checked[key] = check_template(path)
    return _checked[key]


# -- rendering -----------------------------------------------------------------


def _kind_label(kind: str) -> str:
    return {"communique": "communiqué", "briefing": "briefing-note", "record": "record-of-conversation"}.get(kind, kind)


def _render(path: Path, meeting: dict, lang: str, *, archive: Any, settings: dict | None,
            kind: str | None, here: bool = False) -> bytes:
    """Build the context, then render: here for a shipped template (or ``here``), else in a sandbox worker."""
    context = visible_context(build_context(meeting, lang, archive=archive, settings=settings, kind=kind), kind)
    if here or shipped(path):
        return render_here(path, context, lang, kind)
    from . import sandbox

    header, payload = sandbox.call("render", path.name, path=str(path), context=context, lang=lang, kind=kind,
                                   name=path.name)
    sandbox.raise_for(header, path.name)
    return payload


# A shipped template is trusted (the tests check every one of them): it is not checked again before each
# render, and what docxtpl makes of it before Jinja runs — the body's XML with its tags patched, the compiled
# Jinja code — is made once per process and kept, so a batch of a thousand communiqués pays for it once.  A
# user's template is checked (cached by its file's version) and rendered afresh each time, in the sandbox.

TEMPLATE_CACHE = 32  # compiled templates kept (a template's body, headers, footers and properties)


class _CachingEnvironment(BoundedEnvironment):
    """The bounded environment of shipped templates, keeping what it compiled (by source) for the next render."""

    def __init__(self) -> None:
        super().__init__(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)
        self.globals.pop("lipsum", None)
        self.filters.update(FILTERS)
        self.filters["center"] = _bounded_center
        self._compiled: dict[str, Any] = {}
        self._compiled_lock = threading.Lock()

    def from_string(self, source, globals=None, template_class=None):
        if globals is not None or template_class is not None or not isinstance(source, str):
            return super().from_string(source, globals, template_class)
        with self._compiled_lock:
            found = self._compiled.get(source)
        if found is None:
            found = super().from_string(source)
            with self._compiled_lock:
                if len(self._compiled) >= TEMPLATE_CACHE:
                    self._compiled.pop(next(iter(self._compiled)))
                self._compiled[source] = found
        return found


_shipped_environment: _CachingEnvironment | None = None
_patched_bodies: dict[tuple[str, float, int], str] = {}


def shipped_environment() -> _CachingEnvironment:
    global _shipped_environment
    if _shipped_environment is None:
        _shipped_environment = _CachingEnvironment()
    return _shipped_environment


class _ShippedTemplate(DocxTemplate):
    """A shipped template: its patched body XML is made once per file version, then reused."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        stat = path.stat()
        self._key = (str(path), stat.st_mtime, stat.st_size)

    def build_xml(self, context, jinja_env=None):
        xml = _patched_bodies.get(self._key)
        if xml is None:
            xml = _patched_bodies[self._key] = self.patch_xml(self.get_xml())
        return self.render_xml_part(xml, self.docx._part, context, jinja_env)


def render_here(path: str | Path, context: dict[str, Any], lang: str, kind: str | None) -> bytes:
    """The .docx bytes of template ``path`` with ``context``, in this process."""
    path = Path(path)
    trusted = shipped(path)
    if not trusted:
        problems = check_package(path)
        if problems:
            raise RenderError(problems[0], problems)
    env = shipped_environment() if trusted else make_environment()
    try:
        tpl = _ShippedTemplate(path) if trusted else DocxTemplate(str(path))
        with _styles_read_on_need():  # docxtpl opens the template here
            tpl.render(context, jinja_env=env, autoescape=True)
    except TemplateError as error:
        lineno = _template_lineno(error)
        lines = list(getattr(error, "docx_context", []) or [])
        detail = f" (“{' '.join(line.strip() for line in lines if line.strip())[:80]}”)" if lines else ""
        where = f"{path.name}, line {lineno}" if lineno else path.name
        message = f"{where}{detail}: {error.message if hasattr(error, 'message') else error}"
        raise RenderError(message, [message]) from error
    except (RenderError, MemoryError):
        raise  # running out of memory is the sandbox's to report
    except Exception as error:
        message = f"{path.name}: the template could not be rendered ({error.__class__.__name__}: {error})"
        raise RenderError(message, [message]) from error
    finish_document(tpl.docx, context, lang, kind)
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()


def _property(text: str, limit: int = 255) -> str:
    text = str(text)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def finish_document(document, context: dict, lang: str, kind: str | None) -> None:
    """Language on every style, and the core properties."""
    tag = LANG_TAGS.get(lang, lang)
    end_styles = _finish_styles(document, tag)
    doc, meeting = context["doc"], context["meeting"]
    # An internal document's author is its preparer or the ministry, never the news agency.
    internal = context.get("brief") if kind == "briefing" else context.get("conversation") if kind == "record" else None
    props = document.core_properties
    # Word's core properties hold at most 255 characters each (python-docx refuses more): a long headline,
    # place or name is cut there, with "…".
    props.title = _property(internal["title"] if internal else doc["headline"])
    place = f", {doc['place']}" if doc["place"] else ""
    props.subject = _property(f"{doc['kind_label']} — {doc['date_long']}{place}")
    author = internal["author"] if internal else doc["letterhead"] or doc["publisher"] or doc["agency"]
    props.author = _property(author or "Chancery")
    props.last_modified_by = props.author
    keywords = [doc["kind_label"]]
    for p in meeting.get("participants") or []:
        code = p.get("country") if isinstance(p, dict) else None
        if code:
            try:
                name = reference.country_name(code, lang)
            except RenderError:
                continue
            if name not in keywords:
                keywords.append(name)
    props.keywords = _property(", ".join(keywords))
    props.language = tag
    props.category = _property(internal["marking"] if internal else doc["kind_label"])
    props.created = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.modified = props.created
    props.revision = 1
    props.comments = f"Chancery record {meeting.get('id') or ''}".strip()
    names = _names(meeting, lang)
    if kind == "communique":
        from .wordfinish import finish_communique

        finish_communique(document, lang, names=names, end_styles=end_styles)
    elif kind in ("briefing", "record"):
        from .wordfinish import finish_internal

        finish_internal(document, lang, names=names)


# -- the styles part ------------------------------------------------------------------
# The shipped templates carry about 350 KB of style definitions (Word's latent styles and their variants).
# Every document sets the language on each style, which comes out the same for a given template and
# language: it is done once, and the finished styles are put into the next documents as they are, so that
# this part is neither parsed nor written out again for each document (python-docx would parse it when the
# template is opened: the part is read only when something asks for it).


class _StylesPartReadOnNeed(StylesPart):
    """python-docx's styles part, parsed only when something reads it (its text is written out as it is)."""

    _parsed: Any = None
    _source: bytes | None = None

    def __init__(self, partname, content_type, element, package, source: bytes | None = None):
        super().__init__(partname, content_type, element, package)
        self._source = source

    @classmethod
    def load(cls, partname, content_type, blob, package):
        return cls(partname, content_type, None, package, source=blob)

    @property
    def _element(self):
        if self._parsed is None and self._source is not None:
            self._parsed, self._source = parse_xml(self._source), None
        return self._parsed

    @_element.setter
    def _element(self, element) -> None:
        self._parsed, self._source = element, None

    @property
    def blob(self) -> bytes:
        return self._source if self._source is not None else serialize_part_xml(self._parsed)

    def unread_source(self) -> bytes | None:
        """The part's text when nothing has parsed it yet, else None."""
        return self._source

    def replace_source(self, source: bytes) -> None:
        self._parsed = None
        self._source = source


_docx_part_class = PartFactory.part_class_selector
_reading = threading.local()  # set while this thread opens a template to render (render_here)


def _part_class(content_type: str, reltype: str):
    if content_type == CONTENT_TYPE.WML_STYLES and getattr(_reading, "template", False):
        return _StylesPartReadOnNeed
    return _docx_part_class(content_type, reltype) if _docx_part_class is not None else None


# python-docx's hook for the class of each part it reads; any other Word file is read as python-docx reads it
PartFactory.part_class_selector = _part_class


@contextlib.contextmanager
def _styles_read_on_need() -> Iterator[None]:
    _reading.template = True
    try:
        yield
    finally:
        _reading.template = False

_finished_styles: dict[tuple[int, int, str], tuple[bytes, bytes, frozenset[str]]] = {}
_finished_styles_lock = threading.Lock()
FINISHED_STYLES_KEPT = 16


def _set_style_languages(styles, tag: str) -> None:
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is not None:
            set_lang(rpr_default, tag)
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) in ("paragraph", "character"):
            set_lang(style, tag)


def _finish_styles(document, tag: str) -> set[str]:
    """Language ``tag`` on the defaults and every paragraph and character style; the closing line's style ids."""
    from .wordfinish import end_mark_style_ids

    try:
        part = document.part.part_related_by(RELATIONSHIP_TYPE.STYLES)
    except KeyError:  # no styles part: python-docx makes a default one
        part = None
    source = part.unread_source() if isinstance(part, _StylesPartReadOnNeed) else None
    if source is None:
        styles = document.styles.element
        _set_style_languages(styles, tag)
        return end_mark_style_ids(styles)
    key = (len(source), zlib.crc32(source), tag)
    with _finished_styles_lock:
        found = _finished_styles.get(key)
    if found is None or found[0] != source:
        styles = parse_xml(source)
        _set_style_languages(styles, tag)
        found = (source, serialize_part_xml(styles), frozenset(end_mark_style_ids(styles)))
        with _finished_styles_lock:
            if len(_finished_styles) >= FINISHED_STYLES_KEPT:
                _finished_styles.pop(next(iter(_finished_styles)))
            _finished_styles[key] = found
    part.replace_source(found[1])
    return set(found[2])


def _names(meeting: dict, lang: str) -> list[str]:
    """The participants' names (and short forms) as written in ``lang``: Word must not hyphenate them."""
    out: list[str] = []
    for p in meeting.get("participants") or []:
        if not isinstance(p, dict):
            continue
        for value in (p.get("name"), p.get("short_name")):
            text = value.get(lang) if isinstance(value, dict) else value
            if isinstance(text, str) and text.strip():
                out.append(text.strip())
    return out


def set_lang(parent, tag: str) -> None:
    """Put <w:lang w:val=tag> in the rPr of a style or of the document defaults."""
    rpr = parent.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        parent.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)


def render_document(meeting: dict, template_id: str, *, lang: str | None = None, archive: Any = None,
                    settings: dict | None = None) -> bytes:
    """The .docx bytes of ``meeting`` rendered with ``template_id`` (language defaults to the template's)."""
    info = find_template(template_id)
    if not shipped(info.path):  # a shipped template is trusted: the tests check every one of them
        problems = _problems_cached(info.path)
        if problems:
            raise RenderError(f"template '{info.id}' has errors:\n" + "\n".join(problems), problems)
    return _render(info.path, meeting, lang or info.language, archive=archive, settings=settings, kind=info.kind)


def docx_text(data: bytes) -> str:
    """The paragraphs of a rendered document, for tests and the CLI's --check."""
    document = Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs)
