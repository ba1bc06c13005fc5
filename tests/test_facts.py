import pytest

from anfrage.errors import SourceError
from anfrage.loading.facts import load_fact_file, load_facts


def test_file_defaults_for_quelle_and_stand(project) -> None:
    path = project.write(
        "facts/a.yaml",
        """\
        quelle: Standardquelle
        stand: 2017-07
        handel:
          - {id: h1, zeitraum: 2016, umsatz: 1}
          - {id: h2, zeitraum: 2016, umsatz: 2, quelle: Eigene, stand: 2016-12-31}
        """,
    )
    datei, _ = load_fact_file(path)
    assert [(r.quelle, str(r.stand)) for r in datei.handel] == [
        ("Standardquelle", "2017-07"),
        ("Eigene", "2016-12-31"),
    ]


def test_every_problem_in_a_file_is_reported_at_once(project) -> None:
    path = project.write(
        "facts/a.yaml",
        """\
        handel:
          - {id: h1, zeitraum: 2016, umsatz: viel, quelle: q, stand: 2017}
          - {id: h2, zeitraum: 2016-02-30, umsatz: 1, quelle: q, stand: 2017}
        kontakte:
          - {id: k1, datum: 2016-01-01, quelle: q, stand: 2017, ortt: Schwerin}
        """,
    )
    with pytest.raises(SourceError) as e:
        load_fact_file(path)
    lines = sorted((p.line, p.message.split(":")[0]) for p in e.value.problems)
    assert [ln for ln, _ in lines] == [2, 3, 5]
    assert any("did you mean 'ort'" in p.message for p in e.value.problems)


def test_missing_source_without_default(project) -> None:
    path = project.write("facts/a.yaml", "handel:\n  - {id: h1, zeitraum: 2016, umsatz: 1}\n")
    with pytest.raises(SourceError) as e:
        load_fact_file(path)
    assert sorted(p.message for p in e.value.problems) == [
        "missing key 'handel[0].quelle'",
        "missing key 'handel[0].stand'",
    ]


def test_duplicate_ids_in_a_file_and_across_files(project) -> None:
    a = project.write(
        "facts/a.yaml",
        """\
        quelle: q
        stand: 2017
        handel:
          - {id: h1, zeitraum: 2016, umsatz: 1}
        kontakte:
          - {id: h1, datum: 2016}
        """,
    )
    with pytest.raises(SourceError, match="id 'h1' is used twice in this file"):
        load_fact_file(a)
    a.write_text("quelle: q\nstand: 2017\nhandel:\n  - {id: h1, zeitraum: 2016, umsatz: 1}\n")
    b = project.write(
        "facts/b.yaml", "quelle: q\nstand: 2017\nkontakte:\n  - {id: h1, datum: 2016}\n"
    )
    with pytest.raises(SourceError) as e:
        load_facts([a, b])
    assert "is also used in facts/a.yaml:4" in str(e.value)


def test_text_placeholders_must_name_fields(project) -> None:
    path = project.write(
        "facts/a.yaml",
        """\
        quelle: q
        stand: 2017
        kontakte:
          - id: k1
            datum: 2016
            text: "Am {datum} in {ort} mit {partner}."
        """,
    )
    with pytest.raises(SourceError) as e:
        load_fact_file(path)
    messages = [p.message for p in e.value.problems]
    assert len(messages) == 2
    assert "{ort} refers to a field that is empty" in messages[0]
    assert "{partner} names no field" in messages[1]


def test_a_changed_fact_file_is_read_again(project) -> None:
    path = project.write(
        "facts/a.yaml", "quelle: q\nstand: 2017\nhandel:\n  - {id: h1, zeitraum: 2016, umsatz: 1}\n"
    )
    first, _ = load_fact_file(path)
    assert load_fact_file(path)[0] is first  # the same content is loaded once per process
    path.write_text(path.read_text().replace("umsatz: 1", "umsatz: 2"))
    assert load_fact_file(path)[0].handel[0].umsatz == 2
