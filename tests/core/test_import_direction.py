"""Dependencies point one way, as the README's diagram shows:

    ui, cli, commands  →  render, store  →  record, refdata, anniversaries, demo  →  paths, errors, text, fileio

Read from the source (every ``import``, those inside functions too), so a
lazy import cannot hide a wrong-way dependency.  Within a layer: ``render``
may read the archive's history through ``store``, never the reverse.
"""

from __future__ import annotations

import ast
from pathlib import Path

import chancery

PACKAGE = Path(chancery.__file__).parent

LAYERS: list[set[str]] = [
    {"ui", "cli", "commands", "__main__", "demo_fill"},  # the application: the window and the command line
    {"render", "store"},
    {"record", "refdata", "anniversaries", "demo"},  # the meeting record and the reference data
    {"paths", "errors", "text", "fileio"},
    {""},  # chancery/__init__.py: the version
]
FORBIDDEN_WITHIN_LAYER = {("store", "render")}


def part_of(module: str) -> str:
    """``chancery.store.search.postgres`` → ``store``; ``chancery`` → ``""``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def layer_of(part: str) -> int:
    """The layer's index (0 at the top); a module in no layer counts as the top (the test above names it)."""
    return next((index for index, members in enumerate(LAYERS) if part in members), 0)


def module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def imports_of(path: Path) -> list[tuple[int, str]]:
    """(line, module) for every chancery module ``path`` imports."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if alias.name.split(".")[0] == "chancery"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                if node.module:
                    found.append((node.lineno, ".".join([*base, node.module])))
                else:  # from .. import record, paths, __version__ (a module, or a name of the package)
                    for alias in node.names:
                        module = ".".join([*base, alias.name])
                        found.append((node.lineno, module if is_module(module) else ".".join(base)))
            elif node.module and node.module.split(".")[0] == "chancery":
                found.append((node.lineno, node.module))
    return found


def test_every_module_is_in_a_layer():
    parts = {part_of(module_name(path)) for path in PACKAGE.rglob("*.py")}
    unplaced = sorted(part for part in parts if not any(part in members for members in LAYERS))
    assert not unplaced, f"place these in a layer of tests/core/test_import_direction.py and the README: {unplaced}"


def test_imports_point_down_the_layers():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        source = part_of(module_name(path))
        for line, target_module in imports_of(path):
            target = part_of(target_module)
            if target == source:
                continue
            if layer_of(target) < layer_of(source) or (source, target) in FORBIDDEN_WITHIN_LAYER:
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {source} imports {target_module}")
    assert not wrong, "imports against the layering:\n" + "\n".join(wrong)


def test_the_check_sees_imports_of_every_kind():
    """The reader finds relative, absolute and function-level imports (so the test above can fail)."""
    sample = PACKAGE / "store" / "history.py"
    found = {module for _line, module in imports_of(sample)}
    assert "chancery.record" in found and "chancery.text" in found
    assert any(module.startswith("chancery.store") for module in found)
    briefing = {module for _line, module in imports_of(PACKAGE / "render" / "internal" / "briefing.py")}
    assert "chancery.store.history" in briefing  # imported inside a function
