"""Archive search: spellings, query syntax, filters, ranking, and an index that never drifts."""

from __future__ import annotations

import contextlib
import copy
import json
import sqlite3
import uuid

import pytest

from chancery.store import open_archive
from chancery.store import search as S
from chancery.store.query import QueryError, parse_query
from chancery.store.search import fts5

from ..conftest import ENGINES, FIXTURES

SEED_ID = "5f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a01"


@pytest.fixture(params=ENGINES)
def archive(request, data_dir):
    """Every test here runs on SQLite (FTS5) and on PostgreSQL, unless it asks for ``sqlite_archive``."""
    yield request.getfixturevalue("pg_archive" if request.param == "postgresql" else "sqlite_archive")


def other_meeting(seed: dict, **changes) -> dict:
    meeting = copy.deepcopy(seed)
    meeting["id"] = str(uuid.uuid4())
    meeting.update(changes)
    return meeting


def participant(ref, side, role, name, country, title=None):
    return {"ref": ref, "side": side, "role": role, "name": name, "gender": "m",
            "title": title or {"en": "Minister of Foreign Affairs", "fr": "ministre des Affaires étrangères"},
            "country": country, "organization": None}


def simple_meeting(seed, *, date="2022-03-04", host=None, guest=None, notes=None, kind="phone_call",
                   status="final", **changes) -> dict:
    """A small meeting: the seed's shape with other people, no statements or documents."""
    meeting = other_meeting(seed, date=date, kind=kind, status=status, notes=notes, statements=[],
                            documents_signed=[], anniversaries=[], topics=["bilateral_agenda"],
                            cooperation_areas=["energy"], **changes)
    meeting["publication"]["date"] = date
    meeting["participants"] = [
        participant("p1", "host", "principal", host or {"en": "Farid Mammadov", "fr": "Farid Mammadov"}, "AZ"),
        participant("p2", "guest", "principal", guest or {"en": "Anna Lindqvist", "fr": "Anna Lindqvist"}, "SE"),
    ]
    return meeting


def ids(archive, query, **filters):
    return S.search_ids(archive, query, **filters)


# --------------------------------------------------------------------------
# The seed meeting, whatever the spelling


@pytest.mark.parametrize("query", [
    "bairamov", "Baïramov", "Bayramov", "Байрамов", "BAYRAMOV", "Ceyhun", "Djeyhoun", "kazak*", "Kazakbaïev",
    "Казакбаев", "country:KG", "country:kg", "country:Kirghizistan", "country:Kyrgyzstan", "country:Киргизия",
    "with:kazakbaev", "with:Казакбаев", "signed:programme", "year:2021", "Kirghizistan", "Bakou", "Баку",
    "sécurité régionale", "regional security", "региональная", '"zone franche"', "Alat", "AZERTAC",
    "kind:official_visit", "kind:visite", "status:final", "after:2021-07-02", "before:2021-07-03",
    "bayramov kazakbaev", "Bayramov OR Nobody", "programme -nobody", "coopération", "cooperation",
])
def test_the_seed_meeting_is_found(archive, seed, query):
    archive.save(seed)
    assert ids(archive, query) == [SEED_ID]


@pytest.mark.parametrize("query", [
    "country:KZ", "with:bayramovich", "signed:memorandum", "year:2020", "status:draft", "kind:phone_call",
    "after:2021-07-03", "before:2021-07-02", "-bayramov", "bayramov -kazakbaev", '"kazakbaev bayramov"',
    "nobody", "bayramov nobody",
])
def test_the_seed_meeting_is_not_found(archive, seed, query):
    archive.save(seed)
    assert ids(archive, query) == []


def test_every_directory_spelling_finds_a_meeting_that_uses_only_one(archive, seed):
    archive.save(seed)  # teaches the directory every spelling of Bayramov
    russian_only = simple_meeting(seed, host={"ru": "Джейхун Байрамов"})
    french_only = simple_meeting(seed, host={"fr": "Djeyhoun Baïramov"}, date="2022-05-01")
    archive.save(russian_only)
    archive.save(french_only)
    everyone = {SEED_ID, russian_only["id"], french_only["id"]}
    for query in ("Bayramov", "bairamov", "Baïramov", "Байрамов", "Ceyhun", "Jeyhun", "with:bayramov",
                  '"Jeyhun Bayramov"', "bayr"):
        assert set(ids(archive, query)) == everyone, query
    # The snippet marks the spelling the meeting holds, not the one typed.
    texts = S.snippets(archive, "Bayramov", [russian_only["id"], french_only["id"]])
    assert f"{S.MARK_START}Байрамов{S.MARK_END}" in texts[russian_only["id"]]
    assert f"{S.MARK_START}Baïramov{S.MARK_END}" in texts[french_only["id"]]


def test_letters_the_tokenizer_does_not_fold_are_folded_on_both_sides(archive, seed):
    meeting = simple_meeting(seed, host={"az": "Əli Hacıyev", "ru": "Алёна Ёлкина"},
                             notes={"de": "Straße İstanbul"})
    archive.save(meeting)
    for query in ("Əli", "eli", "Hacıyev", "haciyev", "Алёна", "алена", "Ёлкина", "елкина",
                  "strasse", "Straße", "istanbul", "İstanbul"):
        assert ids(archive, query) == [meeting["id"]], query
    # Stored text stays readable: accents and case kept where the tokenizer copes with them.
    assert S.index_text("Djeyhoun Baïramov, ministre des Affaires étrangères") == \
        "Djeyhoun Baïramov, ministre des Affaires étrangères"


def test_search_as_you_type_follows_every_letter(archive, seed):
    archive.save(seed)
    archive.save(simple_meeting(seed))
    typed = "kazakbaev"
    for n in range(2, len(typed) + 1):
        assert ids(archive, typed[:n]) == [SEED_ID], typed[:n]
    assert ids(archive, "bayramov k") == [SEED_ID]  # one letter: left out until the second
    assert ids(archive, "bayramov kazakbaev ") == [SEED_ID]
    assert ids(archive, "kazak ") == []  # a finished word is a word, not a prefix


# --------------------------------------------------------------------------
# Filters, ranking, paging


def test_field_filters_combine(archive, seed):
    archive.save(seed)
    call = simple_meeting(seed, date="2021-09-10", guest={"en": "Ruslan Kazakbaev"}, kind="phone_call")
    call["participants"][1]["country"] = "KG"
    draft = simple_meeting(seed, date="2022-01-15", status="draft", kind="phone_call")
    archive.save(call)
    archive.save(draft)
    assert ids(archive, "country:KG") == [call["id"], SEED_ID]  # newest first without words
    assert ids(archive, "country:KG kind:phone_call") == [call["id"]]
    assert ids(archive, "country:KG kind:official_visit year:2021") == [SEED_ID]
    assert ids(archive, "country:KG kind:phone_call year:2022") == []
    assert ids(archive, "kind:phone_call status:draft") == [draft["id"]]
    assert ids(archive, "kind:phone_call,official_visit year:2021") == [call["id"], SEED_ID]
    assert ids(archive, "country:KG OR country:SE year:2022") == [draft["id"]]
    assert ids(archive, "kazakbaev -kind:phone_call") == [SEED_ID]
    assert ids(archive, "after:2021-08 before:2022") == [call["id"]]
    assert ids(archive, "kazakbaev", kind="phone_call") == [call["id"]]
    assert set(ids(archive, "kazakbaev", country="KG", year=2021, status="final")) == {call["id"], SEED_ID}
    assert ids(archive, "kazakbaev", year=2022) == []
    assert ids(archive, "country:SE", status="draft") == [draft["id"]]


def test_a_principal_ranks_above_a_mention_in_the_notes(archive, seed):
    mention = simple_meeting(seed, date="2023-01-01", notes={"en": "Bayramov may call back next week."})
    archive.save(mention)  # newer, and saved first
    archive.save(seed)
    assert ids(archive, "bayramov") == [SEED_ID, mention["id"]]
    result = S.search(archive, "bayramov")
    assert [h.id for h in result.hits] == [SEED_ID, mention["id"]] and result.total == 2
    assert result.hits[0].score > result.hits[1].score > 0
    assert S.MARK_START + "Bayramov" + S.MARK_END in result.hits[1].snippet


def test_paging_and_the_count(archive, seed):
    meetings = [simple_meeting(seed, date=f"2020-01-{day:02d}", notes={"en": f"energy talks {day}"})
                for day in range(1, 13)]
    archive.import_meetings(meetings)
    everything = ids(archive, "energy")
    assert len(everything) == 12
    first = S.search(archive, "energy", limit=5)
    second = S.search(archive, "energy", limit=5, offset=5)
    last = S.search(archive, "energy", limit=5, offset=10)
    assert first.total == second.total == last.total == 12
    assert [h.id for h in first.hits + second.hits + last.hits] == everything
    assert all(S.MARK_START in h.snippet for h in first.hits)


def test_the_ranking_window_keeps_every_match_in_the_list(archive, seed, monkeypatch):
    monkeypatch.setattr(S, "RANK_WINDOW", 4)
    meetings = [simple_meeting(seed, date=f"2020-02-{day:02d}", notes={"en": "energy"}) for day in range(1, 11)]
    archive.import_meetings(meetings)
    found = ids(archive, "energy")
    assert sorted(found) == sorted(m["id"] for m in meetings)
    # beyond the window, newest first
    by_date = [m["id"] for m in sorted(meetings, key=lambda m: m["date"], reverse=True)]
    assert found[4:] == by_date[4:]
    result = S.search(archive, "energy", limit=3, offset=3)
    assert result.total == 10 and [h.id for h in result.hits] == found[3:6]


def test_in_a_large_result_the_ranking_window_puts_names_first(archive, seed, monkeypatch):
    """Beyond RANK_WINDOW matches, the newest window is ordered by where the word is: a name before notes."""
    monkeypatch.setattr(S, "RANK_WINDOW", 4)
    meetings = [simple_meeting(seed, date=f"2020-02-{day:02d}", notes={"en": "Talks with Lindqvist's office."})
                for day in range(1, 11)]
    for meeting in meetings:
        meeting["participants"][1]["name"] = {"en": "Maria Olsson", "fr": "Maria Olsson"}
    named = meetings[7]  # the third newest
    named["participants"][1]["name"] = {"en": "Anna Lindqvist", "fr": "Anna Lindqvist"}
    archive.import_meetings(meetings)
    found = ids(archive, "lindqvist")
    assert len(found) == 10 and found[0] == named["id"]
    by_date = [m["id"] for m in sorted(meetings, key=lambda m: m["date"], reverse=True)]
    assert found[1:4] == [i for i in by_date[:4] if i != named["id"]] and found[4:] == by_date[4:]


def test_a_result_over_many_years_is_newest_first_and_ranked_across_years(archive, seed, monkeypatch):
    """Matches spread over decades (PostgreSQL reads its index a year at a time, newest first): the same list,
    the ranking window and the count across years, before 2000, after 2040 and undated drafts included."""
    monkeypatch.setattr(S, "RANK_WINDOW", 3)
    monkeypatch.setattr(S, "COUNT_LIMIT", 4)
    dates = ["1987-03-02", "1999-12-31", "2000-01-01", "2019-12-31", "2020-01-01", "2021-07-01", "2045-03-01"]
    mentions = {d: simple_meeting(seed, date=d, notes={"en": "Bayramov may call back."}) for d in dates}
    undated = simple_meeting(seed, date=None, status="draft", notes={"en": "Bayramov may call back."})
    mentions["2021-07-01"]["participants"][0]["name"] = {"en": "Jeyhun Bayramov"}  # a name: first in the window
    archive.import_meetings([*mentions.values(), undated])
    by_date = [mentions[d]["id"] for d in reversed(dates)]
    found = ids(archive, "bayramov")
    # the newest three (undated, 2045, 2021) ranked: the name first; older ones by date, across years
    assert found == [mentions["2021-07-01"]["id"], undated["id"], *by_date[:1], *by_date[2:]]
    assert ids(archive, "bayramov year:1999") == [mentions["1999-12-31"]["id"]]
    assert ids(archive, "bayramov after:1999-12-31 before:2020-01-02") == [
        mentions[d]["id"] for d in ("2020-01-01", "2019-12-31", "2000-01-01", "1999-12-31")]
    assert ids(archive, "kind:phone_call", year=2000) == [mentions["2000-01-01"]["id"]]
    first = S.search(archive, "bayramov", limit=2)
    assert [h.id for h in first.hits] == found[:2] and (first.total, first.total_exact) == (4, False)
    assert first.hits[0].score > first.hits[1].score > 0
    every = S.search(archive, "bayramov", limit=3, offset=5, exact_count=True)
    assert [h.id for h in every.hits] == found[5:] and (every.total, every.total_exact) == (8, True)
    assert S.search(archive, "bayramov -kazakbaev before:1990-01-01", limit=5).total == 1


def test_an_empty_query_finds_nothing(archive, seed):
    archive.save(seed)
    assert ids(archive, "") == [] and ids(archive, "   ") == []
    assert S.search(archive, "").total == 0
    assert ids(archive, "-nobody") == [SEED_ID]  # only exclusions: everything else


def test_trash_is_left_out_unless_asked(archive, seed):
    archive.save(seed)
    archive.delete(SEED_ID)
    assert ids(archive, "bayramov") == []
    assert ids(archive, "bayramov", include_deleted=True) == [SEED_ID]
    archive.restore(SEED_ID)
    assert ids(archive, "bayramov") == [SEED_ID]
    archive.delete(SEED_ID)
    archive.purge(SEED_ID)
    assert ids(archive, "bayramov", include_deleted=True) == []
    assert S.index_status(archive)["indexed"] == 0


# --------------------------------------------------------------------------
# Query syntax


def test_query_structure():
    parsed = parse_query('Bayramov "Zone Franche" -nobody country:KG OR kind:phone_call kaz')
    clauses = parsed.clauses
    assert clauses[0].alternatives[0].tokens == ("bayramov",) and not clauses[0].alternatives[0].prefix
    assert clauses[1].alternatives[0].tokens == ("zone", "franche")
    assert clauses[2].negated
    assert {a.field for a in clauses[3].alternatives} == {"country", "kind"}
    assert clauses[4].alternatives[0].prefix  # the last bare word, as you type
    assert parse_query("kaz ").clauses[0].alternatives[0].prefix is False
    assert parse_query("«zone franche»").clauses[0].alternatives[0].tokens == ("zone", "franche")
    assert parse_query("year:2021").date_from == "2021-01-01" and parse_query("year:2021").date_until == "2022-01-01"
    assert parse_query("after:2021-02 before:2021-03-05").date_until == "2021-03-05"
    assert parse_query("kind:téléphonique").clauses[0].alternatives[0].values == ("phone_call",)
    assert set(parse_query("kind:visit").clauses[0].alternatives[0].values) == {
        "official_visit", "working_visit", "state_visit"}
    assert parse_query("status:d").clauses[0].alternatives[0].values == ("draft",)
    assert parse_query("country:kirg").clauses[0].alternatives[0].field == "country"  # typed so far: a place name
    assert parse_query("d'Alat").clauses[0].alternatives[0].tokens == ("d", "alat")
    assert parse_query("!!! ---").is_empty


@pytest.mark.parametrize("text, problem, column", [
    ('kazak "bay', "unclosed quote", 7),
    ("kazak OR", "OR needs a term on each side", 7),
    ("OR kazak", "OR needs a term on each side", 1),
    ("kazak OR OR bay", "OR needs a term on each side", 10),
    ("colour:red", "unknown field 'colour:'", 1),
    ("country:", "country: needs a value", 1),
    ("bay after:2021-13-01", "after: 2021-13-01 is not a date", 5),
    ("year:21", "year: expects a date such as 2021", 1),
    ("kind:picnic", "unknown kind 'picnic'", 1),
    ("status:archived", "unknown status 'archived'", 1),
    ("country:QQ", "unknown country 'QQ'", 1),
    ("bay -year:2021", "year: cannot be negated", 5),
    ("bay OR year:2021", "year: cannot be part of OR", 8),
    ("bay OR -kaz", "a -term cannot be part of OR", 8),
    ("bay NOT", "NOT needs a term after it", 5),
])
def test_a_malformed_query_says_what_and_where(text, problem, column):
    with pytest.raises(QueryError) as caught:
        parse_query(text)
    error = caught.value
    assert error.column == column and error.position == column - 1
    assert str(error) == f"{error.problem} at column {column}: {text}"
    assert error.problem.startswith(problem)


def test_quotes_and_operators_never_reach_fts_unparsed(archive, seed):
    archive.save(seed)
    for text in ['kazak"', 'NEAR(kazak bay)', "kazak:bay", "{principals}:kazak", "kaz* OR", "^kazak", "a AND b",
                 "'); DROP TABLE meetings; --", '"" kazakbaev', "***", "-", "- kazakbaev", "kazakbaev*  ", "(kazak)"]:
        with contextlib.suppress(QueryError):
            S.search(archive, text)
    assert ids(archive, "- kazakbaev") == [SEED_ID]  # a lone dash is punctuation
    assert ids(archive, "(kazakbaev)") == [SEED_ID]
    assert archive.count() == 1


# --------------------------------------------------------------------------
# The index never drifts from a fresh rebuild


def index_snapshot(archive) -> dict:
    with archive.engine.connect() as connection:
        raw = connection.connection.driver_connection
        if archive.server:
            return {
                "map": raw.execute("SELECT id, meeting_id FROM search_map ORDER BY id").fetchall(),
                "docs": raw.execute("SELECT d.*, k.terms::text FROM search_docs d "
                                    "JOIN search_keys k ON k.id = d.id ORDER BY d.id").fetchall(),
            }
        raw.execute("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
        return {
            "map": raw.execute("SELECT id, meeting_id FROM search_map ORDER BY id").fetchall(),
            "docs": raw.execute("SELECT * FROM search_docs ORDER BY id").fetchall(),
        }


QUERIES = ["bayramov", "kazak", "energy", "country:KG", "kind:phone_call", "ministre", "with:lindqvist",
           "zone OR energy", "-bayramov", "year:2022", "signed:programme", "Байрамов"]


def results(archive) -> dict:
    out = {}
    for query in QUERIES:
        for deleted in (False, True):
            found = S.search(archive, query, limit=100, include_deleted=deleted)
            out[query, deleted] = (found.total, [(h.id, round(h.score, 9), h.snippet) for h in found.hits])
    return out


def test_updates_deletes_restore_purge_and_import_match_a_fresh_rebuild(archive, seed):
    archive.save(seed)
    others = [simple_meeting(seed, date=f"2022-0{i}-1{i}", notes={"en": f"energy note {i}"}) for i in range(1, 8)]
    archive.import_meetings(others)
    # update: new date (new place in the date order), new text, new spelling
    changed = copy.deepcopy(others[0])
    changed["date"] = "2019-12-31"
    changed["notes"] = {"fr": "note sur la zone franche"}
    changed["participants"][1]["name"] = {"ru": "Анна Линдквист", "en": "Anna Lindqvist"}
    archive.save(changed, expected_version=1)
    same_date = copy.deepcopy(others[1])
    same_date["status"] = "draft"
    archive.save(same_date)
    archive.delete(others[2]["id"])
    archive.delete(others[3]["id"])
    archive.restore(others[3]["id"])
    archive.delete(others[4]["id"])
    archive.purge(others[4]["id"])
    reimport = copy.deepcopy(others[5])
    reimport["kind"] = "videoconference"
    archive.import_meetings([reimport, others[6], simple_meeting(seed, date="2024-02-02")])

    before, found_before = index_snapshot(archive), results(archive)
    assert S.rebuild_index(archive) is True
    after, found_after = index_snapshot(archive), results(archive)
    assert before == after
    assert found_before == found_after
    assert S.index_status(archive)["missing"] == 0 and S.index_status(archive)["orphaned"] == 0


def test_rebuild_can_be_cancelled_and_reports_progress(archive, seed):
    archive.import_meetings([simple_meeting(seed, date=f"2020-03-{d:02d}") for d in range(1, 6)])
    before = index_snapshot(archive)
    steps = []
    assert S.rebuild_index(archive, progress=lambda f, m: steps.append(f), cancelled=lambda: True) is False
    assert index_snapshot(archive) == before
    assert S.rebuild_index(archive, progress=lambda f, m: steps.append(f)) is True
    assert steps and steps[-1] == 1.0


def test_the_migration_backfills_an_existing_archive(data_dir, seed):
    from alembic import command

    from chancery.store.db import _alembic_config

    archive = open_archive()
    archive.save(seed)
    archive.delete(SEED_ID)
    archive.save(simple_meeting(seed))
    config = _alembic_config()
    with archive.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    archive.close()
    path = data_dir / "archive.sqlite"
    names = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master")}
    assert not any(n.startswith("search") for n in names)

    archive = open_archive()  # upgrades to head, backfilling the index
    try:
        assert archive.backup is not None
        assert ids(archive, "Bayramov", include_deleted=True) == [SEED_ID]
        assert ids(archive, "Bayramov") == []
        assert len(ids(archive, "lindqvist")) == 1
        before = index_snapshot(archive)
        S.rebuild_index(archive)
        assert index_snapshot(archive) == before
    finally:
        archive.close()


def test_an_orphan_is_dropped_when_its_meeting_row_goes(sqlite_archive, seed, data_dir):
    from chancery.store.search import packing

    archive = sqlite_archive
    archive.save(seed)
    path = data_dir / "archive.sqlite"
    # A program without the index's function cannot change a meeting (SQLite refuses; nothing changes) …
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys=ON")
    with pytest.raises(sqlite3.OperationalError, match="search_column"):
        connection.execute("DELETE FROM meetings WHERE id = ?", (SEED_ID,))
    connection.rollback()
    connection.close()
    assert ids(archive, "bayramov", include_deleted=True) == [SEED_ID]
    # … one that registers it (as Chancery does on every connection) can, and the index follows.
    connection = sqlite3.connect(path)
    packing.register(connection, str(path))
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("DELETE FROM meetings WHERE id = ?", (SEED_ID,))
    connection.commit()
    connection.close()
    assert ids(archive, "bayramov", include_deleted=True) == []
    assert S.index_status(archive)["documents"] == 0


# --------------------------------------------------------------------------
# Command line


def test_cli_search_json_and_text(tmp_path, cli):
    home = tmp_path / "home"
    imported = cli("import", FIXTURES / "seed-meeting.json", data_dir=home)
    assert imported.returncode == 0, imported.stderr
    found = cli("search", "--json", "Байрамов country:Kirghizistan", data_dir=home)
    assert found.returncode == 0, found.stderr
    lines = [json.loads(line) for line in found.stdout.splitlines()]
    assert [line["id"] for line in lines] == [SEED_ID]
    assert lines[0]["country"] == "KG" and lines[0]["date"] == "2021-07-02"
    assert "Байрамов" in lines[0]["matches"]
    text = cli("search", "signed:programme", "--limit", "5", data_dir=home)
    assert text.returncode == 0 and "[Programme]" in text.stdout and "1 meeting(s) found" in text.stdout
    nothing = cli("search", "nobody", data_dir=home)
    assert nothing.returncode == 0 and nothing.stdout.strip() == "no meeting found", nothing
    bad = cli("search", 'kazak "bay', data_dir=home)
    assert bad.returncode == 2 and 'unclosed quote at column 7: kazak "bay' in bad.stderr
    rebuilt = cli("search", "--rebuild", data_dir=home)
    assert rebuilt.returncode == 0 and "1 meeting(s)" in rebuilt.stdout


# --------------------------------------------------------------------------
# Large results: newest first, a bounded count, long prefixes through the vocabulary


def vocabulary(archive) -> tuple[set[str], set[str]]:
    """(terms of search_terms, terms FTS5 holds)."""
    with archive.engine.connect() as connection:
        raw = connection.connection.driver_connection
        raw.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.test_vocab USING fts5vocab(main, 'search_fts', 'row')")
        held = {r[0] for r in raw.execute("SELECT term FROM temp.test_vocab")}
        raw.execute("DROP TABLE temp.test_vocab")
        return {r[0] for r in raw.execute("SELECT term FROM search_terms")}, held


def test_the_count_is_exact_up_to_the_limit_then_a_lower_bound(archive, seed, monkeypatch):
    monkeypatch.setattr(S, "COUNT_LIMIT", 5)
    monkeypatch.setattr(S, "RANK_WINDOW", 4)  # (the count always covers the ranking window)
    archive.import_meetings([simple_meeting(seed, date=f"2020-04-{d:02d}", notes={"en": "energy"})
                             for d in range(1, 13)])
    bounded = S.search(archive, "energy", limit=3)
    assert (bounded.total, bounded.total_exact, bounded.count_text()) == (5, False, "5+")
    counted = S.search(archive, "energy", limit=3, exact_count=True)
    assert (counted.total, counted.total_exact, counted.count_text()) == (12, True, "12")
    assert [h.id for h in bounded.hits] == [h.id for h in counted.hits]
    # a page past the limit is counted to its end, and the end of the list is exact
    last = S.search(archive, "energy", limit=5, offset=9)
    assert len(last.hits) == 3 and last.total == 12 and last.total_exact
    assert [h.id for h in last.hits] == ids(archive, "energy")[9:]
    small = S.search(archive, "nobody OR energy", limit=3, year=2019)
    assert (small.total, small.total_exact) == (0, True)


def test_a_large_result_is_newest_first_with_principals_ahead_in_the_window(archive, seed, monkeypatch):
    monkeypatch.setattr(S, "RANK_WINDOW", 4)
    mentions = [simple_meeting(seed, date=f"2023-05-{d:02d}", notes={"en": "Bayramov may call back."})
                for d in range(1, 9)]
    principal = simple_meeting(seed, date="2023-05-06", host={"en": "Jeyhun Bayramov"})
    older_principal = simple_meeting(seed, date="2023-04-01", host={"en": "Jeyhun Bayramov"})
    archive.import_meetings(mentions + [principal, older_principal])
    found = ids(archive, "bayramov")
    assert len(found) == 10
    # the newest 4 (8th, 7th, 6th and the principal's 6th) ranked: the principal first
    assert found[0] == principal["id"]
    assert set(found[1:4]) == {mentions[7]["id"], mentions[6]["id"], mentions[5]["id"]}
    # older matches follow by date, whatever their column
    assert found[4:] == [m["id"] for m in reversed(mentions[:5])] + [older_principal["id"]]
    result = S.search(archive, "bayramov", limit=4)
    assert [h.id for h in result.hits] == found[:4]
    assert result.hits[0].score > result.hits[1].score > 0
    page = S.search(archive, "bayramov", limit=3, offset=4)
    assert [h.id for h in page.hits] == found[4:7] and all(h.score > 0 for h in page.hits)
    assert S.MARK_START + "Bayramov" + S.MARK_END in page.hits[0].snippet


def test_long_prefixes_go_through_the_vocabulary_kept_with_every_save(sqlite_archive, seed, monkeypatch):
    archive = sqlite_archive
    archive.save(seed)
    meeting = simple_meeting(seed, notes={"en": "Hydroponics and hydrogen"})
    archive.save(meeting)
    with archive.engine.connect() as connection:
        cursor = connection.connection.driver_connection.cursor()
        plan = fts5._plan(archive, cursor, parse_query("hydro"))
    assert '"hydrogen" OR "hydroponics"' in plan.match and "*" not in plan.match
    assert ids(archive, "hydro") == [meeting["id"]] and ids(archive, "hydrop") == [meeting["id"]]
    assert ids(archive, '"and hydrog"*') == [meeting["id"]]  # a phrase ending in a prefix
    assert ids(archive, "kazakb") == [SEED_ID]
    changed = copy.deepcopy(meeting)
    changed["notes"] = {"en": "Hydrology only"}
    archive.save(changed)
    assert ids(archive, "hydrop") == [] and ids(archive, "hydrol") == [meeting["id"]]
    terms, held = vocabulary(archive)
    assert held <= terms and "hydroponics" in terms - held  # a stale term matches nothing; a rebuild drops it
    monkeypatch.setattr(fts5, "MAX_EXPANSION", 1)  # too many terms: an FTS5 prefix query, same answer
    assert ids(archive, "hydro") == [meeting["id"]]


def test_the_vocabulary_after_a_rebuild_is_the_index_vocabulary(sqlite_archive, seed):
    archive = sqlite_archive
    archive.save(seed)
    archive.import_meetings([simple_meeting(seed, date=f"2022-0{i}-01", notes={"en": f"word{i} energy"})
                             for i in range(1, 6)])
    archive.delete(SEED_ID)
    archive.purge(SEED_ID)
    terms, held = vocabulary(archive)
    assert held <= terms and "kazakbaev" in terms - held
    found = results(archive)
    assert S.rebuild_index(archive) is True
    terms, held = vocabulary(archive)
    assert terms == held and "word3" in terms
    assert results(archive) == found


def test_migration_0003_fills_the_vocabulary(data_dir, seed):
    from alembic import command

    from chancery.store.db import _alembic_config

    archive = open_archive()
    archive.save(seed)
    config = _alembic_config()
    with archive.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002")
    archive.close()
    names = {r[0] for r in sqlite3.connect(data_dir / "archive.sqlite").execute("SELECT name FROM sqlite_master")}
    assert "search_terms" not in names and "search_fts" in names
    archive = open_archive()
    try:
        terms, held = vocabulary(archive)
        assert terms == held and "kazakbaev" in terms
        assert ids(archive, "kazakba") == [SEED_ID]
    finally:
        archive.close()


@pytest.mark.parametrize("exact, prefixes", [
    (frozenset({"bayramov"}), ()), (frozenset(), ("ba",)), (frozenset({"energie", "cooperation"}), ("minis",)),
    (frozenset({"baikal"}), ()), (frozenset({"ss"}), ()), (frozenset({"e"}), ("б",)),
])
def test_server_snippets_dismiss_a_text_only_when_no_word_of_it_matches(exact, prefixes):
    """The PostgreSQL snippets judge a text by its pieces between spaces: the same answer as word by word."""
    from chancery.store.search import postgres

    texts = ["Bayramov,Baïramov (Байрамов)", "l'énergie — coopération", "the Minister's visit", "BAÏKAL-Baykal",
             "Straße · strasse", "e\u0301cole", "Бийск и б", "—", "ba_b ab ba", "", "x\u00a0Bayramov\tnote"]
    marker = postgres._Marker(exact, prefixes)
    for text in texts:
        words = postgres._WORD.findall(text)
        any_word = any(t in exact or t.startswith(prefixes or ("\0",))
                       for word in words for t in postgres.tokens(postgres.fold(word)))
        assert bool(marker.highlight(text)) == any_word, text
        assert marker.highlight(text) == postgres.highlight(text, exact, prefixes)
