# ruff: noqa: E501 -- literal OOXML parts
"""The package parts of the shipped templates other than the body: styles, numbering,
settings, content types, relationships, footnotes and core properties, and the zip writer.
build_templates.py assembles the body from these helpers."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FIXED = (1980, 1, 1, 0, 0, 0)


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def spacing(before: int = 0, after: int = 200) -> str:
    return f'<w:spacing w:before="{before}" w:after="{after}" w:line="276" w:lineRule="auto"/>'


def header(*paragraphs: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:hdr xmlns:w="{W}" xmlns:r="{R}">{"".join(paragraphs) or "<w:p/>"}</w:hdr>'
    )


def style(
    sid: str,
    name: str,
    ppr: str = "",
    rpr: str = "",
    kind: str = "paragraph",
    based: str = "Standard",
    nxt: str = "",
) -> str:
    based_on = f'<w:basedOn w:val="{based}"/>' if based and sid != based else ""
    next_style = f'<w:next w:val="{nxt}"/>' if nxt else ""
    return (
        f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/>{based_on}'
        f"{next_style}<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>"
    )


def tabs(*stops: tuple[str, int]) -> str:
    return "<w:tabs>" + "".join(f'<w:tab w:val="{k}" w:pos="{p}"/>' for k, p in stops) + "</w:tabs>"


def border(size: int) -> str:
    return f'<w:pBdr><w:bottom w:val="single" w:sz="{size}" w:space="4" w:color="auto"/></w:pBdr>'


def outline(level: int) -> str:
    """A heading level: Word's navigation pane and the PDF's tags (H1, H2, …) follow it."""
    return f'<w:outlineLvl w:val="{level}"/>'


WHOLE = "<w:suppressAutoHyphens/>"
"""Words left whole: titles and headers are not hyphenated."""
KEEP = "<w:keepNext/><w:keepLines/>"
"""Never the last lines of a page on their own: headings, questions, signature blocks."""


def styles(
    label_width: int = 567, small_questions: bool = False, looks: dict[str, str] | None = None
) -> str:
    """The styles part. Children of w:pPr and w:rPr follow the schema's order, which Word
    enforces: keepNext, keepLines, widowControl, numPr, pBdr, tabs, spacing, ind,
    contextualSpacing, jc, outlineLvl; b, i, caps, spacing, sz, u, lang. `looks` maps a style
    id to a whole style of a parliament's own: it replaces the shared one, or is added."""
    small = '<w:sz w:val="18"/>' if small_questions else ""
    center = '<w:jc w:val="center"/>'
    right = tabs(("right", 9070))
    hang = f'<w:ind w:left="{label_width}" w:hanging="{label_width}"/>'
    sub = label_width + 567
    items = [
        style(
            "Standard",
            "Normal",
            "<w:widowControl/>" + spacing(),
            '<w:sz w:val="22"/><w:lang w:val="de-DE"/>',
            based="",
        ),
        style(
            "Uebermittlung",
            "Übermittlungsvermerk",
            border(4) + spacing(after=480),
            '<w:i/><w:sz w:val="18"/>',
        ),
        style("Kopf", "Kopf", right + WHOLE + spacing(after=0), "<w:b/>"),
        style("Kopfunten", "Kopf Wahlperiode", border(8) + right + spacing(after=600)),
        style(
            "Dokumentart",
            "Dokumentart",
            WHOLE + spacing(240, 120) + center,
            '<w:b/><w:caps/><w:spacing w:val="20"/><w:sz w:val="26"/>',
        ),
        # The centred title block is set without hyphens, like the reference.
        style("Titelzeile", "Titelzeile", WHOLE + spacing(after=120) + center),
        style(
            "Titel",
            "Titel der Anfrage",
            "<w:keepNext/>" + WHOLE + spacing(240, 240) + center + outline(0),
            '<w:b/><w:sz w:val="24"/>',
        ),
        # Questions are left-aligned: justified text stretches a line that ends in a break.
        style(
            "Frage",
            "Frage",
            KEEP + tabs(("left", label_width)) + spacing(240, 120) + hang + outline(1),
            "<w:b/>" + small,
            nxt="Antwort",
        ),
        style(
            "Unterfrage",
            "Unterfrage",
            KEEP
            + tabs(("left", sub))
            + spacing(after=120)
            + f'<w:ind w:left="{sub}" w:hanging="567"/>'
            + outline(2),
            "<w:b/>" + small,
            nxt="Antwort",
        ),
        style("Fragetext", "Fragetext", '<w:keepNext/><w:jc w:val="both"/>', small),
        style("Antwort", "Antwort", '<w:jc w:val="both"/>'),
        style(
            "Antwortkennung",
            "Antwortkennung",
            KEEP + spacing(120, 60),
            "<w:b/>",
            nxt="Antwort",
        ),
        style(
            "Zwischenueberschrift",
            "Zwischenüberschrift",
            KEEP + spacing(240, 120) + outline(1),
            '<w:u w:val="single"/>',
            nxt="Antwort",
        ),
        style("Gruppe", "Gruppe", KEEP + spacing(after=0), "<w:b/>"),
        style(
            "Aufzaehlung",
            "Aufzählung",
            # Items stand close; a blank line follows the last (contextual spacing).
            '<w:numPr><w:numId w:val="1"/></w:numPr>'
            + spacing(after=200)
            + '<w:ind w:left="567" w:hanging="283"/><w:contextualSpacing/>',
        ),
        style(
            "Zeile",
            "Datenzeile",
            spacing(after=200) + '<w:ind w:left="567"/><w:contextualSpacing/>',
        ),
        style("Tabellentext", "Tabellentext", spacing(after=0), '<w:sz w:val="20"/>'),
        style(
            "Tabellenabstand",
            "Tabellenabstand",
            '<w:spacing w:before="0" w:after="200" w:line="240" w:lineRule="auto"/>',
            '<w:sz w:val="2"/><w:szCs w:val="2"/>',
        ),
        style(
            "Tabellenkopf",
            "Tabellenkopf",
            spacing(after=0),
            '<w:b/><w:sz w:val="20"/>',
            based="Tabellentext",
        ),
        style("Absender", "Absender", "<w:keepNext/>" + spacing(after=0), "<w:b/>"),
        style("Anschrift", "Anschrift", spacing(after=0)),
        style("Datumzeile", "Datumzeile", KEEP + spacing(240, 240) + '<w:jc w:val="right"/>'),
        style("Betreff", "Betreff", KEEP + spacing(after=0), "<w:b/>"),
        style("Unterschrift", "Unterschrift", KEEP + spacing(240, 0)),
        style("VS", "VS-Kennzeichnung", spacing(after=0) + center, "<w:b/><w:caps/>"),
        style(
            "Zulieferung",
            "Zulieferung",
            '<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="auto"/>'
            '<w:left w:val="single" w:sz="8" w:space="4" w:color="auto"/>'
            '<w:bottom w:val="single" w:sz="8" w:space="4" w:color="auto"/>'
            '<w:right w:val="single" w:sz="8" w:space="4" w:color="auto"/></w:pBdr>'
            + spacing(after=360)
            + center,
            "<w:b/>",
        ),
        style(
            "Kopfzeile",
            "header",
            tabs(("center", 4536), ("right", 9070)) + spacing(after=0),
            '<w:sz w:val="18"/>',
        ),
        style("Fussnotentext", "footnote text", spacing(after=0), '<w:sz w:val="16"/>'),
        (
            '<w:style w:type="character" w:styleId="Fussnotenzeichen"><w:name w:val="footnote '
            'reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        ),
        (
            '<w:style w:type="table" w:styleId="Tabelle"><w:name w:val="Tabelle"/><w:tblPr>'
            "<w:tblBorders>"
            + "".join(
                f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                for e in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + '</w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" '
            'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        ),
    ]
    if looks:
        own = dict(looks)
        items = [own.pop(_style_id(x), x) for x in items] + list(own.values())
    defaults = (
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
        'w:cs="Arial" w:eastAsia="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="de-DE"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:styles xmlns:w="{W}">{defaults}{"".join(items)}</w:styles>'
    )


def _style_id(xml: str) -> str:
    return xml.split('w:styleId="', 1)[1].split('"', 1)[0]


def numbering() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W}">'
        '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:pStyle w:val="Aufzaehlung"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def content_types(footnotes: bool) -> str:
    overrides = {
        "/word/document.xml": f"{CT}.document.main+xml",
        "/word/styles.xml": f"{CT}.styles+xml",
        "/word/numbering.xml": f"{CT}.numbering+xml",
        "/word/settings.xml": f"{CT}.settings+xml",
        "/word/header1.xml": f"{CT}.header+xml",
        "/word/header2.xml": f"{CT}.header+xml",
        "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
        "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
    }
    if footnotes:
        overrides["/word/footnotes.xml"] = f"{CT}.footnotes+xml"
    items = "".join(f'<Override PartName="{k}" ContentType="{v}"/>' for k, v in overrides.items())
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas'
        '.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType='
        '"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
        f'ContentType="application/xml"/>{items}</Types>'
    )


def document_rels(footnotes: bool) -> str:
    rels = {
        "rIdStyles": ("styles", "styles.xml"),
        "rIdNumbering": ("numbering", "numbering.xml"),
        "rIdSettings": ("settings", "settings.xml"),
        "rIdHeader": ("header", "header1.xml"),
        "rIdFirst": ("header", "header2.xml"),
    }
    if footnotes:
        rels["rIdFootnotes"] = ("footnotes", "footnotes.xml")
    items = "".join(
        f'<Relationship Id="{i}" Type="{RT}/{t}" Target="{f}"/>' for i, (t, f) in rels.items()
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http:'
        f'//schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>'
    )


def footnotes_part(text: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        '<w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:pPr>'
        '<w:pStyle w:val="Fussnotentext"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Fussnotenzeichen"/>'
        f'</w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>{run(text)}'
        "</w:p></w:footnote></w:footnotes>"
    )


ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""

# Hyphenation as in print (the answers are justified): at most two hyphens in a row, a
# 0.75 cm zone, words in capitals left whole ('LANDTAG MECKLENBURG-VORPOMMERN').
SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W}"><w:defaultTabStop w:val="709"/><w:autoHyphenation/><w:consecutiveHyphenLimit w:val="2"/><w:hyphenationZone w:val="425"/><w:doNotHyphenateCaps/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="de-DE"/></w:settings>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Antwort auf eine Kleine Anfrage</dc:title><dc:creator>anfrage</dc:creator></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>anfrage</Application></Properties>"""


def write_docx(
    target: Path,
    document_xml: str,
    header_xml: str,
    *,
    first_header: str | None = None,
    footnote: str | None = None,
    label_width: int = 567,
    small_questions: bool = False,
    looks: dict[str, str] | None = None,
) -> None:
    parts = {
        "[Content_Types].xml": content_types(footnote is not None),
        "_rels/.rels": ROOT_RELS,
        "word/document.xml": document_xml,
        "word/_rels/document.xml.rels": document_rels(footnote is not None),
        "word/styles.xml": styles(label_width, small_questions, looks),
        "word/numbering.xml": numbering(),
        "word/settings.xml": SETTINGS,
        "word/header1.xml": header_xml,
        "word/header2.xml": first_header or header(),
        "docProps/core.xml": CORE,
        "docProps/app.xml": APP,
    }
    if footnote is not None:
        parts["word/footnotes.xml"] = footnotes_part(footnote)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, FIXED), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
