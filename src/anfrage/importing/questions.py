"""Reading a question's text from the lines after its number, and joining lines into
paragraphs. The parser (`parser.py`) says which lines start something else."""

from __future__ import annotations

import re

from anfrage.importing.frontmatter import MONTHS, ends_sentence
from anfrage.importing.layout import Layout

_QUESTION_END = re.compile(r"\?[\s)“\"]{0,5}$")
_FOLLOW_UP = re.compile(
    r"^\(?(?:(?:Wenn|Falls|Sofern|Soweit)\s(?:ja|nein|nicht|zutreffend),?\s)?[Bb]itte\b|^\(.*\)$"
)
"""A sentence after a question that still belongs to it: '(Bitte … auflisten.)', '(vgl. …)',
'Wenn ja, bitte aufführen.'."""


def ends_question(text: str) -> bool:
    return bool(_QUESTION_END.search(text))


_ASKED = re.compile(r"\?\s?(?:\([^()]{0,300}\)|\(?[Bb]itte\b[^?]{0,300}[.)])$")
"""A line that asks and then says how to answer: '…? (Bitte aufschlüsseln nach …)'."""


def complete(text: str) -> bool:
    """A question's text that has ended: with '?', or with a form after its '?'."""
    return ends_question(text) or bool(_ASKED.search(text))


_PROSE_BEFORE = re.compile(
    r"(?:^|\s)(?:[a-zäöüß]{0,20}(?:e|er|en|em|es)|zu|zur|zum|in|im|auf|als|ohne|per)$"
)
"""The end of a line that an 'Antwort auf …' on the next continues as prose: an article, a
pronoun or an adjective ('… der Vorbereitung einer' + 'Antwort auf eine Mündliche Anfrage')."""


class QuestionReader:
    """The lines of a document, and how a question's text is read from them."""

    flat: bool

    def __init__(self, lines: list[str], layout: Layout) -> None:
        self.lines = lines
        self.layout = layout

    def structural(self, line: str, prev: str = "") -> bool:
        """A line that starts a question, sub-question, answer or heading."""
        raise NotImplementedError

    def answer_heading(self, line: str, prev: str) -> bool:
        """'Antwort der Landesregierung …' at a line's start, not inside a sentence that runs
        over from the line before ('… einer Antwort auf eine Mündliche Anfrage …')."""
        return bool(self.layout.answer_heading.match(line)) and not _PROSE_BEFORE.search(prev[-40:])

    def read_question_text(self, j: int, parts: list[str]) -> int:
        """Lines of a question: up to the line ending its first '?', then further sentences
        that are questions too ('Wenn ja, welche …?') or ask for a form ('Bitte …'), up to a
        structural line. Returns the index of the first line after it."""
        lines = self.lines
        while j < len(lines) and not (parts and complete(parts[-1])):
            if self.structural(lines[j], parts[-1] if parts else ""):
                return j
            if lines[j]:
                parts.append(lines[j])
            elif parts and ends_sentence(parts[-1]):
                return j + 1  # a question that does not end in '?': one paragraph only
            j += 1
        while True:
            k = j
            while k < len(lines) and not lines[k] and not self.flat:
                k += 1
            chunk: list[str] = []
            while k < len(lines) and lines[k] and not self.structural(lines[k], lines[k - 1]):
                chunk.append(lines[k])
                if ends_question(lines[k]) or ends_sentence(lines[k]) or lines[k].endswith(")"):
                    break
                k += 1
            text = " ".join(chunk)
            if chunk and (ends_question(text) or _FOLLOW_UP.match(text)):
                parts.extend(chunk)
                j = k + 1
                continue
            return j

    def join(self, lines: list[str]) -> list[str]:
        """Paragraphs from lines: a blank line ends one; so does a short line ending a
        sentence where the text export lost its blank lines. Flattened text has no
        paragraphs left but its blank lines."""
        out: list[str] = []
        current: list[str] = []
        widths = sorted(len(line) for line in lines if line)
        wide = widths[int(len(widths) * 0.9)] if widths else 0
        for line in lines:
            if not line:
                if current:
                    out.append(" ".join(current))
                    current = []
                continue
            if not self.flat:
                if current and heading(current[-1]) and len(current) == 1:
                    out.append(current[0])
                    current = []
                if current and re.match(r"^[-•–]\s", line):  # a list item starts a paragraph
                    out.append(" ".join(current))
                    current = []
            current.append(line)
            if not self.flat and (
                line.endswith(":") or ends_sentence(line) and len(line) < 0.85 * wide
            ):
                out.append(" ".join(current))
                current = []
        if current:
            out.append(" ".join(current))
        return out


def heading(line: str) -> bool:
    """A short line without closing punctuation: a subheading such as 'Wirtschaft'."""
    return len(line) <= 60 and line[:1].isupper() and not re.search(r"[.,;:?!-]$", line)


NOT_A_QUESTION = {
    *(m.capitalize() for m in MONTHS), "Wahlperiode", "Quartal", "Halbjahr", "Klasse",
    "Lesung", "Sitzung", "Mal", "Platz", "Stelle", "Jahrhundert", "Jahrestag", "Tag",
    "Woche", "Änderung", "Nachtrag", "Ergänzung", "Durchgang", "Runde", "Obergeschoss",
    "Liga", "Bundesliga", "Staatsexamen", "Auflage", "Kammer", "Senat", "Aug.", "Sept.",
    "Okt.", "Nov.", "Dez.", "Jan.", "Feb.", "Apr.", "Jahr", "Jahre", "Jahren", "Monat",
    "Parlamentarischen", "Deutschen", "Bundestag", "Legislaturperiode",
}  # fmt: skip
"""Words after 'N.' that make it an ordinal ('1. Januar'), not a question number."""

ORDINAL_BEFORE = re.compile(
    r"(?:^|\s)(?:der|die|das|dem|den|des|im|am|zum|zur|vom|seit|bis|zu|in|an|für|ab|um|je|"
    r"bzw\.|und|oder|Nr\.|Ziffer|Nummer|Nummern|Frage|Fragen|Anlage|Artikel|Art\.|§)$"
)
"""Words before 'N.' that make it an ordinal or a reference ('am 3.', 'zu 1.')."""


def not_a_question(rest: str, prev: str) -> bool:
    """'N. rest' after `prev` is an ordinal or a reference ('am 3. Oktober'), not a question."""
    word = rest.split(" ", 1)[0] if rest else ""
    return (
        word in NOT_A_QUESTION
        or word[:1].isdigit()
        or rest[:1].islower()
        or bool(ORDINAL_BEFORE.search(prev))
    )


FIRST_SUB = re.compile(r"^a(?:\)|\.(?=\s[A-ZÄÖÜ]))\s")
"""'a) …' after a question's number: the question consists only of sub-questions."""

_BARE_NUMBER = re.compile(r"^\d{1,3}[.)]$")


def join_bare_numbers(lines: list[str]) -> list[str]:
    """'1.' on a line of its own, then 'a) …': one line '1. a) …'. Bavarian questions that
    consist only of sub-questions ('1. a) … b) … 2. a) …') are printed so."""
    out: list[str] = []
    for line in lines:
        if out and _BARE_NUMBER.match(out[-1]) and FIRST_SUB.match(line):
            out[-1] += " " + line
        else:
            out.append(line)
    return out


def next_numbers(last: str | None, decimal: bool) -> set[str]:
    """The numbers the next question may have after `last`: '2' after '1'; after '1.3' also
    '1.4', '2.1' and '2' (Bavaria); '4.1' after '4' once decimal numbers were seen."""
    if last is None:
        return {"1", "1.1"}
    if "." in last:
        a, b = (int(x) for x in last.split("."))
        return {f"{a}.{b + 1}", f"{a + 1}.1", str(a + 1)}
    nxt = {str(int(last) + 1)}
    return nxt | {f"{last}.1"} if decimal else nxt
