"""Word in, Word out: the contribution request as a fillable .docx, `merge` of the request
filled in, `pull` of a draft edited in Word; with python-docx edits and LibreOffice re-saves."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree
from typer.testing import CliRunner

from anfrage.cli import app

from conftest import PROFILES, REPO

runner = CliRunner()
EXAMPLE = "mv-kasachstan-2017"


@pytest.fixture
def mv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped MV example in a project of its own."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(PROFILES, tmp_path / "templates", ignore=shutil.ignore_patterns("*.py"))
    shutil.copytree(REPO / "facts", tmp_path / "facts")
    (tmp_path / "anfragen").mkdir()
    target = tmp_path / "anfragen" / f"{EXAMPLE}.yaml"
    shutil.copy(REPO / "anfragen" / f"{EXAMPLE}.yaml", target)
    return target


def request(inquiry: Path) -> Path:
    result = runner.invoke(app, ["render", str(inquiry), "--ressort", "WM"])
    assert result.exit_code == 0, result.output
    return inquiry.parent.parent / "out" / f"{EXAMPLE}_zulieferung-WM.docx"


def test_the_request_has_answer_spaces_the_internal_deadline_and_no_transmission_note(
    mv: Path,
) -> None:
    paragraphs = [(p.style.name, p.text) for p in docx.Document(str(request(mv))).paragraphs]
    texts = [t for _, t in paragraphs]
    assert ("Antwortkennung", "Antwort WM zu den Fragen 3, 3 a) und 3 b):") in paragraphs
    spaces = [t for s, t in paragraphs if s == "Antwortraum"]
    assert len(spaces) == 3 and spaces[0].startswith("Die Landesregierung wird die bestehenden")
    # received 27.06.2017 + 20 working days = 25.07.2017; 5 working days before: Tue 18.07.
    assert any("Frist für die Zulieferung: Dienstag, 18. Juli 2017" in t for t in texts)
    assert not any("übermittelt" in t for t in texts)
    assert not any("Erste" in t or t.startswith("1.\t") for t in texts)
    assert texts[-1] == "Ende der Zulieferung WM"
    assert not any("\ufdd1" in t for t in texts)


def test_zulieferfrist_of_the_inquiry_overrides_the_profile(mv: Path) -> None:
    mv.write_text(
        mv.read_text().replace(
            "eingang: 2017-06-27\n",
            "eingang: 2017-06-27\nzulieferfrist: 2\nbearbeitung: StK, Referat 230\n",
        )
    )
    texts = [p.text for p in docx.Document(str(request(mv))).paragraphs]
    assert any(
        "Frist für die Zulieferung: Freitag, 21. Juli 2017 (2 Arbeitstage" in t for t in texts
    )
    assert "Ansprechpartner: StK, Referat 230." in texts


def fill(path: Path, target: Path) -> Path:
    """New text for the answer to 3, 3 a) and 3 b), one paragraph added, one list."""
    d = docx.Document(str(path))
    space = [p for p in d.paragraphs if p.style.name == "Antwortraum"]
    space[0].text = "Die Landesregierung baut die Kontakte nach Kasachstan aus."
    space[1].text = "Zu 3 a): Geplant ist eine Delegationsreise im Herbst."
    space[2].text = "Zu 3 b): Die Häfen erwarten neue Aufträge."
    space[2].insert_paragraph_before("Ein Absatz, den das WM eingefügt hat.")
    anchor = space[2]._p
    for text in ("Rostock Port", "Wismar")[::-1]:
        item = copy.deepcopy(anchor)
        for r in item.findall(qn("w:r"))[1:]:
            item.remove(r)
        item.findall(qn("w:r"))[0].find(qn("w:t")).text = text
        num = item.get_or_add_pPr().get_or_add_numPr()
        num.get_or_add_ilvl().val = 0
        num.get_or_add_numId().val = 1
        anchor.addnext(item)
    d.save(str(target))
    return target


NEW_BLOCK = [
    "Die Landesregierung baut die Kontakte nach Kasachstan aus.",
    "Zu 3 a): Geplant ist eine Delegationsreise im Herbst.",
    "Ein Absatz, den das WM eingefügt hat.",
    "Zu 3 b): Die Häfen erwarten neue Aufträge.",
]


def merged_block(inquiry: Path) -> str:
    text = inquiry.read_text()
    return text[text.index("ressort: WM") : text.index("  - fragen: [4]")]


def test_a_filled_request_is_merged_and_rendered(mv: Path) -> None:
    filled = fill(request(mv), mv.parent / "wm.docx")
    before = mv.read_text()
    refused = runner.invoke(app, ["merge", str(mv), str(filled)])
    assert refused.exit_code == 1 and "merge with --replace" in refused.output
    assert mv.read_text() == before
    result = runner.invoke(app, ["merge", str(mv), str(filled), "--replace"])
    assert result.exit_code == 0, result.output
    assert "merged WM: questions 3, 3 a), 3 b) from wm.docx" in result.output
    block = merged_block(mv)
    for text in NEW_BLOCK:
        assert f'"{text}"' in block
    assert 'liste:\n          - "Rostock Port"\n          - "Wismar"' in block
    assert "bestehenden wirtschaftlichen Kontakte" not in mv.read_text()
    after = mv.read_text()
    for line in before.splitlines():  # the file's comments are intact
        if line.lstrip().startswith("#") and "Contributed by" not in line:
            assert line in after
    rendered = runner.invoke(app, ["render", str(mv)])
    assert rendered.exit_code == 0, rendered.output
    out = docx.Document(str(mv.parent.parent / "out" / f"{EXAMPLE}.docx"))
    shown = [(p.style.name, p.text) for p in out.paragraphs]
    for text in NEW_BLOCK:
        assert ("Antwort", text) in shown
    assert ("Aufzählung", "Rostock Port") in shown


def add_tracked_insertion(path: Path) -> None:
    d = docx.Document(str(path))
    p = next(p for p in d.paragraphs if p.text.startswith("Zu 3 a)"))
    ins = etree.SubElement(p._p, qn("w:ins"))
    ins.set(qn("w:id"), "901")
    ins.set(qn("w:author"), "Referat 120")
    ins.set(qn("w:date"), "2017-07-12T10:00:00Z")
    run = etree.SubElement(ins, qn("w:r"))
    etree.SubElement(run, qn("w:t")).text = " Und im Frühjahr."
    d.save(str(path))


def test_unaccepted_tracked_changes_are_refused_unless_accepted(mv: Path) -> None:
    filled = fill(request(mv), mv.parent / "wm.docx")
    add_tracked_insertion(filled)
    before = mv.read_text()
    result = runner.invoke(app, ["merge", str(mv), str(filled), "--replace"])
    assert result.exit_code == 1
    assert (
        "unaccepted tracked insertion by Referat 120 of 2017-07-12: 'Und im Frühjahr.'"
        in result.output
    )
    assert "in the answer to 3, 3 a), 3 b)" in result.output
    assert mv.read_text() == before
    accepted = runner.invoke(app, ["merge", str(mv), str(filled), "--replace", "--accept-changes"])
    assert accepted.exit_code == 0, accepted.output
    assert "Geplant ist eine Delegationsreise im Herbst. Und im Frühjahr." in mv.read_text()


def test_a_document_for_another_drucksache_is_bad_input(mv: Path) -> None:
    filled = fill(request(mv), mv.parent / "wm.docx")
    other = mv.parent / "other.yaml"
    other.write_text(mv.read_text().replace('drucksache: "7/817"', 'drucksache: "7/999"'))
    before = other.read_text()
    result = runner.invoke(app, ["merge", str(other), str(filled), "--replace"])
    assert result.exit_code == 2
    assert "this contribution is for Drucksache 7/817" in result.output
    assert other.read_text() == before


def test_a_question_not_assigned_is_bad_input(mv: Path) -> None:
    filled = fill(request(mv), mv.parent / "wm.docx")
    d = docx.Document(str(filled))
    question = next(q for q in mv.read_text().splitlines() if "deutsch-russische" in q)
    d.add_paragraph("4.\t" + question.split("text: ", 1)[1])
    d.save(str(filled))
    result = runner.invoke(app, ["merge", str(mv), str(filled), "--replace"])
    assert result.exit_code == 2
    assert "holds question 4, which the inquiry does not assign to WM" in result.output


def edit_draft(path: Path, target: Path) -> Path:
    """Two paragraphs edited: one around unchanged fact values, one with a value typed over."""
    d = docx.Document(str(path))
    for p in d.paragraphs:
        if p.text.startswith("Wirtschaftsdelegationen unter Leitung"):
            p.runs[0].text = p.runs[0].text.replace(
                "Wirtschaftsdelegationen unter Leitung", "Delegationen der Wirtschaft unter Führung"
            )
        if "soll deshalb" in p.text:
            p.runs[0].text = p.runs[0].text.replace("September\u00a02017", "Oktober\u00a02017")
    d.save(str(target))
    return target


def test_pull_reports_exactly_the_changes_and_keeps_unchanged_values_as_references(
    mv: Path,
) -> None:
    assert runner.invoke(app, ["render", str(mv)]).exit_code == 0
    edited = edit_draft(mv.parent.parent / "out" / f"{EXAMPLE}.docx", mv.parent / "edited.docx")
    before = mv.read_text()
    result = runner.invoke(app, ["pull", str(mv), str(edited), "--apply"])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0] == "the answer to 1, 2, 2 a), 2 b):"
    assert (
        "[-Wirtschaftsdelegationen-] {+Delegationen der Wirtschaft+} unter [-Leitung-] {+Führung+}"
        in lines[1]
    )
    assert lines[2] == "the answer to 4:"
    assert "[-September-] {+Oktober+}" in lines[3]
    assert (
        "typed September 2017 → Oktober 2017 in the answer to 4: correct the fact, or keep "
        "the text as typed with --keep-typed" in result.output
    )
    assert len([x for x in lines if x.startswith("the answer to")]) == 2
    assert mv.read_text() == before  # nothing written
    kept = runner.invoke(app, ["pull", str(mv), str(edited), "--apply", "--keep-typed"])
    assert kept.exit_code == 0, kept.output
    after = mv.read_text()
    assert "Delegationen der Wirtschaft unter Führung des Ministers" in after
    assert "{mv-kz-mou-transrussia-2015.datum}" in after  # unchanged: still a reference
    assert "{mv-kz-mou-transrussia-2016.datum}" in after
    assert (
        "{mv-leningrad-2017-09.datum}" not in after and "im Oktober\u00a02017 besprochen" in after
    )
    assert "{mv-leningrad-2017-09.ziel}" in after
    assert "# Contributed by the Wirtschaftsministerium" in after  # comments kept
    again = runner.invoke(app, ["pull", str(mv), str(edited)])
    assert again.exit_code == 0 and "no changes to the answers" in again.output


def test_pull_of_an_unedited_draft_finds_nothing(mv: Path) -> None:
    assert runner.invoke(app, ["render", str(mv)]).exit_code == 0
    result = runner.invoke(
        app, ["pull", str(mv), str(mv.parent.parent / "out" / f"{EXAMPLE}.docx")]
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "no changes to the answers"


def test_pull_refuses_tracked_changes(mv: Path) -> None:
    assert runner.invoke(app, ["render", str(mv)]).exit_code == 0
    edited = edit_draft(mv.parent.parent / "out" / f"{EXAMPLE}.docx", mv.parent / "edited.docx")
    d = docx.Document(str(edited))
    p = next(p for p in d.paragraphs if p.text.startswith("Kasachstan zählt"))
    dele = etree.SubElement(p._p, qn("w:del"))
    dele.set(qn("w:author"), "Mitzeichner")
    etree.SubElement(etree.SubElement(dele, qn("w:r")), qn("w:delText")).text = "weg"
    d.save(str(edited))
    result = runner.invoke(app, ["pull", str(mv), str(edited), "--keep-typed"])
    assert result.exit_code == 1
    assert "unaccepted tracked deletion by Mitzeichner: 'weg'" in result.output


SOFFICE = shutil.which("soffice")


def resave(path: Path, folder: Path) -> Path:
    if SOFFICE is None:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice (soffice) is missing in CI")
        pytest.skip("needs LibreOffice (soffice) to re-save the document")
    folder.mkdir()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            str(folder),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / path.name


def test_a_request_filled_in_and_resaved_by_libreoffice_is_merged(mv: Path) -> None:
    filled = fill(request(mv), mv.parent / "wm.docx")
    resaved = resave(filled, mv.parent / "lo")
    result = runner.invoke(app, ["merge", str(mv), str(resaved), "--replace"])
    assert result.exit_code == 0, result.output
    block = merged_block(mv)
    for text in NEW_BLOCK:
        assert f'"{text}"' in block
    assert '- "Rostock Port"' in block


def test_a_draft_edited_and_resaved_by_libreoffice_is_pulled(mv: Path) -> None:
    assert runner.invoke(app, ["render", str(mv)]).exit_code == 0
    edited = edit_draft(mv.parent.parent / "out" / f"{EXAMPLE}.docx", mv.parent / "edited.docx")
    resaved = resave(edited, mv.parent / "lo")
    result = runner.invoke(app, ["pull", str(mv), str(resaved)])
    assert result.exit_code == 1
    assert len([x for x in result.output.splitlines() if x.startswith("the answer to")]) == 2
    assert "typed September 2017 → Oktober 2017 in the answer to 4" in result.output
