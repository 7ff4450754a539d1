"""PDF reader: fixtures written with PyMuPDF in code, plus the real UN PDFs when present."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from hrtracker.errors import ReadError
from hrtracker.readers import read_bytes, read_path
from hrtracker.readers.pdf import _pymupdf

pymupdf = _pymupdf()

UN_PDFS = Path("/work/shared/datasets/upr-wg-pdfs")
LEFT, MARK_X, LINE = 72, 110, 13


def _line(page, y: float, text: str, size: float = 10, x: float = LEFT, bold: bool = False) -> None:
    page.insert_text((x, y), text, fontsize=size, fontname="hebo" if bold else "helv")


def _numbered(page, y: float, marker: str, lines: list[str]) -> float:
    """A numbered paragraph: marker, a tab-like gap, then the first line; hanging lines at LEFT."""
    _line(page, y, marker)
    _line(page, y, lines[0], x=MARK_X)
    for t in lines[1:]:
        y += LINE
        _line(page, y, t)
    return y + 2 * LINE


def make_report_pdf() -> bytes:
    """Two pages in UN layout: running header, page number, job number, footnote, page-break paragraph."""
    doc = pymupdf.open()
    for pno in (1, 2):
        page = doc.new_page(width=595, height=842)
        _line(page, 50, "A/HRC/99/1", size=9, x=480 if pno == 2 else LEFT)
        _line(page, 815, str(pno), size=9, x=LEFT if pno == 1 else 520)
        if pno == 1:
            _line(page, 800, "GE.10-12345", size=9)
            _line(page, 100, "Conclusions and recommendations", size=14, bold=True)
            y = _numbered(
                page,
                140,
                "1.",
                [
                    "The Working Group examined the report of the State and",
                    "adopted the present conclusions.",
                ],
            )
            y = _numbered(
                page,
                y,
                "93.1.",
                ["Ratify the Optional Protocol to the Convention against", "Torture (Denmark);"],
            )
            y = _numbered(
                page,
                y,
                "93.2.",
                [
                    "Adopt a comprehensive law against discrimination covering",
                    "all grounds and ensure that victims have access to effective",
                ],
            )
            # body continues to the bottom of the page, then the footnote area
            _line(page, 740, "_" * 20, size=8)
            page.insert_text((LEFT, 752), "1", fontsize=5, fontname="helv")
            _line(
                page, 755, "See the earlier report of the Special Rapporteur, para. 12.", size=8, x=LEFT + 5
            )
        else:
            y = 100
            _line(
                page, y, "remedies, including compensation, in line with the recommendation of the Committee"
            )
            _line(page, y + LINE, "(Sweden);")
            y = _numbered(
                page, y + 3 * LINE, "93.3.", ["Strengthen the independence of the judiciary", "(Norway);"]
            )
            _numbered(page, y, "(a)", ["A sub-item that is a list item of its own;"])
    data = doc.tobytes()
    doc.close()
    return data


@pytest.fixture(scope="module")
def report():
    return read_bytes(make_report_pdf(), "report.pdf")


def test_pages_and_format(report) -> None:
    assert report.format == "pdf"
    assert report.pages == 2
    assert report.meta.get("symbol") == "A/HRC/99/1"


def test_no_running_header_page_number_or_job_number_in_body(report) -> None:
    body = [report.block_text(b) for b in report.blocks if b.kind != "footnote"]
    joined = "\n".join(body)
    assert "A/HRC/99/1" not in joined
    assert "GE.10" not in joined
    assert not any(re.fullmatch(r"\d+", t) for t in body)


def test_heading_and_numbered_blocks(report) -> None:
    kinds = [(b.kind, b.marker) for b in report.blocks]
    assert kinds[0] == ("heading", None)
    assert report.block_text(report.blocks[0]) == "Conclusions and recommendations"
    markers = [b.marker for b in report.blocks if b.kind == "list_item"]
    assert markers == ["1.", "93.1.", "93.2.", "93.3.", "(a)"]


def test_paragraph_joined_across_lines_and_page_break(report) -> None:
    item = next(b for b in report.blocks if b.marker == "93.2.")
    text = report.block_text(item)
    assert text.startswith("93.2. Adopt a comprehensive law")
    assert "access to effective remedies, including compensation" in text
    assert text.endswith("(Sweden);")
    assert "\n" not in text


def test_footnote_kept_apart_after_body(report) -> None:
    notes = [b for b in report.blocks if b.kind == "footnote"]
    assert len(notes) == 1
    assert report.footnotes == {"1": "See the earlier report of the Special Rapporteur, para. 12."}
    last_body = max(b.end for b in report.blocks if b.kind != "footnote")
    assert notes[0].start > last_body
    assert all(
        "Special Rapporteur, para" not in report.block_text(b) for b in report.blocks if b.kind != "footnote"
    )


def test_offsets_are_consistent(report) -> None:
    for b in report.blocks:
        t = report.block_text(b)
        assert t and t == t.strip()
    starts = [b.start for b in report.blocks]
    assert starts == sorted(starts)


def test_dehyphenation_keeps_compounds() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    _line(page, 100, "The State adopted a zero-tolerance policy. It adopted a zero-")
    _line(page, 113, "tolerance policy and an informa-")
    _line(page, 126, "tion campaign about the information available.")
    d = read_bytes(doc.tobytes(), "h.pdf")
    assert "zero-tolerance policy and an information campaign" in d.text


def test_a_common_word_hyphenated_at_a_line_end_is_joined() -> None:
    # "input" and "presented" occur nowhere else in the page: the English word list knows them; "follow-up" stays
    doc = pymupdf.open()
    page = doc.new_page()
    _line(page, 100, "This submission responds to the call for in-")
    _line(page, 113, "put on the report pre-")
    _line(page, 126, "sented in 2018 and on its follow-")
    _line(page, 139, "up by the Government.")
    d = read_bytes(doc.tobytes(), "h.pdf")
    assert "call for input on the report presented in 2018 and on its follow-up by" in d.text


def test_dingbat_bullets_start_list_items() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    _line(page, 100, "Our recommendations to the Government:")
    dingbats = pymupdf.Font("zadb")
    tw = pymupdf.TextWriter(page.rect)
    for y in (113, 139):
        tw.append((LEFT, y), "\u27a2", font=dingbats, fontsize=10)
    tw.write_text(page)
    _line(page, 113, "amend the Constitutional Law on the Judicial Council so that half", x=LEFT + 18)
    _line(page, 126, "of its members are judges elected by their peers;", x=LEFT + 18)
    _line(page, 139, "abolish the probationary period for newly appointed judges.", x=LEFT + 18)
    d = read_bytes(doc.tobytes(), "b.pdf")
    items = [d.text[b.start : b.end] for b in d.blocks if b.marker]
    assert len(items) == 2 and items[1].endswith("abolish the probationary period for newly appointed judges.")


def test_a_reference_number_wrapped_to_the_next_line_is_no_list_item() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    _line(page, 100, "8. The Committee also made recommendations on military courts (para.")
    _line(page, 113, "15) and on the principle of non-refoulement (para. 23).")
    d = read_bytes(doc.tobytes(), "r.pdf")
    assert "(para. 15) and on the principle" in d.text
    assert [b.marker for b in d.blocks if b.marker] == ["8."]


def test_random_bytes_named_pdf() -> None:
    with pytest.raises(ReadError, match="not a PDF"):
        read_bytes(bytes(range(256)) * 8, "junk.pdf")


def test_truncated_pdf() -> None:
    data = make_report_pdf()
    for cut in (len(data) // 2, 400):
        with pytest.raises(ReadError) as e:
            read_bytes(data[:cut], "cut.pdf")
        assert "\n" not in e.value.reason


def test_encrypted_pdf() -> None:
    doc = pymupdf.open()
    _line(doc.new_page(), 100, "secret")
    data = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    with pytest.raises(ReadError, match="encrypted"):
        read_bytes(data, "locked.pdf")


def test_pdf_without_text_layer() -> None:
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(50, 50, 300, 300), color=(0, 0, 0), fill=(0.5, 0.5, 0.5))
    with pytest.raises(ReadError, match="no text layer"):
        read_bytes(doc.tobytes(), "scan.pdf")


def test_pdf_named_txt_is_read_as_pdf() -> None:
    d = read_bytes(make_report_pdf(), "report.txt")
    assert d.format == "pdf"


@pytest.mark.skipif(not UN_PDFS.is_dir(), reason="shared UN PDFs not available")
def test_real_un_pdfs_have_no_margin_leaks() -> None:
    files = sorted(UN_PDFS.glob("*.pdf"))
    t0 = time.perf_counter()
    docs = [read_path(f) for f in files]
    elapsed = time.perf_counter() - t0
    assert elapsed < 4  # ~0.6 s on a quiet machine; generous for a shared CI box
    for f, d in zip(files, docs, strict=True):
        sym = d.meta["symbol"]
        for b in d.blocks:
            if b.kind == "footnote" or b.page == 1:
                continue
            t = d.block_text(b)
            assert "GE." not in t, (f.name, t[:80])
            assert not t.rstrip().endswith(sym), (f.name, t[-80:])
            assert not re.fullmatch(r"\d{1,3}", t), (f.name, t)
            assert not re.search(r"\s\d{1,2} A/HRC", t), (f.name, t[:80])
        items = [b for b in d.blocks if b.kind == "list_item" and re.fullmatch(r"[\d.]+", b.marker or "")]
        assert len(items) > 100, f.name
        # numbered paragraphs and recommendations end like sentences: nothing cut at a page break
        bad = [d.block_text(b)[-60:] for b in items if not re.search(r"[);.:]\W*$", d.block_text(b))]
        assert len(bad) <= 3, (f.name, bad)


def test_two_column_page_reads_left_column_first() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _line(page, 60, "Shadow report: two columns", size=16, bold=True)
    left = [f"Left column sentence number {i} goes on." for i in range(1, 16)] + ["The paragraph carries on"]
    right = ["into the right column and ends here."] + [f"Right column line {i} text." for i in range(1, 15)]
    for i, t in enumerate(left):
        _line(page, 100 + i * LINE, t, x=50)
    for i, t in enumerate(right):
        _line(page, 100 + i * LINE, t, x=320)
    d = read_bytes(doc.tobytes(), "cols.pdf")
    assert d.blocks[0].kind == "heading"
    body = d.block_text(d.blocks[1])
    assert body.startswith("Left column sentence number 1 goes on. Left column sentence number 2")
    assert "The paragraph carries on into the right column and ends here. Right column line 1" in body
    assert "Right column" not in body.split("carries on")[0]


def test_soft_hyphen_and_footnote_continued_on_next_page() -> None:
    doc = pymupdf.open()
    p1 = doc.new_page(width=595, height=842)
    _line(p1, 87, "Information matters.")
    _line(p1, 100, "The delegation described an infor-")
    _line(p1, 113, "mation campaign on the new law.")
    p1.insert_text((LEFT, 747), "7", fontsize=5, fontname="helv")
    _line(p1, 750, "A long footnote that starts on this page and", size=8, x=LEFT + 5)
    p2 = doc.new_page(width=595, height=842)
    _line(p2, 100, "Second page body text that is long enough.")
    _line(p2, 750, "ends on the next page.", size=8, x=LEFT + 5)
    d = read_bytes(doc.tobytes(), "soft.pdf")
    assert "an information campaign on the new law." in d.text
    assert d.footnotes == {"7": "A long footnote that starts on this page and ends on the next page."}


def test_margin_paragraph_after_an_indented_list_item_is_its_own_block() -> None:
    """A lead-in at the margin right after an indented list item (small gap, same page or the next)."""
    doc = pymupdf.open()
    p1 = doc.new_page(width=595, height=842)
    _line(p1, 100, "Suggested questions:")
    _line(p1, 116, "2.", x=LEFT + 6)
    _line(p1, 116, "What steps have been taken to reform the law on", x=LEFT + 28)
    _line(p1, 129, "legal capacity?", x=LEFT + 28)
    _line(p1, 144, "The Forum recommends that the Committee urge the State to:")
    _line(p1, 780, "3.", x=LEFT + 6)
    _line(p1, 780, "How many persons are under guardianship?", x=LEFT + 28)
    p2 = doc.new_page(width=595, height=842)
    _line(p2, 100, "The Forum recommends that the Committee urge the State to:")
    d = read_bytes(doc.tobytes(), "items.pdf")
    texts = [d.block_text(b) for b in d.blocks]
    assert "2. What steps have been taken to reform the law on legal capacity?" in texts
    assert "3. How many persons are under guardianship?" in texts
    assert texts.count("The Forum recommends that the Committee urge the State to:") == 2


def test_a_paragraph_under_the_marker_of_a_one_line_item_after_hanging_items_is_its_own_block() -> None:
    """Items whose wrapped lines hang under their text; the paragraph after the last (one line) item starts where
    the markers do, with no gap: it is not part of the item."""
    doc = pymupdf.open()
    p = doc.new_page(width=595, height=842)
    _line(p, 100, "(a)", x=LEFT)
    _line(p, 100, "How many deaths in custody were recorded in 2021-2025, and in how", x=LEFT + 18)
    _line(p, 113, "many cases were officials prosecuted?", x=LEFT + 18)
    _line(p, 126, "(b)", x=LEFT)
    _line(p, 126, "How many schools does the Government intend to reopen, and by when?", x=LEFT + 18)
    _line(p, 139, "The fourth cycle gives the State a second chance to implement commitments it first", x=LEFT)
    _line(p, 152, "made five years ago.", x=LEFT)
    d = read_bytes(doc.tobytes(), "hang.pdf")
    texts = [d.block_text(b) for b in d.blocks]
    assert "(b) How many schools does the Government intend to reopen, and by when?" in texts
    assert "The fourth cycle gives the State a second chance to implement commitments it first made five years ago." \
        in texts


def test_a_number_drawn_so_close_to_its_text_that_no_space_comes_out_starts_an_item() -> None:
    doc = pymupdf.open()
    p = doc.new_page(width=595, height=842)
    _line(p, 100, "We recommend:")
    _line(p, 116, "9. approve a plan with annual targets;", x=LEFT + 2)
    _line(p, 132, "10.stop building new institutions;", x=LEFT + 2)
    _line(p, 148, "11.investigate every death in an institution.", x=LEFT + 2)
    d = read_bytes(doc.tobytes(), "close.pdf")
    items = [(b.marker, d.block_text(b)) for b in d.blocks if b.kind == "list_item"]
    assert [m for m, _t in items] == ["9.", "10.", "11."]
    assert items[1][1] == "10.stop building new institutions;"


def test_two_columns_with_a_centred_title_and_footnotes_under_each_column() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((200, 60), "A CENTRED REPORT TITLE", fontsize=16, fontname="hebo")
    page.insert_text((276, 80), "May 2026", fontsize=10, fontname="helv")
    left = [f"Left column line {i} of the body text goes on." for i in range(1, 30)] + ["The left column ends in"]
    right = ["the middle of a sentence here."] + [f"Right column line {i} of the text." for i in range(1, 30)]
    for i, t in enumerate(left):
        _line(page, 110 + i * LINE, t, x=50)
    for i, t in enumerate(right):
        _line(page, 110 + i * LINE, t, x=320)
    _line(page, 800, "1 A footnote under the left column.", size=7, x=50)
    _line(page, 800, "2 A footnote under the right column.", size=7, x=320)
    d = read_bytes(doc.tobytes(), "twocol.pdf")
    assert d.text.startswith("A CENTRED REPORT TITLE")
    assert "The left column ends in the middle of a sentence here." in d.text
    body = d.text[: d.blocks[-2].start] if len(d.blocks) > 2 else d.text
    assert "A footnote under the left column." not in body.split("Right column line 29")[0]
    assert d.footnotes.get("1") == "A footnote under the left column."
    assert d.footnotes.get("2") == "A footnote under the right column."


def test_two_columns_under_a_title_block_of_several_wide_lines() -> None:
    """A running header and a title block across the page are no reason to read the columns as one."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _line(page, 30, "Alternative report to the Committee against Torture – running header", size=8, x=50)
    _line(page, 80, "A Report Title Across The Page", size=16, bold=True, x=150)
    _line(page, 110, "Alternative report on the third periodic report of a fictional State party (X/C/3)", x=80)
    _line(page, 125, "An NGO coalition and its partner organisation – a city, February 2026", x=90)
    _line(page, 140, "2026", x=285)
    left = [f"Left column line {i} goes on." for i in range(1, 18)] + ["The left column ends in"]
    right = ["the middle of a sentence here."] + [f"Right column line {i} text." for i in range(1, 18)]
    for i, t in enumerate(left):
        _line(page, 180 + i * LINE, t, x=50)
    for i, t in enumerate(right):
        _line(page, 180 + i * LINE, t, x=320)
    d = read_bytes(doc.tobytes(), "title2col.pdf")
    assert "The left column ends in the middle of a sentence here." in d.text
    assert "Right column" not in d.text.split("ends in the middle")[0]


def test_last_page_with_a_short_right_column_is_split_where_the_other_pages_are() -> None:
    """A last page whose right column holds a few lines is read column by column, like the pages before it;
    a list item going on in that column ends where a paragraph starts at the column's margin."""
    doc = pymupdf.open()
    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda".split()
    for p in range(2):
        page = doc.new_page(width=595, height=842)
        for i in range(30):
            _line(page, 80 + i * LINE, f"On the {words[i % 11]} side {words[(i + p) % 7]} runs on.", x=50)
            _line(page, 80 + i * LINE, f"The {words[(i + 3) % 11]} column has {words[(i + p) % 5]} text.", x=310)
    page = doc.new_page(width=595, height=842)
    for i in range(20):
        _line(page, 80 + i * LINE, f"Then the {words[(i + 5) % 11]} page ends {words[i % 3]} here.", x=50)
    _line(page, 80 + 20 * LINE, "Last line of the left column.", x=50)
    _line(page, 80 + 21 * LINE, "3.", x=50)
    _line(page, 80 + 21 * LINE, "Please provide information on the draft", x=64)
    _line(page, 80, "law on an Independent Authority and its date.", x=324)
    _line(page, 80 + LINE, "Contact: a coalition of organisations, an address.", x=310)
    d = read_bytes(doc.tobytes(), "lastpage.pdf")
    texts = [d.block_text(b) for b in d.blocks]
    assert "3. Please provide information on the draft law on an Independent Authority and its date." in texts
    assert "Contact: a coalition of organisations, an address." in texts
    assert "Last line of the left column." in d.text.split("Independent Authority")[0]


def test_cyrillic_body_lines_near_the_page_bottom_are_kept() -> None:
    """Lines in the footer zone with no Latin letters used to share one margin key and be dropped
    as a running footer when several pages had one."""
    doc = pymupdf.open()
    font = pymupdf.Font("tiro")
    laws = ["о собраниях", "об иностранных агентах", "о регистрации"]
    for pno in range(3):
        page = doc.new_page(width=595, height=842)
        tw = pymupdf.TextWriter(page.rect)
        tw.append((LEFT, 50), "Заключительные замечания", font=font, fontsize=8.5)  # the running header
        tw.append((LEFT, 200), f"Страница {pno + 1}: обычный текст доклада.", font=font, fontsize=10.5)
        tw.append((LEFT, 760), f"{pno + 14}. Государству-участнику следует отменить закон {laws[pno]}.",
                  font=font, fontsize=10.5)
        tw.append((290, 815), f"{pno + 1}", font=font, fontsize=8.5)
        tw.write_text(page)
    d = read_bytes(doc.tobytes(), "ru.pdf")
    for law in laws:
        assert f"Государству-участнику следует отменить закон {law}." in d.text
    assert "Заключительные замечания" not in d.text


def test_a_dash_inside_an_open_quotation_continues_the_line() -> None:
    """«Дети Каратогая / — 2025»: the dash that starts the wrapped line is part of the title, not a bullet."""
    doc = pymupdf.open()
    font = pymupdf.Font("tiro")
    page = doc.new_page(width=595, height=842)
    tw = pymupdf.TextWriter(page.rect)
    tw.append((LEFT, 100), "а) Какая часть мероприятий Национального плана действий «Дети Норвалии", font=font,
              fontsize=10.5)
    tw.append((LEFT, 114), "— 2025» была профинансирована в 2021–2024 годах?", font=font, fontsize=10.5)
    tw.append((LEFT, 142), "Рекомендации:", font=font, fontsize=10.5)
    tw.append((LEFT, 156), "— отменить приказ о регистрации;", font=font, fontsize=10.5)
    tw.write_text(page)
    d = read_bytes(doc.tobytes(), "ru.pdf")
    assert "«Дети Норвалии — 2025» была профинансирована" in d.text
    assert [d.text[b.start : b.end] for b in d.blocks if b.marker == "—"] == ["— отменить приказ о регистрации;"]


def _ruled_table(page, top: float, rows: list[tuple[str, ...]], widths: list[float], row_h: float = 30) -> float:
    """Draw a ruled table (grid lines and one text line a cell) from ``top``; the y under it."""
    xs = [LEFT]
    for w in widths:
        xs.append(xs[-1] + w)
    y = top
    for row in rows:
        for x, cell in zip(xs, row, strict=False):
            page.insert_text((x + 3, y + 14), cell, fontsize=9, fontname="helv")
        y += row_h
    for k in range(len(rows) + 1):
        page.draw_line((xs[0], top + k * row_h), (xs[-1], top + k * row_h))
    for x in xs:
        page.draw_line((x, top), (x, y))
    return y


def test_ruled_table_cells_and_its_continuation_over_a_page_break() -> None:
    doc = pymupdf.open()
    header = ("No.", "Recommendation", "State", "Status")
    widths = [50, 260, 80, 90]
    p1 = doc.new_page(width=595, height=842)
    _line(p1, 100, "2.1 Recommendations received")
    y = _ruled_table(p1, 120, [header, ("118.12", "Extend a standing invitation", "Latvia", "Implemented"),
                               ("118.19", "Bring the Ombudsman into line", "Australia", "Partially")], widths)
    _line(p1, y + 30, "The Government issued a standing invitation in 2024.")
    _line(p1, 700, "2.2 Media")
    p2 = doc.new_page(width=595, height=842)
    y = _ruled_table(p2, 90, [header, ("118.52", "Decriminalize defamation", "Estonia", "Not implemented")],
                     widths)
    y = _ruled_table(p2, y + 20, [header, ("118.53", "Repeal article 188-2", "Czechia", "Not implemented")],
                     widths)
    _line(p2, y + 30, "Our analysis follows.")
    d = read_bytes(doc.tobytes(), "t.pdf")
    cells = [(b.cell, d.text[b.start : b.end]) for b in d.blocks if b.cell]
    assert cells[:8] == [((0, 0, 0), "No."), ((0, 0, 1), "Recommendation"), ((0, 0, 2), "State"),
                         ((0, 0, 3), "Status"), ((0, 1, 0), "118.12"), ((0, 1, 1), "Extend a standing invitation"),
                         ((0, 1, 2), "Latvia"), ((0, 1, 3), "Implemented")]
    # the second page's first table is no continuation (a heading stands between), the next one is a new table
    # that only repeats the header after a gap with nothing between: it goes on as table 1
    assert [c for c in cells if c[1] in ("118.52", "118.53")] == [((1, 1, 0), "118.52"), ((1, 2, 0), "118.53")]
    assert "Extend a standing invitation" not in d.text.split("The Government issued")[1]
    assert "The Government issued a standing invitation in 2024." in d.text
    assert d.text.index("2.2 Media") < d.text.index("118.52")


def test_words_marked_as_inserted_with_a_box_each_are_text_not_a_table() -> None:
    # Word's "Save as PDF" showing markup: each inserted word on a shaded box and underlined, a change bar
    # in the margin; the page's table finder sees the boxes as a grid of one-word cells
    pymupdf = _pymupdf()
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((70, 100), "2. How many emergency protection orders were requested and how many", fontsize=10)
    y = 114
    for line in ("were issued in 2024 and 2025? How many breaches of protection orders",
                 "were punished, and by what penalties?"):
        x = 84.0
        for word in line.split():
            w = pymupdf.get_text_length(word + " ", fontsize=10)
            page.draw_rect(pymupdf.Rect(x, y - 9, x + w, y + 2), fill=(0.85, 0.93, 0.85), color=None, width=0)
            page.draw_line((x, y + 1.5), (x + w, y + 1.5), color=(0.1, 0.5, 0.2), width=0.5)
            page.insert_text((x, y), word, fontsize=10)
            x += w
        page.draw_line((60, y - 9), (60, y + 2), color=(0.1, 0.5, 0.2), width=1)
        y += 14
    page.insert_text((70, y + 10), "3. How many shelter places are there in each region?", fontsize=10)
    data = doc.tobytes()
    read = read_bytes(data, "markup.pdf")
    assert not any(b.kind == "table_cell" for b in read.blocks)
    assert "How many breaches of protection orders were punished, and by what penalties?" in read.text


def test_struck_out_text_and_comment_balloons_of_a_markup_pdf_are_not_the_text() -> None:
    # Word's "Save as PDF" showing markup: a deletion struck through, a reviewer's comment in an outlined balloon in
    # the right margin on the same rows as the body
    pymupdf = _pymupdf()
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((64, 100), "The Committee recommended that the State party", fontsize=10)
    deleted = "establish specialised police units"
    width = pymupdf.get_text_length(deleted + " ", fontsize=10)
    page.insert_text((64, 114), deleted, fontsize=10, color=(0.05, 0.3, 0.7))
    page.draw_line((64, 110.5), (64 + width - 3, 110.5), color=(0.05, 0.3, 0.7), width=0.5)
    page.insert_text((64 + width, 114), "ensure that protection orders", fontsize=10)
    page.insert_text((64, 128), "are issued promptly.", fontsize=10)
    page.draw_rect(pymupdf.Rect(404, 104, 580, 134), color=(0.05, 0.3, 0.7), fill=(0.87, 0.92, 1), width=0.6)
    page.insert_text((408, 114), "Comment [MT2]: Deleted - this was the UPR", fontsize=8)
    page.insert_text((408, 124), "recommendation of Germany.", fontsize=8)
    read = read_bytes(doc.tobytes(), "markup.pdf")
    assert "The Committee recommended that the State party ensure that protection orders are issued promptly." in (
        read.text)
    assert "specialised" not in read.text and "Comment" not in read.text and "Germany" not in read.text


def test_four_columns_of_boxes_read_column_by_column() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=1191, height=842)  # A3 landscape, a poster
    _line(page, 50, "SOCIAL RIGHTS IN TOLVENIA: PROMISES ON PAPER", size=28, bold=True)
    for c in range(4):
        x = 40 + c * 285
        _line(page, 110, f"BOX {c + 1} TITLE", size=14, bold=True, x=x)
        for i in range(14):
            _line(page, 140 + i * LINE, f"Column {c + 1} line {i + 1} of its box text.", x=x)
    d = read_bytes(doc.tobytes(), "poster.pdf")
    text = d.text
    # each column's lines stay together, in order, and no line mixes two columns
    for c in range(1, 5):
        assert text.index(f"Column {c} line 1 ") < text.index(f"Column {c} line 14 ")
        if c < 4:
            assert text.index(f"Column {c} line 14 ") < text.index(f"Column {c + 1} line 1 ")
    assert not re.search(r"Column 1 line 1 of its box text\. Column 2", text)


def test_a_draft_s_line_numbers_and_diagonal_watermark_are_not_text() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    lines = [f"This is sentence {i} of the draft report, written on one line of the page." for i in range(1, 21)]
    lines[19] = "The report ends here."
    for i, t in enumerate(lines):
        y = 100 + i * LINE
        _line(page, y, str(i + 1), size=8, x=50)  # the line number in the left margin
        _line(page, y, t, x=72)
    page.insert_text((150, 500), "DRAFT", fontsize=60, morph=(pymupdf.Point(150, 500), pymupdf.Matrix(45)))
    d = read_bytes(doc.tobytes(), "draft.pdf")
    assert d.text.strip().startswith("This is sentence 1 of the draft report")
    assert "DRAFT" not in d.text and not d.footnotes
    assert not re.search(r"\b(?:1[0-9]|20) This is sentence", d.text)


def test_a_notes_page_s_slide_bullets_are_list_items_and_a_bold_two_sentence_lead_in_a_paragraph() -> None:
    from hrtracker.extract import extract

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    _line(page, 72, "Assembly: our recommendations", size=17, bold=True, x=86)
    for i, t in enumerate(["Notification as the rule", "No zone around government buildings",
                           "Review of the Dunavsk fines"]):
        _line(page, 106 + i * 21, "\u2022", size=12, x=88)
        _line(page, 106 + i * 21, t, size=12, x=104)
    _line(page, 337, "The slide gives our recommendations in short form. In full, they read:", size=10.5, x=66,
          bold=True)
    for i, t in enumerate(["Make notification the rule for all public gatherings, whatever their size.",
                           "Repeal the 800-metre zone around government buildings in Brensk.",
                           "Lift the travel ban imposed on Pavlo Pelagrin"]):
        _line(page, 355 + i * 18, f"{i + 1}.", size=10.5, x=70)
        _line(page, 355 + i * 18, t, size=10.5, x=88)
    notes = ["We have kept these recommendations short on purpose, so that they can be used as they stand by",
             "every delegation. The first two mirror recommendations that the State noted in 2021, and we hope",
             "that States will make them again this time, so that the Government has to explain its position."]
    for i, t in enumerate(notes):
        _line(page, 430 + i * 14, t, size=10.5, x=66)
    d = read_bytes(doc.tobytes(), "deck.pdf")
    kinds = [(b.kind, d.text[b.start : b.end][2:14]) for b in d.blocks]
    assert ("list_item", "Notification") in kinds
    assert ("paragraph", "e slide give") in kinds
    recs = [u.text for u in extract(d).units if u.kind == "recommendation"]
    assert recs == ["Make notification the rule for all public gatherings, whatever their size.",
                    "Repeal the 800-metre zone around government buildings in Brensk.",
                    "Lift the travel ban imposed on Pavlo Pelagrin"]
