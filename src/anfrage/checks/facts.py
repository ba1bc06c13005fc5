"""Facts used outside the reporting period, or older than the answer allows."""

from __future__ import annotations

from datetime import date

from anfrage.draft.uses import Verwendung
from anfrage.drafting import Prepared
from anfrage.errors import Problem
from anfrage.model import Zeitraum, questions
from anfrage.review import is_stale


def check(prepared: Prepared, today: date, stale_months: int) -> list[Problem]:
    """Each used record outside the reporting period, or stale as of the answer date."""
    a = prepared.inquiry.anfrage
    by_record: dict[str, list[Verwendung]] = {}
    for use in prepared.draft.uses:
        by_record.setdefault(use.record.fakt.id, []).append(use)
    findings = []
    for record_id, uses in by_record.items():
        located = uses[0].record
        fakt = located.fakt
        where = ", ".join(sorted({q for u in uses for q in u.fragen}, key=_order))
        zeit = fakt.zeit()
        if a.berichtszeitraum and zeit and not fakt.within(a.berichtszeitraum):
            findings.append(
                Problem(
                    located.path,
                    f"record {record_id!r} ({_span(zeit)}) lies "
                    f"outside the reporting period {_span(a.berichtszeitraum)}; "
                    f"used in: {where}",
                    located.line,
                )
            )
        if is_stale(fakt, a.antwortdatum(today), stale_months):
            findings.append(
                Problem(
                    located.path,
                    f"record {record_id!r} has stand {fakt.stand}, "
                    f"older than {stale_months} months before the answer date "
                    f"{a.antwortdatum(today)}; used in: {where}",
                    located.line,
                )
            )
    return findings


def _order(q: str) -> tuple[int, str]:
    qid = questions.normalise(q)
    return (int(qid.rstrip("abcdefghijklmnopqrstuvwxyz")), qid) if qid else (0, q)


def _span(z: Zeitraum) -> str:
    return str(z.von) if z.bis is None else f"{z.von} to {z.bis}"
