import pytest

from anfrage.refs import Ref, escape, parse, references


def test_parse_splits_text_and_references() -> None:
    assert parse("Am {k1.datum|lang} in {k1.ort}.") == [
        "Am ",
        Ref(("k1", "datum"), "lang", 3),
        " in ",
        Ref(("k1", "ort"), None, 22),
        ".",
    ]


@pytest.mark.parametrize("text", ["{{ x }}", "{% if %}", "{ nicht }", "{a b}", "{", "}", "{-x.y}"])
def test_non_references_stay_literal(text: str) -> None:
    assert parse(text) == [text]


def test_a_record_alone_is_a_reference() -> None:
    assert references("siehe {mv-kz-handel-2015}") == [Ref(("mv-kz-handel-2015",), None, 6)]


@pytest.mark.parametrize("text", ["{a.b}", "\\{a.b}", "x\\\\{a}y", "{{a.b}}", "plain"])
def test_escape_round_trips(text: str) -> None:
    assert "".join(p for p in parse(escape(text)) if isinstance(p, str)) == text
    assert references(escape(text)) == []
