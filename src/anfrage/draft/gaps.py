"""What a draft lacks, said out loud: an empty fact selection, an outstanding contribution, a
question answered in two blocks, an excerpt. Each gap is a note for `render` and, where the
document would look finished without it, a bracketed marker paragraph in the draft itself."""

from __future__ import annotations

from dataclasses import dataclass

from anfrage.draft.paragraphs import Absatz

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Luecke:
    """One gap of the draft: where in the inquiry it comes from, and what it is."""

    loc: Loc
    """The location in the inquiry file (as YamlDocument.problem takes it)."""
    message: str
    art: str
    """'leer' (a fact block selected nothing), 'ausstehend' (a contribution or an answer is
    missing), 'doppelt' (a question answered in several blocks)."""


def marker(text: str) -> Absatz:
    """A paragraph that says, in brackets, what the draft lacks. It is an 'antwort' paragraph
    marked as a gap, so that a template can highlight it (`a.luecke`)."""
    return Absatz("antwort", f"[{text}]", luecke=True)
