"""What the CLI and the tests call: load, check, render. No third-party imports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from anfrage import dates, output
from anfrage import review as ledger
from anfrage.checks import consistency
from anfrage.docx.template import template_variables
from anfrage.draft.context import OPTIONAL, Draft, Verwendung, build_draft
from anfrage.errors import AnfrageError, Problem, SourceError, shown
from anfrage.importing.run import Imported as ImportResult
from anfrage.loading.facts import Located, load_facts
from anfrage.loading.inquiry import Inquiry, load_inquiry
from anfrage.loading.profile import load_profile
from anfrage.model import KIND_ALIASES, Anfrage, Fristverlaengerung, Zeitraum, questions
from anfrage.model.profil import Frist, Profil
from anfrage.project import find_root
from anfrage.settings import DEFAULT_STALE_MONTHS, WARN_WORKING_DAYS


@dataclass
class Prepared:
    """An inquiry with its profile, template and draft context: everything but the .docx."""

    inquiry: Inquiry
    profil: Profil
    template: Path
    draft: Draft
    notes: list[str] = field(default_factory=list)


@dataclass
class Rendered:
    path: Path
    notes: list[str]
    unanswered: list[str]
    pdf: Path | None = None
    annex: Path | None = None
    """The VS-NfD annex, where the answer needs facts classified so."""


ANNEX_TEMPLATE = "anlage-vs-nfd.docx"


def prepare(
    path: Path,
    selection: list[str] | None = None,
    *,
    sources: bool = False,
    ressort: str | None = None,
) -> Prepared:
    """Load an inquiry and build its draft context: for all questions, a selection, or the
    questions assigned to one Ressort (its contribution, marked as such)."""
    inquiry = load_inquiry(path)
    profil, template = load_profile(inquiry.root / "templates", inquiry.anfrage.parlament)
    if not template.is_file():
        raise SourceError.single(
            template, f"template of profile {inquiry.anfrage.parlament!r} not found"
        )
    selected: set[str] | None = None
    notes: list[str] = []
    if selection:
        wanted = []
        labels = ", ".join(n.label for n in questions.nodes(inquiry.anfrage))
        known = {n.id for n in questions.nodes(inquiry.anfrage)}
        for raw in selection:
            qid = questions.normalise(raw)
            if qid not in known:
                raise AnfrageError.single(
                    path, f"--questions: no question {raw!r}; the questions are {labels}"
                )
            wanted.append(qid)
        selected, notes = questions.select(inquiry.anfrage, wanted)
    if ressort is not None:
        selected = _contribution(inquiry, ressort)
    draft = build_draft(inquiry, profil, selected, sources=sources, ressort=ressort)
    return Prepared(inquiry, profil, template, draft, notes)


def _contribution(inquiry: Inquiry, ressort: str) -> set[str]:
    """The questions assigned to `ressort`."""
    a = inquiry.anfrage
    assigned = [b for b in a.antworten if b.ressort == ressort]
    if not assigned:
        named = sorted({b.ressort for b in a.antworten if b.ressort})
        hint = (
            f"the Ressorts named are {', '.join(named)}"
            if named
            else "no answer block names a Ressort yet (ressort: WM)"
        )
        raise AnfrageError.single(
            inquiry.path, f"--ressort: no answer block is assigned to {ressort!r}; {hint}"
        )
    known = {n.id for n in questions.nodes(a)}
    return {q for b in assigned for q in questions.block_ids(b) if q in known}


def output_path(
    prepared: Prepared,
    out_dir: Path | None,
    selection: list[str] | None,
    sources: bool = False,
    ressort: str | None = None,
) -> Path:
    folder = out_dir if out_dir is not None else prepared.inquiry.root / "out"
    name = prepared.inquiry.name
    if ressort:
        name += f"_zulieferung-{ressort}"
    if selection:
        name += "_fragen-" + "-".join(questions.normalise(q) or q for q in selection)
    if sources:
        name += "_mit-quellen"  # a review copy, never to be mistaken for the clean draft
    return folder / f"{name}.docx"


def source_note(use: Verwendung) -> list[str]:
    """The lines of the Word comment on one fact value."""
    fakt = use.record.fakt
    return [
        f"Fakt: {fakt.id} ({use.feld})",
        f"Quelle: {fakt.quelle}",
        f"Stand: {fakt.stand}",
        f"Verwendet in: {', '.join(use.fragen)}",
    ]


def render(
    path: Path,
    *,
    out_dir: Path | None = None,
    selection: list[str] | None = None,
    force: bool = False,
    pdf: bool = False,
    sources: bool = False,
    ressort: str | None = None,
) -> Rendered:
    """Render a draft to .docx atomically, and with `pdf` also to PDF through LibreOffice.
    With `sources`, a review copy whose fact values carry Word comments with their source.
    With `ressort`, that Ressort's contribution: its questions only, marked as a Zulieferung.
    Nothing is written if anything fails before the .docx is complete."""
    from anfrage import pdf as client
    from anfrage.docx import render as docx  # docxtpl is imported only when a draft is rendered

    if pdf:
        client.soffice()  # fail before writing anything when LibreOffice is missing
    prepared = prepare(path, selection, sources=sources, ressort=ressort)
    target = output_path(prepared, out_dir, selection, sources, ressort)
    if target.exists() and not force:
        raise AnfrageError.single(target, "exists already; use --force to overwrite it")
    a = prepared.inquiry.anfrage
    when = datetime.combine(a.antwortdatum(a.datum or date.today()), time(12, 0))
    core = docx.core_properties(
        title=a.titel,
        subject=" – ".join(
            x
            for x in (
                prepared.draft.context["zulieferung"],
                f"Drucksache {a.drucksache}" if a.drucksache else "",
            )
            if x
        ),
        author=prepared.profil.regierung,
        when=when,
    )
    annex_target, annex_data = None, b""
    if prepared.draft.annex:
        annex_template = prepared.inquiry.root / "templates" / ANNEX_TEMPLATE
        if not annex_template.is_file():
            raise SourceError.single(
                annex_template,
                "the answer uses VS-NfD facts, which go into an annex; its template is missing",
            )
        annex_target = target.with_name(target.stem + "_anlage-vs-nfd.docx")
        if annex_target.exists() and not force:
            raise AnfrageError.single(annex_target, "exists already; use --force to overwrite it")
        annex_context = prepared.draft.context | {"absaetze": prepared.draft.annex}
        annex_data = docx.render_bytes(annex_template, annex_context, core)
    notes = {i: source_note(u) for i, u in enumerate(prepared.draft.uses)} if sources else None
    data = docx.render_bytes(
        prepared.template, prepared.draft.context, core, notes=notes, when=when
    )
    if annex_target is not None:
        output.write_atomic(annex_target, annex_data, force=force)
    try:
        output.write_atomic(target, data, force=force)
    except AnfrageError:
        if annex_target is not None:
            annex_target.unlink(missing_ok=True)  # no annex without its draft
        raise
    pdf_path = client.convert([target], target.parent)[0] if pdf else None
    return Rendered(target, prepared.notes, prepared.draft.unanswered, pdf_path, annex_target)


@dataclass
class DeadlineReport:
    """An answer deadline with the rule behind it, as of `today`."""

    profile: str
    profil: Profil
    rule: Frist
    received: date
    deadline: dates.Deadline
    today: date
    extension: Fristverlaengerung | None = None

    @property
    def days_left(self) -> int:
        return (self.deadline.due - self.today).days

    @property
    def working_days_left(self) -> int:
        return dates.working_days_between(self.today, self.deadline.due, self.profil.land)


def deadline(
    path: Path | None = None,
    *,
    received: date | None = None,
    profile: str | None = None,
    today: date | None = None,
) -> DeadlineReport:
    """The answer deadline of an inquiry file, or of a question received on `received` under
    `profile` (looked up in the project around the working folder)."""
    today = today or date.today()
    extension = None
    if path is not None:
        inquiry = load_inquiry(path)
        a = inquiry.anfrage
        profile = profile or a.parlament
        if received is None and a.eingang is None:
            raise AnfrageError(
                [
                    inquiry.doc.problem(
                        (),
                        "the inquiry has no 'eingang'; the "
                        "deadline runs from the day the question "
                        "was received",
                    )
                ]
            )
        received = received or a.eingang
        extension = a.fristverlaengerung
        templates = inquiry.root / "templates"
    else:
        if received is None or profile is None:
            raise AnfrageError.single(
                None, "give an inquiry file, or both --received and --profile"
            )
        templates = find_root(Path.cwd() / "anfrage.yaml") / "templates"
    assert received is not None and profile is not None
    profil, _ = load_profile(templates, profile)
    return _report(profile, profil, received, extension, today)


def _report(
    profile: str, profil: Profil, received: date, extension: Fristverlaengerung | None, today: date
) -> DeadlineReport:
    rule = profil.frist_fuer(received)
    result = dates.deadline(
        received,
        rule.art,
        rule.anzahl,
        profil.land,
        verschieben=rule.verschieben,
        verlaengert_bis=extension.bis if extension else None,
    )
    return DeadlineReport(profile, profil, rule, received, result, today, extension)


def _deadline_findings(prepared: Prepared, today: date) -> list[Problem]:
    inquiry = prepared.inquiry
    a = inquiry.anfrage
    if a.eingang is None:
        return []
    report = _report(a.parlament, prepared.profil, a.eingang, a.fristverlaengerung, today)
    due, rule = report.deadline.due, report.rule.describe()
    where = inquiry.doc.position(("uebermittlung", "datum")) or (None, None)
    findings = []
    sent = a.uebermittlung.datum if a.uebermittlung else None
    if sent and sent > due:
        findings.append(
            Problem(
                inquiry.path,
                f"the answer is dated {sent}, after the deadline {due} ({rule})",
                *where,
            )
        )
    if sent and today > sent:
        return findings  # the answer has gone out
    left = report.working_days_left
    if due < today:
        findings.append(
            Problem(
                inquiry.path,
                f"overdue: the deadline was {due}, {(today - due).days} days ago ({rule})",
                *where,
            )
        )
    elif left <= WARN_WORKING_DAYS:
        findings.append(
            Problem(
                inquiry.path,
                f"due {due}, in {left} working day{'s' if left != 1 else ''} ({rule})",
                *where,
            )
        )
    return findings


def check(
    path: Path, *, stale_months: int = DEFAULT_STALE_MONTHS, today: date | None = None
) -> list[Problem]:
    """Findings for one inquiry. Bad input raises AnfrageError instead."""
    prepared = prepare(path)
    inquiry, a = prepared.inquiry, prepared.inquiry.anfrage
    doc = inquiry.doc
    findings = []
    cover = questions.coverage(a)
    for i, frage in enumerate(a.fragen):
        for node in questions.nodes(a):
            if node.id != str(frage.nr) and node.parent != str(frage.nr):
                continue
            loc: tuple[str | int, ...] = ("fragen", i)
            if node.parent:
                j = [s.nr for s in frage.unterfragen].index(node.nr)
                loc += ("unterfragen", j)
            blocks = cover[node.id]
            if not blocks:
                findings.append(doc.problem(loc, f"question {node.label} has no answer"))
            elif len(blocks) > 1:
                lines = [str((doc.position(("antworten", b)) or (0,))[0]) for b in blocks]
                findings.append(
                    doc.problem(
                        loc,
                        f"question {node.label} is answered "
                        f"{len(blocks)} times (lines {', '.join(lines)})",
                    )
                )
    all_nodes = questions.nodes(a)
    for b, antwort in enumerate(a.antworten):
        if not antwort.text:
            names = ", ".join(questions.label(all_nodes, q) for q in questions.block_ids(antwort))
            what = (
                f"assigned to {antwort.ressort}; its contribution is outstanding "
                f"(anfrage merge {shown(path)} ZULIEFERUNG.yaml)"
                if antwort.ressort
                else "its answer block has no text yet"
            )
            findings.append(doc.problem(("antworten", b), f"questions {names}: {what}"))
    if len(a.fragesteller) == 1 and a.fragesteller[0].anrede is None:
        findings.append(
            doc.problem(
                ("fragesteller",),
                "fragesteller: the one asker has no 'anrede' (Herr or Frau); the draft "
                "cannot say 'des Abgeordneten' or 'der Abgeordneten' without it",
            )
        )
    findings += _fact_findings(prepared, stale_months)
    findings += consistency.check_trade_records(inquiry.facts)
    findings += consistency.check_classified(prepared.draft.uses, prepared.draft.context)
    findings += consistency.check_typed_figures(inquiry)
    findings += _deadline_findings(prepared, today or date.today())
    provided = set(prepared.draft.context)
    used = template_variables(prepared.template)
    unset: set[str] = set()
    for name in sorted(used & set(OPTIONAL)):
        if not prepared.draft.context[name] and OPTIONAL[name] not in unset:
            unset.add(OPTIONAL[name])
            findings.append(
                Problem(
                    path,
                    f"the template of {a.parlament!r} shows {name!r}, but "
                    f"the inquiry does not set {OPTIONAL[name]!r}",
                )
            )
    for name in sorted(used - provided):
        findings.append(
            Problem(
                prepared.template,
                f"template uses {name!r}, which anfrage does "
                f"not provide; it provides: {', '.join(sorted(provided))}",
            )
        )
    return findings


def _fact_findings(prepared: Prepared, stale_months: int) -> list[Problem]:
    a = prepared.inquiry.anfrage
    by_record: dict[str, list[Verwendung]] = {}
    for use in prepared.draft.uses:
        by_record.setdefault(use.record.fakt.id, []).append(use)
    findings = []
    for record_id, uses in by_record.items():
        located = uses[0].record
        fakt = located.fakt
        where = ", ".join(sorted({q for u in uses for q in u.fragen}, key=_order))
        zeit = fakt.zeit()
        if a.berichtszeitraum and zeit and not zeit.overlaps(a.berichtszeitraum):
            findings.append(
                Problem(
                    located.path,
                    f"record {record_id!r} ({_span(zeit)}) lies "
                    f"outside the reporting period {_span(a.berichtszeitraum)}; "
                    f"used in: {where}",
                    located.line,
                )
            )
        if ledger.is_stale(fakt, a.antwortdatum(date.today()), stale_months):
            findings.append(
                Problem(
                    located.path,
                    f"record {record_id!r} has stand {fakt.stand}, "
                    f"older than {stale_months} months before the answer date "
                    f"{a.antwortdatum(date.today())}; used in: {where}",
                    located.line,
                )
            )
    return findings


def _order(q: str) -> tuple[int, str]:
    qid = questions.normalise(q)
    return (int(qid.rstrip("abcdefghijklmnopqrstuvwxyz")), qid) if qid else (0, q)


def _span(z: Zeitraum) -> str:
    return str(z.von) if z.bis is None else f"{z.von} to {z.bis}"


def list_facts(
    paths: list[Path], *, kind: str | None = None, von: int | None = None, bis: int | None = None
) -> list[Located]:
    """Records of fact files, filtered by kind and by years, sorted by date."""
    if kind is not None and kind not in KIND_ALIASES:
        raise AnfrageError.single(
            None,
            f"--kind: unknown kind {kind!r}; expected one of: {', '.join(sorted(KIND_ALIASES))}",
        )
    records = load_facts(paths).records()
    if kind is not None:
        records = [r for r in records if r.fakt.kind == KIND_ALIASES[kind]]
    if von is not None or bis is not None:
        period = Zeitraum.model_validate({"von": von or 1000, "bis": bis or 9999})
        records = [r for r in records if (z := r.fakt.zeit()) is not None and z.overlaps(period)]
    return records


@dataclass
class Ledger:
    """The fact ledger of one inquiry."""

    inquiry: Inquiry
    rows: list[ledger.Eintrag]


def sources(path: Path, *, stale_months: int = DEFAULT_STALE_MONTHS) -> Ledger:
    """Every fact the draft uses: the questions, record, source, stand and whether it is stale."""
    prepared = prepare(path)
    a = prepared.inquiry.anfrage
    rows = ledger.entries(prepared.draft.uses, a.antwortdatum(date.today()), stale_months)
    return Ledger(prepared.inquiry, rows)


def write_sources(book: Ledger, fmt: str, target: Path | None, force: bool) -> Path:
    """Write the ledger as .csv or .docx, atomically, and return the file's path."""
    inquiry = book.inquiry
    target = target or inquiry.root / "out" / f"{inquiry.name}_quellen.{fmt}"
    if fmt == "csv":
        data = ledger.to_csv(book.rows, inquiry.root)
    else:
        title = f"Quellen zur Antwort auf Drucksache {inquiry.anfrage.drucksache or '…'}"
        from anfrage.docx.ledger import table_document

        data = table_document(title, ledger.HEADER, ledger.rows_as_text(book.rows, inquiry.root))
    output.write_atomic(target, data, force=force)
    return target


@dataclass
class Use:
    """An inquiry that quotes a fact file: which questions quote which records."""

    inquiry: Path
    drucksache: str
    quotes: dict[str, list[str]]
    """Question labels → record ids quoted there; empty when the file is listed, not quoted."""


def uses(fact: str, paths: list[Path]) -> tuple[list[Use], list[Problem]]:
    """The inquiries among `paths` (files or folders) that quote a fact file, or one record of
    it (`FILE#record-id`). Inquiries that cannot be loaded are returned as problems."""
    from anfrage.batch import expand

    name, _, record_id = fact.partition("#")
    fact_path = Path(name).resolve()
    facts = load_facts([fact_path])
    if record_id and record_id not in facts:
        raise AnfrageError.single(
            fact_path, f"no record {record_id!r} in this fact file; it has {', '.join(facts.by_id)}"
        )
    if not paths:
        paths = [find_root(fact_path) / "anfragen"]
    found, problems = [], []
    for inquiry_path in expand(paths):
        try:
            prepared = prepare(inquiry_path)
        except AnfrageError as e:
            problems += e.problems
            continue
        if fact_path not in prepared.inquiry.facts.files:
            continue
        quotes: dict[str, list[str]] = {}
        rows = ledger.entries(
            prepared.draft.uses,
            prepared.inquiry.anfrage.antwortdatum(date.today()),
            DEFAULT_STALE_MONTHS,
        )
        for row in rows:
            if row.path == fact_path and (not record_id or row.record_id == record_id):
                quotes.setdefault(row.fragen, []).append(row.record_id)
        if quotes or not record_id:
            found.append(Use(inquiry_path, prepared.inquiry.anfrage.drucksache or "", quotes))
    return found, problems


@dataclass
class Merged:
    """The outcome of a merge: the file written, or the conflicts that stopped it."""

    path: Path | None
    conflicts: list[Problem]
    merged: list[str] = field(default_factory=list)
    """One line per contribution block taken in."""
    notes: list[str] = field(default_factory=list)


def merge(
    path: Path,
    contributions: list[Path],
    *,
    out: Path | None = None,
    replace: bool = False,
    force: bool = False,
) -> Merged:
    """Take contributions of other Ressorts into the inquiry at `path` (or write the result to
    `out`). Conflicts stop the merge with nothing written; bad input raises AnfrageError."""
    import os

    from anfrage.loading.inquiry import load_contribution
    from anfrage.merging import plan as merging
    from anfrage.merging import roundtrip

    inquiry = load_inquiry(path)
    loaded, problems = [], []
    for c in contributions:
        try:
            loaded.append(load_contribution(c, inquiry))
        except SourceError as e:
            problems += e.problems
    if problems:
        raise SourceError(problems)
    plan = merging.plan(inquiry, loaded, replace=replace)
    if plan.conflicts:
        return Merged(None, plan.conflicts)
    target = out if out is not None else path
    if target.exists() and not force and target.resolve() != path.resolve():
        raise AnfrageError.single(target, "exists already; use --force to overwrite it")
    a = inquiry.anfrage
    all_nodes = questions.nodes(a)
    here = target.resolve().parent

    def relative(p: Path) -> str:
        return Path(os.path.relpath(p, here)).as_posix()

    fakten: list[str] | None = None
    if plan.fakten or here != path.resolve().parent:
        old = [relative((path.parent / name).resolve()) for name in a.fakten]
        fakten = old + [relative(p) for p in plan.fakten]
    inserts, merged = [], []
    for p in plan.placements:
        if all(b in plan.unchanged for b in p.replaces):
            continue
        head = p.contribution.zulieferung.zulieferung
        labels = ", ".join(
            questions.label(all_nodes, q)
            for q in questions.block_ids(p.contribution.zulieferung.antworten[p.index])
        )
        comment = f"Zulieferung {head.ressort}"
        comment += f" of {head.datum.isoformat()}" if head.datum else ""
        comment += f" ({head.bearbeitung})" if head.bearbeitung else ""
        comment += f", merged from {p.contribution.path.name}"
        text = _text(p.contribution.path)
        inserts.append(roundtrip.Insert(min(p.replaces), text, p.index, head.ressort, comment))
        merged.append(f"{head.ressort}: questions {labels} from {p.contribution.path.name}")
    notes = [
        f"the answer to questions {_labels(a, b)} already had text; replaced by the contribution"
        for b in plan.replaced
    ] + [f"questions {_labels(a, b)}: the contribution is merged already" for b in plan.unchanged]
    if not inserts and fakten is None and target.resolve() == path.resolve():
        return Merged(path, [], [], notes)
    source = _text(path)
    result = roundtrip.splice(source, inserts, plan.remove, fakten).encode("utf-8")
    load_inquiry(target, result)  # the merged file must load like any inquiry, before it is written
    output.write_atomic(target, result, force=True)
    return Merged(target, [], merged, notes)


def _text(path: Path) -> str:
    from anfrage.loading._yaml import decode, read_bytes

    return decode(path, read_bytes(path))


def _labels(a: Anfrage, block: int) -> str:
    all_nodes = questions.nodes(a)
    return ", ".join(questions.label(all_nodes, q) for q in questions.block_ids(a.antworten[block]))


def import_document(
    source: Path,
    *,
    profile: str | None = None,
    out: Path | None = None,
    force: bool = False,
    today: date | None = None,
) -> ImportResult:
    """Read a Kleine Anfrage (PDF, DOCX or text) into a new inquiry file (see
    `anfrage.importing.run`)."""
    from anfrage.importing.run import import_document as run

    return run(source, profile=profile, out=out, force=force, today=today)
