"""A template's zip package, read once and checked: a plain .docx of bounded size, every
part's CRC, no two part names that differ only in case, UTF-8 XML without a DTD in any part
whatever its name's case, a content type for every part, and the parts sorted by `policy`
into kept, dropped and refused.

Kept free of lxml and docxtpl so that `anfrage check` starts quickly.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from anfrage.docx import policy
from anfrage.docx.policy import TEMPLATED
from anfrage.errors import Problem, TemplateError

MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 2000

CONTENT_TYPES = "[Content_Types].xml"

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
        return any(self.types.get(p) == policy.COMMENTS for p in self.dropped)

    def note(self, text: str) -> None:
        if text and text not in self.notes:
            self.notes.append(text)


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
    problems = [p for name, ctype in types.items() if (p := policy.part_problem(name, ctype))]
    reachable = _walk(path, package, texts, problems)
    problems += [
        p
        for name in reachable
        if types.get(name) in TEMPLATED and (p := policy.content_problem(name, texts[name]))
    ]
    if problems:
        raise TemplateError([Problem(path, p) for p in problems])
    for name in sorted(set(types) - reachable):
        package.dropped.add(name)
        package.note(policy.DROP.get(types[name], ""))
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
            where = source or "the package"
            if rel.external or rel.type in policy.REFUSED_RELATIONS:
                verdict, text = policy.external(rel.type, rel.target)
                if verdict == policy.REFUSE:
                    problems.append(f"{where} {text}")
                elif verdict == policy.REMOVE:
                    package.removed.setdefault(rels_name, set()).add(rel.id)
                    package.note(text)
                continue
            target = names.get(_resolve(source, rel.target).lower(), "")
            ctype = package.types.get(target)
            if ctype is None:
                problems.append(f"{where} refers to {rel.target}, which is missing")
            elif rel.type in policy.DROP_RELATIONS or ctype in policy.DROP:
                package.removed.setdefault(rels_name, set()).add(rel.id)
                package.note(policy.DROP_RELATIONS.get(rel.type, ""))
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
