"""Linking recommendations across documents and cycles: embeddings, vector search, key terms,
re-ranking and link decisions, and the history of a recommendation."""

from .decide import LinkParams, decide_links, eligible, link_type, score_candidates, split_clauses
from .embed import embed_texts, model_id
from .history import summarize_history, timeline
from .index import VectorIndex
from .terms import expand_acronyms, key_terms, terms_conflict, texts_conflict

__all__ = [
    "LinkParams", "VectorIndex", "decide_links", "eligible", "embed_texts", "expand_acronyms", "key_terms", "link_type",
    "model_id", "score_candidates", "split_clauses", "summarize_history", "terms_conflict", "texts_conflict",
    "timeline",
]
