"""Word comments on the values taken from facts: where each figure came from, and how current.

The context wraps each fact value in internal marks (see formatting.marked); after rendering,
the runs holding marks are split, and each value gets a comment range and reference.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime
from xml.sax.saxutils import escape

from lxml import etree

from anfrage.docx.ooxml import W_NS, W
from anfrage.formatting import MARK_END, MARK_ID_END, MARK_START, clean_text

_TOKEN = re.compile(f"{MARK_START}(\\d+){MARK_ID_END}|{MARK_END}")
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


def _element(tag: str, **attrs: str) -> etree._Element:
    e = etree.Element(W + tag)
    for key, value in attrs.items():
        e.set(W + key, value)
    return e


class _Splitter:
    """Rebuilds one run as runs and comment range elements, at the marks in its text."""

    def __init__(self, rpr: etree._Element | None) -> None:
        self.rpr = rpr
        self.nodes: list[etree._Element] = []
        self.open: list[int] = []
        self.placed: list[int] = []
        self.current = _new_run(rpr)

    def flush(self) -> None:
        if len(self.current) > (1 if self.rpr is not None else 0):
            self.nodes.append(self.current)
        self.current = _new_run(self.rpr)

    def text(self, text: str) -> None:
        pos = 0
        for m in _TOKEN.finditer(text):
            _add_text(self.current, text[pos : m.start()])
            pos = m.end()
            self.flush()
            if m.group(1) is not None:
                self.open.append(int(m.group(1)))
                self.nodes.append(_element("commentRangeStart", id=m.group(1)))
            elif self.open:
                number = str(self.open.pop())
                self.nodes.append(_element("commentRangeEnd", id=number))
                reference = _new_run(None)
                reference.append(_element("commentReference", id=number))
                self.nodes.append(reference)
                self.placed.append(int(number))
        _add_text(self.current, text[pos:])


def place(tree: etree._Element) -> list[int]:
    """Replace the marks in the document's runs by comment ranges; returns the comment ids
    placed, in document order."""
    placed: list[int] = []
    for run in list(tree.iter(W + "r")):
        if not any(
            t.text and (MARK_START in t.text or MARK_END in t.text) for t in run.iter(W + "t")
        ):
            continue
        splitter = _Splitter(run.find(W + "rPr"))
        for child in run:
            if child.tag == W + "t":
                splitter.text(child.text or "")
            elif child.tag != W + "rPr":
                splitter.current.append(copy.deepcopy(child))
        splitter.flush()
        anchor = run  # addnext, not parent.index: linear in a paragraph with many values
        for node in splitter.nodes:
            anchor.addnext(node)
            anchor = node
        run.getparent().remove(run)
        placed += splitter.placed
    return placed


def strip(xml: str) -> str:
    """The marks removed, for parts that cannot hold comments (headers, footnotes)."""
    return _TOKEN.sub("", xml)


def _new_run(rpr: etree._Element | None) -> etree._Element:
    run = etree.Element(W + "r")
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    return run


def _add_text(run: etree._Element, text: str) -> None:
    if text:
        t = etree.SubElement(run, W + "t")
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def part(notes: dict[int, list[str]], when: datetime) -> bytes:
    """word/comments.xml with one comment per id; each line of a note is a paragraph. Control
    characters (which XML cannot hold) are removed, as everywhere in the draft."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    items = []
    for number in sorted(notes):
        paragraphs = "".join(
            f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
            for line in notes[number]
            for text in clean_text(line).split("\n")
        )
        items.append(
            f'<w:comment w:id="{number}" w:author="anfrage" w:initials="AF" '
            f'w:date="{stamp}">{paragraphs}</w:comment>'
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W_NS}">'
        f"{''.join(items)}</w:comments>"
    ).encode()


def register(content_types: bytes, rels: bytes) -> tuple[bytes, bytes]:
    """[Content_Types].xml and the document's relationships with the comments part added."""
    types = content_types.decode("utf-8")
    if "/word/comments.xml" not in types:
        types = types.replace(
            "</Types>",
            f'<Override PartName="/word/comments.xml" ContentType="{CONTENT_TYPE}"/></Types>',
        )
    relations = rels.decode("utf-8")
    if RELATIONSHIP not in relations:
        relations = relations.replace(
            "</Relationships>",
            f'<Relationship Id="rIdAnfrageComments" '
            f'Type="{RELATIONSHIP}" Target="comments.xml"/>'
            "</Relationships>",
        )
    return types.encode("utf-8"), relations.encode("utf-8")
