"""The wording rules of the engine, each on a record built for it, in French and English.

Issue 8's rules: titles not doubled, two offices, aggregation, referring
expressions, discourse order, variation, grammar of free text, next steps
with their date, reported speech and quotations, the English house style.
"""

from __future__ import annotations

import copy

import pytest

from chancery.render import lexicon, prose
from chancery.render.checks import check_communique
from chancery.render.typography import NBSP

APOS = "\u2019"


def person(ref, side, name_fr, name_en, title_fr, title_en, country, gender="m", role="principal", org=None):
    return {"ref": ref, "side": side, "role": role, "name": {"fr": name_fr, "en": name_en}, "gender": gender,
            "title": {"fr": title_fr, "en": title_en}, "country": country, "organization": org}


FM = ("ministre des Affaires étrangères", "Minister of Foreign Affairs")
BAYRAMOV = person("p1", "host", "Djeyhoun Baïramov", "Jeyhun Bayramov", *FM, "AZ")
KAZAKBAEV = person("p2", "guest", "Rouslan Kazakbaïev", "Ruslan Kazakbaev", *FM, "KG")


def meeting(**fields) -> dict:
    base = {
        "id": "00000000-0000-4000-8000-000000000008", "status": "final", "classification": "public",
        "kind": "bilateral_meeting", "format": None, "our_side": "host", "date": "2024-10-02", "end_date": None,
        "place": {"city": {"fr": "Bakou", "en": "Baku"}, "country": "AZ", "venue": None},
        "publication": {"agency": "AZERTAC", "publisher": None, "dateline": {"fr": "Bakou", "en": "Baku"},
                        "date": "2024-10-02", "attribution": None},
        "occasion": None, "initiated_by": None, "participants": [copy.deepcopy(BAYRAMOV), copy.deepcopy(KAZAKBAEV)],
        "topics": [], "cooperation_areas": [], "statements": [], "documents_signed": [], "invitations": [],
        "anniversaries": [], "next_steps": [], "internal": {"objectives": [], "talking_points": []}, "notes": None,
    }
    base.update(fields)
    return base


def say(speaker, verb, fr, en, **extra):
    return {"speaker": speaker, "verb": verb, "text": {"fr": fr, "en": en}, **extra}


def text(m: dict, lang: str, settings: dict | None = None) -> str:
    doc = prose.communique(m, lang, settings)
    return "\n".join([doc["headline"], *doc["all_paragraphs"]])


def clean(m: dict, lang: str, settings: dict | None = None) -> None:
    problems = check_communique(m, lang, prose.communique(m, lang, settings))
    assert not problems, problems


# -- 1. titles are not doubled ------------------------------------------------------------

def test_an_organisations_title_names_it_once():
    sg = person("p2", "guest", "Zhang Ming", "Zhang Ming",
                "secrétaire général de l'Organisation de coopération de Shanghai",
                "Secretary-General of the Shanghai Cooperation Organisation", "CN",
                org={"fr": "OCS", "en": "SCO"})
    m = meeting(participants=[BAYRAMOV, sg])
    fr, en = text(m, "fr"), text(m, "en")
    assert f"le secrétaire général de l{APOS}Organisation de coopération de Shanghai, Zhang Ming" in fr
    assert "de l’OCS" not in fr.split("\n", 1)[1]
    assert "the Secretary-General of the Shanghai Cooperation Organisation, Zhang Ming" in en
    assert "SCO Secretary-General of" not in en
    clean(m, "fr")
    clean(m, "en")


def test_a_title_naming_its_country_gets_no_demonym():
    president = person("p2", "host", "Chavkat Mirziyoïev", "Shavkat Mirziyoyev",
                       "président de la République d'Ouzbékistan",
                       "President of the Republic of Uzbekistan", "UZ")
    m = meeting(participants=[dict(BAYRAMOV, side="guest"), president], kind="audience", our_side="guest",
                place={"city": {"fr": "Tachkent", "en": "Tashkent"}, "country": "UZ", "venue": None})
    fr, en = text(m, "fr"), text(m, "en")
    assert f"par le président de la République d{APOS}Ouzbékistan, Chavkat Mirziyoïev" in fr
    assert "ouzbek de la République" not in fr
    # English agencies put the office after the adjective ("Chinese President Xi Jinping"): the country once.
    assert "by Uzbek President Shavkat Mirziyoyev" in en
    assert "Uzbek President of" not in en and "Republic of Uzbekistan" not in en
    # A title whose country is not its last complement stays whole.
    ambassador = copy.deepcopy(m)
    ambassador["participants"][1]["title"] = {"fr": "ambassadeur de l'Ouzbékistan au Kirghizistan",
                                              "en": "Ambassador of Uzbekistan to Kyrgyzstan"}
    assert "the Ambassador of Uzbekistan to Kyrgyzstan, Shavkat Mirziyoyev," in text(ambassador, "en")
    # A title without its country gets the demonym.
    plain = copy.deepcopy(m)
    plain["participants"][1]["title"] = {"fr": "président", "en": "President"}
    assert "par le président ouzbek Chavkat Mirziyoïev" in text(plain, "fr")
    assert "by Uzbek President Shavkat Mirziyoyev" in text(plain, "en")


# -- 2. two offices -------------------------------------------------------------------------

def test_two_offices_at_first_mention_then_the_name():
    osmani = person("p2", "guest", "Bujar Osmani", "Bujar Osmani",
                    "président en exercice de l'OSCE, ministre des Affaires étrangères de la Macédoine du Nord",
                    "OSCE Chairman-in-Office, Minister of Foreign Affairs of North Macedonia", "MK",
                    org={"fr": "OSCE", "en": "OSCE"})
    m = meeting(participants=[BAYRAMOV, osmani], statements=[
        say("p2", "informed", "les priorités de la présidence", "the priorities of the Chairmanship"),
        say("p1", "said", "l'OSCE restait indispensable", "the OSCE remained indispensable")])
    fr, en = text(m, "fr"), text(m, "en")
    # Both offices at first mention, as his counterpart (both are foreign ministers).
    assert f"le président en exercice de l{APOS}OSCE, son homologue" in fr and "Bujar Osmani" in fr
    assert "the OSCE Chairman-in-Office, his" in en and "counterpart Bujar Osmani" in en
    # Later: the name, never another person's title.
    assert f"M.{NBSP}Osmani a informé" in fr
    assert "Mr Osmani informed" in en
    assert "Minister Osmani" not in en
    assert fr.count("Bujar Osmani") <= 2 and en.count("Bujar Osmani") <= 2


# -- 3. aggregation -------------------------------------------------------------------------------

def test_co_chairs_are_one_group_and_the_headline_names_it():
    co = ("coprésident du Groupe de Minsk de l'OSCE", "Co-Chair of the OSCE Minsk Group")
    org = {"fr": "OSCE", "en": "OSCE"}
    m = meeting(participants=[
        BAYRAMOV,
        person("p2", "guest", "Igor Popov", "Igor Popov", *co, "RU", org=org),
        person("p3", "guest", "Stéphane Visconti", "Stéphane Visconti", *co, "FR", org=org),
        person("p4", "guest", "Andrew Schofer", "Andrew Schofer", *co, "US", org=org)])
    fr, en = text(m, "fr"), text(m, "en")
    assert ("les coprésidents du Groupe de Minsk de l’OSCE, Igor Popov (Russie), Stéphane Visconti (France) "
            "et Andrew Schofer (États-Unis)") in fr
    assert fr.startswith("Entretien de Djeyhoun Baïramov avec les coprésidents du Groupe de Minsk de l’OSCE")
    assert "the Co-Chairs of the OSCE Minsk Group, Igor Popov (Russia), Stéphane Visconti (France)" in en
    assert en.startswith("Jeyhun Bayramov holds talks with the Co-Chairs of the OSCE Minsk Group")


def test_subjects_sharing_a_head_are_joined():
    m = meeting(topics=["regional_issues", "international_issues"],
                cooperation_areas=["political", "economy", "humanitarian", "energy", "transport"])
    fr, en = text(m, "fr"), text(m, "en")
    assert "les questions régionales et internationales" in fr
    assert "regional and international issues" in en
    assert ("la coopération dans les domaines politique, économique et humanitaire, ainsi que dans ceux "
            f"de l{APOS}énergie et des transports") in fr
    only_adjectives = text(meeting(cooperation_areas=["political", "economy", "humanitarian"]), "fr")
    assert "la coopération politique, économique et humanitaire" in only_adjectives
    assert "political, economic and humanitarian cooperation" in en


def test_other_principals_follow_the_heads_in_the_lead():
    m = meeting(kind="state_visit", participants=[
        person("p1", "host", "Ilham Aliyev", "Ilham Aliyev", "président de la République", "President of the Republic",
               "AZ"),
        dict(copy.deepcopy(BAYRAMOV), ref="p3"),
        person("p2", "guest", "Sadyr Japarov", "Sadyr Japarov", "président", "President", "KG"),
        dict(copy.deepcopy(KAZAKBAEV), ref="p4")])
    fr, en = text(m, "fr"), text(m, "en")
    assert "avec son homologue kirghiz Sadyr Japarov, en visite d’État" in fr
    assert ("Les ministres des Affaires étrangères des deux pays, Djeyhoun Baïramov et Rouslan Kazakbaïev, "
            "ont également pris part à l’entretien.") in fr
    assert "also took part in the talks" in en
    clean(m, "fr")
    clean(m, "en")


# -- 4. referring expressions ------------------------------------------------------------------------

def test_full_name_once_then_short_form_then_pronoun():
    m = meeting(statements=[
        say("p1", "said", "les relations étaient excellentes", "relations were excellent"),
        say("p1", "stressed", "le rôle du dialogue", "the role of dialogue"),
        say(None, "agreed", "poursuivre le dialogue", "continue the dialogue"),
        say("p2", "thanked", "l'accueil chaleureux", "the warm welcome")])
    fr, en = text(m, "fr"), text(m, "en")
    assert f"M.{NBSP}Baïramov a déclaré que les relations étaient excellentes. Il a" in fr
    assert "Minister Bayramov said that relations were excellent. He " in en
    assert f"M.{NBSP}Kazakbaïev a remercié son homologue" in fr
    assert "Minister Kazakbaev thanked his counterpart" in en
    for body in (fr, en):
        assert body.count("Baïramov" if body is fr else "Bayramov") >= 2
    assert fr.count("Djeyhoun Baïramov") <= 2 and en.count("Jeyhun Bayramov") <= 2


def test_no_pronoun_after_an_impersonal_sentence():
    m = meeting(statements=[
        say("p1", "said", "les relations étaient excellentes", "relations were excellent"),
        say(None, None, "Un déjeuner a suivi.", "A lunch followed."),
    ])
    m["statements"].append(say("p1", "stressed", "le rôle du dialogue", "the role of dialogue"))
    fr, en = text(m, "fr"), text(m, "en")
    assert "Il a souligné le rôle" not in fr and "He stressed the role" not in en


def test_house_style_short_forms():
    m = meeting(statements=[say("p1", "said", "les relations étaient excellentes", "relations were excellent")])
    style = {"house_style": {"fr_short_form": "surname", "en_short_form": "surname"}}
    assert "Baïramov a déclaré que" in text(m, "fr", style) and "M.\u00a0Baïramov" not in text(m, "fr", style)
    assert "\nBayramov said that" in text(m, "en", style)


# -- 5. discourse order ----------------------------------------------------------------------------

def test_signing_comes_before_a_statement_that_refers_to_it():
    m = meeting(statements=[
        say("p1", "said", "ce programme ouvrait une nouvelle étape", "this programme opened a new stage")],
        documents_signed=[{"type": "cooperation_programme",
                           "title": {"fr": "Programme de coopération pour 2025-2026",
                                     "en": "Programme of Cooperation for 2025-2026"},
                           "period": "2025-2026", "signed_by": []}])
    for lang, title, ref in (("fr", "Programme de coopération", "ce programme"),
                             ("en", "Programme of Cooperation", "this programme")):
        body = text(m, lang)
        assert body.index(title) < body.index(ref)
        clean(m, lang)
    assert text(m, "fr").startswith("L’Azerbaïdjan et le Kirghizistan signent un programme de coopération")
    assert text(m, "en").startswith("Azerbaijan and Kyrgyzstan sign cooperation programme")


# -- 6. variation ---------------------------------------------------------------------------------------

def test_one_speaker_never_repeats_a_verb_in_consecutive_sentences():
    m = meeting(statements=[
        say("p1", "said", "les relations étaient bonnes", "relations were good"),
        say("p1", "said", "les échanges progressaient", "exchanges were growing"),
        say("p1", "said", "les investissements augmentaient", "investment was rising")])
    fr, en = text(m, "fr"), text(m, "en")
    assert fr.count(" a déclaré ") == 1 and en.count(" said ") == 1
    for body in (fr, en):
        sentences = body.split(". ")
        for a, b in zip(sentences, sentences[1:], strict=False):
            assert a.split()[:3] != b.split()[:3]


def test_also_at_most_once_a_sentence():
    m = meeting(statements=[
        say("p1", "said", "les relations étaient bonnes", "relations were good"),
        say("p1", "noted", "la coopération était également fructueuse", "cooperation was also fruitful")])
    for lang, word in (("fr", "également"), ("en", "also")):
        for sentence in text(m, lang).split(". "):
            assert sentence.count(word) <= 1


def test_the_meeting_noun_once_then_an_anaphor():
    m = meeting(kind="phone_call", topics=["bilateral_agenda"])
    fr, en = text(m, "fr"), text(m, "en")
    assert fr.lower().count("entretien téléphonique") == 2  # headline and lead
    assert "Au cours de cet entretien, les discussions" in fr
    assert "The call covered the bilateral agenda" in en


def test_the_parties_are_not_repeated_in_consecutive_sentences():
    m = meeting(cooperation_areas=["energy"],
                statements=[say(None, None, "Les parties ont passé en revue la coopération.",
                                "The sides reviewed cooperation.")],
                anniversaries=[{"ordinal": 35, "subject": "diplomatic_relations", "year": 2027}],
                next_steps=[{"text": {"fr": "tenir une nouvelle réunion", "en": "hold another meeting"}, "date": None}])
    for lang in ("fr", "en"):
        clean(m, lang)


# -- 7. free text -------------------------------------------------------------------------------------------

def test_free_text_subjects_take_their_article_and_no_second_cooperation():
    m = meeting(cooperation_areas=[{"fr": "diversification énergétique", "en": "energy diversification"},
                                   {"fr": "ports", "en": "ports"},
                                   {"fr": "coopération énergétique", "en": "energy cooperation"}])
    fr, en = text(m, "fr"), text(m, "en")
    assert "de la diversification énergétique" in fr and "des ports" in fr
    assert "dans le domaine énergétique, ainsi que dans ceux de la diversification énergétique et des ports" in fr
    assert "domaines de la coopération" not in fr and fr.count("coopération") == 1
    assert "energy cooperation" in en and "fields of energy cooperation" not in en


# -- 8. next steps and dates ------------------------------------------------------------------------------

def test_a_next_steps_date_sits_with_its_verb_without_the_dateline_year():
    m = meeting(next_steps=[{"text": {"fr": "tenir une nouvelle réunion de la commission mixte",
                                      "en": "hold another meeting of the joint commission"},
                             "date": "2024-10-14"}])
    assert "sont convenus de tenir le 14 octobre une nouvelle réunion de la commission mixte" in text(m, "fr")
    assert "agreed to hold another meeting of the joint commission on 14 October." in text(m, "en")
    m["next_steps"][0]["date"] = "2025-03-01"
    assert "de tenir le 1er mars 2025 une nouvelle réunion" in text(m, "fr")


# -- 9. reported speech and quotations --------------------------------------------------------------------

def test_the_hint_names_the_tense():
    assert lexicon.hint("said", "fr") == f"a déclaré que … — imparfait{NBSP}: « constituaient »"
    assert lexicon.hint("said", "en") == "said that … — past tense: “were”"
    assert "infinitif" in lexicon.hint("agreed", "fr")


def test_a_direct_quotation():
    m = meeting(statements=[say("p1", "said", "Nos relations sont excellentes.", "Our relations are excellent.",
                                quote=True)])
    assert f"«{NBSP}Nos relations sont excellentes{NBSP}», a déclaré M.{NBSP}Baïramov." in text(m, "fr")
    assert "“Our relations are excellent,” said Minister Bayramov." in text(m, "en")


# -- 10. English house style ----------------------------------------------------------------------------------

def test_british_and_american_english():
    m = meeting(topics=["international_organizations"],
                statements=[say("p1", "said", "l'initiative 'Corridor' avançait",
                                "the 'Corridor' initiative was advancing")])
    gb, us = text(m, "en"), text(m, "en", {"house_style": {"en_variant": "en-US"}})
    assert "on 2 October" in gb and "organisations" in gb
    assert "on October 2" in us and "organizations" in us
    assert "Baku, October 2, AZERTAC" in prose.communique(m, "en", {"house_style": {"en_variant": "en-US"}})["dateline"]
    for body in (gb, us):
        assert "'" not in body and "\u2018Corridor\u2019" in body


def test_an_unknown_house_style_is_refused(archive):
    from chancery.errors import RecordError

    with pytest.raises(RecordError, match="house style"):
        archive.update_settings(house_style={"en_variant": "en-AU"})
    archive.update_settings(house_style={"en_variant": "en-US"})
    assert archive.settings()["house_style"] == {"en_variant": "en-US"}
