"""Nothing in an inquiry, a fact file or a template can run code."""

import pytest
from typer.testing import CliRunner

from anfrage import api
from anfrage.cli import app

from builder import custom_template
from conftest import INQUIRY, paragraphs

PAYLOADS = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.system('touch pwned') }}",
    "{{ self._TemplateReference__context }}",
    "{% for c in [].__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_template_payloads_are_refused(project, payload: str) -> None:
    custom_template(project.root / "templates" / "landtag-mv.docx", "{{ titel }}", payload)
    result = CliRunner().invoke(app, ["render", str(project.standard())])
    assert result.exit_code == 2, result.output
    assert "templates/landtag-mv.docx: template" in result.output
    assert "Traceback" not in result.output
    assert not (project.root / "pwned").exists() and not (project.root / "out").exists()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payloads_in_answer_text_and_facts_are_plain_text(project, payload: str) -> None:
    text = INQUIRY.replace("[Antwort eins.]", "['" + payload.replace("'", "''") + "']")
    result = api.render(project.standard(text))
    assert payload in [t for _, t in paragraphs(result.path)]
    assert not (project.root / "pwned").exists()


@pytest.mark.parametrize("ref", ["{k1.__class__}", "{k1._abc}", "{k1.weitere.__len__}"])
def test_references_cannot_reach_python_internals(project, ref: str) -> None:
    result = CliRunner().invoke(
        app, ["render", str(project.standard(INQUIRY.replace("{k1}", ref)))]
    )
    assert result.exit_code == 2, result.output
    assert f"anfragen/test.yaml:25:19: {ref}: " in result.output  # the reference itself


def test_a_brace_that_is_no_reference_stays_text(project) -> None:
    result = api.render(project.standard(INQUIRY.replace("{k1}", "{__builtins__.open}")))
    assert "Kontakt: {__builtins__.open}" in [t for _, t in paragraphs(result.path)]
