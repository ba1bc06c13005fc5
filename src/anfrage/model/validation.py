"""Validation of plain data into models, with every error as a plain message."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel

from anfrage.model.base import PATTERNS, M, date_form


class Invalid(Exception):
    """Validation failed; `issues` holds (location, message, points_at_key) for each problem."""

    def __init__(self, issues: list[tuple[tuple[str | int, ...], str, bool]]) -> None:
        self.issues = issues
        super().__init__(f"{len(issues)} validation problems")


def validate(model: type[M], data: Any) -> M:
    """Validate plain data into `model`, translating every error into a plain message."""
    from difflib import get_close_matches

    from pydantic import ValidationError

    try:
        return model.model_validate(data)
    except ValidationError as e:
        issues = []
        for err in e.errors(include_url=False):
            loc = tuple(err["loc"])
            loc = tuple(p for p in loc if not (isinstance(p, str) and p.startswith("function-")))
            name = _dotted(loc)
            kind = err["type"]
            if kind == "extra_forbidden":
                allowed = _fields_at(model, loc[:-1])
                hint = get_close_matches(str(loc[-1]), allowed, n=1)
                msg = f"unknown key {loc[-1]!r}"
                msg += f"; did you mean {hint[0]!r}?" if hint else ""
                if allowed:
                    msg += f"{'' if hint else ';'} expected one of: {', '.join(allowed)}"
                if err.get("input") is None and not hint:
                    # `{funktion: Minister für Wirtschaft, Energie}` reads 'Energie' as a key
                    msg += "; a comma inside {…} starts a new key: "
                    msg += "put a value with a comma in quotes"
                issues.append((loc, msg, True))
                continue
            if kind == "missing":
                issues.append((loc, f"missing key {name!r}", False))
                continue
            if kind == "string_pattern_mismatch" and err["ctx"]["pattern"] in PATTERNS:
                meaning = PATTERNS[err["ctx"]["pattern"]]
                issues.append((loc, f"{name}: expected {meaning}, got {err['input']!r}", False))
                continue
            text = err["msg"].removeprefix("Value error, ")
            got = err.get("input")
            if kind.startswith("date_"):
                text = date_form(got)
            elif kind != "value_error" and not isinstance(got, (dict, list)):
                shown = repr(got)
                text += f", got {shown[:60] + '…' if len(shown) > 60 else shown}"
            issues.append((loc, f"{name}: {text}" if name else text, False))
        raise Invalid(issues) from None


def _dotted(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _fields_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> list[str]:
    """The keys allowed at `loc` inside `model`, found by following field annotations."""
    import typing

    current: Any = model
    for part in (*loc, None):
        while True:
            origin = typing.get_origin(current)
            args = [a for a in typing.get_args(current) if a is not type(None)]
            if origin is list or origin is dict:
                if isinstance(part, int) or origin is dict:
                    current = args[-1]
                    break
                return []
            if args and origin is not Literal:  # Optional[X] / X | None
                current = args[0]
                continue
            break
        if part is None or isinstance(part, int):
            continue
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(part)
            if field is None:
                return []
            current = field.annotation
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []
