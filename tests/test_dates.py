from datetime import date

import pytest

from anfrage.dates import (
    add_working_days,
    deadline,
    holiday,
    is_working_day,
    months_before,
    working_days_between,
)


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


def test_reformationstag_is_a_holiday_in_some_laender_only() -> None:
    reformation = date(2025, 10, 31)  # a Friday
    for land in ("ST", "SN", "BB", "MV"):
        assert holiday(reformation, land) == "Reformationstag"
    assert holiday(reformation, "BE") is None and is_working_day(reformation, "BE")


def test_working_days_skip_weekends_and_holidays() -> None:
    assert add_working_days(date(2017, 6, 27), 20, "MV") == date(2017, 7, 25)
    # Thursday 30 Oct 2025 + 1 working day: Friday is Reformationstag in MV, not in Berlin.
    assert add_working_days(date(2025, 10, 30), 1, "MV") == date(2025, 11, 3)
    assert add_working_days(date(2025, 10, 30), 1, "BE") == date(2025, 10, 31)
    assert working_days_between(date(2025, 10, 30), date(2025, 11, 3), "MV") == 1
    assert working_days_between(date(2025, 11, 3), date(2025, 10, 30), "MV") == -1


@pytest.mark.parametrize(
    ("received", "art", "anzahl", "land", "due", "why"),
    [
        (date(2026, 8, 3), "kalendertage", 14, "BE", date(2026, 8, 17), None),
        (
            date(2026, 1, 31),
            "monate",
            1,
            "ST",
            date(2026, 3, 2),
            "a Saturday",
        ),  # 28 Feb 2026: Saturday
        (date(2028, 1, 31), "monate", 1, "ST", date(2028, 2, 29), None),  # leap year
        (date(2025, 10, 10), "wochen", 3, "BE", date(2025, 10, 31), None),
        (date(2025, 10, 3), "wochen", 4, "SN", date(2025, 11, 3), "Reformationstag"),
        (date(2025, 10, 3), "wochen", 4, "BB", date(2025, 11, 3), "Reformationstag"),
        (date(2025, 12, 11), "kalendertage", 14, "BE", date(2025, 12, 29), "Erster Weihnachtstag"),
    ],
)
def test_deadline_rules(received, art, anzahl, land, due, why) -> None:
    result = deadline(received, art, anzahl, land, verschieben=True)
    assert (result.due, result.moved_because) == (due, why)


def test_deadline_that_is_not_moved() -> None:
    result = deadline(date(2026, 1, 31), "monate", 1, "ST", verschieben=False)
    assert (result.due, result.moved_because) == (date(2026, 2, 28), None)


def test_extension_wins_and_is_reported() -> None:
    result = deadline(
        date(2026, 8, 3),
        "kalendertage",
        14,
        "BE",
        verschieben=True,
        verlaengert_bis=date(2026, 8, 31),
    )
    assert (result.due, result.regular, result.extended) == (
        date(2026, 8, 31),
        date(2026, 8, 17),
        True,
    )


def test_laender_match_the_holidays_package() -> None:
    from holidays.countries.germany import Germany

    from anfrage.dates import LAENDER

    assert set(LAENDER) == {s for s in Germany.subdivisions if len(s) == 2}
