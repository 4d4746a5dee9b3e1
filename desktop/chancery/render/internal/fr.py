"""French wording of the internal documents: the note pour le Ministre and the
compte rendu d'entretien.

Every function takes facts already in French (names, titles, dates written
out) and returns a finished phrase or sentence; typography is applied by the
caller.  ``en.py`` has the same names; a new language is one more module
like these two (see ``__init__``).
"""

from __future__ import annotations

import datetime as dt

from .. import french as grammar
from .. import reference
from ..typography import capitalize_first, sentence, strip_final_stop

LANG = "fr"

WORDS = {
    "first_meeting": "Première rencontre avec nous.",
    "todo_talking_points": "Les éléments de langage restent à rédiger.",
    "to_be_assigned": "à désigner",
    "not_set": "—",
    "done": "réalisé",
    "head_of_delegation": "chef de délégation",
    "other_participants": "Autres participants",
    "both": "Les deux parties",
    "impersonal": "Autres points",
    "ministry": "ministère des Affaires étrangères",
    "cooperation": "Coopération",
}

# What a meeting of each kind is called in running text: (noun phrase, feminine, plural).
MEETING_NOUNS = {
    "bilateral_meeting": ("l'entretien", False, False),
    "official_visit": ("l'entretien", False, False),
    "working_visit": ("l'entretien", False, False),
    "state_visit": ("l'entretien", False, False),
    "phone_call": ("l'entretien téléphonique", False, False),
    "videoconference": ("l'entretien par visioconférence", False, False),
    "sidelines": ("l'entretien", False, False),
    "audience": ("l'audience", True, False),
    "signing_ceremony": ("la cérémonie de signature", True, False),
    "political_consultations": ("les consultations politiques", True, True),
}
# The same, short, for one-line summaries of earlier meetings.
KIND_SHORT = {
    "bilateral_meeting": "entretien", "official_visit": "visite officielle", "working_visit": "visite de travail",
    "state_visit": "visite d'État", "phone_call": "entretien téléphonique", "videoconference": "visioconférence",
    "sidelines": "rencontre", "audience": "audience", "signing_ceremony": "cérémonie de signature",
    "political_consultations": "consultations politiques",
}
VISITS = {"official_visit": "visite officielle", "working_visit": "visite de travail", "state_visit": "visite d'État"}
# Document types whose French noun is feminine (déclaration, feuille de route).
FEMININE_DOCUMENTS = {"joint_declaration", "joint_statement", "roadmap"}
NUMBERS = {2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 7: "sept", 8: "huit", 9: "neuf", 10: "dix"}
# More areas than this are summed up in the purpose (the agenda lists them).
AREAS_IN_PURPOSE = 4
_COMPOUND_HEADS = ("secrétaire d'état", "ministre d'état", "chef de la diplomatie", "haut représentant",
                   "haute représentante", "chargé d'affaires", "chargée d'affaires")
SEMICOLON = "\u00a0; "
_SPLIT_WORDS = {"de", "des", "du", "à", "au", "aux", "chargé", "chargée", "pour", "en", "auprès", "et"}


# -- small helpers -----------------------------------------------------------


def date(value: dt.date, style: dict | None = None, *, year: bool = True) -> str:
    """2 juillet 2021 (``style``: the house style, see facts.HOUSE_STYLE_DEFAULTS)."""
    return grammar.date_text(value, year=year)


def list_text(items: list[str]) -> str:
    return grammar.list_text(items)


def of_country(code: str) -> str:
    """du Kirghizistan · de l'Azerbaïdjan · des États-Unis."""
    found = reference.grammar(code)
    if found.get("fr_of"):
        return found["fr_of"]
    return grammar.contract_de(found.get("fr_article") or reference.country_name(code, LANG))


def in_country(code: str) -> str:
    """au Kirghizistan · en Azerbaïdjan."""
    found = reference.grammar(code)
    return found.get("fr_in") or "en " + reference.country_name(code, LANG)


def of_org(org: str) -> str:
    return grammar.contract_de(grammar.with_article(org))


def org_np(org: str) -> str:
    """l'OSCE · le Conseil de l'Europe."""
    return grammar.with_article(org)


def country_np(code: str) -> str:
    found = reference.grammar(code)
    return found.get("fr_article") or reference.country_name(code, LANG)


def title_head(title: str) -> str:
    """"ministre" of "ministre des Affaires étrangères"."""
    low = title.lower().replace("\u2019", "'")
    for compound in _COMPOUND_HEADS:
        if low.startswith(compound):
            return title[: len(compound)]
    words = title.split()
    for i, word in enumerate(words):
        low_word = word.lower().replace("\u2019", "'")
        if i and (low_word in _SPLIT_WORDS or low_word.startswith(("d'", "l'"))):
            return " ".join(words[:i])
        if word.endswith(","):
            return " ".join(words[: i + 1]).rstrip(",")
    return title


# -- heading -----------------------------------------------------------------


def addressee(head: str, gender: str | None) -> str:
    """Note pour le Ministre · Note pour la Présidente."""
    if not head:
        return "Note"
    article = grammar.article("f" if gender == "f" else "m", head)
    return f"Note pour {article}{capitalize_first(head)}"


def describe(name: str, title: str, of_phrase: str) -> str:
    """Rouslan Kazakbaïev, ministre des Affaires étrangères du Kirghizistan."""
    if not title:
        return name
    return f"{name}, {title}" + (f" {of_phrase}" if of_phrase else "")


def subject(people: list[str]) -> str:
    return f"Entretien avec {list_text(people)}"


def when_where(kind_label: str, when: str, city: str) -> str:
    return f"{kind_label} — {when}" + (f", {city}" if city else "")


def delegation_label(side_word: str, country: str | None, org: str | None, feminine_demonym: str) -> str:
    """Délégation kirghize (partie invitée) · Délégation de l'OSCE (partie hôte)."""
    role = {"host": "partie hôte", "guest": "partie invitée"}.get(side_word, side_word)
    if org:
        return f"Délégation {of_org(org)} ({role})"
    if feminine_demonym:
        return f"Délégation {feminine_demonym} ({role})"
    if country:
        return f"Délégation {of_country(country)} ({role})"
    return capitalize_first(role)


def side_label(country: str | None, org: str | None, feminine_demonym: str, *, caller: bool) -> str:
    """A side of a call: Partie kirghize · Union européenne — (à l'origine de l'appel)."""
    if org:
        label = capitalize_first(org)
    elif feminine_demonym:
        label = f"Partie {feminine_demonym}"
    elif country:
        label = capitalize_first(country_np(country))
    else:
        label = "Autre partie"
    return label + (" (à l'origine de l'appel)" if caller else "")


def demonym(code: str | None) -> str:
    if not code:
        return ""
    return (reference.grammar(code).get("fr_demonym") or {}).get("fs", "")


# -- the briefing note -----------------------------------------------------


def purpose(*, kind: str, our_side: str, who: str, gender: str | None, occasion: str, topics: list[str],
            areas: list[str], partner: str, visit_country: str | None,
            documents: list[tuple[str | None, str]]) -> str:
    """A neutral sentence of what the meeting is for, in the future tense."""
    noun, feminine, plural = MEETING_NOUNS.get(kind, MEETING_NOUNS["bilateral_meeting"])
    if kind == "audience":
        intro = f"{noun} accordée à {who}" if our_side == "host" else f"{noun} auprès de {who}"
    else:
        intro = f"{noun} avec {who}"
    if occasion:
        intro += f", {occasion},"
    elif kind in VISITS and visit_country:
        visit = VISITS[kind]
        where = in_country(visit_country)
        intro += (f", à l'occasion de sa {visit} {where}," if our_side == "host"
                  else f", à l'occasion de la {visit} {where},")
    verb = "permettront" if plural else "permettra"
    objects = []
    if topics:
        objects.append(list_text(topics))
    if len(areas) > AREAS_IN_PURPOSE:
        objects.append("la coopération dans les domaines inscrits à l'ordre du jour")
    elif areas:
        domain = "le domaine" if len(areas) == 1 else "les domaines"
        objects.append(f"la coopération dans {domain} {list_text([grammar.contract_de(a) for a in areas])}")
    if objects:
        text = sentence(f"{intro} {verb} d'examiner {', ainsi que '.join(objects)}")
    else:
        text = sentence(f"{intro} {verb} de faire le point sur les relations avec {partner}")
    if documents:
        text += " " + sentence(f"La signature {_some_documents(documents)} est prévue")
    return text


def _some_documents(documents: list[tuple[str | None, str]]) -> str:
    """d'un programme de coopération · d'une déclaration commune · de deux documents."""
    if len(documents) > 1:
        return f"de {NUMBERS.get(len(documents), str(len(documents)))} documents"
    code, label = documents[0]
    if not label:
        return "d'un document"
    return ("d'une " if code in FEMININE_DOCUMENTS else "d'un ") + lower_first(label)


def document_np(code: str | None, label: str) -> str:
    """le programme de coopération · la déclaration commune · l'accord."""
    label = lower_first(label)
    return grammar.article("f" if code in FEMININE_DOCUMENTS else "m", label) + label


def agenda_areas(labels: list[str]) -> str:
    return f"{WORDS['cooperation']} : {list_text([lower_first(label) for label in labels])}"


def document_to_sign(title: str, type_label: str, signatories: list[str]) -> str:
    """« Programme … » (programme de coopération) — signataires : A et B."""
    text = title
    if type_label:
        text += f" ({lower_first(type_label)})"
    if signatories:
        text += f" — signataires : {list_text(signatories)}"
    return text


def current_title(title: str) -> str:
    return f"Fonction actuelle : {title}."


def earlier_titles(items: list[tuple[str, int | None, int | None]]) -> str:
    parts = []
    for title, first, last in items:
        years = "" if first is None else f" ({first})" if first == last else f" ({first}–{last})"
        parts.append(title + years)
    return f"Fonctions antérieures : {SEMICOLON.join(parts)}."


def met_before(count: int, since: int | None, shown: int) -> str:
    text = f"Rencontres précédentes ({count}" + (f", depuis {since}" if since and count > 1 else "") + ")"
    if shown < count:
        text += f", les {shown} plus récentes"
    return text + " :"


def signed_with_us() -> str:
    return "Documents signés avec nous :"


def earlier_meeting(when: str, kind: str, city: str, occasion: str, ours: str, gist: list[str]) -> str:
    """4 mai 2020 — visite officielle à Bichkek, avec Djeyhoun Baïramov : agenda bilatéral ; signature : plan."""
    text = f"{when} — {KIND_SHORT.get(kind, 'entretien')}"
    if occasion:
        text += f" {occasion}"
    elif city and kind not in ("phone_call", "videoconference"):
        text += f" {grammar.city_in(city)}"
    if ours:
        # "entretien téléphonique avec X", but "visite officielle à Bichkek, avec X"
        placed = bool(occasion) or (bool(city) and kind not in ("phone_call", "videoconference"))
        text += f"{',' if placed else ''} avec {ours}"
    if gist:
        text += " : " + SEMICOLON.join(gist)
    return text


def gist_topics(labels: list[str]) -> str:
    return ", ".join(lower_first(label) for label in labels)


def gist_signed(type_labels: list[str]) -> str:
    return "signature : " + ", ".join(lower_first(label) for label in type_labels)


def gist_invitation(visit: str) -> str:
    return f"invitation à une {VISITS.get(visit, 'visite')}"


def signed_earlier(title: str, when: str) -> str:
    return f"{title} ({when})"


def other_meetings_heading(partner: str, any_listed_above: bool) -> str:
    return ("Autres rencontres avec " if any_listed_above else "Rencontres précédentes avec ") + partner


def open_invitation(*, when: str, inviter: str, invited: str, visit: str, where: str, accepted: bool | None,
                    style: dict | None = None) -> str:
    text = f"Invitation adressée le {when} par {inviter} à {invited} à effectuer une {VISITS.get(visit, 'visite')}"
    if where:
        text += f" {in_country(where)}"
    status = "acceptée, pas encore honorée" if accepted else "pas encore honorée"
    return f"{text} : {status}."


def honoured_invitation(*, when: str, inviter: str, invited: str, visit_now: bool) -> str:
    what = "Cette visite donnera suite" if visit_now else "Cet entretien donnera suite"
    return f"{what} à l'invitation adressée le {when} par {inviter} à {invited}."


def open_step(*, text: str, agreed: str, due: str, overdue: bool, owner: str, event: bool = False) -> str:
    """An open next step of an earlier meeting; the date of an event (a meeting to be held) is when it is planned,
    any other step's a deadline."""
    line = capitalize_first(strip_final_stop(text)) + f" — convenu le {agreed}"
    if due:
        if event:
            line += f", date prévue : {due}" + (" (passée)" if overdue else "")
        else:
            line += f", échéance : {due}" + (" (dépassée)" if overdue else "")
    if owner:
        line += f", responsable : {owner}"
    return line + "."


def more_items(count: int) -> str:
    return f"… et {count} autre{'s' if count > 1 else ''}, non listée{'s' if count > 1 else ''} ici."


def anniversary(ordinal: int, subject_phrase: str, year: int | None) -> str:
    text = f"{grammar.ordinal(ordinal)} anniversaire {grammar.contract_de(subject_phrase)}"
    return text + (f" ({year})" if year else "")


def prepared_on(when: str) -> str:
    return when


# -- the record of conversation --------------------------------------------


def speaker_heading(name: str, title: str) -> str:
    return f"{name} ({title})" if title else name


def signed_document(title: str, signatories: list[str]) -> str:
    return title + (f", signé par {list_text(signatories)}" if signatories else "")


def follow_visit(*, visitor: str, visit: str, where: str) -> str:
    what = VISITS.get(visit, "visite")
    return f"Préparer la {what} de {visitor}" + (f" {in_country(where)}" if where else "")


def follow_document(document: str, period: str | None) -> str:
    """Suivre la mise en œuvre du programme de coopération pour 2021-2022."""
    text = f"Suivre la mise en œuvre {grammar.contract_de(document)}"
    if period and period not in document:
        text += f" pour {period}"
    return text


def follow_anniversary(ordinal: int, subject_phrase: str) -> str:
    return f"Préparer la célébration du {grammar.ordinal(ordinal)} anniversaire {grammar.contract_de(subject_phrase)}"


def due_year(year: int) -> str:
    return str(year)


def lower_first(text: str) -> str:
    """"Agenda bilatéral" → "agenda bilatéral" (acronyms kept)."""
    if len(text) > 1 and text[:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def date_range(start: dt.date, end: dt.date | None, style: dict | None = None) -> str:
    """2 juillet 2021 · 2–3 juillet 2021 · 30 juin – 2 juillet 2021."""
    if end is None or end == start:
        return date(start)
    if start.year == end.year and start.month == end.month:
        return f"{grammar.day(start)}–{date(end)}"
    if start.year == end.year:
        return f"{date(start, year=False)} – {date(end)}"
    return f"{date(start)} – {date(end)}"
