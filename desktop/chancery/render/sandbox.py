"""User templates run in a child process with a time and a memory limit.

A Word template a user adds is code: a loop over a long text, ``9**(9**9)``,
a 2 GB string or a zip bomb would hang or exhaust the program that renders
it (the preview renders often).  :func:`call` hands the work to a warm
worker process (:mod:`chancery.render.sandbox_worker`) that has limited its
own address space (``RLIMIT_AS``: :data:`MEMORY_LIMIT` above what it needs
at rest) and CPU time (``RLIMIT_CPU``), and waits at most
:data:`TIME_LIMIT` seconds for the answer: a worker that runs over is
killed and a new one started for the next call.  What the user sees is a
:class:`RenderError` — "the template takes too long", "the template needs
too much memory" — in the preview, the export dialog or on the CLI, and
the program stays responsive.

The render context is built here (it reads the archive) and sent to the
worker with pickle (parent → child only); the worker answers with a JSON
header and raw bytes, never pickle, so a template cannot make this process
run anything.  Up to :data:`MAX_WORKERS` workers serve concurrent callers
(the preview and an export); idle ones are kept for the next call and end
with this process (their standard input closes).

Threading: :func:`call` may be called from any thread.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import pickle
import selectors
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from .errors import RenderError

TIME_LIMIT = 20.0  # seconds of wall-clock time for one render or check
MEMORY_LIMIT = 1 << 30  # bytes of address space a worker may add to what it uses at rest
MAX_WORKERS = 2
START_LIMIT = 120.0  # seconds a new worker may take to load (a busy machine)
_HEADER = struct.Struct("!Q")


class _WorkerDied(Exception):
    pass


class _Worker:
    def __init__(self) -> None:
        package_root = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ, CHANCERY_SANDBOX_MEMORY=str(MEMORY_LIMIT))
        env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "chancery.render.sandbox_worker"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, close_fds=True,
        )

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)
        for stream in (self.process.stdin, self.process.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass

    def close(self) -> None:
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()
        except OSError:
            pass
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.kill()

    ready = False

    def call(self, request: dict, timeout: float) -> tuple[dict, bytes]:
        if not self.ready:  # the worker says when it has loaded; its start-up is not the template's time
            self._read_frame(time.monotonic() + START_LIMIT)
            self.ready = True
        data = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
        assert self.process.stdin is not None
        try:
            self.process.stdin.write(_HEADER.pack(len(data)) + data)
            self.process.stdin.flush()
        except (BrokenPipeError, OSError):
            raise _WorkerDied from None
        deadline = time.monotonic() + timeout
        header = json.loads(self._read_frame(deadline))
        payload = self._read_frame(deadline)
        return header, payload

    def _read_frame(self, deadline: float) -> bytes:
        size = _HEADER.unpack(self._read_exactly(_HEADER.size, deadline))[0]
        return self._read_exactly(size, deadline)

    def _read_exactly(self, count: int, deadline: float) -> bytes:
        assert self.process.stdout is not None
        descriptor = self.process.stdout.fileno()
        chunks: list[bytes] = []
        remaining = count
        with selectors.DefaultSelector() as selector:
            selector.register(descriptor, selectors.EVENT_READ)
            while remaining:
                left = deadline - time.monotonic()
                if left <= 0 or not selector.select(timeout=left):
                    raise TimeoutError
                chunk = os.read(descriptor, min(remaining, 1 << 20))
                if not chunk:
                    raise _WorkerDied
                chunks.append(chunk)
                remaining -= len(chunk)
        return b"".join(chunks)


_lock = threading.Lock()
_idle: list[_Worker] = []
_busy = 0
_free = threading.Condition(_lock)


def _take() -> _Worker:
    global _busy
    with _free:
        while True:
            while _idle:
                worker = _idle.pop()
                if worker.alive():
                    _busy += 1
                    return worker
            if _busy < MAX_WORKERS:
                _busy += 1
                break
            _free.wait()
    try:
        return _Worker()
    except BaseException:
        _give_back(None)
        raise


def _give_back(worker: _Worker | None) -> None:
    global _busy
    with _free:
        _busy -= 1
        if worker is not None:
            _idle.append(worker)
        _free.notify()


def call(op: str, what: str, timeout: float | None = None, **request: Any) -> tuple[dict, bytes]:
    """Run ``op`` ("render" or "check") in a worker; returns its header and payload.

    ``what`` names the template in messages.  Raises RenderError when the
    worker runs over its time or memory, or dies.
    """
    from .. import paths

    limit = TIME_LIMIT if timeout is None else timeout
    request = {"op": op, "data_dir": str(paths.data_dir()), **request}
    worker = _take()
    try:
        header, payload = worker.call(request, limit)
    except TimeoutError:
        worker.kill()
        _give_back(None)
        raise RenderError(_too_slow(what, limit)) from None
    except _WorkerDied:
        try:
            code: int | None = worker.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            code = None
        worker.kill()
        _give_back(None)
        raise RenderError(_died(what, code)) from None
    except BaseException:
        worker.kill()
        _give_back(None)
        raise
    if header.get("exit"):  # the worker answered, then ends (after running out of memory)
        worker.close()
        _give_back(None)
    else:
        _give_back(worker)
    return header, payload


def _too_slow(what: str, limit: float) -> str:
    return (f"{what}: the template takes too long to render (stopped after {limit:.0f} s); look for a loop over a "
            "long text or a large range, or a very large template")


def _too_large(what: str) -> str:
    return (f"{what}: the template needs too much memory (more than {MEMORY_LIMIT >> 20:,} MiB); look for a text "
            "repeated many times or a very large template")


def _died(what: str, code: int | None) -> str:
    import signal

    if code is not None and code == -getattr(signal, "SIGXCPU", 0):
        return _too_slow(what, TIME_LIMIT)
    if code in (None, -signal.SIGKILL):  # the system's out-of-memory killer
        return _too_large(what)
    return f"{what}: the template could not be rendered (the renderer stopped, status {code}); check the template"


def raise_for(header: dict, what: str) -> None:
    """Turn a worker's error header into the RenderError the caller raises."""
    if header.get("ok"):
        return
    if header.get("memory"):
        raise RenderError(_too_large(what))
    message = header.get("message") or f"{what}: the template could not be rendered"
    raise RenderError(message, list(header.get("problems") or [message]))


@atexit.register
def shutdown() -> None:
    """End the idle workers (busy ones end when their caller's process does: their input closes)."""
    with _lock:
        workers = list(_idle)
        _idle.clear()
    for worker in workers:
        worker.close()
