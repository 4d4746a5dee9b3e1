"""Other outputs of a record: plain text and HTML communiqués, PDF, the preview.

Plain text (for the wire) and HTML (for e-mail) come from the same wording as
the Word communiqué (:func:`build_context`'s ``doc``).  Every write is atomic:
the file is written beside the target under a temporary name, then moved over
it with ``os.replace``, so a crash never leaves half a document.  PDF goes
through LibreOffice (``soffice --headless --convert-to pdf``) when it is
installed; :func:`pdf_available` says whether it is.
"""

from __future__ import annotations

import html
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from ..fileio import STDOUT, write_output_file
from .catalogue import find_template
from .errors import RenderError

FORMATS = ("docx", "txt", "html", "pdf")
SOFFICE_NAMES = ("soffice", "libreoffice")


def render_text(meeting: dict, lang: str, *, archive: Any = None, settings: dict | None = None) -> str:
    """The communiqué as plain text: dateline, then paragraphs separated by blank lines."""
    from .context import build_context

    doc = build_context(meeting, lang, archive=archive, settings=settings, kind="communique")["doc"]
    blocks = [doc["headline"], ""]
    if doc["dateline"]:
        blocks += [doc["dateline"], ""]
    for paragraph in doc["all_paragraphs"]:
        blocks += [paragraph, ""]
    return "\n".join(blocks).rstrip("\n") + "\n"


def render_html(meeting: dict, lang: str, *, archive: Any = None, settings: dict | None = None) -> str:
    """The communiqué as a small standalone HTML page (for e-mail)."""
    from .context import build_context

    doc = build_context(meeting, lang, archive=archive, settings=settings, kind="communique")["doc"]
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{e(doc['headline'])}</title>",
        "<style>body{font-family:Georgia,'Times New Roman',serif;max-width:42em;margin:2em auto;"
        "line-height:1.45;color:#111}.letterhead{font-variant:small-caps;text-align:center;"
        "font-family:Arial,sans-serif;color:#1f2a44}.dateline{font-weight:bold}"
        "h1{font-size:1.4em;color:#1f2a44}p{text-align:justify}</style>",
        "</head>",
        "<body>",
        "<article>",
    ]
    if doc["letterhead"]:
        parts.append(f'<p class="letterhead">{e(doc["letterhead"])}</p>')
    parts.append(f"<h1>{e(doc['headline'])}</h1>")
    if doc["dateline"]:
        parts.append(f'<p class="dateline">{e(doc["dateline"])}</p>')
    for paragraph in doc["all_paragraphs"]:
        parts.append(f"<p>{e(paragraph)}</p>")
    parts += ["</article>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def soffice_path() -> str | None:
    for name in SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def pdf_available() -> bool:
    """Whether LibreOffice is on PATH (PDF export is offered only then)."""
    return soffice_path() is not None


PDF_FOLDER_PREFIX = "chancery-pdf-"


def docx_to_pdf(data: bytes, *, timeout: float = 180) -> bytes:
    """Convert .docx bytes to PDF bytes with LibreOffice in a private profile and folder.

    LibreOffice runs under :mod:`chancery.render.pdf_guard`, in a process
    group of its own: if this process is killed, the guard ends LibreOffice
    and removes the temporary folder; on a timeout or an error here, the
    same happens at once.  Folders and LibreOffice processes left by a
    guard that was itself killed are cleaned up at the next conversion.
    """
    soffice = soffice_path()
    if soffice is None:
        raise RenderError("PDF export needs LibreOffice (soffice), which is not installed")
    clean_stale_conversions()
    folder = Path(tempfile.mkdtemp(prefix=f"{PDF_FOLDER_PREFIX}{os.getpid()}-"))
    guard = None
    try:
        source = folder / "document.docx"
        source.write_bytes(data)
        # A profile of its own: a running LibreOffice or a parallel export cannot block this one.
        profile = (folder / "profile").as_uri()
        command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", str(folder), str(source)]
        from . import pdf_guard

        guard = subprocess.Popen([sys.executable, pdf_guard.__file__, str(folder), *command], stdin=subprocess.PIPE,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            returncode = guard.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            raise RenderError(f"LibreOffice did not finish the PDF conversion within {timeout:.0f} s") from None
        target = folder / "document.pdf"
        if returncode != 0 or not target.is_file():
            log = folder / pdf_guard.LOG_FILE
            text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
            detail = text.strip().splitlines()[-1:] or ["no output"]
            raise RenderError(f"LibreOffice could not convert the document to PDF ({detail[0][:200]})")
        return target.read_bytes()
    finally:
        if guard is not None and guard.stdin is not None:
            guard.stdin.close()  # the guard ends LibreOffice if it still runs
            try:
                guard.wait(timeout=10)
            except subprocess.TimeoutExpired:
                guard.kill()
                guard.wait()
        shutil.rmtree(folder, ignore_errors=True)


def clean_stale_conversions() -> int:
    """Remove the folders (and end the LibreOffice) of conversions whose Chancery died; returns how many."""
    from .pdf_guard import PGID_FILE, end_group

    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(f"{PDF_FOLDER_PREFIX}*-*"):
        try:
            owner = int(folder.name[len(PDF_FOLDER_PREFIX):].split("-")[0])
        except ValueError:
            continue
        if owner == os.getpid() or _alive(owner) or folder.stat().st_uid != os.getuid():
            continue
        try:
            pgid = int((folder / PGID_FILE).read_text(encoding="ascii"))
        except (OSError, ValueError):
            pgid = 0
        if pgid and _is_soffice(pgid):
            end_group(pgid)
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_soffice(pid: int) -> bool:
    try:
        return b"soffice" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def format_of(path: str | os.PathLike[str], fmt: str | None) -> str:
    if not fmt and (str(path) == STDOUT or not Path(path).suffix):
        raise RenderError(f"{path}: the output format cannot be told from the name; add --format docx, txt, html "
                          "or pdf (or name the file .docx, .txt, .html or .pdf)")
    fmt = (fmt or Path(path).suffix.lstrip(".")).lower()
    if fmt == "htm":
        fmt = "html"
    if fmt == "text":
        fmt = "txt"
    if fmt not in FORMATS:
        raise RenderError(f"{path}: unknown output format '{fmt}' (use .docx, .txt, .html or .pdf)")
    return fmt


def render_bytes(meeting: dict, template_id: str, fmt: str, *, lang: str | None = None, archive: Any = None,
                 settings: dict | None = None) -> bytes:
    if fmt in ("txt", "html"):
        info = find_template(template_id)
        language = lang or info.language
        if info.kind != "communique":
            raise RenderError(
                "plain text and HTML are made for communiqués; use .docx or .pdf for an internal document")
        text = (render_text if fmt == "txt" else render_html)(meeting, language, archive=archive, settings=settings)
        return text.encode("utf-8")
    from .engine import render_document

    data = render_document(meeting, template_id, lang=lang, archive=archive, settings=settings)
    if fmt == "pdf":
        return docx_to_pdf(data)
    return data


def write_output(meeting: dict, template_id: str, out_path: str | os.PathLike[str], *, fmt: str | None = None,
                 lang: str | None = None, archive: Any = None, settings: dict | None = None) -> Path:
    """Render and write (:func:`chancery.fileio.write_output_file`); the format comes from ``fmt`` or the extension."""
    fmt = format_of(out_path, fmt)
    data = render_bytes(meeting, template_id, fmt, lang=lang, archive=archive, settings=settings)
    return write_output_file(out_path, data)


PREVIEW_STYLE_MAP = """
p[style-name='Title'] => h1:fresh
p[style-name='Heading 1'] => h2:fresh
p[style-name='Heading 2'] => h3:fresh
p[style-name='Letterhead'] => p.letterhead:fresh
p[style-name='Document Label'] => p.label:fresh
p[style-name='Dateline'] => p.dateline:fresh
p[style-name='End Mark'] => p.endmark:fresh
p[style-name='Subtitle'] => p.subtitle:fresh
p[style-name='Marking'] => p.marking:fresh
p[style-name='Signature'] => p.signature:fresh
"""

PREVIEW_CSS = (
    "body{font-family:'Times New Roman',serif;font-size:12pt;color:#111;margin:12px 18px}"
    "p{text-align:justify;margin:0 0 8px 0}h1{font-size:16pt;color:#1f2a44;margin:6px 0 12px 0}"
    "h2,h3{font-family:Arial,sans-serif;color:#1f2a44}h2{font-size:12.5pt}h3{font-size:11pt}"
    ".letterhead{text-align:center;font-family:Arial,sans-serif;font-weight:bold;font-variant:small-caps;"
    "color:#1f2a44;border-bottom:1px solid #1f2a44;padding-bottom:4px}"
    ".label{font-family:Arial,sans-serif;font-weight:bold;color:#a01c1c;font-variant:small-caps;margin-top:18px}"
    ".dateline{font-weight:bold}.endmark{text-align:center}.subtitle{font-style:italic;color:#1f2a44}"
    ".marking{text-align:center;font-family:Arial,sans-serif;font-weight:bold;color:#a01c1c}"
)


def docx_to_html(data: bytes) -> str:
    import mammoth

    result = mammoth.convert_to_html(io.BytesIO(data), style_map=PREVIEW_STYLE_MAP)
    return result.value


def preview_html(meeting: dict, template_id: str, *, lang: str | None = None, archive: Any = None,
                 settings: dict | None = None) -> str:
    """The .docx that would be written, as an HTML page (mammoth): the preview's exact view.

    The preview's quick view renders the same context straight to HTML
    (:func:`chancery.render.preview.preview_page`).
    """
    from .engine import render_document
    from .preview import page

    info = find_template(template_id)
    data = render_document(meeting, template_id, lang=lang, archive=archive, settings=settings)
    return page(docx_to_html(data), info, meeting, lang or info.language)
