"""Fact records, their kinds, and fact files."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar, Literal

from pydantic import Field, model_validator

from anfrage.model.base import _ID, Scalar, Strict
from anfrage.model.values import Datum, Person, Zeitraum


class Fakt(Strict):
    """What every fact record carries: a stable id, its source and its as-of date."""

    kind: ClassVar[str] = ""
    id: str = Field(pattern=_ID)
    quelle: str
    stand: Datum
    text: str | None = None
    """Prepared prose for this record; `{feld}` inserts one of its own fields, and `{zeit}`
    the whole period the record is about."""
    weitere: dict[str, Scalar] = {}
    """Free-form values that fit no typed field."""
    vertraulich: Literal["VS-NfD"] | None = None
    """Classified 'VS – Nur für den Dienstgebrauch': never rendered into the public draft."""

    def zeit(self) -> Zeitraum | None:
        """The time the record is about, for sorting and period checks."""
        return None


class Handel(Fakt):
    """Trade with the partner country in a year or a part of one, amounts in EUR."""

    kind: ClassVar[str] = "handel"
    RANKS: ClassVar[dict[str, str]] = {
        "umsatz": "rang",
        "ausfuhr": "rang_ausfuhr",
        "einfuhr": "rang_einfuhr",
    }
    """Each amount and the field holding its rank among trading partners."""
    zeitraum: Zeitraum
    ausfuhr: Decimal | None = Field(default=None, ge=0)
    einfuhr: Decimal | None = Field(default=None, ge=0)
    umsatz: Decimal | None = Field(default=None, ge=0)
    rang: int | None = Field(default=None, ge=1)
    rang_ausfuhr: int | None = Field(default=None, ge=1)
    rang_einfuhr: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _has_amount(self) -> Handel:
        if self.ausfuhr is None and self.einfuhr is None and self.umsatz is None:
            raise ValueError("a trade record needs at least one of ausfuhr, einfuhr, umsatz")
        return self

    def zeit(self) -> Zeitraum:
        return self.zeitraum


class Kontakt(Fakt):
    """A contact or meeting."""

    kind: ClassVar[str] = "kontakt"
    datum: Datum
    bis: Datum | None = None
    teilnehmer: list[Person] = []
    gegenueber: list[Person] = []
    ort: str | None = None
    zweck: str | None = None
    ergebnis: str | None = None

    def zeit(self) -> Zeitraum:
        return Zeitraum(von=self.datum, bis=self.bis)


class Delegation(Fakt):
    """A delegation trip, outgoing or incoming."""

    kind: ClassVar[str] = "delegation"
    datum: Datum
    bis: Datum | None = None
    leitung: Person | None = None
    ziel: str
    mitglieder: str | None = None
    zweck: str | None = None

    def zeit(self) -> Zeitraum:
        return Zeitraum(von=self.datum, bis=self.bis)


class Vereinbarung(Fakt):
    """An agreement, memorandum of understanding or declaration of intent."""

    kind: ClassVar[str] = "vereinbarung"
    art: str = "Memorandum of Understanding"
    datum: Datum
    parteien: list[str] = Field(min_length=1)
    anlass: str | None = None
    gegenstand: str | None = None

    def zeit(self) -> Zeitraum:
        return Zeitraum(von=self.datum)


class Veranstaltung(Fakt):
    """An event."""

    kind: ClassVar[str] = "veranstaltung"
    datum: Datum
    bis: Datum | None = None
    ort: str
    veranstalter: str | None = None
    gaeste: int | None = Field(default=None, ge=0)
    thema: str | None = None

    def zeit(self) -> Zeitraum:
        return Zeitraum(von=self.datum, bis=self.bis)


class Partnerschaft(Fakt):
    """A partnership of a university or school with an institution in the partner country."""

    kind: ClassVar[str] = "partnerschaft"
    einrichtung: str
    partner: str
    ort: str | None = None
    bereich: str | None = None
    inhalt: str | None = None
    seit: Datum | None = None

    def zeit(self) -> Zeitraum | None:
        return Zeitraum(von=self.seit) if self.seit else None


class Projekt(Fakt):
    """A funded project."""

    kind: ClassVar[str] = "projekt"
    name: str
    foerderer: str | None = None
    betrag: Decimal | None = Field(default=None, ge=0)
    partner: list[str] = []
    beginn: Datum | None = None

    def zeit(self) -> Zeitraum | None:
        return Zeitraum(von=self.beginn) if self.beginn else None


class Sonstiges(Fakt):
    """A fact that fits no type: its values go in `weitere`, its prose in `text`."""

    kind: ClassVar[str] = "sonstiges"
    datum: Datum | None = None

    def zeit(self) -> Zeitraum | None:
        return Zeitraum(von=self.datum) if self.datum else None


SECTIONS: dict[str, type[Fakt]] = {
    "handel": Handel,
    "kontakte": Kontakt,
    "delegationen": Delegation,
    "vereinbarungen": Vereinbarung,
    "veranstaltungen": Veranstaltung,
    "partnerschaften": Partnerschaft,
    "projekte": Projekt,
    "sonstiges": Sonstiges,
}
"""Section key in a fact file → record type."""

KIND_ALIASES: dict[str, str] = {
    "trade": "handel",
    "contact": "kontakt",
    "meeting": "kontakt",
    "delegation": "delegation",
    "trip": "delegation",
    "agreement": "vereinbarung",
    "mou": "vereinbarung",
    "event": "veranstaltung",
    "partnership": "partnerschaft",
    "project": "projekt",
    "other": "sonstiges",
    **{cls.kind: cls.kind for cls in SECTIONS.values()},
}
"""Kind names accepted by `anfrage facts --kind`, English or German."""


class FaktenDatei(Strict):
    """One fact file. `quelle` and `stand` at the top are defaults for its records."""

    titel: str | None = None
    quelle: str | None = None
    stand: Datum | None = None
    handel: list[Handel] = []
    kontakte: list[Kontakt] = []
    delegationen: list[Delegation] = []
    vereinbarungen: list[Vereinbarung] = []
    veranstaltungen: list[Veranstaltung] = []
    partnerschaften: list[Partnerschaft] = []
    projekte: list[Projekt] = []
    sonstiges: list[Sonstiges] = []

    @model_validator(mode="before")
    @classmethod
    def _defaults(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        defaults = {k: data[k] for k in ("quelle", "stand") if data.get(k) is not None}
        out = dict(data)
        for section in SECTIONS:
            records = data.get(section)
            if isinstance(records, list):
                out[section] = [{**defaults, **r} if isinstance(r, dict) else r for r in records]
        return out

    def records(self) -> list[Fakt]:
        return [r for section in SECTIONS for r in getattr(self, section)]
