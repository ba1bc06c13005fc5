"""`anfrage render --sources`: every value taken from a fact carries a Word comment naming its
record, source and stand. Checked by reading the .docx back."""

import zipfile
from pathlib import Path

import docx
from lxml import etree
from typer.testing import CliRunner

from anfrage import api
from anfrage.cli import app

from conftest import REPO

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def commented_ranges(path: Path) -> dict[int, str]:
    """Comment id → the document text its range covers."""
    with zipfile.ZipFile(path) as z:
        body = etree.fromstring(z.read("word/document.xml"))
    open_ids: list[int] = []
    covered: dict[int, str] = {}
    for element in body.iter():
        if element.tag == W + "commentRangeStart":
            number = int(element.get(W + "id"))
            open_ids.append(number)
            covered[number] = ""
        elif element.tag == W + "commentRangeEnd":
            open_ids.remove(int(element.get(W + "id")))
        elif open_ids and element.tag in (W + "t", W + "br", W + "tab"):
            text = {W + "br": "\n", W + "tab": "\t"}.get(element.tag, element.text or "")
            for number in open_ids:
                covered[number] += text
    return covered


def test_every_fact_value_of_the_mv_example_carries_its_source(tmp_path: Path) -> None:
    inquiry = REPO / "anfragen" / "mv-kasachstan-2017.yaml"
    result = CliRunner().invoke(app, ["render", str(inquiry), "--sources", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    path = tmp_path / "mv-kasachstan-2017_mit-quellen.docx"
    assert result.stdout.strip() == str(path)
    comments = {c.comment_id: c.text for c in docx.Document(str(path)).comments}
    covered = commented_ranges(path)
    uses = api.prepare(inquiry).draft.uses
    assert len(uses) == len(comments) == len(covered) == 35
    for number, use in enumerate(uses):
        fakt = use.record.fakt
        assert covered[number] == use.text
        assert comments[number].splitlines() == [
            f"Fakt: {fakt.id} ({use.feld})",
            f"Quelle: {fakt.quelle}",
            f"Stand: {fakt.stand}",
            f"Verwendet in: {', '.join(use.fragen)}",
        ]
    dates_and_figures = {u.text for u in uses}
    for expected in (
        "26.\u00a0August\u00a02016",
        "9.\u00a0Januar\u00a02017",
        "27.\u00a0März\u00a02017",
        "12,811\u00a0Mio.\u00a0Euro",
        "75",
        "5,458\u00a0Mio.\u00a0Euro",
        "98",
        "1,844\u00a0Mio.\u00a0Euro",
        "Januar bis April\u00a02017",
        "April\u00a02015",
        "April\u00a02016",
        "Mai\u00a02017",
        "29.\u00a0März\u00a02017",
        "300",
        "Juli\u00a02017",
        "September\u00a02017",
        "Pavlodar",
        "Boashak Academy Kazakhstan",
    ):
        assert expected in dates_and_figures, expected
    paragraphs = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "Jahr\u00a02015: 12,811\u00a0Mio.\u00a0Euro (Platz\u00a075)," in paragraphs


def test_the_default_draft_has_no_comments_and_no_marks(tmp_path: Path) -> None:
    inquiry = REPO / "anfragen" / "mv-kasachstan-2017.yaml"
    path = api.render(inquiry, out_dir=tmp_path).path
    assert path.name == "mv-kasachstan-2017.docx"
    with zipfile.ZipFile(path) as z:
        assert "word/comments.xml" not in z.namelist()
        for name in z.namelist():
            assert "\ufdd0" not in z.read(name).decode("utf-8", "replace"), name
    assert list(docx.Document(str(path)).comments) == []


def test_sources_in_a_batch_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["render", str(REPO / "anfragen"), "--sources"])
    assert result.exit_code == 2 and "--sources works on one inquiry" in result.output


def test_noncharacters_in_input_cannot_forge_marks(project) -> None:
    from conftest import INQUIRY

    forged = INQUIRY.replace("[Antwort eins.]", '["x\\uFDD00\\uFDD1y\\uFDD2z"]')
    path = api.render(project.standard(forged), sources=True).path
    assert "x0yz" in [p.text for p in docx.Document(str(path)).paragraphs]
    assert len(list(docx.Document(str(path)).comments)) == 2  # k1's datum and ort only
