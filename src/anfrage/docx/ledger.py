"""A plain Word document holding one table: the fact ledger's .docx form.

A4 landscape in Arial like the answer templates, with column widths shared out by the
length of each column's words and text (docx.layout), so "Statistisches" is never split.
"""

from __future__ import annotations

import io

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from anfrage.docx import layout

FONT = "Arial"


def _font(style: object, size: float, bold: bool = False) -> None:
    """Arial in `size` points, black, for a python-docx style (East Asian and complex
    script slots too, so no client falls back to its own default)."""
    font = style.font  # type: ignore[attr-defined]
    font.name, font.size, font.bold = FONT, Pt(size), bold
    font.color.rgb = RGBColor(0, 0, 0)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()  # type: ignore[attr-defined]
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)
    for slot in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(slot), None)  # a theme font would win over Arial


def table_document(title: str, header: list[str], rows: list[list[str]]) -> bytes:
    """A .docx with a heading and a table of `header` and `rows`, whose header row repeats
    on every page."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    _font(document.styles["Normal"], 9)
    _font(document.styles["Heading 1"], 14, bold=True)
    document.add_heading(title, level=1)
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    header_row = table.rows[0]._tr.get_or_add_trPr()
    header_row.append(header_row.makeelement(qn("w:tblHeader"), {}))
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    layout.fit(table._tbl, int(Mm(297 - 2 * 20).twips))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
