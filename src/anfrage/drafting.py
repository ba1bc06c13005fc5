"""Drafting: an inquiry becomes a prepared draft context, and a prepared draft becomes .docx.

Output naming, the VS-NfD annex and the PDF conversion are decided here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from anfrage import output
from anfrage.draft import request
from anfrage.draft.context import Draft, build_draft
from anfrage.draft.uses import Verwendung
from anfrage.errors import AnfrageError, SourceError
from anfrage.loading.inquiry import Inquiry, load_inquiry
from anfrage.loading.profile import load_profile, template_file
from anfrage.model import Anfrage, questions
from anfrage.model.profil import Profil


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
    if ressort is not None and selected is not None:  # a request another Ressort fills in
        draft = request.build_request(inquiry, profil, selected, ressort, sources=sources)
    else:
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


NO_DATE = date(1980, 1, 1)
"""The date in the properties of a draft whose inquiry has none yet: fixed, so the same
inputs give the same bytes on any day (1980-01-01 is also the zip format's first day)."""


def _dated(a: Anfrage) -> date:
    """The day a draft is dated: as the answer's letter (Anfrage.antwortdatum), else the day
    the question was received, else NO_DATE; never the clock."""
    return a.antwortdatum(a.datum or a.eingang or NO_DATE)


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
    from anfrage.docx import answerspace
    from anfrage.docx import render as docx  # docxtpl is imported only when a draft is rendered

    if pdf:
        client.soffice()  # fail before writing anything when LibreOffice is missing
    prepared = prepare(path, selection, sources=sources, ressort=ressort)
    target = output_path(prepared, out_dir, selection, sources, ressort)
    if target.exists() and not force:
        raise AnfrageError.single(target, "exists already; use --force to overwrite it")
    a = prepared.inquiry.anfrage
    when = datetime.combine(_dated(a), time(12, 0))
    core = docx.core_properties(
        title=a.titel,
        subject=" – ".join(
            x
            for x in (
                prepared.draft.zulieferung,
                f"Drucksache {a.drucksache}" if a.drucksache else "",
            )
            if x
        ),
        author=prepared.profil.regierung,
        when=when,
    )
    annex_target, annex_data = None, b""
    if prepared.draft.annex:
        annex_template = template_file(prepared.inquiry.root / "templates", ANNEX_TEMPLATE)
        if not annex_template.is_file():
            raise SourceError.single(
                annex_template,
                "the answer uses VS-NfD facts, which go into an annex; its template is missing",
            )
        annex_target = target.with_name(target.stem + "_anlage-vs-nfd.docx")
        if annex_target.exists() and not force:
            raise AnfrageError.single(annex_target, "exists already; use --force to overwrite it")
        annex_context = prepared.draft.context_with(prepared.draft.annex)
        annex_data = docx.render_bytes(annex_template, annex_context, core)
    notes = {i: source_note(u) for i, u in enumerate(prepared.draft.uses)} if sources else None
    data = docx.render_bytes(
        prepared.template, prepared.draft.context, core, notes=notes, when=when
    )
    if ressort is not None:  # only a request has answer spaces, to get their style
        data = answerspace.mark(data)
    # The draft, its annex and its PDF are written together or not at all; a failure puts
    # back what a forced write replaced.
    with output.all_or_nothing() as files:
        if annex_target is not None:
            files.write(annex_target, annex_data, force=force)
        files.write(target, data, force=force)
        pdf_path = (
            client.convert([target], target.parent, force=force, notes=sources)[0] if pdf else None
        )
    notes_ = prepared.notes + prepared.draft.notes + docx.template_notes(prepared.template)
    return Rendered(target, notes_, prepared.draft.unanswered, pdf_path, annex_target)
