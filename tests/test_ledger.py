"""The fact ledger (`anfrage sources`) and fact impact (`anfrage uses`), through the CLI."""

import csv
import io

import docx
from typer.testing import CliRunner

from anfrage.cli import app

from conftest import FACTS, INQUIRY

runner = CliRunner()


def test_ledger_table_lists_each_fact_with_source_stand_and_staleness(project) -> None:
    facts = FACTS.replace(
        "  - {id: h16, zeitraum: 2016, umsatz: 5458000, rang: 98}",
        "  - {id: h16, zeitraum: 2016, umsatz: 5458000, rang: 98, stand: 2015-01}",
    )
    inquiry = INQUIRY.replace(
        "    text: [Antwort eins.]",
        "    einheit: mio\n    text:\n      - handel: {fakten: [h15, h16]}",
    )
    result = runner.invoke(app, ["sources", str(project.standard(inquiry, facts))])
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if "│" in ln]
    assert any("│ 1 " in ln and "h15" in ln and "Testquelle" in ln and "nein" in ln for ln in lines)
    assert any("h16" in ln and "2015-01" in ln and "│ ja " in ln for ln in lines)
    assert any("2, 2 a), 2 b)" in ln and "k1" in ln and "datum, ort" in ln for ln in lines)
    assert "3 facts in 3 uses; 1 stale" in result.output


def test_ledger_as_csv_and_docx(project) -> None:
    path = project.standard()
    result = runner.invoke(app, ["sources", str(path), "--format", "csv"])
    assert result.exit_code == 0, result.output
    written = project.root / "out" / "test_quellen.csv"
    assert result.stdout.strip() == str(written)
    rows = list(csv.reader(io.StringIO(written.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows == [
        ["Fragen", "Fakt", "Art", "Felder", "Quelle", "Stand", "veraltet", "Datei"],
        [
            "2, 2 a), 2 b)",
            "k1",
            "kontakt",
            "datum, ort",
            "Testquelle",
            "2017-07-01",
            "nein",
            "facts/test.yaml:7",
        ],
    ]
    again = runner.invoke(app, ["sources", str(path), "--format", "csv"])
    assert again.exit_code == 2 and "exists already; use --force" in again.output
    result = runner.invoke(app, ["sources", str(path), "--format", "docx"])
    assert result.exit_code == 0, result.output
    document = docx.Document(str(project.root / "out" / "test_quellen.docx"))
    assert document.paragraphs[0].text == "Quellen zur Antwort auf Drucksache 7/1"
    assert [c.text for c in document.tables[0].rows[1].cells][:2] == ["2, 2 a), 2 b)", "k1"]


def test_ledger_format_is_checked(project) -> None:
    result = runner.invoke(app, ["sources", str(project.standard()), "--format", "pdf"])
    assert result.exit_code == 2 and "--format: expected table, csv or docx" in result.output


def test_uses_lists_inquiries_and_questions_quoting_a_file_or_record(project) -> None:
    project.standard()
    project.write(
        "anfragen/zwei.yaml", INQUIRY.replace('"Kontakt: {k1}"', '"Handel: {h15.umsatz}"')
    )
    project.write(
        "anfragen/fremd.yaml",
        INQUIRY.replace("../facts/test.yaml", "../facts/other.yaml").replace(
            '"Kontakt: {k1}"', "Nichts."
        ),
    )
    project.write("facts/other.yaml", FACTS)
    result = runner.invoke(app, ["uses", str(project.root / "facts" / "test.yaml")])
    assert result.exit_code == 0, result.output
    assert "anfragen/test.yaml" in result.output and "anfragen/zwei.yaml" in result.output
    assert "fremd.yaml" not in result.output and "2 inquiries" in result.output
    result = runner.invoke(app, ["uses", str(project.root / "facts" / "test.yaml") + "#h15"])
    assert "anfragen/zwei.yaml" in result.output and "anfragen/test.yaml" not in result.output
    assert "1 inquiry" in result.output
    result = runner.invoke(app, ["uses", str(project.root / "facts" / "test.yaml") + "#nix"])
    assert result.exit_code == 2 and "no record 'nix' in this fact file" in result.output


def test_uses_reports_broken_inquiries_and_goes_on(project) -> None:
    project.standard()
    project.write("anfragen/kaputt.yaml", "parlament: [\n")
    result = runner.invoke(app, ["uses", str(project.root / "facts" / "test.yaml")])
    assert result.exit_code == 2
    assert (
        "anfragen/test.yaml" in result.output
        and "anfragen/kaputt.yaml:2:1: invalid YAML" in result.output
    )
