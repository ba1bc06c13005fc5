"""What the importer found in a document: questions, answers and metadata, as far as the
document says them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from anfrage.importing.askers import Asker


@dataclass
class Question:
    nr: str
    """As printed: '1', or '1.1' in Bavaria's decimal numbering."""
    text: str
    subs: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Answer:
    ids: list[str]
    paragraphs: list[str] = field(default_factory=list)
    note: str | None = None
    implicit: bool = False
    """Text after questions without an answer label (no label said whose answer it is)."""


@dataclass
class Imported:
    """What the document says, as far as it says it."""

    parliament: str | None = None
    """The parliament as the document names it ('Landtag Mecklenburg-Vorpommern')."""
    wahlperiode: int | None = None
    drucksache: str | None = None
    referenced: str | None = None
    """A Drucksache the document answers ('auf die Kleine Anfrage … – Drucksache 21/7449 –')."""
    anfrage_nr: str | None = None
    datum: date | None = None
    eingang: date | None = None
    absender: str | None = None
    uebermittlung: date | None = None
    askers: list[Asker] = field(default_factory=list)
    titel: str | None = None
    vorbemerkung_fragesteller: list[str] = field(default_factory=list)
    vorbemerkung: list[str] = field(default_factory=list)
    fragen: list[Question] = field(default_factory=list)
    antworten: list[Answer] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
