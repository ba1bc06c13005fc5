"""Safe YAML loading that keeps the line and column of every node.

Only plain data is built: mappings, sequences, strings, numbers, booleans and null.
Dates stay strings so that the model can validate them with a clear message.
Python tags and unknown tags are refused, and aliases are expanded within a node budget,
which bounds memory and time for an alias bomb ("billion laughs").

Plain scalars are resolved by YAML 1.2's core rules, narrowed so that no text changes on
its way into a draft: only `true`/`false`, `null`/`~` and numbers written the way they print
(`12`, `-3`, `1.5`, `0.25`) become values; everything else stays the text as typed. YAML 1.1
would read `NO` as false, `12:30` as 750, `0123` as 83, `0x1F` as 31 and `1.10` as 1.1, and
each of these appears in answer text and table cells. A field that expects a number still
gets one: the model converts `"1.10"` there.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from anfrage.errors import Problem, SourceError
from anfrage.formatting import NONCHARACTERS
from anfrage.loading._reading import MAX_BYTES, decode, read_bytes, unprintable

__all__ = ["MAX_BYTES", "YamlDocument", "cached", "decode", "load_yaml", "read_bytes"]

Loc = tuple[str | int, ...]
T = TypeVar("T")

MAX_ALIASED = 200_000
"""Nodes that aliases may add by repeating content: far beyond any real file's use."""
MAX_NODES = 3_000_000
"""Nodes in one file; a 10 MB file of one-character list items has about this many."""

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


# libyaml's parser where PyYAML was built with it (about ten times faster); the Python one else.
_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[valid-type,misc]
    """SafeLoader with the narrowed YAML 1.2 core resolution of plain scalars."""


# Numbers as they print: no sign "+", no leading zero, no trailing zero after the point, no
# exponent, no "_", "0x", "0o" or "1:30"; at most 18 digits (an int64, and no 5,000-digit
# integer that Python refuses to print). Everything else is a string.
_RESOLVERS: list[tuple[str, str, str]] = [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", "~nN"),
    ("tag:yaml.org,2002:int", r"^(?:0|-?[1-9][0-9]{0,17})$", "-0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"^-?(?:0|[1-9][0-9]{0,17})\.(?:0|[0-9]{0,16}[1-9])$",
        "-0123456789",
    ),
]
_Loader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in _RESOLVERS:
    _Loader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))
_Loader.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"^$"), [""])


@dataclass
class YamlDocument:
    """Plain data from one YAML file, with the position of every value and key."""

    path: Path
    data: Any
    values: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    text: str = ""
    """The source text, to find a piece of a value (a reference) on its own line."""
    _starts: list[int] | None = field(default=None, repr=False, compare=False)

    def find(self, loc: Loc, needle: str, nth: int = 0) -> tuple[int, int] | None:
        """Line and column of the `nth` occurrence of `needle` at or after the value at
        `loc`, or the value's own position where it is not found as typed."""
        pos = self.position(loc)
        if pos is None or not self.text:
            return pos
        if self._starts is None:  # where each line begins, once per document
            self._starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        at = self._starts[pos[0] - 1] + pos[1] - 2
        for _ in range(nth + 1):
            at = self.text.find(needle, at + 1)
            if at == -1:
                return pos
        line = bisect.bisect_right(self._starts, at)
        return line, at - self._starts[line - 1] + 1

    def position(self, loc: Loc, *, key: bool = False) -> tuple[int, int] | None:
        """Line and column (1-based) of the deepest known node along `loc`.

        Parts of `loc` that are not in the data (such as a missing key) are skipped,
        so the position falls back to the nearest enclosing node.
        """
        path: Loc = ()
        for part in loc:
            if path + (part,) in self.values:
                path = path + (part,)
        if key and path in self.keys:
            return self.keys[path]
        return self.values.get(path)

    def problem(self, loc: Loc, message: str, *, key: bool = False) -> Problem:
        pos = self.position(loc, key=key)
        return Problem(self.path, message, *(pos if pos else (None, None)))


MAX_DEPTH = 100
"""Nesting levels: an inquiry needs about eight. libyaml's composer recurses in C and, in
builds without its own limit, crashes on some 50,000 levels with no message at all."""

# The start of a line up to its content: indentation and the indicators of block
# collections that open on the same line ("- - ", "? ", ": "), with anchors and tags.
_LEAD = re.compile(r"^ *(?:(?:[-?:]|[&!][^ \n]*) +)*", re.MULTILINE)


def _depth(path: Path, text: str) -> None:
    """Refuse nesting deeper than MAX_DEPTH before anything recursive sees the text.

    A linear bound comes first: flow nesting is at most the number of "[" and "{", and block
    nesting at most twice the widest line start, since a block collection nested on a new
    line is indented further (a list under a key may share its column). Only a file over
    that bound is parsed once more, by events, which libyaml produces without recursion."""
    lead = max((len(m[0]) for m in _LEAD.finditer(text)), default=0)
    if text.count("[") + text.count("{") + 2 * (lead + 1) <= MAX_DEPTH:
        return
    loader = _Loader(text)
    level = 0
    try:
        while (event := loader.get_event()) is not None:
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                level += 1
                if level > MAX_DEPTH:
                    line, column = _position(event.start_mark)
                    raise SourceError.single(
                        path,
                        f"nested deeper than {MAX_DEPTH} levels; anfrage files need fewer",
                        line,
                        column,
                    )
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                level -= 1
    except yaml.YAMLError:
        return  # the parse proper reports it
    finally:
        loader.dispose()


class _Builder:
    def __init__(self, path: Path, loader: _Loader) -> None:
        self.doc = YamlDocument(path, None)
        self.loader = loader
        self.nodes = 0
        self.problems: list[Problem] = []

    def _at(self, node: Node) -> tuple[int, int]:
        return node.start_mark.line + 1, node.start_mark.column + 1

    def _fail(self, node: Node, message: str) -> None:
        self.problems.append(Problem(self.doc.path, message, *self._at(node)))

    def bound(self, root: Node) -> None:
        """Refuse a document that aliases would multiply, before it is expanded: the size of
        every node with its aliases expanded, counted once per node."""
        sizes: dict[int, int] = {}
        shared: list[Node] = []

        def size(node: Node) -> int:
            if id(node) in sizes:
                shared.append(node)
                return sizes[id(node)]
            sizes[id(node)] = 1  # a node that contains itself counts once
            children: list[Node] = []
            if isinstance(node, SequenceNode):
                children = node.value
            elif isinstance(node, MappingNode):
                children = [n for pair in node.value for n in pair]
            total = 1 + sum(size(child) for child in children)
            sizes[id(node)] = total
            return total

        total = size(root)
        if total - len(sizes) > MAX_ALIASED:
            line, col = self._at(shared[0])
            raise SourceError.single(
                self.doc.path,
                f"aliases expand this document to {total:,} nodes; aliases that multiply "
                f"content (an alias bomb) are refused above {MAX_ALIASED:,} repeated nodes",
                line,
                col,
            )
        if total > MAX_NODES:
            raise SourceError.single(
                self.doc.path, f"more than {MAX_NODES:,} values in one file; split it", 1, 1
            )

    def build(self, node: Node, loc: Loc) -> Any:
        self.doc.values[loc] = self._at(node)
        if isinstance(node, ScalarNode):
            return self._scalar(node)
        if isinstance(node, SequenceNode):
            if node.tag != _SEQ:
                self._fail(node, f"tag {node.tag!r} is not allowed; expected a plain list")
            return [self.build(item, loc + (i,)) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            return self._mapping(node, loc)
        raise AssertionError(f"unknown YAML node {node!r}")

    def _scalar(self, node: ScalarNode) -> Any:
        if node.tag == _TIMESTAMP:
            return node.value
        if node.tag not in _SCALAR_TAGS:
            self._fail(node, f"tag {node.tag!r} is not allowed; only plain YAML data is accepted")
            return None
        try:
            value = self.loader.construct_object(node)
        except (ValueError, yaml.YAMLError):  # an explicit !!int or !!float that is none
            self._fail(node, f"{node.value[:40]!r} is not a {node.tag.rsplit(':', 1)[-1]}")
            return None
        if isinstance(value, str) and NONCHARACTERS.search(value):
            value = NONCHARACTERS.sub("", value)  # reserved for anfrage's internal marks
        return value

    def _mapping(self, node: MappingNode, loc: Loc) -> dict[Any, Any]:
        if node.tag != _MAP:
            self._fail(node, f"tag {node.tag!r} is not allowed; expected a plain mapping")
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and key_node.value == "<<" and not key_node.style:
                self._fail(
                    key_node,
                    "merge keys (<<) are not supported; write the keys out in this mapping",
                )
                continue
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _SCALAR_TAGS:
                self._fail(key_node, "a key must be a plain string")
                continue
            key = self.loader.construct_object(key_node)
            if key in result:
                line, _ = self.doc.keys[loc + (key,)]
                self._fail(key_node, f"key {key!r} appears twice (first on line {line})")
                continue
            self.doc.keys[loc + (key,)] = self._at(key_node)
            result[key] = self.build(value_node, loc + (key,))
        return result


def cached(store: dict[tuple[str, bytes], T], path: Path, build: Callable[[bytes], T]) -> T:
    """`build(raw)` for a file, kept per process and keyed by the file's path and content, so
    a batch loads a shared fact file once and a changed file is never served stale."""
    raw = read_bytes(path)
    key = (str(path.resolve()), hashlib.sha256(raw).digest())
    if key not in store:
        store[key] = build(raw)
    return store[key]


def _parse_error(path: Path, e: yaml.MarkedYAMLError, text: str) -> SourceError:
    """A parse error as a message that says what to do."""
    line, column = _position(e.problem_mark or e.context_mark)
    what = " ".join(x for x in (e.context, e.problem) if x)
    lines = text.split("\n")
    if line is not None and column is not None and lines[line - 1][column - 1 : column] == "\t":
        what = "a tab: YAML indents with spaces, never tabs; replace the tab with spaces"
    elif "nesting depth" in what:
        what = (
            f"nested deeper than libyaml allows; anfrage files need fewer than {MAX_DEPTH} levels"
        )
    elif e.context and "flow" in e.context:
        what += ' (text with "?", ":" or "," inside {...} or [...] must be in quotes)'
    return SourceError([Problem(path, f"invalid YAML: {what}", line, column)])


def _position(mark: Any) -> tuple[int | None, int | None]:
    """1-based line and column of a PyYAML mark, where there is one."""
    return (mark.line + 1, mark.column + 1) if mark is not None else (None, None)


def load_yaml(path: Path, raw: bytes | None = None) -> YamlDocument:
    """Load one YAML file into plain data with positions. Raises SourceError."""
    raw = read_bytes(path) if raw is None else raw
    text = decode(path, raw)
    if problems := unprintable(path, text):
        raise SourceError(problems)
    _depth(path, text)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as e:
        raise _parse_error(path, e, text) from None
    except yaml.YAMLError as e:
        raise SourceError.single(path, f"invalid YAML: {e}") from None
    except RecursionError:
        raise SourceError.single(path, "invalid YAML: nesting is too deep") from None
    finally:
        loader.dispose()
    if node is None:
        raise SourceError.single(path, "file is empty; expected a YAML mapping")
    builder = _Builder(path, loader)
    try:
        builder.bound(node)
        builder.doc.data = builder.build(node, ())
        builder.doc.text = text
    except RecursionError:
        raise SourceError.single(path, "invalid YAML: nesting is too deep") from None
    if builder.problems:
        raise SourceError(builder.problems)
    if not isinstance(builder.doc.data, dict):
        raise SourceError.single(path, "expected a YAML mapping at the top of the file", 1, 1)
    return builder.doc
