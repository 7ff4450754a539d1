"""Re-ranking candidates for a recommendation and deciding which links to assert.

``score_candidates`` combines, per (query, candidate) pair, the embedding cosine, the best
clause-to-clause cosine (compound recommendations are split into clauses), a TF-IDF cosine over
term-normalised text, and agreement of key terms (instruments, bodies, laws, subjects, kinds of
measure) through a small logistic combiner whose weights live in ``LinkParams``.
``decide_links`` turns the combined scores into typed links (``cites``, ``repeats``, ``echoes``).

Pass the whole pool of candidate units of the same State (not only an index's top-k): a few
features are relative to the best candidate of the pool and the TF-IDF weights are fitted on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from hrtracker.models import Unit

from .terms import instruments, key_terms, normalise_text, terms_conflict

FEATURES: tuple[str, ...] = (
    "cos", "cos_rel", "clause", "clause_rel", "tfidf", "tfidf_rel",
    "inst_match", "inst_conflict", "inst_missing", "org_match", "org_missing", "law_match",
    "topic_cover", "topic_jacc", "topic_missing", "measure_match", "measure_missing", "len_ratio",
)
# kinds of measure that make a request specific (README rule 1)
SPECIFIC_MEASURES = frozenset({
    "measure:law", "measure:strategy", "measure:mechanism", "measure:training", "measure:prosecution",
    "measure:victims", "measure:compensation", "measure:ratify", "measure:identification",
})
LINK_TYPES = ("cites", "repeats", "echoes")
UN_MECHANISMS = frozenset({"HRC", "CAT", "CEDAW", "CRC", "CERD", "CESCR", "UPR", "SR", "HRCouncil"})


@dataclass
class LinkParams:
    """Weights of the logistic combiner and decision thresholds.

    The defaults are the mean of the models fitted in 5-fold cross-validation over the queries of
    the Slovenia gold (bench/linking.py); each fold was fitted on the other four.
    """

    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    bias: float = -6.0
    threshold: float = 0.5  # probability above which a link is asserted (repeats, echoes)
    cite_threshold: float = 0.5  # for cited_recommendation → UN recommendation
    cite_margin: float = 0.15  # cites: keep candidates within this of the best probability
    max_links: int = 40
    use_clauses: bool = True


DEFAULT_WEIGHTS: dict[str, float] = {f: 0.0 for f in FEATURES} | {"cos": 6.0, "clause": 4.0, "tfidf": 2.0}


_VERBS = (r"ensure|adopt|establish|provide|take|strengthen|guarantee|increase|improve|develop|implement|"
          r"combat|promote|allocate|intensify|continue|address|prevent|protect|ratify|step|reinforce|enhance|"
          r"raise|amend|introduce|consider|create|eliminate|reduce|bring|undertake|make|pursue")
# "<general lead-in> by / through <measure>": the lead-in is judged by the measure it names
_BY = re.compile(r",?\s+(?:including\s+(?:by|through)|in\s+particular\s+by|inter\s+alia\s+by|notably\s+by|"
                 r"by|through)\s+(?=\w+ing\b|means\b|the\b|a\b|an\b|its\b|their\b)")
_SPLIT = re.compile(
    r";|:|\.\s+(?=[A-Z])|,?\s+(?:such\s+as|including|particularly|in\s+particular|especially|as\s+well\s+as|"
    r"with\s+a\s+view\s+to|in\s+order\s+to|so\s+as\s+to|and\s+to|and(?=\s+(?:" + _VERBS + r")\b))\s+"
)


def split_clauses(text: str, min_words: int = 3) -> list[str]:
    """The clauses of a (possibly compound) recommendation; the whole text comes first.

    A general lead-in followed by "by" / "through" / "including by" is replaced by what follows.
    """
    text = " ".join((text or "").split())
    pieces = _BY.split(text)
    body = pieces[1:] if len(pieces) > 1 else pieces
    parts = [p.strip(" ,.") for piece in body for p in _SPLIT.split(piece)]
    out = [text]
    for p in parts:
        if len(p.split()) >= min_words and p not in out:
            out.append(p)
    return out


_clause_cache: dict[str, np.ndarray] = {}


def clause_vectors(texts: list[str]) -> list[np.ndarray]:
    """Embedding matrices of the clauses of each text (cached per clause)."""
    from .embed import embed_texts

    clauses = [split_clauses(t) for t in texts]
    todo = sorted({c for cs in clauses for c in cs if c not in _clause_cache})
    if todo:
        for c, v in zip(todo, embed_texts(todo), strict=True):
            _clause_cache[c] = v
    return [np.stack([_clause_cache[c] for c in cs]) for cs in clauses]


def _clause_sims(query: Unit, candidates: list[Unit]) -> np.ndarray:
    mats = clause_vectors([query.text] + [c.text for c in candidates])
    q = mats[0]
    return np.array([float((q @ m.T).max()) for m in mats[1:]], dtype=np.float32)


def _tfidf_sims(query: Unit, candidates: list[Unit]) -> np.ndarray:
    docs = [normalise_text(query.text)] + [normalise_text(c.text) for c in candidates]
    vec = TfidfVectorizer(sublinear_tf=True, stop_words="english", ngram_range=(1, 2), min_df=1,
                          token_pattern=r"(?u)\b\w[\w_]+\b")
    try:
        m = vec.fit_transform(docs)
    except ValueError:  # only stop words
        return np.zeros(len(candidates), dtype=np.float32)
    return np.asarray((m[1:] @ m[0].T).todense()).ravel().astype(np.float32)


def _prefixed(keys: set[str], *prefixes: str) -> set[str]:
    return {k for k in keys if k.startswith(prefixes)}


def pair_features(query: Unit, candidates: list[Unit], sims: np.ndarray,
                  use_clauses: bool = True) -> np.ndarray:
    """Feature matrix (len(candidates), len(FEATURES)) for the pairs (query, candidate)."""
    n = len(candidates)
    x = np.zeros((n, len(FEATURES)), dtype=np.float32)
    if n == 0:
        return x
    sims = np.asarray(sims, dtype=np.float32).reshape(-1)
    clause = _clause_sims(query, candidates) if use_clauses else sims
    clause = np.maximum(clause, sims)
    tfidf = _tfidf_sims(query, candidates)
    qk = key_terms(query.text)
    q_inst, q_org, q_law = instruments(qk), _prefixed(qk, "org:", "std:"), _prefixed(qk, "law:", "art:")
    q_top, q_meas = _prefixed(qk, "topic:"), qk & SPECIFIC_MEASURES
    qlen = max(1, len(query.text.split()))
    col = {f: i for i, f in enumerate(FEATURES)}
    x[:, col["cos"]] = sims
    x[:, col["cos_rel"]] = sims - sims.max()
    x[:, col["clause"]] = clause
    x[:, col["clause_rel"]] = clause - clause.max()
    x[:, col["tfidf"]] = tfidf
    x[:, col["tfidf_rel"]] = tfidf - tfidf.max()
    for j, c in enumerate(candidates):
        ck = key_terms(c.text)
        c_inst, c_org, c_law = instruments(ck), _prefixed(ck, "org:", "std:"), _prefixed(ck, "law:", "art:")
        c_top = _prefixed(ck, "topic:")
        row = x[j]
        row[col["inst_match"]] = float(bool(q_inst & c_inst))
        row[col["inst_conflict"]] = float(terms_conflict(qk, ck))
        row[col["inst_missing"]] = float(bool(q_inst) and not c_inst)
        row[col["org_match"]] = float(bool(q_org & c_org))
        row[col["org_missing"]] = float(bool(q_org) and not (q_org & c_org))
        row[col["law_match"]] = float(bool(q_law & c_law))
        if q_top:
            shared = q_top & c_top
            row[col["topic_cover"]] = len(shared) / len(q_top)
            row[col["topic_jacc"]] = len(shared) / len(q_top | c_top)
            row[col["topic_missing"]] = float(not shared)
        if q_meas:
            hit = bool(q_meas & ck)
            row[col["measure_match"]] = float(hit)
            row[col["measure_missing"]] = float(not hit)
        clen = max(1, len(c.text.split()))
        row[col["len_ratio"]] = min(qlen, clen) / max(qlen, clen)
    return x


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def combine(x: np.ndarray, params: LinkParams) -> np.ndarray:
    """Link probabilities from a feature matrix."""
    w = np.array([params.weights.get(f, 0.0) for f in FEATURES], dtype=np.float64)
    return _sigmoid(x.astype(np.float64) @ w + params.bias)


def score_candidates(query: Unit, candidates: list[Unit], sims: np.ndarray,
                     params: LinkParams | None = None) -> list[tuple[int, float]]:
    """Candidates re-ranked by combined score: [(candidate index, probability)], best first.

    ``sims`` are the embedding cosines between the query and each candidate. A candidate naming a
    different instrument than the query (e.g. ICRMW vs OP-CAT) gets score 0.
    """
    params = params or LinkParams()
    x = pair_features(query, candidates, sims, use_clauses=params.use_clauses)
    p = combine(x, params)
    p[x[:, FEATURES.index("inst_conflict")] > 0] = 0.0
    order = np.argsort(-p, kind="stable")
    return [(int(i), float(p[i])) for i in order]


def link_type(query: Unit) -> str:
    """The type of link a query makes to earlier units: cites | echoes | repeats."""
    if query.kind == "cited_recommendation":
        return "cites"
    if query.mechanism in UN_MECHANISMS:
        return "repeats"
    return "echoes"


def _eligible(query: Unit, cand: Unit, ltype: str) -> bool:
    if cand is query:
        return False
    if query.country and cand.country and query.country.casefold() != cand.country.casefold():
        return False
    if ltype in ("cites", "echoes"):
        return cand.mechanism in UN_MECHANISMS and cand.kind == "recommendation"
    if query.year and cand.year and cand.year > query.year:
        return False
    return cand.kind != "cited_recommendation" and cand.mechanism in UN_MECHANISMS


def decide_links(query: Unit, ranked: list[tuple[int, float]], candidates: list[Unit] | None = None,
                 params: LinkParams | None = None) -> list[tuple[int, str, float]]:
    """Links to assert from ``score_candidates`` output: [(candidate index, link type, score)].

    With ``candidates`` given, a candidate of another State, a later one (repeats) or a non-UN one
    is skipped. ``cites`` keeps only the best candidates (within ``cite_margin`` of the best).
    """
    params = params or LinkParams()
    ltype = link_type(query)
    thr = params.cite_threshold if ltype == "cites" else params.threshold
    out: list[tuple[int, str, float]] = []
    best: float | None = None
    for idx, score in sorted(ranked, key=lambda r: -r[1]):
        if score < thr or len(out) >= params.max_links:
            break
        if candidates is not None and not _eligible(query, candidates[idx], ltype):
            continue
        if ltype == "cites":
            if best is None:
                best = score
            elif score < best - params.cite_margin:
                break
        out.append((idx, ltype, float(score)))
    return out
