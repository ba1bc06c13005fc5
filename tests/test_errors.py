from pathlib import Path

import pytest

from anfrage.errors import AnfrageError, Problem


def test_problem_shows_path_line_and_column_relative_to_the_working_folder(
    tmp_path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert str(Problem(tmp_path / "a" / "x.yaml", "bad", 3, 7)) == "a/x.yaml:3:7: bad"
    assert str(Problem(Path("/elsewhere/x.yaml"), "bad", 3)) == "/elsewhere/x.yaml:3: bad"
    assert str(Problem(None, "bad")) == "anfrage: bad"


def test_error_needs_a_problem_and_lists_all() -> None:
    with pytest.raises(ValueError, match="at least one problem"):
        AnfrageError([])
    e = AnfrageError([Problem(None, "a"), Problem(None, "b")])
    assert str(e) == "anfrage: a\nanfrage: b"
