"""Consistency of trade totals, ranks and hand-typed figures, through `anfrage check`."""

import pytest
from typer.testing import CliRunner

from anfrage.cli import app

from conftest import FACTS, INQUIRY

runner = CliRunner()


def check(project, inquiry: str = INQUIRY, facts: str = FACTS):
    return runner.invoke(app, ["check", str(project.standard(inquiry, facts))])


def test_total_must_equal_exports_plus_imports(project) -> None:
    facts = FACTS.replace(
        "{id: h16, zeitraum: 2016, umsatz: 5458000, rang: 98}",
        "{id: h16, zeitraum: 2016, ausfuhr: 3000000, einfuhr: 2000000, umsatz: 5458000, rang: 98}",
    )
    result = check(project, facts=facts)
    assert result.exit_code == 1
    assert (
        "facts/test.yaml:5: record 'h16': umsatz 5458000 is not ausfuhr 3000000 + einfuhr "
        "2000000 = 5000000"
    ) in result.output


def test_rank_needs_its_amount(project) -> None:
    facts = FACTS.replace("umsatz: 5458000, rang: 98}", "ausfuhr: 5458000, rang: 98}")
    result = check(project, facts=facts)
    assert "record 'h16': rang is given without the umsatz it ranks" in result.output


@pytest.mark.parametrize(
    ("typed", "finding"),
    [
        ("Im Jahr 2015 betrug der Außenhandel 12,9 Mio. Euro.", "a figure typed by hand"),
        ("2015 lag der Handel bei 14 Millionen Euro (Platz 75).", "a figure typed by hand"),
        ("2015 lag der Handel bei 13 Millionen Euro (Platz 75).", None),  # a rounding of 12,811
        ("Im Jahr 2015 erreichte Kasachstan Platz 76.", "'Platz 76' typed by hand"),
        ("Im Jahr 2015 betrug der Außenhandel 12,8 Mio. Euro (Platz 75).", None),
        ("Im Jahr 2015 betrug der Außenhandel 12.811.000 Euro.", None),
        ("Im Jahr 2015 betrug der Außenhandel {h15.umsatz|mio} (Platz {h15.rang}).", None),
        ("Im Jahr 2014 betrug der Außenhandel 99 Mio. Euro.", None),  # no record for 2014
        ("Von 2015 bis 2016 sank er um 7 Mio. Euro.", None),  # two years: no single record
    ],
)
def test_hand_typed_figures_must_agree_with_the_trade_records(
    project, typed: str, finding: str | None
) -> None:
    result = check(project, INQUIRY.replace("[Antwort eins.]", f"['{typed}']"))
    if finding is None:
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code == 1, result.output
        assert f"anfragen/test.yaml:22:12: {finding}" in result.output
        assert (
            "the trade records of 2015 say h15.umsatz = 12,811,000 EUR" in result.output
            or "h15.rang = 75" in result.output
        )


def test_figures_typed_in_a_record_text_are_checked_too(project) -> None:
    facts = FACTS.replace(
        'text: "Am {datum} war der Botschafter in {ort}."',
        'text: "Am {datum} hieß es, 2016 habe der Handel 6,1 Mio. Euro betragen."',
    )
    result = check(project, facts=facts)
    assert result.exit_code == 1
    assert "facts/test.yaml:7: record 'k1': a figure typed in its text" in result.output
    assert "h16.umsatz = 5,458,000 EUR" in result.output
