"""One golden test per parliament profile: each example renders in its parliament's form."""

import re
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from anfrage.cli import app

from conftest import PROFILES, REPO
from shipped import shipped

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
    "bw-frankreich-2026": [
        ("Kopf", "Landtag von Baden-Württemberg\tDrucksache 17/9401"),
        ("Kopf Wahlperiode", "17. Wahlperiode\t21.09.2026"),
        ("Titelblock", "Kleine Anfrage des Abg. Max Beispiel BEISPIEL"),
        ("Titelblock", "und Antwort der Landesregierung – Staatsministerium"),
        ("Titel der Anfrage", "Zusammenarbeit Baden-Württembergs mit der Region Grand Est"),
        # The question in full, its reasons after the questions, then the answer.
        ("Dokumentart", "Kleine Anfrage"),
        ("Wortlaut der Frage", "1.\tWelche Besuche"),
        ("Wortlaut der Unterfrage", "b)\tWie werden sie finanziert?"),
        ("Dokumentart", "Begründung"),
        ("Fragetext", "Die Beziehungen zu Frankreich"),
        ("Dokumentart", "Antwort"),
        (
            "Antwort",
            "Mit Schreiben vom 18. September 2026 beantwortet das Staatsministerium die "
            "Kleine Anfrage wie folgt:",
        ),
        ("Zwischenüberschrift", "Vorbemerkung:"),
        ("Frage", "1.\tWelche Besuche"),
        ("Antwortkennung", "Zu 1.:"),
        ("Antwortkennung", "Zu 2, 2 a) und 2 b):"),
        ("Antwort", "Die Fragen 2, 2 a) und 2 b) werden wegen des Sachzusammenhangs gemeinsam"),
        ("Antwortkennung", "Zu 3.:"),
    ],
    "by-tschechien-2026": [
        ("Kopf", "Bayerischer Landtag"),
        ("Kopf Wahlperiode", "19. Wahlperiode\t14.09.2026\tDrucksache 19/8120"),
        ("Dokumentart", "Schriftliche Anfrage"),
        ("Titelzeile", "der Abgeordneten Erika Muster BEISPIEL vom 10.08.2026"),
        ("Titel der Anfrage", "Grenzüberschreitende Zusammenarbeit mit Tschechien"),
        ("Fragetext", "Die Beziehungen zu Tschechien"),
        ("Wortlaut der Frage", "1.\tWelche Besuche"),
        ("Wortlaut der Frage", "3.\tWelche weiteren Vorhaben"),
        (
            "Antwortkopf",
            "Antwort des Staatsministeriums für Europaangelegenheiten und Internationales "
            "vom 04.09.2026",
        ),
        ("Antwortkennung", "Zu 1:"),
        ("Antwortkennung", "Zu 2, 2 a) und 2 b):"),
        ("Antwort", "Die Fragen 2, 2 a) und 2 b) werden gemeinsam beantwortet."),
        ("Antwortkennung", "Zu 3:"),
    ],
    "hb-danzig-2026": [
        ("Kopf", "BREMISCHE BÜRGERSCHAFT\tDrucksache 21/1402"),
        ("Kopf Landtag", "Landtag"),
        ("Kopf Wahlperiode", "21. Wahlperiode\t22.09.2026"),
        ("Dokumentart", "Antwort des Senats"),
        ("Titelzeile", "auf die Kleine Anfrage der Fraktion der BEISPIEL vom 18.08.2026"),
        ("Titel der Anfrage", "„Städtepartnerschaft Bremens mit Danzig“"),
        ("Antwort", "Der Senat beantwortet die Kleine Anfrage wie folgt:"),
        ("Zwischenüberschrift", "Vorbemerkung der Fragesteller:"),
        ("Zwischenüberschrift", "Vorbemerkung des Senats:"),
        ("Frage", "1.\tWelche Besuche"),
        ("Antwortkennung", "Zu Frage 1:"),
        ("Antwortkennung", "Zu den Fragen 2, 2 a) und 2 b):"),
        ("Antwort", "Die Fragen 2, 2 a) und 2 b) werden gemeinsam beantwortet."),
        ("Antwortkennung", "Zu Frage 3:"),
    ],
    "hh-shanghai-2026": [
        ("Kopf", "BÜRGERSCHAFT DER FREIEN UND HANSESTADT HAMBURG\tDrucksache 23/2210"),
        ("Kopf Wahlperiode", "23. Wahlperiode\t22.09.2026"),
        ("Titelblock", "Schriftliche Kleine Anfrage"),
        ("Titelzeile", "der Abgeordneten Erika Muster (BEISPIEL) vom 15.09.2026"),
        ("Titelzeile", "und Antwort des Senats"),
        ("Titel der Anfrage", "Betr.:\tStädtepartnerschaft Hamburg – Shanghai"),
        ("Fragetext", "Die Beziehungen zu China"),
        ("Antwort", "Die Antworten beziehen sich auf die Jahre 2025 und 2026."),
        ("Antwort", "Dies vorausgeschickt, beantwortet der Senat die Fragen wie folgt:"),
        ("Frage", "1.\tWelche Besuche"),
        ("Antwort", "Am 12. Mai 2026"),
        ("Antwort", "Die Fragen 2, 2 a) und 2 b) werden gemeinsam beantwortet."),
        ("Frage", "3.\tWelche weiteren Vorhaben"),
    ],
    "he-wisconsin-2026": [
        ("Kopf", "HESSISCHER LANDTAG\tDrucksache 21/3050"),
        ("Kopf Wahlperiode", "21. Wahlperiode\t17.08.2026"),
        ("Titelzeile", "Kleine Anfrage"),
        ("Titelzeile", "des Abg. Beispiel (BEISPIEL) vom 06.07.2026"),
        ("Titelzeile", "betreffend"),
        ("Titel der Anfrage", "Partnerschaft Hessens mit dem US-Bundesstaat Wisconsin"),
        ("Titelzeile", "Antwort des Chefs der Staatskanzlei"),
        ("Zwischenüberschrift", "Vorbemerkung der Fragesteller:"),
        ("Zwischenüberschrift", "Vorbemerkung der Landesregierung:"),
        ("Antwort", "Die Kleine Anfrage beantworte ich wie folgt:"),
        ("Frage", "Frage 1.\tWelche Besuche"),
        ("Antwort", "Die Fragen 2, 2 a) und 2 b) werden wegen ihres Sachzusammenhangs gemeinsam"),
        ("Frage", "Frage 3.\tWelche weiteren Vorhaben"),
        ("Unterschrift", "Wiesbaden, 12.08.2026\n\nMax Beispiel"),
    ],
    "ni-eastern-cape-2026": [
        ("Kopf", "Niedersächsischer Landtag – 19. Wahlperiode\tDrucksache 19/7712"),
        (
            "Dokumentart",
            "Kleine Anfrage zur schriftlichen Beantwortung mit Antwort der Landesregierung",
        ),
        ("Titelzeile", "Anfrage der Abgeordneten Erika Muster (BEISPIEL)"),
        ("Titelzeile", "Antwort der Niedersächsischen Staatskanzlei namens der Landesregierung"),
        ("Titel der Anfrage", "Partnerschaft Niedersachsens mit der Provinz Eastern Cape"),
        (
            "Datenzeile",
            "Anfrage der Abgeordneten Erika Muster (BEISPIEL) – Drs. 19/7530 an die "
            "Staatskanzlei übersandt am 03.08.2026",
        ),
        (
            "Datenzeile",
            "Antwort der Niedersächsischen Staatskanzlei namens der Landesregierung vom "
            "03.09.2026, gezeichnet Erika Beispiel",
        ),
        ("Zwischenüberschrift", "Vorbemerkung der Abgeordneten"),
        ("Zwischenüberschrift", "Vorbemerkung der Landesregierung"),
        ("Frage", "1.\tWelche Besuche"),
        ("Antwort", "Die Fragen 2, 2 a) und 2 b) werden zusammen beantwortet."),
    ],
    "nrw-benelux-2026": [
        ("Kopf", "LANDTAG NORDRHEIN-WESTFALEN\tDrucksache 18/15020"),
        ("Kopf Wahlperiode", "18. Wahlperiode\t18.09.2026"),
        ("Dokumentart", "Antwort"),
        ("Titelzeile", "der Landesregierung"),
        ("Titelzeile", "auf die Kleine Anfrage 6120 vom 24.08.2026"),
        ("Titelzeile", "des Abgeordneten Max Beispiel BEISPIEL"),
        ("Titel der Anfrage", "Zusammenarbeit Nordrhein-Westfalens mit den Benelux-Staaten"),
        (
            "Übermittlungsvermerk",
            "Der Minister für Bundes- und Europaangelegenheiten, Internationales sowie Medien "
            "hat die Kleine Anfrage mit Schreiben vom 18. September 2026 namens der "
            "Landesregierung beantwortet.",
        ),
        ("Zwischenüberschrift", "Vorbemerkung der Kleinen Anfrage"),
        ("Zwischenüberschrift", "Vorbemerkung der Landesregierung"),
        ("Frage", "1.\tWelche Besuche"),
        ("Antwort", "Die Fragen 2, 2 a) und 2 b) werden wegen des Sachzusammenhangs gemeinsam"),
    ],
    "rp-ruanda-2026": [
        ("Kopf", "LANDTAG RHEINLAND-PFALZ\tDrucksache 18/11230"),
        ("Dokumentart", "Kleine Anfrage"),
        ("Titelzeile", "der Abgeordneten Erika Muster (BEISPIEL)"),
        ("Dokumentart", "Antwort"),
        ("Titelzeile", "Ministerium des Innern und für Sport"),
        ("Titel der Anfrage", "Partnerschaft Rheinland-Pfalz – Ruanda"),
        ("Antwort", "Die Kleine Anfrage 4410 vom 01.10.2026 hat folgenden Wortlaut:"),
        ("Fragetext", "Die Beziehungen zu Ruanda"),
        ("Wortlaut der Frage", "1.\tWelche Besuche"),
        (
            "Übermittlungsvermerk",
            "Der Minister des Innern und für Sport hat die Kleine Anfrage namens der "
            "Landesregierung mit Schreiben vom 21. Oktober 2026 wie folgt beantwortet:",
        ),
        ("Antwortkennung", "Zu 1:"),
        ("Antwortkennung", "Zu 2, 2 a) und 2 b):"),
        ("Antwort", "Die Fragen 2, 2 a) und 2 b) werden gemeinsam beantwortet."),
        ("Antwortkennung", "Zu 3:"),
    ],
    "sl-lothringen-2026": [
        ("Kopf", "LANDTAG DES SAARLANDES\tDrucksache 17/1840 (17/1790)"),
        ("Kopf Wahlperiode", "17. Wahlperiode\t10.09.2026"),
        ("Dokumentart", "Antwort"),
        ("Titelzeile", "zu der Anfrage des Abgeordneten Max Beispiel (BEISPIEL)"),
        ("Titel der Anfrage", "betr.:\tZusammenarbeit mit Lothringen in der Großregion"),
        ("Zwischenüberschrift", "Vorbemerkung des Fragestellers:"),
        ("Zwischenüberschrift", "Vorbemerkung Landesregierung:"),
        # The questions repeated without their numbers.
        ("Frage", "Welche Besuche von Mitgliedern"),
        ("Antwortkennung", "Zu Frage 1:"),
        ("Antwortkennung", "Zu den Fragen 2, 2 a) und 2 b):"),
        (
            "Antwort",
            "Die Fragen 2, 2 a) und 2 b) werden wegen ihres Sachzusammenhanges gemeinsam",
        ),
        ("Antwortkennung", "Zu Frage 3:"),
    ],
    "sh-daenemark-2026": [
        ("Kopf", "SCHLESWIG-HOLSTEINISCHER LANDTAG\tDrucksache 20/3515"),
        ("Kopf Wahlperiode", "20. Wahlperiode\t16.09.2026"),
        ("Titelblock", "Kleine Anfrage der Abgeordneten Erika Muster (BEISPIEL)"),
        ("Titelblock", "und"),
        ("Titelblock", "Antwort der Landesregierung – Staatskanzlei"),
        ("Titel der Anfrage", "Zusammenarbeit mit der Region Syddanmark"),
        ("Zwischenüberschrift", "Vorbemerkung des Fragestellers:"),
        ("Zwischenüberschrift", "Vorbemerkung der Landesregierung:"),
        ("Frage", "1.\tWelche Besuche"),
        ("Antwortkennung", "Antwort:"),
        ("Frage", "2.\tWelche Vereinbarungen"),
        ("Antwortkennung", "Antwort:"),
        ("Antwort", "Die Fragen 2, 2 a) und 2 b) werden gemeinsam beantwortet."),
    ],
    "th-malopolska-2026": [
        ("Kopf", "Thüringer Landtag\t31.08.2026"),
        ("Kopf Wahlperiode", "8. Wahlperiode\tDrucksache 8/2140"),
        ("Dokumentart", "Kleine Anfrage"),
        ("Titelzeile", "des Abgeordneten Max Beispiel (BEISPIEL)"),
        ("Dokumentart", "Antwort"),
        ("Titelzeile", "Thüringer Staatskanzlei"),
        ("Antwort", "Die Kleine Anfrage 8/1415 vom 20.07.2026 hat folgenden Wortlaut:"),
        ("Wortlaut der Frage", "1.\tWelche Besuche"),
        (
            "Übermittlungsvermerk",
            "Die Thüringer Staatskanzlei hat die Kleine Anfrage namens der Landesregierung "
            "mit Schreiben vom 26. August 2026 wie folgt beantwortet:",
        ),
        ("Antwortkennung", "Zu 1.:"),
        ("Antwortkennung", "Zu 2, 2 a) und 2 b):"),
        ("Antwort", "Die Fragen 2, 2 a) und 2 b) werden im Zusammenhang beantwortet."),
        ("Antwortkennung", "Zu 3.:"),
        ("Unterschrift", "Max Beispiel\nChef der Staatskanzlei"),
    ],
}
NOT_REPEATED = {"by-tschechien-2026", "rp-ruanda-2026", "th-malopolska-2026"}
"""Forms that print the question's text first and answer under "Zu 1:" without repeating it."""


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
    profiles = {p.stem for p in shipped("src/anfrage/profiles/*.yaml")}  # not a user's own
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


def styled(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


@pytest.mark.parametrize("name", sorted(NOT_REPEATED))
def test_the_question_text_stands_once_before_the_answers(tmp_path: Path, name: str) -> None:
    paragraphs = styled(render(tmp_path, name))
    styles = [s for s, _ in paragraphs]
    assert "Frage" not in styles and "Unterfrage" not in styles  # not repeated
    wortlaut = [t for s, t in paragraphs if s.startswith("Wortlaut")]
    assert [t.split("\t")[0] for t in wortlaut] == ["1.", "2.", "a)", "b)", "3."]
    assert max(styles.index(s) for s in styles if s.startswith("Wortlaut")) < styles.index(
        "Antwortkennung"
    )
    # The askers' preamble stands in the question's text once, without its heading; the one
    # heading left is the government's Vorbemerkung.
    assert styles.count("Fragetext") == 1 and styles.count("Zwischenüberschrift") == 1


def test_baden_wuerttemberg_prints_the_question_and_repeats_it(tmp_path: Path) -> None:
    paragraphs = styled(render(tmp_path, "bw-frankreich-2026"))
    questions = [t for s, t in paragraphs if s in ("Wortlaut der Frage", "Frage")]
    assert len(questions) == 6 and questions[:3] == questions[3:]
    # The askers' heading ("Begründung") stands once, and not among the answers.
    assert [t for _, t in paragraphs].count("Begründung") == 1


def test_each_new_template_has_its_own_look() -> None:
    """Not the MV template renamed: each has styles of its own (header, bold, questions)."""
    styles = {}
    for name in ("landtag-mv", *OWN_LOOK):
        with zipfile.ZipFile(PROFILES / f"{name}.docx") as z:
            styles[name] = z.read("word/styles.xml")
    assert len(set(styles.values())) == len(styles)


OWN_LOOK = (
    "baden-wuerttemberg",
    "bayern",
    "bremen",
    "hamburg",
    "hessen",
    "niedersachsen",
    "nordrhein-westfalen",
    "rheinland-pfalz",
    "saarland",
    "schleswig-holstein",
    "thueringen",
)
