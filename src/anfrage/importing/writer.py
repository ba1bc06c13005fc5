"""The YAML text of an imported inquiry: every value the document gave, and for each value it
did not give an empty key with a comment saying so. Text scalars are double-quoted by
merging/emit.quoted, which YAML reads back exactly (JSON strings, used before, are YAML only
almost: NEL read back as a space)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from anfrage import refs
from anfrage.importing.found import Answer, Imported
from anfrage.importing.questions import heading
from anfrage.merging.emit import quoted


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
    """A double-quoted YAML scalar that reads back as `value`, whatever it holds."""
    return quoted(value)


def numbers(found: Imported) -> dict[str, int]:
    """The inquiry's question numbers for the printed ones. Decimal numbers ('1.1', Bavaria)
    lose their dot ('11') where that stays unique; otherwise they are counted 1, 2, 3 …"""
    printed = [q.nr for q in found.fragen]
    if all(n.isdigit() for n in printed):
        return {n: int(n) for n in printed}
    flat = [n.replace(".", "") for n in printed]
    if len(set(flat)) == len(flat) and all(len(p) == 1 for n in printed for p in n.split(".")[1:]):
        return {n: int(f) for n, f in zip(printed, flat, strict=True)}
    return {n: i for i, n in enumerate(printed, start=1)}


def write(
    found: Imported,
    profile: str | None,
    source: str,
    today: date,
    profiles: list[str] | None = None,
) -> InquiryText:
    """The inquiry file for what the importer found; `profile` is the chosen profile name,
    `profiles` those there are (named in the comment when none was found). Every value is
    written as a JSON string, so no text of the document can make a YAML key."""
    unknown: list[Unknown] = []
    nrs = numbers(found)
    out = [
        f"# Imported by anfrage from {q(source)} on {today.isoformat()}.",
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
        named = f"the document names {q(found.parliament)}; " if found.parliament else ""
        known = ", ".join(profiles or []) or "none"
        scalar(
            "parlament",
            None,
            f"{named}no profile for it; pass --profile or add a profile (profiles: {known})",
        )
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
    scalar("eingang", found.eingang, "not found in the document; `deadline` needs it")
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
    out += ["", "fragen:" if found.fragen else "fragen: []  # no questions found in the document"]
    if not found.fragen:
        unknown.append(Unknown("fragen", "no questions found in the document"))
    for frage in found.fragen:
        printed = f"  # printed {q(frage.nr)}" if str(nrs[frage.nr]) != frage.nr else ""
        out += [f"  - nr: {nrs[frage.nr]}{printed}", f"    text: {q(frage.text)}"]
        if frage.subs:
            out.append("    unterfragen:")
            out += [f"      - {{nr: {nr}, text: {q(text)}}}" for nr, text in frage.subs]
    out += ["", "antworten:" if found.antworten else "antworten: []"]
    if not found.antworten:
        out.insert(len(out) - 1, "# The document holds no answers: write them here.")
    for answer in found.antworten:
        out += _answer(answer, nrs)
    return InquiryText("\n".join(out) + "\n", unknown)


def _answer(answer: Answer, nrs: dict[str, int]) -> list[str]:
    ids = ", ".join(_id(i, nrs) for i in answer.ids)
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


def _id(qid: str, nrs: dict[str, int]) -> str:
    """A question id in the inquiry's numbering: '1.1' → '11', '2a' stays."""
    m = re.fullmatch(r"([\d.]+)([a-z]*)", qid)
    if not m or m[1] not in nrs:
        return q(qid)
    return f"{nrs[m[1]]}{m[2]}"


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
