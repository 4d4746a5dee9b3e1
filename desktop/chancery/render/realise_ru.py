"""The Russian realiser: case, gender agreement, word order, the house style of Russian readouts.

Agency and ministry usage (AZERTAC, CIS ministries, Interfax): "2 июля
министр иностранных дел Азербайджана Джейхун Байрамов провёл переговоры с
министром иностранных дел Кыргызстана Русланом Казакбаевым, находящимся с
официальным визитом в Азербайджане", then "Д. Байрамов" and "он".  Every
noun phrase is built in the case its sentence needs (:meth:`np` takes a
``case``): titles, adjectives and nouns through pymorphy3, personal names
through pytrovich (:mod:`.russian`); past-tense verbs and short forms agree
with the speaker's gender ("провела", "заявила", "была принята").
Typography is applied afterwards by :func:`~.typography.finish`.
"""

from __future__ import annotations

import datetime as dt
import re

from ..text import fold
from . import lexicon, reference
from . import russian as ru
from .facts import FAMILY_NAME_FIRST, Person, country_in_title, masculine_title, org_in_title
from .microplan import Group
from .plan import Message, NextStep, Referent
from .realiser import Realiser
from .typography import capitalize_first, quote, strip_final_stop

VISITS = {"official_visit": "с официальным визитом", "working_visit": "с рабочим визитом",
          "state_visit": "с государственным визитом"}
HEADLINE_VISITS = {"official_visit": "Официальный визит", "working_visit": "Рабочий визит",
                   "state_visit": "Государственный визит"}
# The meeting named in the body: (nominative, genitive, prepositional, gender or "p" for plural).
MEETING_NOUNS = {
    "bilateral_meeting": ("встреча", "встречи", "встрече", "f"),
    "official_visit": ("переговоры", "переговоров", "переговорах", "p"),
    "working_visit": ("переговоры", "переговоров", "переговорах", "p"),
    "state_visit": ("переговоры", "переговоров", "переговорах", "p"),
    "phone_call": ("телефонный разговор", "разговора", "разговоре", "m"),
    "videoconference": ("видеоконференция", "видеоконференции", "видеоконференции", "f"),
    "sidelines": ("встреча", "встречи", "встрече", "f"),
    "audience": ("встреча", "встречи", "встрече", "f"),
    "signing_ceremony": ("встреча", "встречи", "встрече", "f"),
    "political_consultations": ("консультации", "консультаций", "консультациях", "p"),
}
# The meeting named again after its first mention in the body ("в ходе беседы").
LATER_GENITIVE = {"phone_call": "беседы", "videoconference": "беседы"}
PAST_PARTICIPLE_GEN = {"m": "прошедшего", "n": "прошедшего", "f": "прошедшей", "p": "прошедших"}
PASSIVE = {"masc": "был обсуждён", "femn": "была обсуждена", "neut": "было обсуждено", "plur": "были обсуждены"}
FORMATS = {
    "one_on_one": "в формате один на один",
    "extended": "в расширенном составе с участием делегаций {both}",
    "one_on_one_then_extended": "сначала в формате один на один, а затем в расширенном составе с участием "
                                "делегаций {both}",
}
DOCUMENT_NOUN = "документ о сотрудничестве"
SHORT_TITLE = 60  # characters: a document title this short can stand in a headline
# Heads that say nothing without their complement: "заместители министра иностранных дел", not "заместители".
RELATIONAL_HEADS = {"заместитель", "помощник", "советник", "руководитель", "глава", "начальник", "директор",
                    "представитель", "уполномоченный", "секретарь", "председатель"}


# Heads of state: after the first mention a readout writes "Президент Ильхам Алиев" (or "глава государства"),
# never the initials ("И. Алиев").
# Offices whose owner comes before their remit: "специальный представитель ЕС по Южному Кавказу".
ENVOYS = {"представитель", "посланник", "уполномоченный", "координатор", "посол", "спецпредставитель"}
HEADS_OF_STATE = {"президент", "король", "королева", "эмир", "султан", "император", "императрица", "герцог",
                  "князь"}


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:1].isupper() and text[1:2].islower() else text


class RussianRealiser(Realiser):
    lang = "ru"
    COORDINATION = True

    # -- names, titles, countries in a case --------------------------------------------------

    def slavic(self, person: Person) -> bool:
        countries = lexicon.language("ru").get("slavic_surnames") or []
        return not person.country or person.country in countries

    def name(self, person: Person, case: str = "nom") -> str:
        return ru.name_case(person.name, person.gender, case, family_name_first=person.country in FAMILY_NAME_FIRST,
                            slavic=self.slavic(person))

    def title(self, title: str, case: str, *, plural: bool = False) -> str:
        return ru.title_phrase(title, case, plural=plural or None)

    def country(self, code: str, case: str = "nom") -> str:
        grammar = reference.grammar(code)
        name = grammar.get("name_ru") or reference.country_name(code, "ru")
        override = (grammar.get("ru_cases") or {}).get(case)
        if override:
            return str(override)
        return ru.noun_phrase(name, case, place=True)

    def country_in(self, code: str) -> str:
        """в Азербайджане · на Кубе · во Франции."""
        prep = reference.grammar(code).get("ru_prep") or "в"
        return ru.with_preposition(prep, self.country(code, "loc"))

    def country_to(self, code: str) -> str:
        """в Азербайджан · на Кубу (direction)."""
        prep = reference.grammar(code).get("ru_prep") or "в"
        return ru.with_preposition(prep, self.country(code, "acc"))

    def place_in(self, city: str) -> str:
        """в Баку · в Бишкеке · на Бали."""
        on = lexicon.language("ru").get("places_on") or []
        prep = "на" if fold(city) in {fold(p) for p in on} else "в"
        return ru.with_preposition(prep, ru.noun_phrase(city, "loc", place=True))

    def org(self, org: str, case: str = "nom") -> str:
        return ru.noun_phrase(org, case)

    def adjective(self, code: str | None, case: str = "nom", *, gender: str = "masc", plural: bool = False) -> str:
        """кыргызский · кыргызской (стороны) · кыргызским (коллегой)."""
        if not code:
            return ""
        forms = reference.grammar(code).get("ru_adjective") or {}
        base = forms.get("m") or ""
        if not base:
            return ""
        return ru.inflect_adjective(base, case, gender=gender, plural=plural)

    # -- noun phrases -------------------------------------------------------------------------

    def office(self, title: str, country: str | None, org: str | None, case: str, *, nationality: bool = True,
               plural: bool = False) -> str:
        """министром иностранных дел Азербайджана · генеральным секретарём ОДКБ (the country or body once)."""
        office = self.title(title, case, plural=plural)
        if org:
            if org_in_title(org, title):
                return office
            return self.with_owner(title, office, self.org(org, "gen"), case, plural)
        if not country or not nationality or country_in_title(country, title):
            return office
        return self.with_owner(title, office, self.country(country, "gen"), case, plural)

    def with_owner(self, title: str, office: str, owner: str, case: str, plural: bool) -> str:
        """The office and whose it is: after the title ("министром иностранных дел Китая"), or after its head
        when the title goes on with where the office is held ("послом Китая в Азербайджане", "постоянным
        представителем Китая при ООН") or, for an envoy, with the remit ("Верховным представителем Европейского
        союза по иностранным делам и политике безопасности")."""
        head = ru.head_phrase(title)
        rest = title[len(head):].strip()
        envoy = ru.first_noun(head) in ENVOYS  # "Верховный представитель ЕС по иностранным делам …"
        if head != title and re.match(r"(?:в|во|на|при)\s" + (r"|по\s" if envoy else ""), rest):
            return f"{self.title(head, case, plural=plural)} {owner} {rest}"
        return f"{office} {owner}"

    def full_np(self, p: Person, case: str = "nom", *, nationality: bool = True) -> str:
        """министр иностранных дел Азербайджана Джейхун Байрамов (in ``case``)."""
        name = self.name(p, case)
        if not p.title:
            return name
        if p.dual:
            org_office, national = p.offices[0], p.offices[1]
            first = self.office(org_office.title, None, org_office.org, case)
            second = self.office(national.title, p.country, None, case, nationality=nationality)
            return f"{first}, {second} {name}"
        return f"{self.office(p.title, p.country, p.org, case, nationality=nationality)} {name}"

    @staticmethod
    def head_of_state(p: Person) -> str:
        """"Президент" of "Президент Азербайджана" when ``p`` is a state's head of state, else ""."""
        if p.org and not p.dual:
            return ""
        title = p.national_office.title if p.dual else p.title
        if not title or ru.first_noun(title) not in HEADS_OF_STATE:
            return ""
        return ru.head_phrase(title)

    def short_np(self, p: Person, case: str = "nom") -> str:
        """Д. Байрамов — the initials and the surname, in ``case`` (Chinese and Korean names whole); a
        ``short_name`` in the record ("Мусе Али") is the surname: "А. Мусе Али".  A head of state keeps his
        title and whole name: "Президент Ильхам Алиев"."""
        declined = self.name(p, case)
        head = self.head_of_state(p)
        if head:
            return f"{self.title(head, case)} {declined}"
        short = p.short_name.split()
        if short and p.name.split()[-len(short):] == short and len(p.name.split()) > len(short):
            words = declined.split()
            given = words[: -len(short)]
            letters = ["-".join(piece[:1] + "." for piece in word.split("-") if piece) for word in given]
            return "\u00a0".join([*letters, " ".join(words[-len(short):])])
        return ru.initials(declined, family_name_first=p.country in FAMILY_NAME_FIRST)

    def role_np(self, p: Person, case: str = "nom") -> str:
        """кыргызский министр · генеральный секретарь ОДКБ (a role instead of the name)."""
        title = p.national_office.title if p.dual else p.title
        if not title:
            return self.short_np(p, case)
        if self.head_of_state(p) and sum(1 for q in self.f.people if self.head_of_state(q)) == 1:
            return ru.noun_phrase("глава государства", case)
        head = ru.head_phrase(title)
        if p.org and not p.dual:
            return f"{self.title(head, case)} {self.org(p.org, 'gen')}"
        gender = ru.head_gender(head)[0] or "masc"
        adjective = self.adjective(p.country, case, gender=gender)
        if not adjective or country_in_title(p.country, title):
            return self.short_np(p, case)
        return f"{adjective} {lower_first(self.title(head, case))}"

    def same_title(self, people: tuple[Person, ...]) -> bool:
        titles = {fold(masculine_title(p.title)) for p in people}
        return len(people) > 1 and len(titles) == 1 and "" not in titles

    def group_np(self, people: tuple[Person, ...], form: str, case: str = "nom") -> str:
        """сопредседатели Минской группы ОБСЕ Игорь Попов (Россия), … — or a list."""
        if self.same_title(people):
            first = people[0]
            countries = [p.country for p in people]
            distinct = len(set(countries)) == len(countries) and all(countries)
            noun = self.office(first.title, None if distinct else first.country, first.org, case, plural=True)
            if form in ("short", "headline", "role"):
                return noun
            names = [self.name(p, case) + (f" ({reference.country_name(p.country or '', 'ru')})" if distinct else "")
                     for p in people]
            return f"{noun} {ru.list_text(names)}"
        if form in ("short", "role"):
            return ru.list_text([self.short_np(p, case) for p in people])
        nps, seen = [], set()
        for p in people:
            nps.append(self.full_np(p, case, nationality=p.country not in seen))
            if p.country:
                seen.add(p.country)
        return ru.list_text(nps)

    @staticmethod
    def office_head(title: str) -> tuple[str, str]:
        """(head noun in the nominative, the office it heads) of a title's last office, without "и.о.":
        ("министр", "Министр иностранных дел") for "Заместитель Председателя Кабинета Министров, Министр
        иностранных дел"."""
        office = re.split(r",\s|\s[—–-]\s", title)[-1]
        office = re.sub(r"(?i)^(?:и\.\s?о\.|(?:временно )?исполняющ\w+ обязанности)\s+", "", office).strip()
        return ru.first_noun(office), office

    def both_np(self, form: str, case: str = "nom") -> str:
        """министры · стороны · обе стороны · они."""
        people = self.f.all_principals()
        if form == "pronoun":
            return ru.pronoun(None, True, case)
        heads = {self.office_head(p.national_office.title)[0] for p in people}
        if self.f.same_heads() and form != "alt" and len(heads) == 1 and "" not in heads:
            head, office = self.office_head(people[0].national_office.title)
            if head in RELATIONAL_HEADS:  # "заместители министра иностранных дел", not "заместители"
                return lower_first(self.title(ru.noun_phrase(office, "nom"), case, plural=True))
            return ru.noun_phrase(head, case, plural=True)
        if form == "alt" and not self.f.same_heads():
            return {"nom": "обе стороны", "gen": "обеих сторон", "dat": "обеим сторонам", "acc": "обе стороны",
                    "ins": "обеими сторонами", "loc": "обеих сторонах"}[case]
        return ru.noun_phrase("стороны", case, plural=True)

    def side_np(self, side: str, case: str = "nom") -> str:
        """азербайджанская сторона · кыргызской стороны · ОДКБ."""
        people = self.f.principals(side)
        fallback = "принимающая сторона" if side == "host" else "гостевая сторона"
        if people:
            p = people[0]
            if p.org and not p.dual:
                return self.org(p.org, case)
            adjective = self.adjective(p.country, case, gender="femn")
            if adjective:
                return f"{adjective} {ru.noun_phrase('сторона', case)}"
            if p.country:
                return f"{ru.noun_phrase('сторона', case)} {self.country(p.country, 'gen')}"
        return ru.noun_phrase(fallback, case)

    def person_np(self, person: Person, form: str, case: str = "nom") -> str:
        if form == "full":
            return self.full_np(person, case)
        if form == "pronoun":
            return ru.pronoun(person.gender, False, case)
        if form == "counterpart":
            return ru.noun_phrase("коллега", case, animate=True)
        if form == "role":
            return self.role_np(person, case)
        if self.head_of_state(person):
            return self.head_of_state_np(person, case)
        return self.short_np(person, case)

    def head_of_state_np(self, person: Person, case: str) -> str:
        """A head of state after the first mention: "Президент Ильхам Алиев" once, then "глава государства"
        (the only one in the text) or the office without the name ("Президент Кыргызстана")."""
        seen = self.__dict__.setdefault("_heads_named", set())
        if person.index not in seen:
            seen.add(person.index)
            return self.short_np(person, case)
        if sum(1 for q in self.f.people if self.head_of_state(q)) == 1:
            return ru.noun_phrase("глава государства", case)
        title = person.national_office.title if person.dual else person.title
        return self.office(ru.head_phrase(title), person.country, None, case)

    def np(self, referent: Referent | None, form: str, case: str = "nom") -> str:
        if referent is None or referent.kind == "impersonal":
            return ""
        if referent.kind == "both":
            return self.both_np(form, case)
        if referent.kind == "side":
            return self.side_np(referent.side or "", case)
        if referent.kind == "group":
            if form == "pronoun":
                return ru.pronoun(None, True, case)
            return self.group_np(referent.people, form, case)
        return self.person_np(referent.people[0], form, case)

    def inside(self, referent: Referent, form: str, case: str) -> str:
        """A referent inside a sentence: a title lower-cased ("министра"), a head of state's as typed
        ("Президента Ильхама Алиева")."""
        text = self.np(referent, form, case)
        person = referent.person if referent.kind == "person" else None
        if person is not None and form in ("short", "full") and self.head_of_state(person):
            return text
        if person is not None and text == self.short_np(person, case):
            return text  # a name ("Чэнь Голяна"), never lower-cased
        return lower_first(text)

    def counterpart_np(self, message: Message, case: str) -> str:
        """The other side's principal in full, in ``case`` (Russian readouts repeat the title)."""
        return self.np(message.complement, message.forms.get("object", "full"), case)

    @staticmethod
    def agreement(referent: Referent) -> tuple[bool, bool]:
        """(feminine, plural) of a subject: verbs agree with the person, not the title."""
        return referent.feminine and not referent.plural, referent.plural

    def verb(self, text: str, referent: Referent) -> str:
        feminine, plural = self.agreement(referent)
        return ru.agree(text, feminine=feminine, plural=plural)

    # -- words ----------------------------------------------------------------------------------

    def number_word(self, n: int) -> str:
        return ru.NUMBERS_NOM[n] if 0 <= n < len(ru.NUMBERS_NOM) else str(n)

    def dateline(self) -> str:
        f = self.f
        if not f.dateline_city:
            return ""
        if f.agency:
            return f"{f.dateline_city}, {ru.date_text(f.pub_date, year=False)}, {f.agency}"
        return f"{f.dateline_city}, {ru.date_text(f.pub_date, year=True)}"

    def date_long(self, date: dt.date) -> str:
        return ru.date_text(date, year=True)

    def date_of(self, date: dt.date) -> str:
        return ru.date_text(date, year=self.f.year_needed(date))

    def deadline_of(self, date: dt.date) -> str:
        return "до " + ru.date_text(date, year=self.f.year_needed(date))

    def meeting(self, index: int) -> str:
        return MEETING_NOUNS.get(self.f.kind, MEETING_NOUNS["bilateral_meeting"])[index]

    def meeting_gen(self, mention: int) -> str:
        """разговора (first mention in the body) · беседы (later)."""
        if mention > 1 and self.f.kind in LATER_GENITIVE:
            return LATER_GENITIVE[self.f.kind]
        return self.meeting(1)

    def both_countries(self) -> str:
        return "двух стран" if self.f.all_states() else "сторон"

    # -- headline and lead --------------------------------------------------------------------------

    def document_np(self, doc: dict, index: int, case: str = "nom") -> str:
        """«Программу сотрудничества …» — the exact title, its head declined inside the quotation marks."""
        title = self.field_text.get(doc.get("title"), f"meeting.documents_signed[{index}].title")
        return quote(ru.noun_phrase(title, case) if case != "nom" else title, "ru")

    def document_kind_np(self, docs: list[tuple[dict, int]]) -> str:
        """программу сотрудничества · два документа о сотрудничестве (accusative)."""
        if len(docs) == 1:
            doc, index = docs[0]
            code = doc.get("type")
            label = reference.label("document_type", code, "ru") if code else DOCUMENT_NOUN
            # A short title more precise than its type ("Меморандум о межмидовских консультациях") is the news.
            title = self.field_text.get(doc.get("title"), f"meeting.documents_signed[{index}].title")
            head = fold(label.split()[0])
            if len(title) <= SHORT_TITLE and fold(title.split()[0]) == head and not re.search(r"\d", title):
                return ru.noun_phrase(lower_first(title), "acc")
            return ru.noun_phrase(lower_first(label), "acc")
        return f"{ru.number_phrase(len(docs), 'документ')} о сотрудничестве"

    def partner_np(self, people: list[Person], case: str = "nom") -> str:
        first = people[0]
        if first.org and not first.dual:
            return self.org(first.org, case)
        return self.country(first.country, case) if first.country else self.name(first, case)

    def realise_headline(self, message: Message) -> str:
        f = self.f
        ours = f.ours[0]
        name = ours.name
        subject: Referent = message.subject
        theirs: Referent = message.complement
        them = theirs.person

        def other(case: str) -> str:
            if theirs.kind == "group":
                return self.group_np(theirs.people, "headline", case)
            if f.counterparts and them is not None and not (them.org and not them.dual):
                colleague = ru.noun_phrase("коллега", case, animate=True)
                adjective = self.adjective(them.country, case, gender="femn" if them.feminine else "masc")
                if adjective:
                    return f"{adjective} {colleague}"
                if them.country:
                    return f"{colleague} из {self.country(them.country, 'gen')}"
            return self.full_np(theirs.people[0], case)

        news = message.data.get("news", True)
        docs = (message.data.get("documents") or []) if news else []
        kind = f.kind
        if docs and kind != "audience":
            first = self.country(ours.country) if ours.country else name
            return capitalize_first(f"{first} и {self.partner_np(f.theirs)} подписали {self.document_kind_np(docs)}")
        if kind == "phone_call":
            return f"{name} {self.verb('провёл', subject)} телефонный разговор с {other('ins')}"
        if kind == "videoconference":
            return f"{name} {self.verb('провёл', subject)} видеоконференцию с {other('ins')}"
        if kind == "audience":
            if f.our_side == "guest":
                return f"{name} {self.verb('был принят', subject)} {other('ins')}"
            return f"{name} {self.verb('принял', subject)} {other('acc')}"
        if kind == "political_consultations":
            # Who consulted whom: "Состоялись политические консультации между МИД Туркменистана и Узбекистана".
            partner = f.theirs[0]
            home = f"МИД {self.country(ours.country, 'gen')}" if ours.country else name
            if ours.country and partner.country and not (partner.org and not partner.dual):
                return f"Состоялись политические консультации между {home} и {self.country(partner.country, 'gen')}"
            return f"Состоялись политические консультации {home} с {self.partner_np(f.theirs, 'ins')}"
        if kind == "signing_ceremony":
            return f"Церемония подписания документов с {self.partner_np(f.theirs, 'ins')}"
        if kind in HEADLINE_VISITS and news and f.our_side == "guest":
            code = f.visit_country()
            where = f" {self.country_to(code)}" if code else ""
            return f"{HEADLINE_VISITS[kind]} {self.name(ours, 'gen')}{where}"
        if kind in HEADLINE_VISITS:
            return f"{name} {self.verb('провёл', subject)} переговоры с {other('ins')}"
        return f"{name} {self.verb('встретился', subject)} с {other('ins')}"

    def occasion_phrase(self) -> str:
        """на полях 76-й сессии Генеральной Ассамблеи ООН · накануне саммита · по завершении форума."""
        occasion = self.f.meeting.get("occasion")
        if not isinstance(occasion, dict) or not occasion.get("event"):
            return ""
        event = self.field_text.get(occasion.get("event"), "meeting.occasion.event")
        ordinal = occasion.get("ordinal")
        np = ru.noun_phrase(event, "gen")
        if ordinal:
            gender, plural = ru.head_gender(event)
            np = f"{ru.ordinal(int(ordinal), gender, 'gen', plural)} {np}"
        relation = occasion.get("relation") or "during"
        return {"before": "накануне", "after": "по завершении"}.get(relation, "на полях") + " " + np

    def realise_lead(self, message: Message) -> str:
        f = self.f
        ours: Referent = message.subject
        form = message.forms.get("subject", "full")
        subject = self.np(ours, form)
        date = ru.date_phrase(f.date, f.end, year=f.lead_needs_year())
        place = f" {self.place_in(f.city)}" if f.mention_city() else ""
        when = f"{date}{place}"
        kind = f.kind
        extra = ""
        if kind in VISITS:
            code = f.visit_country()
            where = f" {self.country_in(code)}" if code else ""
            if f.our_side == "host":
                theirs: Referent = message.complement
                staying = "находящимися" if theirs.plural else ("находящейся" if theirs.feminine else "находящимся")
                if f.tense == "past":  # the record of conversation, written afterwards
                    staying = staying.replace("находящ", "находивш")
                text = (f"{when} {subject} {self.verb('провёл', ours)} переговоры с "
                        f"{self.counterpart_np(message, 'ins')}, {staying} {VISITS[kind]}{where}")
            else:
                staying = "находящиеся" if ours.plural else ("находящаяся" if ours.feminine else "находящийся")
                if f.tense == "past":
                    staying = staying.replace("находящ", "находивш")
                text = (f"{when} {subject}, {staying} {VISITS[kind]}{where}, {self.verb('провёл', ours)} "
                        f"переговоры с {self.counterpart_np(message, 'ins')}")
        elif kind == "phone_call":
            text = (f"{when} {subject} {self.verb('провёл', ours)} телефонный разговор с "
                    f"{self.counterpart_np(message, 'ins')}")
            if f.initiated_by:
                extra = f". Разговор состоялся по инициативе {self.side_np(f.initiated_by, 'gen')}"
        elif kind == "videoconference":
            text = (f"{when} {subject} {self.verb('провёл', ours)} переговоры в формате видеоконференции с "
                    f"{self.counterpart_np(message, 'ins')}")
        elif kind == "sidelines" and self.occasion_phrase():
            text = (f"{when} {subject} {self.verb('встретился', ours)} с {self.counterpart_np(message, 'ins')} "
                    f"{self.occasion_phrase()}")
        elif kind == "audience":
            if f.our_side == "guest":
                text = f"{when} {subject} {self.verb('был принят', ours)} {self.counterpart_np(message, 'ins')}"
            else:
                text = f"{when} {subject} {self.verb('принял', ours)} {self.counterpart_np(message, 'acc')}"
        elif kind == "signing_ceremony":
            document = message.data.get("document")
            who = f"{subject} и {self.counterpart_np(message, 'nom')}"
            docs = f.signed()
            if document is not None:
                doc, index = document
                text = f"{when} {who} подписали {self.document_np(doc, index, case='acc')}"
            elif docs:
                text = (f"{when} {who} приняли участие в церемонии подписания "
                        f"{ru.number_phrase(len(docs), DOCUMENT_NOUN, 'gen')}")
            else:
                text = f"{when} {who} приняли участие в церемонии подписания"
        elif kind == "political_consultations":
            text = (f"{when} {subject} {self.verb('провёл', ours)} политические консультации с "
                    f"{self.counterpart_np(message, 'ins')}")
        else:
            text = f"{when} {subject} {self.verb('встретился', ours)} с {self.counterpart_np(message, 'ins')}"
        third = message.data.get("third")
        if third is not None:
            text += " в присутствии " + ru.list_text([self.full_np(p, "gen") for p in third.people])
        if f.attribution:
            text += f", {f.attribution}"
        text += extra
        return self.close(text)

    def realise_attendance(self, message: Message) -> str:
        """В переговорах также приняли участие …"""
        people = message.subject.people
        who = self.group_np(people, "full") if len(people) > 1 else self.full_np(people[0])
        verb = self.verb("принял", message.subject)
        return self.close(f"{who} также {verb} участие {ru.with_preposition('в', self.meeting(2))}")

    def realise_presence(self, message: Message) -> str:
        """На переговорах также присутствовали министр … (ministers of the delegations who were present)."""
        people = message.subject.people
        who = self.group_np(people, "full") if len(people) > 1 else self.full_np(people[0])
        place = "церемонии" if self.f.kind == "signing_ceremony" else self.meeting(2)
        verb = self.verb("присутствовал", message.subject)
        return self.close(f"На {place} также {verb} {who}")

    def realise_visit_invitation(self, message: Message) -> str:
        verb = "проходил" if self.f.tense == "past" else "проходит"
        return self.close(f"Визит {verb} по приглашению {self.side_np(message.data['side'], 'gen')}")

    # -- body ----------------------------------------------------------------------------------------

    def group_text(self, group: Group, vocab: str) -> str:
        if group.kind == "head":
            return f"{ru.list_text(group.parts)} {group.head}"
        if group.kind == "adj":
            return ru.list_text(group.parts)
        return self.item_phrase(group.items[0], vocab)

    def realise_format(self, message: Message) -> str:
        fmt = message.data.get("format")
        groups = self.groups(message)
        topics = [self.group_text(g, "topic") for g in groups]
        held = FORMATS.get(fmt or "", "").replace("{both}", self.both_countries())
        noun_gender = self.meeting(3)
        if topics:
            if len(topics) > 1 or (len(groups) == 1 and groups[0].kind == "head"):
                passive = PASSIVE["plur"]
            else:
                gender, plural = ru.head_gender(topics[0])
                passive = PASSIVE["plur" if plural else (gender or "masc")]
            intro = f"В ходе {self.meeting_gen(message.mention)}"
            if held:
                intro += f", {PAST_PARTICIPLE_GEN[noun_gender]} {held},"
            return self.close(f"{intro} {passive} {ru.list_text(topics)}")
        if held:
            verb = {"m": "прошёл", "f": "прошла", "n": "прошло", "p": "прошли"}[noun_gender]
            return self.close(f"{capitalize_first(self.meeting(0))} {verb} {held}")
        return ""

    def area_domain(self, group: Group) -> str:
        """здравоохранения (the genitive after "в области")."""
        item = group.items[0]
        if item.code:
            return ru.noun_phrase(reference.phrase("cooperation_area", item.code, "ru", item.path), "gen")
        return ru.noun_phrase(strip_final_stop(item.text or ""), "gen", strict=True)

    def realise_areas(self, message: Message) -> str:
        groups = self.groups(message)
        adjectives = next((g for g in groups if g.kind == "adj"), None)
        domains = [g for g in groups if g.kind != "adj"]
        subject = capitalize_first(self.np(message.subject, message.forms.get("subject", "plain")))
        verb = self.verb("обсудил", message.subject)
        parts = []
        if adjectives:
            forms = [ru.inflect_adjective(a, "loc", gender="femn") for a in adjectives.parts]
            sphere = "сфере" if len(forms) == 1 else "сферах"
            parts.append(f"{ru.with_preposition('в', ru.list_text(forms))} {sphere}")
        if domains:
            field = "области" if len(domains) == 1 else "областях"
            parts.append(f"в {field} {ru.list_text([self.area_domain(g) for g in domains])}")
        return self.close(f"{subject} {verb} перспективы сотрудничества {', а также '.join(parts)}")

    def join(self, pattern: str, text: str) -> str:
        if pattern == "что":
            return text if re.match(r"(?i)что\b", text) else f"что {text}"
        return text

    def joined(self, pattern: str, texts: list[str]) -> str:
        parts = [self.join(pattern, t) for t in texts]
        # "а также" says "also" already: a later text's own "также" would repeat it ("а также также подготовить")
        parts[1:] = [re.sub(r"^(что\s+)?также\s+", r"\1", part) for part in parts[1:]]
        body = ", а также ".join(parts)
        return f", {body}" if pattern == "что" else f" {body}"

    def addressee(self, message: Message, case: str) -> str:
        form = message.forms.get("addressee")
        if form is None:
            return ru.noun_phrase("стороны", case, plural=True)
        if form == "counterpart":
            return ru.noun_phrase("коллега", case, animate=True)
        return self.inside(message.slots["addressee"], form, case)

    def fill(self, template: str, message: Message, referent: Referent) -> str:
        """A lead-in agreed with its subject, then its addressee placed in the case it asks for."""
        agreed = self.verb(template, referent)

        def whom(match: re.Match) -> str:
            case = {"dat": "dat", "ins": "ins", "gen": "gen", "loc": "loc"}.get(match.group(1) or "", "acc")
            return self.addressee(message, case)

        return lexicon.ADDRESSEE.sub(whom, agreed)

    def realise_statement(self, message: Message) -> str:
        texts = self.texts(message)
        if message.verb is None:
            return " ".join(self.close(t) for t in texts)
        lead = self.lead_entry(message)
        subject_ref = message.subject
        if message.data.get("quote"):
            return self.quotation(message, lead, texts[0])
        if subject_ref.kind == "impersonal":
            if lead.impersonal:
                return self.close(f"{lead.impersonal}{self.joined(lead.pattern, texts)}")
            subject_ref = message.subject = Referent("both", tuple(self.f.all_principals()))
            message.forms["subject"] = "plain"
        form = message.forms.get("subject", "short")
        subject = capitalize_first(self.np(subject_ref, form))
        # Coordinated statements of the principals share their subject: "Министры отметили, что A, и
        # подчеркнули B" (a что-clause before "и" is closed by a comma; the commas between the others close theirs).
        coordinated = [message, *message.data.get("and", [])]
        predicates = [self.predicate(m, subject_ref) for m in coordinated]
        if len(predicates) > 1:
            if self.lead_entry(coordinated[-2]).pattern == "что":
                return self.close(f"{subject} {', '.join(predicates[:-1])}, и {predicates[-1]}")
            return self.close(f"{subject} {', '.join(predicates[:-1])} и {predicates[-1]}")
        return self.close(f"{subject} {predicates[0]}")

    def predicate(self, message: Message, subject_ref: Referent) -> str:
        """"подчеркнули важность диалога": the lead-in agreed with its subject, then the texts."""
        lead = self.lead_entry(message)
        if subject_ref.plural:
            template = (message.lead_in if subject_ref.kind == "both" else None) or lead.plural
            pattern = lead.plural_pattern or lead.pattern
        else:
            template, pattern = message.lead_in or lead.singular, lead.pattern
        lead_in = self.fill(template, message, subject_ref)
        return f"{lead_in}{self.joined(pattern, self.texts(message))}"

    def quotation(self, message: Message, lead: lexicon.LeadIn, text: str) -> str:
        """«Наши отношения развиваются», — заявил Д. Байрамов."""
        words = strip_final_stop(text.strip().strip("«»\"“”„ \u00a0"))
        ending = ""
        if words[-1:] in ("?", "!"):
            words, ending = words[:-1], words[-1]
        verb = self.verb(lead.quote or "заявил", message.subject)
        who = self.np(message.subject, message.forms.get("subject", "short"))
        return f"«{words}{ending}»{',' if not ending else ''} — {verb} {who}."

    def realise_signing(self, message: Message) -> str:
        docs = message.complement
        if self.f.kind == "signing_ceremony" and len(docs) > 1:
            listed = ru.list_text([self.document_np(d, i) for d, i in docs])
            return self.close(f"Были подписаны следующие документы: {listed}")
        nps = ru.list_text([self.document_np(d, i, case="acc") for d, i in docs])
        subject_ref = message.subject
        form = message.forms.get("subject", "full")
        names = self.np(subject_ref, form)
        verb = self.verb("подписал", subject_ref)
        if message.data.get("early"):
            return self.close(f"{capitalize_first(names)} {verb} {nps}")
        after = "Кроме того," if message.data.get("more") else f"По итогам {self.meeting_gen(message.mention)}"
        if subject_ref.kind == "both" or message.data.get("more"):
            return self.close(f"{after} {names} {verb} {nps}")
        return self.close(f"{after} в присутствии делегаций {lower_first(names)} {verb} {nps}")

    def realise_anniversary(self, message: Message) -> str:
        phrases = []
        for i, a in enumerate(message.complement):
            subject = reference.phrase("anniversary_subject", a.get("subject"), "ru",
                                       f"meeting.anniversaries[{i}].subject")
            phrases.append((f"{ru.anniversary(int(a.get('ordinal') or 0), 'gen')} {ru.noun_phrase(subject, 'gen')}",
                            a.get("year")))
        # "30-летия …, которое будет отмечаться"; the first anniversary is a "годовщина" (feminine).
        first = len(phrases) == 1 and int(message.complement[0].get("ordinal") or 0) == 1
        which = "которая будет отмечаться" if first else "которое будет отмечаться"
        subject = capitalize_first(self.np(message.subject, message.forms.get("subject", "plain")))
        also = " также" if message.also else ""
        verb = self.verb("обсудил", message.subject)
        if len(phrases) == 1:
            np, year = phrases[0]
            when = f", {which} {ru.year_phrase(int(year), self.f.date.year)}" if year else ""
            return self.close(f"{subject}{also} {verb} подготовку к празднованию {np}{when}")
        listed = ru.list_text([np + (f" ({year}\u00a0г.)" if year else "") for np, year in phrases])
        return self.close(f"{subject}{also} {verb} подготовку к празднованию {listed}")

    def realise_invitation(self, message: Message) -> str:
        host = message.subject.person
        assert host is not None
        guest = message.slots["object"]
        visit = VISITS.get(message.complement, "с визитом")
        where = f" {self.country(host.country, 'acc')}" if host.country else ""
        form = message.forms.get("object", "short")
        whom = ru.noun_phrase("коллега", "acc", animate=True) if form == "counterpart" else \
            self.inside(guest, form, "acc")
        subject = capitalize_first(self.np(message.subject, message.forms.get("subject", "short")))
        verb = self.verb("пригласил", message.subject)
        if message.data.get("in_turn"):
            verb = f"в свою очередь {verb}"  # a reciprocal invitation
        if where:
            text = self.close(f"{subject} {verb} {whom} посетить{where} {visit}")
        else:
            text = self.close(f"{subject} {verb} {whom} {ru.noun_phrase(visit.removeprefix('с '), 'acc')}")
        if message.data.get("accepted") is True:
            invitation = "Это приглашение" if message.data.get("several") else "Приглашение"
            text += f" {invitation} было принято с благодарностью."
        return text

    def step_text(self, step: NextStep) -> str:
        """"провести новую встречу" + date -> "провести 14 октября новую встречу" (an event);
        "обменяться проектами текстов" + date -> "обменяться до 14 октября проектами текстов" (a task: the date is
        a deadline)."""
        text = strip_final_stop(step.text)
        first = text.split(" ", 1)[0] if text else ""
        if first[:1].isupper() and first[1:2].islower() and fold(first) not in {fold(p.surname) for p in self.f.people}:
            text = first[:1].lower() + text[1:]
        if step.deadline:
            text = ru.deadline_in_text(text)
        if step.date is None:
            return text
        when = self.deadline_of(step.date) if step.deadline else self.date_of(step.date)
        if ru.infinitive_first(text) and " " in text:
            verb, rest = text.split(" ", 1)
            return f"{verb} {when} {rest}"
        return f"{text} {when}"

    def realise_next_steps(self, message: Message) -> str:
        items = [self.step_text(step) for step in message.complement]
        subject = capitalize_first(self.np(message.subject, message.forms.get("subject", "plain")))
        verb = "договорились" if message.subject.plural else self.verb("согласился", message.subject)
        if message.lead_in:  # the principals' next form of the verb ("также договорились", "решили")
            verb = self.verb(message.lead_in, message.subject)
        return self.close(f"{subject} {verb} {ru.list_text(items)}")
