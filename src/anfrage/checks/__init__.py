"""Every `check` finding, each kind in its own module. Findings are problems of a draft that
can be rendered; bad input raises AnfrageError before any check runs."""

from __future__ import annotations

from datetime import date

from anfrage.checks import (
    answers,
    consistency,
    deadline,
    facts,
    gaps,
    lookalikes,
    placeholders,
    template,
)
from anfrage.drafting import Prepared
from anfrage.errors import Problem


def run(prepared: Prepared, *, today: date, stale_months: int) -> list[Problem]:
    """All findings for one prepared inquiry, judged as of `today`."""
    inquiry = prepared.inquiry
    findings = answers.check(inquiry)
    findings += facts.check(prepared, today, stale_months)
    findings += gaps.check(prepared)
    findings += lookalikes.check(inquiry)
    findings += placeholders.check(inquiry)
    findings += consistency.check_trade_records(inquiry.facts)
    findings += consistency.check_classified(prepared.draft, inquiry.facts)
    findings += consistency.check_typed_figures(inquiry)
    findings += deadline.check(prepared, today)
    findings += template.check(prepared)
    return findings
