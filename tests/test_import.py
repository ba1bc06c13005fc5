"""`anfrage import` through the CLI: the reference answer, layout families, round trips."""

from __future__ import annotations

import re
import shutil

import docx
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from anfrage.cli import app
from anfrage.importing.cleaning import clean
from anfrage.importing.parser import parse
from anfrage.importing.reading import read_document
from test_importer import BRANDENBURG, BUNDESTAG_QUESTION, REFERENCE

from builder import pdf
from conftest import PROFILES

runner = CliRunner()


def invoke(*args: object):  # type: ignore[no-untyped-def]
    result = runner.invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_reference_imports_and_renders_with_its_questions_and_answers(project) -> None:
    result = invoke("import", REFERENCE)
    assert result.exit_code == 0, result.output
    inquiry = project.root / "anfragen" / "antwort-mv-kasachstan-2017.yaml"
    assert result.stdout.strip() == str(inquiry)
    assert "warning: drucksache: not found in the document" in result.stderr
    assert "4 questions, 3 answer blocks, profile landtag-mv; 4 warnings" in result.stderr
    text = inquiry.read_text(encoding="utf-8")
    assert "wahlperiode:  # not found in the document\n" in text
    check = invoke("check", inquiry, "--today", "2017-07-20")
    assert check.exit_code == 1, check.output  # findings: the three unknown header values
    assert "3 findings" in check.stdout
    rendered = invoke("render", inquiry)
    assert rendered.exit_code == 0, rendered.output
    paragraphs = [
        p.text for p in docx.Document(str(project.root / "out" / f"{inquiry.stem}.docx")).paragraphs
    ]
    body = paragraphs[paragraphs.index("Vorbemerkung:") :]
    # The draft from the Vorbemerkung on is the reference's text: nothing lost, nothing added.
    reference = "\n".join(clean(REFERENCE.read_text(encoding="utf-8")))
    start = reference.index("Vorbemerkung:")
    # List items are Word list paragraphs in the draft: their dashes are the list's bullets.
    assert squeeze("".join(body)) == squeeze(re.sub(r"(?m)^- ", "", reference[start:]))
    assert "Die Fragen 1, 2, 2 a) und 2 b) werden zusammenhängend beantwortet." in body
    assert "Die Fragen 3, 3 a) und 3 b) werden zusammenhängend beantwortet." in body
    assert "a)\tWelchem Zweck dienten diese Begegnungen?" in body


def test_a_question_drucksache_of_the_bundestag(project) -> None:
    source = project.write("eingang/ka-21-7449.txt", BUNDESTAG_QUESTION)
    result = invoke("import", source, "--out", project.root / "anfragen" / "bt.yaml")
    assert result.exit_code == 0, result.output
    text = (project.root / "anfragen" / "bt.yaml").read_text(encoding="utf-8")
    assert 'parlament: "bundestag"' in text
    assert 'anfrage_nr: "21/7449"' in text
    assert (
        "drucksache:  # the answer gets a Drucksache of its own; the question is Drucksache 21/7449"
    ) in text
    assert "# The document holds no answers: write them here.\nantworten: []" in text
    assert "warning: fragesteller[0].anrede: not found in the document" in result.stderr
    check = invoke("check", project.root / "anfragen" / "bt.yaml", "--today", "2025-07-20")
    assert check.exit_code == 1
    assert "question 2 a) has no answer" in check.stdout


def test_brandenburg_answers_come_back(project) -> None:
    source = project.write("eingang/bb.txt", BRANDENBURG)
    assert invoke("import", source).exit_code == 0
    inquiry = project.root / "anfragen" / "bb.yaml"
    assert 'anfrage_nr: "3459"' in inquiry.read_text(encoding="utf-8")
    assert invoke("render", inquiry).exit_code == 0
    texts = [p.text for p in docx.Document(str(project.root / "out" / "bb.docx")).paragraphs]
    assert "zu Frage 1:" in texts
    assert "Die Universität Potsdam und die BTU Cottbus-Senftenberg." in texts


def test_text_with_braces_and_markup_is_imported_literally(project) -> None:
    source = project.write(
        "eingang/x.txt",
        "Landtag Brandenburg\n\n1. Gilt {x.y} & <b> „so“?\n\nJa, {x.y} & <b> gilt.\n",
    )
    assert invoke("import", source).exit_code == 0, "import"
    inquiry = project.root / "anfragen" / "x.yaml"
    assert invoke("render", inquiry).exit_code == 0
    texts = [p.text for p in docx.Document(str(project.root / "out" / "x.docx")).paragraphs]
    assert any(t.endswith("\tGilt {x.y} & <b> „so“?") for t in texts), texts
    assert "Ja, {x.y} & <b> gilt." in texts


def test_refusals(project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert invoke("import", REFERENCE).exit_code == 0
    again = invoke("import", REFERENCE)
    assert again.exit_code == 2
    assert "exists already; use --force to overwrite it" in again.stderr
    assert invoke("import", REFERENCE, "--force").exit_code == 0
    unknown = invoke("import", REFERENCE, "--profile", "atlantis", "--force")
    assert unknown.exit_code == 2
    assert "--profile: no profile 'atlantis'; the profiles are" in unknown.stderr
    scan = invoke("import", pdf(tmp_path / "scan.pdf", [[]]))
    assert scan.exit_code == 2
    assert "scan.pdf: the PDF has no text layer (a scan?)" in scan.stderr
    prose = project.write("eingang/brief.txt", "Sehr geehrte Damen und Herren, " * 5)
    none = invoke("import", prose)
    assert none.exit_code == 0, none.output  # written, with what is missing marked
    assert "warning: fragen: no questions found in the document" in none.stderr
    assert "pass --profile or add a profile (profiles: " in none.stderr
    written = (project.root / "anfragen" / "brief.yaml").read_text(encoding="utf-8")
    assert "fragen: []  # no questions found in the document" in written
    assert "\nparlament:  # no profile for it; pass --profile or add a profile" in written


def test_a_pdf_imports_through_the_cli(project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from test_reading import PAGES

    source = pdf(tmp_path / "7-341.pdf", PAGES)
    result = invoke("import", source)
    assert result.exit_code == 0, result.output
    text = (project.root / "anfragen" / "7-341.yaml").read_text(encoding="utf-8")
    assert 'drucksache: "7/341"' in text and "wahlperiode: 7" in text
    assert "datum: 2017-03-21" in text
    assert "Repräsentanten von Mecklenburg-Vorpommern und der Republik Kasachstan?" in text


WORDS = ["Landes", "Förderung", "Projekte", "Kasachstan", "seit", "dem", "1. Januar 2020"]
WORDS += ["in", "Frage", "1", "erfragten", "Mittel", "Jahr", "2024", "und", "oder", "Euro"]
STARTS = ["Wie viele", "Welche", "Gab es", "Plant die Landesregierung", "Inwieweit"]


def question() -> st.SearchStrategy[str]:
    body = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25)
    return st.builds(lambda s, b: f"{s} {' '.join(b)}?", st.sampled_from(STARTS), body)


@given(
    st.lists(st.tuples(question(), st.lists(question(), max_size=3)), min_size=1, max_size=6),
    st.integers(min_value=0, max_value=2),
)
def test_rendering_then_importing_gives_back_the_question_tree(
    tmp_path_factory, fragen, group
) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path_factory.mktemp("rt")
    shutil.copytree(PROFILES, root / "templates", ignore=shutil.ignore_patterns("*.py"))
    (root / "anfragen").mkdir()
    lines = [
        "parlament: landtag-mv", "wahlperiode: 7", 'drucksache: "7/1"', "datum: 2017-07-31",
        "fragesteller: {name: Erika Muster, anrede: Frau, fraktion: Fraktion X}",
        "titel: Rundreise", "fragen:",
    ]  # fmt: skip
    ids = []
    for nr, (text, subs) in enumerate(fragen, start=1):
        lines += [f"  - nr: {nr}", f"    text: {text!r}"]
        ids.append([str(nr)] + [f"{nr}{chr(97 + k)}" for k in range(len(subs))])
        if subs:
            lines.append("    unterfragen:")
            lines += [f"      - {{nr: {chr(97 + k)}, text: {t!r}}}" for k, t in enumerate(subs)]
    lines.append("antworten:")
    blocks = [ids[0] + (ids[1] if group and len(ids) > 1 else [])] + ids[
        2 if group and len(ids) > 1 else 1 :
    ]
    for n, block in enumerate(blocks):
        lines.append(f"  - fragen: [{', '.join(block)}]\n    text: [Antwort {n}.]")
    inquiry = root / "anfragen" / "rt.yaml"
    inquiry.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from anfrage import api

    draft = api.render(inquiry).path
    found = parse(clean(read_document(draft)))
    assert [(q.nr, q.text, [t for _, t in q.subs]) for q in found.fragen] == [
        (str(nr), text, subs) for nr, (text, subs) in enumerate(fragen, start=1)
    ]
    assert [a.ids for a in found.antworten] == blocks


def test_a_document_without_a_known_parliament_is_imported_with_a_hint(project) -> None:  # type: ignore[no-untyped-def]
    source = project.write(
        "eingang/by.txt",
        # Bayerischer Landtag, Drucksache 17/21558 (kleineanfragen.de, shortened): the excerpt
        # does not name the parliament.
        "Schriftliche Anfrage der Abgeordneten Gabi Schmidt FREIE WÄHLER vom 15.03.2018 "
        "Städtepartnerschaften in Bayern Ich frage die Staatsregierung: 1.1 Wie viele "
        "Städtepartnerschaften existieren in Bayern? 1.2 Welche bayerischen Städte und Gemeinden "
        "pflegen diese? Antwort des Staatsministeriums des Innern und für Integration vom "
        "28.03.2018 Zu 1.1 bis 1.2: Das Staatsministerium des Innern und für Integration stellt "
        "in seinem Internetauftritt Übersichten zu den kommunalen Partnerschaften zur Verfügung.",
    )
    result = invoke("import", source)
    assert result.exit_code == 0, result.output
    hint = next(line for line in result.stderr.splitlines() if line.startswith("warning: parl"))
    assert hint.startswith(
        "warning: parlament: no profile for it; pass --profile or add a profile (profiles: "
    )
    assert "berlin" in hint and "landtag-mv" in hint
    assert "warning: eingang: not found in the document; `deadline` needs it" in result.stderr
    assert "2 questions, 1 answer block, profile (none)" in result.stderr
    text = (project.root / "anfragen" / "by.yaml").read_text(encoding="utf-8")
    assert "\nparlament:  # no profile for it" in text
    # Decimal numbers lose their dot; the printed number stays in a comment.
    assert '  - nr: 11  # printed "1.1"' in text and "  - fragen: [11, 12]" in text
    assert 'titel: "Städtepartnerschaften in Bayern"' in text
    forced = invoke("import", source, "--profile", "landtag-mv", "--force")
    assert forced.exit_code == 0, forced.output
    assert 'parlament: "landtag-mv"' in (project.root / "anfragen" / "by.yaml").read_text("utf-8")
