"""The archive search box's query language, parsed into a safe structure.

What a user types — words, "exact phrases", prefix*, ``-word``, ``OR`` and
fields such as ``country:KG`` or ``after:2021-01-01`` — becomes a
:class:`ParsedQuery`: folded tokens (see :func:`chancery.text.fold`), field
filters resolved to codes, and a date range.  Nothing the user typed is ever
passed on as query syntax: :mod:`chancery.store.search` builds the FTS5 MATCH
expression from these tokens, quoting each one.  Anything malformed raises
:class:`QueryError` with the position of the mistake.

Grammar, loosely (terms separated by spaces, all of them must match):

    term    := ["-" | "NOT "] (word | word* | "phrase" | "phrase"* | field:value)
    clause  := term ("OR" term)*          OR binds tighter than the implicit AND

Search as you type: when the text does not end with a space, its last bare
word is a prefix ("kazak" finds "Kazakbaev"); a last bare word of one letter
is left out until a second letter is typed.

Pure Python, Qt-free; the only lookups are in the reference data (country
names, vocabulary labels).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from ..errors import UserError
from ..text import fold

FIELDS = ("country", "kind", "with", "signed", "status", "year", "after", "before")
DATE_FIELDS = ("year", "after", "before")
STATUSES = ("draft", "final")

# Quote characters people type: straight, English curly, French guillemets, German low.
_OPENING_QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“", "”": "”"}
_CLOSING_QUOTES = set('"”»“')
# A token is a run of letters and digits, as the unicode61 tokenizer sees it.
_TOKEN = re.compile(r"[^\W_]+")
_FIELD = re.compile(r"([A-Za-z]+):")
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class QueryError(UserError):
    """A search query that cannot be understood.

    ``position`` is the 0-based offset in the query text where the problem
    starts (for selecting it in a search box); ``column`` is the same,
    1-based, as the message says.
    """

    def __init__(self, problem: str, text: str, position: int):
        self.problem = problem
        self.text = text
        self.position = max(0, min(position, len(text)))
        self.column = self.position + 1
        super().__init__(f"{problem} at column {self.column}: {text}")


def tokens(text: str) -> tuple[str, ...]:
    """The folded search tokens of ``text`` (what the index holds for it)."""
    return tuple(_TOKEN.findall(fold(text)))


@dataclass(frozen=True)
class Text:
    """Words to find in the text of a meeting.

    ``field`` narrows where: None (any text), ``"with"`` (participants'
    names), ``"signed"`` (documents signed), ``"country"`` (places: a country
    name that is not a known country, matched as typed so far).
    Several tokens must follow each other, as in a phrase.
    """

    tokens: tuple[str, ...]
    prefix: bool = False
    field: str | None = None
    position: int = 0


@dataclass(frozen=True)
class Facet:
    """A filter on a coded property: ``kind``, ``status`` or ``country`` (any of ``values``)."""

    field: str
    values: tuple[str, ...]
    position: int = 0


Atom = Text | Facet


@dataclass(frozen=True)
class Clause:
    """Alternatives joined by OR; a negated clause must not match."""

    alternatives: tuple[Atom, ...]
    negated: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    """A query as structure: clauses that must all hold, and a date range.

    ``date_from`` is inclusive and ``date_until`` exclusive (ISO dates).
    """

    text: str
    clauses: tuple[Clause, ...] = ()
    date_from: str | None = None
    date_until: str | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return not self.clauses and self.date_from is None and self.date_until is None

    @property
    def has_text(self) -> bool:
        """Whether some positive clause looks for words (then results are ranked by relevance)."""
        return any(not c.negated and any(isinstance(a, Text) for a in c.alternatives) for c in self.clauses)

    @property
    def positive_texts(self) -> list[Text]:
        return [a for c in self.clauses if not c.negated for a in c.alternatives if isinstance(a, Text)]


# --------------------------------------------------------------------------
# Lexing


@dataclass
class _Item:
    kind: str  # "word", "phrase", "field", "or"
    position: int
    raw: str = ""
    prefix: bool = False
    negated: bool = False
    name: str | None = None  # field name
    quoted: bool = False  # a field value in quotes
    bare: bool = False  # a plain word, candidate for search-as-you-type


def _read_quoted(text: str, start: int) -> tuple[str, int]:
    """The text between the quote at ``start`` and its closing quote; returns (content, index after)."""
    closing = _CLOSING_QUOTES
    end = start + 1
    while end < len(text) and text[end] not in closing:
        end += 1
    if end >= len(text):
        raise QueryError("unclosed quote", text, start)
    return text[start + 1:end], end + 1


def _lex(text: str) -> list[_Item]:
    items: list[_Item] = []
    i, n = 0, len(text)
    negate_next: int | None = None  # position of a pending NOT
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        start = i
        negated = False
        if text[i] == "-" and i + 1 < n and not text[i + 1].isspace() and text[i + 1] != "-":
            negated = True
            i += 1
        if text[i] in _OPENING_QUOTES:
            content, i = _read_quoted(text, i)
            prefix = False
            while i < n and text[i] == "*":
                prefix = True
                i += 1
            item = _Item("phrase", start, raw=content, prefix=prefix)
        else:
            match = _FIELD.match(text, i)
            if match and (match.group(1).lower() in FIELDS or (match.end() < n and not text[match.end()].isspace())):
                name = match.group(1).lower()
                if name not in FIELDS:
                    raise QueryError(
                        f"unknown field '{match.group(1)}:' (fields are {', '.join(f + ':' for f in FIELDS)})",
                        text, i,
                    )
                i = match.end()
                if i >= n or text[i].isspace():
                    raise QueryError(f"{name}: needs a value", text, start)
                if text[i] in _OPENING_QUOTES:
                    value, i = _read_quoted(text, i)
                    quoted = True
                else:
                    value_start = i
                    while i < n and not text[i].isspace():
                        i += 1
                    value = text[value_start:i]
                    quoted = False
                prefix = False
                while value.endswith("*") and not quoted:
                    value, prefix = value[:-1], True
                while i < n and text[i] == "*":
                    prefix = True
                    i += 1
                item = _Item("field", start, raw=value, prefix=prefix, name=name, quoted=quoted)
            else:
                while i < n and not text[i].isspace() and text[i] not in _OPENING_QUOTES:
                    i += 1
                raw = text[start + (1 if negated else 0):i]
                if not negated and raw == "OR":
                    items.append(_Item("or", start))
                    continue
                if not negated and raw == "AND":
                    continue  # all words must match anyway
                if not negated and raw == "NOT":
                    negate_next = start
                    continue
                prefix = raw.endswith("*")
                item = _Item("word", start, raw=raw.rstrip("*"), prefix=prefix, bare=not prefix and not negated)
        if negate_next is not None:
            negated, item.position, negate_next = True, negate_next, None
            item.bare = False
        item.negated = negated
        items.append(item)
    if negate_next is not None:
        raise QueryError("NOT needs a term after it", text, negate_next)
    return items


# --------------------------------------------------------------------------
# Fields


def _kind_codes(value: str) -> tuple[str, ...]:
    from .. import refdata

    vocabulary = refdata.vocabulary("meeting_kind")
    key = fold(value).replace("_", " ").replace("-", " ")
    key = " ".join(key.split())
    if not key:
        return ()
    exact, starts, words = [], [], []
    for code, labels in vocabulary.items():
        names = {code.replace("_", " ")} | {
            fold(v) for lang, v in labels.items() if isinstance(v, str) and "_" not in lang
        }
        if key in names:
            exact.append(code)
        elif any(n.startswith(key) for n in names):
            starts.append(code)
        elif any(w.startswith(key) for n in names for w in tokens(n)):
            words.append(code)  # "visit" -> every kind of visit, "téléphonique" -> phone_call
    return tuple(exact or starts or words)


def _status(value: str) -> tuple[str, ...]:
    key = fold(value)
    return tuple(s for s in STATUSES if key and s.startswith(key))


def _date_bound(item: _Item, text: str, *, end: bool) -> str:
    """The first day of the year/month/day typed, or the first day after it (``end``)."""
    match = _DATE.fullmatch(item.raw)
    example = "2021" if item.name == "year" else "2021-07-02 (or 2021-07, or 2021)"
    if not match or (item.name == "year" and match.group(2)):
        raise QueryError(f"{item.name}: expects a date such as {example}", text, item.position)
    year, month, day = int(match.group(1)), match.group(2), match.group(3)
    try:
        first = _dt.date(year, int(month or 1), int(day or 1))
        if not end:
            return first.isoformat()
        if day:
            after = first + _dt.timedelta(days=1)
        elif month:
            after = _dt.date(year + (first.month == 12), first.month % 12 + 1, 1)
        else:
            after = _dt.date(year + 1, 1, 1)
        return after.isoformat()
    except (ValueError, OverflowError):
        raise QueryError(f"{item.name}: {item.raw} is not a date", text, item.position) from None


def _field_atom(item: _Item, text: str) -> Atom | None:
    name, value = item.name, item.raw
    if name in ("with", "signed"):
        found = tokens(value)
        if not found:
            raise QueryError(f"{name}: needs a name or a word", text, item.position)
        return Text(found, prefix=item.prefix, field=name, position=item.position)
    values = [v for v in value.split(",") if v.strip()] if not item.quoted else [value]
    if not values:
        raise QueryError(f"{name}: needs a value", text, item.position)
    if name == "kind":
        codes: list[str] = []
        for v in values:
            found = _kind_codes(v)
            if not found:
                from .. import refdata

                raise QueryError(
                    f"unknown kind '{v}' (kinds are {', '.join(refdata.vocabulary('meeting_kind'))})",
                    text, item.position,
                )
            codes.extend(found)
        return Facet("kind", tuple(dict.fromkeys(codes)), item.position)
    if name == "status":
        codes = []
        for v in values:
            found = _status(v)
            if not found:
                raise QueryError(f"unknown status '{v}' (draft or final)", text, item.position)
            codes.extend(found)
        return Facet("status", tuple(dict.fromkeys(codes)), item.position)
    if name == "country":
        from .. import refdata

        codes = []
        for v in values:
            code = refdata.find_country(v)
            if code is None:
                stripped = v.strip()
                if len(values) > 1 or (len(stripped) == 2 and stripped.isascii() and stripped.isalpha()):
                    raise QueryError(f"unknown country '{v}'", text, item.position)
                # Not (yet) a country name: look for it among place names, as typed so far.
                found = tokens(v)
                if not found:
                    raise QueryError("country: needs a code or a name", text, item.position)
                return Text(found, prefix=not item.quoted or item.prefix, field="country", position=item.position)
            codes.append(code)
        return Facet("country", tuple(dict.fromkeys(codes)), item.position)
    raise AssertionError(name)  # pragma: no cover


# --------------------------------------------------------------------------
# Parsing


def parse_query(text: str) -> ParsedQuery:
    """Parse what the user typed; raises :class:`QueryError` for a malformed query."""
    text = text or ""
    items = _lex(text)
    typing = bool(text) and not text[-1].isspace()

    # Search as you type: the last bare word is a prefix, or left out if it is one letter.
    last_word = items[-1] if items and items[-1].kind == "word" and items[-1].bare else None
    if typing and last_word is not None:
        found = tokens(last_word.raw)
        if found and len(found[-1]) >= 2:
            last_word.prefix = True
        elif len(found) == 1 and len(found[0]) == 1 and not found[0].isdigit():
            items.pop()
            if items and items[-1].kind == "or":
                items.pop()

    date_from: str | None = None
    date_until: str | None = None
    groups: list[list[_Item]] = []
    pending_or: _Item | None = None
    for item in items:
        if item.kind == "or":
            if not groups or pending_or is not None:
                raise QueryError("OR needs a term on each side", text, item.position)
            pending_or = item
            continue
        if pending_or is not None:
            groups[-1].append(item)
            pending_or = None
        else:
            groups.append([item])
    if pending_or is not None:
        raise QueryError("OR needs a term on each side", text, pending_or.position)

    clauses: list[Clause] = []
    for group in groups:
        if len(group) > 1:
            for item in group:
                if item.negated:
                    raise QueryError("a -term cannot be part of OR", text, item.position)
                if item.kind == "field" and item.name in DATE_FIELDS:
                    raise QueryError(f"{item.name}: cannot be part of OR", text, item.position)
        alternatives: list[Atom] = []
        negated = group[0].negated
        for item in group:
            if item.kind == "field" and item.name in DATE_FIELDS:
                if item.negated:
                    raise QueryError(f"{item.name}: cannot be negated (use after: or before:)", text, item.position)
                if item.name in ("year", "after"):
                    start = _date_bound(item, text, end=False)
                    date_from = max(date_from or start, start)
                if item.name in ("year", "before"):
                    until = _date_bound(item, text, end=item.name == "year")
                    date_until = min(date_until or until, until)
                continue
            if item.kind == "field":
                atom = _field_atom(item, text)
            else:
                found = tokens(item.raw)
                if not found:
                    continue  # punctuation only: nothing to look for
                atom = Text(found, prefix=item.prefix, position=item.position)
            if isinstance(atom, Text) and atom.prefix and len(atom.tokens[-1]) < 2:
                # A one-letter prefix would match nearly everything, slowly: take it as a word.
                atom = Text(atom.tokens, False, atom.field, atom.position)
            if atom is not None:
                alternatives.append(atom)
        if alternatives:
            clauses.append(Clause(tuple(alternatives), negated))
    return ParsedQuery(text, tuple(clauses), date_from, date_until)
