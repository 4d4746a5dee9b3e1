"""Property-based tests over the record format: any input is refused cleanly or goes all the way through.

Hypothesis builds meeting records — mostly plausible, with arbitrary Unicode
(RTL, emoji, combining marks, control characters, lone surrogates), texts up
to 100 KB in the long profile, up to 200 participants, values of the wrong
type anywhere, deep nesting, unknown keys — writes each as an interchange
file, and runs it through what the CLI's ``import`` runs: reading the file
(as bytes, then strict JSON), validation, the archive, then export, a second
import and export, and rendering (plain text for every record, Word for
some).  The properties:

* nothing but a UserError ever comes out (the CLI's exit 2) — any other
  exception is what the CLI would report as an internal error (exit 3);
* every message line is short and printable;
* an accepted record exports byte-identically to its canonical form, and
  export → import → export is stable.

The fast profile runs a few dozen examples per property; the long one
(``--long``) 10,000.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import string
import uuid

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from chancery import record, refdata
from chancery.errors import UserError
from chancery.store import open_archive

from .harness import long_profile

LONG = long_profile()
# The everyday run is derandomized (the same examples every time: CI is reproducible); the long profile and
# CHANCERY_EXAMPLES=N explore new ones at random.
EXAMPLES = int(os.environ.get("CHANCERY_EXAMPLES") or (10_000 if LONG else 60))
EXPLORE = LONG or bool(os.environ.get("CHANCERY_EXAMPLES"))
# 10,000 examples take about 10 minutes on a quiet 2-core machine: more than the suite's 600 s per test.
TIME_LIMIT = pytest.mark.timeout(max(600, EXAMPLES // 4))
MAX_TEXT = 100_000 if LONG else 2_000
MAX_PARTICIPANTS = 200 if LONG else 12

INTERESTING = [
    "Jeyhun Bayramov", "Djeyhoun Baïramov", "Джейхун Байрамов", "جيهون بايراموف", "ג'ייהון", "e\u0301\u0301\u0301",
    "👩‍👩‍👧‍👦", "🇦🇿", "\u202eevil\u202c", "\u200b\u200d", "\x00", "\x07\x08", "\x1b[31mred\x1b[0m", "\ud800",
    "\udfff", "\ufffe", "R&D <Unit> \"quoted\"", "{{ doc.lead }}", "{% for x in y %}", "%s %d", "\n\n", "  ", "",
    "x" * 300, "ǅ", "İstanbul", "ß", "ﬁ",
]

texts = st.one_of(
    st.text(max_size=40),
    st.sampled_from(INTERESTING),
    st.builds(lambda piece, times: piece * times, st.sampled_from(INTERESTING[:12] + ["word "]),
              st.integers(1, max(1, MAX_TEXT // 20))),
)
known_languages = st.sampled_from(["fr", "en", "ru", "az", "kk"])
languages = known_languages | st.text(max_size=4)
lang_maps = st.one_of(texts, st.dictionaries(languages, texts, max_size=4))
good_lang_maps = st.one_of(texts, st.dictionaries(known_languages, texts, max_size=4))
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.integers(min_value=2**62, max_value=2**70),
                    st.floats(allow_nan=False, allow_infinity=False), texts)
junk = st.recursive(scalars, lambda children: st.lists(children, max_size=4)
                    | st.dictionaries(st.text(max_size=8), children, max_size=4), max_leaves=20)
plain_keys = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=8)
# Unknown fields a record may carry and must keep: any value, under keys that can be written back.
kept = st.recursive(scalars, lambda children: st.lists(children, max_size=4)
                    | st.dictionaries(plain_keys, children, max_size=4), max_leaves=20)


def nested(depth: int) -> object:
    value: object = "bottom"
    for level in range(depth):
        value = [value] if level % 2 else {"n": value}
    return value


def codes(vocab: str):
    return st.sampled_from(sorted(refdata.vocabulary(vocab)))


good_dates = st.dates(min_value=dt.date(1900, 1, 1)).map(lambda d: d.isoformat())
bad_dates = st.sampled_from(["2021-02-30", "2021-W26-5", "2021-183", "20210702", "٢٠٢١-٠٧-٠٢", "2021-7-2", ""])
good_countries = st.sampled_from(["AZ", "KG", "FR", "TJ", "KZ", "US", None])
bad_countries = st.sampled_from(["XX", "az", "", "AZE"])
refs = st.sampled_from([f"p{i}" for i in range(1, 8)] + ["both", "p99"]) | st.text(max_size=5)


class Shape:
    """Strategies for one record: plausible throughout (``valid``), or with wrong values sprinkled in."""

    def __init__(self, valid: bool):
        self.valid = valid
        self.lang_maps = good_lang_maps if valid else lang_maps
        self.extra = kept if valid else junk
        self.keys = plain_keys if valid else st.text(max_size=6)

    def maybe(self, strategy, wrong=None):
        if self.valid:
            return strategy
        return st.one_of(*([strategy] * 10), wrong if wrong is not None else junk)


@st.composite
def participants(draw, shape: Shape):
    count = draw(st.integers(0, MAX_PARTICIPANTS))
    maybe = shape.maybe
    people = []
    for index in range(count):
        people.append(draw(st.fixed_dictionaries({
            "ref": maybe(st.just(f"p{index + 1}"), refs | junk),
            "side": maybe(st.sampled_from(["host", "guest", "third"])),
            "role": maybe(st.sampled_from(["principal", "delegation"])),
            "name": maybe(shape.lang_maps),
            "gender": maybe(st.sampled_from(["m", "f", None])),
            "title": maybe(shape.lang_maps),
            "country": maybe(good_countries, bad_countries | junk),
        }, optional={"organization": maybe(st.none() | shape.lang_maps), "unknown_field": shape.extra})))
    return people


@st.composite
def meetings(draw, valid: bool):
    shape = Shape(valid)
    maybe = shape.maybe
    meeting = draw(st.fixed_dictionaries({
        "id": maybe(st.uuids().map(str) | st.uuids().map(lambda u: "{" + str(u).upper() + "}")),
        "status": maybe(st.sampled_from(["draft"] * 6 + ["final"])),
        "kind": maybe(codes("meeting_kind")),
        "date": maybe(good_dates, bad_dates | junk),
        "our_side": maybe(st.sampled_from(["host", "guest"])),
        "place": maybe(st.fixed_dictionaries({"city": shape.lang_maps, "country": good_countries})),
        "participants": maybe(participants(shape)),
        "topics": maybe(st.lists(codes("topic") | st.dictionaries(known_languages, texts, min_size=1, max_size=3),
                                 max_size=4), st.lists(codes("topic") | lang_maps, max_size=4) | junk),
        "statements": maybe(st.lists(st.fixed_dictionaries({
            "speaker": maybe(st.sampled_from(["both", None]), refs | junk),
            "text": maybe(shape.lang_maps)},
            optional={"verb": codes("reporting_verb")}), max_size=5)),
        "notes": maybe(st.none() | shape.lang_maps),
    }, optional={
        "anniversaries": st.lists(st.fixed_dictionaries({
            "ordinal": maybe(st.integers(1, 200), st.integers(-5, 2**70) | junk),
            "subject": codes("anniversary_subject"),
            "year": maybe(st.integers(1000, 9999), st.integers(0, 10**30) | junk)}), max_size=2),
        "internal": maybe(st.fixed_dictionaries({"talking_points": st.lists(shape.lang_maps, max_size=3)})),
        "extra_unknown": shape.extra,
        "deep": st.integers(1, 120 if not valid else 20).map(nested),
    }))
    unknown = draw(st.dictionaries(shape.keys.filter(lambda k: k not in record.MEETING_FIELDS), shape.extra,
                                   max_size=2))
    return {**meeting, **unknown}


def _short_clean_lines(text: str) -> None:
    for line in text.splitlines():
        assert len(line) <= 400, f"a message line of {len(line)} characters"
        assert line.isprintable(), f"unprintable characters in {line[:80]!r}"


counter = itertools.count()


@pytest.fixture(scope="module")
def shared_archive(tmp_path_factory):
    from chancery import paths

    folder = tmp_path_factory.mktemp("properties")
    paths.set_data_dir(folder)
    archive = open_archive(folder / "archive.sqlite")
    yield archive
    archive.close()
    paths.set_data_dir(None)


@TIME_LIMIT
@settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=not EXPLORE,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
                                 HealthCheck.function_scoped_fixture])
@given(meeting=st.one_of(meetings(valid=True), meetings(valid=False)), wrap=st.sampled_from(["meeting", "meetings"]))
def test_any_record_is_refused_cleanly_or_round_trips(shared_archive, meeting, wrap):
    document = {"chancery": 1, "meeting": meeting} if wrap == "meeting" else {"chancery": 1, "meetings": [meeting]}
    data = json.dumps(document, ensure_ascii=True)  # lone surrogates travel as \\ud800 escapes, as in a real file
    try:
        accepted = record.parse_document(record.loads(data, "input.json"), "input.json")
    except UserError as error:
        event("refused at validation")
        _short_clean_lines(str(error))
        return
    event("accepted")
    try:
        shared_archive.import_meetings(accepted)
        stored = shared_archive.export_meetings([str(m["id"]) for m in accepted])
    except UserError as error:
        _short_clean_lines(str(error))
        return
    exported = record.dumps(stored)
    assert exported == record.dumps(accepted), "the stored record differs from the one accepted"
    again = record.parse_document(record.loads(exported))
    shared_archive.import_meetings(again)
    assert record.dumps(shared_archive.export_meetings([str(m["id"]) for m in again])) == exported
    _render(stored[0], docx=next(counter) % 10 == 0)


def _render(meeting: dict, *, docx: bool) -> None:
    from chancery.render import render_document, render_text

    for lang in ("en", "fr"):
        try:
            render_text(meeting, lang)
            if docx:
                render_document(meeting, f"communique-{lang}")
        except UserError as error:  # a missing translation, an incomplete draft: a message, not a crash
            _short_clean_lines(str(error))


@TIME_LIMIT
@settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=not EXPLORE,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=st.one_of(st.text(max_size=200), st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
                      st.builds(lambda a, b: a + b, st.sampled_from(['{"chancery": 1, "meeting": ', "[", "{", '{"a":']),
                                st.text(alphabet=string.printable, max_size=80))))
def test_any_text_is_refused_cleanly_or_parsed(text):
    try:
        record.parse_document(record.loads(text, "input.json"), "input.json")
    except UserError as error:
        _short_clean_lines(str(error))


def test_uuid_forms_are_one_meeting(archive, seed):
    value = uuid.UUID(seed["id"])
    forms = [str(value).upper(), "{" + str(value) + "}", f"urn:uuid:{value}", value.hex]
    for form in forms:
        archive.import_meetings(record.parse_document({"chancery": 1, "meeting": dict(seed, id=form)}))
    assert archive.count() == 1
