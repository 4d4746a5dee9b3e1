"""The English realiser: word order, articles, possessives, the house style.

Wire and ministry usage: "Azerbaijan's Minister of Foreign Affairs Jeyhun
Bayramov held talks on 2 July with his Kyrgyz counterpart Ruslan
Kazakbaev", then "Minister Bayramov" (or "Bayramov", by house style) and
"he".  British or American spelling and date order follow the house style
(``en_variant``); typographic quotes and apostrophes are applied afterwards
by :func:`~.typography.finish`.
"""

from __future__ import annotations

import datetime as dt
import re

from ..text import fold
from . import english as en
from . import lexicon, reference
from .facts import (
    _QUALIFIERS,
    Person,
    country_in_title,
    masculine_title,
    office_data,
    office_of,
    org_in_title,
    second_office,
)
from .microplan import Group
from .plan import Message, NextStep, Referent
from .realiser import HEADLINE_COUNTRIES, HEADLINE_LIMIT, Realiser, same_complement
from .typography import APPOSITION, capitalize_first, quote, strip_final_stop

VISITS = {"official_visit": "an official visit", "working_visit": "a working visit", "state_visit": "a state visit"}
HEADLINE_VISITS = {"official_visit": "official visit", "working_visit": "working visit", "state_visit": "state visit"}
MEETING_NOUNS = {
    "phone_call": ("the call", "the call"),
    "videoconference": ("the videoconference", "the videoconference"),
    "political_consultations": ("the consultations", "the consultations"),
}


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:1].isupper() and text[1:2].islower() and \
        text.split(" ")[0] in ("The", "His", "Her", "Their") else text


class EnglishRealiser(Realiser):
    _principals_titled: bool | None = None  # computed once per document: see principals_titled
    lang = "en"
    COORDINATION = True

    @property
    def us(self) -> bool:
        return str(self.f.style.get("en_variant", "en-GB")).lower() in ("en-us", "us", "american")

    def spell(self, text: str) -> str:
        return en.spelling(text, self.us)

    # -- noun phrases ---------------------------------------------------------------

    def adjective(self, code: str | None) -> str:
        if not code:
            return ""
        overrides = lexicon.language("en").get("adjectives") or {}
        override = overrides.get(code)
        if isinstance(override, dict):
            override = override.get("us" if self.us else "gb")
        return str(override or reference.grammar(code).get("en_adjective") or "")

    def country_np(self, code: str, formal: bool = False) -> str:
        g = reference.grammar(code)
        if formal and g.get("en_formal"):
            return ("the " if g.get("en_formal_the") else "") + g["en_formal"]
        return ("the " if g.get("en_the") is True else "") + reference.country_name(code, "en")

    def org_np(self, org: str) -> str:
        return en.with_the(org)

    def office_np(self, title: str, country: str | None, org: str | None, *, nationality: bool = True,
                  possessive: bool = False) -> tuple[str, bool]:
        """(office with its country or organisation once, whether it reads as an apposition)."""
        if org:
            if org_in_title(org, title):
                return f"the {title}", True
            if en.is_acronym(org):
                return f"{org} {title}", False
            head = en.title_head(title)
            rest = title[len(head):].strip()
            if rest.startswith(("for ", "to ", "on ")):
                # "the High Representative of the European Union for Foreign Affairs and Security Policy"
                return f"the {head} of {self.org_np(org)} {rest}", True
            return f"the {title} of {self.org_np(org)}", True
        national = self.without_country(title, country) if nationality else None
        if national and country:  # (a title names its own country only when there is one)
            # "President of the People's Republic of China Xi Jinping" is no agency English: "China's President Xi
            # Jinping", "Ethiopian Deputy Prime Minister and Foreign Minister Demeke Mekonnen".
            title, possessive = national, False
        elif not country or not nationality or country_in_title(country, title):
            # "the Ambassador of China to Kyrgyzstan, Du Dewen,": a title naming two countries is an apposition.
            return (f"the {title}", True) if country and " to " in title else (title, False)
        adjective = self.adjective(country)
        if adjective and " of the Ministry" in title:
            # "the Secretary (East) of the Indian Ministry of External Affairs, …": the ministry is national.
            office = title.replace(" of the Ministry", f" of the {adjective} Ministry", 1)
            return f"the {office}", True
        if possessive and (not adjective or self.possessive_reads(country)):
            return f"{capitalize_first(en.possessive(self.country_np(country)))} {title}", False
        if adjective:
            return f"{adjective} {title}", False
        return f"the {title} of {self.country_np(country)}", True

    def without_country(self, title: str, country: str | None) -> str | None:
        """The office a title names before its own country ("President" of "President of the Republic of
        Kazakhstan"), or None when the country is not the title's last complement."""
        if not country or " to " in title:
            return None
        names = {self.country_np(country, formal=True), self.country_np(country), reference.country_name(country, "en")}
        for name in sorted(names, key=len, reverse=True):
            for of in (f" of {name}", f" of the {name}"):
                if fold(title).endswith(fold(of)) and len(title) > len(of):
                    head = title[: len(title) - len(of)].strip().rstrip(",")
                    return head if head and not country_in_title(country, head) else None
        return None

    def possessive_reads(self, code: str) -> bool:
        """"Azerbaijan's Minister" reads well; "The United States' …", "Belarus' …" do not."""
        name = self.country_np(code)
        return " " not in name and not name.endswith("s")

    def full_np(self, p: Person, *, nationality: bool = True, possessive: bool = False) -> str:
        """Azerbaijan's Minister of Foreign Affairs Jeyhun Bayramov · Kyrgyz President Sadyr Japarov."""
        if not p.title:
            return p.name
        if p.dual:
            org_office, national = p.offices[0], p.offices[1]
            first, _ = self.office_np(org_office.title, None, org_office.org)
            second, _ = self.office_np(national.title, p.country, None, nationality=nationality)
            if not first.startswith("the "):
                first = "the " + first
            return f"{first} and {second}, {p.name}{APPOSITION}"
        office, apposition = self.office_np(p.title, p.country, p.org, nationality=nationality, possessive=possessive)
        if apposition:
            return f"{office}, {p.name}{APPOSITION}"
        return f"{office} {p.name}"

    def short_title(self, title: str, country: str | None) -> str:
        """The title a headline uses: an office's short name ("Foreign Secretary" for the British Secretary of
        State for Foreign, Commonwealth and Development Affairs), or the head alone when the complement is long."""
        long = len(title) > 50 or "," in title
        if country:
            # "Ambassador of Iran to Iraq" -> "Iranian Ambassador": the adjective says whose envoy, the lead where.
            for name in (self.country_np(country, formal=True), self.country_np(country)):
                posted = re.match(rf"(.+?) of {re.escape(name)} (?:to|in) \S.*\Z", title, re.I)
                if posted:
                    return posted.group(1)
        if long and country:
            # "Minister of Foreign Affairs of the Russian Federation" -> the adjective says the country.
            for name in (self.country_np(country, formal=True), self.country_np(country)):
                of = f" of {name}"
                if fold(title).endswith(fold(of)) and len(title.split()) - len(of.split()) >= 2:
                    title = title[: len(title) - len(of)].strip()
                    long = len(title) > 50
                    break
        code = office_of(title, country, "en")
        if code:
            data = office_data(code, country, "en")
            short = str(data.get("short") or "")
            if short and (long or data.get("country_short")):
                return short
        if not long:
            return title
        ministry = title.find(" of the Ministry")
        if ministry > 0:
            # A headline leaves the ministry to the lead ("Indian Secretary (East) Riva Ganguly Das").
            return title[:ministry]
        return en.title_head(title)

    def headline_np(self, p: Person) -> str:
        """The counterpart in a headline: one office, in its short form, and the name ("OSCE Chairman-in-Office
        Bujar Osmani", "British Foreign Secretary David Cameron")."""
        office = p.offices[0] if p.offices else None
        if office is None:
            return p.name
        title = self.short_title(office.title, p.country if not office.org else None)
        text, _ = self.office_np(title, p.country if not office.org else None, office.org)
        if text.startswith("the "):
            acronym = bool(office.org) and en.is_acronym(office.org or "") and not org_in_title(office.org or "", title)
            text = f"{office.org} {title}" if acronym else text[4:]
        if office.org and en.is_acronym(office.org) and title.startswith(office.org + " "):
            text = title
        return f"{text} {p.name}"

    def title_head(self, p: Person) -> str:
        return en.title_head(p.national_office.title if p.dual else p.title)

    def honorific(self, p: Person) -> str:
        point = "." if self.us else ""
        if p.gender == "m":
            return f"Mr{point} {p.surname}"
        if p.gender == "f":
            return f"Ms{point} {p.surname}"
        return p.name

    def short_np(self, p: Person) -> str:
        """Minister Bayramov (house style "title") · Bayramov ("surname") · Prince Faisal · Mr Osmani.

        The principals follow one style: when one of them has no title that stands before a name (two offices,
        "Co-Chair"), the others are "Mr"/"Ms" too ("Mr Nurtleu … Mr Osmani", not "Deputy Prime Minister Nurtleu
        … Mr Osmani"); a head of state or of an organisation keeps his rank ("President Tokayev")."""
        words = p.name.split()
        table = lexicon.language("en").get("honorifics") or {}
        honorific = table.get(words[0].lower()) if len(words) > 1 and isinstance(table, dict) else None
        if honorific:
            return f"{honorific} {p.short_name or words[1]}"
        if self.f.style.get("en_short_form") == "surname" or not p.title:
            return p.surname
        titled = self.titled_short(p)
        if titled is None or (p.role == "principal" and not self.keeps_rank(p) and not self.principals_titled()):
            return self.honorific(p)
        return titled

    def titled_short(self, p: Person) -> str | None:
        """"Minister Bayramov", "Foreign Secretary Cameron"; None when the title does not stand before a name."""
        if p.dual or not p.title:
            return None
        code = office_of(p.title, p.country, "en")
        if code:
            data = office_data(code, p.country, "en")
            if data.get("country_short") and fold(str(data["short"])) != fold(p.title):
                # "Foreign Secretary Cameron", not "Secretary Cameron" (for the British Secretary of State …)
                return f"{data['short']} {p.surname}"
        head = self.title_head(p)
        before_name = (lexicon.language("en").get("titles_before_name") or {}).get("words") or []
        if not head or fold(head.split()[-1]) not in {fold(str(word)) for word in before_name}:
            return None  # "Chief Ellison" is no English: "Ms Ellison"
        return f"{capitalize_first(head)} {p.surname}"

    def keeps_rank(self, p: Person) -> bool:
        """A head of state, of government or of an organisation keeps his title later on ("President Tokayev")."""
        ranks = (lexicon.language("en").get("titles_before_name") or {}).get("ranks") or []
        return fold(self.title_head(p)) in {fold(str(rank)) for rank in ranks} if p.title and not p.dual else False

    def principals_titled(self) -> bool:
        """Whether every principal named on his own has a title before his name (a side of several principals
        with one office is named as a group: its members do not count; nor do heads who keep their rank)."""
        if self._principals_titled is None:
            people: list[Person] = []
            for side in (self.f.ours, self.f.theirs):
                if len(side) > 1 and self.same_title(tuple(side)):
                    continue
                people += [p for p in side if p.title and not self.keeps_rank(p)]
            self._principals_titled = all(self.titled_short(p) is not None for p in people)
        return self._principals_titled

    def pronoun(self, plural: bool, gender: str | None) -> str:
        if plural:
            return "they"
        return {"m": "he", "f": "she"}.get(gender or "", "they")

    def possessive_of(self, plural: bool, gender: str | None) -> str:
        if plural:
            return "their"
        return {"m": "his", "f": "her"}.get(gender or "", "their")

    def same_title(self, people: tuple[Person, ...]) -> bool:
        titles = {fold(masculine_title(p.title)) for p in people}
        return len(people) > 1 and len(titles) == 1 and "" not in titles

    def group_title(self, people: tuple[Person, ...]) -> str:
        """The one office a group holds: the same title, or one office under each country's name for it."""
        if self.same_title(people):
            return people[0].title
        countries = [p.country for p in people]
        if len(people) < 2 or not all(countries) or len(set(countries)) != len(countries):
            return ""
        codes = {office_of(p.national_office.title, p.country, "en") for p in people}
        code = codes.pop() if len(codes) == 1 else None
        if not code or any(p.org and not p.dual for p in people):
            return ""
        return str(office_data(code, None, "en").get("short") or "").lower()

    def group_np(self, people: tuple[Person, ...], form: str, *, possessive: bool = False) -> str:
        title = self.group_title(people)
        if title:
            first = people[0]
            org = first.org if self.same_title(people) else None
            head = en.title_head(title)
            rest = title[len(head):].strip()
            plural = en.plural_noun(head)
            countries = [p.country for p in people]
            distinct = len(set(countries)) == len(countries) and all(countries)
            if org and not org_in_title(org, title):
                rest = (rest + " " if rest else "") + f"of {self.org_np(org)}"
            noun = " ".join(w for w in (plural, rest) if w)
            if not distinct and first.country and not org and not country_in_title(first.country, title):
                noun = f"{self.adjective(first.country)} {noun}".strip()
            if form == "headline" and distinct and not org:
                # "the foreign ministers of Venezuela, Argentina and Brazil"
                if len(countries) > HEADLINE_COUNTRIES:
                    return f"the {noun} of {self.number_word(len(countries))} countries"
                return f"the {noun} of {en.list_text([self.country_np(c or '') for c in countries])}"
            if form in ("short", "headline"):
                return f"the {noun}"
            names = []
            for p in people:
                extra = [reference.country_name(p.country or "", "en")] if distinct else []
                if p.dual and not org:
                    office, _ = self.office_np(p.offices[0].title, None, p.offices[0].org)
                    extra.append(office[4:] if office.startswith("the ") else office)
                names.append(p.name + (f" ({', '.join(extra)})" if extra else ""))
            return f"the {noun}, {en.list_text(names)}{APPOSITION}"
        if form == "short":
            return en.list_text([self.short_np(p) for p in people])
        nps, seen = [], set()
        for p in people:
            nps.append(self.full_np(p, nationality=p.country not in seen, possessive=possessive))
            if p.country:
                seen.add(p.country)
        return en.list_text(nps)

    def both_np(self, form: str) -> str:
        people = self.f.all_principals()
        if form == "pronoun":
            return "they"
        if self.f.same_heads():
            office = self.f.shared_office()
            head = str(office_data(office, None, "en").get("head") or "") if office else ""
            head = head or self.shared_head(people)
            noun = en.plural_noun(head.lower())
            return f"the two {noun}" if form == "alt" and len(people) == 2 else f"the {noun}"
        return "both sides" if form == "alt" else "the sides"

    @staticmethod
    def shared_head(people) -> str:
        """The head every principal's title has, also in a double title ("Deputy Chairman …, Minister of
        Foreign Affairs" and "Acting Minister …" share "Minister"); else the shortest head."""
        def heads(title: str) -> dict[str, str]:
            parts = [title, *re.split(r",\s+|\s+and\s+", title)]
            found: dict[str, str] = {}
            for part in parts:
                head = " ".join(_QUALIFIERS.sub(" ", en.title_head(part)).split())
                if head:
                    found.setdefault(head.lower(), head)
            return found

        per_person = [heads(p.national_office.title) for p in people]
        common = set.intersection(*(set(h) for h in per_person)) if per_person else set()
        if common:
            return per_person[0][min(common, key=len)]
        return min((en.title_head(p.national_office.title) for p in people), key=len)

    def side_np(self, side: str) -> str:
        people = self.f.principals(side)
        if not people:
            return f"the {'host' if side == 'host' else 'visiting'} side"
        p = people[0]
        if p.org and not p.dual:
            return self.org_np(p.org)
        adjective = self.adjective(p.country)
        if adjective:
            return f"the {adjective} side"
        return self.country_np(p.country) if p.country else "the other side"

    def role_np(self, p: Person) -> str:
        """the Azerbaijani minister · the OSCE Secretary General (a subject named again, differently)."""
        head = self.title_head(p)
        if p.org and not p.dual:
            office, _ = self.office_np(head, None, p.org)
            return office if office.startswith("the ") else f"the {office}"
        adjective = self.adjective(p.country)
        if not adjective or not head:
            return self.short_np(p)
        return f"the {adjective} {head.lower()}"

    def person_np(self, person: Person, form: str, *, possessive: bool = False) -> str:
        if form == "full":
            return self.full_np(person, possessive=possessive)
        if form == "role":
            return self.role_np(person)
        if form == "pronoun":
            return self.pronoun(False, person.gender)
        if form == "counterpart":
            return f"{self.possessive_of(False, person.gender)} counterpart"
        return self.short_np(person)

    def np(self, referent: Referent | None, form: str, *, possessive: bool = False) -> str:
        if referent is None or referent.kind == "impersonal":
            return ""
        if referent.kind == "both":
            return self.both_np(form)
        if referent.kind == "side":
            return self.side_np(referent.side or "")
        if referent.kind == "group":
            if form == "pronoun":
                return "they"
            return self.group_np(referent.people, form, possessive=possessive)
        return self.person_np(referent.people[0], form, possessive=possessive)

    def his(self, referent: Referent) -> str:
        return self.possessive_of(referent.plural, referent.person.gender if referent.person else None)

    def counterpart_np(self, message: Message) -> str:
        theirs: Referent = message.complement
        form = message.forms.get("object", "full")
        them = theirs.person
        if (self.f.counterparts and them is not None and form == "full" and not (them.org and not them.dual)
                and not second_office(them.title)):
            his = self.his(message.subject)
            adjective = self.adjective(them.country)
            if them.dual:
                org_office, _ = self.office_np(them.offices[0].title, None, them.offices[0].org)
                if not org_office.startswith("the "):
                    org_office = "the " + org_office
                mate = f"{his} {adjective} counterpart" if adjective else f"{his} counterpart"
                return f"{org_office}, {mate} {them.name}{APPOSITION}"
            if adjective:
                return f"{his} {adjective} counterpart {them.name}"
            if them.country:
                return f"{his} counterpart from {self.country_np(them.country)}, {them.name}{APPOSITION}"
            return f"{his} counterpart {them.name}"
        return self.np(theirs, form)

    # -- words --------------------------------------------------------------------------

    def dateline(self) -> str:
        f = self.f
        if not f.dateline_city:
            return ""
        if f.agency:
            return f"{f.dateline_city}, {self.date_text(f.pub_date, year=False)}, {f.agency}"
        return f"{f.dateline_city}, {self.date_text(f.pub_date, year=True)}"

    def date_long(self, date: dt.date) -> str:
        return self.date_text(date, year=True)

    def date_text(self, date: dt.date, *, year: bool) -> str:
        return en.date_text(date, year=year, us=self.us)

    def date_of(self, date: dt.date) -> str:
        return "on " + self.date_text(date, year=self.f.year_needed(date))

    def deadline_of(self, date: dt.date) -> str:
        return "by " + self.date_text(date, year=self.f.year_needed(date))

    def meeting_noun(self, mention: int) -> str:
        talks = "the talks" if self.f.kind in VISITS or self.f.kind == "bilateral_meeting" else "the meeting"
        first, later = MEETING_NOUNS.get(self.f.kind, (talks, talks))
        return first if mention <= 1 else later

    # -- headline and lead ------------------------------------------------------------------

    def document_np(self, doc: dict, index: int) -> str:
        if self.title_is_only_its_type(doc, index):
            kind = self.document_kind_np([(doc, index)])
            return ("an " if kind[:1].lower() in "aeio" else "a ") + kind
        title = self.field_text.get(doc.get("title"), f"meeting.documents_signed[{index}].title")
        return f"the {quote(title, 'en')}"

    def document_kind_np(self, docs: list[tuple[dict, int]]) -> str:
        if len(docs) == 1:
            doc, index = docs[0]
            code = doc.get("type")
            headline = (lexicon.language("en").get("headline_documents") or {}).get(code) if code else None
            if headline:
                label = str(headline)
                head_at = -1  # "consultation plan": the head noun comes last
            else:
                label = reference.label("document_type", code, "en") if code else "cooperation document"
                label = label.lower() if not label.isupper() else label
                head_at = 0  # "plan of consultations"
            # The title's own head noun when it names another kind of document than the type
            # ("Program of consultations …" typed as a plan of consultations: "consultation programme").
            heads = lexicon.language("en").get("document_heads") or {}
            title = self.field_text.get(doc.get("title"), f"meeting.documents_signed[{index}].title")
            words = title.strip("«»\"\u201c\u201d ").split(" ")
            head = heads.get(words[0].lower()) if words and words[0] else None
            parts = label.split(" ")
            if head and parts[head_at].lower() != str(head) and not label.isupper() \
                    and (not code or same_complement(label, parts[head_at], title)):
                parts[head_at] = str(head)
                label = " ".join(parts) if code else str(head)
            return self.spell(label)
        return f"{self.number_word(len(docs))} cooperation documents"

    def partner_np(self, people: list[Person], *, article: bool = True) -> str:
        first = people[0]
        if first.org and not first.dual:
            return self.org_np(first.org) if article else first.org
        if first.country:
            return self.country_np(first.country) if article else reference.country_name(first.country, "en")
        return first.name

    def realise_headline(self, message: Message) -> str:
        f = self.f
        name = f.ours[0].name
        theirs: Referent = message.complement
        them = theirs.person
        if theirs.kind == "group":
            other = self.group_np(theirs.people, "headline")
        elif f.counterparts and them is not None and not them.org:
            adjective = self.adjective(them.country)
            other = f"{self.his(message.subject)} {adjective} counterpart" if adjective else \
                f"{self.his(message.subject)} counterpart from {self.country_np(them.country or '')}"
        else:
            other = self.headline_np(theirs.people[0])
        other = other.replace(APPOSITION, "")
        news = message.data.get("news", True)
        docs = (message.data.get("documents") or []) if news else []
        kind = f.kind
        if docs and f.signing_in_headline():
            ours = reference.country_name(f.ours[0].country, "en") if f.ours[0].country else name
            return capitalize_first(f"{ours} and {self.partner_np(f.theirs, article=False)} sign "
                                    f"{self.document_kind_np(docs)}")
        if kind == "phone_call":
            return f"{name} holds telephone conversation with {other}"
        if kind == "videoconference":
            return f"{name} holds videoconference with {other}"
        if kind == "audience":
            if f.our_side == "guest":
                return f"{name} received by {other}"
            return f"{name} receives {other}"
        if kind == "political_consultations":
            if f.ours[0].country and not (f.theirs[0].org and not f.theirs[0].dual):
                ours = reference.country_name(f.ours[0].country, "en")
                return f"{ours} and {self.partner_np(f.theirs, article=False)} hold political consultations"
            return capitalize_first(f"political consultations held with {self.partner_np(f.theirs)}")
        if kind == "signing_ceremony":
            return capitalize_first(f"signing ceremony with {self.partner_np(f.theirs)}")
        if kind in HEADLINE_VISITS and news:
            code = f.visit_country()
            where = f" to {self.country_np(code)}" if code else ""
            if f.our_side == "guest":
                return f"{name} on {HEADLINE_VISITS[kind]}{where}"
            # The comma ties the visit to the guest, as in French ("…with his Russian counterpart, on state visit
            # to China"); without it the host reads as the visitor.
            headline = f"{name} holds talks with {other}, on {HEADLINE_VISITS[kind]}{where}"
            if len(headline) <= HEADLINE_LIMIT:
                return headline
        if kind == "bilateral_meeting" or kind in HEADLINE_VISITS:
            return f"{name} holds talks with {other}"
        return f"{name} meets {other}"

    def occasion_phrase(self) -> str:
        occasion = self.f.meeting.get("occasion")
        if not isinstance(occasion, dict) or not occasion.get("event"):
            return ""
        event = self.field_text.get(occasion.get("event"), "meeting.occasion.event")
        if event.lower().startswith("the "):
            event = event[4:]
        ordinal = occasion.get("ordinal")
        np = f"the {en.ordinal(int(ordinal))} {event}" if ordinal else en.with_the(event)
        relation = occasion.get("relation") or "during"
        return {"before": "ahead of", "after": "following"}.get(relation, "on the sidelines of") + " " + np

    def realise_lead(self, message: Message) -> str:
        f = self.f
        ours: Referent = message.subject
        plural = ours.plural
        subject = capitalize_first(self.np(ours, message.forms.get("subject", "full"), possessive=True))
        date = en.date_phrase(f.date, f.end, year=f.lead_needs_year(), us=self.us)
        place = f" in {f.city}" if f.mention_city() else ""
        other = self.counterpart_np(message)
        kind = f.kind
        if kind in VISITS:
            code = f.visit_country()
            formal = f.visit_country_formal()
            where = f" to {self.country_np(code, formal=formal)}" if code else ""
            past = f.tense == "past"
            if f.our_side == "host":
                be = ("were" if past else "are") if message.complement.plural else ("was" if past else "is")
                text = f"{subject} held talks{place} {date} with {other}, who {be} on {VISITS[kind]}{where}"
            else:
                be = ("were" if past else "are") if plural else ("was" if past else "is")
                text = f"{subject}, who {be} on {VISITS[kind]}{where}, held talks with {other}{place} {date}"
        elif kind == "phone_call":
            # English puts the time after the object: "held a telephone conversation with X on 29 March"
            text = f"{subject} held a telephone conversation with {other} {date}"
            if f.initiated_by:
                side = f.principals(f.initiated_by)
                if side and side[0].org and not side[0].dual and f.initiated_by == f.their_side:
                    text += f", at {self.possessive_of(False, side[0].gender)} initiative"
                else:
                    text += f", at the initiative of {self.side_np(f.initiated_by)}"
        elif kind == "videoconference":
            text = f"{subject} held a videoconference with {other} {date}"
        elif kind == "sidelines" and self.occasion_phrase():
            text = f"{subject} met {other}{place} {date} {self.occasion_phrase()}"
        elif kind == "audience":
            if f.our_side == "guest":
                text = f"{subject} {'were' if plural else 'was'} received by {other}{place} {date}"
            else:
                text = f"{subject} received {other}{place} {date}"
        elif kind == "signing_ceremony":
            document = message.data.get("document")
            who = f"{subject} and {other}"
            docs = f.signed()
            if document is not None:
                text = f"{who} signed {self.document_np(*document)}{place} {date}"
            elif docs:
                count = self.number_word(len(docs))
                text = f"{who} attended the signing of {count} cooperation documents{place} {date}"
            else:
                text = f"{who} attended a signing ceremony{place} {date}"
        elif kind == "political_consultations":
            text = f"{subject} held political consultations with {other}{place} {date}"
        else:
            text = f"{subject} met {other}{place} {date}"
        third = message.data.get("third")
        if third is not None:
            text += ", in the presence of " + en.list_text([self.full_np(p) for p in third.people])
        if f.attribution:
            text += f", {f.attribution}"
        return self.close(text)

    def realise_attendance(self, message: Message) -> str:
        """The foreign ministers of the two countries, A and B, also took part in the talks."""
        people = message.subject.people
        sides = {p.side for p in people}
        if self.same_title(people) and len(people) == 2 and len(sides) == 2 and self.f.all_states():
            noun = en.plural_noun(en.title_head(people[0].title))
            rest = people[0].title[len(en.title_head(people[0].title)):].strip()
            who = f"the {noun} {rest} of the two countries, {en.list_text([p.name for p in people])},"
        else:
            who = self.group_np(people, "full") if len(people) > 1 else self.full_np(people[0])
        noun = "the consultations" if self.f.kind == "political_consultations" else self.meeting_noun(1)
        return self.close(f"{capitalize_first(who)} also took part in {noun}")

    def realise_presence(self, message: Message) -> str:
        """The meeting was also attended by Emirati Minister of Climate Change and the Environment …"""
        who = en.list_text([self.full_np(p) for p in message.subject.people])
        noun = {"political_consultations": "The consultations were", "signing_ceremony": "The ceremony was"}.get(
            self.f.kind, "The meeting was")
        return self.close(f"{noun} also attended by {who}")

    def realise_visit_invitation(self, message: Message) -> str:
        verb = "took place" if self.f.tense == "past" else "is taking place"
        return self.close(f"The visit {verb} at the invitation of {self.side_np(message.data['side'])}")

    # -- body --------------------------------------------------------------------------------

    def group_text(self, group: Group, vocab: str) -> str:
        if group.kind == "head":
            return self.spell(f"{en.list_text(group.parts)} {group.head}")
        if group.kind == "adj":
            return en.list_text(group.parts)
        return self.item_phrase(group.items[0], vocab)

    def realise_format(self, message: Message) -> str:
        f = self.f
        fmt = message.data.get("format")
        topics = [self.group_text(g, "topic") for g in self.groups(message)]
        whose = "the two countries'" if f.all_states() else "both sides'"
        noun = self.meeting_noun(message.mention)
        if f.kind == "political_consultations":
            noun = "the consultations"
        held = {
            "one_on_one": "held one-on-one",
            "extended": f"held in an extended format with the participation of {whose} delegations",
            "one_on_one_then_extended": f"held one-on-one and then in an extended format with {whose} delegations",
        }.get(fmt or "")
        if topics:
            if held:
                return self.close(f"{capitalize_first(noun)}, {held}, covered {en.series(topics)}")
            return self.close(f"{capitalize_first(noun)} covered {en.series(topics)}")
        if held:
            be = "were" if noun.endswith("s") else "was"
            return self.close(f"{capitalize_first(noun)} {be} {held}")
        return ""

    def realise_areas(self, message: Message) -> str:
        groups = self.groups(message)
        adjectives = next((g for g in groups if g.kind == "adj"), None)
        domains = [g for g in groups if g.kind != "adj"]
        subject = self.subject(message)
        listed = en.list_text([self.group_text(g, "cooperation_area") for g in domains])
        field = "field" if len(domains) == 1 else "fields"
        if adjectives and domains:
            text = (f"{subject} discussed {en.list_text(adjectives.parts)} cooperation, "
                    f"as well as cooperation in the {field} of {listed}")
        elif adjectives:
            text = f"{subject} discussed {en.list_text(adjectives.parts)} cooperation"
        else:
            text = f"{subject} discussed cooperation in the {field} of {listed}"
        return self.close(text)

    def join(self, pattern: str, text: str) -> str:
        low = text.lower()
        if pattern == "that":
            return text if low.startswith("that ") else f"that {text}"
        if pattern == "to":
            if low.startswith(("the ", "a ", "an ", "their ", "its ", "this ", "these ", "further ")):
                return f"on {text}"  # "agreed on the need to …"
            return text if low.startswith(("to ", "on ", "that ")) else f"to {text}"
        return text

    def joined(self, pattern: str, texts: list[str]) -> str:
        # joined, a later text's own "also" repeats "and"/"as well as" ("and to also prepare")
        texts = texts[:1] + [re.sub(r"^also\s+", "", text) for text in texts[1:]]
        parts = [self.join(pattern, t) for t in texts]
        if len(parts) == 1:
            return parts[0]
        if pattern in ("that", "to"):
            return " and ".join(parts)
        if len(parts) == 2 and not any("as well as" in t for t in texts):
            return ", as well as ".join(parts)
        return en.list_text(parts)

    def addressee(self, message: Message) -> str:
        form = message.forms.get("addressee")
        if form is None:
            return "the sides"
        if form == "counterpart":
            return f"{self.his(message.subject)} counterpart"
        return self.np(message.slots["addressee"], form)

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
                opening = lead.impersonal
                if message.data.get("again") and opening.startswith("It was "):
                    opening = "It was also " + opening[len("It was "):]
                return self.close(f"{opening} {self.joined(lead.pattern, texts)}")
            subject_ref = message.subject = Referent("both", tuple(self.f.all_principals()))
            message.forms["subject"] = "plain"
        form = message.forms.get("subject", "short")
        subject = capitalize_first(self.np(subject_ref, form))
        coordinated = [message, *message.data.get("and", [])]
        predicates = [self.predicate(m, subject_ref) for m in coordinated]
        # So is a predicate with a comma of its own ("…, including support for candidatures, and said …").
        closes = any(self.lead_entry(m).pattern == "that" for m in coordinated[:-1]) or \
            any("," in predicate for predicate in predicates[:-1])
        if len(predicates) > 1 and closes:
            return self.close(f"{subject} {', '.join(predicates[:-1])}, and {predicates[-1]}")
        return self.close(f"{subject} {en.list_text(predicates)}")

    def predicate(self, message: Message, subject_ref: Referent) -> str:
        lead = self.lead_entry(message)
        plural = subject_ref.plural
        if plural:
            template = (message.lead_in if subject_ref.kind == "both" else None) or lead.plural
            pattern, addressee = lead.plural_pattern or lead.pattern, "the sides"
        else:
            template, pattern, addressee = message.lead_in or lead.singular, lead.pattern, self.addressee(message)
        his = self.possessive_of(plural, subject_ref.person.gender if subject_ref.person else None)
        lead_in = self.spell(lexicon.fill(template, feminine=False, addressee=addressee, his=his, plural=plural))
        texts = self.texts(message)
        if pattern == "that" and len(texts) == 1:
            act = en.speech_act(texts[0], (lexicon.language("en").get("speech_acts") or {}).get("verbs") or [])
            if act is not None:
                return act  # "said that he offered his condolences" is the act: "offered his condolences"
        return f"{lead_in} {self.joined(pattern, texts)}"

    def quotation(self, message: Message, lead: lexicon.LeadIn, text: str) -> str:
        """“Our relations are excellent,” Minister Bayramov said."""
        words = strip_final_stop(text.strip().strip("«»\"\u201c\u201d "))
        verb = lead.quote or "said"
        who = self.np(message.subject, message.forms.get("subject", "short"))
        return f"\u201c{words},\u201d {verb} {who}."

    def realise_signing(self, message: Message) -> str:
        docs = message.complement
        nps = en.list_text([self.document_np(d, i) for d, i in docs])
        if self.f.kind == "signing_ceremony" and len(docs) > 1:
            return self.close(f"The following documents were signed: {nps}")
        form = message.forms.get("subject", "full")
        names = self.np(message.subject, form)
        if message.data.get("early"):
            if self.f.kind == "signing_ceremony":
                return self.close(f"{capitalize_first(names)} signed {nps}")
            return self.close(f"On this occasion, {names} signed {nps}")
        after = "In addition" if message.data.get("more") else "Following " + self.meeting_noun(message.mention)
        if message.subject.kind == "both":
            return self.close(f"{after}, {names} signed {nps}")
        return self.close(f"{after}, in the presence of the delegations, {names} signed {nps}")

    def when(self, year: int) -> str:
        if year == self.f.date.year:
            return "this year"
        if year == self.f.date.year + 1:
            return "next year"
        return f"in {year}"

    def realise_anniversary(self, message: Message) -> str:
        also = " also" if message.also else ""
        subject = self.subject(message)
        items = message.complement
        if len(items) == 1:
            a = items[0]
            what = reference.phrase("anniversary_subject", a.get("subject"), "en", "meeting.anniversaries[0].subject")
            when = f", to be celebrated {self.when(int(a['year']))}" if a.get("year") else ""
            return self.close(f"{subject}{also} exchanged views on the {en.ordinal(int(a.get('ordinal') or 0))} "
                              f"anniversary of {what}{when}")
        # One noun for anniversaries of one order and year; each year with its time phrase, in order
        # ("the 35th anniversary of independence, to be celebrated this year, and that of …, next year").
        groups: dict[tuple[int, int | None], list[str]] = {}
        for i, a in enumerate(items):
            path = f"meeting.anniversaries[{i}].subject"
            what = reference.phrase("anniversary_subject", a.get("subject"), "en", path)
            key = (int(a.get("ordinal") or 0), int(a["year"]) if a.get("year") else None)
            groups.setdefault(key, []).append(what)
        ordered = sorted(groups.items(), key=lambda item: (item[0][1] is None, item[0][1] or 0))
        parts, previous = [], None
        for index, ((ordinal, year), whats) in enumerate(ordered):
            noun = "that of " if ordinal == previous else f"the {en.ordinal(ordinal)} anniversary of "
            noun += " and of ".join(whats)
            if year:
                noun += f", to be celebrated {self.when(year)}" if index == 0 else f", {self.when(year)}"
            parts.append(noun)
            previous = ordinal
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + ", and " + parts[-1]
        return self.close(f"{subject}{also} exchanged views on {listed}")

    def realise_invitation(self, message: Message) -> str:
        host = message.subject.person
        assert host is not None
        guest = message.slots["object"]
        visit = VISITS.get(message.complement, "a visit")
        where = f" to {self.country_np(host.country)}" if host.country else ""
        form = message.forms.get("object", "short")
        whom = f"{self.his(message.subject)} counterpart" if form == "counterpart" else self.np(guest, form)
        invited = "in turn invited" if message.data.get("in_turn") else "invited"
        text = self.close(f"{self.subject(message)} {invited} {whom} to pay {visit}{where}")
        if message.data.get("accepted") is True:
            text += f" {'This' if message.data.get('several') else 'The'} invitation was accepted with gratitude."
        return text

    def step_text(self, step: NextStep) -> str:
        """"hold another meeting" + date -> "to hold another meeting on 14 October" (an event);
        "exchange draft texts" + date -> "to exchange draft texts by 14 October" (a task: the date is a deadline)."""
        text = strip_final_stop(step.text)
        first = text.split()[0] if text.split() else ""
        if first[:1].isupper() and first[1:].islower() and fold(first) not in {fold(p.surname) for p in self.f.people}:
            text = first.lower() + text[len(first):]
        if step.deadline:
            text = en.deadline_in_text(text)
        item = self.join("to", text)
        if step.date is not None:
            when = self.deadline_of(step.date) if step.deadline else self.date_of(step.date)
            parts = item.split(",")
            if len(parts) >= 3 and not step.deadline:
                # "to discuss, at the meeting of NATO Foreign Ministers on 7 April, what more …" (a deadline ends
                # the step: "to exchange, through diplomatic channels, the lists of projects by 7 April")
                return ",".join([parts[0], f"{parts[1]} {when}", *parts[2:]])
            item += " " + when
        return item

    def realise_next_steps(self, message: Message) -> str:
        items = [self.step_text(step) for step in message.complement]
        also = " also" if message.also else ""
        if message.lead_in:  # the principals' next form of the verb ("decided", "also agreed")
            return self.close(f"{self.subject(message)} {message.lead_in} {en.list_text(items)}")
        return self.close(f"{self.subject(message)}{also} agreed {en.list_text(items)}")
