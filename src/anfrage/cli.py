"""The typer app: options → one api call → output. Exit codes are decided here only:
0 ok, 1 findings, 2 bad input, 3 an internal error (a bug in anfrage).

Heavy modules (pydantic models, Babel, holidays, docxtpl, rich) are imported inside the
commands that need them, so that `anfrage --help` starts at once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from anfrage.errors import AnfrageError, Problem, shown
from anfrage.settings import DEFAULT_STALE_MONTHS

if TYPE_CHECKING:
    from anfrage.model import Antwort

app = typer.Typer(
    help="Draft the government's answer to a German Kleine Anfrage from YAML facts.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    rich_markup_mode=None,
)

T = TypeVar("T")
OK, FINDINGS, BAD_INPUT, INTERNAL = 0, 1, 2, 3


def say(text: str) -> None:
    typer.echo(text)


def warn(text: str) -> None:
    typer.echo(text, err=True)


def _error(problem: Problem | str) -> None:
    warn(f"{typer.style('error', fg='red')} {problem}")


def _run(action: Callable[[], T]) -> T:
    """Run one api call; show user errors as path:line:col lines and never a traceback."""
    try:
        return action()
    except AnfrageError as e:
        for problem in e.problems:
            _error(problem)
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


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        _error(f"{option}: expected a date like 2026-08-03, got {value!r}")
        raise typer.Exit(BAD_INPUT) from None


def _table(*columns: str) -> tuple[object, Callable[..., None], Callable[[], None]]:
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns)
    console = Console(highlight=False, soft_wrap=True)
    if not console.is_terminal:
        console = Console(highlight=False, soft_wrap=True, width=200)  # piped: don't squeeze
    return table, table.add_row, lambda: console.print(table)


InquiryArg = Annotated[
    Path, typer.Argument(metavar="ANFRAGE", help="Inquiry file (anfragen/*.yaml).")
]
TodayOpt = Annotated[
    str | None,
    typer.Option(
        "--today", metavar="YYYY-MM-DD", help="Count from this day instead of today (for planning)."
    ),
]


@app.command()
def render(
    anfragen: Annotated[
        list[Path],
        typer.Argument(
            metavar="ANFRAGE", help="Inquiry files, or folders of them (e.g. anfragen/)."
        ),
    ],
    fragen: Annotated[
        str | None,
        typer.Option(
            "--questions",
            "-q",
            help="Render only these questions, e.g. 1,2a,3. Sub-questions and "
            "jointly answered questions come along. One inquiry only.",
        ),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option("--out", help="Folder for the drafts [default: out/ in the project]."),
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
            help="Worker processes for many inquiries [default: the number of cores].",
        ),
    ] = None,
) -> None:
    """Render answer drafts (.docx) and print their paths."""
    from anfrage import api, batch

    paths = batch.expand(anfragen)
    if not paths:
        _error("no inquiry files (*.yaml) found in " + ", ".join(map(str, anfragen)))
        raise typer.Exit(BAD_INPUT)
    if fragen and ressort:
        _error("--questions and --ressort do not combine; a contribution has its own questions")
        raise typer.Exit(BAD_INPUT)
    if len(paths) == 1 and not anfragen[0].is_dir():
        selection = [q.strip() for q in fragen.split(",") if q.strip()] if fragen else None
        result = _run(
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
        _error(f"{option} works on one inquiry; give a single inquiry file")
        raise typer.Exit(BAD_INPUT)
    if pdf:
        from anfrage import pdf as client

        _run(client.soffice)
    _render_batch(paths, out_dir, force, pdf, jobs)


def _render_batch(
    paths: list[Path], out_dir: Path | None, force: bool, pdf: bool, jobs: int | None
) -> None:
    from anfrage import batch
    from anfrage import pdf as client

    outcomes = []
    progress = None
    if sys.stderr.isatty():
        from rich.progress import Progress

        progress = Progress(transient=True)
        task = progress.add_task("rendering", total=len(paths))
        progress.start()
    try:
        for outcome in batch.render_many(paths, out_dir=out_dir, force=force, jobs=jobs):
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
        for produced in _run(lambda: client.convert_all(written)):
            say(str(produced))
    for outcome in failed:
        for problem in outcome.problems:
            _error(problem)
    warn(f"{len(written)} draft{'s' if len(written) != 1 else ''} written, {len(failed)} failed")
    if failed:
        raise typer.Exit(BAD_INPUT)


@app.command("questions")
def list_questions(anfrage: InquiryArg) -> None:
    """Show the question tree and the answer block that covers each question."""
    from anfrage import api
    from anfrage.model import questions

    prepared = _run(lambda: api.prepare(anfrage))
    a = prepared.inquiry.anfrage
    cover = questions.coverage(a)
    all_nodes = questions.nodes(a)
    order = [n.id for n in all_nodes]
    _, add, show = _table("Nr.", "Frage", "Antwortblock", "zusammen mit")
    for node in all_nodes:
        blocks = cover[node.id]
        others = sorted(
            {q for b in blocks for q in questions.block_ids(a.antworten[b])} - {node.id},
            key=order.index,
        )
        text = node.text if len(node.text) <= 70 else node.text[:69] + "…"
        add(
            "    " + node.label if node.parent else node.label,
            text.replace("\n", " "),
            ", ".join(_block_name(a.antworten[b], b) for b in blocks) or "none",
            ", ".join(questions.label(all_nodes, q) for q in others),
        )
    show()


def _block_name(antwort: Antwort, index: int) -> str:
    """An answer block as the questions table names it: its number, and its Ressort."""
    return f"{index + 1} ({antwort.ressort})" if antwort.ressort else str(index + 1)


@app.command()
def deadline(
    anfrage: Annotated[
        Path | None,
        typer.Argument(metavar="ANFRAGE", help="Inquiry file; or use --received and --profile."),
    ] = None,
    received: Annotated[
        str | None,
        typer.Option("--received", metavar="YYYY-MM-DD", help="The day the question was received."),
    ] = None,
    profile: Annotated[
        str | None, typer.Option("--profile", help="Parliament profile, e.g. bundestag.")
    ] = None,
    today: TodayOpt = None,
) -> None:
    """Print the answer deadline, the rule it follows, and the days left."""
    from anfrage import api
    from anfrage.formatting import datum_wochentag

    got, day = _date(received, "--received"), _date(today, "--today")
    report = _run(lambda: api.deadline(anfrage, received=got, profile=profile, today=day))
    d = report.deadline
    holidays = f"; public holidays of {report.profil.land}" if report.profil.land else ""
    lines = [
        f"due:       {d.due} ({datum_wochentag(d.due)})",
        f"rule:      {report.profile}: {report.rule.describe()}{holidays}",
        f"received:  {report.received} ({datum_wochentag(report.received)})",
    ]
    if d.moved_because:
        lines.append(
            f"moved:     the regular deadline {d.regular} falls on {d.moved_because}; "
            "moved to the next working day"
        )
    if d.extended and report.extension:
        reason = f" ({report.extension.grund})" if report.extension.grund else ""
        lines.append(
            f"extended:  by agreement to {d.due}{reason}; the regular deadline was {d.regular}"
        )
    left = report.days_left
    if left >= 0:
        lines.append(
            f"left:      {left} day{'s' if left != 1 else ''} "
            f"({report.working_days_left} working days)"
        )
    else:
        lines.append(f"overdue:   by {-left} day{'s' if left != -1 else ''}")
    for text in lines:
        say(text)


@app.command()
def check(
    anfragen: Annotated[
        list[Path], typer.Argument(metavar="ANFRAGE", help="Inquiry files to check.")
    ],
    stale_months: Annotated[
        int,
        typer.Option(
            "--stale-months",
            min=1,
            help="Report facts whose stand is older than this many months before the answer date.",
        ),
    ] = DEFAULT_STALE_MONTHS,
    today: TodayOpt = None,
) -> None:
    """Validate inquiries and their facts without writing anything.

    Also warns when an answer is dated after its deadline, and, while the answer has not gone
    out (its letter date is today or later), when it is overdue or due within two working days.
    """
    from anfrage import api

    day = _date(today, "--today")
    total, bad = 0, False
    for path in anfragen:
        try:
            findings = _run(lambda p=path: api.check(p, stale_months=stale_months, today=day))  # type: ignore[misc]
        except typer.Exit:
            bad = True
            continue
        for f in findings:
            say(f"{typer.style('finding', fg='yellow')} {f}")
        total += len(findings)
        if not findings:
            say(f"{path}: ok")
    if bad:
        raise typer.Exit(BAD_INPUT)
    if total:
        say(f"{total} finding{'s' if total != 1 else ''}")
        raise typer.Exit(FINDINGS)


@app.command()
def facts(
    files: Annotated[
        list[Path], typer.Argument(metavar="FACTFILE", help="Fact files (facts/**/*.yaml).")
    ],
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            help="handel/trade, kontakt/contact, delegation, vereinbarung/agreement, "
            "veranstaltung/event, partnerschaft/partnership, projekt/project, sonstiges/other.",
        ),
    ] = None,
    von: Annotated[int | None, typer.Option("--from", help="From this year.")] = None,
    bis: Annotated[int | None, typer.Option("--to", help="To this year.")] = None,
) -> None:
    """List fact records as a table."""
    from anfrage import api

    records = _run(lambda: api.list_facts(files, kind=kind, von=von, bis=bis))
    _, add, show = _table("id", "Art", "Zeit", "Angaben", "Quelle", "Stand")
    for r in records:
        f = r.fakt
        zeit = f.zeit()
        summary = "; ".join(
            f"{k}={v}"
            for k, v in f.model_dump(exclude_none=True, exclude_defaults=True).items()
            if k not in ("id", "quelle", "stand", "text", "zeitraum", "datum", "bis")
        )
        span = "" if zeit is None else str(zeit.von) + (f"..{zeit.bis}" if zeit.bis else "")
        add(f.id, f.kind, span, summary, f.quelle, str(f.stand))
    show()
    say(f"{len(records)} record{'s' if len(records) != 1 else ''}")


@app.command()
def sources(
    anfrage: InquiryArg,
    format: Annotated[
        str, typer.Option("--format", help="table (printed), csv or docx (written to a file).")
    ] = "table",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", help="File for csv or docx [default: out/<inquiry>_quellen.<format>]."
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    stale_months: Annotated[
        int,
        typer.Option(
            "--stale-months",
            min=1,
            help="A stand older than this many months before the answer date is stale.",
        ),
    ] = DEFAULT_STALE_MONTHS,
) -> None:
    """List every fact the draft uses: question, record, source, stand, and whether it is stale."""
    from anfrage import api
    from anfrage import review as ledger

    if format not in ("table", "csv", "docx"):
        _error(f"--format: expected table, csv or docx, got {format!r}")
        raise typer.Exit(BAD_INPUT)
    book = _run(lambda: api.sources(anfrage, stale_months=stale_months))
    if format != "table":
        say(str(_run(lambda: api.write_sources(book, format, out, force))))
        return
    _, add, show = _table(*ledger.HEADER)
    for row in ledger.rows_as_text(book.rows, book.inquiry.root):
        add(*row)
    show()
    stale = sum(e.stale for e in book.rows)
    say(f"{len({e.record_id for e in book.rows})} facts in {len(book.rows)} uses; {stale} stale")


@app.command()
def uses(
    fact: Annotated[
        str,
        typer.Argument(metavar="FACTFILE[#RECORD-ID]", help="A fact file, or one record of it."),
    ],
    anfragen: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="ANFRAGE",
            help="Inquiry files or folders [default: anfragen/ in the project].",
        ),
    ] = None,
) -> None:
    """List the inquiries and questions that quote a fact file or record, to render them again
    after a correction."""
    from anfrage import api

    found, problems = _run(lambda: api.uses(fact, anfragen or []))
    _, add, show = _table("Anfrage", "Drucksache", "Fragen", "Fakten")
    for use in found:
        if not use.quotes:
            add(shown(use.inquiry), use.drucksache, "(listed, not quoted)", "")
        for labels, ids in use.quotes.items():
            add(shown(use.inquiry), use.drucksache, labels, ", ".join(ids))
    show()
    say(f"{len(found)} inquir{'ies' if len(found) != 1 else 'y'}")
    for problem in problems:
        _error(problem)
    if problems:
        raise typer.Exit(BAD_INPUT)


@app.command()
def merge(
    anfrage: InquiryArg,
    zulieferungen: Annotated[
        list[Path],
        typer.Argument(metavar="ZULIEFERUNG", help="Contribution files of other Ressorts (YAML)."),
    ],
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Write the merged inquiry here [default: in place]."),
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
) -> None:
    """Take contributions (Zulieferungen) of other Ressorts into the inquiry.

    Each contribution answers the questions whose answer blocks name its Ressort. Conflicts
    stop the merge with nothing written (exit 1): a question answered twice, a question not
    assigned to the Ressort, or answer text that would be overwritten without --replace.
    Comments and layout of the inquiry file are kept.
    """
    from anfrage import api

    result = _run(lambda: api.merge(anfrage, zulieferungen, out=out, replace=replace, force=force))
    for problem in result.conflicts:
        say(f"{typer.style('conflict', fg='yellow')} {problem}")
    if result.conflicts:
        n = len(result.conflicts)
        say(f"{n} conflict{'s' if n != 1 else ''}; nothing merged, nothing written")
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
            metavar="DOCUMENT", help="The Kleine Anfrage as PDF (with a text layer), DOCX or text."
        ),
    ],
    profile: Annotated[
        str | None,
        typer.Option("--profile", help="Parliament profile [default: found in the document]."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", help="Inquiry file to write [default: anfragen/<document>.yaml]."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Start an inquiry file from the incoming Drucksache: metadata, askers, title, preambles,
    questions and sub-questions, and the answers where the document holds them.

    Nothing is guessed: what the document does not say stays empty, marked in the file with a
    comment, and is listed here as a warning.
    """
    from anfrage import api

    result = _run(lambda: api.import_document(document, profile=profile, out=out, force=force))
    for text in result.warnings:
        warn(f"warning: {text}")
    n = len(result.warnings)
    say(str(result.path))
    warn(
        f"{result.questions} question{'s' if result.questions != 1 else ''}, "
        f"{result.answers} answer block{'s' if result.answers != 1 else ''}, "
        f"profile {result.profile or '(none)'}; {n} warning{'s' if n != 1 else ''}"
    )


def main() -> None:
    """Console entry point."""
    sys.exit(app())
