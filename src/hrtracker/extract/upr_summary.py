"""OHCHR UPR summaries → cited recommendations (rules: eval/GUIDELINES.md).

Two document kinds prepared for each State's review: the "Summary of stakeholders' submissions"
(A/HRC/WG.6/../3: NGOs, the national human rights institution, regional bodies) and the
"Compilation on <State>" of UN information (A/HRC/WG.6/../2: treaty bodies, special procedures,
UN agencies). OHCHR is the author and asks nothing itself: every request it reports is a
``cited_recommendation`` made by the body named as the sentence's subject.

Structure, not one document's wording:

* the numbered paragraphs in sequence, the headings between them (the unit's section);
* in each paragraph, one unit per reported request: a sentence "BODY [also] recommended that /
  urged X to / called on X to / called for / encouraged X to / invited X to / requested ..."
  (the unit's text is the reported clause), "It was recommended that ..." (the body is in the
  footnote), "BODY's recommendation (of 2019) to ... was not implemented", "BODY stated /
  considered that <the State> should ..." and "BODY highlighted the need to / for ...";
* page furniture (symbol, job number, page number), footnotes (at the page bottom or as end
  notes) and footnote reference numbers glued to the text are removed; the footnotes give the
  body of a passive sentence and a year when they state one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..importers.calendar import session_cycle
from ..models import Document, Extraction, Unit
from . import unmeta
from .articles import articles_for
from .mechanisms import is_status_report, mechanism_mentions, status_of
from .textutil import blank_spans, collapse, sentence_spans

# ---------------------------------------------------------------- document facts

_TITLE_STATE = re.compile(
    r"(?:submissions|information|Compilation(?:\s+of\s+(?:UN|United\s+Nations)\s+information)?)\s+on\s+"
    r"(?:the\s+)?([A-Z][^\n*(]{2,70}?)\s*(?:\*|\(|\n|$)")
_WG6_SYMBOL = re.compile(r"A/HRC/WG\.6/(\d{1,2})/[A-Z]{3}/([123])\b")


def summary_meta(doc: Document) -> dict:
    """Symbol, State, year, session, cycle and kind ("stakeholders" | "compilation") of a UPR summary."""
    title = doc.meta.get("title", "")
    head = title + "\n" + doc.text[:4000]
    symbol = unmeta.doc_symbol(doc)
    m_sym = _WG6_SYMBOL.search(symbol or "") or _WG6_SYMBOL.search(head)
    if m_sym and (not symbol or not _WG6_SYMBOL.search(symbol)):
        symbol = m_sym.group(0)
    country = doc.meta.get("state") or doc.meta.get("country")
    if not country:
        for m in _TITLE_STATE.finditer(head):
            if unmeta.is_state_name(m.group(1).strip()):
                country = m.group(1).strip()
                break
    if not country:
        country = unmeta.country_from_symbol(symbol) or unmeta.main_state(doc.text)
    session = int(m_sym.group(1)) if m_sym else None
    if re.search(r"\bCompilation\b", head[:3000]) or (m_sym and m_sym.group(2) == "2"):
        kind = "compilation"
    else:
        kind = "stakeholders"
    return {"symbol": symbol, "country": unmeta.country_name(country), "year": unmeta.doc_year(doc),
            "session": session, "cycle": session_cycle(session), "summary_kind": kind, "mechanism": None}


# ---------------------------------------------------------------- text preparation (offsets kept)

_NOTES_HEAD = re.compile(r"(?m)^[ \t]*(?:Notes|Endnotes)[ \t]*$")
_NOTE_START = re.compile(r"^[ \t]*(\d{1,3}|\*{1,3})(?:[ \t]+(\S.*))?[ \t]*$")
_SEPARATOR = re.compile(r"^[ \t]*[_\-–—]{5,}[ \t]*$")
_ABBR_BEFORE = re.compile(r"\b(?:paras?|pp?|nos?|arts?|vol|ch|sect?|fig|annex|op|cf|no)[.]$", re.I)
# footnote references: glued after punctuation ("crime.34 OSCE", "sector,95 CoE"), after a year ("2024.16"),
# glued to a word ("submissions2 for"), or spaced after a full stop at a line end / before the next sentence
_REF_GLUED = re.compile(r"(?<=[A-Za-z)\]”’\"%][.,;:])(\d{1,3})(?=[\s)]|$)|(?<=(?:19|20)\d\d[.,;])(\d{1,3})(?=\s|$)"
                        r"|(?<=[a-z]{3})(\d{1,3})(?=[\s.,;:]|$)")
_REF_SPACED = re.compile(r"(?<=[A-Za-z0-9)\]”’\"%][.;])[ \t]+(\d{1,3})(?=[ \t]*(?:\n|$))"
                         r"|(?:(?<=[A-Za-z)\]”’\"%][.;])|(?<=(?:19|20)\d\d[.;]))[ \t]+(\d{1,3})(?=[ \t]+[A-Z“\"‘(])")


def _parse_notes(lines: list[str]) -> dict[str, str]:
    """Footnotes from note lines: "24 JS2, para. 43." (numbers in sequence; other lines continue a note;
    a number alone out of sequence is a page number)."""
    notes: dict[str, str] = {}
    cur: str | None = None
    for line in lines:
        m = _NOTE_START.match(line)
        if m and m.group(1).isdigit():
            n = int(m.group(1))
            if cur is None or not cur.isdigit() or int(cur) < n <= int(cur) + 3:
                cur = m.group(1)
                notes[cur] = m.group(2) or ""
                continue
            if not m.group(2):
                continue
        elif m and cur is None:
            cur = m.group(1)
            notes[cur] = m.group(2) or ""
            continue
        if cur is not None and line.strip():
            notes[cur] = (notes[cur] + " " + line.strip()).strip()
    return notes


def _is_note_start(line: str) -> bool:
    """A footnote's first line ("12  CAT/C/...", "*  The present document ...") or a separator; not "12. Text"."""
    return bool((_NOTE_START.match(line) or _SEPARATOR.match(line)) and not re.match(r"^\s*\d{1,3}\.\s", line))


def _page_notes(lines: list[str], furniture: list[bool], end_line: int) -> tuple[set[int], dict[str, str]]:
    """Lines of the footnote areas at page bottoms (just above a running footer) and their notes.

    From each footer, walk up over blank lines to blocks of lines that each begin with a note marker;
    the area is kept only when its note numbers run in sequence.
    """
    drop: set[int] = set()
    notes: dict[str, str] = {}
    for i in range(end_line):
        if not furniture[i] or (i > 0 and furniture[i - 1]):
            continue
        j = i - 1
        while j >= 0 and (not lines[j].strip() or furniture[j]):
            j -= 1
        zone: list[int] = []
        while j >= 0 and lines[j].strip():
            block: list[int] = []
            while j >= 0 and lines[j].strip() and not furniture[j]:
                block.insert(0, j)
                j -= 1
            if not block or len(block) > 60 or not _is_note_start(lines[block[0]]):
                break
            zone = block + zone
            while j >= 0 and not lines[j].strip():  # a blank line may separate note blocks
                j -= 1
            if j < 0 or not _is_note_start(lines[j]):
                break
        marks = [m.group(1) for k in zone if not _SEPARATOR.match(lines[k]) and (m := _NOTE_START.match(lines[k]))]
        digits = [int(n) for n in marks if n.isdigit()]
        if marks and (not digits or digits == list(range(digits[0], digits[0] + len(digits)))):
            drop.update(zone)
            notes.update(_parse_notes([lines[k] for k in zone if not _SEPARATOR.match(lines[k])]))
    return drop, notes


@dataclass
class _Prepared:
    text: str  # doc.text with furniture, footnotes and reference numbers blanked (same length)
    body_end: int  # where the end notes begin (or the end of the text)
    notes: dict[str, str]  # footnote number -> text
    refs: list[tuple[int, str]]  # (offset, number) of each footnote reference removed


def _prepare(doc: Document, symbols: list[str]) -> _Prepared:
    text = blank_spans(doc.text, [(b.start, b.end) for b in doc.blocks if b.kind == "footnote"])
    notes: dict[str, str] = dict(doc.footnotes)
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    furniture = [unmeta.furniture_line(line, symbols) for line in lines]
    first_para = re.search(r"(?m)^[ \t]*1\.\s+[A-Z]", text)
    head = _NOTES_HEAD.search(text, first_para.end() if first_para else 0)
    body_end = head.start() if head else len(text)
    end_line = next((k for k, s in enumerate(starts) if s >= body_end), len(lines))
    if head:
        notes.update(_parse_notes([ln for k, ln in enumerate(lines) if k > end_line and (
            not furniture[k] or re.fullmatch(r"\s*\d{1,3}\s*", ln))]))
    drop, page_notes = _page_notes(lines, furniture, end_line)
    for k, v in page_notes.items():
        notes.setdefault(k, v)
    for k in sorted((k for k in notes if k.isdigit()), key=int):  # "Ibid., para. 55.": the note before's source
        prev = notes.get(str(int(k) - 1), "")
        if re.match(r"\s*Ibid\b", notes[k], re.I) and prev:
            notes[k] = re.sub(r"^\s*Ibid\.?", prev.split(",")[0].strip(), notes[k], flags=re.I)
    spans = [(starts[k], starts[k] + len(lines[k])) for k in range(len(lines))
             if k in drop or furniture[k] or re.fullmatch(r"[ \t]*\*+[ \t]*", lines[k])]
    spans.append((body_end, len(text)))
    text = blank_spans(text, spans)
    refs: list[tuple[int, str]] = []
    ref_spans: list[tuple[int, int]] = []
    for rx in (_REF_GLUED, _REF_SPACED):
        for m in rx.finditer(text, 0, body_end):
            g = next(k for k in range(1, (m.lastindex or 0) + 1) if m.group(k))
            a = m.start(g)
            if _ABBR_BEFORE.search(text[max(0, a - 8):a].rstrip().rstrip(",;:")):
                continue
            refs.append((a, m.group(g)))
            ref_spans.append((a, m.end(g)))
    return _Prepared(_join_wraps(blank_spans(text, ref_spans), body_end), body_end, notes, sorted(refs))


_WRAP = re.compile(r"([A-Za-z]+)-[ \t]*\n\s*([a-z]+|[A-Z][A-Za-z]*)")


def _join_wraps(text: str, end: int) -> str:
    """Words broken across a line (or a blanked page break) joined, the line break moved before them.

    "co-\\noperation" stays hyphenated, "Gov-\\nernment" becomes "Government": the hyphen is dropped when
    the document writes the joined word elsewhere and never the hyphenated one (offsets kept).
    """
    vocab = {w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", text)}

    def fix(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        joined = a + b if (a + b).lower() in vocab and f"{a}-{b}".lower() not in vocab and b.islower() else f"{a}-{b}"
        return " " * (len(m.group(0)) - len(joined)) + joined

    return _WRAP.sub(fix, text[:end]) + text[end:]


def _clean(s: str) -> str:
    """Unit text: whitespace collapsed, edge punctuation trimmed."""
    return unmeta.clean_ws(s).strip(" ,;:")


# ---------------------------------------------------------------- paragraphs and headings

_PARA_LINE = re.compile(r"(?m)^[ \t]*(\d{1,3})\.[ \t]+(?=[A-Z“\"‘'(])")
_PARA_INLINE = re.compile(r"(?<=[.;:][ \t])[ \t]*(\d{1,3})\.[ \t]+(?=[A-Z“\"‘'(])")


def _paragraphs(text: str) -> list[tuple[int, int, int]]:
    """Numbered paragraphs in sequence: (number, marker start, body start).

    A number at a line start continues the sequence when it is at most three ahead (numbered
    sub-headings "1. Implementation of ..." do not); one run into the text only when it is the next.
    """
    cands = sorted([(m.start(1), int(m.group(1)), m.end(), True) for m in _PARA_LINE.finditer(text)]
                   + [(m.start(1), int(m.group(1)), m.end(), False) for m in _PARA_INLINE.finditer(text)])
    nums = {n for _, n, _, line in cands if line}
    out: list[tuple[int, int, int]] = []
    expect: int | None = None
    for pos, n, body, line in cands:
        if expect is None:
            ok = line and n + 1 in nums
        else:
            ok = (expect <= n <= expect + 3) if line else n == expect
        if ok:
            out.append((n, pos, body))
            expect = n + 1
    return out


_TERMINAL = re.compile(r"[.;:!?][\"”’)]*\s*$")
_HEAD_MARKER = re.compile(r"^\s*(?:[IVX]{1,5}|[A-H]|\d{1,2})\.\s+")


def _split_heading(seg: str) -> tuple[int, str]:
    """(length of the paragraph body, the heading after it) for the text up to the next paragraph."""
    lines = seg.split("\n")
    k = len(lines)
    while k > 0:
        ln = lines[k - 1].strip()
        if ln and (_TERMINAL.search(ln) or len(ln.split()) > 20):
            break
        k -= 1
    if k == 0:
        return len(seg), ""
    body_len = sum(len(x) + 1 for x in lines[:k]) - 1
    # the heading: the last block of lines (a blank line, a "B." / "2." marker or a capitalised line under a
    # short one starts a new block; a heading wrapped over lines is one)
    block: list[str] = []
    for ln in lines[k:]:
        if not ln.strip():
            if block and block[-1] != "":
                block.append("")
            continue
        cont = block and block[-1] and (ln.strip()[:1].islower() or len(block[-1]) >= 45 or re.search(
            r"(?:\b(?:of|and|for|the|to|in|on|with|by|including)|[,–-])$", block[-1]))
        if _HEAD_MARKER.match(ln) or (block and not cont):  # a new heading, not a wrapped line of this one
            block = []
        block.append(ln.strip())
    heading = " ".join(x for x in block if x)
    return body_len, _clean(_HEAD_MARKER.sub("", heading))


# ---------------------------------------------------------------- who asks

_LEAD_WORD = re.compile(
    r"^(?:[A-Z][a-z]+ing|In|At|During|Following|After|While|Whilst|Although|Though|Given|Since|As|Despite|Regarding|"
    r"With|On|For|To|Against|Among|Under|Besides|Moreover|Furthermore|However|Further|Additionally|Similarly|"
    r"Likewise|Lastly|Finally|Also|Consequently|Therefore|Thus|Accordingly|Concerned|Deeply|Meanwhile|Nevertheless|"
    r"Nonetheless|Notably|Overall|Specifically|Again|Earlier|Previously|Unfortunately|Recently|Then)\b")
_NOT_NAME = re.compile(
    r"\b(?:that|which|who|whom|whose|is|are|was|were|be|been|being|has|have|had|did|does|do|not|should|would|"
    r"could|must|will|can|may|might|if|because|when|where|there|we|our|I|[a-z]+ed)\b|[;:\"“”]")
_PRONOUN = re.compile(
    r"^(?:it|they|she|he|(?:the\s+)?(?:same|latter|former|above)(?:\s+\w+){0,3}|(?:(?:the|both|these)\s+)?(?:two\s+)?"
    r"(?:committees?|bodies|body|mechanisms?|rapporteurs?|special\s+rapporteurs?|independent\s+experts?|expert|"
    r"working\s+group|mandate\s+holders?|mission))$", re.I)
_GOVERNMENT = re.compile(r"^(?:the\s+)?(?:Government|authorities|State(?:\s+party)?|country|delegation)\b", re.I)
_TRAIL_ADV = re.compile(r"(?:[\s,]+(?:also|further|furthermore|again|therefore|strongly|moreover|additionally|"
                        r"previously|repeatedly|consistently|explicitly|once\s+again|in\s+addition|had|has|have|and))+"
                        r"[\s,]*$", re.I)
_MID_CLAUSE = re.compile(r"^(?P<s>.+?),\s*(?P<mid>(?:in|at|during|following|after|through|by|on)\s+[^,]{1,80}),?\s*$")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


@dataclass
class _Who:
    detail: str  # the body as written ("JS2", "Committee against Torture"); "" when unknown
    pronoun: bool = False
    lead: str = ""  # a leading clause ("In 2020,", "Noting the lack of ...,")


def _top_commas(s: str) -> list[int]:
    """Offsets just after each comma outside parentheses."""
    out, depth = [], 0
    for i, ch in enumerate(s):
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if ch == "," and depth == 0:
            out.append(i + 1)
    return out


def _valid_name(cand: str) -> bool:
    """A capitalised name of a body: a few words, no verb, not the State or its Government."""
    words = cand.split()
    if not words or len(words) > 25 or not cand[:1].isupper() or _LEAD_WORD.match(cand):
        return False
    if _NOT_NAME.search(re.sub(r"\([^()]*\)", " ", cand)) or cand.count("(") != cand.count(")"):
        return False
    if _GOVERNMENT.match(cand) or unmeta.is_state_name(cand):
        return False
    return not re.search(r"\b(?:of|on|the|and|for|to|in|with)$", cand)


def _subject(pre: str) -> _Who | None:
    """The body named before a reporting verb ("In 2020, the Ombudsman had" → Ombudsman), or None."""
    pre = _TRAIL_ADV.sub("", re.sub(r"^\d{1,3}\.\s+", "", collapse(pre))).strip(" ,")
    if not pre:
        return None
    mid = ""
    m = _MID_CLAUSE.match(pre)
    tries = [pre] + ([m.group("s")] if m else [])
    for k, s in enumerate(tries):
        if k == 1:
            mid = m.group("mid") if m else ""
        for p in [0, *_top_commas(s)]:
            lead, cand = s[:p].strip(), s[p:].strip()
            if lead and not _LEAD_WORD.match(lead):
                continue
            cand = re.sub(r"^(?:the|The)\s+", "", cand)
            if _PRONOUN.match(cand):
                return _Who(cand, pronoun=True, lead=(lead + " " + mid).strip())
            if _valid_name(cand):
                return _Who(cand, lead=(lead + " " + mid).strip())
    return None


# mechanism names the NGO rules do not know: older codes and the bodies outside the Unit vocabulary
_MORE_MECHS: list[tuple[str, re.Pattern[str]]] = [
    ("other", re.compile(r"Council of Europe|\bCoE\b|\bCRPD\b|\bCMW\b|\bCED\b|\bSPT\b|Subcommittee|"
                         r"Committee on (?:the )?(?:Rights of Persons with Disabilities|Migrant Workers|"
                         r"Protection of the Rights of All Migrant|Enforced Disappearances)", re.I)),
    ("HRC", re.compile(r"\bHR\s*Committee\b")),
    ("SR", re.compile(r"\bSRs?\b|\bIE\b|\bWGAD\b|\bWGEID\b|\bspecial\s+procedures?\b|mandate[- ]holders?", re.I)),
]


def mechanism_of(name: str) -> str:
    """Mechanism of a body's name: one treaty body / special procedure / OSCE / ILO, else ``other``."""
    found: set[str] = set()
    rest = name
    for mech, rx in _MORE_MECHS:
        if rx.search(rest):
            found.add(mech)
            rest = rx.sub(" ", rest)
    found |= {m for _, m, _t in mechanism_mentions(rest, None)}
    if len(found) == 1:
        return found.pop()
    return "other"


def _from_note(note: str) -> tuple[str | None, str]:
    """(body, mechanism) a footnote names first: a stakeholder code ("APE, para. 8.") or a UN symbol."""
    syms = unmeta.find_symbols(note)
    if syms:
        mech = unmeta.mechanism_for_symbol(syms[0])
        return syms[0], (mech if mech and mech != "UPR" else "other")
    m = re.match(r"\s*([^,;]+?)(?:,|\s+(?:paras?\.|pp?\.)|\s*\.?\s*$)", note)
    if not m or len(m.group(1).split()) > 8 or m.group(1).lower().startswith("see"):
        return None, "other"
    return m.group(1).strip(), mechanism_of(m.group(1))


# ---------------------------------------------------------------- reported requests in a sentence

_CUE = re.compile(
    r"\b(?P<verb>recommend(?:ed|s)|urge[sd]|call(?:ed|s)\s+(?:up)?on|call(?:ed|s)\s+for|encourage[sd]|invite[sd]|"
    r"request(?:ed|s)|ask(?:ed|s)|appeal(?:ed|s)\s+to|reiterated\s+(?:its|their|the|his|her)\s+(?:previous\s+|"
    r"earlier\s+)?(?:recommendations?|calls?|requests?))\b")
_AFTER_ADV = re.compile(r"(?:\s*,?\s*(?:also|further|inter\s+alia|in\s+particular|again|strongly|once\s+again)\b"
                        r"\s*,?)*")
_OBJ = r"(?P<obj>[^.;:]{1,120}?)"
_PASSIVE = re.compile(r"(?:^|\s)(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s*$")
_NOUN_FORM = re.compile(
    r"(?P<owner>\b(?:its|their|his|her)\b|(?:\b[Tt]he\s+)?[A-Z][\w\-/]*(?:\s+[A-Z][\w\-/]*){0,4}[’']s)\s+"
    r"(?:(?:previous|earlier|prior|former)\s+)?recommendations?\s+(?:(?:of|from|in|made\s+in)\s+"
    r"(?P<year>(?:19|20)\d\d)\s+)?(?P<conn>to|that)\s+(?=\w)")
_STATUS_TAIL = re.compile(
    r",?\s+(?:had|has|have|was|were|is|are|remained|remains)\s+(?:\w+\s+){0,2}?(?:(?:not|never)\s+(?:\w+\s+){0,2}?)?"
    r"(?:been\s+)?(?:implemented|fulfilled|followed|heeded|addressed|acted\s+(?:up)?on|unimplemented|unaddressed)\b")
_SAID = (r"\b(?:considered|stated|emphasi[sz]ed|stressed|underlined|highlighted|noted|indicated|believed|found|"
         r"concluded|said|argued|maintained|asserted|added|pointed\s+out|reiterated)\s+that\b\s*(?:,[^;]{1,400}?,\s*)?")
_NEED = re.compile(r"\b(?:highlighted|stressed|emphasi[sz]ed|underlined|underscored|pointed\s+out|mentioned|noted|"
                   r"reiterated|recalled|raised|identified)\s+(?P<need>(?:a|the)\s+(?:\w+\s+)?need\s+(?:to|for|of)\b)")
_OPENING_VERB = re.compile(
    r"\s(?:also\s+|further\s+)?(?:noted|stated|reported|observed|expressed|highlighted|considered|concluded|welcomed|"
    r"regretted|acknowledged|emphasi[sz]ed|underlined|stressed|pointed|indicated|referred|explained|mentioned|recalled|"
    r"commended|found|said|argued|added|was|were|remained|urged|recommended|called|encouraged|invited|requested)\b")


@dataclass
class _Found:
    start: int  # the reported clause in the sentence
    end: int
    who: _Who | None  # None: a passive sentence, the body is in the footnote
    status: str = "unknown"
    year: int | None = None


def _clause_start(sent: str, m: re.Match[str]) -> int | None:
    """Where the reported clause after a reporting verb begins (None: no request follows)."""
    verb = m.group("verb").lower()
    e = m.end() + _AFTER_ADV.match(sent, m.end()).end() - m.end()  # type: ignore[union-attr]
    rest = sent[e:]
    if re.match(r"\s+to\s+(?=[a-z])", rest) and not verb.startswith(("call", "appeal")):  # passive "was urged to"
        return e + re.match(r"\s+to\s+", rest).end()  # type: ignore[union-attr]
    that = re.match(r"\s*(?:,\s*)?(?:to\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,3}\s+)?that\s+(?=\w)", rest)
    if that:
        return e + that.end()
    if verb.startswith(("recommend", "reiterat")) or verb in ("requested", "requests"):
        colon = re.match(r"\s*:\s*", rest)
        if colon:
            return e + colon.end()
        obj = re.match(r"\s+(?P<obj>(?:the\s+)?(?:Government|authorities|State(?:\s+party)?|[A-Z][\w’'\-]*"
                       r"(?:\s+(?:and|of|the|[A-Z][\w’'\-]*)){0,5}))\s+to\s+(?=[a-z])", rest)
        if obj:
            return e + obj.end()
        if rest.lstrip().startswith(","):  # "recommended, as a matter of priority, the adoption of ..."
            c = rest.find(",", rest.find(",") + 1)
            if 0 < c < 80:
                return e + c + 1
        ws = re.match(r"\s+(?=[a-z“\"])", rest)
        return e + ws.end() if ws else None
    if verb.startswith("call") and verb.endswith("for"):
        return e + len(rest) - len(rest.lstrip())
    obj = re.match(r"\s+" + _OBJ + r"\s+to\s+(?=[a-z])", rest)
    if obj and len(obj.group("obj").split()) <= 15 and not re.search(r"\bthat\b", obj.group("obj")):
        return e + obj.end()
    if verb.startswith(("urge", "encourage")) and re.match(r"\s+(?:the|a|an)\s+\w+", rest):
        return e + len(rest) - len(rest.lstrip())  # "urged the adoption of ..."
    return None


def _opening_subject(sent: str) -> _Who | None:
    """The body the sentence opens with ("CoE-ECRI concluded that ..." → CoE-ECRI)."""
    for m in _OPENING_VERB.finditer(sent):
        who = _subject(sent[: m.start()])
        if who:
            return who
    return None


def _requests(sent: str, state: str | None) -> list[_Found]:
    """The reported requests of one sentence (offsets into ``sent``)."""
    found: list[_Found] = []
    cues = list(_CUE.finditer(sent))
    for m in cues:
        a = _clause_start(sent, m)
        if a is None:
            continue
        if not found:
            pre = sent[: m.start()]
            bare = _TRAIL_ADV.sub("", pre)
            if _PASSIVE.search(bare):  # "It was (also) recommended that ...", "Slovenia was urged to ..."
                subj_pre = _PASSIVE.sub("", bare).strip()
                if re.fullmatch(r"(?:[^,]{0,80},\s*)?(?:It|it|(?:the\s+|The\s+)?(?:Government|authorities|State(?:\s+"
                                r"party)?)|" + (re.escape(state) if state else "(?!x)x") + r")", subj_pre):
                    lead = subj_pre.rsplit(",", 1)[0] if "," in subj_pre else ""
                    found.append(_Found(a, len(sent), None, year=_year_in(lead)))
                continue
            who = _subject(pre)
            if who is None and re.search(r"\band\s*$", collapse(pre)):
                who = _opening_subject(sent)  # "X noted ... and recommended that ..."
            if who is None:
                continue
            found.append(_Found(a, len(sent), who, status=_lead_status(who.lead), year=_year_in(who.lead)))
            continue
        # a second request in the sentence needs its own subject after a connector: "...; and CAT urged ..."
        span = sent[found[-1].start : m.start()]
        for c in reversed(list(re.finditer(r"(?:,\s*and|;\s*and|;|,\s*while|,\s*whereas|\s+and)\s+", span))):
            who = _subject(span[c.end():])
            if who and not who.pronoun:
                found[-1].end = found[-1].start + c.start()
                found.append(_Found(a, len(sent), who, year=_year_in(who.lead)))
                break
    if found:
        return found
    nf = _NOUN_FORM.search(sent)
    if nf:
        tail = _STATUS_TAIL.search(sent, nf.end())
        if tail:
            owner = nf.group("owner")
            if owner.lower() in ("its", "their", "his", "her"):
                who = _opening_subject(sent)
            else:
                who = _Who(re.sub(r"^(?:the|The)\s+|[’']s$", "", owner))
            if who:
                year = int(nf.group("year")) if nf.group("year") else _year_in(sent[: nf.start()])
                return [_Found(nf.end(), tail.start(), who, status=status_of(sent[tail.start():]) or "unknown",
                               year=year)]
    if state:
        # "X stated that [, in particular,] Slovenia should ..." / "... that Slovenia was encouraged to ..."
        said = re.search(_SAID + r"(?P<who>(?:the\s+)?(?:Government|authorities|State(?:\s+party)?)|"
                         + re.escape(state) + r")\s+(?:(?P<modal>should|must|ought\s+to)\b|(?:was|were|is|are)\s+"
                         r"(?:also\s+)?(?:encouraged|urged|requested|invited|called\s+upon|recommended)\s+to\s+)", sent)
        if said:
            pre = sent[: said.start()]
            who = _subject(pre)
            if who is None and re.search(r"\band\s*$", collapse(pre)):
                who = _opening_subject(sent)  # "X welcomed ... and stated that Slovenia should ..."
            if who:
                a = said.start("who") if said.group("modal") else said.end()
                return [_Found(a, len(sent), who, year=_year_in(who.lead))]
    need = _NEED.search(sent)  # "AI highlighted the need for continued education ..."
    if need:
        pre = sent[: need.start()]
        who = _subject(pre)
        if who is None and re.search(r"\band\s*$", collapse(pre)):
            who = _opening_subject(sent)
        if who:
            return [_Found(need.start("need"), len(sent), who, year=_year_in(who.lead))]
    return []


def _year_in(lead: str) -> int | None:
    """The year a lead clause dates the request by ("In 2020, ...", ", in its 2019 report,"), else None."""
    m = re.search(r"(?:^|[,;])\s*(?:In|in|On|on|During|during|At|at)\b[^,]{0,40}?\b(19[5-9]\d|20[0-4]\d)\b", lead)
    return int(m.group(1)) if m else None


def _lead_status(lead: str) -> str:
    """What a lead clause says about an earlier recommendation's implementation ("unknown" if nothing)."""
    if re.search(r"recommend", lead, re.I):
        return status_of(lead) or "unknown"
    return "unknown"


# ---------------------------------------------------------------- the extractor


def extract_upr_summary(doc: Document) -> Extraction:
    """Cited recommendations of an OHCHR stakeholder summary or UN compilation (see module doc)."""
    meta = summary_meta(doc)
    state = meta["country"]
    symbols = [s for s in unmeta.find_symbols(doc.text[:3000]) + [meta["symbol"] or ""] if s]
    prep = _prepare(doc, symbols)
    text = prep.text
    paras = _paragraphs(text[: prep.body_end])
    units: list[Unit] = []
    _, section = _split_heading(text[: paras[0][1]]) if paras else (0, "")
    last: _Who | None = None  # the body last named (for "It recommended", "The Committee also urged")
    for idx, (num, _ms, bstart) in enumerate(paras):
        seg_end = paras[idx + 1][1] if idx + 1 < len(paras) else prep.body_end
        body_len, heading = _split_heading(text[bstart:seg_end])
        body = text[bstart : bstart + body_len]
        para_units: list[Unit] = []
        prev_units: list[Unit] = []
        for sa, sb in sentence_spans(body):
            sent = body[sa:sb]
            found = _requests(sent, state)
            if not found and prev_units and is_status_report(collapse(sent)):
                # "Unfortunately, the recommendation was not implemented.": of the requests just reported
                st = status_of(sent)
                for u in prev_units:
                    if u.status_claim == "unknown" and st:
                        u.status_claim = st
                prev_units = []
                continue
            sent_units: list[Unit] = []
            for f in found:
                unit = _unit(prep, meta, f, last, bstart + sa, sent, section, num)
                if unit is not None:
                    sent_units.append(unit)
                if f.who and not f.who.pronoun:
                    last = f.who
            if not sent_units:
                opener = _opening_subject(sent)
                if opener and not opener.pronoun and _body_like(opener.detail):
                    last = opener
            else:
                prev_units = sent_units
            para_units.extend(sent_units)
        units.extend(para_units)
        if heading:
            section = heading
    return Extraction(doc_type="upr_summary", units=units, meta=meta)


_GENERIC_SUBJECT = re.compile(r"(?:several|some|many|most|various|other|a\s+number\s+of|two|three|four|five|six|"
                              r"a\s+few|numerous)?\s*(?:stakeholders|submissions|organi[sz]ations|NGOs|contributors|"
                              r"sources|joint\s+submissions)$", re.I)


def _body_like(name: str) -> bool:
    """A name that is surely a body (to resolve a later "It" / "The Committee"): an acronym or an institution word."""
    return bool(re.search(r"\b[A-Z][A-Za-z]*[A-Z0-9]\b|\b(?:Committee|Rapporteur|Expert|Working Group|Ombuds\w*|"
                          r"Commissioner|Commission|Council|Office|Mission|Team|Agency|Programme|Fund|Organi[sz]ation|"
                          r"Institution|Advocate|Defender|Amnesty|Watch)\b", name))


def _unit(prep: _Prepared, meta: dict, f: _Found, last: _Who | None, base: int, sent: str, section: str,
          num: int) -> Unit | None:
    """The Unit of one reported request (None when its text is too short to be one)."""
    text = _clean(sent[f.start : f.end])
    if len(text.split()) < 3:
        return None
    a, b = base + f.start, base + f.start + len(sent[f.start : f.end].rstrip())
    sent_end = base + len(sent)
    refs = [n for pos, n in prep.refs if base <= pos <= sent_end + 6]
    notes = [prep.notes[n] for n in refs if n in prep.notes]
    year = f.year
    if year is None:
        year = next((int(y.group(1)) for y in (_YEAR.search(n) for n in notes) if y), None)
    if f.who is None:  # passive: the body is in the footnote
        detail, mech = _from_note(notes[0]) if notes else (None, "other")
    elif f.who.pronoun:
        generic = f.who.detail
        if last and (not re.search(r"rapporteur|expert|working group|mandate", generic, re.I)
                     or mechanism_of(last.detail) == "SR"):
            detail, mech = last.detail, mechanism_of(last.detail)
        elif notes and _from_note(notes[0])[0]:
            detail, mech = _from_note(notes[0])
        else:  # "It recommended ..." with no body named before: only a "Special Rapporteur" says who
            detail = None if re.fullmatch(r"it|they|she|he", generic, re.I) else generic
            mech = mechanism_of(generic)
    elif _GENERIC_SUBJECT.match(f.who.detail) and notes:  # "Several stakeholders recommended ...": the footnote
        codes = [c for c in (_from_note(x)[0] for x in re.split(r";", notes[0])) if c]
        detail, mech = ", ".join(dict.fromkeys(codes)) or f.who.detail, "other"
    else:
        detail, mech = f.who.detail, mechanism_of(f.who.detail)
    return Unit(kind="cited_recommendation", text=text, start=a, end=b, section=section,
                articles=articles_for(text, section), mechanism=mech, source_detail=detail or None, year=year,
                status_claim=f.status or "unknown", country=meta["country"],
                fields={"symbol": meta["symbol"], "paragraph": str(num), "reported_in": meta["summary_kind"]})


__all__ = ["extract_upr_summary", "mechanism_of", "summary_meta"]
