"""Builds the Word templates in this folder from plain OOXML.

Run `python templates/build_templates.py` after changing it. The .docx files are committed,
so a ministry can also open one in Word, restyle it (Format > Styles) and save it: anfrage
reads any .docx whose Jinja tags each stay within one run.

Writing the XML directly keeps the styles part small (python-docx's default template carries
hundreds of KB of latent styles that slow every render) and puts every tag in its own run.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FIXED = (1980, 1, 1, 0, 0, 0)


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def tab() -> str:
    return "<w:r><w:tab/></w:r>"


def para(style: str, *runs: str) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{"".join(runs)}</w:p>'


def tag(text: str) -> str:
    """A docxtpl paragraph tag such as {%p for … %}: a paragraph of its own."""
    return f"<w:p>{run(text)}</w:p>"


def cell(*paras: str, width: int = 2000) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(paras)}</w:tc>'


def row(*cells: str, header: bool = False) -> str:
    trpr = "<w:trPr><w:tblHeader/></w:trPr>" if header else ""
    return f"<w:tr>{trpr}{''.join(cells)}</w:tr>"


def table() -> str:
    """A table whose columns come from the paragraph's head and rows (docxtpl tr/tc loops)."""
    head = row(
        cell(para("Tabellentext", run("{%tc for k in a.kopf %}"))),
        cell(para("Tabellenkopf", run("{{ k }}"))),
        cell(para("Tabellentext", run("{%tc endfor %}"))),
        header=True,
    )
    start = row(cell(para("Tabellentext", run("{%tr for zeile in a.zeilen %}"))))
    body = row(
        cell(para("Tabellentext", run("{%tc for z in zeile %}"))),
        cell(para("Tabellentext", run("{{ z }}"))),
        cell(para("Tabellentext", run("{%tc endfor %}"))),
    )
    end = row(cell(para("Tabellentext", run("{%tr endfor %}"))))
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="Tabelle"/><w:tblW w:w="5000" w:type="pct"/>'
        '</w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/>'
        f'<w:gridCol w:w="2000"/></w:tblGrid>{head}{start}{body}{end}</w:tbl>'
    )


BRANCHES = [
    ("frage", lambda: para("Frage", run("{{ a.nummer }}"), tab(), run("{{ a.text }}"))),
    ("unterfrage", lambda: para("Unterfrage", run("{{ a.nummer }}"), tab(), run("{{ a.text }}"))),
    ("zwischenueberschrift", lambda: para("Zwischenueberschrift", run("{{ a.text }}"))),
    ("gruppe", lambda: para("Gruppe", run("{{ a.text }}"))),
    ("aufzaehlung", lambda: para("Aufzaehlung", run("{{ a.text }}"))),
    ("zeile", lambda: para("Zeile", run("{{ a.text }}"))),
    ("tabelle", table),
]


def body_loop() -> str:
    """One paragraph per kind of answer paragraph, chosen by `a.art`; the rest is 'Antwort'."""
    out = [tag("{%p for a in absaetze %}")]
    for i, (art, make) in enumerate(BRANCHES):
        out.append(tag(("{%p if" if i == 0 else "{%p elif") + f" a.art == '{art}' %}}"))
        out.append(make())
    out += [
        tag("{%p else %}"),
        para("Antwort", run("{{ a.text }}")),
        tag("{%p endif %}"),
        tag("{%p endfor %}"),
    ]
    return "".join(out)


def landtag_mv_document() -> str:
    body = [
        para("Uebermittlung", run("{{ uebermittlung }}")),
        para(
            "Kopf",
            run("LANDTAG MECKLENBURG-VORPOMMERN"),
            tab(),
            run("Drucksache "),
            run("{{ drucksache }}"),
        ),
        para(
            "Kopfunten", run("{{ wahlperiode }}"), run(". Wahlperiode"), tab(), run("{{ datum }}")
        ),
        para("Dokumentart", run("KLEINE ANFRAGE")),
        para("Titelzeile", run("{{ fragesteller }}")),
        para("Titel", run("{{ titel }}")),
        para("Titelzeile", run("und")),
        para("Dokumentart", run("ANTWORT")),
        para("Titelzeile", run("der "), run("{{ regierung }}")),
        body_loop(),
    ]
    sect = (
        '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
        '<w:headerReference w:type="first" r:id="rIdFirst"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1418" w:right="1418" w:bottom="1134" w:left="1418" w:header="709"'
        ' w:footer="709" w:gutter="0"/><w:titlePg/></w:sectPr>'
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{"".join(body)}{sect}'
        f"</w:body></w:document>"
    )


def header(*paragraphs: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:hdr xmlns:w="{W}" xmlns:r="{R}">{"".join(paragraphs) or "<w:p/>"}</w:hdr>'
    )


def page_number() -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
        ' PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def landtag_mv_header() -> str:
    return header(
        para(
            "Kopfzeile",
            run("Drucksache "),
            run("{{ drucksache }}"),
            tab(),
            run("Landtag Mecklenburg-Vorpommern - "),
            run("{{ wahlperiode }}"),
            run(". Wahlperiode"),
            tab(),
            page_number(),
        )
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


def styles() -> str:
    after = '<w:spacing w:before="0" w:after="200" w:line="276" w:lineRule="auto"/>'
    hanging = (
        '<w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs><w:ind w:left="567" w:hanging="567"/>'
    )
    center = '<w:jc w:val="center"/>'
    items = [
        style("Standard", "Normal", after, '<w:sz w:val="22"/>', based=""),
        style(
            "Uebermittlung",
            "Übermittlungsvermerk",
            '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>'
            '<w:spacing w:after="480"/>',
            '<w:i/><w:sz w:val="18"/>',
        ),
        style(
            "Kopf",
            "Kopf",
            '<w:tabs><w:tab w:val="right" w:pos="9070"/></w:tabs><w:spacing w:after="0"/>',
            "<w:b/>",
        ),
        style(
            "Kopfunten",
            "Kopf Wahlperiode",
            '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="auto"/></w:pBdr>'
            '<w:tabs><w:tab w:val="right" w:pos="9070"/></w:tabs><w:spacing w:after="600"/>',
        ),
        style(
            "Dokumentart",
            "Dokumentart",
            center + '<w:spacing w:before="240" w:after="120"/>',
            '<w:b/><w:caps/><w:spacing w:val="20"/><w:sz w:val="26"/>',
        ),
        style("Titelzeile", "Titelzeile", center + '<w:spacing w:after="120"/>'),
        style(
            "Titel",
            "Titel der Anfrage",
            center + '<w:spacing w:before="240" w:after="240"/>',
            '<w:b/><w:sz w:val="24"/>',
        ),
        # Questions are left-aligned: justified text stretches a line that ends in a break.
        style(
            "Frage",
            "Frage",
            hanging + '<w:keepNext/><w:spacing w:before="240" w:after="120"/>',
            "<w:b/>",
            nxt="Antwort",
        ),
        style(
            "Unterfrage",
            "Unterfrage",
            '<w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs>'
            '<w:ind w:left="1134" w:hanging="567"/><w:keepNext/><w:spacing w:after="120"/>',
            "<w:b/>",
            nxt="Antwort",
        ),
        style("Antwort", "Antwort", '<w:jc w:val="both"/>'),
        style(
            "Zwischenueberschrift",
            "Zwischenüberschrift",
            '<w:keepNext/><w:spacing w:before="240" w:after="120"/>',
            '<w:u w:val="single"/>',
            nxt="Antwort",
        ),
        style("Gruppe", "Gruppe", '<w:keepNext/><w:spacing w:after="0"/>', "<w:b/>"),
        style(
            "Aufzaehlung",
            "Aufzählung",
            '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/>'
            '<w:ind w:left="567" w:hanging="283"/>',
        ),
        style("Zeile", "Datenzeile", '<w:spacing w:after="60"/><w:ind w:left="567"/>'),
        style("Tabellentext", "Tabellentext", '<w:spacing w:after="0"/>', '<w:sz w:val="20"/>'),
        style(
            "Tabellenkopf",
            "Tabellenkopf",
            '<w:spacing w:after="0"/>',
            '<w:b/><w:sz w:val="20"/>',
            based="Tabellentext",
        ),
        style(
            "Kopfzeile",
            "header",
            '<w:tabs><w:tab w:val="center" w:pos="4536"/>'
            '<w:tab w:val="right" w:pos="9070"/></w:tabs><w:spacing w:after="0"/>',
            '<w:sz w:val="18"/>',
        ),
        (
            '<w:style w:type="table" w:styleId="Tabelle"><w:name w:val="Tabelle"/><w:tblPr>'
            "<w:tblBorders>"
            + "".join(
                f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + '</w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" '
            'w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        ),
    ]
    defaults = (
        '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" '
        'w:cs="Arial" w:eastAsia="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="de-DE"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:styles xmlns:w="{W}">{defaults}{"".join(items)}</w:styles>'
    )


def numbering() -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W}">'
        '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:pStyle w:val="Aufzaehlung"/><w:lvlText w:val="-"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="283"/></w:pPr></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W}"><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Antwort auf eine Kleine Anfrage</dc:title><dc:creator>anfrage</dc:creator></cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>anfrage</Application></Properties>"""


def write_docx(target: Path, document: str, header_xml: str) -> None:
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "word/document.xml": document,
        "word/_rels/document.xml.rels": DOC_RELS,
        "word/styles.xml": styles(),
        "word/numbering.xml": numbering(),
        "word/settings.xml": SETTINGS,
        "word/header1.xml": header_xml,
        "word/header2.xml": header(),
        "docProps/core.xml": CORE,
        "docProps/app.xml": APP,
    }
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(zipfile.ZipInfo(name, FIXED), text.encode("utf-8"), zipfile.ZIP_DEFLATED)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    write_docx(out / "landtag-mv.docx", landtag_mv_document(), landtag_mv_header())
    print(f"wrote {out / 'landtag-mv.docx'}")


if __name__ == "__main__":
    main()
