"""The records of a Trade as fact-file YAML text, and as plain field mappings for merging."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from anfrage.genesis import names
from anfrage.genesis.trade import RANK_FIELDS, Record, Trade
from anfrage.merging.emit import quoted

Fields = dict[str, object]


def fields(trade: Trade, record: Record) -> Fields:
    """The record's fields in fact-file order: zeitraum, amounts, ranks, quelle, stand."""
    out: Fields = {"zeitraum": zeitraum(record)}
    for flow in ("ausfuhr", "einfuhr", "umsatz"):
        amount = record.flows[flow].amount
        if amount is not None:
            out[flow] = amount
    for flow in ("umsatz", "ausfuhr", "einfuhr"):
        rank_field = RANK_FIELDS[flow]
        rank = record.flows[flow].rank
        if rank is not None:
            out[rank_field] = rank
    out["quelle"] = trade.quelle
    out["stand"] = trade.stand
    return out


def zeitraum(record: Record) -> int | dict[str, str]:
    """2015, or {von: 2017-01, bis: 2017-04} for the months of a year."""
    if record.months is None:
        return record.jahr
    first, last = record.months
    return {"von": f"{record.jahr}-{first:02d}", "bis": f"{record.jahr}-{last:02d}"}


def record_id(trade: Trade, record: Record) -> str:
    """An id for a record printed without a fact file: mv-kasachstan-handel-2015."""
    abbr = names.LAENDER.get(trade.land, ("", trade.land))[1].lower()
    return f"{abbr}-{names.slug(trade.partner_name)}-handel-{record.suffix}"


def heading(trade: Trade) -> str:
    """Where the records come from, for the top of the YAML and the report."""
    count = max((r.partners for r in trade.records), default=0)
    return (
        f"GENESIS {trade.table.statistic} ({trade.table.path.name}, downloaded "
        f"{trade.stand.isoformat()}): {trade.land_name} ({trade.land}) – "
        f"{names.plain(trade.partner_name)} ({trade.partner}); ranks among {count} "
        "partner countries"
    )


def to_yaml(trade: Trade) -> str:
    """The handel records as the text of a fact file section."""
    lines = [f"# {heading(trade)}", "handel:"]
    for record in trade.records:
        lines.append(f"  - id: {record_id(trade, record)}")
        comment = record.comment()
        for name, value in fields(trade, record).items():
            line = f"    {name}: {scalar(value)}"
            if name == "zeitraum" and comment:
                line += f"  # GENESIS: {comment}"
            lines.append(line)
    if not trade.records:
        lines[-1] = "handel: []"
    return "\n".join(lines) + "\n"


def scalar(value: object) -> str:
    """A YAML scalar: numbers and dates bare, text double-quoted, a period as a flow
    mapping."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {scalar(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if text[:4].isdigit() and text.replace("-", "").isdigit():
        return text  # a Datum such as 2017-01
    return quoted(text)
