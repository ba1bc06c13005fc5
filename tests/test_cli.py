"""The CLI through typer's CliRunner: exit codes and output, never a traceback."""

import docx
from typer.testing import CliRunner

from anfrage.cli import app

from conftest import INQUIRY

runner = CliRunner()


def invoke(*args: str):
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result


def test_render_prints_the_path_and_refuses_to_overwrite(project) -> None:
    path = project.standard()
    result = invoke("render", path)
    assert result.exit_code == 0, result.output
    out = project.root / "out" / "test.docx"
    assert result.stdout.strip() == str(out) and out.is_file()
    again = invoke("render", path)
    assert again.exit_code == 2
    assert "out/test.docx: exists already; use --force to overwrite it" in again.output
    assert invoke("render", path, "--force").exit_code == 0


def test_render_selected_question_says_which_group_came_along(project) -> None:
    result = invoke("render", project.standard(), "-q", "2b", "--out", project.root / "auszug")
    assert result.exit_code == 0, result.output
    assert "note: questions 2, 2 a), 2 b) are answered together; added 2, 2 a)" in result.output
    texts = [
        p.text
        for p in docx.Document(str(project.root / "auszug" / "test_fragen-2b.docx")).paragraphs
    ]
    assert "1.\tErste Frage?" not in texts and "Antwort eins." not in texts
    assert texts[-5:-1] == [
        "2.\tZweite Frage?",
        "a)\tUnterfrage a?",
        "b)\tUnterfrage b?",
        "Die Fragen 2, 2 a) und 2 b) werden zusammenhängend beantwortet.",
    ]


def test_render_warns_about_unanswered_questions(project) -> None:
    result = invoke(
        "render",
        project.standard(
            INQUIRY.replace("fragen: [1]", "fragen: [2a]").replace(
                "fragen: [2, 2a, 2b]", "fragen: [2, 2b]"
            )
        ),
    )
    assert result.exit_code == 0, result.output
    assert "warning: question 1 has no answer yet" in result.output


def test_check_ok(project) -> None:
    result = invoke("check", project.standard())
    assert result.exit_code == 0, result.output
    assert "anfragen/test.yaml: ok" in result.output


def test_check_reports_a_typo_key_with_its_line_and_exits_2(project) -> None:
    result = invoke("check", project.standard(INQUIRY.replace("titel:", "tittel:")))
    assert result.exit_code == 2
    assert "anfragen/test.yaml:7:1: unknown key 'tittel'; did you mean 'titel'?" in result.output
    assert "anfragen/test.yaml:1:1: missing key 'titel'" in result.output
    assert "2 problems; nothing written" in result.output


def test_check_findings_exit_1(project) -> None:
    result = invoke("check", project.standard(INQUIRY.replace("fragen: [1]", "fragen: [2]")))
    assert result.exit_code == 1
    assert "anfragen/test.yaml:11:5: question 1 has no answer" in result.output
    assert "anfragen/test.yaml:13:5: question 2 is answered 2 times" in result.output
    assert "2 findings" in result.output


def test_check_several_files_reports_all_and_exits_2_on_bad_input(project) -> None:
    good = project.standard()
    bad = project.write("anfragen/bad.yaml", "parlament: [\n")
    result = invoke("check", good, bad)
    assert result.exit_code == 2
    assert "anfragen/test.yaml: ok" in result.output
    assert "anfragen/bad.yaml:2:1: invalid YAML" in result.output


def test_questions_table(project) -> None:
    result = invoke("questions", project.standard())
    assert result.exit_code == 0, result.output
    assert "2 a)" in result.output and "Unterfrage b?" in result.output
    assert "2, 2 b)" in result.output  # 2 a) is answered together with 2 and 2 b)


def test_facts_table_with_kind_filter(project) -> None:
    project.standard()
    result = invoke(
        "facts", project.root / "facts" / "test.yaml", "--kind", "trade", "--from", "2016"
    )
    assert result.exit_code == 0, result.output
    assert "h16" in result.output and "h15" not in result.output and "1 record" in result.output


def test_facts_missing_file_exits_2(project) -> None:
    result = invoke("facts", project.root / "facts" / "nix.yaml")
    assert result.exit_code == 2
    assert "facts/nix.yaml: file not found" in result.output


def test_help_lists_the_commands() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("render", "questions", "check", "facts"):
        assert command in result.output


def test_python_dash_m_anfrage() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "anfrage", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "render" in result.stdout
