"""Calendar arithmetic: months (python-dateutil), working days and public holidays (holidays),
and answer deadlines built from them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, Literal

from dateutil.relativedelta import relativedelta

from anfrage.errors import AnfrageError

Art = Literal["kalendertage", "wochen", "monate", "werktage"]
LAENDER = (
    "BB",
    "BE",
    "BW",
    "BY",
    "HB",
    "HE",
    "HH",
    "MV",
    "NI",
    "NW",
    "RP",
    "SH",
    "SL",
    "SN",
    "ST",
    "TH",
)
"""The Länder as the holidays package names its subdivisions (a test keeps them in step).
Written out because importing holidays loads every country's calendar (about 0.1 s)."""


def months_before(d: date, months: int) -> date:
    """The same day `months` months earlier; 31 March minus one month is 28 or 29 February."""
    result: date = d - relativedelta(months=months)
    return result


@cache
def _calendar(land: str | None) -> Any:
    import holidays  # only when a deadline is computed

    return holidays.country_holidays("DE", subdiv=land, language="de")


def holiday(d: date, land: str | None) -> str | None:
    """The name of the public holiday on `d` in `land` (nationwide ones where land is None)."""
    name: str | None = _calendar(land).get(d)
    return name


def is_working_day(d: date, land: str | None) -> bool:
    return d.weekday() < 5 and holiday(d, land) is None


def next_working_day(d: date, land: str | None) -> date:
    while not is_working_day(d, land):
        d += timedelta(days=1)
    return d


def add_working_days(start: date, days: int, land: str | None) -> date:
    """The `days`-th working day after `start` (start itself does not count)."""
    d = start
    for _ in range(days):
        d = next_working_day(d + timedelta(days=1), land)
    return d


def working_days_between(start: date, end: date, land: str | None) -> int:
    """Working days after `start` up to and including `end`; negative when end lies before."""
    if end < start:
        return -working_days_between(end, start, land)
    return sum(
        is_working_day(start + timedelta(days=n), land) for n in range(1, (end - start).days + 1)
    )


@dataclass(frozen=True)
class Deadline:
    """An answer deadline and how it came about."""

    due: date
    regular: date
    """The deadline by the rule, before any move or extension."""
    moved_because: str | None = None
    """Why the regular deadline moved to the next working day: 'a Saturday', 'a Sunday', or
    the holiday's official name ('Reformationstag')."""
    extended: bool = False


def deadline(
    received: date,
    art: Art,
    anzahl: int,
    land: str | None,
    *,
    verschieben: bool,
    verlaengert_bis: date | None = None,
) -> Deadline:
    """The deadline `anzahl` days, weeks, months or working days after `received`. Raises
    AnfrageError where it would fall after the year 9999."""
    try:
        return _deadline(received, art, anzahl, land, verschieben, verlaengert_bis)
    except OverflowError:
        raise AnfrageError.single(
            None,
            f"a question received on {received.isoformat()} has its deadline after the year "
            "9999, which no calendar here holds; check the date",
        ) from None


def _deadline(
    received: date,
    art: Art,
    anzahl: int,
    land: str | None,
    verschieben: bool,
    verlaengert_bis: date | None,
) -> Deadline:
    if art == "werktage":
        regular = add_working_days(received, anzahl, land)
    elif art == "kalendertage":
        regular = received + timedelta(days=anzahl)
    elif art == "wochen":
        regular = received + timedelta(weeks=anzahl)
    else:
        regular = received + relativedelta(months=anzahl)
    due, why = regular, None
    if verschieben and not is_working_day(regular, land):
        why = holiday(regular, land) or ("a Saturday" if regular.weekday() == 5 else "a Sunday")
        due = next_working_day(regular, land)
    if verlaengert_bis is not None:
        return Deadline(verlaengert_bis, regular, why, extended=True)
    return Deadline(due, regular, why)
