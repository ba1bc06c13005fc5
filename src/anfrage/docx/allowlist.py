"""The draft's package made from a checked template: only what anfrage puts there.

`package` decides which parts and relationships go; here they are taken out, with what points
at them: relationship entries, content-type overrides, the elements that use a removed
relationship id (an attachedTemplate in the settings), and the comment anchors of removed
comments. The application properties are anfrage's own; the core properties get a part of
their own when the template has none, for the renderer to fill from the inquiry.
"""

from __future__ import annotations

from lxml import etree

from anfrage.docx.package import CONTENT_TYPES, Package
from anfrage.docx.policy import APP, CORE, MAIN, TEMPLATE_MAIN, TEMPLATED

APP_XML = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas'
    b'.openxmlformats.org/officeDocument/2006/extended-properties"><Application>anfrage'
    b"</Application></Properties>"
)
CORE_NAME = "docProps/core.xml"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_CORE_RELATION = (
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
)
_ANCHORS = {_W + "commentRangeStart", _W + "commentRangeEnd", _W + "commentReference"}
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def draft_members(checked: Package) -> tuple[list[tuple[str, bytes]], str]:
    """The members of the draft, in the template's order, and the name of the core properties
    part (its body is a placeholder the renderer replaces)."""
    core = next((n for n, t in checked.types.items() if t == CORE and n not in checked.dropped), "")
    removed_by_source = {_source_of(rels): ids for rels, ids in checked.removed.items()}
    out: list[tuple[str, bytes]] = []
    for name, body in checked.members.items():
        if name in checked.dropped:
            continue
        ctype = checked.types.get(name)
        if name in checked.removed or (not core and name == "_rels/.rels"):
            body = _relations(body, checked.removed.get(name, set()), add_core=not core)
        elif name == CONTENT_TYPES:
            body = _content_types(body, checked, add_core=not core)
        elif ctype == APP:
            body = APP_XML
        if name in removed_by_source or (checked.had_comments and ctype in TEMPLATED):
            body = _without_references(body, removed_by_source.get(name, set()))
        out.append((name, body))
    if not core:
        core = CORE_NAME
        out.append((core, b""))
    return out, core


def _relations(body: bytes, ids: set[str], *, add_core: bool) -> bytes:
    root = etree.fromstring(body, _PARSER)
    for rel in list(root.iter(_PR + "Relationship")):
        if rel.get("Id") in ids:
            root.remove(rel)
    if add_core:
        taken = {r.get("Id") for r in root.iter(_PR + "Relationship")}
        rid = next(f"rIdCore{n}" for n in range(len(taken) + 1) if f"rIdCore{n}" not in taken)
        etree.SubElement(root, _PR + "Relationship", Id=rid, Type=_CORE_RELATION, Target=CORE_NAME)
    return _serialise(root)


def _content_types(body: bytes, checked: Package, *, add_core: bool) -> bytes:
    dropped = {"/" + n.lower() for n in checked.dropped}
    if not dropped and not add_core and TEMPLATE_MAIN not in checked.types.values():
        return body
    root = etree.fromstring(body, _PARSER)
    for override in list(root.iter(_CT + "Override")):
        if (override.get("PartName") or "").lower() in dropped:
            root.remove(override)
        elif override.get("ContentType") == TEMPLATE_MAIN:
            override.set("ContentType", MAIN)  # the draft is a document, not a template
    if add_core:
        etree.SubElement(root, _CT + "Override", PartName="/" + CORE_NAME, ContentType=CORE)
    return _serialise(root)


def _without_references(body: bytes, ids: set[str]) -> bytes:
    """The part without comment anchors and without elements that use one of `ids`."""
    root = etree.fromstring(body, _PARSER)
    doomed = [
        e
        for e in root.iter()
        if e.tag in _ANCHORS
        or any(k.startswith("{" + _R + "}") and v in ids for k, v in e.attrib.items())
    ]
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    return _serialise(root)


def _source_of(rels: str) -> str:
    folder, _, name = rels.rpartition("_rels/")
    return folder + name.removesuffix(".rels")


def _serialise(root: etree._Element) -> bytes:
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data
