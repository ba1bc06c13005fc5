"""The one place where an inquiry becomes the template's context.

Answer bodies are expanded into a flat list of paragraphs, each with its kind (which the
template maps to a named paragraph style). Every value taken from a fact is recorded as a
`Verwendung`, so that checks and the fact ledger know where each fact is used.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from anfrage import formatting as fmt
from anfrage import refs
from anfrage.loading.facts import Located, field_value
from anfrage.loading.inquiry import Inquiry
from anfrage.model import (
    KIND_ALIASES,
    Baustein,
    Datum,
    Einheit,
    FaktBlock,
    Handel,
    HandelBlock,
    Partnerschaft,
    Person,
    Zeitraum,
)
from anfrage.model.fakten import prose_fields
from anfrage.model.profil import Profil
from anfrage.model.questions import block_ids, coverage, nodes


@dataclass(frozen=True)
class Verwendung:
    """One use of a fact value in the draft."""

    fragen: tuple[str, ...]
    """Labels of the questions whose answer uses it ('2 a)'), or 'Vorbemerkung'."""
    record: Located
    feld: str
    text: str


@dataclass
class Draft:
    """The template context, and the fact uses behind it."""

    context: dict[str, Any]
    uses: list[Verwendung] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    annex: list[dict[str, Any]] = field(default_factory=list)
    """Paragraphs withheld from the public draft because they use VS-NfD facts, under the
    questions they answer; rendered as a separate annex."""


class _Writer:
    """Formats values and expands blocks for one answer, recording every fact used."""

    def __init__(
        self,
        inquiry: Inquiry,
        uses: list[Verwendung],
        fragen: tuple[str, ...],
        einheit: Einheit,
        marks: bool = False,
        hint: str = "",
    ) -> None:
        self.inquiry = inquiry
        self.uses = uses
        self.fragen = fragen
        self.einheit = einheit
        self.marks = marks
        """Mark each fact value for a Word comment (render --sources)."""
        self.hint = hint
        """Said in place of the paragraphs withheld for the VS-NfD annex."""
        self.withheld: list[dict[str, Any]] = []

    def value(self, value: Any, format: str | None = None) -> str:
        if isinstance(value, Datum):
            precision = _precision(value)
            if format == "kurz" and precision == "tag":
                return fmt.datum_kurz(value.start)
            return fmt.datum_lang(value.start, precision)
        if isinstance(value, Zeitraum):
            return _zeitraum(value)
        if isinstance(value, date):
            return fmt.datum_kurz(value) if format == "kurz" else fmt.datum_lang(value)
        if isinstance(value, bool):
            return "ja" if value else "nein"
        if isinstance(value, Decimal):
            if format == "zahl":
                return fmt.zahl(value, 0 if value == value.to_integral_value() else 2)
            unit = format if format in ("euro", "tsd", "mio", "millionen") else self.einheit
            return fmt.betrag(value, unit)
        if isinstance(value, int):
            return fmt.zahl(value)
        if isinstance(value, float):
            return fmt.zahl(Decimal(str(value)), len(str(value).partition(".")[2]))
        if isinstance(value, list):
            return fmt.aufzaehlung([self.value(v, format) for v in value])
        if isinstance(value, Person):
            return str(value)
        return "" if value is None else str(value)

    def use(self, record_id: str, feld: str, text: str) -> str:
        self.uses.append(Verwendung(self.fragen, self.inquiry.facts.by_id[record_id], feld, text))
        return fmt.marked(text, len(self.uses) - 1) if self.marks else text

    def text(self, text: str, own: str | None = None) -> str:
        """Resolve references in answer text, or in a record's own text when `own` is its id."""
        out = []
        for part in refs.parse(text):
            if isinstance(part, str):
                out.append(part)
                continue
            record_id, path = (own, part.path) if own else (part.path[0], part.path[1:])
            assert record_id is not None
            if not path:
                out.append(self.record_text(record_id))
                continue
            _, value = field_value(self.inquiry.facts[record_id], path)
            out.append(self.use(record_id, ".".join(path), self.value(value, part.format)))
        return "".join(out)

    def record_text(self, record_id: str) -> str:
        fakt = self.inquiry.facts[record_id]
        if fakt.text:
            return self.text(fakt.text, own=record_id)
        parts = []
        kind = type(fakt)
        for name in prose_fields(kind):
            value = getattr(fakt, name)
            if value in (None, [], ""):
                continue
            parts.append(f"{kind.labels[name]}: {self.use(record_id, name, self.value(value))}")
        zeit = fakt.zeit()
        head = self.use(record_id, "datum", _zeitraum(zeit)) if zeit else ""
        return _sentence(": ".join(x for x in (head, "; ".join(parts)) if x))

    def blocks(self, body: list[Baustein]) -> list[dict[str, Any]]:
        """The paragraphs of a body. Paragraphs using VS-NfD facts are withheld for the annex,
        and the public text says so, once."""
        out: list[dict[str, Any]] = []
        for b in body:
            units = self._units(b)
            while True:
                start = len(self.uses)
                unit = next(units, None)
                if unit is None:
                    break
                if any(u.record.fakt.vertraulich for u in self.uses[start:]):
                    if not self.withheld:
                        out.append(_p("antwort", self.hint))
                    self.withheld += unit
                else:
                    out += unit

        return out

    def _units(self, b: Baustein) -> Iterator[list[dict[str, Any]]]:
        """The paragraphs of one block, in units that are withheld or shown as a whole: one
        per record in a chronicle, the whole block otherwise."""
        if b.absatz is not None:
            yield [_p("antwort", self.text(b.absatz))]
        elif b.zwischenueberschrift is not None:
            yield [_p("zwischenueberschrift", self.text(b.zwischenueberschrift))]
        elif b.liste is not None:
            yield [_p("aufzaehlung", self.text(item)) for item in b.liste]
        elif b.tabelle is not None:
            rows = [
                [self.text(c) if isinstance(c, str) else self.value(c) for c in row]
                for row in b.tabelle.zeilen
            ]
            yield [{**_p("tabelle", ""), "kopf": list(b.tabelle.kopf), "zeilen": rows}]
        elif b.handel is not None:
            yield self.trade(b.handel)
        elif b.chronik is not None:
            for r in self.select(b.chronik):
                yield [_p("antwort", self.record_text(r.fakt.id))]
        elif b.partnerschaften is not None:
            yield self.partnerships(b.partnerschaften)

    def select(self, block: FaktBlock) -> list[Located]:
        facts = self.inquiry.facts
        kinds = {KIND_ALIASES[k] for k in block.art}
        chosen = [facts.by_id[i] for i in block.fakten]
        chosen += [r for r in facts.records() if r.fakt.kind in kinds and r not in chosen]
        period = self.inquiry.anfrage.berichtszeitraum
        if block.im_zeitraum and period is not None:
            chosen = [r for r in chosen if (z := r.fakt.zeit()) is None or z.overlaps(period)]
        return sorted(chosen, key=lambda r: (r.fakt.zeit() is None, _start(r)))

    def trade(self, block: HandelBlock) -> list[dict[str, Any]]:
        lines = []
        for n, record_id in enumerate(block.fakten):
            fakt = self.inquiry.facts[record_id]
            assert isinstance(fakt, Handel)
            z = fakt.zeitraum
            prefix = {"umsatz": "Jahr", "ausfuhr": "Ausfuhr", "einfuhr": "Einfuhr"}[block.wert]
            if z.bis is None and z.von.monat is None:
                label = f"{prefix} {z.von.jahr}"
            else:
                label = _zeitraum(z) if block.wert == "umsatz" else f"{prefix} {_zeitraum(z)}"
            amount = getattr(fakt, block.wert)
            rank_field = Handel.RANKS[block.wert]
            rank = getattr(fakt, rank_field)
            line = self.use(record_id, "zeitraum", label) + ": "
            line += self.use(
                record_id,
                block.wert,
                fmt.betrag(amount, block.einheit or self.einheit, block.stellen),
            )
            if rank is not None:
                line += " (Platz " + self.use(record_id, rank_field, str(rank)) + ")"
            lines.append(_p("zeile", line + ("." if n == len(block.fakten) - 1 else ",")))
        return lines

    def partnerships(self, block: FaktBlock) -> list[dict[str, Any]]:
        records = [r.fakt for r in self.select(block) if isinstance(r.fakt, Partnerschaft)]
        groups: dict[str, list[Partnerschaft]] = {}
        for p in records:
            groups.setdefault(p.einrichtung, []).append(p)
        inhalte = {p.inhalt for p in records}
        shared = len(records) > 1 and len(inhalte) == 1 and None not in inhalte
        out = []
        for einrichtung, group in groups.items():
            out.append(_p("gruppe", self.use(group[0].id, "einrichtung", einrichtung)))
            if len(group) == 1:
                p = group[0]
                text = self.record_text(p.id) if p.text else self._partner(p, not shared)
                out.append(_p("antwort", text))
                continue
            bereiche = {p.bereich for p in group}
            if len(bereiche) == 1 and None not in bereiche:
                b = self.use(group[0].id, "bereich", group[0].bereich or "")
                out.append(_p("antwort", f"Partnerschaften im Bereich {b} mit:"))
                items = [self._partner_name(p) for p in group]
            else:
                out.append(_p("antwort", "Partnerschaften mit:"))
                items = [
                    self._partner_name(p)
                    + (f" ({self.use(p.id, 'bereich', p.bereich)})" if p.bereich else "")
                    for p in group
                ]
            out += [
                _p("aufzaehlung", item + ("." if i == len(items) - 1 else ","))
                for i, item in enumerate(items)
            ]
        if shared:
            inhalt = "".join(self.use(p.id, "inhalt", p.inhalt or "") for p in records[:1])
            out.append(_p("antwort", f"Sämtliche Partnerschaften beziehen sich auf {inhalt}."))
        return out

    def _partner_name(self, p: Partnerschaft) -> str:
        name = self.use(p.id, "partner", p.partner)
        return name + (f" in {self.use(p.id, 'ort', p.ort)}" if p.ort else "")

    def _partner(self, p: Partnerschaft, with_inhalt: bool) -> str:
        text = "Partnerschaft mit " + self._partner_name(p)
        if p.bereich:
            text += " im Bereich " + self.use(p.id, "bereich", p.bereich)
        if p.inhalt and with_inhalt:
            text += "; sie bezieht sich auf " + self.use(p.id, "inhalt", p.inhalt)
        return _sentence(text)


def _sentence(text: str) -> str:
    """Text ending in a full stop, without doubling one that is there ('N. N.')."""
    return text if text.endswith(".") else text + "."


def _p(art: str, text: str, nummer: str = "") -> dict[str, Any]:
    return {"art": art, "nummer": nummer, "text": text, "kopf": [], "zeilen": []}


def _precision(d: Datum) -> fmt.Precision:
    return "tag" if d.tag else "monat" if d.monat else "jahr"


def _zeitraum(z: Zeitraum) -> str:
    order = ("jahr", "monat", "tag")
    precisions = [_precision(d) for d in (z.von, z.bis) if d is not None]
    return fmt.zeitraum(z.start, z.end, min(precisions, key=order.index))


def _start(r: Located) -> date:
    z = r.fakt.zeit()
    return z.start if z else date.min


def fragesteller(inquiry: Inquiry, profil: Profil) -> str:
    """The askers as the profile introduces them: 'des Abgeordneten Holger Arppe, Fraktion der
    AfD', 'der Abgeordneten A, B, weiterer Abgeordneter und der Fraktion X' …"""
    people = inquiry.anfrage.fragesteller
    if not people:
        return ""  # not known yet (an imported question); `check` reports it
    forms = profil.abgeordnete
    if len(people) > 1:
        artikel = forms.mehrere
    else:
        artikel = forms.herr if people[0].anrede == "Herr" else forms.frau
    fraktionen = list(dict.fromkeys(p.fraktion or "" for p in people))
    if len(fraktionen) == 1:
        namen = fmt.aufzaehlung([p.name for p in people])
        return profil.fragesteller.format(artikel=artikel, namen=namen, fraktion=fraktionen[0])
    namen = fmt.aufzaehlung([f"{p.name} ({p.fraktion})" if p.fraktion else p.name for p in people])
    return profil.fragesteller_mehrere_fraktionen.format(artikel=artikel, namen=namen)


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
    absaetze: list[dict[str, Any]] = []
    annex: list[dict[str, Any]] = []
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
        writer = _Writer(inquiry, uses, labels_here, antwort.einheit, sources, hint)
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
    context = _header(inquiry, profil) | {"absaetze": absaetze, "zulieferung": marking}
    return Draft(context, uses, unanswered, annex)


def _vorbemerkungen(
    inquiry: Inquiry, profil: Profil, uses: list[Verwendung], sources: bool
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The askers' Vorbemerkung (set as question text) and the government's, and what of them
    is withheld for the VS-NfD annex."""
    a = inquiry.anfrage
    out: list[dict[str, Any]] = []
    annex: list[dict[str, Any]] = []
    hint = profil.vs_hinweis.format(fragen="die Vorbemerkung")
    parts = [
        (a.vorbemerkung_fragesteller, profil.vorbemerkung_fragesteller, "fragetext"),
        (a.vorbemerkung, profil.vorbemerkung, "antwort"),
    ]
    for body, heading, art in parts:
        if not body:
            continue
        writer = _Writer(inquiry, uses, (heading.rstrip(":"),), "euro", sources, hint)
        out.append(_p("zwischenueberschrift", heading))
        out += [
            {**p, "art": art} if p["art"] == "antwort" and p["text"] != hint else p
            for p in writer.blocks(body)
        ]
        if writer.withheld:
            annex += [_p("antwortkennung", heading), *writer.withheld]
    return out, annex


def _header(inquiry: Inquiry, profil: Profil) -> dict[str, Any]:
    """Everything around the questions and answers: header lines, notes, signature."""
    a = inquiry.anfrage
    u, sig = a.uebermittlung, a.unterzeichnung
    values = {
        "absender": u.absender if u else "",
        "datum": fmt.datum_lang(u.datum) if u else "",
        "ressort": a.ressort or "",
    }
    return {
        "parlament": profil.parlament,
        "regierung": profil.regierung,
        "wahlperiode": str(a.wahlperiode or ""),
        "drucksache": a.drucksache or "",
        "anfrage_nr": a.anfrage_nr or "",
        "datum": fmt.datum_kurz(a.datum) if a.datum else "",
        "eingang": fmt.datum_kurz(a.eingang) if a.eingang else "",
        "ressort": a.ressort or "",
        "uebermittlung": profil.uebermittlung.format(**values) if u else "",
        "uebermittlung_datum": fmt.datum_kurz(u.datum) if u else "",
        "einleitung": profil.einleitung.format(**values),
        "fragesteller": fragesteller(inquiry, profil),
        "titel": a.titel,
        "unterzeichnung": sig.name if sig else "",
        "unterzeichnung_funktion": (sig.funktion or "") if sig else "",
        "in_vertretung": "In Vertretung" if sig and sig.in_vertretung else "",
    }


OPTIONAL = {
    "drucksache": "drucksache",
    "wahlperiode": "wahlperiode",
    "datum": "datum",
    "uebermittlung": "uebermittlung",
    "uebermittlung_datum": "uebermittlung",
    "fragesteller": "fragesteller",
    "titel": "titel",
    "anfrage_nr": "anfrage_nr",
    "eingang": "eingang",
    "ressort": "ressort",
    "unterzeichnung": "unterzeichnung",
    "unterzeichnung_funktion": "unterzeichnung.funktion",
}
"""Template values that stay empty when the inquiry lacks a key: value → inquiry key."""
