"""Hostile templates (issue 12, rows 6, 7, 12, 15, 16): the draft holds only what anfrage puts
there, no template runs long or large, and a broken package is bad input (exit 2).

Every input is built here from the shipped landtag-mv template. What could hang runs in a
subprocess with a timeout and an address-space limit."""

from __future__ import annotations

import json
import re
import resource
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from lxml import etree
from typer.testing import CliRunner

from anfrage.cli import app
from anfrage.docx import limits

from builder import custom_template
from conftest import FACTS, INQUIRY, Project

runner = CliRunner()
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument."
TIMEOUT = 60
EMPTY_RELS = (
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b"</Relationships>"
)
Change = Callable[[str, bytes], bytes]


def template(project: Project) -> Path:
    return project.root / "templates" / "landtag-mv.docx"


def rebuild(
    path: Path,
    change: Change | None = None,
    add: dict[str, bytes] | None = None,
    types: dict[str, str] | None = None,
    rels: dict[str, list[str]] | None = None,
) -> None:
    """Rewrite a .docx: `change` each member, `add` members, with content-type overrides
    (`types`: part → content type) and relationships (`rels`: .rels member → elements)."""
    with zipfile.ZipFile(path) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    for name, elements in (rels or {}).items():
        body = members.get(name, EMPTY_RELS)
        members[name] = body.replace(
            b"</Relationships>", "".join(elements).encode() + b"</Relationships>"
        )
    overrides = "".join(
        f'<Override PartName="/{n}" ContentType="{t}"/>' for n, t in (types or {}).items()
    )
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>", overrides.encode() + b"</Types>"
    )
    members |= add or {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in members.items():
            z.writestr(name, change(name, body) if change else body)


def relation(rid: str, kind: str, target: str, *, external: bool = False) -> str:
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{target}"{mode}/>'


def in_body(xml: str) -> Change:
    def change(name: str, body: bytes) -> bytes:
        if name == "word/document.xml":
            return body.replace(b"<w:body>", f"<w:body>{xml}".encode(), 1)
        return body

    return change


def render(project: Project, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["render", str(project.standard()), *args])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def refused(project: Project, *fragments: str) -> None:
    code, output = render(project)
    assert code == 2, output
    for fragment in fragments:
        assert fragment in output, output
    assert not (project.root / "out").exists()


def draft(project: Project, name: str = "test.docx") -> dict[str, bytes]:
    with zipfile.ZipFile(project.root / "out" / name) as z:
        return {n: z.read(n) for n in z.namelist()}


RUNNER = """
import json, sys
from typer.testing import CliRunner
from anfrage.cli import app
out = []
for args in json.loads(sys.argv[1]):
    result = CliRunner().invoke(app, args)
    out.append([result.exit_code, result.output])
print(json.dumps(out))
"""


def bounded_cli(project: Project, *commands: list[str]) -> list[tuple[int, str]]:
    """CLI commands run one after the other in a subprocess of at most TIMEOUT seconds and
    3 GiB of address space: (exit code, output) of each."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, resource.RLIM_INFINITY))

    try:
        done = subprocess.run(
            [sys.executable, "-c", RUNNER, json.dumps(commands)],
            cwd=project.root,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            preexec_fn=limit,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"anfrage {commands} did not finish within {TIMEOUT} s")
    assert done.returncode == 0, done.stderr
    return [(code, output) for code, output in json.loads(done.stdout.splitlines()[-1])]


# --- row 6: the draft holds only what anfrage puts there ----------------------------------


def test_an_external_attached_template_is_removed_with_a_note(project) -> None:
    def change(name: str, body: bytes) -> bytes:
        if name == "word/settings.xml":
            return body.replace(
                b"<w:defaultTabStop",
                f'<w:attachedTemplate xmlns:r="{REL}" r:id="rIdTpl"/><w:defaultTabStop'.encode(),
            )
        return body

    unc = "file://///server/share/Vorlagen/Makros.dotm"
    attached = relation("rIdTpl", "attachedTemplate", unc, external=True)
    rebuild(template(project), change, rels={"word/_rels/settings.xml.rels": [attached]})
    code, output = render(project)
    assert code == 0, output
    assert "note: the link to an external Word template left out of the draft" in output
    parts = draft(project)
    assert b"server/share" not in b"".join(parts.values())
    assert b"attachedTemplate" not in parts["word/settings.xml"]


@pytest.mark.parametrize(
    ("kind", "target", "expected"),
    [
        ("image", "http://attacker.example/pixel.png", "links to an external image at 'http://"),
        ("oleObject", "\\\\server\\share\\x.xlsx", "links to an external oleObject"),
        ("hyperlink", "file:///etc/passwd", "links to an external hyperlink at 'file:///etc"),
    ],
)
def test_external_targets_are_refused(project, kind: str, target: str, expected: str) -> None:
    rels = {"word/_rels/document.xml.rels": [relation("rIdX", kind, target, external=True)]}
    rebuild(template(project), rels=rels)
    refused(project, "templates/landtag-mv.docx: word/document.xml", expected)


def test_a_web_hyperlink_is_text_and_stays(project) -> None:
    link = "https://www.regierung-mv.de/"
    rels = {"word/_rels/document.xml.rels": [relation("rIdL", "hyperlink", link, external=True)]}
    rebuild(template(project), rels=rels)
    code, output = render(project)
    assert code == 0, output
    assert link.encode() in draft(project)["word/_rels/document.xml.rels"]


@pytest.mark.parametrize(
    ("name", "ctype", "kind", "expected"),
    [
        ("word/vbaProject.bin", "application/vnd.ms-office.vbaProject", "vbaProject", "macros"),
        ("word/embeddings/oleObject1.bin", CT + "oleObject", "oleObject", "an embedded object"),
        ("word/afchunk.html", "text/html", "aFChunk", "an imported file (altChunk)"),
        ("word/charts/chart1.xml", CT + "drawingml.chart+xml", "chart", "a chart"),
    ],
)
def test_active_and_imported_content_is_refused(project, name, ctype, kind, expected) -> None:
    target = name.removeprefix("word/")
    rebuild(
        template(project),
        add={name: b"<x/>" if name.endswith((".xml", ".html")) else b"\xd0\xcf\x11\xe0"},
        types={name: ctype},
        rels={"word/_rels/document.xml.rels": [relation("rIdZ", kind, target)]},
    )
    refused(project, "templates/landtag-mv.docx: ", expected, "remove it")


@pytest.mark.parametrize(
    ("field", "kind"),
    [
        (
            '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DDE</w:instrText>'
            '</w:r><w:r><w:instrText>AUTO c:\\\\cmd.exe "/k calc"</w:instrText>'
            '</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
            "DDEAUTO",
        ),
        (
            '<w:p><w:fldSimple w:instr=" INCLUDEPICTURE &quot;http://attacker.example/p.png&quot; '
            '\\d "><w:r><w:t>Bild</w:t></w:r></w:fldSimple></w:p>',
            "INCLUDEPICTURE",
        ),
    ],
)
def test_fields_that_fetch_or_run_are_refused(project, field: str, kind: str) -> None:
    rebuild(template(project), in_body(field))
    refused(project, f"word/document.xml holds a {kind} field", "remove the field")


def test_tracked_changes_are_refused(project) -> None:
    change = (
        '<w:p><w:del w:id="1" w:author="Referent"><w:r><w:delText>Zahlen geschönt</w:delText>'
        '</w:r></w:del><w:ins w:id="2" w:author="Referent"><w:r><w:t>{{ titel }}</w:t></w:r>'
        "</w:ins></w:p>"
    )
    rebuild(template(project), in_body(change))
    refused(project, "word/document.xml holds tracked changes; accept or reject them")


COMMENTS = (
    '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:comment w:id="7" w:author="Referent"><w:p><w:r><w:t>Intern: Zahlen geschönt</w:t>'
    "</w:r></w:p></w:comment></w:comments>"
)
ANCHORED = (
    '<w:p><w:commentRangeStart w:id="7"/><w:r><w:t>{{ titel }}</w:t></w:r>'
    '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p>'
)


@pytest.mark.parametrize("sources", [False, True])
def test_template_comments_never_reach_the_draft(project, sources: bool) -> None:
    rebuild(
        template(project),
        in_body(ANCHORED),
        add={"word/comments.xml": COMMENTS.encode()},
        types={"word/comments.xml": CT + "wordprocessingml.comments+xml"},
        rels={"word/_rels/document.xml.rels": [relation("rIdC", "comments", "comments.xml")]},
    )
    code, output = render(project, *(["--sources"] if sources else []))
    assert code == 0, output
    assert "note: the template's comments left out of the draft" in output
    parts = draft(project, "test_mit-quellen.docx" if sources else "test.docx")
    assert "geschönt".encode() not in b"".join(parts.values())
    assert b'w:id="7"' not in parts["word/document.xml"]
    if sources:  # the review copy has anfrage's comments only
        assert b"Fakt: k1" in parts["word/comments.xml"]
    else:
        assert "word/comments.xml" not in parts and b"comments" not in parts["[Content_Types].xml"]


def test_template_properties_never_reach_the_draft(project) -> None:
    core = (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
        'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>ENTWURF – NICHT'
        " WEITERGEBEN</dc:title><dc:creator>Max Geheim</dc:creator></cp:coreProperties>"
    )
    custom = (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-'
        'properties"><property name="Geheimhaltung"><vt:lpwstr xmlns:vt="x">GEHEIM</vt:lpwstr>'
        "</property></Properties>"
    )

    def change(name: str, body: bytes) -> bytes:
        if name == "docProps/core.xml":
            return core.encode()
        if name == "docProps/app.xml":
            return b"<Properties><Company>Geheimfirma GmbH</Company></Properties>"
        return body

    rebuild(
        template(project),
        change,
        add={"docProps/custom.xml": custom.encode()},
        types={"docProps/custom.xml": CT + "custom-properties+xml"},
        rels={"_rels/.rels": [relation("rIdP", "custom-properties", "docProps/custom.xml")]},
    )
    code, output = render(project)
    assert code == 0, output
    assert "note: the template's custom document properties left out of the draft" in output
    everything = b"".join(draft(project).values())
    for secret in ("ENTWURF", "Max Geheim", "Geheimfirma", "GEHEIM"):
        assert secret.encode() not in everything
    assert b"<dc:title>Testanfrage</dc:title>" in draft(project)["docProps/core.xml"]


def test_a_template_without_properties_gets_the_inquiry_s(project) -> None:
    def change(name: str, body: bytes) -> bytes:
        if name == "_rels/.rels":
            return re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", body)
        return body

    path = template(project)
    with zipfile.ZipFile(path) as z:
        members = {i.filename: z.read(i) for i in z.infolist() if i.filename != "docProps/core.xml"}
    with zipfile.ZipFile(path, "w") as z:
        for name, body in members.items():
            z.writestr(name, change(name, body))
    code, output = render(project)
    assert code == 0, output
    props = docx.Document(str(project.root / "out" / "test.docx")).core_properties
    assert (props.title, props.author) == ("Testanfrage", "Landesregierung")


def test_a_word_template_dotx_becomes_a_document(project) -> None:
    main = CT + "wordprocessingml.document.main+xml"
    dotx = main.replace("document.main", "template.main")
    rebuild(template(project), lambda n, b: b.replace(main.encode(), dotx.encode()))
    code, output = render(project)
    assert code == 0, output
    types = draft(project)["[Content_Types].xml"]
    assert main.encode() in types and dotx.encode() not in types


ALLOWED = re.compile(
    r"application/vnd\.openxmlformats-(package\.(relationships|core-properties)\+xml|"
    r"officedocument\.(extended-properties\+xml|theme\+xml|wordprocessingml\.(document\.main|"
    r"styles|settings|webSettings|fontTable|numbering|header|footer|footnotes|endnotes|comments)"
    r"\+xml))|image/(png|jpeg)|application/xml"
)


def test_the_draft_holds_allowlisted_parts_only(project) -> None:
    rebuild(
        template(project),
        in_body(ANCHORED),
        add={
            "word/comments.xml": COMMENTS.encode(),
            "docProps/thumbnail.jpeg": b"\xff\xd8\xff",
            "customXml/item1.xml": b"<Geheim/>",
            "word/glossary/document.xml": b"<w:glossaryDocument/>",
        },
        types={
            "word/comments.xml": CT + "wordprocessingml.comments+xml",
            "docProps/thumbnail.jpeg": "image/jpeg",
            "word/glossary/document.xml": CT + "wordprocessingml.document.glossary+xml",
        },
        rels={
            "word/_rels/document.xml.rels": [
                relation("rIdC", "comments", "comments.xml"),
                relation("rIdX", "customXml", "../customXml/item1.xml"),
                relation("rIdG", "glossaryDocument", "glossary/document.xml"),
            ],
            "_rels/.rels": [
                '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/package/2006/'
                'relationships/metadata/thumbnail" Target="docProps/thumbnail.jpeg"/>'
            ],
        },
    )
    code, output = render(project)
    assert code == 0, output
    parts = draft(project)
    assert sorted(parts) == sorted(
        n for n in parts if not n.startswith(("customXml", "word/glossary", "docProps/thumb"))
    )
    assert "word/comments.xml" not in parts and "docProps/thumbnail.jpeg" not in parts
    types = re.findall(rb'ContentType="([^"]+)"', parts["[Content_Types].xml"])
    assert types and all(ALLOWED.fullmatch(t.decode()) for t in types), types
    for rels in (n for n in parts if n.endswith(".rels")):
        for target in re.findall(rb'Target="([^"]+)"', parts[rels]):
            folder = rels.removesuffix(".rels").replace("_rels/", "").rsplit("/", 1)[0]
            assert target.decode().lstrip("/") in parts or f"{folder}/{target.decode()}" in parts


# --- row 7: no template runs long or large ------------------------------------------------

PAYLOADS = {
    "power": "{{ 9**(9**9) }}",
    "repetition": "{{ 'a'*10**9 }}",
    "nested ranges": "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}"
    "{% endfor %}",
    "printf width": "{{ '%999999999s' % 1 }}",
    "padding filter": "{{ 'a'|center(999999999) }}",
    "padding method": "{{ 'a'.ljust(999999999) }}",
    "replacement": "{% set s = 'x'*100000 %}{{ s|replace('x', s) }}",
    "namespace": "{% set ns = namespace(s='x') %}{{ ns.s }}",
}


@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_templates_cannot_run_long_or_large(project, payload: str) -> None:
    custom_template(template(project), "{{ titel }}", payload)
    inquiry = str(project.standard())
    (check, checked), (render, rendered) = bounded_cli(
        project, ["check", inquiry], ["render", inquiry]
    )
    # check reads the template's names without running it; namespace() is not provided
    assert check == (1 if "namespace(" in payload else 0), checked
    assert render == 2, rendered
    assert "templates/landtag-mv.docx: template" in rendered, rendered
    assert "Traceback" not in checked + rendered
    assert not (project.root / "out").exists()


def test_a_profile_format_width_is_refused(project) -> None:
    profile = project.root / "templates" / "landtag-mv.yaml"
    text = profile.read_text(encoding="utf-8")
    profile.write_text(
        re.sub(r"(?m)^gruppensatz: .*$", "gruppensatz: 'Die Fragen {fragen:>999999999}.'", text),
        encoding="utf-8",
    )
    [(code, output)] = bounded_cli(project, ["render", str(project.standard())])
    assert code == 2, output
    assert "gruppensatz: write {fragen} without a format" in output


def test_a_long_loop_ends_at_the_deadline(project, monkeypatch) -> None:
    monkeypatch.setattr(limits, "SECONDS", 0.5)
    loop = "{% set s = 'x'*100000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}"
    custom_template(template(project), "{{ titel }}", loop)
    code, output = render(project)
    assert code == 2, output
    assert "template refused: rendering word/document.xml took longer than 0.5 s" in output


def test_the_deadline_ends_a_loop_and_is_lifted_afterwards() -> None:
    with pytest.raises(limits.RenderTimeout), limits.bounded(seconds=0.2):
        while True:
            pass
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0
    assert signal.getsignal(signal.SIGALRM) is not limits._alarm


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux only")
def test_the_memory_limit_ends_an_allocation_and_is_lifted_afterwards() -> None:
    before = resource.getrlimit(resource.RLIMIT_AS)
    with pytest.raises(MemoryError), limits.bounded(megabytes=64):
        bytearray(512 * 2**20)
    assert resource.getrlimit(resource.RLIMIT_AS) == before
    assert bytearray(256 * 2**20)  # nothing is left bounded


def test_a_callers_own_alarm_is_left_alone() -> None:
    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        with limits.bounded(seconds=0.1):
            time.sleep(0.3)  # not interrupted: the caller's alarm (100 s) stays in charge
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 90
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


@pytest.mark.parametrize(
    "tag", ["{% include 'x.docx' %}", "{% import 'x' as y %}", "{% extends 'x' %}"]
)
def test_include_and_import_are_refused(project, tag: str) -> None:  # row 16
    custom_template(template(project), "{{ titel }}", tag)
    refused(project, "templates/landtag-mv.docx: ", "is not allowed: a template is one file")


# --- row 12: control characters in a quelle -------------------------------------------------


def test_control_characters_in_a_source_leave_the_comments_well_formed(project) -> None:
    facts = FACTS.replace("quelle: Testquelle", 'quelle: "Test\\x01quelle\\x0b mit\\x1f Steuer"')
    result = runner.invoke(app, ["render", str(project.standard(INQUIRY, facts)), "--sources"])
    assert result.exit_code == 0, result.output
    comments = draft(project, "test_mit-quellen.docx")["word/comments.xml"]
    tree = etree.fromstring(comments)  # strict: raises on a control character
    assert "Quelle: Testquelle mit Steuer" in "".join(tree.itertext())


# --- row 15: inspection cannot be bypassed --------------------------------------------------

DTD = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'


def test_a_dtd_in_a_utf16_part_is_refused(project) -> None:
    xml = f'<?xml version="1.0" encoding="UTF-16"?>{DTD}<x>&e;</x>'.encode("utf-16")
    rebuild(template(project), lambda n, b: xml if n == "word/numbering.xml" else b)
    refused(project, "word/numbering.xml is encoded as UTF-16")


def test_a_dtd_in_an_upper_case_part_is_refused(project) -> None:
    rebuild(template(project), add={"word/Custom.XML": f"{DTD}<x>&e;</x>".encode()})
    refused(project, "word/Custom.XML declares a DTD or entities; refused")


def test_a_part_name_twice_in_different_case_is_refused(project) -> None:
    with zipfile.ZipFile(template(project)) as z:
        body = z.read("word/document.xml")
    with zipfile.ZipFile(template(project), "a") as z:
        z.writestr("word/Document.xml", body.replace(b"{{ titel }}", "Gefälscht".encode()))
    refused(project, "holds two parts named 'word/document.xml' and 'word/Document.xml'")


# --- row 16: a broken package is bad input, exit 2 -----------------------------------------


def test_a_bad_crc_is_refused(project) -> None:
    path = template(project)
    with zipfile.ZipFile(path) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as z:
        for name, body in members.items():
            z.writestr(name, body)
    data = bytearray(path.read_bytes())
    at = data.index(b"w:defaultTabStop")
    data[at] = ord("W")  # the stored bytes change, the recorded CRC does not
    path.write_bytes(bytes(data))
    refused(project, "templates/landtag-mv.docx: not a Word document (.docx): Bad CRC-32")


def test_missing_content_types_are_refused(project) -> None:
    path = template(project)
    with zipfile.ZipFile(path) as z:
        members = {i.filename: z.read(i) for i in z.infolist()}
    with zipfile.ZipFile(path, "w") as z:
        for name, body in members.items():
            if name != "[Content_Types].xml":
                z.writestr(name, body)
    refused(project, "not a Word document: [Content_Types].xml is missing")


def test_a_latin1_part_is_refused(project) -> None:
    def latin1(name: str, body: bytes) -> bytes:
        if name != "word/document.xml":
            return body
        text = body.decode().replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
        return text.replace("{{ titel }}", "Grüße {{ titel }}").encode("latin-1")

    rebuild(template(project), latin1)
    refused(project, "word/document.xml is not UTF-8")


def test_check_refuses_what_render_refuses(project) -> None:
    image = relation("rIdX", "image", "http://x.example/a.png", external=True)
    rebuild(template(project), rels={"word/_rels/document.xml.rels": [image]})
    result = runner.invoke(app, ["check", str(project.standard())])
    assert result.exit_code == 2, result.output
    assert "links to an external image at 'http://x.example/a.png'" in result.output


def test_a_refusal_names_every_refused_part_at_once(project) -> None:
    rebuild(
        template(project),
        add={"word/vbaProject.bin": b"\xd0\xcf", "word/embeddings/oleObject1.bin": b"\xd0\xcf"},
        types={
            "word/vbaProject.bin": "application/vnd.ms-office.vbaProject",
            "word/embeddings/oleObject1.bin": CT + "oleObject",
        },
    )
    code, output = render(project)
    assert code == 2
    assert "word/vbaProject.bin is macros" in output
    assert "word/embeddings/oleObject1.bin is an embedded object" in output
