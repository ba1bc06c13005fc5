"""The YAML text of an imported inquiry: values, comments for what is unknown, escaping."""

from __future__ import annotations

from datetime import date

from anfrage.importing.frontmatter import Asker
from anfrage.importing.parser import Answer, Imported, Question
from anfrage.importing.writer import write
from anfrage.loading._yaml import load_yaml


def test_unknown_values_are_empty_with_a_comment_and_listed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    found = Imported(
        parliament="Bayerischer Landtag",
        askers=[Asker("Max Beispiel", None, None)],
        fragen=[Question("1", 'Gilt "{x}" & <y>?', [("a", "Und b?")])],
        antworten=[Answer(["1", "1a"], ["Titel", "Ja: {x} & <y>.", "- eins", "- zwei"])],
    )
    result = write(found, None, "ka.txt", date(2026, 11, 22), ["berlin", "sachsen"])
    text = result.text
    assert text.startswith('# Imported by anfrage from "ka.txt" on 2026-11-22.')
    assert (
        'parlament:  # the document names "Bayerischer Landtag"; no profile for it; pass '
        "--profile or add a profile (profiles: berlin, sachsen)"
    ) in text
    assert "    anrede:  # not found in the document" in text
    assert [u.key for u in result.unknown] == [
        "parlament",
        "wahlperiode",
        "drucksache",
        "datum",
        "eingang",
        "uebermittlung",
        "fragesteller[0].anrede",
        "fragesteller[0].fraktion",
        "titel",
    ]
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    data = load_yaml(path).data
    assert data["fragen"][0]["text"] == 'Gilt "{x}" & <y>?'
    assert data["antworten"][0]["text"] == [
        {"zwischenueberschrift": "Titel"},
        "Ja: \\{x} & <y>.",
        {"liste": ["eins", "zwei"]},
    ]
