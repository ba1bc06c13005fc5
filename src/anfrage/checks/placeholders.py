"""Values still holding the placeholder "…" of a skeleton (`anfrage new`, `anfrage facts
new`): the draft would print "…" where a title, a question or an answer belongs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from anfrage.errors import Problem
from anfrage.loading.inquiry import Inquiry

PLACEHOLDER = "…"


def _strings(data: Any, loc: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(data, str):
        yield loc, data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*loc, key))
    elif isinstance(data, list):
        for n, value in enumerate(data):
            yield from _strings(value, (*loc, n))


def _key(loc: tuple[str | int, ...]) -> str:
    """'fragen 1 text' for ('fragen', 0, 'text'): list positions counted from 1."""
    return " ".join(str(p + 1) if isinstance(p, int) else p for p in loc)


def check(inquiry: Inquiry) -> list[Problem]:
    """A finding for each value of the inquiry or its fact records that is still "…"."""
    out = [
        inquiry.doc.problem(loc, f"{_key(loc)}: still the placeholder '…'; fill it in")
        for loc, text in _strings(inquiry.doc.data, ())
        if text.strip() == PLACEHOLDER
    ]
    for located in inquiry.facts.records():
        data = located.fakt.model_dump(exclude_none=True)
        for loc, text in _strings(data, ()):
            if text.strip() == PLACEHOLDER:
                out.append(
                    Problem(
                        located.path,
                        f"record {located.fakt.id!r}: {_key(loc)}: still the placeholder '…'; "
                        "fill it in or leave the field out",
                        located.line,
                    )
                )
    return out
