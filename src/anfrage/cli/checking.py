"""Commands that judge an inquiry without writing anything: check, deadline."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from anfrage.api import DEFAULT_STALE_MONTHS
from anfrage.cli.app import (
    FINDINGS,
    StaleOpt,
    TodayOpt,
    app,
    fail,
    labelled,
    parse_date,
    plural,
    run,
    say,
)
from anfrage.cli.show import table
from anfrage.errors import shown


@app.command()
def deadline(
    anfrage: Annotated[
        Path | None,
        typer.Argument(
            metavar="[ANFRAGE]",
            help="Inquiry file; or use --received and --profile.",
            show_default=False,
        ),
    ] = None,
    received: Annotated[
        str | None,
        typer.Option("--received", metavar="YYYY-MM-DD", help="The day the question was received."),
    ] = None,
    profile: Annotated[
        str | None,
        typer.Option("--profile", metavar="NAME", help="Parliament profile, e.g. bundestag."),
    ] = None,
    today: TodayOpt = None,
) -> None:
    """Print the answer deadline, the rule it follows, and the days left."""
    from anfrage import api

    got, day = parse_date(received, "--received"), parse_date(today, "--today")
    report = run(lambda: api.deadline(anfrage, received=got, profile=profile, today=day))
    d = report.deadline
    holidays = f"; public holidays of {report.profil.land}" if report.profil.land else ""
    lines = [
        f"due:       {d.due} ({api.weekday(d.due)})",
        f"rule:      {report.profile}: {report.rule.describe()}{holidays}",
        f"received:  {report.received} ({api.weekday(report.received)})",
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
    if report.answered is not None:
        late = (report.answered - d.due).days
        verdict = "in time" if late <= 0 else f"{plural(late, 'day')} after the deadline"
        lines.append(f"answered:  {report.answered} ({api.weekday(report.answered)}), {verdict}")
    elif left >= 0:
        lines.append(f"left:      {plural(left, 'day')} ({report.working_days_left} working days)")
    else:
        lines.append(f"overdue:   by {plural(-left, 'day')}")
    for text in lines:
        say(text)


@app.command()
def check(
    anfragen: Annotated[
        list[Path],
        typer.Argument(metavar="ANFRAGE...", help="Inquiry files to check.", show_default=False),
    ],
    stale_months: StaleOpt = DEFAULT_STALE_MONTHS,
    today: TodayOpt = None,
) -> None:
    """Validate inquiries and their facts without writing anything.

    Also warns when an answer is dated after its deadline, and, while the answer has not gone
    out (its letter date is today or later), when it is overdue or due within two working days.
    """
    from anfrage import api

    day = parse_date(today, "--today")
    total, bad = 0, 0
    for path in anfragen:
        try:
            findings = run(lambda p=path: api.check(p, stale_months=stale_months, today=day))  # type: ignore[misc]
        except typer.Exit as e:
            bad = max(bad, e.exit_code)  # an internal error (3) outranks bad input (2)
            continue
        for f in findings:
            labelled("finding", "yellow", f)
        total += len(findings)
        if not findings:
            say(f"{path}: ok")
    if bad:
        raise typer.Exit(bad)
    if total:
        say(plural(total, "finding"))
        raise typer.Exit(FINDINGS)


@app.command()
def profiles(
    today: TodayOpt = None,
    copy: Annotated[
        str | None,
        typer.Option(
            "--copy",
            metavar="NAME",
            help="Copy this profile and its Word template into the project's templates/, to "
            "adapt them there (the copy overrides the shipped profile).",
        ),
    ] = None,
    new: Annotated[
        str | None,
        typer.Option("--as", metavar="NEWNAME", help="Name for the copy [default: NAME]."),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing copy.")] = False,
) -> None:
    """List the parliament profiles this project can use: the shipped ones and the project's
    own (templates/), with the deadline rule in force and its legal basis."""
    from anfrage import api

    if copy is not None:
        for path in run(lambda: api.copy_profile(copy, new, force=force)):
            say(str(path))
        return
    if new is not None:
        raise fail("--as goes with --copy")
    day = parse_date(today, "--today")
    rows = run(lambda: api.profiles(today=day))
    add, show = table("Profil", "Parlament", "Frist", "Grundlage", "aus")
    for row in rows:
        add(
            row.name,
            row.parlament,
            row.rule.split(" (")[0] + ("" if row.bestaetigt else " (not confirmed)"),
            row.grundlage,
            "anfrage" if row.shipped else shown(row.origin),
        )
    show()
    say(plural(len(rows), "profile"))
