"""Loading fact files into records, reporting every problem of a file at once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from anfrage import refs
from anfrage.errors import Problem, SourceError, shown
from anfrage.loading import formats
from anfrage.loading._yaml import YamlDocument, cached, load_yaml
from anfrage.model import SECTIONS, Fakt, FaktenDatei, Invalid, validate


@dataclass(frozen=True)
class Located:
    """A record with the file and line it was read from."""

    fakt: Fakt
    path: Path
    line: int


@dataclass
class Facts:
    """The records of one or more fact files, by id."""

    by_id: dict[str, Located] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)

    def __getitem__(self, record_id: str) -> Fakt:
        return self.by_id[record_id].fakt

    def __contains__(self, record_id: object) -> bool:
        return record_id in self.by_id

    def records(self) -> list[Located]:
        return list(self.by_id.values())


def problems_of(doc: YamlDocument, error: Invalid) -> list[Problem]:
    return [doc.problem(loc, msg, key=key) for loc, msg, key in error.issues]


def field_value(fakt: Fakt, path: tuple[str, ...]) -> tuple[bool, object]:
    """Look up a dotted field path in a record: (found, value)."""
    value: object = fakt
    for part in path:
        if isinstance(value, dict):
            if part not in value:
                return False, None
            value = value[part]
        elif isinstance(value, Fakt) and part in type(value).model_fields:
            value = getattr(value, part)
        elif isinstance(value, Fakt) and part == "zeit" and value.zeit() is not None:
            value = value.zeit()
        else:
            return False, None
    return True, value


def check_text_refs(fakt: Fakt, text: str) -> list[str]:
    """Problems with the `{feld}` references in a record's own text."""
    out = []
    for ref in refs.references(text):
        found, value = field_value(fakt, ref.path)
        if not found:
            fields = ", ".join(f for f in type(fakt).model_fields if f not in ("text", "id"))
            out.append(
                f"text: {ref} names no field of record {fakt.id!r}; expected one of: {fields}"
            )
        elif value is None:
            out.append(f"text: {ref} refers to a field that is empty in record {fakt.id!r}")
        if wrong := formats.problem(ref, value if found else None):
            out.append(f"text: {wrong}")
    return out


_LOADED: dict[tuple[str, bytes], tuple[FaktenDatei, YamlDocument]] = {}


def load_fact_file(path: Path, raw: bytes | None = None) -> tuple[FaktenDatei, YamlDocument]:
    """Load and validate one fact file; with `raw`, that text as the file at `path` (to check
    an edit before it is written). Raises SourceError listing every problem."""
    if raw is not None:
        return _load_fact_file(path, raw)
    return cached(_LOADED, path, lambda raw: _load_fact_file(path, raw))


def _load_fact_file(path: Path, raw: bytes) -> tuple[FaktenDatei, YamlDocument]:
    doc = load_yaml(path, raw)
    try:
        datei = validate(FaktenDatei, doc.data)
    except Invalid as e:
        raise SourceError(problems_of(doc, e)) from None
    problems = []
    seen: dict[str, int] = {}
    for section in SECTIONS:
        for i, fakt in enumerate(getattr(datei, section)):
            loc = (section, i, "id")
            line = (doc.position(loc) or (0, 0))[0]
            if fakt.id in seen:
                problems.append(
                    doc.problem(
                        loc,
                        f"id {fakt.id!r} is used twice in this file "
                        f"(first on line {seen[fakt.id]})",
                    )
                )
            seen.setdefault(fakt.id, line)
            if fakt.text:
                for msg in check_text_refs(fakt, fakt.text):
                    problems.append(doc.problem((section, i, "text"), msg))
    if problems:
        raise SourceError(problems)
    return datei, doc


def load_facts(paths: Iterable[Path]) -> Facts:
    """Load fact files into one id space. Raises SourceError with the problems of all files."""
    facts = Facts()
    problems: list[Problem] = []
    for path in paths:
        try:
            datei, doc = load_fact_file(path)
        except SourceError as e:
            problems.extend(e.problems)
            continue
        facts.files.append(path)
        for section in SECTIONS:
            for i, fakt in enumerate(getattr(datei, section)):
                line = (doc.position((section, i)) or (0, 0))[0]
                if fakt.id in facts.by_id:
                    other = facts.by_id[fakt.id]
                    problems.append(
                        Problem(
                            path,
                            f"id {fakt.id!r} is also used in {shown(other.path)}:"
                            f"{other.line}; ids must be unique",
                            line,
                        )
                    )
                    continue
                facts.by_id[fakt.id] = Located(fakt, path, line)
    if problems:
        raise SourceError(problems)
    return facts
