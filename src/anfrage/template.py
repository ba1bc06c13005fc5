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
MAX_PART = 50 * 1024 * 1024


def part_texts(path: Path) -> dict[str, str]:
    """The Jinja source of each templated part: its text runs joined, one line a paragraph."""
    try:
        with zipfile.ZipFile(path) as z:
            names = [n for n in z.namelist() if _PARTS.match(n)]
            if "word/document.xml" not in names:
                raise TemplateError.single(
                    path, "not a Word document: word/document.xml is missing"
                )
            out = {}
            for name in names:
                if z.getinfo(name).file_size > MAX_PART:
                    raise TemplateError.single(path, f"{name} is larger than 50 MB when unpacked")
                xml = z.read(name).decode("utf-8")
                out[name] = "".join(m[1] if m[1] is not None else "\n" for m in _TEXT.finditer(xml))
            return out
    except (zipfile.BadZipFile, OSError) as e:
        raise TemplateError.single(path, f"not a Word document (.docx): {e}") from None


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
