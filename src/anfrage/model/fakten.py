"""Fact records, their kinds, and fact files."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar, Literal, TypeVar

from pydantic import Field, create_model, model_validator

from anfrage.model.base import _ID, Scalar, Strict
from anfrage.model.values import Datum, Person, Zeitraum

F = TypeVar("F", bound="Fakt")


class Fakt(Strict):
    """What every fact record carries: a stable id, its source and its as-of date."""

    kind: ClassVar[str] = ""
    """The kind's name, as `chronik: {art: [...]}` and `facts --kind` take it."""
    section: ClassVar[str] = ""
    """The key of the kind's list in a fact file."""
    aliases: ClassVar[tuple[str, ...]] = ()
    """English names that `facts --kind` also accepts."""
    labels: ClassVar[dict[str, str]] = {}
    """Field → the German label that introduces its value in generated prose and in the
    `facts` listing (which also lists the fields prose leaves out)."""
    not_prose: ClassVar[frozenset[str]] = frozenset()
    """Fields that generated prose leaves out (beside COMMON_NOT_PROSE); each has a label."""

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

    def ongoing(self) -> bool:
        """Whether the record's time runs on to today (a partnership since a year)."""
        return False

    def within(self, period: Zeitraum) -> bool:
        """Whether the record belongs to `period`: its time overlaps it, an ongoing record's
        from its start on, and a record without a time always."""
        z = self.zeit()
        if z is None:
            return True
        return z.start <= period.end if self.ongoing() else z.overlaps(period)


class Handel(Fakt):
    """Trade with the partner country in a year or a part of one, amounts in EUR."""

    kind: ClassVar[str] = "handel"
    section: ClassVar[str] = "handel"
    aliases: ClassVar[tuple[str, ...]] = ("trade",)
    labels: ClassVar[dict[str, str]] = {
        "ausfuhr": "Ausfuhr",
        "einfuhr": "Einfuhr",
        "umsatz": "Umsatz",
        "rang": "Platz",
        "rang_ausfuhr": "Platz Ausfuhr",
        "rang_einfuhr": "Platz Einfuhr",
    }
    not_prose: ClassVar[frozenset[str]] = frozenset(["rang", "rang_ausfuhr", "rang_einfuhr"])
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
    section: ClassVar[str] = "kontakte"
    aliases: ClassVar[tuple[str, ...]] = ("contact", "meeting")
    labels: ClassVar[dict[str, str]] = {
        "teilnehmer": "Teilnehmer",
        "gegenueber": "Gesprächspartner",
        "ort": "Ort",
        "zweck": "Zweck",
        "ergebnis": "Ergebnis",
    }
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
    section: ClassVar[str] = "delegationen"
    aliases: ClassVar[tuple[str, ...]] = ("trip",)
    labels: ClassVar[dict[str, str]] = {
        "leitung": "Leitung",
        "ziel": "Ziel",
        "mitglieder": "Mitglieder",
        "zweck": "Zweck",
    }
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
    section: ClassVar[str] = "vereinbarungen"
    aliases: ClassVar[tuple[str, ...]] = ("agreement", "mou")
    labels: ClassVar[dict[str, str]] = {
        "art": "Art",
        "parteien": "Parteien",
        "anlass": "Anlass",
        "gegenstand": "Gegenstand",
    }
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
    section: ClassVar[str] = "veranstaltungen"
    aliases: ClassVar[tuple[str, ...]] = ("event",)
    labels: ClassVar[dict[str, str]] = {
        "ort": "Ort",
        "veranstalter": "Veranstalter",
        "gaeste": "Gäste",
        "thema": "Thema",
    }
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
    section: ClassVar[str] = "partnerschaften"
    aliases: ClassVar[tuple[str, ...]] = ("partnership",)
    labels: ClassVar[dict[str, str]] = {
        "einrichtung": "Einrichtung",
        "partner": "Partner",
        "ort": "Ort",
        "bereich": "Bereich",
        "inhalt": "Inhalt",
        "seit": "seit",
    }
    not_prose: ClassVar[frozenset[str]] = frozenset(["seit"])
    einrichtung: str
    partner: str
    ort: str | None = None
    bereich: str | None = None
    inhalt: str | None = None
    seit: Datum | None = None

    def zeit(self) -> Zeitraum | None:
        return Zeitraum(von=self.seit) if self.seit else None

    def ongoing(self) -> bool:
        return self.seit is not None  # a partnership has no end date: it runs on


class Projekt(Fakt):
    """A funded project."""

    kind: ClassVar[str] = "projekt"
    section: ClassVar[str] = "projekte"
    aliases: ClassVar[tuple[str, ...]] = ("project",)
    labels: ClassVar[dict[str, str]] = {
        "name": "Name",
        "foerderer": "Förderer",
        "betrag": "Betrag",
        "partner": "Partner",
        "beginn": "Beginn",
    }
    not_prose: ClassVar[frozenset[str]] = frozenset(["beginn"])
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
    section: ClassVar[str] = "sonstiges"
    aliases: ClassVar[tuple[str, ...]] = ("other",)
    datum: Datum | None = None

    def zeit(self) -> Zeitraum | None:
        return Zeitraum(von=self.datum) if self.datum else None


KINDS: tuple[type[Fakt], ...] = (
    Handel,
    Kontakt,
    Delegation,
    Vereinbarung,
    Veranstaltung,
    Partnerschaft,
    Projekt,
    Sonstiges,
)
"""The one registry of fact kinds. A new kind is a class above and an entry here; fact files,
`facts --kind`, `chronik: {art: …}` and generated prose all follow from it."""

COMMON_NOT_PROSE = frozenset(
    {"id", "quelle", "stand", "text", "weitere", "vertraulich", "datum", "bis", "zeitraum"}
)
"""Fields every kind leaves out of generated prose: bookkeeping, and the time (said first)."""

SECTIONS: dict[str, type[Fakt]] = {cls.section: cls for cls in KINDS}
"""Section key in a fact file → record type."""

KIND_ALIASES: dict[str, str] = {
    **{alias: cls.kind for cls in KINDS for alias in cls.aliases},
    **{cls.kind: cls.kind for cls in KINDS},
}
"""Kind names accepted by `anfrage facts --kind` and `chronik: {art: …}`, English or German."""


def prose_fields(kind: type[Fakt]) -> list[str]:
    """The fields of a kind that generated prose shows, in declaration order."""
    skip = COMMON_NOT_PROSE | kind.not_prose
    return [name for name in kind.model_fields if name not in skip]


def kind_help() -> str:
    """The kinds with their English aliases, for --help."""
    return ", ".join("/".join((cls.kind, *cls.aliases)) for cls in KINDS)


class FaktenKopf(Strict):
    """The head of a fact file. `quelle` and `stand` at the top are defaults for its records."""

    titel: str | None = None
    quelle: str | None = None
    stand: Datum | None = None

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

    def records_of(self, kind: type[F]) -> list[F]:
        """The records of one kind, e.g. `records_of(Handel)`, typed as that kind."""
        records: list[F] = getattr(self, kind.section)
        return records


_SECTION_FIELDS: dict[str, Any] = {cls.section: (list[cls], []) for cls in KINDS}  # type: ignore[valid-type]
FaktenDatei: type[FaktenKopf] = create_model(
    "FaktenDatei",
    __base__=FaktenKopf,
    __doc__="One fact file: its head, and one list of records per kind (see KINDS).",
    **_SECTION_FIELDS,
)
"""One fact file, with a list per fact kind of the registry."""
