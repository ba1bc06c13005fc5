"""Metadata from the text before the questions."""

from __future__ import annotations

from datetime import date

from anfrage.importing.frontmatter import german_date, read_front
from anfrage.importing.parser import Imported


def front(*lines: str) -> Imported:
    found = Imported()
    read_front(list(lines), found)
    return found


def test_german_dates() -> None:
    assert german_date("mit Schreiben vom 25. Juli 2017") == date(2017, 7, 25)
    assert german_date("am 04.11.2021") == date(2021, 11, 4)
    assert german_date("am 31.02.2021") is None
    assert german_date("ohne Datum") is None


def test_askers_of_several_fraktionen_keep_their_own() -> None:
    found = front(
        "Kleine Anfrage",
        "der Abgeordneten Max Beispiel (CDU) und Erika Muster (SPD)",
        "Titel der Anfrage",
    )
    assert [(a.name, a.anrede, a.fraktion) for a in found.askers] == [
        ("Max Beispiel", None, "CDU"),
        ("Erika Muster", None, "SPD"),
    ]
    assert found.titel == "Titel der Anfrage"


def test_transmission_footnote_of_the_bundestag() -> None:
    found = front(
        "Deutscher Bundestag Drucksache 21/7652",
        "Die Antwort wurde namens der Bundesregierung mit Schreiben des Bundesministeriums "
        "für Bildung vom 6. August 2025 übermittelt.",
    )
    assert (found.absender, found.uebermittlung) == (
        "Bundesministeriums für Bildung",
        date(2025, 8, 6),
    )


def test_nothing_found_stays_none() -> None:
    found = front("Ein Brief ohne Kopf")
    assert (found.parliament, found.drucksache, found.wahlperiode, found.titel) == (
        None,
        None,
        None,
        None,
    )
    assert found.askers == []
