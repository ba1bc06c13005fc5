# ruff: noqa: E501 -- literal OOXML parts
"""The templates of Baden-Württemberg, Bayern, Bremen, Hamburg, Hessen and
Schleswig-Holstein (helpers in template_forms.py)."""

from __future__ import annotations

from typing import Any

from template_body import NBSP, body_loop, closing, line, para, running_header, tab
from template_forms import (
    ASKERS,
    FIRST_QUESTION,
    NO_QUESTION_YET,
    RIGHT,
    WAHLPERIODE_DRUCKSACHE,
    antworten,
    antwortkennung,
    askers,
    frage,
    heading,
    kopf,
    left_title,
    unterfrage,
    wortlaut,
    wortlaut_styles,
    zwischenueberschrift,
)
from template_parts import KEEP, WHOLE, outline, run, spacing, style, tabs

LAENDER_A: dict[str, dict[str, Any]] = {
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
            "Antwortkennung": antwortkennung(),
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
            *WAHLPERIODE_DRUCKSACHE,
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
            "Antwortkennung": antwortkennung(before=240),
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
            *WAHLPERIODE_DRUCKSACHE,
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
            "Antwortkennung": antwortkennung('<w:u w:val="single"/>'),
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
            "Zwischenueberschrift": zwischenueberschrift(),
            "Unterschrift": style("Unterschrift", "Unterschrift", KEEP + spacing(480, 0)),
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
            "Antwortkennung": antwortkennung(),
        },
    },
}
