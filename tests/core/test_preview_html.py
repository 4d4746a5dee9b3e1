"""The quick preview (HTML straight from the render context) says what the Word file says."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from chancery import render
from chancery.render.preview import jinja_html


def _lines(page: str) -> list[str]:
    """The text of a preview page, one block (paragraph, heading, item, cell) a line."""
    body = re.sub(r"<style>.*?</style>", "", page, flags=re.S)
    body = re.sub(r"</(p|h\d|li|td|th)>", "\n", body)
    body = re.sub(r"<[^>]+>", "", body)
    return [html.unescape(line).strip() for line in body.splitlines() if line.strip()]


SHIPPED = [(info.id, info.language) for info in render.list_templates() if not info.user]


MEETINGS = Path(__file__).resolve().parents[1] / "fixtures" / "meetings"


@pytest.mark.parametrize(("template_id", "lang"), SHIPPED)
@pytest.mark.parametrize("source", ["seed", "audience-guest.json", "state-visit-several.json"])
def test_quick_view_has_the_text_of_the_exact_view(seed, source, template_id, lang):
    from chancery import record

    meeting = seed if source == "seed" else record.read_file(MEETINGS / source)[0]
    if render.missing_fields(meeting, lang, render.find_template(template_id).kind):
        pytest.skip(f"{source} has no complete {lang} text")
    quick = render.preview_page(meeting, template_id)
    exact = render.preview_page(meeting, template_id, exact=True)
    assert _lines(quick) == _lines(exact)
    assert "{%" not in quick and "{{" not in quick


def test_quick_view_in_another_language_and_with_french_ordinals(seed):
    page = render.preview_page(seed, "communique-en", lang="fr")
    assert "Bakou, 2 juillet" in page
    assert "30<sup>e</sup>" in page


def test_quick_view_escapes_what_was_typed(seed):
    seed["statements"][0]["text"]["en"] = "growth of <b>trade</b> & transport"
    page = render.preview_page(seed, "communique-en")
    assert "&lt;b&gt;trade&lt;/b&gt; &amp; transport" in page
    assert "<b>trade</b>" not in page


def test_missing_text_is_an_error_naming_the_field(seed):
    del seed["statements"][1]["text"]["fr"]
    with pytest.raises(render.RenderError, match=r"meeting\.statements\[1\]\.text\.fr"):
        render.preview_page(seed, "communique-fr")


def test_docxtpl_tags_become_jinja_around_their_element():
    converted = jinja_html(
        '<p>{%p if doc.letterhead %}</p><p class="x">{{ doc.<strong>letter</strong>head }}</p><p>{%p endif %}</p>'
        "<table><tr><td><p>{%tr for row in rows %}</p></td><td></td></tr>"
        "<tr><td><p>{{ row.a }}</p></td></tr><tr><td><p>{%tr endfor %}</p></td></tr></table>"
        "<p>{{r doc.x }} {%r if y %}z{%r endif %} {{ a &gt; b }} {{ “q” }}</p>")
    assert converted == (
        '{% if doc.letterhead %}<p class="x">{{ doc.letterhead }}</p>{% endif %}'
        "<table>{% for row in rows %}<tr><td><p>{{ row.a }}</p></td></tr>{% endfor %}</table>"
        '<p>{{ doc.x }} {% if y %}z{% endif %} {{ a > b }} {{ "q" }}</p>')


def test_a_user_template_is_shown_exactly(seed, data_dir):
    import shutil

    folder = data_dir / "templates"
    folder.mkdir(parents=True)
    shutil.copy(render.find_template("communique-en").path, folder / "mine-en.docx")
    page = render.preview_page(seed, "user/mine-en")
    assert _lines(page) == _lines(render.preview_page(seed, "communique-en"))
