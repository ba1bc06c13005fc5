"""Text that looks like a reference but is not one: `{ id.feld }`, `{{id.feld}}`, an unclosed
`{id.feld`. The grammar (anfrage.refs) leaves such text literal, so it would stand in the draft
as typed; a finding names it and says how to write it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from anfrage import refs
from anfrage.errors import Problem
from anfrage.loading.inquiry import Inquiry, texts

_NAME = re.compile(r"[\s{]*(?P<path>[A-Za-z0-9][A-Za-z0-9_-]*(?:\s*\.\s*[A-Za-z0-9_]+)*)")
_TAIL = re.compile(r"\s*(?:\|\s*(?P<format>[A-Za-z]*(?::\d*)?)\s*)?(?P<close>\}*)")


def lookalikes(text: str) -> Iterator[tuple[str, tuple[str, ...], str | None]]:
    """(the text as typed, its dotted path, its format) for each brace that opens no
    reference but is followed by a name, as a reference would be. An escaped brace (`\\{`)
    is never one."""
    starts = {r.offset for r in refs.references(text)}
    pos = 0
    while (i := text.find("{", pos)) != -1:
        pos = i + 1
        if i in starts or (i > 0 and text[i - 1] == "\\"):
            continue
        name = _NAME.match(text, i + 1)
        if name is None:
            continue
        tail = _TAIL.match(text, name.end())
        assert tail is not None  # it matches the empty string
        path = tuple(re.sub(r"\s", "", name["path"]).split("."))
        yield text[i : tail.end()].rstrip(), path, tail["format"]
        pos = tail.end()


def _advice(path: tuple[str, ...], format: str | None) -> str:
    written = "{" + ".".join(path) + (f"|{format.lower()}" if format else "") + "}"
    return f"write {written} for the value, or \\{{ for a literal brace"


def check(inquiry: Inquiry) -> list[Problem]:
    """A finding for each reference look-alike in answer texts (naming a fact record) and in
    records' own texts (naming one of the record's fields)."""
    facts = inquiry.facts
    out = []
    for loc, _, text in texts(inquiry.anfrage):
        for typed, path, format in lookalikes(text):
            if path[0] in facts or (len(path) > 1 and "-" in path[0]):
                out.append(
                    inquiry.doc.problem(
                        loc,
                        f"{typed!r} looks like a reference but is not one as written; "
                        + _advice(path, format),
                    )
                )
    for located in facts.records():
        fakt = located.fakt
        own = {*type(fakt).model_fields, "zeit"}
        for typed, path, format in lookalikes(fakt.text or ""):
            if path[0] in own:
                out.append(
                    Problem(
                        located.path,
                        f"record {fakt.id!r}: {typed!r} in its text looks like a reference "
                        f"to its own field but is not one as written; {_advice(path, format)}",
                        located.line,
                    )
                )
    return out
