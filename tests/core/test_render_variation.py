"""Variation of the principals' verbs over a whole communiqué, in French, English and Russian.

A press officer never leaves "Les ministres sont convenus … Ils sont convenus … Les ministres sont
convenus …": the principals' sentences of one verb take its forms in turn (the lexicon's plural and
``plural_alternatives``), the least used first, never the form of the sentence just before, never "also"
twice in a sentence or in two sentences running.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chancery import record
from chancery.render import prose
from chancery.render.checks import check_communique

FIXTURES = Path(__file__).parents[1] / "fixtures"
LANGS = ("fr", "en", "ru")

SUBJECT = {"fr": r"(?:ministres|Ils|parties)", "en": r"(?:ministers|They|sides)", "ru": r"(?:[Мм]инистры|Они|Стороны)"}
FORMS = {
    # lang: (plain, also, decided) as they follow the principals
    "fr": (r"sont convenus d(?:e |’|')", r"sont également convenus d(?:e |’|')", r"ont décidé d(?:e |’|')"),
    "en": (r"agreed to", r"also agreed to", r"decided to"),
    "ru": (r"договорились", r"также договорились", r"решили"),
}
AGREED = {lang: tuple(f"{SUBJECT[lang]} {form}" for form in forms) for lang, forms in FORMS.items()}


def meeting() -> dict:
    return record.normalize(json.loads((FIXTURES / "meetings" / "bilateral-guest-dushanbe.json")
                                       .read_text(encoding="utf-8"))["meeting"])


def agreed(fr: str, en: str, ru: str) -> dict:
    return {"speaker": "both", "verb": "agreed", "text": {"fr": fr, "en": en, "ru": ru}}


# Each long enough that two of them are not joined in one sentence (microplan.MERGE_LIMIT).
STEPS = [
    agreed("intensifier les contacts entre les ministères des Affaires étrangères, notamment par des consultations "
           "politiques régulières au niveau des vice-ministres",
           "intensify contacts between the ministries of foreign affairs, in particular through regular political "
           "consultations at the level of deputy ministers",
           "активизировать контакты между министерствами иностранных дел, в том числе путём регулярных "
           "политических консультаций на уровне заместителей министров"),
    agreed("préparer soigneusement la visite officielle du président prévue à l'automne, ainsi que les documents "
           "qui doivent être signés à cette occasion",
           "prepare carefully the President's official visit planned for the autumn and the documents to be signed "
           "on that occasion",
           "тщательно подготовить официальный визит президента, запланированный на осень, и документы, которые "
           "будут подписаны в ходе визита"),
    agreed("renforcer la coopération consulaire", "strengthen consular cooperation",
           "укрепить консульское сотрудничество"),
]
SAID = {"speaker": "az", "verb": "said", "text": {"fr": "les relations progressaient", "en": "relations were growing",
                                                  "ru": "отношения развиваются"}}


def body(m: dict, lang: str) -> str:
    doc = prose.communique(m, lang)
    problems = check_communique(m, lang, doc)
    assert not problems, problems
    return "\n".join(doc["all_paragraphs"])


def count(pattern: str, text: str) -> int:
    return len(re.findall(pattern, text))


@pytest.mark.parametrize("lang", LANGS)
def test_three_agreements_take_three_forms(lang):
    m = meeting()
    m["statements"] = [STEPS[0], STEPS[1], SAID, STEPS[2]]
    text = body(m, lang)
    plain, also, decided = AGREED[lang]
    assert (count(plain, text), count(also, text), count(decided, text)) == (1, 1, 1), text


@pytest.mark.parametrize("lang", LANGS)
def test_one_agreement_keeps_the_plain_verb(lang):
    m = meeting()
    m["statements"] = [SAID, STEPS[0]]
    text = body(m, lang)
    plain, also, decided = AGREED[lang]
    assert (count(plain, text), count(also, text), count(decided, text)) == (1, 0, 0), text


@pytest.mark.parametrize("lang", LANGS)
def test_no_also_form_when_the_text_says_also(lang):
    m = meeting()
    second = agreed("préparer également la visite officielle du président prévue à l'automne, ainsi que les "
                    "documents qui doivent être signés à cette occasion",
                    "also prepare the President's official visit planned for the autumn and the documents to be "
                    "signed on that occasion",
                    "подготовить также официальный визит президента, запланированный на осень, и документы, "
                    "которые будут подписаны в ходе визита")
    m["statements"] = [STEPS[0], second]
    text = body(m, lang)
    plain, also, decided = AGREED[lang]
    assert (count(plain, text), count(also, text), count(decided, text)) == (1, 0, 1), text


@pytest.mark.parametrize("lang", LANGS)
def test_next_steps_after_two_agreements_take_the_third_form(lang):
    m = meeting()
    m["statements"] = [STEPS[0], STEPS[1]]
    m["next_steps"] = [{"text": {"fr": "tenir une nouvelle réunion", "en": "hold another meeting",
                                 "ru": "провести новую встречу"}, "date": None}]
    text = body(m, lang)
    plain, also, decided = AGREED[lang]
    assert (count(plain, text), count(also, text), count(decided, text)) == (1, 1, 1), text


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_a_next_step_right_after_one_agreement_still_says_also(lang):
    m = meeting()
    m["statements"] = [STEPS[0]]
    m["next_steps"] = [{"text": {"fr": "tenir une nouvelle réunion", "en": "hold another meeting",
                                 "ru": "провести новую встречу"}, "date": None}]
    text = body(m, lang)
    plain, also, _decided = AGREED[lang]
    assert count(plain, text) == 1, text
    assert count(also, text) == 1, text


# -- the place of a visit: a country we visit by its usual name ---------------------------------------------------

def visit(our_side: str) -> dict:
    m = meeting()
    m["participants"][1]["country"] = "RS"
    m.update(kind="working_visit", our_side=our_side,
             place={"city": {"fr": "Belgrade", "en": "Belgrade", "ru": "Белград"}, "country": "RS", "venue": None})
    m["participants"][0]["side"], m["participants"][1]["side"] = "guest", "host"
    m["participants"][1]["name"] = {"fr": "Ivica Dačić", "en": "Ivica Dačić", "ru": "Ивица Дачич"}
    m["statements"] = []
    return m


def lead(m: dict, lang: str) -> str:
    doc = prose.communique(m, lang)
    problems = check_communique(m, lang, doc)
    assert not problems, problems
    return doc["lead"]


def test_a_country_we_visit_is_named_as_the_headline_names_it():
    m = visit("guest")
    assert "en visite de travail en Serbie," in lead(m, "fr")
    assert "who is on a working visit to Serbia," in lead(m, "en")
    assert "République de Serbie" not in lead(m, "fr") and "Republic of Serbia" not in lead(m, "en")
    assert "с рабочим визитом в Сербии" in lead(m, "ru")


def test_our_own_country_receiving_a_visitor_keeps_its_formal_name():
    m = visit("host")
    assert "en visite de travail en République de Serbie." in lead(m, "fr")
    assert "who is on a working visit to the Republic of Serbia." in lead(m, "en")


# -- the principals named later in one style (English) ------------------------------------------------------------

OSMANI = {"ref": "cio", "side": "guest", "role": "principal", "gender": "m", "country": "MK",
          "name": {"fr": "Bujar Osmani", "en": "Bujar Osmani", "ru": "Буйар Османи"},
          "title": {"fr": "président en exercice de l'OSCE, ministre des Affaires étrangères de la Macédoine du Nord",
                    "en": "OSCE Chairman-in-Office, Minister of Foreign Affairs of North Macedonia",
                    "ru": "действующий председатель ОБСЕ, министр иностранных дел Северной Македонии"},
          "organization": {"fr": "OSCE", "en": "OSCE", "ru": "ОБСЕ"}}


def said_by_each(m: dict) -> dict:
    host, guest = (p["ref"] for p in m["participants"][:2])
    m["statements"] = [
        {"speaker": guest, "verb": "said", "text": {"fr": "l'OSCE restait utile", "en": "the OSCE remained useful",
                                                     "ru": "ОБСЕ остаётся полезной"}},
        {"speaker": host, "verb": "said", "text": {"fr": "le dialogue progressait", "en": "dialogue was progressing",
                                                    "ru": "диалог развивается"}}]
    return m


def test_principals_with_titles_are_named_by_title():
    m = said_by_each(meeting())
    text = body(m, "en")
    assert "Minister Muhriddin said" in text and "Minister Bayramov said" in text, text


def test_a_principal_with_two_offices_makes_every_principal_mr():
    m = meeting()
    m["participants"][1] = {**OSMANI, "side": m["participants"][1]["side"]}
    text = body(said_by_each(m), "en")
    assert "Mr Osmani said" in text and "Mr Bayramov said" in text, text
    assert "Minister Bayramov" not in text, text


def test_a_head_of_state_keeps_his_rank_beside_mr():
    m = meeting()
    m["participants"][1] = {**OSMANI, "side": m["participants"][1]["side"]}
    m["participants"][0]["title"] = {"fr": "président de la République d'Azerbaïdjan", "en": "President of Azerbaijan",
                                     "ru": "Президент Азербайджана"}
    text = body(said_by_each(m), "en")
    assert "Mr Osmani said" in text and "President Bayramov said" in text, text


# -- a headline stays one line of news ----------------------------------------------------------------------------

def test_a_long_visit_headline_leaves_the_visitors_status_to_the_lead():
    m = visit("host")
    short = {lang: prose.communique(m, lang)["headline"] for lang in ("fr", "en")}
    assert short["fr"].endswith("en visite de travail en Serbie") and len(short["fr"]) <= 100
    assert short["en"].endswith("on working visit to Serbia") and len(short["en"]) <= 100
    m["participants"][0].update(
        name={"fr": "Perfecto Rivas Yasay Junior", "en": "Perfecto Rivas Yasay Junior", "ru": "Перфекто Ясай"},
        title={"fr": "secrétaire général de l'ASEAN", "en": "Secretary-General of ASEAN",
               "ru": "генеральный секретарь АСЕАН"},
        organization={"fr": "ASEAN", "en": "ASEAN", "ru": "АСЕАН"})
    for lang in ("fr", "en"):
        doc = prose.communique(m, lang)
        assert len(doc["headline"]) <= 100, doc["headline"]
        assert "Perfecto Rivas Yasay Junior" in doc["headline"], doc["headline"]
        assert "Serbi" not in doc["headline"], doc["headline"]
        assert ("en visite de travail en" if lang == "fr" else "on a working visit to") in doc["lead"]
        assert not check_communique(m, lang, doc)


# -- one speaker over the whole document ----------------------------------------------------------------------------

SAID_AGAIN = {"speaker": "az", "verb": "said", "text": {"fr": "la coopération s'approfondissait",
                                                        "en": "cooperation was deepening",
                                                        "ru": "сотрудничество углубляется"}}
SAID_FIRST = {"fr": r"Baïramov a déclaré", "en": r"Bayramov said", "ru": r"Байрамов заявил"}


@pytest.mark.parametrize("lang", LANGS)
def test_a_speaker_saying_twice_in_a_document_varies_the_verb(lang):
    m = meeting()
    m["statements"] = [SAID, STEPS[0], SAID_AGAIN]
    text = body(m, lang)
    assert count(SAID_FIRST[lang], text) == 1, text
    m["statements"] = [SAID, STEPS[0]]
    assert count(SAID_FIRST[lang], body(m, lang)) == 1  # said once: the plain verb


def test_a_joined_text_that_says_also_does_not_say_it_twice():
    """Two texts of one verb joined in one sentence: "а также", "ainsi que", "and" already say "also"."""
    base = meeting()
    base.update(statements=[
        agreed("renforcer la coopération économique", "strengthen economic cooperation",
               "укреплять экономическое сотрудничество"),
        agreed("également préparer une nouvelle réunion", "also prepare a new meeting",
               "также подготовить новую встречу"),
    ], next_steps=[])
    texts = {lang: "\n".join(prose.communique(base, lang)["all_paragraphs"]).replace("\u2019", "'") for lang in LANGS}
    assert "укреплять экономическое сотрудничество, а также подготовить новую встречу" in texts["ru"]
    assert "renforcer la coopération économique, ainsi que de préparer une nouvelle réunion" in texts["fr"]
    assert "to strengthen economic cooperation and to prepare a new meeting" in texts["en"]
    assert "также также" not in texts["ru"] and "d'également" not in texts["fr"] and "to also" not in texts["en"]
