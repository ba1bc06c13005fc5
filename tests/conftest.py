"""Shared fixtures: a throwaway project with the real templates and inline YAML files."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PROFILES = REPO / "src" / "anfrage" / "profiles"
"""The shipped profiles and templates."""

FACTS = """\
quelle: Testquelle
stand: 2017-07-01
handel:
  - {id: h15, zeitraum: 2015, umsatz: 12811000, rang: 75}
  - {id: h16, zeitraum: 2016, umsatz: 5458000, rang: 98}
kontakte:
  - id: k1
    datum: 2016-08-26
    teilnehmer: [Botschafter]
    ort: Peenemünde
    text: "Am {datum} war der Botschafter in {ort}."
"""

INQUIRY = """\
parlament: landtag-mv
wahlperiode: 7
drucksache: "7/1"
datum: 2017-07-31
uebermittlung: {absender: Der Chef der Staatskanzlei, datum: 2017-07-25}
fragesteller: {name: Erika Muster, anrede: Frau, fraktion: Fraktion X}
titel: Testanfrage
berichtszeitraum: {von: 2015, bis: 2017}
fakten: [../facts/test.yaml]
fragen:
  - nr: 1
    text: Erste Frage?
  - nr: 2
    text: Zweite Frage?
    unterfragen:
      - nr: a
        text: Unterfrage a?
      - nr: b
        text: Unterfrage b?
antworten:
  - fragen: [1]
    text: [Antwort eins.]
  - fragen: [2, 2a, 2b]
    text:
      - "Kontakt: {k1}"
"""


class Project:
    """A project folder in tmp_path whose templates/ holds its own copy of the shipped
    profiles (so a test can change one without touching the package)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        shutil.copytree(
            PROFILES, root / "templates", ignore=shutil.ignore_patterns("*.py", "__pycache__")
        )
        (root / "anfragen").mkdir()
        (root / "facts").mkdir()

    def write(self, rel: str, text: str) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    def standard(self, inquiry: str = INQUIRY, facts: str = FACTS) -> Path:
        self.write("facts/test.yaml", facts)
        return self.write("anfragen/test.yaml", inquiry)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Project:
    monkeypatch.chdir(tmp_path)
    return Project(tmp_path)


def paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style name, text) of every body paragraph, read back with python-docx."""
    import docx

    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


# Hypothesis: a fast profile for every run, a slow one with thousands of examples for CI
# (`pytest --hypothesis-profile=slow`).
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "fast", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "slow", max_examples=2500, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("fast")
