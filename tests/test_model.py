from datetime import date

import pytest

from anfrage.model import Anfrage, Baustein, Datum, Handel, Invalid, Zeitraum, validate


@pytest.mark.parametrize(
    ("raw", "start", "end"),
    [
        ("2016-08-26", date(2016, 8, 26), date(2016, 8, 26)),
        ("2017-07", date(2017, 7, 1), date(2017, 7, 31)),
        (2015, date(2015, 1, 1), date(2015, 12, 31)),
        ("2016-02", date(2016, 2, 1), date(2016, 2, 29)),
    ],
)
def test_datum_precision(raw: object, start: date, end: date) -> None:
    d = Datum.model_validate(raw)
    assert (d.start, d.end) == (start, end)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("2017-02-29", "day must be 1 to 28"),
        ("2017-13", "month must be 1 to 12"),
        ("26.08.2016", "year-month-day, year-month or year: 2016-08-26"),
        ({"von": 2015}, "expected a date like 2016-08-26"),
        (True, "expected a date like"),
    ],
)
def test_datum_rejects_unreal_dates(raw: object, message: str) -> None:
    with pytest.raises(Invalid) as e:
        validate(Datum, raw)
    assert message in e.value.issues[0][1]


def test_zeitraum_single_and_range() -> None:
    assert Zeitraum.model_validate(2016).end == date(2016, 12, 31)
    z = Zeitraum.model_validate({"von": "2017-01", "bis": "2017-04"})
    assert (z.start, z.end) == (date(2017, 1, 1), date(2017, 4, 30))
    assert z.overlaps(Zeitraum.model_validate(2017))
    assert not z.overlaps(Zeitraum.model_validate(2016))
    with pytest.raises(Invalid, match="1 validation"):
        validate(Zeitraum, {"von": 2017, "bis": 2016})


def test_trade_needs_an_amount_and_numbers() -> None:
    base = {"id": "h", "quelle": "q", "stand": 2017, "zeitraum": 2016}
    with pytest.raises(Invalid) as e:
        validate(Handel, base)
    assert "needs at least one of ausfuhr" in e.value.issues[0][1]
    with pytest.raises(Invalid) as e:
        validate(Handel, {**base, "umsatz": "12,8 Mio"})
    assert e.value.issues[0][0] == ("umsatz",)


def test_baustein_takes_exactly_one_key() -> None:
    assert validate(Baustein, "Text").absatz == "Text"
    with pytest.raises(Invalid, match="1 validation"):
        validate(Baustein, {"absatz": "a", "zwischenueberschrift": "b"})


def test_typo_suggests_the_key_and_lists_the_allowed_ones() -> None:
    with pytest.raises(Invalid) as e:
        validate(Anfrage, {"fragn": []})
    typo = [msg for loc, msg, key in e.value.issues if loc == ("fragn",)]
    assert typo and "did you mean 'fragen'?" in typo[0] and "wahlperiode" in typo[0]


def test_typo_inside_an_optional_submodel_lists_its_keys() -> None:
    with pytest.raises(Invalid) as e:
        validate(
            Handel,
            {"id": "h", "quelle": "q", "stand": 2017, "zeitraum": {"vonn": 2015}, "umsatz": 1},
        )
    msgs = [m for loc, m, key in e.value.issues if key]
    assert msgs == ["unknown key 'vonn'; did you mean 'von'? expected one of: von, bis"]
