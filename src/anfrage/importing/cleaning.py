"""Cleaning the text layer of a Drucksache into lines: running headers, footers and page
numbers removed, hyphenation at line ends joined, whitespace and quotes normalised.

Pure functions on strings; the importer reads structure from the result. An empty string in
the returned lines marks a paragraph break.
"""

from __future__ import annotations

import re
from collections import Counter

PAGE = "\f"

_CONJUNCTIONS = {"und", "oder", "bzw.", "sowie", "bis", "als", "wie", "noch", "statt"}
"""Words after a suspended hyphen ("Kultur- und Bildungspolitik"), which keeps its hyphen."""

_RUNNING = [
    # "Drucksache 7/341 Landtag Mecklenburg-Vorpommern - 7. Wahlperiode 2"
    re.compile(r"^Drucksache \d+/\d+\s+.{0,80}?\d+\.\s*Wahlperiode(\s+\d{1,3})?$"),
    # "Deutscher Bundestag – 21. Wahlperiode – 3 – Drucksache 21/7652"
    re.compile(r"^.{0,40}\d+\.\s*Wahlperiode\s+[–-]\s*\d{1,3}\s*[–-]\s+Drucksache \d+/\d+$"),
    re.compile(r"^Drucksache \d+/\d+\s+[–-]\s*\d{1,3}\s*[–-]\s+.{0,80}Wahlperiode$"),
    re.compile(r"^(Seite\s+)?[–-]?\s*\d{1,3}\s*[–-]?(\s*(von|/)\s*\d{1,3})?$"),
]
"""Running headers and footers of later pages, and page numbers."""

_INLINE_RUNNING = re.compile(
    r"\s(Drucksache \d+/\d+ [^\n]{0,80}?\d+\.\s*Wahlperiode \d{1,3}"
    r"|(?:Deutscher Bundestag|(?:[\wÄÖÜäöüß-]+ )?Landtag(?: [\wÄÖÜäöüß-]+)?|Abgeordnetenhaus \w+)"
    r" [–-] \d+\. Wahlperiode [–-] \d{1,3} [–-] Drucksache \d+/\d+)(?=\s|$)"
)
"""A running header inside text flattened to one line: always with a page number."""

_FLAT_BREAKS = re.compile(
    r"(?<=[.?!:“\"])\s+(?=(\d{1,3}\.|Frage \d+:|[a-z]\)|Antwort zu |[Zz]u Frage |"
    r"[Zz]u den Fragen |Die Fragen |Vorbemerkung|Wir fragen |Ich frage |"
    r"Die Staatsregierung wird gefragt)\s*)"
    r"|(?<=\?)\s+(?=[A-ZÄÖÜ„(])"
    r"|\s+(?=(Vorbemerkung(?: (?:der|des) \w+)?\b|Wir fragen die|Ich frage die|"
    r"Die Staatsregierung wird gefragt|KLEINE ANFRAGE|ANTWORT)\b)"
)
"""Where a text flattened to one line had its breaks: before questions, sub-questions and
answer labels that follow the end of a sentence, and before the fixed headings."""

_QUOTES = str.maketrans({"‟": "“", "″": '"', "＂": '"', "ﬁ": "fi", "ﬂ": "fl", "\u00ad": None})


def clean(text: str) -> list[str]:
    """Lines of running text, with "" for a paragraph break."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_QUOTES)
    text = re.sub(r"[\u00a0\u2002-\u200a\u202f\t]", " ", text)
    text = re.sub(r'"([^"\n]{1,300})"', r"„\1“", text)  # German quotation marks
    pages = text.split(PAGE)
    if len(pages) == 1 and _flattened(text):
        text = _INLINE_RUNNING.sub(" ", text)
        text = _flat_hyphens(text)
        text = _FLAT_BREAKS.sub("\n\n", text)
        pages = [text]
    lines: list[str] = []
    edges = _repeated_edges(pages)
    for n, page in enumerate(pages):
        page_lines = [re.sub(r" {2,}", " ", line).strip() for line in page.split("\n")]
        # A page break is no paragraph break: a paragraph often runs on to the next page.
        kept = _strip_edges(page_lines, edges, first=n == 0)
        while kept and not kept[-1]:
            kept.pop()
        if len(pages) > 1:
            while kept and not kept[0]:
                kept.pop(0)
        lines += kept
    return _paragraphs(_dehyphenate(lines))


def _flattened(text: str) -> bool:
    """Text whose line breaks were lost: long, with hardly any."""
    return len(text) > 400 and text.count("\n") * 300 < len(text)


def _flat_hyphens(text: str) -> str:
    """Hyphenation that became 'Landes- regierung' when the line breaks were lost."""

    def join(m: re.Match[str]) -> str:
        word = m[1]
        if word in _CONJUNCTIONS:
            return m[0]  # 'Kultur- und Bildungspolitik'
        return word if word[0].islower() else f"-{word}"

    return re.sub(r"(?<=[A-Za-zÄÖÜäöüß])- (\S+)", join, text)


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.lower())


def _repeated_edges(pages: list[str]) -> set[str]:
    """Lines (with digits generalised) at the top or bottom of two or more pages."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for page in pages:
        content = [line.strip() for line in page.split("\n") if line.strip()]
        seen.update({_shape(line) for line in content[:2] + content[-2:]})
    return {shape for shape, count in seen.items() if count >= 2}


def _strip_edges(lines: list[str], edges: set[str], first: bool) -> list[str]:
    """A page's lines without its running header, footer and page number."""
    content = [i for i, line in enumerate(lines) if line]
    drop: set[int] = set()
    top = content[:3]
    for i in top + content[-3:]:
        running = any(p.match(lines[i]) for p in _RUNNING)
        # The first page's header carries the metadata; only a page number goes there.
        if running and (not first or i not in top or _RUNNING[-1].match(lines[i])):
            drop.add(i)
        elif not first and _shape(lines[i]) in edges:
            drop.add(i)
    return [line for i, line in enumerate(lines) if i not in drop]


def _dehyphenate(lines: list[str]) -> list[str]:
    """Join words hyphenated at a line end, across blank lines and page breaks.
    'Landes-' + 'regierung' → 'Landesregierung'; 'Mecklenburg-' + 'Vorpommern' keeps its
    hyphen; 'Kultur-' + 'und' keeps hyphen and space."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while re.search(r"[A-Za-zÄÖÜäöüß]-$", line) and not line.endswith(" -"):
            k = j
            while k < len(lines) and not lines[k]:
                k += 1
            if k >= len(lines):
                break
            following = lines[k]
            word = following.split(" ", 1)[0]
            if word in _CONJUNCTIONS or not word:
                line = f"{line} {following}"
            elif word[0].islower():
                line = line[:-1] + following
            else:
                line = line + following
            j = k + 1
        out.append(line)
        i = j
    return out


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank lines as paragraph breaks. A text export that puts a blank line after every line
    ("double spaced") has its blanks dropped; its paragraphs are found by the structure."""
    content = [i for i, line in enumerate(lines) if line]
    if len(content) > 4:
        spaced = sum(
            1 for a, b in zip(content, content[1:], strict=False) if b - a == 2 and not lines[a + 1]
        )
        if spaced / (len(content) - 1) > 0.6:
            return [line for line in lines if line]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return out
