"""Builds the Word templates in this folder from plain OOXML.

Run `python templates/build_templates.py` after changing it. The .docx files are committed,
so a ministry can also open one in Word, restyle it (Format > Styles) and save it: anfrage
reads any .docx whose Jinja tags each stay within one run.

Writing the XML directly keeps the styles part small (python-docx's default template carries
hundreds of KB of latent styles that slow every render) and puts every tag in its own run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # template_parts.py beside this script, also when tests load it

from template_parts import (  # noqa: E402
    KEEP,
    WHOLE,
    R,
    W,
    header,
    run,
    spacing,
    write_docx,
)

__all__ = ["KEEP", "WHOLE", "R", "W", "header", "run", "spacing", "write_docx"]
NBSP = "\u00a0"
"""A no-break space in literal text: 'Drucksache 7/817' or 'Nr. 612' never wraps."""


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
