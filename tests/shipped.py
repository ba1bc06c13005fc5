"""The files shipped in the repository, as git tracks them. The README invites users to add
their own inquiries, fact files, profiles and templates to the project; tests that go through
the examples take the shipped ones only, so that a user's file never changes what they
expect."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import REPO


def shipped(pattern: str) -> list[Path]:
    """The tracked files matching `pattern` (relative to the repository, e.g.
    'anfragen/*.yaml'); every matching file where the checkout has no git."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--", pattern],
            cwd=REPO,
            capture_output=True,
            check=True,
            timeout=30,
        ).stdout.decode("utf-8")
    except (OSError, subprocess.SubprocessError):
        listed = ""
    names = [n for n in listed.split("\0") if n and "/" not in n[len(pattern.split("*")[0]) :]]
    found = sorted(REPO / n for n in names) or sorted(REPO.glob(pattern))
    assert found, f"no shipped file matches {pattern!r}: a test over nothing would pass"
    return found
