"""Extraction: Document → Extraction (units, updates). Pure functions, no I/O.

``detect_type`` picks the document type; one extractor per type turns it into units.
"""

from __future__ import annotations

from importlib import import_module

from ..models import DOC_TYPES, Document, Extraction
from .detect import detect_type

# type -> "module:function"; each function takes a Document and returns an Extraction
EXTRACTORS: dict[str, str] = {
    "ngo_report": "ngo:extract_ngo",
    "upr_wg_report": "upr_wg:extract_upr_wg",
    "upr_state_responses": "responses:extract_responses",
    "concluding_observations": "concluding:extract_concluding",
    "followup_assessment": "followup:extract_followup",
    "upr_matrix": "matrix:extract_matrix",
    "upr_summary": "upr_summary:extract_upr_summary",
}


def extract(doc: Document, doc_type: str | None = None) -> Extraction:
    """Extract the units of ``doc``; ``doc_type`` overrides detection (one of DOC_TYPES)."""
    kind = doc_type or detect_type(doc)
    if kind not in DOC_TYPES:
        raise ValueError(f"unknown document type {kind!r} (choose from {', '.join(DOC_TYPES)})")
    module, _, func = EXTRACTORS[kind].partition(":")
    fn = getattr(import_module(f".{module}", __name__), func)
    result: Extraction = fn(doc)
    result.doc_type = kind
    _fill_document_facts(doc, result)
    return result


def _fill_document_facts(doc: Document, ex: Extraction) -> None:
    """Give every unit the State under review and the document year when its extractor left them out."""
    from .unmeta import doc_year, main_state

    country = ex.meta.get("country") or doc.meta.get("state") or main_state(doc.text)
    if country:
        ex.meta.setdefault("country", country)
    if not ex.meta.get("year"):
        year = doc_year(doc)
        if year:
            ex.meta["year"] = year
    for u in ex.units:
        if not u.country and country:
            u.country = country


__all__ = ["extract", "detect_type", "EXTRACTORS"]
