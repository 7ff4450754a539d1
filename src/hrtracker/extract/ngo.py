"""NGO (shadow) report extractor: recommendations, suggested questions, cited recommendations."""

from __future__ import annotations

from ..models import Document, Extraction


def extract_ngo(doc: Document) -> Extraction:
    """Extract units from an NGO report (rules: shared/eval/GUIDELINES.md)."""
    return Extraction(doc_type="ngo_report")
