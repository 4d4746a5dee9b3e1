"""The SQLite index keeps its text compressed (schema 0007 layout): smaller, and read back exactly."""

from __future__ import annotations

import sqlite3

import pytest

from chancery.store import search as S
from chancery.store.search import packing


def test_pack_and_unpack_give_back_every_column_exactly():
    columns = ("Джейхун Байрамов · Ruslan Kazakbaev", "", "ministre des Affaires étrangères", "x" * 5000,
               "Bakou · Baku", "énergie", "Les deux ministres ont salué…\n« l’accord »", "")
    dictionary = packing.make_dictionary([columns, columns], seeds=["Affaires étrangères"])
    packing.remember(dictionary)  # as the archive does with its own (register, current, replace_dictionary)
    for chosen in (b"", dictionary):
        packed = packing.pack(columns, chosen)
        assert packing.unpack(packed) == columns
    assert len(packing.pack(columns, dictionary)) < len(packing.pack(columns))
    assert len(packing.pack(columns, dictionary)) < len("".join(columns).encode("utf-8")) / 10


def test_a_value_in_an_unknown_format_says_to_rebuild_the_index():
    with pytest.raises(packing.PackingError, match="chancery search --rebuild"):
        packing.unpack(b"\x09garbage")
    with pytest.raises(packing.PackingError, match="dictionary is missing"):
        packing.unpack(b"\x01\xde\xad\xbe\xef" + b"\x03\x00")  # a dictionary neither cached nor in a file


def _dictionaries(path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM search_dictionary").fetchone()[0]
    finally:
        connection.close()


def test_a_new_archive_gets_its_dictionary_at_the_first_save(sqlite_archive, seed, data_dir):
    path = data_dir / "archive.sqlite"
    assert _dictionaries(path) == 0  # created empty: nothing to learn from, and no Babel loaded for it
    sqlite_archive.save(seed)
    assert _dictionaries(path) == 1
    assert [hit.id for hit in S.search(sqlite_archive, "bayramov", limit=5).hits] == [seed["id"]]
    hit = S.search(sqlite_archive, "bakou", limit=5).hits[0]
    assert "\x02" in hit.snippet  # snippets are cut from the text read back through search_column


def test_the_index_text_takes_less_room_than_the_text_and_survives_a_rebuild(sqlite_archive, data_dir):
    from chancery.demo import generate_meetings

    meetings = generate_meetings(300, seed=11)
    sqlite_archive.import_meetings(meetings)
    path = data_dir / "archive.sqlite"
    connection = sqlite3.connect(path)
    packing.register(connection, str(path))
    columns = ", ".join(S.TEXT_COLUMNS)
    plain = connection.execute(
        "SELECT sum(" + " + ".join(f"length(CAST({c} AS BLOB))" for c in S.TEXT_COLUMNS) + ") FROM search_docs"
    ).fetchone()[0]
    packed = connection.execute("SELECT sum(length(packed)) FROM search_text").fetchone()[0]
    before = connection.execute(f"SELECT id, {columns} FROM search_docs ORDER BY id").fetchall()
    connection.close()
    assert packed < plain / 3, (packed, plain)
    S.rebuild_index(sqlite_archive)  # a new dictionary, learnt from the archive's own documents
    connection = sqlite3.connect(path)
    packing.register(connection, str(path))
    after = connection.execute(f"SELECT id, {columns} FROM search_docs ORDER BY id").fetchall()
    repacked = connection.execute("SELECT sum(length(packed)) FROM search_text").fetchone()[0]
    connection.close()
    assert after == before
    assert repacked <= packed
    name = meetings[0]["participants"][0]["name"]
    query = next(iter(name.values())) if isinstance(name, dict) else str(name)
    assert S.search(sqlite_archive, query.split()[-1], limit=50).total >= 1
