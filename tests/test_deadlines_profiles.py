"""`anfrage deadline --received 2026-12-18 --profile P` for every shipped profile, each date
checked by hand against the rule quoted beside it. 18 December 2026 is a Friday; the days after
it hold Christmas (24 December counts as a working day, 25 and 26 December are holidays) and
New Year (1 January 2027, a Friday). A deadline on a weekend or holiday moves to the next
working day (`verschieben`, the profiles' default)."""

import pytest
from typer.testing import CliRunner

from anfrage.cli import app

from shipped import shipped

# profile → (due date, the rule as its source words it, how the date comes about)
DUE: dict[str, tuple[str, str, str]] = {
    "baden-wuerttemberg": (
        "2027-01-08",
        "binnen drei Wochen - gerechnet vom Absendedatum des Landtags (§ 61 Abs. 5 GO LT BW)",
        "18 Dec + 3 weeks = Fri 8 Jan",
    ),
    "bayern": (
        "2027-01-15",
        "nicht binnen vier Wochen beim Landtag eingegangen (§ 72 Abs. 1 BayLTGeschO)",
        "18 Dec + 4 weeks = Fri 15 Jan",
    ),
    "berlin": (
        "2027-01-08",
        "grundsätzlich innerhalb von drei Wochen (Art. 45 Abs. 1 VvB)",
        "18 Dec + 3 weeks = Fri 8 Jan",
    ),
    "brandenburg": (
        "2027-01-15",
        "zur schriftlichen Beantwortung innerhalb von vier Wochen (§ 58 Abs. 3 GO 2010)",
        "18 Dec + 4 weeks = Fri 15 Jan",
    ),
    "bremen": (
        "2027-01-22",
        "vom Senat binnen fünf Wochen schriftlich zu beantworten (GO Bürgerschaft)",
        "18 Dec + 5 weeks = Fri 22 Jan",
    ),
    "bundestag": (
        "2027-01-04",
        "innerhalb von vierzehn Tagen schriftlich zu beantworten (§ 104 Abs. 2 GO-BT)",
        "18 Dec + 14 days = Fri 1 Jan, Neujahr; Sat, Sun; Mon 4 Jan",
    ),
    "hamburg": (
        "2026-12-28",
        "vom Senat binnen acht Tagen schriftlich zu beantworten (Art. 25 Abs. 3 HV)",
        "18 Dec + 8 days = Sat 26 Dec, Zweiter Weihnachtstag; Sun 27; Mon 28 Dec",
    ),
    "hessen": (
        "2027-01-29",
        "soll innerhalb von sechs Wochen nach der Zuleitung erteilt werden (§ 35 Abs. 3 GO HLT)",
        "18 Dec + 6 weeks = Fri 29 Jan",
    ),
    "landtag-mv": (
        "2027-01-19",
        "innerhalb von 20 Werktagen (§ 64 GO LT M-V, as reported)",
        "21-24 Dec (4), 28-31 Dec (8), 4-8 Jan (13; 1 Jan a holiday), 11-15 Jan (18), 18, 19 Jan",
    ),
    "landtag-st": (
        "2027-01-18",
        "spätestens nach einem Monat ab Zugang (§ 44 Abs. 1 GO.LT LSA)",
        "18 Dec + 1 month = Mon 18 Jan",
    ),
    "niedersachsen": (
        "2027-01-18",
        "innerhalb eines Monats (§ 33 Abs. 2 GGO NI)",
        "18 Dec + 1 month = Mon 18 Jan",
    ),
    "nordrhein-westfalen": (
        "2027-01-15",
        "binnen vier Wochen nach Eingang bei der Staatskanzlei (§ 32 Abs. 2 GGO NRW)",
        "18 Dec + 4 weeks = Fri 15 Jan",
    ),
    "rheinland-pfalz": (
        "2027-01-08",
        "innerhalb von drei Wochen (§ 97 GOLT RP, as reported)",
        "18 Dec + 3 weeks = Fri 8 Jan",
    ),
    "saarland": (
        "2027-01-18",
        "innerhalb einer Frist von einem Monat (§ 58 Abs. 3 GO LT SL)",
        "18 Dec + 1 month = Mon 18 Jan",
    ),
    "sachsen": (
        "2027-01-15",
        "binnen vier Wochen nach Absendedatum des Landtags (§ 56 Abs. 5 GO SLT, 7. WP)",
        "18 Dec + 4 weeks = Fri 15 Jan",
    ),
    "schleswig-holstein": (
        "2027-01-04",
        "innerhalb von zwei Wochen schriftlich zu beantworten (§ 36 Abs. 2 GO LT SH)",
        "18 Dec + 2 weeks = Fri 1 Jan, Neujahr; Sat, Sun; Mon 4 Jan",
    ),
    "thueringen": (
        "2027-01-29",
        "innerhalb von sechs Wochen nach Eingang bei der Landesregierung (§ 90 Abs. 4 GO)",
        "18 Dec + 6 weeks = Fri 29 Jan",
    ),
}


def deadline(received: str, profile: str) -> str:
    result = CliRunner().invoke(
        app, ["deadline", "--received", received, "--profile", profile, "--today", received]
    )
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("profile", sorted(DUE))
def test_deadline_from_18_december_2026(profile: str) -> None:
    due, _rule, _how = DUE[profile]
    output = deadline("2026-12-18", profile)
    assert f"due:       {due} " in output
    assert f"rule:      {profile}: " in output


def test_every_shipped_profile_has_a_checked_deadline() -> None:
    assert {p.stem for p in shipped("src/anfrage/profiles/*.yaml")} <= set(DUE)  # not a user's own


@pytest.mark.parametrize(
    ("profile", "received", "due", "moved"),
    [
        # Heilige Drei Könige (6 January) is a holiday in BW, BY and ST, not in Berlin.
        ("baden-wuerttemberg", "2026-12-16", "2027-01-07", "Heilige Drei Könige"),
        ("bayern", "2026-12-09", "2027-01-07", "Heilige Drei Könige"),
        ("landtag-st", "2026-12-06", "2027-01-07", "Heilige Drei Könige"),
        ("berlin", "2026-12-16", "2027-01-06", None),
        # Christmas: 8 days from 17 December is Friday 25 December (Erster Weihnachtstag).
        ("hamburg", "2026-12-17", "2026-12-28", "Erster Weihnachtstag"),
    ],
)
def test_holidays_of_the_land_move_the_deadline(
    profile: str, received: str, due: str, moved: str | None
) -> None:
    output = deadline(received, profile)
    assert f"due:       {due} " in output
    if moved:
        assert f"falls on {moved}; moved to the next working day" in output
    else:
        assert "moved:" not in output


def test_an_unconfirmed_rule_says_so() -> None:
    assert "[rule not confirmed from a public source]" in deadline("2026-12-18", "bremen")
    assert "not confirmed" not in deadline("2026-12-18", "hamburg")
