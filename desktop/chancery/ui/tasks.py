"""Background work for the GUI: run a Qt-free callable off the GUI thread.

Threading rule: the worker function runs on a worker thread and never
touches a widget; it receives ``progress(fraction, message)`` and
``cancelled()`` callables (the same signature the CLI passes), and its
result or exception comes back on the GUI thread through one long-lived
dispatcher object.  Tasks are plain Python objects, so no Qt object's
lifetime depends on when a worker thread lets go of it; a callback whose
widget has been deleted in the meantime is skipped.
"""

from __future__ import annotations

import concurrent.futures
import gc
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

_executor = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="chancery-task")


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole session; carries callbacks to it."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, call: tuple) -> None:
        callback, args = call
        owner = getattr(callback, "__self__", None)
        if isinstance(owner, QObject) and not shiboken6.isValid(owner):
            return  # the widget that asked is gone
        callback(*args)


_dispatcher: _Dispatcher | None = None


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None or not shiboken6.isValid(_dispatcher):
        _dispatcher = _Dispatcher()
        app = QCoreApplication.instance()
        if app is not None:
            _dispatcher.moveToThread(app.thread())
    return _dispatcher


class Task:
    """A handle on one unit of background work."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self.future: concurrent.futures.Future | None = None

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def done(self) -> bool:
        return self.future is not None and self.future.done()


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    on_progress: Callable[[float, str], None] | None = None,
) -> Task:
    """Start ``fn`` on a worker thread; the callbacks run on the GUI thread.

    With ``on_progress`` the function is called as ``fn(progress, cancelled)``.
    ``on_done`` is not called for a task cancelled before it finished.
    """
    dispatcher = _get_dispatcher()
    task = Task()

    def post(callback: Callable | None, *args: Any) -> None:
        if callback is not None and shiboken6.isValid(dispatcher):
            dispatcher.deliver.emit((callback, args))

    def progress(fraction: float, message: str = "") -> None:
        post(on_progress, float(fraction), message)

    def work() -> None:
        try:
            result = fn(progress, task.is_cancelled) if on_progress is not None else fn()
        except BaseException as error:  # reported on the GUI thread
            error.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            post(on_error, error)
        else:
            if not task.is_cancelled():
                post(on_done, result)

    task.future = _executor.submit(work)
    with _outstanding_lock:
        _outstanding.add(task.future)
    task.future.add_done_callback(_forget)
    return task


_outstanding: set[concurrent.futures.Future] = set()
_outstanding_lock = threading.Lock()


def _forget(future: concurrent.futures.Future) -> None:
    with _outstanding_lock:
        _outstanding.discard(future)


def wait_for_idle(timeout: float = 10.0) -> bool:
    """Block until every task started so far has finished (for shutdown and tests).

    Results still travel to the GUI thread afterwards: process events to receive them.
    """
    with _outstanding_lock:
        pending = list(_outstanding)
    _done, not_done = concurrent.futures.wait(pending, timeout=timeout)
    return not not_done


def freeze_long_lived() -> None:
    """Exempt every object alive now from future garbage collections (call once a large library is loaded).

    Python's full collection walks every tracked object while holding the
    GIL: with SQLAlchemy, python-docx, lxml and Jinja loaded that is a few
    hundred thousand objects and can stop the GUI thread for a few hundred
    milliseconds, at any moment a worker allocates (a preview, a search).
    What is alive after start-up lives as long as the program, so it is
    moved out of the collector's way (``gc.freeze``); only what is made
    afterwards is ever walked.
    """
    gc.freeze()
