"""The typer app: options → one api call → output. Exit codes are decided here only:
0 ok, 1 findings, 2 bad input, 3 an internal error (a bug in anfrage)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from anfrage import api, questions
from anfrage.errors import AnfrageError, Problem
from anfrage.formatting import datum_wochentag

app = typer.Typer(
    help="Draft the government's answer to a German Kleine Anfrage from YAML facts.",
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)

T = TypeVar("T")
OK, FINDINGS, BAD_INPUT, INTERNAL = 0, 1, 2, 3


def _run(action: Callable[[], T]) -> T:
    """Run one api call; show user errors as path:line:col lines and never a traceback."""
    try:
        return action()
    except AnfrageError as e:
        for problem in e.problems:
            err.print(f"[red]error[/red] {problem}", markup=True)
        err.print(
            f"{len(e.problems)} problem{'s' if len(e.problems) != 1 else ''}; nothing written"
        )
        raise typer.Exit(BAD_INPUT) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except Exception as e:  # a bug: say so plainly instead of a traceback
        err.print(
            f"anfrage: internal error: {type(e).__name__}: {e}. Please report this, "
            "with the input files.",
            markup=False,
        )
        raise typer.Exit(INTERNAL) from None


def _print_findings(findings: list[Problem]) -> None:
    for f in findings:
        out.print(f"[yellow]finding[/yellow] {f}", markup=True)


InquiryArg = Annotated[Path, typer.Argument(help="Inquiry file (anfragen/*.yaml).")]


@app.command()
def render(
    anfrage: InquiryArg,
    fragen: Annotated[
        str | None,
        typer.Option(
            "--questions",
            "-q",
            help="Render only these questions, e.g. 1,2a,3. Sub-questions and "
            "jointly answered questions come along.",
        ),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option("--out", help="Folder for the draft [default: out/ in the project]."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing draft.")] = False,
    pdf: Annotated[
        bool,
        typer.Option(
            "--pdf", help="Also write a PDF, converted by LibreOffice (must be installed)."
        ),
    ] = False,
) -> None:
    """Render the answer draft (.docx) and print its path."""
    selection = [q.strip() for q in fragen.split(",") if q.strip()] if fragen else None
    result = _run(
        lambda: api.render(anfrage, out_dir=out_dir, selection=selection, force=force, pdf=pdf)
    )
    for note in result.notes:
        err.print(f"note: {note}", markup=False)
    for label in result.unanswered:
        err.print(f"warning: question {label} has no answer yet", markup=False)
    out.print(str(result.path), markup=False)
    if result.pdf:
        out.print(str(result.pdf), markup=False)


@app.command("questions")
def list_questions(anfrage: InquiryArg) -> None:
    """Show the question tree and the answer block that covers each question."""
    prepared = _run(lambda: api.prepare(anfrage))
    a = prepared.inquiry.anfrage
    cover = questions.coverage(a)
    table = Table("Nr.", "Frage", "Antwortblock", "zusammen mit")
    all_nodes = questions.nodes(a)
    for node in all_nodes:
        blocks = cover[node.id]
        others = sorted(
            {q for b in blocks for q in questions.block_ids(a.antworten[b])} - {node.id},
            key=[n.id for n in all_nodes].index,
        )
        text = node.text if len(node.text) <= 70 else node.text[:69] + "…"
        table.add_row(
            "    " + node.label if node.parent else node.label,
            text.replace("\n", " "),
            ", ".join(str(b + 1) for b in blocks) or "[red]none[/red]",
            ", ".join(questions.label(all_nodes, q) for q in others),
        )
    out.print(table)


TodayOpt = Annotated[
    str | None,
    typer.Option(
        "--today", metavar="YYYY-MM-DD", help="Count from this day instead of today (for planning)."
    ),
]


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        err.print(f"error {option}: expected a date like 2026-08-03, got {value!r}", markup=False)
        raise typer.Exit(BAD_INPUT) from None


@app.command()
def deadline(
    anfrage: Annotated[
        Path | None, typer.Argument(help="Inquiry file; or use --received and --profile.")
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
        out.print(text, markup=False)


@app.command()
def check(
    anfragen: Annotated[list[Path], typer.Argument(help="Inquiry files to check.")],
    stale_months: Annotated[
        int,
        typer.Option(
            "--stale-months",
            min=1,
            help="Report facts whose stand is older than this many months before the answer date.",
        ),
    ] = api.DEFAULT_STALE_MONTHS,
    today: TodayOpt = None,
) -> None:
    """Validate inquiries and their facts without writing anything.

    Also warns when an answer is dated after its deadline, and, while the answer has not gone
    out (its letter date is today or later), when it is overdue or due within two working days.
    """
    day = _date(today, "--today")
    total, bad = 0, False
    for path in anfragen:
        try:
            findings = _run(lambda p=path: api.check(p, stale_months=stale_months, today=day))  # type: ignore[misc]
        except typer.Exit:
            bad = True
            continue
        _print_findings(findings)
        total += len(findings)
        if not findings:
            out.print(f"{path}: ok", markup=False)
    if bad:
        raise typer.Exit(BAD_INPUT)
    if total:
        out.print(f"{total} finding{'s' if total != 1 else ''}", markup=False)
        raise typer.Exit(FINDINGS)


@app.command()
def facts(
    files: Annotated[list[Path], typer.Argument(help="Fact files (facts/**/*.yaml).")],
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
    records = _run(lambda: api.list_facts(files, kind=kind, von=von, bis=bis))
    table = Table("id", "Art", "Zeit", "Angaben", "Quelle", "Stand")
    for r in records:
        f = r.fakt
        zeit = f.zeit()
        summary = "; ".join(
            f"{k}={v}"
            for k, v in f.model_dump(exclude_none=True, exclude_defaults=True).items()
            if k not in ("id", "quelle", "stand", "text", "zeitraum", "datum", "bis")
        )
        table.add_row(
            f.id,
            f.kind,
            "" if zeit is None else str(zeit.von) + (f"..{zeit.bis}" if zeit.bis else ""),
            summary,
            f.quelle,
            str(f.stand),
        )
    out.print(table)
    out.print(f"{len(records)} record{'s' if len(records) != 1 else ''}", markup=False)


def main() -> None:
    """Console entry point."""
    sys.exit(app())
