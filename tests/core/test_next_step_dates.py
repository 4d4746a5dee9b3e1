"""A next step's date: the day of an event to be held, or the deadline of a task.

A meeting, visit, session, round of consultations or forum to be held keeps its date ("to hold the next
round of consultations in Astana on 18 June", "de tenir le 18 juin …", "провести 18 июня …"); any other
step is a task whose date is a deadline ("to exchange draft texts by 18 June", "d'échanger d'ici le
18 juin …", "обменяться до 18 июня …"). Checked in French, English and Russian, in the communiqué, the
record of conversation's decisions and the briefing note's open follow-up.
"""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path

import pytest
from docx import Document

from chancery.render import prose, render_document
from chancery.render.plan import next_step_is_event
from chancery.render.typography import NBSP

FIXTURES = Path(__file__).parents[1] / "fixtures"

EXCHANGE = {"fr": "échanger les projets de textes des accords en cours de négociation",
            "en": "exchange draft texts of the agreements under negotiation",
            "ru": "обменяться проектами текстов соглашений, находящихся на согласовании"}
ROUND = {"fr": "tenir le prochain cycle de consultations politiques à Astana",
         "en": "hold the next round of political consultations in Astana",
         "ru": "провести очередной раунд политических консультаций в Астане"}


def base() -> dict:
    """The reference meeting (Baku, 2 July 2021) with no statements or signing, so any language renders."""
    meeting = copy.deepcopy(json.loads((FIXTURES / "seed-meeting.json").read_text(encoding="utf-8"))["meeting"])
    meeting.update(statements=[], documents_signed=[], anniversaries=[], invitations=[], cooperation_areas=[])
    return meeting


def with_steps(*steps: tuple[dict, str | None]) -> dict:
    meeting = base()
    meeting["next_steps"] = [{"text": dict(text), "date": date} for text, date in steps]
    return meeting


def communique(meeting: dict, lang: str) -> str:
    doc = prose.communique(meeting, lang)
    return "\n".join(doc["all_paragraphs"]).replace(NBSP, " ").replace("\u2019", "'")


# -- the decision ------------------------------------------------------------------------------------------

EVENTS = [
    "hold the next round of consultations in Bishkek", "Tenir le prochain cycle de consultations politiques à Bichkek",
    "Провести очередной раунд политических консультаций в Бишкеке", "convene the working group on transit",
    "Réunir le groupe de travail sur les transports", "Созвать рабочую группу по транспорту и транзиту",
    "organise a business forum in Baku", "organiser une visite de travail de M. Lavrov à Minsk",
    "Организовать бизнес-форум в Баку", "tenir la prochaine session de la commission mixte",
    "discuss, at the meeting of NATO Foreign Ministers, what more NATO can do",
    "examiner, lors de la réunion des ministres de l'OTAN, le soutien à apporter", "обсудить на очередном заседании",
    "meet again in Astana", "se réunir à nouveau à Astana", "встретиться в Астане", "a new meeting in Astana",
    "take part in the forum", "принять участие в форуме",
    "tenir prochainement au Pérou la VIIe Rencontre présidentielle",
    "pay an official visit to Kyrgyzstan", "effectuer une visite officielle au Kirghizistan",
    "совершить официальный визит в Кыргызстан", "resume the talks in Geneva", "reprendre les pourparlers à Genève",
    "возобновить переговоры в Женеве",
]
TASKS = [
    "exchange draft texts of the agreements", "Échanger les projets de textes des accords en cours de négociation",
    "Обменяться проектами текстов соглашений", "Agree on the dates of the next visit through diplomatic channels",
    "Convenir des dates de la prochaine visite par la voie diplomatique",
    "Согласовать по дипломатическим каналам сроки следующего визита", "prepare a draft programme of cooperation",
    "Préparer un projet de programme de coopération", "Подготовить проект программы сотрудничества",
    "prepare the visit", "préparer la visite du président", "провести работу по подготовке визита",
    "tenir compte des résultats de la réunion", "take part in drafting the roadmap", "принять меры по итогам встречи",
    "submit proposals ahead of the meeting", "exchange the lists at expert level", "the exchange of lists",
    "resume bilateral contacts at all levels", "reprendre les contacts bilatéraux", "возобновить прямое авиасообщение",
]


@pytest.mark.parametrize("text", EVENTS)
def test_a_step_that_is_an_event_to_be_held(text):
    assert next_step_is_event(text)


@pytest.mark.parametrize("text", TASKS)
def test_a_step_that_is_a_task_with_a_deadline(text):
    assert not next_step_is_event(text)


def test_an_event_in_one_language_is_an_event_in_all():
    """The communiqués of one meeting agree: one language's text naming the session decides for all."""
    step = {"fr": "tenir la commission", "en": "hold the commission", "ru": "провести заседание комиссии"}
    assert next_step_is_event(step)
    meeting = with_steps((step, "2021-10-14"))
    assert "de tenir le 14 octobre la commission" in communique(meeting, "fr")
    assert "to hold the commission on 14 October" in communique(meeting, "en")


# -- the communiqué, in three languages ---------------------------------------------------------------------

def test_a_task_takes_its_date_as_a_deadline():
    meeting = with_steps((EXCHANGE, "2027-06-18"))
    fr, en, ru = (communique(meeting, lang) for lang in ("fr", "en", "ru"))
    assert "d'échanger d'ici le 18 juin 2027 les projets de textes des accords en cours de négociation." in fr
    assert "to exchange draft texts of the agreements under negotiation by 18 June 2027." in en
    assert "обменяться до 18 июня 2027 г. проектами текстов соглашений" in ru
    assert "échanger le 18" not in fr and " on 18 June" not in en and "обменяться 18" not in ru


def test_an_event_keeps_its_date():
    meeting = with_steps((ROUND, "2027-06-18"))
    fr, en, ru = (communique(meeting, lang) for lang in ("fr", "en", "ru"))
    assert "de tenir le prochain cycle de consultations politiques à Astana le 18 juin 2027." in fr
    assert "to hold the next round of political consultations in Astana on 18 June 2027." in en
    assert "провести 18 июня 2027 г. очередной раунд политических консультаций в Астане." in ru
    assert "d'ici" not in fr and " by 18" not in en and "до 18" not in ru


def test_an_event_and_a_task_in_one_sentence():
    meeting = with_steps((ROUND, "2021-10-14"), (EXCHANGE, "2021-09-01"))
    assert ("to hold the next round of political consultations in Astana on 14 October and to exchange draft texts "
            "of the agreements under negotiation by 1 September.") in communique(meeting, "en")
    assert "le 14 octobre et d'échanger d'ici le 1er septembre les projets" in communique(meeting, "fr")
    assert "в Астане и обменяться до 1 сентября проектами" in communique(meeting, "ru")


def test_a_first_step_with_the_frame_verb_takes_another_frame():
    """Not "sont convenus de convenir", "agreed to agree", "договорились договориться": the frame says decided."""
    dates = {"fr": "convenir des dates de la prochaine visite par la voie diplomatique",
             "en": "agree on the dates of the next visit through diplomatic channels",
             "ru": "договориться о сроках следующего визита по дипломатическим каналам"}
    meeting = with_steps((dates, "2027-05-15"), (EXCHANGE, None))
    fr, en, ru = (communique(meeting, lang) for lang in ("fr", "en", "ru"))
    assert "ont décidé de convenir d'ici le 15 mai 2027 des dates de la prochaine visite" in fr
    assert "decided to agree on the dates of the next visit through diplomatic channels by 15 May 2027" in en
    assert "решили договориться до 15 мая 2027 г. о сроках" in ru
    assert "convenus de convenir" not in fr and "agreed to agree" not in en and "договорились договориться" not in ru
    # a later step with the verb leaves the frame as it is: the two verbs are not side by side
    later = communique(with_steps((EXCHANGE, None), (dates, None)), "en")
    assert "agreed to exchange draft texts of the agreements under negotiation and to agree on the dates" in later


def test_a_deadline_ends_a_step_written_with_commas():
    step = {"fr": "échanger, par la voie diplomatique, les listes de projets prioritaires",
            "en": "exchange, through diplomatic channels, the lists of priority projects",
            "ru": "обменяться по дипломатическим каналам списками приоритетных проектов"}
    meeting = with_steps((step, "2021-09-01"))
    assert "to exchange, through diplomatic channels, the lists of priority projects by 1 September." in (
        communique(meeting, "en"))
    assert "d'échanger d'ici le 1er septembre, par la voie diplomatique, les listes" in communique(meeting, "fr")
    assert "обменяться до 1 сентября по дипломатическим каналам списками" in communique(meeting, "ru")


def test_a_month_or_a_year_typed_in_a_task_is_a_deadline():
    month = {"fr": "échanger les projets de textes en juin 2027", "en": "exchange draft texts in June 2027",
             "ru": "обменяться проектами текстов в июне 2027 года"}
    year = {"fr": "finaliser le texte de l'accord en 2027", "en": "finalise the text of the agreement in 2027",
            "ru": "завершить работу над текстом соглашения в 2027 году"}
    meeting = with_steps((month, None), (year, None))
    fr, en, ru = (communique(meeting, lang) for lang in ("fr", "en", "ru"))
    assert "d'échanger les projets de textes d'ici juin 2027 et de finaliser le texte de l'accord d'ici 2027." in fr
    assert "to exchange draft texts by June 2027 and to finalise the text of the agreement by 2027." in en
    assert "обменяться проектами текстов до июня 2027 года и завершить работу над текстом соглашения до 2027 года" in ru


def test_a_month_typed_in_an_event_stays_as_written():
    visit = {"fr": "tenir la prochaine session de la commission mixte en juin 2027",
             "en": "hold the next session of the joint commission in June 2027",
             "ru": "провести очередное заседание совместной комиссии в июне 2027 года"}
    meeting = with_steps((visit, None))
    assert "de la commission mixte en juin 2027." in communique(meeting, "fr")
    assert "of the joint commission in June 2027." in communique(meeting, "en")
    assert "совместной комиссии в июне 2027 года." in communique(meeting, "ru")


def test_a_period_or_a_deadline_already_written_is_left_alone():
    steps = ({"fr": "préparer un programme de coopération pour 2027-2028 avant le 1er mars",
              "en": "prepare a programme of cooperation for 2027-2028 before 1 March",
              "ru": "подготовить программу сотрудничества на 2027–2028 годы не позднее 1 марта"}, None)
    meeting = with_steps(steps)
    assert "pour 2027-2028 avant le 1er mars." in communique(meeting, "fr")
    assert "for 2027-2028 before 1 March." in communique(meeting, "en")
    assert "на 2027–2028 годы не позднее 1 марта." in communique(meeting, "ru")


# -- internal documents ----------------------------------------------------------------------------------------

def paragraphs(data: bytes) -> str:
    document = Document(io.BytesIO(data))
    found = [p.text for p in document.paragraphs]
    for table in document.tables:
        found += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(found).replace(NBSP, " ").replace("\u202f", " ").replace("\u2019", "'")


@pytest.mark.parametrize(("template", "task", "event"), [
    ("record-fr", "d'échanger d'ici le 18 juin 2027 les projets", "à Astana le 1er mars 2027."),
    ("record-en", "to exchange draft texts of the agreements under negotiation by 18 June 2027",
     "in Astana on 1 March 2027"),
    ("record-ru", "обменяться до 18 июня 2027 г. проектами", "провести 1 марта 2027 г. очередной раунд"),
])
def test_the_record_of_conversation_decisions_follow_the_rule(template, task, event):
    meeting = with_steps((EXCHANGE, "2027-06-18"), (ROUND, "2027-03-01"))
    text = paragraphs(render_document(meeting, template))
    assert task in text and event in text


@pytest.fixture
def earlier(archive):
    """An earlier meeting with the counterpart whose two next steps are still open: a task and a session."""
    meeting = with_steps((EXCHANGE, "2021-06-15"), (ROUND, "2021-06-20"))
    meeting.update(id="7c0a1e52-0009-4c55-9a77-2b1d1f0e7a01", date="2021-03-01")
    meeting["publication"]["date"] = "2021-03-01"
    archive.save(meeting)
    return archive


@pytest.mark.parametrize(("template", "task", "event"), [
    ("briefing-fr", "convenu le 1er mars 2021, échéance : 15 juin 2021 (dépassée)",
     "convenu le 1er mars 2021, date prévue : 20 juin 2021 (passée)"),
    ("briefing-en", "agreed on 1 March 2021, due 15 June 2021 (overdue)",
     "agreed on 1 March 2021, planned for 20 June 2021 (date passed)"),
    ("briefing-ru", "срок: 15 июня 2021 г. (просрочено)", "запланировано на 20 июня 2021 г. (дата прошла)"),
])
def test_the_briefing_note_open_steps_follow_the_rule(earlier, template, task, event):
    text = paragraphs(render_document(base(), template, archive=earlier))
    assert task in text and event in text
