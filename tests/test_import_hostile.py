"""Hostile input to `anfrage import`: inputs that make a backtracking pattern slow finish
(timings are in benchmarks/import_bench.py), a hanging pdftotext is killed with its children,
a zip bomb is refused before it is unpacked, and a file name cannot write YAML keys."""

from __future__ import annotations

import io
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest

from anfrage.errors import SourceError
from anfrage.importing import reading
from anfrage.importing.found import Imported, Question
from anfrage.importing.layout import load_layouts
from anfrage.importing.run import read_text
from anfrage.importing.writer import write
from anfrage.loading._yaml import load_yaml

from conftest import REPO

HOSTILE = {
    "numbers": "1.\n" * 100_000,
    "hyphens": "Landes-\n" * 50_000,
    "spaces": "Kleine Anfrage " + " " * 100_000 + "Ende.",
    "dashes": "Kleine Anfrage – " * 60_000,
    "flat numbers": "1. " * 100_000,
    "labels": "Zu 1, " * 50_000,
    "askers": "der Abgeordneten Max " * 30_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_read_to_the_end(name: str) -> None:
    found, _ = read_text(HOSTILE[name], load_layouts(REPO / "templates"))
    assert len(found.fragen) <= 1  # nothing in these is a list of questions


def test_a_hanging_pdftotext_is_killed_with_its_children(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pids = tmp_path / "pids"
    fake = tmp_path / "pdftotext"
    fake.write_text(f"#!/bin/sh\nsleep 300 &\necho $! > {pids}\nwait\n", encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(reading.shutil, "which", lambda name: str(fake))
    monkeypatch.setattr(reading, "PDFTOTEXT_SECONDS", 1)
    assert reading._pdftotext(str(fake), b"%PDF-1.4") is None
    child = int(pids.read_text(encoding="utf-8"))
    assert not _running(child)  # the sleeping grandchild went with the group


def _running(pid: int) -> bool:
    """The process lives (a killed child nobody reaped yet is a zombie: not running)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


def test_a_docx_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<" + b" " * (60 * 1024 * 1024) + b"/>")
    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(buffer.getvalue())
    with pytest.raises(SourceError, match="refused as a possible zip bomb"):
        reading.read_document(bomb)


def test_a_docx_is_read_with_the_standard_library(tmp_path: Path) -> None:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(
        f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
        for text in ["Kleine Anfrage des Abgeordneten Max Muster (CDU)", "1. Gilt das?", "Ja."]
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'
        )
    path = tmp_path / "ka.docx"
    path.write_bytes(buffer.getvalue())
    assert reading.read_document(path).split("\n") == [
        "Kleine Anfrage des Abgeordneten Max Muster (CDU)", "", "1. Gilt das?", "", "Ja.", "",
    ]  # fmt: skip


def test_a_file_name_cannot_write_yaml_keys(tmp_path: Path) -> None:
    found = Imported(titel="T", fragen=[Question("1", "Gilt das?")])
    text = write(found, "landtag-mv", "drs\nvorbemerkung: X\n#.txt", date(2026, 1, 1)).text
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    data = load_yaml(path).data
    assert "vorbemerkung" not in data
    assert data["titel"] == "T"
