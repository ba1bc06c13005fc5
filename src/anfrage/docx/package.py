"""A template's zip package read once and checked: what may go into a draft and what may not.

Templates arrive by e-mail like any other input. The draft may contain only what anfrage puts
there, so every part is classified by its content type (the allowlist below):

- kept: the document, its headers, footers, foot- and endnotes, styles, numbering, settings,
  fonts, theme and raster pictures;
- dropped, with a note: the template's comments, custom and extended properties, thumbnail,
  custom XML, building blocks (glossary), printer settings and toolbar customisations. None of
  them is text of the draft; its core properties come from the inquiry alone;
- refused, with a message naming the part: macros, OLE objects, embedded packages, ActiveX,
  altChunk imports, charts and diagrams, SVG pictures, unknown parts, and every relationship to
  an external target except a hyperlink to an http, https or mailto address. Hyperlinks are
  text a template may legitimately carry (a ministry's web address in a footer), and neither
  rendering nor LibreOffice's PDF conversion fetches them; an external attachedTemplate (a
  Word template path, often a UNC share) is removed, because nothing of it is in the draft.

Kept free of lxml and docxtpl so that `anfrage check` starts quickly.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from anfrage.errors import Problem, TemplateError

MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 2000

CONTENT_TYPES = "[Content_Types].xml"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
MAIN = _WML + "document.main+xml"
TEMPLATED = frozenset(
    {
        MAIN,
        _WML + "header+xml",
        _WML + "footer+xml",
        _WML + "footnotes+xml",
        _WML + "endnotes+xml",
    }
)
"""The parts whose text may hold template tags: inspection and rendering both read this."""

RELS = "application/vnd.openxmlformats-package.relationships+xml"
CORE = "application/vnd.openxmlformats-package.core-properties+xml"
APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
_KEEP = TEMPLATED | {
    RELS,
    CORE,
    APP,  # written anew by the renderer, like the core properties
    _WML + "template.main+xml",  # a .dotx: its main part is written back as a document
    _WML + "styles+xml",
    _WML + "settings+xml",
    _WML + "webSettings+xml",
    _WML + "fontTable+xml",
    _WML + "numbering+xml",
    "application/vnd.ms-word.stylesWithEffects+xml",
    "application/vnd.openxmlformats-officedocument.theme+xml",
    "application/vnd.openxmlformats-officedocument.obfuscatedFont",
    *(f"image/{kind}" for kind in ("png", "jpeg", "jpg", "gif", "bmp", "tiff", "x-emf", "x-wmf")),
}
_DROP = {
    "application/vnd.openxmlformats-officedocument.custom-properties+xml": (
        "the template's custom document properties"
    ),
    _WML + "comments+xml": "the template's comments",
    _WML + "commentsExtended+xml": "the template's comments",
    _WML + "commentsIds+xml": "the template's comments",
    _WML + "commentsExtensible+xml": "the template's comments",
    _WML + "people+xml": "the template's comment authors",
    _WML + "document.glossary+xml": "the template's building blocks",
    _WML + "printerSettings": "the template's printer settings",
    "application/vnd.openxmlformats-officedocument.customXmlProperties+xml": (
        "the template's custom XML data"
    ),
    "application/vnd.ms-word.keyMapCustomizations+xml": "the template's toolbar settings",
    "application/vnd.ms-word.attachedToolbars": "the template's toolbar settings",
}
_DROP_RELATIONS = {
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail": (
        "the template's thumbnail picture"
    ),
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml": (
        "the template's custom XML data"
    ),
}
_OD = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
ATTACHED_TEMPLATE = _OD + "attachedTemplate"
HYPERLINK = _OD + "hyperlink"
_REFUSED_RELATIONS = {_OD + "aFChunk": "an imported file (altChunk)"}
_SAFE_LINK = re.compile(r"^(?:https?://|mailto:)", re.IGNORECASE)
_DANGER = {
    "vbaProject": "macros (a VBA project)",
    "vbaData": "macros",
    "macroEnabled": "macros",
    "oleObject": "an embedded object (OLE)",
    "activeX": "an ActiveX control",
    "package": "an embedded document",
    "chart": "a chart",
    "drawingml.diagram": "a diagram (SmartArt)",
    "svg": "an SVG picture (save it as PNG and insert that)",
}
_DTD = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DECLARED = re.compile(r"""^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']""")
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_ROOT_RELS = "_rels/.rels"


@dataclass(frozen=True)
class Relation:
    """One relationship of a part."""

    id: str
    type: str
    target: str
    external: bool


@dataclass
class Package:
    """A checked template package: the members to write, in order, and what was taken out."""

    members: dict[str, bytes]
    types: dict[str, str]
    """Content type of each member that is a part."""
    templated: list[str] = field(default_factory=list)
    dropped: set[str] = field(default_factory=set)
    """Parts left out of the draft."""
    removed: dict[str, set[str]] = field(default_factory=dict)
    """Per .rels member, the relationship ids taken out (their elements must go too)."""
    notes: list[str] = field(default_factory=list)

    @property
    def had_comments(self) -> bool:
        return any(self.types.get(p) == _WML + "comments+xml" for p in self.dropped)


def read(path: Path, data: bytes | None = None) -> Package:
    """The template at `path` (or `data`, its bytes) read, checked and classified. Raises
    TemplateError naming every refused part at once."""
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data) if data is not None else path) as z:
            members = _members(path, z)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as e:
        raise TemplateError.single(path, f"not a Word document (.docx): {e}") from None
    except NotImplementedError as e:  # an unknown compression method
        raise TemplateError.single(path, f"not a plain Word document (.docx): {e}") from None
    return _classify(path, members)


def _members(path: Path, z: zipfile.ZipFile) -> dict[str, bytes]:
    infos = z.infolist()
    if len(infos) > MAX_MEMBERS:
        raise TemplateError.single(path, f"has {len(infos)} parts; a Word document has a few dozen")
    seen: dict[str, str] = {}
    for info in infos:
        # Word, LibreOffice and Windows treat part names without regard to case
        key = info.filename.replace("\\", "/").lower()
        if key in seen:
            raise TemplateError.single(
                path,
                f"holds two parts named {seen[key]!r} and {info.filename!r}; open it in Word "
                "or LibreOffice and save it again as .docx",
            )
        seen[key] = info.filename
    total = sum(i.file_size for i in infos)
    if total > MAX_UNPACKED:
        raise TemplateError.single(
            path,
            f"unpacks to {total // 2**20} MB; refused as a possible zip bomb "
            f"(limit {MAX_UNPACKED // 2**20} MB)",
        )
    members = {}
    for info in infos:
        ratio = info.file_size // max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and ratio > MAX_RATIO:
            raise TemplateError.single(
                path, f"{info.filename} is compressed {ratio}:1; refused as a possible zip bomb"
            )
        if info.is_dir():
            continue
        with z.open(info) as f:  # reading it whole checks its CRC
            body = f.read(MAX_UNPACKED + 1)
        if len(body) > MAX_UNPACKED:
            raise TemplateError.single(path, f"{info.filename} is larger than it claims")
        members[info.filename] = body
    return members


def _classify(path: Path, members: dict[str, bytes]) -> Package:
    for name in (CONTENT_TYPES, _ROOT_RELS, "word/document.xml"):
        if name not in members:
            raise TemplateError.single(
                path,
                f"not a Word document: {name} is missing; open it in Word or LibreOffice "
                "and save it again as .docx",
            )
    texts = {name: _xml_text(path, name, body) for name, body in members.items() if _is_xml(name)}
    types = _content_types(path, texts[CONTENT_TYPES], members)
    package = Package(members, types)
    problems: list[str] = []
    for name, ctype in types.items():
        if ctype in _DROP or ctype in _KEEP:
            continue
        reason = next((r for k, r in _DANGER.items() if k.lower() in ctype.lower()), None)
        if reason is None and name.lower().startswith("customxml/"):
            continue  # custom XML items (application/xml): dropped below with their relation
        problems.append(
            f"{name} is {reason or 'a part anfrage does not know'} ({ctype}); remove it in "
            "Word or LibreOffice and save the template again"
        )
    reachable = _walk(path, package, texts, problems)
    if problems:
        raise TemplateError([Problem(path, p) for p in problems])
    for name in sorted(set(types) - reachable):
        package.dropped.add(name)
        reason = _DROP.get(types[name])
        if reason and reason not in package.notes:
            package.notes.append(reason)
    package.dropped |= {_rels_of(p) for p in package.dropped if _rels_of(p) in members}
    package.templated = [n for n, t in types.items() if t in TEMPLATED and n not in package.dropped]
    if "word/document.xml" not in package.templated:
        raise TemplateError.single(
            path, "word/document.xml is not the main document; save the template again as .docx"
        )
    return package


def _walk(path: Path, package: Package, texts: dict[str, str], problems: list[str]) -> set[str]:
    """The parts reachable from the package's relationships through kept relations; relations
    to dropped parts and removable external ones are recorded in `package.removed`."""
    reachable = {_ROOT_RELS}
    names = {n.lower(): n for n in package.types}  # part names are case-insensitive
    queue = [""]
    while queue:
        source = queue.pop()
        rels_name = _rels_of(source) if source else _ROOT_RELS
        if rels_name not in texts:
            continue
        reachable.add(rels_name)
        for rel in _relations(path, rels_name, texts[rels_name]):
            where = f"{source or 'the package'}"
            if rel.type in _REFUSED_RELATIONS:
                problems.append(
                    f"{where} holds {_REFUSED_RELATIONS[rel.type]} ({rel.target}); remove it "
                    "in Word and save the template again"
                )
            elif rel.external:
                if rel.type == HYPERLINK and _SAFE_LINK.match(rel.target):
                    continue
                if rel.type == ATTACHED_TEMPLATE:
                    package.removed.setdefault(rels_name, set()).add(rel.id)
                    note = "the link to an external Word template"
                    if note not in package.notes:
                        package.notes.append(note)
                    continue
                kind = rel.type.rsplit("/", 1)[-1]
                problems.append(
                    f"{where} links to an external {kind} at {rel.target!r}, which would be "
                    "fetched when the draft is opened or converted; insert the content "
                    "into the template instead of linking it"
                )
            else:
                target = names.get(_resolve(source, rel.target).lower(), "")
                ctype = package.types.get(target)
                if ctype is None:
                    problems.append(f"{where} refers to {rel.target}, which is missing")
                elif rel.type in _DROP_RELATIONS or ctype in _DROP:
                    package.removed.setdefault(rels_name, set()).add(rel.id)
                    if rel.type in _DROP_RELATIONS:
                        note = _DROP_RELATIONS[rel.type]
                        if note not in package.notes:
                            package.notes.append(note)
                elif target not in reachable:
                    reachable.add(target)
                    queue.append(target)
    return reachable


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels")) or name == CONTENT_TYPES


def _xml_text(path: Path, name: str, body: bytes) -> str:
    """An XML part's text: UTF-8 only (Word and LibreOffice write nothing else), no DTD."""
    if body.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in body[:4]:
        raise TemplateError.single(
            path,
            f"{name} is encoded as UTF-16; anfrage reads UTF-8 parts only: open the template "
            "in Word or LibreOffice and save it again as .docx",
        )
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise TemplateError.single(
            path,
            f"{name} is not UTF-8 (byte {e.start}: {body[e.start : e.start + 1]!r}); open the "
            "template in Word or LibreOffice and save it again as .docx",
        ) from None
    declared = _DECLARED.match(text)
    if declared and declared[1].lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise TemplateError.single(
            path,
            f"{name} declares the encoding {declared[1]!r}; anfrage reads UTF-8 parts only: "
            "save the template again as .docx",
        )
    if _DTD.search(text):
        raise TemplateError.single(
            path,
            f"{name} declares a DTD or entities; refused, because external entities can "
            "read local files",
        )
    return text


def _parse(path: Path, name: str, text: str) -> ElementTree.Element:
    try:
        return ElementTree.fromstring(text)
    except ElementTree.ParseError as e:
        raise TemplateError.single(path, f"{name} is not well-formed XML: {e}") from None


def _content_types(path: Path, text: str, members: dict[str, bytes]) -> dict[str, str]:
    root = _parse(path, CONTENT_TYPES, text)
    defaults = {
        e.get("Extension", "").lower(): e.get("ContentType", "") for e in root.iter(_CT + "Default")
    }
    overrides = {
        e.get("PartName", "").lstrip("/").lower(): e.get("ContentType", "")
        for e in root.iter(_CT + "Override")
    }
    types = {}
    for name in members:
        if name == CONTENT_TYPES:
            continue
        extension = name.rsplit("/", 1)[-1].rpartition(".")[2].lower()  # ".rels" has one too
        ctype = overrides.get(name.lower()) or defaults.get(extension)
        if ctype is None:
            raise TemplateError.single(
                path, f"{name} has no content type in {CONTENT_TYPES}; save the template again"
            )
        types[name] = ctype
    return types


def _relations(path: Path, name: str, text: str) -> list[Relation]:
    root = _parse(path, name, text)
    return [
        Relation(
            e.get("Id", ""),
            e.get("Type", ""),
            e.get("Target", ""),
            e.get("TargetMode", "Internal") == "External",
        )
        for e in root.iter(_PR + "Relationship")
    ]


def _rels_of(part: str) -> str:
    p = PurePosixPath(part)
    return str(p.parent / "_rels" / (p.name + ".rels")).removeprefix("./")


def _resolve(source: str, target: str) -> str:
    """A relationship target as a part name, relative to its source part's folder."""
    target = target.split("#", 1)[0]
    if target.startswith("/"):
        return target.lstrip("/")
    parts: list[str] = list(PurePosixPath(source).parent.parts) if source else []
    for piece in target.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece not in ("", "."):
            parts.append(piece)
    return "/".join(parts)
