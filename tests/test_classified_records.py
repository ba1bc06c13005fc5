"""Withholding follows the record: a VS-NfD record's plain prose, which quotes none of its
fields, never reaches the public draft either (red-team finding: it did, and check said ok)."""

import zipfile

import docx
import pytest
from typer.testing import CliRunner

from anfrage.cli import app

from conftest import FACTS, INQUIRY

runner = CliRunner()
PLAIN_SECRET = """\
  - id: k2
    datum: 2017-03-27
    vertraulich: VS-NfD
    text: Ein Gespräch mit der Geheimbehörde fand statt.
"""


def _body(path) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml")


@pytest.mark.parametrize(
    "usage",
    [
        '      - "Kontakt: {k2}"',
        "      - chronik: {art: [kontakt]}",
        "      - chronik: {fakten: [k2]}",
    ],
    ids=["reference", "chronik-by-kind", "chronik-by-id"],
)
def test_plain_prose_of_a_classified_record_goes_to_the_annex(project, usage) -> None:
    inquiry = INQUIRY.replace('      - "Kontakt: {k1}"', usage)
    path = project.standard(inquiry, FACTS + PLAIN_SECRET)
    result = runner.invoke(app, ["render", str(path)])
    assert result.exit_code == 0, result.output
    draft = project.root / "out" / "test.docx"
    annex = project.root / "out" / "test_anlage-vs-nfd.docx"
    assert b"Geheimbeh" not in _body(draft)
    assert annex.exists(), result.output
    assert any("Geheimbehörde" in p.text for p in docx.Document(str(annex)).paragraphs)
    check = runner.invoke(app, ["check", str(path), "--today", "2017-07-20"])
    assert "Geheimbeh" not in check.output


def test_check_reports_classified_prose_typed_into_the_public_answer(project) -> None:
    inquiry = INQUIRY.replace(
        '      - "Kontakt: {k1}"', "      - Ein Gespräch mit der Geheimbehörde fand statt."
    )
    path = project.standard(inquiry, FACTS + PLAIN_SECRET)
    result = runner.invoke(app, ["check", str(path), "--today", "2017-07-20"])
    assert result.exit_code == 1, result.output
    assert "record 'k2' is VS-NfD, but its text stands in the public draft" in result.output
