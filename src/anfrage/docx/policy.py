"""What of a template may go into a draft, and what may not: the allowlist.

Templates arrive by e-mail like any other input. The draft may contain only what anfrage puts
there, so every part is classified by its content type (the allowlist below):

- kept: the document, its headers, footers, foot- and endnotes, styles, numbering, settings,
  fonts, theme and raster pictures;
- dropped, with a note: the template's comments, custom properties, thumbnail, custom XML,
  building blocks (glossary), printer settings and toolbar customisations. None of them is
  text of the draft. Its core properties come from the inquiry alone, and its application
  properties (company, manager, template path) are anfrage's own;
- refused, with a message naming the part: macros, OLE objects, embedded packages, ActiveX,
  altChunk imports, charts and diagrams, SVG pictures, unknown parts, tracked changes,
  fields that fetch or run something (INCLUDEPICTURE, INCLUDETEXT, LINK, DDE, DDEAUTO), and
  every relationship to an external target except a hyperlink to an http, https or mailto
  address. Hyperlinks are text a template may legitimately carry (a ministry's web address
  in a footer), and neither rendering nor LibreOffice's PDF conversion fetches them; an
  external attachedTemplate (a Word template path, often a UNC share) is removed, because
  nothing of it is in the draft.
"""

from __future__ import annotations

import re

_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
MAIN = _WML + "document.main+xml"
TEMPLATE_MAIN = _WML + "template.main+xml"  # a .dotx: its main part is written as a document
COMMENTS = _WML + "comments+xml"
TEMPLATED = frozenset(
    {
        MAIN,
        TEMPLATE_MAIN,
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
DROP = {
    "application/vnd.openxmlformats-officedocument.custom-properties+xml": (
        "the template's custom document properties"
    ),
    COMMENTS: "the template's comments",
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
DROP_RELATIONS = {
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
REFUSED_RELATIONS = {_OD + "aFChunk": "an imported file (altChunk)"}
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


def part_problem(name: str, ctype: str) -> str | None:
    """Why the part `name` of content type `ctype` is refused, or None if it is not."""
    if ctype in DROP or ctype in _KEEP:
        return None
    reason = next((r for k, r in _DANGER.items() if k.lower() in ctype.lower()), None)
    if reason is None and name.lower().startswith("customxml/"):
        return None  # custom XML items (application/xml): dropped with their relation
    return (
        f"{name} is {reason or 'a part anfrage does not know'} ({ctype}); remove it in "
        "Word or LibreOffice and save the template again"
    )


KEEP, REMOVE, REFUSE = "keep", "remove", "refuse"


def external(kind: str, target: str) -> tuple[str, str]:
    """The verdict on an external or refused relationship of type `kind`: KEEP, REMOVE with
    a note, or REFUSE with the message's predicate."""
    if kind in REFUSED_RELATIONS:
        return REFUSE, (
            f"holds {REFUSED_RELATIONS[kind]} ({target}); remove it in Word and save the "
            "template again"
        )
    if kind == HYPERLINK and _SAFE_LINK.match(target):
        return KEEP, ""
    if kind == ATTACHED_TEMPLATE:
        return REMOVE, "the link to an external Word template"
    return REFUSE, (
        f"links to an external {kind.rsplit('/', 1)[-1]} at {target!r}, which would be "
        "fetched when the draft is opened or converted; insert the content into the "
        "template instead of linking it"
    )


_REVISION = re.compile(r"<w:(?:ins|del|moveFrom|moveTo)[\s>]")
_INSTRUCTION = re.compile(r"<w:instrText(?:\s[^>]*)?>([^<]*)</w:instrText>|\sw:instr=\"([^\"]*)\"")
_FETCHING = re.compile(r"\b(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT)\b", re.IGNORECASE)


def content_problem(name: str, xml: str) -> str | None:
    """Why the content of the templated part `name` is refused: tracked changes (deleted text
    would travel into the draft, hidden), or a field that includes a file or URL or starts a
    program (DDEAUTO) when the draft is opened, updated or converted."""
    if _REVISION.search(xml):
        return (
            f"{name} holds tracked changes; accept or reject them in Word (Review > Accept "
            "all changes) and save the template again"
        )
    # an instruction may be split over runs ("DDE", "AUTO"): the part's pieces joined
    instructions = "".join(a or b for a, b in _INSTRUCTION.findall(xml))
    found = _FETCHING.search(instructions)
    if found is None:
        return None
    return (
        f"{name} holds a {found[1].upper()} field, which fetches a file or starts a program "
        "when the draft is opened or converted; remove the field from the template"
    )
