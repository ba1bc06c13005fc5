"""`anfrage import` on the corpus of real Drucksachen beside the repository
(../shared/corpus), held to the figures it reaches. Skipped where the corpus is not there.

See tests/corpus.py for why the gold's `parlament` is brought up to date with the shipped
profiles first; the figures on the gold as it is are printed by the benchmark."""

from __future__ import annotations

import pytest

import corpus

FULLY_CORRECT = 0.97
"""Share of documents imported without a single wrong field (35 of 36 when set: 26's title
runs into its preamble)."""
FIELD_ACCURACY = 0.997
"""Share of the scored fields that are right (427 of 428 when set)."""


@pytest.mark.skipif(not corpus.available(), reason="no ../shared/corpus here")
def test_the_corpus_of_real_drucksachen_imports_at_least_as_well_as_measured() -> None:
    result = corpus.score()
    documents = result["documents"]
    assert isinstance(documents, list)
    failed = [d["document"] for d in documents if d["wrong"] and d["correct"] == 0]
    assert failed == [], f"imports that failed: {failed}"
    full = int(result["fully_correct"]) / int(result["documents_total"])  # type: ignore[call-overload]
    fields = int(result["fields_correct"]) / int(result["fields_checked"])  # type: ignore[call-overload]
    wrong = {d["document"]: d["wrong"] for d in documents if not d["fully_correct"]}
    assert full >= FULLY_CORRECT, (result["summary"], wrong)
    assert fields >= FIELD_ACCURACY, (result["summary"], wrong)
