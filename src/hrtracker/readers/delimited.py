"""Delimited text: a spreadsheet saved as CSV, TSV or semicolon-separated text (a tracker of recommendations
exported from Excel or a shared worksheet).

The rows become table cells (``Block.cell``), as a Word or HTML table's do, so that the extractor reads the
header row and its columns; a row with one filled cell (a title, a note) is a paragraph, and an empty row ends a
table. Text that is not laid out in columns is left to the plain-text reader.
"""

from __future__ import annotations

import csv
import io
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


def read_delimited(text: str, name: str, delimiter: str) -> Document:
    """A Document whose blocks are the cells of each run of filled rows, one table per run; a UPR Info database
    export is refused with the command that imports it."""
    first = next((r for r in _rows(text[:20000], delimiter) if any(c.strip() for c in r)), [])
    if _UPR_INFO_COLUMNS <= {c.strip().lower() for c in first}:
        raise ReadError(name, "a UPR Info database export, not a report: import it with `hrtracker import upr-info`")
    out = BlockText()
    table, row = -1, 0
    in_table = False
    for cells in _rows(text, delimiter):
        filled = [(k, " ".join(c.split())) for k, c in enumerate(cells) if c.strip()]
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
