"""Plain text and Markdown: encoding detection, line ends, provenance header, blocks."""

from __future__ import annotations

import html
import re
import unicodedata

from ..errors import ReadError
from ..models import Block, Document

_HEADER_KEY = re.compile(r"^([A-Z][A-Z_]{1,20}):\s?(.*)$")

# single-byte encodings tried, in order of preference on a tie
_SINGLE_BYTE = ("cp1252", "mac_roman", "cp1251", "koi8_r")
_GOOD_PUNCT = set("’‘“”–—…")
_OK_PUNCT = set("•€£§°«»©®™·¶×½¼¾¹²³")
_CTRL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
_NON_ASCII_WORD = re.compile(r"\S*[^\x00-\x7f]\S*")


def _utf16_guess(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when BOM-less bytes look like UTF-16, else None."""
    sample = data[:8000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if not even or not odd:
        return None
    z_even, z_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if z_odd > 0.3 and z_even < 0.05:
        return "utf-16-le"
    if z_even > 0.3 and z_odd < 0.05:
        return "utf-16-be"
    # non-Latin scripts: one byte of each pair is a nearly constant block number (0x04 Cyrillic)
    for enc, hi in (("utf-16-le", odd), ("utf-16-be", even)):
        top = max(set(hi[:2000]), key=hi[:2000].count)
        if top in (0, 4, 5, 6, 0x20, 0x30, 0x4E) and hi.count(top) / len(hi) > 0.6:
            return enc
    return None


def _score(text: str) -> float:
    """Plausibility of decoded text: curly quotes and accented letters inside words score well."""
    score = 0.0
    for word in _NON_ASCII_WORD.findall(text[:200_000]):
        letters = [c for c in word if c.isalpha()]
        cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
        ascii_l = sum(1 for c in letters if c.isascii())
        if cyr and ascii_l:
            score -= 3 * cyr
            continue
        if cyr:
            # KOI8-R read as cp1251 (or the reverse) swaps the case: "тЕЛПНЕОДБГЙЙ"
            flips = sum(1 for x, y in zip(word, word[1:], strict=False) if x.islower() and y.isupper())
            score += (2 * cyr if cyr >= 2 else 0) - 6 * flips
            continue
        for i, c in enumerate(word):
            if c.isascii():
                continue
            if c in _GOOD_PUNCT:
                score += 3
            elif c in _OK_PUNCT:
                score += 0.5
            elif c.isalpha():
                prev_lower = i > 0 and word[i - 1].islower()
                if c.isupper():
                    score += -2 if prev_lower else 0
                elif ascii_l or len(letters) == 1:
                    score += 1
                if unicodedata.category(c) == "Lm" or c in "ıˆ˜ƒﬁﬂ":
                    score -= 2
            elif unicodedata.category(c)[0] in "CS" or c in "‰‡†√∂∑∏π∫Ω≈∆◊":
                score -= 2
    return score


def decode(data: bytes, name: str) -> str:
    """Decode bytes: BOMs, UTF-8, UTF-16 without BOM, then the likeliest of cp1252/Mac Roman/cp1251/KOI8-R."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return data.decode("utf-32", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    enc16 = _utf16_guess(data)
    if enc16:
        try:
            return data[: len(data) - len(data) % 2].decode(enc16)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        # a file cut in the middle of a character is still UTF-8
        if e.start >= len(data) - 3 and e.reason == "unexpected end of data":
            return data[: e.start].decode("utf-8")
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed
    if _looks_binary_bytes(data):
        raise ReadError(name, "not a text file (binary content)")
    best: tuple[float, str] | None = None
    for enc in _SINGLE_BYTE:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        s = _score(text)
        if best is None or s > best[0]:
            best = (s, text)
    if best is None:
        return data.decode("latin-1")
    return best[1]


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray cp1252 bytes (pasted text): decode both, or None if not UTF-8."""
    out: list[str] = []
    pos = bad = 0
    while True:
        try:
            out.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as e:
            out.append(data[pos : pos + e.start].decode("utf-8"))
            chunk = data[pos + e.start : pos + e.end]
            out.append(chunk.decode("cp1252", errors="replace"))
            bad += len(chunk)
            pos += e.end
            if bad > 50:
                return None
    text = "".join(out)
    good = sum(1 for c in text if ord(c) > 127) - bad
    return text if good >= 3 and good >= 4 * bad else None


def _looks_binary_bytes(data: bytes) -> bool:
    sample = data[:8000]
    bad = sum(1 for b in sample if b < 9 or 13 < b < 32 and b != 27)
    return bad > len(sample) * 0.02


def looks_binary(text: str) -> bool:
    """True when decoded 'text' is mostly control characters (binary junk)."""
    sample = text[:5000]
    if not sample:
        return False
    bad = len(_CTRL.findall(sample)) + sample.count("\ufffd")
    return bad > len(sample) * 0.02


# characters a reader does not see: soft hyphens, zero-width spaces, word joiners, a byte order mark in the text
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))


def normalise(text: str) -> str:
    """LF line ends, no NULs / form feeds / invisible characters, NFC; the text is otherwise kept as written."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").replace("\f", "\n")
    text = text.translate(INVISIBLE)
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


_FRONT_KEY = re.compile(r"^([A-Za-z][\w-]{0,30}):[ \t]*(.*)$")


def _front_matter(text: str) -> tuple[dict[str, str], str] | None:
    """A YAML front matter block (``---`` / ``key: value`` lines / ``---`` or ``...``), as Pandoc, Jekyll and
    Hugo write it: (its keys, the body after it); None when the text has none."""
    lines = text.split("\n", 60)
    if lines[0].strip() != "---":
        return None
    meta: dict[str, str] = {}
    key = ""
    for i, line in enumerate(lines[1:60], 1):
        if line.strip() in ("---", "...") and meta:
            return meta, "\n".join(lines[i + 1 :]) if i + 1 < len(lines) else ""
        m = _FRONT_KEY.match(line)
        if m:
            key = m.group(1).lower()
            meta[key] = m.group(2).strip().strip("'\"")
        elif key and line[:1] in (" ", "\t", "-") and line.strip():
            meta[key] = (meta[key] + " " + line.strip().lstrip("- ").strip("'\"")).strip()  # a list or folded value
        elif line.strip():
            return None
    return None


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``KEY: value`` provenance header ended by a ``---`` line (or a YAML front matter block)
    from the body."""
    front = _front_matter(text) if text.startswith("---") else None
    if front:
        return front
    lines = text.split("\n", 40)
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[:40]):
        if line.strip() == "---" and meta:
            return meta, "\n".join(lines[i + 1 :]) if i + 1 < len(lines) else ""
        m = _HEADER_KEY.match(line)
        if not m:
            return {}, text
        meta[m.group(1).lower()] = m.group(2).strip()
    return {}, text


# list markers at the start of a line: bullets, "1.", "1)", "a)", "(a)", "93.12.", "**14.**"
_LIST = re.compile(
    r"^[ \t]*(?:\*\*)?(?P<m>[-*•●▪◦–—\uf0b7\uf0a7]|o(?=\t)|\d{1,3}(?:\.\d{1,3})*[.)]|\(?[a-z]\)|\([ivx]{1,5}\)"
    r"|\(\d{1,3}\))"
    r"(?:\*\*)?[ \t]+\S"
)
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+\S")
_PARA = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


# a setext heading's underline: "=====" or "-----" alone on the line under the title
UNDERLINE = re.compile(r"^[ \t]*(=|-)\1{2,}[ \t]*$")


def _one_paragraph_per_line(text: str) -> bool:
    """A text that puts each paragraph on one long line, with no blank line between them (a word processor's
    plain-text export): its lines are not wrapped parts of a paragraph."""
    lines = text.split("\n")
    full = [ln for ln in lines if ln.strip()]
    if len(full) < 10:
        return False
    blank = len(lines) - len(full)
    long = sum(len(ln) > 160 for ln in full)
    return blank < 0.05 * len(lines) and long >= 0.25 * len(full)


def paragraph_blocks(text: str, markdown: bool = False) -> list[Block]:
    """Blank-line separated paragraphs; list-marker lines start list items; ``#`` lines and lines underlined
    with ``===`` / ``---`` are headings; in a text with one paragraph per line and no blank lines between
    them, each line is a paragraph."""
    blocks: list[Block] = []
    per_line = _one_paragraph_per_line(text)
    for m in _PARA.finditer(text):
        pos = m.start()
        lines = m.group(0).split("\n")
        for k, line in enumerate(lines):
            end = pos + len(line)
            h = _MD_HEADING.match(line) if markdown else None
            lm = _LIST.match(line)
            under = UNDERLINE.match(lines[k + 1]) if k + 1 < len(lines) and line.strip() else None
            if UNDERLINE.match(line) and blocks and blocks[-1].kind == "heading" and blocks[-1].end + 1 == pos:
                pass  # the underline of the heading above
            elif h:
                blocks.append(Block("heading", pos, end, level=len(h.group(1))))
            elif under and len(line.strip()) <= 100 and 0.6 <= len(under.group(0).strip()) / len(line.strip()) <= 1.6:
                blocks.append(Block("heading", pos, end, level=1 if under.group(1) == "=" else 2))
            elif per_line and not lm:
                blocks.append(Block("paragraph", pos, end))
            elif lm:
                blocks.append(Block("list_item", pos, end, marker=lm.group("m")))
            elif (
                blocks
                and blocks[-1].end >= m.start()
                and blocks[-1].kind != "heading"
                and blocks[-1].end + 1 == pos
            ):
                blocks[-1].end = end  # continuation line of the current paragraph / item
            else:
                blocks.append(Block("paragraph", pos, end))
            pos = end + 1
    for b in blocks:  # trim surrounding blanks so text[start:end] is the block's own text
        while b.start < b.end and text[b.start] in " \t":
            b.start += 1
        while b.end > b.start and text[b.end - 1] in " \t":
            b.end -= 1
    return blocks


# a Markdown backslash escape: "1\." (a number that is not to start a list), "Anti\-Discrimination", "65\+"
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


# an inline link or image to somewhere else: the reader sees its words ("[Paris Principles](https://...)"); a link
# within the document (a contents line "[Recommendations](#heading=h.3dy6vkm)") is left as it is
_MD_LINK = re.compile(r"!?\[([^\[\]\n]+)\]\((?!#)[^()\s]+(?:\s+\"[^\"\n]*\")?\)")


def md_unescape(text: str) -> str:
    """Markdown text with its backslash escapes resolved and links to elsewhere reduced to their words, as a reader
    sees it (exports from Google Docs or pandoc escape every "1.", "-" and "+" that could be read as markup)."""
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    return _MD_ESCAPE.sub(r"\1", text) if "\\" in text else text


# Obsidian / GitHub notes: a callout's type ("> [!QUESTION] For recommending States"), a task's box ("- [x] ...")
_CALLOUT = re.compile(r"^[ \t]*>[ \t]*\[![A-Za-z-]+\][+-]?[ \t]*(?P<title>[^\n]*)\n"
                      r"(?P<body>(?:[ \t]*>[^\n]*(?:\n|$))*)", re.M)
_TASK_BOX = re.compile(r"^([ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,3}[.)])[ \t]+)\[[ xX]\][ \t]+", re.M)


def _unquote_callout(m: re.Match[str]) -> str:
    title = m.group("title").strip()
    body = re.sub(r"^[ \t]*>[ \t]?", "", m.group("body"), flags=re.M)
    return (title + "\n\n" if title else "") + body


def md_notes_app(text: str) -> str:
    """Markdown from a notes app or a wiki as a reader sees it: a callout ("> [!QUESTION] For recommending
    States" over "> ..." lines) is a box, not a quotation: its title a paragraph of its own and its lines unquoted,
    without the ``[!TYPE]`` marker; a task's ``[ ]`` / ``[x]`` box is not a word of the text."""
    if "[!" in text:
        text = _CALLOUT.sub(_unquote_callout, text)
    if "] " in text:
        text = _TASK_BOX.sub(r"\1", text)
    return text


# raw HTML boxes in Markdown (GitHub, Notion and Docusaurus exports): "<details>", "<summary>Title</summary>",
# "</details>", "<aside>" on lines of their own
_MD_BOX_TAG = re.compile(r"^[ \t]*(?:</?(?:details|aside)\b[^>\n]*>[ \t]*)+$", re.I)
_MD_SUMMARY = re.compile(r"^[ \t]*(?:<details\b[^>\n]*>[ \t]*)?<summary\b[^>\n]*>(?P<t>.*?)</summary>[ \t]*$", re.I)


def md_html_boxes(text: str) -> str:
    """Markdown whose collapsible boxes are raw HTML, as a reader of the rendered page sees it: the box tags are no
    text, and a ``<summary>`` is the box's title, a paragraph of its own (not a heading: markdown could not say
    where the box ends, and the text after it belongs to the heading above)."""
    if "<details" not in text and "<aside" not in text:
        return text
    out = []
    for line in text.split("\n"):
        if (m := _MD_SUMMARY.match(line)) and (title := m.group("t").strip()):
            out += ["", title, ""]
        elif _MD_BOX_TAG.match(line):
            out.append("")
        else:
            out.append(line)
    return "\n".join(out)


_GRID_RULE = re.compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")
_GRID_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")


def _grid_table(lines: list[str]) -> list[str]:
    """A pandoc grid table (``+---+---+`` rules around ``| a | b |`` lines, a cell over several lines) as a pipe
    table: one ``| a | b |`` line per row, each cell's lines joined."""
    rule = lines[0]
    cuts = [i for i, ch in enumerate(rule) if ch == "+"]
    out: list[str] = []
    row: list[list[str]] = []
    for line in lines[1:]:
        if _GRID_RULE.match(line):
            if row:
                out.append("| " + " | ".join(" ".join(w for w in col if w) for col in row) + " |")
                if "=" in line:  # the rule under the header row
                    out.append("|" + "---|" * len(row))
            row = []
            continue
        cells = [line[a + 1 : b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
        row = [col + [c] for col, c in zip(row, cells, strict=False)] if row else [[c] for c in cells]
    return out


def md_grid_tables(text: str) -> str:
    """Markdown with each pandoc grid table turned into a pipe table (see ``_grid_table``)."""
    if "+-" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        if _GRID_RULE.match(lines[i]):
            j = i + 1
            while j < len(lines) and (_GRID_ROW.match(lines[j]) or _GRID_RULE.match(lines[j])):
                j += 1
            while j > i + 1 and not _GRID_RULE.match(lines[j - 1]):
                j -= 1  # the table ends with its last rule
        if j > i + 2:
            out += _grid_table(lines[i:j])
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


_AUTO_ITEM = re.compile(r"^([ \t]*)#\.([ \t]+\S)")


def md_auto_numbers(text: str) -> str:
    """Pandoc's auto-numbered list items ("#. Repeal ...") numbered 1., 2., ... as a reader sees them."""
    if "#." not in text:
        return text
    lines = text.split("\n")
    count: dict[str, int] = {}
    for k, line in enumerate(lines):
        m = _AUTO_ITEM.match(line)
        if m:
            indent = m.group(1)
            count[indent] = count.get(indent, 0) + 1
            lines[k] = f"{indent}{count[indent]}.{line[m.end(1) + 2 :]}"
        elif line.strip() and not line[:1].isspace():
            count.clear()  # a paragraph at the margin ends the lists above it
    return "\n".join(lines)


# a footnote line at a page's foot in text laid out like its PDF ("pdftotext -layout"): "10 CCPR/C/LYV/CO/3, para. 34."
_PAGE_NOTE = re.compile(r"^[ \t]*(\d{1,3})[ \t]+(\S.*)$")
_COLUMN_GAP = re.compile(r"\S[ \t]{3,}\S")
_PAGE_NUMBER = re.compile(r"^[ \t]*(?:(?:page|стр\.?)[ \t]*)?[-–]?[ \t]*\d{1,4}(?:[ \t]*(?:/|of|из)[ \t]*\d{1,4})?"
                          r"[ \t]*[-–]?[ \t]*$", re.I)


def page_footnotes(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """Text whose pages are separated by form feeds (as ``pdftotext -layout`` writes a PDF): the pages' text
    without the footnotes at their feet, and those footnotes as (number, text). None when the text has no pages
    or no page ends with footnotes."""
    pages = text.split("\f")
    if len(pages) < 3:
        return None
    notes: list[tuple[str, str]] = []
    out: list[str] = []
    for page in pages:
        lines = page.split("\n")
        end = len(lines)
        while end and (not lines[end - 1].strip() or _PAGE_NUMBER.match(lines[end - 1])):
            end -= 1  # blank lines and the page number at the foot
        start = end
        while start and lines[start - 1].strip() and end - start < 15:
            start -= 1  # the block of lines above them, up to a blank line
        block = lines[start:end]
        first = _PAGE_NOTE.match(block[0]) if block else None
        # a footnote block: opens with a note number, stands apart from the body by a blank line, and each of its
        # lines is a note or the continuation of one
        # (not a table's row laid out in columns: "98 (h)   Regulate the use of ...   No information   A draft ...")
        if (first and start and not lines[start - 1].strip() and int(first.group(1)) > 0
                and not first.group(2).startswith("(")
                and not any(_COLUMN_GAP.search(ln.strip()) for ln in [first.group(2), *block[1:]])):
            page_notes: list[list[str]] = []
            for line in block:
                m = _PAGE_NOTE.match(line)
                if m and (not page_notes or int(m.group(1)) == int(page_notes[-1][0]) + 1):
                    page_notes.append([m.group(1), m.group(2).strip()])
                elif page_notes:
                    page_notes[-1][1] += " " + line.strip()
            notes += [(n, t) for n, t in page_notes]
            lines = lines[:start] + [""] * (end - start) + lines[end:]  # (the line count stays)
        out.append("\n".join(lines))
    if not notes:
        return None
    return "\n".join(out), notes


# a pictograph: flags, emoji, dingbats, geometric shapes ("🇳🇴", "📌", "▪")
PICTOGRAPH = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u25A0-\u25FF]"
# a message of a chat export: WhatsApp on iOS "[07/02/2025, 16:41:15] Name: ..." or on Android
# "07/02/2025, 16:41 - Name: ...", maybe after a left-to-right mark
_CHAT_TIME = r"\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[APap][Mm])?"
_CHAT_HEAD = re.compile(r"^\u200e?(?P<head>(?:\[" + _CHAT_TIME + r"\]|" + _CHAT_TIME + r"\s[-–])"
                        r"\s[^:\n]{1,60}?:)[ \t]?(?P<body>.*)$")


def chat_messages(text: str) -> str | None:
    """A chat export as its reader sees it: each message's sender line ("[07/02/2025, 16:41:15] Madina:") a line of
    its own and each line of a message a paragraph (a chat has no other paragraph break); None for other text."""
    lines = text.split("\n")
    heads = sum(1 for line in lines if _CHAT_HEAD.match(line))
    if heads < 5 or heads < 0.3 * sum(1 for line in lines if line.strip()):
        return None
    out: list[str] = []
    for line in lines:
        if m := _CHAT_HEAD.match(line):
            out += [m.group("head"), "", m.group("body"), ""]
        elif line.strip():
            out += [line, ""]
    return "\n".join(out)


# a subtitle file (WebVTT as Zoom and Teams save a recording's transcript, SubRip .srt): a cue's timing line
_CUE_TIME = re.compile(r"^(?:\d+:)?\d{1,2}:\d{2}[.,]\d{3}[ \t]+-->[ \t]+(?:\d+:)?\d{1,2}:\d{2}[.,]\d{3}\b")
_CUE_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>]+)>")
_CUE_TAG = re.compile(r"</?[a-z][^>]*>|<\d[\d:.]*>")
# Zoom's "Speaker Name: words" (a name of one to five words, no sentence inside it)
_CUE_SPEAKER = re.compile(r"^(?P<name>[^\W\d][\w.'’-]*(?:[ \t][\w.'’()-]+){0,4}):[ \t]+(?P<words>\S.*)$")


def subtitle_turns(text: str) -> str | None:
    """A WebVTT / SubRip transcript as its reader sees it: cue numbers, timings, styling tags and header blocks
    dropped, and the cues of one speaker's turn joined into one paragraph under a "[00:03:12] Name:" line (a
    turn's sentences run on across cues); None for other text."""
    lines = text.split("\n")
    cues = sum(1 for line in lines if _CUE_TIME.match(line))
    if cues < 3 or not (lines[0].startswith("WEBVTT") or cues >= 0.2 * sum(1 for line in lines if line.strip())):
        return None
    raw: list[tuple[str, list[str]]] = []  # (start time, text lines) per cue
    i = 0
    while i < len(lines):
        if not _CUE_TIME.match(lines[i]):
            i += 1  # the header, NOTE / STYLE / REGION blocks, cue identifiers
            continue
        start, body = lines[i].split()[0], []
        i += 1
        while i < len(lines) and lines[i].strip():
            body.append(lines[i].strip())
            i += 1
        raw.append((start, body))
    cue_speakers = [_CUE_SPEAKER.match(" ".join(body)) for _, body in raw]
    # a "Name:" prefix is a speaker's when names repeat (Zoom writes one on every cue), not a one-off "Note: ..."
    names = [m.group("name") for m in cue_speakers if m]
    prefixed = len(names) >= 0.5 * len(raw) and len(set(names)) < len(names)
    turns: list[tuple[str, str | None, list[str]]] = []
    for (start, body), m in zip(raw, cue_speakers, strict=True):
        line = " ".join(body)
        speaker = None
        if v := _CUE_VOICE.search(line):
            speaker = v.group(1).strip()
        elif prefixed and m:
            speaker, line = m.group("name"), m.group("words")
        words = html.unescape(_CUE_TAG.sub("", line)).replace("\u200e", "").strip()
        if not words:
            continue
        if turns and (speaker is None or speaker == turns[-1][1]):
            turns[-1][2].append(words)
        else:
            turns.append((start, speaker, [words]))
    out: list[str] = []
    for start, speaker, words in turns:
        stamp = start.replace(",", ".").split(".")[0]
        out += [f"[{stamp}] {speaker}:" if speaker else f"[{stamp}]", "", " ".join(words), ""]
    return "\n".join(out)


def read_text(data: bytes, name: str) -> Document:
    """Read a .txt / .md / .csv file (any common encoding, any line ends); a provenance header goes to meta, and
    text laid out in delimited columns is read as a table (``readers.delimited``)."""
    from .delimited import read_delimited, sniff_delimiter

    text = decode(data, name)
    if looks_binary(text):
        raise ReadError(name, "not a text file (binary content)")
    md = name.lower().endswith((".md", ".markdown"))
    paged = None if md else page_footnotes(text.replace("\r\n", "\n"))
    if paged is not None:
        text = paged[0]
    text = normalise(text)
    meta, text = split_header(text)
    delimiter = None if md else sniff_delimiter(text)
    if delimiter is not None:  # a spreadsheet saved as CSV / TSV / semicolon-separated text
        doc = read_delimited(text, name, delimiter)
        doc.meta = meta
        return doc
    if (turns := subtitle_turns(text)) is not None:
        text, meta["layout"] = turns, "transcript"
    elif (chat := chat_messages(text)) is not None:
        text, meta["layout"] = chat, "chat"  # its lines are paragraphs, finished or not (extract.ngo.segments)
    if md:
        text = md_html_boxes(md_notes_app(md_auto_numbers(md_grid_tables(md_unescape(text)))))
    blocks = paragraph_blocks(text, md)
    footnotes: dict[str, str] = {}
    if paged is not None:  # the pages' footnotes after the text, set apart as a PDF's are
        text = text.rstrip() + "\n\n"
        for number, note in paged[1]:
            line = normalise(f"{number} {note}")
            blocks.append(Block("footnote", len(text), len(text) + len(line), marker=number))
            footnotes.setdefault(number, line[len(number) + 1 :])
            text += line + "\n"
    return Document(
        name=name, text=text, blocks=blocks, format="md" if md else "txt", meta=meta, footnotes=footnotes
    )
