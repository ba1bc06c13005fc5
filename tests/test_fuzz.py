"""Property tests: any text in a fact value or in answer text comes out of the .docx exactly,
less the control characters that `clean_text` documents as removed."""

import tempfile
from pathlib import Path

import docx
import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from anfrage import api, refs
from anfrage.formatting import NONCHARACTERS, clean_text
from anfrage.loading._yaml import load_yaml

from conftest import FACTS, INQUIRY, Project

SPECIAL = [
    "&",
    "<",
    ">",
    '"',
    "'",
    "&amp;",
    "<w:t>",
    "]]>",
    "{{ x }}",
    "{% if %}",
    "{#",
    "{_{",
    "%_}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "\r\n",
    "\r",
    "\n",
    "\t",
    "\x00",
    "\x0b",
    "\x85",
    "\u2028",
    "\ufeff",
    "\ufffe",
    "\ufdd0",
    "\ufdd1",
    "\ufdd2",
    "😀",
    "👩🏽‍⚖️",
    "Қазақстан",
    "әғқңөұүһі",
    "Ёжик",
    "עברית",
    "العربية",
    "e\u0301",
    "a\u0308\u0304",
    "x" * 3000,
    " leading",
    "trailing ",
]
texts = st.lists(st.one_of(st.text(), st.sampled_from(SPECIAL)), max_size=8).map("".join)


def render(ort: str, absatz: str) -> list[str]:
    """Render a draft whose contact record has `ort` and whose first answer is `absatz`."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Project(Path(tmp))
        facts = FACTS.replace("    ort: Peenemünde", "    ort: " + dump(ort))
        facts = facts.replace('    text: "Am {datum} war der Botschafter in {ort}."\n', "")
        inquiry = INQUIRY.replace("[Antwort eins.]", "[" + dump(refs.escape(absatz)) + "]")
        inquiry = inquiry.replace('"Kontakt: {k1}"', '"{k1.ort}"')
        result = api.render(project.standard(inquiry, facts))
        return [p.text for p in docx.Document(str(result.path)).paragraphs]


def dump(value: str) -> str:
    return yaml.safe_dump(value, default_style='"', allow_unicode=True, width=10**9).strip()


@given(texts)
@example("Rostock Port GmbH & Co. KG <Hafen>")
def test_yaml_round_trip(value: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "x.yaml")
        path.write_text(f"v: {dump(value)}\n", encoding="utf-8")
        # the noncharacters U+FDD0–U+FDEF are reserved for anfrage's marks and removed
        assert load_yaml(path).data == {"v": NONCHARACTERS.sub("", value)}


@given(ort=texts, absatz=texts)
@example(ort="Rostock Port GmbH & Co. KG <Hafen>", absatz="{{ cycler.__init__.__globals__ }}")
@example(ort="a\r\nb\tc", absatz="{k1.ort} \\{ {{ x }}")
def test_any_text_survives_rendering(ort: str, absatz: str) -> None:
    paragraphs = render(ort, absatz)
    assert clean_text(absatz) in paragraphs
    assert clean_text(ort) == paragraphs[-1]
