"""Hostile Word templates — injections, endless loops, huge strings, zip and paragraph bombs — and a runner.

    python -m tests.reliability.hostile_templates [--pythonpath OLD/desktop] [--timeout 30]

runs ``chancery check-template`` and ``chancery render`` on each, in a child
process with a safety cap (wall clock and address space, so that measuring an
unbounded checkout cannot take the machine down), and prints the exit
status, the time, the peak memory and the first line of the message.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BASE = ROOT / "templates" / "communique-en.docx"
FIXTURES = ROOT / "tests" / "fixtures"
CANARY = "chancery-canary"  # a file an injection would create if it escaped the sandbox

INJECTIONS = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ ().__class__.__base__.__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('touch /tmp/" + CANARY + "').read() }}",
    "{{ lipsum.__globals__['os'].popen('touch /tmp/" + CANARY + "').read() }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ self.__init__.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ doc.items.__self__.__class__ }}",
    "{{ meeting.__class__.__subclasses__() }}",
    "{{ '{0.__class__.__mro__}'.format(doc) }}",
    "{{ '%s' % doc.__class__.__init__ }}",
    "{{ range.__self__ }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
]

LOOPS_AND_SIZES = {
    "power 9**(9**9)": "{{ 9**(9**9) }}",
    "nested loops over a long string": "{% set s = doc.lead * 40 %}{% for a in s %}{% for b in s %}{% for c in s %}"
                                       "{% endfor %}{% endfor %}{% endfor %}",
    "nested ranges": "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
    "2 GB string ('a'*2*10**9)": "{{ 'a'*2*10**9 }}",
    "centre in 2 GB": "{{ 'x'|center(2000000000) }}",
    "format width 2 GB": "{{ '%2000000000d' % 1 }}",
    "lipsum a million paragraphs": "{{ lipsum(1000000) }}",
    "join a 100,000-item list with a 500 KB separator": "{{ range(100000)|join('x' * 500000) }}",
    "endless recursion": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "a text doubled 40 times": "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
                               "{% endfor %}{{ ns.s|length }}",
}

LEAKS = {
    "communiqué prints meeting.internal": "{{ meeting.internal.talking_points }}",
    "communiqué prints brief": "{{ brief.talking_points }}",
}


def with_paragraph(text: str, target: Path) -> Path:
    """The shipped English communiqué with one more paragraph holding ``text``."""
    from docx import Document

    document = Document(str(BASE))
    document.add_paragraph(text)
    document.save(str(target))
    return target


def _rewrite(target: Path, document_xml_writer) -> Path:
    """BASE with word/document.xml replaced by what ``document_xml_writer(stream)`` writes (streamed)."""
    with zipfile.ZipFile(BASE) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            if item.filename == "word/document.xml":
                with out.open("word/document.xml", "w", force_zip64=True) as stream:
                    document_xml_writer(stream)
            else:
                out.writestr(item, source.read(item.filename))
    return target


HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
TAIL = b"</w:body></w:document>"


def zip_bomb(target: Path, gigabytes: float = 1.0) -> Path:
    """A ~1 MB .docx whose document.xml is about a gigabyte (a comment of spaces)."""
    def write(stream) -> None:
        stream.write(HEAD + b"<!--")
        chunk = b" " * (1 << 20)
        for _ in range(int(gigabytes * 1024)):
            stream.write(chunk)
        stream.write(b"-->" + b"<w:p><w:r><w:t>{{ doc.headline }}</w:t></w:r></w:p>" + TAIL)
    return _rewrite(target, write)


def paragraph_bomb(target: Path, count: int = 200_000) -> Path:
    """A small .docx with ``count`` paragraphs."""
    def write(stream) -> None:
        stream.write(HEAD + b"<w:p><w:r><w:t>{{ doc.headline }}</w:t></w:r></w:p>")
        paragraph = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
        for _ in range(count // 1000):
            stream.write(paragraph * 1000)
        stream.write(TAIL)
    return _rewrite(target, write)


@dataclass(frozen=True)
class Hostile:
    name: str
    build: object  # (target: Path) -> Path
    kind: str  # "injection" | "bound" | "leak"


def catalogue(bomb_gigabytes: float = 1.0) -> list[Hostile]:
    cases = [Hostile(f"injection {i + 1}: {text[:40]}", lambda t, text=text: with_paragraph(text, t), "injection")
             for i, text in enumerate(INJECTIONS)]
    cases += [Hostile(name, lambda t, text=text: with_paragraph(text, t), "bound")
              for name, text in LOOPS_AND_SIZES.items()]
    cases += [Hostile(f"zip bomb ({bomb_gigabytes:g} GB of XML)", lambda t: zip_bomb(t, bomb_gigabytes), "bound"),
              Hostile("200,000 paragraphs", paragraph_bomb, "bound")]
    cases += [Hostile(name, lambda t, text=text: with_paragraph(text, t), "leak") for name, text in LEAKS.items()]
    return cases


@dataclass
class Run:
    status: int | None  # None: stopped by the runner's cap
    seconds: float
    peak_mib: float
    message: str


def run(args: list[str], *, pythonpath: str | None, timeout: float, memory_cap_gib: float, home: Path) -> Run:
    env = dict(os.environ)
    env.pop("CHANCERY_HOME", None)
    if pythonpath:
        env["PYTHONPATH"] = pythonpath

    def cap() -> None:
        limit = int(memory_cap_gib * (1 << 30))
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    started = time.monotonic()
    with tempfile.TemporaryFile() as output:
        process = subprocess.Popen([sys.executable, "-m", "chancery", "--data-dir", str(home), *args], env=env,
                                   stdout=output, stderr=output, preexec_fn=cap, start_new_session=True)
        status: int | None = None
        peak = 0.0
        while True:  # os.wait4 gives this child's own peak memory
            pid, wait_status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                status = os.waitstatus_to_exitcode(wait_status)
                peak = usage.ru_maxrss / 1024
                break
            if time.monotonic() - started > timeout:
                os.killpg(process.pid, 9)
                _pid, _status, usage = os.wait4(process.pid, 0)
                peak = usage.ru_maxrss / 1024
                break
            time.sleep(0.05)
        process.returncode = 0  # reaped above
        seconds = time.monotonic() - started
        output.seek(0)
        text = output.read().decode("utf-8", "replace").strip().splitlines()
    return Run(status, seconds, peak, text[0][:160] if text else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pythonpath")
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--memory-cap", type=float, default=4.0, help="GiB of address space per child")
    parser.add_argument("--only", help="run only the cases whose name contains this")
    args = parser.parse_args(argv)
    canary = Path("/tmp") / CANARY
    canary.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="chancery-hostile-") as tmp:
        folder = Path(tmp)
        for index, case in enumerate(catalogue()):
            if args.only and args.only not in case.name:
                continue
            template = case.build(folder / f"hostile-{index}-en.docx")
            for command in (["check-template", str(template)],
                            ["render", str(FIXTURES / "seed-meeting.json"), "-t", str(template),
                             "-o", str(folder / "out.docx")]):
                outcome = run(command, pythonpath=args.pythonpath, timeout=args.timeout,
                              memory_cap_gib=args.memory_cap, home=folder / "home")
                status = "CAPPED" if outcome.status is None else f"exit {outcome.status}"
                print(f"{case.name[:48]:48} {command[0]:14} {status:8} {outcome.seconds:6.1f} s "
                      f"{outcome.peak_mib:7.0f} MiB  {outcome.message[:100]!r}", flush=True)
            (folder / "out.docx").unlink(missing_ok=True)
            template.unlink()
        shutil.rmtree(folder / "home", ignore_errors=True)
    print(f"sandbox escapes (canary file created): {int(canary.exists())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
