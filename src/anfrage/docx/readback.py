"""Reading a .docx back: the body as paragraphs (with style names, list items) and tables,
its tracked changes and its comments, each with the body block it stands in.

Text is read as it stands once every tracked change is accepted: insertions kept, deletions
dropped, a deleted paragraph mark joining two paragraphs. Whether changes are left at all is
for the caller to ask (`changes`). Works on files saved by Word, LibreOffice and python-docx.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from anfrage.docx.ooxml import W
from anfrage.docx.package import _members
from anfrage.errors import AnfrageError

W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
W15 = "{http://schemas.microsoft.com/office/word/2012/wordml}"
DC = "{http://purl.org/dc/elements/1.1/}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
_DROPPED = {f"{W}del", f"{W}moveFrom"}
"""Tracked deletions: their text is gone once the changes are accepted."""
_LIST_NAMES = ("list", "liste", "aufz")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the body: its position among the body's blocks, style name, text."""

    index: int
    style: str
    text: str
    listed: bool = False
    """A list item (numbered or bulleted)."""
    level: int = 0


@dataclass(frozen=True)
class Table:
    """A table of the body, as rows of cell texts (a cell's paragraphs joined by a space)."""

    index: int
    rows: list[list[str]]


Block = Paragraph | Table


@dataclass(frozen=True)
class Change:
    """A tracked change not yet accepted or rejected."""

    kind: str
    """'insertion', 'deletion', 'move', 'formatting', 'paragraph mark'."""
    author: str
    date: str
    text: str
    block: int


@dataclass(frozen=True)
class Comment:
    """A comment with the body block its range starts in."""

    id: str
    author: str
    date: str
    text: str
    block: int
    done: bool


@dataclass
class Document:
    """The parsed parts of one .docx."""

    path: Path
    body: list[etree._Element]
    """The body's blocks (paragraphs and tables), content controls unwrapped."""
    styles: dict[str, tuple[str, bool]] = field(default_factory=dict)
    """Style id → (name, whether the style numbers its paragraphs)."""
    default_style: str = ""
    parts: dict[str, etree._Element] = field(default_factory=dict)


def open_docx(path: Path, data: bytes | None = None) -> Document:
    """The .docx at `path` (or `data`, its bytes), parsed. Raises AnfrageError when it is not
    a Word document."""
    try:
        with zipfile.ZipFile(io.BytesIO(data) if data is not None else path) as z:
            members = _members(path, z)
        parts: dict[str, etree._Element] = {
            name: etree.fromstring(members[name], _PARSER)
            for name in (
                "word/document.xml",
                "word/styles.xml",
                "word/comments.xml",
                "word/commentsExtended.xml",
                "docProps/core.xml",
            )
            if name in members
        }
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as e:
        raise AnfrageError.single(path, f"not a Word document (.docx): {e}") from None
    except etree.XMLSyntaxError as e:
        raise AnfrageError.single(path, f"a part of the document is broken XML: {e}") from None
    if "word/document.xml" not in parts:
        raise AnfrageError.single(path, "not a Word document (.docx): it has no word/document.xml")
    body = parts["word/document.xml"].find(f"{W}body")
    doc = Document(path, _blocks_of(body) if body is not None else [], parts=parts)
    styles = parts.get("word/styles.xml")
    for s in styles.iter(f"{W}style") if styles is not None else []:
        sid = s.get(f"{W}styleId") or ""
        name = s.find(f"{W}name")
        numbered = s.find(f"{W}pPr/{W}numPr") is not None
        doc.styles[sid] = (name.get(f"{W}val") or sid if name is not None else sid, numbered)
        if s.get(f"{W}type") == "paragraph" and s.get(f"{W}default") in ("1", "true"):
            doc.default_style = sid
    return doc


def _blocks_of(parent: etree._Element) -> list[etree._Element]:
    out: list[etree._Element] = []
    for child in parent:
        if child.tag in (f"{W}p", f"{W}tbl"):
            out.append(child)
        elif child.tag in (f"{W}sdt", f"{W}customXml", f"{W}sdtContent", *_DROPPED):
            if child.tag not in _DROPPED:
                out += _blocks_of(child)
        elif child.tag in (f"{W}ins", f"{W}moveTo"):
            out += _blocks_of(child)
    return out


def paragraph_text(p: etree._Element) -> str:
    """The text of one paragraph with the changes accepted: tabs as '\\t', breaks as '\\n'."""
    out: list[str] = []
    for e in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        if _nearest_paragraph(e) is not p or any(a.tag in _DROPPED for a in e.iterancestors()):
            continue
        if e.tag == f"{W}t":
            out.append(e.text or "")
        elif e.tag == f"{W}tab":
            if e.getparent() is not None and e.getparent().tag == f"{W}r":
                out.append("\t")
        elif e.tag == f"{W}noBreakHyphen":
            out.append("-")
        elif e.get(f"{W}type") in (None, "textWrapping"):
            out.append("\n")
    return "".join(out)


def _nearest_paragraph(e: etree._Element) -> etree._Element | None:
    return next(e.iterancestors(f"{W}p"), None)


def _style_id(doc: Document, p: etree._Element) -> str:
    s = p.find(f"{W}pPr/{W}pStyle")
    return (s.get(f"{W}val") or "") if s is not None else doc.default_style


def _mark_deleted(p: etree._Element) -> bool:
    """Whether the paragraph's mark is a tracked deletion: accepted, it joins the next."""
    return p.find(f"{W}pPr/{W}rPr/{W}del") is not None


def blocks(doc: Document) -> list[Block]:
    """The body's paragraphs and tables in order, with every tracked change accepted."""
    out: list[Block] = []
    carried = ""
    for i, e in enumerate(doc.body):
        if e.tag == f"{W}tbl":
            rows = [
                [
                    " ".join(t for t in (paragraph_text(p).strip() for p in tc.iter(f"{W}p")) if t)
                    for tc in tr.iter(f"{W}tc")
                ]
                for tr in e.iter(f"{W}tr")
                if tr.find(f"{W}trPr/{W}del") is None
            ]
            out.append(Table(i, rows))
            continue
        text = carried + paragraph_text(e)
        if _mark_deleted(e) and i + 1 < len(doc.body) and doc.body[i + 1].tag == f"{W}p":
            carried = text
            continue
        carried = ""
        sid = _style_id(doc, e)
        name, numbered = doc.styles.get(sid, (sid, False))
        num = e.find(f"{W}pPr/{W}numPr")
        num_id = num.find(f"{W}numId") if num is not None else None
        direct = num_id is not None and num_id.get(f"{W}val") not in (None, "0")
        listed = direct or (numbered and num is None)
        listed = listed or any(k in name.lower() for k in _LIST_NAMES)
        level = num.find(f"{W}ilvl") if num is not None else None
        depth = int(level.get(f"{W}val") or 0) if level is not None else 0
        out.append(Paragraph(i, name, text, listed, depth))
    return out


def _block_of(doc: Document, e: etree._Element) -> int:
    ancestors = {id(a): a for a in e.iterancestors()}
    for i, b in enumerate(doc.body):
        if b is e or id(b) in ancestors:
            return i
    return -1


def _text(e: etree._Element) -> str:
    return "".join(t.text or "" for t in e.iter(f"{W}t", f"{W}delText", f"{W}instrText"))


def changes(doc: Document) -> list[Change]:
    """Every tracked change left in the body, in document order."""
    root = doc.parts["word/document.xml"]
    kinds = {
        f"{W}ins": "insertion",
        f"{W}del": "deletion",
        f"{W}moveFrom": "move",
        f"{W}moveTo": "move",
        f"{W}pPrChange": "formatting",
        f"{W}rPrChange": "formatting",
        f"{W}tblPrChange": "formatting",
        f"{W}trPrChange": "formatting",
        f"{W}tcPrChange": "formatting",
        f"{W}cellIns": "insertion",
        f"{W}cellDel": "deletion",
    }
    out = []
    for e in root.iter(*kinds):
        parent = e.getparent()
        kind = kinds[e.tag]
        if parent is not None and parent.tag == f"{W}rPr":
            grand = parent.getparent()
            if grand is None or grand.tag != f"{W}pPr":
                continue  # a run's own insertion mark: its w:ins parent is reported
            kind = "paragraph mark"
        author, when = e.get(f"{W}author") or "", e.get(f"{W}date") or ""
        out.append(Change(kind, author, when, _text(e), _block_of(doc, e)))
    return out


def comments(doc: Document) -> list[Comment]:
    """Every comment, with the block its range starts in and whether it is marked done."""
    part = doc.parts.get("word/comments.xml")
    if part is None:
        return []
    done: set[str] = set()
    extended = doc.parts.get("word/commentsExtended.xml")
    for ex in extended.iter(f"{W15}commentEx") if extended is not None else []:
        if ex.get(f"{W15}done") in ("1", "true"):
            done.add(ex.get(f"{W15}paraId") or "")
    where: dict[str, int] = {}
    root = doc.parts["word/document.xml"]
    for tag in (f"{W}commentReference", f"{W}commentRangeStart"):
        for e in root.iter(tag):
            where[e.get(f"{W}id") or ""] = _block_of(doc, e)
    out = []
    for c in part.iter(f"{W}comment"):
        cid = c.get(f"{W}id") or ""
        paras = c.findall(f".//{W}p")
        last = paras[-1].get(f"{W14}paraId") if paras else None
        text = "\n".join(paragraph_text(p) for p in paras)
        author, when = c.get(f"{W}author") or "", c.get(f"{W}date") or ""
        out.append(Comment(cid, author, when, text, where.get(cid, -1), last in done))
    return out


def subject(doc: Document) -> str:
    """The document's title and subject (core properties), joined by ' – '."""
    core = doc.parts.get("docProps/core.xml")
    if core is None:
        return ""
    found = [core.find(f"{DC}title"), core.find(f"{DC}subject")]
    return " – ".join(e.text for e in found if e is not None and e.text)
