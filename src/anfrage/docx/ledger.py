"""A plain Word document holding one table: the fact ledger's .docx form."""

from __future__ import annotations

import io

import docx


def table_document(title: str, header: list[str], rows: list[list[str]]) -> bytes:
    """A .docx with a heading and a table of `header` and `rows`."""
    document = docx.Document()
    document.add_heading(title, level=1)
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
