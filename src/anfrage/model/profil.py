"""Parliament profiles as data: names, stock phrases, labels and deadline rules."""

from __future__ import annotations

from datetime import date

from pydantic import Field, field_validator

from anfrage.dates import LAENDER, Art
from anfrage.model import Strict
from anfrage.model.base import Tag
from anfrage.model.layout import ImportLayout


class Frist(Strict):
    """An answer deadline rule, in force for questions received from `ab` on."""

    art: Art
    anzahl: int = Field(ge=1, le=1000)  # a deadline of years is a typo; bounds the count
    verschieben: bool = True
    """Move a deadline that falls on a weekend or holiday to the next working day."""
    ab: Tag | None = None
    grundlage: str | None = None
    """The rule's legal basis, e.g. '§ 104 Abs. 2 GO-BT'."""
    zaehlt_ab: str | None = None
    """The day the deadline counts from, as the rule says it: 'Eingang beim
    Bundeskanzleramt', 'Absendedatum des Landtags'. `eingang` (or --received) is that day."""
    verlaengerung: str | None = None
    """How the deadline can be extended, e.g. 'durch den Präsidenten im Benehmen mit dem
    Fragesteller'; an agreed extension goes into the inquiry's `fristverlaengerung`."""
    bestaetigt: bool = True
    """False where the rule could not be confirmed from a public source: shown as such."""

    def describe(self) -> str:
        unit = {
            "kalendertage": "calendar days",
            "wochen": "weeks",
            "monate": "months",
            "werktage": "working days",
        }[self.art]
        if self.anzahl == 1:
            unit = unit.removesuffix("s")
        text = f"{self.anzahl} {unit} from {self.zaehlt_ab or 'receipt'}"
        if self.verschieben and self.art != "werktage":
            text += ", moved to the next working day"
        text += f" ({self.grundlage})" if self.grundlage else ""
        return text + ("" if self.bestaetigt else " [rule not confirmed from a public source]")


class Abgeordnete(Strict):
    """How the askers are introduced: 'des Abgeordneten', 'der Abgeordneten' …"""

    herr: str = "des Abgeordneten"
    frau: str = "der Abgeordneten"
    mehrere: str = "der Abgeordneten"


class Beschriftung(Strict):
    """Labels of questions and answers."""

    frage: str = "{nr}."
    unterfrage: str = "{nr})"
    antwort: str = ""
    """A line before each answer, e.g. 'Antwort zu {fragen}:'; empty for none."""
    antwort_mehrere: str | None = None
    """The same for a jointly answered group, e.g. 'zu den Fragen {fragen}:'."""


class Profil(Strict):
    """What differs between parliaments, as data."""

    parlament: str
    regierung: str
    land: str | None = None
    """The Land whose public holidays count for deadlines (MV, ST, BE …); None: nationwide."""
    template: str
    uebermittlung: str = ""
    """The transmission note; {absender}, {datum} and {ressort} are filled in."""
    einleitung: str = ""
    """The opening sentence of the answer, e.g. 'Im Namen des Senats von Berlin …'."""
    abgeordnete: Abgeordnete = Abgeordnete()
    fragesteller: str = "{artikel} {namen}, {fraktion}"
    fragesteller_mehrere_fraktionen: str = "{artikel} {namen}"
    beschriftung: Beschriftung = Beschriftung()
    gruppensatz: str
    """The sentence for jointly answered questions; {fragen} is filled in."""
    bereiche_ab: int | None = Field(default=None, ge=2)
    """Write runs of at least this many adjacent questions as a range ('1 bis 18')."""
    vs_hinweis: str = (
        "Ein Teil der Antwort ist als Verschlusssache „VS – Nur für den Dienstgebrauch“ "
        "eingestuft und wird als Anlage gesondert übermittelt."
    )
    """Said in the public answer where paragraphs with VS-NfD facts went into the annex."""
    vorbemerkung: str = "Vorbemerkung:"
    vorbemerkung_fragesteller: str = "Vorbemerkung des Fragestellers:"
    frist: list[Frist] = Field(min_length=1)
    zulieferfrist: int = Field(default=5, ge=0, le=60)
    """Contributions of other Ressorts are due this many working days before the deadline."""
    import_: ImportLayout = Field(default=ImportLayout(), alias="import")
    eigene_antwort_drucksache: bool = False
    """The answer is printed as a Drucksache of its own, so the question's number is not the
    answer's (Bundestag, Brandenburg, Sachsen-Anhalt); `import` keeps it apart."""

    @field_validator("land")
    @classmethod
    def _land(cls, value: str | None) -> str | None:
        if value is not None and value not in LAENDER:
            raise ValueError(f"expected one of {', '.join(LAENDER)}, got {value!r}")
        return value

    def frist_fuer(self, received: date) -> Frist:
        """The deadline rule in force for a question received on `received`."""
        rules = sorted(self.frist, key=lambda f: f.ab or date.min)
        in_force = [f for f in rules if (f.ab or date.min) <= received]
        return in_force[-1] if in_force else rules[0]
