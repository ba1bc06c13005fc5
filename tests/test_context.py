from anfrage.draft.context import build_draft
from anfrage.loading.inquiry import load_inquiry
from anfrage.loading.profile import load_profile

from conftest import FACTS, INQUIRY


def draft(project, inquiry: str = INQUIRY, facts: str = FACTS, selected=None):
    loaded = load_inquiry(project.standard(inquiry, facts))
    profil, _ = load_profile(project.root / "templates", "landtag-mv")
    return build_draft(loaded, profil, selected)


def texts(d) -> list[tuple[str, str]]:
    return [(a["art"], a["text"]) for a in d.context["absaetze"]]


def test_header_values(project) -> None:
    c = draft(project).context
    assert c["uebermittlung"] == (
        "Der Chef der Staatskanzlei hat namens der Landesregierung die "
        "Antwort auf die Kleine Anfrage mit Schreiben vom 25.\u00a0Juli\u00a02017 "
        "übermittelt."
    )
    assert (c["drucksache"], c["wahlperiode"], c["datum"]) == ("7/1", "7", "31.07.2017")
    assert c["fragesteller"] == "der Abgeordneten Erika Muster, Fraktion X"


def test_questions_group_sentence_and_answers_in_order(project) -> None:
    assert texts(draft(project)) == [
        ("frage", "Erste Frage?"),
        ("antwort", "Antwort eins."),
        ("frage", "Zweite Frage?"),
        ("unterfrage", "Unterfrage a?"),
        ("unterfrage", "Unterfrage b?"),
        ("antwort", "Die Fragen 2, 2 a) und 2 b) werden zusammenhängend beantwortet."),
        ("antwort", "Kontakt: Am 26.\u00a0August\u00a02016 war der Botschafter in Peenemünde."),
    ]


def test_uses_record_every_fact_value(project) -> None:
    d = draft(project)
    assert [(u.fragen, u.record.fakt.id, u.feld, u.text) for u in d.uses] == [
        (("2", "2 a)", "2 b)"), "k1", "datum", "26.\u00a0August\u00a02016"),
        (("2", "2 a)", "2 b)"), "k1", "ort", "Peenemünde"),
    ]


def test_trade_lines_with_unit_and_rank(project) -> None:
    text = INQUIRY.replace(
        "    text: [Antwort eins.]",
        "    einheit: mio\n    text:\n      - handel: {fakten: [h15, h16]}",
    )
    assert texts(draft(project, text))[1:3] == [
        ("zeile", "Jahr\u00a02015: 12,811\u00a0Mio.\u00a0Euro (Platz\u00a075),"),
        ("zeile", "Jahr\u00a02016: 5,458\u00a0Mio.\u00a0Euro (Platz\u00a098)."),
    ]


def test_chronik_filters_to_the_period_and_sorts_by_date(project) -> None:
    facts = (
        FACTS
        + """\
  - {id: k0, datum: 2014-05-01, text: "Alt {datum}."}
  - {id: k2, datum: 2015-03, text: "Früher {datum}."}
  - {id: k3, datum: 2017-01-09, teilnehmer: [Minister, {funktion: Botschafter, name: N. N.}]}
  - {id: k4, datum: 2017-02-01}
"""
    )
    text = INQUIRY.replace(
        "    text: [Antwort eins.]", "    text:\n      - chronik: {art: [contact]}"
    )
    assert texts(draft(project, text, facts))[1:5] == [
        ("antwort", "Früher März\u00a02015."),
        ("antwort", "Am 26.\u00a0August\u00a02016 war der Botschafter in Peenemünde."),
        ("antwort", "9.\u00a0Januar\u00a02017: Teilnehmer: Minister und Botschafter N. N."),
        ("antwort", "1.\u00a0Februar\u00a02017."),
    ]


def test_partnerships_grouped_by_institution(project) -> None:
    facts = (
        FACTS
        + """\
partnerschaften:
  - {id: p1, einrichtung: HS A, partner: Uni X, ort: Pavlodar, bereich: Agrar, inhalt: Austausch}
  - {id: p2, einrichtung: HS B, partner: Uni Y, bereich: Wirtschaft, inhalt: Austausch}
  - {id: p3, einrichtung: HS B, partner: Uni Z, bereich: Wirtschaft, inhalt: Austausch}
"""
    )
    text = INQUIRY.replace(
        "    text: [Antwort eins.]", "    text:\n      - partnerschaften: {art: [partnerschaft]}"
    )
    assert texts(draft(project, text, facts))[1:8] == [
        ("gruppe", "HS A"),
        ("antwort", "Partnerschaft mit Uni X in Pavlodar im Bereich Agrar."),
        ("gruppe", "HS B"),
        ("antwort", "Partnerschaften im Bereich Wirtschaft mit:"),
        ("aufzaehlung", "Uni Y,"),
        ("aufzaehlung", "Uni Z."),
        ("antwort", "Sämtliche Partnerschaften beziehen sich auf Austausch."),
    ]


def test_selection_drops_other_questions_and_the_vorbemerkung(project) -> None:
    text = INQUIRY.replace("fragen:\n  - nr: 1", "vorbemerkung: Vorweg.\nfragen:\n  - nr: 1")
    assert texts(draft(project, text))[:2] == [
        ("zwischenueberschrift", "Vorbemerkung:"),
        ("antwort", "Vorweg."),
    ]
    assert texts(draft(project, text, selected={"1"})) == [
        ("antwort", "[Auszug: Frage 1]"),  # an excerpt says so at its top
        ("frage", "Erste Frage?"),
        ("antwort", "Antwort eins."),
    ]


def test_several_askers(project) -> None:
    text = INQUIRY.replace(
        "fragesteller: {name: Erika Muster, anrede: Frau, fraktion: Fraktion X}",
        "fragesteller:\n  - {name: A, anrede: Herr, fraktion: Fraktion X}\n"
        "  - {name: B, anrede: Frau, fraktion: Fraktion Y}",
    )
    assert draft(project, text).context["fragesteller"] == (
        "der Abgeordneten A (Fraktion X) und B (Fraktion Y)"
    )
