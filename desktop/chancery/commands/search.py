"""Search sub-command: ``chancery search QUERY [--json] [--limit N]`` (and ``--rebuild``)."""

from __future__ import annotations

import json
import sys

from ..errors import UserError
from ..store import open_archive


def register(subparsers) -> None:
    from ..cli import add_command

    p = add_command(
        subparsers, "search", help="search the archive (words, \"phrases\", prefix*, -word, OR, fields)",
        description="Search the archive. Words must all match, in any spelling or script of a known name; "
                    "\"exact phrases\", prefix*, -word to exclude, OR between alternatives, and the fields "
                    "country:KG (code or name), kind:phone_call, with:NAME, signed:WORD, status:draft, "
                    "year:2021, after:2021-01-01 (on or after), before:2021-07-01 (before).",
    )
    p.add_argument("query", nargs="*", metavar="QUERY", help="the query (several arguments are joined by spaces)")
    p.add_argument("--json", action="store_true", help="one JSON object per meeting found")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="show at most N meetings (default 20)")
    p.add_argument("--trash", action="store_true", help="include meetings in the trash")
    p.add_argument("--rebuild", action="store_true", help="rebuild the search index from the archive first")
    p.set_defaults(func=cmd_search)


def _progress_line(fraction: float, message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{fraction:4.0%} {message}", end="", file=sys.stderr, flush=True)


def cmd_search(args) -> int:
    from ..store import search

    text = " ".join(args.query)
    if args.limit < 1:
        raise UserError("--limit must be 1 or more")
    if not text.strip() and not args.rebuild:
        raise UserError("give a query, e.g. chancery search bayramov country:KG")
    archive = open_archive()
    try:
        if args.rebuild:
            search.rebuild_index(archive, progress=_progress_line)
            if sys.stderr.isatty():
                print(file=sys.stderr)
            if not text.strip():
                status = search.index_status(archive)
                print(f"search index rebuilt: {status['indexed']} meeting(s)")
                return 0
        result = search.search(archive, text, limit=args.limit, include_deleted=args.trash)
        rows = archive.rows([hit.id for hit in result.hits])
    finally:
        archive.close()
    if args.json:
        for hit in result.hits:
            row = rows.get(hit.id)
            print(json.dumps({
                "id": hit.id, "score": round(hit.score, 4),
                "date": row.date if row else None, "kind": row.kind if row else None,
                "country": row.counterpart_country if row else None,
                "principals": row.principals if row else None, "status": row.status if row else None,
                "snippet": search.plain_snippet(hit.snippet, "", ""),
                "matches": _matches(hit.snippet),
            }, ensure_ascii=False))
        return 0
    if not result.hits:
        print("no meeting found")
        return 0
    bold = sys.stdout.isatty()
    for hit in result.hits:
        row = rows.get(hit.id)
        snippet = search.plain_snippet(hit.snippet, "\x1b[1m", "\x1b[0m") if bold else search.plain_snippet(hit.snippet)
        if row is None:
            print(f"{hit.id}  {snippet}")
            continue
        print(f"{row.date or '':10}  {(row.kind or ''):23}  {row.counterpart_country or '--':2}  {row.principals}")
        print(f"            {snippet}")
    shown = len(result.hits)
    more = f" (showing {shown}; --limit N for more)" if result.total > shown else ""
    print(f"{result.count_text()} meeting(s) found{more}")
    return 0


def _matches(snippet: str) -> list[str]:
    from ..store.search import MARK_END, MARK_START

    out: list[str] = []
    start = 0
    while True:
        i = snippet.find(MARK_START, start)
        if i < 0:
            return out
        j = snippet.find(MARK_END, i)
        if j < 0:
            return out
        out.append(snippet[i + 1:j])
        start = j + 1
