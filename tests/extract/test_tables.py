"""Reading tables into rows (tables.py); the units they give are tested through the NGO extractor."""

from __future__ import annotations

from hrtracker.extract.tables import md_rows, text_tables


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def test_text_layout_table_rows_and_wrapped_cells() -> None:
    text = (
        "Intro paragraph.\n\n"
        "  No.   Recommendation                  Status\n\n"
        "  1     Repeal the law on foreign       Not implemented\n"
        "        agents;\n\n"
        "  2     Free all political prisoners.   Partially\n\n\n"
        "Next section\n"
    )
    tables = text_tables(text, _lines(text), set())
    assert list(tables) == [2]
    used, rows = tables[2]
    assert rows[1][1][2] == "Repeal the law on foreign agents;"
    assert rows[1][2][2] == "Not implemented"
    assert rows[2][1][2] == "Free all political prisoners."
    assert 9 not in used  # "Next section" is not part of the table


def test_markdown_rows_skip_the_rule_line() -> None:
    text = "| A | Recommendation |\n|---|---|\n| 1 | Ratify OP-CAT |\n"
    lines = _lines(text)[:3]
    rows = md_rows(lines, text)
    assert [text[rows[r][1][0] : rows[r][1][1]] for r in sorted(rows)] == ["Recommendation", "Ratify OP-CAT"]
