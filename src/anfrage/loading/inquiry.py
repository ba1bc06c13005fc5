"""Loading an inquiry file with its fact files, reporting every problem at once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from difflib import get_close_matches
from pathlib import Path

from anfrage import refs
from anfrage.errors import Problem, SourceError, shown
from anfrage.loading import formats
from anfrage.loading._reading import unusable
from anfrage.loading._yaml import Loc, YamlDocument, load_yaml
from anfrage.loading.facts import Facts, field_value, load_facts, problems_of
from anfrage.model import (
    KIND_ALIASES,
    Anfrage,
    Antwort,
    Baustein,
    Fakt,
    Handel,
    Invalid,
    Partnerschaft,
    Zulieferung,
    validate,
)
from anfrage.model.questions import block_ids, nodes
from anfrage.project import find_root, resolve_inside


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


def load_inquiry(path: Path, raw: bytes | None = None) -> Inquiry:
    """Load and validate an inquiry and the fact files it names. Raises SourceError.
    With `raw`, those bytes stand for the file's content (a merge checks its result so)."""
    doc = load_yaml(path, raw)
    try:
        anfrage = validate(Anfrage, doc.data)
    except Invalid as e:
        raise SourceError(problems_of(doc, e)) from None
    root = find_root(path)
    problems = _question_problems(doc, anfrage)
    fact_paths, found = _fact_paths(doc, root, anfrage.fakten)
    facts, checked = _facts_and_references(doc, anfrage, fact_paths)
    problems += found + checked
    if problems:
        raise SourceError(problems)
    return Inquiry(path, root, anfrage, facts, doc)


@dataclass
class Contribution:
    """A validated contribution file (Zulieferung) of one Ressort to an inquiry."""

    path: Path
    zulieferung: Zulieferung
    doc: YamlDocument
    fact_paths: list[Path]

    @property
    def ressort(self) -> str:
        return self.zulieferung.zulieferung.ressort


def load_contribution(path: Path, inquiry: Inquiry, raw: bytes | None = None) -> Contribution:
    """Load a contribution to `inquiry` and check it against the inquiry: its Drucksache, its
    question numbers, and its references, which may use the inquiry's facts and its own.
    `raw` is its text where it was not read from `path` (one read back from a .docx).
    Raises SourceError with every problem of the file."""
    doc = load_yaml(path, raw)
    try:
        z = validate(Zulieferung, doc.data)
    except Invalid as e:
        raise SourceError(problems_of(doc, e)) from None
    a = inquiry.anfrage
    problems = []
    if z.zulieferung.drucksache != a.drucksache:
        problems.append(
            doc.problem(
                ("zulieferung", "drucksache"),
                f"this contribution is for Drucksache {z.zulieferung.drucksache}; "
                f"{shown(inquiry.path)} is Drucksache {a.drucksache}",
            )
        )
    for i, antwort in enumerate(z.antworten):
        if antwort.ressort not in (None, z.zulieferung.ressort):
            problems.append(
                doc.problem(
                    ("antworten", i, "ressort"),
                    f"answer names Ressort {antwort.ressort!r} in a contribution of "
                    f"{z.zulieferung.ressort!r}; leave it out or write {z.zulieferung.ressort!r}",
                )
            )
    problems += _answer_question_problems(doc, a, z.antworten)
    own, found = _fact_paths(doc, inquiry.root, z.fakten, base=path.parent)
    paths = [*inquiry.facts.files, *(p for p in own if p not in inquiry.facts.files)]
    problems += found + _facts_and_references(doc, z, paths)[1]
    if problems:
        raise SourceError(problems)
    return Contribution(path, z, doc, own)


def _facts_and_references(
    doc: YamlDocument, data: Anfrage | Zulieferung, paths: list[Path]
) -> tuple[Facts, list[Problem]]:
    """The records of the fact files, and the problems of the references to them."""
    try:
        facts = load_facts(paths)
    except SourceError as e:
        return Facts(), e.problems
    return facts, _reference_problems(doc, data, facts)


def _fact_paths(
    doc: YamlDocument, root: Path, names: list[str], base: Path | None = None
) -> tuple[list[Path], list[Problem]]:
    """The fact files named under `fakten`, relative to the file, and what is wrong with them."""
    problems = []
    fact_paths = []
    for i, name in enumerate(names):
        try:
            target = resolve_inside(root, base or doc.path.parent, name)
        except (ValueError, RuntimeError, OSError) as e:  # a NUL in the name, a symlink loop
            problems.append(doc.problem(("fakten", i), f"fact file {name!r}: {unusable(e)}"))
            continue
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
    return fact_paths, problems


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
    return problems + _answer_question_problems(doc, anfrage, anfrage.antworten)


def _answer_question_problems(
    doc: YamlDocument, anfrage: Anfrage, antworten: list[Antwort]
) -> list[Problem]:
    """Answers that name a question the inquiry does not have."""
    problems = []
    all_nodes = nodes(anfrage)
    known = {n.id for n in all_nodes}
    listing = ", ".join(n.label for n in all_nodes)
    for i, antwort in enumerate(antworten):
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


def blocks(anfrage: Anfrage | Zulieferung) -> Iterator[tuple[Loc, Baustein]]:
    """Every block of the Vorbemerkungen and answers, with its location."""
    bodies: list[tuple[Loc, list[Baustein]]] = []
    if isinstance(anfrage, Anfrage):
        bodies += [
            (("vorbemerkung_fragesteller",), anfrage.vorbemerkung_fragesteller),
            (("vorbemerkung",), anfrage.vorbemerkung),
        ]
    bodies += [(("antworten", i, "text"), a.text) for i, a in enumerate(anfrage.antworten)]
    for base, body in bodies:
        for k, b in enumerate(body):
            yield base + (k,), b


def texts(anfrage: Anfrage | Zulieferung) -> Iterator[tuple[Loc, Baustein, str]]:
    """Every piece of text that may hold references, with its location."""
    for loc, b in blocks(anfrage):
        for inner, text in b.texts():
            yield loc + inner, b, text


def _did_you_mean(record_id: str, facts: Facts) -> str:
    close = get_close_matches(record_id, list(facts.by_id), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


_BLOCK_KINDS: dict[str, type[Fakt]] = {"handel": Handel, "partnerschaften": Partnerschaft}
"""Fact-driven blocks that take records of one kind only."""


def _ref_problems(ref: refs.Ref, facts: Facts) -> list[str]:
    """What is wrong with one reference in answer text."""
    out: list[str] = []
    record_id, fieldpath = ref.path[0], ref.path[1:]
    if any(part.startswith("_") for part in ref.path):
        out.append(
            f"{ref}: names starting with '_' are refused; "
            "a reference names a fact record and its fields"
        )
        return out
    if record_id not in facts:
        out.append(
            f"{ref}: no fact record {record_id!r} in the fact files of this inquiry"
            + _did_you_mean(record_id, facts)
        )
        return out
    fakt = facts[record_id]
    if not fieldpath:
        if not fakt.text:
            out.append(
                f"{ref}: record {record_id!r} has no text; "
                "name a field, e.g. {" + record_id + ".datum}"
            )
        return out
    found, value = field_value(fakt, fieldpath)
    if not found or value is None:
        fields = [f for f in type(fakt).model_fields if getattr(fakt, f) is not None]
        out.append(
            f"{ref}: record {record_id!r} has no value for "
            f"{'.'.join(fieldpath)!r}; it has: {', '.join(fields)}"
        )
    if wrong := formats.problem(ref, value if found else None):
        out.append(wrong)
    return out


def _reference_problems(
    doc: YamlDocument, anfrage: Anfrage | Zulieferung, facts: Facts
) -> list[Problem]:
    problems: list[Problem] = []
    for loc, _, text in texts(anfrage):
        for ref in refs.references(text):
            found_here = _ref_problems(ref, facts)
            if not found_here:
                continue
            # Finding a reference in the text is linear in it: only for problems, and for the
            # first hundred of them (a file of 10,000 bad references must not take minutes).
            line, column = doc.position(loc) or (None, None)
            if len(problems) < 100:
                nth = text[: ref.offset].count(str(ref))
                line, column = doc.find(loc, str(ref), nth) or (None, None)
            problems += [Problem(doc.path, m, line, column) for m in found_here]
    for loc, b in blocks(anfrage):
        wanted = _BLOCK_KINDS.get(b.art)
        block = b.fact_block()
        if block is None:
            continue
        for n, record_id in enumerate(block.fakten):
            at = loc + (b.art, "fakten", n)
            if record_id not in facts:
                problems.append(
                    doc.problem(
                        at,
                        f"no fact record {record_id!r} in the fact files of this inquiry"
                        + _did_you_mean(record_id, facts),
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
