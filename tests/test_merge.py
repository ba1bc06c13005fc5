"""`anfrage merge`: contributions of other Ressorts back into the inquiry, through the CLI."""

from __future__ import annotations

import docx
from typer.testing import CliRunner

from anfrage.cli import app

from conftest import INQUIRY

runner = CliRunner()

ASSIGNED = INQUIRY.replace(
    '  - fragen: [2, 2a, 2b]\n    text:\n      - "Kontakt: {k1}"\n',
    "  # asked WM on 3 July\n  - fragen: [2, 2a, 2b]\n    ressort: WM\n",
)

WM = """\
zulieferung:
  ressort: WM
  drucksache: "7/1"
  datum: 2017-07-12
  bearbeitung: Referat 120
antworten:
  - fragen: [2, 2a, 2b]
    # drafted by Referat 120
    text:
      - "Umsatz {h15.zeitraum}: {h15.umsatz|mio} & <mehr> „Zitat“."
"""


def merge(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["merge", *args])


def test_merge_takes_the_contribution_in_and_keeps_everything_else(project) -> None:
    inquiry = project.standard(ASSIGNED)
    before = inquiry.read_text()
    contribution = project.write("zulieferungen/wm.yaml", WM)
    result = merge(str(inquiry), str(contribution))
    assert result.exit_code == 0, result.output
    assert "merged WM: questions 2, 2 a), 2 b) from wm.yaml" in result.stdout
    after = inquiry.read_text()
    # Everything before the answers is byte for byte the desk officer's file.
    head = before[: before.index("antworten:")]
    assert after.startswith(head)
    assert "  # asked WM on 3 July\n" in after
    assert "# Zulieferung WM of 2017-07-12 (Referat 120), merged from wm.yaml" in after
    assert "    # drafted by Referat 120\n" in after
    assert '"Umsatz {h15.zeitraum}: {h15.umsatz|mio} & <mehr> „Zitat“."' in after
    assert after.index("ressort: WM") < after.index("Umsatz")
    # The merged inquiry renders, with the contribution's text exactly.
    rendered = runner.invoke(app, ["render", str(inquiry)])
    assert rendered.exit_code == 0, rendered.output
    texts = [p.text for p in docx.Document(str(project.root / "out" / "test.docx")).paragraphs]
    assert "Umsatz 2015: 12,811\u00a0Mio.\u00a0Euro & <mehr> „Zitat“." in texts


def test_merging_again_changes_nothing(project) -> None:
    inquiry = project.standard(ASSIGNED)
    contribution = project.write("zulieferungen/wm.yaml", WM)
    assert merge(str(inquiry), str(contribution)).exit_code == 0
    merged = inquiry.read_bytes()
    again = merge(str(inquiry), str(contribution))
    assert again.exit_code == 0, again.output
    assert "nothing to merge; the inquiry is unchanged" in again.stdout
    assert "questions 2, 2 a), 2 b): the contribution is merged already" in again.output
    assert inquiry.read_bytes() == merged


def test_existing_text_is_not_overwritten_without_replace(project) -> None:
    inquiry = project.standard(
        INQUIRY.replace("  - fragen: [2, 2a, 2b]\n", "  - fragen: [2, 2a, 2b]\n    ressort: WM\n")
    )
    before = inquiry.read_bytes()
    contribution = project.write("zulieferungen/wm.yaml", WM)
    result = merge(str(inquiry), str(contribution))
    assert result.exit_code == 1, result.output
    assert "anfragen/test.yaml:26:7: " in result.stdout
    assert (
        "the answer to 2, 2 a), 2 b) already has text, which zulieferungen/wm.yaml would overwrite"
        in result.stdout
    )
    assert "1 conflict; nothing merged, nothing written" in result.stdout
    assert inquiry.read_bytes() == before
    replaced = merge(str(inquiry), str(contribution), "--replace")
    assert replaced.exit_code == 0, replaced.output
    assert "already had text; replaced by the contribution" in replaced.output
    assert "Kontakt: {k1}" not in inquiry.read_text()
    assert "Umsatz {h15.zeitraum}" in inquiry.read_text()


def test_conflicts_are_reported_together_and_nothing_is_written(project) -> None:
    inquiry = project.standard(ASSIGNED)
    before = inquiry.read_bytes()
    wm = project.write("zulieferungen/wm.yaml", WM)
    # BM answers question 1, which the lead answers, and 2 a), which WM's contribution has too.
    bm = project.write(
        "zulieferungen/bm.yaml",
        """\
        zulieferung: {ressort: BM, drucksache: "7/1"}
        antworten:
          - fragen: [1, 2a]
            text: [Antwort BM.]
        """,
    )
    result = merge(str(inquiry), str(wm), str(bm))
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert (
        "zulieferungen/bm.yaml:3:14: question 1 is not assigned to BM: the lead Ressort answers "
        "it (inquiry line 21); add ressort: BM to that block to assign it"
    ) in out
    assert (
        "zulieferungen/bm.yaml:3:17: question 2 a) is answered twice: here and in "
        "zulieferungen/wm.yaml:7:17"
    ) in out
    assert "2 conflicts; nothing merged, nothing written" in out
    assert inquiry.read_bytes() == before


def test_a_contribution_must_answer_all_questions_assigned_together(project) -> None:
    inquiry = project.standard(ASSIGNED)
    partial = project.write("zulieferungen/wm.yaml", WM.replace("[2, 2a, 2b]", "[2, 2a]"))
    result = merge(str(inquiry), str(partial))
    assert result.exit_code == 1, result.output
    assert (
        "zulieferungen/wm.yaml:2:12: the inquiry assigns questions 2, 2 a), 2 b) to WM together "
        "(inquiry line 24); this contribution does not answer 2 b)"
    ) in result.stdout


def test_a_question_of_another_ressort_is_a_conflict(project) -> None:
    inquiry = project.standard(ASSIGNED)
    other = project.write("zulieferungen/bm.yaml", WM.replace("ressort: WM", "ressort: BM"))
    result = merge(str(inquiry), str(other))
    assert result.exit_code == 1
    assert (
        "bm.yaml:7:14: question 2 is assigned to WM, not to BM (inquiry line 24)" in result.stdout
    )
    assert "3 conflicts" in result.stdout


def test_bad_contributions_are_bad_input_with_every_problem(project) -> None:
    inquiry = project.standard(ASSIGNED)
    before = inquiry.read_bytes()
    bad = project.write(
        "zulieferungen/wm.yaml",
        """\
        zulieferung: {ressort: WM, drucksache: "7/9"}
        antworten:
          - fragen: [2, 7]
            ressort: BM
            text: ["{nix.datum}"]
        """,
    )
    result = merge(str(inquiry), str(bad))
    assert result.exit_code == 2
    err = result.stderr
    assert (
        "zulieferungen/wm.yaml:1:40: this contribution is for Drucksache 7/9; "
        "anfragen/test.yaml is Drucksache 7/1" in err
    )
    assert "zulieferungen/wm.yaml:4:14: answer names Ressort 'BM' in a contribution of 'WM'" in err
    assert "zulieferungen/wm.yaml:3:17: answer refers to question '7', which does not exist" in err
    assert "zulieferungen/wm.yaml:5:13: {nix.datum}: no fact record 'nix'" in err
    assert "4 problems; nothing written" in err
    assert "Traceback" not in result.output
    assert inquiry.read_bytes() == before


def test_a_contribution_brings_its_fact_files(project) -> None:
    inquiry = project.standard(ASSIGNED)
    project.write(
        "facts/wm.yaml",
        """\
        quelle: WM
        stand: 2017-07-01
        sonstiges:
          - {id: wm1, text: Ein Satz des WM.}
        """,
    )
    contribution = project.write(
        "zulieferungen/wm.yaml",
        WM.replace("antworten:", "fakten: [../facts/wm.yaml]\nantworten:").replace(
            '"Umsatz {h15.zeitraum}: {h15.umsatz|mio} & <mehr> „Zitat“."', '"{wm1}"'
        ),
    )
    out = project.root / "anfragen" / "merged" / "test.yaml"
    result = merge(str(inquiry), str(contribution), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert str(out) in result.stdout
    text = out.read_text()
    assert "  - ../../facts/test.yaml\n  - ../../facts/wm.yaml\n" in text
    rendered = runner.invoke(app, ["render", str(out)])
    assert rendered.exit_code == 0, rendered.output
    texts = [p.text for p in docx.Document(str(project.root / "out" / "test.docx")).paragraphs]
    assert "Ein Satz des WM." in texts
    assert merge(str(inquiry), str(contribution), "--out", str(out)).exit_code == 2


def test_the_example_contribution_is_merged_already(monkeypatch) -> None:
    from conftest import REPO

    monkeypatch.chdir(REPO)
    inquiry = REPO / "anfragen" / "mv-kasachstan-2017.yaml"
    before = inquiry.read_bytes()
    result = merge(str(inquiry), "zulieferungen/mv-kasachstan-2017-wm.yaml")
    assert result.exit_code == 0, result.output
    assert "nothing to merge; the inquiry is unchanged" in result.stdout
    assert inquiry.read_bytes() == before


def test_render_ressort_gives_its_questions_only_marked_as_a_contribution(project) -> None:
    inquiry = project.standard(
        INQUIRY.replace("  - fragen: [2, 2a, 2b]\n", "  - fragen: [2, 2a, 2b]\n    ressort: WM\n")
    )
    result = runner.invoke(app, ["render", str(inquiry), "--ressort", "WM"])
    assert result.exit_code == 0, result.output
    out = project.root / "out" / "test_zulieferung-WM.docx"
    assert result.stdout.strip() == str(out)
    document = docx.Document(str(out))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert paragraphs[0] == ("Zulieferung", "Zulieferung WM zu den Fragen 2, 2 a) und 2 b)")
    texts = [t for _, t in paragraphs]
    assert "2.\tZweite Frage?" in texts and "b)\tUnterfrage b?" in texts
    assert "1.\tErste Frage?" not in texts and "Antwort eins." not in texts
    assert "Kontakt: Am 26.\u00a0August\u00a02016 war der Botschafter in Peenemünde." in texts
    assert document.core_properties.subject.startswith("Zulieferung WM zu den Fragen")
    # The full draft carries no marking.
    assert runner.invoke(app, ["render", str(inquiry)]).exit_code == 0
    full = docx.Document(str(project.root / "out" / "test.docx")).paragraphs
    assert full[0].style.name != "Zulieferung"
    assert not any(p.text.startswith("Zulieferung") for p in full)


def test_render_ressort_names_the_lead_and_refuses_an_unknown_ressort(project) -> None:
    inquiry = project.standard(
        ASSIGNED.replace("titel: Testanfrage", "titel: Testanfrage\nressort: Staatskanzlei")
    )
    result = runner.invoke(app, ["render", str(inquiry), "--ressort", "WM"])
    assert result.exit_code == 0, result.output
    assert "warning: question 2 b) has no answer yet" in result.output
    out = docx.Document(str(project.root / "out" / "test_zulieferung-WM.docx"))
    assert out.paragraphs[0].text == (
        "Zulieferung WM zu den Fragen 2, 2 a) und 2 b) – federführend: Staatskanzlei"
    )
    unknown = runner.invoke(app, ["render", str(inquiry), "--ressort", "BM"])
    assert unknown.exit_code == 2
    assert "--ressort: no answer block is assigned to 'BM'; the Ressorts named are WM" in (
        unknown.stderr
    )
    both = runner.invoke(app, ["render", str(inquiry), "--ressort", "WM", "-q", "1"])
    assert both.exit_code == 2
    assert "--questions and --ressort do not combine" in both.stderr


def test_check_reports_an_outstanding_contribution_and_questions_shows_the_ressort(
    project,
) -> None:
    inquiry = project.standard(ASSIGNED)
    result = runner.invoke(app, ["check", str(inquiry)])
    assert result.exit_code == 1
    assert (
        "anfragen/test.yaml:24:5: questions 2, 2 a), 2 b): assigned to WM; its contribution is "
        "outstanding"
    ) in result.stdout
    table = runner.invoke(app, ["questions", str(inquiry)])
    assert table.exit_code == 0
    assert "2 (WM)" in table.stdout


def test_a_ressort_code_is_short(project) -> None:
    inquiry = project.standard(
        ASSIGNED.replace("ressort: WM", "ressort: Wirtschaftsministerium des Landes")
    )
    result = runner.invoke(app, ["check", str(inquiry)])
    assert result.exit_code == 2
    assert "anfragen/test.yaml:25:14: antworten[1].ressort" in result.stderr


def test_one_question_is_named_in_the_singular() -> None:
    from anfrage.merging.merge import _questions

    assert _questions(["6"]) == "question 6"
    assert _questions(["3", "3 a)"]) == "questions 3, 3 a)"
