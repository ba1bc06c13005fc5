"""Lists of question numbers in answer labels and grouping sentences ('1, 2, 2 a) und 2 b)',
'3, a), b) und c)', '1.1 bis 3.3'), and the questions a label numbers after the fact.

Pure functions on strings.
"""

from __future__ import annotations

import re

from anfrage.importing.found import Question


def key(nr: str) -> tuple[int, ...]:
    """A question number as a sort key: '1.10' after '1.9'."""
    return tuple(int(p) for p in nr.split(".") if p)


def whole(pattern: re.Pattern[str], line: str) -> re.Match[str] | None:
    """`pattern` ending the line ('Vor diesem Hintergrund frage ich den Senat:')."""
    m = pattern.search(line, max(0, len(line) - 160))  # a lead-in is short: only its end
    return m if m and not line[m.end() :].strip() else None


def question_ids(fragen: list[Question]) -> list[str]:
    """Every id in document order: '1', '2', '2a', '2b', '3' …"""
    out = []
    for q in fragen:
        out.append(q.nr)
        out += [f"{q.nr}{s}" for s, _ in q.subs]
    return out


def question_list(text: str, known: list[str], main: str | None) -> tuple[list[str], list[str]]:
    """'1, 2, 2 a) und 2 b)', '3, a), b) und c)', '1.1 bis 3.3' → (ids the document has,
    numbers it does not have). A bare letter belongs to the number before it (or `main`)."""
    ids: list[str] = []
    unknown: list[str] = []
    for part in re.split(r"\s*(?:,|\bund\b|\bsowie\b)\s*", text.strip()):
        part = part.strip()
        if not part:
            continue
        if m := re.match(r"^(\S+(?:\s[a-z]\))?)\s+bis\s+(\S+(?:\s[a-z]\))?)$", part):
            a, b = (_qid(x, main) for x in (m[1], m[2]))
            if a in known and b in known:
                ids += known[known.index(a) : known.index(b) + 1]
                continue
            return [], [a]
        qid = _qid(part, main)
        if re.fullmatch(r"\d+(?:\.\d+)?", qid):
            main = qid
        (ids if qid in known else unknown).append(qid)
    return ids, unknown


def _qid(part: str, main: str | None) -> str:
    """'2 a)' → '2a'; 'a)' after 3 → '3a'; '1.' → '1'; '1.1' stays."""
    part = part.strip().rstrip(".:")
    if m := re.fullmatch(r"([a-z])\)?", part):
        return f"{main}{m[1]}" if main else m[1]
    return re.sub(r"[\s)]", "", part).replace(".)", "").rstrip(".")


def take_paragraphs(buffer: list[str], count: int) -> list[list[str]] | None:
    """The last `count` paragraphs of `buffer` (lines, "" between paragraphs), taken out of
    it; None (and `buffer` unchanged) unless there are that many and none ends in '.'."""
    paragraphs: list[list[str]] = [[]]
    for line in buffer:
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    paragraphs = [p for p in paragraphs if p]
    if len(paragraphs) < count:
        return None
    taken = paragraphs[-count:]
    if any(p[-1].endswith(".") for p in taken):
        return None  # an answer's sentence, not a question
    cut = len(buffer)
    remaining = count
    while remaining and cut > 0:
        cut -= 1
        if buffer[cut] and (cut == 0 or not buffer[cut - 1]):
            remaining -= 1
    del buffer[cut:]
    return taken
