"""Time and memory bounds around running a template, where no static bound can be proved.

The sandbox bounds what one expression may build, but a template can still loop long over
text (`{% for a in s %}{% for b in s %}…`) or double a value in a chain of `~`. So a render
runs under a deadline (SIGALRM, in the main thread, where the CLI and the batch workers
render, unless the caller runs an alarm of its own) and an address-space limit (RLIMIT_AS,
raised back afterwards) on Linux.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

SECONDS = 30
"""A real draft renders in well under a second."""
MEGABYTES = 1024
"""Address space a render may add to the process."""


class RenderTimeout(Exception):
    """The template ran longer than the deadline."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise RenderTimeout


def _address_space() -> int | None:
    """The process's current virtual size in bytes, or None where it cannot be read."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


@contextmanager
def bounded(seconds: float | None = None, megabytes: int | None = None) -> Iterator[None]:
    """Run the block under a deadline (raising RenderTimeout) and a memory limit (raising
    MemoryError), each where the platform allows it; SECONDS and MEGABYTES by default."""
    seconds = SECONDS if seconds is None else seconds
    megabytes = MEGABYTES if megabytes is None else megabytes
    timed = (
        threading.current_thread() is threading.main_thread()
        and hasattr(signal, "setitimer")
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0  # a caller's own alarm stays theirs
    )
    previous_handler = None
    if timed:
        previous_handler = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    limit = _limit_memory(megabytes)
    try:
        yield
    finally:
        if limit is not None:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, limit)
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous_handler)


def _limit_memory(megabytes: int) -> tuple[int, int] | None:
    """Lower the soft address-space limit to the current size plus `megabytes`; the limits
    before, to restore, or None if nothing was changed."""
    try:
        import resource
    except ImportError:  # not on Windows
        return None
    size = _address_space()
    if size is None:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = size + megabytes * 2**20
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft <= wanted:
        return None
    try:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (ValueError, OSError):
        return None
    return soft, hard
