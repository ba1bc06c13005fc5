import errno
import os
import zipfile
from datetime import datetime

import docx
import pytest

from anfrage import api
from anfrage.errors import AnfrageError, OutputError, TemplateError
from anfrage.output import write_atomic

from builder import custom_template
from conftest import FACTS, INQUIRY, paragraphs

NASTY = "Rostock Port GmbH & Co. KG <Hafen> \"Zitat\" 'x' {{ x }} {% if %} {_{ %_} {_%"


def body(path):
    return [t for s, t in paragraphs(path)]


def test_xml_specials_quotes_and_jinja_text_render_verbatim(project) -> None:
    facts = FACTS.replace("ort: Peenemünde", "ort: '" + NASTY.replace("'", "''") + "'")
    inquiry = INQUIRY.replace("[Antwort eins.]", "['" + NASTY.replace("'", "''") + "']")
    result = api.render(project.standard(inquiry, facts))
    texts = body(result.path)
    assert NASTY in texts
    assert f"Kontakt: Am 26.\u00a0August\u00a02016 war der Botschafter in {NASTY}." in texts


def test_newline_becomes_a_line_break_and_controls_are_removed(project) -> None:
    inquiry = INQUIRY.replace("[Antwort eins.]", '["Zeile 1\\r\\nZeile 2\\tTab\\x07\\x1b Ende"]')
    result = api.render(project.standard(inquiry))
    paragraph = next(p for p in docx.Document(str(result.path)).paragraphs if "Zeile 1" in p.text)
    assert paragraph.text == "Zeile 1\nZeile 2\tTab Ende"
    assert paragraph._p.xml.count("<w:br/>") == 1


def test_same_inputs_give_identical_bytes(project) -> None:
    path = project.standard()
    first = api.render(path).path.read_bytes()
    second = api.render(path, force=True).path.read_bytes()
    assert first == second
    with zipfile.ZipFile(api.render(path, force=True).path) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_document_properties_come_from_the_inquiry(project) -> None:
    props = docx.Document(str(api.render(project.standard()).path)).core_properties
    assert (props.title, props.subject, props.author) == (
        "Testanfrage",
        "Drucksache 7/1",
        "Landesregierung",
    )
    assert props.created.date().isoformat() == "2017-07-25"


def test_existing_output_is_kept_without_force(project) -> None:
    path = project.standard()
    out = api.render(path).path
    out.write_bytes(b"mine")
    with pytest.raises(AnfrageError, match="exists already; use --force"):
        api.render(path)
    assert out.read_bytes() == b"mine"


def test_template_with_undefined_variable_writes_nothing(project) -> None:
    custom_template(project.root / "templates" / "landtag-mv.docx", "{{ titel }} {{ gibtsnicht }}")
    with pytest.raises(TemplateError, match="does not provide: 'gibtsnicht' is undefined"):
        api.render(project.standard())
    assert not (project.root / "out").exists()


def test_template_syntax_error_names_the_text(project) -> None:
    custom_template(project.root / "templates" / "landtag-mv.docx", "Kopf", "{{ titel ", "Fuß")
    with pytest.raises(TemplateError, match=r"template error: .* in the paragraph '\{\{ titel'"):
        api.render(project.standard())


def test_full_disk_leaves_no_partial_file(tmp_path, monkeypatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    target = tmp_path / "out" / "draft.docx"
    with pytest.raises(OutputError, match="No space left on device"):
        write_atomic(target, b"x" * 1000, force=False)
    assert not (tmp_path / "out").exists()  # not even the folder made for it


def test_unwritable_target_folder(tmp_path) -> None:
    (tmp_path / "afile").write_text("x")
    with pytest.raises(OutputError, match="cannot write here"):
        write_atomic(tmp_path / "afile" / "draft.docx", b"x", force=False)


def test_cached_output_equals_uncached_output(project) -> None:
    from anfrage.docx import render

    for name in ("test", "other"):
        project.standard()
        prepared = api.prepare(project.root / "anfragen" / "test.yaml")
        core = render.core_properties("T", "S", "A", datetime(2017, 7, 25, 12))
        render.clear_cache()
        first = render.render_bytes(prepared.template, prepared.draft.context, core)
        assert len(render._CACHE) == 1
        cached = render.render_bytes(prepared.template, prepared.draft.context, core)
        uncached = render.render_bytes(prepared.template, prepared.draft.context, core, cache=False)
        assert first == cached == uncached, name


def test_a_changed_template_is_compiled_again(project) -> None:
    from anfrage.docx import render

    path = project.standard()
    render.clear_cache()
    api.render(path)
    custom_template(project.root / "templates" / "landtag-mv.docx", "Neu: {{ titel }}")
    api.render(path, force=True)
    assert len(render._CACHE) == 2
    assert body(project.root / "out" / "test.docx") == ["Neu: Testanfrage"]


def test_drafts_are_readable_as_the_umask_says(project) -> None:
    previous = os.umask(0o022)
    try:
        path = api.render(project.standard()).path
    finally:
        os.umask(previous)
    assert path.stat().st_mode & 0o777 == 0o644
