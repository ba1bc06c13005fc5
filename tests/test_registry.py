"""The fact-kind registry: every kind is complete, and everything else follows from it."""

import pytest

from anfrage.model.fakten import (
    COMMON_NOT_PROSE,
    KIND_ALIASES,
    KINDS,
    SECTIONS,
    FaktenDatei,
    kind_help,
    prose_fields,
)


@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.kind)
def test_every_kind_has_a_name_a_section_an_alias_and_a_label_per_prose_field(kind) -> None:
    assert kind.kind and kind.section and kind.aliases
    missing = [f for f in prose_fields(kind) if f not in kind.labels]
    assert missing == [], f"{kind.__name__}: no German label for {missing}"
    unknown = set(kind.labels) - set(kind.model_fields)
    assert unknown == set(), f"{kind.__name__}: labels for fields it does not have: {unknown}"
    assert kind.not_prose <= set(kind.model_fields)
    assert kind.not_prose <= set(kind.labels), "the facts listing shows these with a label"


def test_sections_aliases_fact_files_and_help_follow_the_registry() -> None:
    assert list(SECTIONS.values()) == list(KINDS)
    for kind in KINDS:
        assert KIND_ALIASES[kind.kind] == kind.kind
        assert all(KIND_ALIASES[a] == kind.kind for a in kind.aliases)
        assert kind.section in FaktenDatei.model_fields
        assert "/".join((kind.kind, *kind.aliases)) in kind_help()
    assert set(FaktenDatei.model_fields) - set(SECTIONS) == {"titel", "quelle", "stand"}


def test_bookkeeping_fields_never_reach_prose() -> None:
    for kind in KINDS:
        assert not COMMON_NOT_PROSE & set(prose_fields(kind))


def test_every_answer_block_kind_has_an_expander() -> None:
    from anfrage.draft.blocks import EXPANDERS
    from anfrage.model import Baustein

    assert set(EXPANDERS) == set(Baustein.model_fields)


def test_every_paragraph_kind_has_a_branch_in_every_shipped_template() -> None:
    """A paragraph kind without a branch would be set in the default style silently."""
    import zipfile

    from anfrage.draft.paragraphs import ARTEN

    from shipped import shipped

    for template in shipped("src/anfrage/profiles/*.docx"):
        with zipfile.ZipFile(template) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        if "absaetze" not in xml:
            continue
        missing = [
            art
            for art in ARTEN
            if art != "antwort" and f"a.art == '{art}'" not in xml.replace("&apos;", "'")
        ]
        assert missing == [], f"{template.name} has no branch for {missing}"
