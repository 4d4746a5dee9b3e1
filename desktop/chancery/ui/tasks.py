"""Background work for the GUI: run a Qt-free callable off the GUI thread.

Threading rule: the worker function runs on a QThreadPool thread and never
touches a widget; it receives ``progress(fraction, message)`` and
``cancelled()`` callables (the same signature the CLI passes), and its
result or exception comes back through queued signals, on the main thread.
"""

from __future__ import annotations

import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(float, str)


class Task(QRunnable):
    """One unit of background work.  Keep a reference until it finishes."""

    def __init__(self, fn: Callable[..., Any], *, with_progress: bool = False):
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._fn = fn
        self._with_progress = with_progress
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def is_cancelled(self) -> bool:
        return self._cancel

    def run(self) -> None:  # worker thread
        try:
            if self._with_progress:
                result = self._fn(self.signals.progress.emit, self.is_cancelled)
            else:
                result = self._fn()
        except BaseException as error:  # reported on the main thread
            error.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


_running: set[Task] = set()


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    on_progress: Callable[[float, str], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    """Start ``fn`` on the pool; callbacks run on the GUI thread.

    With ``on_progress`` the function is called as ``fn(progress, cancelled)``.
    """
    task = Task(fn, with_progress=on_progress is not None)
    _running.add(task)

    def _finish(result: Any) -> None:
        _running.discard(task)
        if on_done is not None and not task.is_cancelled():
            on_done(result)

    def _fail(error: BaseException) -> None:
        _running.discard(task)
        if on_error is not None:
            on_error(error)

    task.signals.finished.connect(_finish)
    task.signals.failed.connect(_fail)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
