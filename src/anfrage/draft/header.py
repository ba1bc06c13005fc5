"""Everything around the questions and answers: header lines, askers, notes, signature."""

from __future__ import annotations

from anfrage import formatting as fmt
from anfrage.loading.inquiry import Inquiry
from anfrage.model.profil import Profil


def fragesteller(inquiry: Inquiry, profil: Profil) -> str:
    """The askers as the profile introduces them: 'des Abgeordneten Holger Arppe, Fraktion der
    AfD', 'der Abgeordneten A, B, weiterer Abgeordneter und der Fraktion X' …"""
    people = inquiry.anfrage.fragesteller
    if not people:
        return ""  # not known yet (an imported question); `check` reports it
    forms = profil.abgeordnete
    if len(people) > 1:
        artikel = forms.mehrere
    else:
        artikel = forms.herr if people[0].anrede == "Herr" else forms.frau
    fraktionen = list(dict.fromkeys(p.fraktion or "" for p in people))
    if len(fraktionen) == 1:
        namen = fmt.aufzaehlung([p.name for p in people])
        return profil.fragesteller.format(artikel=artikel, namen=namen, fraktion=fraktionen[0])
    namen = fmt.aufzaehlung([f"{p.name} ({p.fraktion})" if p.fraktion else p.name for p in people])
    return profil.fragesteller_mehrere_fraktionen.format(artikel=artikel, namen=namen)


def header(inquiry: Inquiry, profil: Profil) -> dict[str, str]:
    """Everything around the questions and answers: header lines, notes, signature."""
    a = inquiry.anfrage
    u, sig = a.uebermittlung, a.unterzeichnung
    values = {
        "absender": u.absender if u else "",
        "datum": fmt.datum_lang(u.datum) if u else "",
        "ressort": a.ressort or "",
    }
    return {
        "parlament": profil.parlament,
        "regierung": profil.regierung,
        "wahlperiode": str(a.wahlperiode or ""),
        "drucksache": a.drucksache or "",
        "anfrage_nr": a.anfrage_nr or "",
        "datum": fmt.datum_kurz(a.datum) if a.datum else "",
        "eingang": fmt.datum_kurz(a.eingang) if a.eingang else "",
        "ressort": a.ressort or "",
        "uebermittlung": profil.uebermittlung.format(**values) if u else "",
        "uebermittlung_datum": fmt.datum_kurz(u.datum) if u else "",
        "einleitung": profil.einleitung.format(**values),
        "fragesteller": fragesteller(inquiry, profil),
        "titel": a.titel,
        "unterzeichnung": sig.name if sig else "",
        "unterzeichnung_funktion": (sig.funktion or "") if sig else "",
        "in_vertretung": "In Vertretung" if sig and sig.in_vertretung else "",
    }


OPTIONAL = {
    "drucksache": "drucksache",
    "wahlperiode": "wahlperiode",
    "datum": "datum",
    "uebermittlung": "uebermittlung",
    "uebermittlung_datum": "uebermittlung",
    "fragesteller": "fragesteller",
    "titel": "titel",
    "anfrage_nr": "anfrage_nr",
    "eingang": "eingang",
    "ressort": "ressort",
    "unterzeichnung": "unterzeichnung",
    "unterzeichnung_funktion": "unterzeichnung.funktion",
}
"""Template values that stay empty when the inquiry lacks a key: value → inquiry key."""
