"""One cell of a GENESIS table: a number in the download's language, or a special sign.

The signs are those of the Statistisches Bundesamt ("Zeichenerklärung"): `-` nothing (counted
as 0), `0` less than half a unit (a number like any other), and four that give no number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

NO_NUMBER: dict[str, str] = {
    "...": "available later ('...')",
    ".": "unknown or confidential ('.')",
    "x": "blocked ('x')",
    "/": "not certain enough ('/')",
}
"""Signs that stand where no number can be given, and what they mean."""

UNITS: dict[str, int] = {
    "eur": 1,
    "tsd. eur": 1000,
    "tsd eur": 1000,
    "eur 1000": 1000,
    "1000 eur": 1000,
    "mill. eur": 1_000_000,
    "mio. eur": 1_000_000,
    "eur million": 1_000_000,
    "eur mn": 1_000_000,
}
"""Value units of the trade tables (German and English downloads) → factor to EUR."""

_GERMAN = re.compile(r"^-?\d+(?:,\d+)?$")
_ENGLISH = re.compile(r"^-?\d+(?:\.\d+)?$")


@dataclass(frozen=True)
class Value:
    """A parsed cell: an amount in EUR, or None with the reason."""

    amount: Decimal | None
    reason: str | None = None


def factor(unit: str) -> int | None:
    """The factor from `unit` ("Tsd. EUR", "EUR 1000", "Tsd._EUR") to EUR, or None."""
    return UNITS.get(" ".join(unit.replace("_", " ").casefold().split()))


def parse(raw: str, scale: int, decimal_comma: bool) -> Value | str:
    """The cell `raw` in EUR; a message (str) where it is neither a number nor a sign."""
    text = raw.strip()
    if text == "-":
        return Value(Decimal(0))
    if text in NO_NUMBER:
        return Value(None, NO_NUMBER[text])
    pattern = _GERMAN if decimal_comma else _ENGLISH
    if not pattern.match(text):
        style = "a decimal comma (German download)" if decimal_comma else "a decimal point"
        return f"expected a number with {style} or one of - ... . x / 0, found {raw!r}"
    amount = Decimal(text.replace(",", ".")) * scale
    if amount < 0:
        return f"a trade value cannot be negative, found {raw!r}"
    return Value(amount.normalize() if amount != amount.to_integral() else amount.quantize(1))
