import pytest

from anfrage.errors import SourceError
from anfrage.profile import load_profile


def test_shipped_profile_loads(project) -> None:
    profil, docx = load_profile(project.root / "templates", "landtag-mv")
    assert profil.regierung == "Landesregierung" and docx.name == "landtag-mv.docx"


def test_unknown_profile_lists_the_known_ones(project) -> None:
    with pytest.raises(SourceError, match="no profile 'landtag-xx'; known profiles: landtag-mv"):
        load_profile(project.root / "templates", "landtag-xx")


def test_profile_sentence_needs_its_placeholder(project) -> None:
    project.write(
        "templates/p.yaml",
        """\
        parlament: P
        regierung: R
        template: landtag-mv.docx
        uebermittlung: "{absender} am {datum}"
        gruppensatz: Die Fragen werden zusammen beantwortet.
        """,
    )
    with pytest.raises(SourceError, match="gruppensatz: must contain {fragen}"):
        load_profile(project.root / "templates", "p")
