"""`anfrage render` over many inquiries and folders, in worker processes."""

import shutil
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from anfrage import api
from anfrage.cli import app
from anfrage.project import expand

from conftest import INQUIRY, REPO
from shipped import shipped

EXAMPLES = shipped("anfragen/*.yaml")
"""The shipped examples; an inquiry a user adds to anfragen/ is not among them."""

runner = CliRunner()


def examples(project) -> Path:
    shutil.rmtree(project.root / "facts")
    shutil.copytree(REPO / "facts", project.root / "facts")
    for example in EXAMPLES:
        shutil.copy(example, project.root / "anfragen" / example.name)
    return project.root / "anfragen"


def test_expand_files_and_folders(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/x.yaml", "a/b/y.yaml", "a/notes.txt", "z.yaml"):
        (tmp_path / name).write_text("x")
    found = expand([tmp_path / "a", tmp_path / "z.yaml", tmp_path / "a" / "x.yaml"])
    assert found == [tmp_path / "a/b/y.yaml", tmp_path / "a/x.yaml", tmp_path / "z.yaml"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_render_a_folder(project, jobs: str) -> None:
    result = runner.invoke(app, ["render", str(examples(project)), "--jobs", jobs])
    assert result.exit_code == 0, result.output
    written = sorted((project.root / "out").glob("*.docx"))
    assert [p.stem for p in written] == [p.stem for p in EXAMPLES]
    assert f"{len(EXAMPLES)} drafts written, 0 failed" in result.output
    for path in written:
        assert str(path) in result.stdout
        docx.Document(str(path))


def test_batch_output_equals_single_renders(project) -> None:
    folder = examples(project)
    runner.invoke(app, ["render", str(folder), "--jobs", "2", "--out", str(project.root / "batch")])
    for inquiry in sorted(folder.glob("*.yaml")):
        single = api.render(inquiry, out_dir=project.root / "single")
        assert single.path.read_bytes() == (project.root / "batch" / single.path.name).read_bytes()


def test_failures_are_reported_at_the_end_and_do_not_stop_the_batch(project) -> None:
    folder = examples(project)
    (folder / "kaputt.yaml").write_text(INQUIRY.replace("titel:", "tittel:"))
    (folder / "leer.yaml").write_text("")
    result = runner.invoke(app, ["render", str(folder), "--jobs", "2"])
    assert result.exit_code == 2
    assert len(list((project.root / "out").glob("*.docx"))) == len(EXAMPLES)
    assert "kaputt.yaml:7:1: unknown key 'tittel'" in result.output
    assert "leer.yaml: file is empty" in result.output
    assert f"{len(EXAMPLES)} drafts written, 2 failed" in result.output
    assert "Traceback" not in result.output


def test_questions_need_a_single_inquiry(project) -> None:
    result = runner.invoke(app, ["render", str(examples(project)), "-q", "1"])
    assert result.exit_code == 2
    assert "--questions works on one inquiry; give a single inquiry file" in result.output


def test_empty_folder(project, tmp_path: Path) -> None:
    (tmp_path / "leer").mkdir()
    result = runner.invoke(app, ["render", str(tmp_path / "leer")])
    assert result.exit_code == 2 and "no inquiry files (*.yaml, *.yml) found" in result.output


def test_a_table_of_5000_rows(project) -> None:
    rows = "\n".join(f'            - ["Zeile {i}", "{i * 1000}", "A & B <C>"]' for i in range(5000))
    text = INQUIRY.replace(
        "    text: [Antwort eins.]",
        "    text:\n      - tabelle:\n"
        "          kopf: [Name, Wert, Hinweis]\n          zeilen:\n" + rows,
    )
    result = api.render(project.standard(text))
    (table,) = docx.Document(str(result.path)).tables
    assert len(table.rows) == 5001
    assert [c.text for c in table.rows[-1].cells] == ["Zeile 4999", "4999000", "A & B <C>"]
