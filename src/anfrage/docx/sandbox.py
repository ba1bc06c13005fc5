"""The Jinja environment templates run in: sandboxed, immutable, and bounded in size.

Templates arrive by e-mail like any other input. Jinja's sandbox keeps them away from Python's
internals; this one also keeps them from making values so large that rendering, or even
`check`, never ends: `{{ 9**(9**9) }}`, `'a'*10**9`, `'%999999999s' % x`, `|center(10**9)`.
Jinja folds constant expressions when it compiles a template (for `check` as well), but not
the operators a sandbox intercepts, and its filters fold only through the bounded versions
below. What cannot be bounded here (loops that run long) is bounded by `limits`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_LENGTH = 1_000_000
"""Longest string or sequence a template may build (a draft's text is far shorter)."""
MAX_INT_BITS = 10_000
"""Largest integer a template may compute (about 3,000 digits)."""
MAX_WIDTH = 1_000
"""Largest width, count or padding a template may ask of a filter or format."""
MAX_RANGE_ITEMS = 1_000_000
"""All range() calls of one render together."""

_PRINTF = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")
_UNSAFE_STR_METHODS = frozenset(
    {"center", "ljust", "rjust", "zfill", "expandtabs", "format", "format_map", "join", "replace"}
)
_FORBIDDEN = {
    nodes.Include: "{% include %}",
    nodes.Import: "{% import %}",
    nodes.FromImport: "{% from … import %}",
    nodes.Extends: "{% extends %}",
}


class TooLarge(SecurityError):
    """A template asked for a value, loop or output beyond the bounds."""


_range_used: ContextVar[int] = ContextVar("range_used", default=0)


class Bounded(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with bounded operators, filters and ranges."""

    intercepted_binops = frozenset({"**", "*", "%", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        for name in ("lipsum", "namespace"):  # text out of nothing; state that grows in loops
            self.globals.pop(name, None)
        self.globals["range"] = bounded_range
        self.filters.update(_FILTERS)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, str) and attr in _UNSAFE_STR_METHODS:
            return False  # padding and joining without bounds; the filters are bounded
        return bool(super().is_safe_attribute(obj, attr, value))

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        _check_binop(operator, left, right)
        return self.binop_table[operator](left, right)


def parse(env: jinja2.Environment, source: str) -> nodes.Template:
    """The template's syntax tree; includes and imports are refused (a template is one file,
    and no other file may be read). Raises TemplateSyntaxError."""
    try:
        tree = env.parse(source)
    except RecursionError:
        raise jinja2.TemplateSyntaxError("expressions nested too deeply", 1) from None
    for kind, tag in _FORBIDDEN.items():
        found = tree.find(kind)
        if found is not None:
            raise jinja2.TemplateSyntaxError(
                f"{tag} is not allowed: a template is one file and reads no other", found.lineno
            )
    return tree


def start_render() -> None:
    """Reset the range budget for one render."""
    _range_used.set(0)


def bounded_range(*args: int) -> range:
    """range(), with all ranges of one render together at most MAX_RANGE_ITEMS long."""
    r = range(*args)
    used = _range_used.get() + len(r)
    if used > MAX_RANGE_ITEMS:
        raise TooLarge(f"the template loops more than {MAX_RANGE_ITEMS:,} times over range()")
    _range_used.set(used)
    return r


def _size(value: Any) -> int | None:
    return len(value) if isinstance(value, (str, list, tuple)) else None


def _check_binop(op: str, left: Any, right: Any) -> None:
    if op == "**" and isinstance(left, int) and isinstance(right, int) and right > 0:
        if abs(left) > 1 and left.bit_length() * right > MAX_INT_BITS:
            raise TooLarge(f"{left} ** {right} is too large for a template")
    elif op == "*":
        for seq, n in ((left, right), (right, left)):
            size = _size(seq)
            if size is not None and isinstance(n, int) and size * n > MAX_LENGTH:
                raise TooLarge(f"repeating {size} items {n} times is too large for a template")
        if isinstance(left, int) and isinstance(right, int):
            if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise TooLarge("the product is too large for a template")
    elif op == "%" and isinstance(left, str):
        check_printf(left)
    elif op == "+":
        a, b = _size(left), _size(right)
        if a is not None and b is not None and a + b > MAX_LENGTH:
            raise TooLarge("the joined text is too large for a template")


def check_printf(pattern: str) -> None:
    """Refuse %-format widths and precisions above MAX_WIDTH, and `*` widths."""
    for m in _PRINTF.finditer(pattern):
        for number in (m[1], m[2]):
            if number == "*" or (number and int(number) > MAX_WIDTH):
                raise TooLarge(f"the format {m[0]!r} is wider than {MAX_WIDTH}")


def _width(value: Any, name: str) -> None:
    if isinstance(value, int) and value > MAX_WIDTH:
        raise TooLarge(f"{name} {value} is larger than {MAX_WIDTH}")
    if isinstance(value, str) and len(value) > MAX_WIDTH:
        raise TooLarge(f"{name} is longer than {MAX_WIDTH} characters")


def _bounded(name: str, check: Callable[..., None]) -> Callable[..., Any]:
    original = jinja2.Environment().filters[name]

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        check(*args, **kwargs)
        return original(*args, **kwargs)

    for attr in ("jinja_pass_arg",):  # eval-context and environment filters stay so
        if hasattr(original, attr):
            setattr(wrapper, attr, getattr(original, attr))
    wrapper.__name__ = original.__name__
    return wrapper


def _replace_check(*args: Any, **kwargs: Any) -> None:
    s, old, new = (list(args[1:4]) + [None] * 3)[:3]  # after the eval context
    if isinstance(s, str) and isinstance(old, str) and isinstance(new, str):
        hits = s.count(old) if old else len(s) + 1
        if len(s) + hits * max(len(new) - len(old), 0) > MAX_LENGTH:
            raise TooLarge("the replacement makes the text too large for a template")


def _join_check(*args: Any, **kwargs: Any) -> None:
    separator = args[2] if len(args) > 2 else kwargs.get("d", "")
    _width(separator, "the join separator")


def _sum_check(*args: Any, **kwargs: Any) -> None:
    start = args[3] if len(args) > 3 else kwargs.get("start", 0)
    if not isinstance(start, (int, float)):
        raise TooLarge("sum() adds numbers only in a template")


def _args_check(*positions: tuple[int, str]) -> Callable[..., None]:
    def check(*args: Any, **kwargs: Any) -> None:
        for index, name in positions:
            value = args[index] if len(args) > index else kwargs.get(name)
            _width(value, name)

    return check


def _format_check(value: Any, *args: Any, **kwargs: Any) -> None:
    if isinstance(value, str):
        check_printf(value)


_FILTERS: dict[str, Callable[..., Any]] = {
    "replace": _bounded("replace", _replace_check),
    "join": _bounded("join", _join_check),
    "sum": _bounded("sum", _sum_check),
    "center": _bounded("center", _args_check((1, "width"))),
    "indent": _bounded("indent", _args_check((1, "width"))),
    "wordwrap": _bounded("wordwrap", _args_check((2, "width"), (4, "wrapstring"))),
    "batch": _bounded("batch", _args_check((1, "linecount"))),
    "slice": _bounded("slice", _args_check((1, "slices"))),
    "truncate": _bounded("truncate", _args_check((4, "end"))),
    "format": _bounded("format", _format_check),
}
