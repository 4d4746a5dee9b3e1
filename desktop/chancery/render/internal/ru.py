"""Russian wording of the internal documents: the note for the Minister (справка к встрече) and
the record of conversation (запись беседы).

The same functions as ``fr.py`` and ``en.py``, each taking facts already in
Russian (names and titles in the nominative, as the record gives them) and
returning a finished phrase or sentence; typography is applied by the caller.
Where Russian needs a case, the phrase is declined with :mod:`..russian`
(pymorphy3 / pytrovich, loaded on first use); where the gender of a name is
not known here, the sentence is built so that the name stays in the
nominative ("собеседник: …", "(с нашей стороны: …)").
"""

from __future__ import annotations

import datetime as dt
import re

from .. import reference
from .. import russian as grammar
from ..typography import capitalize_first, sentence, strip_final_stop

LANG = "ru"

WORDS = {
    "first_meeting": "Ранее с нами не встречался (встречалась).",
    "todo_talking_points": "Тезисы к беседе ещё не подготовлены.",
    "to_be_assigned": "не назначен",
    "not_set": "—",
    "done": "выполнено",
    "head_of_delegation": "глава делегации",
    "other_participants": "Другие участники",
    "both": "Обе стороны",
    "impersonal": "Прочие вопросы",
    "ministry": "Министерство иностранных дел",
    "cooperation": "Сотрудничество",
}

# What a meeting of each kind is called: (noun phrase in the genitive after "в ходе", plural).
MEETING_NOUNS = {
    "bilateral_meeting": ("встречи", False),
    "official_visit": ("переговоров", True),
    "working_visit": ("переговоров", True),
    "state_visit": ("переговоров", True),
    "phone_call": ("телефонного разговора", False),
    "videoconference": ("видеоконференции", False),
    "sidelines": ("встречи", False),
    "audience": ("встречи", False),
    "signing_ceremony": ("церемонии подписания", False),
    "political_consultations": ("политических консультаций", True),
}
KIND_SHORT = {
    "bilateral_meeting": "встреча", "official_visit": "официальный визит", "working_visit": "рабочий визит",
    "state_visit": "государственный визит", "phone_call": "телефонный разговор", "videoconference": "видеоконференция",
    "sidelines": "встреча", "audience": "приём", "signing_ceremony": "церемония подписания",
    "political_consultations": "политические консультации",
}
VISITS = {"official_visit": "официальный визит", "working_visit": "рабочий визит",
          "state_visit": "государственный визит"}
AREAS_IN_PURPOSE = 4
SEMICOLON = "; "


# -- small helpers -----------------------------------------------------------


def date(value: dt.date, style: dict | None = None, *, year: bool = True) -> str:
    """2 июля 2021 г."""
    return grammar.date_text(value, year=year)


def date_range(start: dt.date, end: dt.date | None, style: dict | None = None) -> str:
    """2 июля 2021 г. · 2–3 июля 2021 г. · 30 июня – 2 июля 2021 г."""
    return grammar.date_phrase(start, end, year=True)


def list_text(items: list[str]) -> str:
    return grammar.list_text(items)


def lower_first(text: str) -> str:
    if len(text) > 1 and text[:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def country_np(code: str) -> str:
    return reference.country_name(code, LANG)


def _country_case(code: str, case: str) -> str:
    found = reference.grammar(code)
    override = (found.get("ru_cases") or {}).get(case)
    return str(override) if override else grammar.noun_phrase(country_np(code), case, place=True)


def of_country(code: str) -> str:
    """Кыргызстана (the genitive after a title)."""
    return _country_case(code, "gen")


def in_country(code: str) -> str:
    """в Азербайджане · на Кубе."""
    return grammar.with_preposition(reference.grammar(code).get("ru_prep") or "в", _country_case(code, "loc"))


def to_country(code: str) -> str:
    """в Азербайджан · на Кубу."""
    return grammar.with_preposition(reference.grammar(code).get("ru_prep") or "в", _country_case(code, "acc"))


def of_org(org: str) -> str:
    """ОДКБ · Организации Объединённых Наций (the genitive after a title)."""
    return grammar.noun_phrase(org, "gen")


def org_np(org: str) -> str:
    return org


def title_head(title: str) -> str:
    """"министр" of "министр иностранных дел"; "генеральный секретарь" of "генеральный секретарь ОДКБ"."""
    return grammar.head_phrase(re.split(r",\s|\s[—–-]\s", title)[-1])


def demonym(code: str | None) -> str:
    """The state adjective in the feminine, for "делегация": "кыргызская"."""
    if not code:
        return ""
    return (reference.grammar(code).get("ru_adjective") or {}).get("f") or ""


def _with(who: str, gender: str | None) -> str:
    """с Русланом Казакбаевым — when one person's gender is known; else the names stay as given."""
    if gender in ("m", "f") and " и " not in who and "," not in who:
        return grammar.with_preposition("с", grammar.name_case(who, gender, "ins"))
    return f"(собеседники: {who})" if who else ""


# -- heading -----------------------------------------------------------------


def addressee(head: str, gender: str | None) -> str:
    """Для Министра · Для Президента."""
    if not head:
        return "Справка"
    return "Для " + capitalize_first(grammar.noun_phrase(head, "gen", animate=True))


def describe(name: str, title: str, of_phrase: str) -> str:
    """Руслан Казакбаев, министр иностранных дел Кыргызстана."""
    if not title:
        return name
    return f"{name}, {title}" + (f" {of_phrase}" if of_phrase else "")


def subject(people: list[str]) -> str:
    """Собеседник: Руслан Казакбаев, министр иностранных дел Кыргызстана."""
    label = "Собеседник" if len(people) == 1 else "Собеседники"
    return f"{label}: {SEMICOLON.join(people)}"


def when_where(kind_label: str, when: str, city: str) -> str:
    return f"{kind_label} — {when}" + (f", {city}" if city else "")


def delegation_label(side_word: str, country: str | None, org: str | None, adjective: str) -> str:
    """Кыргызская делегация (гостевая сторона) · Делегация ОБСЕ (принимающая сторона)."""
    role = {"host": "принимающая сторона", "guest": "гостевая сторона"}.get(side_word, side_word)
    if org:
        return f"Делегация {of_org(org)} ({role})"
    if adjective:
        return f"{capitalize_first(adjective)} делегация ({role})"
    if country:
        return f"Делегация {of_country(country)} ({role})"
    return capitalize_first(role)


def side_label(country: str | None, org: str | None, adjective: str, *, caller: bool) -> str:
    """A side of a call: Кыргызская сторона · ОБСЕ — (инициатор разговора)."""
    if org:
        label = org
    elif adjective:
        label = f"{capitalize_first(adjective)} сторона"
    elif country:
        label = f"Сторона {of_country(country)}"
    else:
        label = "Другая сторона"
    return label + (" (инициатор разговора)" if caller else "")


# -- the briefing note -----------------------------------------------------


def purpose(*, kind: str, our_side: str, who: str, gender: str | None, occasion: str, topics: list[str],
            areas: list[str], partner: str, visit_country: str | None,
            documents: list[tuple[str | None, str]]) -> str:
    """What the meeting is for, in the future tense: "В ходе переговоров с … будут обсуждены …"."""
    noun, _plural = MEETING_NOUNS.get(kind, MEETING_NOUNS["bilateral_meeting"])
    intro = f"в ходе {noun} {_with(who, gender)}".rstrip()
    if occasion:
        intro += f" {occasion}"
    elif kind in VISITS and visit_country:
        visit = grammar.noun_phrase(VISITS[kind], "gen")
        intro += f" (в рамках {visit} {to_country(visit_country)})"
    objects = []
    if topics:
        objects.append(list_text(topics))
    if len(areas) > AREAS_IN_PURPOSE:
        objects.append("сотрудничество в областях, включённых в повестку дня")
    elif areas:
        objects.append(f"сотрудничество в следующих областях: {', '.join(lower_first(a) for a in areas)}")
    if objects:
        text = sentence(f"{intro} будут обсуждены {', а также '.join(objects)}")
    else:
        with_partner = grammar.with_preposition("с", grammar.noun_phrase(partner, "ins", place=True)) if partner \
            else ""
        text = sentence(f"{intro} будет рассмотрено состояние отношений {with_partner}".rstrip())
    if documents:
        text += " " + sentence(f"Планируется подписание {_some_documents(documents)}")
    return text


def _some_documents(documents: list[tuple[str | None, str]]) -> str:
    """программы сотрудничества · двух документов (the genitive after "подписание")."""
    if len(documents) > 1:
        return grammar.number_phrase(len(documents), "документ", "gen")
    _code, label = documents[0]
    return grammar.noun_phrase(lower_first(label), "gen") if label else "документа"


def document_np(code: str | None, label: str) -> str:
    """программа сотрудничества (the type, in the nominative)."""
    return lower_first(label)


def agenda_areas(labels: list[str]) -> str:
    return f"{WORDS['cooperation']}: {', '.join(lower_first(label) for label in labels)}"


def document_to_sign(title: str, type_label: str, signatories: list[str]) -> str:
    text = title
    if type_label:
        text += f" ({lower_first(type_label)})"
    if signatories:
        text += f" — подписывают: {list_text(signatories)}"
    return text


def current_title(title: str) -> str:
    return f"Должность: {title}."


def earlier_titles(items: list[tuple[str, int | None, int | None]]) -> str:
    parts = []
    for title, first, last in items:
        years = "" if first is None else f" ({first}\u00a0г.)" if first == last else f" ({first}–{last}\u00a0гг.)"
        parts.append(title + years)
    return f"Прежние должности: {SEMICOLON.join(parts)}."


def met_before(count: int, since: int | None, shown: int) -> str:
    text = f"Встречи с нами ранее: {count}" + (f" (с {since}\u00a0г.)" if since and count > 1 else "")
    if shown < count:
        text += f", приведены последние {shown}"
    return text + ":"


def signed_with_us() -> str:
    return "Документы, подписанные с нами:"


def earlier_meeting(when: str, kind: str, city: str, occasion: str, ours: str, gist: list[str]) -> str:
    """2 июля 2021 г. — официальный визит в Баку (с нашей стороны: Джейхун Байрамов): повестка дня."""
    text = f"{when} — {KIND_SHORT.get(kind, 'встреча')}"
    if occasion:
        text += f" {occasion}"
    elif city and kind not in ("phone_call", "videoconference"):
        case = "acc" if kind in VISITS else "loc"
        text += " " + grammar.with_preposition("в", grammar.noun_phrase(city, case, place=True))
    if ours:
        text += f" (с нашей стороны: {ours})"
    if gist:
        text += ": " + SEMICOLON.join(gist)
    return text


def gist_topics(labels: list[str]) -> str:
    return ", ".join(lower_first(label) for label in labels)


def gist_signed(type_labels: list[str]) -> str:
    return "подписаны: " + ", ".join(lower_first(label) for label in type_labels)


def gist_invitation(visit: str) -> str:
    return f"приглашение: {VISITS.get(visit, 'визит')}"


def signed_earlier(title: str, when: str) -> str:
    return f"{title} ({when})"


def other_meetings_heading(partner: str, any_listed_above: bool) -> str:
    who = grammar.noun_phrase(partner, "ins", place=True)
    return ("Другие встречи " if any_listed_above else "Прежние встречи ") + grammar.with_preposition("с", who)


def open_invitation(*, when: str, inviter: str, invited: str, visit: str, where: str, accepted: bool | None,
                    style: dict | None = None) -> str:
    what = VISITS.get(visit, "визит")
    text = f"Приглашение от {when} ({inviter} — {invited}): {what}"
    if where:
        text += f" {to_country(where)}"
    status = "принято, визит ещё не состоялся" if accepted else "визит ещё не состоялся"
    return f"{text}; {status}."


def honoured_invitation(*, when: str, inviter: str, invited: str, visit_now: bool) -> str:
    what = "Визит состоится" if visit_now else "Встреча проводится"
    return f"{what} по приглашению от {when} ({inviter} — {invited})."


def open_step(*, text: str, agreed: str, due: str, overdue: bool, owner: str, event: bool = False) -> str:
    """An open next step of an earlier meeting; the date of an event (a meeting to be held) is when it is planned,
    any other step's a deadline."""
    line = capitalize_first(strip_final_stop(text)) + f" — договорённость от {agreed}"
    if due:
        if event:
            line += f", запланировано на {due}" + (" (дата прошла)" if overdue else "")
        else:
            line += f", срок: {due}" + (" (просрочено)" if overdue else "")
    if owner:
        line += f", ответственный: {owner}"
    return line + "."


def more_items(count: int) -> str:
    return f"… и ещё {count} (не приведены)."


def anniversary(ordinal: int, subject_phrase: str, year: int | None) -> str:
    text = f"{grammar.anniversary(ordinal)} {grammar.noun_phrase(subject_phrase, 'gen')}"
    return text + (f" ({year}\u00a0г.)" if year else "")


def prepared_on(when: str) -> str:
    return when


# -- the record of conversation --------------------------------------------


def speaker_heading(name: str, title: str) -> str:
    return f"{name} ({title})" if title else name


def signed_document(title: str, signatories: list[str]) -> str:
    return title + (f"; подписали: {list_text(signatories)}" if signatories else "")


def follow_visit(*, visitor: str, visit: str, where: str) -> str:
    what = grammar.noun_phrase(VISITS.get(visit, "визит"), "gen")
    return f"Подготовка {what}" + (f" {to_country(where)}" if where else "") + f" ({visitor})"


def follow_document(document: str, period: str | None) -> str:
    """Контроль за выполнением программы сотрудничества на 2021–2022 годы."""
    named = f"документа {document}" if document.startswith(("«", '"')) else grammar.noun_phrase(document, "gen")
    text = f"Контроль за выполнением {named}"
    if period and period not in document and period.replace("-", "–") not in document:
        text += f" на {period.replace('-', '–')} годы" if re.fullmatch(r"\d{4}-\d{4}", period) else f" ({period})"
    return text


def follow_anniversary(ordinal: int, subject_phrase: str) -> str:
    subject = grammar.noun_phrase(subject_phrase, "gen")
    return f"Подготовка к празднованию {grammar.anniversary(ordinal, 'gen')} {subject}"


def due_year(year: int) -> str:
    return f"{year}\u00a0г."
