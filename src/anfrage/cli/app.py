"""The typer app and what every command shares: output, errors and exit codes.

Exit codes are decided here only: 0 ok, 1 findings, 2 bad input, 3 an internal error (a bug
in anfrage). Commands import `anfrage.api` and `anfrage.errors`, nothing else of anfrage; the
api imports its modules inside its functions, so that `anfrage --help` starts at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from importlib.metadata import version
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from anfrage.cli.group import HelpGroup
from anfrage.errors import AnfrageError, Problem

T = TypeVar("T")
OK, FINDINGS, BAD_INPUT, INTERNAL = 0, 1, 2, 3


def _version(value: bool) -> None:
    if value:
        typer.echo(f"anfrage {version('anfrage')}")
        raise typer.Exit(OK)


app = typer.Typer(
    help="Draft the government's answer to a German Kleine Anfrage from YAML facts.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    cls=HelpGroup,  # --help without typer's notation
)


@app.callback()
def _main(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Draft the government's answer to a German Kleine Anfrage from YAML facts."""


_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0)) if c not in (9, 10)}
"""Control characters from input files (an ANSI escape in a fact text, a newline in a file
name) are shown as escapes: they must neither drive the terminal nor forge output lines."""


def safe(text: object) -> str:
    """Text from input, fit for the terminal."""
    return str(text).translate(_CONTROLS)


def say(text: str) -> None:
    typer.echo(safe(text))


def warn(text: str) -> None:
    typer.echo(safe(text), err=True)


def labelled(word: str, color: str, problem: Problem | str, *, err: bool = False) -> None:
    """One coloured word, then the problem: 'error …', 'finding …', 'conflict …'."""
    typer.echo(f"{typer.style(word, fg=color)} {safe(problem)}", err=err)


def error(problem: Problem | str) -> None:
    labelled("error", "red", problem, err=True)


def fail(problem: Problem | str) -> typer.Exit:
    """Report bad input; the caller raises the returned exit."""
    error(problem)
    return typer.Exit(BAD_INPUT)


def run(action: Callable[[], T]) -> T:
    """Run one api call; show user errors as path:line:col lines and never a traceback."""
    try:
        return action()
    except AnfrageError as e:
        for problem in e.problems:
            error(problem)
        warn(f"{len(e.problems)} problem{'s' if len(e.problems) != 1 else ''}; nothing written")
        raise typer.Exit(BAD_INPUT) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except Exception as e:  # a bug: say so plainly instead of a traceback
        warn(
            f"anfrage: internal error: {type(e).__name__}: {e}. Please report this, "
            "with the input files."
        )
        raise typer.Exit(INTERNAL) from None


def parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        day, month, year = ([*value.split("."), "", "", ""])[:3]
        form = (
            f"{year}-{month.zfill(2)}-{day.zfill(2)}"
            if (day + month + year).isdigit() and len(year) == 4
            else "2026-08-03"
        )
        expected = f"expected a date written year-month-day like {form}"
        raise fail(f"{option}: {expected}, got {value!r}") from None


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else many or word + 's'}"


InquiryArg = Annotated[
    Path,
    typer.Argument(metavar="ANFRAGE", help="Inquiry file (anfragen/*.yaml).", show_default=False),
]
TodayOpt = Annotated[
    str | None,
    typer.Option(
        "--today", metavar="YYYY-MM-DD", help="Count from this day instead of today (for planning)."
    ),
]
StaleOpt = Annotated[
    int,
    typer.Option(
        "--stale-months",
        min=1,
        max=1200,
        metavar="MONTHS",
        help="A fact whose stand is older than this many months before the answer date is stale.",
    ),
]
