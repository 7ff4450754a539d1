"""HRC follow-up assessment: the Committee's grade per followed-up paragraph → status Updates.

Grades (Human Rights Committee follow-up methodology): A reply/action largely satisfactory →
implemented; B partially satisfactory → partially_implemented; C not satisfactory →
not_implemented; D no cooperation / no reply → unknown (nothing is said about implementation);
E measures contrary to the recommendation → not_implemented. Older sub-grades (B1, B2, C1, C2)
map like their letter. A grade given for some sub-items (``[B]: (b)``) applies to those only.
"""

from __future__ import annotations

import re

from ..models import Document, Extraction, Update
from . import unmeta

GRADE_STATUS = {"A": "implemented", "B": "partially_implemented", "C": "not_implemented", "D": "unknown",
                "E": "not_implemented"}
_PARA = re.compile(r"(?m)^\s*(?:Paragraphs?|Пункты?)\s+(\d{1,3})\s*[:.\-–]\s*(.*)$")
# the Committee's evaluation and the State's summary, in English or Russian
_EVALUATION = re.compile(r"Committee.s\s+evaluation|Оценка\s+Комитета")
_STATE_SUMMARY = re.compile(r"Summary\s+of\s+the\s+information|Краткое\s+изложение\s+информации")
_GRADE = re.compile(r"(?m)^\s*\[([A-E])(\d?)\]\s*(?::\s*(.*))?$")
_SUMMARY = re.compile(r"\b(\d{1,3})\s*((?:\[[A-E]\d?\]\s*(?:\([a-z]\)[\s,and]*)*)+)")


def _letters(s: str) -> list[str]:
    """The sub-paragraph letters a grade names: "(b)", "(a) and (c)", "a) и c)"."""
    return re.findall(r"(?<!\w)\(?([a-zа-я])\)", s or "")


def extract_followup(doc: Document) -> Extraction:
    """Status updates (with the grade in fields) for each followed-up recommendation."""
    text = doc.text
    head = doc.meta.get("title", "") + "\n" + text[:5000]
    symbols = unmeta.find_symbols(head)
    co_symbol = next((s for s in symbols if "/CO/" in s), None)
    own = unmeta.doc_symbol(doc)
    country = doc.meta.get("state") or doc.meta.get("country") or unmeta.country_from_symbol(co_symbol)
    if not country:
        m = re.search(r"concluding\s+observations\s+on\s+(?:the\s+)?([A-Z][^\n*(]{2,60}?)\s*(?:\*|\(|\n)", head)
        country = m.group(1).strip() if m and unmeta.is_state_name(m.group(1)) else unmeta.find_state(head)
    m = None
    if co_symbol:
        m = re.search(re.escape(co_symbol) + r"\s*,?\s*\d{1,2}\s+(?:[A-Z][a-z]+|[а-я]+)\s+((?:19|20)\d\d)", head)
    co_year = int(m.group(1)) if m else None
    updates: list[Update] = []

    def add(para: str, grade: str, sub: str, evidence: str, subs_of_para: list[str]) -> None:
        g = grade + sub
        fields = {"grade": g, "assessment_symbol": own}
        status = GRADE_STATUS[grade]
        targets = [para] + [f"{para}({x})" for x in subs_of_para]
        for t in targets:
            updates.append(Update(field="status", value=status, para_number=t, country=country, symbol=co_symbol,
                                  year=co_year, evidence=evidence[:500], fields=dict(fields)))

    paras = list(_PARA.finditer(text))
    for i, pm in enumerate(paras):
        end = paras[i + 1].start() if i + 1 < len(paras) else len(text)
        body = text[pm.end(): end]
        num = pm.group(1)
        eval_at = _EVALUATION.search(body)
        restated = body[: eval_at.start()] if eval_at else body
        summary_at = _STATE_SUMMARY.search(restated)
        rec_subs = sorted(set(re.findall(r"(?m)^\s*\(([a-z])\)", restated[: summary_at.start()] if summary_at
                                         else restated)))
        grades = list(_GRADE.finditer(body, eval_at.end() if eval_at else 0))
        for gi, gm in enumerate(grades):
            g_end = grades[gi + 1].start() if gi + 1 < len(grades) else len(body)
            evidence = unmeta.clean_ws(body[gm.end(): g_end])
            subs = _letters(gm.group(3))
            if subs:  # grade for some sub-items only
                for x in subs:
                    updates.append(Update(
                        field="status", value=GRADE_STATUS[gm.group(1)], para_number=f"{num}({x})",
                        country=country, symbol=co_symbol, year=co_year, evidence=evidence[:500],
                        fields={"grade": gm.group(1) + gm.group(2), "assessment_symbol": own}))
            elif len(grades) == 1:
                add(num, gm.group(1), gm.group(2), evidence, rec_subs)
            else:
                add(num, gm.group(1), gm.group(2), evidence, [])
    if not updates:  # no per-paragraph sections: the overview line "5 [C], 25 [C] and 29 [B] [C]"
        for m in _SUMMARY.finditer(text[:5000]):
            for g in re.findall(r"\[([A-E])(\d?)\]", m.group(2)):
                add(m.group(1), g[0], g[1], unmeta.clean_ws(m.group(0)), [])
    meta = {"country": country, "symbol": own, "co_symbol": co_symbol, "co_year": co_year,
            "mechanism": unmeta.mechanism_for_symbol(co_symbol or own), "year": unmeta.doc_year(doc)}
    return Extraction(doc_type="followup_assessment", updates=updates, meta=meta)
