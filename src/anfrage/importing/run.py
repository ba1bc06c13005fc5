"""`anfrage import`: a document in, a new inquiry file out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from anfrage import output
from anfrage.errors import AnfrageError
from anfrage.importing import cleaning, parser, reading, writer
from anfrage.importing.found import Imported as Found
from anfrage.importing.layout import Layouts, Parliament, load_layouts
from anfrage.loading.inquiry import load_inquiry
from anfrage.loading.profile import load_profile
from anfrage.project import find_root


@dataclass
class Imported:
    """An inquiry file written from a document, and what it could not find."""

    path: Path
    profile: str | None
    questions: int
    answers: int
    warnings: list[str]


def import_document(
    source: Path,
    *,
    profile: str | None = None,
    out: Path | None = None,
    force: bool = False,
    today: date | None = None,
) -> Imported:
    """Read a Kleine Anfrage (PDF, DOCX or text) into a new inquiry file. Values the document
    does not give stay empty, with a comment; the file is checked to load before it is
    written."""

    root = find_root(out if out is not None else Path.cwd() / "anfragen" / "x")
    templates = root / "templates"
    layouts = load_layouts(templates)  # the project's profiles and the shipped ones
    names = layouts.profiles()
    if profile is not None and profile not in names:
        raise AnfrageError.single(
            None, f"--profile: no profile {profile!r}; the profiles are {', '.join(names)}"
        )
    found, named = read_text(reading.read_document(source), layouts, profile)
    if profile is None:
        profile = named.profile if named else None
    if profile is not None and not found.antworten and not found.referenced:
        profil, _ = load_profile(templates, profile)
        if profil.eigene_antwort_drucksache and found.drucksache:
            # A question Drucksache: its number is the question's, the answer gets another.
            found.referenced = found.drucksache
            found.drucksache = None
    slug = re.sub(r"[^a-z0-9]+", "-", source.stem.lower()).strip("-") or "anfrage"
    target = out if out is not None else root / "anfragen" / f"{slug}.yaml"
    if target.exists() and not force:
        raise AnfrageError.single(target, "exists already; use --force to overwrite it")
    result = writer.write(found, profile, source.name, today or date.today(), names)
    data = result.text.encode("utf-8")
    load_inquiry(target, _checkable(result.text, profile, bool(found.fragen)))
    output.write_atomic(target, data, force=force)
    warnings = [f"{u.key}: {u.reason}" for u in result.unknown]
    warnings += [f"answer to {', '.join(a.ids)}: {a.note}" for a in found.antworten if a.note]
    warnings += found.notes
    return Imported(target, profile, len(found.fragen), len(found.antworten), warnings)


def read_text(
    text: str, layouts: Layouts, profile: str | None = None
) -> tuple[Found, Parliament | None]:
    """What a document's text says, read with the layout of the parliament it names (or of
    `profile`); and the parliament it names."""
    text = cleaning.normalise(text)
    named = layouts.detect(text)
    chosen = named
    if profile is not None:
        chosen = next(p for p in layouts.parliaments if p.profile == profile)
    layout = layouts.layout(chosen)
    cleaned = cleaning.clean_document(text, layout, normalised=True)
    found = parser.parse(cleaned.lines, layout, flat=cleaned.flat)
    found.parliament = named.name if named else None
    return found, named


def _checkable(text: str, profile: str | None, questions: bool) -> bytes:
    """The written text as the check before writing loads it: an empty `parlament` or
    `fragen` is left for the user to fill in, so a placeholder stands in for it there."""
    if profile is None:
        text = re.sub(r"(?m)^parlament:.*$", "parlament: unbekannt", text, count=1)
    if not questions:
        text = re.sub(r"(?m)^fragen: \[\].*$", 'fragen: [{nr: 1, text: ""}]', text, count=1)
    return text.encode("utf-8")
