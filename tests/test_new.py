"""`anfrage new` and `anfrage facts new`: commented skeletons a desk officer starts from, and
`--help` in the words of the command line."""

from __future__ import annotations

import re
import typing

import pytest
import typer.main
from typer.testing import CliRunner

from anfrage.cli import app
from anfrage.model.fakten import KINDS

runner = CliRunner()


def invoke(*args: object):
    result = runner.invoke(app, [str(a) for a in args], prog_name="anfrage")
    assert "Traceback" not in result.output
    return result


def test_new_writes_a_commented_skeleton_and_keeps_an_existing_file(project) -> None:
    target = project.root / "anfragen" / "neu.yaml"
    result = invoke("new", target, "--profile", "bundestag")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(target)
    assert f"then: anfrage check {target}" in result.output
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# A new Kleine Anfrage.")
    assert "\nparlament: bundestag " in text
    target.write_text("mine", encoding="utf-8")
    again = invoke("new", target)
    assert again.exit_code == 2
    assert "exists already; use --force to overwrite it" in again.output
    assert target.read_text(encoding="utf-8") == "mine"
    assert invoke("new", target, "--force").exit_code == 0
    assert "\nparlament: landtag-mv " in target.read_text(encoding="utf-8")


def test_new_without_a_file_prints_the_skeleton(project) -> None:
    result = invoke("new")
    assert result.exit_code == 0, result.output
    assert "\nfragen:" in result.stdout and "\nantworten:" in result.stdout
    assert not list((project.root / "anfragen").iterdir())


def test_new_with_an_unknown_profile_suggests_one(project) -> None:
    result = invoke("new", project.root / "anfragen" / "x.yaml", "--profile", "bundestg")
    assert result.exit_code == 2
    assert "--profile: no profile 'bundestg'; did you mean 'bundestag'?" in result.output
    assert not (project.root / "anfragen" / "x.yaml").exists()


def test_every_key_of_an_inquiry_is_in_the_skeleton(project) -> None:
    from anfrage.model import Anfrage, Antwort, Fragesteller

    text = invoke("new").stdout
    for model in (Anfrage, Antwort, Fragesteller):
        for name in model.model_fields:
            assert re.search(rf"^\s*(- )?{name}:", text, re.M), name


FILLED = {
    r"^wahlperiode: null": "wahlperiode: 8",
    r"^drucksache: null": 'drucksache: "8/1234"',
    r"^eingang: null": "eingang: 2026-05-04",
    r"^datum: null": "datum: 2026-05-29",
    r"^ressort: null": "ressort: StK",
    r"^uebermittlung: null": (
        "uebermittlung: {absender: Der Chef der Staatskanzlei, datum: 2026-05-28}"
    ),
    r'^  name: "…"': "  name: Erika Muster",
    r"^  anrede: null": "  anrede: Frau",
    r"^  fraktion: null": "  fraktion: Fraktion der SPD",
    r'^titel: "…"': "titel: Beziehungen zur Republik Polen",
    r"^berichtszeitraum: null": "berichtszeitraum: {von: 2024, bis: 2025}",
    r"^fakten: \[\]": "fakten: [../facts/polen.yaml]",
    r'^    text: "…"': "    text: Wie hoch war der Handel?",
    r'^        text: "…"': "        text: Wie hoch war er 2025?",
    r'^      - "…"': '      - "Er betrug 2025 {beispiel-handel.umsatz}."',
}
"""The placeholders of the skeleton, filled in as its comments say."""


def test_the_filled_skeletons_render_and_check_clean(project) -> None:
    facts = project.root / "facts" / "polen.yaml"
    assert invoke("facts", "new", facts).exit_code == 0
    facts.write_text(facts.read_text(encoding="utf-8").replace('"…"', "Beispiel"), "utf-8")
    inquiry = project.root / "anfragen" / "polen.yaml"
    assert invoke("new", inquiry).exit_code == 0
    text = inquiry.read_text(encoding="utf-8")
    for pattern, value in FILLED.items():
        text, n = re.subn(pattern, value, text, count=1, flags=re.M)
        assert n == 1, pattern
    assert "…" not in re.sub(r"#.*", "", text)
    inquiry.write_text(text, encoding="utf-8")
    checked = invoke("check", inquiry, "--today", "2026-05-11")
    assert checked.exit_code == 0, checked.output
    rendered = invoke("render", inquiry)
    assert rendered.exit_code == 0, rendered.output
    import docx

    texts = [p.text for p in docx.Document(str(project.root / "out" / "polen.docx")).paragraphs]
    assert "Er betrug 2025 12,811\u00a0Mio.\u00a0Euro." in texts


def test_facts_new_has_every_kind_and_field_and_loads(project) -> None:
    target = project.root / "facts" / "neu.yaml"
    result = invoke("facts", "new", target)
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    for kind in KINDS:
        assert f"\n{kind.section}:\n  - id: beispiel-{kind.kind} " in text
        record = text.split(f"\n{kind.section}:\n")[1].split("\n\n")[0]
        for name in kind.model_fields:
            assert re.search(rf"^  (  |- |  # ){name}: ", record, re.M), (kind.kind, name)
    listed = invoke("facts", target)
    assert listed.exit_code == 0, listed.output
    assert f"{len(KINDS)} records" in listed.output
    assert invoke("facts", "new", target).exit_code == 2  # kept without --force


def test_facts_new_prints_without_a_file(project) -> None:
    result = invoke("facts", "new")
    assert result.exit_code == 0
    assert result.stdout.startswith("# A fact file")


def _commands() -> list[list[str]]:
    group = typer.main.get_command(app)
    names = [[n] for n in group.commands]  # type: ignore[attr-defined]
    return [[], *names, ["facts", "genesis"], ["facts", "new"]]


@pytest.mark.parametrize("command", _commands(), ids=lambda c: " ".join(c) or "anfrage")
def test_help_shows_no_typer_internals(command: list[str]) -> None:
    result = invoke(*command, "--help")
    assert result.exit_code == 0, result.output
    usage = result.output.splitlines()[0]
    assert usage.startswith("Usage: anfrage " + " ".join(command)), usage
    for internal in ("{", "[[", "<list", "<path>", "<str>", "<int>", "x>=", "<=x", "PATH", "TEXT"):
        assert internal not in result.output.replace("{von", "").replace("<name>", ""), (
            internal,
            result.output,
        )
    assert typing.cast(str, result.output).count("Usage:") == 1


def test_an_unfilled_skeleton_says_what_is_missing(project) -> None:
    inquiry = project.root / "anfragen" / "neu.yaml"
    assert invoke("new", inquiry).exit_code == 0
    facts = project.root / "facts" / "neu.yaml"
    assert invoke("facts", "new", facts).exit_code == 0
    text = inquiry.read_text(encoding="utf-8").replace("fakten: []", "fakten: [../facts/neu.yaml]")
    inquiry.write_text(text, encoding="utf-8")
    result = invoke("check", inquiry)
    assert result.exit_code == 1
    out = result.output
    lines = text.splitlines()
    titel = next(n for n, line in enumerate(lines, 1) if line.startswith("titel:"))
    drucksache = next(n for n, line in enumerate(lines, 1) if line.startswith("drucksache:"))
    assert f"neu.yaml:{titel}:8: titel: still the placeholder '…'; fill it in" in out
    assert "fragen 1 unterfragen 1 text: still the placeholder '…'" in out
    assert "facts/neu.yaml:" in out and "record 'beispiel-delegation': ziel: still the" in out
    assert f"neu.yaml:{drucksache}:1: the template of 'landtag-mv' shows 'drucksache'" in out
