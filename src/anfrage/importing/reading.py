"""The text of an incoming Drucksache: PDF (its text layer), DOCX or plain text.

PDF goes through poppler's `pdftotext -raw` where it is installed, else through pypdf. Raw
mode keeps line ends as printed: the default mode joins hyphenated words itself and turns
"Mecklenburg-" + "Vorpommern" into "MecklenburgVorpommern"; the importer joins them right.
Pages are separated by form feeds, so that the importer can recognise running headers and
footers. Only this module imports pypdf.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

from anfrage.errors import SourceError
from anfrage.loading._yaml import read_bytes

MAX_BYTES = 50 * 1024 * 1024
_NOT_LETTERS = re.compile(r"[\W\d_]+")
PAGE = "\f"


def read_document(path: Path) -> str:
    """The text of `path`, chosen by its content (PDF, DOCX) or else read as text.
    Raises SourceError with a plain message when it cannot be read or has no text."""
    raw = read_bytes(path, "a PDF, DOCX or text file", MAX_BYTES)
    head = raw[:8]
    if head.startswith(b"%PDF"):
        text = _pdf(path, raw)
    elif head.startswith(b"PK"):
        text = _docx(path, raw)
    else:
        text = _text(path, raw)
    if len(_NOT_LETTERS.sub("", text[:200_000])) < 20:
        what = (
            "the PDF has no text layer (a scan?); run OCR first, e.g. `ocrmypdf in.pdf out.pdf`"
            if head.startswith(b"%PDF")
            else "the document holds no text"
        )
        raise SourceError.single(path, what)
    return text


def _text(path: Path, raw: bytes) -> str:
    if b"\x00" in raw[:4096]:
        raise SourceError.single(path, "not a text file; expected a PDF, DOCX or text file")
    for encoding in ("utf-8-sig", "cp1252"):  # Windows exports still come as cp1252
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SourceError.single(path, "the text is neither UTF-8 nor Windows-1252")


PDFTOTEXT_SECONDS = 60
PDFTOTEXT_MEMORY = 1024 * 1024 * 1024
"""Limits of the pdftotext child: a hostile PDF can make poppler run long or grow large."""


def _limit_child() -> None:  # pragma: no cover - runs in the child process
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (PDFTOTEXT_MEMORY, PDFTOTEXT_MEMORY))
    resource.setrlimit(resource.RLIMIT_CPU, (PDFTOTEXT_SECONDS, PDFTOTEXT_SECONDS))


def _pdftotext(tool: str, raw: bytes) -> str | None:
    """The text layer through poppler, in its own process group with a time and memory
    limit; None when it fails (pypdf is tried then)."""
    import os
    import signal

    # The PDF goes in on stdin ('-'), so no file name can be read as an option.
    with subprocess.Popen(
        [os.path.abspath(tool), "-raw", "-enc", "UTF-8", "-q", "-", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        preexec_fn=_limit_child if os.name == "posix" else None,  # noqa: PLW1509
    ) as child:
        try:
            out, _ = child.communicate(raw, timeout=PDFTOTEXT_SECONDS)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)  # the whole group, helpers included
            child.communicate()
            return None
    return out.decode("utf-8", "replace") if child.returncode == 0 else None


def _pdf(path: Path, raw: bytes) -> str:
    tool = shutil.which("pdftotext")
    if tool:
        text = _pdftotext(tool, raw)
        if text is not None:
            return text
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise SourceError.single(path, "the PDF is encrypted; save an unprotected copy")
        return PAGE.join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, OSError) as e:
        raise SourceError.single(path, f"cannot read the PDF: {e}") from None


DOCX_MAX_BYTES = 50 * 1024 * 1024
DOCX_MAX_RATIO = 100
"""A Word file whose document part unpacks beyond 50 MB, or more than 100 times its packed
size, is refused before it is unpacked (a zip bomb)."""
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx(path: Path, raw: bytes) -> str:
    """The paragraphs of a Word file, read from its XML with the standard library."""
    import zipfile
    from xml.etree import ElementTree

    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            info = archive.getinfo("word/document.xml")
            total = sum(i.file_size for i in archive.infolist())
            if (
                info.file_size > DOCX_MAX_BYTES
                or total > 4 * DOCX_MAX_BYTES
                or info.file_size > DOCX_MAX_RATIO * max(info.compress_size, 1024)
            ):
                raise SourceError.single(
                    path,
                    f"the Word document unpacks to {info.file_size:,} bytes from "
                    f"{info.compress_size:,}; refused as a possible zip bomb",
                )
            with archive.open(info) as part:
                xml = part.read(DOCX_MAX_BYTES + 1)
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, ValueError, ElementTree.ParseError) as e:
        raise SourceError.single(path, f"cannot read the Word document: {e}") from None
    lines = []
    for paragraph in root.iter(f"{_W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                parts.append(node.text)
            elif node.tag in (f"{_W}tab", f"{_W}br"):
                parts.append(" ")
        # A paragraph is one line with a blank line after it, as in a text export.
        lines += ["".join(parts), ""]
    return "\n".join(lines)
