"""Finding or adding a child element where the WordprocessingML schema puts it."""

from lxml import etree

from anfrage.docx.ooxml import W_NS, W, child


def _element(xml: str) -> etree._Element:
    return etree.fromstring(f'<w:tcPr xmlns:w="{W_NS}">{xml}</w:tcPr>')


def test_an_existing_child_is_returned_as_it_is() -> None:
    parent = _element('<w:tcW w:w="5"/>')
    assert child(parent, "tcW").get(f"{W}w") == "5"
    assert len(parent) == 1


def test_a_new_child_goes_after_the_children_the_schema_puts_before_it() -> None:
    parent = _element("<w:cnfStyle/><w:vAlign/>")
    child(parent, "tcW", ("cnfStyle",))
    assert [etree.QName(c).localname for c in parent] == ["cnfStyle", "tcW", "vAlign"]


def test_without_such_children_a_new_child_comes_first() -> None:
    parent = _element("<w:vAlign/>")
    child(parent, "tcW", ("cnfStyle",))
    assert [etree.QName(c).localname for c in parent] == ["tcW", "vAlign"]
