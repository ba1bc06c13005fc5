"""Parliament profiles: names, stock phrases, labels and deadline rules of one parliament's form.

A profile is data: <name>.yaml beside its Word template. anfrage ships a profile for every
German parliament (the package's profiles/ folder); a project's templates/ folder overrides a
shipped profile of the same name, or adds new ones. Adding a parliament needs no code.
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


PACKAGED = Path(__file__).resolve().parent.parent / "profiles"
"""The profiles and templates shipped with anfrage."""


def _folders(templates: Path) -> list[Path]:
    """Where profiles are looked up, first match wins: the project's templates/, then the
    shipped ones."""
    return [templates, PACKAGED]


def template_file(templates: Path, filename: str) -> Path:
    """A file of the templates folder, or the shipped one of that name."""
    for folder in _folders(templates):
        if (folder / filename).is_file():
            return folder / filename
    return templates / filename


def profile_path(templates: Path, name: str) -> Path:
    """The profile file `name` in use for a project: its own, or the shipped one."""
    return template_file(templates, f"{name}.yaml")


def load_profile(templates: Path, name: str) -> tuple[Profil, Path]:
    """The profile `name` (the project's own, else the shipped one) and its .docx path.
    Raises SourceError."""
    path = profile_path(templates, name)
    if not path.is_file():
        known = known_profiles(templates)
        raise SourceError.single(
            path, f"no profile {name!r}; known profiles: {', '.join(known) or 'none'}"
        )
    return cached(_LOADED, path, lambda raw: _load_profile(path.parent, path, raw))


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
    """The names of every profile a project can use: its own and the shipped ones."""
    names: set[str] = set()
    for folder in _folders(templates):
        if folder.is_dir():
            names |= {p.stem for p in folder.glob("*.yaml")}
    return sorted(names)
