"""Cleaning a text layer: hyphenation, running headers, page numbers, quotes, flattening."""

from __future__ import annotations

from anfrage.importing.cleaning import clean
from anfrage.importing.parser import parse


def test_hyphenation_is_joined_and_real_hyphens_stay() -> None:
    lines = clean(
        "Mitglieder der Landes-\nregierung aus Mecklenburg-\nVorpommern zur Kultur-\nund "
        "Bildungspolitik\n"
    )
    assert lines == [
        "Mitglieder der Landesregierung aus Mecklenburg-Vorpommern zur Kultur- und Bildungspolitik"
    ]


def test_running_headers_footers_and_page_numbers_go() -> None:
    pages = [
        "LANDTAG MECKLENBURG-VORPOMMERN Drucksache 7/341\nErste Seite Text\n- 1 -",
        "Drucksache 7/341 Landtag Mecklenburg-Vorpommern - 7. Wahlperiode 2\nZweite Seite\n- 2 -",
        "Drucksache 7/341 Landtag Mecklenburg-Vorpommern - 7. Wahlperiode 3\nDritte Seite",
    ]
    assert clean("\f".join(pages)) == [
        "LANDTAG MECKLENBURG-VORPOMMERN Drucksache 7/341",
        "Erste Seite Text",
        "Zweite Seite",
        "Dritte Seite",
    ]


def test_quotes_and_whitespace_are_normalised() -> None:
    assert clean('Das  „Memorandum“ und\u00a0das "Abkommen"\ufb01nal\t!') == [
        "Das „Memorandum“ und das „Abkommen“final !"
    ]


def test_flattened_text_gets_its_breaks_back() -> None:
    text = (
        "Vorbemerkung der Fragesteller Seit dem 1. Januar 2020 gilt die Regel. "
        + "Wir fragen die Bundesregierung: 1. Wie viele Fälle gab es? 2. Welche Landes- "
        + "regierung ist zuständig? Die Fragen 1 und 2 werden gemeinsam beantwortet. "
        + "Keine. " * 60
    )
    lines = clean(text)
    # Soft breaks go before everything that may start a question; the parser decides.
    assert "1. Wie viele Fälle gab es?" in lines
    assert "2. Welche Landesregierung ist zuständig?" in lines
    assert "Die Fragen 1 und 2 werden gemeinsam beantwortet." in lines
    found = parse(lines, flat=True)
    assert [(q.nr, q.text) for q in found.fragen] == [
        ("1", "Wie viele Fälle gab es?"),
        ("2", "Welche Landesregierung ist zuständig?"),
    ]
    assert found.vorbemerkung_fragesteller == ["Seit dem 1. Januar 2020 gilt die Regel."]
