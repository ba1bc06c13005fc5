"""Every text anfrage writes as YAML reads back exactly (the json.dumps it replaces folded NEL
into a space)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from anfrage.formatting import NONCHARACTERS
from anfrage.loading._yaml import load_yaml
from anfrage.merging.emit import quoted


def _read(text: str) -> object:
    return load_yaml(None, f"key: {quoted(text)}\n".encode()).data["key"]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["NO", "12:30", "0123", "1.10", "0x1F", "a\u0085b", "x\u2028y", "\ufeffbom", "\x07", ""]
)
def test_texts_that_yaml_would_change_read_back_exactly(text: str) -> None:
    assert _read(text) == text
    assert "\n" not in quoted(text)


@given(st.text(alphabet=st.characters(exclude_categories=("Cs",))))
def test_any_text_reads_back(text: str) -> None:
    # anfrage strips its reserved noncharacters from every string it loads, by design
    assert _read(text) == NONCHARACTERS.sub("", text)
