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

from conftest import FACTS, INQUIRY

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


# Row 3: YAML 1.1 changed values silently ----------------------------------------------------

TYPED = ["NO", "12:30", "0123", "1.10", "0x1F", "yes", "1_000", "+5", "1e3", ".inf", "2017-07-31"]


def test_row_3_free_text_keeps_every_value_as_typed(project) -> None:
    cells = ", ".join(TYPED)
    weitere = ", ".join(f"w{i}: {v}" for i, v in enumerate(TYPED))
    facts = FACTS + f"sonstiges:\n  - id: s1\n    datum: 2016\n    weitere: {{{weitere}}}\n"
    refs = "|".join(f"{{s1.weitere.w{i}}}" for i in range(len(TYPED)))
    inquiry = INQUIRY.replace(
        "    text: [Antwort eins.]\n",
        f'    text:\n      - "{refs}"\n'
        f"      - tabelle: {{kopf: [{', '.join('K' * (i + 1) for i in range(len(TYPED)))}], "
        f"zeilen: [[{cells}]]}}\n",
    )
    project.standard(inquiry, facts)
    result = run(project, "render", "anfragen/test.yaml")
    assert result.returncode == 0, result.stderr
    found = texts(project.root / "out" / "test.docx")
    assert "|".join(TYPED) in found
    assert all(value in found for value in TYPED)


def test_row_3_numbers_written_as_they_print_stay_numbers(project) -> None:
    from anfrage.loading._yaml import load_yaml

    path = project.write("x.yaml", "a: [12, -3, 0, 1.5, 0.25, true, null, ~, 012, 1.50]\n")
    assert load_yaml(path).data["a"] == [12, -3, 0, 1.5, 0.25, True, None, None, "012", "1.50"]


# Row 8: deep nesting, crashed and killed batch workers ---------------------------------------


def test_row_8_deep_nesting_is_refused_with_a_message(project) -> None:
    project.standard()
    deep = project.root / "anfragen" / "tief.yaml"
    for text in (
        "titel: " + "[" * 50_000,
        "titel:\n" + "".join(" " * i + "- \n" for i in range(300)),
    ):
        deep.write_text(text)
        result = run(project, "check", "anfragen/tief.yaml", timeout=60)
        assert result.returncode == 2, (result.returncode, result.stderr[-500:])
        assert "anfragen/tief.yaml:" in result.stderr
        assert "nested deeper than" in result.stderr, result.stderr


# Row 10: unbounded reads ---------------------------------------------------------------------


def test_row_10_pipes_devices_and_sparse_files_are_refused_without_reading(project) -> None:
    project.standard()
    folder = project.root / "anfragen"
    os.mkfifo(folder / "fifo.yaml")
    (folder / "zero.yaml").symlink_to("/dev/zero")
    with open(folder / "sparse.yaml", "wb") as f:
        f.truncate(6 * 2**30)
    for name, message in [
        ("fifo", "is not a regular file"),
        ("zero", "is not a regular file"),
        ("sparse", "file is larger than 10 MB"),
    ]:
        result = run(project, "check", f"anfragen/{name}.yaml", timeout=30)
        assert result.returncode == 2, (name, result.stderr)
        assert f"anfragen/{name}.yaml: {message}" in result.stderr, result.stderr


# Row 17: unclear messages -----------------------------------------------------------------


def test_row_17_plain_records_are_no_alias_bomb(project) -> None:
    from anfrage.loading._yaml import load_yaml

    path = project.write("x.yaml", "a:\n" + "  - {id: x, n: 1}\n" * 70_000)
    assert len(load_yaml(path).data["a"]) == 70_000


def test_row_17_merge_key_nul_and_c1_are_named(project) -> None:
    path = project.standard()
    for text, message in [
        (
            "a: &x {b: 1}\nc:\n  <<: *x\n",
            "anfragen/test.yaml:3:3: merge keys (<<) are not supported",
        ),
        ("titel: ok\ntext: a\x00b\n", "anfragen/test.yaml:2:8: character U+0000"),
        ("titel: ok\ntext: a\x9bb\n", "anfragen/test.yaml:2:8: character U+009B"),
    ]:
        path.write_bytes(text.encode())
        result = run(project, "check", "anfragen/test.yaml")
        assert result.returncode == 2 and message in result.stderr, result.stderr


# Row 18: small text changes --------------------------------------------------------------


def test_row_18_a_backslash_stays_and_a_wrong_format_is_refused(project) -> None:
    typed = r"C:\{Projekte 2024}\Daten und a \{ b und \{k1.datum}"
    project.standard(INQUIRY.replace("[Antwort eins.]", f"['{typed}']"))
    result = run(project, "render", "anfragen/test.yaml")
    assert result.returncode == 0, result.stderr
    assert r"C:\{Projekte 2024}\Daten und a \{ b und {k1.datum}" in texts(
        project.root / "out" / "test.docx"
    )
    project.standard(INQUIRY.replace("{k1}", "{k1.datum|mio} {h15.umsatz|kurz}"))
    result = run(project, "check", "anfragen/test.yaml")
    assert result.returncode == 2, result.stderr
    assert (
        "{k1.datum|mio}: format 'mio' does not apply: the value is a date, which takes 'lang' "
        "or 'kurz'" in result.stderr
    )
    assert (
        "{h15.umsatz|kurz}: format 'kurz' does not apply: the value is an amount" in result.stderr
    )
