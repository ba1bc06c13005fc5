# ruff: noqa: E501 -- literal OOXML parts
"""Helpers for the templates of the Landtage and Bürgerschaften beyond the first six
(template_laender_a.py, template_laender_b.py), each in its parliament's own form as its
printed Drucksachen show it (see the profiles' comments).

Three forms of the body:
- the questions repeated, each followed by its answer (one loop, as the first six);
- the question's text printed first as a whole ("hat folgenden Wortlaut:"), then the answers
  under "Zu 1:" without the questions (BY, RP, TH): `wortlaut()` and `antworten()`;
- both: the question in full, then the answer repeating each question (BW).
"""

from __future__ import annotations

from typing import Any

from template_body import (
    NBSP,
    body_loop,
    para,
    tab,
    tag,
)
from template_parts import KEEP, WHOLE, header, outline, run, spacing, style, tabs

ASKERS_HEADING = (
    "(a.art == 'zwischenueberschrift' and loop.nextitem and loop.nextitem.art == 'fragetext')"
)
ASKERS = f"a.art == 'fragetext' or {ASKERS_HEADING}"
"""The askers' Vorbemerkung: its heading and text (the draft sets its text as 'fragetext')."""
NO_QUESTION_YET = (
    "(absaetze[:loop.index0] | selectattr('art', 'equalto', 'frage') | list | length) == 0"
)
FIRST_QUESTION = f"a.art == 'frage' and {NO_QUESTION_YET}"
"""Where the answer's opening sentence goes when it follows the Vorbemerkungen."""

CENTER = '<w:jc w:val="center"/>'
RIGHT = tabs(("right", 9070))
SPACED = '<w:spacing w:val="60"/>'
"""Letter-spaced, as 'K l e i n e  A n f r a g e' is printed (character spacing, not spaces)."""


def question(style_id: str) -> str:
    return para(style_id, run("{{ a.nummer }}"), tab(), run("{{ a.text }}"))


def wortlaut(*, askers: bool = True) -> str:
    """The question's text as the askers wrote it: their preamble (without its heading) and
    the questions, in the plain style 'Wortlaut'."""
    kinds = ("fragetext", "frage", "unterfrage") if askers else ("frage", "unterfrage")
    return body_loop(
        only=kinds,
        branches={
            "frage": question("Wortlaut"),
            "unterfrage": question("Wortlautunterfrage"),
            "fragetext": para("Fragetext", run("{{ a.text }}")),
        },
    )


def askers(heading_paragraph: str) -> str:
    """The askers' Vorbemerkung alone: its heading (as `heading_paragraph`) and its text."""
    return "".join(
        [
            tag("{%p for a in absaetze %}"),
            tag(f"{{%p if {ASKERS_HEADING} %}}"),
            heading_paragraph,
            tag("{%p elif a.art == 'fragetext' %}"),
            para("Fragetext", run("{{ a.text }}")),
            tag("{%p endif %}"),
            tag("{%p endfor %}"),
        ]
    )


def antworten(**options: Any) -> str:
    """The answers without the questions and the askers' preamble (both printed before)."""
    return body_loop(hide=f"a.art in ('frage', 'unterfrage') or {ASKERS}", **options)


def kopf(border: int = 8, size: int = 22, after: int = 480) -> dict[str, str]:
    """The first-page head: 'Kopf' (bold, tab to the right margin) and 'Kopfunten' with a
    rule of `border` eighths of a point under it (none for 0)."""
    return {
        "Kopf": style(
            "Kopf", "Kopf", RIGHT + WHOLE + spacing(after=0), f'<w:b/><w:sz w:val="{size}"/>'
        ),
        "Kopfunten": style(
            "Kopfunten",
            "Kopf Wahlperiode",
            (
                f'<w:pBdr><w:bottom w:val="single" w:sz="{border}" w:space="4" w:color="auto"/></w:pBdr>'
                if border
                else ""
            )
            + RIGHT
            + spacing(after=after),
        ),
    }


def wortlaut_styles(label: int = 567, bold: bool = False) -> dict[str, str]:
    b = "<w:b/>" if bold else ""
    hang = f'<w:ind w:left="{label}" w:hanging="{label}"/>'
    sub = label + 454
    return {
        "Wortlaut": style(
            "Wortlaut",
            "Wortlaut der Frage",
            "<w:keepLines/>"
            + tabs(("left", label))
            + spacing(after=120)
            + hang
            + '<w:jc w:val="both"/>',
            b,
        ),
        "Wortlautunterfrage": style(
            "Wortlautunterfrage",
            "Wortlaut der Unterfrage",
            "<w:keepLines/>"
            + tabs(("left", sub))
            + spacing(after=120)
            + f'<w:ind w:left="{sub}" w:hanging="454"/>',
            b,
        ),
    }


def left_title(size: int = 24, after: int = 360) -> str:
    return style(
        "Titel",
        "Titel der Anfrage",
        "<w:keepNext/>" + WHOLE + spacing(120, after) + outline(0),
        f'<w:b/><w:sz w:val="{size}"/>',
    )


def frage(rpr: str = "<w:b/>", label: int = 567, before: int = 240) -> str:
    return style(
        "Frage",
        "Frage",
        KEEP
        + tabs(("left", label))
        + spacing(before, 120)
        + f'<w:ind w:left="{label}" w:hanging="{label}"/>'
        + outline(1),
        rpr,
        nxt="Antwort",
    )


def unterfrage(rpr: str = "<w:b/>", label: int = 567) -> str:
    sub = label + 454
    return style(
        "Unterfrage",
        "Unterfrage",
        KEEP
        + tabs(("left", sub))
        + spacing(after=120)
        + f'<w:ind w:left="{sub}" w:hanging="454"/>'
        + outline(2),
        rpr,
        nxt="Antwort",
    )


WAHLPERIODE_DRUCKSACHE = (
    "{{ wahlperiode }}",
    f".{NBSP}Wahlperiode",
    "\t",
    f"Drucksache{NBSP}",
    "{{ drucksache }}",
)
"""The parts of a line '7. Wahlperiode <tab> Drucksache 7/817', in a header or a running
header."""


def antwortkennung(rpr: str = "<w:b/>", before: int = 120) -> str:
    """The label before an answer ("Zu 1.:"), kept with the answer that follows."""
    return style("Antwortkennung", "Antwortkennung", KEEP + spacing(before, 60), rpr, nxt="Antwort")


def zwischenueberschrift(rpr: str = "<w:b/>", before: int = 240) -> str:
    """A subheading inside an answer: a heading of the PDF's outline, kept with its text."""
    return style(
        "Zwischenueberschrift",
        "Zwischenüberschrift",
        KEEP + spacing(before, 120) + outline(1),
        rpr,
        nxt="Antwort",
    )


def heading(sid: str, name: str, rpr: str, ppr: str = "") -> str:
    return style(sid, name, ppr or (WHOLE + spacing(240, 120)), rpr)


def plain_header(*parts: str, page: str = "right") -> str:
    """A running header of text parts and tabs, the page number as '- 2 -' in the middle."""
    from template_body import page_number

    runs = [tab() if p == "\t" else run(p) for p in parts]
    number = [run("- "), page_number(), run(" -")]
    if page == "center":
        return header(para("Kopfzeile", *number), para("Kopfzeile", *runs))
    return header(para("Kopfzeile", *runs, tab(), *number))
