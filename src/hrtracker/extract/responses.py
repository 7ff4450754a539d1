"""UPR State-responses addendum ("Views on conclusions and/or recommendations ..."): positions.

Every sentence that states a position ("accepts / supports the following recommendations",
"notes recommendations", "does not support") followed by recommendation numbers
(``98.1, 98.3-98.7, 122.17-18``) becomes one Update per number.
"""

from __future__ import annotations

import re

from ..models import Document, Extraction, Update
from . import unmeta

_VERB = re.compile(
    r"\b(?P<neg>(?:does|do|did|can|could)\s*not\s+|cannot\s+|not\s+)?"
    r"(?P<verb>accept(?:s|ed)?|support(?:s|ed)?|enjoys?\s+(?:the|its)\s+support|notes|noted|takes?\s+note\s+of"
    r"|took\s+note\s+of|reject(?:s|ed)?)\b", re.I)
_NUM = re.compile(r"(\d{1,3})\.(\d{1,3})(?:\s*[-–—]\s*(?:(\d{1,3})\.)?(\d{1,3})(?!\.\d))?")
_SENT_END = re.compile(r"\.(?=\s+[A-Z(])|\n\s*\n|:\s*\n\s*\n")


def expand(first: str, sub: str, first2: str | None, sub2: str | None) -> list[str]:
    """'98', '3', None, '7' → 98.3 … 98.7 (ranges only within one paragraph, at most 300)."""
    if sub2 is None:
        return [f"{first}.{sub}"]
    if first2 and first2 != first:
        return [f"{first}.{sub}", f"{first2}.{sub2}"]
    a, b = int(sub), int(sub2)
    if b < a or b - a > 300:
        return [f"{first}.{sub}"]
    return [f"{first}.{k}" for k in range(a, b + 1)]


def position_of(neg: str | None, verb: str) -> str:
    """accepted | noted for a position verb (negated support → noted)."""
    v = verb.lower()
    if neg or v.startswith(("note", "take", "took", "reject")):
        return "noted"
    return "accepted"


def extract_responses(doc: Document) -> Extraction:
    """Updates (field response) for each recommendation number the addendum positions."""
    symbol = unmeta.doc_symbol(doc)
    wg_symbol = re.sub(r"/Add\.\s?\d+$", "", symbol) if symbol else None
    country = doc.meta.get("state") or doc.meta.get("country")
    if not country:
        m = re.search(r"Universal\s+Periodic\s*Review\W*\n\s*(?:\*\s*)?\n*\s*([A-Z][^\n*]{2,60}?)\s*\n",
                      doc.text[:5000])
        country = m.group(1).strip() if m and unmeta.is_state_name(m.group(1)) else None
    if not country:
        country = unmeta.country_from_symbol(symbol) or unmeta.find_state(doc.text[:5000])
    text = doc.text
    updates: list[Update] = []
    seen: set[tuple[str, str]] = set()
    for vm in _VERB.finditer(text):
        end_m = _SENT_END.search(text, vm.end())
        end = end_m.start() if end_m else len(text)
        span = text[vm.end(): end]
        # the numbers must follow the verb closely ("accepts the following recommendations 122.1, ...")
        first = _NUM.search(span)
        if not first or not re.fullmatch(r"[\s\w,:()'’\-]*", span[: first.start()]) or first.start() > 120:
            continue
        if re.search(r"\b(?:see|paragraph|para\.)\s*$", span[: first.start()], re.I):
            continue
        value = position_of(vm.group("neg"), vm.group("verb"))
        evidence = unmeta.clean_ws(text[vm.start(): end])[:500]
        for m in _NUM.finditer(span):
            for num in expand(*m.groups()):
                if (num, value) in seen:
                    continue
                seen.add((num, value))
                updates.append(Update(field="response", value=value, para_number=num, country=country,
                                      symbol=wg_symbol, evidence=evidence))
    meta = {"country": country, "symbol": symbol, "wg_symbol": wg_symbol, "mechanism": "UPR",
            "year": unmeta.doc_year(doc)}
    return Extraction(doc_type="upr_state_responses", updates=updates, meta=meta)
