"""The review copy's marking: "Prüfexemplar – nicht zur Versendung" in the header of every
page, so a copy with source comments is never mistaken for the answer to send.

Every header a section uses gets the marking as its first paragraph; a section without a
header of its own (no default header, or no first-page header while its first page differs)
gets a new header part holding only the marking.
"""

from __future__ import annotations

from lxml import etree

from anfrage.docx.ooxml import R_NS, W_NS, R, W

MARKING = "Prüfexemplar – nicht zur Versendung"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_HEADER_TYPE = f"{R_NS}/header"
_HEADER_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
_RELS = "word/_rels/document.xml.rels"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def paragraph() -> etree._Element:
    """The marking: bold, centred, in dark red, above whatever the header holds."""
    p = etree.Element(f"{W}p", nsmap={"w": W_NS})
    etree.SubElement(etree.SubElement(p, f"{W}pPr"), f"{W}jc").set(f"{W}val", "center")
    r = etree.SubElement(p, f"{W}r")
    rpr = etree.SubElement(r, f"{W}rPr")
    etree.SubElement(rpr, f"{W}b")
    etree.SubElement(rpr, f"{W}color").set(f"{W}val", "C00000")
    t = etree.SubElement(r, f"{W}t")
    t.text = MARKING
    return p


def _xml(tree: etree._Element) -> bytes:
    data: bytes = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


def mark(members: dict[str, bytes]) -> None:
    """Put the marking into the header of every page of the package in `members`."""
    document = etree.fromstring(members["word/document.xml"], _PARSER)
    rels = etree.fromstring(members[_RELS], _PARSER)
    targets = {
        rel.get("Id"): "word/" + (rel.get("Target") or "").lstrip("/").removeprefix("word/")
        for rel in rels
        if rel.get("Type") == _HEADER_TYPE
    }
    marked: set[str] = set()
    for section in document.iter(f"{W}sectPr"):
        kinds = {"default"} | ({"first"} if section.find(f"{W}titlePg") is not None else set())
        for reference in section.findall(f"{W}headerReference"):
            kinds.discard(reference.get(f"{W}type") or "default")
            part = targets.get(reference.get(f"{R}id"))
            if part in members and part not in marked:
                header = etree.fromstring(members[part], _PARSER)
                header.insert(0, paragraph())
                members[part] = _xml(header)
                marked.add(part)
        for kind in sorted(kinds):
            _add_header(members, rels, section, kind)
    members[_RELS] = _xml(rels)
    members["word/document.xml"] = _xml(document)


def _add_header(
    members: dict[str, bytes], rels: etree._Element, section: etree._Element, kind: str
) -> None:
    """A new header part holding only the marking, used by `section` for `kind` pages."""
    n = 1
    while f"word/header-pruefexemplar{n}.xml" in members:
        n += 1
    name = f"header-pruefexemplar{n}.xml"
    header = etree.Element(f"{W}hdr", nsmap={"w": W_NS, "r": R_NS})
    header.append(paragraph())
    members[f"word/{name}"] = _xml(header)
    ids = {rel.get("Id") for rel in rels}
    rid = next(f"rIdPruef{i}" for i in range(1, len(ids) + 2) if f"rIdPruef{i}" not in ids)
    rel = etree.SubElement(rels, f"{{{_RELS_NS}}}Relationship")
    rel.set("Id", rid)
    rel.set("Type", _HEADER_TYPE)
    rel.set("Target", name)
    reference = etree.Element(f"{W}headerReference")
    reference.set(f"{W}type", kind)
    reference.set(f"{R}id", rid)
    section.insert(0, reference)  # header references lead the section's properties
    types = etree.fromstring(members["[Content_Types].xml"], _PARSER)
    override = etree.SubElement(types, f"{{{_TYPES_NS}}}Override")
    override.set("PartName", f"/word/{name}")
    override.set("ContentType", _HEADER_CONTENT)
    members["[Content_Types].xml"] = _xml(types)
