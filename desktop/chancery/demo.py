"""Demo data: plausible meeting records for ``chancery --demo`` and the benchmarks.

:func:`generate_meetings` combines the editable pools in ``db/demo/*.toml``
(fictional officials per country with their names in en/fr/ru, offices,
cities, multilateral events, statements, document titles, briefing material)
into meeting records in exactly the JSON form of ``meeting-format.md``: every
field present, in the spec's order, codes taken from the shipped
vocabularies.  The result is deterministic for a given seed (ids included:
``uuid.UUID(int=rng.getrandbits(128), version=4)``), covers every meeting
kind, format, side and status, and is fast enough to build a
100,000-meeting benchmark archive in seconds.

Each returned record is its own tree of dicts and lists (nothing is shared
between records), so callers may change them freely.

Qt-free and without I/O except reading the pools once per process.
"""

from __future__ import annotations

import datetime as _dt
import random
import tomllib
import uuid
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["MEETING_KINDS", "generate_meetings", "iter_meetings", "demo_document", "load_pools", "pools_dir",
           "reference_meeting"]

MEETING_KINDS = (
    "bilateral_meeting", "official_visit", "working_visit", "state_visit", "phone_call",
    "videoconference", "sidelines", "audience", "signing_ceremony", "political_consultations",
)
# How often each kind turns up once every kind has appeared once.
_KIND_WEIGHTS = (24, 8, 9, 3, 20, 5, 15, 5, 4, 7)
_KIND_CUMULATIVE = tuple(sum(_KIND_WEIGHTS[: i + 1]) for i in range(len(_KIND_WEIGHTS)))
# Kinds that only make sense between two states.
_STATE_ONLY = frozenset({"state_visit", "political_consultations"})
_VISITS = frozenset({"official_visit", "working_visit", "state_visit"})
_REMOTE = frozenset({"phone_call", "videoconference"})
_HEAD_TITLES = ("president", "prime_minister", "chancellor", "premier")
_DEPUTY_TITLES = ("deputy_foreign_minister", "minister_of_state", "deputy_secretary_of_state")
_MINISTER_TITLES = ("foreign_minister", "secretary_of_state")
_ORG_SHARE = 0.12            # share of counterparts that are international organisations
_FIRST_DAY = _dt.date(2018, 1, 1).toordinal()
_LAST_DAY = _dt.date(2026, 12, 31).toordinal()
_YEARS = range(2018, 2027)
_LANGS = ("en", "fr", "ru")


# --------------------------------------------------------------------------
# Pools


def pools_dir() -> Path:
    """The folder of the shipped demo pools (``db/demo``)."""
    try:
        from .paths import db_dir
    except ImportError:  # pragma: no cover - only if used outside the package
        return Path(__file__).resolve().parent.parent.parent / "db" / "demo"
    return db_dir() / "demo"


@lru_cache(maxsize=4)
def load_pools(folder: str | None = None) -> dict[str, Any]:
    """Every ``*.toml`` file of ``folder`` (default :func:`pools_dir`) merged into one dict.

    Files are read in name order; a later file's top-level tables extend the
    earlier ones (tables merge key by key, arrays are concatenated), so a
    user can add countries or statements in a file of their own.
    """
    merged: dict[str, Any] = {}
    for path in sorted(Path(folder or pools_dir()).glob("*.toml")):
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        for key, value in data.items():
            if key in merged and isinstance(value, dict) and isinstance(merged[key], dict):
                merged[key] = {**merged[key], **value}
            elif key in merged and isinstance(value, list) and isinstance(merged[key], list):
                merged[key] = merged[key] + value
            else:
                merged[key] = value
    if not merged:
        raise FileNotFoundError(f"no demo pools (*.toml) in {folder or pools_dir()}")
    return merged


def reference_meeting() -> dict:
    """The reference meeting (``db/demo/reference-meeting.json``: the 2021 visit of Kyrgyzstan's
    foreign minister to Baku), which ``--demo`` adds beside the generated meetings."""
    import json

    with open(pools_dir() / "reference-meeting.json", encoding="utf-8") as handle:
        return json.load(handle)["meeting"]


# --------------------------------------------------------------------------
# Grammar helpers for the pools' placeholders


def _fr_of(phrase: str) -> str:
    """French "de" + phrase, contracted (de le → du, de les → des, d' before a vowel)."""
    if phrase.startswith("le "):
        return "du " + phrase[3:]
    if phrase.startswith("les "):
        return "des " + phrase[4:]
    if phrase[:1].lower() in "aeiouyéèêàâîïôûœh" and not phrase.startswith(("la ", "l'")):
        return "d'" + phrase
    return "de " + phrase


def _russian_forms(cases: dict, name: str, capital: str, *, org: bool = False) -> dict[str, str]:
    """Russian case forms for the placeholders of the Russian texts ({other[ins]}, {a[mfa_ins]} …), from the
    pools' [ru_forms] table; a country without one gets its name (nominative) in every slot."""
    forms = {case: cases.get(case) or name for case in ("gen", "dat", "acc", "ins")}
    official_gen = cases.get("official_gen") or forms["gen"]
    official_ins = cases.get("official_ins") or forms["ins"]
    forms.update(official_gen=official_gen, official_ins=official_ins,
                 capital_in=cases.get("capital_in") or f"в {capital}")
    if org:
        forms.update(mfa_gen=official_gen, mfa_ins=official_ins, gov_ins=official_ins)
    else:
        forms.update(mfa_gen="Министерства иностранных дел " + official_gen,
                     mfa_ins="Министерством иностранных дел " + official_gen,
                     gov_ins="Правительством " + official_gen)
    return forms


def _state_forms(entry: dict, code: str, ru_cases: dict | None = None) -> dict[str, dict[str, str]]:
    """Per-language forms of a country used by the placeholders ({home[of]} …)."""
    forms: dict[str, dict[str, str]] = {}
    capital = entry["cities"][0]
    for lang in _LANGS:
        name = entry["name"].get(lang) or entry["name"]["en"]
        official = entry.get("official", {}).get(lang) or name
        if lang == "fr":
            of, gov = _fr_of(name), "le Gouvernement " + _fr_of(official)
            mfa = "le ministère des Affaires étrangères " + _fr_of(official)
            mfa_of = "du ministère des Affaires étrangères " + _fr_of(official)
        elif lang == "en":
            of, gov = "of " + name, "the Government of " + official
            mfa = "the Ministry of Foreign Affairs of " + official
            mfa_of = "of " + mfa
        else:
            of = gov = mfa = mfa_of = name
        forms[lang] = {
            "code": code,
            "name": name,
            "of": of,
            "in": entry.get("in", {}).get(lang) or name,
            "side": entry.get("side", {}).get(lang) or name,
            "official": official,
            "gov": gov,
            "mfa": mfa,
            "mfa_of": mfa_of,
            "capital": capital.get(lang) or capital["en"],
        }
    forms["ru"].update(_russian_forms(ru_cases or {}, forms["ru"]["name"], forms["ru"]["capital"]))
    return forms


def _org_forms(entry: dict, code: str, ru_cases: dict | None = None) -> dict[str, dict[str, str]]:
    forms: dict[str, dict[str, str]] = {}
    city = entry["seat"]["city"]
    for lang in _LANGS:
        name = entry["name"].get(lang) or entry["name"]["en"]
        of = _fr_of(name) if lang == "fr" else ("of " + name if lang == "en" else name)
        forms[lang] = {
            "code": code, "name": name, "of": of, "in": name, "side": name, "official": name,
            "gov": name, "mfa": name, "mfa_of": of, "capital": city.get(lang) or city["en"],
        }
    forms["ru"].update(_russian_forms(ru_cases or {}, forms["ru"]["name"], forms["ru"]["capital"], org=True))
    return forms


def _babel_country(code: str) -> dict:
    """A minimal country entry for a home country the pools do not describe."""
    try:
        from babel import Locale

        names = {lang: Locale.parse(lang).territories.get(code, code) for lang in _LANGS}
    except Exception:
        names = {lang: code for lang in _LANGS}
    return {
        "name": names,
        "in": {"en": "in " + names["en"], "fr": "en " + names["fr"], "ru": names["ru"]},
        "official": names,
        "side": {"en": f"the {names['en']} side", "fr": "la partie de " + names["fr"]},
        "cities": [{"en": "the capital", "fr": "la capitale", "ru": "столица"}],
        "since": 1991,
        "officials": [],
    }


def _fill(template: str, context: dict) -> str:
    return template.format_map(context) if "{" in template else template


def _lang_map(entry: dict, contexts: dict[str, dict]) -> dict[str, str]:
    """A language map from a pool entry, its placeholders filled per language."""
    return {lang: _fill(text, contexts[lang]) for lang, text in entry.items() if lang in contexts}


# --------------------------------------------------------------------------
# The generator


class _Deck:
    """Draws items in shuffled rounds, so that every item turns up early."""

    def __init__(self, items: list, rng: random.Random) -> None:
        self._items, self._rng, self._stack = list(items), rng, []

    def draw(self, accept=None):
        if not self._stack:
            self._stack = self._items[:]
            self._rng.shuffle(self._stack)
        if accept is None:
            return self._stack.pop()
        for i in range(len(self._stack) - 1, -1, -1):
            if accept(self._stack[i]):
                return self._stack.pop(i)
        candidates = [item for item in self._items if accept(item)]
        return self._rng.choice(candidates)


class _Party:
    """A counterpart (country or organisation) prepared once per generator."""

    __slots__ = ("code", "is_org", "forms", "cities", "seat", "since", "officials", "organization")

    def __init__(self, code, is_org, forms, cities, seat, since, officials, organization) -> None:
        self.code, self.is_org, self.forms, self.cities = code, is_org, forms, cities
        self.seat, self.since, self.officials, self.organization = seat, since, officials, organization

    def first(self, titles: tuple[str, ...]) -> dict | None:
        for title in titles:
            for person in self.officials:
                if person["title"] == title:
                    return person
        return None


class _Generator:
    def __init__(self, pools: dict, seed: int, home_country: str) -> None:
        self.rng = rng = random.Random(seed)
        self.pools = pools
        self.home_code = home_country = home_country.upper()
        countries = pools["countries"]
        home_entry = countries.get(home_country) or _babel_country(home_country)
        ru_forms = pools.get("ru_forms", {})
        self.home_forms = _state_forms(home_entry, home_country, ru_forms.get(home_country))
        self.home_cities = home_entry["cities"]
        self.home_since = home_entry.get("since")
        home_pool = pools["home"].get(home_country) or pools["home"]["generic"]
        self.home_pool = home_pool
        self.agency = home_pool.get("agency") or None
        self.publisher = home_pool.get("publisher") or {
            "en": "Ministry of Foreign Affairs of " + self.home_forms["en"]["official"],
            "fr": "ministère des Affaires étrangères " + _fr_of(self.home_forms["fr"]["official"]),
        }
        self._titles = pools["titles"]
        self._title_cache: dict[tuple, dict] = {}

        self.states = [
            _Party(code, False, _state_forms(entry, code, ru_forms.get(code)), entry["cities"], None,
                   entry.get("since"), entry.get("officials", []), None)
            for code, entry in countries.items()
            if code != home_country and entry.get("officials")
        ]
        self.orgs = [
            _Party(code, True, _org_forms(entry, code, ru_forms.get(code)), [entry["seat"]["city"]], entry["seat"],
                   None, entry.get("officials", []), entry["organization"])
            for code, entry in pools.get("organizations", {}).items()
        ]
        self.state_deck = _Deck(self.states, rng)
        self.org_deck = _Deck(self.orgs, rng) if self.orgs else None
        self.occasion_deck = _Deck(pools.get("occasions", []), rng)

        # Statements pre-sorted by the situations they fit:
        # key (is_org, has_documents, is_visit) -> list of entries.
        self.statement_pools: dict[tuple[bool, bool, bool], list[dict]] = {}
        for is_org in (False, True):
            for docs in (False, True):
                for visit in (False, True):
                    self.statement_pools[(is_org, docs, visit)] = [
                        s for s in pools.get("statements", [])
                        if s.get("scope", "any") in ("any", "org" if is_org else "state")
                        and s.get("home", home_country) == home_country
                        and (s.get("needs") != "documents" or docs)
                        and (s.get("needs") != "visit" or visit)
                    ]
        self.documents = pools.get("documents", [])
        self.org_documents = [d for d in self.documents if d.get("org")]
        self.fields = pools.get("document_fields", {}).get("fields", [{"en": "Culture", "fr": "de la culture"}])
        codes = pools.get("codes", {})
        self.topics = codes.get("topics", ["bilateral_agenda"])
        self.areas = codes.get("cooperation_areas", [])
        extras = pools.get("extras", {})
        self.venues = extras.get("venues", [])
        self.attributions = extras.get("attributions", [])
        self.followup = pools.get("followup", {})

    # -- people ------------------------------------------------------------

    def title(self, title: Any, gender: str | None, where: dict | None) -> dict:
        if isinstance(title, dict):
            return dict(title)
        key = (title, gender, where["en"]["code"] if where else None)
        cached = self._title_cache.get(key)
        if cached is None:
            entry = self._titles[title]
            cached = {}
            for lang in _LANGS:
                text = entry.get(f"{lang}_f") if gender == "f" else None
                text = text or entry.get(lang)
                if text:
                    cached[lang] = _fill(text, {"where": where[lang]}) if where else text
            self._title_cache[key] = cached
        return dict(cached)

    @staticmethod
    def participant(ref, side, role, person, title, country, organization) -> dict:
        return {
            "ref": ref,
            "side": side,
            "role": role,
            "name": dict(person["name"]),
            "gender": person.get("gender"),
            "title": title,
            "country": country,
            "organization": dict(organization) if organization else None,
        }

    # -- one meeting -------------------------------------------------------

    def meeting(self, index: int, kind_order: list[str], force_draft: bool) -> dict:
        rng = self.rng
        rand = rng.random
        meeting_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))

        if index < len(kind_order):
            kind = kind_order[index]
        else:
            kind = rng.choices(MEETING_KINDS, cum_weights=_KIND_CUMULATIVE)[0]
        use_org = self.org_deck is not None and kind not in _STATE_ONLY and rand() < _ORG_SHARE
        if use_org:
            other = self.org_deck.draw()
        elif kind == "state_visit":
            other = self.state_deck.draw(lambda p: p.first(("president",)) is not None)
        elif kind == "audience":
            other = self.state_deck.draw(lambda p: p.first(_HEAD_TITLES) is not None)
        else:
            other = self.state_deck.draw()

        # Who hosts.  For a call or a videoconference the host is the side that
        # placed the call or hosted the conference, and the place is that side's.
        if other.is_org and kind in ("audience", "official_visit", "signing_ceremony"):
            our_side = "host"
        else:
            our_side = "host" if rand() < 0.55 else "guest"
        their_side = "guest" if our_side == "host" else "host"

        # Principals.
        home_pool = self.home_pool
        home_minister = home_pool["foreign_minister"]
        home_principal, other_principal = home_minister, None
        if other.is_org:
            other_principal = other.officials[0] if rand() < 0.75 else rng.choice(other.officials)
            if kind == "audience":
                home_principal = home_pool["president"]
        elif kind == "state_visit":
            home_principal, other_principal = home_pool["president"], other.first(("president",))
        elif kind == "political_consultations":
            home_principal = rng.choice(home_pool["deputies"])
            other_principal = other.first(_DEPUTY_TITLES)
        elif kind == "audience":
            if our_side == "host":
                home_principal = home_pool["president"]
                other_principal = other.first(_MINISTER_TITLES)
            else:
                other_principal = other.first(_HEAD_TITLES)
        elif kind in ("phone_call", "official_visit", "signing_ceremony") and rand() < 0.2:
            home_principal = home_pool["president"]
            other_principal = other.first(_HEAD_TITLES)
        elif kind == "bilateral_meeting" and rand() < 0.15:
            our_side, their_side = "host", "guest"
            other_principal = other.first(("ambassador",))
        if other_principal is None:
            other_principal = other.first(_MINISTER_TITLES) or other.officials[0]

        home_code = self.home_code
        home_forms = self.home_forms
        other_forms = other.forms
        other_country = None if other.is_org else other.code
        participants = [
            self.participant("p1", our_side, "principal", home_principal,
                             self.title(home_principal["title"], home_principal.get("gender"), None),
                             home_code, None),
            self.participant("p2", their_side, "principal", other_principal,
                             self._other_title(other_principal, other), other_country, other.organization),
        ]

        # Format and delegations.
        if kind in _REMOTE:
            fmt = None
        elif kind == "signing_ceremony":
            fmt = rng.choice((None, "extended"))
        else:
            fmt = rng.choice(("one_on_one", "extended", "one_on_one_then_extended", "extended", None))
        if fmt in ("extended", "one_on_one_then_extended"):
            self._delegations(participants, our_side, their_side, home_principal, other_principal, other)

        # Date and place.
        occasion = None
        if kind == "sidelines" and self.pools.get("occasions"):
            gathering = self.occasion_deck.draw()
            year = rng.choice([y for y in _YEARS if y >= gathering.get("from", 0)])
            first, last = gathering.get("days", (1, 28))
            date = _dt.date(year, gathering["month"], rng.randint(first, last))
            spot = rng.choice(gathering["venues"])
            city, place_country, venue = spot["city"], spot["country"], spot.get("venue")
            base = gathering.get("ordinal_base")
            relation = "during" if rand() < 0.9 else rng.choice(("before", "after"))
            occasion = {"event": dict(gathering["event"]), "ordinal": year - base if base else None,
                        "relation": relation}
        else:
            date = _dt.date.fromordinal(rng.randint(_FIRST_DAY, _LAST_DAY))
            venue = None
            if our_side == "host":
                cities = self.home_cities
                city = cities[0] if rand() < 0.75 else rng.choice(cities)
                place_country = home_code
            elif other.is_org:
                city, place_country, venue = other.seat["city"], other.seat["country"], other.seat.get("venue")
            else:
                city = other.cities[0] if rand() < 0.75 else rng.choice(other.cities)
                place_country = other.code
            if venue is None and kind not in _REMOTE and self.venues and rand() < 0.2:
                venue = rng.choice(self.venues)
        end = None
        if kind in ("official_visit", "state_visit") and rand() < 0.5:
            end = date + _dt.timedelta(days=rng.randint(1, 2))
        elif (kind == "working_visit" and rand() < 0.2) or (kind == "phone_call" and rand() < 0.02):
            end = date + _dt.timedelta(days=1)
        year = date.year

        # Publication: an agency dispatch, or a ministry readout without dateline.
        if self.agency and rand() < 0.85:
            publication = {"agency": self.agency, "publisher": None, "dateline": dict(city),
                           "date": (end or date).isoformat(), "attribution": None}
        else:
            publication = {"agency": None, "publisher": dict(self.publisher),
                           "dateline": dict(city) if rand() < 0.5 else None,
                           "date": (end or date).isoformat(), "attribution": None}
        if self.attributions and rand() < 0.15:
            publication["attribution"] = dict(rng.choice(self.attributions))

        if kind in _REMOTE:
            # mostly the caller's initiative; now and then a call placed at the other side's request
            initiated_by = "host" if rand() < 0.5 else ("guest" if rand() < 0.3 else None)
        elif kind in _VISITS:
            initiated_by = "host" if rand() < 0.6 else None
        else:
            initiated_by = None

        # What was discussed.
        topics = rng.sample(self.topics, rng.randint(1, 4))
        if not other.is_org and "bilateral_agenda" in self.topics and rand() < 0.7:
            topics = ["bilateral_agenda"] + [t for t in topics if t != "bilateral_agenda"]
        areas = []
        if self.areas and (kind not in ("sidelines", "audience") or rand() < 0.5):
            picked = set(rng.sample(self.areas, rng.randint(0, min(9, len(self.areas)))))
            areas = [a for a in self.areas if a in picked]

        contexts = {
            lang: {"home": home_forms[lang], "other": other_forms[lang], "year": year,
                   "next_year": year + 1, "next_year_2": year + 2}
            for lang in _LANGS
        }

        documents = self._documents(kind, other, year, participants, rand)
        statements = self._statements(kind, other, participants, contexts, bool(documents), our_side)

        invitations = []
        if not other.is_org and kind not in ("political_consultations",) and rand() < 0.25:
            head = home_principal is home_pool["president"]
            visit = "state_visit" if head and kind != "audience" else rng.choice(("official_visit", "working_visit"))
            source, target = ("p1", "p2") if rand() < 0.7 else ("p2", "p1")
            invitations.append({"from": source, "to": target, "visit": visit,
                                "accepted": True if rand() < 0.6 else None})

        anniversaries = []
        if other.since and rand() < 0.7:
            for when in (year, year + 1):
                age = when - other.since
                if age > 0 and age % 5 == 0:
                    anniversaries.append({"ordinal": age, "subject": "diplomatic_relations", "year": when})
                    break
        if self.home_since and rand() < 0.5:
            age = year - self.home_since
            if age > 0 and age % 5 == 0:
                anniversaries.append({"ordinal": age, "subject": "independence", "year": year})

        next_steps = []
        steps_pool = self.followup.get("next_steps", [])
        if steps_pool and rand() < 0.3:
            for entry in rng.sample(steps_pool, rng.randint(1, min(2, len(steps_pool)))):
                when = (date + _dt.timedelta(days=rng.randint(45, 300))).isoformat() if rand() < 0.5 else None
                next_steps.append({"text": _lang_map(entry, contexts), "date": when})

        status = "draft" if force_draft or rand() < 0.1 else "final"
        internal = self._internal(contexts, rand, status)
        if internal["objectives"]:
            classification = rng.choice(("internal", "internal", "restricted", "confidential", "public"))
        else:
            roll = rand()
            classification = ("public" if roll < 0.8 else "internal" if roll < 0.93
                              else "restricted" if roll < 0.98 else "confidential")
        notes_pool = self.followup.get("notes", [])
        notes = dict(rng.choice(notes_pool)) if notes_pool and rand() < 0.08 else None

        return {
            "id": meeting_id,
            "status": status,
            "classification": classification,
            "kind": kind,
            "format": fmt,
            "our_side": our_side,
            "date": date.isoformat(),
            "end_date": end.isoformat() if end else None,
            "place": {"city": dict(city), "country": place_country, "venue": dict(venue) if venue else None},
            "publication": publication,
            "occasion": occasion,
            "initiated_by": initiated_by,
            "participants": participants,
            "topics": topics,
            "cooperation_areas": areas,
            "statements": statements,
            "documents_signed": documents,
            "invitations": invitations,
            "anniversaries": anniversaries,
            "next_steps": next_steps,
            "internal": internal,
            "notes": notes,
        }

    def _other_title(self, person: dict, other: _Party) -> dict:
        where = self.home_forms if person["title"] == "ambassador" else None
        return self.title(person["title"], person.get("gender"), where)

    def _delegations(self, participants, our_side, their_side, home_principal, other_principal, other) -> None:
        rng = self.rng
        home_pool = self.home_pool
        candidates: list[tuple[dict, dict]] = []
        if other.is_org:
            staff = [p for p in home_pool.get("staff", []) if p["title"] != "presidential_aide"]
        else:
            ambassadors = home_pool.get("ambassadors", [])
            if ambassadors:
                # The same ambassador always serves in the same country.
                envoy = ambassadors[sum(map(ord, other.code)) % len(ambassadors)]
                candidates.append((envoy, self.title("ambassador", envoy.get("gender"), other.forms)))
            staff = home_pool.get("staff", [])
        deputies = [d for d in home_pool.get("deputies", []) if d is not home_principal]
        if deputies:
            deputy = rng.choice(deputies)
            candidates.append((deputy, self.title(deputy["title"], deputy.get("gender"), None)))
        for person in staff:
            if person["title"] != "presidential_aide" or home_principal is home_pool["president"]:
                candidates.append((person, self.title(person["title"], person.get("gender"), None)))
        ref = len(participants)
        for person, title in rng.sample(candidates, min(len(candidates), rng.randint(1, 3))):
            ref += 1
            participants.append(self.participant(f"p{ref}", our_side, "delegation", person, title,
                                                 self.home_code, None))
        theirs = [p for p in other.officials if p is not other_principal and p["title"] not in _HEAD_TITLES]
        for person in rng.sample(theirs, min(len(theirs), rng.randint(0, 2))):
            ref += 1
            participants.append(self.participant(
                f"p{ref}", their_side, "delegation", person, self._other_title(person, other),
                None if other.is_org else other.code, other.organization))

    def _statements(self, kind, other, participants, contexts, has_documents, our_side) -> list[dict]:
        rng = self.rng
        pool = self.statement_pools[(other.is_org, has_documents, kind in _VISITS)]
        if not pool:
            return []
        count = rng.randint(1, 3) if kind in _REMOTE else rng.randint(2, 6)
        host_ref = "p1" if our_side == "host" else "p2"
        guest_ref = "p2" if host_ref == "p1" else "p1"
        genders = {"p1": participants[0]["gender"], "p2": participants[1]["gender"]}
        statements = []
        for entry in rng.sample(pool, min(count, len(pool))):
            who = entry.get("who", "any")
            speaker = {"home": "p1", "other": "p2", "host": host_ref, "guest": guest_ref,
                       "both": "both", "none": None}.get(who) or (None if who == "none" else rng.choice(("p1", "p2")))
            feminine = speaker is not None and genders.get(speaker) == "f"
            poss = "her" if feminine else ("their" if speaker == "both" else "his")
            contexts["en"]["poss"] = contexts["fr"]["poss"] = poss
            contexts["ru"]["poss"] = "её" if feminine else ("их" if speaker == "both" else "его")
            statements.append({
                "speaker": speaker,
                "verb": entry.get("verb"),
                "text": {lang: _fill(entry[lang], contexts[lang]) for lang in ("fr", "en", "ru") if lang in entry},
            })
        # Sentences without a speaker read best at the end.
        statements.sort(key=lambda s: s["speaker"] is None)
        return statements

    def _documents(self, kind, other, year, participants, rand) -> list[dict]:
        rng = self.rng
        if kind == "signing_ceremony":
            count = rng.randint(1, 3)
        elif kind in ("official_visit", "state_visit") and rand() < 0.45:
            count = rng.randint(1, 2)
        elif kind in ("bilateral_meeting", "working_visit", "political_consultations") and rand() < 0.05:
            count = 1
        else:
            return []
        pool = self.org_documents if other.is_org else self.documents
        if not pool:
            return []
        documents = []
        for entry in rng.sample(pool, min(count, len(pool))):
            span = entry.get("period")
            period = f"{year}-{year + span - 1}" if span else None
            field = rng.choice(self.fields)
            title = {
                lang: _fill(entry[lang], {"a": self.home_forms[lang], "b": other.forms[lang],
                                          "period": period.replace("-", "\u2013") if period and lang == "ru"
                                          else period, "field": field})
                for lang in ("fr", "en", "ru") if lang in entry
            }
            signers = ["p1", "p2"]
            if entry["type"] == "plan_of_consultations":
                deputies = [p["ref"] for p in participants[2:] if "deputy" in p["title"].get("en", "").lower()]
                if len(deputies) >= 2:
                    signers = deputies[:2]
            documents.append({"type": entry["type"], "title": title, "period": period, "signed_by": signers})
        return documents

    def _internal(self, contexts, rand, status) -> dict:
        rng = self.rng
        pool = self.followup
        if not pool.get("objectives") or rand() >= (0.6 if status == "draft" else 0.22):
            return {"objectives": [], "talking_points": [], "sensitivities": None,
                    "recommendation": None, "prepared_by": None, "cleared_by": None}
        objectives = [_lang_map(e, contexts) for e in rng.sample(pool["objectives"], rng.randint(1, 3))]
        points = pool.get("talking_points", [])
        talking = [_lang_map(e, contexts) for e in rng.sample(points, min(len(points), rng.randint(2, 4)))]
        sensitivities = pool.get("sensitivities")
        recommendations = pool.get("recommendations")
        prepared = self.home_pool.get("prepared_by") or [None]
        cleared = self.home_pool.get("cleared_by") or [None]
        return {
            "objectives": objectives,
            "talking_points": talking,
            "sensitivities": dict(rng.choice(sensitivities)) if sensitivities and rand() < 0.6 else None,
            "recommendation": dict(rng.choice(recommendations)) if recommendations and rand() < 0.6 else None,
            "prepared_by": rng.choice(prepared),
            "cleared_by": rng.choice(cleared) if rand() < 0.7 else None,
        }


def iter_meetings(count: int = 60, *, seed: int = 2021, home_country: str = "AZ",
                  pools: dict | None = None) -> Iterator[dict]:
    """Yield ``count`` meeting records one by one (the same ones :func:`generate_meetings` returns).

    Streaming keeps memory flat when filling a large benchmark archive.
    """
    if count < 0:
        raise ValueError("count must be zero or more")
    gen = _Generator(pools if pools is not None else load_pools(), seed, home_country)
    # The first meetings run through every kind once, so even a small demo shows them all.
    kind_order = list(MEETING_KINDS)
    gen.rng.shuffle(kind_order)
    draft_at = 1 if count > 1 else -1
    for index in range(count):
        yield gen.meeting(index, kind_order, index == draft_at)


def generate_meetings(count: int = 60, *, seed: int = 2021, home_country: str = "AZ") -> list[dict]:
    """``count`` plausible, valid meeting records, deterministic for ``seed``.

    ``home_country`` (ISO alpha-2) is the side that issues the documents: "AZ"
    uses the shipped fictional Azerbaijani officials; any other code gets a
    generic home minister, and is left out of the counterparts.
    """
    return list(iter_meetings(count, seed=seed, home_country=home_country))


def demo_document(count: int = 60, *, seed: int = 2021, home_country: str = "AZ") -> dict:
    """The demo meetings as an interchange document (``{"chancery": 1, "meetings": […]}``)."""
    return {"chancery": 1, "meetings": generate_meetings(count, seed=seed, home_country=home_country)}
