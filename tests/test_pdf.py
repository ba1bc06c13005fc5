from typer.testing import CliRunner

from anfrage import pdf
from anfrage.cli import app


def test_missing_libreoffice_is_said_plainly_and_nothing_is_written(project, monkeypatch) -> None:
    monkeypatch.setattr(pdf.shutil, "which", lambda name: None)
    result = CliRunner().invoke(app, ["render", str(project.standard()), "--pdf"])
    assert result.exit_code == 2
    assert "--pdf needs LibreOffice, which is not installed; install LibreOffice" in result.output
    assert not (project.root / "out").exists()


def test_a_timeout_ends_the_whole_libreoffice_process_group(tmp_path, monkeypatch) -> None:
    """soffice is a wrapper that starts soffice.bin: both must be gone after a timeout."""
    import time
    from pathlib import Path

    import pytest

    child = tmp_path / "child.pid"
    fake = tmp_path / "soffice"
    fake.write_text(f"#!/bin/sh\nsleep 300 &\necho $! > {child}\nwait\n")
    fake.chmod(0o755)
    monkeypatch.setattr(pdf, "soffice", lambda: str(fake))
    monkeypatch.setattr(pdf, "TIMEOUT", 2)
    draft = tmp_path / "a.docx"
    draft.write_bytes(b"")
    with pytest.raises(pdf.AnfrageError, match="did not finish"):
        pdf.convert([draft], tmp_path)
    pid = int(child.read_text())
    stat = Path(f"/proc/{pid}/stat")
    for _ in range(50):  # the killed child is reaped by init shortly after
        if not stat.exists() or stat.read_text().split()[2] == "Z":
            break
        time.sleep(0.1)
    assert not stat.exists() or stat.read_text().split()[2] == "Z"
    assert not (tmp_path / "a.pdf").exists()
