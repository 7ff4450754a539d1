"""Delimited text: spreadsheet exports (semicolon, tab, comma) read as tables; ordinary text left alone."""

from __future__ import annotations

import pytest

from hrtracker.errors import ReadError
from hrtracker.readers import read_bytes
from hrtracker.readers.delimited import sniff_delimiter

TRACKER = (
    "Tracker of UN recommendations;;;;\r\n"
    ";;;;\r\n"
    "Table 1 – Recommendations of UN bodies;;;;\r\n"
    "Recommendation;Mechanism;Year;Status;Comment\r\n"
    "Prohibit corporal punishment in all settings;CRC;2019;Not implemented;Bill 114 lapsed in 2023\r\n"
    '"Register all children at birth; issue certificates free of charge";CRC;2019;Partly implemented;'
    "Fees abolished in 2021\r\n"
    "Ensure that children are never held with adults;HRC;2020;Implemented;Separate cells since 2022\r\n"
    "Set up child-friendly police units;SR sale of children;;No information;No figures\r\n"
    ";;;;\r\n"
    "Notes: the year is left empty where the body repeated the recommendation.;;;;\r\n"
)


def test_semicolon_export_in_cp1252_with_crlf_is_read_as_tables() -> None:
    doc = read_bytes(TRACKER.encode("cp1252"), "tracker.txt")
    assert doc.format == "csv"
    cells = [b for b in doc.blocks if b.kind == "table_cell"]
    assert {b.cell[0] for b in cells} == {0}  # one table: the header and four rows
    assert doc.block_text(cells[0]) == "Recommendation" and cells[0].cell == (0, 0, 0)
    quoted = next(b for b in cells if b.cell == (0, 2, 0))
    assert doc.block_text(quoted) == "Register all children at birth; issue certificates free of charge"
    paragraphs = [doc.block_text(b) for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[1] == "Table 1 – Recommendations of UN bodies" and paragraphs[-1].startswith("Notes:")


def test_tab_and_comma_exports_and_csv_files() -> None:
    tsv = "Recommendation\tBody\tStatus\nRatify the Protocol\tCAT\tNot implemented\nAbolish the death penalty\tHRC\t" \
          "Implemented\nRepeal article 174\tUPR\tPartly\nOpen shelters\tCEDAW\tNo information\n"
    assert sniff_delimiter(tsv) == "\t"
    csv_text = 'Recommendation,Body,Status\n"Ratify, without reservations, the Protocol",CAT,Open\n' \
               "Abolish the death penalty,HRC,Done\nRepeal article 174,UPR,Partly\nOpen shelters,CEDAW,Open\n"
    assert sniff_delimiter(csv_text) == ","
    assert read_bytes(csv_text.encode(), "tracker.csv").format == "csv"


def test_ordinary_text_with_commas_and_semicolons_is_not_a_table() -> None:
    prose = (
        "Recommendations\n\n"
        "1. Repeal article 174; it is used against journalists, bloggers and activists.\n"
        "2. Ensure that detainees, including minors, see a lawyer; record every interview.\n"
        "3. Abolish the exit-visa system, which restricts movement, work and study abroad.\n"
        "4. Open shelters in every region; fund them; staff them with trained people.\n"
    )
    assert sniff_delimiter(prose) is None
    assert read_bytes(prose.encode(), "report.txt").format == "txt"


def test_a_upr_info_export_is_refused_with_the_command_that_imports_it() -> None:
    export = "To,Text,From,Response,Action,Issue,Session\r" + "\r".join(
        f"Ruritania,Ratify the Convention number {k},Chile,Supported,5,International instruments,{k}"
        for k in range(1, 8)) + "\r"
    with pytest.raises(ReadError, match="import upr-info"):
        read_bytes(export.encode("cp1252"), "sessions-1-5.csv")


def test_theme_rows_stay_in_their_table_and_numbered_rows_without_a_header_are_a_list() -> None:
    csv_text = (
        "Tracker of UN recommendations,,,\r\n"
        ",,,\r\n"
        "No.,Mechanism,Recommendation,Status\r\n"
        "THEME 1 – Courts,,,\r\n"
        "1.1,HRC,Guarantee the independence of the judiciary,Not implemented\r\n"
        "THEME 2 – Torture,,,\r\n"
        "2.1,CAT,Establish an independent complaints body,Partially implemented\r\n"
        ",,,\r\n"
        "Questions to the delegation,,,\r\n"
        "Q1,How many complaints of torture were received in 2024?,,\r\n"
        "Q2,Why is the Supreme Council of Justice appointed by the President?,,\r\n"
    )
    d = read_bytes(csv_text.encode(), "tracker.csv")
    cells = [(b.cell, d.block_text(b)) for b in d.blocks if b.kind == "table_cell"]
    assert ((0, 1, 0), "THEME 1 – Courts") in cells and ((0, 3, 0), "THEME 2 – Torture") in cells
    assert ((0, 4, 2), "Establish an independent complaints body") in cells  # the same table, under its header
    items = [(b.marker, d.block_text(b)) for b in d.blocks if b.kind == "list_item"]
    assert items == [("Q1", "Q1 How many complaints of torture were received in 2024?"),
                     ("Q2", "Q2 Why is the Supreme Council of Justice appointed by the President?")]
