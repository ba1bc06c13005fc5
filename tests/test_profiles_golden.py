"""One golden test per parliament profile: each example renders in its parliament's form."""

import re
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from anfrage.cli import app
from shipped import shipped

from conftest import REPO

# Per example: paragraphs (style, text) that must appear in this order.
EXPECTED: dict[str, list[tuple[str, str]]] = {
    "mv-kasachstan-2017": [
        (
            "Übermittlungsvermerk",
            "Der Chef der Staatskanzlei hat namens der Landesregierung die "
            "Antwort auf die Kleine Anfrage mit Schreiben vom 25. Juli 2017 übermittelt.",
        ),
        ("Kopf", "LANDTAG MECKLENBURG-VORPOMMERN\tDrucksache 7/817"),
        ("Kopf Wahlperiode", "7. Wahlperiode\t31.07.2017"),
        ("Dokumentart", "KLEINE ANFRAGE"),
        ("Titelzeile", "des Abgeordneten Holger Arppe, Fraktion der AfD"),
        ("Dokumentart", "ANTWORT"),
        ("Titelzeile", "der Landesregierung"),
        ("Zwischenüberschrift", "Vorbemerkung:"),
        ("Frage", "1.\tGab und gibt es"),
        ("Unterfrage", "a)\tWelchem Zweck dienten diese Begegnungen?"),
        ("Antwort", "Die Fragen 1, 2, 2 a) und 2 b) werden zusammenhängend beantwortet."),
    ],
    "st-kasachstan-2017": [
        ("Kopf", "Landtag von Sachsen-Anhalt\tDrucksache 7/1890"),
        ("Kopf Wahlperiode", "7. Wahlperiode\t02.10.2017"),
        ("Dokumentart", "Antwort der Landesregierung"),
        ("Titelzeile", "auf eine Kleine Anfrage zur schriftlichen Beantwortung"),
        ("Titelzeile", "Abgeordnete Erika Beispiel (Fraktion Beispiel)"),
        ("Titel der Anfrage", "Beziehungen des Landes Sachsen-Anhalt zur Republik Kasachstan"),
        ("Titelzeile", "Kleine Anfrage – KA 7/1001"),
        (
            "Übermittlungsvermerk",
            "Antwort der Landesregierung erstellt vom Ministerium für "
            "Wirtschaft, Wissenschaft und Digitalisierung",
        ),
        ("Zwischenüberschrift", "Vorbemerkung des Fragestellers:"),
        ("Zwischenüberschrift", "Vorbemerkung der Landesregierung:"),
        ("Frage", "1.\tWie haben sich die Ausfuhren"),
        ("Antwort", "Die Fragen 2, 2 a) und 2 b) werden gemeinsam beantwortet."),
    ],
    "bundestag-berufsbildung-kasachstan-2017": [
        ("Kopf", "Deutscher Bundestag\tDrucksache 18/13612"),
        ("Kopf Wahlperiode", "18. Wahlperiode\t27.09.2017"),
        ("Dokumentart", "Antwort"),
        ("Titelzeile", "der Bundesregierung"),
        (
            "Titelzeile",
            "auf die Kleine Anfrage der Abgeordneten Max Beispiel und Erika Muster, "
            "weiterer Abgeordneter und der Fraktion BEISPIEL",
        ),
        ("Titelzeile", "– Drucksache 18/13480 –"),
        ("Titel der Anfrage", "Deutsch-kasachische Zusammenarbeit in der beruflichen Bildung"),
        ("Zwischenüberschrift", "Vorbemerkung der Fragesteller"),
        ("Fragetext", "Kasachstan will seine berufliche Bildung modernisieren."),
        ("Zwischenüberschrift", "Vorbemerkung der Bundesregierung"),
        ("Frage", "1.\tWelche Projekte der beruflichen Bildung"),
        (
            "Antwort",
            "Die Fragen 1 bis 3 werden aufgrund ihres Sachzusammenhangs gemeinsam beantwortet.",
        ),
    ],
    "berlin-expo-2017": [
        ("Kopf", "Abgeordnetenhaus Berlin\tDrucksache 18/11950"),
        ("Dokumentart", "Schriftliche Anfrage"),
        ("Titelzeile", "des Abgeordneten Max Muster (BEISPIEL)"),
        ("Titelzeile", "und Antwort vom 20.09.2017"),
        ("Absender", "Senatsverwaltung für Wirtschaft, Energie und Betriebe"),
        ("Dokumentart", "A n t w o r t"),
        ("Titelzeile", "auf die Schriftliche Anfrage Nr. 18/11950 vom 04.09.2017"),
        (
            "Antwort",
            "Im Namen des Senats von Berlin beantworte ich Ihre Schriftliche Anfrage wie folgt:",
        ),
        ("Zwischenüberschrift", "Vorbemerkung der Verwaltung:"),
        ("Frage", "Frage 1:\tWar das Land Berlin"),
        ("Frage", "Frage 2:\tWenn nein, warum nicht?"),
        ("Antwortkennung", "Antwort zu 1 und 2:"),
        (
            "Antwort",
            "Die Fragen 1 und 2 werden wegen ihres Sachzusammenhangs gemeinsam beantwortet.",
        ),
        ("Antwortkennung", "Antwort zu 3:"),
        # The signature block is one paragraph, so it stays together on one page.
        ("Unterschrift", "Berlin, den 20.09.2017\nIn Vertretung\nErika Beispiel\nSenatsverwaltung"),
    ],
    "sachsen-zentralasien-2025": [
        (
            "Absender",
            "Sächsisches Staatsministerium für Wirtschaft, Arbeit, Energie und Klimaschutz",
        ),
        ("Absender", "Der Staatsminister"),
        ("Anschrift", "Präsidenten des Sächsischen Landtages"),
        ("Datumzeile", "Dresden, 29.10.2025"),
        ("Betreff", "Kleine Anfrage der Abgeordneten Erika Muster (BEISPIEL)"),
        ("Betreff", "Drs.-Nr.: 8/3284"),
        (
            "Antwort",
            "namens und im Auftrag der Sächsischen Staatsregierung beantworte ich die "
            "Kleine Anfrage wie folgt:",
        ),
        ("Frage", "Frage 1:\tWelche Delegationsreisen"),
        ("Antwort", "Die Fragen 1 und 2 werden gemeinsam beantwortet."),
        ("Unterschrift", "Mit freundlichen Grüßen\n\n\n\nMax Beispiel"),
    ],
    "brandenburg-hochschulen-2025": [
        ("Kopf", "Landtag Brandenburg\tDrucksache 8/1620"),
        ("Dokumentart", "Antwort"),
        ("Titelzeile", "der Landesregierung"),
        ("Titelzeile", "auf die Kleine Anfrage Nr. 612"),
        ("Titelzeile", "der Abgeordneten Max Beispiel und Erika Muster (BEISPIEL)"),
        (
            "Antwort",
            "Namens der Landesregierung beantwortet die Ministerin für Wissenschaft, "
            "Forschung und Kultur die Kleine Anfrage wie folgt:",
        ),
        ("Zwischenüberschrift", "Vorbemerkung der Fragesteller:"),
        ("Frage", "Frage 1:\tWelche brandenburgischen Hochschulen"),
        ("Antwortkennung", "zu den Fragen 1 und 2:"),
        ("Antwort", "Die Fragen 1 und 2 werden gemeinsam beantwortet."),
        ("Antwortkennung", "zu Frage 3:"),
    ],
}


def render(tmp_path: Path, name: str) -> Path:
    result = CliRunner().invoke(
        app, ["render", str(REPO / "anfragen" / f"{name}.yaml"), "--out", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    return Path(result.stdout.strip())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_profile_renders_its_form(tmp_path: Path, name: str) -> None:
    # Compared by wording: a no-break space (tests/test_print.py) reads as a space here.
    paragraphs = [
        (p.style.name, p.text.replace("\u00a0", " "))
        for p in docx.Document(str(render(tmp_path, name))).paragraphs
    ]
    remaining = iter(paragraphs)
    for style, text in EXPECTED[name]:
        assert any(s == style and t.startswith(text) for s, t in remaining), (style, text)


def test_every_shipped_profile_has_an_example() -> None:
    profiles = {p.stem for p in shipped("templates/*.yaml")}  # not a user's own
    used = {
        re.search(r"^parlament: (\S+)", (REPO / "anfragen" / f"{n}.yaml").read_text(), re.M)[1]
        for n in EXPECTED
    }
    assert used == profiles


def test_bundestag_transmission_footnote(tmp_path: Path) -> None:
    path = render(tmp_path, "bundestag-berufsbildung-kasachstan-2017")
    with zipfile.ZipFile(path) as z:
        footnotes = z.read("word/footnotes.xml").decode()
    text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", footnotes)).replace("\u00a0", " ")
    assert "vom 25.\u00a0September\u00a02017" in "".join(re.findall(r">([^<]*)<", footnotes))
    assert (
        "Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundesministeriums für "
        "Bildung und Forschung vom 25. September 2017 übermittelt. Die Drucksache enthält "
        "zusätzlich – in kleinerer Schrifttype – den Fragetext."
    ) in text


def test_bundestag_sets_questions_in_smaller_type(tmp_path: Path) -> None:
    styles = docx.Document(str(render(tmp_path, "bundestag-berufsbildung-kasachstan-2017"))).styles
    assert styles["Frage"].font.size.pt == 9 and styles["Antwort"].font.size is None
