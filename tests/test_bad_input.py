"""The bad-input catalogue: one test per row. Each runs `anfrage render` and expects exit 2, a
clear message naming the file (and the line where there is one), no traceback, and nothing
written."""

import errno
import os
import time
import tracemalloc
import warnings
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from anfrage import output as output_module

from builder import custom_template
from conftest import FACTS, INQUIRY, Project


def refused(project: Project, path: Path, *fragments: str, args: tuple[str, ...] = ()) -> str:
    before = sorted(p for p in project.root.rglob("*"))
    result = CliRunner().invoke(__import__("anfrage.cli").cli.app, ["render", str(path), *args])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in result.output, result.output
    assert "nothing written" in result.output
    assert sorted(p for p in project.root.rglob("*")) == before
    return result.output


def works(project: Project, path: Path) -> None:
    result = CliRunner().invoke(__import__("anfrage.cli").cli.app, ["render", str(path)])
    assert result.exit_code == 0, result.output


# --- YAML -------------------------------------------------------------------------------


def test_malformed_yaml(project) -> None:
    refused(
        project,
        project.standard("parlament: [landtag-mv\n"),
        "anfragen/test.yaml:2:1: invalid YAML",
    )


def test_wrong_type(project) -> None:
    path = project.standard(INQUIRY.replace("wahlperiode: 7", "wahlperiode: sieben"))
    refused(
        project,
        path,
        "anfragen/test.yaml:2:14: wahlperiode: Input should be a valid integer",
        "got 'sieben'",
    )


def test_unknown_key(project) -> None:
    path = project.standard(INQUIRY.replace("titel:", "tittel:"))
    refused(project, path, "anfragen/test.yaml:7:1: unknown key 'tittel'; did you mean 'titel'?")


def test_empty_file(project) -> None:
    refused(project, project.standard(""), "anfragen/test.yaml: file is empty")


def test_non_utf8(project) -> None:
    path = project.standard()
    path.write_bytes(path.read_bytes().replace(b"Erste Frage", "Erste Fr\xe4ge".encode("latin-1")))
    refused(project, path, "anfragen/test.yaml:12:19: byte 0xe4 is not valid UTF-8")


def test_bom_simply_works(project) -> None:
    path = project.standard()
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    works(project, path)


def test_crlf_simply_works(project) -> None:
    path = project.standard()
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    (project.root / "facts" / "test.yaml").write_bytes(FACTS.replace("\n", "\r\n").encode())
    works(project, path)


def test_duplicate_question_number(project) -> None:
    path = project.standard(INQUIRY.replace("  - nr: 2\n", "  - nr: 1\n"))
    refused(project, path, "anfragen/test.yaml:13:9: question 1 appears twice")


def test_answer_to_a_question_that_does_not_exist(project) -> None:
    path = project.standard(INQUIRY.replace("fragen: [1]", "fragen: [1, 9]"))
    refused(project, path, "anfragen/test.yaml:21:17: answer refers to question '9'")


def test_missing_fact_file(project) -> None:
    path = project.standard(INQUIRY.replace("../facts/test.yaml", "../facts/fehlt.yaml"))
    refused(project, path, "anfragen/test.yaml:9:10: fact file '../facts/fehlt.yaml' not found")


def test_reference_to_a_missing_fact_record(project) -> None:
    path = project.standard(INQUIRY.replace("{k1}", "{k9.datum}"))
    refused(project, path, "anfragen/test.yaml:25:19: {k9.datum}: no fact record 'k9'")


def test_alias_bomb_is_refused_in_bounded_memory_and_time(project) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{','.join(['*' + prev] * 9)}]")
    path = project.standard("\n".join(lines) + "\n")
    tracemalloc.start()
    started = time.perf_counter()
    refused(project, path, "anfragen/test.yaml:", "alias bomb")
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 5 and peak < 64 * 2**20, (elapsed, peak)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("titel: a\x00b\n", "anfragen/test.yaml:1:9: character U+0000 is not allowed"),
        ("x: 1\ntitel: a\x85\x9bb\n", "anfragen/test.yaml:2:10: character U+009B is not allowed"),
        ("a:\n\tb: 1\n", "anfragen/test.yaml:2:1: invalid YAML: a tab: YAML indents with spaces"),
        (
            "a: &x {b: 1}\nc:\n  <<: *x\n",
            "anfragen/test.yaml:3:3: merge keys (<<) are not supported",
        ),
    ],
)
def test_characters_tabs_and_merge_keys_are_named_at_line_and_column(
    project, text: str, message: str
) -> None:
    project.standard()
    path = project.root / "anfragen" / "test.yaml"
    path.write_bytes(text.encode("utf-8"))
    refused(project, path, message)


@pytest.mark.parametrize("bom", [b"", b"\xff\xfe"])
def test_utf16_is_named(project, bom: bytes) -> None:
    path = project.standard()
    path.write_bytes(bom + INQUIRY.encode("utf-16-le"))
    refused(project, path, "anfragen/test.yaml:1:1: the file is saved as UTF-16; save it as UTF-8")


def test_a_german_date_names_the_form_to_write(project) -> None:
    path = project.standard(INQUIRY.replace("datum: 2017-07-31", "datum: 31.07.2017"))
    refused(
        project,
        path,
        "anfragen/test.yaml:4:8: datum: expected a date written year-month-day "
        "like 2017-07-31, got '31.07.2017'",
    )


def test_a_5000_digit_number(project) -> None:
    path = project.standard(INQUIRY.replace("wahlperiode: 7", "wahlperiode: " + "7" * 5000))
    output = refused(project, path, "anfragen/test.yaml:2:14: wahlperiode:")
    assert "7" * 61 not in output


def test_year_0(project) -> None:
    path = project.standard(facts=FACTS.replace("datum: 2016-08-26", 'datum: "0000"'))
    refused(project, path, "facts/test.yaml:8:12: kontakte[0].datum: there is no year 0")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("loop.yaml", "symbolic links that loop"),
        ('"a\\0b.yaml"', "the path contains a NUL character"),
    ],
)
def test_fact_paths_that_cannot_be_followed(project, name: str, message: str) -> None:
    path = project.standard(
        INQUIRY.replace(
            "../facts/test.yaml", f"../facts/{name}".replace('../facts/"', '"../facts/')
        )
    )
    (project.root / "facts" / "loop.yaml").symlink_to("loop.yaml")
    refused(project, path, "anfragen/test.yaml:9:10: fact file ", message)


@pytest.mark.parametrize(
    "payload",
    [
        "!!python/object/apply:os.system ['touch pwned']",
        "!!python/name:os.system",
        "!!python/module:os",
    ],
)
def test_python_tags_are_refused(project, payload: str) -> None:
    path = project.standard(INQUIRY.replace("titel: Testanfrage", f"titel: {payload}"))
    refused(project, path, "anfragen/test.yaml:7:8: tag 'tag:yaml.org,2002:python/")
    assert not (project.root / "pwned").exists()


@pytest.mark.parametrize("target", ["../../etc/passwd", "/etc/passwd", "../facts/link/passwd"])
def test_fact_path_leaving_the_project(project, target: str) -> None:
    (project.root / "facts").mkdir(exist_ok=True)
    os.symlink("/etc", project.root / "facts" / "link")
    path = project.standard(INQUIRY.replace("../facts/test.yaml", target))
    refused(
        project, path, f"anfragen/test.yaml:9:10: fact file '{target}' lies outside the project"
    )


# --- templates ----------------------------------------------------------------------------


def template(project: Project) -> Path:
    return project.root / "templates" / "landtag-mv.docx"


def rewrite(path: Path, change) -> None:
    """Rewrite a .docx package member by member through `change(name, data) -> data`."""
    members = []
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, change(i.filename, z.read(i))) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(name, data)


def test_template_jinja_syntax_error_names_the_paragraph(project) -> None:
    custom_template(template(project), "Kopf", "{{ titel ", "Fuß")
    refused(
        project,
        project.standard(),
        "templates/landtag-mv.docx: word/document.xml: template error:",
        "in the paragraph '{{ titel'",
    )


def test_template_using_an_undefined_variable(project) -> None:
    custom_template(template(project), "{{ titel }} {{ geheim }}")
    refused(
        project,
        project.standard(),
        "templates/landtag-mv.docx: template uses a value anfrage "
        "does not provide: 'geheim' is undefined",
    )


def test_template_that_is_not_a_docx(project) -> None:
    template(project).write_text("Dies ist kein Word-Dokument.")
    refused(project, project.standard(), "templates/landtag-mv.docx: not a Word document (.docx)")


def test_template_declaring_an_external_entity(project) -> None:
    xxe = b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'

    def change(name: str, data: bytes) -> bytes:
        if name != "word/document.xml":
            return data
        head, _, rest = data.partition(b"?>")
        return head + b"?>" + xxe + rest.replace(b"{{ titel }}", b"&xxe;", 1)

    rewrite(template(project), change)
    refused(
        project,
        project.standard(),
        "templates/landtag-mv.docx: word/document.xml declares a DTD or entities; refused",
    )


def test_template_that_is_a_zip_bomb(project) -> None:
    with zipfile.ZipFile(template(project), "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/media/bomb.bin", b"\0" * (20 * 2**20))
    refused(
        project,
        project.standard(),
        "templates/landtag-mv.docx: word/media/bomb.bin is compressed",
        "refused as a possible zip bomb",
    )


def test_template_with_a_duplicate_core_xml(project) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns about the duplicate name
        with zipfile.ZipFile(template(project), "a") as z:
            z.writestr("docProps/core.xml", b"<cp:coreProperties/>")
    refused(
        project,
        project.standard(),
        "templates/landtag-mv.docx: holds two parts named 'docProps/core.xml'",
    )


# --- output ------------------------------------------------------------------------------


def test_output_folder_not_writable(project, monkeypatch) -> None:
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(output_module.tempfile, "mkstemp", denied)
    refused(project, project.standard(), "out: cannot write here: Permission denied")


def test_output_folder_is_a_file(project) -> None:
    project.write("out", "a file, not a folder")
    refused(project, project.standard(), "out: cannot write here")


def test_existing_output_without_force(project) -> None:
    path = project.standard()
    project.write("out/test.docx", "mine")
    refused(project, path, "out/test.docx: exists already; use --force to overwrite it")
    assert (project.root / "out" / "test.docx").read_text() == "mine"


def test_full_disk_leaves_no_partial_file(project, monkeypatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output_module.os, "fsync", full)
    (project.root / "out").mkdir()
    refused(project, project.standard(), "out/test.docx: cannot write the draft: No space left")
    assert list((project.root / "out").iterdir()) == []
