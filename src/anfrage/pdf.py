"""PDF through LibreOffice headless: a real client opens every draft it converts."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from anfrage import output
from anfrage.errors import AnfrageError

TIMEOUT = 180
INSTALL = "install LibreOffice (Debian: apt-get install libreoffice-writer-nogui)"


def soffice() -> str:
    """The LibreOffice program. Raises AnfrageError with how to install it."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise AnfrageError.single(
            None, f"--pdf needs LibreOffice, which is not installed; {INSTALL}"
        )
    return found


def convert(documents: list[Path], folder: Path) -> list[Path]:
    """Convert .docx files to PDF in `folder`, each moved into place whole. Raises AnfrageError."""
    program = soffice()
    with tempfile.TemporaryDirectory(prefix="anfrage-pdf-") as work:
        profile = Path(work, "profile").as_uri()  # a private profile: parallel runs don't clash
        command = [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            work,
            *map(str, documents),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise AnfrageError.single(
                None, f"LibreOffice did not finish within {TIMEOUT} s"
            ) from None
        out = []
        for document in documents:
            produced = Path(work, document.with_suffix(".pdf").name)
            if not produced.is_file():
                raise AnfrageError.single(document, "LibreOffice could not convert it to PDF")
            target = folder / produced.name
            output.write_atomic(target, produced.read_bytes(), force=True)
            out.append(target)
        return out


def convert_all(documents: list[Path]) -> list[Path]:
    """Convert drafts to PDF beside each, one LibreOffice run per folder."""
    folders: dict[Path, list[Path]] = {}
    for document in documents:
        folders.setdefault(document.parent, []).append(document)
    return [pdf for folder, docs in folders.items() for pdf in convert(docs, folder)]
