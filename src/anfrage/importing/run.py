"""`anfrage import`: a document in, a new inquiry file out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from anfrage import output
from anfrage.errors import AnfrageError, SourceError
from anfrage.importing import cleaning, parser, reading, writer
from anfrage.loading.inquiry import load_inquiry
from anfrage.loading.profile import known_profiles, load_profile
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
    names = known_profiles(templates)
    if profile is not None and profile not in names:
        raise AnfrageError.single(
            None, f"--profile: no profile {profile!r}; the profiles are {', '.join(names)}"
        )
    found = parser.parse(cleaning.clean(reading.read_document(source)))
    if not found.fragen:
        raise SourceError.single(
            source,
            "no numbered questions found ('1. …', 'Frage 1: …'); is this a Kleine Anfrage?",
        )
    if profile is None and found.parliament:
        profile = _profile_named(templates, tuple(names)).get(found.parliament.lower())
    if profile is not None and not found.antworten:
        profil, _ = load_profile(templates, profile)
        if profil.eigene_antwort_drucksache and found.drucksache:
            # A question Drucksache: its number is the question's, the answer gets another.
            found.referenced = found.referenced or found.drucksache
            found.drucksache = None
    slug = re.sub(r"[^a-z0-9]+", "-", source.stem.lower()).strip("-") or "anfrage"
    target = out if out is not None else root / "anfragen" / f"{slug}.yaml"
    if target.exists() and not force:
        raise AnfrageError.single(target, "exists already; use --force to overwrite it")
    result = writer.write(found, profile, source.name, today or date.today())
    data = result.text.encode("utf-8")
    load_inquiry(target, data)  # what is written must load as an inquiry
    output.write_atomic(target, data, force=force)
    warnings = [f"{u.key}: {u.reason}" for u in result.unknown]
    warnings += [f"answer to {', '.join(a.ids)}: {a.note}" for a in found.antworten if a.note]
    warnings += found.notes
    return Imported(target, profile, len(found.fragen), len(found.antworten), warnings)


_PROFILES_BY_PARLIAMENT: dict[tuple[Path, tuple[str, ...]], dict[str, str]] = {}


def _profile_named(templates: Path, names: tuple[str, ...]) -> dict[str, str]:
    """Parliament name (lower case) → profile, once per process and set of profiles."""
    key = (templates, names)
    if key not in _PROFILES_BY_PARLIAMENT:
        _PROFILES_BY_PARLIAMENT[key] = {
            load_profile(templates, name)[0].parlament.lower(): name for name in names
        }
    return _PROFILES_BY_PARLIAMENT[key]
