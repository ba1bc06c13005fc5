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
