"""PDF through LibreOffice headless: a real client opens every draft it converts.

The PDF is what parliament publishes: PDF/A-2b (archivable) and PDF/UA-1 (accessible), so it
is tagged, carries the document's language (de-DE from the template's styles) and its title
(from the .docx core properties, which anfrage fills from the inquiry).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from anfrage import output
from anfrage.errors import AnfrageError, Problem

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


def export_filter(notes: bool = False) -> str:
    """The --convert-to argument: writer_pdf_Export with its options as JSON (LibreOffice
    7.4 and later). PDF/A-2b (SelectPdfVersion 2) and PDF/UA-1 need a tagged PDF; `notes`
    keeps the Word comments of a review copy."""
    options: dict[str, tuple[str, str]] = {
        "SelectPdfVersion": ("long", "2"),
        "PDFUACompliance": ("boolean", "true"),
        "UseTaggedPDF": ("boolean", "true"),
        "ExportBookmarks": ("boolean", "true"),
    }
    if notes:
        # As PDF comments (annotations) and, from LibreOffice 7.5 on, printed in the margin.
        options["ExportNotes"] = ("boolean", "true")
        options["ExportNotesInMargin"] = ("boolean", "true")
    encoded = {k: {"type": t, "value": v} for k, (t, v) in options.items()}
    return "pdf:writer_pdf_Export:" + json.dumps(encoded, separators=(",", ":"))


def targets(documents: list[Path], folder: Path, force: bool) -> list[Path]:
    """The PDFs `documents` become in `folder`. Raises AnfrageError for one that exists
    already, unless `force`."""
    out = [folder / document.with_suffix(".pdf").name for document in documents]
    taken = [t for t in out if t.exists() and not force]
    if taken:
        raise AnfrageError(
            [Problem(t, "exists already; use --force to overwrite it") for t in taken]
        )
    return out


def _run(command: list[str]) -> None:
    """Run LibreOffice in a session of its own, so a timeout ends all of it (the soffice
    wrapper and soffice.bin), not only the process started here."""
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        process.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise AnfrageError.single(None, f"LibreOffice did not finish within {TIMEOUT} s") from None


def convert(
    documents: list[Path], folder: Path, *, force: bool = False, notes: bool = False
) -> list[Path]:
    """Convert .docx files to PDF/A-2b + PDF/UA-1 in `folder`, each moved into place whole.
    An existing PDF is kept unless `force`; `notes` shows the comments of a review copy.
    Raises AnfrageError, and then no PDF of this run is left."""
    program = soffice()
    out = targets(documents, folder, force)
    with tempfile.TemporaryDirectory(prefix="anfrage-pdf-") as work:
        profile = Path(work, "profile").as_uri()  # a private profile: parallel runs don't clash
        # Absolute paths only: a file named '--accept=…' or '-env:…' is never an option.
        command = [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            export_filter(notes),
            "--outdir",
            str(Path(work).resolve()),
            *(str(document.resolve()) for document in documents),
        ]
        _run(command)
        written: list[Path] = []
        try:
            for document, target in zip(documents, out, strict=True):
                produced = Path(work, target.name)
                if not produced.is_file():
                    raise AnfrageError.single(document, "LibreOffice could not convert it to PDF")
                output.write_atomic(target, produced.read_bytes(), force=True)
                written.append(target)
        except AnfrageError:
            for target in written:
                target.unlink(missing_ok=True)
            raise
        return out


def convert_all(documents: list[Path], *, force: bool = True) -> list[Path]:
    """Convert drafts to PDF beside each, one LibreOffice run per folder. A batch overwrites
    PDFs by default: its drafts were just written, with --force where they existed."""
    folders: dict[Path, list[Path]] = {}
    for document in documents:
        folders.setdefault(document.parent, []).append(document)
    return [pdf for folder, docs in folders.items() for pdf in convert(docs, folder, force=force)]
