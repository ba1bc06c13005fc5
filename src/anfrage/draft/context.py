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
from anfrage.draft.gaps import Luecke, marker
from anfrage.draft.header import OPTIONAL, fragesteller, header
from anfrage.draft.paragraphs import Absatz
from anfrage.draft.uses import Verwendung
from anfrage.loading.inquiry import Inquiry
from anfrage.model import Antwort
from anfrage.model.profil import Profil
from anfrage.model.questions import Node, block_ids, coverage, nodes

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
    gaps: list[Luecke] = field(default_factory=list)
    """What the draft lacks or holds twice; `render` notes each, `check` reports them."""

    @property
    def notes(self) -> list[str]:
        """The gaps as `render` notes them."""
        return [g.message for g in self.gaps]

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
    gaps: list[Luecke] = []
    all_nodes = nodes(a)
    position = {node.id: n for n, node in enumerate(all_nodes)}
    cover = coverage(a)
    placed: dict[int, list[int]] = {}
    """Node position → the answer blocks set after it: each after the last question it
    answers, so that a question answered in two blocks loses neither."""
    for b, antwort in enumerate(a.antworten):
        where = [position[q] for q in block_ids(antwort) if q in position]
        if where:
            placed.setdefault(max(where), []).append(b)
    gaps += _answered_twice(a.antworten, cover, all_nodes)
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
        if not any(a.antworten[b].text for b in cover[node.id]):
            unanswered.append(node.label)
        if not cover[node.id]:
            absaetze.append(marker(f"Antwort fehlt: Frage {node.label}"))
        for block in placed.get(n, []):
            antwort = a.antworten[block]
            ids = [q for q in block_ids(antwort) if q in position]
            liste = fmt.fragenliste(
                [(position[q], all_nodes[position[q]].label) for q in ids], profil.bereiche_ab
            )
            label = (
                labels.antwort_mehrere
                if len(ids) > 1 and labels.antwort_mehrere
                else labels.antwort
            )
            if label:
                absaetze.append(_p("antwortkennung", label.format(fragen=liste)))
            if len(ids) > 1:
                absaetze.append(_p("antwort", profil.gruppensatz.format(fragen=liste)))
            if not antwort.text:
                absaetze.append(_outstanding(antwort.ressort, block, liste, len(ids) > 1, gaps))
                continue
            labels_here = tuple(all_nodes[position[q]].label for q in ids)
            hint = profil.vs_hinweis.format(fragen=liste)
            writer = Writer(
                inquiry,
                uses,
                labels_here,
                antwort.einheit,
                sources,
                hint,
                ("antworten", block, "text"),
                gaps,
            )
            absaetze += writer.blocks(antwort.text)
            if writer.withheld:
                zu = f"Zu Frage {liste}:" if len(ids) == 1 else f"Zu den Fragen {liste}:"
                annex += [_p("antwortkennung", zu), *writer.withheld]
    if selected is None:
        vorbemerkungen, withheld = _vorbemerkungen(inquiry, profil, uses, sources, gaps)
        absaetze, annex = vorbemerkungen + absaetze, withheld + annex
    marking = ""
    if selected is not None:
        ids = sorted(selected, key=position.__getitem__)
        liste = fmt.fragenliste([(position[q], all_nodes[position[q]].label) for q in ids])
        if ressort is None:  # an excerpt says so at its top; a contribution has its marking
            word = "Frage" if len(ids) == 1 else "Fragen"
            absaetze.insert(0, marker(f"Auszug: {word} {liste}"))
    if ressort is not None and selected is not None:
        marking = f"Zulieferung {ressort} zu {'Frage' if len(ids) == 1 else 'den Fragen'} {liste}"
        if a.ressort and a.ressort != ressort:
            marking += f" – federführend: {a.ressort}"
    return Draft(header(inquiry, profil), absaetze, marking, uses, unanswered, annex, gaps)


def _outstanding(
    ressort: str | None, block: int, liste: str, many: bool, gaps: list[Luecke]
) -> Absatz:
    """The marker of an answer block without text, and its gap."""
    if ressort:
        text = f"Zulieferung {ressort} ausstehend"
        why = f"assigned to {ressort}; its contribution is outstanding"
    else:
        text, why = "Antwort ausstehend", "its answer block has no text yet"
    gaps.append(
        Luecke(
            ("antworten", block),
            f"{'questions' if many else 'question'} {liste}: {why}; the draft says '[{text}]'",
            "ausstehend",
        )
    )
    return marker(text)


def _answered_twice(
    antworten: list[Antwort], cover: dict[str, list[int]], all_nodes: list[Node]
) -> list[Luecke]:
    """A gap for each answer block that answers questions an earlier block answers already:
    both are rendered, one after the other, and the desk officer must choose."""
    out = []
    for b in range(len(antworten)):
        again = [n for n in all_nodes if b in cover[n.id] and cover[n.id][0] != b]
        if again:
            first = sorted({cover[n.id][0] + 1 for n in again})
            out.append(
                Luecke(
                    ("antworten", b),
                    f"answer block {b + 1} answers question"
                    f"{'s' if len(again) > 1 else ''} {', '.join(n.label for n in again)} "
                    f"again, already answered by block {', '.join(map(str, first))}; "
                    "the draft shows both, one after the other: keep one",
                    "doppelt",
                )
            )
    return out


def _vorbemerkungen(
    inquiry: Inquiry, profil: Profil, uses: list[Verwendung], sources: bool, gaps: list[Luecke]
) -> tuple[list[Absatz], list[Absatz]]:
    """The askers' Vorbemerkung (set as question text) and the government's, and what of them
    is withheld for the VS-NfD annex."""
    a = inquiry.anfrage
    out: list[Absatz] = []
    annex: list[Absatz] = []
    hint = profil.vs_hinweis.format(fragen="die Vorbemerkung")
    parts = [
        (
            a.vorbemerkung_fragesteller,
            profil.vorbemerkung_fragesteller,
            "fragetext",
            "vorbemerkung_fragesteller",
        ),
        (a.vorbemerkung, profil.vorbemerkung, "antwort", "vorbemerkung"),
    ]
    for body, heading, art, key in parts:
        if not body:
            continue
        writer = Writer(inquiry, uses, (heading.rstrip(":"),), "auto", sources, hint, (key,), gaps)
        out.append(_p("zwischenueberschrift", heading))
        out += [
            p.als(art) if p.art == "antwort" and not (p.hinweis or p.luecke) else p
            for p in writer.blocks(body)
        ]
        if writer.withheld:
            annex += [_p("antwortkennung", heading), *writer.withheld]
    return out, annex
