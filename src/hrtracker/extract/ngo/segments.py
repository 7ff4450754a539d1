"""An NGO report cut into segments (paragraphs, list items, headings, table cells) with offsets into the text.

PDF line breaks, running headers, page numbers and page-footer footnotes are dropped; paragraphs broken
across lines and pages are joined; Word / HTML headings come from the reader's blocks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ...models import Document
from ...readers.text import UNDERLINE
from ..mechanisms import countries_in, mechanism_mentions, status_of
from ..tables import flat_tables, text_tables
from ..textutil import MARKER, clean, collapse, hyphen_break, strip_emphasis, word_sets
from .cues import (
    GRADE_MARK,
    IMPERATIVE,
    INTERROG,
    PLEASE,
    QUE_LABEL,
    REC_LABEL,
    SECTION_NO,
    STANDALONE,
    STOP_END,
    TERMINAL,
    UPPER_ROMAN,
    VERDICT_LABEL,
    ends_terminal,
    is_label,
    is_numbered_sentence,
    roman_item,
    starts_lower,
)

_VERDICT_LINE = re.compile(VERDICT_LABEL + r"\s*[:–—-]\s*(\S.{0,60})$", re.I)
_PAGE_NO = re.compile(r"^\s*[-–—]?\s*(?:page\s+|стр\.?\s*)?\d{1,4}(?:\s*(?:of|/|из)\s*\d{1,4})?\s*[-–—]?\s*$", re.I)
# a rule across the page: "------------------" (a page break in a plain-text export), "==========", "______"
_RULE_LINE = re.compile(r"\s*([-=_*~])\1{9,}\s*$")
_URL_ONLY = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
_FOOT_SEP = re.compile(r"^(?:[ \t]{20,}|\s*[_\-]{8,}\s*)$")
_FOOT_LINE = re.compile(r"^\s{0,2}\(?(\d{1,3})\)?\s*(\S.*)$")  # "1 Source", "(1) Source"
_QUOTE_REF = re.compile(r"[\"“«„][^\"“”«»„]{30,}[\"”»]\s*\((?:[^()]*\d|[A-Z][\w ,-]+\))")
_QUOTE_PREFIX = re.compile(r">[ \t]?(?:[ \t]*>)*[ \t]*")  # the quote marks of a quoted line (e-mail, markdown)
_MD_HEAD = re.compile(r"^\s{0,3}(#{1,6})\s+")
# a markdown line wholly in bold, short and not a sentence: a heading (Google Docs exports write headings so)
_MD_BOLD_LINE = re.compile(r"^(\*\*|__)(?=\S)[^*_\n]{2,150}(?<=[^\s.;,])\1$")
_STRONG_HEAD = re.compile(
    r"^(?:(?:issue|section|part|chapter|annex|appendix|раздел|глава|часть)\s+(?:\d{1,3}|[IVXLC]{1,6})\b"
    r"|[IVXLC]{1,6}\.\s+\S"
    # "Annex. Methodology"
    r"|(?:annex|appendix|приложение)(?:\s+(?:\d{1,3}|[IVXLC]{1,6}|[A-H]))?\s*[.:–—-]\s+[A-ZА-ЯЁ]"
    r"|(?:article|статья)\s+\d{1,2}(?:\s*[.:\-–—]\s+[\"“«(]?[A-ZА-ЯЁ]|\s*$))",
    re.I,
)
_NUM_HEAD = re.compile(r"^(?:(?:\d{1,2}(?:\.\d{1,2})*|[A-HА-Е])[.)]|\d{1,2}(?:\.\d{1,2})+)\s+[\"“«(]?[A-ZА-ЯЁ]")

_LABEL_HINT = re.compile(r"recommend|question|рекоменд|вопрос|we\s", re.I)
_WIDE_GAP = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_NOTE_LINE = re.compile(r"^\s{0,3}\[\^?(\d{1,3})\]:?\s+(\S.*)$")




@dataclass
class Seg:
    """A paragraph, list item or heading: pieces of doc.text (one per kept line)."""

    pieces: list[tuple[int, int]]
    after_break: bool = False  # a page footer / page number was dropped just before it
    marker: str = ""  # list marker as written ("-", "1)", "a)", "**14.**", "- 17.")
    md_level: int = 0  # markdown heading level
    list_level: int = 0  # a DOCX / HTML list item's depth of nesting, as its reader found it
    in_table: bool = False  # a table cell (DOCX / HTML)
    chat: bool = False  # a line of a chat export, short like a title without being one
    table: dict | None = None  # a table laid out in plain text (row -> column -> cell), read as a whole
    flat: str = ""
    dirty: bool = False  # pieces added since build()
    display: str = ""  # flat text without markdown emphasis, whitespace collapsed
    _starts: list[int] = field(default_factory=list)
    _runs: list[tuple[int, int]] = field(default_factory=list)  # the spans of doc.text that _starts begin
    vocab: frozenset[str] = frozenset()  # the document's words: "recommenda-" + "tion" is one of them
    common: frozenset[str] = frozenset()  # the words it uses twice or more: "logies" in "techno-" + "logies" is not

    def build(self, text: str) -> None:
        self.dirty = False
        out = ""
        self._starts = []
        self._runs = []
        for k, (a, b) in enumerate(self.pieces):
            piece = text[a:b]
            # the spaces a justified line of laid-out text ("pdftotext -layout") stretches are one space in the
            # flat text; each run of words keeps its place in doc.text
            at = a
            for gap in _WIDE_GAP.finditer(piece):
                self._starts.append(len(out))
                self._runs.append((at, a + gap.start()))
                out += text[at : a + gap.start()] + " "
                at = a + gap.end()
            self._starts.append(len(out))
            self._runs.append((at, b))
            piece = text[at:b]
            nxt = text[self.pieces[k + 1][0] : self.pieces[k + 1][1]] if k + 1 < len(self.pieces) else ""
            if self.vocab and nxt[:1].islower() and hyphen_break(piece, nxt, self.vocab, self.common):
                out += piece[:-1]  # a word hyphenated at a line break: "imple-" + "mented"
            else:
                out += piece + (" " if k + 1 < len(self.pieces) else "")
        self.flat = out
        self.display = collapse(strip_emphasis(self.flat))

    def doc_pos(self, i: int) -> int:
        """Offset in doc.text of flat index ``i``."""
        k = max(0, bisect.bisect_right(self._starts, i) - 1)
        a, b = self._runs[k]
        return min(a + (i - self._starts[k]), b)


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


_PAGE_EDGE = re.compile(r"^(?:(?:page\s+)?\d{1,4}\s{2,}\S.*|.*\S(?:\s{2,}|\s+[-–—|]\s+)(?:page\s+|стр\.?\s*)?\d{1,4})$",
                        re.I)


def _running_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Line indexes of running headers / footers in PDF text: a line with a page number at its edge
    ("SCCL – Submission to the Committee        2") whose words recur on other pages."""
    keys: dict[str, list[int]] = {}
    beside_page_no: dict[str, list[int]] = {}  # a recurring line next to a bare page number: "4" / "Report title"
    page_no = {i for i, (a, b) in enumerate(lines) if _PAGE_NO.match(text[a:b]) and text[a:b].strip()}
    for i, (a, b) in enumerate(lines):
        line = text[a:b].strip()
        if 12 <= len(line) <= 200 and _PAGE_EDGE.match(line):
            keys.setdefault(collapse(re.sub(r"\d+", " ", line)).lower(), []).append(i)
        elif 12 <= len(line) <= 200 and (any(j in page_no for j in (i - 2, i - 1, i + 1, i + 2))
                                         or any(j in page_no for j in _next_filled(text, lines, i))):
            beside_page_no.setdefault(collapse(line).lower(), []).append(i)
    return {i for group in (keys, beside_page_no) for idx in group.values() if len(idx) >= 2 for i in idx}


def _next_filled(text: str, lines: list[tuple[int, int]], i: int, reach: int = 3) -> list[int]:
    """The nearest lines with text before and after line ``i``, within ``reach`` lines (a running header two
    blank lines under its page's number)."""
    near = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and abs(j - i) <= reach and not text[lines[j][0] : lines[j][1]].strip():
            j += step
        if 0 <= j < len(lines) and abs(j - i) <= reach:
            near.append(j)
    return near


def _footnote_zones(doc: Document, lines: list[tuple[int, int]],
                    running: set[int]) -> tuple[set[int], dict[str, str]]:
    """Line indexes of page-footer footnote zones (PDF text) and the footnotes found there; a running
    footer ends a zone (the next page begins)."""
    skip: set[int] = set()
    notes: dict[str, str] = {}
    if doc.format == "md":
        return skip, notes
    text = doc.text
    i = 0
    while i < len(lines):
        a, b = lines[i]
        if _FOOT_SEP.match(text[a:b]) and i + 1 < len(lines):
            nxt = text[lines[i + 1][0] : lines[i + 1][1]]
            note = _FOOT_LINE.match(nxt)
            # a rule under a running header opens the next page's body ("2. DEFINITION OF TORTURE"), not notes
            boxed = i >= 2 and _FOOT_SEP.match(text[lines[i - 2][0] : lines[i - 2][1]]) is not None  # rule, title, rule
            above = text[lines[i - 1][0] : lines[i - 1][1]].strip() if i > 0 else ""
            # a heading underlined with hyphens ("5. Questions ..." over "------"), then its numbered list
            underline = (text[a:b].strip().startswith("-") and 0 < len(above) <= 150
                         and not above.endswith((".", ",", ";", ":")))
            if not note or (i > 0 and i - 1 in running) or boxed or underline or note.group(2).isupper():
                i += 1
                continue
            skip.add(i)
            cur = None
            j = i + 1
            while j < len(lines) and j - i <= 40:
                la, lb = lines[j]
                line = text[la:lb]
                if j in running:
                    break
                if line[:1].isspace() and line.strip() and not _FOOT_LINE.match(line) and not line.strip().startswith(
                    ("http", "www")
                ):
                    break
                skip.add(j)
                m = _FOOT_LINE.match(line)
                if m:
                    cur = m.group(1)
                    notes[cur] = m.group(2).strip()
                elif cur and line.strip():
                    notes[cur] += " " + line.strip()
                j += 1
            i = j
            continue
        i += 1
    return skip, notes


_UPR_NUMBER_START = re.compile(r"\d{2,3}\.\d{1,3}\s+\S")
_UPR_LINE = re.compile(r"\d{2,3}\.\d{1,3}\.?\s+[A-ZА-ЯЁ]")
# how a listed UPR recommendation's line ends: its States, its position, a full stop
_ITEM_END = re.compile(r"(?:[.;)]|\b(?:supported|accepted|noted|rejected)|поддержан\w*|сведению|отклонен\w*)\s*$", re.I)


# a transcript's turn: the speaker and the time into the recording on a line of their own, the speech under it
# ("Gulnar Aralbay  0:16:31", "Unknown Speaker  1:02:17")
_SPEAKER_TIME = re.compile(r"(?:[A-ZА-ЯЁ][\w'’.-]*\s){1,4}\s*\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")


def split_segments(doc: Document) -> tuple[list[Seg], dict[str, str]]:
    text = doc.text
    md = doc.format == "md"
    lines = _lines(text)
    # readers.text: each line of a chat message, each turn of a subtitle transcript a paragraph
    chat = (doc.meta or {}).get("layout") in ("chat", "transcript")
    running = set() if md else _running_lines(text, lines)
    skip, notes = _footnote_zones(doc, lines, running)
    skip |= running
    # headings the reader knew from the file's structure (Word heading styles, HTML <h1>-<h6>)
    head_levels = {} if md else {b.start: b.level or 1 for b in doc.blocks if b.kind == "heading"}
    cell_starts = {b.start for b in doc.blocks if b.kind == "table_cell"}
    list_levels = {b.start: b.level for b in doc.blocks if b.kind == "list_item" and b.level}
    # footnotes the reader set apart (Word footnotes at the end of the text): notes, not paragraphs
    foot_spans = [(b.start, b.end) for b in doc.blocks if b.kind == "footnote"] if not md else []
    if foot_spans:
        skip |= {i for i, (a, _b) in enumerate(lines) if any(fa <= a < fb for fa, fb in foot_spans)}
    segs: list[Seg] = []
    cur: Seg | None = None
    brk = False
    bracket_refs = len(re.findall(r"\S\[\^?\d{1,3}\]", text)) >= 1
    # Word text saved as plain text: one (long) line per paragraph, not lines wrapped at a width
    widths = sorted(b - a for a, b in lines if b > a)
    long_lines = not md and doc.format == "txt" and len(widths) >= 10 and widths[int(len(widths) * 0.9)] > 140
    # markdown setext headings: a text line underlined with "===" (level 1) or "---" (level 2)
    setext: dict[int, int] = {}
    if md:
        for i in range(1, len(lines)):
            under = re.fullmatch(r" {0,3}(=+|-+)\s*", text[lines[i][0] : lines[i][1]])
            above = text[lines[i - 1][0] : lines[i - 1][1]].strip()
            if under and len(under.group(1)) >= 3 and above and not MARKER.match(above) and not above.startswith("|"):
                setext[i - 1] = 1 if under.group(1)[0] == "=" else 2
                skip.add(i)
    elif head_levels:  # the underline of a heading the text reader found ("4. DOMESTIC WORKERS" over "=====")
        for i in range(1, len(lines)):
            if lines[i - 1][0] in head_levels and UNDERLINE.match(text[lines[i][0] : lines[i][1]]):
                skip.add(i)
    vocab, common = word_sets(text) if doc.format == "txt" else (frozenset(), frozenset())
    laid_out = {} if md or doc.format != "txt" else text_tables(text, lines, skip, (vocab, common))
    if not md and doc.format == "txt":
        taken = {j for used, _rows in laid_out.values() for j in used}
        # one cell a line: a Google Docs table as plain text (its bare numbers are cells, not page numbers)
        laid_out |= flat_tables(text, lines, taken)
    for used, _rows in laid_out.values():
        skip |= used
    for i, (a, b) in enumerate(lines):
        line = text[a:b]
        if i in laid_out:
            a2 = a + len(line) - len(line.lstrip())
            segs.append(Seg([(a2, a + len(line.rstrip()))], table=laid_out[i][1]))
            cur = None
            continue
        if i in skip or _PAGE_NO.match(line) and line.strip() or _URL_ONLY.match(line) or _RULE_LINE.match(line):
            brk = True
            continue
        fm = _NOTE_LINE.match(line)
        if fm and bracket_refs:
            # "[2] A/HRC/41/9, 2019." / markdown "[^2]: ...": a footnote, kept for years, not a paragraph
            notes[fm.group(1)] = fm.group(2).strip()
            cur = None
            continue
        if not line.strip():
            cur = None
            continue
        # trim to content
        a2 = a + len(line) - len(line.lstrip())
        b2 = a + len(line.rstrip())
        content = text[a2:b2]
        hm = _MD_HEAD.match(content) if md else None
        mm = MARKER.match(content)
        if mm and cur is not None and re.match(r"\d{1,3}\)", content):
            above = text[cur.pieces[-1][0] : cur.pieces[-1][1]]
            if above.count("(") > above.count(")"):
                mm = None  # "recommended (para." over "33) that ...": a parenthesis closed on the next line
        roman = roman_item(content)
        head_line = (not md and not roman and bool(_STRONG_HEAD.match(content)) and len(content) <= 200) or (
            len(content) <= 150 and _LABEL_HINT.search(content) is not None and is_label(clean(content))) or (
            md and not mm and _MD_BOLD_LINE.match(content) is not None)  # "**3. Article 5 - Equality**" over its text
        if hm:
            a2 += hm.end()  # the text of a markdown heading starts after its hashes
        block_level = head_levels.get(a2) or setext.get(i)
        head_line = head_line or block_level is not None or (not md and _SPEAKER_TIME.match(content) is not None)
        if long_lines and cur is not None and not hm and not mm and not head_line:
            # a text with one line per paragraph: a line after a finished sentence starts a new paragraph
            prev_line = text[cur.pieces[-1][0] : cur.pieces[-1][1]].rstrip()
            # a finished sentence, maybe inside a closing quotation mark: '... places of detention."'
            if ((prev_line.rstrip("\"”»’")[-1:] in ".!?:;" and content[:1].isupper())
                    or _UPR_NUMBER_START.match(content)):
                cur = None  # a UPR recommendation by its number: "128.45 Декриминализировать ...", after any line
            elif (len(cur.pieces) == 1 and len(prev_line) <= 80 and len(content) >= 2 * len(prev_line) + 40
                  and content[:1].isupper() and prev_line[-1:] not in ",-–—" and ":" not in prev_line):
                cur = None  # "2. Основные правовые гарантии" over its first paragraph: a title line of its own
        if (cur is not None and not hm and not mm and _UPR_LINE.match(content)
                and _ITEM_END.search(text[cur.pieces[-1][0] : cur.pieces[-1][1]])):
            cur = None  # "112.41 Establish ..." on the line after "112.40 Ratify ... (Australia) – noted"
        if md and cur is not None and content.startswith(">") and not text[cur.pieces[0][0]:].startswith(">"):
            cur = None  # a markdown block quote right under a paragraph or a heading starts a block of its own
        # "Verdict: PARTIALLY IMPLEMENTED" on the line after a paragraph's last sentence: a line of its own
        verdict = (not md and cur is not None and not mm and is_verdict_line(content)
                   and text[cur.pieces[-1][0] : cur.pieces[-1][1]].rstrip().rstrip("\"”»’")[-1:] in ".!?")
        if hm or mm or roman or cur is None or head_line or verdict:
            cur = Seg([(a2, b2)], after_break=brk, vocab=vocab, common=common, chat=chat)
            if hm:
                cur.md_level = len(hm.group(1))
            elif block_level is not None:
                cur.md_level = block_level
            elif mm:
                cur.marker = _marker_of(content)
                cur.list_level = list_levels.get(a2, 0)
            elif roman:
                cur.marker = roman.group(1) + "."
            cur.in_table = a2 in cell_starts
            segs.append(cur)
            if head_line or hm or verdict:
                cur = None  # a heading line of its own; what follows is a new paragraph
        else:
            quoted = _QUOTE_PREFIX.match(content) if text[cur.pieces[0][0]:].startswith(">") else None
            if quoted:  # a quoted paragraph's next line: "> every statement by ..." reads without its ">"
                a2 += quoted.end()
            if a2 < b2:
                cur.pieces.append((a2, b2))
        brk = False
    for s in segs:
        s.build(text)
    merged = _merge(segs, md, text, structured=doc.format in ("html", "docx", "csv") or chat, pdf=doc.format == "pdf")
    return [part for s in merged for part in _inline_items(s, text)], notes


_LETTERS = ("abcdefgh", "абвгдежз")
# "а) ...; б) ...; в) ..." typed in one paragraph: each marker after ";" (or the lead-in's ":", or the question mark or
# full stop ending the item before) opens an item, also after the "and" before the last: "...; and (d) put an end ..."
_INLINE_MARK = re.compile(r"(?:(?<=^)|(?<=[;:?.])\s+(?:(?:and|or|и|или)\s+)?)\(?([a-hа-з]|\d{1,2})\)\s", re.M)
_LAST_AND = re.compile(r"(?<=[;:?.])\s+(?:and|or|и|или)$")


def _inline_items(seg: Seg, text: str) -> list[Seg]:
    """A paragraph holding its own list items ("Коалиция рекомендует ...: а) внести ...; б) направить ...; в) ...",
    "a) repeal ...; b) release ...") as the lead-in and one segment per item, when the markers run in order from
    the first letter or number; any other paragraph as it is."""
    if seg.table is not None or seg.in_table or seg.md_level:
        return [seg]
    # markers inside a line (not lines of their own that a quotation block joined: "> b) обеспечить ...")
    starts = {a for a, _b in seg.pieces[1:]}
    marks = [m for m in _INLINE_MARK.finditer(seg.flat)
             if seg.doc_pos(m.start(1) - (m.group(0).lstrip()[0] == "(")) not in starts]
    if len(marks) < 2:
        return [seg]
    first = marks[0].group(1)
    seq = next((letters for letters in _LETTERS if first == letters[0]), None)
    if seq is None and first != "1":
        return [seg]
    run = []
    for m in marks:
        want = seq[len(run)] if seq and len(run) < len(seq) else str(len(run) + 1)
        if m.group(1) != want:
            break
        run.append(m)
    # the first marker opens the paragraph or follows its lead-in's colon
    if len(run) < 2 or not (run[0].start() == 0 or seg.flat[: run[0].start()].rstrip().endswith(":")):
        return [seg]
    cuts = [m.start(1) - (seg.flat[m.start(1) - 1] == "(") for m in run]
    if cuts[0] > 0:
        cuts.insert(0, 0)
    out = []
    for k, a in enumerate(cuts):
        b = cuts[k + 1] if k + 1 < len(cuts) else len(seg.flat)
        head = seg.flat[:b].rstrip()
        if k + 1 < len(cuts):  # "...; and" before the next marker belongs to neither item
            head = _LAST_AND.sub("", head)
        da, db = seg.doc_pos(a), seg.doc_pos(len(head))
        pieces = [(max(pa, da), min(pb, db)) for pa, pb in seg.pieces if pb > da and pa < db]
        part = Seg(pieces, after_break=seg.after_break and k == 0, list_level=seg.list_level, vocab=seg.vocab,
                   common=seg.common)
        part.build(text)
        part.marker = _marker_of(part.flat) if MARKER.match(part.flat) else ""
        if k == 0 and a == 0 and not part.marker:
            part.marker = seg.marker
        out.append(part)
    return out


def _marker_of(content: str) -> str:
    m = MARKER.match(content)
    if not m:
        return ""
    mk = m.group(0)
    rest = content[m.end() :]
    m2 = MARKER.match(rest)
    if m2 and mk.strip() in ("-", "*", "•"):
        mk += m2.group(0)
    return collapse(mk)


def _is_line_block(seg: Seg, text: str) -> bool:
    """Three or more short lines (a legend, an address, a table typed as text): not a sentence cut by a
    page or line break, so nothing is joined to it."""
    lines = [text[a:b].strip() for a, b in seg.pieces]
    return len(lines) >= 3 and max(len(x) for x in lines) < 60


def _front_matter_break(prev_text: str, nxt: str, first: bool) -> bool:
    """Paragraphs that stay apart although the first has no full stop: the document's title block, a line
    ending in a date, an address or an e-mail before a capitalised one, an ALL-CAPS heading."""
    if nxt[:1].islower():
        return False
    if first or (nxt.isupper() and len(nxt) <= 80):
        return True
    return bool(re.search(r"\b(?:19|20)\d\d$|\S+@\S+$|https?://\S+$|www\.\S+$", prev_text))


def indent_of(text: str, a: int) -> int:
    """The width of the blank run before offset ``a`` on its line (0 when text comes before it there)."""
    prefix = text[text.rfind("\n", 0, a) + 1 : a]
    return len(prefix.expandtabs(4)) if not prefix.strip() else 0


def _indent_changes(prev: Seg, seg: Seg, text: str) -> bool:
    """Whether one of two paragraphs is set in by four spaces or more and the other is not: a block quotation
    of a plain-text letter and the paragraph after it stay apart although the quotation has no full stop."""
    return (indent_of(text, prev.pieces[-1][0]) >= 4) != (indent_of(text, seg.pieces[0][0]) >= 4)


def is_verdict_line(t: str) -> bool:
    """A line that only grades a recommendation ("Verdict: IMPLEMENTED", "Status – not implemented"): no
    heading, and a whole statement although it has no full stop."""
    v = _VERDICT_LINE.match(t)
    # "Proposed grade: A", "Оценка: C" (the follow-up procedure's grades) too
    return bool(v and (status_of(v.group(1)) or re.fullmatch(GRADE_MARK + r"\.?", v.group(1).strip())))


def _merge(segs: list[Seg], md: bool, text: str, structured: bool = False, pdf: bool = False) -> list[Seg]:
    """Join paragraphs split by page or line breaks inside a sentence (``structured``: the paragraphs
    come from a Word / HTML file's own structure, and only a lower-case continuation is joined; ``pdf``: the
    reader already joined a PDF's lines, so a list item it ended is not continued by a capitalised paragraph)."""
    out: list[Seg] = []
    for s in segs:
        if out and not s.marker and not s.in_table and not out[-1].in_table:  # table cells stay apart
            prev = out[-1]
            la, lb = prev.pieces[-1]
            pt = collapse(strip_emphasis(text[la:lb])).rstrip("\"”’»*_ ")
            pt = re.sub(r"\s*\[\d{1,3}\]$", "", pt)  # "... penalty.[3]" ends a sentence
            joined = False
            if pt and pt[-1] not in TERMINAL and (starts_lower(s.flat) or STOP_END.search(pt)):
                # a heading ending in a short word ("What we are asking for") goes on only in lower case
                joined = (not s.md_level and not prev.md_level) or starts_lower(s.flat)
            elif _UPR_LINE.match(s.flat) and _ITEM_END.search(pt):
                pass  # "112.41 Establish ..." after "112.40 Ratify ... (Australia) – noted": the next item
            elif (s.after_break or not md) and not structured and pt and pt[-1] not in TERMINAL and not prev.md_level \
                    and not (pdf and prev.marker):
                # PDF text: a paragraph cut by a page footer or by blank lines between its lines
                if prev.dirty:
                    prev.build(text)
                    prev.dirty = False
                joined = (not s.md_level and not _STRONG_HEAD.match(s.display) and not is_label(s.display)
                          and not is_label(prev.display) and not is_heading(prev, s, md, in_block=False)
                          and not is_verdict_line(prev.display)
                          and not _front_matter_break(pt, s.display, first=len(out) == 1)
                          and not _is_line_block(prev, text) and not _indent_changes(prev, s, text))
            elif pt.endswith("-") and starts_lower(s.flat):
                joined = True
            elif (not md and prev.md_level == 0 and _STRONG_HEAD.match(pt) and pt[-1] not in ".:)"
                  and len(s.display) <= 120 and not REC_LABEL.match(s.display) and not QUE_LABEL.match(s.display)
                  and not s.md_level):
                joined = True
            if joined:
                prev.pieces.extend(s.pieces)
                prev.dirty = True
                continue
        out.append(s)
    for s in out:
        if s.dirty:
            s.build(text)
    return out




_UPR_REF_QUOTED = re.compile(r"(?:recommendations?|рекомендаци\w*)\s+\d{2,3}\.\d{1,3}[^«\"“]{0,120}[:–—-]\s*[«\"“]",
                             re.I)
_LEADIN_VERB = re.compile(r"\b(?:recommended|urged|called|addressed|stated|noted|wrote|asked|requested|said|observed|"
                          r"reads|read\s+as\s+follows|concluded|found|held)\b|(?<!\w)(?:рекомендовал|призвал|указал|отметил|заявил|просил)\w*",
                          re.I)


def is_heading(seg: Seg, nxt: Seg | None, md: bool, in_block: bool) -> bool:
    t = seg.display
    if is_verdict_line(t):
        return False  # "Verdict: IMPLEMENTED", "Proposed grade: B" (in bold, as a PDF heading too): the authors' grade
    if seg.md_level:
        return not starts_lower(t) and not STANDALONE.match(t)
    if seg.in_table:
        return False  # a table cell ("Recommending State", "Status") is no section heading
    part = UPPER_ROMAN.match(t) and not roman_item(t)  # "V. STATELESSNESS", not "II. Восстановить ..."
    if seg.marker and not _NUM_HEAD.match(t) and not part:
        return False
    if not t or len(t) > 200:
        return False
    if _QUOTE_REF.search(t):
        # a quotation and its reference: 'What was recommended: "Publicly recognise ..." (para. 88 (d))',
        # '131.58 "Decriminalise defamation and transfer it to the civil code" (Sweden) — Noted'
        return False
    if _STRONG_HEAD.match(t):
        return True
    letters = [c for c in t if c.isalpha()]
    if len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.85 and len(t) <= 150:
        return True
    if seg.chat:
        # a chat's lines are short: a title is one that opens in capitals ("CLUSTER 1 – Torture, detention ...")
        return bool(re.match(r"[A-ZА-ЯЁ]{3,}\b", t)) and len(t) <= 150 and t[-1:] not in ".;,?!"
    if in_block:
        # "В. Выборы" after a list of requests: a short lettered title before a paragraph ends the list
        head = _NUM_HEAD.match(t)
        rest = SECTION_NO.sub("", t, count=1)
        return bool(head and seg.marker and len(t.split()) <= 10 and t[-1] not in ".;:,?" and nxt is not None
                    and (not nxt.marker or len(nxt.display.split()) > 25)  # a paragraph (numbered) follows
                    and not IMPERATIVE.match(rest) and not is_label(rest))
    if md:
        # markdown: a whole paragraph in bold is a heading
        raw = seg.flat.strip()
        return raw.startswith("**") and raw.endswith("**") and len(t) <= 150 and t[-1:] not in ".;,"
    if (_NUM_HEAD.match(t) and t[-1] not in ";," and (len(t) <= 130 or t[-1] != ".") and not is_numbered_sentence(t)
            and not (t.endswith("?") and len(t.split()) > 16)  # "4. When will the State party establish ...?"
            and not PLEASE.match(SECTION_NO.sub("", t, count=1))  # "2. Please provide examples ...", «2. Просьба ...»
            and not re.search(r"\?\s+\S", t)):  # "3. How many died? Please indicate the causes.": two sentences
        # not a numbered paragraph that leads in to a body's words: "10. In paragraph 25 the Committee addressed this
        # directly:", "21. The Committee had recommended in paragraph 37:"
        # ... nor a numbered UPR recommendation quoted after its State: "20. Рекомендация 139.3 (Чили): «...»."
        return not ((t.endswith(":") and _LEADIN_VERB.search(t)) or _UPR_REF_QUOTED.search(t))
    # a footnote reference "[3]" after the full stop; a closing quotation mark after it: '... discrimination."'
    t_end = re.sub(r"\s*\[\d{1,3}\]$", "", t).rstrip("\"”’»")
    if not t_end or t_end[-1] in ".,;" or STOP_END.search(t_end):
        return False
    if t.endswith(":"):
        # "Recommendations:", "Our assessment:"; not a lead-in with a pronoun subject ("He also recommended:")
        return len(t.split()) <= 4 and t[0].isupper() and not re.match(r"(?:he|she|it|they|you|we)\b", t, re.I)
    if not (t[0].isupper() or t[0].isdigit()):
        return False
    words = len(t.split())
    if words > 16 and not t.endswith(")"):
        return False  # "Freedom of expression and of the media (articles 19 and 20 of the Covenant)" may be long
    if nxt is not None and starts_lower(nxt.flat):
        return False
    return True


def marker_class(marker: str, md: bool) -> tuple[str, str]:
    m = marker.replace("**", "").strip()
    if m != "*":
        m = m.replace("*", "").strip()
    if not m:
        return ("plain", "")
    parts = m.split()
    if len(parts) > 1:  # "- 17." bullet + number: a numbered paragraph rendered as a list item
        return ("para", "")
    if "**" in marker:
        return ("para", "")
    if re.fullmatch(r"\(?\d{1,3}(?:\.\d+)*[.)]", m):
        return ("num", m[-1] + ("(" if m.startswith("(") else ""))
    if re.fullmatch(r"(?:R|Q|Rec\.?\s?)\d{1,3}\s*[.):–—-]?", m):  # "R1.", "Rec. 2:", "Q3.", "R1", "Rec. 1 –"
        return ("num", m[0])
    if re.fullmatch(r"\d{1,2}(?:\.\d{1,2})+", m):  # "3.2" section-numbered paragraph
        return ("num", "sec")
    if re.fullmatch(r"\(?\d{1,3}\)", m):
        return ("num", "()")
    if re.fullmatch(r"\[\d{1,3}\]", m):  # "[47]": a numbered paragraph in the Commonwealth style
        return ("para", "[")
    if re.fullmatch(r"\(?[a-zа-яё][.)]|\([a-zа-яё]\)", m, re.I):
        return ("let", m[-1] + ("(" if m.startswith("(") else ""))
    if re.fullmatch(r"\(?[ivx]{1,5}[.)]", m, re.I):
        return ("rom", m[-1] + ("(" if m.startswith("(") else ""))
    return ("bullet", m)


def marker_number(marker: str) -> int | None:
    m = re.search(r"(\d{1,3})[.)\]]?\**\s*$", marker.replace("*", "") + "")  # "1.2." is item 2 of part 1
    if m:
        return int(m.group(1))
    m = re.search(r"([a-zа-яё])[.)]?\s*$", marker, re.I)
    if m:
        c = m.group(1).lower()
        return ord(c) - (ord("а") if "а" <= c <= "я" else ord("a")) + 1
    return None


def is_block_subheading(t: str) -> bool:
    """A short title line ("Freedom of expression", "Human rights defenders") inside a list block."""
    # a title that ends in a short gloss: "Article 14 (redress)", "Articles 12 and 13 (investigations)"; not a
    # source ("Special Rapporteur on torture (2017)") nor a request's States ("... (Germany)")
    gloss = _GLOSS.fullmatch(t)
    if gloss and not (re.search(r"\b(?:19|20)\d\d\b", t) or mechanism_mentions(t, None)
                      or countries_in(gloss.group(2))):
        t = gloss.group("title")
    words = t.split()
    return (0 < len(words) <= 8 and t[0].isupper() and t[-1] not in TERMINAL + ",)" and not STOP_END.search(t)
            and not IMPERATIVE.match(t))


_GLOSS = re.compile(r"(?P<title>[^()]{3,60}?)\s+\(([^()]{2,40})\)")


def roman_marker(marker: str) -> int | None:
    """Value of a lower-case roman numeral marker ("(iv)", "ii)", "x."), else None."""
    m = re.fullmatch(r"\(?([ivx]{1,5})[.)]", marker.replace("*", "").strip())
    if not m:
        return None
    vals = {"i": 1, "v": 5, "x": 10}
    r = m.group(1)
    total = 0
    for k, c in enumerate(r):
        v = vals[c]
        total += -v if k + 1 < len(r) and vals[r[k + 1]] > v else v
    return total


def line_items(seg: Seg, text: str, block: str) -> list[Seg]:
    """The lines of an unmarked paragraph in a list block when each is an item of its own: every line is a
    whole question ("What ...?", "Please provide ... .") or a whole request ("Ensure ...;"), not a
    wrapped sentence."""
    if len(seg.pieces) < 2:
        return []
    subs = [Seg([piece]) for piece in seg.pieces]
    for sub in subs:
        sub.build(text)
        t = sub.display
        if len(t.split()) < 3 or not ends_terminal(t) or not t[0].isupper():
            return []
        if block == "question" and not (PLEASE.match(t) or INTERROG.match(t)):
            return []
        if block == "recommendation" and not IMPERATIVE.match(t):
            return []
    return subs


def head_level(seg: Seg) -> int | None:
    """A heading's level: its markdown / Word level, else the depth of its number ("2.1" → 2)."""
    if seg.md_level:
        return seg.md_level
    m = re.match(r"(\d{1,2}(?:\.\d{1,2})*)\.?\s", seg.display)
    if m:
        return m.group(1).count(".") + 1
    # "E. FREEDOM OF EXPRESSION", "IV. Detention", "B) Courts": a part of the report
    return 1 if re.match(r"(?:[A-Z]|[IVX]{1,5})[.)]\s+\S", seg.display) else None
