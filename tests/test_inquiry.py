import pytest

from anfrage.errors import SourceError
from anfrage.loading.inquiry import load_inquiry

from conftest import INQUIRY


def problems(project, inquiry: str) -> list[tuple[int | None, str]]:
    path = project.standard(inquiry)
    with pytest.raises(SourceError) as e:
        load_inquiry(path)
    return [(p.line, p.message) for p in e.value.problems]


def test_example_loads(project) -> None:
    inquiry = load_inquiry(project.standard())
    assert inquiry.name == "test" and "k1" in inquiry.facts


def test_typo_key_is_reported_with_its_line(project) -> None:
    found = problems(project, INQUIRY.replace("titel:", "titl:"))
    assert (
        7,
        "unknown key 'titl'; did you mean 'titel'? expected one of: parlament, "
        "wahlperiode, drucksache, anfrage_nr, eingang, fristverlaengerung, datum, ressort, "
        "bearbeitung, zulieferfrist, uebermittlung, unterzeichnung, fragesteller, titel, "
        "berichtszeitraum, fakten, vorbemerkung_fragesteller, vorbemerkung, fragen, antworten",
    ) in found


def test_wrong_type_names_key_and_value(project) -> None:
    found = problems(project, INQUIRY.replace("wahlperiode: 7", "wahlperiode: sieben"))
    assert found == [
        (
            2,
            "wahlperiode: Input should be a valid integer, unable to parse string "
            "as an integer, got 'sieben'",
        )
    ]


def test_unknown_question_in_answer(project) -> None:
    found = problems(project, INQUIRY.replace("fragen: [1]", "fragen: [1, 5]"))
    assert found == [
        (
            21,
            "answer refers to question '5', which does not exist; the questions "
            "are 1, 2, 2 a), 2 b)",
        )
    ]


def test_duplicate_question_number(project) -> None:
    found = problems(project, INQUIRY.replace("  - nr: 2\n", "  - nr: 1\n"))
    assert (13, "question 1 appears twice") in found


def test_missing_fact_file_and_record_are_both_reported(project) -> None:
    text = INQUIRY.replace(
        "fakten: [../facts/test.yaml]", "fakten: [../facts/test.yaml, ../facts/fehlt.yaml]"
    )
    found = problems(project, text)
    assert (
        len(found) == 1
        and found[0][0] == 9
        and "fact file '../facts/fehlt.yaml' not found" in found[0][1]
    )
    found = problems(project, INQUIRY.replace("{k1}", "{k2} am {k1.ort} {h15.rang|fett}"))
    assert [msg.split(":")[0] for _, msg in found] == ["{k2}", "{h15.rang|fett}"]


@pytest.mark.parametrize("path", ["../../etc/passwd", "/etc/passwd"])
def test_fact_path_leaving_the_project(project, path: str) -> None:
    found = problems(project, INQUIRY.replace("../facts/test.yaml", path))
    assert "lies outside the project folder" in found[0][1]


def test_field_without_value_is_a_problem(project) -> None:
    found = problems(project, INQUIRY.replace("{k1}", "{k1.zweck}"))
    assert found[0][1].startswith("{k1.zweck}: record 'k1' has no value for 'zweck'")


def test_block_records_must_be_of_the_right_kind(project) -> None:
    text = INQUIRY.replace('      - "Kontakt: {k1}"', "      - handel: {fakten: [h15, k1, nix]}")
    found = problems(project, text)
    assert [m for _, m in found] == [
        "record 'k1' is a kontakt; a handel block needs handel records",
        "no fact record 'nix' in the fact files of this inquiry",
    ]
