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


def _section(title: str) -> str:
    start = README.index(title)
    end = README.find("\n## ", start + len(title))
    return README[start : end if end != -1 else None]


def test_documented_template_values_are_the_ones_anfrage_provides(project) -> None:
    """Every value the README offers to template authors exists, and every value the context
    provides is documented."""
    from anfrage import api

    section = _section("## Adapting the template")
    documented = set(
        re.findall(
            r"`([a-z_]+)`",
            section.split("A template can use these values:")[1].split("Further styles")[0],
        )
    )
    provided = set(api.prepare(project.standard()).draft.context)
    assert provided <= documented, f"undocumented: {provided - documented}"
    from anfrage.draft.paragraphs import ARTEN, Absatz

    paragraph_keys = set(Absatz("antwort", "").as_context())
    assert paragraph_keys <= documented, (
        f"undocumented paragraph keys: {paragraph_keys - documented}"
    )

    assert documented - provided - paragraph_keys - set(ARTEN) == set()
    assert set(ARTEN) <= documented


def test_documented_block_kinds_and_fact_kinds_exist() -> None:
    from anfrage.model import Baustein
    from anfrage.model.fakten import KINDS

    blocks = set(re.findall(r"^\| `([a-z_]+):", _section("## Inquiry files"), re.M))
    assert blocks == set(Baustein.model_fields)
    facts = _section("## Fact files")
    for kind in KINDS:
        assert f"\n{kind.section}:" in facts, kind.section


def test_documented_command_options_exist() -> None:
    """Every `anfrage CMD … --option` the README shows is an option of that command."""
    import typer.main

    group = typer.main.get_command(app)
    wrong = []
    for line in README.splitlines():
        for m in re.finditer(r"anfrage ([a-z]+)\b([^`\n]*)", line):
            command = group.commands.get(m[1])  # type: ignore[attr-defined]
            if command is None:
                continue
            known = {o for p in command.params for o in getattr(p, "opts", [])}
            wrong += [f"{m[1]} {o}" for o in re.findall(r"(--[a-z-]+)", m[2]) if o not in known]
    assert wrong == []
