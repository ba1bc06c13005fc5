"""Calendar arithmetic over dates (python-dateutil)."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta


def months_before(d: date, months: int) -> date:
    """The same day `months` months earlier; 31 March minus one month is 28 or 29 February."""
    result: date = d - relativedelta(months=months)
    return result
