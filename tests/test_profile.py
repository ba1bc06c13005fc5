from datetime import date

import pytest

from anfrage.errors import SourceError
from anfrage.loading.profile import known_profiles, load_profile

from shipped import shipped

PROFILE = """\
parlament: P
regierung: R
land: ST
template: landtag-mv.docx
uebermittlung: "{absender} am {datum}"
gruppensatz: Die Fragen {fragen} werden gemeinsam beantwortet.
frist:
  - {art: werktage, anzahl: 10}
  - {art: werktage, anzahl: 20, ab: 2019-01-01}
"""

SHIPPED = [p.stem for p in shipped("src/anfrage/profiles/*.yaml")]  # not a user's own


def test_shipped_profiles_load(project) -> None:
    assert SHIPPED and set(SHIPPED) <= set(known_profiles(project.root / "templates"))
    for name in SHIPPED:
        profil, docx = load_profile(project.root / "templates", name)
        assert docx.is_file() and docx.name == f"{name}.docx"
        assert "{fragen}" in profil.gruppensatz


def test_unknown_profile_lists_the_known_ones(project) -> None:
    known = "no profile 'landtag-xx'; known profiles: .*berlin, brandenburg, "
    with pytest.raises(SourceError, match=known):
        load_profile(project.root / "templates", "landtag-xx")


def test_deadline_rule_in_force_by_date_received(project) -> None:
    project.write("templates/p.yaml", PROFILE)
    profil, _ = load_profile(project.root / "templates", "p")
    assert profil.frist_fuer(date(2018, 6, 1)).anzahl == 10
    assert profil.frist_fuer(date(2019, 1, 1)).anzahl == 20
    assert profil.frist_fuer(date(2026, 1, 1)).describe() == "20 working days from receipt"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("{fragen} werden", "alle werden"), "gruppensatz: must contain {fragen}"),
        (
            ("am {datum}", "am {tag}"),
            "uebermittlung: unknown placeholder {tag}; expected: absender, datum, ressort",
        ),
        (("land: ST", "land: XY"), "land: Value error, expected one of BB, BE"),
        (("art: werktage, anzahl: 10", "art: tage, anzahl: 10"), "frist[0].art: Input should be"),
    ],
)
def test_profile_mistakes_are_reported(project, change: tuple[str, str], message: str) -> None:
    project.write("templates/p.yaml", PROFILE.replace(*change))
    with pytest.raises(SourceError) as e:
        load_profile(project.root / "templates", "p")
    assert message.removeprefix("land: Value error, ") in str(e.value)
