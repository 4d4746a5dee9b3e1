"""Hostile user templates are refused within the limits, and a communiqué template sees nothing internal.

Each template of :mod:`tests.reliability.hostile_templates` is installed as a
user template, then checked and rendered as the preview and the export
would: every one must end in a RenderError (a message, not a crash) within
the sandbox's time limit, and no injection may leave a trace.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from chancery import paths
from chancery.render import RenderError, check_template, engine, render_document, sandbox

from . import hostile_templates

TIME_LIMIT = 2.5  # seconds per render or check in these tests (the program allows 20)
CASES = hostile_templates.catalogue(bomb_gigabytes=0.2)


@pytest.fixture(autouse=True)
def short_limits(monkeypatch):
    monkeypatch.setattr(sandbox, "TIME_LIMIT", TIME_LIMIT)


@pytest.fixture(autouse=True, scope="module")
def workers_end_with_the_module():
    yield
    sandbox.shutdown()


@pytest.mark.parametrize("case", [c for c in CASES if c.kind != "injection"], ids=lambda c: c.name)
def test_a_hostile_template_is_refused_within_the_limits(case, seed, tmp_path):
    _refused(case, seed, tmp_path)


@pytest.mark.parametrize("case", [c for c in CASES if c.kind == "injection"], ids=lambda c: c.name)
def test_an_injection_is_refused(case, seed, tmp_path, profile):
    if profile.name == "long":  # as the program runs it: in the worker
        _refused(case, seed, tmp_path)
        return
    target = tmp_path / "injection-en.docx"  # the fast profile: Jinja's sandbox, in this process
    case.build(target)
    assert engine.check_here(target)
    assert not (Path("/tmp") / hostile_templates.CANARY).exists()


def _refused(case, seed, tmp_path) -> None:
    canary = Path("/tmp") / hostile_templates.CANARY
    canary.unlink(missing_ok=True)
    target = paths.user_templates_dir() / f"hostile-{case.kind}-en.docx"
    case.build(tmp_path / target.name)
    shutil.move(tmp_path / target.name, target)
    started = time.monotonic()
    problems = check_template(target)
    checked = time.monotonic() - started
    assert problems, "the check found nothing wrong"
    assert all(len(p) < 400 for p in problems)
    engine._checked.clear()
    started = time.monotonic()
    with pytest.raises(RenderError) as caught:
        render_document(seed, f"user/{target.stem}")
    rendered = time.monotonic() - started
    margin = 2 * TIME_LIMIT + 10  # the check before the render, a worker starting on a loaded machine
    assert checked < margin and rendered < margin, (checked, rendered)
    assert "internal error" not in str(caught.value)
    assert not canary.exists(), "an injection escaped the sandbox"


def test_the_limits_name_what_went_wrong(seed, monkeypatch):
    target = paths.user_templates_dir() / "slow-en.docx"
    hostile_templates.with_paragraph(hostile_templates.LOOPS_AND_SIZES["nested ranges"], target)
    assert any("takes too long" in p for p in check_template(target))
    target.unlink()
    monkeypatch.setattr(sandbox, "TIME_LIMIT", 30.0)  # time enough to reach the memory limit on a loaded machine
    target = paths.user_templates_dir() / "greedy-en.docx"
    hostile_templates.with_paragraph(hostile_templates.LOOPS_AND_SIZES["a text doubled 40 times"], target)
    assert any("too much memory" in p for p in check_template(target))


def test_after_a_runaway_template_the_next_render_works(seed):
    slow = paths.user_templates_dir() / "slow-en.docx"
    hostile_templates.with_paragraph(hostile_templates.LOOPS_AND_SIZES["nested ranges"], slow)
    with pytest.raises(RenderError):
        render_document(seed, "user/slow-en")
    good = paths.user_templates_dir() / "good-en.docx"
    shutil.copy(paths.templates_dir() / "communique-en.docx", good)
    data = render_document(seed, "user/good-en")
    assert engine.docx_text(data) == engine.docx_text(render_document(seed, "communique-en"))


def test_shipped_templates_render_in_this_process(seed, monkeypatch):
    def no_worker(*_args, **_kwargs):
        raise AssertionError("a shipped template went to the sandbox")

    monkeypatch.setattr(sandbox, "call", no_worker)
    assert render_document(seed, "communique-fr")[:2] == b"PK"


def test_a_communique_template_sees_no_internal_material(seed):
    seed["internal"]["talking_points"] = [{"en": "CONFIDENTIAL-POINT"}]
    seed["notes"] = {"en": "PRIVATE-NOTE"}
    context = engine.visible_context(engine.build_context(seed, "en", kind="communique"), "communique")
    text = repr(context)
    assert "CONFIDENTIAL-POINT" not in text and "PRIVATE-NOTE" not in text
    assert "brief" not in context and "conversation" not in context
    briefing = engine.visible_context(engine.build_context(seed, "en", kind="briefing"), "briefing")
    assert "CONFIDENTIAL-POINT" in repr(briefing["meeting"])
