"""Value types of facts and inquiries: dates of known precision, periods, persons."""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from pydantic import model_validator

from anfrage.model.base import Strict

_DATUM = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


_GERMAN = re.compile(r"^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$")


def _expected(value: Any) -> str:
    """A bad date, with the form to write: a German 02.05.2024 becomes 2024-05-02."""
    m = _GERMAN.match(str(value).strip())
    if m:
        day = f"-{int(m[1]):02d}" if m[1] else ""
        form = f"{m[3]}-{int(m[2]):02d}{day}"
        return f"expected a date written year-month-day, year-month or year: {form}, got {value!r}"
    return f"expected a date like 2016-08-26, 2017-07 or 2015, got {value!r}"


class Datum(Strict):
    """A date known to the day, the month or only the year: 2016-08-26, 2017-07 or 2015."""

    jahr: int
    monat: int | None = None
    tag: int | None = None

    @model_validator(mode="before")
    @classmethod
    def _parse(cls, value: Any) -> Any:
        if isinstance(value, date):
            return {"jahr": value.year, "monat": value.month, "tag": value.day}
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise ValueError(_expected(value))
        m = _DATUM.match(str(value).strip())
        if not m:
            raise ValueError(_expected(value))
        jahr, monat, tag = (int(g) if g else None for g in m.groups())
        if not jahr:
            raise ValueError(f"there is no year 0; expected a date like 2016-08-26, got {value!r}")
        if monat is not None and not 1 <= monat <= 12:
            raise ValueError(f"month must be 1 to 12, got {value!r}")
        if tag is not None:
            assert jahr is not None and monat is not None
            last = calendar.monthrange(jahr, monat)[1]
            if not 1 <= tag <= last:
                raise ValueError(f"day must be 1 to {last} in that month, got {value!r}")
        return {"jahr": jahr, "monat": monat, "tag": tag}

    @property
    def start(self) -> date:
        return date(self.jahr, self.monat or 1, self.tag or 1)

    @property
    def end(self) -> date:
        if self.tag is not None:
            return self.start
        monat = self.monat or 12
        return date(self.jahr, monat, calendar.monthrange(self.jahr, monat)[1])

    def __str__(self) -> str:
        parts = [f"{self.jahr:04d}"] + [f"{p:02d}" for p in (self.monat, self.tag) if p]
        return "-".join(parts)


class Zeitraum(Strict):
    """A period: one Datum, or `von` and `bis`."""

    von: Datum
    bis: Datum | None = None

    @model_validator(mode="before")
    @classmethod
    def _single(cls, value: Any) -> Any:
        return value if isinstance(value, dict) else {"von": value}

    @model_validator(mode="after")
    def _ordered(self) -> Zeitraum:
        if self.bis is not None and self.bis.end < self.von.start:
            raise ValueError(f"'bis' ({self.bis}) lies before 'von' ({self.von})")
        return self

    @property
    def start(self) -> date:
        return self.von.start

    @property
    def end(self) -> date:
        return (self.bis or self.von).end

    def overlaps(self, other: Zeitraum) -> bool:
        return self.start <= other.end and other.start <= self.end


class Person(Strict):
    """A participant: a function, and a name where the answer gives one."""

    funktion: str
    name: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        return {"funktion": value} if isinstance(value, str) else value

    def __str__(self) -> str:
        return f"{self.funktion} {self.name}" if self.name else self.funktion
