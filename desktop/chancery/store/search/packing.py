"""The readable text of the SQLite search index, stored compressed (schema 0007).

FTS5 keeps its own index of the words; the text itself — which snippets
are cut from, and which a change must hand back to FTS5 to take the old
words out — lives in ``search_text``: one row per meeting, the eight text
columns joined and compressed with zlib against a *preset dictionary*
(``search_dictionary``) made from the archive's own most frequent phrases
(country names and labels in three languages, titles, names), so that a
document of two kilobytes takes a few hundred bytes.  The view
``search_docs`` shows the columns as text again, through the SQL function
``search_column(packed, n)``, and it is the external content table of
``search_fts``, as the table of that name was before: FTS5 reads snippets
from it unchanged.

Every connection the archive opens has the function (:func:`register`,
from :mod:`chancery.store.db`).  Another program opening the file (the
``sqlite3`` shell) can read the meetings and search the index, but not
show snippets or change a meeting: SQLite says "no such function:
search_column" and changes nothing.

A packed value is: one format byte, the first four bytes of the
dictionary's BLAKE2b digest (zeros: no dictionary), the raw deflate
stream.  Dictionaries are looked up by digest — in this process's cache,
or in the file (a rebuild in another program may have made a new one) —
so a value always decodes with the dictionary it was made with.
``search_dictionary`` holds the one the archive packs with now.

Threading: the caches are locked; the SQL function may run on any thread.
"""

from __future__ import annotations

import functools
import hashlib
import sqlite3
import threading
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

FORMAT = 1
UNIT = "\x1f"  # between two columns (a control character: never in saved text, see record.strip_xml_illegal)
NO_DICTIONARY = b"\0\0\0\0"
DICTIONARY_BYTES = 32 * 1024  # zlib looks back 32 KiB at most
LEVEL = 6

_dictionaries: dict[bytes, bytes] = {}
_dictionaries_lock = threading.Lock()


class PackingError(ValueError):
    """A packed value that cannot be read (unknown format or dictionary)."""


def digest(dictionary: bytes) -> bytes:
    return hashlib.blake2b(dictionary, digest_size=4).digest() if dictionary else NO_DICTIONARY


def remember(dictionary: bytes) -> bytes:
    """Keep ``dictionary`` in this process's cache; its digest."""
    key = digest(dictionary)
    if dictionary:
        with _dictionaries_lock:
            _dictionaries[key] = dictionary
    return key


def pack(columns: Sequence[str], dictionary: bytes = b"") -> bytes:
    """The text columns of one document, compressed against ``dictionary``."""
    text = UNIT.join(columns).encode("utf-8")
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY,
                                  **({"zdict": dictionary} if dictionary else {}))
    return bytes([FORMAT]) + digest(dictionary) + compressor.compress(text) + compressor.flush()


@functools.lru_cache(maxsize=512)  # FTS5 asks for the columns of one row one after the other
def _unpack(packed: bytes, database: str | None) -> tuple[str, ...]:
    if not packed or packed[0] != FORMAT:
        raise PackingError("search index text in an unknown format; rebuild the index (chancery search --rebuild)")
    key = bytes(packed[1:5])
    dictionary = b""
    if key != NO_DICTIONARY:
        with _dictionaries_lock:
            dictionary = _dictionaries.get(key, b"")
        if not dictionary:
            dictionary = _fetch(key, database)
    decompressor = zlib.decompressobj(-15, **({"zdict": dictionary} if dictionary else {}))
    text = decompressor.decompress(bytes(packed[5:])) + decompressor.flush()
    return tuple(text.decode("utf-8").split(UNIT))


def unpack(packed: bytes, database: str | None = None) -> tuple[str, ...]:
    """The text columns of a packed value (``database``: the file to look an unknown dictionary up in)."""
    return _unpack(bytes(packed), database)


def _fetch(key: bytes, database: str | None) -> bytes:
    """A dictionary this process has not seen: made by another program; read from the file."""
    if database:
        connection = sqlite3.connect(f"{Path(database).resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT data FROM search_dictionary WHERE digest = ?", (key,)).fetchone()
        except sqlite3.Error:
            row = None
        finally:
            connection.close()
        if row is not None:
            remember(row[0])
            return row[0]
    raise PackingError("the search index's dictionary is missing; rebuild the index (chancery search --rebuild)")


def register(connection: sqlite3.Connection, database: str | None = None) -> None:
    """Give ``connection`` the ``search_column`` function and this archive's current dictionary."""

    def search_column(packed: bytes | None, column: int) -> str | None:
        if packed is None:
            return None
        return _unpack(bytes(packed), database)[column]

    connection.create_function("search_column", 2, search_column, deterministic=True)
    try:
        row = connection.execute("SELECT data FROM search_dictionary").fetchone()
    except sqlite3.Error:  # an archive older than schema 0007
        return
    if row is not None:
        remember(row[0])


def current(cursor: sqlite3.Cursor) -> bytes:
    """The dictionary the archive packs new documents with (b"": none)."""
    try:
        row = cursor.execute("SELECT digest, data FROM search_dictionary").fetchone()
    except sqlite3.OperationalError:
        return b""
    if row is None:
        return b""
    remember(row[1])
    return row[1]


def replace_dictionary(cursor: sqlite3.Cursor, dictionary: bytes) -> None:
    """Make ``dictionary`` the archive's (the caller repacks every document in the same transaction)."""
    cursor.execute("DELETE FROM search_dictionary")
    if dictionary:
        cursor.execute("INSERT INTO search_dictionary(digest, data) VALUES (?, ?)", (remember(dictionary), dictionary))


def make_dictionary(documents: Iterable[Sequence[str]], *, separator: str = " · ",
                    seeds: Iterable[str] = ()) -> bytes:
    """A preset dictionary from sample documents: their most frequent phrases, the most frequent last.

    A phrase is a column's text between two separators (a name, a title, a
    label, a country); its worth is how often it comes back times its
    length.  ``seeds`` (labels of the reference data) fill the dictionary
    when there are few documents to learn from.
    """
    counts: Counter[str] = Counter()
    for columns in documents:
        for column in columns:
            for phrase in column.split(separator):
                phrase = phrase.strip()
                if len(phrase) > 3:
                    counts[phrase] += 1
    for phrase in seeds:
        if phrase and len(phrase) > 3 and phrase not in counts:
            counts[phrase] = 2  # as if seen twice: below what the archive itself repeats
    chosen: list[bytes] = []
    size = 0
    for phrase, _count in sorted(counts.items(), key=lambda item: (-(item[1] - 1) * len(item[0]), item[0])):
        if counts[phrase] < 2:
            break
        data = (phrase + separator).encode("utf-8")
        if size + len(data) > DICTIONARY_BYTES:
            continue
        chosen.append(data)
        size += len(data)
    return b"".join(reversed(chosen))  # zlib reaches the end of the dictionary most cheaply
