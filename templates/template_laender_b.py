# ruff: noqa: E501 -- literal OOXML parts
"""The templates of Niedersachsen, Nordrhein-Westfalen, Rheinland-Pfalz, Saarland and
Thüringen (helpers in template_forms.py)."""

from __future__ import annotations

from typing import Any

from template_body import NBSP, body_loop, closing, line, para, running_header, tab
from template_forms import (
    CENTER,
    RIGHT,
    WAHLPERIODE_DRUCKSACHE,
    antworten,
    antwortkennung,
    frage,
    heading,
    kopf,
    left_title,
    plain_header,
    unterfrage,
    wortlaut,
    wortlaut_styles,
    zwischenueberschrift,
)
from template_parts import KEEP, WHOLE, outline, run, spacing, style, tabs


def _kleine_anfrage_und_antwort() -> list[str]:
    """The title block of one Drucksache holding question and answer, and the sentence that
    introduces the question's Wortlaut (Rheinland-Pfalz, Thüringen)."""
    return [
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
    ]


LAENDER_B: dict[str, dict[str, Any]] = {
    # Niedersächsischer Landtag: "Kleine Anfrage zur schriftlichen Beantwortung mit Antwort der
    # Landesregierung", the data lines (sent to the Staatskanzlei, answered, "gezeichnet"),
    # questions repeated "1.", answers unlabelled.
    "niedersachsen": {
        "front": [
            line(
                "Kopf",
                "Niedersächsischer Landtag – ",
                *WAHLPERIODE_DRUCKSACHE,
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
            *WAHLPERIODE_DRUCKSACHE,
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
            "Zwischenueberschrift": zwischenueberschrift(before=360),
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
            *WAHLPERIODE_DRUCKSACHE,
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
            *_kleine_anfrage_und_antwort(),
        ],
        "body": [wortlaut(), line("Uebermittlung", "{{ uebermittlung }}"), antworten()],
        "header": plain_header(
            "Landtag Rheinland-Pfalz – ",
            *WAHLPERIODE_DRUCKSACHE,
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
            "Antwortkennung": antwortkennung('<w:u w:val="single"/>', before=240),
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
            "Antwortkennung": antwortkennung('<w:b/><w:u w:val="single"/>'),
            "Zwischenueberschrift": zwischenueberschrift('<w:b/><w:u w:val="single"/>'),
        },
    },
    # Thüringer Landtag: "Kleine Anfrage … und Antwort", the Wortlaut ("Die Kleine Anfrage 450
    # vom … hat folgenden Wortlaut:"), the transmission, answers "Zu 1.:" without the questions.
    "thueringen": {
        "front": [
            line("Kopf", "Thüringer Landtag", "\t", "{{ datum }}"),
            line(
                "Kopfunten",
                *WAHLPERIODE_DRUCKSACHE,
            ),
            *_kleine_anfrage_und_antwort(),
        ],
        "body": [wortlaut(), line("Uebermittlung", "{{ uebermittlung }}"), antworten()],
        "back": [closing(("{{ unterzeichnung }}",), ("{{ unterzeichnung_funktion }}",))],
        "header": running_header(
            "Thüringer Landtag – ",
            *WAHLPERIODE_DRUCKSACHE,
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
            "Antwortkennung": antwortkennung(before=240),
            "Unterschrift": style(
                "Unterschrift", "Unterschrift", KEEP + spacing(480, 0) + '<w:jc w:val="right"/>'
            ),
        },
    },
}
