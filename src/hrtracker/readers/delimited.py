"""Delimited text: a spreadsheet saved as CSV, TSV or semicolon-separated text (a tracker of recommendations
exported from Excel or a shared worksheet).

The rows become table cells (``Block.cell``), as a Word or HTML table's do, so that the extractor reads the
header row and its columns; a row with one filled cell (a title, a note) is a paragraph, unless it is a theme row
inside a table (its first cell, under the header), and an empty row ends a table. Rows that each hold an item
number and one text ("Q1 | How many ...?") without a header are a numbered list. Text that is not laid out in
columns is left to the plain-text reader.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter

from ..errors import ReadError
from ..models import Document
from .blocks import BlockText
from .text import INVISIBLE

_DELIMITERS = (";", "\t", ",")
_MIN_ROWS = 4  # filled rows with two cells or more
_SNIFF_CHARS = 200_000  # the layout is judged on the opening rows, not by parsing a whole long text three times


def _rows(text: str, delimiter: str) -> list[list[str]]:
    try:
        return [[c.translate(INVISIBLE) for c in row] for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error:
        return []


def sniff_delimiter(text: str) -> str | None:
    """The delimiter of a spreadsheet export, or None for ordinary text: most rows have the same number of fields
    (three or more; exports pad every row to the sheet's width) and several rows fill two cells or more."""
    sample = text[: text.rfind("\n", 0, _SNIFF_CHARS) + 1] if len(text) > _SNIFF_CHARS else text
    for delimiter in _DELIMITERS:
        if delimiter not in sample:
            continue
        rows = [r for r in _rows(sample, delimiter) if any(c.strip() for c in r)]
        if len(rows) < _MIN_ROWS:
            continue
        width, n = Counter(len(r) for r in rows).most_common(1)[0]
        filled = sum(1 for r in rows if sum(1 for c in r if c.strip()) >= 2)
        if width >= 3 and n >= 0.8 * len(rows) and filled >= _MIN_ROWS:
            return delimiter
    return None


# the columns of a UPR Info database export, which is data to import, not a report
_UPR_INFO_COLUMNS = {"to", "text", "from", "response", "session"}


_ITEM_CODE = re.compile(r"(?:[A-Za-zА-ЯЁа-яё]{1,3}\s?)?\d{1,3}[.)]?")


def _numbered_list(rows: list[list[tuple[int, str]]], i: int) -> bool:
    """Whether row ``i`` is in a run of rows (two of them at least) that each hold an item number and one text
    cell: "Q1 | How many ...?", "В2 | Сколько ...?"."""

    def item(r: list[tuple[int, str]]) -> bool:
        return len(r) == 2 and r[0][0] == 0 and bool(_ITEM_CODE.fullmatch(r[0][1])) and len(r[1][1].split()) >= 4

    if not item(rows[i]):
        return False
    a = i
    while a > 0 and item(rows[a - 1]):
        a -= 1
    b = i
    while b + 1 < len(rows) and item(rows[b + 1]):
        b += 1
    return b > a


def read_delimited(text: str, name: str, delimiter: str) -> Document:
    """A Document whose blocks are the cells of each run of filled rows, one table per run; a UPR Info database
    export is refused with the command that imports it."""
    first = next((r for r in _rows(text[:20000], delimiter) if any(c.strip() for c in r)), [])
    if _UPR_INFO_COLUMNS <= {c.strip().lower() for c in first}:
        raise ReadError(name, "a UPR Info database export, not a report: import it with `hrtracker import upr-info`")
    out = BlockText()
    table, row = -1, 0
    in_table = False
    all_rows = [[(k, " ".join(c.split())) for k, c in enumerate(cells) if c.strip()]
                for cells in _rows(text, delimiter)]
    for i, filled in enumerate(all_rows):
        if not in_table and _numbered_list(all_rows, i):
            # "В1 | Какой государственный орган ...?", "В2 | ...": an item's number and its text, row after row
            # without a header: a numbered list, not a table
            out.add("list_item", f"{filled[0][1]} {filled[1][1]}", marker=filled[0][1])
            continue
        if len(filled) == 1 and in_table and filled[0][0] == 0:
            # "THEME 2 – Torture, police custody and prisons" in the first cell under the header: a
            # theme row of the table (as a Word table's merged row), not its end
            out.add("table_cell", filled[0][1], cell=(table, row, 0))
            row += 1
            continue
        if len(filled) < 2:
            in_table = False  # an empty row, a title or a note ends the table
            if filled:
                out.add("paragraph", filled[0][1])
            continue
        if not in_table:
            table, row, in_table = table + 1, 0, True
        for k, c in filled:
            out.add("table_cell", c, cell=(table, row, k))
        row += 1
    return Document(name=name, text=out.text, blocks=out.blocks, format="csv")
