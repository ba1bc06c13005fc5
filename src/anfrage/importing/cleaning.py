"""Cleaning the text layer of a Drucksache into lines: running headers, footers and page
numbers removed, hyphenation at line ends joined, whitespace and quotes normalised.

Pure functions on strings; the importer reads structure from the result. An empty string in
the returned lines marks a paragraph break.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from anfrage.importing.flat import flattened, remove_imprints, soft_lines, squeeze
from anfrage.importing.layout import Layout

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

_QUOTES = str.maketrans({"‟": "“", "″": '"', "＂": '"', "ﬁ": "fi", "ﬂ": "fl", "\u00ad": None})


@dataclass
class Cleaned:
    """The lines of a document; `flat` when its line breaks were lost and put back softly
    (a line then need not end a paragraph)."""

    lines: list[str]
    flat: bool


def normalise(text: str) -> str:
    """Line ends, spaces, ligatures and quotation marks made uniform; letter-spacing closed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_QUOTES)
    text = _SPACES.sub(" ", text)
    text = _STRAIGHT_QUOTES.sub(r"„\1“", text)  # German quotation marks
    return squeeze(text)


_SPACES = re.compile(r"[\u00a0\u2002-\u200a\u202f\t]")
_STRAIGHT_QUOTES = re.compile(r'"([^"\n]{1,300})"')


def clean_document(text: str, layout: Layout, *, normalised: bool = False) -> Cleaned:
    """The document's lines for the parser, with the layout's letterheads and running headers
    removed; `normalised` when `normalise` was applied already."""
    text = text if normalised else normalise(text)
    if PAGE not in text and flattened(text):
        return Cleaned(soft_lines(text, layout), True)
    text = remove_imprints(text, layout)
    lines = _lines(text)
    kept = []
    for n, line in enumerate(lines):
        if _DASHED_PAGE.match(line):
            continue
        if n > 10 and "Drucksache" in line and layout.running_header.fullmatch(line):
            continue
        kept.append(line)
    return Cleaned(_paragraphs(kept), False)


_DASHED_PAGE = re.compile(r"^[–-]\s?\d{1,3}\s?[–-]$")


def clean(text: str) -> list[str]:
    """Lines of running text, with "" for a paragraph break (general layout)."""
    from anfrage.importing.layout import load_layouts

    return clean_document(text, load_layouts(None).layout(None)).lines


def _lines(text: str) -> list[str]:
    """The lines of a text with page breaks: running headers and page numbers removed,
    hyphenation joined."""
    pages = text.split(PAGE)
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
    return _dehyphenate(lines)


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


def _hyphenated(text: str) -> bool:
    return len(text) > 1 and text[-1] == "-" and text[-2].isalpha()


def _dehyphenate(lines: list[str]) -> list[str]:
    """Join words hyphenated at a line end, across blank lines and page breaks.
    'Landes-' + 'regierung' → 'Landesregierung'; 'Mecklenburg-' + 'Vorpommern' keeps its
    hyphen; 'Kultur-' + 'und' keeps hyphen and space. Linear in the length of the text."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        parts = [lines[i]]
        j = i + 1
        while _hyphenated(parts[-1]):
            k = j
            while k < len(lines) and not lines[k]:
                k += 1
            if k >= len(lines):
                break
            following = lines[k]
            word = following.split(" ", 1)[0]
            if word in _CONJUNCTIONS or not word:
                parts.append(" " + following)
            elif word[0].islower():
                parts[-1] = parts[-1][:-1]
                parts.append(following)
            else:
                parts.append(following)
            j = k + 1
        out.append("".join(parts))
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
