from typer.testing import CliRunner

from anfrage import pdf
from anfrage.cli import app


def test_missing_libreoffice_is_said_plainly_and_nothing_is_written(project, monkeypatch) -> None:
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    result = CliRunner().invoke(app, ["render", str(project.standard()), "--pdf"])
    assert result.exit_code == 2
    assert "--pdf needs LibreOffice, which is not installed; install LibreOffice" in result.output
    assert not (project.root / "out").exists()
