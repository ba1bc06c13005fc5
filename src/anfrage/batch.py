"""Rendering many inquiries in worker processes; each process compiles a template once.

Two inquiries whose drafts would have the same name (anfragen/2017/antwort.yaml and
anfragen/2018/antwort.yaml into out/antwort.docx) stop the batch before anything is
written: a draft is named after its inquiry so that a desk officer finds one from the
other, and numbering one of them apart would break that. A worker that crashes or is killed
costs the inquiries it had, each reported as an internal error; the others are rendered.
A worker ends with the batch's main process, however that ends.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from anfrage.errors import AnfrageError, Problem, shown
from anfrage.project import find_root


@dataclass
class Outcome:
    """What became of one inquiry: its draft, or the problems that stopped it."""

    path: Path
    draft: Path | None = None
    notes: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    annex: Path | None = None
    internal: bool = False
    """The problem is a bug in anfrage or a crashed worker, not bad input (exit code 3)."""


def _render_one(args: tuple[Path, Path | None, bool]) -> Outcome:
    from anfrage import drafting

    path, out_dir, force = args
    try:
        result = drafting.render(path, out_dir=out_dir, force=force)
    except AnfrageError as e:
        return Outcome(path, problems=e.problems)
    except Exception as e:  # a bug in anfrage: report it with the file, keep the batch going
        return Outcome(
            path,
            problems=[Problem(path, f"internal error: {type(e).__name__}: {e}")],
            internal=True,
        )
    return Outcome(path, result.path, result.notes, result.unanswered, annex=result.annex)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def collisions(paths: list[Path], out_dir: Path | None) -> list[Problem]:
    """Inquiries whose drafts would be written to the same file, one problem per draft."""
    by_target: dict[Path, list[Path]] = {}
    for path in paths:
        folder = out_dir if out_dir is not None else find_root(path) / "out"
        target = (folder.resolve() / f"{path.stem}.docx").resolve()
        by_target.setdefault(target, []).append(path)
    return [
        Problem(
            target,
            f"{' and '.join(shown(p) for p in same)} would all be written here, as a draft is "
            "named after its inquiry; rename the inquiry files apart or render them one by one "
            "with --out",
        )
        for target, same in by_target.items()
        if len(same) > 1
    ]


def render_many(
    paths: list[Path], *, out_dir: Path | None = None, force: bool = False, jobs: int | None = None
) -> Iterator[Outcome]:
    """Render inquiries in `jobs` worker processes, yielding outcomes in input order. A failed
    inquiry does not stop the others. Raises AnfrageError, before anything is written, where
    two drafts would have the same name."""
    if problems := collisions(paths, out_dir):
        raise AnfrageError(problems)
    tasks = [(path, out_dir, force) for path in paths]
    return _outcomes(tasks, max(1, min(jobs or default_jobs(), len(tasks))))


def _outcomes(tasks: list[tuple[Path, Path | None, bool]], jobs: int) -> Iterator[Outcome]:
    if jobs == 1:
        yield from map(_render_one, tasks)
        return
    # The first draft renders here, before the workers fork: they inherit its imports, its
    # compiled template, the loaded fact files and profile, and Babel's locale data.
    yield _render_one(tasks[0])
    if len(tasks) == 1:
        return
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_warm, initargs=(os.getpid(),)
    ) as pool:
        futures: list[Future[Outcome]] = [pool.submit(_render_one, t) for t in tasks[1:]]
        for task, future in zip(tasks[1:], futures, strict=True):
            yield _result(task[0], future)


def _result(path: Path, future: Future[Outcome]) -> Outcome:
    try:
        return future.result()
    except BrokenProcessPool:
        message = (
            "internal error: the worker process rendering it ended unexpectedly (it crashed or "
            "was killed); render this inquiry again on its own"
        )
        return Outcome(path, problems=[Problem(path, message)], internal=True)


def _warm(parent: int) -> None:
    """Tie the worker's life to the main process, then import the drafting code and the
    renderer, before the first draft."""
    _end_with(parent)
    import anfrage.docx.render  # noqa: F401
    import anfrage.drafting  # noqa: F401


def _end_with(parent: int) -> None:
    """End this worker when the process `parent` ends, even by SIGKILL: Linux sends it
    SIGTERM (PR_SET_PDEATHSIG); elsewhere a thread watches for the parent to go."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, signal.SIGTERM, 0, 0, 0) == 0:  # 1 = PR_SET_PDEATHSIG
            if os.getppid() != parent:  # the parent ended before the call
                os._exit(1)
            return
    except (OSError, AttributeError):
        pass

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()
