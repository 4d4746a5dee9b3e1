"""What the template sandbox costs: a user template rendered in a limited worker process vs in this process.

    python benchmarks/template_sandbox.py [--runs 30]

Renders the reference meeting with the shipped English communiqué (in this
process) and with a byte-identical copy installed as a user template (in
the sandbox worker), alternating, and prints medians and the ratio, plus
the first call (which starts the worker) and the preview path (render and
conversion to HTML).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    from chancery import paths
    from chancery.render import engine, output, sandbox

    home = Path(tempfile.mkdtemp(prefix="chancery-bench-"))
    paths.set_data_dir(home)
    shutil.copy(paths.templates_dir() / "communique-en.docx", paths.user_templates_dir() / "mine-en.docx")
    meeting = json.loads((ROOT / "tests" / "fixtures" / "seed-meeting.json").read_text(encoding="utf-8"))["meeting"]

    engine.render_document(meeting, "communique-en")  # warm this process's caches
    started = time.perf_counter()
    engine.render_document(meeting, "user/mine-en")  # check + render: starts a worker
    first = time.perf_counter() - started

    here, there, preview_here, preview_there = [], [], [], []
    for _ in range(args.runs):
        for template, bucket in (("communique-en", here), ("user/mine-en", there)):
            started = time.perf_counter()
            engine.render_document(meeting, template)
            bucket.append(time.perf_counter() - started)
        for template, bucket in (("communique-en", preview_here), ("user/mine-en", preview_there)):
            started = time.perf_counter()
            output.preview_html(meeting, template)
            bucket.append(time.perf_counter() - started)
    sandbox.shutdown()
    shutil.rmtree(home, ignore_errors=True)

    def ms(values: list[float]) -> str:
        p90 = sorted(values)[int(len(values) * 0.9)]
        return f"{statistics.median(values) * 1000:6.1f} ms median, p90 {p90 * 1000:6.1f}"

    print(f"render, shipped template in this process : {ms(here)}")
    print(f"render, user template in the sandbox     : {ms(there)}")
    print(f"  ratio sandbox / in-process             : {statistics.median(there) / statistics.median(here):.2f}")
    print(f"preview, shipped template                : {ms(preview_here)}")
    print(f"preview, user template                   : {ms(preview_there)}")
    preview_ratio = statistics.median(preview_there) / statistics.median(preview_here)
    print(f"  ratio                                  : {preview_ratio:.2f}")
    print(f"first user render (starts the worker, checks the template): {first * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
