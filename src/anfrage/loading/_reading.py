"""Reading a user's file, bounded: regular files only, never more than the limit, and text
that YAML can hold, with every refusal at a line and column."""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from anfrage.errors import Problem, SourceError

MAX_BYTES = 10 * 1024 * 1024

# What YAML 1.2 allows in a stream (its "printable" set); the rest is refused by the parser
# with a character offset, so anfrage finds it first and names line and column.
_UNPRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def read_bytes(path: Path, expected: str = "a YAML file", limit: int = MAX_BYTES) -> bytes:
    """A file's bytes, with a clear error when it cannot be read, is not a regular file (a
    pipe, a device, a folder) or is larger than `limit`. At most `limit + 1` bytes are read,
    so a sparse file of gigabytes or /dev/zero is refused at once, and a pipe never blocks."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError:
        raise SourceError.single(path, "file not found") from None
    except (ValueError, OSError) as e:  # os.open refuses a NUL in a path with ValueError
        raise SourceError.single(path, f"cannot read file: {unusable(e)}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise SourceError.single(path, f"is a folder; expected {expected}")
        if not stat.S_ISREG(info.st_mode):
            raise SourceError.single(
                path, f"is not a regular file (a pipe, device or socket); expected {expected}"
            )
        if info.st_size > limit:
            raise SourceError.single(path, f"file is larger than {limit // 2**20} MB")
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(limit + 1 - size, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as e:
        raise SourceError.single(path, f"cannot read file: {e.strerror}") from None
    finally:
        os.close(fd)
    if size > limit:  # it grew while it was read
        raise SourceError.single(path, f"file is larger than {limit // 2**20} MB")
    return b"".join(chunks)


def unusable(e: Exception) -> str:
    """Why a path cannot be followed, from the exception that following it raised."""
    if isinstance(e, ValueError):
        return "the path contains a NUL character"
    if isinstance(e, RuntimeError) or getattr(e, "errno", None) == errno.ELOOP:
        return "symbolic links that loop"
    return f"cannot follow the path: {getattr(e, 'strerror', None) or e}"


def decode(path: Path, raw: bytes) -> str:
    """UTF-8 text of a file, with a BOM dropped; a clear error names the bad byte's line, and
    a file saved as UTF-16 is named as such."""
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or _utf16_without_bom(raw):
        raise SourceError.single(path, "the file is saved as UTF-16; save it as UTF-8", 1, 1)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        column = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        raise SourceError.single(
            path,
            f"byte 0x{raw[e.start]:02x} is not valid UTF-8; save the file as UTF-8",
            line,
            column,
        ) from None


def _utf16_without_bom(raw: bytes) -> bool:
    """ASCII text saved as UTF-16 has a NUL in every other byte; UTF-8 text has none."""
    head = raw[:200]
    return len(head) >= 4 and (
        head[1::2].count(0) > len(head) // 4 or head[::2].count(0) > len(head) // 4
    )


def unprintable(path: Path, text: str, most: int = 20) -> list[Problem]:
    """Characters YAML cannot hold (NUL, C0 and C1 controls, U+FFFE, U+FFFF, surrogates),
    each at its line and column."""
    problems = []
    for m in _UNPRINTABLE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        column = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        problems.append(
            Problem(
                path,
                f"character U+{ord(m[0]):04X} is not allowed in a YAML file; remove it",
                line,
                column,
            )
        )
        if len(problems) == most:
            break
    return problems
