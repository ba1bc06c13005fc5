# ruff: noqa: E501 -- literal OOXML parts
"""The templates of the Landtage and Bürgerschaften beyond the first six, each in its
parliament's own form as its printed Drucksachen show it (see the profiles' comments).

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
    closing,
    line,
    para,
    running_header,
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


LAENDER: dict[str, dict[str, Any]] = {
    # Landtag von Baden-Württemberg: question and answer in one Drucksache; the question in
    # full ("Kleine Anfrage", "Begründung"), then "Antwort" from the Ministerium, repeating each
    # question with "Zu 1.:". Title block left, bold; the Drucksache number set off by spaces.
    "baden-wuerttemberg": {
        "front": [
            line(
                "Kopf",
                "Landtag von Baden-Württemberg",
                "\t",
                f"Drucksache{NBSP}",
                "{{ drucksache }}",
            ),
            line("Kopfunten", "{{ wahlperiode }}", f".{NBSP}Wahlperiode", "\t", "{{ datum }}"),
            line("Titelblock", "Kleine Anfrage ", "{{ fragesteller }}"),
            line("Titelblock", "und Antwort der Landesregierung – ", "{{ ressort }}"),
            line("Titel", "{{ titel }}"),
            line("Dokumentart", "Kleine Anfrage"),
        ],
        "body": [
            wortlaut(askers=False),
            # The askers' reasons follow their questions, under "Begründung".
            askers(line("Dokumentart", "{{ a.text }}")),
            line("Dokumentart", "Antwort"),
            line("Antwort", "{{ uebermittlung }}"),
            body_loop(hide=ASKERS),
        ],
        "header": running_header(
            "Landtag von Baden-Württemberg", "\t", f"Drucksache{NBSP}", "{{ drucksache }}"
        ),
        "looks": {
            **kopf(border=0, after=360),
            "Titelblock": style(
                "Titelblock",
                "Titelblock",
                "<w:keepNext/>" + WHOLE + spacing(after=0),
                '<w:b/><w:sz w:val="24"/>',
            ),
            "Titel": style(
                "Titel",
                "Titel der Anfrage",
                "<w:keepNext/>"
                + WHOLE
                + '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="6" w:color="auto"/></w:pBdr>'
                + spacing(240, 360)
                + outline(0),
                '<w:b/><w:sz w:val="28"/>',
            ),
            "Dokumentart": heading(
                "Dokumentart",
                "Dokumentart",
                '<w:b/><w:spacing w:val="80"/><w:sz w:val="22"/>',
                KEEP + WHOLE + spacing(360, 120),
            ),
            **wortlaut_styles(),
            "Frage": frage(),
            "Unterfrage": unterfrage(),
            "Antwortkennung": style(
                "Antwortkennung", "Antwortkennung", KEEP + spacing(120, 60), "<w:b/>", nxt="Antwort"
            ),
        },
    },
    # Bayerischer Landtag: "Schriftliche Anfrage … vom …", the questions, then "Antwort des
    # Staatsministeriums … vom …" with "Zu 1:" and the questions not repeated.
    "bayern": {
        "front": [
            line("Kopf", "Bayerischer Landtag"),
            line(
                "Kopfunten",
                "{{ wahlperiode }}",
                f".{NBSP}Wahlperiode",
                "\t",
                "{{ datum }}",
                "\t",
                f"Drucksache{NBSP}",
                "{{ drucksache }}",
            ),
            line("Dokumentart", "Schriftliche Anfrage"),
            line("Titelzeile", "{{ fragesteller }}", " vom ", "{{ eingang }}"),
            line("Titel", "{{ titel }}"),
        ],
        "body": [
            wortlaut(),
            line(
                "Antwortkopf",
                "Antwort ",
                "{{ uebermittlung }}",
                " vom ",
                "{{ uebermittlung_datum }}",
            ),
            antworten(),
        ],
        "header": running_header(
            "{{ wahlperiode }}",
            f".{NBSP}Wahlperiode",
            "\t",
            f"Drucksache{NBSP}",
            "{{ drucksache }}",
            f" – Bayerischer{NBSP}Landtag",
        ),
        "looks": {
            "Kopf": style("Kopf", "Kopf", WHOLE + spacing(after=60), '<w:b/><w:sz w:val="36"/>'),
            "Kopfunten": style(
                "Kopfunten",
                "Kopf Wahlperiode",
                '<w:pBdr><w:top w:val="single" w:sz="12" w:space="4" w:color="auto"/></w:pBdr>'
                + tabs(("center", 4536), ("right", 9070))
                + spacing(after=480),
                '<w:sz w:val="20"/>',
            ),
            "Dokumentart": heading(
                "Dokumentart",
                "Dokumentart",
                '<w:b/><w:sz w:val="22"/>',
                "<w:keepNext/>" + WHOLE + spacing(0, 0),
            ),
            "Titelzeile": style("Titelzeile", "Titelzeile", WHOLE + spacing(after=240)),
            "Titel": left_title(26),
            "Antwortkopf": style(
                "Antwortkopf",
                "Antwortkopf",
                KEEP
                + '<w:pBdr><w:top w:val="single" w:sz="4" w:space="8" w:color="auto"/></w:pBdr>'
                + spacing(360, 240),
                "<w:b/>",
            ),
            **wortlaut_styles(label=567),
            "Antwortkennung": style(
                "Antwortkennung", "Antwortkennung", KEEP + spacing(240, 60), "<w:b/>", nxt="Antwort"
            ),
        },
    },
    # Bremische Bürgerschaft (Landtag): the Senat's answer to a Fraktion's Kleine Anfrage;
    # questions repeated, answers "Zu Frage 1:" (as in its Fragestunde). Header in capitals.
    "bremen": {
        "front": [
            line("Kopf", "BREMISCHE BÜRGERSCHAFT", "\t", f"Drucksache{NBSP}", "{{ drucksache }}"),
            line("Kopfmitte", "Landtag"),
            line("Kopfunten", "{{ wahlperiode }}", f".{NBSP}Wahlperiode", "\t", "{{ datum }}"),
            line("Dokumentart", "Antwort des Senats"),
            line(
                "Titelzeile",
                "auf die Kleine Anfrage ",
                "{{ fragesteller }}",
                " vom ",
                "{{ eingang }}",
            ),
            line("Titel", "„", "{{ titel }}", "“"),
            line("Antwort", "{{ einleitung }}"),
        ],
        "header": running_header(
            "Bremische Bürgerschaft (Landtag) – ",
            "{{ wahlperiode }}",
            f".{NBSP}Wahlperiode",
            "\t",
            f"Drucksache{NBSP}",
            "{{ drucksache }}",
        ),
        "looks": {
            "Kopf": style(
                "Kopf",
                "Kopf",
                RIGHT + WHOLE + spacing(after=0),
                '<w:b/><w:spacing w:val="20"/><w:sz w:val="24"/>',
            ),
            "Kopfmitte": style("Kopfmitte", "Kopf Landtag", RIGHT + spacing(after=0), "<w:b/>"),
            "Dokumentart": heading(
                "Dokumentart",
                "Dokumentart",
                '<w:b/><w:sz w:val="26"/>',
                "<w:keepNext/>" + WHOLE + spacing(240, 60),
            ),
            "Titelzeile": style("Titelzeile", "Titelzeile", WHOLE + spacing(after=60)),
            "Titel": left_title(24),
            "Frage": frage("<w:b/>", label=454),
            "Unterfrage": unterfrage("<w:b/>", label=454),
            "Antwortkennung": style(
                "Antwortkennung",
                "Antwortkennung",
                KEEP + spacing(120, 60),
                '<w:u w:val="single"/>',
                nxt="Antwort",
            ),
        },
    },
    # Bürgerschaft der Freien und Hansestadt Hamburg: Schriftliche Kleine Anfrage and the
    # Senat's answer in one Drucksache; "Betr.:"; questions repeated, answers unlabelled; the
    # Senat's preamble without a heading, then "Dies vorausgeschickt, …".
    "hamburg": {
        "front": [
            line(
                "Kopf",
                "BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG",
                "\t",
                f"Drucksache{NBSP}",
                "{{ drucksache }}",
            ),
            line("Kopfunten", "{{ wahlperiode }}", f".{NBSP}Wahlperiode", "\t", "{{ datum }}"),
            line("Titelblock", "Schriftliche Kleine Anfrage"),
            line("Titelzeile", "{{ fragesteller }}", " vom ", "{{ eingang }}"),
            line("Titelzeile", "und Antwort des Senats"),
            para("Titel", run("Betr.:"), tab(), run("{{ titel }}")),
        ],
        "body": [
            body_loop(
                hide=f"a.art == 'zwischenueberschrift' and {NO_QUESTION_YET}",
                before=((FIRST_QUESTION, line("Antwort", "{{ einleitung }}")),),
            ),
        ],
        "header": running_header(
            f"Drucksache{NBSP}",
            "{{ drucksache }}",
            "\t",
            "Bürgerschaft der Freien und Hansestadt Hamburg – ",
            "{{ wahlperiode }}",
            f".{NBSP}Wahlperiode",
        ),
        "looks": {
            "Kopf": style(
                "Kopf", "Kopf", RIGHT + WHOLE + spacing(after=0), '<w:b/><w:sz w:val="20"/>'
            ),
            "Kopfunten": style(
                "Kopfunten",
                "Kopf Wahlperiode",
                '<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="4" w:color="auto"/></w:pBdr>'
                + RIGHT
                + spacing(after=480),
                '<w:sz w:val="20"/>',
            ),
            "Titelblock": style(
                "Titelblock", "Titelblock", "<w:keepNext/>" + WHOLE + spacing(after=0), "<w:b/>"
            ),
            "Titelzeile": style(
                "Titelzeile", "Titelzeile", "<w:keepNext/>" + WHOLE + spacing(after=0), "<w:b/>"
            ),
            "Titel": style(
                "Titel",
                "Titel der Anfrage",
                "<w:keepNext/>"
                + WHOLE
                + tabs(("left", 851))
                + spacing(240, 360)
                + '<w:ind w:left="851" w:hanging="851"/>'
                + outline(0),
                "<w:b/>",
            ),
            "Fragetext": style("Fragetext", "Fragetext", '<w:jc w:val="both"/>', "<w:i/>"),
            "Frage": frage("<w:b/>", label=454, before=120),
            "Unterfrage": unterfrage("<w:b/>", label=454),
        },
    },
}

LAENDER |= {
    # Hessischer Landtag: "Kleine Anfrage des Abg. … vom … betreffend … und Antwort des …";
    # the answer in the first person, questions as "Frage 1." followed by the answer; the
    # signature "Wiesbaden, …" and the name.
    "hessen": {
        "front": [
            line("Kopf", "HESSISCHER LANDTAG", "\t", f"Drucksache{NBSP}", "{{ drucksache }}"),
            line("Kopfunten", "{{ wahlperiode }}", f".{NBSP}Wahlperiode", "\t", "{{ datum }}"),
            line("Titelzeile", "Kleine Anfrage"),
            line("Titelzeile", "{{ fragesteller }}", " vom ", "{{ eingang }}"),
            line("Titelzeile", "betreffend"),
            line("Titel", "{{ titel }}"),
            line("Titelzeile", "und"),
            line("Titelzeile", "Antwort ", "{{ uebermittlung }}"),
        ],
        "body": [body_loop(before=((FIRST_QUESTION, line("Antwort", "{{ einleitung }}")),))],
        "back": [
            closing(
                (f"Wiesbaden,{NBSP}", "{{ uebermittlung_datum }}"),
                ("",),
                ("?in_vertretung", "{{ in_vertretung }}"),
                ("{{ unterzeichnung }}",),
            ),
        ],
        "header": running_header(
            "Hessischer Landtag · ",
            "{{ wahlperiode }}",
            f".{NBSP}Wahlperiode · Drucksache{NBSP}",
            "{{ drucksache }}",
        ),
        "looks": {
            **kopf(border=4, size=24),
            "Titelzeile": style(
                "Titelzeile", "Titelzeile", "<w:keepNext/>" + WHOLE + spacing(after=60)
            ),
            "Titel": left_title(24, after=120),
            "Frage": frage("<w:b/><w:i/>", label=1134),
            "Unterfrage": unterfrage("<w:b/><w:i/>", label=1134),
            "Zwischenueberschrift": style(
                "Zwischenueberschrift",
                "Zwischenüberschrift",
                KEEP + spacing(240, 120) + outline(1),
                "<w:b/>",
                nxt="Antwort",
            ),
            "Unterschrift": style("Unterschrift", "Unterschrift", KEEP + spacing(480, 0)),
        },
    },
    # Niedersächsischer Landtag: "Kleine Anfrage zur schriftlichen Beantwortung mit Antwort der
    # Landesregierung", the data lines (sent to the Staatskanzlei, answered, "gezeichnet"),
    # questions repeated "1.", answers unlabelled.
    "niedersachsen": {
        "front": [
            line(
                "Kopf",
                "Niedersächsischer Landtag – ",
                "{{ wahlperiode }}",
                f".{NBSP}Wahlperiode",
                "\t",
                f"Drucksache{NBSP}",
                "{{ drucksache }}",
            ),
            line(
                "Dokumentart",
                "Kleine Anfrage zur schriftlichen Beantwortung mit Antwort der Landesregierung",
            ),
            line("Titelzeile", "Anfrage ", "{{ fragesteller }}"),
            line("Titelzeile", "Antwort ", "{{ uebermittlung }}"),
            line("Titel", "{{ titel }}"),
            line(
                "Datenzeile",
                "Anfrage ",
                "{{ fragesteller }}",
                f" – Drs.{NBSP}",
                "{{ anfrage_nr }}",
                " an die Staatskanzlei übersandt am ",
                "{{ eingang }}",
            ),
            line(
                "Datenzeile",
                "Antwort ",
                "{{ uebermittlung }}",
                " vom ",
                "{{ uebermittlung_datum }}",
                ", gezeichnet ",
                "{{ unterzeichnung }}",
            ),
        ],
        "header": running_header(
            "Niedersächsischer Landtag – ",
            "{{ wahlperiode }}",
            f".{NBSP}Wahlperiode",
            "\t",
            f"Drucksache{NBSP}",
            "{{ drucksache }}",
        ),
        "looks": {
            "Kopf": style(
                "Kopf",
                "Kopf",
                '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="auto"/></w:pBdr>'
                + RIGHT
                + WHOLE
                + spacing(after=480),
                '<w:sz w:val="20"/>',
            ),
            "Dokumentart": heading(
                "Dokumentart",
                "Dokumentart",
                '<w:sz w:val="20"/>',
                "<w:keepNext/>" + WHOLE + spacing(0, 120),
            ),
            "Titelzeile": style(
                "Titelzeile",
                "Titelzeile",
                "<w:keepNext/>" + WHOLE + spacing(after=0),
                '<w:sz w:val="20"/>',
            ),
            "Titel": left_title(28),
            "Datenzeile": style(
                "Datenzeile", "Datenzeile", spacing(after=120), '<w:i/><w:sz w:val="20"/>'
            ),
            "Frage": frage("<w:b/>", label=397),
            "Unterfrage": unterfrage("<w:b/>", label=397),
            "Zwischenueberschrift": style(
                "Zwischenueberschrift",
                "Zwischenüberschrift",
                KEEP + spacing(360, 120) + outline(1),
                "<w:b/>",
                nxt="Antwort",
            ),
        },
    },
    # Landtag Nordrhein-Westfalen: "Antwort der Landesregierung auf die Kleine Anfrage 4241 vom …
    # der Abgeordneten …", the transmission in the third person, questions repeated "1.",
    # answers unlabelled.
    "nordrhein-westfalen": {
        "front": [
            line(
                "Kopf", "LANDTAG NORDRHEIN-WESTFALEN", "\t", f"Drucksache{NBSP}", "{{ drucksache }}"
            ),
            line("Kopfunten", "{{ wahlperiode }}", f".{NBSP}Wahlperiode", "\t", "{{ datum }}"),
            line("Dokumentart", "Antwort"),
            line("Titelzeile", "der Landesregierung"),
            line(
                "Titelzeile",
                "auf die Kleine Anfrage ",
                "{{ anfrage_nr }}",
                " vom ",
                "{{ eingang }}",
            ),
            line("Titelzeile", "{{ fragesteller }}"),
            line("Titel", "{{ titel }}"),
            # Printed after the askers' preamble; set here, before the Vorbemerkungen.
            line("Uebermittlung", "{{ uebermittlung }}"),
        ],
        "header": running_header(
            "LANDTAG NORDRHEIN-WESTFALEN – ",
            "{{ wahlperiode }}",
            f".{NBSP}Wahlperiode",
            "\t",
            f"Drucksache{NBSP}",
            "{{ drucksache }}",
        ),
        "looks": {
            **kopf(border=12, size=22),
            "Dokumentart": heading(
                "Dokumentart",
                "Dokumentart",
                '<w:b/><w:sz w:val="28"/>',
                "<w:keepNext/>" + WHOLE + spacing(240, 60),
            ),
            "Titelzeile": style(
                "Titelzeile", "Titelzeile", "<w:keepNext/>" + WHOLE + spacing(after=0)
            ),
            "Titel": left_title(26),
            "Uebermittlung": style(
                "Uebermittlung", "Übermittlungsvermerk", spacing(120, 240) + '<w:jc w:val="both"/>'
            ),
            "Frage": frage("<w:b/>"),
            "Unterfrage": unterfrage("<w:b/>"),
        },
    },
    # Landtag Rheinland-Pfalz: "Kleine Anfrage … und Antwort", the question's Wortlaut, the
    # transmission ("hat … wie folgt beantwortet:"), answers "Zu 1:" without the questions.
    "rheinland-pfalz": {
        "front": [
            line("Kopf", "LANDTAG RHEINLAND-PFALZ", "\t", f"Drucksache{NBSP}", "{{ drucksache }}"),
            line("Kopfunten", "{{ wahlperiode }}", f".{NBSP}Wahlperiode", "\t", "{{ datum }}"),
            line("Dokumentart", "Kleine Anfrage"),
            line("Titelzeile", "{{ fragesteller }}"),
            line("Titelzeile", "und"),
            line("Dokumentart", "Antwort"),
            line("Titelzeile", "{{ ressort }}"),
            line("Titel", "{{ titel }}"),
            line(
                "Antwort",
                "Die Kleine Anfrage ",
                "{{ anfrage_nr }}",
                " vom ",
                "{{ eingang }}",
                " hat folgenden Wortlaut:",
            ),
        ],
        "body": [wortlaut(), line("Uebermittlung", "{{ uebermittlung }}"), antworten()],
        "header": plain_header(
            "Landtag Rheinland-Pfalz – ",
            "{{ wahlperiode }}",
            f".{NBSP}Wahlperiode",
            "\t",
            f"Drucksache{NBSP}",
            "{{ drucksache }}",
        ),
        "looks": {
            **kopf(border=0, after=600),
            "Dokumentart": heading(
                "Dokumentart",
                "Dokumentart",
                '<w:b/><w:spacing w:val="80"/><w:sz w:val="24"/>',
                "<w:keepNext/>" + WHOLE + spacing(120, 60) + CENTER,
            ),
            "Titelzeile": style(
                "Titelzeile", "Titelzeile", "<w:keepNext/>" + WHOLE + spacing(after=60) + CENTER
            ),
            "Uebermittlung": style(
                "Uebermittlung",
                "Übermittlungsvermerk",
                "<w:keepNext/>" + spacing(360, 240) + '<w:jc w:val="both"/>',
            ),
            **wortlaut_styles(label=425),
            "Antwortkennung": style(
                "Antwortkennung",
                "Antwortkennung",
                KEEP + spacing(240, 60),
                '<w:u w:val="single"/>',
                nxt="Antwort",
            ),
        },
    },
    # Landtag des Saarlandes: "ANTWORT zu der Anfrage …", "betr.:", Drucksache with the
    # question's number in brackets; the questions repeated without numbers; "Zu Frage 1:".
    "saarland": {
        "front": [
            line(
                "Kopf",
                "LANDTAG DES SAARLANDES",
                "\t",
                f"Drucksache{NBSP}",
                "{{ drucksache }}",
                f"{NBSP}(",
                "{{ anfrage_nr }}",
                ")",
            ),
            line("Kopfunten", "{{ wahlperiode }}", f".{NBSP}Wahlperiode", "\t", "{{ datum }}"),
            line("Dokumentart", "Antwort"),
            line("Titelzeile", "zu der Anfrage ", "{{ fragesteller }}"),
            para("Titel", run("betr.:"), tab(), run("{{ titel }}")),
        ],
        "body": [body_loop(branches={"frage": para("Frage", run("{{ a.text }}"))})],
        "header": plain_header(
            f"Drucksache{NBSP}",
            "{{ drucksache }}",
            f"{NBSP}(",
            "{{ anfrage_nr }}",
            ")",
            "\t",
            "Landtag des Saarlandes – ",
            "{{ wahlperiode }}",
            f".{NBSP}Wahlperiode –",
            page="center",
        ),
        "looks": {
            **kopf(border=0, size=22, after=480),
            "Dokumentart": heading(
                "Dokumentart",
                "Dokumentart",
                '<w:b/><w:caps/><w:spacing w:val="100"/><w:sz w:val="28"/>',
                "<w:keepNext/>" + WHOLE + spacing(240, 120) + CENTER,
            ),
            "Titelzeile": style(
                "Titelzeile",
                "Titelzeile",
                "<w:keepNext/>" + WHOLE + spacing(after=240) + CENTER,
                "<w:b/>",
            ),
            "Titel": style(
                "Titel",
                "Titel der Anfrage",
                "<w:keepNext/>"
                + WHOLE
                + tabs(("left", 851))
                + spacing(0, 480)
                + '<w:ind w:left="851" w:hanging="851"/>'
                + outline(0),
                "<w:b/>",
            ),
            "Frage": style(
                "Frage",
                "Frage",
                KEEP + spacing(240, 120) + '<w:jc w:val="both"/>' + outline(1),
                "<w:i/>",
                nxt="Antwort",
            ),
            "Antwortkennung": style(
                "Antwortkennung",
                "Antwortkennung",
                KEEP + spacing(120, 60),
                '<w:b/><w:u w:val="single"/>',
                nxt="Antwort",
            ),
            "Zwischenueberschrift": style(
                "Zwischenueberschrift",
                "Zwischenüberschrift",
                KEEP + spacing(240, 120) + outline(1),
                '<w:b/><w:u w:val="single"/>',
                nxt="Antwort",
            ),
        },
    },
    # Schleswig-Holsteinischer Landtag: "Kleine Anfrage … und Antwort der Landesregierung –
    # Ministerium …"; questions repeated "1.", each answer under "Antwort:".
    "schleswig-holstein": {
        "front": [
            line(
                "Kopf",
                "SCHLESWIG-HOLSTEINISCHER LANDTAG",
                "\t",
                f"Drucksache{NBSP}",
                "{{ drucksache }}",
            ),
            line("Kopfunten", "{{ wahlperiode }}", f".{NBSP}Wahlperiode", "\t", "{{ datum }}"),
            line("Titelblock", "Kleine Anfrage ", "{{ fragesteller }}"),
            line("Titelblock", "und"),
            line("Titelblock", "Antwort der Landesregierung – ", "{{ ressort }}"),
            line("Titel", "{{ titel }}"),
        ],
        "header": running_header(
            f"Drucksache{NBSP}",
            "{{ drucksache }}",
            "\t",
            "Schleswig-Holsteinischer Landtag – ",
            "{{ wahlperiode }}",
            f".{NBSP}Wahlperiode",
        ),
        "looks": {
            **kopf(border=8, size=26, after=600),
            "Titelblock": style(
                "Titelblock", "Titelblock", "<w:keepNext/>" + WHOLE + spacing(after=0)
            ),
            "Titel": left_title(24),
            "Frage": frage("<w:b/>", label=425),
            "Unterfrage": unterfrage("<w:b/>", label=425),
            "Antwortkennung": style(
                "Antwortkennung", "Antwortkennung", KEEP + spacing(120, 60), "<w:b/>", nxt="Antwort"
            ),
        },
    },
    # Thüringer Landtag: "Kleine Anfrage … und Antwort", the Wortlaut ("Die Kleine Anfrage 450
    # vom … hat folgenden Wortlaut:"), the transmission, answers "Zu 1.:" without the questions.
    "thueringen": {
        "front": [
            line("Kopf", "Thüringer Landtag", "\t", "{{ datum }}"),
            line(
                "Kopfunten",
                "{{ wahlperiode }}",
                f".{NBSP}Wahlperiode",
                "\t",
                f"Drucksache{NBSP}",
                "{{ drucksache }}",
            ),
            line("Dokumentart", "Kleine Anfrage"),
            line("Titelzeile", "{{ fragesteller }}"),
            line("Titelzeile", "und"),
            line("Dokumentart", "Antwort"),
            line("Titelzeile", "{{ ressort }}"),
            line("Titel", "{{ titel }}"),
            line(
                "Antwort",
                "Die Kleine Anfrage ",
                "{{ anfrage_nr }}",
                " vom ",
                "{{ eingang }}",
                " hat folgenden Wortlaut:",
            ),
        ],
        "body": [wortlaut(), line("Uebermittlung", "{{ uebermittlung }}"), antworten()],
        "back": [closing(("{{ unterzeichnung }}",), ("{{ unterzeichnung_funktion }}",))],
        "header": running_header(
            "Thüringer Landtag – ",
            "{{ wahlperiode }}",
            f".{NBSP}Wahlperiode",
            "\t",
            f"Drucksache{NBSP}",
            "{{ drucksache }}",
        ),
        "looks": {
            "Kopf": style(
                "Kopf", "Kopf", RIGHT + WHOLE + spacing(after=0), '<w:b/><w:sz w:val="32"/>'
            ),
            "Kopfunten": style(
                "Kopfunten",
                "Kopf Wahlperiode",
                '<w:pBdr><w:bottom w:val="double" w:sz="6" w:space="4" w:color="auto"/></w:pBdr>'
                + RIGHT
                + spacing(after=480),
                "<w:b/>",
            ),
            "Dokumentart": heading(
                "Dokumentart",
                "Dokumentart",
                '<w:b/><w:spacing w:val="80"/><w:sz w:val="22"/>',
                "<w:keepNext/>" + WHOLE + spacing(120, 60),
            ),
            "Titelzeile": style(
                "Titelzeile", "Titelzeile", "<w:keepNext/>" + WHOLE + spacing(after=60)
            ),
            "Titel": left_title(24),
            "Uebermittlung": style(
                "Uebermittlung",
                "Übermittlungsvermerk",
                "<w:keepNext/>" + spacing(360, 240) + '<w:jc w:val="both"/>',
            ),
            **wortlaut_styles(label=454),
            "Antwortkennung": style(
                "Antwortkennung", "Antwortkennung", KEEP + spacing(240, 60), "<w:b/>", nxt="Antwort"
            ),
            "Unterschrift": style(
                "Unterschrift", "Unterschrift", KEEP + spacing(480, 0) + '<w:jc w:val="right"/>'
            ),
        },
    },
}
