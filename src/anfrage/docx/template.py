"""Reading a Word template without rendering it: which variables it uses.

Kept free of docxtpl and python-docx so that `anfrage check` starts quickly.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from jinja2 import Environment, TemplateSyntaxError, meta

from anfrage.errors import TemplateError

_PARTS = re.compile(r"^word/(document|header\d*|footer\d*|footnotes)\.xml$")
_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|</w:p>")
_DOCXTPL_TAG = re.compile(r"\{%\s*(?:p|tr|tc|r)\s")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 2000


def inspect(path: Path) -> None:
    """Refuse a template package that is not a plain .docx: not a zip, no main document,
    duplicate members, too large or too compressed when unpacked (a zip bomb), or XML that
    declares a DTD or entities (external entities could read local files)."""
    try:
        with zipfile.ZipFile(path) as z:
            _inspect(path, z)
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        raise TemplateError.single(path, f"not a Word document (.docx): {e}") from None


def _inspect(path: Path, z: zipfile.ZipFile) -> None:
    infos = z.infolist()
    if len(infos) > MAX_MEMBERS:
        raise TemplateError.single(path, f"has {len(infos)} parts; a Word document has a few dozen")
    names = [i.filename for i in infos]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise TemplateError.single(
            path,
            f"holds two parts named {duplicates[0]!r} (some LibreOffice versions save so); "
            "open it in Word or LibreOffice and save it again as .docx",
        )
    if "word/document.xml" not in names:
        raise TemplateError.single(path, "not a Word document: word/document.xml is missing")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED:
        raise TemplateError.single(
            path,
            f"unpacks to {total // 2**20} MB; refused as a possible zip bomb "
            f"(limit {MAX_UNPACKED // 2**20} MB)",
        )
    for info in infos:
        ratio = info.file_size // max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > MAX_RATIO:
            raise TemplateError.single(
                path, f"{info.filename} is compressed {ratio}:1; refused as a possible zip bomb"
            )
        if info.filename.endswith((".xml", ".rels")):
            with z.open(info) as f:  # the whole part: a DTD may follow a long comment
                if _DTD.search(f.read()):
                    raise TemplateError.single(
                        path,
                        f"{info.filename} declares a DTD or entities; refused, because "
                        "external entities can read local files",
                    )


def part_texts(path: Path) -> dict[str, str]:
    """The Jinja source of each templated part: its text runs joined, one line a paragraph."""
    inspect(path)
    with zipfile.ZipFile(path) as z:
        out = {}
        for name in (n for n in z.namelist() if _PARTS.match(n)):
            xml = z.read(name).decode("utf-8", errors="replace")
            out[name] = "".join(m[1] if m[1] is not None else "\n" for m in _TEXT.finditer(xml))
        return out


def template_variables(path: Path) -> set[str]:
    """The top-level variables the template reads."""
    env = Environment()
    names: set[str] = set()
    for part, text in part_texts(path).items():
        source = _DOCXTPL_TAG.sub("{% ", text)
        try:
            names |= meta.find_undeclared_variables(env.parse(source))
        except TemplateSyntaxError as e:
            line = culprit(source.splitlines(), e.lineno)
            raise TemplateError.single(
                path, f"{part}: template error: {e.message}, in the paragraph {line!r}"
            ) from None
    return names


def culprit(lines: list[str], lineno: int | None) -> str:
    """The paragraph to blame for a syntax error at `lineno` (1-based): the nearest one at or
    before it that opens a tag it does not close, else the paragraph at `lineno`."""
    if not lineno or lineno > len(lines):
        return ""
    for line in reversed(lines[:lineno]):
        if line.count("{{") > line.count("}}") or line.count("{%") > line.count("%}"):
            return line.strip()
    return lines[lineno - 1].strip()
