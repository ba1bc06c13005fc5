"""Ranks: 1 + the real partner countries with a strictly higher value, counted by hand."""

from __future__ import annotations

import csv
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

from anfrage import genesis
from anfrage.errors import AnfrageError
from genesis_tables import SAMPLE, lines, row, write

PSEUDO = {"950", "953", "958", "959", "977"}


def hand_count(year: int, code: str) -> dict[str, int]:
    """The ranks of `code` counted straight from the sample CSV, without the package."""
    with zipfile.ZipFile(SAMPLE) as z:
        text = z.read(z.namelist()[0]).decode("utf-8-sig")
    amounts: dict[str, dict[str, int]] = {}
    for r in csv.DictReader(io.StringIO(text), delimiter=";"):
        stlah = r["2_variable_attribute_code"]
        if r["time"] != str(year) or not stlah[5:].isdigit() or stlah[5:] in PSEUDO:
            continue
        if r["value"] in (".", "x"):
            continue
        flow = {"WERTA": "ausfuhr", "WERTE": "einfuhr"}[r["value_variable_code"]]
        amounts.setdefault(stlah, {})[flow] = 0 if r["value"] == "-" else int(r["value"])
    for flows in amounts.values():
        if len(flows) == 2:
            flows["umsatz"] = flows["ausfuhr"] + flows["einfuhr"]
    own = amounts[code]
    return {
        flow: 1 + sum(1 for c, f in amounts.items() if c != code and f.get(flow, -1) > own[flow])
        for flow in ("umsatz", "ausfuhr", "einfuhr")
    }


def test_the_sample_gives_the_ranks_of_the_2017_answer() -> None:
    trade = genesis.trade(genesis.read_table(SAMPLE), "MV", "Kasachstan")
    by_year = {r.jahr: r for r in trade.records}
    assert by_year[2015].flows["umsatz"].amount == Decimal(12_811_000)
    assert by_year[2015].flows["umsatz"].rank == 75
    assert by_year[2016].flows["umsatz"].amount == Decimal(5_458_000)
    assert by_year[2016].flows["umsatz"].rank == 98


@pytest.mark.parametrize("year", [2015, 2016, 2017])
@pytest.mark.parametrize("partner", ["STLAH079", "STLAH732", "STLAH400", "STLAH839"])
def test_every_rank_equals_a_hand_count(year: int, partner: str) -> None:
    trade = genesis.trade(genesis.read_table(SAMPLE), "MV", partner, str(year))
    (record,) = trade.records
    assert {f: record.flows[f].rank for f in ("umsatz", "ausfuhr", "einfuhr")} == hand_count(
        year, partner
    )


def test_a_tie_shares_the_rank_and_says_with_whom() -> None:
    trade = genesis.trade(genesis.read_table(SAMPLE), "MV", "Kasachstan", "2017")
    (record,) = trade.records
    assert record.flows["umsatz"].rank == 89
    assert record.flows["umsatz"].ties == ["Usbekistan"]
    other = genesis.trade(genesis.read_table(SAMPLE), "MV", "Usbekistan", "2017").records[0]
    assert other.flows["umsatz"].rank == 89
    assert "rang 89 shared with Usbekistan (same umsatz)" in (record.comment() or "")


def table(tmp_path: Path, partners: dict[str, tuple[str, str, str]], **kw: object) -> Path:
    return write(tmp_path / "t.csv", lines(partners, **kw))  # type: ignore[arg-type]


def test_pseudo_countries_and_groups_are_not_counted(tmp_path: Path) -> None:
    path = table(
        tmp_path,
        {
            "STLAH079": ("Kasachstan", "5050", "-"),
            "STLAH950": ("Schiffs- und Luftfahrzeugbedarf", "900000", "1"),
            "STLAH977": ("Vertrauliche Länder", "900000", "1"),
            "STLAH958": ("Nicht ermittelte Länder", "900000", "1"),
            "STLAH-EU": ("EU-Länder", "900000", "1"),
            "STLAH-EUR": ("Europa", "900000", "1"),
        },
    )
    (record,) = genesis.trade(genesis.read_table(path), "MV", "Kasachstan").records
    # fillers with Ausfuhr 100 × (i + 1) > 5050: i + 1 = 51 … 160 → 110 of them
    assert record.flows["ausfuhr"].rank == 111
    assert record.partners == 161


def test_a_dash_counts_as_zero_and_ties_with_the_other_zeros(tmp_path: Path) -> None:
    path = table(
        tmp_path, {"STLAH079": ("Kasachstan", "-", "-"), "STLAH081": ("Usbekistan", "0", "-")}
    )
    (record,) = genesis.trade(genesis.read_table(path), "MV", "Kasachstan").records
    assert record.flows["ausfuhr"].amount == 0
    assert record.flows["ausfuhr"].rank == 161  # all 160 fillers above, Usbekistan's 0 equal
    assert record.flows["ausfuhr"].ties == ["Usbekistan"]


@pytest.mark.parametrize(
    ("sign", "why"), [(".", "confidential"), ("x", "blocked"), ("...", "later")]
)
def test_a_partner_without_a_number_gets_no_rank_and_the_record_says_why(
    tmp_path: Path, sign: str, why: str
) -> None:
    path = table(tmp_path, {"STLAH079": ("Kasachstan", "5050", sign)})
    trade = genesis.trade(genesis.read_table(path), "MV", "Kasachstan")
    (record,) = trade.records
    fields = genesis.fields(trade, record)
    assert fields["ausfuhr"] == Decimal(5_050_000) and fields["rang_ausfuhr"] == 111
    assert "einfuhr" not in fields and "rang_einfuhr" not in fields
    assert "umsatz" not in fields and "rang" not in fields
    comment = record.comment() or ""
    assert f"no einfuhr, no rang_einfuhr: {why}" in comment or why in comment
    assert "no umsatz, no rang: Einfuhr is" in comment


def test_other_partners_without_a_number_are_not_counted_and_that_is_said(tmp_path: Path) -> None:
    path = table(
        tmp_path, {"STLAH079": ("Kasachstan", "5050", "10"), "STLAH080": ("Turkmenistan", ".", "x")}
    )
    (record,) = genesis.trade(genesis.read_table(path), "MV", "Kasachstan").records
    assert record.flows["ausfuhr"].rank == 111
    assert record.flows["ausfuhr"].uncounted == 1
    assert "1 partner without a figure for ausfuhr not counted" in (record.comment() or "")


def test_a_record_with_no_number_at_all_is_left_out_with_a_note(tmp_path: Path) -> None:
    path = write(
        tmp_path / "t.csv",
        lines({"STLAH079": ("Kasachstan", "5", "5")}, years=(2015,))
        + [
            row(2016, "STLAH079", "Kasachstan", "WERTA", "."),
            row(2016, "STLAH079", "Kasachstan", "WERTE", "x"),
        ]
        + lines({}, years=(2016,))[1:],
    )
    trade = genesis.trade(genesis.read_table(path), "MV", "Kasachstan")
    assert [r.jahr for r in trade.records] == [2015]
    assert trade.notes == ["2016: no figure for Kasachstan; no record"]


def test_a_filtered_table_refuses_ranks_but_gives_figures_without(tmp_path: Path) -> None:
    path = table(tmp_path, {"STLAH079": ("Kasachstan", "5050", "10")}, filler=20)
    with pytest.raises(AnfrageError, match=r"only 21 partner countries .* Ranks among a selection"):
        genesis.trade(genesis.read_table(path), "MV", "Kasachstan")
    trade = genesis.trade(genesis.read_table(path), "MV", "Kasachstan", ranks=False)
    fields = genesis.fields(trade, trade.records[0])
    assert fields["umsatz"] == Decimal(5_060_000)
    assert not {"rang", "rang_ausfuhr", "rang_einfuhr"} & set(fields)


def test_a_group_is_refused_as_partner(tmp_path: Path) -> None:
    path = table(tmp_path, {"STLAH-EUR": ("Europa", "5", "5")})
    with pytest.raises(AnfrageError, match=r"'Europa' \(STLAH-EUR\) is a group .* not a partner"):
        genesis.trade(genesis.read_table(path), "MV", "Europa")
