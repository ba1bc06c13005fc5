"""The answer spaces of a contribution request: each paragraph the draft opened with the
internal mark (anfrage.draft.request.SPACE) is set in the paragraph style 'Antwortraum',
which is added to the document when its template has none. Works with any template, since
the mark travels in the text, not in the template's branches."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from anfrage.docx.ooxml import W_NS, W, child
from anfrage.formatting import MARK_ID_END

STYLE = "Antwortraum"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def _style(based_on: str | None) -> etree._Element:
    """A framed, lightly shaded paragraph style after the answer text's own style."""
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    xml = (
        f'<w:style xmlns:w="{W_NS}" w:type="paragraph" w:customStyle="1" w:styleId="{STYLE}">'
        f'<w:name w:val="{STYLE}"/>{based}<w:next w:val="{STYLE}"/><w:qFormat/><w:pPr>'
        '<w:pBdr><w:left w:val="single" w:sz="18" w:space="8" w:color="2F5496"/></w:pBdr>'
        '<w:shd w:val="clear" w:color="auto" w:fill="EAF1FB"/><w:ind w:left="170"/></w:pPr>'
        "</w:style>"
    )
    return etree.fromstring(xml, _PARSER)


def mark(data: bytes) -> bytes:
    """The rendered .docx `data` with its answer spaces styled and their marks removed; the
    same bytes when it has none."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = z.infolist()
        members = {i.filename: z.read(i) for i in infos}
    body = members.get("word/document.xml", b"")
    if MARK_ID_END.encode("utf-8") not in body:
        return data
    tree = etree.fromstring(body, _PARSER)
    based_on: str | None = None
    for t in list(tree.iter(f"{W}t")):
        if not t.text or MARK_ID_END not in t.text:
            continue
        t.text = t.text.replace(MARK_ID_END, "")
        p = next((a for a in t.iterancestors(f"{W}p")), None)
        if p is None:
            continue
        pstyle = child(child(p, "pPr"), "pStyle")
        based_on = based_on or pstyle.get(f"{W}val")
        pstyle.set(f"{W}val", STYLE)
    members["word/document.xml"] = etree.tostring(
        tree, xml_declaration=True, encoding="UTF-8", standalone=True
    )
    if "word/styles.xml" in members:
        styles = etree.fromstring(members["word/styles.xml"], _PARSER)
        known = {s.get(f"{W}styleId") for s in styles.iter(f"{W}style")}
        if STYLE not in known:
            styles.append(_style(based_on if based_on != STYLE else None))
            members["word/styles.xml"] = etree.tostring(
                styles, xml_declaration=True, encoding="UTF-8", standalone=True
            )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in infos:
            z.writestr(info, members[info.filename], compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
