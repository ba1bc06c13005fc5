"""anfrage profiles: every profile a project can use, with its deadline rule and legal basis."""

from typer.testing import CliRunner

from anfrage.cli import app
from anfrage.loading.profile import known_profiles

from conftest import REPO

runner = CliRunner()


def test_profiles_lists_each_profile_with_rule_and_basis(monkeypatch) -> None:
    monkeypatch.chdir(REPO)
    result = runner.invoke(app, ["profiles", "--today", "2026-12-18"])
    assert result.exit_code == 0, result.output
    names = known_profiles(REPO / "templates")
    assert f"{len(names)} profiles" in result.output
    for name in names:
        assert name in result.output
    assert "20 working days from receipt" in result.output
    assert "§ 104 Abs. 2 GO-BT" in result.output


def test_a_projects_own_profile_is_listed_as_its_file(project, monkeypatch) -> None:
    own = (REPO / "templates" / "landtag-mv.yaml").read_text(encoding="utf-8")
    rule = 'frist:\n  - {art: werktage, anzahl: 20, grundlage: "§ 64 GO LT", bestaetigt: false}\n'
    project.write("templates/eigenes.yaml", own.split("\nfrist:")[0] + "\n" + rule)
    monkeypatch.chdir(project.root)
    result = runner.invoke(app, ["profiles"])
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.output.splitlines() if "eigenes" in ln)
    assert "templates/eigenes.yaml" in line and "(not confirmed)" in line
