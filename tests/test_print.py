"""Print typography of the shipped templates and rendered examples, read back from the parts:
settings, styles, no-break spaces, table grids against the cells of every row, the ledger."""

import io
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree
from typer.testing import CliRunner

from anfrage.cli import app
from anfrage.docx import layout, marking
from anfrage.docx.ledger import table_document

from conftest import REPO
from shipped import shipped

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEMPLATES = shipped("src/anfrage/profiles/*.docx")
EXAMPLES = ["bundestag-berufsbildung-kasachstan-2017", "st-kasachstan-2017"]


def part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read(name))


def render(tmp_path: Path, name: str, *extra: str) -> Path:
    result = CliRunner().invoke(
        app, ["render", str(REPO / "anfragen" / f"{name}.yaml"), "--out", str(tmp_path), *extra]
    )
    assert result.exit_code == 0, result.output
    return Path(result.stdout.split()[0])


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_every_template_hyphenates_in_german(template: Path) -> None:
    settings = part(template, "word/settings.xml")
    assert settings.find(f"{W}autoHyphenation") is not None
    styles = part(template, "word/styles.xml")
    default = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert default is not None and default.get(f"{W}val") == "de-DE"


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.stem)
def test_questions_and_headings_keep_with_the_next_paragraph(template: Path) -> None:
    styles = part(template, "word/styles.xml")
    for sid in ("Frage", "Unterfrage", "Zwischenueberschrift", "Antwortkennung", "Unterschrift"):
        ppr = styles.find(f"{W}style[@{W}styleId='{sid}']/{W}pPr")
        assert ppr is not None and ppr.find(f"{W}keepNext") is not None, sid
    levels = {
        s.get(f"{W}styleId"): s.find(f"{W}pPr/{W}outlineLvl").get(f"{W}val")
        for s in styles.iter(f"{W}style")
        if s.find(f"{W}pPr/{W}outlineLvl") is not None
    }
    assert levels == {"Titel": "0", "Frage": "1", "Zwischenueberschrift": "1", "Unterfrage": "2"}


def test_mv_values_and_drucksache_number_hold_together(tmp_path: Path) -> None:
    document = docx.Document(str(render(tmp_path, "mv-kasachstan-2017")))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "26.\u00a0August\u00a02016" in text and "12,811\u00a0Mio.\u00a0Euro" in text
    assert "Drucksache\u00a07/817" in text
    # Text typed into the inquiry stays as typed ('29. März 2017' in an answer); only values
    # anfrage formats get no-break spaces.
    assert "am 29. März 2017" in text


@pytest.mark.parametrize("name", EXAMPLES)
def test_every_table_has_a_grid_column_for_each_cell(tmp_path: Path, name: str) -> None:
    body = part(render(tmp_path, name), "word/document.xml")
    tables = list(body.iter(f"{W}tbl"))
    assert tables
    for table in tables:
        grid = [int(c.get(f"{W}w")) for c in table.find(f"{W}tblGrid")]
        rows = table.findall(f"{W}tr")
        assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
        for row in rows:
            cells = row.findall(f"{W}tc")
            assert len(cells) == len(grid)
            assert [int(c.find(f"{W}tcPr/{W}tcW").get(f"{W}w")) for c in cells] == grid
        assert sum(grid) == layout.A4_TEXT_WIDTH


def test_bundestag_table_keeps_beginn_in_python_docx(tmp_path: Path) -> None:
    (table,) = docx.Document(str(render(tmp_path, EXAMPLES[0]))).tables
    assert [c.text for c in table.rows[0].cells] == ["Projekt", "Förderer", "Fördersumme", "Beginn"]


def test_widths_give_each_column_its_longest_word() -> None:
    rows = [["Statistisches Amt Mecklenburg-Vorpommern", "2.500.000\u00a0Euro", "x"]] * 3
    widths = layout.widths(rows, 3, 6000)
    assert sum(widths) == 6000
    assert widths[1] >= layout.PADDING + layout.CHAR * len("2.500.000 Euro")
    assert widths[0] >= layout.PADDING + layout.CHAR * len("Mecklenburg-")


def test_review_copy_is_marked_on_every_page(tmp_path: Path) -> None:
    path = render(tmp_path, "mv-kasachstan-2017", "--sources")
    document = docx.Document(str(path))
    (section,) = document.sections
    for header in (section.header, section.first_page_header):
        assert header.paragraphs[0].text == marking.MARKING
    plain = docx.Document(str(render(tmp_path, "mv-kasachstan-2017")))
    assert all(marking.MARKING not in p.text for p in plain.sections[0].header.paragraphs)


def test_marking_adds_a_header_where_a_section_has_none(tmp_path: Path) -> None:
    source = tmp_path / "plain.docx"
    docx.Document().save(str(source))
    with zipfile.ZipFile(source) as z:
        members = {n: z.read(n) for n in z.namelist()}
    marking.mark(members)
    target = tmp_path / "marked.docx"
    with zipfile.ZipFile(target, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    assert docx.Document(str(target)).sections[0].header.paragraphs[0].text == marking.MARKING


def test_ledger_is_a4_landscape_in_arial_with_fitting_columns() -> None:
    header = ["Fragen", "Quelle"]
    rows = [["1, 2", "Statistisches Amt Mecklenburg-Vorpommern"]]
    document = docx.Document(io.BytesIO(table_document("Quellen", header, rows)))
    section = document.sections[0]
    assert section.page_width > section.page_height
    assert round(section.page_width.mm) == 297 and round(section.page_height.mm) == 210
    assert document.styles["Normal"].font.name == "Arial"
    assert document.styles["Heading 1"].font.name == "Arial"
    grid = document.tables[0]._tbl.find(f"{W}tblGrid")
    assert len(grid) == 2
    assert min(int(c.get(f"{W}w")) for c in grid) >= layout.PADDING + layout.CHAR * len("Fragen")


def test_a_table_in_a_cell_fits_the_cell() -> None:
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    inner = f"<w:tbl><w:tr>{cell.format('a')}{cell.format('b')}</w:tr></w:tbl>"
    xml = (
        f'<w:body xmlns:w="{W[1:-1]}"><w:tbl><w:tr>'
        f"<w:tc>{inner}<w:p/></w:tc>{cell.format('x')}{cell.format('y')}</w:tr></w:tbl></w:body>"
    )
    tree = etree.fromstring(xml)
    layout.fit_tables(tree)
    outer, nested = list(tree.iter(f"{W}tbl"))
    first = int(outer.find(f"{W}tr/{W}tc/{W}tcPr/{W}tcW").get(f"{W}w"))
    assert len(outer.find(f"{W}tblGrid")) == 3 and len(nested.find(f"{W}tblGrid")) == 2
    assert sum(int(c.get(f"{W}w")) for c in nested.find(f"{W}tblGrid")) == first - layout.PADDING
