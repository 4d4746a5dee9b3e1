"""The worker process of :mod:`chancery.render.sandbox`: renders and checks user templates under limits.

    python -m chancery.render.sandbox_worker

Reads requests (a length-prefixed pickle from its parent) on standard input
and answers each with two length-prefixed frames on standard output: a JSON
header (``ok``, or ``message`` and ``problems``, or ``memory`` when the
template ran out of memory) and the payload (the .docx bytes, or nothing).
At start it limits its address space to what it uses at rest plus
``CHANCERY_SANDBOX_MEMORY`` bytes; before each request it allows itself
the CPU seconds of the request's time limit (more would be killed by the
parent anyway: this only matters if the parent is gone).  It ends when its
input closes, or after running out of memory (its heap may be in pieces).
"""

from __future__ import annotations

import json
import os
import pickle
import struct
import sys
from typing import Any, BinaryIO

_HEADER = struct.Struct("!Q")


def _read_exactly(stream: BinaryIO, count: int) -> bytes | None:
    data = b""
    while len(data) < count:
        chunk = stream.read(count - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's time limit still applies
        return
    extra = int(os.environ.get("CHANCERY_SANDBOX_MEMORY", 1 << 30))
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            at_rest = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        at_rest = 512 << 20
    limit = at_rest + extra
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _limit_cpu(seconds: float) -> None:
    try:
        import resource
    except ImportError:
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    used = usage.ru_utime + usage.ru_stime
    _soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = int(used + seconds) + 2
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


def _handle(request: dict[str, Any]) -> tuple[dict, bytes]:
    from .. import paths
    from . import engine
    from .errors import RenderError

    paths.set_data_dir(request.get("data_dir"))
    try:
        if request["op"] == "render":
            data = engine.render_here(request["path"], request["context"], request["lang"], request["kind"])
            return {"ok": True}, data
        if request["op"] == "check":
            problems = engine.check_here(request["path"], sample=request.get("sample"), lang=request.get("lang"))
            return {"ok": True, "problems": problems}, b""
        return {"message": f"unknown request {request['op']!r}"}, b""
    except RenderError as error:
        return {"message": str(error), "problems": error.problems}, b""


def main() -> int:
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing printed by a library may corrupt the answers
    from . import engine  # noqa: F401  (load docxtpl, lxml, Jinja before measuring the memory at rest)

    _limit_memory()
    stdout.write(_HEADER.pack(5) + b"ready")
    stdout.flush()
    while True:
        header = _read_exactly(stdin, _HEADER.size)
        if header is None:
            return 0
        body = _read_exactly(stdin, _HEADER.unpack(header)[0])
        if body is None:
            return 0
        request = pickle.loads(body)
        _limit_cpu(float(request.get("cpu_seconds", 60)))
        try:
            answer, payload = _handle(request)
        except MemoryError:
            answer, payload = {"memory": True, "exit": True}, b""
        except RecursionError:
            answer, payload = {"message": f"{request.get('name', 'template')}: the template recurses without end"}, b""
        except Exception as error:  # a template that breaks the renderer in a way nobody foresaw
            answer = {"message": f"{request.get('name', 'template')}: the template could not be rendered "
                                 f"({error.__class__.__name__}: {str(error)[:200]})"}
            payload = b""
        encoded = json.dumps(answer).encode("utf-8")
        stdout.write(_HEADER.pack(len(encoded)) + encoded + _HEADER.pack(len(payload)) + payload)
        stdout.flush()
        if answer.get("exit"):
            return 0


if __name__ == "__main__":
    sys.exit(main())
