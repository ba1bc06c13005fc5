"""The fact ledger: every fact a draft uses, where, from which source and how current.

Also the impact of a fact file: which inquiries and questions quote it. The .docx ledger is
written with python-docx, which only this module uses directly.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from anfrage import dates
from anfrage.draft.context import Verwendung
from anfrage.model import Fakt


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
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(_row(e, root) for e in rows)
    return buffer.getvalue().encode("utf-8-sig")  # with a BOM, so Excel reads the umlauts


def rows_as_text(rows: list[Eintrag], root: Path) -> list[list[str]]:
    return [_row(e, root) for e in rows]
