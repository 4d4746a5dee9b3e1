"""SQLite (FTS5) and PostgreSQL (tsvector) find the same meetings for the same queries.

One archive — 240 generated meetings, the reference meeting and a few with
awkward spellings — is built in SQLite and copied to PostgreSQL; then well
over 100 queries, covering every syntax (words, phrases, prefixes, -word,
NOT, OR, every field, dates, search-as-you-type) and every spelling family
(Latin with diacritics, Azerbaijani ə/ı, Cyrillic with ё, French and
Russian transliterations of the same names, ß/ø/œ, apostrophes, digits),
run on both; the matching ids must be the same, and in the same order where
the order is by date (queries without words).
"""

from __future__ import annotations

import copy
import uuid

import pytest

from chancery.store import open_archive
from chancery.store import search as S
from chancery.store.query import parse_query, tokens

SEED_ID = "5f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a01"

SYNTAX_QUERIES = [
    # words and spellings of the reference meeting's ministers
    "bayramov", "Bayramov", "BAYRAMOV", "Baïramov", "bairamov", "Байрамов", "байрамов", "Ceyhun", "Djeyhoun",
    "Jeyhun", "Джейхун", "Kazakbaev", "Kazakbaïev", "Казакбаев", "Ruslan", "Rouslan",
    # places, countries, topics, in three languages
    "Bakou", "Baku", "Баку", "Kirghizistan", "Kyrgyzstan", "Киргизия", "Bichkek", "Bishkek", "Choucha", "Shusha",
    "sécurité régionale", "regional security", "региональная безопасность", "coopération", "cooperation",
    "énergie", "energy", "transport", "humanitarian", "culture", "AZERTAC",
    # phrases
    '"zone franche"', '"free economic zone"', '"regional security"', '"sécurité régionale"', "«zone franche»",
    '"kazakbaev bayramov"', '"expert level"', '"au niveau des experts"', '"ministre des affaires"*',
    # prefixes
    "kazak*", "bayr*", "бай*", "Ka*", "min*", "ministe*", "sécu*", "coop*", "hydro*", "ene*", "pro*", "fr*",
    # search as you type (no trailing space: the last word is a prefix)
    "bayram", "Hadji", "Гадж", "mammad", "consul", "regional sec", "Lindq",
    # exclusions and alternatives
    "-bayramov", "bayramov -kazakbaev", "energy -transport", "NOT energy", "bayramov OR kazakbaev",
    "Baku OR Bishkek", "energy OR transport OR culture", "bayramov nobody", "nobody", "kazak* -country:KG",
    "country:KG OR country:KZ", "kind:phone_call OR energy",
    # fields
    "country:KG", "country:kg", "country:Kirghizistan", "country:Kyrgyzstan", "country:Киргизия", "country:AZ",
    "country:KZ,UZ", "country:Pol", "country:Нидерл", "kind:official_visit", "kind:visite", "kind:visit",
    "kind:phone_call", "kind:téléphonique", "kind:videoconference", "status:final", "status:draft",
    "with:kazakbaev", "with:Казакбаев", "with:bayr*", "with:Hajiyev", "with:\"Farid Hajiyev\"", "signed:programme",
    "signed:memorandum", "signed:accord", "signed:agreement",
    # dates
    "year:2021", "year:2019", "after:2021-07-02", "before:2021-07-03", "after:2020-01 before:2021-01",
    "energy year:2022", "bayramov after:2020", "kind:phone_call before:2020-06",
    # letters the tokenizer does not fold alike, and other awkward text
    "Hacıyev", "Hajiyev", "hacıyev", "Fərid", "Farid", "Ərdoğan", "erdogan", "Ёлкин", "елкин", "Strauß", "strauss",
    "Sørensen", "sorensen", "Œuvre", "oeuvre", "O'Brien", "brien", "Saint-Pétersbourg", "petersbourg", "G20",
    "2+2", "24/7", "d'Alat", "l’Azerbaïdjan", "Azerbaïdjan",
]


def _special_meetings(seed: dict) -> list[dict]:
    """Meetings whose names and words exercise every folding rule."""
    out = []
    texts = [
        ({"az": "Fərid Hacıyev", "en": "Farid Hajiyev"}, {"en": "Meeting with Ərdoğan's adviser on the G20."}),
        ({"ru": "Пётр Ёлкин", "en": "Pyotr Yolkin"}, {"ru": "Встреча в Санкт-Петербурге; 2+2 формат."}),
        ({"de": "Johann Strauß", "en": "Johann Strauss"}, {"en": "Œuvre commune, 24/7 hotline, O'Brien present."}),
        ({"da": "Mette Sørensen", "en": "Mette Sorensen"}, {"fr": "Rencontre à Saint-Pétersbourg, l’Azerbaïdjan."}),
    ]
    for index, (name, notes) in enumerate(texts):
        meeting = copy.deepcopy(seed)
        meeting["id"] = str(uuid.UUID(int=index + 1))
        meeting["date"] = f"2020-0{index + 3}-1{index}"
        meeting["publication"]["date"] = meeting["date"]
        meeting["notes"] = notes
        meeting["participants"][1]["name"] = name
        meeting["status"] = "draft" if index % 2 else "final"
        out.append(meeting)
    undated = copy.deepcopy(out[0])
    undated["id"] = str(uuid.UUID(int=99))
    undated["date"] = None
    undated["status"] = "draft"
    out.append(undated)
    return out


@pytest.fixture(scope="module")
def both(pg_server, tmp_path_factory, seed_document):
    from chancery.demo import generate_meetings
    from chancery.store.copying import copy_archive

    seed = copy.deepcopy(seed_document["meeting"])
    path = tmp_path_factory.mktemp("parity") / "archive.sqlite"
    sqlite = open_archive(path)
    sqlite.import_meetings([seed, *_special_meetings(seed), *generate_meetings(240, seed=11)])
    for meeting_id in sqlite.list_ids()[5:40:7]:
        sqlite.delete(meeting_id)
    name = pg_server.create()
    postgres = open_archive(url=pg_server.url(name))
    copy_archive(sqlite, postgres)
    yield sqlite, postgres
    sqlite.close()
    postgres.close()
    pg_server.drop(name)


def _directory_queries(archive) -> list[str]:
    """Names from the people directory in every spelling: whole words, prefixes, phrases, with:."""
    people = archive.find_people("a", limit=40) + archive.find_people("и", limit=10)
    out: list[str] = []
    for person in people[:30]:
        for variant in person.variants[:4]:
            words = variant.split()
            out.append(words[-1])
            if len(words[-1]) > 4:
                out.append(words[-1][:4] + "*")
            if len(words) > 1:
                out.append(f'"{variant}"')
        out.append(f"with:{person.variants[0].split()[-1]}")
    return list(dict.fromkeys(q for q in out if tokens(q)))


def test_both_engines_find_the_same_meetings(both):
    sqlite, postgres = both
    queries = list(dict.fromkeys(SYNTAX_QUERIES + _directory_queries(sqlite)))
    assert len(queries) >= 100
    differences = []
    matched = 0
    for query in queries:
        for deleted in (False, True):
            found = S.search_ids(sqlite, query, include_deleted=deleted)
            other = S.search_ids(postgres, query, include_deleted=deleted)
            ordered_by_date = not parse_query(query).has_text
            if (found != other) if ordered_by_date else (sorted(found) != sorted(other)):
                differences.append((query, deleted, len(found), len(other),
                                    sorted(set(found) ^ set(other))[:3]))
            matched += bool(found)
    assert differences == []
    assert matched > len(queries)  # most queries find something: the comparison is not between empty lists


def test_filters_and_pages_agree(both):
    sqlite, postgres = both
    for query, filters in [("energy", {"country": "KG"}), ("minister", {"year": 2021}),
                           ("bayramov", {"kind": "phone_call"}), ("status:final", {"year": 2022}),
                           ("-energy", {"status": "draft"}), ("with:bayr*", {})]:
        assert sorted(S.search_ids(sqlite, query, **filters)) == sorted(S.search_ids(postgres, query, **filters))
    for query in ("energy", "minister", "bayramov OR kazakbaev"):
        one, two = S.search(sqlite, query, limit=20), S.search(postgres, query, limit=20)
        assert (one.total, one.total_exact) == (two.total, two.total_exact)
        assert all(h.snippet for h in two.hits)
        assert all(S.MARK_START in h.snippet for h in two.hits[:5])


def test_snippets_mark_the_words_found_in_any_spelling(both):
    sqlite, postgres = both
    snippet = S.snippets(postgres, "Байрамов", [SEED_ID])[SEED_ID]
    for spelling in ("Bayramov", "Baïramov", "Байрамов"):  # the word asked for, and its other spellings
        assert S.MARK_START + spelling + S.MARK_END in snippet, snippet
    assert snippet == S.snippets(sqlite, "Байрамов", [SEED_ID])[SEED_ID]
    assert S.MARK_START + "Baïramov" + S.MARK_END in S.snippets(postgres, "bairamov", [SEED_ID])[SEED_ID]
