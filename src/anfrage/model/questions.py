"""The question tree: ids ("2a"), labels ("2 a)"), answer groups and selection."""

from __future__ import annotations

import re
from dataclasses import dataclass

from anfrage.model import Anfrage, Antwort

_ID = re.compile(r"^\s*(\d+)\s*([a-z]{0,2})\s*\)?\s*\.?\s*$")


@dataclass(frozen=True)
class Node:
    """A question or sub-question in document order."""

    id: str
    nr: str
    text: str
    parent: str | None

    @property
    def label(self) -> str:
        """As the question is named in prose: '2' or '2 a)'."""
        return f"{self.parent} {self.nr})" if self.parent else self.nr


def normalise(ref: str) -> str | None:
    """'2 a)', '2a', '2 a' → '2a'; None if it is not a question number."""
    m = _ID.match(ref)
    return f"{int(m[1])}{m[2]}" if m else None


def nodes(anfrage: Anfrage) -> list[Node]:
    out = []
    for frage in anfrage.fragen:
        out.append(Node(str(frage.nr), str(frage.nr), frage.text, None))
        for sub in frage.unterfragen:
            out.append(Node(f"{frage.nr}{sub.nr}", sub.nr, sub.text, str(frage.nr)))
    return out


def block_ids(antwort: Antwort) -> list[str]:
    return [normalise(f) or f for f in antwort.fragen]


def coverage(anfrage: Anfrage) -> dict[str, list[int]]:
    """Question id → indexes of the answer blocks that answer it."""
    cover: dict[str, list[int]] = {n.id: [] for n in nodes(anfrage)}
    for i, antwort in enumerate(anfrage.antworten):
        for qid in block_ids(antwort):
            if qid in cover:
                cover[qid].append(i)
    return cover


def select(anfrage: Anfrage, wanted: list[str]) -> tuple[set[str], list[str]]:
    """Close a selection of question ids over sub-questions and jointly answered groups.

    Returns the selected ids and one note per group that widened the selection.
    """
    all_nodes = nodes(anfrage)
    known = {n.id for n in all_nodes}
    selected: set[str] = set()
    for qid in wanted:
        selected.add(qid)
        selected.update(n.id for n in all_nodes if n.parent == qid)
    notes = []
    changed = True
    while changed:
        changed = False
        for antwort in anfrage.antworten:
            ids = [q for q in block_ids(antwort) if q in known]
            if selected.intersection(ids) and not selected.issuperset(ids):
                added = [q for q in ids if q not in selected]
                selected.update(ids)
                labels = [label(all_nodes, q) for q in ids]
                notes.append(
                    f"questions {', '.join(labels)} are answered together; "
                    f"added {', '.join(label(all_nodes, q) for q in added)}"
                )
                changed = True
        for qid in list(selected):
            for n in all_nodes:
                if n.parent == qid and n.id not in selected:
                    selected.add(n.id)
                    changed = True
    return selected, notes


def label(all_nodes: list[Node], qid: str) -> str:
    return next((n.label for n in all_nodes if n.id == qid), qid)
