"""Writing output files whole: a temporary file beside the target, then os.replace.

No third-party imports, so writing a ledger or a PDF does not load the renderer.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from anfrage.errors import OutputError


def _mode() -> int:
    """The mode a newly created file gets under the process umask (mkstemp makes 0600, which
    would hide a draft from colleagues on a shared drive)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(target: Path, data: bytes, *, force: bool) -> None:
    """Write via a temporary file in the target folder and os.replace, so a reader never sees
    a partial file. On failure nothing is left behind, not even a folder made for it.
    Raises OutputError."""
    if target.exists() and not force:
        raise OutputError.single(target, "exists already; use --force to overwrite it")
    made = [p for p in (target.parent, *target.parent.parents) if not p.exists()]
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        _remove(made)
        raise OutputError.single(target.parent, f"cannot write here: {e.strerror}") from None
    try:
        os.fchmod(fd, _mode())
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        _remove(made)
        raise OutputError.single(target, f"cannot write the draft: {e.strerror}") from None


def _remove(folders: list[Path]) -> None:
    """Remove folders this write created, deepest first, where they are still empty."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return
