"""Facts marked `vertraulich: VS-NfD` never reach the public draft; they go into an annex."""

import zipfile

import docx
from typer.testing import CliRunner

from anfrage.cli import app

from conftest import FACTS, INQUIRY

runner = CliRunner()
SECRET = """\
  - id: k2
    datum: 2017-03-27
    ort: Berlin
    vertraulich: VS-NfD
    text: >-
      Am {datum} fand ein vertrauliches Gespräch mit Vertretern der Geheimbehörde
      in {ort} statt.
"""


def texts(path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_classified_paragraphs_go_to_the_annex_and_the_draft_says_so(project) -> None:
    inquiry = INQUIRY.replace('      - "Kontakt: {k1}"', "      - chronik: {art: [kontakt]}")
    result = runner.invoke(app, ["render", str(project.standard(inquiry, FACTS + SECRET))])
    assert result.exit_code == 0, result.output
    draft = project.root / "out" / "test.docx"
    annex = project.root / "out" / "test_anlage-vs-nfd.docx"
    assert result.stdout.split() == [str(draft), str(annex)]
    assert "handle it accordingly" in result.output
    public = texts(draft)
    assert "Am 26.\u00a0August\u00a02016 war der Botschafter in Peenemünde." in public
    assert not any("Geheimbehörde" in t or "27.\u00a0März\u00a02017" in t for t in public)
    assert (
        "Ein Teil der Antwort ist als Verschlusssache „VS – Nur für den Dienstgebrauch“ "
        "eingestuft und wird als Anlage gesondert übermittelt."
    ) in public
    contact = "Am 26.\u00a0August\u00a02016 war der Botschafter in Peenemünde."
    assert public.index(contact) < public.index(
        "Ein Teil der Antwort ist als Verschlusssache „VS – Nur für den Dienstgebrauch“ "
        "eingestuft und wird als Anlage gesondert übermittelt."
    )
    annexed = texts(annex)
    assert "Zu den Fragen 2, 2 a) und 2 b):" in annexed
    assert (
        "Am 27.\u00a0März\u00a02017 fand ein vertrauliches Gespräch mit Vertretern der "
        "Geheimbehörde "
        "in Berlin statt."
    ) in annexed
    document = docx.Document(str(annex))
    for section in document.sections:
        assert section.header.paragraphs[0].text == "VS – Nur für den Dienstgebrauch"
        assert section.first_page_header.paragraphs[0].text == "VS – Nur für den Dienstgebrauch"
    with zipfile.ZipFile(draft) as z:
        assert b"Geheimbeh" not in z.read("word/document.xml")


def test_a_draft_without_classified_facts_has_no_annex(project) -> None:
    result = runner.invoke(app, ["render", str(project.standard())])
    assert result.exit_code == 0, result.output
    assert not (project.root / "out" / "test_anlage-vs-nfd.docx").exists()


def test_check_reports_a_classified_value_typed_into_public_text(project) -> None:
    inquiry = INQUIRY.replace("[Antwort eins.]", "['Das Gespräch am 27. März 2017 war ergiebig.']")
    inquiry = inquiry.replace('      - "Kontakt: {k1}"', "      - chronik: {art: [kontakt]}")
    result = runner.invoke(app, ["check", str(project.standard(inquiry, FACTS + SECRET))])
    assert result.exit_code == 1, result.output
    assert (
        "facts/test.yaml:12: record 'k2' is VS-NfD, but its datum '27. März 2017' stands in "
        "the public draft"
    ) in result.output


def test_no_annex_is_left_when_the_draft_cannot_be_written(project) -> None:
    inquiry = INQUIRY.replace('      - "Kontakt: {k1}"', "      - chronik: {art: [kontakt]}")
    path = project.standard(inquiry, FACTS + SECRET)
    project.write("out/test.docx", "mine")
    result = runner.invoke(app, ["render", str(path)])
    assert result.exit_code == 2
    assert not (project.root / "out" / "test_anlage-vs-nfd.docx").exists()
