"""Table layout from the rendered content: one grid column per cell, widths that fit.

A template's table has the grid it was drawn with (three columns in the shipped ones), while
docxtpl's column loops give each row as many cells as the data has. Word reads the cells,
LibreOffice reads the grid and drops the cells beyond it. So after rendering, every table gets
a grid with as many columns as its widest row, widths estimated from the text in each column
and shared out within the text width, and the same widths on its cells.
"""

from __future__ import annotations

import re

from lxml import etree

from anfrage.docx.ooxml import W, child

A4_TEXT_WIDTH = 9070
"""Twips between the margins of an A4 page with 2.5 cm margins: used when a part has none."""
CHAR = 115
"""Twips per character of 10 pt Arial (digits and capitals are wider than the average
letter): a generous guess, used only to share the width out."""
PADDING = 2 * 85 + 60
"""Twips a cell adds to its text: the left and right cell margins and some air."""
_BEFORE_LAYOUT: tuple[str, ...] = (
    *("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize"),
    *("tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd"),
)
"""The children of w:tblPr that the schema puts before w:tblLayout, in order."""


_BREAKS = re.compile(r"[ \t\n]+|(?<=[-/])")


def fit_tables(tree: etree._Element) -> None:
    """Give every table in the part a grid that matches its cells and fits the text width."""
    width = text_width(tree)
    for table in tree.iter(f"{W}tbl"):  # document order: a table before those in its cells
        fit(table, _room(table, width))


def _room(table: etree._Element, width: int) -> int:
    """The width a table may take: the text width, or inside a cell that cell's width."""
    cell = next(table.iterancestors(f"{W}tc"), None)
    if cell is None:
        return width
    size = cell.find(f"{W}tcPr/{W}tcW")
    if size is None:
        return width
    try:
        return max(PADDING + CHAR, int(size.get(f"{W}w", "")) - PADDING)
    except ValueError:
        return width


def text_width(tree: etree._Element) -> int:
    """The width between the margins of the part's last section, in twips."""
    sections = list(tree.iter(f"{W}sectPr"))
    if sections:
        size, margins = sections[-1].find(f"{W}pgSz"), sections[-1].find(f"{W}pgMar")
        try:
            page = int(size.get(f"{W}w", "")) if size is not None else 0
            left = int(margins.get(f"{W}left", "")) if margins is not None else 0
            right = int(margins.get(f"{W}right", "")) if margins is not None else 0
        except ValueError:
            return A4_TEXT_WIDTH
        if page - left - right > 1000:
            return page - left - right
    return A4_TEXT_WIDTH


def _span(cell: etree._Element) -> int:
    span = cell.find(f"{W}tcPr/{W}gridSpan")
    try:
        return max(1, int(span.get(f"{W}val", "1"))) if span is not None else 1
    except ValueError:
        return 1


def _rows(table: etree._Element) -> list[list[etree._Element]]:
    """The table's own rows (not those of a table nested in a cell), as lists of cells."""
    return [row.findall(f"{W}tc") for row in table.findall(f"{W}tr")]


def widths(texts: list[list[str]], columns: int, available: int) -> list[int]:
    """Column widths in twips summing to `available`: each column as wide as its longest
    text when that fits; otherwise at least its longest word, the rest shared by need."""
    natural = [PADDING + CHAR] * columns
    least = [PADDING + CHAR] * columns
    for row in texts:
        for i, text in enumerate(row[:columns]):
            natural[i] = max(natural[i], PADDING + CHAR * len(text))
            # A line breaks at spaces and after a hyphen or slash; a no-break space holds
            # '2.500.000 Euro' together as one word.
            longest = max((len(word) for word in _BREAKS.split(text)), default=1)
            least[i] = max(least[i], PADDING + CHAR * longest)
    natural = [min(n, available) for n in natural]
    if sum(natural) <= available:
        shares = [n * available / sum(natural) for n in natural]
    elif sum(least) >= available:
        shares = [n * available / sum(least) for n in least]
    else:
        need = [n - m for n, m in zip(natural, least, strict=True)]
        spare = available - sum(least)
        shares = [m + spare * d / sum(need) for m, d in zip(least, need, strict=True)]
    out = [int(s) for s in shares]
    out[-1] += available - sum(out)
    return out


def fit(table: etree._Element, available: int) -> None:
    """Set the table's grid, cell widths and total width from its cells."""
    rows = _rows(table)
    columns = max((sum(_span(c) for c in row) for row in rows), default=0)
    if columns == 0:
        return
    texts = [
        ["".join(t.text or "" for t in c.iter(f"{W}t")) if _span(c) == 1 else "" for c in row]
        for row in rows
    ]
    sizes = widths(texts, columns, available)
    properties = child(table, "tblPr")
    grid = child(table, "tblGrid", ("tblPr",))
    for old in list(grid):
        grid.remove(old)
    for size in sizes:
        etree.SubElement(grid, f"{W}gridCol").set(f"{W}w", str(size))
    _set_width(properties, available)
    for row in rows:
        column = 0
        for cell in row:
            span = _span(cell)
            width = child(child(cell, "tcPr"), "tcW", ("cnfStyle",))  # tcW leads, but cnfStyle
            width.set(f"{W}w", str(sum(sizes[column : column + span])))
            width.set(f"{W}type", "dxa")
            column += span


def _set_width(properties: etree._Element, total: int) -> None:
    """A fixed layout of `total` twips, so every client keeps the widths it is given."""
    width = child(properties, "tblW", _BEFORE_LAYOUT[: _BEFORE_LAYOUT.index("tblW")])
    width.set(f"{W}w", str(total))
    width.set(f"{W}type", "dxa")
    layout = child(properties, "tblLayout", _BEFORE_LAYOUT)
    layout.set(f"{W}type", "fixed")
