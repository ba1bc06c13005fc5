"""Metadata of a Kleine Anfrage from the text before its questions: the parliament's
numbers, dates, the transmission note and the title. The askers are read in `askers`.

Pure functions on strings; no I/O, no third-party imports.
"""

from __future__ import annotations

import re
from datetime import date

from anfrage.importing.askers import Asker, read_askers
from anfrage.importing.found import Imported
from anfrage.importing.layout import Layout, alternation
from anfrage.importing.title import read_title

__all__ = ["MONTHS", "Asker", "ends_sentence", "german_date", "read_front"]

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip

_DATE = r"(\d{1,2})\.\s?(?:(\d{1,2})\.\s?|(" + "|".join(MONTHS) + r")\s)(\d{4})"
_ANY_DATE = re.compile(_DATE, re.I)
_SENTENCE_END = re.compile(r"[A-Za-zäöüßÄÖÜ)“\"]\s?[.!:]$")


def ends_sentence(text: str) -> bool:
    """A line that ends a sentence ('…beantwortet.', '…wie folgt:')."""
    return bool(_SENTENCE_END.search(text))


def german_date(text: str) -> date | None:
    """'25. Juli 2017' or '04.11.2021' → a date; None if there is none or it is impossible."""
    m = _ANY_DATE.search(text)
    if not m:
        return None
    month = int(m[2]) if m[2] else MONTHS[m[3].lower()]
    try:
        return date(int(m[4]), month, int(m[1]))
    except ValueError:
        return None


_NUMBER = r"(\d{1,2})\s?/\s?(\d+(?:\s\d{3})*)(?!\d)"
"""A Drucksache number as printed: '7/2713', '17 / 14 779', '6/1142Thüringer'."""


def _number(m: re.Match[str], first: int = 1) -> str:
    digits = re.sub(r"\s", "", m[first + 1])
    return f"{m[first]}/{digits}"


def _numbers(text: str, layout: Layout) -> tuple[str | None, str | None]:
    """The document's own Drucksache and the question's Drucksache it answers."""
    own_words = alternation(layout.data.drucksache)
    own = re.search(rf"(?<![\w-])(?:{own_words})\s?(?:[–-]\s?)?{_NUMBER}", text)
    if not own:
        return None, None
    number = _number(own)
    after = text[own.end() : own.end() + 20]
    if m := re.match(rf"\s?\({_NUMBER}\)", after):  # 'Drucksache 15/1284 (15/1217)'
        return number, _number(m)
    for m in re.finditer(rf"(?:{own_words})\s?{_NUMBER}", text[own.end() :]):
        other = _number(m)
        if other != number:
            return number, other
    return number, None


def _question_number(text: str, layout: Layout) -> str | None:
    """The Kleine Anfrage's own number: 'KA 7/447', 'Kleine Anfrage 1885', 'Nr. 18/11977'."""
    if m := re.search(rf"\bKA\s?{_NUMBER}", text):
        return f"KA {_number(m)}"
    words = alternation([p for p in layout.data.anfrage_nr if p != "KA"])
    if m := re.search(rf"(?:{words})\s?(?:[–-]\s?)?(\d{{1,2}}\s?/\s?\d+|\d{{2,6}})\b", text):
        return re.sub(r"\s", "", m[1])
    return None


def _transmission(flat: str, r: Imported) -> None:
    if m := re.search(
        r"(?P<absender>(?:Der|Die) [^.]{3,160}?) hat (?:namens der \w+ )?die Antwort auf die "
        r"Kleine Anfrage (?:der \w+ )?mit Schreiben vom (?P<datum>.{8,25}?) übermittelt",
        flat,
    ):
        r.absender, r.uebermittlung = m["absender"], german_date(m["datum"])
    elif m := re.search(
        r"mit Schreiben (?:des|der) (?P<absender>[^.]{3,160}?) vom (?P<datum>.{8,25}?) "
        r"übermittelt",
        flat,
    ):
        r.absender, r.uebermittlung = m["absender"], german_date(m["datum"])


def _footer(text: str, layout: Layout) -> tuple[int, str] | None:
    """Wahlperiode and Drucksache from a page footer printed at the end (Bavaria:
    '17. Wahlperiode 02.02.2018 Drucksache 17/18355 Bayerischer Landtag')."""
    names = alternation(layout.names)
    m = re.search(
        rf"(\d{{1,2}})\.\s?Wahlperiode\s(?:\d{{2}}\.\d{{2}}\.\d{{4}}\s)?Drucksache\s{_NUMBER}"
        rf"\s(?:{names})",
        text,
        re.I,
    )
    return (int(m[1]), _number(m, 2)) if m else None


def read_front(
    front: list[str],
    r: Imported,
    layout: Layout | None = None,
    *,
    preamble: bool = False,
    rest: str = "",
    lines: bool = False,
) -> None:
    """Metadata from the text before the questions (`front`, one piece a line): parliament
    numbers, dates, transmission note, askers and title. With `preamble`, the askers' lead-in
    to their questions stood in it: the text after the title is their Vorbemerkung. `rest`,
    the text after it, is searched for a footer when the front has no numbers. With `lines`,
    `front` holds the printed lines (not a flattened text's pieces)."""
    if layout is None:
        from anfrage.importing.layout import load_layouts

        layout = load_layouts(None).layout(None)
    segments = [line for line in front if line]
    text = " ".join(segments)
    if m := re.search(r"(\d{1,2})\.\s?Wahlperiode", text):
        r.wahlperiode = int(m[1])
    r.drucksache, referenced = _numbers(text, layout)
    r.referenced = r.referenced or referenced
    r.anfrage_nr = _question_number(text, layout)
    if (
        r.anfrage_nr
        and r.drucksache
        and re.sub(r"\D", "", r.anfrage_nr) == re.sub(r"\D", "", r.drucksache)
    ):
        r.anfrage_nr = None  # Berlin's 'Schriftliche Anfrage Nr. 18/11977' is the Drucksache
    if r.drucksache is None and (footer := _footer(rest, layout)):
        r.wahlperiode, r.drucksache = footer
    if r.wahlperiode is None and r.drucksache:
        r.wahlperiode = int(r.drucksache.split("/")[0])
    if m := re.search(r"Wahlperiode\s(" + _DATE + ")", text, re.I):
        r.datum = german_date(m[1])
    elif m := re.search(r"Datum:\s?(" + _DATE + ")", text):
        r.datum = german_date(m[1])
    if m := re.search(
        r"(?:Eingang\b|Eingegangen|eingegangen)[^.\n]{0,40}?(" + _DATE + ")", text, re.I
    ):
        r.eingang = german_date(m[1])
    _transmission(text, r)
    askers, where = read_askers(segments, layout)
    r.askers = askers
    r.titel = read_title(segments, where, layout, lines=lines)
    if preamble and r.titel and (at := text.find(r.titel)) >= 0:
        rest = text[at + len(r.titel) :].strip()
        if rest:
            r.vorbemerkung_fragesteller.insert(0, rest)
