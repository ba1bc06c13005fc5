"""The docxtpl wrapper: escaping, strict undefined variables, fixed metadata, atomic write."""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from anfrage.errors import OutputError, TemplateError
from anfrage.formatting import clean_text
from anfrage.template import inspect, template_variables

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _finalize(value: Any) -> Markup:
    """Every value printed into the XML: cleaned, XML-escaped, and with braces written as
    character references, because docxtpl rewrites '{_{' and '{_%' in its output."""
    text = str(escape(clean_text(str(value))))
    return Markup(text.replace("{", "&#123;").replace("}", "&#125;"))


def environment() -> jinja2.Environment:
    """Templates arrive by e-mail like any other input, so they run sandboxed: no access to
    Python internals such as __class__ or __globals__."""
    return SandboxedEnvironment(
        autoescape=True, undefined=jinja2.StrictUndefined, finalize=_finalize
    )


def render_bytes(template: Path, context: dict[str, Any], properties: dict[str, Any]) -> bytes:
    """Render the template into .docx bytes. Raises TemplateError."""
    inspect(template)
    try:
        doc = DocxTemplate(template)
        doc.render(context, environment(), autoescape=True)
    except SecurityError as e:
        raise TemplateError.single(
            template, f"template refused: it tries to reach Python internals ({e})"
        ) from None
    except jinja2.UndefinedError as e:
        raise TemplateError.single(
            template, f"template uses a value anfrage does not provide: {e.message}"
        ) from None
    except jinja2.TemplateSyntaxError as e:
        template_variables(template)  # names the paragraph that opens the broken tag
        lines = [ln.strip() for ln in getattr(e, "docx_context", []) if ln.strip()]
        where = f", near the text {' / '.join(lines)!r}" if lines else ""
        raise TemplateError.single(template, f"template error: {e.message}{where}") from None
    except jinja2.TemplateError as e:
        raise TemplateError.single(template, f"template error: {e}") from None
    except (KeyError, ValueError, zipfile.BadZipFile) as e:
        raise TemplateError.single(template, f"not a usable Word template (.docx): {e}") from None
    props = doc.docx.core_properties
    for key, value in properties.items():
        setattr(props, key, value)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same package with fixed member timestamps, so equal inputs give equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def write_atomic(target: Path, data: bytes, *, force: bool) -> None:
    """Write via a temporary file in the target folder and os.replace, so a reader never sees
    a partial file. On failure nothing is left behind, not even a folder made for it.
    Raises OutputError."""
    if target.exists() and not force:
        raise OutputError.single(target, "exists already; use --force to overwrite it")
    made = [p for p in (target.parent, *target.parent.parents) if not p.exists()]
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as e:
        _remove(made)
        raise OutputError.single(target.parent, f"cannot write here: {e.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        _remove(made)
        raise OutputError.single(target, f"cannot write the draft: {e.strerror}") from None


def _remove(folders: list[Path]) -> None:
    """Remove folders this write created, deepest first, where they are still empty."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def properties(title: str, subject: str, author: str, when: datetime) -> dict[str, Any]:
    """Document properties taken from the inquiry, never from the clock."""
    return {
        "title": title,
        "subject": subject,
        "author": author,
        "last_modified_by": author,
        "created": when,
        "modified": when,
        "revision": 1,
        "language": "de-DE",
    }
