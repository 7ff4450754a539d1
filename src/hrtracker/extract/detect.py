"""Document-type detection from the text (and any provenance metadata).

The text decides: UN symbols and title phrases in the opening, plus the structure the extractor
needs (numbered recommendations, "The State party should" paragraphs, grades, position lines).
A provenance ``type`` in ``Document.meta`` is only a fallback; NGO report is the default.
"""

from __future__ import annotations

import re

from ..models import DOC_TYPES, Document
from .followup import EVALUATION

_META_TYPES = {
    "upr_report": "upr_wg_report", "upr_wg_report": "upr_wg_report", "wg_report": "upr_wg_report",
    "concluding_observations": "concluding_observations", "upr_matrix": "upr_matrix",
    "upr_state_responses": "upr_state_responses", "followup_assessment": "followup_assessment",
    "ngo_report": "ngo_report", "upr_summary": "upr_summary", "stakeholder_summary": "upr_summary",
    "upr_compilation": "upr_summary",
}
_WG_TITLE = re.compile(r"Report\s+of\s+the\s+Working\s+Group\s+on\s+the\s+Universal\s*Periodic\s+Review", re.I)
_CONCL = re.compile(r"(?im)^[ \t*]*(?:[IVX]+\.\s*)?conclusions\s+and\s*/\s*or\s+recommendations")
_VIEWS = re.compile(r"Views\s+on\s+conclusions\s+and\s*/\s*or\s+recommendations", re.I)
_CO_TITLE = re.compile(r"Concluding\s+observations\s+(?:on|of|concerning)\s+the\s+[\w\s\-–,]{0,80}?reports?\s+of|"
                       r"Заключительные\s+замечания\s+(?:по|в\s+отношении)\s+[\w\s\-–,]{0,80}?доклад(?:у|ам|ов)\b",
                       re.I)
# ... as a title line, not inside one ("Implementation of the recommendations ... in the concluding observations on")
_CO_HEAD = re.compile(r"(?m)^[ \t*#]*" + _CO_TITLE.pattern, re.I)
_CO_SYMBOL = re.compile(r"\b(?:CCPR|CAT|CEDAW|CRC|CERD|CMW|CRPD|CED)/C/[A-Z]{3}/CO/\d|\bE/C\.12/[A-Z]{3}/CO/\d")
_FOLLOWUP = re.compile(r"follow-up\s+to\s+the\s+concluding\s+observations|Evaluation\s+of\s+the\s+information\s+on"
                       r"\s+follow-up|Доклад\s+о\s+последующей\s+деятельности\s+в\s+связи\s+с\s+заключительными|"
                       r"Оценка\s+информации\s+о\s+последующей\s+деятельности", re.I)
_GRADE = re.compile(r"(?m)^\s*\[[A-E]\d?\]")
_REC_NUM = re.compile(r"(?m)^\s*\d{1,3}\.\d{1,3}\.?\s+[A-Z]")
_SHOULD = re.compile(r"\bState\s+party\s+(?:should|is\s+(?:requested|encouraged|urged))|\bCommittee\s+"
                     r"(?:recommends|urges|calls\s+upon|encourages|requests)\b|"
                     r"[Гг]осударству-участнику\s+(?:также\s+)?следует|\bКомитет\s+(?:также\s+)?(?:рекомендует|"
                     r"настоятельно\s+призывает|призывает)\s+государств", re.I)
_MATRIX = re.compile(r"(?im)^\s*(?:Source\s+of\s+Position|Position\s+of\s+the\s+State\s+under\s+review)\b")
_POSITION_LINE = re.compile(r"(?m)^\s*(?:Supported|Noted|Supported/Noted|Partially supported)\s*$")
# OHCHR's UPR summaries: "Summary of stakeholders' submissions on X" (.../3), "Compilation on X" (.../2)
_SUMMARY_TITLE = re.compile(
    r"(?m)^[ \t*]*(?:Summary\s+of\s+(?i:stakeholders?[’'`]?s?\s+(?:submissions|information)|(?:the\s+)?information\s+"
    r"(?:submitted|provided)\s+by\s+(?:other\s+)?stakeholders)|Summary\s+prepared\s+by\s+the\s+Office\s+of\s+the\s+"
    r"(?:United\s+Nations\s+)?High\s+Commissioner|Compilation\s+(?:on\s+(?:the\s+)?[A-Z]|of\s+(?:UN|United\s+Nations)\s+"
    r"information|of\s+information\s+prepared|prepared\s+by\s+the\s+Office\s+of\s+the\s+(?:United\s+Nations\s+)?High\s+"
    r"Commissioner))")
_SUMMARY_SYMBOL = re.compile(r"A/HRC/WG\.6/\d{1,2}/[A-Z]{3}/[23]\b")
# who wrote it: an NGO / civil society report names itself so in its opening ...
_NGO_AUTHOR = re.compile(
    r"shadow\s+report|alternative\s+report|parallel\s+report|(?:joint|stakeholder|NGO)\s+submission|"
    r"submission\s+(?:to|by|for)\b|submitted\s+by|prepared\s+by|non-governmental|\bNGOs?\b|civil\s+society|"
    r"альтернативн\w+\s+доклад|тенев\w+\s+доклад|параллельн\w+\s+доклад|\bНПО\b|неправительственн|"
    r"гражданск\w+\s+обществ|подготовлен",
    re.I,
)
# ... and a UN document carries the UN masthead: distribution line, job number, "United Nations" alone on a line
_UN_MASTHEAD = re.compile(r"Distr\.\s*:?\s*(?:General|Restricted|Limited)|\bGE\.\d{2}-\d|(?m:^\s*United\s+Nations\s*$)|"
                          r"Advance\s+(?:unedited|edited)\s+version", re.I)


# ... and writes in the first person plural ("we refer", "our findings"), which a UN body's text never does
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b|(?<!\w)(?:[Мм]ы|[Нн]аш(?:а|е|и|его|ей|их|ему|ими?)?)(?!\w)")


def detect_type(doc: Document) -> str:
    """Return one of models.DOC_TYPES for ``doc``; NGO report is the default."""
    text = doc.text
    head = text[:5000]
    title = doc.meta.get("title", "")
    opening = title + "\n" + head
    if _FOLLOWUP.search(opening) and (_GRADE.search(text) or EVALUATION.search(text)):
        return "followup_assessment"
    # an NGO report that quotes UN documents (a WG report, concluding observations, a matrix) stays an NGO report
    ngo = bool(_NGO_AUTHOR.search(opening[:800])) and not _UN_MASTHEAD.search(head)
    if ngo and _CO_HEAD.search(opening[:300]):
        ngo = False  # titled "Concluding observations on the ... report of": the Committee's own text
    matrix_lines = len(_MATRIX.findall(text)) + len(_POSITION_LINE.findall(text))
    # OHCHR's matrix names the source of each position ("Source of Position: A/HRC/59/99/Add.1"); a tracker
    # table of numbered recommendations with "Supported" / "Noted" cells and a status column is not one
    if (matrix_lines >= 3 and len(_REC_NUM.findall(text)) >= 2 and not _WG_TITLE.search(head[:1500])
            and _MATRIX.search(text)):
        return "upr_matrix"
    if re.search(r"thematic\s+list\s+of\s+recommendations", opening, re.I) and matrix_lines:
        return "upr_matrix"
    if _VIEWS.search(opening) or (re.search(r"\bAddendum\b", head) and _WG_TITLE.search(opening)
                                  and re.search(r"A/HRC/\d+/\d+/Add\.\s?1", opening)):
        return "upr_state_responses"
    if _WG_TITLE.search(opening) and _CONCL.search(text) and not ngo:
        return "upr_wg_report"
    # before the treaty-body check: a compilation's first footnotes cite concluding observations
    if _SUMMARY_TITLE.search(title + "\n" + head[:3000]) and (_UN_MASTHEAD.search(head)
                                                          or _SUMMARY_SYMBOL.search(title + "\n" + head[:1500])):
        return "upr_summary"
    if (_CO_TITLE.search(opening) or _CO_SYMBOL.search(head[:1500])) and len(_SHOULD.findall(text)) >= 2 and not ngo \
            and len(_FIRST_PERSON.findall(head)) < 2:
        return "concluding_observations"
    meta_type = _META_TYPES.get((doc.meta.get("type") or "").strip().lower())
    if meta_type in DOC_TYPES:
        return meta_type
    return "ngo_report"
