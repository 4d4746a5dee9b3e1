"""Wording rules found by scoring the corpus as an editor (issue 8, third pass).

Each rule is general and tested on a record built for it, in French and English where it applies:
speech acts reported as acts, "de" before each coordinated noun phrase, one "coopération" for
adjectival and nominal areas, the place of a visit by a name that reads in a place phrase, a
headline that counts many countries, and the title's own document noun in a signing headline.
"""

from __future__ import annotations

import json
from pathlib import Path

from chancery.render import english, french, render_text
from tests.core.test_render_heldout_rules import FM, clean, doc, meeting, person, say, text

APOS = "\u2019"
GUEST = person("p2", "guest", {"fr": "Bogdan Aurescu", "en": "Bogdan Aurescu"}, *FM, "RO")
GUEST_F = person("p2", "guest", {"fr": "Ana Birchall", "en": "Ana Birchall"}, *FM, "RO", gender="f")


# -- speech acts ------------------------------------------------------------------------------------------------

def test_a_condolence_said_is_printed_as_the_act():
    m = meeting(GUEST, statements=[say(
        "p2", "said",
        "il présentait ses condoléances pour la disparition du président et souhaitait au pays "
        "de continuer à progresser",
        "he offered his condolences on the passing of the President and wished the country further progress")])
    fr, en = text(m, "fr"), text(m, "en")
    assert ("M.\u00a0Aurescu a présenté ses condoléances pour la disparition du président et a souhaité au pays "
            "de continuer à progresser.") in fr
    assert "déclaré" not in fr
    assert "Aurescu offered his condolences on the passing of the President and wished the country" in en
    assert "said" not in en
    clean(m)


def test_a_speech_act_agrees_with_a_woman_and_with_both_sides():
    m = meeting(GUEST_F, statements=[say("p2", "said", "elle se félicitait des résultats de la visite",
                                         "she congratulated the hosts on the results of the visit"),
                                     say("both", "said", "ils remerciaient les organisateurs",
                                         "they thanked the organisers")])
    fr, en = text(m, "fr"), text(m, "en")
    assert "Mme\u00a0Birchall s" + APOS + "est félicitée des résultats de la visite." in fr
    assert "ont remercié les organisateurs" in fr
    assert "Birchall congratulated the hosts" in en and "thanked the organisers" in en


def test_a_wish_or_an_opinion_stays_reported_speech():
    m = meeting(GUEST, statements=[say("p2", "said", "il souhaitait approfondir les relations",
                                       "he wished to deepen relations"),
                                   say("p1", "said", "les relations étaient excellentes",
                                       "relations were excellent")])
    fr, en = text(m, "fr"), text(m, "en")
    assert "qu" + APOS + "il souhaitait approfondir les relations" in fr
    assert "that he wished to deepen relations" in en
    assert "a déclaré que les relations étaient excellentes" in fr
    # Alone, "souhaitait" + a noun is a wish, not the act of wishing someone well.
    assert french.speech_act("ils souhaitaient des visites plus fréquentes", {"souhaitait": {
        "participle": "souhaité", "coordinated_only": True}}, feminine=False, plural=True) is None
    assert english.speech_act("she expressed her gratitude", ["expressed"]) == "expressed her gratitude"
    assert english.speech_act("they expressed to the press their view", ["offered"]) is None


# -- de before each coordinated noun phrase ---------------------------------------------------------------------

def test_de_is_repeated_before_each_coordinated_noun_phrase():
    assert french.distribute_de("l'état des relations entre le Pakistan et l'Inde et les violations des droits") == \
        "l'état des relations entre le Pakistan et l'Inde et des violations des droits"
    assert french.distribute_de("la visite du ministre et la coopération") == \
        "la visite du ministre et de la coopération"
    # An "et" that may belong to an embedded complement, or to a relative clause, stays as typed.
    assert french.distribute_de("la lutte contre le terrorisme et l'extrémisme") == \
        "la lutte contre le terrorisme et l'extrémisme"
    assert french.distribute_de("les relations, qui couvrent le commerce et les transports") == \
        "les relations, qui couvrent le commerce et les transports"
    m = meeting(GUEST, statements=[say("p1", "informed", "l'état des relations entre l'Azerbaïdjan et l'Arménie "
                                       "et les efforts de paix", "the state of relations with Armenia and the "
                                       "peace efforts")])
    assert "de l" + APOS + "état des relations entre l" + APOS + "Azerbaïdjan et l" + APOS + "Arménie et des " \
        "efforts de paix" in text(m, "fr")


# -- one "coopération" ---------------------------------------------------------------------------------------------

def test_adjectival_and_nominal_areas_share_one_cooperation():
    assert [french.masculine(a) for a in ("commerciale", "culturelle", "politique", "sportive", "financière",
                                          "agricole", "publique", "humanitaire")] == \
        ["commercial", "culturel", "politique", "sportif", "financier", "agricole", "public", "humanitaire"]
    m = meeting(GUEST, cooperation_areas=["trade", "culture", "investment"])
    fr = text(m, "fr")
    assert ("les perspectives de la coopération dans les domaines commercial et culturel, ainsi que dans celui "
            "de l" + APOS + "investissement") in fr
    assert fr.count("coopération") == 1
    m = meeting(GUEST, cooperation_areas=["economy", "transport", "energy"])
    assert "dans le domaine économique, ainsi que dans ceux des transports et de l" + APOS + "énergie" in \
        text(m, "fr")
    clean(m)


# -- the place of a visit ------------------------------------------------------------------------------------------

def test_a_visit_is_placed_by_a_name_that_reads_in_a_place_phrase():
    jaishankar = person("p1", "host", "S. Jaishankar", "ministre des Affaires extérieures", "External Affairs "
                        "Minister", "IN")
    m = meeting(GUEST, participants=[jaishankar, GUEST], kind="official_visit",
                place={"city": {"fr": "New Delhi", "en": "New Delhi"}, "country": "IN", "venue": None})
    lead = doc(m, "fr")["lead"]
    assert "en visite officielle en Inde" in lead and "République de l" not in lead
    assert "who is on an official visit to India." in doc(m, "en")["lead"]
    # A formal name whose country has no article still reads: "en République d'Azerbaïdjan".
    az = meeting(GUEST, kind="official_visit")
    assert "en visite officielle en République d" + APOS + "Azerbaïdjan" in doc(az, "fr")["lead"]
    assert "on an official visit to the Republic of Azerbaijan" in doc(az, "en")["lead"]


# -- a headline counts many countries ----------------------------------------------------------------------------

def test_a_headline_counts_the_countries_of_a_long_group():
    codes = ["VE", "AR", "BO", "BR", "UY"]
    guests = [person(f"p{i + 2}", "guest", f"Ministre {code}", *FM, code) for i, code in enumerate(codes)]
    m = meeting(*guests)
    fr, en = doc(m, "fr")["headline"], doc(m, "en")["headline"]
    assert fr == "Entretien de Djeyhoun Baïramov avec les ministres des Affaires étrangères de cinq pays"
    assert en == "Jeyhun Bayramov holds talks with the Ministers of Foreign Affairs of five countries"
    # The lead still names each of them with the country.
    assert "Ministre UY (Uruguay)" in doc(m, "fr")["lead"]
    three = meeting(*guests[:3])
    assert doc(three, "fr")["headline"].endswith("du Venezuela, de l" + APOS + "Argentine et de la Bolivie")


# -- the title's own document noun --------------------------------------------------------------------------------

def test_a_signing_headline_takes_the_titles_document_noun():
    programme = [{"type": "plan_of_consultations",
                  "title": {"fr": "Programme de consultations entre les ministères des Affaires étrangères pour "
                                  "2023-2024",
                            "en": "Program of consultations between the Ministries of Foreign Affairs for 2023-2024"},
                  "period": "2023-2024", "signed_by": []}]
    m = meeting(GUEST, documents_signed=programme)
    assert doc(m, "fr")["headline"] == "L" + APOS + "Azerbaïdjan et la Roumanie signent un programme de consultations"
    assert doc(m, "en")["headline"] == "Azerbaijan and Romania sign consultation programme"
    # A title about something else than its type does not lend its noun ("plan of understanding").
    odd = [dict(programme[0], type="memorandum_of_understanding")]
    assert doc(meeting(GUEST, documents_signed=odd), "fr")["headline"].endswith("signent un mémorandum d" + APOS +
                                                                                "entente")
    # Without a type, the title's noun names it ("un accord", not "un document de coopération").
    untyped = [{"type": None, "title": {"fr": "Accord sur la suppression des visas", "en": "Agreement on visa "
                                        "waiver"}, "period": None, "signed_by": []}]
    m = meeting(GUEST, documents_signed=untyped)
    assert doc(m, "fr")["headline"].endswith("signent un accord")
    assert doc(m, "en")["headline"].endswith("sign agreement")


def test_a_title_that_only_names_its_type_is_not_quoted_as_a_title():
    generic = [{"type": "memorandum_of_understanding",
                "title": {"fr": "Mémorandum d'entente", "en": "memorandum of understanding."},
                "period": None, "signed_by": ["p1", "p2"]}]
    fr, en = text(meeting(GUEST, documents_signed=generic), "fr"), text(meeting(GUEST, documents_signed=generic), "en")
    assert "ont signé un mémorandum d" + APOS + "entente" in fr and "«" not in fr
    assert "signed a memorandum of understanding" in en and "\u201c" not in en
    # A title that says more than its type is the exact title, quoted.
    precise = [dict(generic[0], title={"fr": "Mémorandum d'entente sur la coopération culturelle",
                                       "en": "Memorandum of Understanding on Cultural Cooperation"})]
    assert "« Mémorandum d" + APOS + "entente sur la coopération culturelle »" in text(
        meeting(GUEST, documents_signed=precise), "fr").replace("\u00a0", " ")
    assert "the \u201cMemorandum of Understanding on Cultural Cooperation\u201d" in text(
        meeting(GUEST, documents_signed=precise), "en")


# -- a monarch's short form ----------------------------------------------------------------------------------------

def test_a_monarch_is_le_roi_and_king_after_the_first_mention():
    king = person("p2", "guest", {"fr": "Salmane ben Abdelaziz Al Saoud", "en": "Salman bin Abdulaziz Al Saud"},
                  "roi d'Arabie saoudite", "King of Saudi Arabia", "SA", short_name={"fr": "Salmane", "en": "Salman"})
    m = meeting(king, kind="audience", our_side="guest",
                statements=[say("p2", "thanked", "l'invitation", "the invitation"),
                            say("p1", "reaffirmed", "l'attachement de l'Azerbaïdjan au dialogue",
                                "Azerbaijan's commitment to dialogue")])
    fr, en = text(m, "fr"), text(m, "en")
    assert "Le roi Salmane a remercié" in fr and "M.\u00a0Salmane" not in fr
    assert "King Salman thanked" in en
    clean(m)


# -- French gender of free text ------------------------------------------------------------------------------------

def test_free_text_nouns_in_ine_ique_ude_esse_are_feminine():
    for phrase in ("médecine vétérinaire", "politique migratoire", "étude des sols", "jeunesse"):
        assert french.guess_gender(phrase) == "f", phrase
    for phrase in ("domaine spatial", "patrimoine culturel", "tissage de tapis"):
        assert french.guess_gender(phrase) == "m", phrase
    m = meeting(GUEST, cooperation_areas=[{"fr": "médecine vétérinaire", "en": "veterinary medicine"}, "tourism"])
    assert "de la médecine vétérinaire et du tourisme" in text(m, "fr")


# -- two impersonal sentences in a row -------------------------------------------------------------------------------

def test_a_second_impersonal_sentence_with_the_same_verb_is_varied():
    long_fr = "l'Azerbaïdjan condamnait fermement le terrorisme sous toutes ses formes et dans toutes ses " \
              "manifestations, où qu'il se produise et quels qu'en soient les auteurs"
    m = meeting(GUEST, statements=[say(None, "noted", long_fr, "Azerbaijan condemned terrorism"),
                                   say(None, "noted", "les questions économiques devaient être examinées en détail "
                                       "par les administrations compétentes, dans les meilleurs délais possibles",
                                       "economic issues should be discussed by the relevant agencies")])
    fr = text(m, "fr")
    assert "Il a été souligné que l" + APOS + "Azerbaïdjan" in fr
    assert "Il a en outre été souligné que les questions économiques" in fr
    clean(m)
    long_en = "Azerbaijan, as a country that has itself suffered from terrorism, strongly condemned terrorism in " \
              "all its forms and manifestations, wherever and by whomever committed"
    m = meeting(GUEST, statements=[say(None, "noted", long_fr, long_en),
                                   say(None, "noted", "les questions économiques devaient être examinées",
                                       "economic issues should be discussed in detail by the relevant agencies "
                                       "of the two countries as soon as possible, at expert level")])
    en = text(m, "en")
    assert "It was noted that Azerbaijan" in en and "It was also noted that economic issues" in en


# -- an envoy in an English headline ------------------------------------------------------------------------------

def test_an_english_headline_names_an_ambassador_by_whose_envoy_he_is():
    envoy = person("p2", "guest", "Mohammad Kazem Al-Sadeq", "ambassadeur d'Iran en Azerbaïdjan",
                   "Ambassador of Iran to Azerbaijan", "IR")
    m = meeting(envoy)
    assert doc(m, "en")["headline"] == "Jeyhun Bayramov holds talks with Iranian Ambassador Mohammad Kazem Al-Sadeq"
    assert "the Ambassador of Iran to Azerbaijan, Mohammad Kazem Al-Sadeq" in doc(m, "en")["lead"]
    assert doc(m, "fr")["headline"].endswith("avec l" + APOS + "ambassadeur d" + APOS + "Iran en Azerbaïdjan, "
                                             "Mohammad Kazem Al-Sadeq")


# -- reciprocal invitations ------------------------------------------------------------------------------------------

def test_a_reciprocal_invitation_is_in_turn_and_its_acceptance_points_at_it():
    m = meeting(GUEST, kind="phone_call",
                invitations=[{"from": "p2", "to": "p1", "visit": "working_visit", "accepted": None},
                             {"from": "p1", "to": "p2", "visit": "official_visit", "accepted": True}])
    fr, en = text(m, "fr"), text(m, "en")
    assert ("M.\u00a0Aurescu a invité son homologue à effectuer une visite de travail en Roumanie. "
            "M.\u00a0Baïramov a à son tour invité son homologue à effectuer une visite officielle en Azerbaïdjan. "
            "Cette invitation a été acceptée avec gratitude.") in fr
    assert "in turn invited his counterpart to pay an official visit to Azerbaijan. This invitation was accepted" in en
    clean(m)
    one = meeting(GUEST, invitations=[{"from": "p1", "to": "p2", "visit": "official_visit", "accepted": True}])
    assert "à son tour" not in text(one, "fr") and "L" + APOS + "invitation a été acceptée" in text(one, "fr")


# -- a qualified office in a French headline ----------------------------------------------------------------------

def test_a_demonym_agrees_with_the_office_noun_before_its_qualifier():
    das = person("p2", "guest", "Riva Ganguly Das", "secrétaire (Est) du ministère des Affaires extérieures",
                 "Secretary (East) of the Ministry of External Affairs", "IN", gender="f")
    m = meeting(das, kind="videoconference")
    headline = doc(m, "fr")["headline"]
    assert "la secrétaire indienne (Est), Riva Ganguly Das" in headline and "(Est) indienne" not in headline
    assert "la secrétaire (Est) du ministère indien des Affaires extérieures, Riva Ganguly Das" in doc(m, "fr")["lead"]


def test_a_reciprocal_invitation_in_russian():
    path = Path(__file__).parents[1] / "fixtures" / "readouts" / "az-tr-phone-2022.json"
    m = json.loads(path.read_text(encoding="utf-8"))["meeting"]
    m["invitations"] = [{"from": "p2", "to": "p1", "visit": "working_visit", "accepted": None},
                        {"from": "p1", "to": "p2", "visit": "official_visit", "accepted": True}]
    ru = render_text(m, "ru")
    assert "Байрамов в свою очередь пригласил коллегу посетить Азербайджан с официальным визитом." in ru
    assert "Это приглашение было принято с благодарностью." in ru
