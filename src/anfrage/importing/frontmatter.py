"""Metadata of a Kleine Anfrage from the text before its questions: the parliament,
Wahlperiode, Drucksache, dates, the transmission note, the askers and the title.

Pure functions on strings; no I/O, no third-party imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from anfrage.importing.parser import Imported

MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}  # fmt: skip

_DATE = r"(\d{1,2})\.\s*(?:(\d{1,2})\.\s*|(" + "|".join(MONTHS) + r")\s+)(\d{4})"


_SENTENCE_END = re.compile(r"[A-Za-zäöüßÄÖÜ)“\"]\s*[.!:]$")


def ends_sentence(text: str) -> bool:
    """A line that ends a sentence ('…beantwortet.', '…wie folgt:')."""
    return bool(_SENTENCE_END.search(text))


@dataclass
class Asker:
    name: str
    anrede: str | None
    fraktion: str | None


def german_date(text: str) -> date | None:
    """'25. Juli 2017' or '04.11.2021' → a date; None if there is none or it is impossible."""
    m = re.search(_DATE, text, re.IGNORECASE)
    if not m:
        return None
    month = int(m[2]) if m[2] else MONTHS[m[3].lower()]
    try:
        return date(int(m[4]), month, int(m[1]))
    except ValueError:
        return None


_PARLIAMENTS = [
    "Deutscher Bundestag", "Landtag Mecklenburg-Vorpommern", "Landtag von Sachsen-Anhalt",
    "Abgeordnetenhaus Berlin", "Abgeordnetenhaus von Berlin", "Sächsischer Landtag",
    "Landtag Brandenburg", "Bayerischer Landtag", "Landtag von Baden-Württemberg",
    "Landtag Nordrhein-Westfalen", "Niedersächsischer Landtag", "Hessischer Landtag",
    "Landtag Rheinland-Pfalz", "Landtag des Saarlandes", "Schleswig-Holsteinischer Landtag",
    "Thüringer Landtag", "Bremische Bürgerschaft", "Hamburgische Bürgerschaft",
]  # fmt: skip


def _parliament(text: str) -> str | None:
    lowered = text.lower()
    for name in _PARLIAMENTS:
        if name.lower() in lowered:
            return name
    if re.search(r"hat namens der Landesregierung die Antwort auf die Kleine Anfrage", text):
        return "Landtag Mecklenburg-Vorpommern"  # the transmission note above MV's header
    return None


_ASKER_LINE = re.compile(
    r"^(?:(?:KLEINE ANFRAGE|Kleine Anfrage|Schriftliche Anfrage|auf die Kleine Anfrage|"
    r"Betreff:)\s+)?(?:der|des)\s+(?:Abgeordneten)\s+(?P<rest>.+)$"
)


def _asker_text(front: list[str]) -> tuple[int, str] | None:
    for i, line in enumerate(front):
        m = _ASKER_LINE.match(line)
        if m:
            text = line
            j = i + 1
            # Lists of askers run over lines until the Fraktion is named.
            while "Fraktion" not in text and ")" not in text and j < len(front) and j < i + 4:
                text += " " + front[j]
                j += 1
            while j < len(front) and text.rstrip().endswith((",", "und")):
                text += " " + front[j]
                j += 1
            return j, text
    return None


def _askers(front: list[str]) -> list[Asker]:
    found = _asker_text(front)
    if found is None:
        return []
    _, text = found
    m = re.search(r"\b(des|der)\s+Abgeordneten\s+(?P<rest>.+)$", text)
    if not m:
        return []
    single_male = m[1] == "des"
    rest = m["rest"].strip().rstrip(".")
    fraktion = None
    if fm := re.search(r",?\s*(?:weiterer Abgeordneter\s+)?und der (Fraktion .+)$", rest):
        fraktion, rest = fm[1], rest[: fm.start()]
    elif fm := re.search(r",\s*(Fraktion .+)$", rest):
        fraktion, rest = fm[1], rest[: fm.start()]
    rest = re.sub(r",?\s*weiterer Abgeordneter$", "", rest)
    people = []
    for name in re.split(r",\s*|\s+und\s+", rest):
        name = name.strip()
        if not name:
            continue
        own = fraktion
        if pm := re.match(r"^(.+?)\s*\((.+)\)$", name):
            name, own = pm[1].strip(), pm[2].strip()
        people.append(Asker(name, None, own))
    if len(people) == 1:
        people[0].anrede = "Herr" if single_male else "Frau"
    return people


_TITLE_STOPS = re.compile(
    r"^(und|ANTWORT|Antwort|und Antwort vom|Vorbemerkung|Kleine Anfrage –|KA \d|"
    r"\(Eingang|Im Namen|Namens|Sehr geehrte|Drs\.|Drucksache|A n t w o r t)\b"
)


def _title_start(front: list[str]) -> int | None:
    for i, line in enumerate(front):
        if re.match(r"^(zum Thema:|Thema:|über )\s*(.*)$", line):
            return i
    found = _asker_text(front)
    if found is None:
        return None
    j, _ = found
    while j < len(front) and re.match(r"^[–-]\s*Drucksache\s+\d+/\d+\s*[–-]$", front[j]):
        j += 1
    return j


def _title(front: list[str]) -> str | None:
    lines = [line for line in front if line]
    start = _title_start(lines)
    if start is None:
        return None
    first = lines[start] if start < len(lines) else ""
    if m := re.match(r"^(?:zum Thema:|Thema:)\s*(.*)$", first):
        parts = [m[1]] if m[1] else []
        start += 1
    else:
        parts = []
    for line in lines[start:]:
        if _TITLE_STOPS.match(line) or (parts and len(" ".join(parts)) > 200):
            break
        parts.append(line)
    title = " ".join(parts).strip()
    return title or None


def title_end(front: list[str]) -> int | None:
    """Where the askers' free text begins after the title in `front` (with blank lines)."""
    content = [i for i, line in enumerate(front) if line]
    lines = [front[i] for i in content]
    start = _title_start(lines)
    if start is None or start >= len(lines):
        return None
    k = start
    if re.match(r"^(zum Thema:|Thema:)", lines[k]):
        k += 1
    # The title runs to the first blank line after it, or one line where there are none.
    first = content[k]
    j = first + 1
    while j < len(front) and front[j] and not ends_sentence(front[j - 1]):
        j += 1
    return j


def read_front(front_lines: list[str], r: Imported) -> None:
    """Metadata from the text before the questions: parliament, Wahlperiode, Drucksache,
    dates, transmission note, askers and title."""
    front = [line for line in front_lines if line]
    text = "\n".join(front)
    r.parliament = _parliament(text)
    if m := re.search(r"(\d{1,2})\.\s*Wahlperiode", text):
        r.wahlperiode = int(m[1])
    numbers = re.findall(r"(?:Drucksache|Drs\.(?:-Nr\.)?:?)\s*(\d{1,2}/\d{1,6})", text)
    if m := re.search(r"Kleine[n]? Anfrage[^\n]*?[–-]\s*Drucksache\s+(\d+/\d+)\s*[–-]", text, re.S):
        r.referenced = m[1]
    elif m := re.search(r"^[–-]\s*Drucksache\s+(\d+/\d+)\s*[–-]$", text, re.M):
        r.referenced = m[1]
    header = [n for n in numbers if n != r.referenced]
    r.drucksache = header[0] if header else None
    if m := re.search(
        r"(?:Kleine Anfrage|Schriftliche Anfrage)\s+(?:Nr\.\s*)?(\d+(?:/\d+)?)\b", text
    ):
        r.anfrage_nr = m[1]
    elif m := re.search(r"\bKA\s+(\d+/\d+)", text):
        r.anfrage_nr = f"KA {m[1]}"
    if m := re.search(r"Wahlperiode\s+(" + _DATE + ")", text, re.I):
        r.datum = german_date(m[1])
    elif m := re.search(r"^Datum:\s*(.+)$", text, re.M):
        r.datum = german_date(m[1])
    if m := re.search(r"Eingang[^\n]{0,40}?\bam\s+(" + _DATE + ")", text, re.I):
        r.eingang = german_date(m[1])
    flat = " ".join(front)
    if m := re.search(
        r"(?P<absender>(?:Der|Die) [^.]{3,160}?) hat namens der \w+ die Antwort auf die "
        r"Kleine Anfrage mit Schreiben vom (?P<datum>.{8,25}?) übermittelt",
        flat,
    ):
        r.absender, r.uebermittlung = m["absender"], german_date(m["datum"])
    elif m := re.search(
        r"mit Schreiben (?:des|der) (?P<absender>[^.]{3,160}?) vom (?P<datum>.{8,25}?) "
        r"übermittelt",
        flat,
    ):
        r.absender, r.uebermittlung = m["absender"], german_date(m["datum"])
    r.askers = _askers(front)
    r.titel = _title(front)
