"""anfrage profiles: every profile a project can use, with its deadline rule and legal basis."""

from typer.testing import CliRunner

from anfrage.cli import app
from anfrage.loading.profile import known_profiles

from conftest import PROFILES, REPO

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
    own = (PROFILES / "landtag-mv.yaml").read_text(encoding="utf-8")
    rule = 'frist:\n  - {art: werktage, anzahl: 20, grundlage: "§ 64 GO LT", bestaetigt: false}\n'
    project.write("templates/eigenes.yaml", own.split("\nfrist:")[0] + "\n" + rule)
    monkeypatch.chdir(project.root)
    result = runner.invoke(app, ["profiles"])
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.output.splitlines() if "eigenes" in ln)
    assert "templates/eigenes.yaml" in line and "(not confirmed)" in line


def test_copy_puts_a_profile_into_the_project_where_it_overrides(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["profiles", "--copy", "brandenburg", "--as", "landtag-xy"])
    assert result.exit_code == 0, result.output
    assert result.output.split() == [
        str(tmp_path / "templates" / "landtag-xy.yaml"),
        str(tmp_path / "templates" / "landtag-xy.docx"),
    ]
    text = (tmp_path / "templates" / "landtag-xy.yaml").read_text(encoding="utf-8")
    assert "\ntemplate: landtag-xy.docx\n" in text
    listing = runner.invoke(app, ["profiles"])
    line = next(ln for ln in listing.output.splitlines() if "landtag-xy" in ln)
    assert "templates/landtag-xy.yaml" in line
    again = runner.invoke(app, ["profiles", "--copy", "brandenburg", "--as", "landtag-xy"])
    assert again.exit_code == 2 and "exists already; use --force" in again.output
    bad = runner.invoke(app, ["profiles", "--copy", "brandenburg", "--as", "Landtag XY"])
    assert bad.exit_code == 2 and "--as: expected a profile name" in bad.output
    unknown = runner.invoke(app, ["profiles", "--copy", "nix"])
    assert unknown.exit_code == 2 and "no profile 'nix'; known profiles: " in unknown.output
