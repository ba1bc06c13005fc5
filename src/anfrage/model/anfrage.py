"""An inquiry: questions, metadata and the composition of the answer; contributions."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import Field, field_validator

from anfrage.model.base import DRUCKSACHE, PARLAMENT, RESSORT, UNTERFRAGE, Einheit, Strict, Tag
from anfrage.model.bausteine import Baustein, _bausteine
from anfrage.model.values import Zeitraum


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
    einheit: Einheit = "auto"
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
    datum: Tag


class Unterzeichnung(Strict):
    """Who signs the answer (Berlin, Sachsen)."""

    name: str
    funktion: str | None = None
    in_vertretung: bool = False


class Fristverlaengerung(Strict):
    """A deadline extension agreed with the askers."""

    bis: Tag
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
    eingang: Tag | None = None
    """The day the question was received; the answer deadline runs from it."""
    fristverlaengerung: Fristverlaengerung | None = None
    datum: Tag | None = None
    """Date of the Drucksache as printed in the header."""
    ressort: str | None = None
    """The ministry that drafts the answer (federführendes Ressort)."""
    bearbeitung: str | None = None
    """Who in the lead Ressort handles the inquiry (unit, name, telephone); the contribution
    requests (`render --ressort`) name it as the contact."""
    zulieferfrist: int | None = Field(default=None, ge=0, le=60)
    """Working days before the deadline by which contributions are due; overrides the
    profile's."""
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
    datum: Tag | None = None
    bearbeitung: str | None = None
    """The unit or person that drafted the contribution, e.g. 'Referat 120'."""


class Zulieferung(Strict):
    """A contribution file: one Ressort's answers to the questions assigned to it."""

    zulieferung: ZulieferungKopf
    fakten: list[str] = []
    """Further fact files the answers quote, relative to this file."""
    antworten: list[Antwort] = Field(min_length=1)
