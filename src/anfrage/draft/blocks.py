"""The expansion of answer bodies into paragraphs: one expander per block kind.

Every value taken from a fact is recorded as a `Verwendung`, and every record the text draws
on is recorded as touched, so that a paragraph drawing on a VS-NfD record is withheld from the
public draft whether or not it quotes one of the record's fields.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

from anfrage import formatting as fmt
from anfrage import refs
from anfrage.draft.gaps import Loc, Luecke, marker
from anfrage.draft.paragraphs import Absatz
from anfrage.draft.uses import Verwendung
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
    Tabelle,
    Zeitraum,
)
from anfrage.model.fakten import prose_fields


class Writer:
    """Formats values and expands blocks for one answer, recording every fact used."""

    def __init__(
        self,
        inquiry: Inquiry,
        uses: list[Verwendung],
        fragen: tuple[str, ...],
        einheit: Einheit,
        marks: bool = False,
        hint: str = "",
        at: Loc = (),
        gaps: list[Luecke] | None = None,
    ) -> None:
        self.inquiry = inquiry
        self.uses = uses
        self.fragen = fragen
        self.einheit = einheit
        self.marks = marks
        """Mark each fact value for a Word comment (render --sources)."""
        self.hint = hint
        """Said in place of the paragraphs withheld for the VS-NfD annex."""
        self.withheld: list[Absatz] = []
        self.touched: list[str] = []
        """Every record the text draws on, in order; a classified one withholds its unit."""
        self.body_at = at
        """Where the body stands in the inquiry file, for the gaps it reports."""
        self.at: Loc = at
        self.gaps = gaps if gaps is not None else []

    def value(self, value: Any, format: str | None = None, stellen: int | None = None) -> str:
        """A value as the answer writes it, amounts in this answer's unit."""
        return shown(value, format, stellen, self.einheit)

    def use(self, record_id: str, feld: str, text: str) -> str:
        self.touched.append(record_id)
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
            shown = self.value(value, part.form, part.stellen)
            out.append(self.use(record_id, ".".join(path), shown))
        return "".join(out)

    def record_text(self, record_id: str) -> str:
        """A record as prose: its own `text`, or its fields with their labels."""
        self.touched.append(record_id)  # its text may quote no field, and still be classified
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

    def blocks(self, body: list[Baustein]) -> list[Absatz]:
        """The paragraphs of a body. Paragraphs using VS-NfD facts are withheld for the annex,
        and the public text says so, once."""
        out: list[Absatz] = []
        facts = self.inquiry.facts
        for k, b in enumerate(body):
            self.at = self.body_at + (k, b.art)
            units = self._units(b)
            while True:
                start = len(self.touched)
                unit = next(units, None)
                if unit is None:
                    break
                if any(facts[r].vertraulich for r in self.touched[start:]):
                    if not self.withheld:
                        out.append(Absatz("antwort", self.hint, hinweis=True))
                    self.withheld += unit
                else:
                    out += unit

        return out

    def _units(self, b: Baustein) -> Iterator[list[Absatz]]:
        """The paragraphs of one block, in units that are withheld or shown as a whole: one
        per record in a chronicle, the whole block otherwise."""
        yield from EXPANDERS[b.art](self, getattr(b, b.art))

    def select(self, block: FaktBlock) -> list[Located]:
        facts = self.inquiry.facts
        kinds = {KIND_ALIASES[k] for k in block.art}
        chosen = [facts.by_id[i] for i in block.fakten]
        chosen += [r for r in facts.records() if r.fakt.kind in kinds and r not in chosen]
        period = self.inquiry.anfrage.berichtszeitraum
        if block.im_zeitraum and period is not None:
            chosen = [r for r in chosen if r.fakt.within(period)]
        return sorted(chosen, key=lambda r: (r.fakt.zeit() is None, _start(r)))

    def nothing(self, name: str, block: FaktBlock, wanted: str = "") -> list[Absatz]:
        """The marker for a fact block that selects no record, and its gap: a heading
        sentence must not stand with nothing after it."""
        what = [f"fakten={', '.join(block.fakten)}"] if block.fakten else []
        what += [f"art={', '.join(block.art)}"] if block.art else []
        period = self.inquiry.anfrage.berichtszeitraum
        within = block.im_zeitraum and period is not None
        shown = f"keine Einträge: {name} {' '.join(what)}"
        if within and period is not None:
            shown += f" im Berichtszeitraum {_zeitraum(period)}".replace(fmt.NBSP, " ")
        hint = (
            "add records, set 'im_zeitraum: false' to take records outside the reporting "
            "period, or remove the block"
            if within
            else "add records or remove the block"
        )
        self.gaps.append(
            Luecke(
                self.at,
                f"the {name} block selects no record{wanted} ({' '.join(what)}"
                f"{', within the reporting period' if within else ''}); the draft says "
                f"'[{shown}]' there; {hint}",
                "leer",
            )
        )
        return [marker(shown)]

    def trade(self, block: HandelBlock) -> list[Absatz]:
        lines = []
        for n, record_id in enumerate(block.fakten):
            fakt = self.inquiry.facts[record_id]
            assert isinstance(fakt, Handel)
            z = fakt.zeitraum
            prefix = {"umsatz": "Jahr", "ausfuhr": "Ausfuhr", "einfuhr": "Einfuhr"}[block.wert]
            if z.bis is None and z.von.monat is None:
                label = f"{prefix}{fmt.NBSP}{z.von.jahr}"
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
                line += " (Platz" + fmt.NBSP + self.use(record_id, rank_field, str(rank)) + ")"
            lines.append(_p("zeile", line + ("." if n == len(block.fakten) - 1 else ",")))
        return lines

    def partnerships(self, block: FaktBlock) -> list[Absatz]:
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


def shown(
    value: Any, format: str | None = None, stellen: int | None = None, einheit: str = "auto"
) -> str:
    """A fact value as the answer writes it: dates in words, amounts in `einheit` (or the unit
    `format` names), numbers the German way; a list joined with 'und'."""
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
            whole = value == value.to_integral_value()
            return fmt.zahl(value, stellen if stellen is not None else 0 if whole else 2)
        unit = format if format in fmt.UNITS else einheit
        return fmt.betrag(value, unit, stellen)
    if isinstance(value, int):  # four digits stand alone: a year 1998, not '1.998'
        return str(value) if abs(value) < 10_000 else fmt.zahl(value)
    if isinstance(value, float):
        return fmt.zahl(Decimal(str(value)), len(str(value).partition(".")[2]))
    if isinstance(value, list):
        return fmt.aufzaehlung([shown(v, format, stellen, einheit) for v in value])
    if isinstance(value, Person):
        return str(value)
    return "" if value is None else str(value)


def _sentence(text: str) -> str:
    """Text ending in a full stop, without doubling one that is there ('N. N.')."""
    return text if text.endswith(".") else text + "."


def _p(art: str, text: str, nummer: str = "") -> Absatz:
    return Absatz(art, text, nummer)


def _precision(d: Datum) -> fmt.Precision:
    return "tag" if d.tag else "monat" if d.monat else "jahr"


def _zeitraum(z: Zeitraum) -> str:
    order = ("jahr", "monat", "tag")
    precisions = [_precision(d) for d in (z.von, z.bis) if d is not None]
    return fmt.zeitraum(z.start, z.end, min(precisions, key=order.index))


def _start(r: Located) -> date:
    z = r.fakt.zeit()
    return z.start if z else date.min


def _absatz(w: Writer, text: str) -> Iterator[list[Absatz]]:
    yield [_p("antwort", w.text(text))]


def _zwischenueberschrift(w: Writer, text: str) -> Iterator[list[Absatz]]:
    yield [_p("zwischenueberschrift", w.text(text))]


def _liste(w: Writer, items: list[str]) -> Iterator[list[Absatz]]:
    yield [_p("aufzaehlung", w.text(item)) for item in items]


def _tabelle(w: Writer, tabelle: Tabelle) -> Iterator[list[Absatz]]:
    rows = [
        [w.text(c) if isinstance(c, str) else w.value(c) for c in row] for row in tabelle.zeilen
    ]
    yield [Absatz("tabelle", "", kopf=list(tabelle.kopf), zeilen=rows)]


def _handel(w: Writer, block: HandelBlock) -> Iterator[list[Absatz]]:
    yield w.trade(block)


def _chronik(w: Writer, block: FaktBlock) -> Iterator[list[Absatz]]:
    records = w.select(block)
    if not records:
        yield w.nothing("chronik", block)
    for r in records:
        yield [_p("antwort", w.record_text(r.fakt.id))]


def _partnerschaften(w: Writer, block: FaktBlock) -> Iterator[list[Absatz]]:
    paragraphs = w.partnerships(block)
    yield paragraphs or w.nothing("partnerschaften", block, " of kind partnerschaft")


EXPANDERS: dict[str, Callable[[Writer, Any], Iterator[list[Absatz]]]] = {
    "absatz": _absatz,
    "zwischenueberschrift": _zwischenueberschrift,
    "liste": _liste,
    "tabelle": _tabelle,
    "handel": _handel,
    "chronik": _chronik,
    "partnerschaften": _partnerschaften,
}
"""Answer block kind (a key of `Baustein`) → its expander: the one place a block kind is
turned into paragraphs."""
