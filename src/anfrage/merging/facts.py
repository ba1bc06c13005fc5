"""Putting handel records into a fact file in place: the records of the same period are
updated, the others added with ids in the file's own style. Comments, quoting and layout
survive through ruamel.yaml (merging/ is the only package that imports it).

The result must load as a fact file before it is written, and it is written whole.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.util import load_yaml_guess_indent

from anfrage import genesis, output
from anfrage.errors import Problem, SourceError
from anfrage.loading import facts as loading
from anfrage.loading._reading import read_bytes
from anfrage.merging.roundtrip import round_trip_yaml
from anfrage.model import Handel
from anfrage.model.fakten import FaktenKopf

if TYPE_CHECKING:
    from anfrage.genesis import Trade
    from anfrage.review import Use

ORDER = (
    "id",
    "zeitraum",
    "ausfuhr",
    "einfuhr",
    "umsatz",
    "rang",
    "rang_ausfuhr",
    "rang_einfuhr",
    "quelle",
    "stand",
)
"""Where each key goes in a record; amounts and ranks are replaced as a whole."""
_REPLACED = ("ausfuhr", "einfuhr", "umsatz", "rang", "rang_ausfuhr", "rang_einfuhr")
MARK = "GENESIS:"
"""Start of the comments this module writes, so that a later run replaces them."""


@dataclass
class Entry:
    """One handel record to put into the file."""

    start: date
    end: date
    suffix: str
    """The period as ids end with it: 2015, or 2017-01-04."""
    default_id: str
    fields: dict[str, object]
    comment: str | None = None


@dataclass
class Change:
    """One value that changes: old → new (None where the key is added or dropped)."""

    record_id: str
    key: str
    old: object
    new: object

    def __str__(self) -> str:
        def shown(v: object) -> str:
            return "(none)" if v is None else str(v)

        return f"{self.record_id}: {self.key} {shown(self.old)} → {shown(self.new)}"


@dataclass
class Updated:
    """The new text of the fact file, and what changed in it."""

    path: Path
    text: str
    changes: list[Change] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    """Ids of existing records with at least one changed value."""


def update_handel(path: Path, entries: list[Entry]) -> Updated:
    """The fact file at `path` with `entries` put in. Raises SourceError where the file does
    not load before or after."""
    datei, _ = loading.load_fact_file(path)
    text = read_bytes(path, "a fact file").decode("utf-8-sig")
    y, _, _ = round_trip_yaml(text)
    if load_yaml_guess_indent(text)[1] is None:  # no block list yet: the style of facts/
        y.indent(mapping=2, sequence=4, offset=2)
    data: CommentedMap = y.load(text)
    seq = data.get("handel")
    if not isinstance(seq, CommentedSeq):
        seq = CommentedSeq()
        names = list(data)
        after = max(
            (names.index(k) + 1 for k in ("titel", "quelle", "stand") if k in names), default=0
        )
        data.insert(after, "handel", seq)
    result = Updated(path, text)
    taken = {r.id for r in datei.records()}
    added: list[tuple[int, CommentedMap]] = []
    handel = _handel(datei)
    for entry in entries:
        at = next((i for i, h in enumerate(handel) if _same(h, entry.start, entry.end)), None)
        if at is not None:
            old: Handel = handel[at]
            changes = _update(seq[at], old, entry)
            if changes:
                result.changes += changes
                result.updated.append(old.id)
            continue
        record_id = _new_id(datei, entry, taken)
        taken.add(record_id)
        record = CommentedMap([("id", record_id)])
        for key, value in entry.fields.items():
            record[key] = _plain(value)
        _comment(record, entry.comment)
        later = [i for i, h in enumerate(handel) if h.zeitraum.start > entry.start]
        added.append((later[0] if later else len(handel), record))
        result.added.append(record_id)
    # insert from the back, so that the positions counted in the old list stay right
    for position, record in reversed(added):
        seq.insert(position, record)
    out = io.StringIO()
    y.dump(data, out)
    new = out.getvalue()
    result.text = new.replace("\n", "\r\n") if "\r\n" in text else new
    return result


def write(updated: Updated) -> None:
    """Check that the new text loads as a fact file, then write it whole."""
    raw = updated.text.encode("utf-8")
    try:
        loading.load_fact_file(updated.path, raw)
    except SourceError as e:
        raise SourceError(
            [
                Problem(p.path, f"after the update, this would not load: {p.message}", p.line)
                for p in e.problems
            ]
        ) from None
    output.write_atomic(updated.path, raw, force=True)


def _handel(datei: FaktenKopf) -> list[Handel]:
    records: list[Handel] = getattr(datei, Handel.section)
    return records


def _same(h: Handel, start: date, end: date) -> bool:
    return h.zeitraum.start == start and h.zeitraum.end == end


def _update(record: CommentedMap, old: Handel, entry: Entry) -> list[Change]:
    changes = []
    for key in _REPLACED:
        if key in record and key not in entry.fields:
            changes.append(Change(old.id, key, getattr(old, key), None))
            del record[key]
    for key, value in entry.fields.items():
        if key == "zeitraum":
            continue
        before = getattr(old, key)
        if _text(before) == _text(value):
            if key in record or key in ("quelle", "stand"):
                continue
        else:
            changes.append(Change(old.id, key, before, value))
        if key in record:
            record[key] = _plain(value)
        else:
            record.insert(_key_position(record, key), key, _plain(value))
    _comment(record, entry.comment)
    return changes


def _text(value: object) -> str:
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        return str(Decimal(value).normalize())
    return "" if value is None else str(value)


def _key_position(record: CommentedMap, key: str) -> int:
    names = list(record)
    before = ORDER[: ORDER.index(key)]
    return max((names.index(k) + 1 for k in before if k in names), default=len(names))


def _comment(record: CommentedMap, comment: str | None) -> None:
    """Put `comment` at the end of the zeitraum line, replacing an earlier one of ours; a
    comment the desk officer wrote there stays."""
    items: dict[Any, Any] = record.ca.items
    if "zeitraum" in items:
        token = items["zeitraum"][2]
        if token is not None and not token.value.lstrip("# ").startswith(MARK):
            return
        del items["zeitraum"]
    if comment:
        record.yaml_add_eol_comment(f"{MARK} {comment}", "zeitraum")


def _plain(value: object) -> object:
    """A value as ruamel writes it: amounts as integers where whole, a period as a flow
    mapping."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral() else float(value)
    if isinstance(value, date):  # a new object each time: a shared one would get an &anchor
        return date(value.year, value.month, value.day)
    if isinstance(value, dict):
        m = CommentedMap(value)
        m.fa.set_flow_style()
        return m
    return value


def _new_id(datei: FaktenKopf, entry: Entry, taken: set[str]) -> str:
    """An id like the file's own: mv-kz-handel-2015 gives mv-kz-handel-2017."""
    candidate = entry.default_id
    for h in _handel(datei):
        z = h.zeitraum
        if z.bis is None and z.von.monat is None and h.id.endswith(str(z.von.jahr)):
            candidate = h.id[: -len(str(z.von.jahr))] + entry.suffix
            break
    record_id, n = candidate, 2
    while record_id in taken:
        record_id, n = f"{candidate}-{n}", n + 1
    return record_id


@dataclass
class TradeFacts:
    """The outcome of `anfrage facts genesis`: the records, and what changed in a fact file."""

    trade: Trade
    yaml: str
    updated: Updated | None = None
    quoting: list[Use] = field(default_factory=list)
    """Inquiries that quote a changed or added record: to be rendered again."""
    problems: list[Problem] = field(default_factory=list)
    """Inquiries that could not be loaded while looking for those that quote the records."""

    @property
    def changed(self) -> set[str]:
        u = self.updated
        return set(u.added) | set(u.updated) if u else set()


def trade_facts(
    table: Path, land: str, partner: str, jahre: str | None, *, into: Path | None, ranks: bool
) -> TradeFacts:
    """Read the GENESIS download, rank the partner, and put the records into `into` (written
    only where something changes)."""
    trade = genesis.trade(genesis.read_table(table), land, partner, jahre, ranks=ranks)
    result = TradeFacts(trade, genesis.to_yaml(trade))
    if into is None:
        return result
    entries = [
        Entry(*r.span, r.suffix, genesis.record_id(trade, r), genesis.fields(trade, r), r.comment())
        for r in trade.records
    ]
    with output.locked(into):  # another update or merge of the same file waits for this one
        result.updated = update_handel(into, entries)
        if result.changed:
            write(result.updated)
    return result
