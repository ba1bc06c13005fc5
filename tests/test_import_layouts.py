"""Layout families of real Drucksachen, one short excerpt each (public Drucksachen are
official works, § 5 UrhG; quoted as the text layers print them, flattened where the archive
flattened them), and how the parliament is found."""

from __future__ import annotations

import pytest

from anfrage.importing.found import Imported
from anfrage.importing.layout import load_layouts
from anfrage.importing.run import read_text

from conftest import PROFILES, REPO

LAYOUTS = load_layouts(REPO / "templates")
DATA = REPO / "tests" / "data" / "import"


def read(text: str) -> Imported:
    return read_text(text, LAYOUTS)[0]


def tree(found: Imported) -> list[str]:
    return [q.nr + "".join(s for s, _ in q.subs) for q in found.fragen]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Niedersächsischer Landtag – 18. Wahlperiode Drucksache 18/1350",
            "Niedersächsischer Landtag",
        ),
        ("Präsidenten des Sächsischen Landtages Herrn Dr. Matthias Rößler", "Sächsischer Landtag"),
        (
            "über den Präsidenten des Abgeordnetenhauses von Berlin über Senatskanzlei",
            "Abgeordnetenhaus Berlin",
        ),
        (
            "Im Namen des Senats von Berlin beantworte ich Ihre Schriftliche Anfrage",
            "Abgeordnetenhaus Berlin",
        ),
        ("30.09.2015 Drucksache 6/1142Thüringer LandTag 6. Wahlperiode", "Thüringer Landtag"),
        ("LANDTAG MECKLENBURG-VORPOMMERN Drucksache 7/2713", "Landtag Mecklenburg-Vorpommern"),
        (
            "Der Chef der Staatskanzlei hat namens der Landesregierung die Antwort auf die Kleine "
            "Anfrage mit Schreiben vom 15. November 2018 übermittelt.",
            "Landtag Mecklenburg-Vorpommern",
        ),
        ("Ich frage die Staatsregierung: 1.1 Wie viele Städtepartnerschaften gibt es?", None),
    ],  # fmt: skip
)
def test_the_parliament_is_the_longest_name_on_word_boundaries(text: str, name: str | None) -> None:
    found = LAYOUTS.detect(text)
    assert (found.name if found else None) == name


def test_the_shipped_layouts_know_parliaments_without_a_profile() -> None:
    shipped = load_layouts(None)  # no profiles at all: only the layouts shipped with anfrage
    found = shipped.detect("Niedersächsischer Landtag – 18. Wahlperiode")
    assert found is not None
    assert (found.name, found.profile) == ("Niedersächsischer Landtag", None)
    assert shipped.detect("Sächsischer Landtag") is None  # Sachsen's names come from its profile


def test_a_profile_takes_the_shipped_layout_of_its_parliament(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "nds.yaml").write_text(
        (PROFILES / "landtag-mv.yaml")
        .read_text(encoding="utf-8")
        .replace(
            "parlament: Landtag Mecklenburg-Vorpommern", "parlament: Niedersächsischer Landtag"
        ),
        encoding="utf-8",
    )
    layouts = load_layouts(tmp_path)
    found = layouts.detect("Niedersächsischer Landtag – 18. Wahlperiode")
    assert found is not None and found.profile == "nds"
    titles = [t.nach for t in layouts.layout(found).data.titel]
    assert "namens der Landesregierung" in titles  # from the shipped layout


MV_COMBINED = (
    # Landtag Mecklenburg-Vorpommern, Drucksache 7/3004 (kleineanfragen.de, flattened)
    "Der Minister für Inneres und Europa hat namens der Landesregierung die Kleine Anfrage mit "
    "Schreiben vom 9. Januar 2019 beantwortet. LANDTAG MECKLENBURG-VORPOMMERN Drucksache 7/3004 "
    "7. Wahlperiode 10.01.2019 KLEINE ANFRAGE des Abgeordneten Dr. Matthias Manthei, Fraktion "
    "Freie Wähler/BMV Ergebnisse der Zusammenarbeit während der von Polen zeitweilig "
    "durchgeführten Grenzkontrollen und ANTWORT der Landesregierung 1. Auf welche Weise war die "
    "Landespolizei an den obengenannten Kontrollen beteiligt? 2. Wie viele Kräfte der "
    "Landespolizei waren im oben genannten Zeitraum explizit zur Unterstützung und Kooperation "
    "im Zusammenhang mit den polnischen Grenzkontrollmaßnahmen im Einsatz? Die Fragen 1 und 2 "
    "werden zusammenhängend beantwortet. Die Landespolizei Mecklenburg-Vorpommern war an oben "
    "genannten Kontrollen nicht beteiligt. Drucksache 7/3004 Landtag Mecklenburg-Vorpommern - "
    "7. Wahlperiode 2 3. Hat die Landespolizei im oben genannten Zeitraum ihre Präsenz und "
    "Aktivität im Grenzraum zu Polen erhöht? a) Wenn ja, warum? b) Wenn ja, auf welche Weise? "
    "c) Wenn nicht, warum nicht? Die Fragen 3, a), b) und c) werden zusammenhängend "
    "beantwortet. Nein. Die Lagebeurteilung der Polizei ergab keine Notwendigkeit einer "
    "Verstärkung der polizeilichen Maßnahmen."
)


def test_mv_combined_drucksache_with_grouping_sentences() -> None:
    found = read(MV_COMBINED)
    assert tree(found) == ["1", "2", "3abc"]
    assert [a.ids for a in found.antworten] == [["1", "2"], ["3", "3a", "3b", "3c"]]
    assert found.antworten[0].paragraphs == [
        "Die Landespolizei Mecklenburg-Vorpommern war an oben genannten Kontrollen nicht beteiligt."
    ]  # the running header of page 2 is gone
    assert (found.parliament, found.drucksache, found.wahlperiode) == (
        "Landtag Mecklenburg-Vorpommern",
        "7/3004",
        7,
    )
    assert [(a.name, a.fraktion) for a in found.askers] == [
        ("Matthias Manthei", "Fraktion Freie Wähler/BMV")
    ]
    assert found.titel == (
        "Ergebnisse der Zusammenarbeit während der von Polen zeitweilig durchgeführten "
        "Grenzkontrollen"
    )


BUNDESTAG_ANSWER = (
    # Deutscher Bundestag, Drucksache 18/4659 (kleineanfragen.de, flattened, shortened)
    "Deutscher Bundestag Drucksache 18/4659 18. Wahlperiode 20.04.2015 Antwort der "
    "Bundesregierung auf die Kleine Anfrage der Abgeordneten Niema Movassat, Christine Buchholz, "
    "Annette Groth, weiterer Abgeordneter und der Fraktion DIE LINKE. – Drucksache 18/4548 – "
    "Reisetätigkeit des Bundesministers für wirtschaftliche Zusammenarbeit und Entwicklung und "
    "seiner Staatssekretäre Vo r b e m e r k u n g d e r F r a g e s t e l l e r Der "
    "Bundesminister für wirtschaftliche Zusammenarbeit und Entwicklung, Dr. Gerd Müller, und "
    "seine Staatssekretäre im Bundesministerium für wirtschaftliche Zusammenarbeit und "
    "Entwicklung (BMZ) tätigen zahlreiche Dienst-, Delegations-, Minister- und "
    "Einzeldienstreisen in Entwicklungs- und Schwellenländer. 1. Welche Dienstreisen in "
    "Entwicklungs- und Schwellenländer hat der Bundesminister für wirtschaftliche "
    "Zusammenarbeit und Entwicklung, Dr. Gerd Müller, seit Amtsantritt getätigt? Seit seinem "
    "Amtsantritt hat der Bundesminister Dienstreisen in nachstehende Entwicklungs - und "
    "Schwellenländer getätigt: Demokratische Bundesrepublik Äthiopien, Islamische Republik "
    "Afghanistan, Volksrepublik China."
)


def test_bundestag_answer_with_letter_spaced_headings() -> None:
    found = read(BUNDESTAG_ANSWER)
    assert (found.drucksache, found.referenced) == ("18/4659", "18/4548")
    assert [a.name for a in found.askers] == [
        "Niema Movassat",
        "Christine Buchholz",
        "Annette Groth",
    ]
    assert {a.fraktion for a in found.askers} == {"Fraktion DIE LINKE."}
    assert found.titel == (
        "Reisetätigkeit des Bundesministers für wirtschaftliche Zusammenarbeit und Entwicklung "
        "und seiner Staatssekretäre"
    )
    assert found.vorbemerkung_fragesteller[0].startswith("Der Bundesminister für wirtschaftliche")
    assert tree(found) == ["1"]
    assert found.fragen[0].text.endswith("Dr. Gerd Müller, seit Amtsantritt getätigt?")
    assert [a.ids for a in found.antworten] == [["1"]]


BERLIN = (
    # Abgeordnetenhaus Berlin, Drucksache 17/14779 (kleineanfragen.de, flattened, shortened)
    "Drucksache 17 / 14 779 Schriftliche Anfrage 17. Wahlperiode Schriftliche Anfrage des "
    "Abgeordneten Carsten Schatz (LINKE) vom 21. Oktober 2014 (Eingang beim Abgeordnetenhaus am "
    "22. Oktober 2014) und Antwort Städtepartnerschaft Berlins mit Madrid Die Drucksachen des "
    "Abgeordnetenhauses sind bei der Kulturbuch-Verlag GmbH zu beziehen. Hausanschrift: "
    "Sprosserweg 3, 12351 Berlin-Buckow · Postanschrift: Postfach 47 04 49, 12313 Berlin, "
    "Telefon: 6 61 84 84; Telefax: 6 61 78 28. Im Namen des Senats von Berlin beantworte ich "
    "Ihre Schriftliche Anfrage wie folgt: 1. Wie bewertet der Senat die Entwicklung und den "
    "Stand der Beziehungen zur Stadt Madrid? Zu 1.: Die Städtepartnerschaft mit Madrid ist ein "
    "wichtiges Element der internationalen Aktivitäten Berlins. 2. Welche Aktivitäten gab es in "
    "den Jahren 2010, 2011, 2012 und 2013 im Rahmen der Städtepartnerschaft Berlin-Madrid? Zu "
    "2.: Die Aufzählung von einzelnen Projekten in ei- nem Zeitraum von vier Jahren würde den "
    "Rahmen dieser Beantwortung sprengen."
)


def test_berlin_written_question_with_imprint_and_zu_labels() -> None:
    found = read(BERLIN)
    assert (found.parliament, found.drucksache, found.wahlperiode) == (
        "Abgeordnetenhaus Berlin",
        "17/14779",
        17,
    )
    assert found.eingang is not None and found.eingang.isoformat() == "2014-10-22"
    assert found.titel == "Städtepartnerschaft Berlins mit Madrid"
    assert [a.ids for a in found.antworten] == [["1"], ["2"]]
    assert found.antworten[1].paragraphs == [
        "Die Aufzählung von einzelnen Projekten in einem Zeitraum von vier Jahren würde den "
        "Rahmen dieser Beantwortung sprengen."
    ]
    assert not any("Kulturbuch" in line for a in found.antworten for line in a.paragraphs)


SAXONY_OCR = (
    # Sächsischer Landtag, Drucksache 6/14650: the Staatskanzlei's letter, OCR'd
    "SACHSìSCHE STAATSKANZLEI 01095 Dresden Präsidenten des Sächsischen Landtages Herrn Dr. "
    "Matthias Rößler Kleine Anfrage des Abgeordneten René Jalaß (DlE LINKE) Drs.-Nr.: 6/14650 "
    "Thema: Regierungserklärung des Ministerpräsidenten Sehr geehrter Herr Präsident, namens und "
    "im Auftrag der Sächsischen Staatsregierung beantworte ich die Kleine Anfrage wie folgt: "
    "Frage l: Wird die Regierungserklärung des sächsischen Ministerpräsidenten vom 5. September "
    "2018 von der gesamten Regierung in vollem Umfang und ohne Abstriche mitgetragen? "
    "Regierungserklärungen dienen dem Ziel, politisches Handeln dem Parlament und der "
    "Offentlichkeit zu erläutern. Mit freundlichen Grüßen Freistaat SACHSEN Chef der "
    "Staatskanzlei Durchwahl Telefon +49 351 564-1020 www.sachsen.de 2018-10-02T10:06:41+0200"
)


def test_saxony_letter_with_ocr_label_and_letterhead() -> None:
    found = read(SAXONY_OCR)
    assert (found.parliament, found.drucksache) == ("Sächsischer Landtag", "6/14650")
    assert found.titel == "Regierungserklärung des Ministerpräsidenten"
    assert [(a.name, a.fraktion) for a in found.askers] == [("René Jalaß", "DlE LINKE")]
    assert tree(found) == ["1"]  # 'Frage l:' is OCR for 'Frage 1:'
    assert found.antworten[0].paragraphs == [
        "Regierungserklärungen dienen dem Ziel, politisches Handeln dem Parlament und der "
        "Offentlichkeit zu erläutern."
    ]


def test_brandenburg_quotes_its_questions_then_repeats_them() -> None:
    text = (
        # Landtag Brandenburg, Drucksache 6/1937 (kleineanfragen.de, flattened, shortened)
        "Landtag Brandenburg 6. Wahlperiode Drucksache 6/1937 Antwort der Landesregierung auf die "
        "Kleine Anfrage 721 des Abgeordneten Franz Josef Wiese der AfD-Fraktion Drucksache "
        "6/1638 Sanktionen und Einreiseverbote der EU sowie der Russischen Föderation Wortlaut "
        "der Kleinen Anfrage 721 vom 08.06.2015: Hiervon sind auch die vielfältigen "
        "wirtschaftlichen und kulturellen Beziehungen Brandenburgs zu Russ- land betroffen. Ich "
        "frage die Landesregierung: 1.) Hat die Landesregierung Kenntnis von den mit einem "
        "Einreiseverbot seitens der Russischen Föderation belegten Personen? 2.) Sind auch "
        "Personen mit Wohnsitz in Brandenburg betroffen? Namens der Landesregierung beantwortet "
        "der Minister für Justiz und Europa und Verbraucherschutz die Kleine Anfrage wie folgt: "
        "Frage 1: Hat die Landesregierung Kenntnis von den mit einem Einreiseverbot seitens der "
        "Russischen Föderation belegten Personen? zu Frage 1: Ja. Frage 2: Sind auch Personen mit "
        "Wohnsitz in Brandenburg betroffen? zu Frage 2: Der Landesregierung ist nicht bekannt, "
        "dass Personen auf der Liste der Einreisever- bote ihren Wohnsitz im Land Brandenburg "
        "haben."
    )
    found = read(text)
    assert tree(found) == ["1", "2"]  # each question once
    assert [a.ids for a in found.antworten] == [["1"], ["2"]]
    assert (found.drucksache, found.anfrage_nr, found.referenced) == ("6/1937", "721", "6/1638")
    assert [(a.name, a.fraktion) for a in found.askers] == [("Franz Josef Wiese", "AfD-Fraktion")]


def test_baden_wuerttemberg_title_block_after_the_questions() -> None:
    text = (
        # Landtag von Baden-Württemberg, Drucksache 16/2598 (kleineanfragen.de, flattened)
        "Landtag von Baden-Württemberg 16. Wahlperiode Drucksache 16 / 2598 08. 09. 2017 "
        "1Eingegangen: 08. 09. 2017 / Ausgegeben: 25. 10. 2017 K l e i n e A n f r a g e Ich "
        "frage die Landesregierung: 1. Welche Maßnahmen plant sie im Jahr 2018 zu ergreifen, um "
        "die Arbeit der Stiftung Entwicklungs-Zusammenarbeit Baden-Württemberg zu stärken? 2. Wie "
        "positioniert sie sich zu Folter, willkürlichen Verhaftungen und schweren Misshandlungen "
        "in Burundi? Kleine Anfrage des Abg. Lars Patrick Berg AfD und Antwort des "
        "Staatsministeriums Zusammenarbeit mit Burundi und Stärkung der Stiftung "
        "Entwicklungs-Zusammenarbeit Baden-Württemberg Drucksachen und Plenarprotokolle sind im "
        "Internet abrufbar unter: www.landtag-bw.de/Dokumente Der Landtag druckt auf "
        "Recyclingpapier, ausgezeichnet mit dem Umweltzeichen „Der Blaue Engel“. Landtag von "
        "Baden-Württemberg Drucksache 16 / 2598 2 3. Plant sie, umweltpolitische Maßnahmen zu "
        "ergreifen, um den erheblich gerodeten Waldbestand in Burundi wieder aufzustocken?"
    )
    found = read(text)
    assert found.parliament == "Landtag von Baden-Württemberg"
    assert tree(found) == ["1", "2", "3"]
    assert found.fragen[1].text.endswith("Misshandlungen in Burundi?")
    assert [(a.name, a.fraktion) for a in found.askers] == [("Lars Patrick Berg", "AfD")]
    assert found.titel == (
        "Zusammenarbeit mit Burundi und Stärkung der Stiftung Entwicklungs-Zusammenarbeit "
        "Baden-Württemberg"
    )
    assert found.eingang is not None and found.eingang.isoformat() == "2017-09-08"
    assert found.antworten == []


def test_hamburg_several_questions_one_answer() -> None:
    text = (
        # Hamburgische Bürgerschaft, Drucksache 21/16315 (kleineanfragen.de, flattened, shortened)
        "BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG Drucksache 21/16315 21. Wahlperiode "
        "26.02.19 Schriftliche Kleine Anfrage der Abgeordneten Michael Kruse und Dr. Kurt Duwe "
        "(FDP) vom 19.02.19 und Antwort des Senats Betr.: Vienna calling (II) – Wann und warum "
        "waren mehrere Hamburger Bezirksamtsspitzen in der österreichischen Hauptstadt? Mit "
        "seiner Antwort zu Drs. 21/16126 hat der Senat ausgeschlossen, dass es eine Reise nach "
        "Wien gegeben habe. Vor diesem Hintergrund fragen wir den Senat: Die HANSA "
        "Baugenossenschaft eG hat ein Kolloquium vom 2. bis 3. Februar 2018 in Wien veranstaltet. "
        "Dies vorausgeschickt, beantwortet der Senat die Fragen wie folgt: 1. Wann fand zuletzt "
        "eine Reise einzelner oder mehrerer Bezirksamtsleitungen nach Wien statt? 2. Auf wessen "
        "Einladung hin erfolgte die Reise? Welchen konkreten Zwecken diente sie? Siehe "
        "Vorbemerkung. 3. Wie sah das konkrete Reiseprogramm aus? (Bitte alle Termine aufführen.) "
        "Uhrzeit Freitag 2. Februar 2018 9.20 Ankunft Wien 10.30 Besichtigung Seestadt Aspern"
    )
    found = read(text)
    assert found.parliament is not None and "Hamburg" in found.parliament
    assert found.titel == (
        "Vienna calling (II) – Wann und warum waren mehrere Hamburger Bezirksamtsspitzen in der "
        "österreichischen Hauptstadt?"
    )
    assert [(a.name, a.fraktion) for a in found.askers] == [
        ("Michael Kruse", "FDP"),
        ("Kurt Duwe", "FDP"),
    ]
    assert tree(found) == ["1", "2", "3"]
    assert found.fragen[2].text == (
        "Wie sah das konkrete Reiseprogramm aus? (Bitte alle Termine aufführen.)"
    )
    assert [a.ids for a in found.antworten] == [["1", "2"], ["3"]]
    assert found.vorbemerkung[0].startswith("Die HANSA Baugenossenschaft")


def test_bavaria_footer_and_two_fraktionen() -> None:
    text = (
        # Bayerischer Landtag, Drucksache 17/18355 (kleineanfragen.de, flattened, shortened)
        "Schriftliche Anfrage des Abgeordneten Dr. Leopold Herz FREIE WÄHLER Ulrich Leiner "
        "BÜNDNIS 90/DIE GRÜNEN vom 31.08.2017 Ministerbesuche in Wahlkreisen Wir fragen die "
        "Staatsregierung: 1.1 Gibt es allgemein gültige Richtlinien, wer bei Staatsminister - "
        "bzw. Staatssekretärbesuchen in Wahlkreisen eingeladen wird? 1.2 Wenn ja, wie sehen "
        "diese aus? Antwort des Leiters der Bayerischen Staatskanzlei vom 28.09.2017 Zu 1.1 bis "
        "1.2: Der Ministerrat hat sich, zuletzt im Jahr 2014, auf folgendes gemeinsames Vorgehen "
        "verständigt. 17. Wahlperiode 02.02.2018 Drucksache 17/18355 Bayerischer Landtag"
    )
    found = read(text)
    assert [(a.name, a.fraktion) for a in found.askers] == [
        ("Leopold Herz", "FREIE WÄHLER"),
        ("Ulrich Leiner", "BÜNDNIS 90/DIE GRÜNEN"),
    ]
    assert found.titel == "Ministerbesuche in Wahlkreisen"
    assert tree(found) == ["1.1", "1.2"]
    assert [a.ids for a in found.antworten] == [["1.1", "1.2"]]
    assert (found.wahlperiode, found.drucksache) == (17, "17/18355")


def test_saarland_questions_numbered_only_by_their_answer_labels() -> None:
    text = (
        # Landtag des Saarlandes, Drucksache 15/1284 (robbi5/kleineanfragen test fixture)
        "LANDTAG DES SAARLANDES\n\n 15. Wahlperiode Drucksache 15/1284 (15/1217)\n 12.03.2015\n\n"
        "A N T W O R T\n\nzu der\n\nAnfrage des Abgeordneten Michael Neyses (B90/Grüne)\n\n"
        "betr.: Situation des Schienenpersonennahverkehrs (SPNV) im Saarland nach\n\n"
        "dem Fahrplanwechsel 2014\n\n\nVorbemerkung der Landesregierung:\n\n"
        "Mit dem Fahrplanwechsel am 14. Dezember 2014 startete im Saarland auf der Schiene\n"
        " ein neues, verbessertes Nahverkehrsangebot.\n\n\n"
        "Wer hat die Qualität des Leistungserbringers auf\nder Bahnstrecke Saarbrücken-Mainz "
        "überprüft?\nWelche Kriterien wurden zugrunde gelegt?\n\n\n"
        "Welche Gründe gaben den Ausschlag, einen neuen\n Betreiber für die Bahnstrecke "
        "vorzuziehen (Qualität,\nWirtschaftlichkeit)?\n\n\nZu den Fragen 1 und 3:\n\n"
        "Die Regentalbahn AG war der günstigste Bieter.\n\n\n"
        "War der Landesregierung bekannt, dass der Betreiber\n Vlexx keine Erfahrung hat\n"
        "(Eigenaussage des Betreibers)\n\n\nZu Frage 2:\n\n"
        "Der Landesregierung ist die zitierte Eigenaussage des Betreibers nicht bekannt.\n"
    )
    found = read(text)
    assert [q.nr for q in found.fragen] == ["1", "2", "3"]
    assert found.fragen[2].text == (
        "Welche Gründe gaben den Ausschlag, einen neuen Betreiber für die Bahnstrecke "
        "vorzuziehen (Qualität, Wirtschaftlichkeit)?"
    )
    assert found.fragen[1].text.endswith("keine Erfahrung hat (Eigenaussage des Betreibers)")
    assert [a.ids for a in found.antworten] == [["1", "3"], ["2"]]
    assert (found.drucksache, found.referenced) == ("15/1284", "15/1217")
    assert found.titel == (
        "Situation des Schienenpersonennahverkehrs (SPNV) im Saarland nach dem Fahrplanwechsel 2014"
    )


def test_hessen_from_test_data() -> None:
    text = (DATA / "he-19-1446.txt").read_text(encoding="utf-8").split("\n", 3)[3]
    found = read(text)
    assert found.parliament == "Hessischer Landtag"
    assert [(a.name, a.fraktion) for a in found.askers] == [("Rudolph", "SPD")]
    assert found.titel is not None and found.titel.startswith("Hilfestellung der Hessischen")
    assert tree(found) == ["1", "2", "3", "4", "5"]
    assert [a.ids for a in found.antworten] == [["1"], ["2"], ["3"], ["4"], ["5"]]
    assert found.antworten[4].paragraphs == ["Entfällt."]  # the signature is no answer text
    assert (found.drucksache, found.wahlperiode) == (None, None)  # not printed in the excerpt


def test_nordrhein_westfalen_from_test_data() -> None:
    text = (DATA / "nw-17-ka-3336.txt").read_text(encoding="utf-8").split("\n", 3)[3]
    found = read(text)
    assert [(a.name, a.fraktion) for a in found.askers] == [("Herbert Strotebeck", None)]
    assert tree(found) == ["1", "2", "3", "4"]
    assert found.fragen[3].text.endswith("(Bitte aufschlüsseln nach Ministerien)")
    assert [a.ids for a in found.antworten] == [["1", "2"]]
    assert any("Herbert Strotebeck" in note for note in found.notes)
