"""The README's promises: a two-command quickstart, the second of which CI runs."""

import re

from anfrage.cli import app

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def quickstart() -> list[str]:
    block = re.search(r"<!-- quickstart -->\s*```sh\n(.*?)```\s*<!-- /quickstart -->", README, re.S)
    assert block, "README has no quickstart block"
    return [line for line in block[1].splitlines() if line.strip()]


def test_quickstart_has_exactly_two_commands() -> None:
    commands = quickstart()
    assert len(commands) == 2
    assert "anfrage render anfragen/" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert quickstart()[1] in ci.splitlines()


def test_every_command_is_documented() -> None:
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    for name in commands:
        assert f"anfrage {name}" in README, name
