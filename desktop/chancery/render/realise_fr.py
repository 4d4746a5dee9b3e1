"""The French realiser: agreement, articles and contractions, word order.

Ministry and agency usage (Quai d'Orsay, AZERTAC): "Le ministre
azerbaïdjanais des Affaires étrangères, Djeyhoun Baïramov, s'est entretenu
le 2 juillet avec son homologue kirghiz Rouslan Kazakbaïev", then "M.
Baïramov" (or the bare surname, by house style) and "il".  Typography is
applied afterwards by :func:`~.typography.finish`.
"""

from __future__ import annotations

import datetime as dt
import re

from ..text import fold
from . import french as fr
from . import lexicon, reference
from .facts import Person, country_in_title, masculine_title, office_data, office_of, org_in_title, second_office
from .microplan import Group
from .plan import Message, NextStep, Referent
from .realiser import HEADLINE_COUNTRIES, HEADLINE_LIMIT, Realiser, same_complement
from .typography import APPOSITION, capitalize_first, quote, strip_final_stop

# Titles whose demonym goes after the whole compound ("secrétaire d'État kirghiz").
COMPOUND_TITLES = (
    "secrétaire d'état", "ministre d'état", "chef d'état", "chargé d'affaires", "chargée d'affaires",
    "haut représentant", "haute représentante", "chef de la diplomatie", "premier ministre", "première ministre",
    "vice-premier ministre", "vice-première ministre", "représentant spécial", "représentante spéciale",
    "secrétaire général adjoint", "secrétaire générale adjointe", "secrétaire général", "secrétaire générale",
)
PREPOSITIONS = {"de", "des", "du", "d'", "à", "au", "aux", "chargé", "chargée", "pour", "en", "auprès"}
FEMININE_DOCUMENTS = {"joint_declaration", "joint_statement", "roadmap"}
VISITS = {"official_visit": "visite officielle", "working_visit": "visite de travail", "state_visit": "visite d'État"}
INDEFINITE_VISITS = {"official_visit": "une visite officielle", "working_visit": "une visite de travail",
                     "state_visit": "une visite d'État"}
# How a signing after the talks opens.
AFTER = {"political_consultations": "À l'issue des consultations", "videoconference": "À l'issue de la visioconférence"}
# The meeting named again after the lead: (first mention in the body, later mentions).
MEETING_NOUNS = {
    "phone_call": ("cet entretien", "cet entretien"),
    "videoconference": ("cet échange", "cet échange"),
    "political_consultations": ("les consultations", "ces consultations"),
}


def split_title(title: str) -> tuple[str, str]:
    """("ministre", "des Affaires étrangères") of "ministre des Affaires étrangères"."""
    low = title.lower().replace("\u2019", "'")
    for compound in COMPOUND_TITLES:
        if low.startswith(compound) and (len(low) == len(compound) or low[len(compound)] in " ,"):
            return title[: len(compound)], title[len(compound):].strip()
    words = title.split()
    for i, word in enumerate(words):
        w = word.lower().replace("\u2019", "'")
        if i > 0 and _bare_complement(word, words[i + 1] if i + 1 < len(words) else ""):
            continue  # "directrice de cabinet", "chef d'état-major": a compound noun, the demonym follows it
        if i > 0 and (w in PREPOSITIONS or w.startswith(("d'", "l'"))):
            return " ".join(words[:i]), " ".join(words[i:])
    return title, ""


def _bare_complement(word: str, following: str) -> bool:
    """"de cabinet", "d'état-major": de + a common noun without article belongs to the head noun."""
    w = word.replace("\u2019", "'")
    if w == "de":
        noun = following
    elif w.startswith("d'") and len(w) > 2:
        noun = w[2:]
    else:
        return False
    return bool(noun) and noun[:1].islower() and noun.lower() not in {"la", "le", "les", "l'", "un", "une"} \
        and not noun.lower().startswith(("l'", "l\u2019"))


# Words that open a noun phrase in lower case inside a sentence ("… a remercié le ministre").
_LOWER_OPENERS = {"le", "la", "les", "l'", "l\u2019", "un", "une", "des", "du", "son", "sa", "ses", "leur",
                  "leurs", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "deux"}


def lower_first(text: str) -> str:
    """A noun phrase moved inside a sentence: "Le ministre" -> "le ministre"; "Mme Colonna" and names stay."""
    first = re.split(r"(?<=['\u2019])|\s", text, maxsplit=1)[0]
    if first.lower() in _LOWER_OPENERS:
        return text[:1].lower() + text[1:]
    return text


class FrenchRealiser(Realiser):
    lang = "fr"
    COORDINATION = True

    def texts(self, message: Message) -> list[str]:
        table = lexicon.language("fr").get("honorifics") or {}
        return [fr.honorific_articles(text, table) if isinstance(text, str) else text
                for text in super().texts(message)]

    # -- noun phrases -------------------------------------------------------------------

    def demonym(self, code: str | None, feminine: bool, plural: bool = False) -> str:
        if not code:
            return ""
        forms = reference.grammar(code).get("fr_demonym") or {}
        return forms.get(("f" if feminine else "m") + ("p" if plural else "s"), "")

    def country_np(self, code: str) -> str:
        return reference.grammar(code).get("fr_article") or reference.country_name(code, "fr")

    def country_of(self, code: str) -> str:
        return reference.grammar(code).get("fr_of") or fr.contract_de(self.country_np(code))

    def country_in(self, code: str, formal: bool = False) -> str:
        g = reference.grammar(code)
        if formal and g.get("fr_formal_in"):
            return g["fr_formal_in"]  # when it reads in a place phrase: Facts.visit_country_formal
        return g.get("fr_in") or "en " + reference.country_name(code, "fr")

    def org_np(self, org: str) -> str:
        return fr.with_article(org)

    def office_np(self, title: str, gender: str | None, country: str | None, org: str | None,
                  *, nationality: bool = True) -> str:
        """"ministre azerbaïdjanais des Affaires étrangères" — no article; the country or organisation once."""
        head, rest = split_title(title)
        if org:
            if org_in_title(org, title):
                return title
            if rest and fold(rest).startswith(("pour ", "charge", "aupres ")):
                # "le haut représentant de l'Union européenne pour les affaires étrangères …"
                return f"{head} {fr.contract_de(self.org_np(org))} {rest}"
            return f"{title} {fr.contract_de(self.org_np(org))}"
        if not country or not nationality or country_in_title(country, title):
            return title
        formal_of = reference.grammar(country).get("fr_formal_of", "")
        if fold(rest) == fold("de la République") and formal_of.startswith("de la République"):
            return f"{head} {formal_of}"
        ministry = re.search(r"(?:^|\s)(du [Mm]inistère)(?=\s|$)", rest)
        if ministry and self.demonym(country, False):
            # "secrétaire (Est) du ministère indien des Affaires extérieures", "sous-secrétaire à la Politique
            # extérieure du ministère argentin des Affaires étrangères": the ministry is the national one.
            return f"{head} {rest[:ministry.end(1)]} {self.demonym(country, False)}{rest[ministry.end(1):]}"
        demonym = self.demonym(country, gender == "f")
        if not demonym:
            return f"{title} {self.country_of(country)}"
        qualified = re.fullmatch(r"(.+?)\s+(\([^)]*\))", head)
        if qualified:
            # "secrétaire (Est)": the demonym agrees with the office noun, before its qualifier ("la secrétaire
            # indienne (Est)", never "la secrétaire (Est) indienne").
            head = f"{qualified.group(1)} {demonym} {qualified.group(2)}"
            demonym = ""
        return " ".join(w for w in (head, demonym, rest) if w)

    def honorific(self, p: Person) -> tuple[str, str]:
        """(article, honorific) when the name opens with a title ("Prince Faisal …" -> ("le ", "prince"))."""
        words = p.name.split()
        table = lexicon.language("fr").get("honorifics") or {}
        article = table.get(words[0].lower()) if len(words) > 1 and isinstance(table, dict) else None
        if article is None:
            return "", ""
        article = str(article)
        return (article if article.endswith("'") else article + " "), words[0].lower()

    def royal_title(self, p: Person) -> str:
        """"le roi " / "l'émir " when the person's title opens with an honorific of the lexicon ("roi d'Arabie
        saoudite"), else ""."""
        words = p.title.split() if p.title else []
        table = lexicon.language("fr").get("honorifics") or {}
        article = table.get(words[0].lower()) if words and isinstance(table, dict) else None
        if article is None:
            return ""
        article = str(article)
        return f"{article if article.endswith(chr(39)) else article + ' '}{words[0].lower()} "

    def name_of(self, p: Person) -> str:
        """The name in running text: an honorific is a common noun in French ("le prince Faisal ben Farhane")."""
        article, honorific = self.honorific(p)
        if not honorific:
            return p.name
        return f"{article}{honorific}{p.name[len(honorific):]}"

    def full_np(self, p: Person, *, nationality: bool = True) -> str:
        """le ministre azerbaïdjanais des Affaires étrangères, Djeyhoun Baïramov,"""
        name = self.name_of(p)
        if not p.title:
            return name
        if p.dual:
            org_office, national = p.offices[0], p.offices[1]
            first = self.office_np(org_office.title, p.gender, None, org_office.org)
            second = self.office_np(national.title, p.gender, p.country, None, nationality=nationality)
            return f"{fr.article(p.gender, first)}{first}, {second}, {name}{APPOSITION}"
        office = self.office_np(p.title, p.gender, p.country, p.org, nationality=nationality)
        art = fr.article(p.gender, office)
        if not self.bare(p.title, office, p.country, p.org, p.feminine) or name != p.name:
            return f"{art}{office}, {name}{APPOSITION}"
        return f"{art}{office} {name}"

    def bare(self, title: str, office: str, country: str | None, org: str | None, feminine: bool) -> bool:
        """A bare head with its demonym takes no comma before the name ("le président kirghiz Sadyr Japarov");
        a title with a complement does ("le ministre kirghiz des Affaires étrangères, Rouslan Kazakbaïev")."""
        _head, rest = split_title(title)
        demonym = self.demonym(country, feminine)
        return not rest and not org and (office == title or (bool(demonym) and office.endswith(demonym)))

    def short_title(self, title: str, country: str | None) -> str:
        """The title a headline uses: an office's short name ("ministre des Affaires étrangères" for the
        British Foreign Secretary), or the head alone when the complement is long."""
        long = len(title) > 50 or "," in title
        if long and country:
            # "ministre des Affaires étrangères de la Fédération de Russie" -> the demonym says the country.
            g = reference.grammar(country)
            for of in (g.get("fr_formal_of"), g.get("fr_of"), self.country_of(country)):
                if of and fold(title).endswith(" " + fold(of)) and len(title.split()) - len(of.split()) >= 2:
                    title = title[: len(title) - len(of)].strip()
                    long = len(title) > 50
                    break
        code = office_of(title, country, "fr")
        if code:
            data = office_data(code, country, "fr")
            short = str(data.get("short") or "")
            if short and (long or data.get("country_short")):
                return short
        if not long:
            return title
        ministry = title.find(" du ministère")
        if ministry > 0:
            # A headline leaves the ministry to the lead ("Indian Secretary (East) Riva Ganguly Das").
            return title[:ministry]
        return split_title(title)[0]

    def headline_np(self, p: Person) -> str:
        """The counterpart in a headline: one office, in its short form, and the name."""
        office = p.offices[0] if p.offices else None
        if office is None:
            return p.name
        country = p.country if not office.org else None
        title = self.short_title(office.title, country)
        text = self.office_np(title, p.gender, country, office.org)
        name = self.name_of(p)
        joint = " " if self.bare(title, text, country, office.org, p.feminine) and name == p.name else ", "
        return f"{fr.article(p.gender, text)}{text}{joint}{name}"

    def short_np(self, p: Person) -> str:
        """M. Baïramov · Mme Colonna · Baïramov (house style "surname") · le prince Faisal."""
        article, honorific = self.honorific(p)
        if honorific:
            given = p.short_name or p.name.split()[1]
            return f"{article}{honorific} {given}"
        royal = self.royal_title(p)
        if royal:
            # A monarch is "le roi Salmane", never "M. Salmane": the title's honorific and the given name.
            return f"{royal}{p.short_name or p.name.split()[0]}"
        if self.f.style.get("fr_short_form") == "surname":
            return p.surname
        if p.gender == "m":
            return f"M.\u00a0{p.surname}"
        if p.gender == "f":
            return f"Mme\u00a0{p.surname}"
        return p.name

    def head_of(self, p: Person) -> str:
        return split_title(p.national_office.title if p.dual else p.title)[0]

    def pronoun(self, plural: bool, feminine: bool) -> str:
        if plural:
            return "elles" if feminine else "ils"
        return "elle" if feminine else "il"

    def same_title(self, people: tuple[Person, ...]) -> bool:
        titles = {fold(masculine_title(p.title)) for p in people}
        return len(people) > 1 and len(titles) == 1 and "" not in titles

    def group_title(self, people: tuple[Person, ...]) -> str:
        """The one office a group holds: the same title, or one office under each country's name for it
        ("les ministres des Affaires étrangères" for a foreign minister and a minister of external relations)."""
        if self.same_title(people):
            return people[0].title
        countries = [p.country for p in people]
        if len(people) < 2 or not all(countries) or len(set(countries)) != len(countries):
            return ""
        codes = {office_of(p.national_office.title, p.country, "fr") for p in people}
        code = codes.pop() if len(codes) == 1 else None
        if not code or any(p.org and not p.dual for p in people):
            return ""
        return str(office_data(code, None, "fr").get("short") or "")

    def group_np(self, people: tuple[Person, ...], form: str) -> str:
        """les coprésidents du Groupe de Minsk, A (France), B (Russie) et C (États-Unis) — or a list."""
        feminine = all(p.feminine for p in people)
        title = self.group_title(people)
        if title:
            first = people[0]
            org = first.org if self.same_title(people) else None
            head, rest = split_title(title)
            plural_head = fr.plural_noun(head)
            countries = [p.country for p in people]
            distinct = len(set(countries)) == len(countries) and all(countries)
            if org and not org_in_title(org, title):
                rest = (rest + " " if rest else "") + fr.contract_de(self.org_np(org))
            if not distinct and first.country and not org and not country_in_title(first.country, title):
                demonym = self.demonym(first.country, feminine, plural=True)
                plural_head = f"{plural_head} {demonym}".strip()
            noun = " ".join(w for w in (plural_head, rest) if w)
            if form == "headline" and distinct and not org:
                # "les ministres des Affaires étrangères du Venezuela, de l'Argentine et du Brésil"
                if len(countries) > HEADLINE_COUNTRIES:
                    return f"les {noun} de {self.number_word(len(countries))} pays"
                return f"les {noun} {fr.list_text([self.country_of(c or '') for c in countries])}"
            if form in ("short", "headline"):
                return f"les {noun}"
            names = []
            for p in people:
                extra = [reference.country_name(p.country or "", "fr")] if distinct else []
                if p.dual and not org:
                    extra.append(self.office_np(p.offices[0].title, p.gender, None, p.offices[0].org))
                names.append(p.name + (f" ({', '.join(extra)})" if extra else ""))
            return f"les {noun}, {fr.list_text(names)}{APPOSITION}"
        if form == "short":
            genders = {p.gender for p in people}
            if self.f.style.get("fr_short_form") != "surname" and len(genders) == 1 and genders <= {"m", "f"}:
                plural = "MM.\u00a0" if genders == {"m"} else "Mmes\u00a0"
                return plural + fr.list_text([p.surname for p in people])
            return fr.list_text([self.short_np(p) for p in people])
        nps, seen = [], set()
        for p in people:
            nps.append(self.full_np(p, nationality=p.country not in seen))
            if p.country:
                seen.add(p.country)
        return fr.list_text(nps)

    def both_np(self, form: str) -> tuple[str, bool]:
        """les ministres · les deux ministres · ils — and whether agreement is feminine."""
        people = self.f.all_principals()
        feminine = all(p.feminine for p in people)
        if self.f.same_heads():
            office = self.f.shared_office()
            head = str(office_data(office, None, "fr").get("head") or "") if office else ""
            head = head or min((self.head_of(p) for p in people), key=len)
            noun = fr.plural_noun(head)
            if form == "pronoun":
                return self.pronoun(True, feminine), feminine
            return (f"les deux {noun}" if form == "alt" and len(people) == 2 else f"les {noun}"), feminine
        if form == "pronoun":
            return "elles", True
        return ("les deux parties" if form == "alt" else "les parties"), True

    def side_np(self, side: str) -> str:
        people = self.f.principals(side)
        fallback = "la partie " + ("hôte" if side == "host" else "invitée")
        if not people:
            return fallback
        p = people[0]
        if p.org and not p.dual:
            return self.org_np(p.org)
        demonym = self.demonym(p.country, True)
        if demonym:
            return f"la partie {demonym}"
        return self.country_np(p.country) if p.country else fallback

    def role_np(self, p: Person) -> str:
        """le ministre azerbaïdjanais · la secrétaire générale de l'OSCE (a subject named again, differently)."""
        head = self.head_of(p)
        if p.org and not p.dual:
            return f"{fr.article(p.gender, head)}{head} {fr.contract_de(self.org_np(p.org))}"
        demonym = self.demonym(p.country, p.feminine)
        if not demonym or not head:
            return self.short_np(p)
        return f"{fr.article(p.gender, head)}{head.lower()} {demonym}"

    def person_np(self, person: Person, form: str) -> str:
        if form == "full":
            return self.full_np(person)
        if form == "role":
            return self.role_np(person)
        if form == "pronoun":
            return self.pronoun(False, person.feminine)
        if form == "counterpart":
            return "son homologue"
        return self.short_np(person)

    def np(self, referent: Referent | None, form: str) -> str:
        if referent is None or referent.kind == "impersonal":
            return ""
        if referent.kind == "both":
            return self.both_np(form)[0]
        if referent.kind == "side":
            return self.side_np(referent.side or "")
        if referent.kind == "group":
            if form == "pronoun":
                return self.pronoun(True, referent.feminine)
            return self.group_np(referent.people, form)
        return self.person_np(referent.people[0], form)

    def agreement(self, referent: Referent, form: str) -> tuple[bool, bool]:
        """(feminine, plural) of a subject as realised."""
        if referent.kind == "both":
            return self.both_np(form)[1], True
        return referent.feminine, referent.plural

    def counterpart_np(self, message: Message) -> str:
        """son homologue kirghiz Rouslan Kazakbaïev · le président kirghiz Sadyr Japarov."""
        theirs: Referent = message.complement
        form = message.forms.get("object", "full")
        them = theirs.person
        if (self.f.counterparts and them is not None and form == "full" and not (them.org and not them.dual)
                and not second_office(them.title)):
            demonym = self.demonym(them.country, them.feminine)
            if demonym and not them.dual:
                if self.name_of(them) != them.name:
                    return f"son homologue {demonym}, {self.name_of(them)}{APPOSITION}"
                return f"son homologue {demonym} {them.name}"
            if them.dual:
                org_office = self.office_np(them.offices[0].title, them.gender, None, them.offices[0].org)
                of = demonym or self.country_of(them.country) if them.country else ""
                return (f"{fr.article(them.gender, org_office)}{org_office}, son homologue {of}, "
                        f"{self.name_of(them)}{APPOSITION}")
            if them.country:
                return f"son homologue {self.country_of(them.country)}, {self.name_of(them)}{APPOSITION}"
            return f"son homologue {self.name_of(them)}"
        return self.np(theirs, form)

    # -- words -------------------------------------------------------------------------

    def dateline(self) -> str:
        f = self.f
        if not f.dateline_city:
            return ""
        if f.agency:
            return f"{f.dateline_city}, {fr.date_text(f.pub_date, year=False)}, {f.agency}"
        return f"{f.dateline_city}, le {fr.date_text(f.pub_date, year=True)}"

    def date_long(self, date: dt.date) -> str:
        return fr.date_text(date, year=True)

    def free_phrase(self, text: str) -> str:
        """A free-text subject with the article it needs ("la diversification énergétique", "les ports")."""
        if fr.starts_with_determiner(text) or not text:
            return text
        first = text.split()[0]
        if first[:1].isupper() and first[1:2].isupper():
            return fr.with_article(text)
        plural = first.lower().endswith(("s", "x")) and not first.lower().endswith(("ss", "is", "us", "ès"))
        if plural:
            return "les " + text
        return fr.article(fr.guess_gender(text), text) + text

    def date_of(self, date: dt.date) -> str:
        return "le " + fr.date_text(date, year=self.f.year_needed(date))

    def deadline_of(self, date: dt.date) -> str:
        return "d'ici le " + fr.date_text(date, year=self.f.year_needed(date))

    def meeting_noun(self, mention: int, *, after: bool = False) -> str:
        """The meeting named again in the body: "l'entretien", then "cet entretien"."""
        first, later = MEETING_NOUNS.get(self.f.kind, ("l'entretien", "cet entretien"))
        return first if mention <= 1 else later

    # -- headline and lead -------------------------------------------------------------------

    def document_np(self, doc: dict, index: int) -> str:
        if self.title_is_only_its_type(doc, index):
            return self.document_kind_np([(doc, index)])
        title = self.field_text.get(doc.get("title"), f"meeting.documents_signed[{index}].title")
        gender = "f" if doc.get("type") in FEMININE_DOCUMENTS else ("m" if doc.get("type") else fr.guess_gender(title))
        return f"{fr.article(gender, title)}{quote(title, 'fr')}"

    def document_kind_np(self, docs: list[tuple[dict, int]]) -> str:
        """un programme de coopération · deux documents de coopération."""
        if len(docs) == 1:
            doc, index = docs[0]
            code = doc.get("type")
            label = reference.label("document_type", code, "fr") if code else "document de coopération"
            label = label[:1].lower() + label[1:]
            gender = "f" if code in FEMININE_DOCUMENTS else "m"
            # The title's own head noun when it names another kind of document than the type's label
            # ("Programme de consultations …" typed as a plan of consultations: "un programme de consultations").
            heads = lexicon.language("fr").get("document_heads") or {}
            title = self.field_text.get(doc.get("title"), f"meeting.documents_signed[{index}].title")
            title_head = fold(title.strip("«»\"\u201c\u201d \u00a0").split(" ")[0]) if title.strip() else ""
            head = next((word for word in heads if fold(word) == title_head), None)
            label_head = label.split(" ")[0]
            if head and fold(head) != fold(label_head) and (not code or same_complement(label, label_head, title)):
                label = head + (label[len(label_head):] if code else "")
                gender = str(heads[head])
            return ("une " if gender == "f" else "un ") + label
        return f"{self.number_word(len(docs))} documents de coopération"

    def partner_np(self, people: list[Person]) -> str:
        first = people[0]
        if first.org and not first.dual:
            return self.org_np(first.org)
        return self.country_np(first.country) if first.country else first.name

    def realise_headline(self, message: Message) -> str:
        f = self.f
        name = self.name_of(f.ours[0])
        theirs: Referent = message.complement
        them = theirs.person
        if theirs.kind == "group":
            other = self.group_np(theirs.people, "headline")
        elif f.counterparts and them is not None and not them.org:
            mate = self.demonym(them.country, them.feminine) or (self.country_of(them.country) if them.country else "")
            other = f"son homologue {mate}".strip()
        else:
            other = self.headline_np(theirs.people[0])
        other = other.replace(APPOSITION, "")
        news = message.data.get("news", True)
        docs = (message.data.get("documents") or []) if news else []
        kind = f.kind
        if docs and f.signing_in_headline():
            ours = self.country_np(f.ours[0].country) if f.ours[0].country else name
            return capitalize_first(f"{ours} et {self.partner_np(f.theirs)} signent {self.document_kind_np(docs)}")
        if kind == "phone_call":
            return capitalize_first(f"entretien téléphonique {fr.contract_de(name)} avec {other}")
        if kind == "videoconference":
            return capitalize_first(f"entretien par visioconférence {fr.contract_de(name)} avec {other}")
        if kind == "audience":
            if f.our_side == "guest":
                return capitalize_first(f"{name} {fr.agree('reçu', f.ours[0].feminine, False)} par {other}")
            return capitalize_first(f"{name} reçoit {other}")
        if kind == "political_consultations":
            if f.ours[0].country and not (f.theirs[0].org and not f.theirs[0].dual):
                ours = self.country_np(f.ours[0].country)
                return f"Consultations politiques entre {ours} et {self.partner_np(f.theirs)}"
            return f"Consultations politiques avec {self.partner_np(f.theirs)}"
        if kind == "signing_ceremony":
            return f"Cérémonie de signature avec {self.partner_np(f.theirs)}"
        if kind in VISITS and news:
            code = f.visit_country()
            where = f" {self.country_in(code)}" if code else ""
            if f.our_side == "guest":
                return capitalize_first(f"{VISITS[kind]} {fr.contract_de(name)}{where}")
            headline = capitalize_first(f"entretien {fr.contract_de(name)} avec {other}, en {VISITS[kind]}{where}")
            if len(headline) <= HEADLINE_LIMIT:
                return headline
        return capitalize_first(f"entretien {fr.contract_de(name)} avec {other}")

    def occasion_phrase(self) -> str:
        occasion = self.f.meeting.get("occasion")
        if not isinstance(occasion, dict) or not occasion.get("event"):
            return ""
        event = self.field_text.get(occasion.get("event"), "meeting.occasion.event")
        ordinal = occasion.get("ordinal")
        low = event.lower()
        if low.startswith(("le ", "la ", "les ", "l'", "l\u2019")):
            art, noun = (event[:2], event[2:]) if low.startswith(("l'", "l\u2019")) else event.split(" ", 1)
            art = art.lower()
        else:
            art, noun = None, event
        gender = fr.guess_gender(noun)
        if ordinal:
            article = "les" if art == "les" else ("la" if gender == "f" else "le")
            np = f"{article} {fr.ordinal(int(ordinal), feminine=gender == 'f')} {noun.strip()}"
        else:
            np = fr.with_article(event, gender)
        relation = occasion.get("relation") or "during"
        if relation == "before":
            return "en amont " + fr.contract_de(np)
        if relation == "after":
            return "à l'issue " + fr.contract_de(np)
        return "en marge " + fr.contract_de(np)

    def realise_lead(self, message: Message) -> str:
        f = self.f
        ours: Referent = message.subject
        plural = ours.plural
        feminine = ours.feminine
        subject = capitalize_first(self.np(ours, message.forms.get("subject", "full")))
        date = fr.date_phrase(f.date, f.end, year=f.lead_needs_year())
        place = f" {fr.city_in(f.city)}" if f.mention_city() else ""
        other = self.counterpart_np(message)
        a = "ont" if plural else "a"
        entretenu = ("se sont " if plural else "s'est ") + fr.agree("entretenu", feminine, plural)
        kind = f.kind
        extra = ""
        if kind in VISITS:
            code = f.visit_country()
            where = f" {self.country_in(code, formal=f.visit_country_formal())}" if code else ""
            if f.our_side == "host":
                text = f"{subject} {entretenu} {date}{place} avec {other}, en {VISITS[kind]}{where}"
            else:
                text = f"{subject}, en {VISITS[kind]}{where}, {entretenu} {date}{place} avec {other}"
        elif kind == "phone_call":
            text = f"{subject} {a} eu {date} un entretien téléphonique avec {other}"
            if f.initiated_by:
                side = f.principals(f.initiated_by)
                if side and side[0].org and not side[0].dual and f.initiated_by == f.their_side:
                    extra = ", à l'initiative " + ("de cette dernière" if side[0].feminine else "de ce dernier")
                else:
                    extra = f", à l'initiative {fr.contract_de(self.side_np(f.initiated_by))}"
        elif kind == "videoconference":
            text = f"{subject} {a} eu {date} un entretien par visioconférence avec {other}"
        elif kind == "sidelines" and self.occasion_phrase():
            text = f"{subject} {entretenu} {date}{place} avec {other}, {self.occasion_phrase()}"
        elif kind == "audience":
            if f.our_side == "guest":
                recu = ("ont été " if plural else "a été ") + fr.agree("reçu", feminine, plural)
                text = f"{subject} {recu} {date}{place} par {other}"
            else:
                text = f"{subject} {a} reçu {date}{place} {other}"
        elif kind == "signing_ceremony":
            document = message.data.get("document")
            who = f"{subject} et {other}"
            docs = f.signed()
            if document is not None:
                text = f"{who} ont signé {date}{place} {self.document_np(*document)}"
            elif docs:
                text = (f"{who} ont présidé {date}{place} la cérémonie de signature de "
                        f"{self.number_word(len(docs))} documents de coopération")
            else:
                text = f"{who} ont présidé {date}{place} une cérémonie de signature"
        elif kind == "political_consultations":
            text = f"{subject} {a} tenu {date}{place} des consultations politiques avec {other}"
        else:
            text = f"{subject} {entretenu} {date}{place} avec {other}"
        text += extra
        third = message.data.get("third")
        if third is not None:
            people = [self.full_np(p) for p in third.people]
            text += ", en présence " + fr.list_text([fr.contract_de(np) for np in people])
        if f.attribution:
            text += f", {f.attribution}"
        return self.close(text)

    def realise_attendance(self, message: Message) -> str:
        """Les ministres des Affaires étrangères des deux pays, A et B, ont également pris part à l'entretien."""
        people = message.subject.people
        sides = {p.side for p in people}
        if self.same_title(people) and len(people) == 2 and len(sides) == 2 and self.f.all_states():
            head, rest = split_title(people[0].title)
            who = f"les {fr.plural_noun(head)} {rest} des deux pays, {fr.list_text([p.name for p in people])},"
        else:
            who = self.group_np(people, "full") if len(people) > 1 else self.full_np(people[0])
        verb = "ont" if len(people) > 1 else "a"
        noun = "aux consultations" if self.f.kind == "political_consultations" else "à l'entretien"
        return self.close(f"{capitalize_first(who)} {verb} également pris part {noun}")

    def realise_presence(self, message: Message) -> str:
        """La rencontre s'est déroulée en présence de la ministre émirienne du Changement climatique, …"""
        who = fr.list_text([self.full_np(p) for p in message.subject.people])
        noun = {"political_consultations": "Les consultations se sont déroulées",
                "signing_ceremony": "La cérémonie s'est déroulée"}.get(self.f.kind, "La rencontre s'est déroulée")
        return self.close(f"{noun} en présence {fr.contract_de(who)}")

    def realise_visit_invitation(self, message: Message) -> str:
        verb = "a eu lieu" if self.f.tense == "past" else "a lieu"
        return self.close(f"La visite {verb} à l'invitation {fr.contract_de(self.side_np(message.data['side']))}")

    # -- body -------------------------------------------------------------------------

    def group_text(self, group: Group, vocab: str) -> str:
        if group.kind == "head":
            return f"{group.head} {fr.list_text(group.parts)}"
        if group.kind == "adj":
            return fr.list_text(group.parts)
        return self.item_phrase(group.items[0], vocab)

    def realise_format(self, message: Message) -> str:
        f = self.f
        fmt = message.data.get("format")
        topics = [self.group_text(g, "topic") for g in self.groups(message)]
        both = "des deux pays" if f.all_states() else "des deux parties"
        consultations = f.kind == "political_consultations"
        noun = self.meeting_noun(message.mention)
        lors = "Lors des consultations" if consultations else "Lors de l'entretien"
        elargi = "élargies" if consultations else "élargi"
        if fmt == "one_on_one":
            intro = f"{lors} en tête-à-tête"
        elif fmt == "extended":
            intro = f"{lors} {elargi} aux délégations {both}"
        elif fmt == "one_on_one_then_extended":
            intro = f"{lors} en tête-à-tête, puis {elargi} aux délégations {both}"
        else:
            intro = ("Au cours " + fr.contract_de(noun)) if f.kind in MEETING_NOUNS else "Lors de l'entretien"
        if topics:
            return self.close(f"{intro}, les discussions ont porté sur {fr.series(topics, 'sur')}")
        if fmt == "one_on_one":
            return "L'entretien s'est déroulé en tête-à-tête."
        if fmt == "extended":
            return f"L'entretien s'est déroulé en format élargi, avec la participation des délégations {both}."
        if fmt == "one_on_one_then_extended":
            return f"L'entretien en tête-à-tête a été suivi d'un entretien élargi aux délégations {both}."
        return ""

    def realise_areas(self, message: Message) -> str:
        groups = self.groups(message)
        adjectives = next((g for g in groups if g.kind == "adj"), None)
        domains = [g for g in groups if g.kind != "adj"]
        subject = self.subject(message)
        verb = "ont examiné" if message.forms.get("subject") != "pronoun" else "ont examiné"
        domain_list = fr.list_text([fr.contract_de(self.group_text(g, "cooperation_area")) for g in domains])
        dans = "dans le domaine" if len(domains) == 1 else "dans les domaines"
        if adjectives and domains:
            # One "coopération": the adjectives agree with "domaines" ("dans les domaines politique et
            # culturel, ainsi que dans ceux de l'investissement et des transports").
            fields = fr.list_text([fr.masculine(part) for part in adjectives.parts])
            noun = "le domaine" if len(adjectives.parts) == 1 else "les domaines"
            those = "celui" if len(domains) == 1 else "ceux"
            text = (f"{subject} {verb} les perspectives de la coopération dans {noun} {fields}, "
                    f"ainsi que dans {those} {domain_list}")
        elif adjectives:
            text = f"{subject} {verb} les perspectives de la coopération {fr.list_text(adjectives.parts)}"
        else:
            text = f"{subject} {verb} les perspectives de la coopération {dans} {domain_list}"
        return self.close(text)

    def join(self, pattern: str, text: str) -> str:
        if pattern == "que":
            return fr.que(text)
        if pattern == "de":
            if text.lower().startswith(("que ", "qu'", "qu\u2019")):
                return text
            if fr.starts_with_determiner(text):
                # de + each coordinated noun phrase: "de A et des B", not "de A et les B".
                text = fr.distribute_de(text)
            return fr.contract_de(text)
        if pattern == "a":
            return fr.contract_a(text)
        if pattern == "de_inf":
            return fr.de_or_bare(text)
        return text

    def joined(self, pattern: str, texts: list[str]) -> str:
        # joined, a later text's own "également" repeats "ainsi que"/"et" ("ainsi que d'également préparer")
        texts = texts[:1] + [re.sub(r"^également\s+", "", text) for text in texts[1:]]
        parts = [self.join(pattern, t) for t in texts]
        if len(parts) == 1:
            return parts[0]
        if pattern == "que":
            return " et ".join(parts)
        if len(parts) == 2 and not any("ainsi que" in t for t in texts):
            return f"{parts[0]}, ainsi {fr.que(parts[1])}"
        return fr.list_text(parts)

    def addressee(self, message: Message) -> str:
        form = message.forms.get("addressee")
        if form is None:
            return "les parties"
        if form == "counterpart":
            return "son homologue"
        return lower_first(self.np(message.slots["addressee"], form))

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
                if message.data.get("again") and opening.startswith("Il a été "):
                    opening = "Il a en outre été " + opening[len("Il a été "):]
                return self.close(f"{opening} {self.joined(lead.pattern, texts)}")
            subject_ref = message.subject = Referent("both", tuple(self.f.all_principals()))
            message.forms["subject"] = "plain"
        form = message.forms.get("subject", "short")
        subject = capitalize_first(self.np(subject_ref, form))
        coordinated = [message, *message.data.get("and", [])]
        predicates = [self.predicate(m, subject_ref, form) for m in coordinated]
        # A que-clause before the last predicate is closed by a comma: "… que A, et ont réaffirmé B".
        # So is a predicate with a comma of its own ("…, including support for candidatures, and said …").
        closes = any(self.lead_entry(m).pattern == "que" for m in coordinated[:-1]) or \
            any("," in predicate for predicate in predicates[:-1])
        if len(predicates) > 1 and closes:
            return self.close(f"{subject} {', '.join(predicates[:-1])}, et {predicates[-1]}")
        return self.close(f"{subject} {fr.list_text(predicates)}")

    def predicate(self, message: Message, subject_ref: Referent, form: str) -> str:
        """"a souligné l'importance du dialogue": the lead-in agreed with its subject, and the text."""
        lead = self.lead_entry(message)
        feminine, plural = self.agreement(subject_ref, form)
        if subject_ref.kind == "both" or (subject_ref.kind == "group" and plural):
            template = (message.lead_in if subject_ref.kind == "both" else None) or lead.plural
            pattern = lead.plural_pattern or lead.pattern
            addressee = "les parties"
        else:
            template, pattern = message.lead_in or lead.singular, lead.pattern
            addressee = self.addressee(message)
        lead_in = lexicon.fill(template, feminine=feminine, addressee=addressee, plural=plural)
        texts = self.texts(message)
        if pattern == "que" and len(texts) == 1:
            # "a déclaré qu'il présentait ses condoléances" is the act itself: "a présenté ses condoléances".
            acts = lexicon.language("fr").get("speech_acts") or {}
            act = fr.speech_act(texts[0], acts, feminine=feminine, plural=plural)
            if act is not None:
                return act
        if plural:
            # A clause that opens on the subject's pronoun agrees with it ("Les parties … ont dit qu'elles …").
            texts = [re.sub(r"^(?:ils|elles)\b", "elles" if feminine else "ils", t) for t in texts]
        return f"{lead_in} {self.joined(pattern, texts)}"

    def quotation(self, message: Message, lead: lexicon.LeadIn, text: str) -> str:
        """« Nos relations sont excellentes », a déclaré M. Baïramov."""
        words = strip_final_stop(text.strip().strip("«»\"\u201c\u201d \u00a0"))
        verb = lead.quote or "a déclaré"
        who = self.np(message.subject, message.forms.get("subject", "short"))
        if message.subject.kind in ("both", "group"):
            verb = verb.replace("a ", "ont ", 1)
        return f"{quote(words, 'fr')}, {verb} {lower_first(who)}."

    def realise_signing(self, message: Message) -> str:
        docs = message.complement
        nps = fr.list_text([self.document_np(d, i) for d, i in docs])
        if self.f.kind == "signing_ceremony" and len(docs) > 1:
            return self.close(f"Les documents suivants ont été signés : {nps}")
        subject_ref = message.subject
        form = message.forms.get("subject", "full")
        names = self.np(subject_ref, form)
        _feminine, plural = self.agreement(subject_ref, form)
        verb = "ont signé" if plural else "a signé"
        if message.data.get("early"):
            if self.f.kind == "signing_ceremony":
                return self.close(f"{names} {verb} {nps}")
            return self.close(f"À cette occasion, {lower_first(names)} {verb} {nps}")
        # "À l'issue de l'entretien" (the idiom takes the definite article, not "cet").
        after = AFTER.get(self.f.kind, "À l'issue de l'entretien")
        if message.data.get("more"):
            after = "Par ailleurs"
        if subject_ref.kind == "both":
            return self.close(f"{after}, {names} {verb} {nps}")
        return self.close(f"{after}, en présence des délégations, {lower_first(names)} {verb} {nps}")

    def when(self, year: int) -> str:
        if year == self.f.date.year:
            return "cette année"
        if year == self.f.date.year + 1:
            return "l'année prochaine"
        return f"en {year}"

    def realise_anniversary(self, message: Message) -> str:
        subject = self.subject(message)
        also = " également" if message.also else ""
        items = message.complement
        if len(items) == 1:
            a = items[0]
            what = reference.phrase("anniversary_subject", a.get("subject"), "fr", "meeting.anniversaries[0].subject")
            np = f"{fr.ordinal(int(a.get('ordinal') or 0))} anniversaire {fr.contract_de(what)}"
            when = f", {self.when(int(a['year']))}," if a.get("year") else ""
            return self.close(f"{subject} ont{also} évoqué la célébration{when} du {np}")
        # Anniversaries celebrated the same year with the same order share their noun ("du 30e anniversaire de X
        # et de Y"); each year has its time phrase, in order ("cette année, du 30e anniversaire de X et, l'année
        # prochaine, de celui de Y").
        groups: dict[tuple[int, int | None], list[str]] = {}
        for i, a in enumerate(items):
            path = f"meeting.anniversaries[{i}].subject"
            what = reference.phrase("anniversary_subject", a.get("subject"), "fr", path)
            key = (int(a.get("ordinal") or 0), int(a["year"]) if a.get("year") else None)
            groups.setdefault(key, []).append(fr.contract_de(what))
        ordered = sorted(groups.items(), key=lambda item: (item[0][1] is None, item[0][1] or 0))
        parts, previous = [], None
        for (ordinal, year), whats in ordered:
            noun = f"de celui {fr.list_text(whats)}" if ordinal == previous else \
                f"du {fr.ordinal(ordinal)} anniversaire {fr.list_text(whats)}"
            parts.append(f"{self.when(year)}, {noun}" if year else noun)
            previous = ordinal
        if all(year for (_o, year), _w in ordered):
            listed = ", ".join(parts[:-1]) + (f" et, {parts[-1]}" if len(parts) > 1 else parts[-1])
            return self.close(f"{subject} ont{also} évoqué la célébration, {listed}")
        return self.close(f"{subject} ont{also} évoqué la célébration {fr.list_text(parts)}")

    def realise_invitation(self, message: Message) -> str:
        host = message.subject.person
        assert host is not None
        guest = message.slots["object"]
        visit = INDEFINITE_VISITS.get(message.complement, "une visite")
        where = f" {self.country_in(host.country)}" if host.country else ""
        form = message.forms.get("object", "short")
        whom = "son homologue" if form == "counterpart" else lower_first(self.np(guest, form))
        invited = "a à son tour invité" if message.data.get("in_turn") else "a invité"
        text = self.close(f"{self.subject(message)} {invited} {whom} à effectuer {visit}{where}")
        if message.data.get("accepted") is True:
            article = "Cette " if message.data.get("several") else "L'"
            text += f" {article}invitation a été acceptée avec gratitude."
        return text

    def step_text(self, step: NextStep) -> str:
        """"tenir une nouvelle réunion" + date -> "tenir le 14 octobre une nouvelle réunion" (an event);
        "échanger les projets de textes" + date -> "échanger d'ici le 14 octobre les projets de textes" (a task:
        the date is a deadline)."""
        text = strip_final_stop(step.text)
        first = text.split()[0] if text.split() else ""
        if first[:1].isupper() and first[1:2].islower() and re.search(r"(er|ir|re|oir)$", first.lower()):
            text = first.lower() + text[len(first):]
            first = first.lower()
        if step.deadline:
            text = fr.deadline_in_text(text)
        item = fr.de_or_bare(text)
        if step.date is None:
            return item
        when = self.deadline_of(step.date) if step.deadline else self.date_of(step.date)
        infinitive = re.match(r"^(d'|de )?([^\s,]+(?:er|ir|re|oir))(,?)\s+(.*)$", item)
        if infinitive and not infinitive.group(4).startswith(("le ", "à ", "en ")):
            verb, comma, rest = infinitive.group(2), infinitive.group(3), infinitive.group(4)
            return f"{infinitive.group(1) or ''}{verb} {when}{comma} {rest}"
        return f"{item} {when}"

    def realise_next_steps(self, message: Message) -> str:
        items = [self.step_text(step) for step in message.complement]
        form = message.forms.get("subject", "plain")
        subject = self.subject(message)
        feminine, _plural = self.agreement(message.subject, form)
        also = " également" if message.also else ""
        if message.lead_in:  # the principals' next form of the verb ("ont décidé", "sont également convenus")
            verb = lexicon.fill(message.lead_in, feminine=feminine, plural=True)
            return self.close(f"{subject} {verb} {fr.list_text(items)}")
        return self.close(f"{subject} sont{also} {fr.agree('convenu', feminine, True)} {fr.list_text(items)}")
