"""Small text helpers shared by the extractors: whitespace, list markers, emphasis, sentences."""

from __future__ import annotations

import re
from collections import Counter

from ..readers.text import PICTOGRAPH

_WS = re.compile(r"\s+")
# list markers as written at the start of an item: bullets, 1) 1. (1) a) a. (a) i), **14.**, - 17., 3.2
# (arrows and check marks as a list's bullets in campaign and youth documents: "➡️ Change the law ...")
BULLET_CHARS = ("-*•·\u2022\u25aa\u25e6\u25cf\u2013\u2014\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u27a2\u25ba"
                "\u27a1\u2192\u25b6\u2705\u274c\u2714\u2713\u2717\u2718\u2753")
# pictographs that decorate the start of a line in a social network's post ("🇳🇴 Норвегия рекомендовала ...",
# "📌 ...")
LEADING_PICTOGRAPHS = re.compile(r"\s*(?:" + PICTOGRAPH + r"[\ufe0f\u200d]*)+\s+")
MARKER = re.compile(
    r"^\s*(?:"
    r"[" + re.escape(BULLET_CHARS) + r"]\ufe0f?(?=\s)"
    r"|\d\ufe0f?\u20e3(?=\s)"  # a keycap digit: "1️⃣ изменить порядок ..."
    r"|\*\*\(?\d{1,3}[.)]?\*\*"
    r"|\(?\d{1,3}(?:\.\d{1,2})*[.)](?!\d)"
    r"|\[\d{1,3}\](?=\s)"  # a numbered paragraph in the Commonwealth style: "[20] Recommendation 1: That ..."
    r"|\d{1,2}(?:\.\d{1,2})+(?=\s+[\"“«(]?[A-ZА-ЯЁ])"  # section-numbered paragraph "3.2 The ..."
    # "R1.", "Rec. 2 –", "R1 Extend", "Q3."
    r"|(?-i:R|Q|Rec\.?\s?)\d{1,3}(?:[.):](?=\s)|\s*[–—-](?=\s)|(?=\s+(?-i:[A-ZА-ЯЁ])))"
    r"|(?-i:Q):(?=\s)"  # "Q: How many ...?"
    r"|>>(?=\s)"  # ">> Ratify ..."
    r"|(?-i:o)(?=\t)"  # "o<TAB>" a sub-item's bullet pasted from Word
    r"|(?-i:[ivx]{2,5})\.(?=\s)"  # roman "ii.", "iii." ("i." is read as a letter)
    r"|\(?[a-zа-яё][.)](?![a-zа-яё.])"
    r"|\((?:[ivx]{1,5}|[a-zа-яё]|\d{1,3})\)"
    r")\s*",
    re.I,
)
_EMPH = re.compile(
    r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?!\w)|(?<!\w)_(?!\s)([^_\n]+?)(?<!\s)_(?!\w)"
)
# (the next sentence may open in bold: "... assemblies. **Verdict: not implemented.**")
_SENT_END = re.compile(r"(?<=[.!?;])(?P<q>[\"”’»)]*)(?P<fn>\d{1,3}(?=\s)|\[\^?\w{1,12}\])?\s+"
                       r"(?=[\"“‘«(]?[A-ZА-ЯЁ0-9]|\*\*[A-ZА-ЯЁ])")
# abbreviations after which a period does not end a sentence
_ABBREV = re.compile(
    r"(?:\b(?:art|arts|para|paras|no|nos|nr|mr|mrs|ms|dr|prof|st|vol|p|pp|e\.g|i\.e|cf|etc|vs|ch|sec|op|"
    r"ст|п|пп|г|гг|т\.е|см)|\b[A-ZА-Я])\.$",
    re.I,
)


_VERDICT_WORD = re.compile(r"(?i)(?:met|unmet|implemented|done|achieved|ongoing|pending|unclear|unknown|"
                           r"выполнено|выполнена|выполнены)\.")


def collapse(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return _WS.sub(" ", text).strip()


def word_sets(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The document's words (three letters or more, lower case) and those of them it uses twice or more."""
    counts = Counter(w.lower() for w in re.findall(r"\w{3,}", text))
    return frozenset(counts), frozenset(w for w, n in counts.items() if n >= 2)


def hyphen_break(left: str, right: str, vocab: frozenset[str], common: frozenset[str] = frozenset()) -> bool:
    """Whether ``left`` ending in "-" at a line end and ``right`` on the next line are one word cut by
    hyphenation ("recommenda-" + "tions", "techno-" + "logies"), not a hyphenated compound ("follow-" + "up",
    "State-" + "owned"): the joined word is one of the document's words (``vocab``), or else neither part is a
    word the document uses again (``common``: a fragment occurs once, where it was cut)."""
    m_left = re.search(r"(\w+)-$", left)
    m_right = re.match(r"[a-zа-яё]+", right)
    if not m_left or not m_right:
        return False
    first, rest = m_left.group(1), m_right.group(0)
    if (first + rest).lower() in vocab:
        return True
    return len(rest) >= 3 and len(first) >= 3 and rest not in common and first.lower() not in common


def strip_marker(text: str) -> str:
    """Remove a leading list marker (``-``, ``1)``, ``a)``, ``**14.**``, ``- 17.``), repeatedly."""
    prev = None
    while prev != text:
        prev = text
        text = MARKER.sub("", text, count=1)
    return text


def strip_emphasis(text: str) -> str:
    """Remove markdown emphasis (``**bold**``, ``*it*``, ``__b__``), heading hashes and backticks."""
    if "#" in text:
        text = re.sub(r"(?m)^\s{0,3}#{1,6}\s*", "", text)
    if "*" not in text and "_" not in text and "`" not in text:
        return text
    for _ in range(2):
        text = _EMPH.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", text)
    return text.replace("`", "").replace("**", "")


def clean(text: str) -> str:
    """Unit text: emphasis and list marker removed, whitespace collapsed."""
    return collapse(strip_marker(collapse(strip_emphasis(text))))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into sentences; returns (start, end) offsets. Quotations are not split."""
    quotes = _quote_ranges(text) + _paren_ranges(text)
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        cut = m.start() + len(m.group("q"))
        if (m.group("fn") and not m.group("q") and text[m.start() - 2 : m.start() - 1].isdigit()
                and text[m.end() : m.end() + 1] == "("):
            continue  # "recommendation 115.32 (Germany)": a paragraph number, not a footnote after a full stop
        if any(a < cut < b for a, b in quotes):
            continue
        head = text[start:cut].rstrip("\"”’»)")
        if _ABBREV.search(head[-8:]):
            continue
        if len(text[start:cut].split()) < 2 and not _VERDICT_WORD.fullmatch(head.strip()):
            continue  # "No. 5", "Fig. 3"; but a one-word verdict is a sentence: "Met. The ban was lifted ..."
        spans.append((start, cut))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip())) for a, b in spans]


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences (see :func:`sentence_spans`)."""
    return [text[a:b] for a, b in sentence_spans(text)]


_OPEN = "“«„\""
_ANYQ = "“”«»„\""


def _quote_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted passages: any quote mark up to the next one (curly quotes may be reversed)."""
    out: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in _ANYQ and (c in _OPEN or c == "”") and (i == 0 or not text[i - 1].isalnum()):
            j = i + 1
            if c == "«":  # guillemets nest: «пересмотреть Закон «О религии» с тем, чтобы ...»
                depth = 1
                while j < n and depth:
                    depth += text[j] == "«"
                    depth -= text[j] == "»"
                    j += 1
                if depth == 0:
                    out.append((i, j))
                    i = j
                    continue
                j = i + 1
            while j < n and text[j] not in _ANYQ:
                j += 1
            if j < n:
                out.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return out


def _paren_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of short parenthesised passages: "(CCPR/C/X/CO/2, para. 14; CCPR/C/X/CO/3, para. 17)"."""
    return [(m.start(), m.end()) for m in re.finditer(r"\([^()\n]{1,200}\)", text)]


def paren_ranges(text: str) -> list[tuple[int, int]]:
    """Short parenthesised passages of ``text`` as (start, end) including the brackets."""
    return _paren_ranges(text)


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """Quoted passages of ``text`` as (start, end) including the quote marks."""
    return _quote_ranges(text)


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each span replaced by spaces (line breaks kept): offsets stay valid."""
    if not spans:
        return text
    out, pos = [], 0
    for a, b in sorted(spans):
        a = max(a, pos)
        if a >= b:
            continue
        out.append(text[pos:a])
        out.append(re.sub(r"[^\n]", " ", text[a:b]))
        pos = b
    out.append(text[pos:])
    return "".join(out)
