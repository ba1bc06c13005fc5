"""Editing an inquiry file in place with ruamel.yaml, so that the desk officer's comments,
quoting, block scalars and key order survive a merge. Only this module imports ruamel.

The files it edits have already passed anfrage's own safe loader; this module never decides
what is valid, it only splices answer blocks.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.tokens import CommentToken
from ruamel.yaml.util import load_yaml_guess_indent


@dataclass
class Insert:
    """One answer block of a contribution, to go where the inquiry's block `at` stood."""

    at: int
    source: str
    """The contribution file's text."""
    index: int
    """The block's index under the contribution's `antworten`."""
    ressort: str
    comment: str


class _Representer(RoundTripRepresenter):
    """Writes null as `null`, as the skeletons and the README do, not as an empty value."""


_Representer.add_representer(
    type(None), lambda r, _: r.represent_scalar("tag:yaml.org,2002:null", "null")
)


def round_trip_yaml(text: str) -> tuple[YAML, int, int]:
    """A round-trip YAML that writes with the indentation the file already uses, the column
    of its list dashes, and the column of the items of a top-level list."""
    _, sequence, offset = load_yaml_guess_indent(text)
    sequence, offset = sequence or 4, offset or 0
    y = YAML(typ="rt")
    y.Representer = _Representer
    y.width = 1_000_000  # never re-wrap a long line of prose
    y.preserve_quotes = True
    # ruamel reports the indent of list items and the dash offset; a mapping is indented
    # like the dash where the dash is indented at all ("  - x"), else like the items.
    y.indent(mapping=offset or sequence, sequence=sequence, offset=offset)
    return y, offset, sequence


def splice(text: str, inserts: list[Insert], remove: set[int], fakten: list[str] | None) -> str:
    """The inquiry `text` with the answer blocks at `remove` taken out and `inserts` put in
    their place, each marked with its comment; with `fakten`, that list of fact files."""
    y, dash, column = round_trip_yaml(text)
    data: CommentedMap = y.load(text)
    old: CommentedSeq = data.get("antworten") or CommentedSeq()
    loaded: dict[str, CommentedMap] = {}
    new = CommentedSeq()
    comments: list[tuple[int, str, Any]] = []
    for i in range(len(old) + 1):
        carried = i in remove  # a removed block's leading comment goes to its replacement
        for ins in (x for x in inserts if x.at == i):
            if ins.source not in loaded:
                loaded[ins.source] = round_trip_yaml(ins.source)[0].load(ins.source)
            block: CommentedMap = loaded[ins.source]["antworten"][ins.index]
            _shift(block, column - block.lc.col)  # its comments move with it
            if "ressort" not in block:
                block.insert(_after(block, "fragen", "einheit"), "ressort", ins.ressort)
            comments.append((len(new), ins.comment, old.ca.items.get(i) if carried else None))
            carried = False
            new.append(block)
        if i < len(old) and i not in remove:
            if i in old.ca.items:
                new.ca.items[len(new)] = old.ca.items[i]
            new.append(old[i])
    for position, comment, before in comments:
        new.yaml_set_comment_before_after_key(position, before=f"\n{comment}", indent=dash)
        if before and before[1]:
            new.ca.items[position][1] = before[1] + new.ca.items[position][1]
    data["antworten"] = new
    if fakten is not None:
        if "fakten" in data:
            data["fakten"] = _same(data, fakten)
        else:  # where an inquiry lists its fact files: before the questions
            names = list(data)
            at = names.index("fragen") if "fragen" in names else len(names)
            data.insert(at, "fakten", CommentedSeq(fakten))
    out = io.StringIO()
    y.dump(data, out)
    result = out.getvalue()
    return result.replace("\n", "\r\n") if "\r\n" in text else result


def _shift(node: Any, delta: int) -> None:
    """Move the comments inside `node` by `delta` columns, as the node itself moves."""
    if not delta or not isinstance(node, (CommentedMap, CommentedSeq)):
        return
    tokens: list[Any] = [node.ca.comment, node.ca.end, *node.ca.items.values()]
    while tokens:
        token = tokens.pop()
        if isinstance(token, list):
            tokens.extend(token)
        elif isinstance(token, CommentToken):
            token.column = max(0, token.column + delta)
    children = node.values() if isinstance(node, CommentedMap) else node
    for child in children:
        _shift(child, delta)


def _after(block: CommentedMap, *keys: str) -> int:
    """The position just after the last of `keys` present in `block`."""
    names = list(block)
    return max((names.index(k) + 1 for k in keys if k in names), default=len(names))


def _same(data: CommentedMap, fakten: list[str]) -> CommentedSeq:
    """The existing `fakten` list, with its comments, extended or rewritten to `fakten`."""
    seq: CommentedSeq = data["fakten"]
    if list(seq) == fakten[: len(seq)]:
        seq.extend(fakten[len(seq) :])
        return seq
    return CommentedSeq(fakten)
