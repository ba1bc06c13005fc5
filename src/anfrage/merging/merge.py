"""`anfrage merge`: contributions of other Ressorts spliced into the inquiry file."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from anfrage import output
from anfrage.errors import AnfrageError, Problem, SourceError
from anfrage.loading._yaml import decode, read_bytes
from anfrage.loading.inquiry import load_contribution, load_inquiry
from anfrage.merging import plan as planning
from anfrage.merging import roundtrip, wordin
from anfrage.model import Anfrage, questions


@dataclass
class Merged:
    """The outcome of a merge: the file written, or the conflicts that stopped it."""

    path: Path | None
    conflicts: list[Problem]
    merged: list[str] = field(default_factory=list)
    """One line per contribution block taken in."""
    notes: list[str] = field(default_factory=list)


def merge(
    path: Path,
    contributions: list[Path],
    *,
    out: Path | None = None,
    replace: bool = False,
    force: bool = False,
    accept_changes: bool = False,
) -> Merged:
    """Take contributions of other Ressorts into the inquiry at `path` (or write the result to
    `out`). Conflicts stop the merge with nothing written; bad input raises AnfrageError.

    The inquiry is locked from before it is read until it is replaced, so that two merges
    into one file at once both land."""
    with output.locked(path):
        return _merge(
            path, contributions, out=out, replace=replace, force=force, accept=accept_changes
        )


def _merge(
    path: Path,
    contributions: list[Path],
    *,
    out: Path | None,
    replace: bool,
    force: bool,
    accept: bool = False,
) -> Merged:
    inquiry = load_inquiry(path)
    loaded, problems, pending = [], [], []
    for c in contributions:
        try:
            if wordin.is_docx(c):  # a request filled in and sent back as Word
                got, found = wordin.load(c, inquiry, accept=accept)
                loaded.append(got)
                pending += found
            else:
                loaded.append(load_contribution(c, inquiry))
        except SourceError as e:
            problems += e.problems
    if problems:
        raise SourceError(problems)
    if pending:  # a half-reviewed document is never merged
        return Merged(None, pending)
    plan = planning.plan(inquiry, loaded, replace=replace)
    if plan.conflicts:
        return Merged(None, plan.conflicts)
    target = out if out is not None else path
    if target.exists() and not force and target.resolve() != path.resolve():
        raise AnfrageError.single(target, "exists already; use --force to overwrite it")
    a = inquiry.anfrage
    all_nodes = questions.nodes(a)
    here = target.resolve().parent

    def relative(p: Path) -> str:
        return Path(os.path.relpath(p, here)).as_posix()

    fakten: list[str] | None = None
    if plan.fakten or here != path.resolve().parent:
        old = [relative((path.parent / name).resolve()) for name in a.fakten]
        fakten = old + [relative(p) for p in plan.fakten]
    inserts, merged = [], []
    for p in plan.placements:
        if all(b in plan.unchanged for b in p.replaces):
            continue
        head = p.contribution.zulieferung.zulieferung
        labels = _questions(
            [
                questions.label(all_nodes, q)
                for q in questions.block_ids(p.contribution.zulieferung.antworten[p.index])
            ]
        )
        comment = f"Zulieferung {head.ressort}"
        comment += f" of {head.datum.isoformat()}" if head.datum else ""
        comment += f" ({head.bearbeitung})" if head.bearbeitung else ""
        comment += f", merged from {p.contribution.path.name}"
        got = p.contribution
        text = got.doc.text if wordin.is_docx(got.path) else _text(got.path)
        inserts.append(roundtrip.Insert(min(p.replaces), text, p.index, head.ressort, comment))
        merged.append(f"{head.ressort}: {labels} from {p.contribution.path.name}")
    notes = [
        f"the answer to {_labels(a, b)} already had text; replaced by the contribution"
        for b in plan.replaced
    ] + [f"{_labels(a, b)}: the contribution is merged already" for b in plan.unchanged]
    if not inserts and fakten is None and target.resolve() == path.resolve():
        return Merged(path, [], [], notes)
    source = _text(path)
    result = roundtrip.splice(source, inserts, plan.remove, fakten).encode("utf-8")
    _loads(target, result)
    output.write_atomic(target, result, force=True)
    return Merged(target, [], merged, notes)


def _loads(target: Path, merged: bytes) -> None:
    """The merged file must load like any inquiry before it is written. Its problems are
    in a text that exists nowhere yet, so they name the merged text's line, not a file's."""
    try:
        load_inquiry(target, merged)
    except SourceError as e:
        problems = [
            Problem(
                target,
                "the merged inquiry would not load, so nothing was merged: "
                + (f"line {p.line} of the merged text: " if p.line is not None else "")
                + p.message,
            )
            for p in e.problems
        ]
        raise SourceError(problems) from None


def _text(path: Path) -> str:
    return decode(path, read_bytes(path))


def _labels(a: Anfrage, block: int) -> str:
    all_nodes = questions.nodes(a)
    return _questions(
        [questions.label(all_nodes, q) for q in questions.block_ids(a.antworten[block])]
    )


def _questions(labels: list[str]) -> str:
    """'question 6' or 'questions 3, 3 a), 3 b)'."""
    return ("question " if len(labels) == 1 else "questions ") + ", ".join(labels)
