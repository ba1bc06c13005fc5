"""A contribution request (render --ressort) is not signed: the place, date and signature of
the answer's closing stand only in the draft itself."""

import docx
import pytest
from typer.testing import CliRunner

from anfrage.cli import app

from conftest import INQUIRY

runner = CliRunner()


@pytest.mark.parametrize(
    ("profile", "closing"),
    [("hessen", "Wiesbaden,"), ("berlin", "Berlin, den"), ("sachsen", "Mit freundlichen Grüßen")],
)
def test_the_request_has_no_closing_the_draft_has(project, profile, closing) -> None:
    inquiry = INQUIRY.replace("parlament: landtag-mv", f"parlament: {profile}").replace(
        "  - fragen: [1]\n    text: [Antwort eins.]",
        "  - fragen: [1]\n    ressort: WM\n    text: [Antwort eins.]",
    )
    path = project.standard(inquiry)
    draft = runner.invoke(app, ["render", str(path)])
    assert draft.exit_code == 0, draft.output
    request = runner.invoke(app, ["render", str(path), "--ressort", "WM"])
    assert request.exit_code == 0, request.output

    def text(name: str) -> str:
        document = docx.Document(str(project.root / "out" / name))
        return "\n".join(p.text for p in document.paragraphs)

    assert closing in text("test.docx")
    assert closing not in text("test_zulieferung-WM.docx")
