"""A real client: LibreOffice opens every example draft and converts it to PDF, and the PDF's
text (pdftotext) holds the expected content. Skipped outside CI, with the reason shown, when
LibreOffice or pdftotext is missing; in CI (CI=true) their absence is a failure."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from anfrage import pdf
from anfrage.cli import app

from conftest import REPO

MISSING = [p for p in ("soffice", "pdftotext") if shutil.which(p) is None]
if MISSING and os.environ.get("CI") != "true":
    pytest.skip(
        f"needs {' and '.join(MISSING)} (apt-get install libreoffice-writer-nogui "
        "poppler-utils); .ci/run installs them",
        allow_module_level=True,
    )

EXPECTED = {
    "mv-kasachstan-2017": [
        "LANDTAG MECKLENBURG-VORPOMMERN",
        "Drucksache 7/817",
        "Die Fragen 1, 2, 2 a) und 2 b) werden zusammenhängend beantwortet.",
        "Jahr 2015: 12,811 Mio. Euro (Platz 75),",
        "Boashak Academy Kazakhstan.",
    ],
    "st-kasachstan-2017": [
        "Landtag von Sachsen-Anhalt",
        "Kleine Anfrage – KA 7/1001",
        "16,9 Millionen Euro",
    ],
    "bundestag-berufsbildung-kasachstan-2017": [
        "Deutscher Bundestag",
        "– Drucksache 18/13480 –",
        "Die Fragen 1 bis 3 werden aufgrund",
        "in kleinerer Schrifttype",
    ],
    "berlin-expo-2017": ["Abgeordnetenhaus Berlin", "Antwort zu 1 und 2:", "In Vertretung"],
    "sachsen-zentralasien-2025": [
        "Präsidenten des Sächsischen Landtages",
        "Mit freundlichen Grüßen",
    ],
    "brandenburg-hochschulen-2025": ["Landtag Brandenburg", "zu den Fragen 1 und 2:"],
}


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(done.stdout.split())


def test_every_example_opens_in_libreoffice(tmp_path: Path) -> None:
    runner = CliRunner()
    drafts = []
    for name in EXPECTED:
        result = runner.invoke(
            app, ["render", str(REPO / "anfragen" / f"{name}.yaml"), "--out", str(tmp_path)]
        )
        assert result.exit_code == 0, result.output
        drafts.append(Path(result.stdout.strip()))
    for draft, produced in zip(drafts, pdf.convert(drafts, tmp_path), strict=True):
        text = pdf_text(produced)
        for fragment in EXPECTED[draft.stem]:
            assert " ".join(fragment.split()) in text, (draft.stem, fragment)


def render_mv(tmp_path: Path, *flags: str) -> list[Path]:
    """Render the MV example through the CLI; the paths it printed."""
    inquiry = REPO / "anfragen" / "mv-kasachstan-2017.yaml"
    result = CliRunner().invoke(app, ["render", str(inquiry), "--out", str(tmp_path), *flags])
    assert result.exit_code == 0, result.output
    return [Path(line) for line in result.stdout.split()]


def test_render_pdf_through_the_cli(tmp_path: Path) -> None:
    _, pdf_path = render_mv(tmp_path, "--pdf")
    assert pdf_path == tmp_path / "mv-kasachstan-2017.pdf"
    assert "Semipalatinsk" in pdf_text(pdf_path)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_review_copy_with_comments_opens_in_libreoffice(tmp_path: Path) -> None:
    (produced,) = pdf.convert(render_mv(tmp_path, "--sources"), tmp_path)
    assert "Jahr 2015: 12,811 Mio. Euro (Platz 75)," in pdf_text(produced)
