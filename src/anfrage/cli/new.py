"""Commands that start files from a commented skeleton: `anfrage new` (an inquiry) and
`anfrage facts new` (a fact file; `facts` hands over when its first argument is `new`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from anfrage.cli.app import app, run, say, warn
from anfrage.cli.group import SUBCOMMANDS, HelpCommand

_FORCE = typer.Option("--force", help="Overwrite an existing file.")


@app.command()
def new(
    file: Annotated[
        Path | None,
        typer.Argument(
            metavar="[FILE]",
            help="The inquiry file to write, e.g. anfragen/mv-polen-2026.yaml [default: print it].",
            show_default=False,
        ),
    ] = None,
    profile: Annotated[
        str | None,
        typer.Option(
            "--profile",
            metavar="NAME",
            help="Parliament profile, e.g. bundestag [default: landtag-mv].",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, _FORCE] = False,
) -> None:
    """Start an inquiry from a commented skeleton: every key, what it is and the forms it
    takes. Fill in each "…", then run anfrage check and anfrage render on it.

    `anfrage facts new FACTFILE` starts a fact file the same way."""
    from anfrage import api

    text, chosen, written = run(lambda: api.new_inquiry(file, profile=profile, force=force))
    if written is None:
        say(text.rstrip("\n"))
        return
    say(str(written))
    warn(
        f"note: profile {chosen}; fill in each '…' and the values the comments name, "
        f"then: anfrage check {written}"
    )


facts_new_app = typer.Typer(add_completion=False, rich_markup_mode=None)


@facts_new_app.command(cls=HelpCommand)
def facts_new(
    file: Annotated[
        Path | None,
        typer.Argument(
            metavar="[FACTFILE]",
            help="The fact file to write, e.g. facts/mv/polen.yaml [default: print it].",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, _FORCE] = False,
) -> None:
    """Start a fact file from a commented skeleton: an example record of every kind with
    every field, what it is and the forms it takes. Keep the kinds you need."""
    from anfrage import api

    text, written = run(lambda: api.new_facts(file, force=force))
    if written is None:
        say(text.rstrip("\n"))
        return
    say(str(written))
    warn(f"note: replace the examples with your records, then: anfrage facts {written}")


def _genesis() -> typer.Typer:
    from anfrage.cli.genesis import genesis_app

    return genesis_app


SUBCOMMANDS["facts new"] = lambda: facts_new_app
SUBCOMMANDS["facts genesis"] = _genesis


def facts_main(args: list[str]) -> None:
    """Run `anfrage facts new` on the arguments after `new`; exits with its code."""
    facts_new_app(args=args, prog_name="anfrage facts new")
