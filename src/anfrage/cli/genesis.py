"""`anfrage facts genesis TABLE …`: trade records and ranks from a GENESIS download.

`facts` lists fact files; when its first argument is the word `genesis`, it hands the rest to
this command (see `cli/facts.py`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from anfrage.cli.app import BAD_INPUT, error, run, say, warn
from anfrage.errors import shown

genesis_app = typer.Typer(add_completion=False, rich_markup_mode=None)


@genesis_app.command()
def genesis(
    table: Annotated[
        Path,
        typer.Argument(
            metavar="TABLE", help="A GENESIS download of 51000-0032 or 51000-0033 (.zip or .csv)."
        ),
    ],
    land: Annotated[
        str, typer.Option("--land", metavar="LAND", help="Land code, name or abbreviation: 13, MV.")
    ],
    partner: Annotated[
        str,
        typer.Option("--partner", metavar="PARTNER", help="Country name or STLAH code: 079."),
    ],
    jahre: Annotated[
        str | None,
        typer.Option("--jahre", metavar="YEARS", help="A year or a range: 2015-2016 [all]."),
    ] = None,
    into: Annotated[
        Path | None,
        typer.Option(
            "--into", metavar="FACTFILE", help="Update or add the records in this fact file."
        ),
    ] = None,
    no_rank: Annotated[
        bool, typer.Option("--no-rank", help="The figures alone, without ranks (filtered tables).")
    ] = False,
) -> None:
    """Turn a GENESIS table download into handel records: Ausfuhr, Einfuhr, Umsatz in EUR and
    each one's rank among all partner countries of the Land. Without --into, print them as
    YAML; with --into, update the fact file in place and name the inquiries to render again."""
    from anfrage import api

    result = run(
        lambda: api.facts_genesis(table, land, partner, jahre, into=into, ranks=not no_rank)
    )
    for note in result.trade.notes:
        warn(f"note: {note}")
    if result.updated is None:
        say(result.yaml.rstrip("\n"))
        return
    updated = result.updated
    for change in updated.changes:
        say(str(change))
    for record_id in updated.added:
        say(f"{record_id}: added")
    if not result.changed:
        say(f"{shown(updated.path)}: no change")
        return
    say(f"{shown(updated.path)}: {len(updated.updated)} updated, {len(updated.added)} added")
    for use in result.quoting:
        ids = sorted({i for v in use.quotes.values() for i in v} & result.changed)
        say(
            f"render again: {shown(use.inquiry)} ({use.drucksache or 'no Drucksache'}): "
            f"{', '.join(ids)}"
        )
    if not result.quoting:
        say("no inquiry quotes the changed records")
    for problem in result.problems:
        error(problem)
    if result.problems:
        raise typer.Exit(BAD_INPUT)


def main(args: list[str]) -> None:
    """Run the command on the arguments after `facts genesis`; exits with its code."""
    genesis_app(args=args, prog_name="anfrage facts genesis")
