"""Documents made in worker processes: every core for a batch, and a GUI that never waits on a heavy render.

Python runs one thread at a time, and a Word file is mostly Python work
(docxtpl, python-docx, lxml, mammoth), so two documents are made at once
only by two processes.  :func:`pool` starts them: on Linux forked from a
small server process that has the document libraries loaded already (the
``forkserver`` start method, never a fork of the GUI process), elsewhere
spawned.  Each worker is told where the user's data folder and the archive
are (user templates, corrections to the reference data, the archive's
history for a briefing note) and ignores Ctrl+C: the process that asked
stops the work, between two documents.  A worker also ends by itself when
the process that started it is gone, however it ended (``os._exit`` after
the GUI quits or pytest reports, a crash, a kill): otherwise the worker, the
forkserver and its resource tracker would wait for work for ever.

:func:`exact_preview` makes the preview's exact view (the .docx converted
back by mammoth) in one long-lived worker: that conversion builds a large
object tree whose garbage collection would otherwise stop the GUI thread for
a few hundred milliseconds.

Qt-free.  The functions run in the worker take and return plain data.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any

# What the forkserver loads once, so that each worker starts with it (Linux).
PRELOAD = ["chancery.render.engine", "chancery.render.output", "chancery.render.context", "chancery.store.archive"]

_worker: dict[str, Any] = {}  # in a worker: settings, archive location, the archive once opened


def available_cores() -> int:
    """How many processes a batch uses: the cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _context():
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def archive_location(archive: Any) -> str | None:
    """Where a worker finds ``archive`` (a file path or a server URL), or None."""
    if archive is None:
        return None
    path = getattr(archive, "path", None)
    if path is not None:
        return str(path)
    engine = getattr(archive, "engine", None)
    return engine.url.render_as_string(hide_password=False) if engine is not None else None


def pool(workers: int, *, archive: Any = None, settings: dict | None = None) -> ProcessPoolExecutor:
    """Worker processes that render with the archive's settings (and open the archive when they need it)."""
    from .. import paths
    from ..store.early import archive_location as chosen_location

    location = archive_location(archive)
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=_context(), initializer=_initialise,
        initargs=(str(paths.data_dir()), location, chosen_location(), settings, os.getpid()),
    )


def _initialise(data_dir: str, location: str | None, chosen: str | None, settings: dict | None,
                owner: int | None = None) -> None:
    """In the worker: the parent's data folder and archive, and no Ctrl+C (the parent stops the work)."""
    from .. import paths
    from ..store.early import set_archive_location

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if owner is not None:
        _end_with(owner)
    paths.set_data_dir(data_dir)
    set_archive_location(chosen)
    _worker.clear()
    _worker.update(location=location, settings=settings)


def _end_with(owner: int) -> None:
    """In a worker: end this process as soon as process ``owner`` (the one that made the pool) has ended.

    The pool's own shutdown never comes when the owner ends without it, and
    a worker forked by the forkserver is not the owner's child: nothing else
    tells it.  A thread waits on the owner's pidfd (Linux), else looks every
    second whether it still exists (other POSIX systems; on Windows a spawned
    worker's pipes break with its parent).
    """
    if hasattr(os, "pidfd_open"):
        try:
            handle = os.pidfd_open(owner)
        except ProcessLookupError:
            os._exit(0)
        except OSError:  # a kernel without pidfds
            handle = None
        if handle is not None:
            threading.Thread(target=_wait_for_pidfd, args=(handle,), name="owner-watch", daemon=True).start()
            return
    if os.name == "posix":
        threading.Thread(target=_poll_owner, args=(owner,), name="owner-watch", daemon=True).start()


def _wait_for_pidfd(handle: int) -> None:
    select.select([handle], [], [])  # readable once the process has ended
    os._exit(0)


def _poll_owner(owner: int) -> None:
    while True:
        time.sleep(1.0)
        try:
            os.kill(owner, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:  # the pid is someone else's now: ours has ended
            os._exit(0)


def worker_archive() -> Any:
    """In a worker: the archive, opened on first need (None without one)."""
    if "archive" not in _worker:
        location = _worker.get("location")
        archive = None
        if location is not None:
            from ..store import open_archive
            from ..store.early import local_file

            path = local_file(location)
            archive = open_archive(path) if path is not None else open_archive(url=location)
        _worker["archive"] = archive
    return _worker["archive"]


def worker_settings() -> dict | None:
    return _worker.get("settings")


# -- the preview's exact view ------------------------------------------------------

_preview_pool: ProcessPoolExecutor | None = None
_preview_key: tuple | None = None  # the data folder and archive the preview worker was started for
_preview_lock = threading.Lock()


def exact_preview(meeting: dict, template_id: str, *, lang: str | None, archive: Any = None,
                  settings: dict | None = None) -> str:
    """:func:`chancery.render.output.preview_html`, made in the long-lived preview worker (waits for it)."""
    global _preview_pool, _preview_key
    from .. import paths
    from ..store.early import archive_location as chosen_location

    if settings is None and archive is not None:
        settings = archive.settings()
    key = (str(paths.data_dir()), archive_location(archive), chosen_location())
    with _preview_lock:
        if _preview_pool is not None and _preview_key != key:  # another data folder or archive (tests)
            _preview_pool.shutdown(wait=True, cancel_futures=True)
            _preview_pool = None
        if _preview_pool is None:
            _preview_pool, _preview_key = pool(1, archive=archive, settings=settings), key
        worker = _preview_pool
    try:
        return worker.submit(_exact_preview, meeting, template_id, lang, settings).result()
    except BaseException as error:
        from concurrent.futures.process import BrokenProcessPool

        if isinstance(error, BrokenProcessPool):
            with _preview_lock:
                _preview_pool = None  # it died (killed, out of memory): the next preview starts another
        raise


def _exact_preview(meeting: dict, template_id: str, lang: str | None, settings: dict | None) -> str:
    from . import find_template
    from .output import preview_html

    kind = find_template(template_id).kind
    archive = worker_archive() if kind == "briefing" else None
    return preview_html(meeting, template_id, lang=lang, archive=archive, settings=settings)


def shut_down() -> None:
    """End the preview worker (at exit; the batch pools end with their batch)."""
    global _preview_pool
    with _preview_lock:
        worker, _preview_pool = _preview_pool, None
    if worker is not None:
        # Waiting lets its queues go, so that the resource tracker has nothing left to clean up (and warn about);
        # an idle worker ends at once, a busy one after its document.  Without this call it ends with this process.
        worker.shutdown(wait=True, cancel_futures=True)
