"""Builds the Word templates in this folder from plain OOXML.

Run `python templates/build_templates.py` after changing it. The .docx files are committed,
so a ministry can also open one in Word, restyle it (Format > Styles) and save it: anfrage
reads any .docx whose Jinja tags each stay within one run.

Writing the XML directly keeps the styles part small (python-docx's default template carries
hundreds of KB of latent styles that slow every render) and puts every tag in its own run.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PROFILES = HERE.parent / "src" / "anfrage" / "profiles"
"""Where the shipped profiles and templates live (package data)."""
sys.path.insert(0, str(HERE))  # template_parts.py beside this script, also when tests load it

from template_body import (  # noqa: E402
    NBSP,
    closing,
    document,
    drucksache_head,
    drucksache_header,
    footnote_reference,
    line,
    only_if,
    para,
    running_header,
)
from template_laender_a import LAENDER_A  # noqa: E402
from template_laender_b import LAENDER_B  # noqa: E402
from template_parts import (  # noqa: E402
    KEEP,
    WHOLE,
    R,
    W,
    header,
    run,
    spacing,
    write_docx,
)

__all__ = ["KEEP", "WHOLE", "R", "W", "header", "para", "run", "spacing", "write_docx"]

SPECS: dict[str, dict[str, Any]] = {
    "anlage-vs-nfd": {
        # The annex for answers with VS-NfD facts; the marking stands on every page.
        "front": [
            line("Dokumentart", "Anlage"),
            line(
                "Titelzeile",
                "zur Antwort der ",
                "{{ regierung }}",
                f" – Drucksache{NBSP}",
                "{{ drucksache }}",
            ),
            line("Titel", "{{ titel }}"),
        ],
        "header": header(line("VS", "VS – Nur für den Dienstgebrauch")),
        "first_header": header(line("VS", "VS – Nur für den Dienstgebrauch")),
    },
    "landtag-mv": {
        "front": [
            line("Uebermittlung", "{{ uebermittlung }}"),
            line(
                "Kopf",
                "LANDTAG MECKLENBURG-VORPOMMERN",
                "\t",
                f"Drucksache{NBSP}",
                "{{ drucksache }}",
            ),
            line("Kopfunten", "{{ wahlperiode }}", f".{NBSP}Wahlperiode", "\t", "{{ datum }}"),
            line("Dokumentart", "KLEINE ANFRAGE"),
            line("Titelzeile", "{{ fragesteller }}"),
            line("Titel", "{{ titel }}"),
            line("Titelzeile", "und"),
            line("Dokumentart", "ANTWORT"),
            line("Titelzeile", "der ", "{{ regierung }}"),
        ],
        "header": running_header(
            f"Drucksache{NBSP}",
            "{{ drucksache }}",
            "\t",
            "Landtag Mecklenburg-Vorpommern - ",
            "{{ wahlperiode }}",
            f".{NBSP}Wahlperiode",
        ),
    },
    "landtag-st": {
        "front": [
            *drucksache_head("Landtag von Sachsen-Anhalt"),
            line("Dokumentart", "Antwort der Landesregierung"),
            line("Titelzeile", "auf eine Kleine Anfrage zur schriftlichen Beantwortung"),
            line("Titelzeile", "{{ fragesteller }}"),
            line("Titel", "{{ titel }}"),
            line("Titelzeile", f"Kleine Anfrage –{NBSP}", "{{ anfrage_nr }}"),
            line("Uebermittlung", "{{ uebermittlung }}"),
        ],
        "header": drucksache_header("Landtag von Sachsen-Anhalt"),
    },
    "bundestag": {
        "front": [
            *drucksache_head("Deutscher Bundestag"),
            para("Dokumentart", run("Antwort"), footnote_reference()),
            line("Titelzeile", "der ", "{{ regierung }}"),
            line("Titelzeile", "auf die Kleine Anfrage ", "{{ fragesteller }}"),
            line("Titelzeile", f"–{NBSP}Drucksache{NBSP}", "{{ anfrage_nr }}", f"{NBSP}–"),
            line("Titel", "{{ titel }}"),
        ],
        "header": drucksache_header("Deutscher Bundestag"),
        "footnote": "{{ uebermittlung }}",
        "small_questions": True,
    },
    "berlin": {
        "front": [
            line("Kopf", "Abgeordnetenhaus Berlin", "\t", f"Drucksache{NBSP}", "{{ drucksache }}"),
            line("Kopfunten", "{{ wahlperiode }}", f".{NBSP}Wahlperiode"),
            line("Dokumentart", "Schriftliche Anfrage"),
            line("Titelzeile", "{{ fragesteller }}"),
            line("Titelzeile", "(Eingang beim Abgeordnetenhaus am ", "{{ eingang }}", ")"),
            line("Titelzeile", "zum Thema:"),
            line("Titel", "{{ titel }}"),
            line("Titelzeile", "und Antwort vom ", "{{ uebermittlung_datum }}"),
            line("Absender", "{{ ressort }}"),
            line("Dokumentart", "A n t w o r t"),
            line(
                "Titelzeile",
                f"auf die Schriftliche Anfrage Nr.{NBSP}",
                "{{ drucksache }}",
                " vom ",
                "{{ eingang }}",
            ),
            line("Titelzeile", "über ", "{{ titel }}"),
            line("Antwort", "{{ einleitung }}"),
        ],
        "back": [
            closing(
                (f"Berlin, den{NBSP}", "{{ uebermittlung_datum }}"),
                ("?in_vertretung", "{{ in_vertretung }}"),
                ("{{ unterzeichnung }}",),
                ("{{ ressort }}",),
            ),
        ],
        "header": drucksache_header("Abgeordnetenhaus Berlin"),
        "label_width": 1134,
    },
    "sachsen": {
        "front": [
            # A letter after DIN 5008 (form B): the sender's letterhead at the top, the
            # address field from 45 mm, the date on the right, the subject two lines below
            # the address, the salutation one line below the subject, room to sign.
            line("Absender", "{{ ressort }}"),
            line("Absender", "{{ unterzeichnung_funktion }}"),
            para("Anschrift", run("Präsidenten des Sächsischen Landtages"), ppr=spacing(1134, 0)),
            line("Anschrift", f"Bernhard-von-Lindenau-Platz{NBSP}1"),
            line("Anschrift", f"01067{NBSP}Dresden"),
            line("Datumzeile", f"Dresden,{NBSP}", "{{ uebermittlung_datum }}"),
            line("Betreff", "Kleine Anfrage ", "{{ fragesteller }}"),
            line("Betreff", f"Drs.-Nr.:{NBSP}", "{{ drucksache }}"),
            line("Betreff", "Thema: ", "{{ titel }}"),
            para("Antwort", run("Sehr geehrter Herr Präsident,"), ppr=spacing(480, 240)),
            line("Antwort", "{{ einleitung }}"),
        ],
        "back": [
            # Three blank lines give room for the handwritten signature above the name.
            closing(
                ("Mit freundlichen Grüßen",),
                ("?in_vertretung", "{{ in_vertretung }}"),
                ("",),
                ("",),
                ("",),
                ("{{ unterzeichnung }}",),
            ),
        ],
        "header": running_header(
            "Sächsischer Landtag – Kleine Anfrage Drs.-Nr. ", "{{ drucksache }}", "\t"
        ),
        "label_width": 1134,
    },
    "brandenburg": {
        "front": [
            *drucksache_head("Landtag Brandenburg"),
            line("Dokumentart", "Antwort"),
            line("Titelzeile", "der ", "{{ regierung }}"),
            line("Titelzeile", f"auf die Kleine Anfrage Nr.{NBSP}", "{{ anfrage_nr }}"),
            line("Titelzeile", "{{ fragesteller }}"),
            line("Titel", "{{ titel }}"),
            line("Antwort", "{{ einleitung }}"),
        ],
        "header": drucksache_header("Landtag Brandenburg"),
        "label_width": 1134,
    },
}
"""Per parliament: the paragraphs before and after the questions and answers, the running
header of later pages, an optional footnote on the first page, and two style settings: the
width of question labels ('Frage 1:' needs more than '1.') and whether questions are set in
smaller type (the Bundestag repeats them so). The other Länder (template_laender_a.py, template_laender_b.py) also
give the body (`body`: where the question's text and the answers go) and their own `looks`:
styles that differ from the shared ones."""
SPECS.update(LAENDER_A | LAENDER_B)


def build(name: str, folder: Path) -> Path:
    spec: dict[str, Any] = SPECS[name]
    target = folder / f"{name}.docx"
    front = spec["front"]
    if name != "anlage-vs-nfd":  # a Ressort's contribution says so above everything else
        front = [only_if("zulieferung", line("Zulieferung", "{{ zulieferung }}")), *front]
    write_docx(
        target,
        document(front, spec.get("back", []), first_header=True, body=spec.get("body")),
        spec["header"],
        first_header=spec.get("first_header"),
        footnote=spec.get("footnote"),
        label_width=spec.get("label_width", 567),
        small_questions=spec.get("small_questions", False),
        looks=spec.get("looks"),
    )
    return target


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else PROFILES
    for name in SPECS:
        print(f"wrote {build(name, folder)}")


if __name__ == "__main__":
    main()
