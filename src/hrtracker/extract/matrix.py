"""OHCHR thematic matrix of UPR recommendations (the table flattened to lines).

Each entry: ``140.7 Text (State) (State);`` then optionally ``Source of Position: ...``, a position
line (Supported / Noted), theme lines (``- Theme``), ``Groups of Persons:`` and its lines, and SDG
lines (``- 5 - GENDER EQUALITY``). ``Theme: X`` lines head groups of entries.
"""

from __future__ import annotations

import html
import re

from ..importers.calendar import session_cycle, session_year
from ..models import Document, Extraction, Unit
from . import unmeta
from .upr_wg import ordinal_number, split_recommendations, strip_footnote_marks

_ENTRY = re.compile(r"^\s*(\d{1,3}\.\d{1,3})\.?\s+(\S.*)$")
_POSITION = re.compile(r"^\s*(supported|noted|accepted|partially supported|supported/noted|pending)\s*\.?\s*$", re.I)
_SOURCE = re.compile(r"^\s*Source\s+of\s+Position\s*:\s*(.*)$", re.I)
_GROUPS = re.compile(r"^\s*(?:Groups?\s+of\s+)?(?:Persons|Affected\s+persons)\s*:\s*(.*)$", re.I)
_THEME_HEAD = re.compile(r"^\s*Theme\s*:\s*(.+)$", re.I)
_BULLET = re.compile(r"^\s*[-•\u2022]\s*(.+)$")
_SDG = re.compile(r"^\s*(\d{1,2})\s*-\s*[A-Z][A-Z ,&\-]+$")
_POSITIONS = {"supported": "accepted", "accepted": "accepted", "noted": "noted", "pending": "pending"}


def _meta(doc: Document) -> dict:
    head = doc.meta.get("title", "") + "\n" + doc.text[:3000]
    country = doc.meta.get("state") or doc.meta.get("country") or unmeta.find_state(head)
    session = None
    m = re.search(r"\bUPR\s*(\d{1,2})\b|(\d{1,2})(?:st|nd|rd|th)\s+session|([a-z\-]+)\s+session", head, re.I)
    if m:
        session = int(m.group(1) or m.group(2)) if (m.group(1) or m.group(2)) else ordinal_number(m.group(3))
    year = unmeta.doc_year(doc) or session_year(session)
    symbols = unmeta.find_symbols(doc.text[:20000])
    wg_symbol = next((re.sub(r"/Add\.\d+$", "", s) for s in symbols if s.startswith("A/HRC/")), None)
    return {"country": country, "session": session, "year": year, "cycle": session_cycle(session),
            "symbol": wg_symbol, "mechanism": "UPR"}


def extract_matrix(doc: Document) -> Extraction:
    """Units (number, text, States, position, themes, affected persons) of an OHCHR matrix."""
    meta = _meta(doc)
    units: list[Unit] = []
    lines = doc.text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    theme_head = ""
    cur: dict | None = None

    def flush() -> None:
        if not cur:
            return
        raw = html.unescape(strip_footnote_marks(cur["text"]))
        response = _POSITIONS.get(cur["position"].lower()) if cur["position"] else None
        for rec in split_recommendations(raw):
            units.append(Unit(
                kind="recommendation", text=rec.text, start=cur["start"], end=cur["end"], section=theme_head,
                mechanism="UPR", year=meta["year"], country=meta["country"], recommending_states=rec.states,
                para_number=cur["para"], response=response, cycle=meta["cycle"], session=meta["session"],
                fields={"themes": cur["themes"], "affected_persons": cur["persons"], "sdgs": cur["sdgs"],
                        "position": cur["position"], "position_source": cur["source"], "symbol": meta["symbol"],
                        "theme_heading": cur["heading"]},
            ))

    for i, line in enumerate(lines):
        m = _ENTRY.match(line)
        if m:
            flush()
            cur = {"para": m.group(1), "text": m.group(2), "start": offsets[i] + m.start(2),
                   "end": offsets[i] + len(line), "position": None, "source": None, "themes": [], "persons": [],
                   "sdgs": [], "state": "text", "heading": theme_head}
            continue
        th = _THEME_HEAD.match(line)
        if th:
            flush()
            cur = None
            theme_head = html.unescape(th.group(1).strip())
            continue
        if cur is None:
            continue
        if _SOURCE.match(line):
            cur["source"] = _SOURCE.match(line).group(1).strip()
            cur["state"] = "meta"
        elif _POSITION.match(line):
            cur["position"] = _POSITION.match(line).group(1).strip().capitalize()
            cur["state"] = "themes"
        elif _GROUPS.match(line):
            cur["state"] = "persons"
            rest = _GROUPS.match(line).group(1).strip()
            if rest:
                cur["persons"].append(html.unescape(rest))
        elif _BULLET.match(line):
            value = html.unescape(_BULLET.match(line).group(1).strip())
            if _SDG.match(value):
                cur["sdgs"].append(value)
            elif cur["state"] == "persons":
                cur["persons"].append(value)
            else:
                cur["themes"].append(value)
        elif cur["state"] == "text" and line.strip():
            cur["text"] += " " + line.strip()
            cur["end"] = offsets[i] + len(line)
    flush()
    return Extraction(doc_type="upr_matrix", units=units, meta=meta)
