"""Parliament profiles: the names, stock phrases and template of one parliament's form."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from anfrage._yaml import load_yaml
from anfrage.errors import Problem, SourceError
from anfrage.model import Invalid, Strict, validate


class Profil(Strict):
    """What differs between parliaments, as data. Lives in templates/<name>.yaml."""

    parlament: str
    """The parliament's name as printed in the header: 'Landtag Mecklenburg-Vorpommern'."""
    regierung: str = Field(description="'Landesregierung', 'Bundesregierung', 'Senat' …")
    template: str
    """The .docx file beside the profile."""
    uebermittlung: str
    """The transmission note; {absender} and {datum} are filled in."""
    gruppensatz: str
    """The sentence for jointly answered questions; {fragen} is filled in."""
    vorbemerkung: str = "Vorbemerkung:"


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
    doc = load_yaml(path)
    try:
        profil = validate(Profil, doc.data)
    except Invalid as e:
        raise SourceError([doc.problem(loc, m, key=k) for loc, m, k in e.issues]) from None
    for key in ("uebermittlung", "gruppensatz"):
        text = getattr(profil, key)
        needed = {"uebermittlung": ("{absender}", "{datum}"), "gruppensatz": ("{fragen}",)}[key]
        for placeholder in needed:
            if placeholder not in text:
                raise SourceError([doc.problem((key,), f"{key}: must contain {placeholder}")])
    docx = (path.parent / profil.template).resolve()
    if not docx.is_relative_to(templates.resolve()):
        raise SourceError([Problem(path, f"template {profil.template!r} lies outside {templates}")])
    return profil, docx
