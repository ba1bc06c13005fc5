import pytest

from anfrage import api
from anfrage.errors import AnfrageError

from builder import custom_template
from conftest import FACTS, INQUIRY


def messages(findings) -> list[str]:
    return [f.message for f in findings]


def test_example_has_no_findings(project) -> None:
    assert api.check(project.standard()) == []


def test_unanswered_and_twice_answered_questions(project) -> None:
    inquiry = INQUIRY.replace("fragen: [2, 2a, 2b]", "fragen: [1, 2, 2a]")
    findings = api.check(project.standard(inquiry))
    assert [(f.line, f.message) for f in findings] == [
        (11, "question 1 is answered 2 times (lines 21, 23)"),
        (18, "question 2 b) has no answer"),
    ]


def test_fact_outside_the_reporting_period(project) -> None:
    facts = FACTS.replace("datum: 2016-08-26", "datum: 2014-08-26")
    (finding,) = api.check(project.standard(INQUIRY, facts))
    assert finding.path.name == "test.yaml" and finding.line == 7
    assert finding.message == (
        "record 'k1' (2014-08-26) lies outside the reporting period "
        "2015 to 2017; used in: 2, 2 a), 2 b)"
    )


def test_stale_stand_with_threshold(project) -> None:
    facts = FACTS.replace("stand: 2017-07-01", "stand: 2016-05")
    (finding,) = api.check(project.standard(INQUIRY, facts))
    assert (
        "has stand 2016-05, older than 12 months before the answer date 2017-07-25"
        in finding.message
    )
    assert api.check(project.root / "anfragen" / "test.yaml", stale_months=15) == []


def test_template_variable_not_provided(project) -> None:
    custom_template(
        project.root / "templates" / "landtag-mv.docx", "{{ titel }} {{ aktenzeichen }}"
    )
    (finding,) = api.check(project.standard())
    assert finding.message.startswith(
        "template uses 'aktenzeichen', which anfrage does not provide"
    )


def test_selection_of_unknown_question(project) -> None:
    with pytest.raises(AnfrageError, match="--questions: no question '7'; the questions are 1, 2"):
        api.render(project.standard(), selection=["7"])


def test_selection_names_the_output(project) -> None:
    result = api.render(project.standard(), selection=["2a"])
    assert result.path.name == "test_fragen-2a.docx"
    assert result.notes == ["questions 2, 2 a), 2 b) are answered together; added 2, 2 b)"]


def test_list_facts_by_kind_and_years(project) -> None:
    path = project.write("facts/test.yaml", FACTS)
    assert [r.fakt.id for r in api.list_facts([path], kind="trade")] == ["h15", "h16"]
    assert [r.fakt.id for r in api.list_facts([path], von=2016)] == ["h16", "k1"]
    assert [r.fakt.id for r in api.list_facts([path], bis=2015)] == ["h15"]
    with pytest.raises(AnfrageError, match="--kind: unknown kind 'handle'"):
        api.list_facts([path], kind="handle")


def test_an_inquiry_with_only_its_questions_checks_and_renders(project) -> None:
    """An imported question, before the answer's metadata is known: nothing is invented,
    `check` names what is missing, and the draft renders with those places empty."""
    from typer.testing import CliRunner

    from anfrage.cli import app

    path = project.write(
        "anfragen/neu.yaml",
        """\
        parlament: landtag-mv
        titel: Nur Fragen
        fragen:
          - {nr: 1, text: Erste Frage?}
        antworten:
          - {fragen: [1], text: [Antwort.]}
        """,
    )
    runner = CliRunner()
    check = runner.invoke(app, ["check", str(path), "--today", "2026-11-22"])
    assert check.exit_code == 1, check.output
    for key in ("drucksache", "wahlperiode", "datum", "uebermittlung", "fragesteller"):
        assert f"shows '{key}', but the inquiry does not set '{key}'" in check.stdout, key
    assert check.stdout.count("does not set 'uebermittlung'") == 1
    rendered = runner.invoke(app, ["render", str(path)])
    assert rendered.exit_code == 0, rendered.output
    import docx

    texts = [p.text for p in docx.Document(str(project.root / "out" / "neu.docx")).paragraphs]
    assert "Nur Fragen" in texts and "Antwort." in texts


def test_check_reports_a_single_asker_without_anrede(project) -> None:
    from typer.testing import CliRunner

    from anfrage.cli import app

    path = project.standard(
        INQUIRY.replace(
            "fragesteller: {name: Erika Muster, anrede: Frau, fraktion: Fraktion X}",
            "fragesteller: {name: Erika Muster, fraktion: Fraktion X}",
        )
    )
    result = CliRunner().invoke(app, ["check", str(path), "--today", "2017-07-01"])
    assert result.exit_code == 1, result.output
    assert (
        "anfragen/test.yaml:6:15: fragesteller: the one asker has no 'anrede' (Herr or Frau)"
    ) in result.stdout
