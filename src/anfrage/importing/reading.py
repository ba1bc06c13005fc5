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


def _pdf(path: Path, raw: bytes) -> str:
    tool = shutil.which("pdftotext")
    if tool:
        done = subprocess.run(
            [tool, "-raw", "-enc", "UTF-8", "-q", "-", "-"],
            input=raw,
            capture_output=True,
            timeout=120,
            check=False,
        )
        if done.returncode == 0:
            return done.stdout.decode("utf-8", "replace")
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            raise SourceError.single(path, "the PDF is encrypted; save an unprotected copy")
        return PAGE.join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, OSError) as e:
        raise SourceError.single(path, f"cannot read the PDF: {e}") from None


def _docx(path: Path, raw: bytes) -> str:
    import zipfile

    import docx

    try:
        document = docx.Document(io.BytesIO(raw))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise SourceError.single(path, f"cannot read the Word document: {e}") from None
    lines = []
    for paragraph in document.paragraphs:
        # A paragraph is one line with a blank line after it, as in a text export.
        lines += [paragraph.text.replace("\t", " "), ""]
    return "\n".join(lines)
