"""Reading a GENESIS table download (a .zip with one CSV, or the CSV) into trade rows.

Two layouts are read, both `;`-separated without quoting:

- "ffcsv", the flat file of GENESIS-Online since 2024: English column names, one value a row
  (`value`, `value_unit`, `value_variable_code`), `N_variable_*` columns for each variable;
- the older flat CSV ("wide"): German or English column names (`Statistik_Code`, `Zeit`,
  `1_Merkmal_Code`, `1_Auspraegung_Code`), one column a value named `CODE__Label__Einheit`.

UTF-8 (with or without BOM) is tried first, then cp1252, which older downloads used.
"""

from __future__ import annotations

import gc
import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from anfrage.errors import Problem, SourceError
from anfrage.genesis import values

FLOWS = {"WERTA": "ausfuhr", "WERTE": "einfuhr"}
"""Value variables read: Ausfuhr: Wert and Einfuhr: Wert, in EUR."""

LAND, PARTNER, MONTH = "DLAND", "STLAH", "MONAT"
MAX_BYTES = 1 << 30
_FFCSV = ("statistics_code", "time", "value", "value_unit", "value_variable_code")
_VAR_CODE = re.compile(r"^(\d+)_(?:merkmal|variable)_code$")
_ATTR = re.compile(r"^(\d+)_(?:auspraegung|variable_attribute)_(code|label)$")
_EXPECTED = (
    "a GENESIS-Online table download in the format 'Flat-File CSV' (ffcsv: a header "
    "starting statistics_code;statistics_label;time_code) or the older flat CSV "
    "(Statistik_Code;Statistik_Label;Zeit_Code)"
)

Row = tuple[str, str, str, str, str, int, int]
"""Land code, partner code, period (2015 or 2015-04), flow, raw value, line, column."""


@dataclass
class Table:
    """The trade rows of one download, with the names of its Länder and partners."""

    path: Path
    layout: str
    statistic: str
    label: str
    stand: date
    decimal_comma: bool
    lands: dict[str, str] = field(default_factory=dict)
    partners: dict[str, str] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    skipped: int = 0
    """Lines that are no data rows (notes at the end of an older download)."""


def read_table(path: Path) -> Table:
    """Read a downloaded table. Raises SourceError naming the file, line and column."""
    text, stand = _text(path)
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise SourceError.single(path, f"the file is empty; expected {_EXPECTED}", 1)
    header = [h.strip() for h in lines[0].split(";")]
    names = [h.casefold() for h in header]
    # No quoting in GENESIS files, so a plain split is exact, and faster than the csv module;
    # the collector is paused while some 150,000 small lists are made and dropped.
    collecting = gc.isenabled()
    gc.disable()
    try:
        rows = [line.split(";") for line in lines[1:]]
        if all(n in names for n in _FFCSV):
            table = _ffcsv(path, names, rows, stand)
        elif any(_VAR_CODE.match(n) for n in names) and any("__" in n for n in names):
            table = _wide(path, header, names, rows, stand)
        else:
            raise SourceError.single(
                path, f"not a GENESIS table: expected {_EXPECTED}; found {lines[0][:80]!r}", 1, 1
            )
    finally:
        if collecting:
            gc.enable()
    if not table.rows:
        raise SourceError.single(
            path, "the table holds no Ausfuhr or Einfuhr values (WERTA, WERTE) in EUR", 2
        )
    return table


def _text(path: Path) -> tuple[str, date]:
    """The CSV text and the download's date: the ZIP entry's timestamp, else the file date."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise SourceError.single(path, f"cannot read the table: {e.strerror}") from None
    stand = datetime.fromtimestamp(path.stat().st_mtime).date()
    if raw[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as z:
                members = [i for i in z.infolist() if i.filename.lower().endswith(".csv")]
                if len(members) != 1:
                    found = ", ".join(i.filename for i in z.infolist()) or "nothing"
                    raise SourceError.single(
                        path, f"expected one CSV file in this ZIP, found {found}"
                    )
                if members[0].file_size > MAX_BYTES:
                    raise SourceError.single(path, "the CSV in this ZIP is larger than 1 GB")
                raw = z.read(members[0])
                stand = date(*members[0].date_time[:3])
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError) as e:
            raise SourceError.single(path, f"not a readable ZIP file: {e}") from None
    try:
        return raw.decode("utf-8-sig"), stand
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), stand
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise SourceError.single(
            path, "cannot decode the table as UTF-8 or cp1252 (Windows-1252)", line
        ) from None


def _variables(path: Path, names: list[str], first: list[str]) -> dict[str, tuple[int, int]]:
    """Variable code → columns of its attribute code and label, from the first data row."""
    codes = {int(m.group(1)): i for i, n in enumerate(names) if (m := _VAR_CODE.match(n))}
    attrs = {(int(m.group(1)), m.group(2)): i for i, n in enumerate(names) if (m := _ATTR.match(n))}
    out = {}
    for nr, col in codes.items():
        if col < len(first) and (nr, "code") in attrs and (nr, "label") in attrs:
            out[first[col].strip().upper()] = (attrs[nr, "code"], attrs[nr, "label"])
    missing = [v for v in (LAND, PARTNER) if v not in out]
    if missing:
        found = ", ".join(out) or "none"
        raise SourceError.single(
            path,
            f"wrong table: it has no variable {' and no '.join(missing)} (found {found}); "
            "expected the Außenhandel table by Bundesländer (DLAND) and partner countries "
            "(STLAH), 51000-0032 (years) or 51000-0033 (months)",
            2,
        )
    return out


def _first(path: Path, reader: list[list[str]]) -> list[str]:
    if not reader:
        raise SourceError.single(path, "the table has a header but no rows", 2)
    return reader[0]


def _language(unit: str, time_label: str) -> bool:
    """True for a German download (decimal comma)."""
    u = unit.casefold()
    if "tsd" in u or "mill." in u or "mio." in u:
        return True
    if "1000" in u or "million" in u or " mn" in u:
        return False
    return time_label.casefold() in ("jahr", "monat", "zeit")


def _period(time: str, month: str | None) -> str:
    if month is not None:
        return f"{time[:4]}-{month[-2:]}"
    return time


def _ffcsv(path: Path, names: list[str], rows: list[list[str]], stand: date) -> Table:
    first = _first(path, rows)
    col = {n: names.index(n) for n in _FFCSV + ("statistics_label", "time_label")}
    var = _variables(path, names, first)
    (lc, ll), (pc, pl) = var[LAND], var[PARTNER]
    mc = var[MONTH][0] if MONTH in var else None
    stat, tc, vc, uc, fc = (col[n] for n in _FFCSV)
    table = Table(
        path, "ffcsv", first[stat], first[col["statistics_label"]], stand, decimal_comma=True
    )
    problems: list[Problem] = []
    width = len(names)
    lands, partners, units, out = table.lands, table.partners, table.units, table.rows
    for line, row in enumerate(rows, 2):
        if len(row) != width:
            _misfit(table, row, width, line, problems)
            continue
        flow = FLOWS.get(row[fc])
        if flow is None:
            continue
        land, partner = row[lc], row[pc]
        if land not in lands:
            lands[land] = row[ll].strip()
        if partner not in partners:
            partners[partner] = row[pl].strip()
        if units.get(flow) != row[uc]:
            if flow in units:
                problems.append(
                    Problem(path, f"unit {row[uc]!r} differs from {units[flow]!r}", line, uc + 1)
                )
            units[flow] = row[uc]
        period = _period(row[tc], row[mc] if mc is not None else None)
        out.append((land, partner, period, flow, row[vc], line, vc + 1))
    if problems:
        raise SourceError(problems[:20])
    unit = next(iter(units.values()), "")
    table.decimal_comma = _language(unit, first[col["time_label"]])
    return table


def _misfit(table: Table, row: list[str], width: int, line: int, problems: list[Problem]) -> None:
    """A row of the wrong width: a broken data row is a problem; a note or footer line below
    the data (GENESIS appends the source and signs) is counted as skipped."""
    if row[0] == table.statistic:
        problems.append(Problem(table.path, f"expected {width} fields, found {len(row)}", line, 1))
    elif any(cell.strip() for cell in row):
        table.skipped += 1


def _wide(
    path: Path, header: list[str], names: list[str], rows: list[list[str]], stand: date
) -> Table:
    first = _first(path, rows)
    var = _variables(path, names, first)
    (lc, ll), (pc, pl) = var[LAND], var[PARTNER]
    mc = var[MONTH][0] if MONTH in var else None
    tc = next((i for i, n in enumerate(names) if n in ("zeit", "time")), None)
    if tc is None:
        raise SourceError.single(path, "the header has no column Zeit (or Time)", 1)
    flows: list[tuple[int, str, str]] = []
    for i, name in enumerate(header):
        parts = name.split("__")
        if len(parts) >= 3 and parts[0].upper() in FLOWS and parts[-1].lower() != "q":
            flows.append((i, FLOWS[parts[0].upper()], parts[-1].replace("_", " ").strip()))
    german = names[0].startswith("statistik")
    label = first[1] if len(first) > 1 else ""
    table = Table(path, "wide", first[0], label, stand, decimal_comma=german)
    table.units = {flow: unit for _, flow, unit in flows}
    problems: list[Problem] = []
    width = len(names)
    for line, row in enumerate(rows, 2):
        if len(row) != width:
            _misfit(table, row, width, line, problems)
            continue
        land, partner = row[lc], row[pc]
        table.lands.setdefault(land, row[ll].strip())
        table.partners.setdefault(partner, row[pl].strip())
        period = _period(row[tc], row[mc] if mc is not None else None)
        for i, flow, _ in flows:
            table.rows.append((land, partner, period, flow, row[i], line, i + 1))
    if problems:
        raise SourceError(problems[:20])
    for flow, unit in table.units.items():
        if values.factor(unit) is None:
            raise SourceError.single(path, f"unknown unit {unit!r} of {flow}", 1)
    return table
