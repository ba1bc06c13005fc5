"""`anfrage pull`: a draft edited in Word back into the inquiry."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from anfrage.cli.app import FINDINGS, InquiryArg, app, labelled, plural, run, say, warn


@app.command()
def pull(
    anfrage: InquiryArg,
    edited: Annotated[
        Path,
        typer.Argument(
            metavar="EDITED.docx",
            help="The draft, edited in Word or LibreOffice.",
            show_default=False,
        ),
    ],
    apply: Annotated[
        bool, typer.Option("--apply", help="Write the changes into the inquiry file.")
    ] = False,
    keep_typed: Annotated[
        bool,
        typer.Option(
            "--keep-typed",
            help="Take fact values changed by hand as typed text (they stop following the fact).",
        ),
    ] = False,
    accept_changes: Annotated[
        bool,
        typer.Option(
            "--accept-changes",
            help="Accept tracked changes (insertions kept, deletions dropped); pass over comments.",
        ),
    ] = False,
) -> None:
    """Show what was changed in a draft edited in Word, per answer block, as a word diff.

    The draft's own structure (questions, labels, grouped sentences, header) is not pulled.
    A fact value whose text is unchanged stays a reference; a value changed by hand, a change
    to the structure, unaccepted tracked changes and open comments are reported (exit 1) and
    nothing is written. With --apply, the changes go into the inquiry file, keeping its
    comments and layout.
    """
    from anfrage import api

    result = run(
        lambda: api.pull(
            anfrage, edited, apply=apply, keep_typed=keep_typed, accept_changes=accept_changes
        )
    )
    for edit in result.edits:
        say(f"the answer to {edit.fragen}:")
        for line in edit.diff:
            say(f"  {line}")
    for line in result.typed:
        labelled("typed", "yellow", line)
    for line in result.refused:
        labelled("not pulled", "yellow", line)
    for problem in result.pending:
        labelled("pending", "yellow", problem)
    if result.findings:
        found = len(result.typed) + len(result.refused) + len(result.pending)
        say(f"{plural(found, 'finding')}; nothing written")
        raise typer.Exit(FINDINGS)
    if not result.edits:
        say("no changes to the answers")
    elif result.path is not None:
        say(str(result.path))
    else:
        warn("nothing written; --apply writes these changes into the inquiry")
