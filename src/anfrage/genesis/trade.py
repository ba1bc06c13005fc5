"""One partner's trade with one Land, per year, with its rank among all partner countries.

Rank: 1 + the number of real partner countries of that Land and period with a strictly higher
value. Pseudo-countries and groups are left out; `-` counts as 0; a partner whose value is
`.`, `x`, `...` or `/` gets no rank, and other partners without a number cannot be counted.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from anfrage.errors import AnfrageError, Problem, SourceError
from anfrage.genesis import names, values
from anfrage.genesis.reading import Table

MIN_PARTNERS = 150
"""A full download lists about 240 countries; fewer real partners means a filtered table,
where a rank would be wrong."""

FLOW_NAMES = {"ausfuhr": "Ausfuhr", "einfuhr": "Einfuhr", "umsatz": "Umsatz"}
RANK_FIELDS = {"umsatz": "rang", "ausfuhr": "rang_ausfuhr", "einfuhr": "rang_einfuhr"}
SOURCE = (
    "Datenquelle: Statistisches Bundesamt (Destatis), Genesis-Online, {abruf}; "
    "Datenlizenz by-2-0; eigene Berechnung"
)
_YEARS = re.compile(r"^\s*(\d{4})\s*(?:(?:-|–|\.\.)\s*(\d{4})\s*)?$")


@dataclass
class Flow:
    """One amount of a record and its rank, or why there is none."""

    amount: Decimal | None
    reason: str | None = None
    rank: int | None = None
    ties: list[str] = field(default_factory=list)
    uncounted: int = 0


@dataclass
class Record:
    """The partner's trade in one year, or in the months of a year the table holds."""

    jahr: int
    months: tuple[int, int] | None
    flows: dict[str, Flow]
    partners: int

    @property
    def suffix(self) -> str:
        """The period as in a record id: 2015, or 2017-01-04."""
        if self.months is None:
            return str(self.jahr)
        return f"{self.jahr}-{self.months[0]:02d}-{self.months[1]:02d}"

    @property
    def span(self) -> tuple[date, date]:
        """First and last day covered."""
        first, last = self.months or (1, 12)
        end = date(self.jahr + (last == 12), last % 12 + 1, 1)
        return date(self.jahr, first, 1), date.fromordinal(end.toordinal() - 1)

    def comment(self) -> str | None:
        """Why a rank is missing, which partners share it, what was not counted."""
        notes = []
        for flow_name, rank_field in RANK_FIELDS.items():
            f = self.flows[flow_name]
            if f.amount is None:
                notes.append(f"no {flow_name}, no {rank_field}: {f.reason}")
            elif f.rank is None:
                notes.append(f"no {rank_field}: {f.reason}")
            elif f.ties:
                who = ", ".join(f.ties) if len(f.ties) <= 5 else f"{len(f.ties)} partners"
                notes.append(f"{rank_field} {f.rank} shared with {who} (same {flow_name})")
            if f.uncounted and f.rank is not None:
                who = "1 partner" if f.uncounted == 1 else f"{f.uncounted} partners"
                notes.append(f"{who} without a figure for {flow_name} not counted")
        return "; ".join(notes) or None


@dataclass
class Trade:
    """The records for one Land and partner, with where they come from."""

    table: Table
    land: str
    land_name: str
    partner: str
    partner_name: str
    records: list[Record]
    notes: list[str] = field(default_factory=list)

    @property
    def quelle(self) -> str:
        return SOURCE.format(abruf=f"{self.table.stand:%d.%m.%Y}")

    @property
    def stand(self) -> date:
        return self.table.stand


def years(text: str | None) -> tuple[int, int] | None:
    """`--jahre` 2015 or 2015-2016 → (first, last). Raises AnfrageError."""
    if text is None:
        return None
    m = _YEARS.match(text)
    if not m or (m.group(2) and int(m.group(2)) < int(m.group(1))):
        raise AnfrageError.single(
            None, f"--jahre: expected a year or a range such as 2015-2016, got {text!r}"
        )
    return int(m.group(1)), int(m.group(2) or m.group(1))


def trade(
    table: Table,
    land: str,
    partner: str,
    jahre: str | None = None,
    *,
    ranks: bool = True,
) -> Trade:
    """The partner's trade records for the Land. Raises AnfrageError for a Land, partner or
    years not in the table, and for ranks asked of a filtered table."""
    span = years(jahre)
    land_code = names.find_land(land, table.lands)
    if land_code is None:
        raise AnfrageError.single(table.path, f"--land: {names.land_hint(land, table.lands)}")
    code = names.find_partner(partner, table.partners)
    if code is None:
        raise AnfrageError.single(
            table.path, f"--partner: {names.partner_hint(partner, table.partners)}"
        )
    name = table.partners[code]
    if not names.is_partner(code, name):
        raise AnfrageError.single(
            table.path,
            f"--partner: {name!r} ({code}) is a group of countries or a pseudo-country of STLAH, "
            "not a partner country; it takes no rank",
        )
    cells = _cells(table, land_code)
    available = sorted({int(p[:4]) for p in cells})
    if span is not None:
        missing = [y for y in range(span[0], span[1] + 1) if y not in available]
        if missing:
            raise AnfrageError.single(
                table.path,
                f"--jahre: {', '.join(map(str, missing))} not in this table for "
                f"{table.lands[land_code]}; it holds {_ranges(available)}",
            )
    records, notes = [], []
    for jahr, months, by_partner in _periods(cells):
        if span is not None and not span[0] <= jahr <= span[1]:
            continue
        real = {c: v for c, v in by_partner.items() if names.is_partner(c, table.partners[c])}
        if ranks and len(real) < MIN_PARTNERS:
            raise AnfrageError.single(
                table.path,
                f"the table holds only {len(real)} partner countries for "
                f"{table.lands[land_code]} in {jahr}; a full download lists about 240. "
                "Ranks among a selection would be wrong: download 51000-0032 with all "
                "countries (STLAH), or use --no-rank for the figures alone",
            )
        record = _record(jahr, months, code, real, table.partners, ranks)
        if record is None:
            notes.append(f"{jahr}: no figure for {names.plain(name)}; no record")
            continue
        records.append(record)
    return Trade(table, land_code, table.lands[land_code], code, name, records, notes)


Cells = dict[str, dict[str, dict[str, values.Value]]]


def _cells(table: Table, land: str) -> Cells:
    """Period → partner → flow → value, for one Land."""
    factors = {}
    for flow, unit in table.units.items():
        f = values.factor(unit)
        if f is None:
            raise SourceError.single(table.path, f"unknown unit {unit!r} of {flow}; expected EUR")
        factors[flow] = f
    out: Cells = defaultdict(lambda: defaultdict(dict))
    problems = []
    comma = table.decimal_comma
    for land_code, partner, period, flow, raw, line, col in table.rows:
        if land_code != land:
            continue
        v = values.parse(raw, factors[flow], comma)
        if isinstance(v, str):
            problems.append(Problem(table.path, v, line, col))
            continue
        out[period][partner][flow] = v
    if problems:
        raise SourceError(problems[:20])
    return out


Partners = dict[str, dict[str, values.Value]]


def _periods(cells: Cells) -> list[tuple[int, tuple[int, int] | None, Partners]]:
    """Years of an annual table; in a monthly one each year's months summed, as far as the
    table runs without a gap from January."""
    annual = [p for p in cells if len(p) == 4]
    out: list[tuple[int, tuple[int, int] | None, Cells]] = [
        (int(p), None, {p: cells[p]}) for p in sorted(annual)
    ]
    monthly: dict[int, list[str]] = defaultdict(list)
    for p in cells:
        if len(p) == 7:
            monthly[int(p[:4])].append(p)
    for jahr, periods in sorted(monthly.items()):
        months = sorted(int(p[5:]) for p in periods)
        last = max(m for i, m in enumerate(months, 1) if m == i) if months[0] == 1 else 0
        if last:
            wanted = [f"{jahr}-{m:02d}" for m in range(1, last + 1)]
            out.append((jahr, None if last == 12 else (1, last), {p: cells[p] for p in wanted}))
    return [(j, m, _summed(c)) for j, m, c in out]


def _summed(cells: Cells) -> Partners:
    """Partner → flow → value over several periods (the months of a year)."""
    total: Partners = defaultdict(dict)
    for by_partner in cells.values():
        for partner, flows in by_partner.items():
            for flow, v in flows.items():
                before = total[partner].get(flow, values.Value(Decimal(0)))
                if before.amount is None or v.amount is None:
                    total[partner][flow] = before if before.amount is None else v
                else:
                    total[partner][flow] = values.Value(before.amount + v.amount)
    return total


def _record(
    jahr: int,
    months: tuple[int, int] | None,
    code: str,
    real: Partners,
    partners: dict[str, str],
    ranks: bool,
) -> Record | None:
    if code not in real:
        return None
    amounts: Partners = {}
    for c, flows in real.items():
        a = flows.get("ausfuhr", values.Value(None, "not in the table"))
        e = flows.get("einfuhr", values.Value(None, "not in the table"))
        if a.amount is not None and e.amount is not None:
            u = values.Value(a.amount + e.amount)
        else:
            u = values.Value(
                None,
                f"{'Ausfuhr' if a.amount is None else 'Einfuhr'} is "
                f"{a.reason if a.amount is None else e.reason}",
            )
        amounts[c] = {"ausfuhr": a, "einfuhr": e, "umsatz": u}
    result: dict[str, Flow] = {}
    for flow in RANK_FIELDS:
        own = amounts[code][flow]
        f = Flow(own.amount, own.reason)
        if own.amount is not None and ranks:
            others = [(c, v[flow].amount) for c, v in amounts.items() if c != code]
            f.rank = 1 + sum(1 for _, x in others if x is not None and x > own.amount)
            f.ties = [names.plain(partners[c]) for c, x in others if x == own.amount]
            f.uncounted = sum(1 for _, x in others if x is None)
        elif own.amount is not None:
            f.reason = "ranks not asked for (--no-rank)"
        result[flow] = f
    if all(f.amount is None for f in result.values()):
        return None
    return Record(jahr, months, result, len(real))


def _ranges(years: list[int]) -> str:
    if not years:
        return "no years"
    return (
        f"{years[0]}–{years[-1]}"
        if years == list(range(years[0], years[-1] + 1))
        else (", ".join(map(str, years)))
    )
