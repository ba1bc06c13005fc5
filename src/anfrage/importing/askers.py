"""The askers of a Kleine Anfrage and their Fraktion, as the header names them:
'des Abgeordneten Dirk Lerche, Fraktion der AfD', 'der Abgeordneten Niema Movassat, Christine
Buchholz, weiterer Abgeordneter und der Fraktion DIE LINKE.', 'Abgeordnete Kristin Heiß (DIE
LINKE)', 'des Abg. Lars Patrick Berg AfD', 'Dr. Leopold Herz FREIE WÄHLER Ulrich Leiner
BÜNDNIS 90/DIE GRÜNEN', 'Prof. Dr. Hilz, Frau Wischhusen und Fraktion der FDP'.

Academic titles and 'Frau'/'Herr' are not part of a name. Pure functions on strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from anfrage.importing.layout import LETTER, Layout

_INTRO = re.compile(
    r"(?<![^\W\d_])(?:(?P<art>des|der)\s(?:Abgeordneten|Abg\.)|(?P<bare>Abgeordneter?|Abgeordneten))"
    rf"\s(?=(?:Dr\.|Prof\.|Frau|Herrn?|[A-ZÄÖÜ])[{LETTER}.])"
)
_TITLE = re.compile(r"(?:Prof\.|Dr\.|Frau|Herrn?|h\.\s?c\.|Dipl\.-\w+\.?|med\.|rer\.\s?nat\.)\s?")
_NAME_WORD = re.compile(rf"(?:[A-ZÄÖÜ][{LETTER}'-]*|von|van|de|der|zu|vom)(?![{LETTER}])")
_FRAKTION = re.compile(r"(?:und\s)?(?:der\s)?Fraktion\s(?:der\s)?")
_STOP_WORDS = {
    "und", "vom", "der", "Fraktion", "weiterer", "betr", "betreffend", "Drucksache", "Drs",
    "Antwort", "ANTWORT", "Thema", "Betr", "Wortlaut", "Kleine", "Anfrage",
}  # fmt: skip


@dataclass
class Asker:
    name: str
    anrede: str | None
    fraktion: str | None


class _Reader:
    """A small scanner over the text after 'der Abgeordneten'."""

    def __init__(self, text: str, layout: Layout) -> None:
        self.text = text
        self.pos = 0
        self.layout = layout

    def skip(self, pattern: str | re.Pattern[str]) -> re.Match[str] | None:
        m = re.compile(pattern).match(self.text, self.pos)
        if m:
            self.pos = m.end()
        return m

    def fraktion(self) -> str | None:
        """A Fraktion from the layout's list at the current place."""
        m = self.layout.fraktion.match(self.text, self.pos)
        if m:
            self.pos = m.end()
            return m[0]
        return None

    def name(self) -> str | None:
        self.skip(r"\s*")
        while self.skip(_TITLE):
            pass
        words: list[str] = []
        while True:
            if self.layout.fraktion.match(self.text, self.pos) and words:
                break
            m = _NAME_WORD.match(self.text, self.pos)
            if not m or m[0] in _STOP_WORDS and words:
                break
            if m[0][0].islower() and not words:
                return None
            if m[0] in _STOP_WORDS:
                return None
            words.append(m[0])
            self.pos = m.end()
            if not self.skip(r" (?=\S)"):
                break
        while words and words[-1][0].islower():  # 'von' without a surname after it
            words.pop()
        if not words:
            return None
        if self.text[self.pos - 1 : self.pos] == " ":
            self.pos -= 1
        return " ".join(words)


def _parse(text: str, layout: Layout) -> tuple[list[Asker], int]:
    """Askers from the text after the intro, and where their list ends in `text`."""
    reader = _Reader(text, layout)
    people: list[Asker] = []
    common: str | None = None
    end = 0
    while True:
        name = reader.name()
        if name is None:
            break
        own, bare = None, False
        save = reader.pos
        if m := reader.skip(r"\s?\(([^()]{1,40})\)"):
            own = m[1].strip()
        elif reader.skip(r"\s") and (party := reader.fraktion()):
            own, bare = party, True
        else:
            reader.pos = save
        people.append(Asker(name, None, own))
        end = reader.pos
        if reader.skip(r",?\s?weiterer Abgeordneter"):
            end = reader.pos
        if m := reader.skip(_FRAKTION_AFTER):
            party = reader.fraktion()
            if party is None and (word := re.compile(r"[^\s,]+").match(text, reader.pos)):
                party, reader.pos = word[0], word.end()
            if party:
                common = "Fraktion " + ("der " if m[0].rstrip().endswith(" der") else "") + party
            end = reader.pos
            break
        if m := reader.skip(r"\sder\s([\w-]+-Fraktion)\b"):
            common, end = m[1], reader.pos
            break
        if reader.skip(r",\s?|\s(?:und|sowie)\s"):
            continue
        if bare and reader.skip(r"\s(?=[A-ZÄÖÜ]|Dr\.)") and _more(reader):
            continue  # Bavaria: 'Dr. Leopold Herz FREIE WÄHLER Ulrich Leiner BÜNDNIS 90/…'
        break
    following: str | None = None
    for person in reversed(people):  # 'Michael Kruse und Dr. Kurt Duwe (FDP)': both FDP
        if person.fraktion is None:
            person.fraktion = common or following
        following = person.fraktion
    return people, end


_FRAKTION_AFTER = re.compile(r",?\s?(?P<fr>(?:und\s)?(?:der\s)?Fraktion\s(?:der\s)?)")


def _more(reader: _Reader) -> bool:
    """Another asker follows (Bavaria: 'Dr. Leopold Herz FREIE WÄHLER Ulrich Leiner …')."""
    rest = reader.text[reader.pos : reader.pos + 60]
    return not re.match(r"(?:vom|und|Antwort|ANTWORT|Drucksache|Drs|betr|Betr|Thema)\b", rest)


def read_askers(segments: list[str], layout: Layout) -> tuple[list[Asker], tuple[int, int] | None]:
    """The askers named first in the header, and where their names end (segment, offset).
    A Fraktion in brackets that the text cuts off ('(CD') is no Fraktion."""
    text = " ".join(segments)
    m = _INTRO.search(text)
    if not m:
        return [], None
    people, end = _parse(text[m.end() : m.end() + 400], layout)
    people = [p for p in people if len(p.name) > 1]
    if len(people) == 1:
        male = m["art"] == "des" or m["bare"] == "Abgeordneter"
        people[0].anrede = "Herr" if male else "Frau"
    stop = m.end() + end
    # where in the segments the askers end
    offset = 0
    for i, segment in enumerate(segments):
        if offset + len(segment) >= stop:
            return people, (i, max(0, stop - offset))
        offset += len(segment) + 1
    return people, (len(segments) - 1, len(segments[-1])) if segments else None
