"""Text whose line breaks were lost (a PDF text layer flattened to one line, as many
archives store it): letterheads and running headers out, hyphenation joined, and soft line
breaks put back before everything that can start a structure. The parser decides what each
piece is; a piece that starts nothing is joined to the one before with a space.

Every pattern here is linear: literal phrases, bounded repeats, no nested quantifiers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anfrage.importing.layout import Layout, alternation

_CONJUNCTIONS = {"und", "oder", "bzw.", "sowie", "bis", "als", "wie", "noch", "statt", "u."}
"""Words after a suspended hyphen ("Kultur- und Bildungspolitik"), which keeps its hyphen."""

_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_]{1,2} ){3,}[^\W\d_]{1,2}(?!\S)")
"""A run of one- and two-letter tokens: a letter-spaced word ('K l e i n e A n f r a g e')."""


def squeeze(text: str) -> str:
    """Letter-spaced words closed up: 'A n t w o r t' → 'Antwort'. A run counts when most of
    its tokens are single letters, so that 'da es um zu' stays as it is."""

    def join(m: re.Match[str]) -> str:
        tokens = m[0].split(" ")
        singles = sum(1 for t in tokens if len(t) == 1)
        return "".join(tokens) if singles >= 5 and singles >= 0.75 * len(tokens) else m[0]

    return _SPACED.sub(join, text)


def flattened(text: str) -> bool:
    """Text whose line breaks were lost: long, with hardly any."""
    return len(text) > 400 and text.count("\n") * 300 < len(text)


def remove_imprints(text: str, layout: Layout) -> str:
    """Letterheads, imprints and archive stamps of the layout, replaced by a break."""
    for pattern, _ in layout.imprints:
        text = pattern.sub("\n", text)
    return text


_ANCHOR = re.compile(r"Drucksache|Wahlperiode", re.I)


def remove_running_headers(text: str, layout: Layout) -> str:
    """Running headers of later pages (with their page number) inside flattened text. The
    full pattern is only tried around the words every header has, which keeps this fast."""
    pattern = layout.running_header
    spans: list[tuple[int, int]] = []
    for anchor in _ANCHOR.finditer(text):
        if spans and anchor.start() < spans[-1][1]:
            continue
        at = max(0, anchor.start() - 120, spans[-1][1] if spans else 0)
        end = min(len(text), anchor.end() + 120)
        while (m := pattern.search(text, at, end)) and m.end() < anchor.end():
            at = m.end() if m.end() > at else at + 1
        if m and m.start() <= anchor.start():
            spans.append(m.span())
    out, at = [], 0
    for start, stop in spans:
        out += [text[at:start], "\n"]
        at = stop
    out.append(text[at:])
    return "".join(out)


_FLAT_HYPHEN = re.compile(r"(?<=[A-Za-zÄÖÜäöüß])- (\S+)")


def join_hyphens(text: str) -> str:
    """'Landes- regierung' → 'Landesregierung'; 'Baden- Württemberg' and 'Kultur- und' keep
    their hyphen (the first one also its space: the reading as printed)."""

    def join(m: re.Match[str]) -> str:
        word = m[1]
        if word in _CONJUNCTIONS or not word[0].islower():
            return m[0]
        return word

    return _FLAT_HYPHEN.sub(join, text)


_PAGE_NUMBER = re.compile(
    r"(?<=[.?!])(?<!Abs\.)(?<!Art\.)(?<!Nr\.)(?<!Nrn\.)(?<!Ziff\.)(?<!Kap\.)(?<!Anl\.)"
    r"(?<!Bd\.)(?<!Rn\.)(?<![ (]S\.) (?:[2-9]|[1-9]\d)(?= [A-ZÄÖÜ])"
)
"""A page number left between two sentences ('… eingereicht. 2 Frage 2: …'); not the number
after an abbreviation ('§ 90 Abs. 4 GO', 'Art. 12 GG')."""


_SENTENCE_BREAK = re.compile(
    r"(?<=[.?!)“])(?<!\d\.)(?<!\d\))(?<!\d\.\))(?<![\s(][a-zA-Z][.)])"
    r"(?<!Abg\.)(?<!Dr\.)(?<!Prof\.)(?<!Nr\.)(?<!vgl\.)(?<!St\.)(?<!Drs\.)\s(?=[(„A-ZÄÖÜ])"
)
"""Between sentences: a question ends there, and its answer may begin."""


@lru_cache(maxsize=32)
def breaks(layout: Layout) -> re.Pattern[str]:
    """Where a soft line break goes: before numbers and letters that can label a question or
    sub-question, before answer labels, headings and the layout's fixed phrases."""
    d = layout.data
    label = alternation(d.frage)
    answer_upper = alternation([p for p in d.antwort if p[:1].isupper()])
    answer_lower = alternation([p for p in d.antwort if p[:1].islower()])
    headings = alternation(
        d.vorbemerkung_fragesteller
        + d.vorbemerkung
        + d.schluss
        + [g.split("{fragen}")[0] for g in d.gruppensatz]
    )
    intro = (
        r"(?:Kleine\s*Anfrage|KLEINE\s*ANFRAGE|Schriftliche\s*Anfrage"
        r"|(?<!Kleine )(?<!KLEINE )(?<!Schriftliche )Anfrage)\s(?:des|der)\s"
    )
    return re.compile(
        r"(?<=\s)(?="
        r"(?<!Zu )(?<!zu )(?<!Frage )(?<!Fragen )(?<!bis )(?<!und )(?<!Nr\. )"
        r"(?<!vom )(?<!am )(?<!den )(?<!dem )(?<!zum )(?<!seit )(?<!im )(?<!ab )(?<!, )"
        r"\d{1,3}(?:\.\d{1,2}\.?|\.\)?|\))\s"  # 1. 1.1 1.) 1)
        # a) a. - but not in 'Die Fragen 3, a), b) und c)' or 'Zu a)'
        r"|(?<!, )(?<!und )(?<!bis )(?<!\d )(?<!Zu )(?<!zu )[a-z][.)]\s"
        rf"|(?<!zu )(?<!Zu )(?<!der )(?<!den )"
        rf"(?:{label})\s?[0-9lI]{{1,3}}\s?[:.]"
        rf"|(?:{answer_upper})\s?(?:\d|[a-z]\))"
        rf"|(?:{answer_lower})\s?\d[^:\n]{{0,40}}:"
        rf"|(?:{headings})"
        rf"|{intro}"
        r"|und\s(?:Antwort|ANTWORT)\s?(?:der|des|auf|zu der)\s"
        r"|(?<!und )(?:Antwort|ANTWORT)\s?(?:der|des|auf|zu der)\s"
        r"|Im Namen |Namens der |Wortlaut |Die Kleine Anfrage \d|Antwort:"
        r"|(?<!Vorbemerkung der )(?<!Vorbemerkung des )(?:Abgeordneter?|Abgeordneten)\s[A-ZÄÖÜ]"
        r")"
    )


def soft_lines(text: str, layout: Layout) -> list[str]:
    """A flattened text as pieces, each starting where a structure may start."""
    text = remove_imprints(text, layout)
    text = remove_running_headers(text, layout)
    text = join_hyphens(text)
    text = _PAGE_NUMBER.sub("", text)
    for pattern, _ in layout.titles:
        text = pattern.sub(lambda m: f"\n{m[0]}", text)
    pieces: list[str] = []
    for chunk, heading in _headings(text, layout):
        if heading:  # a lead-in sentence stays whole: the parser knows it by its end
            pieces.append(chunk)
            continue
        chunk = breaks(layout).sub("\n", chunk)
        pieces += _SENTENCE_BREAK.sub("\n", chunk).split("\n")
    return [re.sub(r" {2,}", " ", p).strip() for p in pieces if p.strip()]


_SENTENCE_END = re.compile(
    r"(?<=[^\W\d_)][.?!])(?<!Abg\.)(?<!Dr\.)(?<!Prof\.)(?<!Nr\.)(?<!vgl\.)(?<!Drs\.)\s+(?=[A-ZÄÖÜ„])"
)


def _headings(text: str, layout: Layout) -> list[tuple[str, bool]]:
    """`text` in chunks, each lead-in sentence ('Ich frage die Landesregierung:', 'Der Chef
    der Staatskanzlei hat … wie folgt beantwortet:') a chunk of its own (True)."""
    spans = []
    for pattern in (layout.asks, layout.answers_begin):
        for m in pattern.finditer(text):
            window = max(0, m.start() - 400)
            ends = [e.end() for e in _SENTENCE_END.finditer(text, window, m.start())]
            ends += [h.end() for h in layout.headings.finditer(text, window, m.start())]
            spans.append((max(ends) if ends else m.start(), m.end()))
    out: list[tuple[str, bool]] = []
    at = 0
    for start, end in sorted(spans):
        if start < at:
            continue
        out += [(text[at:start], False), (text[start:end], True)]
        at = end
    out.append((text[at:], False))
    return out
