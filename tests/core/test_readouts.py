"""The regression corpus: real published readouts, their reviewed communiqués, and the generic checks.

Each record in ``tests/fixtures/readouts/`` restates a readout published by a
ministry or agency (source in the record's ``source`` field and in the
folder's README).  ``NAME.fr.txt`` and ``NAME.en.txt`` are the communiqués a
reviewer read and accepted; when the engine changes the wording, the test
fails and shows the difference.  To accept new wording, run

    CHANCERY_UPDATE_GOLDEN=1 python -m pytest tests/core/test_readouts.py

then read every changed file (``git diff tests/fixtures/readouts``) before
committing it.

The generic checks (:mod:`chancery.render.checks`) run over every corpus
record, every fixture meeting and the demo meetings, in both languages.

Records that give every text in Russian (those restated from Russian-language
sources, ``source.language = "ru"``, and others given Russian text) also have
``NAME.ru.txt``, and the checks run over them in Russian.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from chancery import record
from chancery.demo import generate_meetings
from chancery.render import prose, render_text
from chancery.render.checks import check_communique, sentences

FIXTURES = Path(__file__).parents[1] / "fixtures"
READOUTS = sorted((FIXTURES / "readouts").glob("*.json"))
MEETINGS = sorted((FIXTURES / "meetings").glob("*.json")) + [FIXTURES / "seed-meeting.json"]
LANGS = ("fr", "en")


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["meeting"]


def in_russian(path: Path) -> bool:
    return not record.missing_translations(record.normalize(load(path)), ["ru"])


RU_READOUTS = [p for p in READOUTS if in_russian(p)]
RU_MEETINGS = [p for p in MEETINGS if in_russian(p)]


def test_the_corpus_is_large_and_varied():
    records = [load(p) for p in READOUTS]
    assert len(records) >= 20
    kinds = {m["kind"] for m in records}
    assert kinds == {"bilateral_meeting", "official_visit", "working_visit", "state_visit", "phone_call",
                     "videoconference", "sidelines", "audience", "signing_ceremony", "political_consultations"}
    publishers = {m["source"].get("publisher") or m["source"].get("agency") for m in records}
    assert len(publishers) >= 15
    people = [p for m in records for p in m["participants"]]
    assert any(p["gender"] == "f" and p["role"] == "principal" for p in people)
    assert any(p.get("organization") for p in people)
    assert any(m["documents_signed"] for m in records)
    assert any(s.get("date") for m in records for s in m["next_steps"])
    assert any(isinstance(t, dict) for m in records for t in m["topics"])
    for m in records:
        assert m["source"]["url"].startswith("http")
        assert not record.validate(m), m["id"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", READOUTS, ids=[p.stem for p in READOUTS])
def test_golden_communique(path: Path, lang: str):
    text = render_text(load(path), lang)
    golden = path.with_suffix(f".{lang}.txt")
    if os.environ.get("CHANCERY_UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"no golden file {golden.name}: render it, read it, then commit it"
    assert text == golden.read_text(encoding="utf-8")


def test_the_russian_corpus_comes_from_russian_sources():
    records = [load(p) for p in RU_READOUTS]
    from_russian = [m for m in records if m["source"].get("language") == "ru"]
    assert len(from_russian) >= 10
    assert len({m["source"]["publisher"] for m in from_russian}) >= 8
    assert len({m["kind"] for m in from_russian}) >= 4
    for m in from_russian:
        assert not record.missing_translations(m, ["fr", "en", "ru"]), m["id"]


@pytest.mark.parametrize("path", RU_READOUTS, ids=[p.stem for p in RU_READOUTS])
def test_golden_communique_in_russian(path: Path):
    test_golden_communique(path, "ru")


@pytest.mark.parametrize("path", RU_READOUTS + RU_MEETINGS, ids=[p.stem for p in RU_READOUTS + RU_MEETINGS])
def test_generic_checks_in_russian(path: Path):
    meeting = record.normalize(load(path))
    problems = check_communique(meeting, "ru", prose.communique(meeting, "ru"))
    assert not problems, "\n".join(str(p) for p in problems)


def _cases():
    cases = [(p.stem, load(p)) for p in READOUTS + MEETINGS]
    cases += [(f"demo-{i}", m) for i, m in enumerate(generate_meetings(60))]
    return cases


CASES = _cases()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name,meeting", CASES, ids=[c[0] for c in CASES])
def test_generic_checks(name: str, meeting: dict, lang: str):
    meeting = record.normalize(meeting)
    problems = check_communique(meeting, lang, prose.communique(meeting, lang))
    assert not problems, "\n".join(str(p) for p in problems)


def test_the_checks_catch_what_they_describe():
    """Each check fires on a text that has the fault (a check that cannot fail proves nothing)."""
    meeting = record.normalize(load(FIXTURES / "seed-meeting.json"))
    doc = prose.communique(meeting, "fr")
    bad = dict(doc)
    bad["lead"] = sentences(doc["lead"])[0]  # the lead without its signing sentence
    bad["paragraphs"] = [
        "Les ministres ont ont examiné la situation.",
        "Il a également souligné l’importance du dialogue et a également salué les progrès.",
        "Le ministre kirghiz de la République kirghize a parlé.",
        "Le ministre a souligné la coopération dans la région et la coopération dans la région et ailleurs.",
        "Les parties ont évoqué ce programme.",
        "Les parties ont signé le programme.",
        "Lors de l’entretien, puis de l’entretien et de l’entretien, rien.",
        "Rouslan Kazakbaïev a parlé. Rouslan Kazakbaïev a conclu.",
    ]
    found = {p.check for p in check_communique(meeting, "fr", bad)}
    assert found >= {"repeated-word", "also-twice", "demonym-and-country", "repeated-sequence",
                     "document-before-signing", "same-opening", "meeting-noun", "full-name"}
