"""The facade that the CLI and the tests call. Each function delegates to the module that does
the work; "today" enters here once and is passed down, so every date judgement of one call
(staleness, deadlines, the answer date) uses the same day.

Modules are imported inside the functions, so that `anfrage --help` starts at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from anfrage.settings import DEFAULT_STALE_MONTHS

__all__ = [
    "DEFAULT_STALE_MONTHS",
    "check",
    "convert_to_pdf",
    "copy_profile",
    "deadline",
    "expand",
    "fact_row",
    "facts_genesis",
    "import_document",
    "list_facts",
    "merge",
    "new_facts",
    "new_inquiry",
    "prepare",
    "profiles",
    "question_rows",
    "render",
    "render_many",
    "require_pdf_client",
    "sources",
    "uses",
    "weekday",
    "write_sources",
]

if TYPE_CHECKING:
    from anfrage.batch import Outcome
    from anfrage.deadlines import DeadlineReport
    from anfrage.drafting import Prepared, Rendered
    from anfrage.errors import Problem
    from anfrage.importing.run import Imported
    from anfrage.loading.facts import Located
    from anfrage.merging.facts import TradeFacts
    from anfrage.merging.merge import Merged
    from anfrage.merging.pull import Pulled
    from anfrage.parliaments import ProfileRow
    from anfrage.review import FactRow, Ledger, QuestionRow, Use


def prepare(path: Path, selection: list[str] | None = None) -> Prepared:
    """Load an inquiry and build its draft context, without writing anything."""
    from anfrage.drafting import prepare

    return prepare(path, selection)


def render(
    path: Path,
    *,
    out_dir: Path | None = None,
    selection: list[str] | None = None,
    force: bool = False,
    pdf: bool = False,
    sources: bool = False,
    ressort: str | None = None,
) -> Rendered:
    """Render one draft (.docx; with `pdf` also PDF); see `anfrage.drafting.render`."""
    from anfrage.drafting import render

    return render(
        path,
        out_dir=out_dir,
        selection=selection,
        force=force,
        pdf=pdf,
        sources=sources,
        ressort=ressort,
    )


def expand(paths: list[Path]) -> list[Path]:
    """Inquiry files from files and folders."""
    from anfrage.project import expand

    return expand(paths)


def render_many(
    paths: list[Path], *, out_dir: Path | None = None, force: bool = False, jobs: int | None = None
) -> Iterator[Outcome]:
    """Render many inquiries in worker processes; a failed one does not stop the others."""
    from anfrage.batch import render_many

    return render_many(paths, out_dir=out_dir, force=force, jobs=jobs)


def require_pdf_client() -> None:
    """Fail before anything is written when LibreOffice is missing."""
    from anfrage.pdf import soffice

    soffice()


def convert_to_pdf(drafts: list[Path]) -> list[Path]:
    """PDFs of written drafts, beside them."""
    from anfrage.pdf import convert_all

    return convert_all(drafts)


def question_rows(path: Path) -> list[QuestionRow]:
    """The question tree with the answer block that covers each question."""
    from anfrage.review import question_rows

    return question_rows(prepare(path))


def deadline(
    path: Path | None = None,
    *,
    received: date | None = None,
    profile: str | None = None,
    today: date | None = None,
) -> DeadlineReport:
    """The answer deadline of an inquiry file, or of a question received on `received`."""
    from anfrage.deadlines import deadline

    return deadline(path, received=received, profile=profile, today=today or date.today())


def profiles(folder: Path | None = None, *, today: date | None = None) -> list[ProfileRow]:
    """Every parliament profile a project in `folder` (default: the working folder) can use."""
    from anfrage.parliaments import profile_rows

    return profile_rows(folder or Path.cwd(), today or date.today())


def copy_profile(
    name: str, new: str | None = None, *, folder: Path | None = None, force: bool = False
) -> list[Path]:
    """Copy a profile and its template into the project's templates/, to adapt them there."""
    from anfrage.parliaments import copy_profile

    return copy_profile(folder or Path.cwd(), name, new, force=force)


def check(
    path: Path, *, stale_months: int = DEFAULT_STALE_MONTHS, today: date | None = None
) -> list[Problem]:
    """Findings for one inquiry, as of `today`. Bad input raises AnfrageError instead."""
    from anfrage import checks

    return checks.run(prepare(path), today=today or date.today(), stale_months=stale_months)


def list_facts(
    paths: list[Path], *, kind: str | None = None, von: int | None = None, bis: int | None = None
) -> list[Located]:
    """Records of fact files, filtered by kind and by years, sorted by date."""
    from anfrage.review import list_facts

    return list_facts(paths, kind=kind, von=von, bis=bis)


def sources(
    path: Path, *, stale_months: int = DEFAULT_STALE_MONTHS, today: date | None = None
) -> Ledger:
    """The fact ledger of one inquiry, staleness judged as of the answer date or `today`."""
    from anfrage.review import sources

    return sources(path, today=today or date.today(), stale_months=stale_months)


def write_sources(book: Ledger, fmt: str, target: Path | None, force: bool) -> Path:
    """Write the ledger as .csv or .docx, atomically."""
    from anfrage.review import write_sources

    return write_sources(book, fmt, target, force)


def uses(
    fact: str, paths: list[Path], *, today: date | None = None
) -> tuple[list[Use], list[Problem]]:
    """The inquiries that quote a fact file or one record of it (`FILE#record-id`)."""
    from anfrage.review import uses

    return uses(fact, paths, today=today or date.today())


def facts_genesis(
    table: Path,
    land: str,
    partner: str,
    jahre: str | None = None,
    *,
    into: Path | None = None,
    ranks: bool = True,
    today: date | None = None,
) -> TradeFacts:
    """Trade records and ranks from a GENESIS download (51000-0032/-0033), printed or put into
    the fact file `into`; then the inquiries that quote a changed record."""
    from anfrage.merging.facts import trade_facts

    result = trade_facts(table, land, partner, jahre, into=into, ranks=ranks)
    if into is not None and result.changed:
        found, result.problems = uses(str(into), [], today=today)
        result.quoting = [
            u for u in found if result.changed & {i for v in u.quotes.values() for i in v}
        ]
    return result


def merge(
    path: Path,
    contributions: list[Path],
    *,
    out: Path | None = None,
    replace: bool = False,
    force: bool = False,
    accept_changes: bool = False,
) -> Merged:
    """Take contributions of other Ressorts (YAML, or .docx requests filled in) into the
    inquiry; conflicts, unaccepted changes and open comments write nothing."""
    from anfrage.merging.merge import merge

    return merge(
        path, contributions, out=out, replace=replace, force=force, accept_changes=accept_changes
    )


def pull(
    path: Path,
    edited: Path,
    *,
    apply: bool = False,
    keep_typed: bool = False,
    accept_changes: bool = False,
) -> Pulled:
    """The changes of a draft edited in Word, per answer block; with `apply`, written into
    the inquiry when nothing stops it."""
    from anfrage.merging.pull import pull

    return pull(path, edited, apply=apply, keep_typed=keep_typed, accept=accept_changes)


def import_document(
    source: Path,
    *,
    profile: str | None = None,
    out: Path | None = None,
    force: bool = False,
    today: date | None = None,
) -> Imported:
    """Read a Kleine Anfrage (PDF, DOCX or text) into a new inquiry file."""
    from anfrage.importing.run import import_document

    return import_document(
        source, profile=profile, out=out, force=force, today=today or date.today()
    )


def weekday(day: date) -> str:
    """'Dienstag, 25. Juli 2017', for the terminal."""
    from anfrage.formatting import datum_wochentag

    return datum_wochentag(day)


def fact_row(record: Located) -> FactRow:
    """A fact record's values, formatted in German, for listing."""
    from anfrage.review import fact_row

    return fact_row(record)


def new_inquiry(
    target: Path | None, *, profile: str | None = None, force: bool = False
) -> tuple[str, str, Path | None]:
    """A commented inquiry skeleton for `profile`: (its text, the profile, the file written,
    or None where `target` is None and the text is to be printed)."""
    from anfrage.skeletons import inquiry_skeleton, write

    text, chosen = inquiry_skeleton(profile, target or Path.cwd() / "anfrage.yaml")
    return text, chosen, write(target, text, force)


def new_facts(target: Path | None, *, force: bool = False) -> tuple[str, Path | None]:
    """A commented fact file with an example record of every kind and every field: (its text,
    the file written, or None where `target` is None and the text is to be printed)."""
    from anfrage.skeletons import fact_skeleton, write

    text = fact_skeleton()
    return text, write(target, text, force)
