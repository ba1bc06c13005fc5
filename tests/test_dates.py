from datetime import date

import pytest

from anfrage.dates import months_before


@pytest.mark.parametrize(
    ("d", "months", "expected"),
    [
        (date(2017, 7, 25), 12, date(2016, 7, 25)),
        (date(2017, 3, 31), 1, date(2017, 2, 28)),
        (date(2016, 3, 31), 1, date(2016, 2, 29)),
    ],
)
def test_months_before(d: date, months: int, expected: date) -> None:
    assert months_before(d, months) == expected
