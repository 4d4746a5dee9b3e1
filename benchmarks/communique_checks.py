"""How many communiqués pass every generic wording check (target: all).

    .venv/bin/python benchmarks/communique_checks.py            # corpus, fixtures, 60 demo meetings
    .venv/bin/python benchmarks/communique_checks.py --demo 1000 --style en-US --fr-short surname

Renders each record of the regression corpus (``tests/fixtures/readouts``),
the fixture meetings and the demo meetings in French and English, runs
:func:`chancery.render.checks.check_communique` on each communiqué, prints
every problem found and a summary line per set:

    corpus: 52 of 52 communiqués pass every check (100.0%)

Exit status 1 when any communiqué fails a check, so CI or a reviewer can
use it as a gate.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from chancery import record  # noqa: E402
from chancery.demo import generate_meetings  # noqa: E402
from chancery.render import prose  # noqa: E402
from chancery.render.checks import check_communique  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["meeting"]


def run(name: str, meetings: list[tuple[str, dict]], settings: dict, verbose: bool) -> tuple[int, int, Counter]:
    passed = total = 0
    kinds: Counter = Counter()
    for label, meeting in meetings:
        meeting = record.normalize(meeting)
        for lang in ("fr", "en"):
            total += 1
            problems = check_communique(meeting, lang, prose.communique(meeting, lang, settings))
            if not problems:
                passed += 1
            for problem in problems:
                kinds[problem.check] += 1
                if verbose:
                    print(f"  {name} {label} [{lang}] {problem}")
    return passed, total, kinds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", type=int, default=60, help="number of demo meetings (default 60)")
    parser.add_argument("--style", choices=("en-GB", "en-US"), default="en-GB", help="English house style")
    parser.add_argument("--fr-short", choices=("honorific", "surname"), default="honorific",
                        help="French short form after the first mention")
    parser.add_argument("--quiet", action="store_true", help="only the summary lines")
    args = parser.parse_args(argv)
    settings = {"house_style": {"en_variant": args.style, "fr_short_form": args.fr_short}}
    sets = {
        "corpus": [(p.stem, load(p)) for p in sorted((FIXTURES / "readouts").glob("*.json"))],
        "fixtures": [(p.stem, load(p)) for p in sorted((FIXTURES / "meetings").glob("*.json"))]
        + [("seed", load(FIXTURES / "seed-meeting.json"))],
        "demo": [(f"demo-{i}", m) for i, m in enumerate(generate_meetings(args.demo))],
    }
    failed = False
    started = time.perf_counter()
    for name, meetings in sets.items():
        passed, total, kinds = run(name, meetings, settings, not args.quiet)
        share = 100.0 * passed / total if total else 100.0
        detail = f"; failures by check: {dict(kinds)}" if kinds else ""
        print(f"{name}: {passed} of {total} communiqués pass every check ({share:.1f}%){detail}")
        failed = failed or passed < total
    print(f"({time.perf_counter() - started:.1f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
