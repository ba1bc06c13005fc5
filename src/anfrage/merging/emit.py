"""Writing YAML text: every scalar anfrage writes into a new file goes through ruamel.yaml's
emitter, so that any text (NEL, line separators, a BOM, control characters, 'NO', '0123')
reads back exactly as it was."""

from __future__ import annotations

import io

from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

_YAML = YAML(typ="rt")
_YAML.width = 1_000_000  # one line, however long


def quoted(text: str) -> str:
    """`text` as a double-quoted YAML scalar on one line."""
    buffer = io.StringIO()
    _YAML.dump(DoubleQuotedScalarString(text), buffer)
    return buffer.getvalue().rstrip("\n")
