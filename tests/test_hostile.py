"""Hostile inputs from the red-team pass (issue 12): one test per row that broke.

Every case that could hang or crash runs anfrage in a subprocess with a timeout and an
address-space limit, so a regression fails the test instead of the test run.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import docx

from conftest import INQUIRY

MEMORY = 2 * 2**30


def _bounded() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run(
    project, *args: str, timeout: float = 90, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`anfrage ARGS` in the project, bounded in time and memory."""
    return subprocess.run(
        [sys.executable, "-m", "anfrage", *args],
        cwd=project.root,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_bounded,
        env={**os.environ, **(env or {})},
    )


def texts(path: Path) -> list[str]:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return [p.text for p in document.paragraphs] + cells


# Row 2: read-modify-write of a user's file ------------------------------------------------

TWO_RESSORTS = INQUIRY.replace(
    "  - fragen: [1]\n    text: [Antwort eins.]\n", "  - fragen: [1]\n    ressort: AA\n"
).replace(
    '  - fragen: [2, 2a, 2b]\n    text:\n      - "Kontakt: {k1}"\n',
    "  - fragen: [2, 2a, 2b]\n    ressort: WM\n",
)

CONTRIBUTION = """\
zulieferung: {{ressort: {ressort}, drucksache: "7/1"}}
antworten:
  - fragen: [{fragen}]
    text: ["{text}"]
"""


def test_row_2_concurrent_merges_into_one_inquiry_both_land(project) -> None:
    aa = project.write(
        "zulieferungen/aa.yaml", CONTRIBUTION.format(ressort="AA", fragen="1", text="Text AA.")
    )
    wm = project.write(
        "zulieferungen/wm.yaml",
        CONTRIBUTION.format(ressort="WM", fragen="2, 2a, 2b", text="Text WM."),
    )
    command = [sys.executable, "-m", "anfrage", "merge", "anfragen/test.yaml"]
    for _ in range(4):
        inquiry = project.standard(TWO_RESSORTS)
        runs = [
            subprocess.Popen(
                [*command, str(c)],
                cwd=project.root,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                preexec_fn=_bounded,
            )
            for c in (aa, wm)
        ]
        results = [(p.communicate(timeout=90), p.returncode) for p in runs]
        assert [code for _, code in results] == [0, 0], results
        merged = inquiry.read_text()
        assert "Text AA." in merged and "Text WM." in merged, merged
    assert sorted(p.name for p in (project.root / "anfragen").iterdir()) == ["test.yaml"]


def test_row_2_merge_keeps_a_symlink_the_mode_and_leaves_no_temporary_file(project) -> None:
    real = project.standard(TWO_RESSORTS)
    real.chmod(0o600)
    link = project.root / "anfragen" / "link.yaml"
    link.symlink_to("test.yaml")
    aa = project.write(
        "zulieferungen/aa.yaml", CONTRIBUTION.format(ressort="AA", fragen="1", text="Text AA.")
    )
    result = run(project, "merge", str(link), str(aa))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and "Text AA." in real.read_text()
    assert real.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in real.parent.iterdir()) == ["link.yaml", "test.yaml"]


def test_row_2_an_interrupted_write_leaves_no_temporary_file(project, tmp_path: Path) -> None:
    # A writer of a large file is interrupted while it writes: the signal waits until the
    # file is whole, so either the old or the new file stands, and no temporary file.
    target = tmp_path / "out" / "big.bin"
    target.parent.mkdir()
    target.write_bytes(b"old")
    script = (
        "from pathlib import Path; from anfrage.output import write_atomic\n"
        "data = b'x' * 300_000_000\n"
        "print('ready', flush=True)\n"
        f"write_atomic(Path({str(target)!r}), data, force=True)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, preexec_fn=_bounded
    )
    assert child.stdout is not None and child.stdout.readline() == b"ready\n"
    time.sleep(0.05)
    child.send_signal(signal.SIGINT)
    child.wait(timeout=60)
    child.stdout.close()
    assert [p.name for p in target.parent.iterdir()] == ["big.bin"]
    assert target.stat().st_size in (3, 300_000_000)
