"""Safe YAML loading that keeps the line and column of every node.

Only plain data is built: mappings, sequences, strings, numbers, booleans and null.
Dates stay strings so that the model can validate them with a clear message.
Python tags and unknown tags are refused, and aliases are expanded within a node budget,
which bounds memory and time for an alias bomb ("billion laughs").
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from anfrage.errors import Problem, SourceError
from anfrage.formatting import NONCHARACTERS

Loc = tuple[str | int, ...]
T = TypeVar("T")

MAX_BYTES = 10 * 1024 * 1024
MAX_NODES = 200_000

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
    """SafeLoader that leaves dates as strings."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class YamlDocument:
    """Plain data from one YAML file, with the position of every value and key."""

    path: Path
    data: Any
    values: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Loc, tuple[int, int]] = field(default_factory=dict)

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

    def build(self, node: Node, loc: Loc) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            line, col = self._at(node)
            raise SourceError.single(
                self.doc.path,
                f"document expands to more than {MAX_NODES:,} nodes; aliases that multiply "
                "content (an alias bomb) are refused",
                line,
                col,
            )
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
        value = self.loader.construct_object(node)
        if isinstance(value, str) and NONCHARACTERS.search(value):
            value = NONCHARACTERS.sub("", value)  # reserved for anfrage's internal marks
        return value

    def _mapping(self, node: MappingNode, loc: Loc) -> dict[Any, Any]:
        if node.tag != _MAP:
            self._fail(node, f"tag {node.tag!r} is not allowed; expected a plain mapping")
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
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


def decode(path: Path, raw: bytes) -> str:
    """UTF-8 text of a file, with a BOM dropped; a clear error names the bad byte's line."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        column = e.start - (raw.rfind(b"\n", 0, e.start) + 1) + 1
        raise SourceError.single(
            path,
            f"byte 0x{raw[e.start]:02x} is not valid UTF-8; save the file as UTF-8",
            line,
            column,
        ) from None


def read_bytes(path: Path, expected: str = "a YAML file", limit: int = MAX_BYTES) -> bytes:
    """A file's bytes, with a clear error when it cannot be read or is larger than `limit`."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourceError.single(path, "file not found") from None
    except IsADirectoryError:
        raise SourceError.single(path, f"is a folder; expected {expected}") from None
    except OSError as e:
        raise SourceError.single(path, f"cannot read file: {e.strerror}") from None
    if len(raw) > limit:
        raise SourceError.single(path, f"file is larger than {limit // 2**20} MB")
    return raw


def cached(store: dict[tuple[str, bytes], T], path: Path, build: Callable[[bytes], T]) -> T:
    """`build(raw)` for a file, kept per process and keyed by the file's path and content, so
    a batch loads a shared fact file once and a changed file is never served stale."""
    raw = read_bytes(path)
    key = (str(path.resolve()), hashlib.sha256(raw).digest())
    if key not in store:
        store[key] = build(raw)
    return store[key]


def load_yaml(path: Path, raw: bytes | None = None) -> YamlDocument:
    """Load one YAML file into plain data with positions. Raises SourceError."""
    raw = read_bytes(path) if raw is None else raw
    text = decode(path, raw)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        what = " ".join(x for x in (e.context, e.problem) if x)
        if e.context and "flow" in e.context:
            what += ' (text with "?", ":" or "," inside {...} or [...] must be in quotes)'
        raise SourceError.single(
            path,
            f"invalid YAML: {what}",
            mark.line + 1 if mark else None,
            mark.column + 1 if mark else None,
        ) from None
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
        builder.doc.data = builder.build(node, ())
    except RecursionError:
        raise SourceError.single(path, "invalid YAML: nesting is too deep") from None
    if builder.problems:
        raise SourceError(builder.problems)
    if not isinstance(builder.doc.data, dict):
        raise SourceError.single(path, "expected a YAML mapping at the top of the file", 1, 1)
    return builder.doc
