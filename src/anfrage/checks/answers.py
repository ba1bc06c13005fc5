"""Is every question answered, once, and is every answer block written?"""

from __future__ import annotations

from anfrage.errors import Problem, shown
from anfrage.loading.inquiry import Inquiry
from anfrage.model import questions


def check(inquiry: Inquiry) -> list[Problem]:
    """Questions without an answer or answered twice, empty or outstanding answer blocks, and
    a single asker without the anrede the draft needs."""
    a, doc = inquiry.anfrage, inquiry.doc
    findings = []
    cover = questions.coverage(a)
    all_nodes = questions.nodes(a)
    for i, frage in enumerate(a.fragen):
        for node in all_nodes:
            if node.id != str(frage.nr) and node.parent != str(frage.nr):
                continue
            loc: tuple[str | int, ...] = ("fragen", i)
            if node.parent:
                j = [s.nr for s in frage.unterfragen].index(node.nr)
                loc += ("unterfragen", j)
            blocks = cover[node.id]
            if not blocks:
                findings.append(doc.problem(loc, f"question {node.label} has no answer"))
            elif len(blocks) > 1:
                lines = [str((doc.position(("antworten", b)) or (0,))[0]) for b in blocks]
                findings.append(
                    doc.problem(
                        loc,
                        f"question {node.label} is answered "
                        f"{len(blocks)} times (lines {', '.join(lines)})",
                    )
                )
    for b, antwort in enumerate(a.antworten):
        if not antwort.text:
            ids = questions.block_ids(antwort)
            names = ("question " if len(ids) == 1 else "questions ") + ", ".join(
                questions.label(all_nodes, q) for q in ids
            )
            what = (
                f"assigned to {antwort.ressort}; its contribution is outstanding "
                f"(anfrage merge {shown(inquiry.path)} ZULIEFERUNG.yaml)"
                if antwort.ressort
                else "its answer block has no text yet"
            )
            findings.append(doc.problem(("antworten", b), f"{names}: {what}"))
    if len(a.fragesteller) == 1 and a.fragesteller[0].anrede is None:
        findings.append(
            doc.problem(
                ("fragesteller",),
                "fragesteller: the one asker has no 'anrede' (Herr or Frau); the draft "
                "cannot say 'des Abgeordneten' or 'der Abgeordneten' without it",
            )
        )
    return findings
