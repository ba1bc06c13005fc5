"""Rendering Word templates with docxtpl's tag syntax, compiled once per template and process.

docxtpl reads the whole package through python-docx, re-patches the XML and recompiles the
Jinja template on every render. Here the package is checked and reduced to the allowlist
once (`package`, `policy`, `allowlist`), each templated part (document, headers, footers,
foot- and endnotes) has its tags made whole (`tags`), is patched with docxtpl's own
`patch_xml` and compiled in the bounded sandbox (`sandbox`), all cached by the template
file's SHA-256. A render is then Jinja under a deadline and a memory limit (`limits`),
docxtpl's post-processing, a strict XML parse, and one zip write.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import jinja2
from docxtpl import DocxTemplate
from jinja2.exceptions import SecurityError
from lxml import etree
from markupsafe import Markup, escape

from anfrage.docx import allowlist, comments, layout, limits, marking, package, sandbox, tags
from anfrage.docx.template import template_variables
from anfrage.errors import TemplateError
from anfrage.formatting import MARK_START, clean_text

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>\s*")
_STRICT = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
MAX_PART_OUTPUT = 64 * 2**20
"""Characters one rendered part may have: far beyond any answer, far below the memory limit."""


def _finalize(value: Any) -> Markup:
    """Every value printed into the XML: cleaned, XML-escaped, and with braces written as
    character references, because docxtpl rewrites '{_{' and '{_%' in its output. Markup is
    escaped already: Jinja escapes a template's constant output before it finalizes it."""
    cleaned = clean_text(str(value), keep_marks=True)
    text = cleaned if isinstance(value, Markup) else str(escape(cleaned))
    return Markup(text.replace("{", "&#123;").replace("}", "&#125;"))


def environment() -> jinja2.Environment:
    """Templates arrive by e-mail like any other input, so they run sandboxed: no access to
    Python internals such as __class__ or __globals__."""
    return sandbox.Bounded(autoescape=True, undefined=jinja2.StrictUndefined, finalize=_finalize)


@dataclass(frozen=True)
class Compiled:
    """A template ready to render: its parts in package order, templated ones compiled."""

    path: Path
    members: tuple[tuple[str, bytes], ...]
    templates: dict[str, jinja2.Template]
    tables: frozenset[str]
    """Templated parts with docxtpl column loops, whose table grids need fixing."""
    core: str
    """The core properties part, filled from the inquiry on every render."""
    notes: tuple[str, ...]
    """What was taken out of the template (its comments, custom properties, …)."""


_CACHE: dict[str, Compiled] = {}


def clear_cache() -> None:
    _CACHE.clear()


def compile_template(path: Path, *, cache: bool = True) -> Compiled:
    """The compiled template, from the cache when the file's content was seen before."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise TemplateError.single(path, f"cannot read the template: {e.strerror}") from None
    key = hashlib.sha256(data).hexdigest()
    if cache and key in _CACHE:
        return _CACHE[key]
    checked = package.read(path, data)
    env = environment()
    members, core = allowlist.draft_members(checked)
    templates, tables = {}, set()
    for name, body in members:
        if name not in checked.templated or b"{" not in body:
            continue
        xml = tags.normalize(_DECLARATION.sub("", body.decode("utf-8-sig")))
        if "{{" not in xml and "{%" not in xml and "{#" not in xml:
            continue
        source = re.sub(r"<w:p([ >])", r"\n<w:p\1", DocxTemplate.patch_xml(None, xml))
        try:
            templates[name] = env.from_string(sandbox.parse(env, tags.unescape_tags(source)))
        except jinja2.TemplateSyntaxError as e:
            template_variables(path)  # names the paragraph that opens the broken tag
            raise TemplateError.single(path, f"template error: {e.message}") from None
        except RecursionError:
            raise TemplateError.single(path, "template error: nested too deeply") from None
        if "{%tc " in source or "{%tc" in source:
            tables.add(name)
    compiled = Compiled(
        path, tuple(members), templates, frozenset(tables), core, tuple(checked.notes)
    )
    if cache:
        _CACHE[key] = compiled
    return compiled


def _run(template: jinja2.Template, context: dict[str, Any]) -> str:
    """The template's output, refused once it grows beyond MAX_PART_OUTPUT."""
    sandbox.start_render()
    chunks, size = [], 0
    for chunk in template.generate(context):
        size += len(chunk)
        if size > MAX_PART_OUTPUT:
            raise sandbox.TooLarge(f"its output grows beyond {MAX_PART_OUTPUT // 2**20} MB")
        chunks.append(chunk)
    return "".join(chunks)


def _render_part(
    compiled: Compiled, name: str, context: dict[str, Any], with_comments: bool = False
) -> bytes:
    """One part rendered like docxtpl's render_xml_part, then checked by a strict parse. With
    `with_comments`, the marks around fact values become comment ranges; elsewhere they go."""
    path = compiled.path
    try:
        with limits.bounded():
            xml = _run(compiled.templates[name], context)
    except sandbox.TooLarge as e:
        raise TemplateError.single(path, f"template refused: {e}") from None
    except limits.RenderTimeout:
        raise TemplateError.single(
            path, f"template refused: rendering {name} took longer than {limits.SECONDS} s"
        ) from None
    except MemoryError:
        raise TemplateError.single(
            path, f"template refused: rendering {name} needs more than {limits.MEGABYTES} MB"
        ) from None
    except RecursionError:
        raise TemplateError.single(path, "template refused: it recurses too deeply") from None
    except SecurityError as e:
        raise TemplateError.single(
            path,
            f"template refused: {e} (a template may not reach Python internals, nor pad, "
            "join or format text without bounds)",
        ) from None
    except jinja2.UndefinedError as e:
        raise TemplateError.single(
            path, f"template uses a value anfrage does not provide: {e.message}"
        ) from None
    except jinja2.TemplateError as e:
        raise TemplateError.single(path, f"template error: {e}") from None
    xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
    xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
    if "\n" in xml or "\t" in xml or "\a" in xml or "\f" in xml:
        xml = DocxTemplate.resolve_listing(None, xml)  # line breaks, tabs in values
    if not with_comments and MARK_START in xml:
        xml = comments.strip(xml)
    try:
        tree = etree.fromstring(xml.encode("utf-8"), _STRICT)
    except etree.XMLSyntaxError as e:
        raise TemplateError.single(
            path,
            f"{name}: the rendered XML is broken ({e}); check "
            "that each {%p …%} tag stands in a paragraph of its own",
        ) from None
    if name in compiled.tables:
        tree = DocxTemplate.fix_tables(None, etree.tostring(tree, encoding="unicode"))
    if name == "word/document.xml":
        layout.fit_tables(tree)  # a grid column per cell, widths from the content
    if with_comments:
        comments.place(tree)
    for n, element in enumerate(tree.iter(f"{{{_WP}}}docPr"), 1):
        element.set("id", str(n))  # loops copy drawings; ids must stay unique
    result: bytes = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)
    return result


_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title>'
    "<dc:subject>{subject}</dc:subject><dc:creator>{author}</dc:creator>"
    "<cp:lastModifiedBy>{author}</cp:lastModifiedBy><cp:revision>1</cp:revision>"
    "<dc:language>de-DE</dc:language>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
    "</cp:coreProperties>"
)


def core_properties(title: str, subject: str, author: str, when: datetime) -> bytes:
    """Document properties taken from the inquiry, never from the clock."""
    values = {
        k: xml_escape(clean_text(v))
        for k, v in {"title": title, "subject": subject, "author": author}.items()
    }
    return _CORE.format(**values, when=when.strftime("%Y-%m-%dT%H:%M:%SZ")).encode("utf-8")


def render_bytes(
    template: Path,
    context: dict[str, Any],
    core: bytes,
    *,
    notes: dict[int, list[str]] | None = None,
    when: datetime | None = None,
    cache: bool = True,
) -> bytes:
    """Render the template into .docx bytes with fixed timestamps. With `notes`, each marked
    fact value gets a Word comment holding its note. Raises TemplateError."""
    compiled = compile_template(template, cache=cache)
    members = dict(compiled.members)
    for name in compiled.templates:
        on_body = bool(notes) and name == "word/document.xml"
        members[name] = _render_part(compiled, name, context, with_comments=on_body)
    members[compiled.core] = core
    if notes:
        rels = "word/_rels/document.xml.rels"
        members["[Content_Types].xml"], members[rels] = comments.register(
            members["[Content_Types].xml"], members[rels]
        )
        members["word/comments.xml"] = comments.part(notes, when or datetime(1980, 1, 1))
    if notes is not None:
        marking.mark(members)  # the review copy says so on every page
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in members.items():
            info = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, body, compresslevel=6)
    return out.getvalue()


def template_notes(template: Path) -> list[str]:
    """What the draft leaves out of the template, as notes for the user ("the template's
    comments were left out"). Raises TemplateError."""
    return [f"{t} left out of the draft" for t in compile_template(template).notes]
