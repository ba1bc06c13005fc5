"""The parliaments a project can serve: the shipped profiles and the project's own, listed
with their deadline rules, and a shipped profile copied into the project to adapt it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from anfrage import output
from anfrage.errors import AnfrageError
from anfrage.loading.profile import PACKAGED, known_profiles, load_profile, profile_path
from anfrage.model.base import PARLAMENT
from anfrage.project import find_root


def _templates(folder: Path) -> Path:
    return find_root(folder / "anfrage.yaml") / "templates"


@dataclass(frozen=True)
class ProfileRow:
    """One parliament profile as `anfrage profiles` lists it."""

    name: str
    parlament: str
    origin: Path
    """The profile file: the project's own, or the shipped one."""
    shipped: bool
    rule: str
    grundlage: str
    bestaetigt: bool


def profile_rows(folder: Path, today: date) -> list[ProfileRow]:
    """Every profile a project in `folder` can use, with the deadline rule in force today."""
    templates = _templates(folder)
    rows = []
    for name in known_profiles(templates):
        profil, _ = load_profile(templates, name)
        rule = profil.frist_fuer(today)
        rows.append(
            ProfileRow(
                name,
                profil.parlament,
                profile_path(templates, name),
                profile_path(templates, name).parent == PACKAGED,
                rule.describe(),
                rule.grundlage or "",
                rule.bestaetigt,
            )
        )
    return rows


def copy_profile(
    folder: Path, name: str, new: str | None = None, *, force: bool = False
) -> list[Path]:
    """Copy the profile `name` (and its Word template) into the project's templates/ as `new`,
    to adapt it there; the copy overrides a shipped profile of the same name."""
    import re

    templates = _templates(folder)
    new = new or name
    if not re.fullmatch(PARLAMENT, new):
        raise AnfrageError.single(
            None,
            "--as: expected a profile name such as landtag-th (lower-case letters, digits, "
            f"hyphens), got {new!r}",
        )
    profil, docx = load_profile(templates, name)
    source = profile_path(templates, name).read_text(encoding="utf-8")
    targets = [templates / f"{new}.yaml", templates / f"{new}.docx"]
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        raise AnfrageError.single(existing[0], "exists already; use --force to overwrite it")
    text = re.sub(
        rf"^template:\s*{re.escape(profil.template)}\s*$",
        f"template: {new}.docx",
        source,
        count=1,
        flags=re.M,
    )
    output.write_atomic(targets[1], docx.read_bytes(), force=True)
    output.write_atomic(targets[0], text.encode("utf-8"), force=True)
    return targets
