"""A fresh install serves a new project: the wheel carries every shipped profile, template,
import layout and skeleton, and `anfrage new` works in an empty folder outside any project."""

import subprocess
import sys
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from anfrage.cli import app

from conftest import REPO
from shipped import shipped

runner = CliRunner()


def test_the_wheel_carries_the_package_data(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(REPO)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = tmp_path.glob("anfrage-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = [
        *shipped("src/anfrage/profiles/*.yaml"),
        *shipped("src/anfrage/profiles/*.docx"),
        *shipped("src/anfrage/importing/*.yaml"),
        *shipped("src/anfrage/skeletons/*.yaml"),
    ]
    missing = [str(p.relative_to(REPO / "src")) for p in wanted]
    missing = [m for m in missing if m not in names]
    assert missing == []


def test_new_with_a_shipped_profile_renders_in_an_empty_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["new", "--profile", "nordrhein-westfalen", "anfrage.yaml"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "anfrage.yaml").read_text(encoding="utf-8")
    for old, new in [
        ('  name: "…"', '  name: "Erika Muster"'),
        ('titel: "…"', 'titel: "Beziehungen zu Polen"'),
        ('    text: "…"', '    text: "Welche Kontakte bestehen?"'),
        ('        text: "…"', '        text: "Seit wann?"'),
        ('      - "…"', '      - "Die Landesregierung pflegt enge Kontakte."'),
    ]:
        assert old in text, old
        text = text.replace(old, new, 1)
    (tmp_path / "anfrage.yaml").write_text(text, encoding="utf-8")
    rendered = runner.invoke(app, ["render", "anfrage.yaml"])
    assert rendered.exit_code == 0, rendered.output
    assert (tmp_path / "out" / "anfrage.docx").is_file()
    assert not (tmp_path / "templates").exists()
