"""The contribution request (`render --ressort WM`): the questions assigned to one Ressort, each
answer block's questions followed by a marked answer space, the internal deadline and the
contact of the lead Ressort; no transmission note, no signature.

The answer space is what `anfrage merge` reads back: a label paragraph 'Antwort WM zu Frage
3:' (text, so it survives any program that re-saves the file) and the paragraphs after it,
each opened by the internal mark SPACE, which `anfrage.docx.answerspace` turns into the
'Antwortraum' style. The request ends with the paragraph `end(ressort)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from anfrage import dates
from anfrage import formatting as fmt
from anfrage.draft.blocks import Writer
from anfrage.draft.context import Draft, build_draft
from anfrage.draft.paragraphs import Absatz
from anfrage.draft.uses import Verwendung
from anfrage.loading.inquiry import Inquiry
from anfrage.model import Baustein
from anfrage.model.profil import Profil
from anfrage.model.questions import block_ids, nodes

SPACE = fmt.MARK_ID_END
"""Opens the text of each answer-space paragraph until the .docx is written (a noncharacter:
no input can hold it, and the comment marks never use it alone)."""
PLACEHOLDER = "[Bitte hier die Antwort eintragen.]"
"""The answer space of a block without draft text."""
_LABEL = re.compile(r"^Antwort (?P<ressort>\S+)(?: zu (?:den )?Fragen? (?P<fragen>.+?))?:$")
LEFT_OUT = ("uebermittlung", "uebermittlung_datum", "einleitung", "unterzeichnung")
"""Header values a request leaves empty: nothing has been sent or signed yet."""


def label(ressort: str, liste: str, several: bool) -> str:
    """The label above an answer space: 'Antwort WM zu den Fragen 3 bis 3 b):'."""
    return f"Antwort {ressort} zu {'den Fragen' if several else 'Frage'} {liste}:"


def parse_label(text: str) -> tuple[str, str] | None:
    """(Ressort, question list) of a label paragraph's text, or None."""
    m = _LABEL.match(" ".join(text.split()))
    return (m["ressort"], m["fragen"] or "") if m else None


def end(ressort: str) -> str:
    """The paragraph that closes the answer spaces of a request."""
    return f"Ende der Zulieferung {ressort}"


@dataclass
class Piece:
    """One building block of an answer body and the paragraphs it gives."""

    index: int
    baustein: Baustein
    absaetze: list[Absatz]


def pieces(
    inquiry: Inquiry, profil: Profil, block: int, uses: list[Verwendung], marks: bool = False
) -> list[Piece]:
    """The paragraphs of answer block `block`, building block by building block. With `marks`,
    each fact value stands between the marks of `formatting.marked` (numbered into `uses`)."""
    a = inquiry.anfrage
    antwort = a.antworten[block]
    all_nodes = nodes(a)
    known = {n.id: n for n in all_nodes}
    labels = tuple(known[q].label for q in block_ids(antwort) if q in known)
    hint = profil.vs_hinweis.format(fragen=", ".join(labels))
    out = []
    for k, baustein in enumerate(antwort.text):
        at = ("antworten", block, "text")
        writer = Writer(inquiry, uses, labels, antwort.einheit, marks, hint, at, [])
        out.append(Piece(k, baustein, writer.blocks([baustein])))
    return out


def internal_deadline(inquiry: Inquiry, profil: Profil) -> tuple[date, date, int] | None:
    """(the contributions' deadline, the parliament's, working days between), or None while
    the inquiry has no day of receipt."""
    a = inquiry.anfrage
    if a.eingang is None:
        return None
    rule = profil.frist_fuer(a.eingang)
    due = dates.deadline(
        a.eingang,
        rule.art,
        rule.anzahl,
        profil.land,
        verschieben=rule.verschieben,
        verlaengert_bis=a.fristverlaengerung.bis if a.fristverlaengerung else None,
    ).due
    days = a.zulieferfrist if a.zulieferfrist is not None else profil.zulieferfrist
    d = due
    for _ in range(days):
        d -= timedelta(days=1)
        while not dates.is_working_day(d, profil.land):
            d -= timedelta(days=1)
    return d, due, days


def _intro(inquiry: Inquiry, profil: Profil, ressort: str) -> list[Absatz]:
    a = inquiry.anfrage
    out = [Absatz("zwischenueberschrift", f"Bitte um Zulieferung – Ressort {ressort}")]
    lead = [f"Federführend: {a.ressort}"] if a.ressort else []
    lead += [f"Ansprechpartner: {a.bearbeitung}"] if a.bearbeitung else []
    if lead:
        out.append(Absatz("antwort", "; ".join(lead) + "."))
    frist = internal_deadline(inquiry, profil)
    if frist is None:
        out.append(Absatz("antwort", "[Frist für die Zulieferung: Eingang fehlt]", luecke=True))
    else:
        internal, due, days = frist
        out.append(
            Absatz(
                "antwort",
                f"Frist für die Zulieferung: {fmt.datum_wochentag(internal)} "
                f"({days} Arbeitstage vor der Antwortfrist am {fmt.datum_kurz(due)}).",
            )
        )
    out.append(
        Absatz(
            "antwort",
            f"Bitte tragen Sie Ihre Antwort unter „Antwort {ressort}“ ein. Absätze, Listen "
            "und Tabellen sind möglich; Fragen und Kennzeichnungen bitte nicht ändern. Bitte "
            "Änderungen annehmen und Kommentare erledigen, bevor Sie das Dokument zurücksenden.",
        )
    )
    return out


def build_request(
    inquiry: Inquiry, profil: Profil, selected: set[str], ressort: str, *, sources: bool = False
) -> Draft:
    """The contribution request of `ressort` for the questions `selected` (those assigned to
    it), pre-filled with the draft text the inquiry already holds."""
    base = build_draft(inquiry, profil, selected, sources=sources, ressort=ressort)
    a = inquiry.anfrage
    all_nodes = nodes(a)
    position = {n.id: i for i, n in enumerate(all_nodes)}
    after: dict[int, list[int]] = {}
    for b, antwort in enumerate(a.antworten):
        ids = [q for q in block_ids(antwort) if q in position]
        if antwort.ressort == ressort and ids:
            after.setdefault(max(position[q] for q in ids), []).append(b)
    uses: list[Verwendung] = []
    absaetze = _intro(inquiry, profil, ressort)
    beschriftung = profil.beschriftung
    for n, node in enumerate(all_nodes):
        if node.id not in selected:
            continue
        art, form = (
            ("frage", beschriftung.frage)
            if node.parent is None
            else (
                "unterfrage",
                beschriftung.unterfrage,
            )
        )
        absaetze.append(Absatz(art, node.text, form.format(nr=node.nr)))
        for b in after.get(n, []):
            ids = [q for q in block_ids(a.antworten[b]) if q in position]
            liste = fmt.fragenliste([(position[q], all_nodes[position[q]].label) for q in ids])
            absaetze.append(Absatz("antwortkennung", label(ressort, liste, len(ids) > 1)))
            absaetze += _space(inquiry, profil, b, uses, sources)
    absaetze.append(Absatz("antwortkennung", end(ressort)))
    header = base.header | dict.fromkeys(LEFT_OUT, "") | {"in_vertretung": ""}
    header["unterzeichnung_funktion"] = ""
    return Draft(header, absaetze, base.zulieferung, uses, base.unanswered, [], base.gaps)


def _space(
    inquiry: Inquiry, profil: Profil, block: int, uses: list[Verwendung], sources: bool
) -> list[Absatz]:
    """The answer space of one block: its draft text, or the placeholder."""
    out = [p for piece in pieces(inquiry, profil, block, uses, sources) for p in piece.absaetze]
    if not out:
        return [Absatz("antwort", SPACE + PLACEHOLDER)]
    return [p if p.art != "antwort" else replace(p, text=SPACE + p.text) for p in out]
