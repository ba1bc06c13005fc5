"""The YAML text of an imported inquiry: every value the document gave, and for each value it
did not give an empty key with a comment saying so. No third-party imports; scalars are written
as JSON strings, which YAML reads back exactly."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date

from anfrage import refs
from anfrage.importing.parser import Answer, Imported, heading


@dataclass
class Unknown:
    """A value the document did not give: its key and why."""

    key: str
    reason: str


@dataclass
class InquiryText:
    text: str
    unknown: list[Unknown] = field(default_factory=list)


def q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def write(found: Imported, profile: str | None, source: str, today: date) -> InquiryText:
    """The inquiry file for what the importer found; `profile` is the chosen profile name."""
    unknown: list[Unknown] = []
    out = [
        f"# Imported by anfrage from {source} on {today.isoformat()}.",
        "# Check every value against the document. Keys marked 'not found' were not in it;",
        "# fill them in, then run `anfrage check` on this file.",
    ]

    def scalar(key: str, value: object, reason: str = "not found in the document") -> None:
        if value is None:
            unknown.append(Unknown(key, reason))
            out.append(f"{key}:  # {reason}")
        elif isinstance(value, str):
            out.append(f"{key}: {q(value)}")
        elif isinstance(value, date):
            out.append(f"{key}: {value.isoformat()}")
        else:
            out.append(f"{key}: {value}")

    if profile is None:
        named = f"the document names {found.parliament!r}, " if found.parliament else ""
        scalar("parlament", None, f"{named}no profile found; use --profile")
    else:
        scalar("parlament", profile)
    scalar("wahlperiode", found.wahlperiode)
    scalar(
        "drucksache",
        found.drucksache,
        f"the answer gets a Drucksache of its own; the question is Drucksache {found.referenced}"
        if found.referenced
        else "not found in the document",
    )
    if found.anfrage_nr or found.referenced:
        scalar("anfrage_nr", found.anfrage_nr or found.referenced)
    scalar("datum", found.datum)
    if found.eingang:
        scalar("eingang", found.eingang)
    if found.absender and found.uebermittlung:
        out += ["uebermittlung:", f"  absender: {q(found.absender)}"]
        out.append(f"  datum: {found.uebermittlung.isoformat()}")
    else:
        scalar("uebermittlung", None, "no transmission note in the document (absender, datum)")
    if not found.askers:
        unknown.append(Unknown("fragesteller", "askers not found (name, anrede, fraktion)"))
        out.append("fragesteller: []  # askers not found (name, anrede, fraktion)")
    else:
        out.append("fragesteller:")
        for n, asker in enumerate(found.askers):
            out.append(f"  - name: {q(asker.name)}")
            for key, value in (("anrede", asker.anrede), ("fraktion", asker.fraktion)):
                if value is None:
                    reason = "not found in the document"
                    unknown.append(Unknown(f"fragesteller[{n}].{key}", reason))
                    out.append(f"    {key}:  # {reason}")
                else:
                    out.append(f"    {key}: {q(value)}")
    if found.titel is None:
        unknown.append(Unknown("titel", "not found in the document"))
        out.append('titel: ""  # not found in the document')
    else:
        scalar("titel", found.titel)
    for key, paragraphs in (
        ("vorbemerkung_fragesteller", found.vorbemerkung_fragesteller),
        ("vorbemerkung", found.vorbemerkung),
    ):
        if paragraphs:
            out.append(f"{key}:")
            out += _body(paragraphs, "  ")
    out += ["", "fragen:"]
    for frage in found.fragen:
        out += [f"  - nr: {frage.nr}", f"    text: {q(frage.text)}"]
        if frage.subs:
            out.append("    unterfragen:")
            out += [f"      - {{nr: {nr}, text: {q(text)}}}" for nr, text in frage.subs]
    out += ["", "antworten:" if found.antworten else "antworten: []"]
    if not found.antworten:
        out.insert(len(out) - 1, "# The document holds no answers: write them here.")
    for answer in found.antworten:
        out += _answer(answer)
    return InquiryText("\n".join(out) + "\n", unknown)


def _answer(answer: Answer) -> list[str]:
    ids = ", ".join(answer.ids)
    out = []
    if answer.note:
        out.append(f"  # import: {answer.note}")
    out.append(f"  - fragen: [{ids}]")
    if not answer.paragraphs:
        out.append("    text: []  # no answer text found")
        return out
    out.append("    text:")
    out += _body(answer.paragraphs, "      ")
    return out


def _body(paragraphs: list[str], indent: str) -> list[str]:
    """Paragraphs as blocks: subheadings, lists ('- …'), and paragraphs. Braces are escaped,
    so that text from the document is never read as a reference."""
    out: list[str] = []
    items: list[str] = []

    def flush() -> None:
        if items:
            out.append(f"{indent}- liste:")
            out.extend(f"{indent}    - {q(refs.escape(item))}" for item in items)
            items.clear()

    for n, text in enumerate(paragraphs):
        if m := re.match(r"^[-•–]\s+(.*)$", text):
            items.append(m[1])
            continue
        flush()
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else ""
        if _heading(text) and following and not _heading(following):
            out.append(f"{indent}- zwischenueberschrift: {q(refs.escape(text))}")
        else:
            out.append(f"{indent}- {q(refs.escape(text))}")
    flush()
    return out


def _heading(text: str) -> bool:
    """A subheading block: a heading line as the importer sees it, not ending in ')'."""
    return heading(text) and not text.endswith(")")
