"""Profiles ship with anfrage; a project's templates/ overrides one of the same name."""

import shutil

import pytest

from anfrage.errors import SourceError
from anfrage.loading import profile

from conftest import REPO


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    folder = tmp_path / "shipped"
    folder.mkdir()
    for name in ("landtag-mv.yaml", "landtag-mv.docx", "anlage-vs-nfd.docx"):
        source = REPO / "templates" / name
        if not source.exists():
            source = profile.PACKAGED / name
        shutil.copy(source, folder / name)
    monkeypatch.setattr(profile, "PACKAGED", folder)
    return folder


def test_a_shipped_profile_serves_a_project_without_templates(tmp_path, shipped) -> None:
    project = tmp_path / "projekt" / "templates"
    profil, docx = profile.load_profile(project, "landtag-mv")
    assert profil.parlament == "Landtag Mecklenburg-Vorpommern"
    assert docx == (shipped / "landtag-mv.docx").resolve()
    assert "landtag-mv" in profile.known_profiles(project)
    assert profile.template_file(project, "anlage-vs-nfd.docx") == shipped / "anlage-vs-nfd.docx"


def test_the_projects_own_profile_wins(tmp_path, shipped) -> None:
    project = tmp_path / "projekt" / "templates"
    project.mkdir(parents=True)
    own = (shipped / "landtag-mv.yaml").read_text(encoding="utf-8")
    (project / "landtag-mv.yaml").write_text(
        own.replace("regierung: Landesregierung", "regierung: Eigene Regierung"), encoding="utf-8"
    )
    shutil.copy(shipped / "landtag-mv.docx", project / "landtag-mv.docx")
    (project / "eigenes.yaml").write_text(own, encoding="utf-8")
    profil, docx = profile.load_profile(project, "landtag-mv")
    assert profil.regierung == "Eigene Regierung"
    assert docx == (project / "landtag-mv.docx").resolve()
    assert {"eigenes", "landtag-mv"} <= set(profile.known_profiles(project))


def test_an_unknown_profile_lists_every_profile(tmp_path, shipped) -> None:
    with pytest.raises(SourceError) as e:
        profile.load_profile(tmp_path / "templates", "landtag-xx")
    assert "no profile 'landtag-xx'; known profiles: " in str(e.value.problems[0])
    assert "landtag-mv" in str(e.value.problems[0])
