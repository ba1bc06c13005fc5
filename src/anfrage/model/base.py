"""The base of every model, and the patterns that keys must match."""

from __future__ import annotations

from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict

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
M = TypeVar("M", bound="BaseModel")


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)
