"""The command line: a typer app whose commands call `anfrage.api` and decide exit codes."""

from __future__ import annotations

import sys

# isort: off  (commands are listed in --help in the order their modules register them)
from anfrage.cli import (
    checking,  # noqa: E402, F401
    drafting,  # noqa: E402, F401
    facts,  # noqa: E402, F401
    merging,  # noqa: E402, F401
    new,  # noqa: E402, F401
    word,  # noqa: E402, F401
)
from anfrage.cli.app import app

# isort: on

__all__ = ["app", "main"]


def main() -> None:
    """Console entry point."""
    sys.exit(app())
