"""The wording of the documents: a meeting record turned into sentences.

One :class:`Writer` per language (French, English) builds the communiqué's
headline, dateline, lead and body paragraphs, and the briefing note's
one-line summaries.  The communiqué speaks from ``our_side``: our principal
is the subject whether we hosted or travelled.  Everything the record says in
a language is taken in that language only; a missing text raises
:class:`RenderError` naming the field (``meeting.statements[2].text.fr``).

Templates receive these strings ready to print; the Word files keep the
layout, the styles and the fixed wording (headings, labels).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..text import fold
from . import english as en
from . import french as fr
from . import lexicon, reference
from .errors import RenderError
from .typography import APPOSITION, capitalize_first, finish, quote, sentence, strip_final_stop

VISIT_KINDS = ("official_visit", "working_visit", "state_visit")
KINDS = (
    "bilateral_meeting", "official_visit", "working_visit", "state_visit", "phone_call",
    "videoconference", "sidelines", "audience", "signing_ceremony", "political_consultations",
)
# Document types whose French noun is feminine (the article before « title »).
FEMININE_DOCUMENTS = {"joint_declaration", "joint_statement", "roadmap"}
# Titles whose demonym goes after the whole compound ("secrétaire d'État kirghiz").
FR_COMPOUND_TITLES = (
    "secrétaire d'état", "ministre d'état", "chef d'état", "chargé d'affaires", "chargée d'affaires",
    "haut représentant", "haute représentante", "chef de la diplomatie",
)
FR_PREPOSITIONS = {"de", "des", "du", "d'", "à", "au", "aux", "chargé", "chargée", "pour", "en", "auprès"}


def parse_date(value: Any, path: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except (TypeError, ValueError):
        raise RenderError(f"{path}: '{value}' is not a date (YYYY-MM-DD)", [f"{path}: not a date"]) from None


class Texts:
    """Picks a language's text out of language maps; a gap is an error naming the field."""

    def __init__(self, lang: str):
        self.lang = lang

    def get(self, value: Any, path: str) -> str:
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, dict):
            text = value.get(self.lang)
            if isinstance(text, str) and text.strip():
                return text.strip()
        missing = f"{path}.{self.lang}"
        raise RenderError(f"missing text in the output language: {missing}", [missing])

    def maybe(self, value: Any, path: str) -> str:
        if value in (None, "", {}):
            return ""
        return self.get(value, path)


class Person:
    def __init__(self, raw: dict, index: int, texts: Texts):
        path = f"meeting.participants[{index}]"
        self.raw = raw
        self.index = index
        self.ref = raw.get("ref")
        self.side = raw.get("side")
        self.role = raw.get("role")
        self.gender = raw.get("gender")
        self.feminine = self.gender == "f"
        self.country = raw.get("country") or None
        self.name = texts.get(raw.get("name"), f"{path}.name")
        self.title = texts.maybe(raw.get("title"), f"{path}.title")
        self.org = texts.maybe(raw.get("organization"), f"{path}.organization") or None

    def same_office(self, other: "Person") -> bool:
        """Counterparts: the same office in some language both records give.

        "ministre des Affaires étrangères" and "ministre de l'Europe et des
        Affaires étrangères" hold the same office; "président" and
        "présidente" too.
        """
        a, b = self.raw.get("title"), other.raw.get("title")
        if isinstance(a, str) and isinstance(b, str):
            return _same_title(a, b)
        if isinstance(a, dict) and isinstance(b, dict):
            shared = [k for k in a if k in b and isinstance(a[k], str) and isinstance(b[k], str) and a[k] and b[k]]
            return bool(shared) and all(_same_title(a[k], b[k]) for k in shared)
        return False


_TITLE_SPLIT = re.compile(r"\s(?:of|for|de|des|du|d'|d\u2019|à|aux?|chargée?)\b", re.IGNORECASE)


def _same_title(a: str, b: str) -> bool:
    a, b = fold(_masc(a)), fold(_masc(b))
    if a == b:
        return True
    head_a, _, rest_a = _TITLE_SPLIT.split(a, maxsplit=1)[0], None, a[len(_TITLE_SPLIT.split(a, maxsplit=1)[0]):]
    head_b, rest_b = _TITLE_SPLIT.split(b, maxsplit=1)[0], b[len(_TITLE_SPLIT.split(b, maxsplit=1)[0]):]
    core_a = re.sub(r"^\s*(?:of|for|de|des|du|d'|à|aux?)\s*(?:the |la |le |les |l')?", "", rest_a).strip()
    core_b = re.sub(r"^\s*(?:of|for|de|des|du|d'|à|aux?)\s*(?:the |la |le |les |l')?", "", rest_b).strip()
    if head_a != head_b or not core_a or not core_b:
        return False
    return core_a.endswith(core_b) or core_b.endswith(core_a)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"\b[A-ZÉ][\w-]*", name))


def _org_in_title(org: str, title: str) -> bool:
    """Whether the title already names the organisation ("EU Special Representative")."""
    if fold(org) in fold(title):
        return True
    initials = _initials(org)
    return len(initials) >= 2 and re.search(rf"\b{re.escape(initials)}\b", title) is not None


def _masc(title: str) -> str:
    # "présidente" and "président" hold the same office.
    return " ".join(w[:-1] if w.endswith("e") and len(w) > 4 else w for w in title.split())


class Writer:
    """Language-independent facts of the meeting; subclasses word them."""

    lang = "en"

    def __init__(self, meeting: dict, settings: dict | None = None):
        self.m = meeting
        self.settings = settings or {}
        self.t = Texts(self.lang)
        people = meeting.get("participants") or []
        self.people = [Person(p, i, self.t) for i, p in enumerate(people) if isinstance(p, dict)]
        self.by_ref = {p.ref: p for p in self.people if p.ref}
        self.our_side = meeting.get("our_side") or "host"
        self.their_side = "guest" if self.our_side == "host" else "host"
        self.ours = self._principals(self.our_side)
        self.theirs = self._principals(self.their_side)
        self.third = [p for p in self.people if p.side == "third"]
        if not self.ours:
            raise RenderError(
                f"meeting.participants: no principal on our side ({self.our_side})",
                ["meeting.participants: no principal on our side"],
            )
        if not self.theirs:
            raise RenderError(
                f"meeting.participants: no principal on the other side ({self.their_side})",
                ["meeting.participants: no principal on the other side"],
            )
        self.kind = meeting.get("kind") or "bilateral_meeting"
        self.date = parse_date(meeting.get("date"), "meeting.date")
        self.end = parse_date(meeting["end_date"], "meeting.end_date") if meeting.get("end_date") else None
        self.place = meeting.get("place") or {}
        self.city = self.t.maybe(self.place.get("city"), "meeting.place.city")
        self.pub = meeting.get("publication") or {}
        self.counterparts = (
            len(self.ours) == 1 and len(self.theirs) == 1 and self.ours[0].same_office(self.theirs[0])
        )
        self.pub_date = (
            parse_date(self.pub["date"], "meeting.publication.date") if self.pub.get("date") else self.date
        )
        self.dateline_city = self.t.maybe(self.pub.get("dateline"), "meeting.publication.dateline")
        agency = self.pub.get("agency")
        self.agency = self.t.maybe(agency, "meeting.publication.agency") if agency else ""
        self.publisher = self.t.maybe(self.pub.get("publisher"), "meeting.publication.publisher")
        self.attribution = self.t.maybe(self.pub.get("attribution"), "meeting.publication.attribution")

    # -- shared decisions ---------------------------------------------------

    def _principals(self, side: str) -> list[Person]:
        return [p for p in self.people if p.side == side and p.role == "principal"]

    def side_people(self, side: str) -> list[Person]:
        return self._principals(side)

    @property
    def dateline_has_year(self) -> bool:
        return bool(self.dateline_city) and not self.agency

    def lead_needs_year(self) -> bool:
        if not self.dateline_city:
            return True
        return self.pub_date.year != self.date.year

    def mention_city(self) -> bool:
        if self.kind in ("phone_call", "videoconference") or not self.city:
            return False
        if self.our_side == "guest" or self.kind == "sidelines":
            return not (self.dateline_city and fold(self.dateline_city) == fold(self.city) and self.our_side == "host")
        return not (self.dateline_city and fold(self.dateline_city) == fold(self.city))

    def visit_country(self) -> str | None:
        code = self.place.get("country")
        if code:
            return code
        host = self._principals("host")
        return host[0].country if host else None

    def person(self, ref: str, path: str) -> Person:
        found = self.by_ref.get(ref)
        if found is None:
            raise RenderError(f"{path}: no participant with ref '{ref}'", [f"{path}: unknown ref"])
        return found

    def all_principals(self) -> list[Person]:
        return self.ours + self.theirs

    def same_heads(self) -> bool:
        heads = {fold(_masc(self.head(p))) for p in self.all_principals()}
        return len(heads) == 1 and "" not in heads

    def signers_are_principals(self, refs: list[str]) -> bool:
        principals = {p.ref for p in self.all_principals()}
        return not refs or set(refs) == principals

    # -- the communiqué -----------------------------------------------------

    def communique(self) -> dict[str, Any]:
        paragraphs: list[str] = []
        lead = self.lead()
        body = self.body()
        doc = {
            "headline": self.fin(self.headline()),
            "dateline": self.fin(self.dateline()),
            "lead": self.fin(lead),
            "paragraphs": [self.fin(p) for p in body if p.strip()],
            "letterhead": self.fin(self.letterhead()),
            "kind_label": reference.label("meeting_kind", self.kind, self.lang, "meeting.kind"),
            "date_long": self.date_long(self.date),
            "place": self.fin(self.city),
            "agency": self.fin(self.agency),
            "publisher": self.fin(self.publisher),
        }
        paragraphs = [doc["lead"], *doc["paragraphs"]]
        doc["all_paragraphs"] = paragraphs
        return doc

    def fin(self, text: str) -> str:
        return finish(text, self.lang) if text else ""

    def letterhead(self) -> str:
        if self.publisher:
            return self.publisher
        ministry = self.settings.get("ministry")
        if isinstance(ministry, dict):
            return ministry.get(self.lang) or ""
        return ministry or ""

    def body(self) -> list[str]:
        paragraphs = [self.format_paragraph()]
        paragraphs += self.statement_paragraphs()
        paragraphs.append(self.anniversaries())
        paragraphs.append(self.invitations())
        paragraphs.append(self.next_steps())
        paragraphs.append(self.documents())
        return [p for p in paragraphs if p]

    def statement_paragraphs(self) -> list[str]:
        statements = [s for s in (self.m.get("statements") or []) if isinstance(s, dict)]
        areas = self.areas_sentence()
        paragraphs: list[str] = []
        current: list[str] = []
        previous_speaker: object = object()
        areas_placed = not areas
        for index, st in enumerate(statements):
            speaker = st.get("speaker")
            if speaker not in (None, "both") and speaker not in self.by_ref:
                raise RenderError(
                    f"meeting.statements[{index}].speaker: no participant with ref '{speaker}'",
                    [f"meeting.statements[{index}].speaker: unknown ref"],
                )
            continued = speaker == previous_speaker and speaker is not None and bool(current)
            if not continued:
                if current:
                    paragraphs.append(" ".join(current))
                current = []
                if speaker == "both" and not areas_placed:
                    current.append(areas)
                    areas_placed = True
                    continued = True
            current.append(self.statement(st, index, continued=continued))
            previous_speaker = speaker
        if current:
            paragraphs.append(" ".join(current))
        if not areas_placed:
            paragraphs.append(areas)
        return paragraphs

    def statement(self, st: dict, index: int, *, continued: bool) -> str:
        path = f"meeting.statements[{index}]"
        text = strip_final_stop(self.t.get(st.get("text"), f"{path}.text"))
        verb = st.get("verb")
        if not verb:
            return sentence(text)
        try:
            reference._entry("reporting_verb", verb, f"{path}.verb")
        except RenderError:
            raise
        lead = lexicon.lead_in(verb, self.lang)
        speaker = st.get("speaker")
        if speaker is None:
            if lead.impersonal:
                return sentence(f"{lead.impersonal} {self.join(lead.pattern, text)}")
            speaker = "both"
        if speaker == "both":
            subject, feminine = self.both_np()
            if continued:
                subject = self.pronoun(plural=True, feminine=feminine)
            form = lead.plural
            pattern = lead.plural_pattern or lead.pattern
            addressee = self.addressee(None)
            his = self.possessive(plural=True, feminine=feminine)
        else:
            person = self.person(speaker, f"{path}.speaker")
            feminine = person.feminine
            subject = self.pronoun(plural=False, feminine=feminine, gender=person.gender) if continued else self.short_np(person)
            form = lead.continued if continued and lead.continued else lead.singular
            pattern = lead.pattern
            addressee = self.addressee(person)
            his = self.possessive(plural=False, feminine=feminine, gender=person.gender)
        lead_in = lexicon.fill(form, feminine=feminine, addressee=addressee, his=his)
        return sentence(f"{subject} {lead_in} {self.join(pattern, text)}")

    # Subclasses implement: headline, dateline, lead, format_paragraph, areas_sentence,
    # anniversaries, invitations, next_steps, documents, both_np, pronoun, possessive,
    # addressee, short_np, join, head, date_long.

    def vocabulary_phrases(self, field: str, vocab: str) -> list[str]:
        """Running-text phrases of a list of codes or free entries (``topics``, ``cooperation_areas``)."""
        out = []
        for i, item in enumerate(self.m.get(field) or []):
            path = f"meeting.{field}[{i}]"
            if isinstance(item, str):
                out.append(reference.phrase(vocab, item, self.lang, path))
            else:
                out.append(self.t.get(item, path))
        return out

    def topic_phrases(self) -> list[str]:
        return self.vocabulary_phrases("topics", "topic")

    def area_phrases(self) -> list[str]:
        return self.vocabulary_phrases("cooperation_areas", "cooperation_area")

    def signed(self) -> list[tuple[dict, int]]:
        """Documents signed, with their index in the record (for field paths)."""
        return [(d, i) for i, d in enumerate(self.m.get("documents_signed") or []) if isinstance(d, dict)]

    @staticmethod
    def by_signers(docs: list[tuple[dict, int]]) -> dict[tuple, list[tuple[dict, int]]]:
        """Documents grouped by who signed them, in order of first appearance."""
        groups: dict[tuple, list[tuple[dict, int]]] = {}
        for doc, i in docs:
            groups.setdefault(tuple(doc.get("signed_by") or []), []).append((doc, i))
        return groups


class FrenchWriter(Writer):
    lang = "fr"

    # -- noun phrases -----------------------------------------------------

    def head(self, p: Person) -> str:
        return self.split_title(p.title)[0]

    @staticmethod
    def split_title(title: str) -> tuple[str, str]:
        """("ministre", "des Affaires étrangères") of "ministre des Affaires étrangères"."""
        low = title.lower().replace("\u2019", "'")
        for compound in FR_COMPOUND_TITLES:
            if low.startswith(compound):
                return title[: len(compound)], title[len(compound):].strip()
        words = title.split()
        for i, word in enumerate(words):
            w = word.lower().replace("\u2019", "'")
            if i > 0 and (w in FR_PREPOSITIONS or w.startswith(("d'", "l'"))):
                return " ".join(words[:i]), " ".join(words[i:])
            if i > 0 and word.startswith(","):
                break
        return title, ""

    def demonym(self, code: str | None, feminine: bool, plural: bool = False) -> str:
        if not code:
            return ""
        forms = reference.grammar(code).get("fr_demonym") or {}
        key = ("f" if feminine else "m") + ("p" if plural else "s")
        return forms.get(key, "")

    def country_np(self, code: str) -> str:
        g = reference.grammar(code)
        return g.get("fr_article") or reference.country_name(code, "fr")

    def country_of(self, code: str) -> str:
        g = reference.grammar(code)
        return g.get("fr_of") or fr.contract_de(self.country_np(code))

    def country_in(self, code: str, formal: bool = False) -> str:
        g = reference.grammar(code)
        if formal and g.get("fr_formal_in"):
            return g["fr_formal_in"]
        return g.get("fr_in") or "en " + reference.country_name(code, "fr")

    def org_np(self, org: str) -> str:
        return fr.with_article(org)

    def full_np(self, p: Person, *, nationality: bool = True) -> str:
        """le ministre azerbaïdjanais des Affaires étrangères, Djeyhoun Baïramov,"""
        if not p.title:
            return p.name
        head, rest = self.split_title(p.title)
        art = fr.article(p.gender, head)
        if p.org:
            if _org_in_title(p.org, p.title):
                return f"{art}{p.title}, {p.name}{APPOSITION}"
            return f"{art}{p.title} {fr.contract_de(self.org_np(p.org))}, {p.name}{APPOSITION}"
        demonym = self.demonym(p.country, p.feminine) if nationality else ""
        formal_of = reference.grammar(p.country).get("fr_formal_of", "") if p.country else ""
        if nationality and fold(rest) == fold("de la République") and formal_of.startswith("de la République"):
            return f"{art}{head} {formal_of}, {p.name}{APPOSITION}"
        if p.country and nationality and not demonym:
            return f"{art}{p.title} {self.country_of(p.country)}, {p.name}{APPOSITION}"
        words = [head] + ([demonym] if demonym else []) + ([rest] if rest else [])
        if rest:
            return f"{art}{' '.join(words)}, {p.name}{APPOSITION}"
        return f"{art}{' '.join(words)} {p.name}"

    def short_np(self, p: Person) -> str:
        """Le ministre Djeyhoun Baïramov."""
        if not p.title:
            return p.name
        head = self.head(p)
        return capitalize_first(f"{fr.article(p.gender, head)}{head} {p.name}")

    def group_np(self, people: list[Person]) -> str:
        nps, seen = [], set()
        for p in people:
            nps.append(self.full_np(p, nationality=p.country not in seen))
            if p.country:
                seen.add(p.country)
        return fr.list_text(nps)

    def counterpart_np(self) -> str:
        """son homologue kirghiz Rouslan Kazakbaïev · le président kirghiz Sadyr Japarov."""
        if self.counterparts:
            them = self.theirs[0]
            if them.org:
                return self.full_np(them)
            demonym = self.demonym(them.country, them.feminine)
            if demonym:
                return f"son homologue {demonym} {them.name}"
            if them.country:
                return f"son homologue {self.country_of(them.country)}, {them.name}{APPOSITION}"
            return f"son homologue {them.name}"
        return self.group_np(self.theirs)

    def side_np(self, side: str) -> str:
        people = self._principals(side)
        if not people:
            return "la partie " + ("hôte" if side == "host" else "invitée")
        p = people[0]
        if p.org:
            return self.org_np(p.org)
        demonym = self.demonym(p.country, True)
        if demonym:
            return f"la partie {demonym}"
        return self.country_np(p.country) if p.country else "la partie " + ("hôte" if side == "host" else "invitée")

    def both_np(self) -> tuple[str, bool]:
        people = self.all_principals()
        feminine = all(p.feminine for p in people)
        if self.same_heads():
            head = self.head(people[0])
            return f"Les {fr.plural_noun(head)}", feminine
        return "Les parties", True

    def pronoun(self, *, plural: bool, feminine: bool, gender: str | None = None) -> str:
        if plural:
            return "Elles" if feminine else "Ils"
        return "Elle" if feminine else "Il"

    def possessive(self, *, plural: bool, feminine: bool, gender: str | None = None) -> str:
        return "leur" if plural else "son"

    def addressee(self, speaker: Person | None) -> str:
        if speaker is None or speaker.side == "third":
            return "les parties"
        others = self.theirs if speaker.side == self.our_side else self.ours
        if self.counterparts:
            return "son homologue"
        if len(others) == 1:
            return self.short_np(others[0])[0].lower() + self.short_np(others[0])[1:]
        return self.side_np(others[0].side)

    def join(self, pattern: str, text: str) -> str:
        if pattern == "que":
            return fr.que(text)
        if pattern == "de":
            return fr.contract_de(text)
        if pattern == "a":
            return fr.contract_a(text)
        if pattern == "de_inf":
            return fr.de_or_bare(text)
        return text

    def date_long(self, date: dt.date) -> str:
        return fr.date_text(date, year=True)

    # -- parts --------------------------------------------------------------

    def dateline(self) -> str:
        if not self.dateline_city:
            return ""
        if self.agency:
            return f"{self.dateline_city}, {fr.date_text(self.pub_date, year=False)}, {self.agency}"
        return f"{self.dateline_city}, le {fr.date_text(self.pub_date, year=True)}"

    def occasion_phrase(self) -> str:
        occ = self.m.get("occasion")
        if not isinstance(occ, dict) or not occ.get("event"):
            return ""
        event = self.t.get(occ.get("event"), "meeting.occasion.event")
        ordinal = occ.get("ordinal")
        low = event.lower()
        has_article = low.startswith(("le ", "la ", "les ", "l'", "l\u2019"))
        if has_article:
            art, noun = (event[:2], event[2:]) if low.startswith(("l'", "l\u2019")) else event.split(" ", 1)
            gender = fr.guess_gender(noun)
            art = art.lower()
        else:
            noun = event
            gender = fr.guess_gender(noun)
            art = None
        if ordinal:
            article = "les" if art == "les" else ("la" if gender == "f" else "le")
            np = f"{article} {fr.ordinal(int(ordinal), feminine=gender == 'f')} {noun.strip()}"
        else:
            np = fr.with_article(event, gender)
        relation = occ.get("relation") or "during"
        if relation == "before":
            return "en amont " + fr.contract_de(np)
        if relation == "after":
            return "à l'issue " + fr.contract_de(np)
        return "en marge " + fr.contract_de(np)

    def lead(self) -> str:
        ours = self.ours
        plural = len(ours) > 1
        feminine = all(p.feminine for p in ours)
        subject = capitalize_first(self.group_np(ours))
        date = fr.date_phrase(self.date, self.end, year=self.lead_needs_year())
        place = f" {fr.city_in(self.city)}" if self.mention_city() else ""
        other = self.counterpart_np()
        a = "ont" if plural else "a"
        entretenu = ("se sont " if plural else "s'est ") + fr.agree("entretenu", feminine, plural)
        kind = self.kind
        extra = ""
        if kind in VISIT_KINDS:
            visit = {"official_visit": "visite officielle", "working_visit": "visite de travail",
                     "state_visit": "visite d'État"}[kind]
            code = self.visit_country()
            where = f" {self.country_in(code, formal=True)}" if code else ""
            if self.our_side == "host":
                text = f"{subject} {entretenu} {date}{place} avec {other}, en {visit}{where}"
            else:
                text = f"{subject}, en {visit}{where}, {entretenu} {date}{place} avec {other}"
        elif kind == "phone_call":
            text = f"{subject} {a} eu {date} un entretien téléphonique avec {other}"
            if self.m.get("initiated_by") in ("host", "guest"):
                extra = f", à l'initiative {fr.contract_de(self.side_np(self.m['initiated_by']))}"
        elif kind == "videoconference":
            text = f"{subject} {a} eu {date} un entretien par visioconférence avec {other}"
        elif kind == "sidelines" and self.occasion_phrase():
            text = f"{subject} {entretenu} {date}{place} avec {other}, {self.occasion_phrase()}"
        elif kind == "audience":
            them = self.group_np(self.theirs)
            if self.our_side == "guest":
                recu = ("ont été " if plural else "a été ") + fr.agree("reçu", feminine, plural)
                text = f"{subject} {recu} {date}{place} par {them}"
            else:
                text = f"{subject} {a} reçu {date}{place} {them}"
        elif kind == "signing_ceremony":
            docs = self.signed()
            who = f"{subject} et {other}"
            if len(docs) == 1:
                text = f"{who} ont signé {date}{place} {self.document_np(*docs[0])}"
            elif docs:
                text = f"{who} ont présidé {date}{place} la cérémonie de signature de plusieurs documents de coopération"
            else:
                text = f"{who} ont présidé {date}{place} une cérémonie de signature"
        elif kind == "political_consultations":
            text = f"{subject} {a} tenu {date}{place} des consultations politiques avec {other}"
        else:
            text = f"{subject} {entretenu} {date}{place} avec {other}"
        if kind == "sidelines" and not self.occasion_phrase():
            pass
        text += extra
        if self.third:
            text += ", en présence " + fr.list_text([fr.contract_de(self.full_np(p)) for p in self.third])
        if self.attribution:
            text += f", {self.attribution}"
        result = sentence(text)
        if kind in VISIT_KINDS and self.m.get("initiated_by") in ("host", "guest"):
            result += " " + sentence(
                f"La visite a lieu à l'invitation {fr.contract_de(self.side_np(self.m['initiated_by']))}"
            )
        return result

    def format_paragraph(self) -> str:
        topics = self.topic_phrases()
        fmt = self.m.get("format")
        both = "des deux pays" if all(p.country and not p.org for p in self.all_principals()) else "des deux parties"
        noun = {"phone_call": "Au cours de l'entretien téléphonique",
                "videoconference": "Au cours de la visioconférence",
                "political_consultations": "Au cours des consultations"}.get(self.kind, "Lors de l'entretien")
        consultations = self.kind == "political_consultations"
        lors = "Lors des consultations" if consultations else "Lors de l'entretien"
        elargi = "élargies" if consultations else "élargi"
        if fmt == "one_on_one":
            intro = f"{lors} en tête-à-tête"
        elif fmt == "extended":
            intro = f"{lors} {elargi} aux délégations {both}"
        elif fmt == "one_on_one_then_extended":
            intro = f"{lors} en tête-à-tête, puis {elargi} aux délégations {both}"
        else:
            intro = noun
        if topics:
            return sentence(f"{intro}, les discussions ont porté sur {fr.list_text(topics)}")
        if fmt == "one_on_one":
            return "L'entretien s'est déroulé en tête-à-tête."
        if fmt == "extended":
            return f"L'entretien s'est déroulé en format élargi, avec la participation des délégations {both}."
        if fmt == "one_on_one_then_extended":
            return f"L'entretien en tête-à-tête a été suivi d'un entretien élargi aux délégations {both}."
        return ""

    def areas_sentence(self) -> str:
        areas = self.area_phrases()
        if not areas:
            return ""
        subject, _ = self.both_np()
        domains = "le domaine" if len(areas) == 1 else "les domaines"
        listed = fr.list_text([fr.contract_de(a) for a in areas])
        return sentence(f"{subject} ont examiné les perspectives de la coopération dans {domains} {listed}")

    def when(self, year: int) -> str:
        if year == self.date.year:
            return "cette année"
        if year == self.date.year + 1:
            return "l'année prochaine"
        return f"en {year}"

    def anniversaries(self) -> str:
        items = [a for a in (self.m.get("anniversaries") or []) if isinstance(a, dict)]
        if not items:
            return ""
        phrases = []
        for i, a in enumerate(items):
            subject = reference.phrase("anniversary_subject", a.get("subject"), "fr", f"meeting.anniversaries[{i}].subject")
            phrases.append((f"{fr.ordinal(int(a.get('ordinal') or 0))} anniversaire {fr.contract_de(subject)}", a.get("year")))
        subject, _ = self.both_np() if len(self.all_principals()) else ("Les parties", True)
        subject = "Les parties"
        if len(phrases) == 1:
            np, year = phrases[0]
            when = f", {self.when(int(year))}," if year else ""
            return sentence(f"{subject} ont également évoqué la célébration{when} du {np}")
        listed = fr.list_text([f"du {np}" + (f" ({year})" if year else "") for np, year in phrases])
        return sentence(f"{subject} ont également évoqué la célébration {listed}")

    def invitations(self) -> str:
        out = []
        visits = {"official_visit": "une visite officielle", "working_visit": "une visite de travail",
                  "state_visit": "une visite d'État"}
        for i, inv in enumerate(self.m.get("invitations") or []):
            if not isinstance(inv, dict):
                continue
            path = f"meeting.invitations[{i}]"
            host = self.person(inv.get("from"), f"{path}.from")
            guest = self.person(inv.get("to"), f"{path}.to")
            visit = visits.get(inv.get("visit"), "une visite")
            where = f" {self.country_in(host.country, formal=False)}" if host.country else ""
            if self.counterparts and {host.side, guest.side} == {"host", "guest"}:
                whom = "son homologue"
            else:
                whom = self.short_np(guest)
                whom = whom[0].lower() + whom[1:]
            text = sentence(f"{self.short_np(host)} a invité {whom} à effectuer {visit}{where}")
            if inv.get("accepted") is True:
                text += " L'invitation a été acceptée avec gratitude."
            out.append(text)
        return " ".join(out)

    def next_steps(self) -> str:
        items = []
        for i, step in enumerate(self.m.get("next_steps") or []):
            if not isinstance(step, dict):
                continue
            text = strip_final_stop(self.t.get(step.get("text"), f"meeting.next_steps[{i}].text"))
            item = fr.de_or_bare(text)
            if step.get("date"):
                item += f" d'ici le {fr.date_text(parse_date(step['date'], f'meeting.next_steps[{i}].date'), year=True)}"
            items.append(item)
        if not items:
            return ""
        return sentence(f"Les parties sont convenues {fr.list_text(items)}")

    def document_np(self, doc: dict, index: int) -> str:
        title = self.t.get(doc.get("title"), f"meeting.documents_signed[{index}].title")
        gender = "f" if doc.get("type") in FEMININE_DOCUMENTS else ("m" if doc.get("type") else fr.guess_gender(title))
        art = fr.article(gender, title)
        return f"{art}{quote(title, 'fr')}"

    def documents(self) -> str:
        docs = self.signed()
        if not docs or (self.kind == "signing_ceremony" and len(docs) == 1):
            return ""
        if self.kind == "signing_ceremony":
            return sentence(f"Les documents suivants ont été signés : {fr.list_text([self.document_np(*d) for d in docs])}")
        after = {"political_consultations": "À l'issue des consultations",
                 "phone_call": "À l'issue de l'entretien"}.get(self.kind, "À l'issue de l'entretien")
        groups = self.by_signers(docs)
        sentences = []
        for refs, group in groups.items():
            nps = fr.list_text([self.document_np(d, i) for d, i in group])
            if self.signers_are_principals(list(refs)):
                subject, _ = self.both_np()
                sentences.append(sentence(f"{after}, {subject[0].lower() + subject[1:]} ont signé {nps}"))
            else:
                signers = [self.person(r, f"meeting.documents_signed[{group[0][1]}].signed_by") for r in refs]
                names = fr.list_text([self.short_np(p)[0].lower() + self.short_np(p)[1:] for p in signers])
                verb = "ont signé" if len(signers) > 1 else "a signé"
                sentences.append(sentence(f"{after}, en présence des délégations, {names} {verb} {nps}"))
            after = "Par ailleurs"
        return " ".join(sentences)

    def headline(self) -> str:
        names = self.ours[0].name
        if self.counterparts:
            them = self.theirs[0]
            demonym = self.demonym(them.country, them.feminine)
            other = f"son homologue {demonym}".strip() if not them.org else self.full_np(them)
        else:
            other = self.full_np(self.theirs[0])
        other = other.replace(APPOSITION, "")
        kind = self.kind
        their_country = next((p for p in self.theirs), None)
        partner = (
            self.org_np(their_country.org) if their_country and their_country.org
            else self.country_np(their_country.country) if their_country and their_country.country
            else other
        )
        if kind == "phone_call":
            return capitalize_first(f"entretien téléphonique {fr.contract_de(names)} avec {other}")
        if kind == "videoconference":
            return capitalize_first(f"entretien par visioconférence {fr.contract_de(names)} avec {other}")
        if kind == "audience":
            if self.our_side == "guest":
                return f"{names} {fr.agree('reçu', self.ours[0].feminine, False)} par {other}"
            return f"{names} reçoit {other}"
        if kind == "signing_ceremony":
            return f"Signature de documents de coopération avec {partner}"
        if kind == "political_consultations":
            return f"Consultations politiques avec {partner}"
        return capitalize_first(f"entretien {fr.contract_de(names)} avec {other}")


class EnglishWriter(Writer):
    lang = "en"

    def head(self, p: Person) -> str:
        return en.title_head(p.title)

    def adjective(self, code: str | None) -> str:
        if not code:
            return ""
        return reference.grammar(code).get("en_adjective") or ""

    def country_np(self, code: str, formal: bool = False) -> str:
        g = reference.grammar(code)
        if formal and g.get("en_formal"):
            return ("the " if g.get("en_formal_the") else "") + g["en_formal"]
        name = reference.country_name(code, "en")
        return ("the " if g.get("en_the") is True else "") + name

    def org_np(self, org: str) -> str:
        return en.with_the(org)

    def full_np(self, p: Person, *, nationality: bool = True, possessive: bool = False) -> str:
        """Azerbaijan's Minister of Foreign Affairs Jeyhun Bayramov · Kyrgyz President Sadyr Japarov."""
        if not p.title:
            return p.name
        if p.org:
            if en.is_acronym(p.org):
                return f"{p.org} {p.title} {p.name}"
            if _org_in_title(p.org, p.title):
                return f"the {p.title}, {p.name}{APPOSITION}"
            return f"the {p.title} of {self.org_np(p.org)}, {p.name}{APPOSITION}"
        if not nationality or not p.country:
            return f"{p.title} {p.name}"
        if possessive:
            return f"{capitalize_first(en.possessive(self.country_np(p.country)))} {p.title} {p.name}"
        adjective = self.adjective(p.country)
        if adjective:
            return f"{adjective} {p.title} {p.name}"
        return f"the {p.title} of {self.country_np(p.country)}, {p.name}{APPOSITION}"

    def short_np(self, p: Person) -> str:
        if not p.title:
            return p.name
        return f"{capitalize_first(self.head(p))} {p.name}"

    def group_np(self, people: list[Person], *, possessive: bool = False) -> str:
        nps, seen = [], set()
        for p in people:
            nps.append(self.full_np(p, nationality=p.country not in seen, possessive=possessive))
            if p.country:
                seen.add(p.country)
        return en.list_text(nps)

    def his(self, people: list[Person]) -> str:
        if len(people) > 1:
            return "their"
        return {"m": "his", "f": "her"}.get(people[0].gender, "their")

    def counterpart_np(self) -> str:
        if self.counterparts:
            them = self.theirs[0]
            if them.org:
                return self.full_np(them)
            adjective = self.adjective(them.country)
            his = self.his(self.ours)
            if adjective:
                return f"{his} {adjective} counterpart {them.name}"
            if them.country:
                return f"{his} counterpart from {self.country_np(them.country)}, {them.name}{APPOSITION}"
            return f"{his} counterpart {them.name}"
        return self.group_np(self.theirs)

    def side_np(self, side: str) -> str:
        people = self._principals(side)
        if not people:
            return f"the {'host' if side == 'host' else 'visiting'} side"
        p = people[0]
        if p.org:
            return self.org_np(p.org)
        adjective = self.adjective(p.country)
        if adjective:
            return f"the {adjective} side"
        return self.country_np(p.country) if p.country else "the other side"

    def both_np(self) -> tuple[str, bool]:
        people = self.all_principals()
        feminine = all(p.feminine for p in people)
        if self.same_heads():
            return f"The {en.plural_noun(self.head(people[0]).lower())}", feminine
        return "The sides", feminine

    def pronoun(self, *, plural: bool, feminine: bool, gender: str | None = None) -> str:
        if plural:
            return "They"
        return {"m": "He", "f": "She"}.get(gender, "They")

    def possessive(self, *, plural: bool, feminine: bool, gender: str | None = None) -> str:
        if plural:
            return "their"
        return {"m": "his", "f": "her"}.get(gender, "their")

    def addressee(self, speaker: Person | None) -> str:
        if speaker is None or speaker.side == "third":
            return "the sides"
        others = self.theirs if speaker.side == self.our_side else self.ours
        if self.counterparts:
            return f"{self.possessive(plural=False, feminine=speaker.feminine, gender=speaker.gender)} counterpart"
        if len(others) == 1:
            return self.short_np(others[0])
        return self.side_np(others[0].side)

    def join(self, pattern: str, text: str) -> str:
        low = text.lower()
        if pattern == "that":
            return text if low.startswith("that ") else f"that {text}"
        if pattern == "to":
            return text if low.startswith("to ") else f"to {text}"
        return text

    def date_long(self, date: dt.date) -> str:
        return en.date_text(date, year=True)

    def dateline(self) -> str:
        if not self.dateline_city:
            return ""
        if self.agency:
            return f"{self.dateline_city}, {en.date_text(self.pub_date, year=False)}, {self.agency}"
        return f"{self.dateline_city}, {en.date_text(self.pub_date, year=True)}"

    def occasion_phrase(self) -> str:
        occ = self.m.get("occasion")
        if not isinstance(occ, dict) or not occ.get("event"):
            return ""
        event = self.t.get(occ.get("event"), "meeting.occasion.event")
        if event.lower().startswith("the "):
            event = event[4:]
        ordinal = occ.get("ordinal")
        np = f"the {en.ordinal(int(ordinal))} {event}" if ordinal else en.with_the(event)
        relation = occ.get("relation") or "during"
        return {"before": "ahead of", "after": "following"}.get(relation, "on the sidelines of") + " " + np

    def lead(self) -> str:
        ours = self.ours
        plural = len(ours) > 1
        subject = capitalize_first(self.group_np(ours, possessive=True))
        date = en.date_phrase(self.date, self.end, year=self.lead_needs_year())
        place = f" in {self.city}" if self.mention_city() else ""
        other = self.counterpart_np()
        kind = self.kind
        if kind in VISIT_KINDS:
            visit = {"official_visit": "an official visit", "working_visit": "a working visit",
                     "state_visit": "a state visit"}[kind]
            code = self.visit_country()
            where = f" to {self.country_np(code, formal=True)}" if code else ""
            if self.our_side == "host":
                be = "are" if len(self.theirs) > 1 else "is"
                text = f"{subject} held talks {date}{place} with {other}, who {be} on {visit}{where}"
            else:
                be = "are" if plural else "is"
                text = f"{subject}, who {be} on {visit}{where}, held talks with {other}{place} {date}"
        elif kind == "phone_call":
            text = f"{subject} held a telephone conversation {date} with {other}"
            if self.m.get("initiated_by") in ("host", "guest"):
                text += f", at the initiative of {self.side_np(self.m['initiated_by'])}"
        elif kind == "videoconference":
            text = f"{subject} held a videoconference {date} with {other}"
        elif kind == "sidelines" and self.occasion_phrase():
            text = f"{subject} met {other}{place} {date} {self.occasion_phrase()}"
        elif kind == "audience":
            them = self.group_np(self.theirs)
            if self.our_side == "guest":
                text = f"{subject} {'were' if plural else 'was'} received by {them}{place} {date}"
            else:
                text = f"{subject} received {them}{place} {date}"
        elif kind == "signing_ceremony":
            docs = self.signed()
            who = f"{subject} and {other}"
            if len(docs) == 1:
                text = f"{who} signed {self.document_np(*docs[0])}{place} {date}"
            elif docs:
                text = f"{who} attended the signing of several cooperation documents{place} {date}"
            else:
                text = f"{who} attended a signing ceremony{place} {date}"
        elif kind == "political_consultations":
            text = f"{subject} held political consultations with {other}{place} {date}"
        else:
            text = f"{subject} met {other}{place} {date}"
        if self.third:
            text += ", in the presence of " + en.list_text([self.full_np(p) for p in self.third])
        if self.attribution:
            text += f", {self.attribution}"
        result = sentence(text)
        if kind in VISIT_KINDS and self.m.get("initiated_by") in ("host", "guest"):
            result += " " + sentence(f"The visit is taking place at the invitation of {self.side_np(self.m['initiated_by'])}")
        return result

    def format_paragraph(self) -> str:
        topics = self.topic_phrases()
        fmt = self.m.get("format")
        whose = "the two countries'" if all(p.country and not p.org for p in self.all_principals()) else "both sides'"
        at = "At the consultations" if self.kind == "political_consultations" else "At the talks"
        if fmt == "one_on_one":
            intro = f"{at}, held in a one-on-one format"
        elif fmt == "extended":
            intro = f"{at}, held in an extended format with the participation of {whose} delegations"
        elif fmt == "one_on_one_then_extended":
            intro = f"{at}, held one-on-one and then in an extended format with the participation of {whose} delegations"
        else:
            intro = {"phone_call": "During the telephone conversation", "videoconference": "During the videoconference",
                     "political_consultations": "During the consultations"}.get(self.kind, "At the talks")
        if topics:
            return sentence(f"{intro}, the sides discussed {en.list_text(topics)}")
        if fmt:
            return sentence(intro.replace(f"{at}, held", f"{at[3:].capitalize()} were held"))
        return ""

    def areas_sentence(self) -> str:
        areas = self.area_phrases()
        if not areas:
            return ""
        subject, _ = self.both_np()
        field = "field" if len(areas) == 1 else "fields"
        return sentence(f"{subject} discussed cooperation in the {field} of {en.list_text(areas)}")

    def when(self, year: int) -> str:
        if year == self.date.year:
            return "this year"
        if year == self.date.year + 1:
            return "next year"
        return f"in {year}"

    def anniversaries(self) -> str:
        items = [a for a in (self.m.get("anniversaries") or []) if isinstance(a, dict)]
        if not items:
            return ""
        phrases = []
        for i, a in enumerate(items):
            subject = reference.phrase("anniversary_subject", a.get("subject"), "en", f"meeting.anniversaries[{i}].subject")
            phrases.append((f"the {en.ordinal(int(a.get('ordinal') or 0))} anniversary of {subject}", a.get("year")))
        if len(phrases) == 1:
            np, year = phrases[0]
            when = f", to be celebrated {self.when(int(year))}" if year else ""
            return sentence(f"The sides also exchanged views on {np}{when}")
        listed = en.list_text([np + (f" ({year})" if year else "") for np, year in phrases])
        return sentence(f"The sides also exchanged views on {listed}")

    def invitations(self) -> str:
        out = []
        visits = {"official_visit": "an official visit", "working_visit": "a working visit",
                  "state_visit": "a state visit"}
        for i, inv in enumerate(self.m.get("invitations") or []):
            if not isinstance(inv, dict):
                continue
            path = f"meeting.invitations[{i}]"
            host = self.person(inv.get("from"), f"{path}.from")
            guest = self.person(inv.get("to"), f"{path}.to")
            visit = visits.get(inv.get("visit"), "a visit")
            where = f" to {self.country_np(host.country)}" if host.country else ""
            if self.counterparts and {host.side, guest.side} == {"host", "guest"}:
                whom = f"{self.possessive(plural=False, feminine=host.feminine, gender=host.gender)} counterpart"
            else:
                whom = self.short_np(guest)
            text = sentence(f"{self.short_np(host)} invited {whom} to pay {visit}{where}")
            if inv.get("accepted") is True:
                text += " The invitation was accepted with gratitude."
            out.append(text)
        return " ".join(out)

    def next_steps(self) -> str:
        items = []
        for i, step in enumerate(self.m.get("next_steps") or []):
            if not isinstance(step, dict):
                continue
            text = strip_final_stop(self.t.get(step.get("text"), f"meeting.next_steps[{i}].text"))
            item = self.join("to", text)
            if step.get("date"):
                item += f" by {en.date_text(parse_date(step['date'], f'meeting.next_steps[{i}].date'), year=True)}"
            items.append(item)
        if not items:
            return ""
        return sentence(f"The sides agreed {en.list_text(items)}")

    def document_np(self, doc: dict, index: int) -> str:
        title = self.t.get(doc.get("title"), f"meeting.documents_signed[{index}].title")
        return f"the {quote(title, 'en')}"

    def documents(self) -> str:
        docs = self.signed()
        if not docs or (self.kind == "signing_ceremony" and len(docs) == 1):
            return ""
        if self.kind == "signing_ceremony":
            return sentence(f"The following documents were signed: {en.list_text([self.document_np(*d) for d in docs])}")
        after = {"political_consultations": "Following the consultations",
                 "phone_call": "Following the conversation"}.get(self.kind, "Following the talks")
        groups = self.by_signers(docs)
        sentences = []
        for refs, group in groups.items():
            nps = en.list_text([self.document_np(d, i) for d, i in group])
            if self.signers_are_principals(list(refs)):
                subject, _ = self.both_np()
                sentences.append(sentence(f"{after}, {subject[0].lower() + subject[1:]} signed {nps}"))
            else:
                signers = [self.person(r, f"meeting.documents_signed[{group[0][1]}].signed_by") for r in refs]
                names = en.list_text([self.short_np(p) for p in signers])
                sentences.append(sentence(f"{after}, in the presence of the delegations, {names} signed {nps}"))
            after = "In addition"
        return " ".join(sentences)

    def headline(self) -> str:
        names = self.ours[0].name
        plural = False
        if self.counterparts:
            them = self.theirs[0]
            adjective = self.adjective(them.country)
            other = f"{self.his(self.ours)} {adjective} counterpart".replace("  ", " ") if not them.org else self.full_np(them)
        else:
            other = self.full_np(self.theirs[0])
        other = other.replace(APPOSITION, "")
        first = self.theirs[0]
        partner = self.org_np(first.org) if first.org else self.country_np(first.country) if first.country else other
        kind = self.kind
        if kind == "phone_call":
            return f"{names} {'hold' if plural else 'holds'} telephone conversation with {other}"
        if kind == "videoconference":
            return f"{names} {'hold' if plural else 'holds'} videoconference with {other}"
        if kind == "audience":
            if self.our_side == "guest":
                return f"{names} received by {other}"
            return f"{names} {'receive' if plural else 'receives'} {other}"
        if kind == "signing_ceremony":
            return capitalize_first(f"cooperation documents signed with {partner}")
        if kind == "political_consultations":
            return capitalize_first(f"political consultations held with {partner}")
        if kind in VISIT_KINDS or kind == "bilateral_meeting":
            return f"{names} {'hold' if plural else 'holds'} talks with {other}"
        return f"{names} {'meet' if plural else 'meets'} {other}"


WRITERS = {"fr": FrenchWriter, "en": EnglishWriter}


def writer(meeting: dict, lang: str, settings: dict | None = None) -> Writer:
    base = lang.split("-")[0]
    cls = WRITERS.get(base)
    if cls is None:
        raise RenderError(
            f"documents cannot be written in '{lang}' yet (available: {', '.join(sorted(WRITERS))})"
        )
    return cls(meeting, settings)
