"""Nothing silent: each gap a draft could hide is a `check` finding, a `render` note, and,
where the draft would look finished without it, a bracketed marker in the document."""

from __future__ import annotations

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from typer.testing import CliRunner

from anfrage.cli import app

from conftest import FACTS, INQUIRY

runner = CliRunner()


def invoke(*args: object):
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result


def body(project, name: str = "test") -> list[str]:
    return [p.text for p in docx.Document(str(project.root / "out" / f"{name}.docx")).paragraphs]


def test_a_fact_block_that_selects_nothing_is_a_finding_and_a_marker(project) -> None:
    path = project.standard(
        INQUIRY.replace(
            "text: [Antwort eins.]", "text: [Die Projekte, {chronik: {art: [projekt]}}]"
        )
    )
    checked = invoke("check", path)
    assert checked.exit_code == 1, checked.output
    assert "test.yaml:22:" in checked.output  # the block's own line
    assert "the chronik block selects no record (art=projekt, within the reporting period)" in (
        checked.output
    )
    rendered = invoke("render", path)
    assert rendered.exit_code == 0, rendered.output
    assert "note: the chronik block selects no record" in rendered.output
    texts = body(project)
    marker = "[keine Einträge: chronik art=projekt im Berichtszeitraum 2015 bis 2017]"
    assert texts[texts.index("Die Projekte") + 1] == marker


def test_a_partnerships_block_without_partnerships_is_a_finding_and_a_marker(project) -> None:
    path = project.standard(
        INQUIRY.replace(
            "text: [Antwort eins.]", "text: [{partnerschaften: {art: [partnerschaft]}}]"
        )
    )
    checked = invoke("check", path)
    assert checked.exit_code == 1
    assert "the partnerschaften block selects no record of kind partnerschaft" in checked.output
    assert invoke("render", path).exit_code == 0
    marker = "[keine Einträge: partnerschaften art=partnerschaft im Berichtszeitraum 2015 bis 2017]"
    assert marker in body(project)


ONGOING = (
    FACTS
    + """\
partnerschaften:
  - {id: p1, einrichtung: Uni Rostock, partner: Uni Almaty, seit: 1998}
  - {id: p2, einrichtung: Uni Greifswald, partner: Uni Astana, seit: 2030}
"""
)


def test_a_partnership_since_a_year_is_ongoing(project) -> None:
    path = project.standard(
        INQUIRY.replace(
            "text: [Antwort eins.]", "text: [{partnerschaften: {art: [partnerschaft]}}]"
        ),
        ONGOING,
    )
    checked = invoke("check", path, "--today", "2017-07-01")
    assert "outside the reporting period" not in checked.output
    assert "selects no record" not in checked.output
    assert invoke("render", path).exit_code == 0
    texts = body(project)
    assert "Uni Rostock" in texts  # since 1998, so within 2015 to 2017
    assert "Uni Greifswald" not in texts  # not begun yet
    listed = invoke("facts", project.root / "facts" / "test.yaml", "--from", "2020")
    assert listed.exit_code == 0, listed.output
    assert "p1" in listed.output and "1998 bis heute" in listed.output
    assert "h15" not in listed.output  # a trade year stays in its year


def test_a_question_answered_in_two_blocks_keeps_both(project) -> None:
    path = project.standard(
        INQUIRY.replace(
            "  - fragen: [2, 2a, 2b]",
            "  - fragen: [1]\n    text: [Noch eine Antwort.]\n  - fragen: [2, 2a, 2b]",
        )
    )
    checked = invoke("check", path)
    assert checked.exit_code == 1
    assert "question 1 is answered 2 times" in checked.output
    rendered = invoke("render", path)
    assert rendered.exit_code == 0, rendered.output
    assert (
        "note: answer block 2 answers question 1 again, already answered by block 1; "
        "the draft shows both, one after the other: keep one"
    ) in rendered.output
    texts = body(project)
    first = texts.index("Antwort eins.")
    assert texts[first + 1] == "Noch eine Antwort."  # both, under question 1, in order
    assert texts.index("2.\tZweite Frage?") > first + 1


def test_an_outstanding_contribution_leaves_a_marker(project) -> None:
    path = project.standard(
        INQUIRY.replace(
            "  - fragen: [1]\n    text: [Antwort eins.]", "  - fragen: [1]\n    ressort: WM"
        )
    )
    checked = invoke("check", path)
    assert checked.exit_code == 1
    assert "assigned to WM; its contribution is outstanding" in checked.output
    rendered = invoke("render", path)
    assert rendered.exit_code == 0
    assert "warning: question 1 has no answer yet" in rendered.output
    assert "note: question 1: assigned to WM" in rendered.output
    texts = body(project)
    assert texts[texts.index("1.\tErste Frage?") + 1] == "[Zulieferung WM ausstehend]"


def test_a_question_without_answer_block_leaves_a_marker(project) -> None:
    path = project.standard(
        INQUIRY.replace("fragen: [1]", "fragen: [2a]").replace(
            "fragen: [2, 2a, 2b]", "fragen: [2, 2b]"
        )
    )
    assert invoke("render", path).exit_code == 0
    texts = body(project)
    assert texts[texts.index("1.\tErste Frage?") + 1] == "[Antwort fehlt: Frage 1]"


def test_an_excerpt_says_so_at_its_top(project) -> None:
    path = project.standard()
    rendered = invoke("render", path, "-q", "2a")
    assert rendered.exit_code == 0, rendered.output
    texts = [
        p.text for p in docx.Document(str(project.root / "out" / "test_fragen-2a.docx")).paragraphs
    ]
    at = texts.index("[Auszug: Fragen 2, 2 a) und 2 b)]")
    assert texts[at + 1] == "2.\tZweite Frage?"
    assert "[Auszug" not in "".join(body_of_full(project, path))


def body_of_full(project, path) -> list[str]:
    assert invoke("render", path).exit_code == 0
    return body(project)


def test_markers_are_flagged_for_the_template(project) -> None:
    from anfrage import api

    path = project.standard(
        INQUIRY.replace("text: [Antwort eins.]", "text: [{chronik: {art: [projekt]}}]")
    )
    draft = api.prepare(path, ["1"]).draft
    flagged = [a["text"] for a in draft.context["absaetze"] if a["luecke"]]
    assert flagged == [
        "[Auszug: Frage 1]",
        "[keine Einträge: chronik art=projekt im Berichtszeitraum 2015 bis 2017]",
    ]


def _answer(project, text: str, facts: str = FACTS):
    return project.standard(INQUIRY.replace("text: [Antwort eins.]", f"text: [{text!r}]"), facts)


@pytest.mark.parametrize(
    ("typed", "advice"),
    [
        ("Umsatz { h15.umsatz }.", "'{ h15.umsatz }'"),
        ("Umsatz {{h15.umsatz}}.", "'{{h15.umsatz}}'"),
        ("Umsatz {h15.umsatz und mehr", "'{h15.umsatz'"),
        ("Umsatz {h15.umsatz | mio}.", "'{h15.umsatz | mio}'"),
        ("Umsatz {h15.umsatz|Mio}.", "'{h15.umsatz|Mio}'"),
    ],
)
def test_text_that_looks_like_a_reference_is_a_finding(project, typed: str, advice: str) -> None:
    result = invoke("check", _answer(project, typed))
    assert result.exit_code == 1, result.output
    assert f"{advice} looks like a reference but is not one as written; write {{h15.umsatz" in (
        result.output
    )
    assert "or \\{ for a literal brace" in result.output


def test_a_record_text_with_a_lookalike_of_its_own_field_is_a_finding(project) -> None:
    path = project.standard(facts=FACTS.replace("Am {datum} war", "Am { datum } war"))
    result = invoke("check", path)
    assert result.exit_code == 1
    assert "facts/test.yaml:7: record 'k1': '{ datum }' in its text looks like a reference" in (
        result.output
    )


def test_literal_braces_are_no_lookalikes(project) -> None:
    path = _answer(project, "C:\\{Projekte} und \\{h15.umsatz} und {{ cycler.x }}, {h15.umsatz}")
    result = invoke("check", path)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "typed",
    [
        "Der Umsatz betrug 2015 rund 2.300 Mio. Euro.",
        "Im Jahr 2016 waren es 6.458.000 Euro.",
        "2015 waren es 12.811.000,50 Euro, mehr als zuvor.",  # cents: 12.811.000,00 is not it
    ],
)
def test_a_figure_in_thousands_format_is_compared_with_the_facts(project, typed: str) -> None:
    result = invoke("check", _answer(project, typed))
    assert result.exit_code == 1, result.output
    assert f"a figure typed by hand in {typed!r} differs from the facts" in result.output


@pytest.mark.parametrize(
    "typed", ["2015 waren es 12.811 Tsd. Euro.", "2016 waren es 5.458.000 Euro (Platz 98)."]
)
def test_a_figure_in_thousands_format_that_agrees_passes(project, typed: str) -> None:
    result = invoke("check", _answer(project, typed))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("reference", "shown"),
    [
        ("{h15.umsatz|mio:1}", "12,8\u00a0Mio.\u00a0Euro"),
        ("{h15.umsatz|mrd:2}", "0,01\u00a0Mrd.\u00a0Euro"),
        ("{h15.umsatz|mrd}", "0,013\u00a0Mrd.\u00a0Euro"),
        ("{h15.umsatz|tsd:0}", "12.811\u00a0Tsd.\u00a0Euro"),
        ("{h15.umsatz}", "12,811\u00a0Mio.\u00a0Euro"),  # the unit a German answer uses
    ],
)
def test_a_reference_takes_unit_and_decimal_places(project, reference: str, shown: str) -> None:
    path = _answer(project, f"Umsatz 2015: {reference}.")
    assert invoke("check", path).exit_code == 0
    assert invoke("render", path).exit_code == 0
    assert f"Umsatz 2015: {shown}." in body(project)


def test_decimal_places_apply_to_amounts_only(project) -> None:
    result = invoke("check", _answer(project, "Am {k1.datum|lang:1}."))
    assert result.exit_code == 2
    assert "{k1.datum|lang:1}: decimal places (:1) apply to amounts only; write |lang" in (
        result.output
    )


def test_an_unknown_fact_id_gets_a_suggestion_at_the_references_own_line(project) -> None:
    inquiry = INQUIRY.replace(
        "    text: [Antwort eins.]",
        "    text:\n      - |-\n        Erste Zeile.\n        Zweite Zeile mit {h015.umsatz}.",
    )
    result = invoke("check", project.standard(inquiry))
    assert result.exit_code == 2
    assert (
        "test.yaml:25:26: {h015.umsatz}: no fact record 'h015' in the fact files of this "
        "inquiry; did you mean 'h15'?"
    ) in result.output


def test_an_unknown_record_in_a_block_gets_a_suggestion(project) -> None:
    path = project.standard(
        INQUIRY.replace("text: [Antwort eins.]", "text: [{handel: {fakten: [h16, h155]}}]")
    )
    result = invoke("check", path)
    assert result.exit_code == 2
    assert "no fact record 'h155' in the fact files of this inquiry; did you mean 'h15'?" in (
        result.output
    )


def test_an_absolute_fact_path_inside_the_project_is_taken(project) -> None:
    path = project.standard(
        INQUIRY.replace("../facts/test.yaml", str(project.root / "facts" / "test.yaml"))
    )
    result = invoke("check", path)
    assert result.exit_code == 0, result.output
    outside = project.standard(INQUIRY.replace("../facts/test.yaml", "/etc/hostname"))
    result = invoke("check", outside)
    assert result.exit_code == 2
    assert "lies outside the project folder" in result.output


def test_facts_lists_every_value_the_german_way(project) -> None:
    path = project.write(
        "facts/alle.yaml",
        """\
        quelle: Q
        stand: 2025-06-30
        handel:
          - {id: h, zeitraum: 2024, umsatz: 2190000000, ausfuhr: 1000000000, einfuhr: 1190000000}
        kontakte:
          - id: k
            datum: 2025-03-21
            bis: 2025-03-22
            teilnehmer: [Minister, {funktion: Botschafter, name: Max Muster}]
            weitere: {kosten: 1250000, anteil: 0.25, offen: true}
        sonstiges:
          - {id: s, text: Nur Prosa.}
        """,
    )
    result = invoke("facts", path)
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    for shown in (
        "Umsatz: 2,190 Mrd. Euro",
        "21. bis 22. März 2025",
        "Teilnehmer: Minister und Botschafter Max Muster",
        "kosten: 1.250.000",
        "anteil: 0,25",
        "offen: ja",
        "Text: Nur Prosa.",
        "30. Juni 2025",
    ):
        assert shown in out, shown
    for internal in ("{'", "[{", "Decimal", "funktion", "2190000000", "True"):
        assert internal not in out, internal


def test_today_reaches_check_and_sources(project) -> None:
    inquiry = INQUIRY.replace(
        "uebermittlung: {absender: Der Chef der Staatskanzlei, datum: 2017-07-25}\n", ""
    ).replace("datum: 2017-07-31\n", "")
    path = project.standard(inquiry)
    fresh = invoke("check", path, "--today", "2017-08-01")
    assert "older than 12 months" not in fresh.output, fresh.output
    stale = invoke("check", path, "--today", "2019-01-01")
    assert stale.exit_code == 1
    assert "record 'k1' has stand 2017-07-01, older than 12 months before the answer date " in (
        stale.output
    )
    assert "2019-01-01" in stale.output
    ledger = invoke("sources", path, "--today", "2019-01-01")
    assert ledger.exit_code == 0, ledger.output
    assert "1 facts in 1 uses; 1 stale" in ledger.output
    assert "0 stale" in invoke("sources", path, "--today", "2017-08-01").output


def test_a_year_in_weitere_is_no_thousands_figure(project) -> None:
    facts = FACTS.replace(
        "    ort: Peenemünde\n", "    ort: Peenemünde\n    weitere: {seit: 1998, gaeste: 12500}\n"
    )
    path = _answer(project, "Seit {k1.weitere.seit}, {k1.weitere.gaeste} Gäste.", facts)
    assert invoke("render", path).exit_code == 0
    assert "Seit 1998, 12.500 Gäste." in body(project)


def test_a_batch_notes_what_each_draft_lacks(project) -> None:
    project.standard(
        INQUIRY.replace(
            "  - fragen: [1]\n    text: [Antwort eins.]", "  - fragen: [1]\n    ressort: WM"
        )
    )
    result = invoke("render", project.root / "anfragen")
    assert result.exit_code == 0, result.output
    assert "test.yaml: question 1: assigned to WM; its contribution is outstanding" in (
        result.output
    )
    assert "[Zulieferung WM ausstehend]" in body(project)


def test_a_gap_stands_out_in_print_bold_on_yellow(project) -> None:
    path = project.standard(
        INQUIRY.replace(
            "  - fragen: [1]\n    text: [Antwort eins.]", "  - fragen: [1]\n    ressort: WM"
        )
    )
    assert invoke("render", path).exit_code == 0
    document = docx.Document(str(project.root / "out" / "test.docx"))
    (gap,) = [p for p in document.paragraphs if p.text == "[Zulieferung WM ausstehend]"]
    assert all(r.bold and r.font.highlight_color == WD_COLOR_INDEX.YELLOW for r in gap.runs)
    normal = next(p for p in document.paragraphs if p.text.startswith("Kontakt: "))
    assert normal.runs and not any(r.font.highlight_color for r in normal.runs)


def test_every_shipped_template_highlights_gaps() -> None:
    import zipfile

    from shipped import shipped

    for template in shipped("src/anfrage/profiles/*.docx"):
        xml = zipfile.ZipFile(template).read("word/document.xml").decode("utf-8")
        if "absaetze" in xml:
            assert "a.luecke" in xml and 'w:highlight w:val="yellow"' in xml, template.name
