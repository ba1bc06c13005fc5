"""The domain model: fact records, fact files and inquiries. Validation only, no I/O."""

from __future__ import annotations

import calendar
import re
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Einheit = Literal["euro", "tsd", "mio", "millionen"]
"""How an amount is shown: 220.000 Euro, 12.811 Tsd. Euro, 12,811 Mio. Euro, 16,9 Millionen Euro."""

RESSORT = r"^[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß0-9-]{0,19}$"
"""The short code of a Ressort as an answer block names it: WM, BMBF, SenWEB, StK."""

DRUCKSACHE = r"^\d+/\d+$"
PARLAMENT = r"^[a-z0-9-]+$"
UNTERFRAGE = r"^[a-z]{1,2}$"
_ID = r"^[A-Za-z0-9][A-Za-z0-9_-]*$"
PATTERNS = {
    RESSORT: "a short code of the Ressort such as WM, BMBF or SenWEB (a letter, then letters, "
    "digits or hyphens; at most 20)",
    DRUCKSACHE: 'a Drucksache number such as "7/817" (in quotes)',
    PARLAMENT: "a profile name such as landtag-mv (lower-case letters, digits, hyphens)",
    UNTERFRAGE: "the letter of a sub-question such as a or b",
    _ID: "an id of letters, digits, '-' and '_' such as mv-kz-handel-2016",
}
"""What each pattern means, for error messages."""

Scalar = str | int | float | bool | None
M = TypeVar("M", bound="BaseModel")
_DATUM = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


class Strict(BaseModel):
    """Base for every model: unknown keys are errors, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Datum(Strict):
    """A date known to the day, the month or only the year: 2016-08-26, 2017-07 or 2015."""

    jahr: int
    monat: int | None = None
    tag: int | None = None

    @model_validator(mode="before")
    @classmethod
    def _parse(cls, value: Any) -> Any:
        if isinstance(value, date):
            return {"jahr": value.year, "monat": value.month, "tag": value.day}
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise ValueError(f"expected a date like 2016-08-26, 2017-07 or 2015, got {value!r}")
        m = _DATUM.match(str(value).strip())
        if not m:
            raise ValueError(f"expected a date like 2016-08-26, 2017-07 or 2015, got {value!r}")
        jahr, monat, tag = (int(g) if g else None for g in m.groups())
        if monat is not None and not 1 <= monat <= 12:
            raise ValueError(f"month must be 1 to 12, got {value!r}")
        if tag is not None:
            assert jahr is not None and monat is not None
            last = calendar.monthrange(jahr, monat)[1]
            if not 1 <= tag <= last:
                raise ValueError(f"day must be 1 to {last} in that month, got {value!r}")
        return {"jahr": jahr, "monat": monat, "tag": tag}

    @property
    def start(self) -> date:
        return date(self.jahr, self.monat or 1, self.tag or 1)

    @property
    def end(self) -> date:
        if self.tag is not None:
            return self.start
        monat = self.monat or 12
        return date(self.jahr, monat, calendar.monthrange(self.jahr, monat)[1])

    def __str__(self) -> str:
        parts = [f"{self.jahr:04d}"] + [f"{p:02d}" for p in (self.monat, self.tag) if p]
        return "-".join(parts)


class Zeitraum(Strict):
    """A period: one Datum, or `von` and `bis`."""

    von: Datum
    bis: Datum | None = None

    @model_validator(mode="before")
    @classmethod
    def _single(cls, value: Any) -> Any:
        return value if isinstance(value, dict) else {"von": value}

    @model_validator(mode="after")
    def _ordered(self) -> Zeitraum:
        if self.bis is not None and self.bis.end < self.von.start:
            raise ValueError(f"'bis' ({self.bis}) lies before 'von' ({self.von})")
        return self

    @property
    def start(self) -> date:
        return self.von.start

    @property
    def end(self) -> date:
        return (self.bis or self.von).end

    def overlaps(self, other: Zeitraum) -> bool:
        return self.start <= other.end and other.start <= self.end


class Person(Strict):
    """A participant: a function, and a name where the answer gives one."""

    funktion: str
    name: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_text(cls, value: Any) -> Any:
        return {"funktion": value} if isinstance(value, str) else value

    def __str__(self) -> str:
        return f"{self.funktion} {self.name}" if self.name else self.funktion


# --- fact records -------------------------------------------------------------------------


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


# --- inquiries ----------------------------------------------------------------------------


class Tabelle(Strict):
    kopf: list[str] = Field(min_length=1)
    zeilen: list[list[Scalar]]

    @model_validator(mode="after")
    def _widths(self) -> Tabelle:
        for i, zeile in enumerate(self.zeilen, 1):
            if len(zeile) != len(self.kopf):
                raise ValueError(f"row {i} has {len(zeile)} cells; the head has {len(self.kopf)}")
        return self


class HandelBlock(Strict):
    """Trade lines such as "Jahr 2015: 12,811 Mio. Euro (Platz 75)," from trade records."""

    fakten: list[str] = Field(min_length=1)
    wert: Literal["umsatz", "ausfuhr", "einfuhr"] = "umsatz"
    einheit: Einheit | None = None
    stellen: int | None = Field(default=None, ge=0, le=6)


class FaktBlock(Strict):
    """Records rendered one paragraph each, from their `text`, sorted by date.

    Either name the records in `fakten`, or select them by `art`; `im_zeitraum` keeps
    only those within the inquiry's reporting period.
    """

    fakten: list[str] = []
    art: list[str] = []
    im_zeitraum: bool = True

    @model_validator(mode="after")
    def _some(self) -> FaktBlock:
        if not self.fakten and not self.art:
            raise ValueError("name the records in 'fakten' or select them by 'art'")
        return self


class Baustein(Strict):
    """One building block of an answer body. Exactly one key is set."""

    absatz: str | None = None
    zwischenueberschrift: str | None = None
    liste: list[str] | None = None
    tabelle: Tabelle | None = None
    handel: HandelBlock | None = None
    chronik: FaktBlock | None = None
    partnerschaften: FaktBlock | None = None

    @model_validator(mode="before")
    @classmethod
    def _text(cls, value: Any) -> Any:
        return {"absatz": value} if isinstance(value, str) else value

    @model_validator(mode="after")
    def _one(self) -> Baustein:
        keys = [k for k in type(self).model_fields if getattr(self, k) is not None]
        if len(keys) != 1:
            names = ", ".join(type(self).model_fields)
            raise ValueError(f"expected exactly one of {names}; got {', '.join(keys) or 'none'}")
        return self

    @property
    def art(self) -> str:
        return next(k for k in type(self).model_fields if getattr(self, k) is not None)


def _bausteine(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class Unterfrage(Strict):
    nr: str = Field(pattern=UNTERFRAGE)
    text: str


class Frage(Strict):
    nr: int = Field(ge=1)
    text: str
    unterfragen: list[Unterfrage] = []


class Antwort(Strict):
    """An answer block: the questions it answers, and its body."""

    fragen: list[str] = Field(min_length=1)
    text: list[Baustein] = []
    einheit: Einheit = "euro"
    ressort: str | None = Field(default=None, pattern=RESSORT)
    """The Ressort that contributes this answer (Zulieferung), where it is not the lead."""

    _text = field_validator("text", mode="before")(_bausteine)

    @field_validator("fragen", mode="before")
    @classmethod
    def _as_text(cls, value: Any) -> Any:
        if isinstance(value, (int, str)):
            value = [value]
        if isinstance(value, list):
            return [str(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in value]
        return value


class Fragesteller(Strict):
    name: str
    anrede: Literal["Herr", "Frau"] | None = None
    """Needed for one asker ('des Abgeordneten' / 'der Abgeordneten'); `check` reports it."""
    fraktion: str | None = None


class Uebermittlung(Strict):
    """Who transmitted the answer, and the date of the letter."""

    absender: str
    datum: date


class Unterzeichnung(Strict):
    """Who signs the answer (Berlin, Sachsen)."""

    name: str
    funktion: str | None = None
    in_vertretung: bool = False


class Fristverlaengerung(Strict):
    """A deadline extension agreed with the askers."""

    bis: date
    grund: str | None = None


class Anfrage(Strict):
    """An inquiry: the question, its metadata, and the composition of the answer."""

    parlament: str = Field(pattern=PARLAMENT)
    wahlperiode: int | None = Field(default=None, ge=1)
    drucksache: str | None = Field(default=None, pattern=DRUCKSACHE)
    """The Drucksache of the answer (in Mecklenburg-Vorpommern: of question and answer)."""
    anfrage_nr: str | None = None
    """The number of the question itself where it differs: the Bundestag's question Drucksache
    (21/7449), Sachsen-Anhalt's KA 8/382, Brandenburg's Kleine Anfrage Nr. 3459."""
    eingang: date | None = None
    """The day the question was received; the answer deadline runs from it."""
    fristverlaengerung: Fristverlaengerung | None = None
    datum: date | None = None
    """Date of the Drucksache as printed in the header."""
    ressort: str | None = None
    """The ministry that drafts the answer (federführendes Ressort)."""
    uebermittlung: Uebermittlung | None = None
    unterzeichnung: Unterzeichnung | None = None
    fragesteller: list[Fragesteller] = []
    titel: str
    berichtszeitraum: Zeitraum | None = None
    fakten: list[str] = []
    vorbemerkung_fragesteller: list[Baustein] = []
    vorbemerkung: list[Baustein] = []
    fragen: list[Frage] = Field(min_length=1)
    antworten: list[Antwort] = []

    _vorbemerkung = field_validator("vorbemerkung", "vorbemerkung_fragesteller", mode="before")(
        _bausteine
    )

    @field_validator("fragesteller", mode="before")
    @classmethod
    def _one_asker(cls, value: Any) -> Any:
        return [value] if isinstance(value, dict) else value

    def antwortdatum(self, today: date) -> date:
        """The answer's letter date; `today` while it is not set (a draft in progress)."""
        return self.uebermittlung.datum if self.uebermittlung else today


class ZulieferungKopf(Strict):
    """Who contributes, to which Drucksache, and when."""

    ressort: str = Field(pattern=RESSORT)
    drucksache: str = Field(pattern=DRUCKSACHE)
    datum: date | None = None
    bearbeitung: str | None = None
    """The unit or person that drafted the contribution, e.g. 'Referat 120'."""


class Zulieferung(Strict):
    """A contribution file: one Ressort's answers to the questions assigned to it."""

    zulieferung: ZulieferungKopf
    fakten: list[str] = []
    """Further fact files the answers quote, relative to this file."""
    antworten: list[Antwort] = Field(min_length=1)


# --- validation ---------------------------------------------------------------------------


class Invalid(Exception):
    """Validation failed; `issues` holds (location, message, points_at_key) for each problem."""

    def __init__(self, issues: list[tuple[tuple[str | int, ...], str, bool]]) -> None:
        self.issues = issues
        super().__init__(f"{len(issues)} validation problems")


def validate(model: type[M], data: Any) -> M:
    """Validate plain data into `model`, translating every error into a plain message."""
    from difflib import get_close_matches

    from pydantic import ValidationError

    try:
        return model.model_validate(data)
    except ValidationError as e:
        issues = []
        for err in e.errors(include_url=False):
            loc = tuple(err["loc"])
            loc = tuple(p for p in loc if not (isinstance(p, str) and p.startswith("function-")))
            name = _dotted(loc)
            kind = err["type"]
            if kind == "extra_forbidden":
                allowed = _fields_at(model, loc[:-1])
                hint = get_close_matches(str(loc[-1]), allowed, n=1)
                msg = f"unknown key {loc[-1]!r}"
                msg += f"; did you mean {hint[0]!r}?" if hint else ""
                if allowed:
                    msg += f"{'' if hint else ';'} expected one of: {', '.join(allowed)}"
                issues.append((loc, msg, True))
                continue
            if kind == "missing":
                issues.append((loc, f"missing key {name!r}", False))
                continue
            if kind == "string_pattern_mismatch" and err["ctx"]["pattern"] in PATTERNS:
                meaning = PATTERNS[err["ctx"]["pattern"]]
                issues.append((loc, f"{name}: expected {meaning}, got {err['input']!r}", False))
                continue
            text = err["msg"].removeprefix("Value error, ")
            got = err.get("input")
            if kind != "value_error" and not isinstance(got, (dict, list)):
                text += f", got {got!r}"
            issues.append((loc, f"{name}: {text}" if name else text, False))
        raise Invalid(issues) from None


def _dotted(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _fields_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """The keys allowed at `loc` inside `model`, found by following field annotations."""
    import typing

    current: Any = model
    for part in (*loc, None):
        while True:
            origin = typing.get_origin(current)
            args = [a for a in typing.get_args(current) if a is not type(None)]
            if origin is list or origin is dict:
                if isinstance(part, int) or origin is dict:
                    current = args[-1]
                    break
                return []
            if args and origin is not Literal:  # Optional[X] / X | None
                current = args[0]
                continue
            break
        if part is None or isinstance(part, int):
            continue
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(part)
            if field is None:
                return []
            current = field.annotation
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []
