"""The preview pane renders in the background and shows missing fields."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import copy

import pytest

pytest.importorskip("pytestqt")

from chancery.ui.preview import PreviewPane


def test_preview_shows_the_rendered_communique(qtbot, seed):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.set_template("communique-fr")
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.set_record(seed)
    assert "Bakou, 2 juillet, AZERTAC" in pane.last_html
    assert "Bakou, 2 juillet, AZERTAC" in pane.view.toPlainText()
    assert pane.language() == "fr"


def test_language_follows_template_and_can_be_changed(qtbot, seed):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.set_template("communique-en")
    assert pane.language() == "en"
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.set_record(seed)
    assert "Baku, 2 July, AZERTAC" in pane.last_html
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.set_language("fr")
    assert "Bakou, 2 juillet" in pane.last_html


def test_typing_is_debounced_and_only_the_last_state_shows(qtbot, seed):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.set_template("communique-en")
    shown = []
    pane.rendered.connect(shown.append)
    for i in range(5):  # five keystrokes in quick succession
        edited = copy.deepcopy(seed)
        edited["place"]["city"]["en"] = "Baku" + "!" * i
        edited["publication"]["dateline"]["en"] = "Baku" + "x" * i
        pane.set_record(edited)
    assert pane.is_busy()
    qtbot.waitUntil(lambda: len(shown) >= 1 and not pane.is_busy(), timeout=20000)
    assert len(shown) == 1
    assert "Bakuxxxx, 2 July" in shown[0]


def test_missing_fields_are_shown(qtbot, seed):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.set_template("communique-fr")
    del seed["statements"][2]["text"]["fr"]
    with qtbot.waitSignal(pane.failed, timeout=20000) as blocker:
        pane.set_record(seed)
    assert "meeting.statements[2].text.fr" in blocker.args[0]
    assert pane.status.isVisibleTo(pane)


def test_briefing_preview_shows_marking(qtbot, seed):
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.set_template("briefing-en")
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.set_record(seed)
    assert "INTERNAL" in pane.last_html


def test_preview_in_russian(qtbot, seed):
    """The Russian communiqué in the preview; a record without Russian statements names what is missing."""
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.set_template("communique-ru")
    assert pane.language() == "ru"
    with qtbot.waitSignal(pane.failed, timeout=30000) as blocker:
        pane.set_record(seed)
    assert "meeting.statements[0].text.ru" in blocker.args[0]
    russian = copy.deepcopy(seed)
    for statement in russian["statements"]:
        statement["text"]["ru"] = "отношения успешно развиваются"
    russian["documents_signed"][0]["title"]["ru"] = "Программа сотрудничества на 2021–2022 годы"
    with qtbot.waitSignal(pane.rendered, timeout=30000):
        pane.set_record(russian)
    text = pane.view.toPlainText().replace("\u00a0", " ")
    assert "Баку, 2 июля, AZERTAC" in text
    assert "министром иностранных дел Кыргызстана Русланом Казакбаевым" in text
    if os.environ.get("CHANCERY_SCREENSHOT"):  # a picture to look at: CHANCERY_SCREENSHOT=preview.png
        pane.resize(720, 900)
        pane.grab().save(os.environ["CHANCERY_SCREENSHOT"], "PNG")


def _spy_renders(monkeypatch) -> list[bool]:
    """Record, for each preview render, whether the exact Word view was asked for."""
    from chancery import render

    real = render.preview_page
    asked: list[bool] = []

    def spy(*args, **kwargs):
        asked.append(bool(kwargs.get("exact")))
        return real(*args, **kwargs)

    monkeypatch.setattr(render, "preview_page", spy)
    return asked


def _text_lines(pane) -> list[str]:
    return [line.strip() for line in pane.view.toPlainText().replace("\u00a0", " ").splitlines() if line.strip()]


def test_exact_word_layout_is_one_click_away_and_says_the_same(qtbot, seed, monkeypatch):
    asked = _spy_renders(monkeypatch)
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.set_template("communique-en")
    assert not pane.exact()
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.set_record(seed)
    quick = _text_lines(pane)
    assert asked == [False]
    assert any("Baku, 2 July, AZERTAC" in line for line in quick)
    with qtbot.waitSignal(pane.rendered, timeout=60000):
        pane.exact_box.setChecked(True)  # one click: the Word file, written and converted back
    assert asked == [False, True]
    assert pane.exact()
    assert _text_lines(pane) == quick
    with qtbot.waitSignal(pane.rendered, timeout=20000):
        pane.exact_box.setChecked(False)
    assert asked == [False, True, False]


def test_a_user_template_is_always_shown_exactly(qtbot, seed, data_dir, monkeypatch):
    import shutil

    from chancery import render

    folder = data_dir / "templates"
    folder.mkdir(parents=True)
    shutil.copy(render.find_template("communique-en").path, folder / "mine-en.docx")
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.set_template("user/mine-en")
    assert pane.template_id() == "user/mine-en"
    assert pane.exact() and not pane.exact_box.isChecked()
    with qtbot.waitSignal(pane.rendered, timeout=60000):
        pane.set_record(seed)
    assert "Baku, 2 July, AZERTAC" in pane.view.toPlainText()


def test_one_render_at_a_time_and_the_newest_state_follows(qtbot, seed, monkeypatch):
    """A change made while a render runs is rendered once that render ends; the older result is not shown."""
    import threading

    from chancery import render

    real = render.preview_page
    running, most = [0], [0]
    lock = threading.Lock()
    release = threading.Event()

    def slow(*args, **kwargs):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        try:
            release.wait(10)  # the first render holds until the test has made its changes
            return real(*args, **kwargs)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(render, "preview_page", slow)
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.set_template("communique-en")
    shown: list[str] = []
    pane.rendered.connect(shown.append)
    pane.set_record(seed)
    qtbot.waitUntil(lambda: running[0] == 1, timeout=10000)
    for city in ("Ganja", "Shusha"):  # typed while the first render runs
        edited = copy.deepcopy(seed)
        edited["publication"]["dateline"]["en"] = city
        pane.set_record(edited)
        qtbot.wait(50)
    release.set()
    qtbot.waitUntil(lambda: bool(shown) and not pane.is_busy(), timeout=20000)
    assert most[0] == 1
    assert len(shown) == 1 and "Shusha, 2 July" in shown[0]
