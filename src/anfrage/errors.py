"""Errors a user can cause. Each carries where it happened; none prints itself."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One problem in one file, at a line and column where one is known (1-based)."""

    path: Path | None
    message: str
    line: int | None = None
    column: int | None = None

    @property
    def where(self) -> str:
        """path:line:column, as far as known."""
        where = shown(self.path) if self.path is not None else "anfrage"
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def __str__(self) -> str:
        return f"{self.where}: {visible(self.message)}"


def shown(path: Path) -> str:
    """A path relative to the working folder where it lies below it, else as given; control
    characters in it are written as escapes, so a file name cannot forge a line of output."""
    try:
        text = str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop
        text = str(path)
    return visible(text)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def visible(text: str) -> str:
    """`text` with control characters (newlines, escape sequences, C1) written as escapes such
    as \\n or \\x1b: a message is one line, and a terminal runs nothing in it."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: repr(m[0])[1:-1], text)


class AnfrageError(Exception):
    """Root of every error that is shown to the user and ends the command with exit code 2."""

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("AnfrageError needs at least one problem")
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    @classmethod
    def single(
        cls, path: Path | None, message: str, line: int | None = None, column: int | None = None
    ) -> AnfrageError:
        return cls([Problem(path, message, line, column)])


class SourceError(AnfrageError):
    """A YAML input file is malformed or fails validation."""


class TemplateError(AnfrageError):
    """A Word template cannot be read or rendered."""


class OutputError(AnfrageError):
    """The draft cannot be written."""
