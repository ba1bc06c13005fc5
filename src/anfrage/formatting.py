"""German formatting of dates, periods, amounts and question lists, through Babel.

Pure functions over plain values; no imports from the rest of anfrage.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal

LOCALE = "de_DE"
NBSP = "\u00a0"
"""A no-break space: a date or an amount is never split across two lines in print."""

Precision = Literal["tag", "monat", "jahr"]

_UNITS: dict[str, tuple[Decimal, int, str]] = {
    "euro": (Decimal(1), 0, "Euro"),
    "tsd": (Decimal(1_000), 0, "Tsd. Euro"),
    "mio": (Decimal(1_000_000), 3, "Mio. Euro"),
    "millionen": (Decimal(1_000_000), 1, "Millionen Euro"),
    "mrd": (Decimal(1_000_000_000), 3, "Mrd. Euro"),
}
UNITS = (*_UNITS, "auto")
"""The units an amount can be shown in; 'auto' chooses by the amount's size."""


def datum_lang(d: date, precision: Precision = "tag") -> str:
    """'26. August 2016', 'Juli 2017' or '2015', its parts joined by no-break spaces."""
    pattern = {"tag": "d. MMMM y", "monat": "MMMM y", "jahr": "y"}[precision]
    return _held(format_date(d, pattern, locale=LOCALE))


def _held(text: str) -> str:
    """`text` with its spaces made no-break, so it never wraps in a printed line."""
    return text.replace(" ", NBSP)


def datum_wochentag(d: date) -> str:
    """'Dienstag, 25. Juli 2017', with plain spaces: it is shown in a terminal, not printed."""
    return format_date(d, "EEEE, d. MMMM y", locale=LOCALE)


def datum_kurz(d: date) -> str:
    """'21.03.2017'."""
    return format_date(d, "dd.MM.y", locale=LOCALE)


def monat(d: date) -> str:
    """'Januar'."""
    return format_date(d, "MMMM", locale=LOCALE)


def zeitraum(start: date, end: date, precision: Precision) -> str:
    """A period in prose: 'Januar bis April 2017', '29. bis 31. August 2017', '2015 bis 2017';
    each date in it held together by no-break spaces, the line may break around 'bis'."""
    if precision == "jahr":
        return str(start.year) if start.year == end.year else f"{start.year} bis {end.year}"
    if precision == "monat":
        if (start.year, start.month) == (end.year, end.month):
            return datum_lang(start, "monat")
        first = monat(start) if start.year == end.year else datum_lang(start, "monat")
        return f"{first} bis {datum_lang(end, 'monat')}"
    if start == end:
        return datum_lang(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}. bis {datum_lang(end)}"
    first = (
        _held(format_date(start, "d. MMMM", locale=LOCALE))
        if start.year == end.year
        else datum_lang(start)
    )
    return f"{first} bis {datum_lang(end)}"


def betrag(value: Decimal, einheit: str = "euro", stellen: int | None = None) -> str:
    """An amount in EUR shown in a unit: '220.000 Euro', '12,811 Mio. Euro',
    '16,9 Millionen Euro', joined by no-break spaces. Whole euros show no decimals; cents
    show two. 'auto' takes the unit a German answer would use: Euro below one million, Mio.
    below one billion, Mrd. above; 'mio' shows no decimals from one billion on
    ('2.190 Mio. Euro', not '2.190,000 Mio. Euro')."""
    if einheit == "auto":
        einheit = "euro" if abs(value) < 10**6 else "mio" if abs(value) < 10**9 else "mrd"
    try:
        divisor, default_places, label = _UNITS[einheit]
    except KeyError:
        raise ValueError(f"unit must be one of {', '.join(_UNITS)}, got {einheit!r}") from None
    places = default_places if stellen is None else stellen
    if einheit == "mio" and stellen is None and abs(value) >= 10**9:
        places = 0
    if einheit == "euro" and stellen is None and value != value.to_integral_value():
        places = 2
    return _held(f"{zahl(value / divisor, places)} {label}")


def zahl(value: Decimal | int, stellen: int = 0) -> str:
    """A number the German way: '1.218.000', '12,811'. Rounds half up, like a desk officer."""
    quantum = Decimal(1).scaleb(-stellen)
    rounded = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    pattern = "#,##0" + ("." + "0" * stellen if stellen else "")
    return format_decimal(rounded, format=pattern, locale=LOCALE, decimal_quantization=False)


def aufzaehlung(items: list[str]) -> str:
    """'1, 2, 2 a) und 2 b)'."""
    return format_list(items, style="standard", locale=LOCALE)


def fragenliste(items: list[tuple[int, str]], bereiche_ab: int | None = None) -> str:
    """A list of questions given as (position in document order, label).

    With `bereiche_ab`, every run of at least that many questions that stand next to each
    other in the document is written as a range: '1 bis 18', '1 bis 3 und 5'.
    """
    items = sorted(items)
    runs: list[list[str]] = []
    previous = None
    for position, label in items:
        if previous is not None and position == previous + 1:
            runs[-1].append(label)
        else:
            runs.append([label])
        previous = position
    parts: list[str] = []
    for run in runs:
        if bereiche_ab is not None and len(run) >= bereiche_ab:
            parts.append(f"{run[0]} bis {run[-1]}")
        else:
            parts.extend(run)
    return aufzaehlung(parts)


_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]"
)
_CONTROL_BUT_MARKS = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd3-\ufdef\ufffe\uffff\ud800-\udfff]"
)
NONCHARACTERS = re.compile("[\ufdd0-\ufdef]")
MARK_START, MARK_ID_END, MARK_END = "\ufdd0", "\ufdd1", "\ufdd2"
"""Internal marks around a fact value in a draft with sources (noncharacters, which anfrage
removes from every file it reads, so no input can forge them)."""


def clean_text(text: str, *, keep_marks: bool = False) -> str:
    """Text as it may stand in a Word document: line endings normalised to \\n, and control
    characters (other than tab and newline), the noncharacters U+FDD0–U+FDEF, U+FFFE, U+FFFF
    and lone surrogates removed. Nothing else changes: combining marks stay as typed."""
    pattern = _CONTROL_BUT_MARKS if keep_marks else _CONTROL
    return pattern.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def marked(text: str, number: int) -> str:
    """`text` between the marks of source number `number`."""
    return f"{MARK_START}{number}{MARK_ID_END}{text}{MARK_END}"
