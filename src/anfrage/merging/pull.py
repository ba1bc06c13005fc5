"""`anfrage pull`: a draft edited in Word (Mitzeichnung) read back into the inquiry.

The draft is rebuilt from the inquiry and set beside the document paragraph by paragraph.
Paragraphs the draft builds itself (questions, labels, grouped sentences, markers, the
template's header) are structure and not pulled; the answer text that changed is. A fact
value in a changed paragraph stays a reference while its text is unchanged; a value changed
by hand is reported and is taken as typed only with --keep-typed.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from anfrage import output, refs
from anfrage.docx import readback
from anfrage.draft import request
from anfrage.draft.blocks import Writer
from anfrage.draft.context import build_draft
from anfrage.errors import Problem, SourceError, shown
from anfrage.formatting import NONCHARACTERS
from anfrage.loading._yaml import decode, read_bytes
from anfrage.loading.inquiry import Inquiry, load_inquiry
from anfrage.loading.profile import load_profile
from anfrage.merging import wordin
from anfrage.merging.bodies import Edit, apply_edits
from anfrage.model.profil import Profil
from anfrage.model.questions import block_ids, label, nodes


@dataclass
class Pulled:
    edits: list[Edit] = field(default_factory=list)
    typed: list[str] = field(default_factory=list)
    """Fact values changed by hand."""
    refused: list[str] = field(default_factory=list)
    """Changes that cannot be pulled: structure, text built from facts."""
    pending: list[Problem] = field(default_factory=list)
    path: Path | None = None

    @property
    def findings(self) -> bool:
        return bool(self.pending or self.refused or self.typed)


@dataclass(frozen=True)
class _Slot:
    """A paragraph of the rebuilt draft and where it comes from."""

    key: Any
    block: int | None = None
    piece: int | None = None


def _key(art: str, nummer: str, text: str, kopf: list[str], zeilen: list[list[str]]) -> Any:
    if art == "tabelle":
        return tuple(tuple(wordin.norm(c) for c in r) for r in [kopf, *zeilen])
    plain = wordin.norm(NONCHARACTERS.sub("", text))
    return f"{nummer} {plain}".strip() if nummer else plain


def _doc_key(b: readback.Block) -> Any:
    if isinstance(b, readback.Table):
        return tuple(tuple(wordin.norm(c) for c in r) for r in b.rows)
    return wordin.norm(b.text)


def _slots(inquiry: Inquiry, profil: Profil) -> list[_Slot]:
    """The draft's paragraphs, each answer paragraph with its block and building block."""
    draft = build_draft(inquiry, profil)
    expected: list[tuple[Any, int, int]] = []
    a = inquiry.anfrage
    order = {n.id: i for i, n in enumerate(nodes(a))}
    placed = sorted(
        (max(order[q] for q in block_ids(x) if q in order), b)
        for b, x in enumerate(a.antworten)
        if any(q in order for q in block_ids(x))
    )
    for _, b in placed:
        for piece in request.pieces(inquiry, profil, b, []):
            for p in piece.absaetze:
                expected.append((_key(p.art, p.nummer, p.text, p.kopf, p.zeilen), b, piece.index))
    out, n = [], 0
    for p in draft.absaetze:
        key = _key(p.art, p.nummer, p.text, p.kopf, p.zeilen)
        if n < len(expected) and expected[n][0] == key and not p.luecke:
            out.append(_Slot(key, expected[n][1], expected[n][2]))
            n += 1
        else:
            out.append(_Slot(key))
    return _with_template(out, inquiry)


def _with_template(slots: list[_Slot], inquiry: Inquiry) -> list[_Slot]:
    """The paragraphs of the draft as its template renders them: the template's own (header
    lines, an opening sentence, the closing and the signature) and the draft's in the order
    the template sets them, each answer paragraph with its block. The template's text is the
    draft's own, never text added to the first or the last answer. Where an answer paragraph
    cannot be found in the rendered draft, the draft's paragraphs alone."""
    from anfrage import drafting
    from anfrage.docx import render

    prepared = drafting.prepare(inquiry.path)
    core = render.core_properties("", "", "", datetime(1980, 1, 1))
    data = render.render_bytes(prepared.template, prepared.draft.context, core)
    rendered = [_doc_key(b) for b in readback.blocks(readback.open_docx(inquiry.path, data))]
    out = [_Slot(key) for key in rendered]
    matcher = difflib.SequenceMatcher(None, [s.key for s in slots], rendered, autojunk=False)
    found = 0
    for i, j, n in matcher.get_matching_blocks():
        for k in range(n):
            out[j + k] = slots[i + k]
            found += slots[i + k].block is not None
    return out if found == sum(s.block is not None for s in slots) else slots


def pull(path: Path, edited: Path, *, apply: bool, keep_typed: bool, accept: bool) -> Pulled:
    """The changes in `edited` against the draft of the inquiry at `path`; with `apply`, and
    when nothing stops it, written into the inquiry."""
    with output.locked(path):
        return _pull(path, edited, apply=apply, keep_typed=keep_typed, accept=accept)


def _pull(path: Path, edited: Path, *, apply: bool, keep_typed: bool, accept: bool) -> Pulled:
    inquiry = load_inquiry(path)
    a = inquiry.anfrage
    profil, _ = load_profile(inquiry.root / "templates", a.parlament)
    slots = _slots(inquiry, profil)
    doc = readback.open_docx(edited)
    items = readback.blocks(doc)
    keys = [_doc_key(b) for b in items]
    all_nodes = nodes(a)
    if not any(wordin.question_of(b.text, all_nodes) for b in items if hasattr(b, "text")):
        raise SourceError.single(
            edited, f"holds none of the questions of {shown(inquiry.path)}: not a draft of it"
        )
    result = Pulled()
    owned: dict[int, list[int]] = {}
    """Answer block → the document blocks that now hold its text."""
    where: dict[int, str] = {}
    matcher = difflib.SequenceMatcher(None, [s.key for s in slots], keys, autojunk=False)
    opcodes = matcher.get_opcodes()
    for tag, i1, i2, j1, j2 in opcodes:
        for j in range(j1, j2):
            where[items[j].index] = _context(slots, i1, inquiry)
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                if (held := slots[i].block) is not None:
                    owned.setdefault(held, []).append(j)
            continue
        owner = _owner(slots, i1, i2)
        if owner is None:
            if i1 == 0 and tag == "insert" or i1 == len(slots):
                continue  # the template's own paragraphs before and after the draft
            shown_ = "; ".join(_show(items[j]) for j in range(j1, j2)) or "(deleted)"
            was = "; ".join(str(s.key) for s in slots[i1:i2] if s.key)
            place = _context(slots, i1, inquiry)
            result.refused.append(
                f"{place}: the draft's own text changed ({_short(was)} → {_short(shown_)}); "
                "it is not answer text: change the inquiry file instead"
                if was
                else f"{place}: paragraph added outside any answer ({_short(shown_)}); not pulled"
            )
            continue
        owned.setdefault(owner, []).extend(range(j1, j2))
    result.pending = wordin.pending(doc, where, accept, ignore_own=True)
    changed = {s.block for tag, i1, i2, j1, j2 in opcodes if tag != "equal" for s in slots[i1:i2]}
    changed |= {_owner(slots, i1, i2) for tag, i1, i2, _, _ in opcodes if tag == "insert"}
    for b in sorted(x for x in changed if x is not None):
        edit = _edit(inquiry, profil, b, [items[j] for j in sorted(owned.get(b, []))], result)
        if edit is not None:
            result.edits.append(edit)
    if result.typed and keep_typed:
        result.typed = []
    if apply and result.edits and not result.findings:
        source = decode(path, read_bytes(path))
        text = apply_edits(source, result.edits)
        load_inquiry(path, text.encode("utf-8"))  # it must load like any inquiry, first
        output.write_atomic(path, text.encode("utf-8"), force=True)
        result.path = path
    return result


def _owner(slots: list[_Slot], i1: int, i2: int) -> int | None:
    """The answer block a changed range belongs to: its own paragraphs' block, or for text
    added, the block of the paragraph before it (or after it, at a block's start)."""
    own = {s.block for s in slots[i1:i2]}
    if own and None not in own and len(own) == 1:
        return own.pop()
    if i1 == i2:
        before = slots[i1 - 1].block if i1 > 0 else None
        after = slots[i1].block if i1 < len(slots) else None
        return before if before is not None else after
    return None


def _context(slots: list[_Slot], i: int, inquiry: Inquiry) -> str:
    for s in reversed(slots[: i + 1]):
        if s.block is not None:
            return f"in the answer to {_names(inquiry, s.block)}"
    return "outside the answers"


def _names(inquiry: Inquiry, b: int) -> str:
    all_nodes = nodes(inquiry.anfrage)
    return ", ".join(label(all_nodes, q) for q in block_ids(inquiry.anfrage.antworten[b]))


def _show(b: readback.Block) -> str:
    return "[table]" if isinstance(b, readback.Table) else wordin.norm(b.text)


def _short(text: str) -> str:
    return text if len(text) <= 70 else text[:67] + "…"


def _edit(
    inquiry: Inquiry, profil: Profil, b: int, now: list[readback.Block], result: Pulled
) -> Edit | None:
    """The new body of block `b` from the document blocks that now hold it."""
    pieces = request.pieces(inquiry, profil, b, [])
    old = [_key(p.art, p.nummer, p.text, p.kopf, p.zeilen) for x in pieces for p in x.absaetze]
    new = [_doc_key(x) for x in now]
    if old == new:
        return None
    body: list[Any] = []
    i = 0
    names = _names(inquiry, b)
    used: set[int] = set()
    while i < len(now):
        hit = next(
            (
                p
                for p in pieces
                if p.index not in used
                and p.absaetze
                and [_key(x.art, x.nummer, x.text, x.kopf, x.zeilen) for x in p.absaetze]
                == new[i : i + len(p.absaetze)]
            ),
            None,
        )
        if hit is not None:
            used.add(hit.index)
            body.append(hit.index)
            i += len(hit.absaetze)
            continue
        item = now[i]
        i += 1
        origin = _origin(pieces, old, new, i - 1, used)
        if isinstance(item, readback.Paragraph) and origin is not None:
            text = _flat(item.text)
            body.append(_rewrite(inquiry, b, origin, text, names, result))
            continue
        body += _plain_items([item])
    diff = _word_diff(old, new)
    return Edit(b, names, diff, body)


def _origin(
    pieces: list[request.Piece], old: list[Any], new: list[Any], j: int, used: set[int]
) -> request.Piece | None:
    """The building block a changed paragraph came from: a one-paragraph `absatz` whose text
    is most like it."""
    best, score = None, 0.5
    for p in pieces:
        if p.baustein.absatz is None or len(p.absaetze) != 1:
            continue
        ratio = difflib.SequenceMatcher(
            None, _key("antwort", "", p.absaetze[0].text, [], []), str(new[j]), autojunk=False
        ).ratio()
        if ratio > score:
            best, score = p, ratio
    return best


def _rewrite(
    inquiry: Inquiry, b: int, origin: request.Piece, text: str, names: str, result: Pulled
) -> str:
    """The paragraph's new source: its references kept where their text stands unchanged; a
    value typed over is reported (and taken as typed only with --keep-typed)."""
    source = origin.baustein.absatz or ""
    writer = Writer(inquiry, [], (), inquiry.anfrage.antworten[b].einheit)
    segments: list[tuple[str, str | None]] = []
    for part in refs.parse(source):
        if isinstance(part, str):
            segments.append((part, None))
        else:
            segments.append((writer.text(str(part)), str(part)))
    segments = [(_flat(s), ref) for s, ref in segments]
    rendered = "".join(s for s, _ in segments)
    matcher = difflib.SequenceMatcher(None, rendered, text, autojunk=False)
    blocks = matcher.get_matching_blocks()
    out: list[str] = []
    pos = 0  # in `text`
    start = 0  # in `rendered`
    for shown_, ref in segments:
        end = start + len(shown_)
        if ref is not None:
            hit = next((m for m in blocks if m.a <= start and end <= m.a + m.size), None)
            if hit is not None:
                at = hit.b + (start - hit.a)
                out.append(refs.escape(text[pos:at]) + ref)
                pos = at + len(shown_)
            else:
                typed = _mapped(matcher, start, end, text)
                if typed.strip():
                    result.typed.append(
                        f"{wordin.norm(shown_)} → {wordin.norm(typed)} in the answer to "
                        f"{names}: correct the fact, or keep the text as typed with "
                        "--keep-typed"
                    )
        start = end
    out.append(refs.escape(text[pos:]))
    return "".join(out)


def _mapped(matcher: difflib.SequenceMatcher[str], start: int, end: int, text: str) -> str:
    """The text that stands where `rendered[start:end]` stood."""
    lo, hi = len(text), 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if i2 <= start or i1 >= end:
            continue
        if tag == "equal":
            lo, hi = min(lo, j1 + max(0, start - i1)), max(hi, j1 + min(i2, end) - i1)
        else:
            lo, hi = min(lo, j1), max(hi, j2)
    return text[lo:hi] if lo < hi else ""


def _flat(text: str) -> str:
    """Text with runs of spaces, tabs and line breaks as one space; no-break spaces kept."""
    return re.sub(r"[ \t\n\r]+", " ", text.replace("\u00ad", ""))


def _plain_items(items: list[readback.Block]) -> list[Any]:
    return wordin._bausteine(items, [])


def _word_diff(old: list[Any], new: list[Any]) -> list[str]:
    """Changed paragraphs as a word diff: [-removed-] {+added+}."""
    out = []
    lines = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        if tag == "equal":
            continue
        a = " ".join(str(x) for x in old[i1:i2]).split()
        b = " ".join(str(x) for x in new[j1:j2]).split()
        words = difflib.SequenceMatcher(None, a, b, autojunk=False)
        parts = []
        for t, x1, x2, y1, y2 in words.get_opcodes():
            if t == "equal":
                kept = a[x1:x2]
                parts.append(" ".join(kept if len(kept) <= 8 else [*kept[:3], "…", *kept[-3:]]))
                continue
            if x2 > x1:
                parts.append("[-" + " ".join(a[x1:x2]) + "-]")
            if y2 > y1:
                parts.append("{+" + " ".join(b[y1:y2]) + "+}")
        out.append(" ".join(parts))
    return out
