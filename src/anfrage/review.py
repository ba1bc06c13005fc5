"""Reviewing facts: the fact ledger (every fact a draft uses, where, from which source and
how current), the impact of a fact file (which inquiries and questions quote it), and the
listing of fact records."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from anfrage import dates, output
from anfrage.draft.uses import Verwendung
from anfrage.drafting import Prepared, prepare
from anfrage.errors import AnfrageError, Problem
from anfrage.loading.facts import Located, load_facts
from anfrage.loading.inquiry import Inquiry
from anfrage.model import KIND_ALIASES, Fakt, Partnerschaft, Zeitraum, questions
from anfrage.model.fakten import prose_fields
from anfrage.project import expand, find_root
from anfrage.settings import DEFAULT_STALE_MONTHS


@dataclass(frozen=True)
class Eintrag:
    """One fact record used in one answer block."""

    fragen: str
    record_id: str
    kind: str
    felder: tuple[str, ...]
    quelle: str
    stand: str
    stale: bool
    path: Path
    line: int


def is_stale(fakt: Fakt, answer_date: date, stale_months: int) -> bool:
    """Whether a record's stand is older than `stale_months` before the answer date."""
    return fakt.stand.end < dates.months_before(answer_date, stale_months)


def entries(uses: list[Verwendung], answer_date: date, stale_months: int) -> list[Eintrag]:
    """The ledger rows, one per answer block and record, in the order of the draft."""
    rows: dict[tuple[tuple[str, ...], str], list[Verwendung]] = {}
    for use in uses:
        rows.setdefault((use.fragen, use.record.fakt.id), []).append(use)
    out = []
    for (fragen, record_id), group in rows.items():
        located = group[0].record
        fakt = located.fakt
        felder = tuple(dict.fromkeys(u.feld for u in group))
        out.append(
            Eintrag(
                ", ".join(fragen),
                record_id,
                fakt.kind,
                felder,
                fakt.quelle,
                str(fakt.stand),
                is_stale(fakt, answer_date, stale_months),
                located.path,
                located.line,
            )
        )
    return out


HEADER = ["Fragen", "Fakt", "Art", "Felder", "Quelle", "Stand", "veraltet", "Datei"]


def _row(e: Eintrag, root: Path) -> list[str]:
    try:
        where = str(e.path.relative_to(root))
    except ValueError:
        where = str(e.path)
    return [
        e.fragen,
        e.record_id,
        e.kind,
        ", ".join(e.felder),
        e.quelle,
        e.stand,
        "ja" if e.stale else "nein",
        f"{where}:{e.line}",
    ]


def to_csv(rows: list[Eintrag], root: Path) -> bytes:
    """The ledger as CSV for Excel: semicolons, CRLF, a BOM, and no cell that a spreadsheet
    would run as a formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(HEADER)
    writer.writerows([_inert(cell) for cell in _row(e, root)] for e in rows)
    return buffer.getvalue().encode("utf-8-sig")  # with a BOM, so Excel reads the umlauts


_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?\d[\d.,]*")


def _inert(cell: str) -> str:
    """A cell that a spreadsheet shows as text: one that starts like a formula (=, +, -, @,
    tab, CR) gets a leading apostrophe, as OWASP's CSV-injection guidance says; a plain
    negative number stays a number."""
    if cell.startswith(_FORMULA) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def rows_as_text(rows: list[Eintrag], root: Path) -> list[list[str]]:
    return [_row(e, root) for e in rows]


def list_facts(
    paths: list[Path], *, kind: str | None = None, von: int | None = None, bis: int | None = None
) -> list[Located]:
    """Records of fact files, filtered by kind and by years, sorted by date."""
    if kind is not None and kind not in KIND_ALIASES:
        raise AnfrageError.single(
            None,
            f"--kind: unknown kind {kind!r}; expected one of: {', '.join(sorted(KIND_ALIASES))}",
        )
    records = load_facts(paths).records()
    if kind is not None:
        records = [r for r in records if r.fakt.kind == KIND_ALIASES[kind]]
    if von is not None or bis is not None:
        period = Zeitraum.model_validate({"von": von or 1000, "bis": bis or 9999})
        records = [r for r in records if r.fakt.zeit() is not None and r.fakt.within(period)]
    return records


@dataclass
class Ledger:
    """The fact ledger of one inquiry."""

    inquiry: Inquiry
    rows: list[Eintrag]
    header: tuple[str, ...] = tuple(HEADER)

    def table(self) -> list[list[str]]:
        """The rows as text, paths relative to the project."""
        return rows_as_text(self.rows, self.inquiry.root)


def sources(path: Path, *, today: date, stale_months: int) -> Ledger:
    """Every fact the draft uses: the questions, record, source, stand and whether it is stale
    as of the answer date (`today` while the answer has none)."""
    prepared = prepare(path)
    a = prepared.inquiry.anfrage
    rows = entries(prepared.draft.uses, a.antwortdatum(today), stale_months)
    return Ledger(prepared.inquiry, rows)


def write_sources(book: Ledger, fmt: str, target: Path | None, force: bool) -> Path:
    """Write the ledger as .csv or .docx, atomically, and return the file's path."""
    inquiry = book.inquiry
    target = target or inquiry.root / "out" / f"{inquiry.name}_quellen.{fmt}"
    if fmt == "csv":
        data = to_csv(book.rows, inquiry.root)
    else:
        title = f"Quellen zur Antwort auf Drucksache {inquiry.anfrage.drucksache or '…'}"
        from anfrage.docx.ledger import table_document

        data = table_document(title, HEADER, rows_as_text(book.rows, inquiry.root))
    output.write_atomic(target, data, force=force)
    return target


@dataclass
class Use:
    """An inquiry that quotes a fact file: which questions quote which records."""

    inquiry: Path
    drucksache: str
    quotes: dict[str, list[str]]
    """Question labels → record ids quoted there; empty when the file is listed, not quoted."""


def uses(fact: str, paths: list[Path], *, today: date) -> tuple[list[Use], list[Problem]]:
    """The inquiries among `paths` (files or folders) that quote a fact file, or one record of
    it (`FILE#record-id`). Inquiries that cannot be loaded are returned as problems."""
    name, _, record_id = fact.partition("#")
    fact_path = Path(name).resolve()
    facts = load_facts([fact_path])
    if record_id and record_id not in facts:
        raise AnfrageError.single(
            fact_path, f"no record {record_id!r} in this fact file; it has {', '.join(facts.by_id)}"
        )
    if not paths:
        paths = [find_root(fact_path) / "anfragen"]
    found, problems = [], []
    for inquiry_path in expand(paths):
        try:
            prepared = prepare(inquiry_path)
        except AnfrageError as e:
            problems += e.problems
            continue
        if fact_path not in prepared.inquiry.facts.files:
            continue
        quotes: dict[str, list[str]] = {}
        rows = entries(
            prepared.draft.uses,
            prepared.inquiry.anfrage.antwortdatum(today),
            DEFAULT_STALE_MONTHS,
        )
        for row in rows:
            if row.path == fact_path and (not record_id or row.record_id == record_id):
                quotes.setdefault(row.fragen, []).append(row.record_id)
        if quotes or not record_id:
            found.append(Use(inquiry_path, prepared.inquiry.anfrage.drucksache or "", quotes))
    return found, problems


@dataclass(frozen=True)
class QuestionRow:
    """One question as the questions table shows it."""

    label: str
    sub: bool
    text: str
    blocks: str
    """The answer blocks that cover it: their numbers, with the Ressort where one is assigned."""
    together: str
    """The questions answered jointly with it."""


def question_rows(prepared: Prepared) -> list[QuestionRow]:
    """The question tree with the answer block that covers each question."""
    a = prepared.inquiry.anfrage
    cover = questions.coverage(a)
    all_nodes = questions.nodes(a)
    order = [n.id for n in all_nodes]
    rows = []
    for node in all_nodes:
        blocks = cover[node.id]
        others = sorted(
            {q for b in blocks for q in questions.block_ids(a.antworten[b])} - {node.id},
            key=order.index,
        )
        names = [
            f"{b + 1} ({a.antworten[b].ressort})" if a.antworten[b].ressort else str(b + 1)
            for b in blocks
        ]
        rows.append(
            QuestionRow(
                node.label,
                bool(node.parent),
                node.text,
                ", ".join(names) or "none",
                ", ".join(questions.label(all_nodes, q) for q in others),
            )
        )
    return rows


@dataclass(frozen=True)
class FactRow:
    """One fact record as `anfrage facts` lists it, its values formatted in German."""

    id: str
    kind: str
    zeit: str
    angaben: str
    quelle: str
    stand: str


def fact_row(located: Located) -> FactRow:
    """A record's values as a desk officer reads them: '12,811 Mio. Euro', '26. August 2016',
    'Minister für Energie …' — never a Python representation."""
    fakt = located.fakt
    kind = type(fakt)
    parts = []
    for name in prose_fields(kind):
        value = getattr(fakt, name)
        if value not in (None, [], ""):
            parts.append(f"{kind.labels[name]}: {_german(value)}")
    for name in sorted(kind.not_prose):
        value = getattr(fakt, name)
        if value is not None:
            parts.append(f"{kind.labels[name]}: {_german(value)}")
    parts += [f"{k}: {_german(v)}" for k, v in fakt.weitere.items()]
    if fakt.text and not parts:
        parts.append(f"Text: {fakt.text}")  # a record of its prose alone (sonstiges)
    zeit = fakt.zeit()
    span = "" if zeit is None else _german(zeit)
    if zeit is not None and zeit.bis is None and isinstance(fakt, Partnerschaft):
        span += " bis heute"
    return FactRow(fakt.id, fakt.kind, span, "; ".join(parts), fakt.quelle, _german(fakt.stand))


def _german(value: object) -> str:
    """A value as the answer writes it (draft.blocks.shown), with plain spaces for the
    terminal."""
    from anfrage import formatting as fmt
    from anfrage.draft.blocks import shown

    return shown(value).replace(fmt.NBSP, " ")
