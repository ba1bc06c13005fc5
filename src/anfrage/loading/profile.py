"""Parliament profiles: names, stock phrases, labels and deadline rules of one parliament's form.

A profile is data: templates/<name>.yaml beside its Word template. Adding a parliament needs
no code.
"""

from __future__ import annotations

import string
from pathlib import Path

from anfrage.errors import Problem, SourceError
from anfrage.loading._yaml import cached, load_yaml
from anfrage.model import Invalid, validate
from anfrage.model.profil import Profil

PLACEHOLDERS: dict[tuple[str, ...], tuple[set[str], set[str]]] = {
    ("uebermittlung",): ({"absender", "datum", "ressort"}, set()),
    ("einleitung",): ({"absender", "ressort"}, set()),
    ("fragesteller",): ({"artikel", "namen", "fraktion"}, set()),
    ("fragesteller_mehrere_fraktionen",): ({"artikel", "namen"}, set()),
    ("beschriftung", "frage"): ({"nr"}, {"nr"}),
    ("beschriftung", "unterfrage"): ({"nr"}, {"nr"}),
    ("beschriftung", "antwort"): ({"fragen"}, set()),
    ("beschriftung", "antwort_mehrere"): ({"fragen"}, set()),
    ("gruppensatz",): ({"fragen"}, {"fragen"}),
    ("vs_hinweis",): ({"fragen"}, set()),
}
"""Pattern key → (placeholders allowed, placeholders required)."""


def profile_path(templates: Path, name: str) -> Path:
    return templates / f"{name}.yaml"


def load_profile(templates: Path, name: str) -> tuple[Profil, Path]:
    """The profile `name` from a templates folder and its .docx path. Raises SourceError."""
    path = profile_path(templates, name)
    if not path.is_file():
        known = sorted(p.stem for p in templates.glob("*.yaml")) if templates.is_dir() else []
        raise SourceError.single(
            path, f"no profile {name!r}; known profiles: {', '.join(known) or 'none'}"
        )
    return cached(_LOADED, path, lambda raw: _load_profile(templates, path, raw))


_LOADED: dict[tuple[str, bytes], tuple[Profil, Path]] = {}


def _load_profile(templates: Path, path: Path, raw: bytes) -> tuple[Profil, Path]:
    doc = load_yaml(path, raw)
    try:
        profil = validate(Profil, doc.data)
    except Invalid as e:
        raise SourceError([doc.problem(loc, m, key=k) for loc, m, k in e.issues]) from None
    problems = []
    for loc, (allowed, required) in PLACEHOLDERS.items():
        value: object = profil
        for part in loc:
            value = getattr(value, part)
        if not isinstance(value, str):
            continue
        try:
            fields = [(f, s, c) for _, f, s, c in string.Formatter().parse(value) if f is not None]
        except ValueError as e:
            problems.append(doc.problem(loc, f"{'.'.join(loc)}: {e}"))
            continue
        used = {f for f, _, _ in fields}
        for f, spec, conversion in fields:  # {fragen:>999999999} would pad to a gigabyte
            if spec or conversion:
                message = f"{'.'.join(loc)}: write {{{f}}} without a format"
                problems.append(doc.problem(loc, message))
        for name_ in sorted(used - allowed):
            problems.append(
                doc.problem(
                    loc,
                    f"{'.'.join(loc)}: unknown placeholder "
                    f"{{{name_}}}; expected: {', '.join(sorted(allowed))}",
                )
            )
        for name_ in sorted(required - used):
            problems.append(doc.problem(loc, f"{'.'.join(loc)}: must contain {{{name_}}}"))
    if problems:
        raise SourceError(problems)
    docx = (path.parent / profil.template).resolve()
    if not docx.is_relative_to(templates.resolve()):
        raise SourceError([Problem(path, f"template {profil.template!r} lies outside {templates}")])
    return profil, docx


def known_profiles(templates: Path) -> list[str]:
    return sorted(p.stem for p in templates.glob("*.yaml"))
