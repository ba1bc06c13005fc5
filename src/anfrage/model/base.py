"""The base of every model, and the patterns that keys must match."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict

Einheit = Literal["auto", "euro", "tsd", "mio", "millionen", "mrd"]
"""How an amount is shown: 220.000 Euro, 12.811 Tsd. Euro, 12,811 Mio. Euro, 16,9 Millionen Euro,
2,190 Mrd. Euro; 'auto' (the default) by the amount's size."""

RESSORT = r"^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß0-9-]{0,19}$"
"""The short code of a Ressort as an answer block names it: WM, BMBF, SenWEB, StK."""

DRUCKSACHE = r"^\d+/\d+$"
PARLAMENT = r"^[a-z0-9-]+$"
UNTERFRAGE = r"^[a-z]{1,2}$"
_ID = r"^[A-Za-z0-9][A-Za-z0-9_-]*$"
PATTERNS = {
    RESSORT: "a short code of the Ressort such as WM, BMBF or SenWEB (a letter, then letters, "
    "digits or hyphens; at most 20)",
    DRUCKSACHE: 'a Drucksache number such as "7/817" (in quotes)',
    PARLAMENT: "a profile name such as landtag-mv (lower-case letters, digits, hyphens)",
    UNTERFRAGE: "the letter of a sub-question such as a or b",
    _ID: "an id of letters, digits, '-' and '_' such as mv-kz-handel-2016",
}
"""What each pattern means, for error messages."""

Scalar = str | int | float | bool | None


def date_form(got: Any) -> str:
    """A bad date, with the form it must take: 02.05.2024 becomes 2024-05-02."""
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", str(got).strip())
    form = f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}" if m else "2024-05-02"
    return f"expected a date written year-month-day like {form}, got {str(got)[:60]!r}"


def _iso(value: Any) -> Any:
    # pydantic would read "0000" or 1700000000 as seconds since 1970: a date is written out.
    if isinstance(value, date) or (isinstance(value, str) and _ISO.match(value.strip())):
        return value
    raise ValueError(date_form(value))


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
Tag = Annotated[date, BeforeValidator(_iso)]
"""A calendar day, written 2024-05-02."""
M = TypeVar("M", bound="BaseModel")


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)
