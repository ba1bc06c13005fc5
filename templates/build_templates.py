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
from typing import Any
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FIXED = (1980, 1, 1, 0, 0, 0)
NBSP = "\u00a0"
"""A no-break space in literal text: 'Drucksache 7/817' or 'Nr. 612' never wraps."""


def run(text: str, props: str = "") -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def spacing(before: int = 0, after: int = 200) -> str:
    return f'<w:spacing w:before="{before}" w:after="{after}" w:line="276" w:lineRule="auto"/>'


def tab() -> str:
    return "<w:r><w:tab/></w:r>"


def para(style: str, *runs: str, ppr: str = "") -> str:
    """A paragraph; `ppr` adds direct formatting after the style (in the schema's order)."""
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{ppr}</w:pPr>{"".join(runs)}</w:p>'


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
    # The grid is set from the rendered cells (anfrage.docx.layout); the spacer paragraph
    # after the table gives the blank line of the reference and keeps two tables apart.
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="Tabelle"/><w:tblW w:w="5000" w:type="pct"/>'
        '</w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/>'
        f'<w:gridCol w:w="2000"/></w:tblGrid>{head}{start}{body}{end}</w:tbl>'
        + para("Tabellenabstand")
    )


BRANCHES = [
    ("frage", lambda: para("Frage", run("{{ a.nummer }}"), tab(), run("{{ a.text }}"))),
    ("unterfrage", lambda: para("Unterfrage", run("{{ a.nummer }}"), tab(), run("{{ a.text }}"))),
    ("zwischenueberschrift", lambda: para("Zwischenueberschrift", run("{{ a.text }}"))),
    ("gruppe", lambda: para("Gruppe", run("{{ a.text }}"))),
    ("aufzaehlung", lambda: para("Aufzaehlung", run("{{ a.text }}"))),
    ("zeile", lambda: para("Zeile", run("{{ a.text }}"))),
    ("antwortkennung", lambda: para("Antwortkennung", run("{{ a.text }}"))),
    ("fragetext", lambda: para("Fragetext", run("{{ a.text }}"))),
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


def line(style_id: str, *parts: str) -> str:
    """A paragraph of literal text and {{ tags }}, each part in its own run; '\t' is a tab."""
    return para(style_id, *(tab() if p == "\t" else run(p) for p in parts))


def closing(*lines: tuple[str, ...], style: str = "Unterschrift") -> str:
    """A signature block as one paragraph of lines, so it is kept together on one page:
    LibreOffice does not keep a chain of paragraphs together at the end of a document.
    A line that starts with '?name' shows only when `name` is not empty; '' is a blank line
    (room to sign)."""
    runs: list[str] = []
    for i, parts in enumerate(lines):
        condition = parts[0][1:] if parts and parts[0].startswith("?") else None
        body = [BREAK] if i else []
        body += [tab() if x == "\t" else run(x) for x in parts[1 if condition else 0 :] if x]
        if condition:
            body = [run(f"{{% if {condition} %}}"), *body, run("{% endif %}")]
        runs += body
    return para(style, *runs)


BREAK = "<w:r><w:br/></w:r>"


def only_if(variable: str, paragraph: str) -> str:
    """A paragraph shown only when the value is not empty."""
    return tag(f"{{%p if {variable} %}}") + paragraph + tag("{%p endif %}")


def footnote_reference() -> str:
    return '<w:r><w:rPr><w:rStyle w:val="Fussnotenzeichen"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'


def document(front: list[str], back: list[str], first_header: bool) -> str:
    headers = '<w:headerReference w:type="default" r:id="rIdHeader"/>'
    headers += '<w:headerReference w:type="first" r:id="rIdFirst"/>' if first_header else ""
    sect = (
        f"<w:sectPr>{headers}"
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1418" w:right="1418" w:bottom="1134" w:left="1418" w:header="709"'
        ' w:footer="709" w:gutter="0"/><w:titlePg/></w:sectPr>'
    )
    body = "".join(front) + body_loop() + "".join(back)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}{sect}'
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


def running_header(*parts: str) -> str:
    """The header of pages 2 and later: text parts and tabs, then the page number."""
    runs = [tab() if p == "\t" else run(p) for p in parts]
    return header(para("Kopfzeile", *runs, tab(), page_number()))


def drucksache_head(name: str) -> list[str]:
    return [
        line("Kopf", name, "\t", f"Drucksache{NBSP}", "{{ drucksache }}"),
        line("Kopfunten", "{{ wahlperiode }}", f".{NBSP}Wahlperiode", "\t", "{{ datum }}"),
    ]


def drucksache_header(name: str) -> str:
    return running_header(
        f"Drucksache{NBSP}",
        "{{ drucksache }}",
        "\t",
        f"{name} – ",
        "{{ wahlperiode }}",
        f".{NBSP}Wahlperiode",
    )


SPECS: dict[str, dict[str, Any]] = {
    "anlage-vs-nfd": {
        # The annex for answers with VS-NfD facts; the marking stands on every page.
        "front": [
            line("Dokumentart", "Anlage"),
            line(
                "Titelzeile",
                "zur Antwort der ",
                "{{ regierung }}",
                f" – Drucksache{NBSP}",
                "{{ drucksache }}",
            ),
            line("Titel", "{{ titel }}"),
        ],
        "header": header(line("VS", "VS – Nur für den Dienstgebrauch")),
        "first_header": header(line("VS", "VS – Nur für den Dienstgebrauch")),
    },
    "landtag-mv": {
        "front": [
            line("Uebermittlung", "{{ uebermittlung }}"),
            line(
                "Kopf",
                "LANDTAG MECKLENBURG-VORPOMMERN",
                "\t",
                f"Drucksache{NBSP}",
                "{{ drucksache }}",
            ),
            line("Kopfunten", "{{ wahlperiode }}", f".{NBSP}Wahlperiode", "\t", "{{ datum }}"),
            line("Dokumentart", "KLEINE ANFRAGE"),
            line("Titelzeile", "{{ fragesteller }}"),
            line("Titel", "{{ titel }}"),
            line("Titelzeile", "und"),
            line("Dokumentart", "ANTWORT"),
            line("Titelzeile", "der ", "{{ regierung }}"),
        ],
        "header": running_header(
            f"Drucksache{NBSP}",
            "{{ drucksache }}",
            "\t",
            "Landtag Mecklenburg-Vorpommern - ",
            "{{ wahlperiode }}",
            f".{NBSP}Wahlperiode",
        ),
    },
    "landtag-st": {
        "front": [
            *drucksache_head("Landtag von Sachsen-Anhalt"),
            line("Dokumentart", "Antwort der Landesregierung"),
            line("Titelzeile", "auf eine Kleine Anfrage zur schriftlichen Beantwortung"),
            line("Titelzeile", "{{ fragesteller }}"),
            line("Titel", "{{ titel }}"),
            line("Titelzeile", f"Kleine Anfrage –{NBSP}", "{{ anfrage_nr }}"),
            line("Uebermittlung", "{{ uebermittlung }}"),
        ],
        "header": drucksache_header("Landtag von Sachsen-Anhalt"),
    },
    "bundestag": {
        "front": [
            *drucksache_head("Deutscher Bundestag"),
            para("Dokumentart", run("Antwort"), footnote_reference()),
            line("Titelzeile", "der ", "{{ regierung }}"),
            line("Titelzeile", "auf die Kleine Anfrage ", "{{ fragesteller }}"),
            line("Titelzeile", f"–{NBSP}Drucksache{NBSP}", "{{ anfrage_nr }}", f"{NBSP}–"),
            line("Titel", "{{ titel }}"),
        ],
        "header": drucksache_header("Deutscher Bundestag"),
        "footnote": "{{ uebermittlung }}",
        "small_questions": True,
    },
    "berlin": {
        "front": [
            line("Kopf", "Abgeordnetenhaus Berlin", "\t", f"Drucksache{NBSP}", "{{ drucksache }}"),
            line("Kopfunten", "{{ wahlperiode }}", f".{NBSP}Wahlperiode"),
            line("Dokumentart", "Schriftliche Anfrage"),
            line("Titelzeile", "{{ fragesteller }}"),
            line("Titelzeile", "(Eingang beim Abgeordnetenhaus am ", "{{ eingang }}", ")"),
            line("Titelzeile", "zum Thema:"),
            line("Titel", "{{ titel }}"),
            line("Titelzeile", "und Antwort vom ", "{{ uebermittlung_datum }}"),
            line("Absender", "{{ ressort }}"),
            line("Dokumentart", "A n t w o r t"),
            line(
                "Titelzeile",
                f"auf die Schriftliche Anfrage Nr.{NBSP}",
                "{{ drucksache }}",
                " vom ",
                "{{ eingang }}",
            ),
            line("Titelzeile", "über ", "{{ titel }}"),
            line("Antwort", "{{ einleitung }}"),
        ],
        "back": [
            closing(
                (f"Berlin, den{NBSP}", "{{ uebermittlung_datum }}"),
                ("?in_vertretung", "{{ in_vertretung }}"),
                ("{{ unterzeichnung }}",),
                ("{{ ressort }}",),
            ),
        ],
        "header": drucksache_header("Abgeordnetenhaus Berlin"),
        "label_width": 1134,
    },
    "sachsen": {
        "front": [
            # A letter after DIN 5008 (form B): the sender's letterhead at the top, the
            # address field from 45 mm, the date on the right, the subject two lines below
            # the address, the salutation one line below the subject, room to sign.
            line("Absender", "{{ ressort }}"),
            line("Absender", "{{ unterzeichnung_funktion }}"),
            para("Anschrift", run("Präsidenten des Sächsischen Landtages"), ppr=spacing(1134, 0)),
            line("Anschrift", f"Bernhard-von-Lindenau-Platz{NBSP}1"),
            line("Anschrift", f"01067{NBSP}Dresden"),
            line("Datumzeile", f"Dresden,{NBSP}", "{{ uebermittlung_datum }}"),
            line("Betreff", "Kleine Anfrage ", "{{ fragesteller }}"),
            line("Betreff", f"Drs.-Nr.:{NBSP}", "{{ drucksache }}"),
            line("Betreff", "Thema: ", "{{ titel }}"),
            para("Antwort", run("Sehr geehrter Herr Präsident,"), ppr=spacing(480, 240)),
            line("Antwort", "{{ einleitung }}"),
        ],
        "back": [
            # Three blank lines give room for the handwritten signature above the name.
            closing(
                ("Mit freundlichen Grüßen",),
                ("?in_vertretung", "{{ in_vertretung }}"),
                ("",),
                ("",),
                ("",),
                ("{{ unterzeichnung }}",),
            ),
        ],
        "header": running_header(
            "Sächsischer Landtag – Kleine Anfrage Drs.-Nr. ", "{{ drucksache }}", "\t"
        ),
        "label_width": 1134,
    },
    "brandenburg": {
        "front": [
            *drucksache_head("Landtag Brandenburg"),
            line("Dokumentart", "Antwort"),
            line("Titelzeile", "der ", "{{ regierung }}"),
            line("Titelzeile", f"auf die Kleine Anfrage Nr.{NBSP}", "{{ anfrage_nr }}"),
            line("Titelzeile", "{{ fragesteller }}"),
            line("Titel", "{{ titel }}"),
            line("Antwort", "{{ einleitung }}"),
        ],
        "header": drucksache_header("Landtag Brandenburg"),
        "label_width": 1134,
    },
}
"""Per parliament: the paragraphs before and after the questions and answers, the running
header of later pages, an optional footnote on the first page, and two style settings: the
width of question labels ('Frage 1:' needs more than '1.') and whether questions are set in
smaller type (the Bundestag repeats them so)."""


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


def styles(label_width: int = 567, small_questions: bool = False) -> str:
    """The styles part. Children of w:pPr and w:rPr follow the schema's order, which Word
    enforces: keepNext, keepLines, widowControl, numPr, pBdr, tabs, spacing, ind,
    contextualSpacing, jc, outlineLvl; b, i, caps, spacing, sz, u, lang."""
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
) -> None:
    parts = {
        "[Content_Types].xml": content_types(footnote is not None),
        "_rels/.rels": ROOT_RELS,
        "word/document.xml": document_xml,
        "word/_rels/document.xml.rels": document_rels(footnote is not None),
        "word/styles.xml": styles(label_width, small_questions),
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


def build(name: str, folder: Path) -> Path:
    spec: dict[str, Any] = SPECS[name]
    target = folder / f"{name}.docx"
    front = spec["front"]
    if name != "anlage-vs-nfd":  # a Ressort's contribution says so above everything else
        front = [only_if("zulieferung", line("Zulieferung", "{{ zulieferung }}")), *front]
    write_docx(
        target,
        document(front, spec.get("back", []), first_header=True),
        spec["header"],
        first_header=spec.get("first_header"),
        footnote=spec.get("footnote"),
        label_width=spec.get("label_width", 567),
        small_questions=spec.get("small_questions", False),
    )
    return target


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for name in SPECS:
        print(f"wrote {build(name, folder)}")


if __name__ == "__main__":
    main()
