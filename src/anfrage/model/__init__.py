"""The domain model: fact records, fact files, inquiries and profiles. Validation only, no I/O.

The only package that imports pydantic.
"""

from anfrage.model.anfrage import (
    Anfrage,
    Antwort,
    Frage,
    Fragesteller,
    Fristverlaengerung,
    Uebermittlung,
    Unterfrage,
    Unterzeichnung,
    Zulieferung,
    ZulieferungKopf,
)
from anfrage.model.base import DRUCKSACHE, PATTERNS, RESSORT, Einheit, Scalar, Strict
from anfrage.model.bausteine import Baustein, FaktBlock, HandelBlock, Tabelle
from anfrage.model.fakten import (
    KIND_ALIASES,
    SECTIONS,
    Delegation,
    Fakt,
    FaktenDatei,
    Handel,
    Kontakt,
    Partnerschaft,
    Projekt,
    Sonstiges,
    Veranstaltung,
    Vereinbarung,
)
from anfrage.model.validation import Invalid, validate
from anfrage.model.values import Datum, Person, Zeitraum

__all__ = [
    "DRUCKSACHE",
    "KIND_ALIASES",
    "PATTERNS",
    "RESSORT",
    "SECTIONS",
    "Anfrage",
    "Antwort",
    "Baustein",
    "Datum",
    "Delegation",
    "Einheit",
    "Fakt",
    "FaktBlock",
    "FaktenDatei",
    "Frage",
    "Fragesteller",
    "Fristverlaengerung",
    "Handel",
    "HandelBlock",
    "Invalid",
    "Kontakt",
    "Partnerschaft",
    "Person",
    "Projekt",
    "Scalar",
    "Sonstiges",
    "Strict",
    "Tabelle",
    "Uebermittlung",
    "Unterfrage",
    "Unterzeichnung",
    "Veranstaltung",
    "Vereinbarung",
    "Zeitraum",
    "Zulieferung",
    "ZulieferungKopf",
    "validate",
]
