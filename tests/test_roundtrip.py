"""Splicing answer blocks into an inquiry file keeps everything else as the author wrote it."""

from __future__ import annotations

import pytest

from anfrage.merging.roundtrip import Insert, splice

from shipped import shipped

STYLES = {
    "dash indented": """\
# head comment
titel: 'Einfach'   # quoted on purpose
antworten:
  - fragen: [1]
    text:
      - >-
        Lange Zeile,
        gefaltet.
  # second block
  - fragen: [2]
    text: [Zwei.]
""",
    "dash flush": """\
titel: "Doppelt"
antworten:
- fragen: [1]
  text:
  - Eins.
- fragen: [2]
  text:
  - |
    Zwei,
    wörtlich.
""",
    "four spaces": """\
titel: Vier
antworten:
    - fragen: [1]
      text:
          - Eins.
    - fragen: [2]
      text: [Zwei.]
""",
}

CONTRIBUTION = """\
zulieferung: {ressort: WM, drucksache: "7/1"}
antworten:
  - fragen: [2]
    # from Referat 120
    text:
      - "{h15.umsatz|mio} – neu"
"""


@pytest.mark.parametrize("name", STYLES)
def test_nothing_to_do_gives_the_file_back_unchanged(name: str) -> None:
    assert splice(STYLES[name], [], set(), None) == STYLES[name]


@pytest.mark.parametrize("path", shipped("anfragen/*.yaml"), ids=lambda p: p.name)
def test_the_examples_come_back_unchanged(path) -> None:  # type: ignore[no-untyped-def]
    text = path.read_text(encoding="utf-8")
    assert splice(text, [], set(), None) == text


@pytest.mark.parametrize("name", STYLES)
def test_a_block_is_replaced_in_place_in_the_file_s_own_style(name: str) -> None:
    text = STYLES[name]
    out = splice(text, [Insert(1, CONTRIBUTION, 0, "WM", "Zulieferung WM")], {1}, None)
    before, _, after = out.partition("# Zulieferung WM")
    assert after, out
    assert text.startswith(before.rstrip("\n").rsplit("\n", 1)[0])  # the first block untouched
    dash = text.index("- fragen: [1]") - text.rindex("\n", 0, text.index("- fragen: [1]")) - 1
    indent = " " * dash
    assert f"\n{indent}- fragen: [2]\n" in after
    assert "ressort: WM" in after
    assert "# from Referat 120" in after
    assert '"{h15.umsatz|mio} – neu"' in after
    assert "Zwei" not in out


def test_the_comment_before_a_replaced_block_stays() -> None:
    out = splice(
        STYLES["dash indented"], [Insert(1, CONTRIBUTION, 0, "WM", "Zulieferung WM")], {1}, None
    )
    assert "  # second block\n\n  # Zulieferung WM\n  - fragen: [2]\n" in out


def test_crlf_files_stay_crlf() -> None:
    text = STYLES["dash flush"].replace("\n", "\r\n")
    out = splice(text, [Insert(0, CONTRIBUTION, 0, "WM", "Z")], {1}, None)
    assert "\r\n" in out and "\n" not in out.replace("\r\n", "")


def test_fact_files_are_appended_keeping_the_list_s_comments() -> None:
    text = "fakten:\n  - a.yaml  # trade\nantworten:\n  - fragen: [1]\n"
    out = splice(text, [], set(), ["a.yaml", "b.yaml"])
    assert out == "fakten:\n  - a.yaml  # trade\n  - b.yaml\nantworten:\n  - fragen: [1]\n"


def test_a_missing_fact_list_goes_before_the_questions() -> None:
    text = "titel: T\nfragen:\n  - {nr: 1, text: F?}\nantworten: []\n"
    out = splice(text, [], set(), ["f.yaml"])
    assert out.startswith("titel: T\nfakten:\n  - f.yaml\nfragen:\n")
