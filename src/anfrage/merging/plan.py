"""Taking contributions (Zulieferungen) of other Ressorts back into an inquiry.

An answer block of the inquiry that names a Ressort (`ressort: WM`) is assigned to it. A
contribution of that Ressort answers those questions; its blocks replace the assigned ones.
Everything that would lose or contradict text is a conflict, and a conflict stops the merge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from anfrage.errors import Problem, shown
from anfrage.loading.inquiry import Contribution, Inquiry
from anfrage.model.questions import block_ids, coverage, label, nodes


@dataclass
class Placement:
    """One contribution block and the inquiry blocks it replaces."""

    contribution: Contribution
    index: int
    replaces: list[int]


@dataclass
class Plan:
    placements: list[Placement] = field(default_factory=list)
    conflicts: list[Problem] = field(default_factory=list)
    replaced: list[int] = field(default_factory=list)
    """Inquiry blocks with text of their own that the contributions replace (--replace)."""
    unchanged: list[int] = field(default_factory=list)
    """Inquiry blocks that already hold exactly what the contribution says."""
    fakten: list[Path] = field(default_factory=list)
    """Fact files the contributions quote that the inquiry does not list yet."""

    @property
    def remove(self) -> set[int]:
        return {b for p in self.placements for b in p.replaces} - set(self.unchanged)


def plan(inquiry: Inquiry, contributions: list[Contribution], *, replace: bool) -> Plan:
    """Where each contribution block goes, or the conflicts that stop the merge."""
    a = inquiry.anfrage
    all_nodes = nodes(a)
    cover = coverage(a)
    result = Plan()
    claimed: dict[str, Problem] = {}
    for c in contributions:
        for k, antwort in enumerate(c.zulieferung.antworten):
            targets: list[int] = []
            for j, qid in enumerate(block_ids(antwort)):
                here = c.doc.problem(("antworten", k, "fragen", j), "")
                name = label(all_nodes, qid)
                if qid in claimed:
                    first = claimed[qid]
                    result.conflicts.append(
                        _at(here, f"question {name} is answered twice: here and in {first.where}")
                    )
                    continue
                claimed[qid] = here
                owners = cover.get(qid, [])
                mine = [b for b in owners if a.antworten[b].ressort == c.ressort]
                if mine:
                    targets += [b for b in mine if b not in targets]
                    continue
                result.conflicts.append(_at(here, _not_assigned(inquiry, qid, name, c, owners)))
            result.placements.append(Placement(c, k, targets))
    _check_whole_blocks(inquiry, result)
    _check_existing_text(inquiry, result, replace)
    known = set(inquiry.facts.files)
    for c in contributions:
        for p in c.fact_paths:
            if p not in known:
                known.add(p)
                result.fakten.append(p)
    return result


def _at(where: Problem, message: str) -> Problem:
    return Problem(where.path, message, where.line, where.column)


def _not_assigned(inquiry: Inquiry, qid: str, name: str, c: Contribution, owners: list[int]) -> str:
    a = inquiry.anfrage
    if not owners:
        return (
            f"question {name} is not assigned to {c.ressort}: the inquiry has no answer block "
            f"for it; assign it there first (an answer block with ressort: {c.ressort})"
        )
    b = owners[0]
    line = _line(inquiry, b)
    who = a.antworten[b].ressort
    if who:
        return f"question {name} is assigned to {who}, not to {c.ressort} (inquiry line {line})"
    lead = f" ({a.ressort})" if a.ressort else ""
    return (
        f"question {name} is not assigned to {c.ressort}: the lead Ressort{lead} answers it "
        f"(inquiry line {line}); add ressort: {c.ressort} to that block to assign it"
    )


def _line(inquiry: Inquiry, block: int) -> int:
    pos = inquiry.doc.position(("antworten", block))
    return pos[0] if pos else 0


def _check_whole_blocks(inquiry: Inquiry, result: Plan) -> None:
    """Questions assigned together must come back together: a contribution replaces the
    assigned block, so a question it leaves out would lose its answer."""
    a = inquiry.anfrage
    all_nodes = nodes(a)
    answered: dict[int, set[str]] = {}
    by_block: dict[int, Contribution] = {}
    for p in result.placements:
        ids = set(block_ids(p.contribution.zulieferung.antworten[p.index]))
        for b in p.replaces:
            answered.setdefault(b, set()).update(ids)
            by_block.setdefault(b, p.contribution)
    for b, ids in answered.items():
        missing = [q for q in block_ids(a.antworten[b]) if q not in ids]
        if missing:
            c = by_block[b]
            together = ", ".join(label(all_nodes, q) for q in block_ids(a.antworten[b]))
            result.conflicts.append(
                c.doc.problem(
                    ("zulieferung", "ressort"),
                    f"the inquiry assigns questions {together} to {c.ressort} together "
                    f"(inquiry line {_line(inquiry, b)}); this contribution does not answer "
                    f"{', '.join(label(all_nodes, q) for q in missing)}",
                )
            )


def _check_existing_text(inquiry: Inquiry, result: Plan, replace: bool) -> None:
    """An assigned block that already has text is replaced only with --replace, unless the
    contribution says exactly the same (merged before)."""
    a = inquiry.anfrage
    all_nodes = nodes(a)
    for b in sorted({b for p in result.placements for b in p.replaces}):
        current = a.antworten[b]
        if not current.text:
            continue
        incoming = [p for p in result.placements if b in p.replaces]
        if len(incoming) == 1 and incoming[0].replaces == [b]:
            p = incoming[0]
            theirs = p.contribution.zulieferung.antworten[p.index]
            if theirs.model_copy(update={"ressort": current.ressort}) == current:
                result.unchanged.append(b)
                continue
        if replace:
            result.replaced.append(b)
            continue
        names = ", ".join(label(all_nodes, q) for q in block_ids(current))
        from_ = ", ".join(sorted({shown(p.contribution.path) for p in incoming}))
        result.conflicts.append(
            inquiry.doc.problem(
                ("antworten", b, "text"),
                f"the answer to {names} already has text, which {from_} would overwrite; "
                "compare the two, then merge with --replace to take the contribution's text",
            )
        )
