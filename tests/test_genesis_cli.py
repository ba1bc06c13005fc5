"""`anfrage facts genesis`: exit codes and output, good and bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from anfrage.cli import app
from genesis_tables import REPO, SAMPLE, lines, write

runner = CliRunner()


def invoke(*args: str | Path) -> tuple[int, str, str]:
    result = runner.invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def test_prints_the_records_as_yaml() -> None:
    code, out, err = invoke(
        "facts",
        "genesis",
        SAMPLE,
        "--land",
        "MV",
        "--partner",
        "Kasachstan",
        "--jahre",
        "2015-2016",
    )
    assert code == 0, err
    assert "  - id: mv-kasachstan-handel-2015\n    zeitraum: 2015\n" in out
    assert "    umsatz: 12811000\n    rang: 75\n" in out
    assert "    umsatz: 5458000\n    rang: 98\n" in out
    assert "handel-2017" not in out
    assert err == ""


def test_into_names_the_changes_and_the_inquiries_to_render_again(tmp_path: Path) -> None:
    for folder in ("anfragen", "facts", "templates"):
        shutil.copytree(REPO / folder, tmp_path / folder, ignore=shutil.ignore_patterns("*.py"))
    fact_file = tmp_path / "facts" / "mv" / "kasachstan.yaml"
    code, out, err = invoke(
        "facts", "genesis", SAMPLE, "--land", "13", "--partner", "079", "--into", fact_file
    )
    assert code == 0, err
    assert "mv-kz-handel-2015: rang_ausfuhr (none) → 65" in out
    assert "mv-kz-handel-2017: added" in out
    assert "kasachstan.yaml: 2 updated, 1 added" in out
    assert (
        "render again: " in out
        and "mv-kasachstan-2017.yaml (7/817): mv-kz-handel-2015, mv-kz-handel-2016" in out
    )
    code, out, _ = invoke(
        "facts", "genesis", SAMPLE, "--land", "13", "--partner", "079", "--into", fact_file
    )
    assert code == 0 and out.strip().endswith("kasachstan.yaml: no change")


def test_facts_of_fact_files_still_work_and_reject_unknown_options() -> None:
    fact_file = REPO / "facts" / "mv" / "kasachstan.yaml"
    code, out, _ = invoke("facts", fact_file, "--kind", "handel")
    assert code == 0 and "mv-kz-handel-2015" in out and out.strip().endswith("3 records")
    code, _, err = invoke("facts", fact_file, "--bogus")
    assert code == 2 and "no such option: --bogus" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--land", "BY", "--partner", "Kasachstan"],
            "--land: no Land 'BY' in this table; it holds Mecklenburg-Vorpommern (13)",
        ),
        (
            ["--land", "MV", "--partner", "Kasachstn"],
            "--partner: no partner 'Kasachstn' in this table; did you mean Kasachstan (STLAH079)",
        ),
        (
            ["--land", "MV", "--partner", "Kasachstan", "--jahre", "2018"],
            "--jahre: 2018 not in this table for Mecklenburg-Vorpommern; it holds 2015–2017",
        ),
        (
            ["--land", "MV", "--partner", "Kasachstan", "--jahre", "zwanzig"],
            "--jahre: expected a year or a range such as 2015-2016, got 'zwanzig'",
        ),
        (
            ["--land", "MV", "--partner", "977"],
            "'Vertrauliche Länder' (STLAH977) is a group of countries or a pseudo-country",
        ),
    ],
)
def test_bad_choices_exit_2_with_a_clear_message(args: list[str], message: str) -> None:
    code, out, err = invoke("facts", "genesis", SAMPLE, *args)
    assert code == 2
    assert message in err
    assert "nothing written" in err and out == ""


def test_bad_tables_exit_2_and_nothing_is_written(tmp_path: Path) -> None:
    fact_file = tmp_path / "f.yaml"
    fact_file.write_text("quelle: Q\nstand: 2020\nhandel: []\n", encoding="utf-8")
    before = fact_file.read_bytes()
    other = tmp_path / "liste.csv"
    other.write_text("Name;Wert\nA;1\n", encoding="utf-8")
    wrong = write(tmp_path / "wrong.csv", [lines({})[0], lines({})[1].replace("DLAND", "DINSG")])
    filtered = write(
        tmp_path / "filtered.csv", lines({"STLAH079": ("Kasachstan", "5", "5")}, filler=10)
    )
    cases = [
        (other, "liste.csv:1:1: not a GENESIS table"),
        (wrong, "wrong.csv:2: wrong table: it has no variable DLAND (found DINSG, STLAH)"),
        (filtered, "only 11 partner countries for Mecklenburg-Vorpommern in 2015"),
        (tmp_path / "missing.zip", "missing.zip: cannot read the table"),
    ]
    for table, message in cases:
        code, _, err = invoke(
            "facts",
            "genesis",
            table,
            "--land",
            "MV",
            "--partner",
            "Kasachstan",
            "--into",
            fact_file,
        )
        assert code == 2, err
        assert message in err
    assert fact_file.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "f.yaml",
        "filtered.csv",
        "liste.csv",
        "wrong.csv",
    ]


def test_no_rank_gives_the_figures_of_a_filtered_table(tmp_path: Path) -> None:
    filtered = write(
        tmp_path / "filtered.csv", lines({"STLAH079": ("Kasachstan", "5", "5")}, filler=10)
    )
    code, out, err = invoke(
        "facts", "genesis", filtered, "--land", "MV", "--partner", "Kasachstan", "--no-rank"
    )
    assert code == 0, err
    assert "    umsatz: 10000\n" in out
    assert [line for line in out.splitlines() if line.strip().startswith("rang")] == []
    assert "no rang: ranks not asked for (--no-rank)" in out
