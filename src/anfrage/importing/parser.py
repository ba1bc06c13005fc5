"""Reading the structure of a Kleine Anfrage (and its answer, where the document holds one)
from cleaned lines: metadata, askers, title, preambles, questions, sub-questions, answers.

It never guesses a value: what it cannot find stays None and is listed in `missing`. Pure
functions on strings; no I/O, no third-party imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from anfrage.importing.frontmatter import MONTHS, Asker, ends_sentence, read_front, title_end

_NOT_A_QUESTION = {
    *(m.capitalize() for m in MONTHS), "Wahlperiode", "Quartal", "Halbjahr", "Klasse",
    "Lesung", "Sitzung", "Mal", "Platz", "Stelle", "Jahrhundert", "Jahrestag", "Tag",
    "Woche", "Änderung", "Nachtrag", "Ergänzung", "Durchgang", "Runde", "Obergeschoss",
    "Liga", "Bundesliga", "Staatsexamen", "Auflage", "Kammer", "Senat",
}  # fmt: skip
"""Words after 'N.' that make it an ordinal ('1. Januar'), not a question number."""

_QUESTION = re.compile(r"^(?:Frage\s+)?(\d{1,3})\s*(?:\.|:|\))\s*(?:[–-]\s*)?(.*)$")
_SUB = re.compile(r"^([a-z])\)\s*(.*)$")
_GROUP = re.compile(
    r"^Die Fragen (?P<liste>.+?) werden\b[^.]{0,80}?\b(zusammenhängend|gemeinsam|zusammen)"
    r"\s+beantwortet\.?\s*(?P<rest>.*)$"
)
_LABEL = re.compile(
    r"^(?:Antwort\s+)?zu\s+(?:(?:der\s+)?Frage|den\s+Fragen)?\s*(?P<liste>\d+\s*[a-z]?\)?"
    r"(?:\s*(?:,|und|bis)\s*\d+\s*[a-z]?\)?)*)\s*[.:]\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_ANSWER_WORD = re.compile(r"^Antwort\s*(?:[.:]\s*(?P<rest>.*))?$")
_CLOSING = re.compile(r"^(?:[A-ZÄÖÜ][\w.-]+, den \d{1,2}\.|Mit freundlichen Grüßen)")
"""A letter's place and date, or its closing formula: the text has ended."""
_ASK = re.compile(
    r"^(?P<vor>.*?)\b(Wir fragen die \w+|Ich frage die \w+|Ich frage den \w+|"
    r"Die Staatsregierung wird gefragt|Wir fragen den \w+)\s*:?\s*$"
)
_PRE_ASKERS = re.compile(
    r"^Vorbemerkung (der|des) Fragesteller(s|in|innen)?\s*:?\s*(?P<rest>.*)$", re.I
)
_PRE_GOVERNMENT = re.compile(
    r"^Vorbemerkung(?: (?:der|des) (?:Bundesregierung|Landesregierung|Staatsregierung|"
    r"Senats|Verwaltung|Senatsverwaltung))?\s*:?\s*(?P<rest>.*)$"
)


@dataclass
class Question:
    nr: int
    text: str
    subs: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Answer:
    ids: list[str]
    paragraphs: list[str] = field(default_factory=list)
    note: str | None = None


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


class _Parser:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.result = Imported()
        self.front: list[str] = []
        self.pending: list[str] = []  # question ids asked since the last answer
        self.answer: Answer | None = None
        self.question: Question | None = None
        self.mode = "front"  # front, pre_askers, pre_government, question, answer
        self.pre: list[str] = []

    # --- the walk -------------------------------------------------------------------------

    def run(self) -> Imported:
        lines = self.lines
        i = 0
        while i < len(lines):
            i = self.step(i)
        self.flush_pre()
        self.close_answer()
        read_front(self.front, self.result)
        return self.result

    def next_nr(self) -> int:
        return self.result.fragen[-1].nr + 1 if self.result.fragen else 1

    def known(self) -> list[str]:
        out = []
        for q in self.result.fragen:
            out.append(str(q.nr))
            out += [f"{q.nr}{s}" for s, _ in q.subs]
        return out

    def step(self, i: int) -> int:
        line = self.lines[i]
        if not line:
            self.text("")
            return i + 1
        if self.result.fragen and _CLOSING.match(line):
            return len(self.lines)  # signatures and greetings are not part of any answer
        if self.mode in ("front", "pre_askers") and (m := _ASK.match(line)):
            if m["vor"].strip():
                self.text(m["vor"].strip())
            if self.mode == "front":
                self.split_front_preamble()
            self.flush_pre()
            self.mode = "asked"
            return i + 1
        if (m := _PRE_ASKERS.match(line)) and not self.result.fragen:
            self.flush_pre()
            self.mode = "pre_askers"
            if m["rest"]:
                self.text(m["rest"])
            return i + 1
        if (m := _PRE_GOVERNMENT.match(line)) and line.startswith("Vorbemerkung"):
            if not self.result.fragen or self.mode == "answer":
                self.flush_pre()
                self.mode = "pre_government"
                if m["rest"]:
                    self.text(m["rest"])
                return i + 1
        if (m := _GROUP.match(line)) and self.result.fragen:
            ids = self.question_list(m["liste"])
            if ids:
                self.start_answer(ids)
                if m["rest"]:
                    self.text(m["rest"])
                return i + 1
        if self.is_question(line):
            return self.read_question(i)
        if self.result.fragen and (m := _SUB.match(line)) and self.is_sub(m[1]):
            return self.read_sub(i, m[1], m[2])
        if self.result.fragen and (label := self.answer_label(line)):
            ids, rest = label
            self.start_answer(ids)
            if rest:
                self.text(rest)
            return i + 1
        self.text(line)
        return i + 1

    # --- questions ------------------------------------------------------------------------

    def is_question(self, line: str) -> bool:
        m = _QUESTION.match(line)
        if not m:
            return False
        nr, rest = int(m[1]), m[2]
        if line.lower().startswith("frage"):
            return nr == self.next_nr()
        word = rest.split(" ", 1)[0].rstrip(",.;:") if rest else ""
        if word in _NOT_A_QUESTION or (word[:1].isdigit()) or (rest[:1].islower()):
            return False
        if ":" in line[: len(m[1]) + 2] and not rest:
            return False
        return nr == self.next_nr()

    def read_question(self, i: int) -> int:
        m = _QUESTION.match(self.lines[i])
        assert m is not None
        self.flush_pre()
        self.close_answer()
        q = Question(int(m[1]), "")
        self.result.fragen.append(q)
        self.question = q
        parts = [m[2]] if m[2] else []
        j = self.read_question_text(i + 1, parts)
        q.text = " ".join(parts).strip()
        self.pending.append(str(q.nr))
        self.mode = "question"
        return j

    def read_question_text(self, j: int, parts: list[str]) -> int:
        """Lines of a question: up to the line ending its first '?', then further sentences
        that are questions too ('Wenn ja, welche …?'), up to a structural line."""
        lines = self.lines
        while j < len(lines) and not _ends_question(" ".join(parts)):
            if self.structural(lines[j]):
                return j
            if lines[j]:
                parts.append(lines[j])
            elif parts and not _ends_question(" ".join(parts)) and ends_sentence(parts[-1]):
                return j + 1  # a question that does not end in '?': one paragraph only
            j += 1
        while True:
            k = j
            while k < len(lines) and not lines[k]:
                k += 1
            chunk: list[str] = []
            while k < len(lines) and lines[k] and not self.structural(lines[k]):
                chunk.append(lines[k])
                if _ends_question(lines[k]) or ends_sentence(lines[k]):
                    break
                k += 1
            text = " ".join(chunk)
            if chunk and (_ends_question(text) or re.match(r"^\(?[Bb]itte\b", text)):
                parts.extend(chunk)
                j = k + 1
                continue
            return j

    def structural(self, line: str) -> bool:
        if not line:
            return False
        if (
            self.is_question(line)
            or _GROUP.match(line)
            or _PRE_GOVERNMENT.match(line)
            and (line.startswith("Vorbemerkung"))
        ):
            return True
        m = _SUB.match(line)
        if m and self.question is not None and self.is_sub(m[1]):
            return True
        return bool(self.answer_label(line))

    def is_sub(self, letter: str) -> bool:
        q = self.question or (self.result.fragen[-1] if self.result.fragen else None)
        if q is None:
            return False
        expected = chr(ord(q.subs[-1][0]) + 1) if q.subs else "a"
        return letter == expected

    def read_sub(self, i: int, letter: str, first: str) -> int:
        q = self.question or self.result.fragen[-1]
        self.close_answer()
        q.subs.append((letter, ""))
        parts = [first] if first else []
        j = self.read_question_text(i + 1, parts)
        q.subs[-1] = (letter, " ".join(parts).strip())
        self.pending.append(f"{q.nr}{letter}")
        self.mode = "question"
        return j

    # --- answers --------------------------------------------------------------------------

    def answer_label(self, line: str) -> tuple[list[str], str] | None:
        """'Antwort zu 1:', 'zu Frage 1:', 'Zu den Fragen 1 und 2:', 'Zu 2 a):', 'Antwort:'."""
        if (m := _ANSWER_WORD.match(line)) and self.pending:
            return list(self.pending), m["rest"] or ""
        lowered = line.lower()
        if not (lowered.startswith("antwort") or lowered.startswith("zu ")):
            return None
        m = _LABEL.match(line)
        if not m:
            return None
        ids = self.question_list(m["liste"])
        return (ids, m["rest"]) if ids else None

    def question_list(self, text: str) -> list[str]:
        """'1, 2, 2 a) und 2 b)' or '1 bis 18' → question ids the document has."""
        known = self.known()
        ids: list[str] = []
        for part in re.split(r"\s*(?:,|\bund\b|\bsowie\b)\s*", text.strip()):
            if not part:
                continue
            if m := re.match(r"^(\d+\s*[a-z]?)\)?\s+bis\s+(\d+\s*[a-z]?)\)?$", part):
                a, b = (re.sub(r"\s", "", x) for x in (m[1], m[2]))
                if a in known and b in known:
                    ids += known[known.index(a) : known.index(b) + 1]
                    continue
                return []
            qid = re.sub(r"[\s)]", "", part)
            if qid not in known:
                return []
            ids.append(qid)
        return ids

    def start_answer(self, ids: list[str]) -> None:
        self.flush_pre()
        self.close_answer()
        self.answer = Answer(ids)
        self.result.antworten.append(self.answer)
        self.pending = [q for q in self.pending if q not in ids]
        self.mode = "answer"

    def close_answer(self) -> None:
        if self.answer is not None:
            self.answer.paragraphs = _join(self.answer.paragraphs)
        self.answer = None

    def text(self, line: str) -> None:
        """Running text: to the preamble being read, the answer, or the front matter."""
        if self.mode in ("pre_askers", "pre_government"):
            self.pre.append(line)
        elif self.mode == "answer" and self.answer is not None:
            self.answer.paragraphs.append(line)
        elif self.mode == "question":
            if not line:
                return
            # Text after questions without an answer label: the answer to the last of them.
            last = self.pending[-1] if self.pending else None
            if last is None:
                return
            earlier = [q for q in self.pending if q != last]
            self.start_answer([last])
            assert self.answer is not None
            if earlier:
                self.answer.note = (
                    f"the text after question {_label(last)} is imported as its answer; "
                    f"{', '.join(map(_label, earlier))} had no answer of their own"
                )
            self.answer.paragraphs.append(line)
        elif self.mode == "asked":
            if line:
                self.result.notes.append(f"text between questions ignored: {line[:60]}")
        else:
            self.front.append(line)

    def flush_pre(self) -> None:
        if self.mode == "pre_askers":
            self.result.vorbemerkung_fragesteller += _join(self.pre)
        elif self.mode == "pre_government":
            self.result.vorbemerkung += _join(self.pre)
        self.pre = []
        if self.mode in ("pre_askers", "pre_government"):
            self.mode = "asked" if not self.result.fragen else "answer"

    def split_front_preamble(self) -> None:
        """Before 'Wir fragen die Bundesregierung:' the askers' own text stands after the title
        (Bavaria, Brandenburg): it is their preamble."""
        end = title_end(self.front)
        if end is not None:
            self.pre = self.front[end:]
            self.front = self.front[:end]
            self.mode = "pre_askers"

    # --- metadata -------------------------------------------------------------------------


def _label(qid: str) -> str:
    m = re.match(r"^(\d+)([a-z]*)$", qid)
    return f"{m[1]} {m[2]})" if m and m[2] else qid


_QUESTION_END = re.compile(r"\?[\s)“\"]*$")


def _ends_question(text: str) -> bool:
    return bool(_QUESTION_END.search(text))


def _join(lines: list[str]) -> list[str]:
    """Paragraphs from lines: a blank line ends one; so does a short line ending a sentence
    where the text export lost its blank lines."""
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
        if current and heading(current[-1]) and len(current) == 1:
            out.append(current[0])
            current = []
        if current and re.match(r"^[-•–]\s", line):  # a list item starts a paragraph
            out.append(" ".join(current))
            current = []
        current.append(line)
        if line.endswith(":") or ends_sentence(line) and len(line) < 0.85 * wide:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def heading(line: str) -> bool:
    """A short line without closing punctuation: a subheading such as 'Wirtschaft'."""
    return len(line) <= 60 and line[:1].isupper() and not re.search(r"[.,;:?!-]$", line)


def parse(lines: list[str]) -> Imported:
    """The structure of a cleaned document."""
    return _Parser(lines).run()
