"""DOCX reader (python-docx): headings, numbered / bulleted list items with their markers, tables."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from ..errors import ReadError
from ..models import Document
from .blocks import BlockText
from .text import INVISIBLE

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|заголовок)\s*(\d)$", re.I)
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _roman(n: int) -> str:
    out = ""
    for v, s in _ROMAN:
        while n >= v:
            out += s
            n -= v
    return out


def _letters(n: int) -> str:
    # Word: a..z, aa..zz, aaa..
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none", ""):
        return ""
    return str(n)


class _Numbering:
    """Word list numbering: numId/ilvl → marker text, with running counters."""

    def __init__(self, doc) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (fmt, text, start)
        self.overrides: dict[str, dict[int, int]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = doc.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iter(f"{_W}abstractNum"):
            lv: dict[int, tuple[str, str, int]] = {}
            for lvl in an.iter(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                fmt = _val(lvl.find(f"{_W}numFmt")) or "decimal"
                text = _val(lvl.find(f"{_W}lvlText")) or ""
                start = int(_val(lvl.find(f"{_W}start")) or "1")
                lv[ilvl] = (fmt, text, start)
            abstract[an.get(f"{_W}abstractNumId", "")] = lv
        for num in root.iter(f"{_W}num"):
            nid = num.get(f"{_W}numId", "")
            aid = _val(num.find(f"{_W}abstractNumId")) or ""
            self.levels[nid] = abstract.get(aid, {})
            ov: dict[int, int] = {}
            for o in num.iter(f"{_W}lvlOverride"):
                so = o.find(f"{_W}startOverride")
                if so is not None:
                    ov[int(o.get(f"{_W}ilvl", "0"))] = int(_val(so) or "1")
            self.overrides[nid] = ov

    def marker(self, num_id: str, ilvl: int) -> str | None:
        """The marker the next item of this list level shows ("1)", "a)", "-")."""
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return None
        fmt, text, start = levels.get(ilvl, ("decimal", f"%{ilvl + 1}.", 1))
        counters = self.counters.setdefault(num_id, [0] * 10)
        ilvl = min(ilvl, 9)
        for lv in range(10):
            if counters[lv] == 0:
                counters[lv] = self.overrides.get(num_id, {}).get(lv, levels.get(lv, ("", "", 1))[2]) - 1
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 10):  # a higher level restarts the levels below it
            counters[deeper] = (
                self.overrides.get(num_id, {}).get(deeper, levels.get(deeper, ("", "", 1))[2]) - 1
            )
        if fmt == "bullet":
            return "-"

        def sub(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            kfmt = levels.get(k, ("decimal", "", 1))[0]
            return _format_number(counters[k] if 0 <= k < 10 else 1, kfmt)

        out = re.sub(r"%(\d)", sub, text).strip()
        return out or None


def _val(el) -> str | None:
    return None if el is None else el.get(f"{_W}val")


def _num_pr(paragraph) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph, from its own properties or its style chain."""
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        nid = ppr.numPr.numId
        ilvl = ppr.numPr.ilvl
        if nid is not None:
            return str(nid.val), int(ilvl.val) if ilvl is not None else 0
    style = paragraph.style
    depth = 0
    while style is not None and depth < 10:
        sppr = style.element.pPr
        if sppr is not None and sppr.numPr is not None and sppr.numPr.numId is not None:
            ilvl = sppr.numPr.ilvl
            return str(sppr.numPr.numId.val), int(ilvl.val) if ilvl is not None else 0
        style = style.base_style
        depth += 1
    return None


def _heading_level(paragraph) -> int | None:
    style = paragraph.style
    name = (style.name or "") if style is not None else ""
    if name.lower() == "title":
        return 1
    m = _HEADING_STYLE.match(name)
    if m:
        return int(m.group(1))
    ppr = paragraph._p.pPr
    ol = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
    if ol is not None and _val(ol) is not None and _val(ol).isdigit() and int(_val(ol)) < 9:
        return int(_val(ol)) + 1
    return None


# a short title line of a box: "Key messages", "About the coalition", "Contact"
_BOX_TITLE = re.compile(r"[^\W\d][^.:;!?]{0,40}")


def _unique_cells(table) -> Iterator[tuple[int, int, Any]]:  # noqa: ANN001 - a docx Table
    """(row, column, cell) of a Word table, each cell once: a merged cell repeats in every row / column it spans."""
    seen: set = set()  # holds the elements, so their identity stays stable
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            if cell._tc not in seen:
                seen.add(cell._tc)
                yield r, c, cell


def _layout_table(table) -> bool:
    """Whether a Word table lays out the page rather than holding data: a row or two whose cells hold headings (a
    heading-styled paragraph) or run to several paragraphs of prose."""
    rows = table.rows
    if not rows or len(rows) > 2:
        return False
    for row in rows:
        for cell in row.cells:
            paras = [cp for cp in cell.paragraphs if cp.text.strip()]
            if any(_heading_level(cp) is not None for cp in paras):
                return True
            if len(paras) >= 4 and sum(len(cp.text.split()) for cp in paras) >= 150:
                return True
    return False


# (a text box's paragraphs are blocks of their own: its w:txbxContent inside the paragraph that anchors it is left
# out of that paragraph's text, as are the VML copies under mc:Fallback)
_TEXT_XPATH = (
    ".//w:t[not(ancestor::w:del) and not(ancestor::mc:Fallback) and count(ancestor::w:txbxContent) = $boxes]"
    " | .//w:tab[not(ancestor::w:tabs) and count(ancestor::w:txbxContent) = $boxes]"
    " | .//w:br[count(ancestor::w:txbxContent) = $boxes] | .//w:cr[count(ancestor::w:txbxContent) = $boxes]"
    " | .//w:noBreakHyphen[count(ancestor::w:txbxContent) = $boxes]"
    " | .//w:footnoteReference[not(ancestor::w:del) and count(ancestor::w:txbxContent) = $boxes]"
)


_text_xpath = None


def _boxes_of(el) -> int:  # noqa: ANN001 - an lxml element
    """How many text boxes ``el`` stands in."""
    n, cur = 0, el.getparent()
    while cur is not None:
        n += cur.tag == f"{_W}txbxContent"
        cur = cur.getparent()
    return n


def _text_boxes(p_el) -> list:  # noqa: ANN001 - an lxml element
    """The text boxes a paragraph anchors (their w:txbxContent, once: not the VML copy under mc:Fallback, not a box
    inside another box)."""
    depth = _boxes_of(p_el)
    out = []
    for box in p_el.iter(f"{_W}txbxContent"):
        if _boxes_of(box) != depth:
            continue
        cur, fallback = box.getparent(), False
        while cur is not None and cur is not p_el:
            fallback = fallback or cur.tag.endswith("}Fallback")
            cur = cur.getparent()
        if not fallback:
            out.append(box)
    return out


def _text_of(p_el) -> str:
    """A paragraph's text, tracked insertions included, deletions and duplicate fallbacks left out."""
    out: list[str] = []
    global _text_xpath
    if _text_xpath is None:
        from lxml import etree

        _text_xpath = etree.XPath(
            _TEXT_XPATH,
            namespaces={
                "w": _W[1:-1],
                "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
            },
        )
    for el in _text_xpath(p_el, boxes=_boxes_of(p_el)):
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "t":
            out.append(el.text or "")
        elif tag == "tab":
            out.append("\t")
        elif tag == "noBreakHyphen":
            out.append("-")
        elif tag == "footnoteReference":
            # the note's mark, as Markdown writes it, so that a citation finds its note; before the punctuation
            # Word sets it after, so that clauses and sentences still end there ("disruption”[^8]; the ...")
            mark = f"[^{el.get(_W + 'id', '')}]"
            text = "".join(out)
            head = text.rstrip(".,;:")
            out = [head, mark, text[len(head) :]]
        else:
            out.append("\n")
    return "".join(out)


def _unwrap_controls(body) -> None:  # noqa: ANN001 - an lxml element
    """Put the content of every content control that wraps rows, cells or a cell's paragraphs (a template's
    ``w:sdt`` fields, a repeating section's rows) where the control was, so that tables read them like any other:
    python-docx's rows, cells and cell paragraphs skip what a control wraps."""
    for sdt in list(body.iter(f"{_W}sdt")):
        parent = sdt.getparent()
        if parent is None or parent.tag not in (f"{_W}tbl", f"{_W}tr", f"{_W}tc"):
            continue  # in the body the walk reads controls itself; inside a paragraph the text runs read them
        content = sdt.find(f"{_W}sdtContent")
        at = parent.index(sdt)
        parent.remove(sdt)
        for k, kid in enumerate(list(content) if content is not None else []):
            parent.insert(at + k, kid)


def _footnotes(doc) -> list[tuple[str, str]]:
    """(id, text) of the document's footnotes, if it has a footnotes part."""
    out: list[tuple[str, str]] = []
    for rel in doc.part.rels.values():
        if rel.reltype.endswith("/footnotes") and not rel.is_external:
            from lxml import etree

            root = etree.fromstring(rel.target_part.blob)
            for fn in root.iter(f"{_W}footnote"):
                fid = fn.get(f"{_W}id", "")
                if fn.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                text = " ".join("".join(t.text or "" for t in fn.iter(f"{_W}t")).split())
                if text:
                    out.append((fid, text))
    return out


def read_docx(data: bytes, name: str) -> Document:
    """Read a .docx: headings (style Heading N), list items with reconstructed markers, table cells."""
    import docx  # python-docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReadError(name, "not a DOCX file (corrupt or not a zip archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            bad = z.testzip() if len(data) < 20_000_000 else None
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, ValueError) as e:
        raise ReadError(
            name, f"corrupt DOCX (damaged zip archive: {' '.join(str(e).split())[:100]})"
        ) from None
    if bad is not None:
        raise ReadError(name, f"corrupt DOCX (damaged member {bad})")
    if "word/document.xml" not in names:
        raise ReadError(name, "not a Word document (zip has no word/document.xml)")
    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as e:
        raise ReadError(
            name, f"corrupt DOCX ({type(e).__name__}: {' '.join(str(e).split())[:120]})"
        ) from None
    numbering = _Numbering(doc)
    out = BlockText()

    def add(kind: str, text: str, level: int | None = None, marker: str | None = None,
            cell: tuple[int, int, int] | None = None) -> None:
        text = text.translate(INVISIBLE).strip()
        if text:
            out.add(kind, text, level=level, marker=marker, cell=cell)

    def para_text(p: Paragraph) -> str:
        t = _text_of(p._p).replace("\r", "\n").replace("\t", " ")
        t = re.sub(r"\n{2,}", "\n", t)
        return re.sub(r"[ \u00a0]{2,}", " ", t)

    tables = [0]  # tables seen so far

    def walk(container) -> None:
        for child in container.iterchildren():
            walk_one(child)

    def walk_one(child) -> None:
        if child.tag == f"{_W}p":
            p = Paragraph(child, doc)
            text = para_text(p)
            boxes = _text_boxes(child)
            if not text.strip():
                for box in boxes:  # a "Key recommendation" box anchored in an empty paragraph
                    walk(box)
                return
            level = _heading_level(p)
            npr = _num_pr(p)
            marker = numbering.marker(*npr) if npr else None
            if level is not None:
                add("heading", f"{marker} {text.strip()}" if marker else text, level=level, marker=marker)
            elif marker:
                add("list_item", f"{marker} {text.strip()}", marker=marker, level=npr[1] if npr else None)
            else:
                add("paragraph", text)
            for box in boxes:  # the box's paragraphs after the paragraph that anchors it
                walk(box)
        elif child.tag == f"{_W}tbl":
            table = Table(child, doc)
            if _layout_table(table):
                # a table that lays out the page (a side column of key messages beside the chapter's text, headings
                # inside the cells): its cells' paragraphs are the document's own, read cell by cell
                for _r, _c, cell in _unique_cells(table):
                    paras = [cp for cp in cell.paragraphs if cp.text.strip()]
                    if paras and _heading_level(paras[0]) is None and _BOX_TITLE.fullmatch(paras[0].text.strip()):
                        # a side box's title ("Key messages", "Contact"): a heading, so that what the box says
                        # is not read as part of the list the column before ended with
                        add("heading", paras[0].text, level=1)
                        for kid in cell._tc.iterchildren():
                            if kid is not paras[0]._p:
                                walk_one(kid)
                    else:
                        walk(cell._tc)
                return
            tables[0] += 1
            for r, c, cell in _unique_cells(table):
                ctext = "\n".join(t for t in (para_text(cp).strip() for cp in cell.paragraphs) if t)
                add("table_cell", ctext, cell=(tables[0] - 1, r, c))
        elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
            walk(child)  # content controls wrap ordinary paragraphs and tables

    _unwrap_controls(doc.element.body)
    walk(doc.element.body)
    footnotes: dict[str, str] = {}
    for fid, ftext in _footnotes(doc):
        footnotes[fid] = ftext
        add("footnote", f"{fid} {ftext}", marker=fid)
    meta = {}
    cp = doc.core_properties
    if cp.title:
        meta["title"] = cp.title
    if cp.author:
        meta["author"] = cp.author
    return Document(
        name=name, text=out.text, blocks=out.blocks, format="docx", meta=meta, footnotes=footnotes
    )
