"""The document templates: which exist, their kind and language (read without loading docxtpl).

Shipped templates are listed in ``templates/manifest.toml``; a user's own
go in ``<data folder>/templates/`` (a ``manifest.toml`` there may describe
them, otherwise kind and language are guessed from the file name).  The
pickers of the preview and the export dialog read this on the GUI thread,
so it loads nothing heavy; rendering is :mod:`chancery.render.engine`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from .errors import RenderError


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    kind: str  # "communique" | "briefing" | "record" (of conversation)
    language: str
    description: str
    path: Path
    user: bool


_manifests: dict[tuple[str, int, int], list[dict]] = {}  # (path, mtime, size) -> entries: read once per version


def _read_manifest(folder: Path) -> list[dict]:
    path = folder / "manifest.toml"
    try:
        stat = path.stat()
    except OSError:
        return []
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key in _manifests:
        return [dict(entry) for entry in _manifests[key]]
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return []
    entries = data.get("template") or []
    _manifests[key] = [e for e in entries if isinstance(e, dict) and e.get("file")]
    return [dict(entry) for entry in _manifests[key]]


def _guess(stem: str) -> tuple[str, str]:
    low = stem.lower()
    if re.search(r"record|compte|minutes|conversation", low):
        kind = "record"
    elif re.search(r"brief|note", low):
        kind = "briefing"
    else:
        kind = "communique"
    match = re.search(r"[-_.]([a-z]{2})$", low)
    return kind, match.group(1) if match else "fr"


def list_templates() -> list[TemplateInfo]:
    """Shipped templates (manifest order), then the user's, sorted by name."""
    found: list[TemplateInfo] = []
    shipped = paths.templates_dir()
    for entry in _read_manifest(shipped):
        path = shipped / entry["file"]
        if path.is_file():
            found.append(TemplateInfo(
                id=str(entry.get("id") or path.stem), kind=str(entry.get("kind") or "communique"),
                language=str(entry.get("language") or "fr"), description=str(entry.get("description") or path.stem),
                path=path, user=False,
            ))
    try:
        user_dir = paths.user_templates_dir()
    except OSError:
        return found
    described = {e["file"]: e for e in _read_manifest(user_dir)}
    for path in sorted(user_dir.glob("*.docx")):
        if path.name.startswith(("~$", ".")) or not path.is_file():  # Word's lock files; a folder named *.docx
            continue
        entry = described.get(path.name, {})
        kind, language = _guess(path.stem)
        found.append(TemplateInfo(
            id=f"user/{entry.get('id') or path.stem}", kind=str(entry.get("kind") or kind),
            language=str(entry.get("language") or language),
            description=str(entry.get("description") or path.stem), path=path, user=True,
        ))
    return found


def find_template(template_id: str) -> TemplateInfo:
    for info in list_templates():
        if info.id == template_id:
            return info
    path = Path(template_id)
    if path.suffix.lower() == ".docx" and path.is_file():
        kind, language = _guess(path.stem)
        return TemplateInfo(str(path), kind, language, path.stem, path, True)
    known = ", ".join(t.id for t in list_templates())
    raise RenderError(f"no template '{template_id}' (available: {known})")
