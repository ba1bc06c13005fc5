"""Reading the structure of a Kleine Anfrage: one document per layout family."""

from __future__ import annotations

from datetime import date

from anfrage.importing.found import Imported
from anfrage.importing.layout import load_layouts
from anfrage.importing.run import read_text

from conftest import REPO

REFERENCE = REPO / "tests" / "data" / "antwort-mv-kasachstan-2017.txt"
"""The real MV answer of 2017 (../shared/reference), as its PDF text layer came out."""


LAYOUTS = load_layouts(REPO / "templates")


def read(text: str) -> Imported:
    """What the importer reads in `text`, with the project's profiles."""
    return read_text(text, LAYOUTS)[0]


def test_the_reference_answer() -> None:
    found = read(REFERENCE.read_text(encoding="utf-8"))
    assert [(q.nr, [s for s, _ in q.subs]) for q in found.fragen] == [
        ("1", []),
        ("2", ["a", "b"]),
        ("3", ["a", "b"]),
        ("4", []),
    ]
    assert found.fragen[0].text.endswith(
        "Wenn ja, welcher Art waren beziehungsweise sind diese Beziehungen "
        "(bitte nach konkreten Projekten, Handelsvolumina usw. aufschlüsseln)?"
    )
    # "Landes-\nregierung" is joined, "Mecklenburg-\nVorpommern" keeps its hyphen.
    assert "Mitgliedern der Landesregierung zu" in found.fragen[1].text
    assert found.fragen[2].subs[1][1].endswith("für Mecklenburg-Vorpommern?")
    assert [a.ids for a in found.antworten] == [["1", "2", "2a", "2b"], ["3", "3a", "3b"], ["4"]]
    first = found.antworten[0].paragraphs
    assert first[0] == "Gespräche mit dem Botschafter der Republik Kasachstan"
    assert first[1].startswith("Am 26. August 2016 besuchte der Botschafter")
    assert "das Historisch-Technische Museum Peenemünde" in first[1]
    assert not any("werden zusammenhängend beantwortet" in p for p in first)
    assert found.antworten[2].paragraphs[-1].endswith("im September 2017 diskutiert werden.")
    assert found.vorbemerkung == [
        "Die Republik Kasachstan gehört nicht zu den Schwerpunkten der internationalen "
        "Beziehungen des Landes Mecklenburg-Vorpommern. Die Antworten beziehen sich auf die "
        "Jahre 2015 bis 2017."
    ]
    assert found.parliament == "Landtag Mecklenburg-Vorpommern"
    assert (found.absender, found.uebermittlung) == (
        "Der Chef der Staatskanzlei",
        date(2017, 7, 25),
    )
    assert [(a.name, a.anrede, a.fraktion) for a in found.askers] == [
        ("Holger Arppe", "Herr", "Fraktion der AfD")
    ]
    assert found.titel == "Beziehungen von Mecklenburg-Vorpommern zur Republik Kasachstan"
    assert (found.drucksache, found.wahlperiode, found.datum) == (None, None, None)


BUNDESTAG_QUESTION = """\
Deutscher Bundestag Drucksache 21/7449
21. Wahlperiode 14.07.2025

Kleine Anfrage
der Abgeordneten Erika Muster, Max Beispiel, Anna Probe, weiterer Abgeordneter
und der Fraktion BÜNDNIS 90/DIE GRÜNEN

Berufliche Bildung in Zentralasien

Vorbemerkung der Fragesteller
Seit dem 1. Januar 2020 fördert die Bundesregierung Projekte der beruflichen
Bildung in Kasachstan. Nach Angaben der Bundesregierung sind bis heute 12 Projekte
bewilligt worden.

Wir fragen die Bundesregierung:
1. Wie viele Projekte der beruflichen Bildung in Kasachstan hat die Bundes-
regierung seit 2020 gefördert?
2. Welche Mittel wurden dafür im Haushaltsjahr 2024 bereitgestellt?
a) Welcher Anteil entfiel auf Vorhaben mit Unternehmen aus Deutschland?
b) Welche Vorhaben wurden seit dem
1. Januar 2024 neu bewilligt?
3. Wie bewertet die Bundesregierung die in Frage 1 erfragten Projekte?

Berlin, den 10. Juli 2025
Katharina Dröge, Britta Haßelmann und Fraktion
"""


def test_bundestag_question_drucksache() -> None:
    found = read(BUNDESTAG_QUESTION)
    assert [(q.nr, [s for s, _ in q.subs]) for q in found.fragen] == [
        ("1", []),
        ("2", ["a", "b"]),
        ("3", []),
    ]
    assert found.fragen[0].text == (
        "Wie viele Projekte der beruflichen Bildung in Kasachstan hat die Bundesregierung "
        "seit 2020 gefördert?"
    )
    assert found.fragen[1].subs[1] == (
        "b",
        "Welche Vorhaben wurden seit dem 1. Januar 2024 neu bewilligt?",
    )
    assert (
        found.fragen[2].text
        == "Wie bewertet die Bundesregierung die in Frage 1 erfragten Projekte?"
    )
    assert found.vorbemerkung_fragesteller == [
        "Seit dem 1. Januar 2020 fördert die Bundesregierung Projekte der beruflichen Bildung "
        "in Kasachstan. Nach Angaben der Bundesregierung sind bis heute 12 Projekte bewilligt "
        "worden."
    ]
    assert found.antworten == []
    assert found.parliament == "Deutscher Bundestag"
    assert (found.drucksache, found.wahlperiode, found.datum) == ("21/7449", 21, date(2025, 7, 14))
    assert [(a.name, a.anrede) for a in found.askers] == [
        ("Erika Muster", None),
        ("Max Beispiel", None),
        ("Anna Probe", None),
    ]
    assert {a.fraktion for a in found.askers} == {"Fraktion BÜNDNIS 90/DIE GRÜNEN"}
    assert found.titel == "Berufliche Bildung in Zentralasien"


BUNDESTAG_ANSWER = """\
Deutscher Bundestag Drucksache 21/7652
21. Wahlperiode 07.08.2025

Antwort
der Bundesregierung
auf die Kleine Anfrage der Abgeordneten Erika Muster, Max Beispiel, weiterer Abgeordneter
und der Fraktion BÜNDNIS 90/DIE GRÜNEN
– Drucksache 21/7449 –

Berufliche Bildung in Zentralasien

Vorbemerkung der Fragesteller
Die Bundesregierung fördert Projekte der beruflichen Bildung in Kasachstan.

Vorbemerkung der Bundesregierung
Die Bundesregierung misst der beruflichen Bildung große Bedeutung bei.

1. Wie viele Projekte hat die Bundesregierung seit 2020 gefördert?
2. Welche Mittel wurden dafür bereitgestellt?

Die Fragen 1 und 2 werden aufgrund ihres Sachzusammenhangs gemeinsam beantwortet.

Seit 2020 wurden zwölf Projekte mit insgesamt 4,2 Mio. Euro gefördert.

3. Wie bewertet die Bundesregierung diese Projekte?

Die Bundesregierung bewertet die Projekte positiv.

Deutscher Bundestag – 21. Wahlperiode – 3 – Drucksache 21/7652
"""


def test_bundestag_answer_drucksache() -> None:
    found = read(BUNDESTAG_ANSWER)
    assert [q.nr for q in found.fragen] == ["1", "2", "3"]
    assert [(a.ids, a.paragraphs) for a in found.antworten] == [
        (["1", "2"], ["Seit 2020 wurden zwölf Projekte mit insgesamt 4,2 Mio. Euro gefördert."]),
        (["3"], ["Die Bundesregierung bewertet die Projekte positiv."]),
    ]
    assert found.vorbemerkung_fragesteller == [
        "Die Bundesregierung fördert Projekte der beruflichen Bildung in Kasachstan."
    ]
    assert found.vorbemerkung == [
        "Die Bundesregierung misst der beruflichen Bildung große Bedeutung bei."
    ]
    assert (found.drucksache, found.referenced) == ("21/7652", "21/7449")
    assert found.titel == "Berufliche Bildung in Zentralasien"


BERLIN = """\
Abgeordnetenhaus Berlin Drucksache 19/10006
19. Wahlperiode

Schriftliche Anfrage
des Abgeordneten Max Mustermann (CDU)
(Eingang beim Abgeordnetenhaus am 04.11.2021)
zum Thema:
Expo 2017 in Astana

und Antwort vom 18.11.2021

Im Namen des Senats von Berlin beantworte ich Ihre Schriftliche Anfrage wie folgt:

Frage 1:
Welche Berliner Unternehmen nahmen an der Expo 2017 teil?

Antwort zu 1:
Nach Kenntnis des Senats nahmen sieben Unternehmen teil.

Frage 2:
Wie hoch war die Förderung des Landes?

Antwort zu 2:
Die Förderung betrug 120.000 Euro.
"""


def test_berlin_frage_and_antwort_zu() -> None:
    found = read(BERLIN)
    assert [(q.nr, q.text) for q in found.fragen] == [
        ("1", "Welche Berliner Unternehmen nahmen an der Expo 2017 teil?"),
        ("2", "Wie hoch war die Förderung des Landes?"),
    ]
    assert [(a.ids, a.paragraphs) for a in found.antworten] == [
        (["1"], ["Nach Kenntnis des Senats nahmen sieben Unternehmen teil."]),
        (["2"], ["Die Förderung betrug 120.000 Euro."]),
    ]
    assert [(a.name, a.anrede, a.fraktion) for a in found.askers] == [
        ("Max Mustermann", "Herr", "CDU")
    ]
    assert found.eingang == date(2021, 11, 4)
    assert found.titel == "Expo 2017 in Astana"
    assert found.drucksache == "19/10006"


BRANDENBURG = """\
Landtag Brandenburg Drucksache 8/1234
8. Wahlperiode

Kleine Anfrage Nr. 3459
der Abgeordneten Erika Muster, Fraktion BEISPIEL

Hochschulpartnerschaften mit Kasachstan

Die Hochschulen des Landes pflegen Partnerschaften mit Hochschulen in Kasachstan.
Über deren Umfang ist wenig bekannt.

Ich frage die Landesregierung:

1. Welche Hochschulen des Landes unterhalten Partnerschaften in Kasachstan?
2. Wie viele Studierende nahmen 2024 an Austauschen teil?

zu Frage 1:
Die Universität Potsdam und die BTU Cottbus-Senftenberg.

zu Frage 2:
Im Jahr 2024 waren es 37 Studierende.
"""


def test_brandenburg_ich_frage_and_zu_frage() -> None:
    found = read(BRANDENBURG)
    assert [q.nr for q in found.fragen] == ["1", "2"]
    assert found.vorbemerkung_fragesteller == [
        "Die Hochschulen des Landes pflegen Partnerschaften mit Hochschulen in Kasachstan. "
        "Über deren Umfang ist wenig bekannt."
    ]
    assert [(a.ids, a.paragraphs) for a in found.antworten] == [
        (["1"], ["Die Universität Potsdam und die BTU Cottbus-Senftenberg."]),
        (["2"], ["Im Jahr 2024 waren es 37 Studierende."]),
    ]
    assert found.anfrage_nr == "3459"
    assert [(a.name, a.anrede, a.fraktion) for a in found.askers] == [
        ("Erika Muster", "Frau", "Fraktion BEISPIEL")
    ]
    assert found.titel == "Hochschulpartnerschaften mit Kasachstan"


BAYERN = (
    # Bayerischer Landtag, Drucksache 17/21558 (kleineanfragen.de text layer, flattened)
    "Schriftliche Anfrage der Abgeordneten Gabi Schmidt FREIE WÄHLER vom 15.03.2018 "
    "Städtepartnerschaften in Bayern Ich frage die Staatsregierung: 1.1 Wie viele "
    "Städtepartnerschaften existieren in Bayern? 1.2 Welche bayerischen Städte und Gemeinden "
    "pflegen diese? 1.3 Mit welchen Städten und Gemeinden? 2.1 Wie hat die Staatsregierung "
    "diese Partnerschaften konkret gefördert? 2.2 Wie viel Euro wurden für die jeweiligen "
    "Förderprogramme zur Verfügung gestellt (in den letzten fünf Jahren)? Antwort des "
    "Staatsministeriums des Innern und für Integration vom 28.03.2018 Zu 1.1 bis 1.3: Das "
    "Staatsministerium des Innern und für Integration stellt in seinem Internetauftritt für "
    "jedermann öffentlich zugänglich Übersichten zu den kommunalen Partnerschaften in Bayern "
    "zur Verfügung. Zu 2.1 bis 2.2: Kommunale Partnerschaften haben vorrangig die Begegnung "
    "von Bürgern und gesellschaftlichen Gruppen in den Partnerkommunen zum Inhalt."
)


def test_bavaria_decimal_numbers_stay_flat() -> None:
    found = read(BAYERN)
    assert [q.nr for q in found.fragen] == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    assert found.fragen[4].text == (
        "Wie viel Euro wurden für die jeweiligen Förderprogramme zur Verfügung gestellt (in den "
        "letzten fünf Jahren)?"
    )
    assert [a.ids for a in found.antworten] == [["1.1", "1.2", "1.3"], ["2.1", "2.2"]]
    assert [(a.name, a.fraktion) for a in found.askers] == [("Gabi Schmidt", "FREIE WÄHLER")]
    assert found.titel == "Städtepartnerschaften in Bayern"
    assert found.parliament is None  # the excerpt does not name the Landtag


def test_text_flattened_to_one_line() -> None:
    flat = " ".join(BUNDESTAG_ANSWER.replace("-\n", "- ").split())
    found = read(flat)
    assert [q.nr for q in found.fragen] == ["1", "2", "3"]
    assert [a.ids for a in found.antworten] == [["1", "2"], ["3"]]
    assert found.antworten[1].paragraphs == ["Die Bundesregierung bewertet die Projekte positiv."]
    assert found.fragen[2].text == "Wie bewertet die Bundesregierung diese Projekte?"


def test_flattened_reference_keeps_its_tree() -> None:
    flat = " ".join(REFERENCE.read_text(encoding="utf-8").split())
    found = read(flat)
    assert [(q.nr, [s for s, _ in q.subs]) for q in found.fragen] == [
        ("1", []),
        ("2", ["a", "b"]),
        ("3", ["a", "b"]),
        ("4", []),
    ]
    assert [a.ids for a in found.antworten] == [["1", "2", "2a", "2b"], ["3", "3a", "3b"], ["4"]]


def test_text_after_several_questions_answers_them_all_and_says_so() -> None:
    found = read("1. Erste Frage?\n2. Zweite Frage?\n\nEine Antwort.\n")
    assert [a.ids for a in found.antworten] == [["1", "2"]]
    assert found.antworten[0].note == (
        "the text after question 2 is imported as the answer to 1, 2, which have no answer "
        "label of their own"
    )
