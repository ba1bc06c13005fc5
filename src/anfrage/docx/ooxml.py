"""The WordprocessingML namespaces, and finding or adding a child where the schema puts it."""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W, R = f"{{{W_NS}}}", f"{{{R_NS}}}"
"""Clark-notation prefixes: f"{W}p" is <w:p>."""


def child(parent: etree._Element, name: str, before: tuple[str, ...] = ()) -> etree._Element:
    """The child <w:name> of `parent`; a new one where there is none, placed after the last
    child whose name is in `before` (the children the schema puts before it), else first."""
    found = parent.find(f"{W}{name}")
    if found is not None:
        return found
    element = etree.Element(f"{W}{name}")
    anchor = None
    for existing in parent:
        if etree.QName(existing).localname in before:
            anchor = existing
    if anchor is None:
        parent.insert(0, element)
    else:
        anchor.addnext(element)
    return element
