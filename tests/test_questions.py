import pytest

from anfrage.model import Anfrage
from anfrage.model.questions import coverage, nodes, normalise, select


def anfrage(antworten: list[list[str]]) -> Anfrage:
    return Anfrage.model_validate(
        {
            "parlament": "landtag-mv",
            "wahlperiode": 7,
            "drucksache": "7/1",
            "datum": "2017-01-02",
            "uebermittlung": {"absender": "X", "datum": "2017-01-01"},
            "fragesteller": {"name": "A", "anrede": "Herr", "fraktion": "F"},
            "titel": "T",
            "fragen": [
                {"nr": 1, "text": "1?"},
                {
                    "nr": 2,
                    "text": "2?",
                    "unterfragen": [{"nr": "a", "text": "a?"}, {"nr": "b", "text": "b?"}],
                },
                {"nr": 3, "text": "3?"},
                {"nr": 4, "text": "4?"},
            ],
            "antworten": [{"fragen": ids, "text": "x"} for ids in antworten],
        }
    )


@pytest.mark.parametrize(
    ("raw", "qid"),
    [
        ("2a", "2a"),
        ("2 a)", "2a"),
        ("2 a", "2a"),
        (" 12 ", "12"),
        ("1.", "1"),
        ("x", None),
        ("", None),
    ],
)
def test_normalise(raw: str, qid: str | None) -> None:
    assert normalise(raw) == qid


def test_labels_in_document_order() -> None:
    assert [n.label for n in nodes(anfrage([]))] == ["1", "2", "2 a)", "2 b)", "3", "4"]


def test_coverage() -> None:
    a = anfrage([["1", "2"], ["2 a)", "2b"], ["3"], ["3"]])
    assert coverage(a) == {"1": [0], "2": [0], "2a": [1], "2b": [1], "3": [2, 3], "4": []}


def test_selecting_a_question_brings_its_subquestions() -> None:
    selected, notes = select(anfrage([["1"], ["2", "2a", "2b"], ["3"]]), ["2"])
    assert selected == {"2", "2a", "2b"} and notes == []


def test_selecting_one_of_a_group_brings_the_group_and_says_so() -> None:
    selected, notes = select(anfrage([["1", "2", "2a", "2b"], ["3", "4"]]), ["2a", "4"])
    assert selected == {"1", "2", "2a", "2b", "3", "4"}
    assert notes == [
        "questions 1, 2, 2 a), 2 b) are answered together; added 1, 2, 2 b)",
        "questions 3, 4 are answered together; added 3",
    ]
