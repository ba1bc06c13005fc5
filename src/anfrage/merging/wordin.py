"""A contribution that comes back as a .docx: the request `render --ressort WM` wrote, filled
in by the other Ressort, read back into the Contribution a YAML contribution loads into.

Each assigned question is found by its text; the answer to a block of questions is what
follows the block's last question (after the label 'Antwort WM zu …:'), up to the next
question, label or the closing 'Ende der Zulieferung WM'. Whatever the other ministry did to
the layout, paragraphs, list items and tables become answer blocks; paragraphs it left as
they were pre-filled keep their references to facts.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from anfrage import refs
from anfrage.docx import readback
from anfrage.draft import request
from anfrage.errors import Problem, SourceError, shown
from anfrage.loading.inquiry import Contribution, Inquiry, load_contribution
from anfrage.loading.profile import load_profile
from anfrage.model.questions import Node, block_ids, label, nodes

_SUBJECT = re.compile(r"Zulieferung (?P<ressort>[^\s]+) zu")
_DRUCKSACHE = re.compile(r"Drucksache\s+(?P<nr>\d+/\d+)")
_HEADING = ("überschrift", "heading", "zwischen", "titel")
SELF = "anfrage"
"""The author of the source comments anfrage writes itself (render --sources)."""


def is_docx(path: Path) -> bool:
    """Whether `path` names a Word document rather than a YAML file."""
    return path.suffix.lower() in (".docx", ".docm", ".dotx")


def norm(text: str) -> str:
    """Text compared without regard to spacing, soft hyphens and no-break spaces."""
    return " ".join(text.replace("\u00ad", "").replace("\u00a0", " ").split())


def pending(
    doc: readback.Document, where: dict[int, str], accept: bool, *, ignore_own: bool = False
) -> list[Problem]:
    """One problem per unaccepted change and per open comment, with its location; none with
    `accept`. `where` names the place of a body block ('in the answer to 3')."""
    if accept:
        return []
    out = []
    for c in readback.changes(doc):
        text = f": '{_short(c.text)}'" if c.text.strip() else ""
        out.append(
            Problem(
                doc.path,
                f"unaccepted tracked {c.kind}{_by(c.author, c.date)}{text} "
                f"({_place(c.block, where)}); accept or reject it in Word, or merge with "
                "--accept-changes",
            )
        )
    for m in readback.comments(doc):
        if m.done or (ignore_own and m.author == SELF):
            continue
        out.append(
            Problem(
                doc.path,
                f"open comment{_by(m.author, m.date)}: '{_short(m.text)}' "
                f"({_place(m.block, where)}); resolve or delete it, or use --accept-changes",
            )
        )
    return out


def _by(author: str, when: str) -> str:
    return (f" by {author}" if author else "") + (f" of {when[:10]}" if when else "")


def _short(text: str) -> str:
    text = norm(text)
    return text if len(text) <= 60 else text[:57] + "…"


def _place(block: int, where: dict[int, str]) -> str:
    return f"paragraph {block + 1}" + (f", {where[block]}" if block in where else "")


def identify(doc: readback.Document, items: list[readback.Block]) -> tuple[str, str]:
    """(Ressort, Drucksache) the document says it is a contribution of; '' where it says
    nothing."""
    texts = [readback.subject(doc)] + [
        norm(b.text) for b in items if isinstance(b, readback.Paragraph)
    ]
    ressort = next((m["ressort"] for t in texts if (m := _SUBJECT.search(t))), "")
    if not ressort:
        found = [request.parse_label(t) for t in texts]
        ressort = next((f[0] for f in found if f), "")
    nr = next((m["nr"] for t in texts if (m := _DRUCKSACHE.search(t))), "")
    return ressort, nr


def question_of(text: str, all_nodes: list[Node]) -> Node | None:
    """The question whose text this paragraph holds, after its number ('3.', 'a)')."""
    t = norm(text)
    for node in all_nodes:
        key = norm(node.text)
        if key and (t == key or (t.endswith(" " + key) and len(t) - len(key) <= 16)):
            return node
    return None


def load(path: Path, inquiry: Inquiry, *, accept: bool) -> tuple[Contribution, list[Problem]]:
    """The contribution in the .docx at `path`, and what stops it (tracked changes, open
    comments) unless `accept`. Raises SourceError when the document is not a contribution
    of its Ressort to this inquiry."""
    a = inquiry.anfrage
    doc = readback.open_docx(path)
    items = readback.blocks(doc)
    ressort, nr = identify(doc, items)
    if not ressort:
        raise SourceError.single(
            path,
            "is not a contribution request of anfrage: it has no 'Zulieferung … zu' marking "
            "and no 'Antwort … zu …:' label; render the request with `anfrage render "
            f"{shown(inquiry.path)} --ressort RESSORT`",
        )
    if nr and a.drucksache and nr != a.drucksache:
        raise SourceError.single(
            path,
            f"this contribution is for Drucksache {nr}; {shown(inquiry.path)} is Drucksache "
            f"{a.drucksache}",
        )
    assigned = [b for b, antwort in enumerate(a.antworten) if antwort.ressort == ressort]
    if not assigned:
        raise SourceError.single(
            path, f"is a contribution of {ressort}, but the inquiry assigns no question to it"
        )
    answers, where = _answers(path, inquiry, items, ressort, assigned)
    profil, _ = load_profile(inquiry.root / "templates", a.parlament)
    body = []
    for b in assigned:
        kept = request.pieces(inquiry, profil, b, [])
        fragen = block_ids(a.antworten[b])
        body.append({"fragen": fragen, "text": _bausteine(answers.get(b, []), kept)})
    head = {"ressort": ressort, "drucksache": a.drucksache or nr}
    text = _dump({"zulieferung": head, "antworten": body})
    contribution = load_contribution(path, inquiry, text.encode("utf-8"))
    return contribution, pending(doc, where, accept)


def _answers(
    path: Path, inquiry: Inquiry, items: list[readback.Block], ressort: str, assigned: list[int]
) -> tuple[dict[int, list[readback.Block]], dict[int, str]]:
    """The blocks after each assigned answer block's last question, and where each body block
    stands ('in the answer to 3')."""
    a = inquiry.anfrage
    all_nodes = nodes(a)
    order = {n.id: i for i, n in enumerate(all_nodes)}
    closing = {max(block_ids(a.antworten[b]), key=order.__getitem__): b for b in assigned}
    mine = {q for b in assigned for q in block_ids(a.antworten[b])}
    answers: dict[int, list[readback.Block]] = {}
    where: dict[int, str] = {}
    seen: set[str] = set()
    current: int | None = None
    context = ""
    for item in items:
        if isinstance(item, readback.Paragraph):
            node = question_of(item.text, all_nodes)
            if node is not None:
                if node.id not in mine:
                    raise SourceError.single(
                        path,
                        f"holds question {node.label}, which the inquiry does not assign to "
                        f"{ressort} (paragraph {item.index + 1}); a contribution answers only "
                        "its own questions",
                    )
                seen.add(node.id)
                current = closing.get(node.id)
                context = f"at question {node.label}"
                where[item.index] = context
                continue
            found = request.parse_label(item.text)
            if found is not None:
                if found[0] != ressort:
                    raise SourceError.single(
                        path,
                        f"paragraph {item.index + 1} labels an answer of {found[0]} in a "
                        f"contribution of {ressort}",
                    )
                where[item.index] = context
                continue
            if norm(item.text) == request.end(ressort):
                current, context = None, ""
                continue
        where[item.index] = context
        if current is None:
            continue
        context = f"in the answer to {_names(inquiry, current)}"
        where[item.index] = context
        answers.setdefault(current, []).append(item)
    missing = [label(all_nodes, q) for q in sorted(mine - seen, key=order.__getitem__)]
    if missing:
        raise SourceError.single(
            path,
            f"question{'s' if len(missing) > 1 else ''} {', '.join(missing)} assigned to "
            f"{ressort} cannot be found in the document (their text was changed or removed); "
            "keep each question's text as the request gave it",
        )
    return answers, where


def _names(inquiry: Inquiry, block: int) -> str:
    all_nodes = nodes(inquiry.anfrage)
    return ", ".join(label(all_nodes, q) for q in block_ids(inquiry.anfrage.antworten[block]))


def _bausteine(items: list[readback.Block], kept: list[request.Piece]) -> list[Any]:
    """Answer building blocks from the document's blocks: a run of paragraphs that is exactly
    what a pre-filled building block gave stays that building block (with its references)."""
    shown_ = [_plain(b) for b in items]
    out: list[Any] = []
    i = 0
    while i < len(items):
        match = next(
            (
                p
                for p in kept
                if p.absaetze
                and [_absatz_plain(x) for x in p.absaetze] == shown_[i : i + len(p.absaetze)]
            ),
            None,
        )
        if match is not None:
            out.append(match.baustein.model_dump(exclude_none=True, exclude_defaults=True))
            i += len(match.absaetze)
            continue
        item = items[i]
        i += 1
        if isinstance(item, readback.Table):
            out += _table(item)
            continue
        text = _clean(item.text)
        if not text or text == request.PLACEHOLDER:
            continue
        if item.listed:
            if out and isinstance(out[-1], dict) and "liste" in out[-1] and _was_list(items, i):
                out[-1]["liste"].append(refs.escape(text))
            else:
                out.append({"liste": [refs.escape(text)]})
        elif any(k in item.style.lower() for k in _HEADING):
            out.append({"zwischenueberschrift": refs.escape(text)})
        else:
            out.append(refs.escape(text))
    return [_unwrap(x) for x in out]


def _was_list(items: list[readback.Block], i: int) -> bool:
    """Whether the block before item i-1 was a list item too (one list, not two)."""
    before = items[i - 2] if i >= 2 else None
    return isinstance(before, readback.Paragraph) and before.listed


def _unwrap(x: Any) -> Any:
    return x["absatz"] if isinstance(x, dict) and set(x) == {"absatz"} else x


def _table(t: readback.Table) -> list[Any]:
    rows = [[_clean(c) for c in r] for r in t.rows if any(c.strip() for c in r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return [
        {
            "tabelle": {
                "kopf": [refs.escape(c) for c in rows[0]],
                "zeilen": [[refs.escape(c) for c in r] for r in rows[1:]],
            }
        }
    ]


def _clean(text: str) -> str:
    return "\n".join(" ".join(line.replace("\t", " ").split()) for line in text.split("\n")).strip()


def _plain(b: readback.Block) -> Any:
    if isinstance(b, readback.Table):
        return [[norm(c) for c in r] for r in b.rows]
    return norm(b.text)


def _absatz_plain(p: Any) -> Any:
    text = norm(p.text.replace(request.SPACE, ""))
    if p.art == "tabelle":
        return [[norm(c) for c in p.kopf], *[[norm(c) for c in r] for r in p.zeilen]]
    return (p.nummer + " " + text).strip() if p.nummer else text


def _dump(data: dict[str, Any]) -> str:
    y = YAML(typ="rt")
    y.width = 1_000_000
    y.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    y.dump(_quoted(data), out)
    return out.getvalue()


def _quoted(value: Any, key: str = "") -> Any:
    """Every string double-quoted, so that any text reads back exactly as it was."""
    from ruamel.yaml.comments import CommentedSeq
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    if isinstance(value, str):
        return DoubleQuotedScalarString(value)
    if isinstance(value, dict):
        return {k: _quoted(v, k) for k, v in value.items()}
    if isinstance(value, list):
        if key == "fragen":  # fragen: [3, 3a, 3b], as an inquiry writes them
            seq = CommentedSeq([int(v) if v.isdigit() else v for v in value])
            seq.fa.set_flow_style()
            return seq
        seq = CommentedSeq([_quoted(v) for v in value])
        return seq
    return value
