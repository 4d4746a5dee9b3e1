"""constraints.txt pins everything Chancery installs, at the versions installed here, within pyproject's bounds."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
EXTRAS = ("test", "lint")  # what run.py installs


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins() -> dict[str, str]:
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    found = {}
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin (NAME==VERSION)"
            found[canonical(name)] = version
    return found


def project_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    listed = list(project["dependencies"])
    for extra in EXTRAS:
        listed += project["optional-dependencies"][extra]
    return [Requirement(text) for text in listed]


def installed_closure(requirements: list[Requirement]) -> dict[str, str]:
    """Every distribution the requirements pull in (markers evaluated here), with its installed version."""
    seen: dict[str, str] = {}
    todo = [r for r in requirements if r.marker is None or r.marker.evaluate()]
    while todo:
        requirement = todo.pop()
        name = canonical(requirement.name)
        if name in seen:
            continue
        distribution = metadata.distribution(requirement.name)
        seen[name] = distribution.version
        for text in distribution.requires or []:
            child = Requirement(text)
            wanted = [{"extra": extra} for extra in requirement.extras] or [{"extra": ""}]
            if child.marker is None or any(child.marker.evaluate(env) for env in wanted):
                todo.append(child)
    return seen


def test_every_installed_dependency_is_pinned_at_its_installed_version():
    pinned = pins()
    installed = installed_closure(project_requirements())
    missing = sorted(name for name in installed if name not in pinned)
    assert not missing, f"not in constraints.txt: {missing}; run python3 tools/update_constraints.py"
    different = {name: (version, pinned[name]) for name, version in installed.items() if pinned[name] != version}
    assert not different, f"installed vs pinned: {different}; run python3 tools/update_constraints.py"


def test_the_pins_fall_within_pyprojects_bounds():
    pinned = pins()
    for requirement in project_requirements():
        version = pinned.get(canonical(requirement.name))
        assert version is not None, f"{requirement.name} is not pinned in constraints.txt"
        assert Version(version) in SpecifierSet(str(requirement.specifier)), (requirement, version)


def test_libraries_whose_internals_chancery_uses_have_an_upper_bound():
    bounded = {canonical(r.name): r.specifier for r in project_requirements()}
    for name in ("pyside6-essentials", "docxtpl", "python-docx"):
        assert any(spec.operator in ("<", "<=", "~=", "==") for spec in bounded[name]), name
