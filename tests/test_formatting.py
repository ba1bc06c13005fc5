from datetime import date
from decimal import Decimal

import pytest

from anfrage import formatting as fmt


@pytest.mark.parametrize(
    ("d", "precision", "expected"),
    [
        (date(2016, 8, 26), "tag", "26.\u00a0August\u00a02016"),
        (date(2017, 3, 1), "tag", "1.\u00a0März\u00a02017"),
        (date(2017, 7, 1), "monat", "Juli\u00a02017"),
        (date(2015, 1, 1), "jahr", "2015"),
    ],
)
def test_datum_lang(d: date, precision: fmt.Precision, expected: str) -> None:
    assert fmt.datum_lang(d, precision) == expected


def test_datum_kurz() -> None:
    assert fmt.datum_kurz(date(2017, 3, 21)) == "21.03.2017"


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        (date(2017, 1, 1), date(2017, 4, 30), "monat", "Januar bis April 2017"),
        (date(2016, 11, 1), date(2017, 2, 28), "monat", "November 2016 bis Februar 2017"),
        (date(2017, 7, 1), date(2017, 7, 31), "monat", "Juli 2017"),
        (date(2017, 8, 29), date(2017, 8, 31), "tag", "29. bis 31. August 2017"),
        (date(2017, 8, 28), date(2017, 9, 3), "tag", "28. August bis 3. September 2017"),
        (date(2016, 12, 30), date(2017, 1, 2), "tag", "30. Dezember 2016 bis 2. Januar 2017"),
        (date(2015, 1, 1), date(2017, 12, 31), "jahr", "2015 bis 2017"),
    ],
)
def test_zeitraum(start: date, end: date, precision: fmt.Precision, expected: str) -> None:
    # Spaces inside a date are no-break; only the ones around 'bis' may break a line.
    held = " bis ".join(part.replace(" ", "\u00a0") for part in expected.split(" bis "))
    assert fmt.zeitraum(start, end, precision) == held


@pytest.mark.parametrize(
    ("value", "einheit", "stellen", "expected"),
    [
        ("12811000", "mio", None, "12,811\u00a0Mio.\u00a0Euro"),
        ("5458000", "mio", None, "5,458\u00a0Mio.\u00a0Euro"),
        ("220000", "euro", None, "220.000\u00a0Euro"),
        ("1218000", "euro", None, "1.218.000\u00a0Euro"),
        ("16900000", "millionen", None, "16,9\u00a0Millionen\u00a0Euro"),
        ("2500000", "millionen", None, "2,5\u00a0Millionen\u00a0Euro"),
        ("12811000", "tsd", None, "12.811\u00a0Tsd.\u00a0Euro"),
        ("1234.5", "euro", None, "1.234,50\u00a0Euro"),
        ("12811000", "mio", 1, "12,8\u00a0Mio.\u00a0Euro"),
        ("1250000", "millionen", None, "1,3\u00a0Millionen\u00a0Euro"),
        ("2190000000", "mrd", None, "2,190\u00a0Mrd.\u00a0Euro"),
        ("2190000000", "mrd", 1, "2,2\u00a0Mrd.\u00a0Euro"),
        ("2190000000", "mio", None, "2.190\u00a0Mio.\u00a0Euro"),
        ("2190000000", "auto", None, "2,190\u00a0Mrd.\u00a0Euro"),
        ("12811000", "auto", None, "12,811\u00a0Mio.\u00a0Euro"),
        ("220000", "auto", None, "220.000\u00a0Euro"),
        ("1234.5", "auto", None, "1.234,50\u00a0Euro"),
    ],
)
def test_betrag(value: str, einheit: str, stellen: int | None, expected: str) -> None:
    assert fmt.betrag(Decimal(value), einheit, stellen) == expected


def test_datum_wochentag_keeps_plain_spaces_for_the_terminal() -> None:
    assert fmt.datum_wochentag(date(2017, 7, 25)) == "Dienstag, 25. Juli 2017"


def test_dates_and_amounts_hold_together_but_a_period_may_break_around_bis() -> None:
    period = fmt.zeitraum(date(2017, 8, 28), date(2017, 9, 3), "tag")
    assert period.split(" ") == ["28.\u00a0August", "bis", "3.\u00a0September\u00a02017"]
    assert " " not in fmt.betrag(Decimal("1234.5")) + fmt.datum_lang(date(2016, 8, 26))


def test_betrag_rejects_unknown_unit() -> None:
    with pytest.raises(ValueError, match="unit must be one of"):
        fmt.betrag(Decimal(1), "dm")


@pytest.mark.parametrize(
    ("items", "expected"),
    [(["1"], "1"), (["1", "2"], "1 und 2"), (["1", "2", "2 a)", "2 b)"], "1, 2, 2 a) und 2 b)")],
)
def test_aufzaehlung(items: list[str], expected: str) -> None:
    assert fmt.aufzaehlung(items) == expected


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("tab\tok", "tab\tok"),
        ("bell\x07 nul\x00 esc\x1b", "bell nul esc"),
        ("c1\x85x", "c1x"),
        ("u\u0308", "u\u0308"),
        ("A & B <C> \"d\" 'e'", "A & B <C> \"d\" 'e'"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert fmt.clean_text(raw) == clean


def numbered(*labels: str) -> list[tuple[int, str]]:
    """Labels at their position among questions 1, 2, 2 a), 2 b), 3 … 20."""
    order = ["1", "2", "2 a)", "2 b)"] + [str(n) for n in range(3, 21)]
    return [(order.index(label), label) for label in labels]


@pytest.mark.parametrize(
    ("labels", "bereiche_ab", "expected"),
    [
        (("1", "2"), None, "1 und 2"),
        (("1", "2"), 3, "1 und 2"),
        (("1", "2", "2 a)", "2 b)"), None, "1, 2, 2 a) und 2 b)"),
        (("1", "2", "2 a)", "2 b)"), 3, "1 bis 2 b)"),
        (tuple(["1", "2", "2 a)", "2 b)"] + [str(n) for n in range(3, 19)]), 3, "1 bis 18"),
        (
            tuple(str(n) for n in range(3, 19)),
            None,
            ", ".join(str(n) for n in range(3, 18)) + " und 18",
        ),
        (("3", "4", "5", "7"), 3, "3 bis 5 und 7"),
        (("3", "4", "7", "8", "9", "10"), 3, "3, 4 und 7 bis 10"),
        (("3", "5", "7"), 2, "3, 5 und 7"),
        (("7", "3", "4"), 2, "3 bis 4 und 7"),
        (("5",), 2, "5"),
    ],
)
def test_fragenliste(labels: tuple[str, ...], bereiche_ab: int | None, expected: str) -> None:
    assert fmt.fragenliste(numbered(*labels), bereiche_ab) == expected
