"""Reference data: shipped vocabularies and country grammar, and the user overlay."""

from __future__ import annotations

import subprocess
import sys

import pytest

from chancery import paths, refdata

# The codes meeting-format.md requires every installation to ship.
REQUIRED_CODES = {
    "meeting_kind": [
        "bilateral_meeting", "official_visit", "working_visit", "state_visit",
        "phone_call", "videoconference", "sidelines", "audience",
        "signing_ceremony", "political_consultations",
    ],
    "meeting_format": ["one_on_one", "extended", "one_on_one_then_extended"],
    "topic": [
        "bilateral_agenda", "regional_issues", "international_issues",
        "international_organizations", "regional_security", "peace_process",
        "multilateral_cooperation", "humanitarian_situation",
        "post_conflict_reconstruction", "mine_action",
    ],
    "cooperation_area": [
        "political", "economy", "trade", "investment", "transport", "transit",
        "logistics", "energy", "energy_security", "nuclear_energy",
        "renewable_energy", "agriculture", "tourism", "humanitarian", "culture",
        "education", "science", "health", "security", "defence",
        "critical_infrastructure", "critical_minerals", "space", "climate",
        "environment", "digital", "migration", "justice", "consular", "sport",
        "youth",
    ],
    "reporting_verb": [
        "said", "noted", "stressed", "informed", "thanked", "welcomed",
        "congratulated", "agreed", "expressed_satisfaction", "expressed_concern",
        "expressed_confidence", "expressed_support", "condemned", "encouraged",
        "committed", "recalled", "reaffirmed", "invited", "proposed",
    ],
    "document_type": [
        "agreement", "memorandum_of_understanding", "cooperation_programme",
        "joint_declaration", "joint_statement", "protocol",
        "plan_of_consultations", "action_plan", "roadmap",
    ],
    "anniversary_subject": [
        "diplomatic_relations", "independence", "treaty", "strategic_partnership",
    ],
    "classification": ["public", "internal", "restricted", "confidential"],
    "status": ["draft", "final"],
    "side": ["host", "guest", "third"],
    "role": ["principal", "delegation"],
    "our_side": ["host", "guest"],
    "occasion_relation": ["during", "before", "after"],
    "gender": ["m", "f"],
}

CIS_AND_PARTNERS = [
    "AZ", "KG", "KZ", "UZ", "TJ", "TM", "RU", "BY", "AM", "MD", "UA", "GE", "TR", "IR", "PK", "IN", "CN", "AF",
    "MN", "SA", "AE", "QA", "KW", "BH", "OM", "IL", "EG", "JO", "GB", "US", "CA", "JP", "KR", "CH", "NO", "RS",
    "BA", "ME", "AL", "MK", "SY", "IQ", "LB", "DZ", "MA", "TN", "BR",
]
EU = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]


@pytest.fixture(autouse=True)
def fresh_cache():
    refdata.reload()
    yield
    refdata.reload()


@pytest.fixture
def overlay_dir(tmp_path):
    """A user data folder whose resources/ overlay the shipped files."""
    home = tmp_path / "profile"
    paths.set_data_dir(home)
    folder = paths.user_resources_dir()
    folder.mkdir(parents=True, exist_ok=True)
    refdata.reload()
    yield folder
    paths.set_data_dir(None)


# --- vocabularies ------------------------------------------------------------


def test_vocabulary_names_are_the_documented_ones():
    assert set(refdata.VOCABULARIES) == set(REQUIRED_CODES)


@pytest.mark.parametrize("vocab", sorted(REQUIRED_CODES))
def test_every_required_code_has_three_labels(vocab):
    table = refdata.vocabulary(vocab)
    for code in REQUIRED_CODES[vocab]:
        assert code in table, f"{vocab}.{code} missing"
        for lang in ("en", "fr", "ru"):
            assert table[code].get(lang, "").strip(), f"{vocab}.{code} has no {lang} label"
        assert refdata.is_code(vocab, code)


def test_vocabulary_keeps_file_order():
    assert list(refdata.vocabulary("status")) == ["draft", "final"]
    assert list(refdata.vocabulary("meeting_format")) == REQUIRED_CODES["meeting_format"]


def test_labels_in_each_language():
    assert refdata.label("meeting_kind", "official_visit", "fr") == "Visite officielle"
    assert refdata.label("meeting_kind", "official_visit", "en") == "Official visit"
    assert refdata.label("meeting_kind", "official_visit", "ru") == "Официальный визит"
    assert refdata.label("meeting_kind", "state_visit", "fr") == "Visite d'État"
    assert refdata.label("reporting_verb", "said", "fr") == "a déclaré que…"


def test_label_falls_back_to_english_then_code():
    assert refdata.label("status", "draft", "de") == "Draft"
    assert refdata.label("status", "draft", "fr-CA") == "Brouillon"
    assert refdata.label("status", "archived", "fr") == "archived"


def test_unknown_vocabulary_is_a_key_error():
    with pytest.raises(KeyError):
        refdata.vocabulary("colours")
    with pytest.raises(KeyError):
        refdata.is_code("colours", "red")


def test_is_code_rejects_unknown_codes_and_non_strings():
    assert not refdata.is_code("topic", "weather")
    assert not refdata.is_code("topic", None)


def test_topics_and_areas_have_running_text_phrases():
    for vocab in ("topic", "cooperation_area"):
        for code, labels in refdata.vocabulary(vocab).items():
            assert labels.get("fr_phrase", "").strip(), f"{vocab}.{code} lacks fr_phrase"
            assert labels.get("en_phrase", "").strip(), f"{vocab}.{code} lacks en_phrase"
    areas = refdata.vocabulary("cooperation_area")
    assert areas["humanitarian"]["fr_phrase"] == "l'humanitaire"
    assert areas["tourism"]["fr_phrase"] == "le tourisme"
    assert areas["humanitarian"]["en_phrase"] == "humanitarian affairs"


def test_vocabulary_returns_copies():
    refdata.vocabulary("status")["draft"]["en"] = "changed"
    assert refdata.label("status", "draft", "en") == "Draft"


# --- countries: names ----------------------------------------------------------


def test_country_codes_are_iso_countries():
    codes = refdata.country_codes()
    assert codes == sorted(codes)
    assert len(codes) >= 240
    assert all(len(c) == 2 and c.isupper() and c.isalpha() for c in codes)
    for code in ("AZ", "KG", "FR", "US", "XK", "AQ"):
        assert code in codes
    for not_a_country in ("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "IC", "EA"):
        assert not_a_country not in codes
        assert not refdata.is_country(not_a_country)


def test_is_country():
    assert refdata.is_country("KG")
    assert not refdata.is_country("kg")
    assert not refdata.is_country("KGZ")
    assert not refdata.is_country(None)


@pytest.mark.parametrize("lang", ["fr", "en", "ru"])
def test_every_country_has_a_name(lang):
    for code in refdata.country_codes():
        name = refdata.country_name(code, lang)
        assert name.strip(), f"{code} has no {lang} name"
        assert "&" not in name, f"{code}: {name!r} is not running text"


def test_country_names_for_running_text():
    assert refdata.country_name("KG", "fr") == "Kirghizistan"  # CLDR: Kirghizstan
    assert refdata.country_name("KG", "en") == "Kyrgyzstan"
    # The country's own Russian usage (AZERTAC, CIS ministries); "Киргизия" still finds it.
    assert refdata.country_name("KG", "ru") == "Кыргызстан"
    assert refdata.find_country("Киргизия") == "KG"
    assert refdata.country_name("AZ", "fr") == "Azerbaïdjan"
    assert refdata.country_name("BA", "en") == "Bosnia and Herzegovina"
    assert refdata.country_name("LC", "en") == "Saint Lucia"
    assert refdata.country_name("AE", "ru") == "Объединенные Арабские Эмираты"
    assert refdata.country_name("MH", "ru") == "Маршалловы Острова"


def test_country_name_unknown_language_falls_back_to_english():
    assert refdata.country_name("AZ", "xx") == "Azerbaijan"


def test_country_name_unknown_code():
    with pytest.raises(KeyError):
        refdata.country_name("QQ", "en")


@pytest.mark.parametrize(
    "text, code",
    [
        ("KG", "KG"),
        ("kg", "KG"),
        (" Kirghizistan ", "KG"),
        ("kirghizistan", "KG"),
        ("Kirghizstan", "KG"),
        ("kyrgyzstan", "KG"),
        ("Kyrgyz Republic", "KG"),
        ("Киргизия", "KG"),
        ("Кыргызстан", "KG"),
        ("Azerbaïdjan", "AZ"),
        ("azerbaidjan", "AZ"),
        ("Азербайджан", "AZ"),
        ("Etats-Unis", "US"),
        ("the United States", "US"),
        ("ОАЭ", "AE"),
        ("les Émirats arabes unis", "AE"),
        ("Bosnia & Herzegovina", "BA"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Côte d'Ivoire", "CI"),
        ("Allemagne", "DE"),
        ("UK", "GB"),
    ],
)
def test_find_country(text, code):
    assert refdata.find_country(text) == code


def test_find_country_no_match():
    assert refdata.find_country("Atlantis") is None
    assert refdata.find_country("") is None
    assert refdata.find_country("ZZ") is None


# --- countries: grammar --------------------------------------------------------


def test_at_least_sixty_countries_have_full_grammar():
    full = [c for c in refdata.country_codes() if refdata.country_grammar(c)["has_grammar"]]
    assert len(full) >= 60
    for code in CIS_AND_PARTNERS + EU:
        grammar = refdata.country_grammar(code)
        assert grammar["has_grammar"], code
        assert all(grammar["fr_demonym"][form] for form in ("ms", "fs", "mp", "fp")), code
        assert grammar["en_adjective"] and grammar["ru_adjective"]["m"], code
        for key in ("fr_article", "fr_in", "fr_of", "fr_to", "fr_formal", "fr_formal_in", "en_formal"):
            assert grammar[key], (code, key)


def test_french_articles_and_prepositions():
    kg, az, ae = (refdata.country_grammar(c) for c in ("KG", "AZ", "AE"))
    assert (kg["fr_article"], kg["fr_in"], kg["fr_of"]) == (
        "le Kirghizistan", "au Kirghizistan", "du Kirghizistan")
    assert (az["fr_article"], az["fr_in"], az["fr_of"]) == (
        "l'Azerbaïdjan", "en Azerbaïdjan", "de l'Azerbaïdjan")
    assert (ae["fr_article"], ae["fr_in"], ae["fr_of"]) == (
        "les Émirats arabes unis", "aux Émirats arabes unis", "des Émirats arabes unis")
    assert refdata.country_grammar("OM")["fr_in"] == "à Oman"
    assert refdata.country_grammar("OM")["fr_of"] == "d'Oman"
    assert refdata.country_grammar("IL")["fr_in"] == "en Israël"
    assert refdata.country_grammar("IL")["fr_def_article"] == ""
    assert refdata.country_grammar("IR")["fr_in"] == "en Iran"
    assert refdata.country_grammar("JP")["fr_in"] == "au Japon"
    assert refdata.country_grammar("FR")["fr_of"] == "de la France"
    assert refdata.country_grammar("NL")["fr_in"] == "aux Pays-Bas"


def test_formal_names():
    kg = refdata.country_grammar("KG")
    assert kg["fr_formal"] == "République kirghize"
    assert kg["fr_formal_in"] == "en République kirghize"
    assert kg["en_formal"] == "Kyrgyz Republic" and kg["en_formal_the"] is True
    az = refdata.country_grammar("AZ")
    assert az["fr_formal_in"] == "en République d'Azerbaïdjan"
    assert az["fr_formal_of"] == "de la République d'Azerbaïdjan"
    assert az["en_formal"] == "Republic of Azerbaijan"


def test_english_article():
    for code in ("US", "GB", "NL", "AE"):
        assert refdata.country_grammar(code)["en_the"], code
    for code in ("KG", "AZ", "FR"):
        assert not refdata.country_grammar(code)["en_the"], code


def test_demonyms():
    assert refdata.demonym("KG", "fr") == "kirghiz"
    assert refdata.demonym("KG", "fr", "f") == "kirghize"
    assert refdata.demonym("KG", "fr", "m", "p") == "kirghiz"
    assert refdata.demonym("KG", "fr", "f", "p") == "kirghizes"
    assert refdata.demonym("AZ", "fr", "f", "p") == "azerbaïdjanaises"
    assert refdata.demonym("AZ", "en") == "Azerbaijani"
    assert refdata.demonym("KG", "ru", "f") == "кыргызская"
    assert refdata.demonym("KG", "ru", "m", "p") == "кыргызские"
    with pytest.raises(ValueError):
        refdata.demonym("KG", "fr", "x")


def test_fallback_grammar_for_a_country_without_data():
    grammar = refdata.country_grammar("GU")  # Guam: no entry in countries.toml
    assert grammar["has_grammar"] is False
    assert grammar["fr_demonym"] == {"ms": "", "fs": "", "mp": "", "fp": ""}
    assert grammar["fr_in"] == "à Guam"
    assert grammar["fr_of"] == "de Guam"
    assert grammar["fr_article"] == "Guam"
    assert grammar["en_formal"] == "Guam"
    assert refdata.demonym("GU", "fr", "f") == ""
    assert refdata.demonym("GU", "en") == ""
    cook = refdata.country_grammar("CK")
    assert cook["fr_in"] == "aux Îles Cook" and cook["en_the"] is True


def test_every_country_has_every_grammar_key():
    keys = set(refdata.country_grammar("KG"))
    for code in refdata.country_codes():
        grammar = refdata.country_grammar(code)
        assert set(grammar) == keys, code
        assert grammar["fr_article"] and grammar["fr_in"] and grammar["fr_of"], code


# --- diplomatic relations ---------------------------------------------------------


def test_diplomatic_relations_date_is_order_insensitive():
    assert refdata.diplomatic_relations_date("AZ", "KG") == "1993-01-19"
    assert refdata.diplomatic_relations_date("KG", "AZ") == "1993-01-19"
    assert refdata.diplomatic_relations_date("az", "tr") == "1992-01-14"
    assert refdata.diplomatic_relations_date("AZ", "ZW") is None


def test_supported_languages():
    assert refdata.supported_languages() == ("fr", "en", "ru")


# --- user overlay -------------------------------------------------------------------


def test_user_overlay_changes_a_label_and_adds_a_code(overlay_dir):
    (overlay_dir / "vocabularies.toml").write_text(
        '[meeting_kind.official_visit]\nfr = "Visite officielle d\'amitié"\n\n'
        '[cooperation_area.fisheries]\nen = "Fisheries"\nfr = "Pêche"\nru = "Рыболовство"\n',
        encoding="utf-8",
    )
    refdata.reload()
    assert refdata.label("meeting_kind", "official_visit", "fr") == "Visite officielle d'amitié"
    # Keys the user did not touch keep their shipped values.
    assert refdata.label("meeting_kind", "official_visit", "en") == "Official visit"
    assert refdata.is_code("cooperation_area", "fisheries")
    assert list(refdata.vocabulary("cooperation_area"))[-1] == "fisheries"


def test_user_overlay_for_countries_and_relations(overlay_dir):
    (overlay_dir / "countries.toml").write_text(
        '[GU]\nfr_gender = "m"\nen_adjective = "Guamanian"\n', encoding="utf-8"
    )
    (overlay_dir / "diplomatic_relations.toml").write_text(
        '[pairs]\n"AZ-ZW" = 1994\n', encoding="utf-8"
    )
    refdata.reload()
    assert refdata.country_grammar("GU")["fr_in"] == "au Guam"
    assert refdata.demonym("GU", "en") == "Guamanian"
    assert refdata.country_grammar("KG")["fr_in"] == "au Kirghizistan"
    assert refdata.diplomatic_relations_date("ZW", "AZ") == 1994
    assert refdata.diplomatic_relations_date("AZ", "KG") == "1993-01-19"


def test_malformed_overlay_names_file_and_line(overlay_dir):
    bad = overlay_dir / "vocabularies.toml"
    bad.write_text('[status.draft]\nen = "Draft"\nfr = Brouillon\n', encoding="utf-8")
    refdata.reload()
    with pytest.raises(refdata.RefDataError) as caught:
        refdata.label("status", "draft", "fr")
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.path == bad
    assert error.line == 3
    assert str(bad) in str(error) and "line 3" in str(error)


def test_overlay_with_wrong_shape_is_reported(overlay_dir):
    bad = overlay_dir / "vocabularies.toml"
    bad.write_text('[status]\ndraft = "Draft"\n', encoding="utf-8")
    refdata.reload()
    with pytest.raises(refdata.RefDataError, match="status.draft"):
        refdata.vocabulary("status")


def test_reload_picks_up_changes(overlay_dir):
    assert refdata.label("status", "final", "en") == "Final"
    (overlay_dir / "vocabularies.toml").write_text(
        '[status.final]\nen = "Approved"\n', encoding="utf-8"
    )
    assert refdata.label("status", "final", "en") == "Final"  # still cached
    refdata.reload()
    assert refdata.label("status", "final", "en") == "Approved"


def test_refdata_does_not_import_qt():
    probe = (
        "import sys, chancery.refdata as r; r.label('status', 'draft', 'fr'); "
        "r.country_grammar('KG'); print('PySide6' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_shipped_file_is_read_from_its_json_copy_until_it_changes(data_dir, tmp_path, monkeypatch):
    """The vocabularies are parsed once per version of the file; the window's first paint reads the copy."""
    import shutil

    shipped = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), shipped)
    monkeypatch.setattr(paths, "resources_dir", lambda: shipped)
    data_dir.mkdir(parents=True, exist_ok=True)
    refdata.reload()
    label = refdata.label("meeting_kind", "phone_call", "en")
    copies = list((data_dir / "cache").glob("vocabularies-*.json"))
    assert len(copies) == 1
    copies[0].write_text(copies[0].read_text(encoding="utf-8").replace(label, "Call from the copy"), encoding="utf-8")
    refdata.reload()
    assert refdata.label("meeting_kind", "phone_call", "en") == "Call from the copy"  # read from the copy
    source = shipped / "vocabularies.toml"
    source.write_text(source.read_text(encoding="utf-8").replace(label, label + " (edited)"), encoding="utf-8")
    refdata.reload()
    assert refdata.label("meeting_kind", "phone_call", "en") == label + " (edited)"  # the file changed: read again
    assert [p.name for p in (data_dir / "cache").glob("vocabularies-*.json")] != [copies[0].name]
    assert len(list((data_dir / "cache").glob("vocabularies-*.json"))) == 1
    refdata.reload()


def test_a_cache_that_cannot_be_written_reads_the_file_itself(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "cache").write_text("a file where the folder would be", encoding="utf-8")
    refdata.reload()
    assert refdata.label("meeting_kind", "phone_call", "en")
    assert (data_dir / "cache").is_file()
    refdata.reload()
