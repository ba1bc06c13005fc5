"""The skeletons a desk officer starts from: a commented inquiry file (`anfrage new`) and a
commented fact file with every kind and field (`anfrage facts new`).

The inquiry skeleton is a file beside this module; the fact skeleton is generated from the
registry of fact kinds (model/fakten.py KINDS), so that it can never lag behind the model.
"""

from __future__ import annotations

import json
import types
import typing
from datetime import date
from decimal import Decimal
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from anfrage import output
from anfrage.errors import AnfrageError
from anfrage.loading.profile import known_profiles
from anfrage.model.fakten import KINDS, Fakt
from anfrage.model.values import Datum, Person, Zeitraum
from anfrage.project import find_root

HERE = Path(__file__).resolve().parent
PLACEHOLDER = "…"
"""What the skeletons hold where a value must be filled in."""


def inquiry_skeleton(profile: str | None, start: Path) -> tuple[str, str]:
    """The commented inquiry skeleton for `profile` (or the project's first profile), and the
    profile it names. Raises AnfrageError for an unknown profile."""
    known = known_profiles(find_root(start) / "templates")
    if profile is None:
        profile = "landtag-mv" if "landtag-mv" in known else (known or ["landtag-mv"])[0]
    elif profile not in known:
        close = get_close_matches(profile, known, n=1)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise AnfrageError.single(
            None, f"--profile: no profile {profile!r}; {hint}known profiles: {', '.join(known)}"
        )
    text = (HERE / "anfrage.yaml").read_text(encoding="utf-8")
    known_text = ", ".join(known) or "none"
    first = f"parlament: {profile}"
    lines = [
        f"{first.ljust(34)} # the parliament's profile (`anfrage profiles` lists them); known: "
        f"{known_text}"
        if line.startswith("parlament: %PROFIL%")
        else line
        for line in text.split("\n")
    ]
    return "\n".join(_every_key(lines)), profile


def _every_key(lines: list[str]) -> list[str]:
    """The skeleton with a line for each key of an inquiry that its text lacks (one added to
    the model since), after the key before it, so that the skeleton never lags behind."""
    from anfrage.model import Anfrage

    at = {line.split(":")[0]: n for n, line in enumerate(lines) if line[:1].isalpha()}
    previous = None
    added: dict[int, list[str]] = {}
    for name, field in Anfrage.model_fields.items():
        if name not in at and previous is not None:
            value = "[]" if isinstance(field.default, list) else "null"
            line = f"{name}: {value}".ljust(34) + " # optional; see the README"
            added.setdefault(at[previous], []).append(line)
        else:
            previous = name
    out = []
    for n, line in enumerate(lines):
        out += [line, *added.get(n, [])]
    return out


_EXAMPLES: dict[str, str] = {
    "zeitraum": "2025",
    "ausfuhr": "8000000",
    "einfuhr": "4811000",
    "umsatz": "12811000",
    "rang": "75",
    "rang_ausfuhr": "70",
    "rang_einfuhr": "80",
    "datum": "2025-03-21",
    "bis": "2025-03-22",
    "teilnehmer": "[Minister für Wirtschaft]",
    "gegenueber": "[{funktion: Botschafter der Republik Polen, name: Max Muster}]",
    "leitung": "{funktion: Staatssekretär, name: Max Muster}",
    "parteien": "[Land Mecklenburg-Vorpommern, Woiwodschaft Westpommern]",
    "gaeste": "40",
    "seit": "1998",
    "beginn": "2024",
    "betrag": "250000",
    "projekt.partner": "[Universität Stettin]",
}
"""Example values that load: by 'kind.field', else by field name; the rest by type."""

_FORMS: list[tuple[Any, str]] = [
    (Zeitraum, "a year 2025, a month 2025-03, a day, or {von: 2025-01, bis: 2025-04}"),
    (Datum, "a date 2025-03-21, a month 2025-03 or a year 2025"),
    (Decimal, "an amount in EUR as a plain number, e.g. 12811000 (12,811 Mio. Euro)"),
    (Person, "a person: a function, or {funktion: …, name: …}"),
    (bool, "true or false"),
    (int, "a whole number"),
    (date, "a date 2025-03-21"),
    (str, "text"),
]


def _plain(annotation: Any) -> tuple[Any, bool]:
    """The annotation without `| None`, and whether None was allowed."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return (args[0] if len(args) == 1 else annotation), True
    return annotation, False


_NOTES = {
    "zeitraum": "the year or months the figures cover",
    "rang": "the rank of umsatz among the Land's trading partners, shown as (Platz 75)",
    "rang_ausfuhr": "the rank of ausfuhr",
    "rang_einfuhr": "the rank of einfuhr",
    "datum": "when it took place",
    "bis": "its last day, where it lasted longer",
    "seit": "since when; a partnership runs on to today",
    "beginn": "when it began",
}
"""What the fields without a prose label mean."""


def _form(annotation: Any) -> str:
    """What a field takes, in words."""
    plain, _ = _plain(annotation)
    origin = typing.get_origin(plain)
    if origin is list:
        item = typing.get_args(plain)[0]
        if item is Person:
            return "a list of persons: [Botschafter, {funktion: Minister, name: Max Muster}]"
        return "a list: [A, B]"
    if origin is dict:
        return "free-form values that fit no field: {schluessel: wert}"
    if origin is typing.Literal:
        return "one of: " + ", ".join(map(str, typing.get_args(plain)))
    return next((words for kind, words in _FORMS if plain is kind), "a value")


def _example(kind: type[Fakt], name: str) -> str:
    """An example value of a field, as YAML text, that validates."""
    if f"{kind.kind}.{name}" in _EXAMPLES:
        return _EXAMPLES[f"{kind.kind}.{name}"]
    if name in _EXAMPLES:
        return _EXAMPLES[name]
    field = kind.model_fields[name]
    if field.default not in (None, [], {}, PLACEHOLDER) and isinstance(field.default, str):
        return json.dumps(field.default, ensure_ascii=False)
    plain, _ = _plain(field.annotation)
    if typing.get_origin(plain) is list:
        return json.dumps([PLACEHOLDER], ensure_ascii=False)
    return json.dumps(PLACEHOLDER, ensure_ascii=False)


_COMMON = {
    "id": "required; unique across the inquiry's fact files: letters, digits, - and _",
    "quelle": "optional here: the record's source, where it differs from the file's",
    "stand": "optional here: the record's as-of date, where it differs from the file's",
    "text": "optional: prose for the record; {feld} inserts one of its fields, {zeit} its period",
    "weitere": "optional: free-form values that fit no field: {schluessel: wert}",
    "vertraulich": "optional: VS-NfD keeps the record out of the public draft (into an annex)",
}
_LAST = ("quelle", "stand", "text", "weitere", "vertraulich")


def _record(kind: type[Fakt]) -> list[str]:
    """One example record of a kind with every field, each commented."""
    rows: list[tuple[str, str]] = [(f"- id: beispiel-{kind.kind}", _COMMON["id"])]
    for name, field in kind.model_fields.items():
        if name == "id" or name in _LAST:
            continue
        what = f"'{kind.labels[name]}' in prose" if name in kind.labels else _NOTES.get(name, "")
        need = "required" if field.is_required() else "optional"
        comment = "; ".join(x for x in (need, what, _form(field.annotation)) if x)
        rows.append((f"  {name}: {_example(kind, name)}", comment))
    rows += [
        ("  # quelle: …", _COMMON["quelle"]),
        ("  # stand: 2025-06-30", _COMMON["stand"]),
        ("  text: null", _COMMON["text"]),
        ("  weitere: {}", _COMMON["weitere"]),
        ("  vertraulich: null", _COMMON["vertraulich"]),
    ]
    return [f"  {code.ljust(30)}  # {comment}" for code, comment in rows]


def fact_skeleton() -> str:
    """A commented fact file with an example record of every kind, every field of each."""
    lines = [
        "# A fact file: the records that answers quote, one list per kind. Keep the kinds you",
        "# need and fill in the values; an optional field may be left out. `anfrage facts FILE`",
        "# lists the records as the answer would write them. In an inquiry: fakten: [FILE],",
        "# then {record-id.feld} in a text, or a handel, chronik or partnerschaften block.",
        'titel: "…"                        # what the file is about',
        'quelle: "…"                       # the records\' source, e.g. Statistisches Amt MV',
        "stand: 2025-06-30                 # the records' as-of date: 2025-06-30, 2025-06 or 2025",
    ]
    for kind in KINDS:
        doc = " ".join((kind.__doc__ or "").split())
        names = "/".join((kind.kind, *kind.aliases))
        lines += ["", f"# {kind.section}: {doc}", f"# (anfrage facts --kind {names})"]
        lines.append(f"{kind.section}:")
        lines += _record(kind)
    return "\n".join(lines) + "\n"


def write(target: Path | None, text: str, force: bool) -> Path | None:
    """Write a skeleton atomically, or return None to have it printed."""
    if target is None:
        return None
    if target.suffix not in (".yaml", ".yml"):
        raise AnfrageError.single(target, "expected a file name ending in .yaml")
    output.write_atomic(target, text.encode("utf-8"), force=force)
    return target
