"""HRC follow-up assessment: the Committee's grade per followed-up paragraph → status Updates and units.

Grades (Human Rights Committee follow-up methodology): A reply/action largely satisfactory →
implemented; B partially satisfactory → partially_implemented; C not satisfactory →
not_implemented; D no cooperation / no reply → unknown (nothing is said about implementation);
E measures contrary to the recommendation → not_implemented. Older sub-grades (B1, B2, C1, C2)
map like their letter. A grade given for some sub-items (``[B]: (b)``) applies to those only.

Units, by GUIDELINES' general definitions (the document type has no section of its own): the
recommendation each section quotes from the concluding observations is a ``cited_recommendation``
(one per lettered sub-paragraph, since the Committee grades them one by one; a lead-in that only
introduces them is none), with the grade as its ``status_claim``; the Committee's new requests in
its evaluation ("The Committee requests that the State party provide ...") are ``recommendation``
units. The State's reply, the grade lines, notes and regrets, a bare "The Committee reiterates its
recommendation" and the "Recommended action" on the procedure are not units.
"""

from __future__ import annotations

import re

from ..models import Document, Extraction, Unit, Update
from . import unmeta
from .concluding import _articles_for, _clean, _lead_unit, _subitems
from .textutil import blank_spans, sentence_spans

GRADE_STATUS = {"A": "implemented", "B": "partially_implemented", "C": "not_implemented", "D": "unknown",
                "E": "not_implemented"}
_PARA = re.compile(r"(?m)^\s*(?:Paragraphs?|Пункты?)\s+(\d{1,3})\s*[:.\-–]\s*(.*)$")
# the Committee's evaluation and the State's summary, in English or Russian
EVALUATION = re.compile(r"Committee.s\s+evaluation|Оценка\s+Комитета")
_STATE_SUMMARY = re.compile(r"Summary\s+of\s+the\s+information|Краткое\s+изложение\s+информации")
_GRADE = re.compile(r"(?m)^\s*\[([A-E])(\d?)\]\s*(?::\s*(.*))?$")
_SUMMARY = re.compile(r"\b(\d{1,3})\s*((?:\[[A-E]\d?\]\s*(?:\([a-z]\)[\s,and]*)*)+)")


def _letters(s: str) -> list[str]:
    """The sub-paragraph letters a grade names: "(b)", "(a) and (c)", "a) и c)"."""
    return re.findall(r"(?<!\w)\(?([a-zа-я])\)", s or "")


# the Committee's own request in its evaluation; "reiterates its recommendation" alone adds no text
_NEW_REQUEST = re.compile(
    r"^(?:The\s+)?Committee\s+(?:(?:also|further|therefore|again|strongly)\s+)*(?:requests|urges|calls\s+(?:up)?on|"
    r"recommends|encourages|invites|asks|reiterates\s+its\s+(?:previous\s+)?(?:request|call))\b"
    r"|^Комитет\s+(?:(?:также|далее|вновь|настоятельно|повторно)\s+)*(?:просит|призывает|рекомендует|предлагает|"
    r"побуждает|повторяет\s+свою\s+просьбу)")
_CLOSING = re.compile(r"\s*(?:Recommended\s+action|Рекомендуем\w+\s+действи|Next\s+periodic\s+report|"
                      r"Следующ\w+\s+периодическ)", re.I)


def _evaluation_blocks(text: str) -> list[tuple[int, int]]:
    """Spans of the evaluation's prose: runs of lines between grade lines, the closing procedural lines and
    blank lines that follow a finished sentence (a page break inside a sentence does not end it)."""
    spans: list[tuple[int, int]] = []
    start = None
    last_end = 0
    pos = 0
    for line in text.split("\n"):
        hard = bool(_GRADE.match(line) or _CLOSING.match(line))
        blank = not line.strip()
        if start is not None and (hard or (blank and re.search(r"[.!?»”\"]\s*$", text[start:last_end]))):
            spans.append((start, last_end))
            start = None
        if not blank and not hard:
            if start is None:
                start = pos
            last_end = pos + len(line)
        pos += len(line) + 1
    if start is not None:
        spans.append((start, last_end))
    return spans


def _status_of(grades: list[tuple[str, list[str]]], letter: str | None) -> str:
    """The status a (sub-)paragraph's grades give it: a grade naming sub-items applies to those only."""
    named = [g for g, subs in grades if letter and letter in subs]
    general = [g for g, subs in grades if not subs]
    got = named or general
    if not got:
        return "unknown"
    statuses = {GRADE_STATUS[g] for g in got}
    if len(statuses) == 1:
        return statuses.pop()
    return "partially_implemented" if {"implemented", "partially_implemented"} & statuses else "not_implemented"


def _units(text: str, co_symbol: str | None, co_year: int | None, country: str | None, mechanism: str | None,
           year: int | None) -> list[Unit]:
    """Cited recommendations (the quoted paragraphs, graded) and the Committee's new requests."""
    units: list[Unit] = []
    paras = list(_PARA.finditer(text))
    for i, pm in enumerate(paras):
        end = paras[i + 1].start() if i + 1 < len(paras) else len(text)
        section = unmeta.clean_ws(pm.group(0))
        body_at = pm.end()
        body = text[body_at:end]
        eval_at = EVALUATION.search(body)
        summary_at = _STATE_SUMMARY.search(body[: eval_at.start()] if eval_at else body)
        quoted_end = summary_at.start() if summary_at else eval_at.start() if eval_at else len(body)
        quoted = body[:quoted_end]
        grades = [(g.group(1), _letters(g.group(3))) for g in _GRADE.finditer(body, eval_at.end() if eval_at else 0)]
        num = pm.group(1)
        cited = {"kind": "cited_recommendation", "mechanism": mechanism, "year": co_year, "country": country,
                 "section": section}
        subs = _subitems(quoted)
        pieces: list[tuple[str | None, int, int]] = []
        if subs:
            lead = _lead_unit(_clean(quoted[: subs[0][1]]))
            if lead and not grades:
                pieces.append((None, 0, subs[0][1]))
            pieces += [(letter, ms, subs[k + 1][1] if k + 1 < len(subs) else len(quoted))
                       for k, (letter, ms, _ts) in enumerate(subs)]
        elif _clean(quoted):
            pieces.append((None, 0, len(quoted)))
        for letter, s0, s1 in pieces:
            piece = quoted[s0:s1]
            if letter:
                piece = re.sub(r"^\s*\(?[a-zа-я]\)\s*", "", piece)
            item = _clean(piece)
            if not item:
                continue
            ref = f"{co_symbol}, para. {num}" if co_symbol else f"para. {num}"
            units.append(Unit(
                text=item, start=body_at + s0, end=body_at + s1, para_number=f"{num}({letter})" if letter else num,
                articles=_articles_for(item, section, mechanism), status_claim=_status_of(grades, letter),
                source_detail=ref + (f" ({letter})" if letter else ""),
                fields={"co_symbol": co_symbol, "grade": ", ".join(g for g, _ in grades)} if co_symbol else {},
                **cited))
        if not eval_at:
            continue
        # the evaluation: each run of the Committee's own request sentences is one unit; blank lines, grade
        # lines and the closing procedural lines separate the runs
        ev0 = body_at + eval_at.end()
        for a, b in _evaluation_blocks(text[ev0:end]):
            block = text[ev0 + a: ev0 + b]
            run: list[tuple[int, int]] = []
            for sp in [*sentence_spans(block), None]:
                if sp is not None and _NEW_REQUEST.match(block[sp[0] : sp[1]]):
                    run.append(sp)
                    continue
                if run:
                    req = _clean(block[run[0][0]: run[-1][1]])
                    units.append(Unit(kind="recommendation", text=req, start=ev0 + a + run[0][0],
                                      end=ev0 + a + run[-1][1], section=unmeta.clean_ws(eval_at.group(0)),
                                      country=country, mechanism=mechanism, year=year,
                                      articles=_articles_for(req, section, mechanism)))
                    run = []
    return units


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
        eval_at = EVALUATION.search(body)
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
    mechanism, year = unmeta.mechanism_for_symbol(co_symbol or own), unmeta.doc_year(doc)
    meta = {"country": country, "symbol": own, "co_symbol": co_symbol, "co_year": co_year, "mechanism": mechanism,
            "year": year}
    # page furniture and the PDF's footnotes are no part of any unit (offsets kept)
    clean = blank_spans(unmeta.strip_furniture(text, symbols + ([own] if own else [])),
                        [(b.start, b.end) for b in doc.blocks if b.kind == "footnote"])
    clean = re.sub(r"(?m)^[ \t]*\*+[ \t]*(?:\S.*)?$", lambda m: " " * len(m.group(0)), clean)
    units = _units(clean, co_symbol, co_year, country, mechanism, year)
    return Extraction(doc_type="followup_assessment", units=units, updates=updates, meta=meta)
