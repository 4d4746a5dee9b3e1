"""Many documents at once, one file per meeting, on every core: the export dialog's batch and ``chancery render``.

:func:`export` writes one document per meeting into a folder, named by
:func:`default_filename` (``2021-07-02 Kyrgyzstan official visit communiqué
fr.docx``; a name already taken in the folder gets `` (2)``, `` (3)``… — no
file is ever overwritten).  A
meeting is given as its record (what a form shows, saved or not) or as its
id, which the worker reads from the archive itself, so the process that
asks does little more than hand out ids.  With more than a few meetings the
work goes to :func:`~chancery.render.workers.pool` processes, one per core
(``workers=1``: everything in this process, one after the other — the
baseline of ``benchmarks/export.py``).  At most two documents per worker are
in flight, so ``cancelled()`` stops the batch within a document or two; the
files written until then stay.  ``progress(fraction, name)`` follows each
file written.  A meeting that cannot be written (a missing translation, a
full disk) is reported by name in ``errors`` and the batch goes on.

Qt-free; the CLI and the GUI call the same function.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UserError

Progress = Callable[[float, str], None]
Cancelled = Callable[[], bool]

IN_PROCESS_BELOW = 4  # fewer meetings than this are written here: starting workers would cost more
IN_FLIGHT_PER_WORKER = 2


@dataclass
class BatchResult:
    written: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # "file name: what is wrong"
    cancelled: bool = False
    workers: int = 1
    seconds: float = 0.0
    worker_cpu: dict[int, float] = field(default_factory=dict)  # CPU seconds used by each worker process, by pid

    @property
    def cpu_seconds(self) -> float:
        """CPU time the workers used (more than ``seconds`` means several cores were at work)."""
        return sum(self.worker_cpu.values())

    def as_dict(self) -> dict:
        return {"written": self.written, "errors": self.errors, "cancelled": self.cancelled,
                "workers": self.workers, "seconds": self.seconds, "cpu_seconds": self.cpu_seconds}


ENGLISH_WORDS = {"communique": "communiqué", "briefing": "briefing note", "record": "record of conversation",
                 "undated": "undated"}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')


def default_filename(meeting: dict, template_id: str, fmt: str, lang: str = "en",
                     words: dict[str, str] | None = None) -> str:
    """"2026-11-20 Kazakhstan telephone conversation communiqué fr.docx": what the file is, no internal id.

    Date, the counterpart's country (else organisation), the kind of meeting, the
    kind of document and its language; country and kind in ``lang``, the
    document words from ``words`` (English by default; the GUI passes them in
    the interface language).  Characters no file system accepts are left out.
    """
    from .. import record, refdata
    from . import find_template

    words = {**ENGLISH_WORDS, **(words or {})}
    parts = [str(meeting.get("date") or words["undated"])]
    counterpart = record.principals(meeting, record.counterpart_side(meeting))
    country = next((p.get("country") for p in counterpart if p.get("country")), None)
    if country:
        try:
            parts.append(refdata.country_name(country, lang))
        except KeyError:
            parts.append(str(country))
    else:
        organization = next((p.get("organization") for p in counterpart if p.get("organization")), None)
        name = record.text_in(organization, lang, ("en", "fr", "ru")) if organization else None
        if name:
            parts.append(name)
    if meeting.get("kind") and refdata.is_code("meeting_kind", meeting["kind"]):
        kind = refdata.label("meeting_kind", meeting["kind"], lang)
        parts.append(kind[:1].lower() + kind[1:])
    try:
        info = find_template(template_id)
    except UserError:
        info = None
    if info is not None:
        parts.extend((words.get(info.kind, template_id.split("/")[-1]), info.language))
    else:
        parts.append(template_id.split("/")[-1])
    stem = " ".join(_UNSAFE.sub(" ", part).strip() for part in parts if part)
    stem = re.sub(r"\s+", " ", stem).strip(" .")[:150]
    return f"{stem}.{fmt}"


def claim_name(folder: Path, name: str) -> str:
    """``name``, or "name (2)", "name (3)"… — the first not taken in ``folder``, created empty to hold it.

    Exclusive creation, so two workers never write the same file and an earlier file is never overwritten.
    """
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    for count in range(1, 1000):
        candidate = name if count == 1 else f"{stem} ({count}){dot}{ext}"
        try:
            os.close(os.open(folder / candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        return candidate
    raise UserError(f"{folder / name}: a thousand files of that name already exist; choose another folder")


def export(meetings: Sequence[dict | str], template_id: str, folder: str | Path, *, fmt: str = "docx",
           lang: str | None = None, archive: Any = None, settings: dict | None = None, workers: int | None = None,
           progress: Progress | None = None, cancelled: Cancelled | None = None, name_lang: str = "en",
           words: dict[str, str] | None = None) -> BatchResult:
    """Write one document per meeting (record or id) into ``folder``; see the module's description.

    ``name_lang`` and ``words`` choose the words of the file names (:func:`default_filename`).
    """
    from . import find_template
    from .workers import available_cores, pool

    started = time.perf_counter()
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"{folder}: no such folder; create it or choose another")
    info = find_template(template_id)  # an unknown template stops the batch before it starts
    if settings is None and archive is not None:
        settings = archive.settings()
    total = len(meetings)
    report = progress or (lambda _fraction, _message: None)
    stop = cancelled or (lambda: False)
    count = workers if workers is not None else available_cores()
    count = max(1, min(count, total))
    result = BatchResult(workers=1 if total < IN_PROCESS_BELOW else count)
    naming = (name_lang, dict(words or {}))
    report(0.0, "")

    def note(outcome: tuple) -> None:
        name, path, error = outcome[:3]
        if len(outcome) > 3:
            pid, cpu = outcome[3:5]
            result.worker_cpu[pid] = cpu
        if path is not None:
            result.written.append(path)
        else:
            result.errors.append(f"{name}: {error}")
        done = len(result.written) + len(result.errors)
        report(done / total, name)

    if result.workers == 1:
        cpu_before = time.process_time()
        for item in meetings:
            if stop():
                result.cancelled = True
                break
            note(write_one(item, info.id, str(folder), fmt, lang, archive, settings, naming))
        result.worker_cpu[os.getpid()] = time.process_time() - cpu_before
    else:
        with pool(result.workers, archive=archive, settings=settings) as workers_pool:
            queue = iter(meetings)
            running: set[Future] = set()
            exhausted = False
            while True:
                if not result.cancelled and (running or not exhausted) and stop():
                    result.cancelled = True
                    for future in running:
                        future.cancel()  # not started yet: dropped; a document being written is finished
                while not result.cancelled and not exhausted and len(running) < IN_FLIGHT_PER_WORKER * count:
                    queued = next(queue, None)
                    if queued is None:
                        exhausted = True
                        break
                    running.add(workers_pool.submit(_write_in_worker, queued, info.id, str(folder), fmt, lang,
                                                    naming))
                if not running:
                    break
                finished, running = wait(running, timeout=0.25, return_when=FIRST_COMPLETED)
                for future in finished:
                    if not future.cancelled():
                        note(future.result())
    report(1.0, "")
    result.seconds = time.perf_counter() - started
    return result


def write_one(item: dict | str, template_id: str, folder: str, fmt: str, lang: str | None, archive: Any,
              settings: dict | None, naming: tuple[str, dict[str, str]] = ("en", {}),
              ) -> tuple[str, str | None, str | None]:
    """Write one meeting's document: (file name, path written or None, the problem or None).

    The file gets a name of its own (:func:`claim_name`); when it cannot be written, the name is given back.
    """
    from . import find_template, write_output

    name_lang, words = naming
    name = str(item) if isinstance(item, str) else default_filename(item, template_id, fmt, name_lang, words)
    claimed: Path | None = None
    try:
        meeting = archive.get_meeting(item) if isinstance(item, str) else item
        name = default_filename(meeting, template_id, fmt, name_lang, words)
        kind = find_template(template_id).kind
        name = claim_name(Path(folder), name)
        claimed = Path(folder) / name
        path = write_output(meeting, template_id, claimed, fmt=fmt, lang=lang,
                            archive=archive if kind == "briefing" else None, settings=settings)
    except (UserError, OSError) as error:  # a template problem, a missing translation, a full disk, an unknown id…
        if claimed is not None:
            claimed.unlink(missing_ok=True)
        if isinstance(error, UserError):
            return name, None, str(error)
        from ..fileio import describe_os_error

        return name, None, describe_os_error(error, error.filename or name)
    return name, str(path), None


def _write_in_worker(item: dict | str, template_id: str, folder: str, fmt: str, lang: str | None,
                     naming: tuple[str, dict[str, str]] = ("en", {}),
                     ) -> tuple[str, str | None, str | None, int, float]:
    """In a worker: :func:`write_one`, and this process's id and CPU time so far (for the batch's figures)."""
    from . import find_template
    from .workers import worker_archive, worker_settings

    needs_archive = isinstance(item, str) or find_template(template_id).kind == "briefing"
    try:
        archive = worker_archive() if needs_archive else None
    except UserError as error:
        outcome: tuple[str, str | None, str | None] = (str(item if isinstance(item, str) else item.get("id")), None,
                                                        str(error))
    else:
        outcome = write_one(item, template_id, folder, fmt, lang, archive, worker_settings(), naming)
    return (*outcome, os.getpid(), time.process_time())
