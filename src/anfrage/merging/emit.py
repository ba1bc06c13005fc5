"""Writing YAML text: every text scalar anfrage writes into a new file is a double-quoted
scalar whose escapes make any text (NEL, line and paragraph separators, a BOM, control
characters, 'NO', '0123') read back exactly as it was.

YAML 1.1 and 1.2 fold a raw line break inside a double-quoted scalar and read NEL, U+2028 and
U+2029 as line breaks, so those are escaped, like every character outside YAML's printable set.
(json.dumps, used before, left NEL raw: it read back as a space.)
"""

from __future__ import annotations

import re

_NAMED = {
    "\\": "\\\\",
    '"': '\\"',
    "\t": "\\t",
    "\n": "\\n",
    "\r": "\\r",
    "\x00": "\\0",
    "\x07": "\\a",
    "\x08": "\\b",
    "\x0b": "\\v",
    "\x0c": "\\f",
    "\x1b": "\\e",
    "\x85": "\\N",
    "\u2028": "\\L",
    "\u2029": "\\P",
}


def _printable(c: str) -> bool:
    """YAML's printable characters, less those a double-quoted scalar reads as line breaks."""
    o = ord(c)
    return (
        0x20 <= o <= 0x7E
        or 0xA0 <= o <= 0xD7FF
        or (0xE000 <= o <= 0xFFFD and o != 0xFEFF)
        or 0x10000 <= o <= 0x10FFFF
    ) and c not in "\u2028\u2029"


def _escape(c: str) -> str:
    if c in _NAMED:
        return _NAMED[c]
    if _printable(c):
        return c
    o = ord(c)
    return f"\\x{o:02X}" if o <= 0xFF else f"\\u{o:04X}" if o <= 0xFFFF else f"\\U{o:08X}"


_NEEDS_ESCAPE = re.compile('[\\\\"\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]')
"""Every character that `_escape` changes."""


def quoted(text: str) -> str:
    """`text` as a double-quoted YAML scalar on one line."""
    return '"' + _NEEDS_ESCAPE.sub(lambda m: _escape(m[0]), text) + '"'
