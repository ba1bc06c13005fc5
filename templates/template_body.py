# ruff: noqa: E501 -- literal OOXML parts
"""The building blocks of a template's body: paragraphs of literal text and {{ tags }}, the
loop over the draft's paragraphs, signature blocks and running headers. build_templates.py
and template_laender_a.py, template_laender_b.py assemble the shipped templates from them."""

from __future__ import annotations

from template_parts import R, W, header, run

NBSP = "\u00a0"
"""A no-break space in literal text: 'Drucksache 7/817' or 'Nr. 612' never wraps."""


def tab() -> str:
    return "<w:r><w:tab/></w:r>"


GAP = '<w:b/><w:highlight w:val="yellow"/>'
"""How a marked gap is set: bold on yellow, visible in print and on screen."""


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


def body_loop(
    *,
    only: tuple[str, ...] | None = None,
    hide: str | None = None,
    before: tuple[tuple[str, str], ...] = (),
    branches: dict[str, str] | None = None,
) -> str:
    """One paragraph per kind of answer paragraph, chosen by `a.art`; the rest is 'Antwort'.

    For the forms that print the question's text (Wortlaut) apart from the answers: `only`
    sets just these kinds (and nothing else); `hide` is a condition under which a paragraph is
    left out here (it is set in another loop); `before` puts a paragraph of its own in front
    of the paragraph where a condition holds (the answer's opening sentence before the first
    question); `branches` replaces a kind's paragraph."""
    loop = "{%p for a in absaetze %}"
    if only is not None:
        kinds = ", ".join(f"'{k}'" for k in only)
        loop = f"{{%p for a in absaetze if a.art in ({kinds}) %}}"
    out = [tag(loop)]
    for condition, paragraph in before:
        out.append(only_if(condition, paragraph))
    chosen = [(art, make) for art, make in BRANCHES if only is None or art in only]
    if hide:
        out.append(tag(f"{{%p if {hide} %}}"))
    for i, (art, make) in enumerate(chosen):
        keyword = "{%p if" if i == 0 and not hide else "{%p elif"
        out.append(tag(f"{keyword} a.art == '{art}' %}}"))
        out.append((branches or {}).get(art) or make())
    if only is None:
        # A gap anfrage marks ("[Zulieferung WM ausstehend]") stands out on the page.
        out += [tag("{%p elif a.luecke %}"), para("Antwort", run("{{ a.text }}", GAP))]
        out += [tag("{%p else %}"), para("Antwort", run("{{ a.text }}"))]
    out += [tag("{%p endif %}"), tag("{%p endfor %}")]
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
    # A contribution request (render --ressort) is not signed: no place, date or signature.
    return only_if("not zulieferung", para(style, *runs))


BREAK = "<w:r><w:br/></w:r>"


def only_if(variable: str, paragraph: str) -> str:
    """A paragraph shown only when the value is not empty."""
    return tag(f"{{%p if {variable} %}}") + paragraph + tag("{%p endif %}")


def footnote_reference() -> str:
    return '<w:r><w:rPr><w:rStyle w:val="Fussnotenzeichen"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'


def document(
    front: list[str], back: list[str], first_header: bool, body: list[str] | None = None
) -> str:
    """The document part: `front`, the paragraphs of the draft (`body`, by default one loop
    over them all), `back`; page A4."""
    headers = '<w:headerReference w:type="default" r:id="rIdHeader"/>'
    headers += '<w:headerReference w:type="first" r:id="rIdFirst"/>' if first_header else ""
    sect = (
        f"<w:sectPr>{headers}"
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1418" w:right="1418" w:bottom="1134" w:left="1418" w:header="709"'
        ' w:footer="709" w:gutter="0"/><w:titlePg/></w:sectPr>'
    )
    middle = "".join(body) if body is not None else body_loop()
    content = "".join(front) + middle + "".join(back)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{content}{sect}'
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
