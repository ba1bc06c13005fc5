"""The PDF of `render --pdf`, read back with pypdf: PDF/A-2b and PDF/UA-1 in its XMP
metadata, tagged (a structure tree with headings and table header cells), language de-DE,
and the inquiry's title. Needs LibreOffice; skipped where it is not installed."""

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from anfrage import pdf
from anfrage.cli import app

from conftest import REPO

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")


def structure_types(node: object, found: set[str]) -> set[str]:
    node = node.get_object() if hasattr(node, "get_object") else node
    if isinstance(node, dict):
        if "/S" in node:
            found.add(str(node["/S"]))
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            structure_types(kid, found)
    return found


@pytest.fixture(scope="module")
def bundestag_pdf(tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    out = tmp_path_factory.mktemp("pdf")
    name = "bundestag-berufsbildung-kasachstan-2017"
    result = CliRunner().invoke(
        app, ["render", str(REPO / "anfragen" / f"{name}.yaml"), "--out", str(out), "--pdf"]
    )
    assert result.exit_code == 0, result.output
    return PdfReader(out / f"{name}.pdf")


def test_pdf_is_pdfa_2b_and_pdfua_1(bundestag_pdf: PdfReader) -> None:
    xmp = bundestag_pdf.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "<pdfaid:part>2</pdfaid:part>" in xmp
    assert "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert "Deutsch-kasachische Zusammenarbeit in der beruflichen Bildung" in xmp


def test_pdf_is_tagged_in_german_with_headings_and_table_headers(bundestag_pdf: PdfReader) -> None:
    root = bundestag_pdf.trailer["/Root"]
    assert root["/Lang"] == "de-DE"
    assert root["/MarkInfo"]["/Marked"]
    types = structure_types(root["/StructTreeRoot"], set())
    assert {"/H1", "/H2", "/Table", "/TH"} <= types, types
    assert bundestag_pdf.metadata.title.startswith("Deutsch-kasachische Zusammenarbeit")


def test_pdf_text_keeps_every_table_column(bundestag_pdf: PdfReader) -> None:
    text = bundestag_pdf.pages[0].extract_text()
    for column in ("Projekt", "Förderer", "Fördersumme", "Beginn", "August"):
        assert column in text, column


def test_export_filter_asks_for_pdfa_and_pdfua() -> None:
    options = pdf.export_filter()
    assert options.startswith("pdf:writer_pdf_Export:{")
    assert '"SelectPdfVersion":{"type":"long","value":"2"}' in options
    assert '"PDFUACompliance":{"type":"boolean","value":"true"}' in options
    assert "ExportNotes" not in options and "ExportNotes" in pdf.export_filter(notes=True)


def test_an_existing_pdf_is_kept_without_force(tmp_path: Path) -> None:
    draft = tmp_path / "a.docx"
    draft.write_bytes(b"")
    existing = tmp_path / "a.pdf"
    existing.write_bytes(b"%PDF old")
    with pytest.raises(pdf.AnfrageError, match="exists already"):
        pdf.convert([draft], tmp_path)
    assert existing.read_bytes() == b"%PDF old"


def test_a_file_named_like_an_option_is_passed_as_an_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[str]] = []
    monkeypatch.setattr(pdf, "_run", seen.append)
    draft = tmp_path / "--accept=socket,host=localhost,port=2002;urp;.docx"
    draft.write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(pdf.AnfrageError, match="could not convert"):
        pdf.convert([Path(draft.name)], tmp_path)
    (command,) = seen
    assert command[-1] == str(draft.resolve()) and command[-1].startswith("/")
    assert not any(a.startswith("--accept") for a in command)
