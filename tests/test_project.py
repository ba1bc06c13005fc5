import os
from pathlib import Path

from anfrage.project import find_root, resolve_inside


def test_root_is_the_folder_holding_templates(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "anfragen" / "2017").mkdir(parents=True)
    assert find_root(tmp_path / "anfragen" / "2017" / "x.yaml") == tmp_path.resolve()


def test_lone_inquiry_uses_its_folder(tmp_path: Path) -> None:
    assert find_root(tmp_path / "x.yaml") == tmp_path.resolve()


def test_paths_must_stay_inside(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "a.yaml").write_text("x: 1")
    base = tmp_path / "anfragen"
    assert (
        resolve_inside(tmp_path, base, "../facts/a.yaml") == (tmp_path / "facts/a.yaml").resolve()
    )
    assert resolve_inside(tmp_path, base, "../../etc/passwd") is None
    assert resolve_inside(tmp_path, base, "/etc/passwd") is None
    os.symlink("/etc", tmp_path / "facts" / "out")
    assert resolve_inside(tmp_path, base, "../facts/out/passwd") is None
