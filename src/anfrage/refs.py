"""The reference grammar of answer text: `{record-id.feld}` or `{record-id.feld|format}`.

Inside a record's own `text`, `{feld}` names one of the record's own fields. A brace that
does not open a well-formed reference stays literal text; `\\{` writes a literal brace
before what would otherwise be a reference. A backslash anywhere else is text as typed
(`C:\\Daten\\{neu` keeps both backslashes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FORMATS = ("lang", "kurz", "euro", "tsd", "mio", "millionen", "mrd", "zahl", "liste")
"""The formats a reference takes; an amount's may carry its decimal places: `|mio:1`."""

_BODY = r"[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_]+)*(?:\|[a-z]+(?::\d)?)?\}"
"""What follows the brace of a reference; only a brace followed by it can be escaped."""
_REF = re.compile(
    rf"\\(?P<escaped>\{{)(?={_BODY})"
    r"|\{(?P<path>[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_]+)*)(?:\|(?P<format>[a-z]+(?::\d)?))?\}"
)
_OPENS = re.compile(rf"(\\?)\{{(?={_BODY})")


@dataclass(frozen=True)
class Ref:
    """A reference: the dotted path, its format, and its offset in the text."""

    path: tuple[str, ...]
    format: str | None
    offset: int

    def __str__(self) -> str:
        return "{" + ".".join(self.path) + (f"|{self.format}" if self.format else "") + "}"

    @property
    def form(self) -> str | None:
        """The format without its decimal places: 'mio' of `|mio:1`."""
        return self.format.partition(":")[0] if self.format else None

    @property
    def stellen(self) -> int | None:
        """The decimal places of `|mio:1`, or None."""
        places = self.format.partition(":")[2] if self.format else ""
        return int(places) if places else None


def parse(text: str) -> list[str | Ref]:
    """Split text into literal strings and references, in order."""
    parts: list[str | Ref] = []
    pos = 0
    for m in _REF.finditer(text):
        if m["escaped"]:
            parts.append(text[pos : m.start()] + "{")
        else:
            parts.append(text[pos : m.start()])
            parts.append(Ref(tuple(m["path"].split(".")), m["format"], m.start()))
        pos = m.end()
    parts.append(text[pos:])
    return [p for p in parts if p != ""]


def references(text: str) -> list[Ref]:
    return [p for p in parse(text) if isinstance(p, Ref)]


def escape(text: str) -> str:
    """Text that parses back to itself as one literal: every brace that could open a reference
    is escaped."""
    return _OPENS.sub(lambda m: "\\{" if not m[1] else "\\\\{", text) if "{" in text else text
