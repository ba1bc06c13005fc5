"""`anfrage import` on the corpus of real Drucksachen beside the repository
(../shared/corpus: texts, hand-made gold annotations and a scorer), held to the figures it
reaches. Skipped where the corpus is not there."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from conftest import REPO

CORPUS = REPO.parent / "shared" / "corpus"
FULLY_CORRECT = 0.97
"""Share of documents imported without a single wrong field (35 of 36 when set)."""
FIELD_ACCURACY = 0.995
"""Share of the scored fields that are right (427 of 428 when set)."""


@pytest.mark.skipif(not (CORPUS / "score.py").is_file(), reason="no ../shared/corpus here")
def test_the_corpus_of_real_drucksachen_imports_at_least_as_well_as_measured() -> None:
    binary = shutil.which("anfrage", path=str(REPO / ".venv" / "bin")) or shutil.which("anfrage")
    assert binary, "the anfrage command is not installed"
    done = subprocess.run(
        [sys.executable, str(CORPUS / "score.py"), binary, str(REPO), "--json"],
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
