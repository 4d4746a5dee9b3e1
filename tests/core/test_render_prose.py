"""The wording of communiqués: seed sentences, every kind, agreement, contractions."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from chancery.render import RenderError, build_context, missing_fields, render_html, render_text
from chancery.render import french as fr
from chancery.render.typography import NBSP, finish

MEETINGS = sorted((Path(__file__).parents[1] / "fixtures" / "meetings").glob("*.json"))
APOS = "\u2019"


def load(name: str) -> dict:
    path = Path(__file__).parents[1] / "fixtures" / "meetings" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))["meeting"]


def doc(meeting: dict, lang: str) -> dict:
    return build_context(meeting, lang, kind="communique")["doc"]


def test_seed_french_dateline_and_lead(seed):
    d = doc(seed, "fr")
    assert d["dateline"] == "Bakou, 2 juillet, AZERTAC"
    assert d["lead"] == (
        f"Le ministre azerbaïdjanais des Affaires étrangères, Djeyhoun Baïramov, s{APOS}est entretenu "
        f"le 2 juillet avec son homologue kirghiz Rouslan Kazakbaïev, en visite officielle en "
        f"République d{APOS}Azerbaïdjan."
    )


def test_seed_french_body(seed):
    text = " ".join(doc(seed, "fr")["all_paragraphs"])
    assert f"Lors de l{APOS}entretien élargi aux délégations des deux pays" in text
    assert "M.\u00a0Baïramov a déclaré que les liens historiques" in text
    assert f"et il s{APOS}est félicité du développement des relations bilatérales d{APOS}amitié" in text
    assert "a informé son homologue de la situation dans la région" in text
    # Cooperation areas: adjectives where usage has them, then a Babel list with de + article contracted.
    # One "coopération": the adjectives agree with "domaines", the other areas follow with "ceux".
    assert (f"la coopération dans les domaines économique, commercial, humanitaire et culturel, ainsi que dans ceux "
            f"des transports, du transit, de l{APOS}investissement, de l{APOS}agriculture, "
            f"du tourisme et de l{APOS}éducation") in text
    assert f"du 30e anniversaire de l{APOS}établissement des relations diplomatiques" in text
    assert (f"ont signé le «{NBSP}Programme de coopération entre le ministère des Affaires étrangères "
            f"de la République d{APOS}Azerbaïdjan") in text
    assert f"pour 2021-2022{NBSP}»." in text
    assert "'" not in text  # typographic apostrophes throughout


def test_seed_english(seed):
    d = doc(seed, "en")
    assert d["dateline"] == "Baku, 2 July, AZERTAC"
    assert d["lead"] == (
        f"Azerbaijan{APOS}s Minister of Foreign Affairs Jeyhun Bayramov held talks on 2 July with his Kyrgyz "
        "counterpart Ruslan Kazakbaev, who is on an official visit to the Republic of Azerbaijan."
    )
    text = " ".join(d["all_paragraphs"])
    assert "Minister Bayramov said that the historical, cultural and religious ties" in text
    assert ("economic, trade, humanitarian and cultural cooperation, as well as cooperation in the fields of "
            "transport, transit, investment, agriculture, tourism and education") in text
    assert "the 30th anniversary of the establishment of diplomatic relations, to be celebrated next year" in text
    assert "Following the talks, the two ministers signed the \u201cProgramme of Cooperation between" in text


def test_our_side_guest_is_still_the_subject():
    d = doc(load("bilateral-guest-dushanbe"), "en")
    assert d["lead"].startswith(f"Azerbaijan{APOS}s Minister of Foreign Affairs Jeyhun Bayramov "
                                "met his Tajik counterpart")
    assert "in Dushanbe on 14 March" in d["lead"]
    f = doc(load("bilateral-guest-dushanbe"), "fr")
    assert f"s{APOS}est entretenu le 14 mars à Douchanbé avec son homologue tadjik" in f["lead"]


def test_women_agreement():
    f = doc(load("working-visit-women"), "fr")
    assert f["lead"].startswith("La ministre azerbaïdjanaise de la Culture, Leïla Aliyeva, en visite de travail")
    assert f"s{APOS}est entretenue" in f["lead"]
    assert "son homologue kirghize Aïda Ismailova" in f["lead"]
    text = " ".join(f["all_paragraphs"])
    assert f"Elle a proposé d{APOS}organiser" in text
    assert "s’est dite convaincue que" in text
    e = doc(load("working-visit-women"), "en")
    assert "her Kyrgyz counterpart Aida Ismailova" in e["lead"]


def test_phone_call_initiated_by_guest():
    f = doc(load("phone-call-guest-initiated"), "fr")
    assert "un entretien téléphonique avec son homologue française Catherine Colonna" in f["lead"]
    assert f"à l{APOS}initiative de la partie française." in f["lead"]
    e = doc(load("phone-call-guest-initiated"), "en")
    assert "at the initiative of the French side." in e["lead"]


def test_sidelines_with_ordinal():
    f = doc(load("sidelines-unga"), "fr")
    assert f"en marge de la 76e session de l{APOS}Assemblée générale des Nations unies." in f["lead"]
    e = doc(load("sidelines-unga"), "en")
    assert "on the sidelines of the 76th session of the UN General Assembly." in e["lead"]


def test_audience_both_ways():
    f = doc(load("audience-guest"), "fr")
    assert "a été reçu le 12 avril à Bichkek par le président kirghiz Sadyr Japarov." in f["lead"]
    e = doc(load("audience-host"), "en")
    assert e["lead"].startswith(f"Azerbaijan{APOS}s President Ilham Aliyev received "
                                "Italian Minister of Foreign Affairs")


def test_organisation_and_third_party():
    f = doc(load("videoconference-organisation"), "fr")
    assert f"avec la secrétaire générale de l{APOS}OSCE, Helga Schmid." in f["lead"]
    f = doc(load("consultations-third-party"), "fr")
    assert f"en présence du représentant spécial de l{APOS}Union européenne" in f["lead"]
    assert "3 novembre 2022" in f["lead"]  # no dateline: the year is in the lead
    assert f["dateline"] == ""
    e = doc(load("consultations-third-party"), "en")
    assert "in the presence of the EU Special Representative for the South Caucasus, Toivo Klaar." in e["lead"]


def test_several_participants_per_side():
    # The heads of state lead; the ministers, one office for both sides, follow as one group.
    f = doc(load("state-visit-several"), "fr")
    assert f"s{APOS}est entretenu les 20 et 21 juin avec son homologue kirghiz Sadyr Japarov" in f["lead"]
    assert f"en visite d{APOS}État en Azerbaïdjan" in f["lead"]  # the title already gave the formal name
    assert ("Les ministres des Affaires étrangères des deux pays, Djeyhoun Baïramov et Jeenbek Koulouboïev, "
            f"ont également pris part à l{APOS}entretien.") in f["lead"]
    assert "la «\u00a0Déclaration sur le partenariat stratégique\u00a0»" in " ".join(f["paragraphs"])
    e = doc(load("state-visit-several"), "en")
    assert "who is on a state visit to the Republic of Azerbaijan" in e["lead"]
    assert "also took part in the talks" in e["lead"]


def test_signing_ceremony_lists_documents():
    f = doc(load("signing-ceremony"), "fr")
    assert "ont présidé le 7 juillet la cérémonie de signature" in f["lead"]
    assert "Les documents suivants ont été signés\u00a0:" in " ".join(f["paragraphs"])


@pytest.mark.parametrize("path", MEETINGS, ids=[p.stem for p in MEETINGS])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_kind_reads_cleanly(path, lang):
    meeting = json.loads(path.read_text(encoding="utf-8"))["meeting"]
    d = doc(meeting, lang)
    for text in [d["headline"], d["lead"], *d["paragraphs"]]:
        assert text.strip()
        assert "None" not in text and "  " not in text
        assert "\u2063" not in text and ",," not in text and " ," not in text and ",." not in text
        assert text[0].isupper()
        assert text.endswith((".", "»", "\u201d")) or text is d["headline"]


def test_contractions():
    assert fr.contract_de("le tourisme") == "du tourisme"
    assert fr.contract_de("les transports") == "des transports"
    assert fr.contract_de("l'agriculture") == "de l'agriculture"
    assert fr.contract_de("intensifier les contacts") == "d'intensifier les contacts"
    assert fr.contract_de("la culture") == "de la culture"
    assert fr.contract_a("le développement") == "au développement"
    assert fr.que("il viendra") == "qu'il viendra"
    assert fr.ordinal(1) == "1er" and fr.ordinal(30) == "30e"


def test_french_typography():
    expected = f"Il a dit{NBSP}: «{NBSP}oui{NBSP}»{NBSP}; vraiment{NBSP}?"
    assert finish("Il a dit : « oui » ; vraiment ?", "fr") == expected
    assert finish("voir http://example.org à 10:30", "fr") == "voir http://example.org à 10:30"
    assert finish("l'entretien", "fr") == f"l{APOS}entretien"


def test_missing_text_names_the_field(seed):
    broken = copy.deepcopy(seed)
    del broken["statements"][2]["text"]["fr"]
    assert missing_fields(broken, "fr") == ["meeting.statements[2].text.fr"]
    with pytest.raises(RenderError) as caught:
        build_context(broken, "fr")
    assert "meeting.statements[2].text.fr" in str(caught.value)
    # English is complete: no silent mixing, no error either.
    assert build_context(broken, "en")["doc"]["lead"]


def test_special_characters_survive(seed):
    meeting = load("official-visit-guest-rd")
    text = render_text(meeting, "en")
    assert "R&D <Unit>" in text
    assert "the \u201cGreen Route\u201d project and the \u2018Corridor\u2019 initiative" in text
    page = render_html(meeting, "fr")
    assert "R&amp;D &lt;Unité spéciale&gt;" in page
    assert "«\u00a0Route verte\u00a0»" in page


def test_text_and_html_share_the_wording(seed):
    d = doc(seed, "fr")
    text = render_text(seed, "fr")
    assert text.splitlines()[2] == "Bakou, 2 juillet, AZERTAC"
    assert d["lead"] in text
    page = render_html(seed, "fr")
    assert '<html lang="fr">' in page and '<p class="dateline">Bakou, 2 juillet, AZERTAC</p>' in page
