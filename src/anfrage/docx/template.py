"""Reading a Word template without rendering it: which variables it uses.

Kept free of docxtpl, lxml and python-docx so that `anfrage check` starts quickly. The parts
are read as the renderer reads them: the same package check (`package`), the same templated
parts, the same tag normalisation (`tags`) and the same bounded sandbox (`sandbox`).
"""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import TemplateSyntaxError, meta

from anfrage.docx import package, sandbox, tags
from anfrage.errors import TemplateError

_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|</w:p>")
_DOCXTPL_TAG = re.compile(r"\{%\s*(?:p|tr|tc|r)\s")


def inspect(path: Path) -> package.Package:
    """The template package, checked: a plain .docx of bounded size, UTF-8 XML without DTDs,
    and nothing on the allowlist's refused side (see `package`). Raises TemplateError."""
    return package.read(path)


def part_texts(path: Path) -> dict[str, str]:
    """The Jinja source of each templated part: its text runs joined, one line a paragraph."""
    checked = inspect(path)
    out = {}
    for name in checked.templated:
        xml = tags.normalize(checked.members[name].decode("utf-8-sig"))
        text = "".join(m[1] if m[1] is not None else "\n" for m in _TEXT.finditer(xml))
        out[name] = tags.unescape_tags(text)
    return out


def template_variables(path: Path) -> set[str]:
    """The top-level variables the template reads."""
    env = sandbox.Bounded()
    names: set[str] = set()
    for part, text in part_texts(path).items():
        source = _DOCXTPL_TAG.sub("{% ", text)
        try:
            names |= meta.find_undeclared_variables(sandbox.parse(env, source))
        except TemplateSyntaxError as e:
            line = culprit(source.splitlines(), e.lineno)
            line = line if len(line) <= 120 else line[:117] + "…"
            raise TemplateError.single(
                path, f"{part}: template error: {e.message}, in the paragraph {line!r}"
            ) from None
        except RecursionError:
            raise TemplateError.single(
                path, f"{part}: template error: expressions nested too deeply"
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
