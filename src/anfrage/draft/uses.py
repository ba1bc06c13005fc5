"""A use of a fact value in the draft: the value type that checks, the ledger and the
review copy's comments share."""

from __future__ import annotations

from dataclasses import dataclass

from anfrage.loading.facts import Located


@dataclass(frozen=True)
class Verwendung:
    """One use of a fact value in the draft."""

    fragen: tuple[str, ...]
    """Labels of the questions whose answer uses it ('2 a)'), or 'Vorbemerkung'."""
    record: Located
    feld: str
    text: str
