"""Reading the structure of a Kleine Anfrage (and its answer, where the document holds one)
from cleaned lines: metadata, askers, title, preambles, questions, sub-questions, answers.

The phrases come from the import layout (`layout.py`); this module holds the walk. It never
guesses a value: what it cannot find stays None. Pure functions on strings.
"""

from __future__ import annotations

import re

from anfrage.importing.found import Answer, Imported, Question
from anfrage.importing.frontmatter import read_front
from anfrage.importing.labels import key, question_ids, question_list, take_paragraphs, whole
from anfrage.importing.layout import Layout
from anfrage.importing.questions import (
    FIRST_SUB,
    QuestionReader,
    join_bare_numbers,
    next_numbers,
    not_a_question,
)

_LATE_FRONT = re.compile(
    r"^(?:Kleine\s?Anfrage|KLEINE\s?ANFRAGE|Schriftliche\s?(?:Kleine\s?)?Anfrage)\s(?:des|der)(?:\s|$)"
)
"""A title block printed after the questions (Baden-Württemberg, Thüringen)."""

_NUMBERED = re.compile(r"^\d{1,3}(?:\.\d{1,2})?\.?\)?(?:\s|$)")
_NUMBERED_END = re.compile(r"(?:^|\s)\d{1,3}\.$")
_SUB = re.compile(r"^([a-z])(\)|\.)\s*(.*)$")


class _Parser(QuestionReader):
    def __init__(self, lines: list[str], layout: Layout, flat: bool) -> None:
        super().__init__(lines, layout)
        self.flat = flat
        self.result = Imported()
        self.front: list[str] = []
        self.pending: list[str] = []  # question ids asked since the last answer
        self.answer: Answer | None = None
        self.question: Question | None = None
        self.repeating: Question | None = None
        self.mode = "front"
        self.pre: list[str] = []
        self.repeat_next: str | None = None
        self.decimal = False
        self.unnumbered = False
        self.prev = ""
        self.asked_in_front = False
        self.repeating_now = False

    # --- the walk -------------------------------------------------------------------------

    def run(self) -> Imported:
        i = 0
        while i < len(self.lines):
            self.prev = next((x for x in reversed(self.lines[max(0, i - 3) : i]) if x), "")
            i = self.step(i)
        self.flush_pre()
        self.close_answer()
        if self.unnumbered:
            self.result.fragen.sort(key=lambda q: key(q.nr))
        read_front(
            self.front,
            self.result,
            self.layout,
            preamble=self.asked_in_front,
            rest=" ".join(self.lines[-40:]),
            lines=not self.flat,
        )
        return self.result

    def step(self, i: int) -> int:  # noqa: C901 - one branch per kind of line
        line = self.lines[i]
        layout = self.layout
        if not line:
            self.text("")
            return i + 1
        if self.result.fragen and layout.closing.match(line):
            self.close_answer()
            self.mode = "closed"
            return i + 1
        if self.mode == "late_front" and not self.question_start(line):
            if not self.answer_label(line, probe=True):
                self.front.append(line)
                return i + 1
        if line in self.layout.data.antwort:
            self.result.notes.append(f"an answer label without numbers ignored: {line!r}")
            return i + 1
        if self.result.fragen and _LATE_FRONT.match(line):
            self.close_answer()
            self.mode = "late_front"
            self.front.append(line)
            return i + 1
        if self.mode in ("front", "pre_askers", "pre_government", "asked") and (
            m := whole(layout.asks, line)
        ):
            if m.start():
                self.text(line[: m.start()].strip())
            self.asked_in_front = self.mode == "front"
            self.flush_pre()
            self.mode = "asked"
            return i + 1
        if m := whole(layout.answers_begin, line):
            # '[Namens der Landesregierung beantwortet der Minister] die Kleine Anfrage wie
            # folgt:' - the sentence is the heading of the answer part; before the questions,
            # the header may run into it (flattened text).
            if self.mode == "front" and m.start():
                self.text(line[: m.start()].strip())
            self.begin_answers()
            return i + 1
        if self.answer_heading(line, self.lines[i - 1] if i else "") and (
            self.result.fragen or self.mode in ("pre_askers", "asked")
        ):
            self.begin_answers()
            return i + 1
        if not self.result.fragen and (m := layout.pre_askers.match(line)):
            self.flush_pre()
            self.mode = "pre_askers"
            self.text(line[m.end() :])
            return i + 1
        if (m := layout.pre_government.match(line)) and (
            not self.result.fragen or self.mode in ("answer", "answers")
        ):
            self.flush_pre()
            self.close_answer()
            self.mode = "pre_government"
            self.text(line[m.end() :])
            return i + 1
        if self.result.fragen and self.group(line):
            return i + 1
        if (q := self.question_start(line)) is not None:
            return self.read_question(i, *q)
        if self.mode == "question" and (m := _SUB.match(line)) and self.is_sub(m[1], m[2], m[3]):
            return self.read_sub(i, m[1], m[3])
        if label := self.answer_label(line):
            ids, rest = label
            self.start_answer(ids)
            self.text(rest)
            return i + 1
        self.text(line)
        return i + 1

    def begin_answers(self) -> None:
        """The government's answer part begins ('Antwort der Landesregierung', '… wie folgt:')."""
        self.flush_pre()
        self.close_answer()
        if self.result.fragen:
            self.mode = "answers"
            self.repeat_next = self.result.fragen[0].nr
        else:
            self.mode = "pre_askers" if self.mode == "front" else "asked"

    def group(self, line: str) -> bool:
        """A grouping sentence: 'Die Fragen 1 und 2 werden zusammenhängend beantwortet.'"""
        if not self.layout.group_start.match(line):
            return False
        for pattern in self.layout.groups:
            m = pattern.match(line)
            if not m:
                continue
            liste = m.groupdict().get("liste")
            ids = self.question_list(liste)[0] if liste else []
            answer = self.answer
            if answer is not None and not any(answer.paragraphs):
                self.text(m["rest"])
                return True  # 'Zu 1. und 2.: Beide Fragen werden im Zusammenhang beantwortet.'
            if ids:
                self.start_answer(ids)
                self.text(m["rest"])
                return True
        return False

    # --- questions ------------------------------------------------------------------------

    def expected(self) -> set[str]:
        last = self.result.fragen[-1].nr if self.result.fragen else None
        return next_numbers(last, self.decimal)

    def question_start(self, line: str, prev: str | None = None) -> tuple[str, str, bool] | None:
        """(number, text, is a repetition) where `line` (after `prev`) starts a question."""
        m = self.layout.question_label.match(line)
        if not m:
            return None
        rest = m["rest"]
        if m["label"]:
            nr = m["lnr"].replace("l", "1").replace("I", "1")
        else:
            nr = m["nr"]
            if not rest and self.flat:
                return None
            if not FIRST_SUB.match(rest) and not_a_question(
                rest, self.prev if prev is None else prev
            ):
                return None
        if nr in self.expected():
            return nr, rest, False
        if self.repeat_next == nr or self.repeats(nr, rest):
            return nr, rest, True
        return None

    def repeats(self, nr: str, rest: str) -> bool:
        """The answer part repeats question `nr` word for word before answering it."""
        asked = next((q for q in self.result.fragen if q.nr == nr), None)
        start = " ".join(rest.split())[:40]
        return asked is not None and len(start) >= 20 and asked.text.startswith(start)

    def read_question(self, i: int, nr: str, first: str, repeat: bool) -> int:
        self.flush_pre()
        self.close_answer()
        parts = [first] if first else []
        self.mode = "question"
        if repeat:
            j = self.read_question_text(i + 1, parts)
            last = self.result.antworten[-1] if self.result.antworten else None
            if last is not None and last.implicit and nr in last.ids:
                # Text between the question paper and the answer part that repeats the
                # questions (a signature, footnotes): no answer.
                self.result.antworten.pop()
                self.result.notes.append(
                    f"text before the repeated questions ignored: {' '.join(last.paragraphs)[:60]}"
                )
            q = next(q for q in self.result.fragen if q.nr == nr)
            later = [x.nr for x in self.result.fragen]
            idx = later.index(nr)
            self.repeat_next = later[idx + 1] if idx + 1 < len(later) else None
            self.question = q
            if self.answer is None and self.mode == "question" and self.repeating_now:
                self.pending.append(nr)  # several questions repeated, then one answer
            else:
                self.pending = [nr]
            self.repeating_now = True
            return j
        q = Question(nr, "")
        if "." in nr:
            self.decimal = True
        self.result.fragen.append(q)
        self.question = q
        self.pending.append(nr)
        if sub := FIRST_SUB.match(first):  # '1. a) …': no text of its own, only sub-questions
            return self.read_sub(i, "a", first[sub.end() :].strip())
        j = self.read_question_text(i + 1, parts)
        q.text = " ".join(parts).strip()
        return j

    def is_sub(self, letter: str, form: str, rest: str) -> bool:
        """'a) …' or 'a. …' with the next letter of the question just read."""
        q = self.question
        if q is None or not self.result.fragen or q is not self.result.fragen[-1]:
            return False
        expected = chr(ord(q.subs[-1][0]) + 1) if q.subs else "a"
        return letter == expected and bool(rest) and (form == ")" or not rest[:1].islower())

    def structural(self, line: str, prev: str = "") -> bool:
        """A line that starts something else: a question, sub-question, label or heading."""
        if not line:
            return False
        layout = self.layout
        if self.question_start(line, prev) is not None or self.answer_label(line, probe=True):
            return True
        if (m := _SUB.match(line)) and self.is_sub(m[1], m[2], m[3]):
            return True
        if layout.group_start.match(line) and any(p.match(line) for p in layout.groups):
            return True
        return bool(
            layout.pre_government.match(line)
            or layout.closing.match(line)
            or self.answer_heading(line, prev)
            or whole(layout.answers_begin, line)
            or _LATE_FRONT.match(line)
        )

    def read_sub(self, i: int, letter: str, first: str) -> int:
        q = self.question
        assert q is not None
        parts = [first] if first else []
        q.subs.append((letter, ""))
        self.pending.append(f"{q.nr}{letter}")
        self.mode = "question"
        j = self.read_question_text(i + 1, parts)
        q.subs[-1] = (letter, " ".join(parts).strip())
        return j

    # --- answers --------------------------------------------------------------------------

    def answer_label(self, line: str, probe: bool = False) -> tuple[list[str], str] | None:
        """'Zu 1.:', 'zu Frage 1 und 2:', 'Zu den Fragen 1 und 3:', 'Zu a)', 'Antwort:'.
        With `probe`, only whether it is one (nothing is taken from the text)."""
        if (m := self.layout.answer_word.match(line)) and self.pending:
            return list(self.pending), m["rest"] or ""
        m = self.layout.answer_label.match(line[:300])
        if not m:
            return None
        ids, unknown = self.question_list(m["liste"])
        if ids and not unknown:
            return ids, m["rest"]
        if unknown and not self.numbered() and all(re.fullmatch(r"\d+", u) for u in unknown):
            if probe:
                return unknown, ""
            if self.unnumbered_questions(unknown):
                return self.question_list(m["liste"])[0], m["rest"]
        return None

    def numbered(self) -> bool:
        """Questions were read with their numbers (not only from answer labels)."""
        return bool(self.result.fragen) and not self.unnumbered

    def unnumbered_questions(self, numbers: list[str]) -> bool:
        """Saarland: questions repeated without numbers, numbered by the label after them
        ('Zu den Fragen 1 und 3:'). The paragraphs just before the label are the questions."""
        buffer = self.answer.paragraphs if self.answer is not None else self.pre or self.front
        taken = None if self.flat else take_paragraphs(buffer, len(numbers))
        if taken is None:
            return False
        for nr, lines in zip(sorted(numbers, key=int), taken, strict=True):
            self.result.fragen.append(Question(nr, " ".join(lines)))
        self.unnumbered = True
        return True

    def question_list(self, text: str) -> tuple[list[str], list[str]]:
        """(ids the document has, numbers it does not have) of a list of question numbers."""
        main = self.question.nr if self.question else None
        return question_list(text, question_ids(self.result.fragen), main)

    def start_answer(self, ids: list[str]) -> None:
        self.flush_pre()
        self.close_answer()
        self.answer = Answer(ids)
        self.result.antworten.append(self.answer)
        self.pending = [q for q in self.pending if q not in ids]
        self.mode = "answer"

    def close_answer(self) -> None:
        if self.answer is not None:
            self.answer.paragraphs = self.join(self.answer.paragraphs)
        self.answer = None

    def text(self, line: str) -> None:
        """Running text: to the preamble being read, the answer, or the front matter."""
        if self.mode in ("pre_askers", "pre_government", "asked"):
            self.pre.append(line)
        elif self.mode == "answer" and self.answer is not None:
            self.answer.paragraphs.append(line)
        elif self.mode in ("question", "answers"):
            if line and self.pending:
                self.implicit_answer(line)
        elif self.mode == "closed":
            if line:
                self.result.notes.append(f"text after a closing formula ignored: {line[:60]}")
                self.mode = "closed_noted"
        elif self.mode in ("front", "late_front"):
            if (
                self.flat
                and self.front
                and line
                and len(self.front[-1]) < 2000  # a header piece is short; keeps this linear
                and (_NUMBERED.match(line) or _NUMBERED_END.search(self.front[-1]))
            ):
                self.front[-1] += " " + line  # '… vom 21.' + 'Oktober 2014': one piece
            else:
                self.front.append(line)

    def implicit_answer(self, line: str) -> None:
        """Text after questions without an answer label answers the open questions (Hamburg
        lists several questions, then one answer)."""
        mains = [q for q in self.pending if re.fullmatch(r"[\d.]+", q)] or list(self.pending)
        self.start_answer(mains)
        assert self.answer is not None
        self.answer.implicit = True
        if len(mains) > 1:
            self.answer.note = (
                f"the text after question {mains[-1]} is imported as the answer to "
                f"{', '.join(mains)}, which have no answer label of their own"
            )
        self.answer.paragraphs.append(line)

    def flush_pre(self) -> None:
        if self.mode == "pre_askers":
            self.result.vorbemerkung_fragesteller += self.join(self.pre)
        elif self.mode == "pre_government":
            self.result.vorbemerkung += self.join(self.pre)
        elif self.mode == "asked" and any(self.pre):
            self.result.vorbemerkung += self.join(self.pre)
        self.pre = []


def parse(lines: list[str], layout: Layout | None = None, *, flat: bool = False) -> Imported:
    """The structure of a cleaned document."""
    if layout is None:
        from anfrage.importing.layout import load_layouts

        layout = load_layouts(None).layout(None)
    return _Parser(join_bare_numbers(lines), layout, flat).run()
