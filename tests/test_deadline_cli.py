"""`anfrage deadline` and the deadline findings of `anfrage check`, over every profile."""

import pytest
from typer.testing import CliRunner

from anfrage.cli import app

from conftest import INQUIRY

runner = CliRunner()


@pytest.mark.parametrize(
    ("profile", "received", "due", "extra"),
    [
        # 14 calendar days; 25 December 2025 is a holiday, the 26th too, then a weekend
        ("bundestag", "2026-08-03", "2026-08-17", None),
        ("bundestag", "2025-12-11", "2025-12-29", "falls on Erster Weihnachtstag"),
        # 20 working days: 3 October and Reformationstag (31 October) are holidays in MV
        ("landtag-mv", "2017-06-27", "2017-07-25", None),
        ("landtag-mv", "2025-10-02", "2025-11-03", None),
        # one month (relativedelta): month ends and a leap year
        ("landtag-st", "2026-01-31", "2026-03-02", "2026-02-28 falls on a Saturday"),
        ("landtag-st", "2028-01-31", "2028-02-29", None),
        ("landtag-st", "2025-03-31", "2025-04-30", None),
        # three or four weeks: Reformationstag counts in Sachsen and Brandenburg, not in Berlin
        ("berlin", "2025-10-10", "2025-10-31", None),
        ("sachsen", "2025-10-03", "2025-11-03", "falls on Reformationstag"),
        ("brandenburg", "2025-10-03", "2025-11-03", "falls on Reformationstag"),
    ],
)
def test_deadline_per_profile(
    project, profile: str, received: str, due: str, extra: str | None
) -> None:
    result = runner.invoke(
        app, ["deadline", "--received", received, "--profile", profile, "--today", received]
    )
    assert result.exit_code == 0, result.output
    assert f"due:       {due} (" in result.output
    assert f"rule:      {profile}: " in result.output
    if extra:
        assert extra in result.output


def test_deadline_of_an_inquiry_with_extension(project) -> None:
    path = project.standard(
        INQUIRY.replace(
            "datum: 2017-07-31\n",
            "datum: 2017-07-31\neingang: 2017-06-27\n"
            "fristverlaengerung: {bis: 2017-08-15, grund: mit dem Fragesteller vereinbart}\n",
        )
    )
    result = runner.invoke(app, ["deadline", str(path), "--today", "2017-08-01"])
    assert result.exit_code == 0, result.output
    assert "due:       2017-08-15 (Dienstag, 15. August 2017)" in result.output
    assert (
        "extended:  by agreement to 2017-08-15 (mit dem Fragesteller vereinbart); the "
        "regular deadline was 2017-07-25"
    ) in result.output
    assert "answered:  2017-07-25 (Dienstag, 25. Juli 2017), in time" in result.output
    before = runner.invoke(app, ["deadline", str(path), "--today", "2017-07-24"])
    assert "left:      22 days (16 working days)" in before.output, before.output


def test_deadline_days_left_and_overdue(project) -> None:
    unanswered = INQUIRY.replace(
        "uebermittlung: {absender: Der Chef der Staatskanzlei, datum: 2017-07-25}\n", ""
    )
    path = project.standard(
        unanswered.replace("datum: 2017-07-31\n", "datum: 2017-07-31\neingang: 2017-06-27\n")
    )
    overdue = runner.invoke(app, ["deadline", str(path), "--today", "2017-07-28"])
    assert "overdue:   by 3 days" in overdue.output, overdue.output
    left = runner.invoke(app, ["deadline", str(path), "--today", "2017-07-24"])
    assert "left:      1 day (1 working days)" in left.output, left.output


def test_an_answer_that_went_out_says_when_and_whether_in_time(project) -> None:
    """Years later, an answered inquiry is not 'overdue by 903 days'."""
    path = project.standard(
        INQUIRY.replace("datum: 2017-07-31\n", "datum: 2017-07-31\neingang: 2017-06-27\n")
    )
    result = runner.invoke(app, ["deadline", str(path), "--today", "2020-01-15"])
    assert result.exit_code == 0, result.output
    assert "answered:  2017-07-25 (Dienstag, 25. Juli 2017), in time" in result.output
    assert "overdue" not in result.output
    late = runner.invoke(
        app,
        ["deadline", str(project.standard(INQUIRY.replace(
            "datum: 2017-07-31\n", "datum: 2017-07-31\neingang: 2017-06-01\n"))),
         "--today", "2020-01-15"],
    )  # fmt: skip
    assert "answered:  2017-07-25 (Dienstag, 25. Juli 2017), 25 days after the deadline" in (
        late.output
    ), late.output


def test_deadline_needs_a_received_date(project) -> None:
    result = runner.invoke(app, ["deadline", str(project.standard())])
    assert result.exit_code == 2
    assert "anfragen/test.yaml:1:1: the inquiry has no 'eingang'" in result.output
    result = runner.invoke(app, ["deadline", "--profile", "bundestag"])
    assert (
        result.exit_code == 2
        and "give an inquiry file, or both --received and --profile" in result.output
    )
    result = runner.invoke(app, ["deadline", "--received", "3.8.2026", "--profile", "bundestag"])
    assert result.exit_code == 2
    assert "--received: expected a date written year-month-day like 2026-08-03" in result.output


@pytest.mark.parametrize(
    ("today", "letter", "finding"),
    [
        ("2017-07-21", "2017-07-25", "due 2017-07-25, in 2 working days"),
        (
            "2017-07-24",
            "2017-07-26",
            "the answer is dated 2017-07-26, after the deadline 2017-07-25",
        ),
        ("2017-07-27", "2017-07-28", "overdue: the deadline was 2017-07-25, 2 days ago"),
        ("2017-07-20", "2017-07-25", None),  # three working days left
        ("2017-08-30", "2017-07-25", None),  # the answer has gone out
    ],
)
def test_check_warns_about_deadlines(project, today: str, letter: str, finding: str | None) -> None:
    text = INQUIRY.replace("datum: 2017-07-31\n", "datum: 2017-07-31\neingang: 2017-06-27\n")
    text = text.replace("datum: 2017-07-25}", f"datum: {letter}}}")
    result = runner.invoke(app, ["check", str(project.standard(text)), "--today", today])
    if finding is None:
        assert result.exit_code == 0, result.output
    else:
        assert result.exit_code == 1, result.output
        assert "anfragen/test.yaml:6:" in result.output and finding in result.output


def test_check_reports_template_values_the_inquiry_lacks(project) -> None:
    text = INQUIRY.replace("parlament: landtag-mv", "parlament: bundestag")
    result = runner.invoke(app, ["check", str(project.standard(text))])
    assert result.exit_code == 1
    assert (
        "the template of 'bundestag' shows 'anfrage_nr', but the inquiry does not set 'anfrage_nr'"
        in result.output
    )
