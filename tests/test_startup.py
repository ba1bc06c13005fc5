"""Quick start-up: commands that do not render never import the renderer's libraries."""

import ast
import subprocess
import sys

import pytest

from conftest import REPO

PROBE = """
import sys
from anfrage.cli import app
try:
    app(sys.argv[1:])
except SystemExit:
    pass
print("LOADED", sorted(m for m in ("docxtpl", "docx", "lxml.etree", "holidays", "pydantic",
                                   "babel", "rich") if m in sys.modules))
"""


def loaded(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=REPO, check=False
    )
    line = next(ln for ln in done.stdout.splitlines() if ln.startswith("LOADED"))
    modules: list[str] = ast.literal_eval(line.removeprefix("LOADED "))
    return modules


def test_help_loads_nothing_heavy() -> None:
    assert loaded("--help") == []


@pytest.mark.parametrize(
    "args",
    [
        ["questions", "anfragen/mv-kasachstan-2017.yaml"],
        ["check", "anfragen/mv-kasachstan-2017.yaml"],
        ["facts", "facts/mv/kasachstan.yaml"],
        ["deadline", "anfragen/mv-kasachstan-2017.yaml"],
    ],
)
def test_commands_that_do_not_render_skip_docxtpl_and_python_docx(args: list[str]) -> None:
    modules = loaded(*args)
    assert "docxtpl" not in modules and "docx" not in modules and "lxml.etree" not in modules


def test_render_loads_the_renderer(tmp_path) -> None:
    assert "docxtpl" in loaded("render", "anfragen/mv-kasachstan-2017.yaml", "--out", str(tmp_path))
