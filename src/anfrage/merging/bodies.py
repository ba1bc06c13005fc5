"""Answer bodies changed in place in an inquiry file (for `anfrage pull`): building blocks
kept keep their text, quoting and comments; new paragraphs are written as the file writes
prose."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.comments import CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString

from anfrage.merging import roundtrip


@dataclass
class Edit:
    """The changed text of one answer block."""

    block: int
    fragen: str
    diff: list[str]
    body: list[Any]
    """The block's new building blocks; kept ones as their index into the old body."""


def apply_edits(source: str, edits: list[Edit]) -> str:
    """The inquiry text with each edited block's body changed in place: kept building blocks
    keep their text, quoting and comments; a changed paragraph takes its old one's place."""
    y, _, _ = roundtrip.round_trip_yaml(source)
    data = y.load(source)
    for edit in edits:
        block = data["antworten"][edit.block]
        if not isinstance(block["text"], CommentedSeq):
            block["text"] = CommentedSeq([block["text"]])
        seq: CommentedSeq = block["text"]
        kept = [x for x in edit.body if isinstance(x, int)]
        bounds = [-1, *kept, len(seq)]
        groups: list[list[Any]] = [[] for _ in range(len(kept) + 1)]
        g = 0
        for item in edit.body:
            if isinstance(item, int):
                g += 1
            else:
                groups[g].append(item)
        for g in reversed(range(len(groups))):
            start, stop = bounds[g] + 1, bounds[g + 1]
            new = groups[g]
            for n in range(min(stop - start, len(new))):
                seq[start + n] = _scalar(new[n])
            for n in reversed(range(start + len(new), stop)):
                del seq[n]
            for n in range(stop - start, len(new)):
                seq.insert(start + n, _scalar(new[n]))
    out = io.StringIO()
    y.dump(data, out)
    text = out.getvalue()
    return text.replace("\n", "\r\n") if "\r\n" in source else text


def _scalar(item: Any) -> Any:
    """A new paragraph as the inquiry writes prose: folded at spaces where that reads back
    exactly, double-quoted otherwise."""
    if not isinstance(item, str):
        return item
    if (
        len(item) > 80
        and re.fullmatch(r"[^\s#\-?:,\[\]{}&*!|>'\"%@`](?:[^\n\t]*\S)?", item)
        and ("  " not in item)
    ):
        folded = FoldedScalarString(item)
        folded.fold_pos = _folds(item, 88)
        return folded
    return DoubleQuotedScalarString(item)


def _folds(text: str, width: int) -> list[int]:
    """Positions of the spaces where a folded scalar breaks its lines."""
    out, line_start, last = [], 0, -1
    for i, ch in enumerate(text):
        if ch == " ":
            if i - line_start > width and last > line_start:
                out.append(last)
                line_start = last + 1
            last = i
    if len(text) - line_start > width and last > line_start:
        out.append(last)
    return out
