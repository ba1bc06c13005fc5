"""Commands that write inquiry files: merge (contributions in), import (a Drucksache in)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from anfrage.cli.app import FINDINGS, InquiryArg, app, labelled, plural, run, say, warn


@app.command()
def merge(
    anfrage: InquiryArg,
    zulieferungen: Annotated[
        list[Path],
        typer.Argument(
            metavar="ZULIEFERUNG...",
            help="Contributions of other Ressorts: YAML files, or the Word requests "
            "(render --ressort) filled in.",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="FILE",
            help="Write the merged inquiry here [default: in place].",
            show_default=False,
        ),
    ] = None,
    replace: Annotated[
        bool,
        typer.Option(
            "--replace",
            help="Let a contribution replace answer text the inquiry already has "
            "(each replacement is listed).",
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite an existing --out file.")
    ] = False,
    accept_changes: Annotated[
        bool,
        typer.Option(
            "--accept-changes",
            help="Accept the tracked changes of a .docx (insertions kept, deletions dropped) "
            "and pass over its comments.",
        ),
    ] = False,
) -> None:
    """Take contributions (Zulieferungen) of other Ressorts into the inquiry.

    Each contribution answers the questions whose answer blocks name its Ressort. Conflicts
    stop the merge with nothing written (exit 1): a question answered twice, a question not
    assigned to the Ressort, or answer text that would be overwritten without --replace.
    Comments and layout of the inquiry file are kept. A .docx that still holds tracked
    changes or open comments is reported (exit 1) unless --accept-changes.
    """
    from anfrage import api

    result = run(
        lambda: api.merge(
            anfrage,
            zulieferungen,
            out=out,
            replace=replace,
            force=force,
            accept_changes=accept_changes,
        )
    )
    for problem in result.conflicts:
        labelled("conflict", "yellow", problem)
    if result.conflicts:
        say(f"{plural(len(result.conflicts), 'conflict')}; nothing merged, nothing written")
        raise typer.Exit(FINDINGS)
    for line in result.merged:
        say(f"merged {line}")
    for note in result.notes:
        warn(f"note: {note}")
    if result.merged:
        say(str(result.path))
    else:
        say("nothing to merge; the inquiry is unchanged")


@app.command("import")
def import_(
    document: Annotated[
        Path,
        typer.Argument(
            metavar="DOCUMENT",
            help="The Kleine Anfrage as PDF (with a text layer), DOCX or text.",
            show_default=False,
        ),
    ],
    profile: Annotated[
        str | None,
        typer.Option(
            "--profile",
            metavar="NAME",
            help="Parliament profile [default: found in the document].",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="FILE",
            help="Inquiry file to write [default: anfragen/<document>.yaml].",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Start an inquiry file from the incoming Drucksache: metadata, askers, title, preambles,
    questions and sub-questions, and the answers where the document holds them.

    Nothing is guessed: what the document does not say stays empty, marked in the file with a
    comment, and is listed here as a warning.
    """
    from anfrage import api

    result = run(lambda: api.import_document(document, profile=profile, out=out, force=force))
    for text in result.warnings:
        warn(f"warning: {text}")
    say(str(result.path))
    warn(
        f"{plural(result.questions, 'question')}, {plural(result.answers, 'answer block')}, "
        f"profile {result.profile or '(none)'}; {plural(len(result.warnings), 'warning')}"
    )
