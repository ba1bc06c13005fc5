"""Where a project's folders are, and the rule that input paths stay inside the project."""

from __future__ import annotations

from pathlib import Path

MARKERS = ("templates", "facts", "anfragen")
INQUIRY_SUFFIXES = (".yaml", ".yml")


def find_root(start: Path) -> Path:
    """The nearest folder at or above `start`'s folder holding templates/, facts/ or anfragen/.

    Falls back to `start`'s own folder, so a lone inquiry still works.
    """
    here = start.resolve().parent
    for folder in (here, *here.parents):
        if any((folder / m).is_dir() for m in MARKERS):
            return folder
    return here


def resolve_inside(root: Path, base: Path, name: str) -> Path | None:
    """`name` relative to `base` (or absolute), followed through symlinks; None if that leaves
    `root`."""
    target = (base / name).resolve()
    return target if target.is_relative_to(root.resolve()) else None


def expand(paths: list[Path]) -> list[Path]:
    """Inquiry files from files and folders (a folder: every *.yaml and *.yml below it)."""
    out: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        found = (
            sorted(p for p in path.rglob("*") if p.suffix in INQUIRY_SUFFIXES and p.is_file())
            if path.is_dir()
            else [path]
        )
        for p in found:
            if p not in seen:
                seen.add(p)
                out.append(p)
    return out
