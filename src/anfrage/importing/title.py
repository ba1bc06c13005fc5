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


def _skip_authority(text: str) -> str:
    """'und Antwort des Ministeriums für Ländlichen Raum und Verbraucherschutz X' → 'X':
    the authority is one word, its genitive chain ('Chefs der Staatskanzlei'), and a 'für …
    und …' remit; a dash adds another ('Landesregierung – Ministerium für …')."""
    m = re.match(r"^(?:und\s)?(?:Antwort|ANTWORT)(?:\s(?:des|der|zu der)\s|\s(?=[A-ZÄÖÜ]))", text)
    if not m:
        return text
    rest = text[m.end() :]
    if not re.match(
        r"(?:Landesregierung|Bundesregierung|Staatsregierung|Senats?|[A-ZÄÖÜ]\w*"
        r"(?:ministeri|kanzlei|Ministeri|Chef|Leiter|Minister|Senator)\w*)",
        rest,
    ):
        if m[0].strip() in ("und Antwort", "und ANTWORT"):
            return rest  # Berlin: 'und Antwort <title>'
    while True:
        word = _AUTHORITY_WORD.match(rest)
        if not word:
            return rest
        rest = rest[word.end() :].lstrip(" ,")
        while g := re.match(r"^(?:der|des)\s[A-ZÄÖÜ][\w-]*\s?", rest):
            rest = rest[g.end() :]
        if f := re.match(r"^für\s", rest):
            tail = rest[f.end() :]
            und = re.search(r"\bund\s(?:[A-ZÄÖÜ]\w*(?:en|er|es)\s)?[A-ZÄÖÜ][\w-]*\s?", tail[:120])
            rest = tail[und.end() :] if und else tail
        if d := re.match(r"^[–-]\s", rest):
            rest = rest[d.end() :]
            continue
        return rest


def _cut(title: str, layout: Layout, stops: list[str]) -> str:
    """The title up to a stop phrase, a closing '?', or the askers' first sentence."""
    if stops:
        m = re.search(rf"\s?(?:{alternation(stops)})", title)
        if m and m.start() > 0:
            title = title[: m.start()]
    if (q := title.find("? ")) > 0:
        title = title[: q + 1]
    if title.endswith(".") and (m := layout.sentence_start.search(title)) and m.start() > 8:
        title = title[: m.start()]
    return title.strip(" ,;")


def read_title(
    segments: list[str], askers_end: tuple[int, int] | None, layout: Layout
) -> str | None:
    """The title from the header's pieces; None where none is found."""
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
        line = _LEAD.sub("", line.strip())
        title = _cut(line, layout, stops + rule.vor)
        if title:
            return title
    if askers_end is None:
        return None
    i, offset = askers_end
    rest = segments[i][offset:]
    for segment in [rest, *segments[i + 1 : i + 4]]:
        candidate = _skip_authority(_LEAD.sub("", segment.strip()))
        candidate = _LEAD.sub("", candidate)
        if re.match(r"^(?:und|ANTWORT der Landesregierung|A\s?N\s?T\s?W\s?O\s?R\s?T)?$", candidate):
            continue
        title = _cut(candidate, layout, stops)
        return title or None
    return None
