"""The block-by-block text every reader builds."""

from hrtracker.readers.blocks import BlockText


def test_blocks_are_joined_by_a_blank_line_and_index_their_text() -> None:
    out = BlockText()
    out.add("heading", "Recommendations", level=1)
    out.add("list_item", "1. Repeal article 174.", marker="1.")
    out.add("table_cell", "Ratify OP-CAT", cell=(0, 1, 2))
    assert out.text == "Recommendations\n\n1. Repeal article 174.\n\nRatify OP-CAT"
    assert [out.text[b.start : b.end] for b in out.blocks] == ["Recommendations", "1. Repeal article 174.",
                                                               "Ratify OP-CAT"]
    assert (out.blocks[0].level, out.blocks[1].marker, out.blocks[2].cell) == (1, "1.", (0, 1, 2))


def test_an_empty_builder_has_no_text() -> None:
    out = BlockText()
    assert out.text == "" and out.blocks == []
