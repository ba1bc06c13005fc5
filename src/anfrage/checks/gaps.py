"""Gaps the draft marks: a fact block that selects no record. (Questions answered twice and
outstanding contributions are reported by `checks.answers`.)"""

from __future__ import annotations

from anfrage.drafting import Prepared
from anfrage.errors import Problem


def check(prepared: Prepared) -> list[Problem]:
    """A finding for each fact block of the draft that selects no record."""
    doc = prepared.inquiry.doc
    return [doc.problem(g.loc, g.message) for g in prepared.draft.gaps if g.art == "leer"]
