import io
import zipfile
from datetime import datetime
from pathlib import Path

import docx
import pytest
from jinja2 import meta

from anfrage.docx import policy, render, sandbox, tags
from anfrage.docx.template import inspect, template_variables
from anfrage.errors import TemplateError

from builder import custom_template
from conftest import PROFILES
from shipped import shipped


def test_shipped_template_variables() -> None:
    assert template_variables(PROFILES / "landtag-mv.docx") == {
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


# --- tag normalisation (docx/tags.py) -----------------------------------------------------


def test_a_closing_delimiter_inside_a_string_does_not_end_the_tag() -> None:
    xml = "<w:p><w:r><w:t>{{ '}}' ~ </w:t></w:r><w:r><w:t>titel }}</w:t></w:r></w:p>"
    assert tags.normalize(xml) == (
        "<w:p><w:r><w:t xml:space=\"preserve\">{{ '}}' ~ titel }}</w:t></w:r>"
        '<w:r><w:t xml:space="preserve"></w:t></w:r></w:p>'
    )


def test_autocorrect_outside_string_literals_is_undone() -> None:
    text = "{{ a \u2013 1 }}{%\u00a0if x %}\u201ea \u2013 b\u201c{% endif %}"
    xml = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    assert tags.normalize(xml) == (
        '<w:p><w:r><w:t xml:space="preserve">{{ a - 1 }}{% if x %}\u201ea \u2013 b\u201c'
        "{% endif %}</w:t></w:r></w:p>"
    )


def test_typographic_quotes_inside_a_plain_literal_stay_text() -> None:
    xml = '<w:p><w:r><w:t>{{ "\u201eZitat\u201c" }}</w:t></w:r></w:p>'
    normalized = tags.normalize(xml)
    assert "&#x201E;Zitat&#x201C;" in normalized  # safe from docxtpl's quote cleaning
    assert tags.unescape_tags(normalized).count('"\u201eZitat\u201c"') == 1


def test_unescape_touches_tags_only() -> None:
    source = "A &amp; B {{ 'C &amp; D' }} &lt;x&gt; {% if 1 &lt; 2 %}"
    assert tags.unescape_tags(source) == "A &amp; B {{ 'C & D' }} &lt;x&gt; {% if 1 < 2 %}"


def test_an_unclosed_tag_is_left_for_jinja_to_report(tmp_path) -> None:
    path = custom_template(tmp_path / "t.docx", "Titel", "{{ titel ", "Ende")
    with pytest.raises(TemplateError, match=r"in the paragraph '\{\{ titel'"):
        template_variables(path)


# --- the bounded sandbox (docx/sandbox.py) ------------------------------------------------


def run(source: str, **context: object) -> str:
    env = sandbox.Bounded()
    sandbox.start_render()
    return env.from_string(sandbox.parse(env, source)).render(context)


def test_ordinary_templates_work_in_the_bounded_sandbox() -> None:
    assert (
        run(
            "{{ xs|join(', ') }}|{{ 'ab'|replace('a', 'x') }}|{{ 'a'|center(5) }}|{{ 2**10 }}|"
            "{{ 'ab' * 2 }}|{{ '%3d' % 7 }}|{{ xs|sum }}|"
            "{% for i in range(3) %}{{ i }}{% endfor %}",
            xs=[1, 2],
        )
        == "1, 2|xb|  a  |1024|abab|  7|3|012"
    )


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{{ 9**(9**9) }}", "too large"),
        ("{{ 10**10 * 10**10000 }}", "too large"),
        ("{{ [1] * 10**7 }}", "too large"),
        ("{{ 'x' * 999999 + 'y' * 999999 }}", "too large"),
        ("{{ '%*d' % (5, 1) }}", "wider than"),
        ("{{ 'a'|indent(10**6) }}", "larger than"),
        ("{{ [1]|batch(10**6, 0)|list }}", "larger than"),
        ("{{ xs|join('x' * 5000) }}", "longer than"),
        ("{{ [[1]]|sum(start=[]) }}", "numbers only"),
    ],
)
def test_the_sandbox_bounds_sizes(source: str, message: str) -> None:
    with pytest.raises(sandbox.TooLarge, match=message):
        run(source, xs=["a", "b"])


def test_the_range_budget_is_per_render() -> None:
    loop = "{% for i in range(600000) %}{% endfor %}ok"
    assert run(loop) == "ok"
    assert run(loop) == "ok"  # a second render starts with a full budget
    with pytest.raises(sandbox.TooLarge, match="loops more than"):
        run(loop + loop)


def test_constant_folding_at_compile_time_is_bounded() -> None:
    env = sandbox.Bounded()  # check compiles without rendering: this must not compute 9**9**9
    assert meta.find_undeclared_variables(sandbox.parse(env, "{{ 9**(9**9) }}{{ x }}")) == {"x"}


# --- the package allowlist (docx/package.py, docx/policy.py) ------------------------------


def test_shipped_templates_pass_the_allowlist_untouched() -> None:
    for path in shipped("src/anfrage/profiles/*.docx"):
        checked = inspect(path)
        assert checked.dropped == set() and checked.removed == {} and checked.notes == []
        assert "word/document.xml" in checked.templated


@pytest.mark.parametrize(
    ("ctype", "refused"),
    [
        ("image/png", False),
        ("application/vnd.openxmlformats-officedocument.theme+xml", False),
        ("image/svg+xml", True),
        ("application/vnd.ms-office.activeX+xml", True),
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", True),
        ("application/x-unknown", True),
    ],
)
def test_parts_are_judged_by_content_type(ctype: str, refused: bool) -> None:
    assert (policy.part_problem("word/x", ctype) is not None) == refused


@pytest.mark.parametrize(
    ("target", "verdict"),
    [
        ("https://www.landtag-mv.de", policy.KEEP),
        ("mailto:poststelle@stk.mv-regierung.de", policy.KEEP),
        ("file:///etc/passwd", policy.REFUSE),
        ("\\\\server\\share", policy.REFUSE),
    ],
)
def test_hyperlinks_to_the_web_are_text(target: str, verdict: str) -> None:
    assert policy.external(policy.HYPERLINK, target)[0] == verdict


def test_a_word_made_document_passes_the_allowlist() -> None:
    word_made = Path(docx.__file__).parent / "templates" / "default.docx"  # saved by Word
    checked = inspect(word_made)
    assert checked.notes == ["the template's thumbnail picture", "the template's custom XML data"]
    core = render.core_properties("Titel", "Betreff", "Landesregierung", datetime(2017, 7, 25))
    data = render.render_bytes(word_made, {}, core, cache=False)
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert not [n for n in names if n.startswith(("customXml", "docProps/thumbnail"))]
    assert docx.Document(io.BytesIO(data)).core_properties.title == "Titel"  # opens whole
