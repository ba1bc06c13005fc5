"""Deadline findings: an answer dated after its deadline, overdue, or due very soon."""

from __future__ import annotations

from datetime import date

from anfrage.deadlines import report as deadline_report
from anfrage.drafting import Prepared
from anfrage.errors import Problem
from anfrage.settings import WARN_WORKING_DAYS


def check(prepared: Prepared, today: date) -> list[Problem]:
    """Deadline findings as of `today`; none while the inquiry has no `eingang`."""
    inquiry = prepared.inquiry
    a = inquiry.anfrage
    if a.eingang is None:
        return []
    report = deadline_report(a.parlament, prepared.profil, a.eingang, a.fristverlaengerung, today)
    due, rule = report.deadline.due, report.rule.describe()
    where = inquiry.doc.position(("uebermittlung", "datum")) or (None, None)
    findings = []
    sent = a.uebermittlung.datum if a.uebermittlung else None
    if sent and sent > due:
        findings.append(
            Problem(
                inquiry.path,
                f"the answer is dated {sent}, after the deadline {due} ({rule})",
                *where,
            )
        )
    if sent and today > sent:
        return findings  # the answer has gone out
    left = report.working_days_left
    if due < today:
        findings.append(
            Problem(
                inquiry.path,
                f"overdue: the deadline was {due}, {(today - due).days} days ago ({rule})",
                *where,
            )
        )
    elif left <= WARN_WORKING_DAYS:
        findings.append(
            Problem(
                inquiry.path,
                f"due {due}, in {left} working day{'s' if left != 1 else ''} ({rule})",
                *where,
            )
        )
    return findings
