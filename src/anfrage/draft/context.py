"""The one place where an inquiry becomes the template's context.

Answer bodies are expanded into a flat list of paragraphs, each with its kind (which the
template maps to a named paragraph style), by `anfrage.draft.blocks`. The draft stays typed
until `Draft.context`, the template's edge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from anfrage import formatting as fmt
from anfrage.draft.blocks import Writer, _p
from anfrage.draft.header import OPTIONAL, fragesteller, header
from anfrage.draft.paragraphs import Absatz
from anfrage.draft.uses import Verwendung
from anfrage.loading.inquiry import Inquiry
from anfrage.model.profil import Profil
from anfrage.model.questions import block_ids, coverage, nodes

__all__ = ["OPTIONAL", "Draft", "Verwendung", "build_draft", "fragesteller"]


@dataclass
class Draft:
    """A draft before it meets the template: its header values and paragraphs, and the fact
    uses behind them."""

    header: dict[str, str]
    absaetze: list[Absatz]
    zulieferung: str = ""
    """The marking of a contribution (Zulieferung); empty in the draft itself."""
    uses: list[Verwendung] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    annex: list[Absatz] = field(default_factory=list)
    """Paragraphs withheld from the public draft because they use VS-NfD facts, under the
    questions they answer; rendered as a separate annex."""

    @property
    def context(self) -> dict[str, Any]:
        """The template's context: the only place where the draft becomes a dict."""
        return self.context_with(self.absaetze)

    def context_with(self, absaetze: list[Absatz]) -> dict[str, Any]:
        """The context with other paragraphs, e.g. the annex's, under the same header."""
        return self.header | {
            "absaetze": [p.as_context() for p in absaetze],
            "zulieferung": self.zulieferung,
        }

    def public_texts(self) -> list[str]:
        """Every text the public draft shows."""
        return [t for p in self.absaetze for t in p.texts()]


def build_draft(
    inquiry: Inquiry,
    profil: Profil,
    selected: set[str] | None = None,
    *,
    sources: bool = False,
    ressort: str | None = None,
) -> Draft:
    """The template context for the whole draft, or for the selected question ids only. With
    `sources`, each value taken from a fact is marked for a Word comment. With `ressort`, the
    draft is that Ressort's contribution (Zulieferung) to the selected questions and says so."""
    a = inquiry.anfrage
    uses: list[Verwendung] = []
    all_nodes = nodes(a)
    position = {node.id: n for n, node in enumerate(all_nodes)}
    owner = {qid: blocks[0] for qid, blocks in coverage(a).items() if blocks}
    last = {i: max(position[q] for q, b in owner.items() if b == i) for i in set(owner.values())}
    labels = profil.beschriftung
    absaetze: list[Absatz] = []
    annex: list[Absatz] = []
    unanswered = []
    for n, node in enumerate(all_nodes):
        if selected is not None and node.id not in selected:
            continue
        if node.parent is None:
            absaetze.append(_p("frage", node.text, labels.frage.format(nr=node.nr)))
        else:
            absaetze.append(_p("unterfrage", node.text, labels.unterfrage.format(nr=node.nr)))
        if node.id not in owner or not a.antworten[owner[node.id]].text:
            unanswered.append(node.label)
        block = owner.get(node.id)
        if block is None or last[block] != n:
            continue
        antwort = a.antworten[block]
        ids = [q for q in block_ids(antwort) if q in position]
        liste = fmt.fragenliste(
            [(position[q], all_nodes[position[q]].label) for q in ids], profil.bereiche_ab
        )
        label = (
            labels.antwort_mehrere if len(ids) > 1 and labels.antwort_mehrere else labels.antwort
        )
        if label:
            absaetze.append(_p("antwortkennung", label.format(fragen=liste)))
        if len(ids) > 1:
            absaetze.append(_p("antwort", profil.gruppensatz.format(fragen=liste)))
        labels_here = tuple(all_nodes[position[q]].label for q in ids)
        hint = profil.vs_hinweis.format(fragen=liste)
        writer = Writer(inquiry, uses, labels_here, antwort.einheit, sources, hint)
        absaetze += writer.blocks(antwort.text)
        if writer.withheld:
            zu = f"Zu Frage {liste}:" if len(ids) == 1 else f"Zu den Fragen {liste}:"
            annex += [_p("antwortkennung", zu), *writer.withheld]
    if selected is None:
        vorbemerkungen, withheld = _vorbemerkungen(inquiry, profil, uses, sources)
        absaetze, annex = vorbemerkungen + absaetze, withheld + annex
    marking = ""
    if ressort is not None and selected is not None:
        ids = sorted(selected, key=position.__getitem__)
        liste = fmt.fragenliste([(position[q], all_nodes[position[q]].label) for q in ids])
        marking = f"Zulieferung {ressort} zu {'Frage' if len(ids) == 1 else 'den Fragen'} {liste}"
        if a.ressort and a.ressort != ressort:
            marking += f" – federführend: {a.ressort}"
    return Draft(header(inquiry, profil), absaetze, marking, uses, unanswered, annex)


def _vorbemerkungen(
    inquiry: Inquiry, profil: Profil, uses: list[Verwendung], sources: bool
) -> tuple[list[Absatz], list[Absatz]]:
    """The askers' Vorbemerkung (set as question text) and the government's, and what of them
    is withheld for the VS-NfD annex."""
    a = inquiry.anfrage
    out: list[Absatz] = []
    annex: list[Absatz] = []
    hint = profil.vs_hinweis.format(fragen="die Vorbemerkung")
    parts = [
        (a.vorbemerkung_fragesteller, profil.vorbemerkung_fragesteller, "fragetext"),
        (a.vorbemerkung, profil.vorbemerkung, "antwort"),
    ]
    for body, heading, art in parts:
        if not body:
            continue
        writer = Writer(inquiry, uses, (heading.rstrip(":"),), "euro", sources, hint)
        out.append(_p("zwischenueberschrift", heading))
        out += [
            p.als(art) if p.art == "antwort" and not p.hinweis else p for p in writer.blocks(body)
        ]
        if writer.withheld:
            annex += [_p("antwortkennung", heading), *writer.withheld]
    return out, annex
