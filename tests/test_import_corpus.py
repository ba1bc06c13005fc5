"""`anfrage import` on the corpus of real Drucksachen beside the repository
(../shared/corpus: texts, hand-made gold annotations and a scorer), held to the figures it
reaches. Skipped where the corpus is not there.

The gold names a profile only for the six parliaments that had one when it was annotated
(its `parlament` is null for the others), so the scorer runs on a copy of this checkout with
those six profiles: a profile added later does not change what is measured here."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

CORPUS = REPO.parent / "shared" / "corpus"
FULLY_CORRECT = 0.97
"""Share of documents imported without a single wrong field (35 of 36 when set)."""
FIELD_ACCURACY = 0.995
"""Share of the scored fields that are right (427 of 428 when set)."""
GOLD_PROFILES = {"landtag-mv", "landtag-st", "bundestag", "berlin", "sachsen", "brandenburg"}


def _checkout_with_gold_profiles(dest: Path) -> Path:
    """The tracked files of this checkout, with only the profiles the gold knows, as a git
    repository (the scorer copies what git lists)."""
    listed = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "-z"], capture_output=True, check=True
    ).stdout.decode()
    for rel in filter(None, listed.split("\0")):
        path = Path(rel)
        other = path.parts[0] == "templates" and path.suffix == ".yaml"
        if (other and path.stem not in GOLD_PROFILES) or not (REPO / rel).is_file():
            continue
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / rel, dest / rel)
    git = ["git", "-C", str(dest), "-c", "user.name=t", "-c", "user.email=t@t"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "corpus"]):
        subprocess.run([*git, *args], capture_output=True, check=True)
    return dest


@pytest.mark.skipif(not (CORPUS / "score.py").is_file(), reason="no ../shared/corpus here")
def test_the_corpus_of_real_drucksachen_imports_at_least_as_well_as_measured(tmp_path) -> None:  # type: ignore[no-untyped-def]
    project = _checkout_with_gold_profiles(tmp_path / "project")
    binary = shutil.which("anfrage", path=str(REPO / ".venv" / "bin")) or shutil.which("anfrage")
    assert binary, "the anfrage command is not installed"
    done = subprocess.run(
        [sys.executable, str(CORPUS / "score.py"), binary, str(project), "--json"],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    result = json.loads(done.stdout)
    failed = [d["document"] for d in result["documents"] if d["wrong"] and d["correct"] == 0]
    assert failed == [], f"imports that failed: {failed}"
    full = result["fully_correct"] / result["documents_total"]
    fields = result["fields_correct"] / result["fields_checked"]
    wrong = {d["document"]: d["wrong"] for d in result["documents"] if not d["fully_correct"]}
    assert full >= FULLY_CORRECT, (result["summary"], wrong)
    assert fields >= FIELD_ACCURACY, (result["summary"], wrong)
