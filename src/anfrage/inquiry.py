"""Loading an inquiry file with its fact files, reporting every problem at once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from anfrage import refs
from anfrage._yaml import Loc, YamlDocument, load_yaml
from anfrage.errors import Problem, SourceError
from anfrage.facts import Facts, field_value, load_facts, problems_of
from anfrage.model import (
    KIND_ALIASES,
    Anfrage,
    Baustein,
    Fakt,
    Handel,
    Invalid,
    Partnerschaft,
    validate,
)
from anfrage.project import find_root, resolve_inside
from anfrage.questions import block_ids, nodes


@dataclass
class Inquiry:
    """A validated inquiry, its fact records, and where it was read from."""

    path: Path
    root: Path
    anfrage: Anfrage
    facts: Facts
    doc: YamlDocument

    @property
    def name(self) -> str:
        return self.path.stem


def load_inquiry(path: Path) -> Inquiry:
    """Load and validate an inquiry and the fact files it names. Raises SourceError."""
    doc = load_yaml(path)
    try:
        anfrage = validate(Anfrage, doc.data)
    except Invalid as e:
        raise SourceError(problems_of(doc, e)) from None
    root = find_root(path)
    problems = _question_problems(doc, anfrage)
    fact_paths = []
    for i, name in enumerate(anfrage.fakten):
        target = resolve_inside(root, path.parent, name)
        if target is None:
            problems.append(
                doc.problem(
                    ("fakten", i),
                    f"fact file {name!r} lies outside the "
                    f"project folder {root}; expected a relative path inside it",
                )
            )
        elif not target.is_file():
            problems.append(
                doc.problem(("fakten", i), f"fact file {name!r} not found (looked for {target})")
            )
        else:
            fact_paths.append(target)
    facts = Facts()
    try:
        facts = load_facts(fact_paths)
    except SourceError as e:
        problems.extend(e.problems)
    else:
        problems.extend(_reference_problems(doc, anfrage, facts))
    if problems:
        raise SourceError(problems)
    return Inquiry(path, root, anfrage, facts, doc)


def _question_problems(doc: YamlDocument, anfrage: Anfrage) -> list[Problem]:
    problems = []
    seen: set[int] = set()
    for i, frage in enumerate(anfrage.fragen):
        if frage.nr in seen:
            problems.append(doc.problem(("fragen", i, "nr"), f"question {frage.nr} appears twice"))
        seen.add(frage.nr)
        subs: set[str] = set()
        for j, sub in enumerate(frage.unterfragen):
            if sub.nr in subs:
                problems.append(
                    doc.problem(
                        ("fragen", i, "unterfragen", j, "nr"),
                        f"question {frage.nr} {sub.nr}) appears twice",
                    )
                )
            subs.add(sub.nr)
    all_nodes = nodes(anfrage)
    known = {n.id for n in all_nodes}
    listing = ", ".join(n.label for n in all_nodes)
    for i, antwort in enumerate(anfrage.antworten):
        for j, (raw, qid) in enumerate(zip(antwort.fragen, block_ids(antwort), strict=True)):
            if qid not in known:
                problems.append(
                    doc.problem(
                        ("antworten", i, "fragen", j),
                        f"answer refers to question {raw!r}, which does not "
                        f"exist; the questions are {listing}",
                    )
                )
    return problems


def blocks(anfrage: Anfrage) -> Iterator[tuple[Loc, Baustein]]:
    """Every block of the Vorbemerkungen and answers, with its location."""
    bodies: list[tuple[Loc, list[Baustein]]] = [
        (("vorbemerkung_fragesteller",), anfrage.vorbemerkung_fragesteller),
        (("vorbemerkung",), anfrage.vorbemerkung),
    ]
    bodies += [(("antworten", i, "text"), a.text) for i, a in enumerate(anfrage.antworten)]
    for base, body in bodies:
        for k, b in enumerate(body):
            yield base + (k,), b


def texts(anfrage: Anfrage) -> Iterator[tuple[Loc, Baustein, str]]:
    """Every piece of text that may hold references, with its location."""
    for loc, b in blocks(anfrage):
        for key in ("absatz", "zwischenueberschrift"):
            if (value := getattr(b, key)) is not None:
                yield loc + (key,), b, value
        for n, item in enumerate(b.liste or []):
            yield loc + ("liste", n), b, item
        if b.tabelle:
            for r, zeile in enumerate(b.tabelle.zeilen):
                for c, zelle in enumerate(zeile):
                    if isinstance(zelle, str):
                        yield loc + ("tabelle", "zeilen", r, c), b, zelle


_BLOCK_KINDS: dict[str, type[Fakt]] = {"handel": Handel, "partnerschaften": Partnerschaft}
"""Fact-driven blocks that take records of one kind only."""


def _reference_problems(doc: YamlDocument, anfrage: Anfrage, facts: Facts) -> list[Problem]:
    problems = []
    for loc, _, text in texts(anfrage):
        for ref in refs.references(text):
            record_id, fieldpath = ref.path[0], ref.path[1:]
            if any(part.startswith("_") for part in ref.path):
                problems.append(
                    doc.problem(
                        loc,
                        f"{ref}: names starting with '_' are refused; "
                        "a reference names a fact record and its fields",
                    )
                )
                continue
            if record_id not in facts:
                problems.append(
                    doc.problem(
                        loc,
                        f"{ref}: no fact record {record_id!r} in the fact files of this inquiry",
                    )
                )
                continue
            fakt = facts[record_id]
            if not fieldpath:
                if not fakt.text:
                    problems.append(
                        doc.problem(
                            loc,
                            f"{ref}: record {record_id!r} has no text; "
                            "name a field, e.g. {" + record_id + ".datum}",
                        )
                    )
                continue
            found, value = field_value(fakt, fieldpath)
            if not found or value is None:
                fields = [f for f in type(fakt).model_fields if getattr(fakt, f) is not None]
                problems.append(
                    doc.problem(
                        loc,
                        f"{ref}: record {record_id!r} has no value for "
                        f"{'.'.join(fieldpath)!r}; it has: {', '.join(fields)}",
                    )
                )
            if ref.format and ref.format not in refs.FORMATS:
                problems.append(
                    doc.problem(
                        loc,
                        f"{ref}: unknown format {ref.format!r}; expected "
                        f"one of: {', '.join(refs.FORMATS)}",
                    )
                )
    for loc, b in blocks(anfrage):
        wanted = _BLOCK_KINDS.get(b.art)
        block = b.handel or b.chronik or b.partnerschaften
        if block is None:
            continue
        for n, record_id in enumerate(block.fakten):
            at = loc + (b.art, "fakten", n)
            if record_id not in facts:
                problems.append(
                    doc.problem(
                        at, f"no fact record {record_id!r} in the fact files of this inquiry"
                    )
                )
            elif wanted and not isinstance(facts[record_id], wanted):
                problems.append(
                    doc.problem(
                        at,
                        f"record {record_id!r} is a "
                        f"{facts[record_id].kind}; a {b.art} block needs "
                        f"{wanted.kind} records",
                    )
                )
        for n, kind in enumerate(getattr(block, "art", [])):
            if kind not in KIND_ALIASES:
                problems.append(
                    doc.problem(
                        loc + (b.art, "art", n),
                        f"unknown kind {kind!r}; "
                        f"expected one of: {', '.join(sorted(KIND_ALIASES))}",
                    )
                )
    return problems
