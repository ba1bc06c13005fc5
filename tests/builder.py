"""Access to templates/build_templates.py, to make small custom templates in tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import REPO

_spec = importlib.util.spec_from_file_location(
    "build_templates", REPO / "templates" / "build_templates.py"
)
assert _spec and _spec.loader
bt = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bt)


def custom_template(path: Path, *paragraph_texts: str) -> Path:
    """A .docx whose body is one 'Antwort' paragraph per text, each text in one run."""
    body = "".join(bt.para("Antwort", bt.run(t)) for t in paragraph_texts)
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{bt.W}" xmlns:r="{bt.R}"><w:body>{body}</w:body></w:document>'
    )
    bt.write_docx(path, document, bt.header())
    return path


def pdf(path: Path, pages: list[list[str]]) -> Path:
    """A PDF with a real text layer: one line of Helvetica per string, top to bottom. An
    empty page list entry gives a page with a drawing and no text, like a scan."""

    def escape(line: str) -> bytes:
        raw = line.encode("cp1252")
        return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    objects: list[bytes] = []
    kids = []
    for lines in pages:
        if lines:
            stream = (
                b"BT /F1 11 Tf 14 TL 56 790 Td "
                + b"".join(b"(" + escape(line) + b") Tj T* " for line in lines)
                + b"ET"
            )
        else:
            stream = b"0.5 g 56 400 480 300 re f"
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects) + 2  # object numbers start after catalog and page tree
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content, 3 + 2 * len(pages))
        )
        kids.append(len(objects) + 2)
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    body = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % k for k in kids)
        + b"] /Count %d >>" % len(kids),
        *objects,
        font,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, obj in enumerate(body, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(body) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(body) + 1, xref)
    path.write_bytes(bytes(out))
    return path
