"""The text of a document: PDF (pdftotext or pypdf), DOCX, plain text, and what is refused."""

from __future__ import annotations

import shutil

import pytest

from anfrage.errors import SourceError
from anfrage.importing.layout import load_layouts
from anfrage.importing.reading import read_document
from anfrage.importing.run import read_text

from builder import pdf
from conftest import REPO

PAGES = [
    [
        "LANDTAG MECKLENBURG-VORPOMMERN Drucksache 7/341",
        "7. Wahlperiode 21.03.2017",
        "KLEINE ANFRAGE",
        "des Abgeordneten Holger Arppe, Fraktion der AfD",
        "Beziehungen zur Republik Kasachstan",
        "und",
        "ANTWORT",
        "der Landesregierung",
        "1. Gab es persönliche Kontakte von Mitgliedern der Landes-",
        "regierung zu Repräsentanten von Mecklenburg-",
        "Vorpommern und der Republik Kasachstan?",
        "Ja. Der Botschafter war am 26. August 2016 in (Peenemünde) zu",
    ],
    [
        "Drucksache 7/341 Landtag Mecklenburg-Vorpommern - 7. Wahlperiode 2",
        "Gast. Die Gespräche betrafen Kultur- und Bildungspolitik.",
        "2. Welche Projekte sind in Planung?",
        "Keine.",
        "3",
    ],
    [
        "Drucksache 7/341 Landtag Mecklenburg-Vorpommern - 7. Wahlperiode 3",
        "3. Welche Vorteile verspricht sich die Landesregierung?",
        "Bessere Beziehungen.",
    ],
]


@pytest.fixture(params=["pdftotext", "pypdf"])
def reader(request, monkeypatch):  # type: ignore[no-untyped-def]
    if request.param == "pdftotext" and not shutil.which("pdftotext"):
        pytest.skip("poppler's pdftotext is not installed (CI installs it)")
    if request.param == "pypdf":
        monkeypatch.setattr(shutil, "which", lambda name: None)
    return request.param


def test_a_pdf_with_hyphenation_and_running_headers(tmp_path, reader) -> None:  # type: ignore[no-untyped-def]
    text = read_document(pdf(tmp_path / "ka.pdf", PAGES))
    found = read_text(text, load_layouts(REPO / "templates"))[0]
    assert [q.text for q in found.fragen] == [
        "Gab es persönliche Kontakte von Mitgliedern der Landesregierung zu Repräsentanten "
        "von Mecklenburg-Vorpommern und der Republik Kasachstan?",
        "Welche Projekte sind in Planung?",
        "Welche Vorteile verspricht sich die Landesregierung?",
    ]
    assert [(a.ids, a.paragraphs) for a in found.antworten] == [
        (
            ["1"],
            [
                "Ja. Der Botschafter war am 26. August 2016 in (Peenemünde) zu Gast. Die "
                "Gespräche betrafen Kultur- und Bildungspolitik."
            ],
        ),
        (["2"], ["Keine."]),
        (["3"], ["Bessere Beziehungen."]),
    ]
    assert (found.drucksache, found.wahlperiode) == ("7/341", 7)
    assert found.parliament == "Landtag Mecklenburg-Vorpommern"


def test_a_scan_without_text_layer_is_refused_clearly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    scan = pdf(tmp_path / "scan.pdf", [[], []])
    with pytest.raises(SourceError, match=r"the PDF has no text layer \(a scan\?\); run OCR"):
        read_document(scan)


def test_a_broken_pdf_is_refused(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(shutil, "which", lambda name: None)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnothing else")
    with pytest.raises(SourceError, match="cannot read the PDF"):
        read_document(broken)


def test_text_in_windows_1252_and_binary_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    legacy = tmp_path / "alt.txt"
    legacy.write_bytes("1. Gab es Kontakte nach Kasachstan und Usbekistan? Grüße".encode("cp1252"))
    assert "Grüße" in read_document(legacy)
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01" * 100)
    with pytest.raises(SourceError, match="not a text file"):
        read_document(binary)
    with pytest.raises(SourceError, match="file not found"):
        read_document(tmp_path / "missing.pdf")
