"""PDF reader (PyMuPDF): lines → paragraphs, headings, footnotes; running headers/footers dropped.

The layout model is the one of UN documents (and most NGO reports exported from Word): one
column, body text in one dominant font size, headings larger or bold, numbered paragraphs whose
marker is followed by a tab, footnotes in a smaller size at the page bottom, a running header
(document symbol) and footer (page number, job number "GE.10-14517") in the margins.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..errors import ReadError
from ..minilm import english_words
from ..models import Document
from .blocks import BlockText

_SUPERSCRIPT_RATIO = 0.8  # a span this much smaller than its line and raised is a superscript
_TOP_ZONE = 0.12  # running headers live in the top 12 % of the page ...
_BOTTOM_ZONE = 0.13  # ... and footers in the bottom 13 %

# page numbers and UN job numbers / symbols as they appear alone in a margin
_PAGE_NO = re.compile(
    r"^(?:page\s+)?[-–—(]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I
)
_MARGIN_JUNK = re.compile(
    r"^(?:GE\.\s?\d{2}\s?-\s?\d*(?:\s*\(E\))?.*|\*\d{5,}\*|please\s+recycle.*|"
    r"[A-Z]{1,6}(?:/[A-Za-z0-9.\-]+){1,6}(?:\s*/?\s*Add\.\d+)?)$"
)
_JOB_NO = re.compile(r"^GE\.\s?\d{2}\s?-\s?\d+")
# a list / paragraph marker at the start of a line: "93.12.", "1.", "1)", "(a)", "a)", "iv)", bullets
_MARKER = re.compile(
    # "10.отказаться ...": a number drawn apart from its text, so close that no space comes out between them
    r"^(?:(?P<num>\d{1,3}(?:\.\d{1,3})+\.?(?=\s)|\d{1,3}\.(?=\s|[^\W\d_]{2})|\d{1,3}\))|(?P<par>\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,3})\))"
    r"|(?P<let>[a-z][.)](?=\s))|(?P<rom>[IVX]{1,5}\.(?=\s))|(?P<cap>[A-H][.)](?=\s))"
    # dingbat bullets of a symbol font, as their text comes out: "➢", "►", "❖", "✓"
    r"|(?P<bul>[•●▪◦○■□·\-–—*➢➤►▶❖◆◇‣⁃∙✓✔➡](?=\s)|[\uf0a7\uf0b7]))"
)
# a line that ends in a reference's abbreviation: "(para.", "No.", "п."; the number is on the next line
_REF_ABBREV_END = re.compile(r"(?i)\b(?:paras?|pp?|nos?|arts?|sect?|ch|vol)\.$|\(?(?:пп?|ст|№)\.?$")
_TERMINAL = re.compile(r"[.!?:;](?:[”\"’')\]]*)$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_FOOTNOTE_START = re.compile(r"^(?P<m>\d{1,3}|\*{1,4}|[†‡§])\s*(?P<t>\S.*)$")
# symbol-font bullets become "•"; other private-use glyphs (bar codes, dingbats) are dropped
_PUA = {c: None for c in range(0xF000, 0xF100)} | {0xF0B7: "•", 0xF0A7: "•", 0xF0D8: "•", 0xF0FC: "•"}
_SYMBOL = re.compile(r"\b([A-Z]{1,6}/(?:[A-Z0-9.]+/){1,5}[A-Za-z0-9.]+)\b")


@dataclass
class _Line:
    """One visual line: its text, geometry and font."""

    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    bold: bool
    page: int
    marker_gap: bool = False  # first span is followed by a tab-like gap (a list marker)
    lead_sup: str = ""  # superscript text at the start of the line (a footnote marker)
    col: int = 0  # reading-order group on the page (columns)
    cells: list[list[str | None]] | None = None  # a ruled table standing in the flow here: rows of cell texts


def _pymupdf():  # -> the pymupdf module
    """Import PyMuPDF without its optional ONNX layout model (2 s to load, not used here)."""
    import sys

    if "pymupdf" in sys.modules:
        return sys.modules["pymupdf"]
    blocked = "pymupdf.layout" not in sys.modules
    if blocked:
        sys.modules["pymupdf.layout"] = None  # type: ignore[assignment]  # makes its import fail
    try:
        import pymupdf
    finally:
        if blocked and sys.modules.get("pymupdf.layout") is None:
            del sys.modules["pymupdf.layout"]
    return pymupdf


def _open(data: bytes, name: str):  # -> pymupdf.Document
    pymupdf = _pymupdf()

    if not data.lstrip()[:1024].find(b"%PDF") >= 0:
        raise ReadError(name, "not a PDF file (no %PDF header)")
    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as e:  # pymupdf raises FileDataError / RuntimeError on broken files
        raise ReadError(name, f"corrupt or unreadable PDF ({_one_line(e)})") from None
    if doc.needs_pass:
        doc.close()
        raise ReadError(name, "encrypted PDF (password protected): cannot read its text")
    if doc.is_repaired and b"%%EOF" not in data[-4096:]:
        doc.close()
        raise ReadError(name, "truncated or damaged PDF (no end-of-file marker)")
    if doc.page_count == 0:
        doc.close()
        raise ReadError(name, "PDF has no pages (corrupt or truncated file)")
    return doc


def _one_line(e: BaseException) -> str:
    msg = " ".join(str(e).split()) or type(e).__name__
    return msg[:160]


_Raw = tuple[float, float, float, float, list[dict]]  # y0, y1, x0, x1 and the spans of one pymupdf line


def _page_raw(page, drawings: list[dict]) -> list[_Raw]:  # noqa: ANN001 - a pymupdf.Page
    """The non-empty pymupdf lines of one page (``drawings``: the page's vector drawings), without the text struck
    out and the reviewers' balloons of a document printed with its markup."""
    pymupdf = _pymupdf()

    d = page.get_text("dict", flags=pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES)
    strikes, balloons = _strike_lines(drawings), _balloons(drawings, d)
    raw: list[_Raw] = []
    for b in d["blocks"]:
        for ln in b.get("lines", ()):
            dx, dy = ln.get("dir", (1.0, 0.0))
            if abs(dx) > 0.3 and abs(dy) > 0.3:
                continue  # a diagonal watermark ("DRAFT", «ПРОЕКТ») across the page
            spans = [s for s in ln["spans"] if s["text"] and not (strikes and _struck(s["bbox"], strikes))
                     and not any(_inside(s["bbox"], box) for box in balloons)]
            if not spans or not "".join(s["text"] for s in spans).strip():
                continue
            x0, y0, x1, y1 = ln["bbox"]
            raw.append((y0, y1, x0, x1, spans))
    return _without_line_numbers(raw)


def _without_line_numbers(raw: list[_Raw]) -> list[_Raw]:
    """The page's lines without the numbers of a draft's line numbering in the left margin (1, 2, 3 ... down the
    page, each a number alone left of the text)."""
    nums = [r for r in raw if len(r[4]) == 1 and re.fullmatch(r"\s*\d{1,3}\s*", r[4][0]["text"])]
    if len(nums) < 8:
        return raw
    text_x0 = min((r[2] for r in raw if r not in nums), default=0.0)
    margin = sorted((r for r in nums if r[3] <= text_x0 + 1), key=lambda r: r[0])
    values = [int(r[4][0]["text"]) for r in margin]
    rising = sum(1 for a, b in zip(values, values[1:], strict=False) if b == a + 1)
    if len(margin) < 8 or rising < 0.8 * (len(margin) - 1):
        return raw
    drop = {id(r) for r in margin}
    return [r for r in raw if id(r) not in drop]


def _strike_lines(drawings: list[dict]) -> list[tuple[float, float, float]]:
    """The page's horizontal stroked lines as (y, x0, x1): rules, underlines, and the lines that strike text out."""
    found = []
    for d in drawings:
        for it in d["items"]:
            if it[0] == "l" and abs(it[1].y - it[2].y) < 0.5 and abs(it[1].x - it[2].x) > 5:
                found.append((it[1].y, min(it[1].x, it[2].x), max(it[1].x, it[2].x)))
    return found


# a reviewer's balloon in the margin of a document printed with its markup: "Comment [AK1]: ...", "Formatted: ..."
_BALLOON_HEAD = re.compile(r"^(?:Comment(?:ed)?|Formatted|Deleted|Inserted)\s*(?:\[[A-Za-z]{1,5}\d{1,3}\])?\s*:")


def _balloons(drawings: list[dict], d: dict) -> list[tuple]:
    """The outlined boxes that hold a reviewer's comment (a balloon in the margin): not the document's text."""
    heads = [s["bbox"] for b in d["blocks"] for ln in b.get("lines", ()) for s in ln["spans"][:1]
             if _BALLOON_HEAD.match(s["text"])]
    if not heads:
        return []
    boxes = [tuple(dr["rect"]) for dr in drawings if "s" in (dr.get("type") or "") and dr.get("rect")]
    return [box for box in boxes if any(_inside(h, box) for h in heads)]


def _inside(bbox: tuple, box: tuple) -> bool:
    """Whether the middle of ``bbox`` lies in ``box``."""
    x, y = (bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _struck(bbox: tuple, strikes: list[tuple[float, float, float]]) -> bool:
    """Whether a line runs through the middle of a span along most of its width: text struck out (a deletion in a
    document showing its tracked changes), which its reader does not read as the text."""
    x0, y0, x1, y1 = bbox
    h, w = y1 - y0, x1 - x0
    return w > 0 and any(y0 + 0.35 * h <= y <= y0 + 0.7 * h and min(x1, b) - max(x0, a) >= 0.8 * w
                         for y, a, b in strikes)


def _rules(drawings: list[dict]) -> tuple[int, int]:
    """How many horizontal and vertical rules a page draws (a ruled table has several of each)."""
    h = v = 0
    for d in drawings:
        # a box only filled (no outline) is a shading: text highlighted or marked as inserted word by word, a
        # coloured cell; a thin filled box is a rule
        outlined = "s" in (d.get("type") or "s")
        for it in d["items"]:
            if it[0] == "l":
                a, b = it[1], it[2]
                h += abs(a.y - b.y) < 1 < abs(a.x - b.x) - 4
                v += abs(a.x - b.x) < 1 < abs(a.y - b.y) - 4
            elif it[0] == "re":
                r = it[1]
                box = r.width > 5 and r.height > 5
                h += (2 * outlined) if box else int(r.height < 2 and r.width > 5)
                v += (2 * outlined) if box else int(r.width < 2 and r.height > 5)
    return h, v


def _page_tables(page, raw: list[_Raw], pno: int,  # noqa: ANN001
                 drawings: list[dict]) -> tuple[list[_Raw], list[_Line]]:
    """A page's ruled tables, each as one _Line that holds its cells (where the table starts), and the page's
    other lines; only pages that draw a grid are searched (PyMuPDF's table finder costs about 0.1 s a page)."""
    h, v = _rules(drawings)
    if h < 3 or v < 3:
        return raw, []
    pymupdf = _pymupdf()
    flags = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES
    try:
        found = page.find_tables().tables
    except Exception:  # noqa: BLE001 - a table finder failure leaves the page as plain lines
        return raw, []
    tables: list[_Line] = []
    for t in found:
        cells = [[_cell_text(page.get_text("text", clip=pymupdf.Rect(c), flags=flags)) if c else None
                  for c in row.cells] for row in t.rows]
        boxes = [row.bbox for row in t.rows]
        # a rule in the running header or footer drawn in the same path as the grid makes the finder stretch
        # the table to it: a tall first or last "row" of one cell is the page's text above or below the table
        heights = sorted(b[3] - b[1] for b in boxes)
        median = heights[len(heights) // 2] if heights else 0.0
        while boxes and sum(1 for c in cells[0] if c) <= 1 and boxes[0][3] - boxes[0][1] > 2.5 * median:
            cells, boxes = cells[1:], boxes[1:]
        while boxes and sum(1 for c in cells[-1] if c) <= 1 and boxes[-1][3] - boxes[-1][1] > 2.5 * median:
            cells, boxes = cells[:-1], boxes[:-1]
        if len(cells) < 2 or t.col_count < 2:
            continue
        words = sorted(len(c.split()) for row in cells for c in row if c)
        if t.col_count >= 6 and words and words[len(words) // 2] <= 1 and len(cells) <= 3:
            # a box drawn behind each word (text marked as inserted in a document showing its changes): one
            # word a "cell" in a row or two, no table
            continue
        x0, y0, x1, y1 = t.bbox[0], boxes[0][1], t.bbox[2], boxes[-1][3]
        inside = [r for r in raw if x0 - 1 <= (r[2] + r[3]) / 2 <= x1 + 1 and y0 - 1 <= (r[0] + r[1]) / 2 <= y1 + 1]
        if not inside:
            continue
        sizes = Counter(round(s["size"], 1) for r in inside for s in r[4])
        # each cell's text as the page's text layer gives it (the finder's own extract() loses some spaces)
        tables.append(_Line(text=" | ".join(c or "" for c in cells[0]), x0=x0, x1=x1, y0=y0, y1=y1,
                            size=sizes.most_common(1)[0][0], bold=False, page=pno, cells=cells))
        taken = {id(r) for r in inside}
        raw = [r for r in raw if id(r) not in taken]
    return raw, tables


def _cell_text(c: str | None) -> str | None:
    """A table cell's lines as one text (None for the places a merged cell covers)."""
    if c is None:
        return None
    t = ""
    for line in c.translate(_PUA).split("\n"):
        line = line.strip()
        if line:
            t = _join(t, line, set()) if t else line
    return t or None


def _with_tables(lines: list[_Line], tables: list[_Line]) -> list[_Line]:
    """The page's lines with each table put where it stands: before the first line below its top in its
    column (the column of the line just above it)."""
    for tab in sorted(tables, key=lambda t: t.y0):
        above = [ln for ln in lines if ln.cells is None and ln.y1 <= tab.y0 + 1 and ln.x0 < tab.x1 and tab.x0 < ln.x1]
        tab.col = max(above, key=lambda ln: ln.y1).col if above else 0
        at = next((i for i, ln in enumerate(lines) if (ln.col, ln.y0) > (tab.col, tab.y0)), len(lines))
        lines.insert(at, tab)
    return lines


def _page_lines(groups: list[list[_Raw]], pno: int) -> list[_Line]:
    """The visual lines of one page in reading order (column by column); spans on one baseline are merged."""
    lines: list[_Line] = []
    for col, part in enumerate(groups):
        for ln in _merge_rows(part, pno):
            ln.col = col
            lines.append(ln)
    return lines


def _columns_deep(raw: list[_Raw], width: float) -> tuple[list[list[_Raw]], float | None]:
    """:func:`_columns`, then each of its two columns split again where it holds two (a poster's four columns of
    boxes)."""
    groups, g = _columns(raw, width)
    if g is None:
        return groups, g
    out = [groups[0]]
    for part, lo, hi in ((groups[1], 0.0, g), (groups[2], g, width)):
        sub, sg = _columns(part, hi - lo, x0=lo)
        out.extend(sub if sg is not None else [part])
    return [*out, groups[3]], g


def _columns(raw: list[_Raw], width: float, gutter: float | None = None,
             x0: float = 0.0) -> tuple[list[list[_Raw]], float | None]:
    """Reading-order groups of a page's lines (or of the part of it from ``x0``, ``width`` wide), [all] for one
    column or [top, left, right, bottom] for two, and the gutter found. With ``gutter`` (the one the document's
    other pages share) a page with few lines on one side, such as a last page whose right column holds a few
    lines, is split there when no line crosses it."""
    if gutter is not None:
        gx, min_share, max_cross = gutter, 0.0, 0.0
    else:
        if len(raw) < 12 or sum(1 for r in raw if r[2] > x0 + width * 0.4) < 0.2 * len(raw):
            return [raw], None  # too few lines start right of the middle: one column
        crossings = ((sum(1 for _, _, a, b, _ in raw if a < x - 2 and b > x + 2), x)
                     for x in (x0 + width * i / 100 for i in range(35, 66, 2)))
        gx = min(crossings, key=lambda c: c[0])[1]
        min_share, max_cross = 0.25, 0.05 * len(raw)
    left = [r for r in raw if r[3] <= gx + 2]
    right = [r for r in raw if r[2] >= gx - 2 and r[3] > gx + 2]
    if len(left) < max(2, min_share * len(raw)) or len(right) < max(2, min_share * len(raw)):
        return [raw], None
    ly0, ly1 = min(r[0] for r in left), max(r[1] for r in left)
    ry0, ry1 = min(r[0] for r in right), max(r[1] for r in right)
    side_by_side = min(ly1, ry1) - max(ly0, ry0)
    # both columns must really run side by side over a good part of the page
    if side_by_side <= 0 or (gutter is None and side_by_side < 0.3 * max(ly1 - ly0, ry1 - ry0)):
        return [raw], None
    wide = [r for r in raw if r[2] < gx - 2 and r[3] > gx + 2]
    # lines across the gutter where both columns run say it is one column; a title block or a running
    # header above them (or a closing line below) does not
    if sum(1 for r in wide if r[1] > max(ly0, ry0) + 1 and r[0] < min(ly1, ry1) - 1) > max_cross:
        return [raw], None
    # a title block across the page: the wide lines above the point where both columns run, and any short
    # (centred) line among them that fell on one side
    start = max(ly0, ry0)
    top_wide = [r for r in wide if r[1] <= start + 1]
    cut = max((r[1] for r in top_wide), default=min(ly0, ry0) - 1)
    if top_wide:  # lines of the title block that fell on one side lie above the other column's first line
        cut = max(cut, max((r[1] for r in left if r[1] < ry0 - 1), default=cut),
                  max((r[1] for r in right if r[1] < ly0 - 1), default=cut))
    top = sorted([*top_wide, *(r for r in left + right if r[1] <= cut + 1)], key=lambda r: r[0])
    left = [r for r in left if r[1] > cut + 1]
    right = [r for r in right if r[1] > cut + 1]
    # the document's gutter for its other pages: the middle of the white space between the columns
    mid = (max(r[3] for r in left) + min(r[2] for r in right)) / 2
    return [top, left, right, [r for r in wide if r[1] > start + 1]], mid


def _merge_rows(raw: list[tuple[float, float, float, float, list[dict]]], pno: int) -> list[_Line]:
    """Merge pymupdf lines whose vertical extents overlap (a tab splits a line into several)."""
    raw = sorted(raw, key=lambda r: (r[1], r[2]))
    groups: list[list] = []
    for y0, y1, _x0, _x1, spans in raw:
        h = max(y1 - y0, 1.0)
        for g in reversed(groups[-4:]):
            gy0, gy1 = g[0], g[1]
            overlap = min(gy1, y1) - max(gy0, y0)
            if overlap > 0.5 * min(h, gy1 - gy0):
                g[0], g[1] = min(gy0, y0), max(gy1, y1)
                g[2].extend(spans)
                break
        else:
            groups.append([y0, y1, list(spans)])
    lines = [_make_line(part, pno) for _, _, spans in groups for part in _split_wide(spans)]
    lines = [ln for ln in lines if ln is not None]
    lines.sort(key=lambda ln: (round(ln.y1), ln.x0))
    return lines


def _split_wide(spans: list[dict]) -> list[list[dict]]:
    """Split the spans of one row where a wide gap separates two columns (title pages)."""
    spans = sorted(spans, key=lambda s: s["bbox"][0])
    out: list[list[dict]] = [[]]
    right: float | None = None
    for s in spans:
        if not s["text"].strip():
            continue
        if right is not None and s["bbox"][0] - right > 6 * s["size"]:
            head = "".join(x["text"] for x in out[-1]).strip()
            if not (_MARKER.match(head + " ") and len(head) <= 12):
                out.append([])
        out[-1].append(s)
        right = s["bbox"][2]
    merged: list[list[dict]] = []
    for o in out:
        txt = "".join(x["text"] for x in o).strip()
        if merged and re.fullmatch(r"[\d\s–\-.]{1,12}", txt):
            merged[-1].extend(o)  # a page number column (table of contents) stays on its row
        elif o:
            merged.append(o)
    return merged


def _make_line(spans: list[dict], pno: int) -> _Line | None:
    """One visual line from its spans: text with footnote references dropped, font size, boldness."""
    spans = sorted(spans, key=lambda s: s["bbox"][0])
    weights: Counter[float] = Counter()
    for s in spans:
        n = len(s["text"].strip())
        if n:
            weights[round(s["size"], 1)] += n
    if not weights:
        return None
    size = weights.most_common(1)[0][0]
    base = max((s["bbox"][3] for s in spans if round(s["size"], 1) == size), default=spans[0]["bbox"][3])
    parts: list[str] = []
    lead_sup = ""
    marker_gap = False
    bold_chars = all_chars = 0
    prev_x1: float | None = None
    first_text_seen = False
    for s in spans:
        t = s["text"]
        if max(t) >= "\uf000":
            t = t.translate(_PUA)
        sx0, _sy0, sx1, sy1 = s["bbox"]
        small = s["size"] < size * _SUPERSCRIPT_RATIO
        is_sup = small and (sy1 < base - 0.15 * size or re.fullmatch(r"\s*[\d*†‡]+\s*", t) is not None)
        if is_sup:
            st = t.strip()
            if not first_text_seen and st:
                lead_sup += st
                prev_x1 = sx1
                continue
            if re.fullmatch(r"[\d*,†‡]+", st):
                continue  # a footnote reference in running text
            parts.append(st)  # "15th": keep ordinals attached
            prev_x1 = sx1
            continue
        if prev_x1 is not None and parts:
            gap = sx0 - prev_x1
            joined = "".join(parts)
            if gap > 0.15 * size and not joined.endswith(" ") and not t.startswith(" "):
                parts.append(" ")
            if (
                gap > 1.2 * size
                and not marker_gap
                and _MARKER.match(joined.strip() + " ")
                and len(joined.strip()) <= 12
            ):
                marker_gap = True
        parts.append(t)
        if t.strip():
            first_text_seen = True
            n = len(t.strip())
            all_chars += n
            if s["flags"] & 16 or "bold" in s["font"].lower():
                bold_chars += n
        prev_x1 = sx1
    raw_text = "".join(parts)
    text = " ".join(raw_text.replace("\u00ad", "").split())
    if text and raw_text.rstrip().endswith("\u00ad"):
        text += "\u00ad"  # a soft hyphen at the end: the word continues on the next line
    if not text and not lead_sup:
        return None
    x0 = min(s["bbox"][0] for s in spans if s["text"].strip())
    y0 = min(s["bbox"][1] for s in spans)
    y1 = max(s["bbox"][3] for s in spans)
    x1 = max(s["bbox"][2] for s in spans if s["text"].strip())
    return _Line(
        text, x0, x1, y0, y1, size, all_chars > 0 and bold_chars >= 0.8 * all_chars, pno, marker_gap, lead_sup
    )


def _key(text: str) -> str:
    """A margin line's text, numbers generalised; letters of any script kept (Cyrillic body lines in the
    margin zones would otherwise all share one empty key and be dropped as a running header)."""
    return re.sub(r"[^\w#]|_", "", re.sub(r"\d+", "#", text.lower()))


def _zone(ln: _Line, h: float) -> str:
    mid = (ln.y0 + ln.y1) / 2
    return "top" if mid < h * _TOP_ZONE else "bottom" if mid > h * (1 - _BOTTOM_ZONE) else ""


def _drop_margins(pages: list[list[_Line]], heights: list[float]) -> list[list[_Line]]:
    """Remove running headers/footers and page numbers found in the page margins."""
    n = len(pages)
    counts: Counter[tuple[str, str]] = Counter()
    for lines, h in zip(pages, heights, strict=True):
        seen = set()
        for ln in lines:
            zone = _zone(ln, h)
            if zone and ln.cells is None:
                seen.add((zone, _key(ln.text)))
        counts.update(seen)
    need = max(2, int(0.3 * n))
    out: list[list[_Line]] = []
    for lines, h in zip(pages, heights, strict=True):
        kept = []
        for ln in lines:
            if ln.cells is not None:
                kept.append(ln)
                continue
            zone = _zone(ln, h)
            if (ln.y0 + ln.y1) / 2 > h * 0.8 and _JOB_NO.match(ln.text):
                continue
            if zone and (
                _PAGE_NO.match(ln.text)
                or _MARGIN_JUNK.match(ln.text)
                or (n > 1 and counts[(zone, _key(ln.text))] >= need)
            ):
                continue
            kept.append(ln)
        out.append(kept)
    return out


def _split_footnotes(lines: list[_Line], h: float, body: float) -> tuple[list[_Line], list[_Line]]:
    """Split a page's lines into body lines and the footnote area at its bottom."""
    start = None
    small_from = [True] * (len(lines) + 1)  # small_from[i]: lines[i:] are all footnote-sized
    for i in range(len(lines) - 1, -1, -1):
        small_from[i] = small_from[i + 1] and (lines[i].size <= body * 0.92 or bool(lines[i].lead_sup))
    for i, ln in enumerate(lines):
        if ln.y0 < h * 0.45:
            continue
        if re.fullmatch(r"[_\-–—]{5,}", ln.text):  # a typed footnote separator
            start = i
            break
        small = ln.size <= body * 0.92
        rest_small = small_from[i]
        if ln.lead_sup and re.fullmatch(r"[\d*†‡§a-z]{1,4}", ln.lead_sup) and ln.text:
            start = i
            break
        if (small and rest_small and (_FOOTNOTE_START.match(ln.text) or ln.size <= body * 0.85)) or (
            ln.y0 > h * 0.75 and re.match(r"\*{1,3}\s*[A-Z]", ln.text) and len(lines) - i <= 8
        ):
            start = i
            break
    if start is None:
        return lines, []
    notes = [ln for ln in lines[start:] if not re.fullmatch(r"[_\-–—]{5,}", ln.text)]
    return lines[:start], notes


def _footnote_items(notes: list[_Line], items: list[list]) -> None:
    """Group footnote-area lines into [marker, text, page, x0] items, appended to ``items``.

    Lines before the first marker of a page continue the previous page's last footnote.
    """
    first_on_page = True
    for ln in notes:
        continued = first_on_page and items and not ln.lead_sup
        first_on_page = False
        if continued and not _FOOTNOTE_START.match(ln.text):
            items[-1][1] = _join(items[-1][1], ln.text, set())
            continue
        if ln.lead_sup:
            items.append([ln.lead_sup, ln.text, ln.page, ln.x0])
            continue
        m = _FOOTNOTE_START.match(ln.text)
        if (
            m
            and (m.group("m").isdigit() or m.group("m").startswith("*"))
            and (not items or continued or ln.x0 <= items[-1][3] + 1)
        ):
            items.append([m.group("m"), m.group("t"), ln.page, ln.x0])
        elif items and not continued:
            items[-1][1] = _join(items[-1][1], ln.text, set())
        else:
            items.append(["", ln.text, ln.page, ln.x0])


def _join(a: str, b: str, vocab: set[str]) -> str:
    """Join two lines of one paragraph; a hyphen at the end is dropped only for a known word."""
    if a.endswith("\u00ad"):
        return a[:-1] + b
    if a.endswith("-") and len(a) > 1 and a[-2].isalpha() and b[:1].isalpha():
        left = _WORD.findall(a[:-1])
        right = _WORD.findall(b)
        if left and right and b[:1].islower():
            joined = (left[-1] + right[0]).lower()
            # a word of the document, or a common English word ("in-" + "put"), that the document never writes
            # with the hyphen
            if (joined in vocab or joined in english_words()) and f"{left[-1]}-{right[0]}".lower() not in vocab:
                return a[:-1] + b
        return a + b
    return a + " " + b


def _marker_of(ln: _Line, prev: _Line | None) -> str | None:
    """The list marker a line starts with, when it really starts a new item."""
    m = _MARKER.match(ln.text)
    if not m:
        return None
    mk = m.group(0)
    if (m.group("bul") in ("–", "—") and prev is not None and not _TERMINAL.search(prev.text)
            and (prev.text.count("«") > prev.text.count("»") or prev.text.count("“") > prev.text.count("”"))):
        return None  # a dash inside a quotation the line before opened: «Дети Каратогая / — 2025»
    if m.group("num") and prev is not None and _REF_ABBREV_END.search(prev.text.rstrip()):
        return None  # "(para." / "15) and on ...": the number of a reference wrapped to the next line
    if ln.marker_gap or m.group("bul") or m.group("par"):
        return mk
    if prev is None or _TERMINAL.search(prev.text) or prev.size != ln.size:
        if m.group("num") and re.fullmatch(r"\d{4}\.?", mk):
            return None  # a year at the start of a wrapped line
        return mk
    return None


def read_pdf(data: bytes, name: str) -> Document:
    """Read a PDF: paragraphs joined across lines and pages, headings, footnotes kept apart."""
    doc = _open(data, name)
    try:
        npages = doc.page_count
        pages: list[list[_Line]] = []
        heights: list[float] = []
        raws, widths, splits, tables = [], [], [], []
        for pno in range(npages):
            page = doc[pno]
            heights.append(page.rect.height)
            widths.append(page.rect.width)
            drawings = page.get_drawings()
            raw, tabs = _page_tables(page, _page_raw(page, drawings), pno + 1, drawings)
            raws.append(raw)
            tables.append(tabs)
            splits.append(_columns_deep(raws[-1], widths[-1]))
        # pages of one layout share their gutter: a two-column document's pages that did not show it
        # on their own (a short last column) are split where its other pages are
        gutters = sorted(g for _, g in splits if g is not None)
        gutter = gutters[len(gutters) // 2] if len(gutters) >= 2 else None
        for pno, (groups, g) in enumerate(splits):
            if g is None and gutter is not None:
                groups = _columns(raws[pno], widths[pno], gutter)[0]
            pages.append(_with_tables(_page_lines(groups, pno + 1), tables[pno]))
        meta = {k: str(v).strip() for k, v in (doc.metadata or {}).items() if v and k in ("title", "author")}
    finally:
        doc.close()
    if not any(pages):
        raise ReadError(name, "PDF has no text layer (scanned images?); OCR is not supported")
    symbol = _symbol(pages, heights)
    pages = _drop_margins(pages, heights)
    sizes: Counter[float] = Counter()
    for lines in pages:
        for ln in lines:
            sizes[ln.size] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 10.0
    body_lines: list[_Line] = []
    note_items: list[list] = []
    for lines, h in zip(pages, heights, strict=True):
        # each column has its own footnote area in a multi-column layout
        groups: dict[int, list[_Line]] = {}
        for ln in lines:
            groups.setdefault(ln.col, []).append(ln)
        for col_lines in groups.values():
            b, f = _split_footnotes(col_lines, h, body)
            body_lines.extend(b)
            _footnote_items(f, note_items)
    notes = [(it[0], it[1].replace("\u00ad", ""), it[2]) for it in note_items if it[1].strip()]
    vocab = {w.lower() for ln in body_lines for w in _WORD.findall(ln.text)}
    out = _assemble(body_lines, body, vocab)
    footnotes: dict[str, str] = {}
    for mk, t, pg in notes:
        out.add("footnote", f"{mk} {t}" if mk else t, page=pg, marker=mk or None)
        key = mk or str(len(footnotes) + 1)
        if key in footnotes:
            key = f"{key}@p{pg}"
        footnotes[key] = t
    if meta.get("title", "").lower().startswith("microsoft word - "):
        meta["title"] = meta["title"][17:].strip()
    if symbol:
        meta["symbol"] = symbol
    return Document(
        name=name,
        text=out.text,
        blocks=out.blocks,
        format="pdf",
        pages=npages,
        meta=meta,
        footnotes=footnotes,
    )


def _symbol(pages: list[list[_Line]], heights: list[float]) -> str | None:
    """The UN document symbol printed as running header, if any ("A/HRC/15/2")."""
    found: Counter[str] = Counter()
    for lines, h in zip(pages, heights, strict=True):
        for ln in lines:
            if ln.y1 < h * _TOP_ZONE:
                m = _SYMBOL.search(ln.text)
                if m:
                    found[m.group(1)] += 1
    return found.most_common(1)[0][0] if found else None


def _hang_x(items: list[dict]) -> float:
    """Where the wrapped lines of the last list item go (its hanging indent), from its own second line or, for an
    item of one line so far, from the item before it at the same place; the marker's place when neither shows."""
    cur = items[-1]
    for it in (cur, items[-2] if len(items) > 1 else None):
        if it is None or not it.get("marker") or abs(it["x0"] - cur["x0"]) > 2:
            continue
        ls = it["lines"]
        if len(ls) > 1 and (ls[1].page, ls[1].col) == (ls[0].page, ls[0].col):
            return cur["x0"] + ls[1].x0 - ls[0].x0
    return cur["x0"]


_BULLET_MARK = re.compile(r"[•●▪■◦‣∙·○–—-]")


def _assemble(lines: list[_Line], body: float, vocab: set[str]) -> BlockText:
    """Group body lines into blocks and lay them out as blank-line separated paragraphs."""
    heading_sizes = sorted({ln.size for ln in lines if ln.size >= body * 1.12}, reverse=True)
    level_of = {s: i + 1 for i, s in enumerate(heading_sizes)}
    items: list[dict] = []
    prev: _Line | None = None
    for ln in lines:
        if ln.cells is not None:
            items.append({"lines": [ln], "marker": None, "page": ln.page, "x0": ln.x0, "cells": ln.cells})
            prev = None  # the next line starts a block of its own
            continue
        if not ln.text or re.fullmatch(r"[_\-–—=*.\s]{3,}", ln.text):
            continue  # empty or a decorative rule
        marker = _marker_of(ln, prev)
        is_big = ln.size >= body * 1.12
        new = prev is None or marker is not None
        if not new and prev is not None:
            if is_big != (prev.size >= body * 1.12) or abs(ln.size - prev.size) > 0.6:
                new = True
            elif ln.bold != prev.bold and (not items[-1]["marker"] or _TERMINAL.search(prev.text)):
                new = True
            elif ln.page == prev.page and ln.col == prev.col:
                gap = ln.y0 - prev.y1
                if gap > 0.45 * ln.size or ln.y0 < prev.y0 or ln.x0 > prev.x1:
                    new = True
                elif (
                    _TERMINAL.search(prev.text)
                    and ln.x0 > prev.x0 + 0.8 * ln.size
                    and not items[-1]["marker"]
                ):
                    new = True  # indented first line of a new paragraph
                elif _TERMINAL.search(prev.text) and items[-1]["marker"] and ln.x0 < items[-1]["x0"] - 2:
                    new = True  # back at the margin, left of the list marker: the item has ended
                elif _TERMINAL.search(prev.text) and items[-1]["marker"] and ln.x0 < _hang_x(items) - 2:
                    new = True  # left of the list's hanging indent, under the marker: a paragraph after the list
            else:  # page break: join unless the previous block clearly ended
                if _TERMINAL.search(prev.text) and ln.text[:1].isupper() and ln.bold == prev.bold:
                    cur = items[-1]
                    left = cur["x0"]
                    if ln.x0 > left + 0.8 * ln.size and not cur["marker"]:
                        new = True
                    elif prev.text.endswith((".", "!", "?")) and not cur["marker"] and ln.x0 < left - 2:
                        new = True
                    elif cur["marker"] and ln.x0 < left - 2:
                        new = True  # left of the list marker on the new page: the item has ended
                if not new and items[-1]["marker"]:
                    # a list item going on in a new column or page: its marker's place there is where its
                    # lines go on, less the hanging indent they had before the break
                    cur = items[-1]
                    before = [x for x in cur["lines"] if (x.page, x.col) == (prev.page, prev.col)]
                    hang = before[1].x0 - before[0].x0 if len(before) > 1 and before[0] is cur["lines"][0] else 0.0
                    cur["x0"] = ln.x0 - hang
        if new:
            items.append({"lines": [ln], "marker": marker, "page": ln.page, "x0": ln.x0})
        else:
            items[-1]["lines"].append(ln)
        prev = ln
    out = BlockText()
    tid, next_row, header = -1, 0, None
    for k, it in enumerate(items):
        if "cells" in it:
            rows = it["cells"]
            if header is not None and rows[0] == header and k > 0 and "cells" in items[k - 1]:
                rows = rows[1:]  # the same table going on over a page break, its header row repeated
            elif header is None or k == 0 or "cells" not in items[k - 1] or len(rows[0]) != len(header):
                tid, next_row, header = tid + 1, 0, rows[0]
            for row in rows:
                for c, cell in enumerate(row):
                    if cell:
                        out.add("table_cell", cell, page=it["page"], cell=(tid, next_row, c))
                next_row += 1
            continue
        ls: list[_Line] = it["lines"]
        t = ls[0].text
        for ln in ls[1:]:
            t = _join(t, ln.text, vocab)
        t = t.replace("\u00ad", "")
        if not t.isascii():
            t = unicodedata.normalize("NFC", t)
        size = Counter(ln.size for ln in ls).most_common(1)[0][0]
        bold = all(ln.bold for ln in ls)
        marker = it["marker"]
        kind = "list_item" if marker else "paragraph"
        level = None
        # (a slide's bullets are larger than the notes under it, and still list items)
        if size >= body * 1.12 and len(t) < 300 and not (marker and _BULLET_MARK.fullmatch(marker)):
            kind, level = "heading", level_of.get(size, 1)
        elif (
            bold
            and len(t) < 160
            and not re.search(r"[.;,]$", t)
            # a lead-in of two sentences in bold ("The slide gives ... short form. In full, they read:") is no heading
            and not (t.endswith(":") and re.search(r"[a-zа-яё][.!?]\s+[A-ZА-ЯЁ]", t))
            and (marker is None or re.fullmatch(r"[IVX]{1,5}\.|[A-H]\.", marker))
        ):
            kind, level = "heading", len(heading_sizes) + 1
        out.add(kind, t, page=it["page"], level=level, marker=marker)
    return out
