"""Rendering many inquiries in worker processes; each process compiles a template once."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from anfrage.errors import AnfrageError, Problem


@dataclass
class Outcome:
    """What became of one inquiry: its draft, or the problems that stopped it."""

    path: Path
    draft: Path | None = None
    notes: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    annex: Path | None = None


def _render_one(args: tuple[Path, Path | None, bool]) -> Outcome:
    from anfrage import drafting

    path, out_dir, force = args
    try:
        result = drafting.render(path, out_dir=out_dir, force=force)
    except AnfrageError as e:
        return Outcome(path, problems=e.problems)
    except Exception as e:  # a bug in anfrage: report it with the file, keep the batch going
        return Outcome(path, problems=[Problem(path, f"internal error: {type(e).__name__}: {e}")])
    return Outcome(path, result.path, result.notes, result.unanswered, annex=result.annex)


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def render_many(
    paths: list[Path], *, out_dir: Path | None = None, force: bool = False, jobs: int | None = None
) -> Iterator[Outcome]:
    """Render inquiries in `jobs` worker processes, yielding outcomes in input order. A failed
    inquiry does not stop the others."""
    tasks = [(path, out_dir, force) for path in paths]
    jobs = max(1, min(jobs or default_jobs(), len(tasks)))
    if jobs == 1:
        yield from map(_render_one, tasks)
        return
    # The first draft renders here, before the workers fork: they inherit its imports, its
    # compiled template, the loaded fact files and profile, and Babel's locale data.
    yield _render_one(tasks[0])
    if len(tasks) == 1:
        return
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    chunk = max(1, min(64, len(tasks) // (jobs * 8)))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_warm) as pool:
        yield from pool.map(_render_one, tasks[1:], chunksize=chunk)


def _warm() -> None:
    """Import the drafting code and the renderer, before the first draft."""
    import anfrage.docx.render  # noqa: F401
    import anfrage.drafting  # noqa: F401
