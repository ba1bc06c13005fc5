"""A paragraph of the draft: the unit the template sets, one named style per kind."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

ARTEN = (
    "frage",
    "unterfrage",
    "fragetext",
    "zwischenueberschrift",
    "antwortkennung",
    "antwort",
    "gruppe",
    "aufzaehlung",
    "zeile",
    "tabelle",
)
"""Every kind of paragraph a draft holds; a template has a branch for each (its default branch
sets 'antwort')."""


@dataclass(frozen=True)
class Absatz:
    """One paragraph: its kind, its label (a question's number), its text; a table's head and
    rows."""

    art: str
    text: str
    nummer: str = ""
    kopf: list[str] = field(default_factory=list)
    zeilen: list[list[str]] = field(default_factory=list)
    hinweis: bool = False
    """The note that says paragraphs went into the VS-NfD annex."""
    luecke: bool = False
    """A bracketed marker of what the draft lacks ("[Zulieferung WM ausstehend]")."""

    def __post_init__(self) -> None:
        if self.art not in ARTEN:
            raise ValueError(f"unknown paragraph kind {self.art!r}")

    def als(self, art: str) -> Absatz:
        """The same paragraph as another kind."""
        return replace(self, art=art)

    def texts(self) -> list[str]:
        """Every text the paragraph shows: its own, and its table's cells."""
        return [self.text, *self.kopf, *(c for row in self.zeilen for c in row)]

    def as_context(self) -> dict[str, Any]:
        """The paragraph as the template reads it."""
        return {
            "art": self.art,
            "nummer": self.nummer,
            "text": self.text,
            "kopf": self.kopf,
            "zeilen": self.zeilen,
            "luecke": self.luecke,
        }
