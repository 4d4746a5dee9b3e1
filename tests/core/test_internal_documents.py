"""The briefing note and the record of conversation, rendered and read back.

The archive holds three earlier meetings (tests/fixtures/history/): two with
the seed's counterpart, one with his country only, an invitation honoured by
the seed's visit, one still open, next steps open and done.
"""

from __future__ import annotations

import copy
import io
import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from docx import Document

from chancery import record
from chancery.render import RenderError, docx_to_pdf, pdf_available, render_document
from chancery.render.engine import find_template

FIXTURES = Path(__file__).parents[1] / "fixtures"
HISTORY = sorted((FIXTURES / "history").glob("*.json"))
MEETINGS = sorted((FIXTURES / "meetings").glob("*.json"))
INTERNAL = ["briefing-fr", "briefing-en", "record-fr", "record-en"]


@pytest.fixture
def history(archive):
    for path in HISTORY:
        for meeting in record.read_file(path):
            archive.save(meeting)
    return archive


def read(data: bytes) -> Document:
    return Document(io.BytesIO(data))


def plain(text: str) -> str:
    """Compare across typography: no-break spaces and curly apostrophes as typed."""
    return unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u2019", "'").replace("\u202f", " ")


def blocks(document) -> list[tuple[str, str]]:
    """(style, text) of every body paragraph in order, table cells' paragraphs included."""
    out = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = next(p for p in document.paragraphs if p._p is child)
            out.append((paragraph.style.name, plain(paragraph.text)))
        elif tag == "tbl":
            table = next(t for t in document.tables if t._tbl is child)
            for row in table.rows:
                for cell in row.cells:
                    out += [(p.style.name, plain(p.text)) for p in cell.paragraphs]
    return out


def section(document, heading: str, level: int = 1) -> list[tuple[str, str]]:
    """The blocks under a heading, up to the next heading of the same or a higher level."""
    found = blocks(document)
    styles = {f"Heading {n}" for n in range(1, level + 1)}
    start = next(i for i, (style, text) in enumerate(found) if style == f"Heading {level}" and text == heading)
    end = next((i for i in range(start + 1, len(found)) if found[i][0] in styles), len(found))
    return found[start + 1:end]


def texts(items: list[tuple[str, str]]) -> str:
    return "\n".join(text for _style, text in items)


# -- briefing note -----------------------------------------------------------------


def test_briefing_names_both_earlier_meetings_with_the_counterpart(seed, history):
    document = read(render_document(seed, "briefing-fr", archive=history))
    profile = section(document, "Votre interlocuteur")
    assert profile[0] == ("Heading 2", "Rouslan Kazakbaïev")
    joined = texts(profile)
    assert "Fonction actuelle : ministre des Affaires étrangères du Kirghizistan." in joined
    assert "Rencontres précédentes (2, depuis 2020) :" in joined
    bullets = [text for style, text in profile if style == "List Bullet"]
    assert bullets[0].startswith("18 juin 2021 — rencontre en marge du Forum diplomatique d'Antalya, "
                                 "avec Djeyhoun Baïramov : sécurité régionale ; signature : plan de consultations")
    assert bullets[1].startswith("10 décembre 2020 — entretien téléphonique avec Djeyhoun Baïramov : agenda bilatéral")
    assert ("« Plan de consultations entre les ministères des Affaires étrangères pour 2021-2022 » "
            "(18 juin 2021)") in bullets
    assert "Première rencontre" not in joined
    # The meeting with his deputy is with the country, not with him.
    background = texts(section(document, "Contexte"))
    assert "Autres rencontres avec le Kirghizistan" in background
    assert "10 février 2021 — consultations politiques à Bakou, avec Toural Hassanov" in background
    assert "Toural Hassanov" not in joined

    english = read(render_document(seed, "briefing-en", archive=history))
    profile = texts(section(english, "The counterpart"))
    assert "Earlier meetings with us (2, since 2020):" in profile
    assert "18 June 2021 — meeting on the sidelines of the Antalya Diplomacy Forum, with Jeyhun Bayramov" in profile
    assert "10 December 2020 — telephone conversation with Jeyhun Bayramov" in profile


def test_invitation_not_followed_by_a_visit_is_open(seed, history):
    document = read(render_document(seed, "briefing-fr", archive=history))
    open_items = texts(section(document, "Suites en attente", level=2))
    assert ("Invitation adressée le 18 juin 2021 par Rouslan Kazakbaïev à Djeyhoun Baïramov à effectuer une "
            "visite officielle au Kirghizistan : acceptée, pas encore honorée.") in open_items
    # The invitation of December 2020 to visit Azerbaijan is honoured by this very visit,
    # not by the deputies' consultations held in Baku in between.
    assert "10 décembre 2020" not in open_items
    background = texts(section(document, "Contexte"))
    assert ("Cette visite donnera suite à l'invitation adressée le 10 décembre 2020 par Djeyhoun Baïramov "
            "à Rouslan Kazakbaïev.") in background
    # Next steps: open ones with their owner and date; the one marked done is not listed. A meeting to be held
    # has the date it is planned for, not a deadline.
    assert ("Organiser une réunion du groupe de travail sur le transit — convenu le 18 juin 2021, "
            "date prévue : 30 septembre 2021, responsable : Direction Asie centrale.") in open_items
    assert ("Tenir la prochaine série de consultations à Bichkek — convenu le 10 février 2021, "
            "date prévue : 28 février 2022.") in open_items
    assert "listes de projets prioritaires" not in open_items


def test_a_later_visit_closes_the_invitation(seed, history):
    visit = copy.deepcopy(seed)
    visit.update(id="7c0a1e52-0004-4c55-9a77-2b1d1f0e7a01", date="2021-10-05", our_side="guest",
                 place={"city": {"fr": "Bichkek", "en": "Bishkek"}, "country": "KG", "venue": None},
                 documents_signed=[], anniversaries=[])
    visit["participants"][0]["side"], visit["participants"][1]["side"] = "guest", "host"
    visit["publication"]["date"] = "2021-10-05"
    history.save(visit)
    later = copy.deepcopy(seed)
    later.update(id="7c0a1e52-0005-4c55-9a77-2b1d1f0e7a01", date="2022-03-01", kind="phone_call", format=None,
                 documents_signed=[], anniversaries=[])
    later["publication"]["date"] = "2022-03-01"
    english = read(render_document(later, "briefing-en", archive=history))
    open_items = texts(section(english, "Open follow-up", level=2))
    assert "18 June 2021 by Ruslan Kazakbaev" not in open_items
    assert ("Convene the working group on transit — agreed on 18 June 2021, planned for 30 September 2021 "
            "(date passed)") in open_items
    profile = texts(section(english, "The counterpart"))
    assert "Earlier meetings with us (3, since 2020):" in profile  # the seed is not saved: call, Antalya, Bishkek
    # A declined invitation is never open.
    history.save({**copy.deepcopy(visit), "invitations": [{"from": "p2", "to": "p1", "visit": "state_visit",
                                                             "accepted": False}]})
    english = read(render_document(later, "briefing-en", archive=history))
    assert "state visit" not in texts(section(english, "Open follow-up", level=2))
    assert "invitation to a state visit" in texts(section(english, "The counterpart"))  # it was extended


def test_earlier_titles_and_first_meeting(seed, archive):
    first = read(render_document(seed, "briefing-en", archive=archive))
    assert "First meeting with us." in texts(section(first, "The counterpart"))
    # Without an archive nothing is claimed about the past.
    unknown = read(render_document(seed, "briefing-en"))
    assert "First meeting" not in texts(blocks(unknown))
    assert "Background" in texts(blocks(unknown))  # the coming anniversary is known from the record

    earlier = record.read_file(HISTORY[0])[0]
    earlier["participants"][1]["title"] = {"fr": "premier vice-ministre des Affaires étrangères",
                                           "en": "First Deputy Minister of Foreign Affairs"}
    archive.save(earlier)
    # The directory finds him through any spelling: here only the Russian one is given.
    renamed = copy.deepcopy(seed)
    renamed["participants"][1]["name"]["ru"] = "Руслан Казакбаев"
    for lang in ("fr", "en"):
        renamed["participants"][1]["name"][lang] = "R. Kazakbaev"
    profile = texts(section(read(render_document(renamed, "briefing-en", archive=archive)), "The counterpart"))
    assert "Earlier offices: First Deputy Minister of Foreign Affairs (2020)." in profile
    assert "Earlier meetings with us (1):" in profile


def test_purpose_is_a_neutral_sentence_in_the_future_tense(seed):
    texts_fr = [plain(p.text) for p in read(render_document(seed, "briefing-fr")).paragraphs]
    purpose = texts_fr[texts_fr.index("Objet et objectifs") + 1]
    assert purpose.startswith("L'entretien avec Rouslan Kazakbaïev, à l'occasion de sa visite officielle en "
                              "Azerbaïdjan, permettra d'examiner l'agenda bilatéral")
    assert "s'est entretenu" not in purpose  # never the communiqué's lead
    assert purpose.endswith("La signature d'un programme de coopération est prévue.")

    seed["internal"]["objectives"] = [{"fr": "obtenir un calendrier", "en": "obtain a timetable"}]
    texts_en = [p.text for p in read(render_document(seed, "briefing-en")).paragraphs]
    assert texts_en[texts_en.index("Purpose and objectives") + 1] == "Obtain a timetable."

    call = copy.deepcopy(seed)
    call.update(kind="phone_call", format=None, topics=[], cooperation_areas=[], documents_signed=[])
    call["internal"]["objectives"] = []
    texts_en = [p.text for p in read(render_document(call, "briefing-en")).paragraphs]
    assert texts_en[texts_en.index("Purpose and objectives") + 1] == (
        "The telephone conversation with Ruslan Kazakbaev will take stock of relations with Kyrgyzstan.")


@pytest.mark.parametrize("path", MEETINGS, ids=[p.stem for p in MEETINGS])
def test_no_empty_section_and_the_author_is_never_the_agency(path, archive):
    meeting = json.loads(path.read_text(encoding="utf-8"))["meeting"]
    agency = (meeting.get("publication") or {}).get("agency")
    for template in INTERNAL:
        document = read(render_document(meeting, template, archive=archive))
        found = blocks(document)
        joined = texts(found)
        assert "Nothing recorded" not in joined and "Néant" not in joined
        for i, (style, text) in enumerate(found):
            if style == "Heading 1":
                assert i + 1 < len(found) and found[i + 1][0] != "Heading 1", f"{template}: empty section {text}"
        author = document.core_properties.author
        agencies = set(agency.values()) if isinstance(agency, dict) else {agency}
        assert author and author not in agencies, template
        prepared = meeting["internal"].get("prepared_by")
        assert author == (prepared or author), template


def test_talking_points_still_to_write_is_said_once_at_the_top(seed):
    document = read(render_document(seed, "briefing-en"))
    found = blocks(document)
    todo = [i for i, (_style, text) in enumerate(found) if text == "Talking points are still to be written."]
    first_heading = next(i for i, (style, _text) in enumerate(found) if style == "Heading 1")
    assert len(todo) == 1 and todo[0] < first_heading
    assert "Talking points" not in [text for style, text in found if style == "Heading 1"]
    seed["internal"]["talking_points"] = [{"fr": "saluer la visite", "en": "welcome the visit"}]
    seed["internal"]["sensitivities"] = {"fr": "Ne pas évoquer X.", "en": "Do not raise X."}
    found = blocks(read(render_document(seed, "briefing-en")))
    assert "Talking points are still to be written." not in texts(found)
    assert ("Heading 1", "Talking points") in found and ("List Bullet", "Welcome the visit.") in found
    assert ("Heading 1", "Sensitivities and points to avoid") in found and ("Normal", "Do not raise X.") in found


def test_heading_block_author_and_addressee(seed):
    seed["internal"].update(prepared_by="Direction Asie centrale", cleared_by="A. Mammadov")
    document = read(render_document(seed, "briefing-fr", settings={"ministry": {"fr": "ministère des Affaires "
                                                                                      "étrangères"}}))
    cells = [plain(cell.text) for table in document.tables for row in table.rows for cell in row.cells]
    assert "Rédigé par : Direction Asie centrale" in cells and "Validé par : A. Mammadov" in cells
    assert any(cell.startswith("Date : ") for cell in cells) and any(cell.startswith("Réf. : ") for cell in cells)
    assert document.paragraphs[1].text == "Note pour le Ministre"
    assert document.core_properties.author == "Direction Asie centrale"
    seed["internal"]["prepared_by"] = None
    document = read(render_document(seed, "briefing-fr", settings={"ministry": {"fr": "ministère des Affaires "
                                                                                      "étrangères"}}))
    assert document.core_properties.author == "Ministère des Affaires étrangères"
    # Our principal is a woman president: the note is addressed to her; a setting overrides it.
    seed["participants"][0].update(gender="f", title={"fr": "présidente de la République", "en": "President"})
    assert read(render_document(seed, "briefing-fr")).paragraphs[0].text == "Note pour la Présidente"
    assert read(render_document(seed, "briefing-en")).paragraphs[0].text == "Note for the President"
    addressee = {"briefing_addressee": {"fr": "Note pour M. le Ministre"}}
    custom = read(render_document(seed, "briefing-fr", settings=addressee))
    assert custom.paragraphs[0].text == "Note pour M. le Ministre"


# -- record of conversation ------------------------------------------------------------


def test_record_of_conversation_of_the_seed(seed):
    document = read(render_document(seed, "record-fr"))
    found = blocks(document)
    assert found[0] == ("Document Label", "Compte rendu d'entretien")
    discussion = section(document, "Déroulement de l'entretien")
    speakers = {text: i for i, (style, text) in enumerate(discussion) if style == "Heading 2"}
    assert list(speakers) == ["Djeyhoun Baïramov (ministre des Affaires étrangères de l'Azerbaïdjan)",
                              "Rouslan Kazakbaïev (ministre des Affaires étrangères du Kirghizistan)",
                              "Les deux parties"]

    def said_under(heading: str) -> str:
        return texts(section(document, heading, level=2))

    headings = list(speakers)
    for statement in seed["statements"]:
        words = plain(statement["text"]["fr"])[:60]
        speaker = {"p1": headings[0], "p2": headings[1], "both": headings[2]}[statement["speaker"]]
        assert words in said_under(speaker), (speaker, words)
        for other in headings:
            if other != speaker:
                assert words not in said_under(other)
    # Reported speech from the wording engine: a short form, then pronouns and varied verbs.
    assert said_under(headings[0]).startswith("M. Baïramov a déclaré que les liens historiques")
    assert ". Il a ajouté que les visites mutuelles" in said_under(headings[0])

    signed = texts(section(document, "Documents signés"))
    assert signed.startswith("« Programme de coopération entre le ministère des Affaires étrangères de la "
                             "République d'Azerbaïdjan et le ministère des Affaires étrangères de la "
                             "République kirghize pour 2021-2022 », signé par Djeyhoun Baïramov et Rouslan Kazakbaïev")
    summary = texts(section(document, "Résumé"))
    assert summary.startswith("Le ministre azerbaïdjanais des Affaires étrangères, Djeyhoun Baïramov, s'est entretenu")
    assert summary.endswith("les ministres ont signé le « Programme de coopération entre le ministère des Affaires "
                            "étrangères de la République d'Azerbaïdjan et le ministère des Affaires étrangères de la "
                            "République kirghize pour 2021-2022 ».")

    table = next(t for t in document.tables if plain(t.rows[0].cells[0].text) == "Action")
    assert [plain(c.text) for c in table.rows[0].cells] == ["Action", "Responsable", "Échéance"]
    rows = [[plain(c.text) for c in row.cells] for row in table.rows[1:]]
    assert ["Suivre la mise en œuvre du programme de coopération pour 2021-2022", "à désigner", "2022"] in rows
    assert ["Préparer la célébration du 30e anniversaire de l'établissement des relations diplomatiques",
            "à désigner", "2022"] in rows
    assert ("Heading 1", "Suites à donner") in found


def test_record_follow_up_owner_decisions_and_distribution(seed):
    seed["next_steps"] = [
        {"text": {"fr": "tenir une réunion de la commission intergouvernementale",
                  "en": "hold a meeting of the intergovernmental commission"},
         "date": "2021-10-14", "owner": "Direction Asie centrale"},
        {"text": {"fr": "échanger les listes de projets", "en": "exchange the lists of projects"}, "date": None,
         "done": True},
    ]
    seed["invitations"] = [{"from": "p2", "to": "p1", "visit": "official_visit", "accepted": True}]
    seed["statements"].append({"speaker": "both", "verb": "agreed",
                               "text": {"fr": "intensifier les contacts", "en": "step up contacts"}})
    seed["internal"]["distribution"] = ["Cabinet du Ministre", "Direction Asie centrale"]
    document = read(render_document(seed, "record-en"))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Action")
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    assert rows[0] == ["Hold a meeting of the intergovernmental commission", "Direction Asie centrale",
                       "14 October 2021"]
    assert rows[1] == ["Exchange the lists of projects (done)", "to be assigned", "—"]
    assert ["Prepare the official visit of Jeyhun Bayramov to Kyrgyzstan", "to be assigned", "—"] in rows
    decisions = texts(section(document, "Decisions and agreements"))
    assert "The ministers agreed to step up contacts." in decisions
    assert "invited his counterpart to pay an official visit to Kyrgyzstan" in decisions
    assert "step up contacts" not in texts(section(document, "Discussion"))
    assert [text for _style, text in section(document, "Distribution")] == ["Cabinet du Ministre",
                                                                            "Direction Asie centrale"]


def test_record_template_kind_from_its_file_name(tmp_path, seed):
    from chancery import paths

    shutil.copy(paths.templates_dir() / "record-en.docx", paths.user_templates_dir() / "my-minutes-en.docx")
    info = find_template("user/my-minutes-en")
    assert info.kind == "record" and info.language == "en"
    assert "Record of conversation" in texts(blocks(read(render_document(seed, "user/my-minutes-en"))))


def test_internal_documents_in_an_unsupported_language_say_so(seed):
    seed.update(statements=[], documents_signed=[])
    with pytest.raises(RenderError, match=r"'de'|\(de\)"):
        render_document(seed, "record-fr", lang="de")


# -- on paper (LibreOffice) ------------------------------------------------------------


def pdf_pages(data: bytes) -> list[str]:
    pdf = docx_to_pdf(data)
    text = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True).stdout.decode()
    return [plain(page) for page in text.split("\f") if page.strip()]


@pytest.mark.slow
@pytest.mark.skipif(not pdf_available() or not shutil.which("pdftotext"), reason="needs LibreOffice and pdftotext")
def test_heading_block_with_the_title_and_last_page_never_a_lone_block(seed, history):
    long = copy.deepcopy(seed)
    long["internal"]["talking_points"] = [
        {"fr": f"point {n} : " + "la coopération doit progresser " * 6,
         "en": f"point {n}: " + "cooperation must move on " * 6}
        for n in range(12)]
    long["internal"]["prepared_by"] = "Direction Asie centrale"
    long["internal"]["cleared_by"] = "Directeur"
    for template, data in (("briefing-fr", render_document(seed, "briefing-fr", archive=history)),
                           ("briefing-en", render_document(long, "briefing-en", archive=history)),
                           ("record-fr", render_document(long, "record-fr"))):
        pages = pdf_pages(data)
        assert len(pages) >= 2, template
        marking = "USAGE INTERNE" if template.endswith("fr") else "INTERNAL"
        prepared = "Rédigé par" if template.endswith("fr") else "Prepared by"
        # The prepared/cleared block is on the first page, under the title.
        assert prepared in pages[0] and all(prepared not in page for page in pages[1:]), template
        for number, page in enumerate(pages, 1):
            lines = [line.strip() for line in page.splitlines() if line.strip()]
            body = [line for line in lines if line != marking and not re.fullmatch(r"Page \d+ (sur|of) \d+", line)]
            assert len(body) >= 3, f"{template}: page {number} holds only {body}"
        assert re.search(r"Page (\d+) (sur|of) \1", pages[-1]), template


def test_a_call_has_sides_not_host_and_visiting_delegations(seed):
    seed.update(kind="phone_call", format=None, initiated_by="guest", documents_signed=[])
    record_fr = read(render_document(seed, "record-fr"))
    labels = [text for style, text in section(record_fr, "Participants") if style == "Heading 2"]
    assert labels == ["Partie azerbaïdjanaise", "Partie kirghize (à l'origine de l'appel)"]
    assert "chef de délégation" not in texts(section(record_fr, "Participants"))
    brief_en = read(render_document(seed, "briefing-en"))
    annex = section(brief_en, "Annex: participants")
    assert [text for style, text in annex if style == "Heading 2"] == ["Azerbaijani side", "Kyrgyz side (caller)"]
    seed["statements"] = []  # the fixture's statements have no Russian text
    brief_ru = read(render_document(seed, "briefing-ru"))
    annex = section(brief_ru, "Приложение: участники")
    assert [text for style, text in annex if style == "Heading 2"] == ["Азербайджанская сторона",
                                                                       "Кыргызская сторона (инициатор разговора)"]


def test_the_record_summary_is_in_the_past(seed):
    seed["initiated_by"] = "host"
    summary = texts(section(read(render_document(seed, "record-en")), "Summary"))
    assert "Ruslan Kazakbaev, who was on an official visit" in summary
    assert "The visit took place at the invitation of the Azerbaijani side." in summary
    summary = texts(section(read(render_document(seed, "record-fr")), "Résumé"))
    assert "La visite a eu lieu à l'invitation de la partie azerbaïdjanaise." in summary


def test_vocabulary_words_follow_the_house_spelling(seed):
    british = texts(blocks(read(render_document(seed, "briefing-en"))))
    assert "Cooperation within international organisations" in british and "organizations" not in british
    american = texts(blocks(read(render_document(seed, "briefing-en",
                                                 settings={"house_style": {"en_variant": "en-US"}}))))
    assert "Cooperation within international organizations" in american and "July 2, 2021" in american
