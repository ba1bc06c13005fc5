"""Commands about facts: facts (the records), sources (the ledger of a draft), uses (impact)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from anfrage.api import DEFAULT_STALE_MONTHS
from anfrage.cli.app import (
    BAD_INPUT,
    InquiryArg,
    StaleOpt,
    TodayOpt,
    app,
    error,
    fail,
    parse_date,
    plural,
    run,
    say,
)
from anfrage.cli.show import table
from anfrage.errors import shown


@app.command(context_settings={"ignore_unknown_options": True})
def facts(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FACTFILE...", help="Fact files (facts/**/*.yaml).", show_default=False
        ),
    ],
    kind: Annotated[
        str | None,
        typer.Option("--kind", metavar="KIND", help="Only records of this kind."),
    ] = None,
    von: Annotated[
        int | None, typer.Option("--from", metavar="YEAR", help="From this year.")
    ] = None,
    bis: Annotated[int | None, typer.Option("--to", metavar="YEAR", help="To this year.")] = None,
) -> None:
    """List fact records as a table, with their values as the answer would write them.

    Kinds (German/English): handel/trade, kontakt/contact/meeting, delegation/trip,
    vereinbarung/agreement/mou, veranstaltung/event, partnerschaft/partnership,
    projekt/project, sonstiges/other. A partnership with `seit` and no end is ongoing.

    `anfrage facts genesis TABLE --land LAND --partner PARTNER [--jahre YEARS] [--into FACTFILE]
    [--no-rank]` turns a GENESIS download (51000-0032/-0033) into ranked handel records.

    `anfrage facts new [FACTFILE] [--force]` starts a fact file from a commented skeleton.
    """
    if files[0].name == "genesis" and not files[0].exists():  # anfrage facts genesis TABLE …
        from anfrage.cli.genesis import main

        return main([str(f) for f in files[1:]])
    if str(files[0]) == "new" and not files[0].exists():  # anfrage facts new FACTFILE
        from anfrage.cli.new import facts_main

        return facts_main([str(f) for f in files[1:]])
    if unknown := [f for f in files if str(f).startswith("-")]:
        raise fail(f"no such option: {unknown[0]}")
    from anfrage import api

    records = run(lambda: api.list_facts(files, kind=kind, von=von, bis=bis))
    add, show = table("id", "Art", "Zeit", "Angaben", "Quelle", "Stand")
    for row in map(api.fact_row, records):
        add(row.id, row.kind, row.zeit, row.angaben, row.quelle, row.stand)
    show()
    say(plural(len(records), "record"))


@app.command()
def sources(
    anfrage: InquiryArg,
    format: Annotated[
        str,
        typer.Option(
            "--format", metavar="FORMAT", help="table (printed), csv or docx (written to a file)."
        ),
    ] = "table",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            metavar="FILE",
            help="File for csv or docx [default: out/<inquiry>_quellen.<format>].",
            show_default=False,
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
    stale_months: StaleOpt = DEFAULT_STALE_MONTHS,
    today: TodayOpt = None,
) -> None:
    """List every fact the draft uses: question, record, source, stand, and whether it is stale."""
    from anfrage import api

    if format not in ("table", "csv", "docx"):
        raise fail(f"--format: expected table, csv or docx, got {format!r}")
    day = parse_date(today, "--today")
    book = run(lambda: api.sources(anfrage, stale_months=stale_months, today=day))
    if format != "table":
        say(str(run(lambda: api.write_sources(book, format, out, force))))
        return
    add, show = table(*book.header)
    for row in book.table():
        add(*row)
    show()
    stale = sum(e.stale for e in book.rows)
    say(f"{len({e.record_id for e in book.rows})} facts in {len(book.rows)} uses; {stale} stale")


@app.command()
def uses(
    fact: Annotated[
        str,
        typer.Argument(
            metavar="FACTFILE[#RECORD-ID]",
            help="A fact file, or one record of it.",
            show_default=False,
        ),
    ],
    anfragen: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="[ANFRAGE...]",
            help="Inquiry files or folders [default: anfragen/ in the project].",
            show_default=False,
        ),
    ] = None,
    today: TodayOpt = None,
) -> None:
    """List the inquiries and questions that quote a fact file or record, to render them again
    after a correction."""
    from anfrage import api

    day = parse_date(today, "--today")
    found, problems = run(lambda: api.uses(fact, anfragen or [], today=day))
    add, show = table("Anfrage", "Drucksache", "Fragen", "Fakten")
    for use in found:
        if not use.quotes:
            add(shown(use.inquiry), use.drucksache, "(listed, not quoted)", "")
        for labels, ids in use.quotes.items():
            add(shown(use.inquiry), use.drucksache, labels, ", ".join(ids))
    show()
    say(plural(len(found), "inquiry", "inquiries"))
    for problem in problems:
        error(problem)
    if problems:
        raise typer.Exit(BAD_INPUT)
