"""The title of a Kleine Anfrage: after a marker of the layout ('zum Thema:', 'Betr.:'), or
else after the askers and what follows them in the header ('vom 31.08.2017', '– Drucksache
18/4548 –', 'und Antwort des Ministeriums für …'). It ends at the next structure, at a
closing '?', or where a sentence of the askers' preamble begins.

Pure functions on strings.
"""

from __future__ import annotations

import re

from anfrage.importing.layout import Layout, alternation

_DATE = r"\d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[A-ZÄÖÜ][a-zäöü]+\.?\s\d{4})"
_LEAD = re.compile(
    r"^(?:[\s,:;–-]"
    rf"|vom\s{_DATE}(?:\s?[–-]\s?{_DATE})?"
    rf"|{_DATE}"
    r"|\((?:Eingang|Eingegangen)[^()]{0,80}\)"
    r"|(?:[–-]\s?)?(?:Drucksache|Drs\.)\s?\d{1,2}\s?/\s?\d+(?:\s\d{3})*(?:\s?[–-])?"
    r"|(?:eingegangen|Eingang)\s(?:am\s)?"
    r"|zur\sschriftlichen\sBeantwortung"
    r")+"
)
_STOPS = [
    "und Antwort",
    "und ANTWORT",
    "Kleine Anfrage -",
    "Kleine Anfrage –",
    "Die Kleine Anfrage",
    "Sehr geehrte",
    "Im Namen",
    "Namens der",
]
_AUTHORITY_WORD = re.compile(r"[A-ZÄÖÜ][\w-]*")
_ANSWER_BY = re.compile(r"^(?:und\s)?(?:Antwort|ANTWORT)(?:\s(?:des|der|zu der)\s|\s(?=[A-ZÄÖÜ]))")
_AUTHORITY = re.compile(
    r"(?:Landesregierung|Bundesregierung|Staatsregierung|Senats?|(?=[A-ZÄÖÜ])\w*"
    r"(?:ministeri|kanzlei|Ministeri|Chef|Leiter|Minister|Senator)\w*)"
)
_ITEM = r"(?:[A-ZÄÖÜ]\w*(?:isch|lich|ig|al|ell|är|iv)(?:en|er|es|e)\s)?[A-ZÄÖÜ][\w-]*"
"""A noun of a remit, with an adjective before it ('Ländlichen Raum'); not 'Kommunen X'."""
_REMIT = re.compile(
    rf"^(?:und\s)?für\s(?:{_ITEM}(?:,\s{_ITEM}){{0,5}}\sund\s{_ITEM}|[A-ZÄÖÜ][\w-]*)\s?"
)
"""A ministry's remit: 'für Kultus, Jugend und Sport', 'für Ländlichen Raum und
Verbraucherschutz', or one word ('für Finanzen'); a title's own 'und' further on is not
part of it ('für Finanzen Einsatz von Steuergeldern und …')."""


def authority_line(line: str) -> bool:
    """'Antwort des Ministeriums des Inneren, für Digitalisierung und Kommunen': a line that
    names who answers. Where the text keeps its line breaks, the whole line is that name."""
    m = _ANSWER_BY.match(line)
    return bool(m and _AUTHORITY.match(line[m.end() :]))


def _skip_authority(text: str) -> str:
    """'und Antwort des Ministeriums für Ländlichen Raum und Verbraucherschutz X' → 'X':
    the authority is one word, its genitive chain ('Chefs der Staatskanzlei', 'des Inneren,
    für …'), and a 'für …' remit; a dash adds another ('Landesregierung – Ministerium für …')."""
    m = _ANSWER_BY.match(text)
    if not m:
        return text
    rest = text[m.end() :]
    if not _AUTHORITY.match(rest):
        if m[0].strip() in ("und Antwort", "und ANTWORT"):
            return rest  # Berlin: 'und Antwort <title>'
    while True:
        word = _AUTHORITY_WORD.match(rest)
        if not word:
            return rest
        rest = rest[word.end() :].lstrip(" ,")
        while g := re.match(r"^(?:der|des)\s[A-ZÄÖÜ][\w-]*(?:,\s(?=für\s))?\s?", rest):
            rest = rest[g.end() :]
        if f := _REMIT.match(rest):
            rest = rest[f.end() :]
        if d := re.match(r"^[–-]\s", rest):
            rest = rest[d.end() :]
            continue
        return rest


_PART = re.compile(r"\((?:[IVX]{1,5}|\d{1,2}|Teil\s\d{1,2})\)")
"""The number of a follow-up inquiry after its title: '(II)', '(2)', '(Teil 2)'."""


def _with_part(line: str, more: str) -> str:
    """`line` and, where the next line is only a part number ('(II)'), that number too."""
    nxt = more.partition("\n")[0].strip()
    return f"{line} {nxt}" if _PART.fullmatch(nxt) else line


def _cut(title: str, layout: Layout, stops: list[str]) -> str:
    """The title up to a stop phrase, a closing '?', or the askers' first sentence."""
    if stops:
        m = re.search(rf"\s?(?:{alternation(stops)})", title)
        if m and m.start() > 0:
            title = title[: m.start()]
    # the heading 'Kleine Anfrage' above the questions, run on in flattened text (BW 17th term)
    title = re.sub(r"\s(?:Kleine\s?Anfrage|KLEINE\s?ANFRAGE)$", "", title)
    if (q := title.find("? ")) > 0:
        part = _PART.match(title, q + 2)  # '… Mitteln? (II)': the part number stays
        title = title[: part.end() if part else q + 1]
    if title.endswith(".") and (m := layout.sentence_start.search(title)) and m.start() > 8:
        title = title[: m.start()]
    return title.strip(" ,;")


def read_title(
    segments: list[str], askers_end: tuple[int, int] | None, layout: Layout, *, lines: bool = False
) -> str | None:
    """The title from the header's pieces; None where none is found. With `lines`, the pieces
    are the printed lines: a line naming who answers ends there (the title is on the next)."""
    stops = _STOPS
    text = "\n".join(segments)
    for pattern, rule in layout.titles:
        m = pattern.search(text)
        if not m:
            continue
        rest = text[m.end() :]
        line, _, more = rest.partition("\n")
        if not line.strip():  # 'zum Thema:' on a line of its own
            line, _, more = more.partition("\n")
        while more and re.match(r"[a-zäöü]", more) and not line.rstrip().endswith((".", "?")):
            nxt, _, more = more.partition("\n")  # a title printed over two lines
            line = f"{line} {nxt}"
        line = _LEAD.sub("", _with_part(line, more).strip())
        title = _cut(line, layout, stops + rule.vor)
        if title:
            return title
    if askers_end is None:
        return None
    i, offset = askers_end
    rest = segments[i][offset:]
    continued = False
    following = [rest, *segments[i + 1 : i + 5]]
    for n, segment in enumerate(following[:4]):
        if lines and (continued or authority_line(segment)):
            # its name may go on over the next line: 'für Umwelt, Klima und' + 'Energiewirtschaft'
            continued = bool(re.search(r"(?:\s(?:und|für|der|des)|[,–-])$", segment))
            continue
        segment = _with_part(segment, "".join(following[n + 1 : n + 2]))
        candidate = _skip_authority(_LEAD.sub("", segment.strip()))
        candidate = _LEAD.sub("", candidate)
        if re.match(r"^(?:und|ANTWORT der Landesregierung|A\s?N\s?T\s?W\s?O\s?R\s?T)?$", candidate):
            continue
        title = _cut(candidate, layout, stops)
        return title or None
    return None
