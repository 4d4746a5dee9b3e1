"""Russian documents: cases of names and titles, agreement, places, dates, typography, every meeting kind.

The declension tables below are the forms a Russian editor writes; they are
checked against the libraries the realiser uses (pytrovich for personal
names, pymorphy3 for titles, nouns and places), so a library upgrade that
changes a form fails here, not in a published communiqué.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from chancery import record
from chancery.render import lexicon, prose
from chancery.render import russian as ru
from chancery.render.checks import check_communique
from chancery.render.typography import APPOSITION, finish

FIXTURES = Path(__file__).parents[1] / "fixtures"
MEETINGS = sorted((FIXTURES / "meetings").glob("*.json"))
CASES = ("nom", "gen", "dat", "acc", "ins", "loc")


def load(path: Path) -> dict:
    return record.normalize(json.loads(path.read_text(encoding="utf-8"))["meeting"])


# -- declension in all six cases ---------------------------------------------------------------------------

NAMES = [
    # (name, gender, country, nominative … prepositional)
    ("Джейхун Байрамов", "m", "AZ", ["Джейхун Байрамов", "Джейхуна Байрамова", "Джейхуну Байрамову",
                                      "Джейхуна Байрамова", "Джейхуном Байрамовым", "Джейхуне Байрамове"]),
    ("Руслан Казакбаев", "m", "KG", ["Руслан Казакбаев", "Руслана Казакбаева", "Руслану Казакбаеву",
                                      "Руслана Казакбаева", "Русланом Казакбаевым", "Руслане Казакбаеве"]),
    ("Мария Захарова", "f", "RU", ["Мария Захарова", "Марии Захаровой", "Марии Захаровой", "Марию Захарову",
                                   "Марией Захаровой", "Марии Захаровой"]),
    ("Касым-Жомарт Токаев", "m", "KZ", ["Касым-Жомарт Токаев", "Касыма-Жомарта Токаева", "Касыму-Жомарту Токаеву",
                                         "Касыма-Жомарта Токаева", "Касымом-Жомартом Токаевым",
                                         "Касыме-Жомарте Токаеве"]),
    ("Сергей Викторович Лавров", "m", "RU", ["Сергей Викторович Лавров", "Сергея Викторовича Лаврова",
                                             "Сергею Викторовичу Лаврову", "Сергея Викторовича Лаврова",
                                             "Сергеем Викторовичем Лавровым", "Сергее Викторовиче Лаврове"]),
    ("Реджеп Тайип Эрдоган", "m", "TR", ["Реджеп Тайип Эрдоган", "Реджепа Тайипа Эрдогана",
                                         "Реджепу Тайипу Эрдогану", "Реджепа Тайипа Эрдогана",
                                         "Реджепом Тайипом Эрдоганом", "Реджепе Тайипе Эрдогане"]),
    ("Дмитрий Кулеба", "m", "UA", ["Дмитрий Кулеба", "Дмитрия Кулебы", "Дмитрию Кулебе", "Дмитрия Кулебу",
                                   "Дмитрием Кулебой", "Дмитрии Кулебе"]),
    # A foreign woman's surname in a consonant stays as the record gives it; one in an unstressed -а/-я
    # declines as a noun ("с Катрин Колонной", not the adjectival "Колонной" of the genitive); a stressed
    # or vowel-final one does not ("Моруа").
    ("Кая Каллас", "f", "EE", ["Кая Каллас", "Каи Каллас", "Кае Каллас", "Каю Каллас", "Каей Каллас", "Кае Каллас"]),
    ("Катрин Колонна", "f", "FR", ["Катрин Колонна", "Катрин Колонны", "Катрин Колонне", "Катрин Колонну",
                                   "Катрин Колонной", "Катрин Колонне"]),
    ("Мария Гарсия", "f", "ES", ["Мария Гарсия", "Марии Гарсии", "Марии Гарсии", "Марию Гарсию", "Марией Гарсией",
                                 "Марии Гарсии"]),
    ("Луиза Моруа", "f", "FR", ["Луиза Моруа", "Луизы Моруа", "Луизе Моруа", "Луизу Моруа", "Луизой Моруа",
                                "Луизе Моруа"]),
    ("Урсула фон дер Ляйен", "f", "DE", ["Урсула фон дер Ляйен", "Урсулы фон дер Ляйен", "Урсуле фон дер Ляйен",
                                         "Урсулу фон дер Ляйен", "Урсулой фон дер Ляйен", "Урсуле фон дер Ляйен"]),
    # Indeclinable surnames, a patronymic with "оглы", a foreign surname in -ин (instrumental -ом).
    ("Мевлют Чавушоглу", "m", "TR", ["Мевлют Чавушоглу", "Мевлюта Чавушоглу", "Мевлюту Чавушоглу",
                                     "Мевлюта Чавушоглу", "Мевлютом Чавушоглу", "Мевлюте Чавушоглу"]),
    ("Ильхам Гейдар оглы Алиев", "m", "AZ", ["Ильхам Гейдар оглы Алиев", "Ильхама Гейдар оглы Алиева",
                                             "Ильхаму Гейдар оглы Алиеву", "Ильхама Гейдар оглы Алиева",
                                             "Ильхамом Гейдар оглы Алиевым", "Ильхаме Гейдар оглы Алиеве"]),
    ("Энтони Блинкен", "m", "US", ["Энтони Блинкен", "Энтони Блинкена", "Энтони Блинкену", "Энтони Блинкена",
                                   "Энтони Блинкеном", "Энтони Блинкене"]),
    ("Антониу Гутерриш", "m", "PT", ["Антониу Гутерриш", "Антониу Гутерриша", "Антониу Гутерришу",
                                     "Антониу Гутерриша", "Антониу Гутерришем", "Антониу Гутеррише"]),
    # Chinese names: only a man's consonant-final given name declines.
    ("Си Цзиньпин", "m", "CN", ["Си Цзиньпин", "Си Цзиньпина", "Си Цзиньпину", "Си Цзиньпина", "Си Цзиньпином",
                                "Си Цзиньпине"]),
    ("Ван И", "m", "CN", ["Ван И"] * 6),
    # Latin script, or no gender in the record: left as given.
    ("Jeyhun Bayramov", "m", "AZ", ["Jeyhun Bayramov"] * 6),
    ("Алекс Ким", None, "KR", ["Алекс Ким"] * 6),
]

TITLES = [
    ("министр иностранных дел", ["министр иностранных дел", "министра иностранных дел", "министру иностранных дел",
                                 "министра иностранных дел", "министром иностранных дел",
                                 "министре иностранных дел"]),
    ("генеральный секретарь ОДКБ", ["генеральный секретарь ОДКБ", "генерального секретаря ОДКБ",
                                    "генеральному секретарю ОДКБ", "генерального секретаря ОДКБ",
                                    "генеральным секретарём ОДКБ", "генеральном секретаре ОДКБ"]),
    ("Чрезвычайный и Полномочный Посол", ["Чрезвычайный и Полномочный Посол", "Чрезвычайного и Полномочного Посла",
                                          "Чрезвычайному и Полномочному Послу", "Чрезвычайного и Полномочного Посла",
                                          "Чрезвычайным и Полномочным Послом", "Чрезвычайном и Полномочном После"]),
    ("заместитель Премьер-министра — министр иностранных дел",
     ["заместитель Премьер-министра — министр иностранных дел",
      "заместителя Премьер-министра — министра иностранных дел",
      "заместителю Премьер-министра — министру иностранных дел",
      "заместителя Премьер-министра — министра иностранных дел",
      "заместителем Премьер-министра — министром иностранных дел",
      "заместителе Премьер-министра — министре иностранных дел"]),
    ("Заместитель Председателя Кабинета Министров, Министр иностранных дел",
     ["Заместитель Председателя Кабинета Министров, Министр иностранных дел",
      "Заместителя Председателя Кабинета Министров, Министра иностранных дел",
      "Заместителю Председателя Кабинета Министров, Министру иностранных дел",
      "Заместителя Председателя Кабинета Министров, Министра иностранных дел",
      "Заместителем Председателя Кабинета Министров, Министром иностранных дел",
      "Заместителе Председателя Кабинета Министров, Министре иностранных дел"]),
    ("и.о. Министра иностранных дел Республики Узбекистан",
     ["и.о. Министра иностранных дел Республики Узбекистан"] * 6),
    ("Президент Республики Казахстан", ["Президент Республики Казахстан", "Президента Республики Казахстан",
                                        "Президенту Республики Казахстан", "Президента Республики Казахстан",
                                        "Президентом Республики Казахстан", "Президенте Республики Казахстан"]),
    ("государственный секретарь США", ["государственный секретарь США", "государственного секретаря США",
                                       "государственному секретарю США", "государственного секретаря США",
                                       "государственным секретарём США", "государственном секретаре США"]),
]

PLACES = [
    ("Баку", "в Баку"), ("Бишкек", "в Бишкеке"), ("Нью-Йорк", "в Нью-Йорке"), ("Астана", "в Астане"),
    ("Душанбе", "в Душанбе"), ("Алматы", "в Алматы"), ("Эр-Рияд", "в Эр-Рияде"), ("Женева", "в Женеве"),
    ("Чолпон-Ата", "в Чолпон-Ате"), ("Анталья", "в Анталье"), ("Бали", "на Бали"),
]

COUNTRIES = [
    ("AZ", "Азербайджана", "в Азербайджане", "в Азербайджан"), ("KG", "Кыргызстана", "в Кыргызстане", "в Кыргызстан"),
    ("CU", "Кубы", "на Кубе", "на Кубу"), ("MT", "Мальты", "на Мальте", "на Мальту"),
    ("CY", "Кипра", "на Кипре", "на Кипр"), ("FR", "Франции", "во Франции", "во Францию"),
    ("AE", "Объединённых Арабских Эмиратов", "в Объединённых Арабских Эмиратах", "в Объединённые Арабские Эмираты"),
    ("BA", "Боснии и Герцеговины", "в Боснии и Герцеговине", "в Боснию и Герцеговину"),
    ("PH", "Филиппин", "на Филиппинах", "на Филиппины"), ("US", "США", "в США", "в США"),
    ("XK", "Косово", "в Косово", "в Косово"),
]


@pytest.mark.parametrize("name,gender,country,forms", NAMES, ids=[n[0] for n in NAMES])
def test_names_in_six_cases(name, gender, country, forms):
    realiser = prose.realiser(prose.Writer(_meeting(), "ru"))
    assert realiser.lang == "ru"
    family_first = country in ("CN", "KR")
    slavic = country in lexicon.language("ru")["slavic_surnames"]
    assert [ru.name_case(name, gender, case, family_name_first=family_first, slavic=slavic) for case in CASES] == forms


@pytest.mark.parametrize("title,forms", TITLES, ids=[t[0] for t in TITLES])
def test_titles_in_six_cases(title, forms):
    assert [ru.title_phrase(title, case) for case in CASES] == forms


@pytest.mark.parametrize("city,phrase", PLACES)
def test_places(city, phrase):
    realiser = prose.realiser(prose.Writer(_meeting(), "ru"))
    assert realiser.place_in(city) == phrase


@pytest.mark.parametrize("code,genitive,where,whither", COUNTRIES)
def test_countries(code, genitive, where, whither):
    realiser = prose.realiser(prose.Writer(_meeting(), "ru"))
    assert realiser.country(code, "gen") == genitive
    assert realiser.country_in(code) == where
    assert realiser.country_to(code) == whither


def test_short_forms_and_initials():
    assert ru.initials("Джейхун Байрамов") == "Д.\u00a0Байрамов"
    assert ru.initials("Касым-Жомарт Токаев") == "К.-Ж.\u00a0Токаев"
    assert ru.initials("Сергей Викторович Лавров") == "С.\u00a0В.\u00a0Лавров"
    assert ru.initials("Урсула фон дер Ляйен") == "У.\u00a0фон дер Ляйен"
    assert ru.initials("Ильхам Гейдар оглы Алиев") == "И.\u00a0Алиев"
    assert ru.initials("Ван И", family_name_first=True) == "Ван И"


def test_lead_ins_agree_with_the_speaker():
    """Every Russian lead-in of the lexicon agrees with a woman and with several speakers."""
    assert ru.agree("заявил", feminine=True) == "заявила"
    assert ru.agree("договорился", feminine=True) == "договорилась"
    assert ru.agree("был принят", feminine=True) == "была принята"
    assert ru.agree("выразил уверенность в том", feminine=True) == "выразила уверенность в том"
    assert ru.agree("проинформировал {addressee} о", plural=True) == "проинформировали {addressee} о"
    for verb in lexicon.verbs():
        lead = lexicon.lead_in(verb, "ru")
        for form in lead.forms() + [lead.continued or lead.singular, lead.quote or lead.singular]:
            feminine = ru.agree(form, feminine=True)
            assert feminine != form, f"{verb}: '{form}' does not agree with a woman"
            first_verb = next(w for w in feminine.split() if w.endswith(("ла", "лась", "на", "та")))
            assert first_verb, feminine


def test_dates_numbers_and_anniversaries():
    import datetime as dt

    assert ru.date_phrase(dt.date(2021, 7, 2), None, year=False) == "2 июля"
    assert ru.date_phrase(dt.date(2024, 4, 2), dt.date(2024, 4, 3), year=False) == "2–3 апреля"
    assert ru.date_phrase(dt.date(2024, 6, 30), dt.date(2024, 7, 1), year=True) == "30 июня – 1 июля 2024\u00a0г."
    assert ru.anniversary(30, "gen") == "30-летия"
    assert ru.ordinal(76, "femn", "gen") == "76-й"
    assert ru.number_phrase(2, "документ") == "два документа"
    assert ru.number_phrase(5, "документ о сотрудничестве", "gen") == "пяти документов о сотрудничестве"


def test_typography():
    text = finish('Д. Байрамов заявил: "Мы подписали «Соглашение о "Газе"»" - и 2 июля 2021 г. уехал.', "ru")
    assert text == ("Д.\u00a0Байрамов заявил: «Мы подписали „Соглашение о „Газе““»\u00a0— и 2\u00a0июля "
                    "2021\u00a0г. уехал.")
    assert finish("Кот-д'Ивуар", "ru") == "Кот-д’Ивуар"


# -- whole communiqués --------------------------------------------------------------------------------


def _meeting() -> dict:
    return load(FIXTURES / "meetings" / "bilateral-guest-dushanbe.json")


@pytest.mark.parametrize("path", MEETINGS, ids=[p.stem for p in MEETINGS])
def test_every_meeting_kind_renders_in_russian(path):
    meeting = load(path)
    doc = prose.communique(meeting, "ru")
    text = "\n".join([doc["headline"], doc["dateline"], *doc["all_paragraphs"]])
    for leftover in (APPOSITION, "{", "}", "None", "  ", " ,", " .", "..", "'s"):
        assert leftover not in text, f"{leftover!r} in: {text}"
    assert not any(ch in text for ch in "àâçéèêëîïôùûü"), text          # no French left over
    assert not any(word in text.split() for word in ("the", "of", "and", "le", "la", "de")), text
    problems = check_communique(meeting, "ru", doc)
    assert not problems, "\n".join(map(str, problems))
    for person in meeting["participants"]:
        if person["role"] == "principal" and person["side"] != "third":
            surname = person["name"]["ru"].split()[-1][:-2]
            assert surname in text, (surname, text)


def test_kinds_are_all_covered():
    kinds = {load(p)["kind"] for p in MEETINGS}
    assert kinds == {"bilateral_meeting", "official_visit", "working_visit", "state_visit", "phone_call",
                     "videoconference", "sidelines", "audience", "signing_ceremony", "political_consultations"}


def test_reference_meeting_lead_and_cases():
    seed = _seed_ru()
    doc = prose.communique(seed, "ru")
    assert doc["lead"] == (
        "2\u00a0июля министр иностранных дел Азербайджана Джейхун Байрамов провёл переговоры с министром "
        "иностранных дел Кыргызстана Русланом Казакбаевым, находящимся с официальным визитом в Азербайджане.")
    assert doc["dateline"] == "Баку, 2\u00a0июля, AZERTAC"
    assert doc["headline"] == "Азербайджан и Кыргызстан подписали программу сотрудничества"
    body = " ".join(doc["paragraphs"])
    assert "Д.\u00a0Байрамов заявил, что" in body
    assert "проинформировал коллегу о" in body
    assert "30-летия установления дипломатических отношений" in body
    assert "подписали «Программу сотрудничества между" in body


def test_a_woman_principal_agrees():
    seed = _seed_ru()
    seed["our_side"] = "guest"
    host = seed["participants"][0]
    host.update(gender="f", name={"ru": "Лейла Гасанова", "fr": "Leyla Hasanova", "en": "Leyla Hasanova"})
    seed["participants"][0] = host
    seed["our_side"] = "host"
    doc = prose.communique(seed, "ru")
    text = " ".join(doc["all_paragraphs"])
    assert "Лейла Гасанова провела переговоры" in text
    assert "Л.\u00a0Гасанова заявила, что" in text
    assert "Она добавила, что" in text  # her second statement: a pronoun, in the feminine
    assert "проинформировала коллегу" in text
    assert "заявил," not in text.replace("Р.\u00a0Казакбаев заявил,", "")
    # The record of conversation's reported speech agrees too.
    paragraphs = prose.statement_paragraphs(seed, "ru", speaker="p1")
    assert paragraphs and paragraphs[0].startswith("Л.\u00a0Гасанова заявила, что")


def test_a_woman_counterpart_in_the_headline_and_the_instrumental():
    meeting = load(FIXTURES / "meetings" / "phone-call-guest-initiated.json")
    doc = prose.communique(meeting, "ru")
    assert doc["headline"] == "Джейхун Байрамов провёл телефонный разговор с французской коллегой"
    assert "с министром по делам Европы и иностранных дел Франции Катрин Колонной." in doc["lead"]
    assert "К.\u00a0Колонна выразила обеспокоенность" in " ".join(doc["paragraphs"])


def test_statement_hints_in_russian():
    assert lexicon.hint("said", "ru") == "заявил, что … — придаточное предложение: «отношения успешно развиваются»"
    assert lexicon.hint("thanked", "ru").startswith("поблагодарил коллегу за …")


def test_the_libraries_load_only_when_rendering_russian():
    """Importing the wording engine (and rendering French) does not load pymorphy3 or pytrovich."""
    code = (
        "import sys, json\n"
        "from chancery.render import prose, lexicon\n"
        "from chancery import record\n"
        f"m = record.normalize(json.load(open({str(FIXTURES / 'seed-meeting.json')!r}))['meeting'])\n"
        "prose.communique(m, 'fr')\n"
        "assert 'pymorphy3' not in sys.modules and 'pytrovich' not in sys.modules, 'loaded too early'\n"
        "from chancery.render import russian\n"
        "russian.noun_phrase('министр', 'gen')\n"
        "assert 'pymorphy3' in sys.modules\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def _seed_ru() -> dict:
    """The reference meeting with Russian statements (AZERTAC's Russian readout, restated)."""
    seed = copy.deepcopy(load(FIXTURES / "seed-meeting.json"))
    texts = [
        "исторические, культурные и религиозные узы, связывающие азербайджанский и кыргызский народы, составляют "
        "основу отношений между двумя странами",
        "взаимные визиты на высоком уровне придают импульс развитию отношений",
        "его страна придаёт большое значение отношениям с Азербайджаном",
        "важность поддержки работы Межправительственной комиссии",
        "ситуации в регионе после конфликта",
    ]
    for statement, text in zip(seed["statements"], texts, strict=True):
        statement["text"]["ru"] = text
    seed["documents_signed"][0]["title"]["ru"] = (
        "Программа сотрудничества между Министерством иностранных дел Азербайджанской Республики и Министерством "
        "иностранных дел Кыргызской Республики на 2021–2022 годы")
    return seed


def test_russian_communique_template(tmp_path):
    """The shipped Russian template: Word file in Russian (w:lang ru-RU), read back, and its PDF."""
    import io

    from docx import Document
    from docx.oxml.ns import qn

    from chancery.render import render_document

    data = render_document(_seed_ru(), "communique-ru")
    document = Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    assert "Пресс-релиз" in texts
    assert "Азербайджан и Кыргызстан подписали программу сотрудничества" in texts
    assert "Баку, 2\u00a0июля, AZERTAC" in texts
    assert any(t.startswith("2\u00a0июля министр иностранных дел Азербайджана Джейхун Байрамов") for t in texts)
    assert not any("{{" in t or "{%" in t for t in texts)
    langs = {el.get(qn("w:val")) for el in document.styles.element.iter(qn("w:lang"))}
    assert langs == {"ru-RU"}
    assert document.core_properties.language == "ru-RU"
    assert document.core_properties.title == "Азербайджан и Кыргызстан подписали программу сотрудничества"


def test_template_filters_in_russian():
    import datetime as dt

    from chancery.render.filters import FILTERS

    ctx = {"lang": "ru"}

    def call(name, *args):
        return FILTERS[name].__wrapped__(ctx, *args) if hasattr(FILTERS[name], "__wrapped__") else \
            FILTERS[name](ctx, *args)

    assert call("date", dt.date(2021, 7, 2)) == "2\u00a0июля 2021\u00a0г."
    assert call("date", "2021-07-02", "short") == "2\u00a0июля"
    assert call("list", ["А", "Б", "В"]) == "А, Б и В"
    assert call("ordinal", 30) == "30-й"
    assert call("country", "CU", "in") == "на Кубе"
    assert call("country", "FR", "in") == "во Франции"
    assert call("country", "KG", "of") == "Кыргызстана"
    assert call("country", "AZ", "ins") == "Азербайджаном"
    assert call("country", "AZ", "formal") == "Азербайджанская Республика"
    assert call("demonym", "KG", "f") == "кыргызская"


def _seed_ru_internal() -> dict:
    seed = _seed_ru()
    seed["internal"].update(
        objectives=[{"fr": "Confirmer la commission", "en": "Confirm the commission",
                     "ru": "Подтвердить проведение заседания межправительственной комиссии"}],
        talking_points=[{"fr": "x", "en": "x", "ru": "Азербайджан высоко ценит поддержку Кыргызстана"}],
        prepared_by="Отдел стран СНГ")
    seed["next_steps"] = [{"text": {"fr": "tenir la commission", "en": "hold the commission",
                                    "ru": "провести заседание межправительственной комиссии"},
                           "date": "2021-10-14", "owner": "Департамент экономического сотрудничества"}]
    seed["invitations"] = [{"from": "p1", "to": "p2", "visit": "official_visit", "accepted": True}]
    return seed


@pytest.mark.parametrize("template", ["briefing-ru", "record-ru"])
def test_russian_internal_documents(template):
    """The briefing note and the record of conversation in Russian: read back, in Russian, marked."""
    import io

    from docx import Document
    from docx.oxml.ns import qn

    from chancery.render import render_document

    data = render_document(_seed_ru_internal(), template)
    document = Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    text = "\n".join(texts + cells)
    assert "Собеседник: Руслан Казакбаев, министр иностранных дел Кыргызстана" in texts
    assert "Официальный визит\u00a0— 2\u00a0июля 2021\u00a0г., Баку" in texts
    for leftover in ("{{", "{%", APPOSITION, "None", "the ", " de ", "Minister", "ministre"):
        assert leftover not in text, leftover
    headers = [p.text for s in document.sections for p in s.header.paragraphs]
    assert "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ" in headers
    langs = {el.get(qn("w:val")) for el in document.styles.element.iter(qn("w:lang"))}
    assert langs == {"ru-RU"}
    if template == "briefing-ru":
        assert "Для Министра" in texts
        assert "Подтвердить проведение заседания межправительственной комиссии." in texts
        from chancery.render import build_context

        purpose = build_context(_seed_ru_internal(), "ru", kind="briefing")["brief"]["purpose"]
        assert purpose.startswith("В ходе переговоров с Русланом Казакбаевым (в рамках официального визита в "
                                  "Азербайджан) будут обсуждены двусторонняя повестка дня")
        assert purpose.endswith(" Планируется подписание программы сотрудничества.")
        assert "30-летие установления дипломатических отношений (2022\u00a0г.)" in texts
    else:
        assert "Запись беседы" in texts
        assert "Джейхун Байрамов (министр иностранных дел Азербайджана)" in texts
        assert any(t.startswith("Д.\u00a0Байрамов заявил, что") for t in texts)
        assert "Д.\u00a0Байрамов пригласил коллегу посетить Азербайджан с официальным визитом. Приглашение было "\
               "принято с благодарностью." in texts
        assert "Министры договорились провести 14\u00a0октября заседание межправительственной комиссии." in texts
        assert "Подготовка официального визита в Азербайджан (Руслан Казакбаев)" in cells
        assert "Контроль за выполнением программы сотрудничества на 2021–2022 годы" in cells
        assert "Департамент экономического сотрудничества" in cells


def test_a_head_of_state_keeps_title_and_name_after_the_first_mention():
    # "Президент Ильхам Алиев подчеркнул …", never "И. Алиев"; inside a sentence the title keeps its capital.
    several = prose.communique(load(FIXTURES / "meetings" / "state-visit-several.json"), "ru")
    body = " ".join(several["paragraphs"])
    assert "Президент Ильхам Алиев подчеркнул" in body and "Президент Садыр Жапаров поздравил" in body
    assert "И.\u00a0Алиев" not in body and "С.\u00a0Жапаров" not in body
    host = prose.communique(load(FIXTURES / "meetings" / "audience-host.json"), "ru")
    assert "А.\u00a0Таяни поблагодарил Президента Ильхама Алиева за" in " ".join(host["paragraphs"])
    # A minister keeps the initials.
    guest = prose.communique(load(FIXTURES / "meetings" / "audience-guest.json"), "ru")
    assert "Президент Садыр Жапаров пригласил Д.\u00a0Байрамова" in " ".join(guest["paragraphs"])


def test_the_only_head_of_state_is_also_the_head_of_state():
    from chancery.render.facts import Facts
    from chancery.render.realise_ru import RussianRealiser

    meeting = record.normalize(load(FIXTURES / "meetings" / "audience-host.json"))
    realiser = RussianRealiser(Facts(meeting, "ru"))
    president = next(p for p in realiser.f.people if p.ref == "p1" or "Алиев" in p.name)
    assert realiser.role_np(president, "dat") == "главе государства"
    assert realiser.short_np(president, "gen") == "Президента Ильхама Алиева"


def test_consultations_headline_names_both_ministries():
    doc = prose.communique(load(FIXTURES / "meetings" / "consultations-third-party.json"), "ru")
    assert doc["headline"] == "Состоялись политические консультации между МИД Азербайджана и Армении"


def test_ministers_present_are_named():
    doc = prose.communique(load(FIXTURES / "readouts" / "ma-rs-working-2018.json"), "ru")
    assert doc["lead"].endswith("На переговорах также присутствовал министр по делам молодёжи и спорта Сербии "
                                "Ваня Удовичич.")


def test_joint_statements_share_their_subject():
    meeting = load(FIXTURES / "meetings" / "bilateral-guest-dushanbe.json")
    meeting["statements"] = [
        {"speaker": "both", "verb": "noted", "text": {"fr": "x", "en": "x", "ru": "отношения успешно развиваются"}},
        {"speaker": "both", "verb": "condemned", "text": {"fr": "y", "en": "y", "ru": "терроризм во всех его формах"}},
        {"speaker": "both", "verb": "agreed",
         "text": {"fr": "z", "en": "z", "ru": "активизировать контакты между министерствами"}},
    ]
    body = " ".join(prose.communique(meeting, "ru")["paragraphs"])
    assert ("Они отметили, что отношения успешно развиваются, осудили терроризм во всех его формах и "
            "договорились активизировать контакты между министерствами.") in body
    meeting["statements"] = meeting["statements"][1:] + meeting["statements"][:1]
    body = " ".join(prose.communique(meeting, "ru")["paragraphs"])
    assert ("Они осудили терроризм во всех его формах, договорились активизировать контакты между "
            "министерствами и отметили, что отношения успешно развиваются.") in body


def _demo_meetings() -> list[tuple[str, dict]]:
    from chancery.demo import generate_meetings, reference_meeting

    return [("reference", reference_meeting())] + [(f"demo-{i}", m) for i, m in enumerate(generate_meetings(60))]


DEMO = _demo_meetings()


@pytest.mark.parametrize("name,meeting", DEMO, ids=[name for name, _m in DEMO])
def test_demo_meetings_read_in_russian(name: str, meeting: dict):
    # A Russian user rendering a demo meeting gets a Russian communiqué: every text has its Russian, and the
    # generic checks (names in the right case, no doubled titles, no leftover markup) pass.
    meeting = record.normalize(meeting)
    assert not record.missing_translations(meeting, ["ru"])
    doc = prose.communique(meeting, "ru")
    problems = check_communique(meeting, "ru", doc)
    assert not problems, "\n".join(str(p) for p in problems)
    text = " ".join([doc["headline"], doc["lead"], *doc["paragraphs"]])
    assert "{" not in text and not re.search(r"[A-Za-z]{4,}", text.replace("AZERTAC", "").replace("COP29", ""))


def test_an_office_held_somewhere_takes_its_country_after_the_head():
    meeting = next(m for _n, m in DEMO if any(p["title"].get("ru", "").startswith("посол ") and p["role"] == "principal"
                                              for p in m["participants"]))
    lead = prose.communique(record.normalize(meeting), "ru")["lead"]
    assert re.search(r"с послом [А-ЯЁ][а-яё]+ в [А-ЯЁ]", lead), lead
    # An envoy's organisation comes before the remit; a minister's country after the portfolio.
    meeting = next(m for _n, m in DEMO if any(p["title"].get("ru", "").startswith("Верховный представитель")
                                              and p["role"] == "principal" for p in m["participants"]))
    lead = prose.communique(record.normalize(meeting), "ru")["lead"]
    assert "Верховным представителем Европейского союза по иностранным делам и политике безопасности" in lead
    lead = prose.communique(load(FIXTURES / "meetings" / "phone-call-guest-initiated.json"), "ru")["lead"]
    assert "с министром по делам Европы и иностранных дел Франции" in lead


def test_a_particle_joined_by_a_hyphen_stays_and_the_name_declines():
    assert ru.name_case("Адель аль-Джубейр", "m", "ins") == "Аделем аль-Джубейром"
    assert ru.name_case("Саид аль-Мансури", "m", "gen") == "Саида аль-Мансури"


def test_the_record_summary_is_in_the_past_in_russian():
    from chancery.render import build_context

    seed = _seed_ru_internal()
    seed["initiated_by"] = "host"
    summary = " ".join(build_context(seed, "ru", kind="record")["conversation"]["summary"])
    assert "Русланом Казакбаевым, находившимся с официальным визитом в Азербайджане" in summary
    assert "Визит проходил по приглашению азербайджанской стороны." in summary
    # The communiqué, written while the visit goes on, keeps the present.
    assert "находящимся с официальным визитом" in prose.communique(seed, "ru")["lead"]
