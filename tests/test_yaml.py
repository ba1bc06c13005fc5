from pathlib import Path

import pytest

from anfrage.errors import SourceError
from anfrage.loading._yaml import load_yaml


def write(tmp_path: Path, data: bytes | str) -> Path:
    path = tmp_path / "x.yaml"
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_positions_of_values_and_keys(tmp_path: Path) -> None:
    doc = load_yaml(write(tmp_path, "a: 1\nliste:\n  - x: 2\n    y: drei\n"))
    assert doc.data == {"a": 1, "liste": [{"x": 2, "y": "drei"}]}
    assert doc.position(("liste", 0, "y")) == (4, 8)
    assert doc.position(("liste", 0, "y"), key=True) == (4, 5)
    assert doc.position(("liste", 0, "missing")) == (3, 5)


def test_dates_stay_strings_for_the_model(tmp_path: Path) -> None:
    assert load_yaml(write(tmp_path, "d: 2017-02-30\n")).data == {"d": "2017-02-30"}


def test_malformed_yaml_names_line_and_column(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as e:
        load_yaml(write(tmp_path, "a: 1\nb: [1, 2\n"))
    (p,) = e.value.problems
    assert p.line == 3 and "invalid YAML" in p.message


def test_duplicate_keys_are_all_reported(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as e:
        load_yaml(write(tmp_path, "a: 1\na: 2\nb: 1\nb: 2\n"))
    assert [(p.line, p.message) for p in e.value.problems] == [
        (2, "key 'a' appears twice (first on line 1)"),
        (4, "key 'b' appears twice (first on line 3)"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "a: !!python/object/apply:os.system ['true']\n",
        "a: !!python/name:os.system\n",
        "a: !custom 1\n",
        "a: !!set {x: null}\n",
    ],
)
def test_python_and_unknown_tags_are_refused(tmp_path: Path, text: str) -> None:
    with pytest.raises(SourceError) as e:
        load_yaml(write(tmp_path, text))
    assert "is not allowed" in str(e.value)


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{','.join(['*' + prev] * 9)}]")
    with pytest.raises(SourceError, match="alias bomb"):
        load_yaml(write(tmp_path, "\n".join(lines) + "\n"))


def test_bom_and_crlf_simply_work(tmp_path: Path) -> None:
    doc = load_yaml(write(tmp_path, b"\xef\xbb\xbfa: 1\r\nb: zwei\r\n"))
    assert doc.data == {"a": 1, "b": "zwei"}
    assert doc.position(("b",)) == (2, 4)


def test_non_utf8_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(SourceError) as e:
        load_yaml(write(tmp_path, b"a: 1\nb: Stra\xdfe\n"))
    (p,) = e.value.problems
    assert (p.line, p.column) == (2, 8) and "not valid UTF-8" in p.message


@pytest.mark.parametrize("text", ["", "   \n# only a comment\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    with pytest.raises(SourceError, match="file is empty"):
        load_yaml(write(tmp_path, text))


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="expected a YAML mapping"):
        load_yaml(write(tmp_path, "- a\n- b\n"))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="file not found"):
        load_yaml(tmp_path / "nope.yaml")
