"""UPR Working Group report: the recommendations of "Conclusions and/or recommendations".

Two layouts are handled by their numbering structure, not by any one report's wording:

* numbered: ``93.12. Text (State); (State)`` items under a paragraph 93 whose lead-in may state a
  position ("enjoy the support of", "will be examined", "did not enjoy the support");
* older: one paragraph per response block, each with unnumbered-by-paragraph items ``1.``, ``2.``.

An item can hold several recommendations, each closed by its own States parenthesis
("Improve X (Hungary, Poland); to establish Y (United Kingdom)"): each becomes a unit with the
item's number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..importers.calendar import session_cycle, session_year
from ..models import Document, Extraction, Unit
from . import unmeta

_HEADING = re.compile(r"(?im)^[ \t*]*(?:[IVX]+\.\s*)?conclusions\s+and\s*/\s*or\s+recommendations\b(?![ .]*\.{4})")
_CLOSING = re.compile(r"(?i)all\s+conclusions\s+and\s*/\s*or\s+recommendations\s+(?:contained|set\s+out|in)")
_ANNEX = re.compile(r"(?m)^\s*Annex(?:es)?\s*$")
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60}
_TENTHS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60}


def ordinal_number(word: str) -> int | None:
    """'eighth' → 8, 'forty-eighth' → 48, '48th' → 48."""
    w = word.lower().strip()
    m = re.match(r"(\d+)(?:st|nd|rd|th)$", w)
    if m:
        return int(m.group(1))
    if w in _ORDINALS:
        return _ORDINALS[w]
    if w in _TENTHS:
        return _TENTHS[w]
    parts = re.split(r"[-\s]+", w)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ORDINALS and _ORDINALS[parts[1]] < 10:
        return _TENS[parts[0]] + _ORDINALS[parts[1]]
    return None


def response_of(lead: str) -> str | None:
    """Position stated by a block's lead-in: accepted | noted | pending | None."""
    s = re.sub(r"\s+", " ", lead.lower())
    if re.search(r"did not (?:enjoy|receive|obtain|have)|not enjoy|(?:were|are|was) not (?:accepted|supported)"
                 r"|\breject|\bnoted\b|\btakes? note|cannot (?:accept|support)|not (?:be )?accepted", s):
        return "noted"
    if re.search(r"enjoys? (?:the |its )?support|\bsupports?\b|\bsupported\b|\baccept(?:s|ed)?\b|\bagrees? with", s):
        return "accepted"
    if re.search(r"examined?|consider|study|in due (?:time|course)|provide (?:its )?(?:responses?|answer)|respon", s):
        return "pending"
    return None


def wg_meta(doc: Document) -> dict:
    """Country, symbol, session, year and cycle of a WG report (metadata when given, else the text)."""
    text = doc.text
    head = text[:6000]
    symbol = unmeta.doc_symbol(doc)
    country = doc.meta.get("state") or doc.meta.get("country")
    if not country:
        m = re.search(r"\breview of ([A-Z][\w'’ \-()]{2,60}?) (?:was|took place|had)\b", text[:20000])
        if m and unmeta.is_state_name(m.group(1)):
            country = m.group(1).strip()
    if not country:
        m = re.search(r"Universal\s+Periodic\s+Review\s*\**\s*\n(?:\s*\*?\s*\n)*\s*([^\n*]{3,60}?)\s*\*?\s*\n", head)
        if m and unmeta.is_state_name(m.group(1)):
            country = m.group(1).strip()
    if not country:
        country = unmeta.country_from_symbol(symbol) or unmeta.find_state(re.sub(r"Human Rights Council", "", head))
    session = None
    m = re.search(r"Working\s+Group\s+on\s+the\s+Universal\s+Periodic\s+Review.{0,300}?held\s+its\s+"
                  r"([\w\-]+(?:[\s-][\w]+)?)\s+session", text[:20000], re.S | re.I)
    if m:
        session = ordinal_number(m.group(1)) or ordinal_number(m.group(1).split()[0])
    if session is None:
        m = re.search(r"A/HRC/WG\.6/(\d+)/", text[:20000])
        session = int(m.group(1)) if m else None
    year = session_year(session) if session else unmeta.doc_year(doc)
    return {"country": country, "symbol": symbol, "session": session, "year": year,
            "cycle": session_cycle(session), "mechanism": "UPR"}


# --- splitting an item into recommendations + States -----------------------------------------

def _groups(s: str) -> list[tuple[int, int]]:
    """Top-level balanced parenthesis groups of ``s`` as (start, end) with end after ')'."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(s):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out


_CONNECTOR = re.compile(r"^[\s;,.:]*(?:(?:and|to|also|as well as)\b[\s,]*)*", re.I)
_FOOTNOTE_GLUE = [
    re.compile(r"(?<=[a-z]{3})\d{1,2}(?=\s*\()"),  # "elections2 (Slovenia)"
    re.compile(r"(?<=\))\d{1,2}(?=[\s,.;]|$)"),  # "(Switzerland)3;"
    re.compile(r"(?<=[a-z]{3}[.;,])\d{1,2}(?=\s|$)"),  # "rights.4 Next"
]


def strip_footnote_marks(s: str) -> str:
    """Remove footnote reference digits glued to words (only where the pattern is reliable)."""
    for p in _FOOTNOTE_GLUE:
        s = p.sub(lambda m: " " * len(m.group(0)), s)
    return s


def tidy(s: str) -> str:
    """One-line text: hyphenated line breaks joined, whitespace collapsed, edge punctuation trimmed."""
    s = re.sub(r"(?<=[a-z])-\s*\n\s*(?=[a-z])", "-", s)
    s = unmeta.clean_ws(s)
    s = _CONNECTOR.sub("", s)
    s = s.strip().rstrip(";,").strip()
    if s[:1].islower():
        s = s[0].upper() + s[1:]
    return s


@dataclass
class Rec:
    text: str
    states: list[str]
    start: int  # offsets relative to the item string
    end: int


_NOUNISH = re.compile(r"(?:tion|sion|ment|ance|ence|al)$")


def _alternatives(item: str) -> list[Rec] | None:
    """"To ratify (Spain)/consider the possibility of ratifying (Argentina) the X (Spain, Argentina) and of accepting
    Y (Argentina)": one recommendation per State, each alternative verb with the common object; None when the item
    has no such alternatives."""
    groups = [g for g in _groups(item) if unmeta.looks_like_states(item[g[0] + 1: g[1] - 1], strict=False)]
    slashed = [k for k, (_a, b) in enumerate(groups) if re.match(r"\s*/", item[b:])]
    if not slashed or slashed[-1] + 1 >= len(groups):
        return None
    alts: list[tuple[str, list[str], int, int]] = []
    cur = 0
    for k in [*slashed, slashed[-1] + 1]:
        a, b = groups[k]
        alts.append((item[cur:a], unmeta.split_states(item[a + 1: b - 1]), cur, b))
        cur = b + (len(re.match(r"\s*/", item[b:]).group(0)) if k in slashed else 0)
    rest_groups = groups[slashed[-1] + 2:]
    obj_end = rest_groups[0][0] if rest_groups else len(item)
    obj = item[cur:obj_end]
    extra: list[tuple[str, list[str]]] = []
    if rest_groups:  # after the States of all alternatives: a further request of some of them ("and of accepting ...")
        tail_at = rest_groups[0][1]
        for a, b in rest_groups[1:]:
            piece = item[tail_at:a]
            if re.search(r"[A-Za-z]{3}", piece):
                extra.append((piece, unmeta.split_states(item[a + 1: b - 1])))
            tail_at = b
    recs = []
    for verb, states, a, b in alts:
        verb = re.sub(r"^\W*(?:and\s+|or\s+)?(?:to\s+)?", "", verb.strip())
        words = verb.split()
        o = obj.strip()
        if words and not _NOUNISH.search(words[-1].lower()):
            o = re.sub(r"^of\s+", "", o)
        text = verb + " " + o
        for piece, who in extra:
            if set(who) & set(states):
                text += " " + piece.strip()
        recs.append(Rec(tidy(text), states, a, b))
    return [r for r in recs if r.text]


def split_recommendations(item: str) -> list[Rec]:
    """Split an item into (text, recommending States) pairs; see module doc."""
    alternatives = _alternatives(item)
    if alternatives:
        return alternatives
    recs: list[Rec] = []
    groups = _groups(item)
    cur = 0
    for gi, (a, b) in enumerate(groups):
        content = item[a + 1 : b - 1]
        rest = item[b:]
        last = not any(ga >= b for ga, _ in groups[gi + 1 :]) and not re.search(r"[A-Za-z]{3}", rest)
        if not unmeta.looks_like_states(content, strict=not last):
            continue
        if re.match(r"\s*/", rest):  # "ratify (Spain)/consider ratifying (Chile) the X": alternatives, one text
            continue
        states = unmeta.split_states(content)
        piece = item[cur:a]
        if recs and re.match(r"[\s;,]*(?:and\s+)?(?:of|for|in|on|with|by|at|from|as|the|a|an|which|that)\b", piece):
            recs[-1].text = tidy(recs[-1].text + " " + piece)  # continuation of the previous text
            recs[-1].states.extend(s for s in states if s not in recs[-1].states)
            recs[-1].end = b
        elif not re.search(r"[A-Za-z]{2}", _CONNECTOR.sub("", piece)) and recs:
            recs[-1].states.extend(s for s in states if s not in recs[-1].states)
            recs[-1].end = b
        elif re.search(r"[A-Za-z]{2}", piece):
            recs.append(Rec(tidy(piece), states, cur, b))
        cur = b
    tail = item[cur:]
    if re.search(r"[A-Za-z]{3}", tail):
        if recs and len(re.findall(r"\w+", tail)) < 4:
            recs[-1].text = tidy(recs[-1].text + " " + tail)
        else:
            recs.append(Rec(tidy(tail), [], cur, len(item)))
    return [r for r in recs if r.text]


# --- section and block structure --------------------------------------------------------------

def find_section(text: str) -> tuple[int, int] | None:
    """(start, end) of the conclusions section: the last heading that is not a contents line."""
    heads = [m for m in _HEADING.finditer(text)
             if not re.search(r"\.{4,}|…{2,}|\s\d+\s*[–-]\s*\d+\s", text[m.end(): m.end() + 200].split("\n")[0])]
    if not heads:
        return None
    start = heads[-1].end()
    end = len(text)
    m = _CLOSING.search(text, start)
    if m:
        end = m.start()
    else:
        a = _ANNEX.search(text, start)
        if a:
            end = a.start()
    return start, end


def _marker(num: str, at_line_start_only: bool = False) -> re.Pattern[str]:
    n = re.escape(num)
    if at_line_start_only:
        return re.compile(rf"(?m)^[ \t]*{n}\.?(?=\s)")
    return re.compile(rf"(?m)(?:^[ \t]*|(?<=[;:.][ \t])[ \t]*){n}\.?(?=\s)")


def _blocks(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Top-level numbered paragraphs (number, start, end) of the section."""
    first = re.compile(r"(?m)^[ \t]*(\d{1,3})\.(?!\d)(?=\s)").search(text, start, end)
    if not first:
        return [("", start, end)]
    blocks = []
    num = int(first.group(1))
    pos = first.start()
    while True:
        nxt = re.compile(rf"(?m)^[ \t]*{num + 1}\.(?!\d)(?=\s)").search(text, pos + 1, end)
        bend = nxt.start() if nxt else end
        blocks.append((str(num), pos, bend))
        if not nxt:
            break
        num, pos = num + 1, nxt.start()
    return blocks


def _items(text: str, block_num: str, bstart: int, bend: int) -> tuple[str, list[tuple[str, int, int]]]:
    """(lead-in, items) of one block; items are (para_number, start, end) with start after the marker."""
    numbered = bool(block_num) and _marker(f"{block_num}.1").search(text, bstart, bend)
    items: list[tuple[str, int, int]] = []
    k = 1
    pos = bstart
    marks: list[tuple[str, int, int]] = []  # (number, marker start, text start)
    while True:
        pat = _marker(f"{block_num}.{k}" if numbered else str(k), at_line_start_only=not numbered)
        label = f"{block_num}.{k}" if block_num else str(k)
        m = pat.search(text, pos, bend)
        if not m:
            break
        marks.append((label, m.start(), m.end()))
        pos, k = m.end(), k + 1
    if not marks:
        return text[bstart:bend], []
    for i, (label, _ms, ts) in enumerate(marks):
        te = marks[i + 1][1] if i + 1 < len(marks) else bend
        items.append((label, ts, te))
    lead = text[bstart: marks[0][1]]
    return lead, items


# a first-cycle block that names its recommendations by the paragraphs of the interactive dialogue that made them:
# "the recommendations contained in paragraphs 33 (a, b), 39 (a), 48 (c), 65(a), and 79 (d, f, g, h)"
_PARA_REFS = re.compile(r"\bparagraphs?\s+((?:\d{1,3}\s*(?:\(\s*[a-z](?:\s*(?:,|and)\s*[a-z])*\s*\))?[\s,]*"
                        r"(?:and\s+)?)+)")
_PARA_REF = re.compile(r"(\d{1,3})\s*(?:\(\s*([a-z](?:\s*(?:,|and)\s*[a-z])*)\s*\))?")
# who speaks in a dialogue paragraph: "33. Chile recommended ...", "44. Underlining ..., Belgium asked ..."
_SPEAKER = re.compile(r"(?:^|,\s+)(?:[Tt]he\s+)?([A-Z][\w’'\-]*(?:\s+(?:of\s+|and\s+)?[A-Z(][\w’'\-)]*){0,5})\s+"
                      r"(?:recommended|asked|noted|expressed|welcomed|commended|said|stated|encouraged|urged|"
                      r"acknowledged|appreciated|congratulated|inquired|requested|called)\b")
_ITEM_END = re.compile(r";|\.(?=\s+[A-Z]|\s*$)|,?\s+and\s+(?:wished|asked|inquired|wanted|noted|welcomed)\b")


def _speaker(body: str, country: str | None) -> str | None:
    """The State that speaks in a dialogue paragraph (not the State under review)."""
    for m in _SPEAKER.finditer(body[:600]):
        name = m.group(1).strip()
        if unmeta.is_state_name(name) and unmeta.country_name(name) != unmeta.country_name(country):
            return name
    blanked = body[:600].replace(country, " " * len(country)) if country else body[:600]
    return unmeta.find_state(blanked)


def _dialogue_refs(text: str, lead: str, before: int, country: str | None) -> list[tuple[str, str, str, int, int]]:
    """(para_number, text, State, start, end) of each dialogue recommendation a block names by paragraph."""
    out: list[tuple[str, str, str, int, int]] = []
    for refs in _PARA_REFS.finditer(lead):
        for rm in _PARA_REF.finditer(refs.group(1)):
            num, letters = rm.group(1), re.findall(r"[a-z]", rm.group(2) or "")
            pm = re.compile(rf"(?m)^[ \t]*{num}\.\s+(?=[A-Z])").search(text, 0, before)
            if not pm:
                continue
            nxt = re.compile(rf"(?m)^[ \t]*{int(num) + 1}\.\s+(?=[A-Z])").search(text, pm.end(), before)
            body_at, body = pm.end(), text[pm.end(): nxt.start() if nxt else before]
            state = _speaker(body, country)
            if not state:
                continue
            spans: list[tuple[str, int, int]] = []
            if letters:
                for x in letters:
                    im = re.search(rf"(?<![\w(])\({x}\)\s*", body)
                    if not im:
                        continue
                    stop = re.compile(r"\(\s*[a-z]\s*\)").search(body, im.end())
                    end_m = _ITEM_END.search(body, im.end())
                    end = min(stop.start() if stop else len(body), end_m.start() if end_m else len(body))
                    spans.append((f"{num}({x})", im.end(), end))
            else:  # the paragraph's own request: "It recommended that Uzbekistan reinforce ..."
                for rq in re.finditer(r"\brecommended\s+(?:that\s+)?", body):
                    end_m = _ITEM_END.search(body, rq.end())
                    spans.append((num, rq.end(), end_m.start() if end_m else len(body)))
            for label, a, b in spans:
                item = re.sub(r"^(?:that|to)\s+", "", tidy(body[a:b]), flags=re.I)
                # "(d) Uzbekistan release ...", "(a) that the Uzbek Government allow ...": the request itself
                subject = re.escape(country) + "|" if country else ""
                item = re.sub(rf"^(?:{subject}(?:the\s+)?(?:[A-Z]\w+\s+)?(?:Government|authorities)"
                              rf"(?:\s+of\s+[A-Z]\w+)?)\s+(?=[a-z])", "", item)
                item = re.sub(r"\s+and$", "", item).strip(" ,;")
                if len(item.split()) >= 3:
                    out.append((label, item[0].upper() + item[1:], state, body_at + a, body_at + b))
    return out


def extract_upr_wg(doc: Document) -> Extraction:
    """Recommendations of a UPR Working Group report (see module doc)."""
    meta = wg_meta(doc)
    symbols = [s for s in unmeta.find_symbols(doc.text[:5000])] + ([meta["symbol"]] if meta["symbol"] else [])
    text = unmeta.strip_furniture(doc.text, symbols)
    text = re.sub(r"(?m)^[ \t]*\*{1,3}[ \t]*\S[^\n]*$", lambda m: " " * len(m.group(0)), text)
    units: list[Unit] = []
    sec = find_section(text)
    if sec:
        for bnum, bstart, bend in _blocks(text, *sec):
            lead, items = _items(text, bnum, bstart, bend)
            # what every recommendation of the block shares
            shared = {"kind": "recommendation", "section": "Conclusions and/or recommendations", "mechanism": "UPR",
                      "year": meta["year"], "country": meta["country"], "cycle": meta["cycle"],
                      "session": meta["session"], "response": response_of(re.sub(r"^\s*\d{1,3}\.", "", lead))}
            block_fields = {"symbol": meta["symbol"], "block": bnum, "block_lead": unmeta.clean_ws(lead)[:300]}
            block_units: list[Unit] = []
            for label, ts, te in items:
                raw = strip_footnote_marks(text[ts:te])
                for rec in split_recommendations(raw):
                    block_units.append(Unit(text=rec.text, start=ts + rec.start, end=min(te, ts + rec.end),
                                            recommending_states=rec.states, para_number=label,
                                            fields=dict(block_fields), **shared))
            if not items and bnum:
                for label, rec_text, state, a, b in _dialogue_refs(text, lead, sec[0], meta["country"]):
                    block_units.append(Unit(text=rec_text, start=a, end=b, recommending_states=[state],
                                            para_number=label, fields={**block_fields, "from_dialogue": True},
                                            **shared))
            # a block whose items mostly name no State is not a list of recommendations (comments, replies)
            if sum(1 for u in block_units if u.recommending_states) * 2 >= len(block_units):
                units.extend(block_units)
    return Extraction(doc_type="upr_wg_report", units=units, meta=meta)
