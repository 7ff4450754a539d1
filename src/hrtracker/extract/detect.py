"""Document-type detection from the text (and any provenance metadata)."""

from __future__ import annotations

from ..models import Document


def detect_type(doc: Document) -> str:
    """Return one of models.DOC_TYPES for ``doc``; NGO report is the default."""
    return "ngo_report"
