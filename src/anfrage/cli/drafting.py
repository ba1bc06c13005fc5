"""Commands that write or show drafts: render, questions."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from anfrage.cli.app import (
    BAD_INPUT,
    INTERNAL,
    InquiryArg,
    app,
    error,
    fail,
    plural,
    run,
    say,
    warn,
)
from anfrage.cli.show import table


@app.command()
def render(
    anfragen: Annotated[
        list[Path],
        typer.Argument(
            metavar="ANFRAGE...",
            help="Inquiry files, or folders of them (e.g. anfragen/).",
            show_default=False,
        ),
    ],
    fragen: Annotated[
        str | None,
        typer.Option(
            "--questions",
            "-q",
            metavar="NR,NR",
            help="Render only these questions, e.g. 1,2a,3. Sub-questions and "
            "jointly answered questions come along; the draft is marked as an excerpt. "
            "One inquiry only.",
        ),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="FOLDER",
            help="Folder for the drafts [default: out/ in the project].",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing drafts.")] = False,
    pdf: Annotated[
        bool,
        typer.Option(
            "--pdf", help="Also write PDFs, converted by LibreOffice (must be installed)."
        ),
    ] = False,
    sources: Annotated[
        bool,
        typer.Option(
            "--sources",
            help="Write a review copy (<name>_mit-quellen.docx) in which every value taken "
            "from a fact carries a Word comment with its record, source and stand.",
        ),
    ] = False,
    ressort: Annotated[
        str | None,
        typer.Option(
            "--ressort",
            metavar="RESSORT",
            help="Render one Ressort's contribution (Zulieferung): only the questions whose "
            "answer blocks name it (ressort: WM), marked as a contribution.",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            metavar="N",
            help="Worker processes for many inquiries [default: the number of cores].",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Render answer drafts (.docx) and print their paths."""
    from anfrage import api

    paths = api.expand(anfragen)
    if not paths:
        raise fail("no inquiry files (*.yaml, *.yml) found in " + ", ".join(map(str, anfragen)))
    if fragen and ressort:
        raise fail("--questions and --ressort do not combine; a contribution has its own questions")
    if len(paths) == 1 and not anfragen[0].is_dir():
        selection = [q.strip() for q in fragen.split(",") if q.strip()] if fragen else None
        result = run(
            lambda: api.render(
                paths[0],
                out_dir=out_dir,
                selection=selection,
                force=force,
                pdf=pdf,
                sources=sources,
                ressort=ressort,
            )
        )
        for note in result.notes:
            warn(f"note: {note}")
        for label in result.unanswered:
            warn(f"warning: question {label} has no answer yet")
        say(str(result.path))
        if result.annex:
            say(str(result.annex))
            warn(
                "note: paragraphs with VS-NfD facts went into the annex, which is classified "
                "„VS – Nur für den Dienstgebrauch“; handle it accordingly"
            )
        if result.pdf:
            say(str(result.pdf))
        return
    if fragen or sources or ressort:
        option = "--questions" if fragen else "--sources" if sources else "--ressort"
        raise fail(f"{option} works on one inquiry; give a single inquiry file")
    if pdf:
        run(api.require_pdf_client)
    _render_batch(paths, out_dir, force, pdf, jobs)


def _render_batch(
    paths: list[Path], out_dir: Path | None, force: bool, pdf: bool, jobs: int | None
) -> None:
    from anfrage import api

    outcomes = []
    progress = None
    if sys.stderr.isatty():
        from rich.progress import Progress

        progress = Progress(transient=True)
        task = progress.add_task("rendering", total=len(paths))
        progress.start()
    try:
        batch = run(lambda: api.render_many(paths, out_dir=out_dir, force=force, jobs=jobs))
        for outcome in batch:
            outcomes.append(outcome)
            if outcome.draft:
                say(str(outcome.draft))
            if outcome.annex:
                say(str(outcome.annex))
            if progress:
                progress.advance(task)
    finally:
        if progress:
            progress.stop()
    failed = [o for o in outcomes if o.problems]
    written = [o.draft for o in outcomes if o.draft]
    if pdf and written:
        for produced in run(lambda: api.convert_to_pdf(written)):
            say(str(produced))
    for outcome in outcomes:  # what a draft lacks is said in a batch too
        for note in outcome.notes:
            warn(f"note: {outcome.path}: {note}")
    for outcome in failed:
        for problem in outcome.problems:
            error(problem)
    warn(f"{plural(len(written), 'draft')} written, {len(failed)} failed")
    if failed:
        warn("failed: " + ", ".join(str(o.path) for o in failed))
        raise typer.Exit(INTERNAL if any(o.internal for o in failed) else BAD_INPUT)


@app.command("questions")
def list_questions(anfrage: InquiryArg) -> None:
    """Show the question tree and the answer block that covers each question."""
    from anfrage import api

    rows = run(lambda: api.question_rows(anfrage))
    add, show = table("Nr.", "Frage", "Antwortblock", "zusammen mit")
    for row in rows:
        text = row.text if len(row.text) <= 70 else row.text[:69] + "…"
        add(
            "    " + row.label if row.sub else row.label,
            text.replace("\n", " "),
            row.blocks,
            row.together,
        )
    show()
