"""Hostile inputs from the red-team pass (issue 12): one test per row that broke.

Every case that could hang or crash runs anfrage in a subprocess with a timeout and an
address-space limit, so a regression fails the test instead of the test run.
"""

from __future__ import annotations

import csv
import io
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx

from conftest import FACTS, INQUIRY, REPO

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


def test_row_10_a_review_copy_of_30000_references_finishes(project) -> None:
    # Quadratic before (10,000 references: 14 s; 100,000: never); linear now (about 4 s).
    references = " ".join(["{h15.zeitraum}"] * 30_000)
    project.standard(INQUIRY.replace("[Antwort eins.]", f"['{references}']"))
    result = run(project, "render", "anfragen/test.yaml", "--sources", timeout=60)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(project.root / "out" / "test_mit-quellen.docx") as z:
        # one per reference, and two for {k1} (its datum and ort)
        assert z.read("word/comments.xml").count(b"<w:comment ") == 30_002


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


# Row 4: a batch overwrote same-named drafts ------------------------------------------------


def test_row_4_same_named_drafts_stop_the_batch_before_anything_is_written(project) -> None:
    project.standard()
    for year in ("2017", "2018"):
        project.write(f"anfragen/{year}/antwort.yaml", INQUIRY.replace("../facts", "../../facts"))
    result = run(project, "render", "anfragen", "--jobs", "2")
    assert result.returncode == 2, result.stderr
    assert (
        "out/antwort.docx: anfragen/2017/antwort.yaml and anfragen/2018/antwort.yaml would all "
        "be written here" in result.stderr
    )
    assert not (project.root / "out").exists()


# Row 8 (batch): a crashed or killed worker, a killed main process ---------------------------

BATCH = """\
import os, sys, time
from pathlib import Path
from anfrage import drafting
from anfrage.cli import app

MAIN = os.getpid()
real = drafting.render


def render(path, **kw):
    if os.getpid() != MAIN and path.stem == VICTIM:
        ACTION
    return real(path, **kw)


drafting.render = render
sys.argv = ["anfrage", "render", "anfragen", "--jobs", "2"]
app()
"""


def _batch(project, victim: str, action: str) -> subprocess.Popen[str]:
    """A batch of four inquiries in which a worker does `action` on inquiry `victim`."""
    for name in ("a", "b", "c", "d"):
        project.write(f"anfragen/{name}.yaml", INQUIRY)
    project.write("facts/test.yaml", FACTS)
    script = BATCH.replace("VICTIM", repr(victim)).replace("ACTION", action)
    return subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=project.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_bounded,
    )


def test_row_8_a_crashed_worker_is_reported_per_inquiry(project) -> None:
    child = _batch(project, "c", "os.kill(os.getpid(), 9)")
    out, err = child.communicate(timeout=120)
    assert child.returncode == 3, err
    assert "Traceback" not in err and "BrokenProcessPool" not in err
    assert "anfragen/c.yaml: internal error: the worker process rendering it ended" in err
    assert "out/a.docx" in out


def test_row_8_killing_the_main_process_ends_its_workers(project, tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    pids.mkdir()
    action = f"Path({str(pids)!r}, str(os.getpid())).touch(); time.sleep(120)"
    child = _batch(project, "b", action)
    deadline = time.monotonic() + 60
    while not list(pids.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = [int(p.name) for p in pids.iterdir()]
    assert workers, child.communicate(timeout=5)
    child.kill()
    child.communicate(timeout=30)
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1][0] != "Z"
    except FileNotFoundError:
        return False


# Row 16: exit 3 for bad input, and exit 2 for internal errors ---------------------------------


def test_row_16_bad_input_exits_2(project) -> None:
    path = project.standard()
    (project.root / "facts" / "loop.yaml").symlink_to("loop.yaml")
    cases = [
        ("wahlperiode: 7", "wahlperiode: " + "7" * 5000, "wahlperiode:"),
        ("datum: 2017-07-31", 'datum: "0000"', "datum:"),
        ("../facts/test.yaml", "../facts/loop.yaml", "symbolic links that loop"),
        ("../facts/test.yaml", '"../facts/te\\0st.yaml"', "the path contains a NUL character"),
    ]
    for old, new, message in cases:
        path.write_text(INQUIRY.replace(old, new))
        result = run(project, "check", "anfragen/test.yaml")
        assert result.returncode == 2 and message in result.stderr, (new[:20], result.stderr)
    path.write_text(INQUIRY)
    for args, message in [
        (("deadline", "--received", "9999-12-20", "--profile", "landtag-mv"), "after the year"),
        (("check", "anfragen/test.yaml", "--stale-months", "1e7"), "--stale-months"),
    ]:
        result = run(project, *args)
        assert result.returncode == 2 and message in result.stderr, (args, result.stderr)
    # The project's own profile, made from the shipped one, wherever that lies.
    profile = project.root / "templates" / "landtag-mv.yaml"
    shipped = [profile, *REPO.glob("src/anfrage/*/landtag-mv.yaml")]
    text = next(p for p in shipped if p.is_file()).read_text()
    assert "anzahl: " in text
    profile.parent.mkdir(exist_ok=True)
    profile.write_text(re.sub(r"anzahl: \d+", "anzahl: 100000000", text, count=1))
    result = run(project, "deadline", "anfragen/test.yaml", "--received", "2024-05-02")
    assert result.returncode == 2, result.stderr
    assert "less than or equal to 1000" in result.stderr


def test_row_16_internal_errors_exit_3(project, monkeypatch) -> None:
    from typer.testing import CliRunner

    from anfrage import checks, drafting
    from anfrage.cli import app

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    project.standard()
    project.write("anfragen/zwei.yaml", INQUIRY)
    monkeypatch.setattr(checks, "run", broken)
    result = CliRunner().invoke(app, ["check", "anfragen/test.yaml", "anfragen/zwei.yaml"])
    assert result.exit_code == 3 and "internal error: ZeroDivisionError: a bug" in result.output
    monkeypatch.setattr(drafting, "render", broken)
    result = CliRunner().invoke(app, ["render", "anfragen", "--jobs", "1"])
    assert result.exit_code == 3, result.output
    assert "anfragen/test.yaml: internal error: ZeroDivisionError: a bug" in result.output


# Row 11: "nothing written" --------------------------------------------------------------

SECRET = """\
  - id: k2
    datum: 2017-03-27
    vertraulich: VS-NfD
    text: Ein vertrauliches Gespräch.
"""


def test_row_11_a_failed_run_leaves_the_files_it_found(project, tmp_path: Path) -> None:
    inquiry = INQUIRY.replace('      - "Kontakt: {k1}"', "      - chronik: {art: [kontakt]}")
    project.standard(inquiry, FACTS + SECRET)
    out = project.root / "out"
    assert run(project, "render", "anfragen/test.yaml").returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert sorted(before) == ["test.docx", "test_anlage-vs-nfd.docx"]
    # A LibreOffice that fails: the forced run puts the old draft and annex back.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "soffice").write_text("#!/bin/sh\nexit 1\n")
    (bin_dir / "soffice").chmod(0o755)
    path = f"{bin_dir}:{os.environ['PATH']}"
    project.write("anfragen/test.yaml", inquiry.replace("Erste Frage?", "Erste Frage, neu?"))
    result = run(project, "render", "anfragen/test.yaml", "--pdf", "--force", env={"PATH": path})
    assert result.returncode == 2, result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    # A draft that cannot be written (a folder stands in its place): the annex stays as it was.
    (out / "test.docx").unlink()
    (out / "test.docx").mkdir()
    result = run(project, "render", "anfragen/test.yaml", "--force")
    assert result.returncode == 2, result.stderr
    assert (out / "test_anlage-vs-nfd.docx").read_bytes() == before["test_anlage-vs-nfd.docx"]
    assert sorted(p.name for p in out.iterdir()) == ["test.docx", "test_anlage-vs-nfd.docx"]


def test_row_11_renders_without_force_never_overwrite_each_other(project) -> None:
    project.standard(INQUIRY.replace("[Antwort eins.]", "['" + "Lang. " * 2000 + "']"))
    command = [sys.executable, "-m", "anfrage", "render", "anfragen/test.yaml"]
    for _ in range(3):
        shutil.rmtree(project.root / "out", ignore_errors=True)
        runs = [
            subprocess.Popen(
                command, cwd=project.root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            for _ in range(4)
        ]
        results = [(p.communicate(timeout=120), p.returncode) for p in runs]
        codes = sorted(code for _, code in results)
        assert codes == [0, 2, 2, 2], results
        assert all("exists already" in err for (_, err), code in results if code == 2)
        assert [p.name for p in (project.root / "out").iterdir()] == ["test.docx"]


# Row 14: the clock ----------------------------------------------------------------------


def test_row_14_a_draft_without_dates_is_the_same_on_any_day(project) -> None:
    undated = INQUIRY.replace("datum: 2017-07-31\n", "").replace(
        "uebermittlung: {absender: Der Chef der Staatskanzlei, datum: 2017-07-25}\n", ""
    )
    project.standard(undated)
    drafts = []
    for day in ("2020-01-01", "2031-06-15"):
        # faketime is not at hand: the clock is moved by patching date.today in the child.
        script = (
            "import datetime, sys\n"
            "class D(datetime.date):\n"
            f"    @classmethod\n    def today(cls): return cls.fromisoformat({day!r})\n"
            "datetime.date = D\n"
            "from anfrage.cli import app\n"
            "sys.argv = ['anfrage', 'render', 'anfragen/test.yaml', '--force']\n"
            "app()\n"
        )
        result = subprocess.run(
            [sys.executable, "-c", script], cwd=project.root, capture_output=True, timeout=90
        )
        assert result.returncode == 0, result.stderr
        drafts.append((project.root / "out" / "test.docx").read_bytes())
    assert drafts[0] == drafts[1]
    with zipfile.ZipFile(project.root / "out" / "test.docx") as z:
        core = z.read("docProps/core.xml").decode()
    assert "1980-01-01T12:00:00Z" in core


# Row 13: injection ------------------------------------------------------------------------


def test_row_13_formulas_stay_text_in_the_ledger_and_paths_cannot_forge_lines(project) -> None:
    facts = FACTS.replace("quelle: Testquelle", 'quelle: "=HYPERLINK(\\"http://x\\";\\"y\\")"')
    project.standard(facts=facts)
    result = run(project, "sources", "anfragen/test.yaml", "--format", "csv")
    assert result.returncode == 0, result.stderr
    ledger = (project.root / "out" / "test_quellen.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(ledger), delimiter=";"))
    quellen = {row[4] for row in rows[1:]}
    assert quellen == {'\'=HYPERLINK("http://x";"y")'}, rows
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row)
    # A newline in a fact path stays inside its own error line.
    name = "../facts/x.yaml\\nerror anfragen/test.yaml:1:1: forged"
    project.standard(INQUIRY.replace("../facts/test.yaml", f'"{name}"'))
    result = run(project, "check", "anfragen/test.yaml")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert not any(line.startswith("error anfragen/test.yaml:1:1: forged") for line in lines)
    assert any("x.yaml\\nerror anfragen/test.yaml:1:1: forged" in line for line in lines), lines


def test_row_17_a_merge_that_would_not_load_names_no_line_of_a_file(project, monkeypatch) -> None:
    from typer.testing import CliRunner

    from anfrage.cli import app
    from anfrage.merging import roundtrip

    inquiry = project.standard(TWO_RESSORTS)
    before = inquiry.read_bytes()
    aa = project.write(
        "zulieferungen/aa.yaml", CONTRIBUTION.format(ressort="AA", fragen="1", text="Text AA.")
    )
    real = roundtrip.splice
    monkeypatch.setattr(roundtrip, "splice", lambda *a: real(*a) + "\ntittel: x\n")
    result = CliRunner().invoke(app, ["merge", str(inquiry), str(aa)])
    assert result.exit_code == 2, result.output
    assert (
        "anfragen/test.yaml: the merged inquiry would not load, so nothing was merged: line "
        in result.output
    )
    assert "of the merged text: unknown key 'tittel'" in result.output
    assert inquiry.read_bytes() == before
