"""Which `|format` of a reference applies to which kind of value: a format that does not
apply is refused, where the draft would otherwise ignore it without a word."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from anfrage import refs
from anfrage.model.values import Datum, Zeitraum

_FORMATS = {
    "a date": ("lang", "kurz"),
    "an amount": ("euro", "tsd", "mio", "millionen", "mrd", "zahl"),
    "a number": ("zahl",),
}


def kind(value: Any) -> str:
    """What a value is, in the words of a message: a date, an amount, a number, a list, a text."""
    if isinstance(value, (Datum, Zeitraum, date)):
        return "a date"
    if isinstance(value, Decimal):
        return "an amount"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "a number"
    if isinstance(value, list):
        return "a list"
    return "a text"


def problem(ref: refs.Ref, value: Any) -> str | None:
    """Why `ref`'s format cannot be used on `value`, or None where it can (or has none)."""
    wanted = ref.form
    if wanted is None:
        return None
    if wanted not in refs.FORMATS:
        return f"{ref}: unknown format {wanted!r}; expected one of: {', '.join(refs.FORMATS)}"
    what = kind(value)
    if what == "a list":
        if wanted == "liste":
            return None
        return next(filter(None, (problem(ref, item) for item in value)), None)
    allowed = _FORMATS.get(what, ())
    if ref.stellen is not None and what != "an amount" and value is not None:
        return f"{ref}: decimal places (:{ref.stellen}) apply to amounts only; write |{wanted}"
    return None if value is None or wanted in allowed else _refuse(ref, what, allowed)


def _refuse(ref: refs.Ref, what: str, allowed: tuple[str, ...]) -> str:
    takes = " or ".join(repr(f) for f in allowed) if allowed else "no format"
    return f"{ref}: format {ref.format!r} does not apply: the value is {what}, which takes {takes}"
