"""The statement box shows how the printed sentence will start ("a déclaré que …")."""

from __future__ import annotations

import subprocess
import sys

from chancery.ui.editor import MeetingEditor

from .editor_helpers import show_editor


def test_each_language_shows_the_verbs_lead_in(qtbot, archive, seed):
    editor = show_editor(qtbot, MeetingEditor(archive, archive.settings()))
    editor.load(seed)
    rows = editor.content_page.statements.rows
    informed = rows[4]  # "informed": the text is what the counterpart was informed of
    assert informed.text.edit("fr").placeholderText() == (
        "a informé son homologue de … — groupe nominal\u00a0: « l’importance du dialogue »")
    assert informed.text.edit("en").placeholderText() == (
        "informed his counterpart of … — noun phrase: “the importance of dialogue”")

    # The hint also says which tense the reported speech takes.
    row = editor.content_page.statements.add_row()
    row.verb.set_value("said")
    assert row.text.edit("fr").placeholderText() == "a déclaré que … — imparfait\u00a0: « constituaient »"
    assert row.text.edit("en").placeholderText() == "said that … — past tense: “were”"
    row.verb.set_value(None)
    assert "whole sentence" in row.text.edit("en").placeholderText()


def test_the_lexicon_loads_without_the_document_libraries():
    """The form imports chancery.render.lexicon on the GUI thread: it must stay light."""
    code = ("import sys; from chancery.render import lexicon; lexicon.hint('said', 'fr'); "
            "print(sorted(m for m in ('docx', 'docxtpl', 'jinja2', 'babel', 'mammoth') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_a_statement_can_be_a_direct_quotation(qtbot, archive, seed):
    editor = show_editor(qtbot, MeetingEditor(archive, archive.settings()))
    editor.load(seed)
    row = editor.content_page.statements.rows[0]
    assert not row.quote.isChecked()
    assert "quote" not in row.value()  # an older record stays as it was
    row.quote.setChecked(True)
    assert row.value()["quote"] is True
    assert "quoted" in row.text.edit("en").placeholderText()
    row.quote.setChecked(False)
    assert "quote" not in row.value()
    quoted = dict(seed)
    quoted["statements"] = [dict(seed["statements"][0], quote=True)] + seed["statements"][1:]
    editor.load(quoted)
    assert editor.content_page.statements.rows[0].quote.isChecked()
