"""Writing output files whole: a temporary file beside the target, then an atomic move.

Also the advisory lock that serialises a read-modify-write of a user's file (`locked`).
No third-party imports, so writing a ledger or a PDF does not load the renderer.
"""

from __future__ import annotations

import errno
import fcntl
import os
import secrets
import shutil
import signal
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from anfrage.errors import OutputError

_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


def _mode() -> int:
    """The mode a newly created file gets under the process umask (mkstemp makes 0600, which
    would hide a draft from colleagues on a shared drive)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def real(target: Path) -> Path:
    """Where a write to `target` must go: through a symlink to the file it points at, so a
    symlinked inquiry stays a symlink."""
    return Path(os.path.realpath(target)) if target.is_symlink() else target


@contextmanager
def locked(target: Path) -> Iterator[None]:
    """Hold an advisory lock for a read-modify-write of `target`, from before it is read until
    after it is replaced, so that two edits at once (two merges, a merge and a GENESIS
    update) run one after the other instead of one losing the other's change.

    The lock is a file `.NAME.lock` beside the real target; it is removed on release. A
    process that locked a lock file just removed by another checks that the name still
    refers to the file it locked, and locks again where it does not."""
    target = real(target)
    lock = target.with_name(f".{target.name}.lock")
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as e:
            raise OutputError.single(target, f"cannot lock the file: {e.strerror}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(lock))
            except FileNotFoundError:
                same = False
        except BaseException:
            os.close(fd)
            raise
        if same:
            break
        os.close(fd)
    try:
        yield
    finally:
        try:
            os.unlink(lock)  # before the lock is released: a waiter then sees it is stale
        finally:
            os.close(fd)


def write_atomic(target: Path, data: bytes, *, force: bool) -> None:
    """Write via a temporary file in the target folder and an atomic move, so a reader never
    sees a partial file. On failure or interruption (SIGINT, SIGTERM) nothing is left
    behind, not even a folder made for it.

    A symlink is written through, to the file it points at. An existing file keeps its mode
    and, where the process may set it, its owner and group. Without `force` an existing
    file is never replaced, even by a write that starts at the same moment: the new file
    is linked into place, which fails where the name exists. Raises OutputError."""
    target = real(target)
    if target.exists() and not force:
        raise OutputError.single(target, "exists already; use --force to overwrite it")
    # Termination signals wait until the file is whole or gone (a KeyboardInterrupt or a
    # SIGTERM in the middle would leave the temporary file behind).
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
    try:
        _write(target, data, force=force)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


def _write(target: Path, data: bytes, *, force: bool) -> None:
    made = [p for p in (target.parent, *target.parent.parents) if not p.exists()]
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        _remove(made)
        raise OutputError.single(target.parent, f"cannot write here: {e.strerror}") from None
    tmp = Path(name)
    try:
        _permissions(fd, target)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if force:
            os.replace(tmp, target)
        else:
            _place(tmp, target)
    except FileExistsError:
        tmp.unlink(missing_ok=True)
        _remove(made)
        raise OutputError.single(target, "exists already; use --force to overwrite it") from None
    except OSError as e:
        tmp.unlink(missing_ok=True)
        _remove(made)
        raise OutputError.single(target, f"cannot write the draft: {e.strerror}") from None
    finally:
        tmp.unlink(missing_ok=True)


def _permissions(fd: int, target: Path) -> None:
    """The mode, owner and group the file will have: those of the file it replaces, else the
    umask's mode."""
    try:
        old = os.stat(target)
    except OSError:
        os.fchmod(fd, _mode())
        return
    os.fchmod(fd, stat.S_IMODE(old.st_mode))
    try:
        os.fchown(fd, old.st_uid, old.st_gid)
    except PermissionError:
        pass  # only root may give a file away; the mode is kept all the same


def _place(tmp: Path, target: Path) -> None:
    """Move `tmp` to `target` only where `target` does not exist, atomically: a hard link
    fails where the name exists. Where the file system has no hard links, the name is
    claimed with O_EXCL first. Raises FileExistsError."""
    try:
        os.link(tmp, target)
        return
    except OSError as e:
        if e.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK):
            raise
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        os.replace(tmp, target)
    except OSError:
        target.unlink(missing_ok=True)
        raise


class Files:
    """Files written together, all or none: `all_or_nothing` undoes every write of a run
    that fails later (a draft whose annex or PDF fails), and puts back the files that a
    forced write replaced."""

    def __init__(self) -> None:
        self._done: list[tuple[Path, Path | None]] = []

    def write(self, target: Path, data: bytes, *, force: bool) -> None:
        """`write_atomic`, remembered so that it can be undone."""
        target = real(target)
        backup = _backup(target) if force else None
        try:
            write_atomic(target, data, force=force)
        except BaseException:
            if backup is not None:
                backup.unlink(missing_ok=True)
            raise
        self._done.append((target, backup))

    def _undo(self) -> None:
        for target, backup in reversed(self._done):
            if backup is not None:
                os.replace(backup, target)
            else:
                target.unlink(missing_ok=True)

    def _keep(self) -> None:
        for _, backup in self._done:
            if backup is not None:
                backup.unlink(missing_ok=True)


@contextmanager
def all_or_nothing() -> Iterator[Files]:
    """Files written in the block stay only if the whole block succeeds."""
    files = Files()
    try:
        yield files
    except BaseException:
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)
        try:
            files._undo()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        raise
    files._keep()


def _backup(target: Path) -> Path | None:
    """A hidden copy of an existing `target` beside it (a hard link where possible), to put
    back if the run that replaces it fails."""
    if not target.is_file():
        return None
    while True:
        backup = target.with_name(f".{target.name}.{secrets.token_hex(4)}.bak")
        try:
            os.link(target, backup)
            return backup
        except FileExistsError:
            continue
        except OSError:
            try:
                shutil.copy2(target, backup)
            except OSError as e:
                raise OutputError.single(target, f"cannot keep a copy: {e.strerror}") from None
            return backup


def _remove(folders: list[Path]) -> None:
    """Remove folders this write created, deepest first, where they are still empty."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return
