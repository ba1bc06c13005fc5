import pytest

from anfrage.docx.template import template_variables
from anfrage.errors import TemplateError

from builder import custom_template
from conftest import REPO


def test_shipped_template_variables() -> None:
    assert template_variables(REPO / "templates" / "landtag-mv.docx") == {
        "uebermittlung",
        "drucksache",
        "wahlperiode",
        "datum",
        "fragesteller",
        "titel",
        "regierung",
        "absaetze",
        "zulieferung",
    }


def test_custom_template_variables(tmp_path) -> None:
    path = custom_template(
        tmp_path / "t.docx",
        "{{ titel }} {{ gibtsnicht }}",
        "{%p for x in absaetze %}",
        "{{ x.text }}",
        "{%p endfor %}",
    )
    assert template_variables(path) == {"titel", "gibtsnicht", "absaetze"}


def test_syntax_error_names_the_paragraph(tmp_path) -> None:
    path = custom_template(tmp_path / "t.docx", "Titel", "{{ titel ", "Ende")
    with pytest.raises(TemplateError, match=r"template error: .* in the paragraph '\{\{ titel'"):
        template_variables(path)


def test_not_a_docx(tmp_path) -> None:
    path = tmp_path / "t.docx"
    path.write_text("kein Word")
    with pytest.raises(TemplateError, match="not a Word document"):
        template_variables(path)
