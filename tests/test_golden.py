"""Golden tests over the shipped examples: rendered through the CLI, read back with
python-docx, compared by text, order and paragraph style (never by .docx bytes)."""

from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from anfrage.cli import app

from conftest import REPO

Q1 = (
    "1.\tGab und gibt es auf den Gebieten der Wirtschafts-, Handels-, Kultur- und "
    "Bildungspolitik Kontakte beziehungsweise Beziehungen zwischen Mecklenburg-Vorpommern und "
    "der Republik Kasachstan?\nWenn ja, welcher Art waren beziehungsweise sind diese "
    "Beziehungen (bitte nach konkreten Projekten, Handelsvolumina usw. aufschlüsseln)?"
)
Q2 = (
    "2.\tGab es bislang persönliche Kontakte von Mitgliedern der Landesregierung zu "
    "Repräsentanten der Republik Kasachstan?"
)
Q3 = (
    "3.\tWie stellt sich die Landesregierung künftige Beziehungen in den genannten Bereichen "
    "zur Republik Kasachstan vor?"
)
Q4 = (
    "4.\tWelche Auswirkungen auf das deutsch-russische Verhältnis können positive Beziehungen "
    "zwischen Mecklenburg-Vorpommern und der Republik Kasachstan auf den Gebieten der "
    "Wirtschafts-, Handels-, Kultur- und Bildungspolitik aus Sicht der Landesregierung haben?"
)

# (paragraph style, exact text or the fragments it must contain), in the reference's order.
MV_REFERENCE: list[tuple[str, str | tuple[str, ...]]] = [
    (
        "Übermittlungsvermerk",
        (
            "Der Chef der Staatskanzlei hat namens der Landesregierung die "
            "Antwort auf die Kleine Anfrage mit Schreiben vom 25. Juli 2017 "
            "übermittelt.",
        ),
    ),
    ("Kopf", ("LANDTAG MECKLENBURG-VORPOMMERN", "Drucksache 7/")),
    ("Kopf Wahlperiode", ("7. Wahlperiode",)),
    ("Dokumentart", "KLEINE ANFRAGE"),
    ("Titelzeile", "des Abgeordneten Holger Arppe, Fraktion der AfD"),
    ("Titel der Anfrage", "Beziehungen von Mecklenburg-Vorpommern zur Republik Kasachstan"),
    ("Titelzeile", "und"),
    ("Dokumentart", "ANTWORT"),
    ("Titelzeile", "der Landesregierung"),
    ("Zwischenüberschrift", "Vorbemerkung:"),
    ("Antwort", ("Republik Kasachstan", "Schwerpunkt", "2015 bis 2017")),
    ("Frage", Q1),
    ("Frage", Q2),
    ("Unterfrage", "a)\tWelchem Zweck dienten diese Begegnungen?"),
    ("Unterfrage", "b)\tWelche Ergebnisse brachten sie hervor?"),
    ("Antwort", "Die Fragen 1, 2, 2 a) und 2 b) werden zusammenhängend beantwortet."),
    ("Zwischenüberschrift", "Gespräche mit dem Botschafter der Republik Kasachstan"),
    (
        "Antwort",
        (
            "26. August 2016",
            "Botschafter der Republik Kasachstan",
            "Historisch-Technischen Museum Peenemünde",
            "Gemeinde Peenemünde",
            "Atomwaffentestgeländes Semipalatinsk",
        ),
    ),
    (
        "Antwort",
        (
            "9. Januar 2017",
            "Neujahrsempfang des Ministerpräsidenten",
            "Minister für Energie, Infrastruktur und Digitalisierung",
        ),
    ),
    (
        "Antwort",
        (
            "27. März 2017",
            "Minister für Energie, Infrastruktur und Digitalisierung",
            "in Berlin",
            "Seidenstraßen-Veranstaltung am 29. März 2017",
            "Wirtschaftsdelegation nach Kasachstan im Juli 2017",
        ),
    ),
    ("Zwischenüberschrift", "Wirtschaft"),
    ("Antwort", ("Zentralasien", "Außenhandel", "zwei Jahren")),
    ("Datenzeile", "Jahr 2015: 12,811 Mio. Euro (Platz 75),"),
    ("Datenzeile", "Jahr 2016: 5,458 Mio. Euro (Platz 98),"),
    ("Datenzeile", "Januar bis April 2017: 1,844 Mio. Euro."),
    (
        "Antwort",
        (
            "Im Jahr 2015",
            "Staatssekretär im Ministerium für Wirtschaft, Arbeit und Gesundheit",
            "Unternehmerdelegation",
            "Republik Kasachstan",
            "Investoren",
        ),
    ),
    (
        "Antwort",
        (
            "Industrie- und Handelskammer zu Schwerin",
            "im Jahr 2016",
            "kasachische Delegation nach Schwerin",
            "kasachischen Investitionsagentur",
        ),
    ),
    (
        "Antwort",
        (
            "Juli 2017",
            "Minister für Energie, Infrastruktur und Digitalisierung",
            "Sondierungsgespräche",
            "Erneuerbaren Energien",
            "Hafen- und Logistikwirtschaft",
            "Digitalisierung",
        ),
    ),
    ("Zwischenüberschrift", "Verkehr"),
    ("Antwort", ("„Ein Gürtel, eine Straße“", "Asien und Europa")),
    (
        "Antwort",
        (
            "Ministerium für Energie, Infrastruktur und Digitalisierung",
            "Güterverkehre zwischen Kasachstan und Mecklenburg-Vorpommern",
        ),
    ),
    (
        "Antwort",
        (
            "„TransRussia“ in Moskau",
            "April 2015",
            "April 2016",
            "„Memorandum of Understanding“",
            "Rostock Port GmbH",
            "Logistiktochter der kasachischen Staatsbahn",
        ),
    ),
    (
        "Antwort",
        (
            "Mai 2017",
            "„transport logistic“ in München",
            "sieben Institutionen und Unternehmen aus Russland und Mecklenburg-Vorpommern",
            "Absichtserklärung",
            "„Neuen Seidenstraße“",
            "26 Institutionen und Unternehmen aus elf Ländern",
        ),
    ),
    (
        "Antwort",
        (
            "29. März 2017",
            "Vertretung des Landes Mecklenburg-Vorpommern beim Bund in Berlin",
            "etwa 300 Gästen",
            "Hafen- und Logistikbranche",
            "Erneuerbaren Energien",
        ),
    ),
    ("Zwischenüberschrift", "Bildung"),
    ("Antwort", ("Mecklenburg-Vorpommern und Kasachstan:",)),
    ("Gruppe", "Hochschule Neubrandenburg"),
    (
        "Antwort",
        "Partnerschaft mit der „Innovativen Eurasischen Universität“ in Pavlodar im "
        "Bereich Agrarwirtschaft",
    ),
    ("Gruppe", "Hochschule Wismar"),
    ("Antwort", "Partnerschaften im Bereich Wirtschaft mit:"),
    ("Aufzählung", "Kostanay State University,"),
    ("Aufzählung", "Rudniy Industrial Institute,"),
    ("Aufzählung", "Karaganda State Technical University,"),
    ("Aufzählung", "Caspian State University of Technologies and Engineering,"),
    ("Aufzählung", "Al-Farabi Kazakh National University,"),
    ("Aufzählung", "Boashak Academy Kazakhstan."),
    (
        "Antwort",
        "Sämtliche Partnerschaften beziehen sich auf die Anerkennung von Studien- und "
        "Prüfungsleistungen sowie auf den Austausch von Lehrenden und Studierenden.",
    ),
    ("Frage", Q3),
    ("Unterfrage", "a)\tWelche Projekte sind gegebenenfalls in Planung?"),
    (
        "Unterfrage",
        "b)\tWelche Vorteile verspricht sich die Landesregierung davon für Mecklenburg-Vorpommern?",
    ),
    ("Antwort", "Die Fragen 3, 3 a) und 3 b) werden zusammenhängend beantwortet."),
    ("Antwort", ("Ansiedlung", "beraten und begleitet")),
    ("Antwort", ("Hafen- und Logistikstandortes", "Messeauftritten", "Wertschöpfungsketten")),
    (
        "Antwort",
        (
            "Erneuerbaren Energien",
            "Energiespeicherung",
            "Windenergiepotenziale",
            "Netzstabilisierung",
        ),
    ),
    ("Frage", Q4),
    ("Antwort", ("deutsch-russische Verhältnis",)),
    (
        "Antwort",
        ("Eurasische Wirtschaftsunion", "staatlichen Bahnunternehmen", "„Neuen Seidenstraße“"),
    ),
    ("Antwort", ("Leningrader Oblast", "September 2017")),
]


def render(tmp_path: Path, inquiry: str, *args: str) -> docx.document.Document:
    result = CliRunner().invoke(
        app, ["render", str(REPO / "anfragen" / inquiry), "--out", str(tmp_path), *args]
    )
    assert result.exit_code == 0, result.output
    return docx.Document(result.stdout.strip())


def wording(text: str) -> str:
    """The words as the reference (text taken from a PDF) has them: a no-break space, which
    holds a date or an amount together in print, reads as a space there."""
    return text.replace("\u00a0", " ")


def matches(paragraph, style: str, expected: str | tuple[str, ...]) -> bool:
    if paragraph.style.name != style:
        return False
    if isinstance(expected, str):
        return wording(paragraph.text) == expected
    return all(fragment in wording(paragraph.text) for fragment in expected)


def test_mv_example_reproduces_the_reference_in_order(tmp_path: Path) -> None:
    paragraphs = render(tmp_path, "mv-kasachstan-2017.yaml").paragraphs
    assert len(paragraphs) == len(MV_REFERENCE)
    for paragraph, (style, expected) in zip(paragraphs, MV_REFERENCE, strict=True):
        assert matches(paragraph, style, expected), (paragraph.style.name, paragraph.text)


def test_mv_dates_and_amounts_are_held_together_by_no_break_spaces(tmp_path: Path) -> None:
    text = "\n".join(p.text for p in render(tmp_path, "mv-kasachstan-2017.yaml").paragraphs)
    for held in ("26. August 2016", "12,811 Mio. Euro", "April 2017", "Drucksache 7/817"):
        assert held.replace(" ", "\u00a0") in text, held
    assert "26. August 2016" not in text and "12,811 Mio. Euro" not in text


def test_mv_running_header_from_page_two(tmp_path: Path) -> None:
    section = render(tmp_path, "mv-kasachstan-2017.yaml").sections[0]
    assert section.different_first_page_header_footer
    (line,) = section.header.paragraphs
    assert line.text.startswith("Drucksache\u00a07/")
    assert "\tLandtag Mecklenburg-Vorpommern - 7.\u00a0Wahlperiode\t" in line.text
    assert "PAGE" in line._p.xml
    assert "".join(p.text for p in section.first_page_header.paragraphs) == ""


def test_mv_question_4_alone(tmp_path: Path) -> None:
    paragraphs = render(tmp_path, "mv-kasachstan-2017.yaml", "-q", "4").paragraphs
    body = [(p.style.name, p.text) for p in paragraphs[9:]]
    assert body[0] == ("Antwort", "[Auszug: Frage 4]")  # an excerpt says so at its top
    body = body[1:]
    assert body[0] == ("Frage", Q4)
    assert [s for s, _ in body[1:]] == ["Antwort"] * 3
    assert "Leningrader Oblast" in body[-1][1]


def test_mv_template_uses_named_styles_only(tmp_path: Path) -> None:
    document = render(tmp_path, "mv-kasachstan-2017.yaml")
    for p in document.paragraphs:
        assert p.style.name != "Normal", p.text
        for r in p.runs:
            assert r._r.rPr is None, f"direct formatting in {p.text!r}"


@pytest.mark.parametrize(
    "fragment",
    [
        "16,9 Millionen Euro",
        "Platz 44",
        "25,6 Millionen Euro",
        "Platz 43",
        "Prof. Dr. Armin Willingmann",
        "rund 30 Vertretern",
        "Astana und Almaty",
        "2013",
        "Deutscher Botschafter in Kasachstan",
        "Vize-Minister für Bildung und Wissenschaft",
        "Vorsitzender des Investitionskomitees",
        "Nasarbajew-Universität",
        "Deutsch-Kasachische Universität",
        "Kasachischen Nationalen Pädagogischen Abai-Universität in Almaty",
        "„GeKaVoc“",
        "German-Kazakh Vocational Education Centre",
        "Bundesministerium für Bildung und Forschung",
        "2,5 Millionen Euro",
        "Otto-von-Guericke-Universität Magdeburg",
        "Logistik, Mechatronik und Energietechnik",
        "460.000",
        "„Ökodorf Sieben Linden“",
        "„Energieavantgarde Anhalt“",
        "Ferropolis",
        "16 Länder",
        "„Energie der Zukunft“",
    ],
)
def test_st_example_holds_the_press_release_figures(tmp_path: Path, fragment: str) -> None:
    document = render(tmp_path, "st-kasachstan-2017.yaml")
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert fragment in wording(text)
