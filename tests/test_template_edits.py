"""Templates as users really edit them: saved by LibreOffice, or edited in Word, which splits
tags over runs with spell-check marks, bookmarks and rsid attributes and types typographic
quotes. Each renders the same text as the original, and `check` sees the same variables."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from anfrage.cli import app
from anfrage.docx import tags
from anfrage.docx.template import template_variables

from builder import custom_template
from conftest import FACTS, INQUIRY, Project, paragraphs

runner = CliRunner()
SECRET = """\
  - id: k2
    datum: 2017-03-27
    ort: Berlin
    vertraulich: VS-NfD
    text: "Am {datum} gab es ein vertrauliches Gespräch in {ort}."
"""
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
_RUN = re.compile(
    r"<w:r>((?:<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?)<w:t[^>]*>([^<]*\{[^<]*)</w:t></w:r>"
)
_MARKS = [
    '<w:proofErr w:type="spellStart"/>',
    '<w:bookmarkStart w:id="90" w:name="_GoBack"/><w:bookmarkEnd w:id="90"/>',
    '<w:proofErr w:type="spellEnd"/>',
    "",
]


def word_edit(xml: str) -> str:
    """Every run holding a tag split as Word splits it: pieces of three characters, in runs
    with rsid attributes, with spell-check marks and bookmarks between them, and quotes in
    tags made typographic (German ‚…‘)."""

    def split(m: re.Match[str]) -> str:
        rpr, text = m[1], re.sub(r"'([^'<]*)'", "\u201a\\1\u2018", m[2])
        pieces = [text[i : i + 3] for i in range(0, len(text), 3)]
        return "".join(
            f'<w:r w:rsidR="00A1B2C{n % 10}" w:rsidRPr="00D4E5F6">{rpr}'
            f'<w:t xml:space="preserve">{piece}</w:t></w:r>{_MARKS[n % len(_MARKS)]}'
            for n, piece in enumerate(pieces)
        )

    return _RUN.sub(split, xml)


def rewrite_parts(path: Path, change) -> None:
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in members:
            z.writestr(name, change(name, body))


def all_text(path: Path) -> list[str]:
    """Every paragraph's text, in the body, its tables, headers and footers."""
    document = docx.Document(str(path))
    out = [p.text for p in document.paragraphs]
    out += [c.text for t in document.tables for r in t.rows for c in r.cells]
    for s in document.sections:
        for part in (s.header, s.first_page_header, s.footer, s.first_page_footer):
            out += [p.text for p in part.paragraphs]
    return out


def render_all(project: Project) -> dict[str, list[str]]:
    """Every profile of the project rendered with the standard inquiry (and a VS-NfD fact, for
    the annex template): the text of each draft and annex."""
    out = {}
    for profile in sorted(p.stem for p in (project.root / "templates").glob("*.yaml")):
        inquiry = INQUIRY.replace("parlament: landtag-mv", f"parlament: {profile}").replace(
            '      - "Kontakt: {k1}"', "      - chronik: {art: [kontakt]}"
        )
        path = project.standard(inquiry, FACTS + SECRET)
        result = runner.invoke(app, ["render", str(path), "--force"])
        assert result.exit_code == 0, f"{profile}: {result.output}"
        for written in result.stdout.split():
            out[f"{profile}/{Path(written).name}"] = all_text(Path(written))
    return out


def test_a_word_edited_template_renders_the_same_text(project) -> None:
    before = render_all(project)
    for template in (project.root / "templates").glob("*.docx"):
        rewrite_parts(
            template,
            lambda name, body: word_edit(body.decode()).encode() if name.endswith(".xml") else body,
        )
    with zipfile.ZipFile(project.root / "templates" / "landtag-mv.docx") as z:
        xml = z.read("word/document.xml").decode()
    assert '<w:t xml:space="preserve">{%p</w:t>' in xml and "\u201a" in xml
    assert "w:proofErr" in xml and "w:rsidR" in xml
    assert render_all(project) == before


def test_check_sees_the_same_variables_in_a_word_edited_template(tmp_path) -> None:
    original = Path(__file__).parent.parent / "src" / "anfrage" / "profiles" / "landtag-mv.docx"
    edited = tmp_path / "edited.docx"
    shutil.copy(original, edited)
    rewrite_parts(edited, lambda name, body: word_edit(body.decode()).encode())
    assert template_variables(edited) == template_variables(original)


@pytest.mark.skipif(
    SOFFICE is None and not os.environ.get("CI"),
    reason="needs LibreOffice (apt-get install libreoffice-writer-nogui); .ci/run installs it",
)
def test_templates_saved_by_libreoffice_render_the_same_text(project, tmp_path) -> None:
    assert SOFFICE is not None, "CI must have LibreOffice: the round trip is part of CI"
    before = render_all(project)
    folder = project.root / "templates"
    shipped = sorted(folder.glob("*.docx"))
    saved = tmp_path / "saved"
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(saved),
            *map(str, shipped),
        ],
        capture_output=True,
        timeout=240,
        check=False,
    )
    assert len(list(saved.glob("*.docx"))) == len(shipped), done.stderr
    for template in shipped:
        shutil.copy(saved / template.name, template)
    with zipfile.ZipFile(folder / "landtag-mv.docx") as z:
        assert "&apos;frage&apos;" in z.read("word/document.xml").decode()  # LibreOffice's way
    result = runner.invoke(app, ["check", str(project.standard())])
    assert result.exit_code == 0, result.output
    assert render_all(project) == before


def test_entities_and_typographic_quotes_inside_tags(project) -> None:
    custom_template(
        project.root / "templates" / "landtag-mv.docx",
        "{{ titel }}",
        "{% if titel == \u201eTestanfrage\u201c %}ja{% endif %}",
        "{{ 'A & B' }} {{ \"\u201eZitat\u201c\" }}",  # written as &amp; in the XML
        "{% if 1 < 2 %}kleiner{% endif %} \u201eText\u201c & mehr",
    )
    result = runner.invoke(app, ["render", str(project.standard())])
    assert result.exit_code == 0, result.output
    texts = [t for _, t in paragraphs(project.root / "out" / "test.docx")]
    assert texts == [
        "Testanfrage",
        "ja",
        "A & B \u201eZitat\u201c",
        "kleiner \u201eText\u201c & mehr",
    ]


def test_a_tag_split_across_paragraphs_is_not_joined() -> None:
    xml = "<w:p><w:r><w:t>{{ a</w:t></w:r></w:p><w:p><w:r><w:t>b }}</w:t></w:r></w:p>"
    assert tags.normalize(xml) == xml


def test_text_outside_tags_keeps_its_bytes() -> None:
    xml = "<w:p><w:r><w:t>&quot;x&quot; &apos;y&apos; {</w:t></w:r></w:p>"
    assert tags.normalize(xml) == xml


def test_variables_in_headers_footers_footnotes_and_endnotes_are_seen(tmp_path) -> None:
    path = custom_template(tmp_path / "t.docx", "{{ titel }}")
    note = "<w:p><w:r><w:t>{{ %s }}</w:t></w:r></w:p>"
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    kinds = {
        "footer": f'<w:ftr xmlns:w="{w}">{note % "im_fuss"}</w:ftr>',
        "footnotes": f'<w:footnotes xmlns:w="{w}"><w:footnote w:id="1">{note % "in_fussnote"}'
        "</w:footnote></w:footnotes>",
        "endnotes": f'<w:endnotes xmlns:w="{w}"><w:endnote w:id="1">{note % "in_endnote"}'
        "</w:endnote></w:endnotes>",
    }
    ct = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    def add(name: str, body: bytes) -> bytes:
        text = body.decode()
        if name == "[Content_Types].xml":
            text = text.replace(
                "</Types>",
                "".join(
                    f'<Override PartName="/word/{k}1.xml" ContentType="{ct}{k}+xml"/>'
                    for k in kinds
                )
                + "</Types>",
            )
        elif name == "word/_rels/document.xml.rels":
            text = text.replace(
                "</Relationships>",
                "".join(
                    f'<Relationship Id="rIdT{k}" Type="{rel}{k}" Target="{k}1.xml"/>' for k in kinds
                )
                + "</Relationships>",
            )
        return text.encode()

    rewrite_parts(path, add)
    with zipfile.ZipFile(path, "a") as z:
        for kind, xml in kinds.items():
            z.writestr(f"word/{kind}1.xml", xml)
    found = template_variables(path)
    assert {"titel", "im_fuss", "in_fussnote", "in_endnote"} <= found
