"""What a new desk officer ran into on a first inquiry (Hessen – Emilia-Romagna), through the
CLI: each test asserts the exit code and the message a real mistake or a real draft gets."""

from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from anfrage.cli import app

runner = CliRunner()

FACTS = """\
quelle: Hessisches Statistisches Landesamt
stand: 2024-04-30
handel:
  - id: he-er-handel-2023
    zeitraum: 2023
    umsatz: 4512000000
    rang: 13
delegationen:
  - id: he-er-delegation-2024
    datum: 2024-05-02
    ziel: Wiesbaden
    leitung: {funktion: Präsident der Region Emilia-Romagna}
"""

INQUIRY = """\
parlament: PROFIL
wahlperiode: 21
drucksache: "21/512"
eingang: 2024-05-14
datum: 2024-06-20
uebermittlung: {absender: "des Ministers für Wirtschaft, Energie", datum: 2024-06-20}
unterzeichnung: {name: Max Beispiel, funktion: Staatsminister, in_vertretung: true}
fragesteller: {name: Max Muster, anrede: Herr, fraktion: FDP}
titel: Beziehungen des Landes Hessen zur Region Emilia-Romagna
berichtszeitraum: {von: 2022, bis: 2024}
fakten: [../facts/er.yaml]
vorbemerkung: Die Antworten betreffen die Jahre 2022 bis 2024.
fragen:
  - nr: 1
    text: Wie hat sich der Außenhandel entwickelt?
  - nr: 2
    text: Welche Delegationsreisen fanden statt?
antworten:
  - fragen: [1]
    text:
      - "Der Umsatz betrug 2023 {he-er-handel-2023.umsatz} (Platz {he-er-handel-2023.rang})."
  - fragen: [2]
    text:
      - "Eine Delegation besuchte {he-er-delegation-2024.ziel}."
"""


def invoke(*args: object):
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result


def project(tmp_path: Path, profile: str = "hessen", inquiry: str = INQUIRY) -> Path:
    (tmp_path / "facts").mkdir()
    (tmp_path / "anfragen").mkdir()
    (tmp_path / "facts" / "er.yaml").write_text(FACTS, encoding="utf-8")
    path = tmp_path / "anfragen" / "er.yaml"
    path.write_text(inquiry.replace("PROFIL", profile), encoding="utf-8")
    return path


@pytest.mark.parametrize("profile", ["hessen", "berlin", "sachsen"])
def test_pull_of_an_unchanged_draft_finds_no_change(tmp_path: Path, profile: str) -> None:
    # The template's opening sentence and its closing and signature are the draft's own
    # text: they were once taken for an added paragraph, or pulled into the last answer.
    path = project(tmp_path, profile)
    rendered = invoke("render", path)
    assert rendered.exit_code == 0, rendered.output
    before = path.read_text(encoding="utf-8")
    result = invoke("pull", path, tmp_path / "out" / "er.docx", "--apply")
    assert result.exit_code == 0, result.output
    assert "no changes to the answers" in result.output
    assert path.read_text(encoding="utf-8") == before


def test_pull_takes_an_edited_last_answer_without_the_signature(tmp_path: Path) -> None:
    path = project(tmp_path, "berlin")
    assert invoke("render", path).exit_code == 0
    edited = docx.Document(str(tmp_path / "out" / "er.docx"))
    for p in edited.paragraphs:
        if p.text.startswith("Eine Delegation"):
            p.runs[0].text = "Im Mai 2024 besuchte eine Delegation Wiesbaden."
            for r in p.runs[1:]:
                r.text = ""
    edited.save(str(tmp_path / "edited.docx"))
    result = invoke("pull", path, tmp_path / "edited.docx", "--apply")
    assert result.exit_code == 0, result.output
    assert "the answer to 2:" in result.output and "Berlin, den" not in result.output
    text = path.read_text(encoding="utf-8")
    assert "Im Mai 2024 besuchte eine Delegation" in text and "Berlin, den" not in text


def test_a_german_date_in_a_fact_file_names_the_form_to_write(tmp_path: Path) -> None:
    path = project(tmp_path)
    facts = tmp_path / "facts" / "er.yaml"
    facts.write_text(FACTS.replace("datum: 2024-05-02", "datum: 02.05.2024"), encoding="utf-8")
    result = invoke("check", path)
    assert result.exit_code == 2
    assert (
        "facts/er.yaml:10:12: delegationen[0].datum: expected a date written year-month-day, "
        "year-month or year: 2024-05-02, got '02.05.2024'" in result.output
    )
    facts.write_text(FACTS.replace("datum: 2024-05-02", "datum: 05.2024"), encoding="utf-8")
    result = invoke("facts", facts)
    assert result.exit_code == 2 and "year-month or year: 2024-05, got '05.2024'" in result.output


def test_a_german_date_on_the_command_line_names_the_form_to_write() -> None:
    result = invoke("deadline", "--received", "14.05.2024", "--profile", "hessen")
    assert result.exit_code == 2
    assert "--received: expected a date written year-month-day like 2024-05-14" in result.output
    result = invoke("deadline", "--received", "2024/05/14", "--profile", "hessen")
    assert result.exit_code == 2
    assert "year-month-day like 2026-08-03, got '2024/05/14'" in result.output


def test_a_comma_in_a_flow_mapping_says_to_quote_the_value(tmp_path: Path) -> None:
    path = project(
        tmp_path,
        inquiry=INQUIRY.replace(
            '{absender: "des Ministers für Wirtschaft, Energie", datum: 2024-06-20}',
            "{absender: des Ministers für Wirtschaft, Energie, datum: 2024-06-20}",
        ),
    )
    result = invoke("check", path)
    assert result.exit_code == 2
    assert (
        "anfragen/er.yaml:6:57: unknown key 'Energie'; expected one of: absender, datum; "
        "a comma inside {…} starts a new key: put a value with a comma in quotes"
    ) in result.output


def test_a_typo_in_a_key_gets_no_comma_hint(tmp_path: Path) -> None:
    path = project(tmp_path, inquiry=INQUIRY.replace("titel:", "tittel:"))
    result = invoke("check", path)
    assert result.exit_code == 2
    assert "unknown key 'tittel'; did you mean 'titel'?" in result.output
    assert "comma" not in result.output


def test_merge_keeps_null_as_typed(tmp_path: Path) -> None:
    # ruamel wrote `anfrage_nr: null` back as `anfrage_nr:`: a line the officer never changed.
    path = project(
        tmp_path,
        inquiry=INQUIRY.replace("eingang:", "anfrage_nr: null\neingang:")
        + "  - fragen: [3]\n    ressort: HMWK\n",
    )
    text = path.read_text(encoding="utf-8").replace(
        "  - nr: 2\n", "  - nr: 3\n    text: Welche Förderprogramme gibt es?\n  - nr: 2\n"
    )
    path.write_text(text, encoding="utf-8")
    contribution = tmp_path / "hmwk.yaml"
    contribution.write_text(
        'zulieferung: {ressort: HMWK, drucksache: "21/512"}\n'
        "antworten:\n  - fragen: [3]\n    text: [Das Land fördert Projekte.]\n",
        encoding="utf-8",
    )
    result = invoke("merge", path, contribution)
    assert result.exit_code == 0, result.output
    assert "merged HMWK" in result.output
    merged = path.read_text(encoding="utf-8")
    assert "anfrage_nr: null\n" in merged and "Das Land fördert Projekte." in merged
