"""More real Drucksachen, beyond the corpus, that exposed a general weakness of the importer;
one short excerpt each (public Drucksachen are official works, § 5 UrhG; quoted as the
kleineanfragen.de text layers print them)."""

from __future__ import annotations

from anfrage.importing.layout import load_layouts
from anfrage.importing.run import read_text

from conftest import REPO

LAYOUTS = load_layouts(REPO / "templates")

HE_19_767 = (
    "Kleine Anfrage des Abg. Rudolph (SPD) vom 12.08.2014 betreffend Hilfestellung der Hessischen "
    "Landesregierung gegenüber den Fraktionen von CDU und BÜNDNIS 90/DIE GRÜNEN - Gesetzentwurf "
    "Hessisches Schulgesetz und Antwort des Kultusministers Vorbemerkung des Fragestellers: Der "
    "Gesetzentwurf der Fraktionen CDU und BÜNDNIS 90/DIE GRÜNEN für ein Gesetz zur Änderung des "
    "Hessischen Schulgesetzes, Drucksache 19/131, wurde am 11. März 2014 in die Gesetzesberatung "
    "des Hessischen Landtages eingebracht. Vorbemerkung des Kultusministers: Gemäß den §§ 41 und "
    "43 der Gemeinsamen Geschäftsordnung ist es gestattet, dass der Hessische Landtag im "
    "Gegensatz zu anderen Parlamenten nicht über einen Wissenschaftlichen Dienst verfügt. Diese "
    "Vorbemerkungen vorangestellt, beantworte ich die Kleine Anfrage wie folgt: Frage 1. Hat die "
    "Hessische Landesregierung den Fraktionen zugearbeitet? Frage 2. Falls ja, wie konkret? "
    "Die Fragen 1 und 2 werden gemeinsam beantwortet. Zunächst wird auf die Vorbemerkung "
    "verwiesen ."
)


def test_a_parliament_named_only_inside_a_sentence_of_the_text_is_not_its_parliament() -> None:
    """Hessen's Drucksachen as archived start at the askers' line: the parliament is named only
    in prose ("des Hessischen Landtages"), and the answer's "beantworte ich die Kleine Anfrage
    wie folgt" shares its words with Baden-Württemberg's transmission note. Neither names the
    document's parliament, so the file is written with `parlament` empty."""
    found, named = read_text(HE_19_767, LAYOUTS)
    assert named is None
    assert found.parliament is None
    assert [q.nr for q in found.fragen] == ["1", "2"]


def test_a_letter_head_before_the_askers_text_still_names_the_parliament() -> None:
    """Before the askers' Vorbemerkung or lead-in, a name after an article is the letter head
    ("An den Präsidenten des Sächsischen Landtages"), not prose."""
    text = (
        "An den Präsidenten des Sächsischen Landtages Herrn Dr. Matthias Rößler "
        "Kleine Anfrage des Abgeordneten X (DIE LINKE) Frage 1: Wer? Antwort."
    )
    named = read_text(text, LAYOUTS)[1]
    assert named is not None and named.profile == "sachsen"


def test_a_transmission_note_in_full_still_names_its_parliament() -> None:
    """Baden-Württemberg's whole transmission sentence, with its gaps filled, is its signature."""
    text = (
        "Kleine Anfrage Ich frage die Landesregierung: 1. Wie? A n t w o r t Mit Schreiben vom "
        "27. Februar 2017 Nr. Z(45)-0141.5/110F beantwortet das Ministerium für Ländlichen Raum "
        "und Verbraucherschutz die Kleine Anfrage wie folgt: Zu 1.: So."
    )
    named = read_text(text, LAYOUTS)[1]
    assert named is not None and named.profile == "baden-wuerttemberg"


TH_6_386 = (
    "19.03.2015 Drucksache 6/386Thüringer LandTag 6. Wahlperiode Umgang der Landesregierung mit "
    "Kleinen Anfragen Die Kleine Anfrage 136 vom 29. Januar 2015 hat folgenden Wortlaut: Ich "
    "frage die Landesregierung: 1. Ist es nunmehr üblich? 2. Warum? 3. Innerhalb welcher Zeit "
    "sollen Anfragen - abgesehen von § 90 Abs. 4 GO - beantwortet werden, wenn gegenüber der "
    "Presse bereits eine Antwort erteilt wurde? 4. Gelten der Presse mitgeteilte Antworten als "
    "verbindliche Positionen der Landesregierung?"
)


def test_a_number_after_an_abbreviation_is_no_page_number() -> None:
    """A page number left between two sentences is dropped, but 'Abs. 4 GO' is no sentence end."""
    found = read_text(TH_6_386, LAYOUTS)[0]
    assert [q.nr for q in found.fragen] == ["1", "2", "3", "4"]
    assert "§ 90 Abs. 4 GO -" in found.fragen[2].text


BY_17_20910 = (
    "Schriftliche Anfrage der Abgeordneten Dr. Simone Strohmayr SPD vom 21.12.2017 Inobhutnahme "
    "in Bayern I Ich frage die Staatsregierung: 1. a) Wie viele Inobhutnahmen wurden in Bayern "
    "von 2012 bis 2017 (Stichtag: 07.12.2017) durch die Jugendämter vollzogen (bitte "
    "aufgeschlüsselt nach Jahren, gesamt Bayern, Regierungsbezirken, Landkreisen, kreisfreien "
    "Städten, Gründen für die Inobhutnahme, absoluten Zahlen, Prozentzahlen und prozentualen "
    "Veränderungen gegenüber dem Vorjahr angeben)? b) Sollten prozentuale Veränderungen "
    "vorliegen, worin sieht die Staatsregierung die Gründe für diese Veränderungen ? 2. a) Wie "
    "wird bei einer Inobhutnahme der Wille der Kinder durch das Jugendamt ermittelt und "
    "inwiefern wird diesem Rechnung getragen? b) Wie wird bei einer Inobhutnahme der Wille der "
    "Kinder durch das Familiengericht ermittelt und inwiefern wird diesem Rechnung getragen? "
    "3. a) Nach welchen Kriterien werden Gutachter beispielsweise zur Feststellung der "
    "Erziehungsfähigkeit der Eltern durch das Familiengericht bestellt?"
)


def _tree(text: str) -> list[tuple[str, str, list[str]]]:
    found = read_text(text, LAYOUTS)[0]
    return [(q.nr, q.text, [s for s, _ in q.subs]) for q in found.fragen]


def test_questions_of_sub_questions_only_are_imported_with_an_empty_text() -> None:
    """Bavaria prints '1. a) … b) … 2. a) …': a main question with no text of its own. The
    number alone once read as an ordinal ('1.' before a lower-case 'a)'), so nothing was
    imported; flattened and with line breaks alike."""
    want = [("1", "", ["a", "b"]), ("2", "", ["a", "b"]), ("3", "", ["a"])]
    assert _tree(BY_17_20910) == want
    lined = BY_17_20910.replace(" 1. a)", "\n1.\na)").replace(" 2. a)", "\n2. a)")
    lined = lined.replace(" 3. a)", "\n3.\na)").replace(" b)", "\nb)")
    assert _tree(lined) == want
    found = read_text(BY_17_20910, LAYOUTS)[0]
    assert found.fragen[0].subs[1][1].startswith("Sollten prozentuale")
    assert found.fragen[2].subs[0][1].endswith("bestellt?")


def test_a_question_with_its_own_text_keeps_it_before_its_sub_questions() -> None:
    """Only a bare number followed by 'a)' is a question without text of its own."""
    text = BY_17_20910.replace("1. a) Wie viele", "1. Wie steht es? a) Wie viele")
    tree = _tree(text)
    assert tree[0] == ("1", "Wie steht es?", ["a", "b"])
    assert [t[0] for t in tree] == ["1", "2", "3"]


BW_16_1189 = (
    "Landtag von Baden-Württemberg 16. Wahlperiode Drucksache 16 / 1189 16. 12. 2016 "
    "1Eingegangen: 16. 12. 2016 / Ausgegeben: 27. 01. 2017 K l e i n e A n f r a g e Ich frage "
    "die Landesregierung: 1. Welcher Aufwand (bitte Angabe in Arbeitsstunden) entsteht ihr "
    "anlässlich der Beantwortung einer Kleinen Anfrage, die der Landtag von Baden-Württemberg "
    "der Regierung zuleitet, im Durchschnitt und welche durchschnittlichen Kosten fallen hierfür "
    "an? 16. 12. 2016 Herre AfD Kleine Anfrage des Abg. Stefan Herre AfD und Antwort des "
    "Ministeriums für Finanzen Einsatz von Steuergeldern anlässlich der Beantwortung "
    "parlamentarischer Initiativen durch die Landesregierung Drucksachen und Plenarprotokolle "
    "sind im Internet abrufbar unter: www.landtag-bw.de/Dokumente Der Landtag druckt auf "
    "Recyclingpapier, ausgezeichnet mit dem Umweltzeichen „Der Blaue Engel“."
)

BW_17_116 = """Landtag von Baden-Württemberg Drucksache 17 / 116 17. Wahlperiode 25.5.2021

Kleine Anfrage des Abg. Bernd Gögel AfD und

Antwort des Ministeriums des Inneren, für Digitalisierung und Kommunen

Feuerwehrfinanzierung im Wahlkreis

Kleine Anfrage

Ich frage die Landesregierung:

1. Wie haben sich die jährlichen Ausgaben der Gemeinden für das Feuerwehr wesen in \
Baden-Württemberg von 2010 bis 2020 entwickelt?
"""


def test_the_title_after_a_ministry_of_one_word_keeps_its_first_words() -> None:
    """'und Antwort des Ministeriums für Finanzen Einsatz von …' (flattened): the remit is
    'Finanzen' alone; a later 'und' of the title is not the remit's."""
    found = read_text(BW_16_1189, LAYOUTS)[0]
    assert found.titel == (
        "Einsatz von Steuergeldern anlässlich der Beantwortung parlamentarischer Initiativen "
        "durch die Landesregierung"
    )


def test_the_ministry_on_a_line_of_its_own_ends_with_its_line() -> None:
    """Where the text keeps its line breaks, the line naming the ministry ('des Inneren, für
    Digitalisierung und Kommunen') ends there and the title is the next line; flattened, the
    remit's 'und Kommunen' still ends it."""
    assert read_text(BW_17_116, LAYOUTS)[0].titel == "Feuerwehrfinanzierung im Wahlkreis"
    flat = " ".join(BW_17_116.split())
    assert read_text(flat, LAYOUTS)[0].titel == "Feuerwehrfinanzierung im Wahlkreis"
    over_two = BW_17_116.replace(
        "des Inneren, für Digitalisierung und Kommunen",
        "für Umwelt, Klima und\nEnergiewirtschaft",
    )
    assert read_text(over_two, LAYOUTS)[0].titel == "Feuerwehrfinanzierung im Wahlkreis"


def test_antwort_auf_inside_a_question_is_no_answer_heading() -> None:
    """BW 16/1189 question 3 asks about 'der Vorbereitung einer Antwort auf eine Mündliche
    Anfrage': inside a sentence (after an article), 'Antwort auf' heads nothing; flattened and
    wrapped over two lines alike. At a line start after a full stop it still does."""
    question = (
        "Welcher Aufwand (bitte Angabe in Arbeitsstunden) entsteht ihr aus Anlass der "
        "Vorbereitung einer Antwort auf eine Mündliche Anfrage, die der Landtag von "
        "Baden-Württemberg der Regierung zuleitet, im Durchschnitt und welche "
        "durchschnittlichen Kosten fallen hierfür an?"
    )
    flat = BW_16_1189.replace(
        "Kleine Anfrage des Abg.", f"2. Wer? 3. {question} 16. 12. 2016 Kleine Anfrage des Abg."
    )
    found = read_text(flat, LAYOUTS)[0]
    assert [(q.nr, q.text) for q in found.fragen][1:] == [("2", "Wer?"), ("3", question)]
    wrapped = "Kleine Anfrage\nIch frage die Landesregierung:\n1. Wer?\n2. " + question.replace(
        "einer Antwort", "einer\nAntwort"
    )
    found = read_text(wrapped, LAYOUTS)[0]
    assert [(q.nr, q.text) for q in found.fragen] == [("1", "Wer?"), ("2", question)]
    assert found.antworten == []
    answered = (
        "Kleine Anfrage\nIch frage die Landesregierung:\n1. Wer?\n"
        "Antwort der Landesregierung\nZu 1.:\nNiemand."
    )
    found = read_text(answered, LAYOUTS)[0]
    assert [(a.ids, a.paragraphs) for a in found.antworten] == [(["1"], ["Niemand."])]


HH_21_5376 = (
    "BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG Drucksache 21/5376 21. Wahlperiode 29.07.16 "
    "Schriftliche Kleine Anfrage des Abgeordneten Michael Kruse (FDP) vom 22.07.16 und Antwort "
    "des Senats Betr.: Förderfonds der Metropolregion Hamburg – Zielgerichtete Vergabe von "
    "öffentlichen Mitteln? (II) Die Förderfonds der Metropolregion Hamburg sind ein "
    "Finanzierungsinstrument der regionalen Zusammenarbeit. Vor diesem Hintergrund frage ich den "
    "Senat: 1. Welche konkreten Maßnahmen sind vom 1. Januar 2015 bis 30. Juni 2016 aus den "
    "Mitteln der Förderfonds der Metropolregion Hamburg in welcher Höhe finanziert worden? Gibt "
    "es weitere Änderungen zu den in den Anlagen 1 bis 3 der Drs. 21/1333 angegeben Maßnahmen? "
    "Wenn ja, bitte aufführen. Siehe Anlage. 2. Welche Beträge wurden insgesamt von der Freien "
    "und Hansestadt Hamburg (FHH) für die Aktivitäten im Rahmen der Metropolregion Hamburg seit "
    "20. August 2015 bis 25. Mai 2016 aufgewendet? Der Lenkungsausschuss hat Beschlüsse gefasst."
)


def test_a_part_number_after_the_title_belongs_to_it() -> None:
    """'… Vergabe von öffentlichen Mitteln? (II)': the title of a follow-up inquiry ends with
    its part number, not at its '?'; flattened and on a line of its own alike."""
    want = (
        "Förderfonds der Metropolregion Hamburg – Zielgerichtete Vergabe von öffentlichen "
        "Mitteln? (II)"
    )
    assert read_text(HH_21_5376, LAYOUTS)[0].titel == want
    lined = HH_21_5376.replace(" (II) ", "\n(II)\n").replace(" Betr.:", "\nBetr.:")
    assert read_text(lined, LAYOUTS)[0].titel == want


def test_wenn_ja_bitte_after_a_question_belongs_to_it() -> None:
    """'… Maßnahmen? Wenn ja, bitte aufführen.' is the question's own last sentence; the answer
    ('Siehe Anlage.') begins after it."""
    found = read_text(HH_21_5376, LAYOUTS)[0]
    assert found.fragen[0].text.endswith("Maßnahmen? Wenn ja, bitte aufführen.")
    assert [(a.ids, a.paragraphs) for a in found.antworten][0] == (["1"], ["Siehe Anlage."])
