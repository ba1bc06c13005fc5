"""Reading GENESIS downloads: both layouts, encodings, number formats, signs, bad input."""

from __future__ import annotations

import os
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from anfrage import genesis
from anfrage.errors import AnfrageError
from anfrage.genesis import names, values
from anfrage.loading.facts import load_fact_file
from genesis_tables import SAMPLE, WIDE, lines, row, write, zipped


def test_the_ffcsv_sample_is_read_from_its_zip_with_the_entry_date_as_stand() -> None:
    table = genesis.read_table(SAMPLE)
    assert table.layout == "ffcsv"
    assert table.statistic == "51000"
    assert table.lands == {"13": "Mecklenburg-Vorpommern"}
    assert table.stand == date(2026, 11, 20)
    assert table.partners["STLAH079"] == "Kasachstan (ab 05/1992)"
    assert len(table.partners) == 233 + 5 + 3
    assert table.units == {"ausfuhr": "Tsd. EUR", "einfuhr": "Tsd. EUR"}
    assert table.decimal_comma


def test_the_wide_cp1252_sample_gives_the_same_records_as_the_ffcsv_one(tmp_path: Path) -> None:
    wide = tmp_path / WIDE.name
    wide.write_bytes(WIDE.read_bytes())
    stamp = datetime(2026, 11, 20, 12).timestamp()
    os.utime(wide, (stamp, stamp))
    assert "Österreich".encode("cp1252") in wide.read_bytes()  # really cp1252, not UTF-8
    a = genesis.trade(genesis.read_table(SAMPLE), "MV", "Kasachstan")
    b = genesis.trade(genesis.read_table(wide), "MV", "Kasachstan")
    assert genesis.read_table(wide).layout == "wide"
    assert genesis.read_table(wide).partners["STLAH038"] == "Österreich"
    assert [genesis.fields(a, r) for r in a.records] == [genesis.fields(b, r) for r in b.records]


def test_a_csv_without_bom_and_the_english_unit_with_a_decimal_point(tmp_path: Path) -> None:
    text = lines({"STLAH079": ("Kazakhstan", "12.5", "-")}, unit="EUR 1000")
    table = genesis.read_table(write(tmp_path / "t.csv", text, encoding="utf-8"))
    trade = genesis.trade(table, "13", "kazakhstan")
    (record,) = trade.records
    assert record.flows["ausfuhr"].amount == Decimal(12500)
    assert record.flows["einfuhr"].amount == Decimal(0)
    assert not table.decimal_comma


@pytest.mark.parametrize(
    ("raw", "comma", "expected"),
    [
        ("12811", True, Decimal(12811000)),
        ("12811,4", True, Decimal(12811400)),
        ("0,5", True, Decimal(500)),
        ("12811.4", False, Decimal(12811400)),
        ("-", True, Decimal(0)),
        ("0", True, Decimal(0)),
    ],
)
def test_numbers_in_tsd_eur(raw: str, comma: bool, expected: Decimal) -> None:
    value = values.parse(raw, 1000, comma)
    assert isinstance(value, values.Value)
    assert value.amount == expected


@pytest.mark.parametrize(
    ("sign", "meaning"),
    [(".", "confidential"), ("x", "blocked"), ("...", "later"), ("/", "not certain")],
)
def test_signs_without_a_number_say_why(sign: str, meaning: str) -> None:
    value = values.parse(sign, 1000, True)
    assert isinstance(value, values.Value)
    assert value.amount is None and value.reason is not None and meaning in value.reason


@pytest.mark.parametrize("raw", ["12.811,4", "1,5", "abc", "-3"])
def test_a_malformed_number_is_named(raw: str) -> None:
    message = values.parse(raw, 1000, raw != "1,5")
    assert isinstance(message, str) and repr(raw) in message


def test_a_number_in_the_wrong_format_is_reported_with_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path / "t.csv", lines({"STLAH079": ("Kasachstan", "12.5", "7")}))
    with pytest.raises(AnfrageError) as e:
        genesis.trade(genesis.read_table(path), "MV", "Kasachstan")
    (problem,) = e.value.problems
    assert problem.line == 2 * 160 + 2 and problem.column == 14
    assert "'12.5'" in problem.message and "decimal comma" in problem.message


def test_units_are_read_in_both_languages() -> None:
    assert values.factor("Tsd. EUR") == values.factor("EUR 1000") == values.factor("Tsd._EUR")
    assert values.factor("EUR") == 1
    assert values.factor("t") is None


def test_validity_notes_are_stripped_and_names_compared_loosely() -> None:
    assert names.plain("Russische Föderation (ab 05/1992)") == "Russische Föderation"
    assert names.key("Côte d'Ivoire") == names.key("cote d ivoire")
    assert names.slug("Korea, Republik") == "korea-republik"
    assert names.slug("Österreich") == "osterreich"


@pytest.mark.parametrize(
    ("code", "name", "partner"),
    [
        ("STLAH732", "Japan", True),
        ("STLAH950", "Schiffs- und Luftfahrzeugbedarf", False),
        ("STLAH977", "Vertrauliche Länder", False),
        ("STLAH958", "Nicht ermittelte Länder", False),
        ("STLAH-EU", "EU-Länder", False),
        ("STLAH999", "Europa", False),
        ("STLAH003", "Niederlande", True),
        ("STLAH647", "Vereinigte Arabische Emirate", True),
    ],
)
def test_pseudo_countries_and_groups_are_no_partners(code: str, name: str, partner: bool) -> None:
    assert names.is_partner(code, name) is partner


@pytest.mark.parametrize(
    "land", ["MV", "mv", "13", "Mecklenburg-Vorpommern", "M-V", "mecklenburg vorpommern"]
)
def test_a_land_is_found_by_code_name_or_abbreviation(land: str) -> None:
    assert names.find_land(land, {"13": "Mecklenburg-Vorpommern"}) == "13"


@pytest.mark.parametrize(
    "partner",
    ["Kasachstan", "KASACHSTAN", "kasachstan (ab 05/1992)", "079", "STLAH079", "stlah079"],
)
def test_a_partner_is_found_by_name_or_stlah_code(partner: str) -> None:
    assert names.find_partner(partner, {"STLAH079": "Kasachstan (ab 05/1992)"}) == "STLAH079"


def test_an_unknown_land_or_partner_gets_suggestions() -> None:
    table = genesis.read_table(SAMPLE)
    with pytest.raises(AnfrageError, match=r"did you mean Kasachstan \(STLAH079\)"):
        genesis.trade(table, "MV", "Kasachstn")
    with pytest.raises(AnfrageError, match=r"no Land 'BY'.*Mecklenburg-Vorpommern \(13\)"):
        genesis.trade(table, "BY", "Kasachstan")
    with pytest.raises(AnfrageError, match=r"did you mean Russische Föderation"):
        genesis.trade(table, "MV", "Russland Föderation")


def test_years_outside_the_table_are_refused_with_what_it_holds() -> None:
    table = genesis.read_table(SAMPLE)
    with pytest.raises(AnfrageError, match=r"2018 not in this table .* it holds 2015–2017"):
        genesis.trade(table, "MV", "Kasachstan", "2016-2018")
    with pytest.raises(AnfrageError, match=r"--jahre: expected a year or a range"):
        genesis.trade(table, "MV", "Kasachstan", "2017-2015")
    trade = genesis.trade(table, "MV", "Kasachstan", "2015-2016")
    assert [r.jahr for r in trade.records] == [2015, 2016]


def test_a_file_that_is_no_genesis_table(tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Name;Wert\nA;1\n", encoding="utf-8")
    with pytest.raises(AnfrageError, match=r"not a GENESIS table.*'Name;Wert'") as e:
        genesis.read_table(path)
    assert e.value.problems[0].line == 1


def test_the_wrong_genesis_table_names_the_missing_variable(tmp_path: Path) -> None:
    text = [lines({})[0], row(2015, "DG", "Deutschland", "WERTA", "1").replace("DLAND", "DINSG")]
    with pytest.raises(AnfrageError, match=r"no variable DLAND \(found DINSG, STLAH\)"):
        genesis.read_table(write(tmp_path / "t.csv", text))


def test_a_zip_must_hold_one_csv(tmp_path: Path) -> None:
    path = zipped(tmp_path / "t.zip", {"a.csv": "x", "b.csv": "y"})
    with pytest.raises(AnfrageError, match="expected one CSV file in this ZIP, found a.csv, b.csv"):
        genesis.read_table(path)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(AnfrageError, match="not a readable ZIP file"):
        genesis.read_table(broken)


def test_a_monthly_table_sums_the_months_it_holds(tmp_path: Path) -> None:
    """51000-0033 has a third variable MONAT: 21 columns, as the issue lists them."""
    header = lines({})[0].replace(
        "2_variable_attribute_label;",
        "2_variable_attribute_label;3_variable_code;"
        "3_variable_label;3_variable_attribute_code;3_variable_attribute_label;",
    )
    assert len(header.split(";")) == 21
    text = [header]
    for month in (1, 2, 3, 4):
        for i in range(160):
            for flow, v in (("WERTA", 10 * (i + 1)), ("WERTE", 0)):
                text.append(_month(row(2017, f"STLAH{100 + i}", f"L{i}", flow, str(v)), month))
        for flow, v in (("WERTA", "400"), ("WERTE", "61")):
            text.append(_month(row(2017, "STLAH079", "Kasachstan", flow, v), month))
    trade = genesis.trade(genesis.read_table(write(tmp_path / "m.csv", text)), "MV", "079")
    (record,) = trade.records
    assert genesis.fields(trade, record)["zeitraum"] == {"von": "2017-01", "bis": "2017-04"}
    assert record.suffix == "2017-01-04"
    assert record.flows["umsatz"].amount == Decimal(4 * 461_000)
    # fillers above 1,600 Tsd. EUR Ausfuhr (4 × 400): 4 × 10 × (i + 1) > 1600 → i + 1 > 40
    assert record.flows["ausfuhr"].rank == 1 + 120


def _month(line: str, month: int) -> str:
    """Insert the MONAT variable after STLAH (columns 14 to 17)."""
    cells = line.split(";")
    return ";".join(cells[:13] + ["MONAT", "Monate", f"MONAT{month:02d}", f"M{month}"] + cells[13:])


def test_printed_records_load_as_a_fact_file(tmp_path: Path) -> None:
    trade = genesis.trade(genesis.read_table(SAMPLE), "MV", "Turkmenistan")
    text = genesis.to_yaml(trade)
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    datei, _ = load_fact_file(path)
    ids = [r.id for r in datei.records()]
    assert ids == [f"mv-turkmenistan-handel-{y}" for y in (2015, 2016, 2017)]
    assert "zeitraum: 2017  # GENESIS: no umsatz, no rang: Einfuhr is unknown" in text
    assert "no einfuhr, no rang_einfuhr: unknown or confidential ('.')" in text
    assert (
        'quelle: "Datenquelle: Statistisches Bundesamt (Destatis), Genesis-Online, '
        '20.11.2026; Datenlizenz by-2-0; eigene Berechnung"' in text
    )
