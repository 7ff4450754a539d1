"""Re-ranking candidates for a recommendation and deciding which links to assert.

``score_candidates`` combines, per (query, candidate) pair, the embedding cosine, the best
clause-to-clause cosine (compound recommendations are split into clauses), a TF-IDF cosine over
term-normalised text, word-piece alignment (BERTScore-like), agreement of key terms (instruments,
bodies, subjects, kinds of measure) and word overlap, where subjects, measures and words are weighed
by their rarity over all States' UPR Info recommendations (``topic_df``: "housing" or "disability"
outweighs "discrimination"), and the README's rule 1 as interactions (a query naming a specific
measure needs a candidate asking for it; a general one any candidate on its subject), through a
small logistic combiner whose weights live in ``LinkParams``.
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

from .terms import expand_acronyms, instruments, key_terms, normalise_text, terms_conflict, texts_conflict
from .topic_df import idf, word_idf

FEATURES: tuple[str, ...] = (
    "cos", "cos_rel", "clause", "clause_rel", "tfidf", "tfidf_rel",
    "inst_match", "inst_conflict", "inst_missing", "org_match", "org_missing",
    "topic_cover", "topic_missing", "measure_match", "measure_missing", "len_ratio",
    "q_cover", "c_cover", "topic_all", "c_inst_only",
    "cos_z", "clause_z", "tfidf_z", "cos_rank",
    "clause_rank", "tfidf_rank", "bs_r", "bs_p", "bs_f", "bs_r_rel",
    # query-level context and its interactions: is the query specific, how crowded is its subject
    "spec_x_bs", "spec_x_topic_all", "density", "density_x_bs", "top5", "top5_x_bs",
    # subjects and words weighed by their rarity over all UPR Info recommendations (topic_df)
    "topic_idf_cover", "topic_rare_hit", "measure_idf_cover",
    "g_cover", "g_ccover", "g_rare1", "g_rare2", "g_rel",
    # README rule 1: a specific request needs its measure; a general one any E on the subject
    "spec_x_tm", "gen_x_t", "spec_x_tnm", "t_x_g", "gen_x_grare", "gen_x_gcover", "spec_x_gcover",
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
    """Weights of the logistic link model, the pairwise ranking model and decision thresholds.

    The defaults are the means of the models fitted in 5-fold cross-validation over the queries
    of the Slovenia gold (bench/linking.py --write-defaults: each fold fitted on the other four; C,
    threshold and margin chosen by an inner 4-fold CV repeated over 3 shuffles, the fold's model
    being the mean of its inner models); the bench reports only out-of-fold figures.
    """

    weights: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    bias: float = -11.0360
    threshold: float = 0.4000  # probability above which a link is asserted (repeats, echoes)
    cite_threshold: float = 0.4000  # for cited_recommendation → UN recommendation
    cite_margin: float = 0.15  # cites: keep candidates within this of the best probability
    max_links: int = 40
    # per-query adaptive cut: assert only candidates whose log-odds are within ``margin`` of the
    # query's best candidate (chosen by cross-validation with ``threshold``; inf = off)
    margin: float = float("inf")
    use_clauses: bool = True  # embed clauses of compound recommendations (slower)
    use_tokens: bool = True  # word-piece alignment features (slower: token embeddings of the pool)
    # weights of a pairwise ranking model (positive vs negative candidate of one query); when set,
    # candidates are ordered by it, while the scores returned stay the link probabilities
    rank_weights: dict[str, float] | None = field(default_factory=lambda: dict(DEFAULT_RANK_WEIGHTS))


DEFAULT_WEIGHTS: dict[str, float] = {
    "cos": 2.3098, "cos_rel": -0.2783, "clause": 2.4148, "clause_rel": -0.1145, "tfidf": -7.0255,
    "tfidf_rel": 0.4413, "inst_match": 4.2623, "inst_conflict": -0.7209, "inst_missing": -0.2911,
    "org_match": 1.8694, "org_missing": -0.1651, "topic_cover": -0.5802, "topic_missing": -0.3216,
    "measure_match": 0.2370, "measure_missing": -0.3072, "len_ratio": 0.4727, "q_cover": -0.8058,
    "c_cover": -1.5931, "topic_all": 2.2395, "c_inst_only": -0.4970, "cos_z": 0.1978, "clause_z": 0.2226,
    "tfidf_z": 0.0430, "cos_rank": 0.0359, "clause_rank": 0.4553, "tfidf_rank": 0.5476, "bs_r": 3.2621,
    "bs_p": 1.8737, "bs_f": 3.1601, "bs_r_rel": 0.3485, "spec_x_bs": -0.0332, "spec_x_topic_all": -0.9619,
    "density": -0.7126, "density_x_bs": -0.3127, "top5": 0.5481, "top5_x_bs": 0.8597, "topic_idf_cover": 0.2366,
    "topic_rare_hit": 0.9674, "measure_idf_cover": 0.0313, "g_cover": -0.9841, "g_ccover": -0.8779,
    "g_rare1": 0.9300, "g_rare2": 0.9345, "g_rel": 0.3573, "spec_x_tm": 1.8686, "gen_x_t": 1.0569,
    "spec_x_tnm": -0.7146, "t_x_g": 0.9865, "gen_x_grare": 1.3538, "gen_x_gcover": 0.8779, "spec_x_gcover": -2.1816,
}


DEFAULT_RANK_WEIGHTS: dict[str, float] = {
    "cos": 1.4699, "cos_rel": 1.4699, "clause": 1.6398, "clause_rel": 1.6398, "tfidf": -0.5041,
    "tfidf_rel": -0.5041, "inst_match": 0.0416, "inst_conflict": -0.0679, "inst_missing": -0.0353,
    "org_match": 0.1120, "org_missing": -0.1120, "topic_cover": 0.4666, "topic_missing": -0.2349,
    "measure_match": 0.4692, "measure_missing": -0.4692, "len_ratio": 0.0875, "q_cover": 0.1639, "c_cover": -0.6897,
    "topic_all": 0.5547, "c_inst_only": -0.7525, "cos_z": 0.2495, "clause_z": 0.2880, "tfidf_z": -0.0233,
    "cos_rank": 0.3049, "clause_rank": 0.1050, "tfidf_rank": -0.2078, "bs_r": 2.1322, "bs_p": 0.7647,
    "bs_f": 1.6708, "bs_r_rel": 2.1322, "spec_x_bs": 0.0516, "spec_x_topic_all": 0.1769, "density": 0.0000,
    "density_x_bs": 0.0506, "top5": 0.0000, "top5_x_bs": 0.3816, "topic_idf_cover": 0.6352,
    "topic_rare_hit": 0.9782, "measure_idf_cover": 0.3616, "g_cover": 0.1687, "g_ccover": -0.7281,
    "g_rare1": 0.1938, "g_rare2": 0.3544, "g_rel": 0.1687, "spec_x_tm": 0.5854, "gen_x_t": 0.4249,
    "spec_x_tnm": -0.7162, "t_x_g": 0.0355, "gen_x_grare": 0.4924, "gen_x_gcover": 0.2588, "spec_x_gcover": -0.0649,
}


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


_ADV = r"(?:further|more|all|the|necessary|additional|appropriate|adequate|concrete|effective|targeted|" \
       r"comprehensive|specific|practical|legislative|and|other|new|its|their|ongoing|national|relevant|" \
       r"immediate|positive|serious|firm|decisive|urgent|possible|feasible|sufficient|vigorous|robust)\s+"
_MODAL = re.compile(
    r"^(?:(?:continue|further|step\s+up|intensify|redouble|strengthen|enhance|increase|reinforce|pursue|make|"
    r"take|undertake|adopt|consider|examine|accelerate|advance|keep|persist|bolster|scale\s+up|deepen|"
    r"implement|carry\s+on|do|maintain|promote|support|put\s+in\s+place|introduce|expedite)\s+(?:with\s+)?"
    r"(?:" + _ADV + r")*(?:efforts?|measures?|steps?|actions?|work|policies|initiatives|"
    r"the\s+possibility\s+of|possibility|taking|ensuring)?\s*(?:(?:to|towards|in|aimed\s+at|with\s+a\s+view\s+to|for|of|on|"
    r"regarding)\s+)?)+",
    re.IGNORECASE,
)


def core_text(text: str) -> str:
    """``text`` without its modal lead-in ("Continue its efforts to", "Take measures to", "Consider")."""
    t = " ".join((text or "").split())
    core = _MODAL.sub("", t).strip(" ,.")
    return core if len(core.split()) >= 2 else t


def split_clauses(text: str, min_words: int = 3) -> list[str]:
    """The clauses of a (possibly compound) recommendation; the whole text comes first.

    A general lead-in followed by "by" / "through" / "including by" is replaced by what follows.
    """
    text = " ".join((text or "").split())
    pieces = _BY.split(text)
    body = pieces[1:] if len(pieces) > 1 else pieces
    parts = [p.strip(" ,.") for piece in body for p in _SPLIT.split(piece)]
    out = [text]
    cores = {core_text(p) for p in [text, *parts]}
    for p in [core_text(text), *parts, *[core_text(p) for p in parts]]:
        if (len(p.split()) >= min_words or (p in cores and len(p.split()) >= 2)) and p not in out:
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


def _clause_sims(query: Unit, candidates: list[Unit]) -> tuple[np.ndarray, np.ndarray]:
    """Best clause-to-clause cosine per candidate, and the candidates' full-text vectors."""
    mats = clause_vectors([query.text] + [c.text for c in candidates])
    q = mats[0]
    best = np.array([float((q @ m.T).max()) for m in mats[1:]], dtype=np.float32)
    return best, np.stack([m[0] for m in mats[1:]])


def _tfidf_sims(query: Unit, candidates: list[Unit]) -> np.ndarray:
    docs = [normalise_text(query.text)] + [normalise_text(c.text) for c in candidates]
    vec = TfidfVectorizer(sublinear_tf=True, stop_words="english", ngram_range=(1, 2), min_df=1,
                          token_pattern=r"(?u)\b\w[\w_]+\b")
    try:
        m = vec.fit_transform(docs)
    except ValueError:  # only stop words
        return np.zeros(len(candidates), dtype=np.float32)
    return np.asarray((m[1:] @ m[0].T).todense()).ravel().astype(np.float32)


_STOP = frozenset("""a an the of to and or in on for with by its their all any as at be from into is are that
this which it such other including further continue efforts effort take measures measure necessary ensure step
steps strengthen intensify redouble adopt implement consider make new also well more most effective
appropriate particular particularly so order view country state""".split())
_WORD = re.compile(r"[a-z][a-z'-]+")


_SUFFIXES = ("ations", "ation", "ements", "ement", "ments", "ment", "ences", "ence", "ency", "ances", "ance",
             "ancy", "izing", "ising", "ized", "ised", "izes", "ises", "ize", "ise", "ings", "ing", "ities", "ity",
             "ies", "ied", "es", "ed", "s", "al", "ly")


def _stem(w: str) -> str:
    """A light suffix stripper ("restoration" / "restore" → "restor", "residency" / "residence" → "resid")."""
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    return w[:-1] if w.endswith("e") and len(w) > 4 else w


def _stems(text: str, country: str | None = None) -> set[str]:
    """Stemmed content words of ``text`` (acronyms written out; the State's own name left out)."""
    own = (country or "").casefold()[:5] or None
    return {_stem(w) for w in _WORD.findall(normalise_text(expand_acronyms(text)).lower())
            if w not in _STOP and not (own and w.startswith(own))}


def _coverage(query: Unit, candidates: list[Unit]) -> tuple[np.ndarray, np.ndarray]:
    """IDF-weighted share of the query's words found in each candidate, and the reverse."""
    q = _stems(query.text, query.country)
    cs = [_stems(c.text, c.country) for c in candidates]
    df: dict[str, int] = {}
    for st in cs:
        for w in st:
            df[w] = df.get(w, 0) + 1
    n = len(cs) + 1
    idf = {w: float(np.log((n + 1) / (df.get(w, 0) + 1))) + 1.0 for w in q.union(*cs)}
    qw = sum(idf[w] for w in q) or 1.0
    qc = np.array([sum(idf[w] for w in q & c) / qw for c in cs], dtype=np.float32)
    cc = np.array([sum(idf[w] for w in q & c) / (sum(idf[w] for w in c) or 1.0) for c in cs],
                  dtype=np.float32)
    return qc, cc


def _global_coverage(query: Unit, candidates: list[Unit]) -> np.ndarray:
    """Columns g_cover, g_ccover, g_rare1, g_rare2, g_rel: word overlap weighted by the words' rarity
    over all States' UPR Info recommendations (a rare word names a specific subject or measure)."""
    q = _stems(query.text, query.country)
    qw = {w: word_idf(w) for w in q}
    tot = sum(qw.values()) or 1.0
    rare = sorted(q, key=lambda w: (-qw[w], w))[:2]
    out = np.zeros((len(candidates), 5), dtype=np.float32)
    for j, c in enumerate(candidates):
        cs = _stems(c.text, c.country)
        shared = q & cs
        out[j, 0] = sum(qw[w] for w in shared) / tot
        out[j, 1] = sum(qw[w] for w in shared) / (sum(word_idf(w) for w in cs) or 1.0)
        out[j, 2] = float(bool(rare) and rare[0] in cs)
        out[j, 3] = float(any(w in cs for w in rare))
    out[:, 4] = out[:, 0] - out[:, 0].max()
    return out


def _bertscore(query: Unit, candidates: list[Unit]) -> tuple[np.ndarray, np.ndarray]:
    """Greedy word-piece alignment (BERTScore recall and precision), IDF-weighted over the pool."""
    from .embed import embed_tokens

    toks = embed_tokens([query.text] + [c.text for c in candidates], skip=_STOP)
    df: dict[str, int] = {}
    for _, pieces in toks[1:]:
        for p in set(pieces):
            df[p] = df.get(p, 0) + 1
    n = len(toks)

    def weights(pieces: list[str]) -> np.ndarray:
        return np.array([np.log((n + 1) / (df.get(p, 0) + 1)) + 1.0 for p in pieces])

    qv, qp = toks[0]
    qw = weights(qp)
    rec = np.zeros(len(candidates), dtype=np.float32)
    prec = np.zeros(len(candidates), dtype=np.float32)
    for j, (cv, cp) in enumerate(toks[1:]):
        s = qv @ cv.T
        rec[j] = float((s.max(axis=1) * qw).sum() / qw.sum())
        cw = weights(cp)
        prec[j] = float((s.max(axis=0) * cw).sum() / cw.sum())
    return rec, prec


def _z(v: np.ndarray) -> np.ndarray:
    return (v - v.mean()) / (v.std() + 1e-6)


def _rank(v: np.ndarray) -> np.ndarray:
    r = np.argsort(np.argsort(-v, kind="stable"), kind="stable")
    return 1.0 / np.log2(r + 2.0)


def _prefixed(keys: set[str], *prefixes: str) -> set[str]:
    return {k for k in keys if k.startswith(prefixes)}


def pair_features(query: Unit, candidates: list[Unit], sims: np.ndarray,
                  use_clauses: bool = True, use_tokens: bool = True) -> np.ndarray:
    """Feature matrix (len(candidates), len(FEATURES)) for the pairs (query, candidate)."""
    n = len(candidates)
    x = np.zeros((n, len(FEATURES)), dtype=np.float32)
    if n == 0:
        return x
    sims = np.asarray(sims, dtype=np.float32).reshape(-1)
    clause = sims
    if use_clauses:
        clause, _ = _clause_sims(query, candidates)
    clause = np.maximum(clause, sims)
    tfidf = _tfidf_sims(query, candidates)
    qk = key_terms(query.text)
    q_inst, q_org = instruments(qk), _prefixed(qk, "org:", "std:")
    q_top, q_meas = _prefixed(qk, "topic:"), qk & SPECIFIC_MEASURES
    qlen = max(1, len(query.text.split()))
    q_tw = {t: idf(t) for t in q_top}
    q_rare = max(q_tw, key=lambda t: (q_tw[t], t)) if q_tw else None
    q_mw = {m: idf(m) for m in q_meas}
    col = {f: i for i, f in enumerate(FEATURES)}
    x[:, col["cos"]] = sims
    x[:, col["cos_rel"]] = sims - sims.max()
    x[:, col["clause"]] = clause
    x[:, col["clause_rel"]] = clause - clause.max()
    x[:, col["tfidf"]] = tfidf
    x[:, col["tfidf_rel"]] = tfidf - tfidf.max()
    x[:, col["q_cover"]], x[:, col["c_cover"]] = _coverage(query, candidates)
    for name, v in (("cos", sims), ("clause", clause), ("tfidf", tfidf)):
        x[:, col[f"{name}_z"]] = _z(v)
        x[:, col[f"{name}_rank"]] = _rank(v)
    if use_tokens:
        rec, prec = _bertscore(query, candidates)
    else:
        rec, prec = sims, sims
    f1 = 2 * rec * prec / np.maximum(rec + prec, 1e-6)
    x[:, col["bs_r"]], x[:, col["bs_p"]], x[:, col["bs_f"]] = rec, prec, f1
    x[:, col["bs_r_rel"]] = rec - rec.max()
    bs_r_z = _z(rec)
    g = _global_coverage(query, candidates)
    for k, name in enumerate(("g_cover", "g_ccover", "g_rare1", "g_rare2", "g_rel")):
        x[:, col[name]] = g[:, k]
    for j, c in enumerate(candidates):
        ck = key_terms(c.text)
        c_inst, c_org = instruments(ck), _prefixed(ck, "org:", "std:")
        c_top = _prefixed(ck, "topic:")
        row = x[j]
        row[col["inst_match"]] = float(bool(q_inst & c_inst))
        row[col["inst_conflict"]] = float(terms_conflict(qk, ck))
        row[col["inst_missing"]] = float(bool(q_inst) and not c_inst)
        row[col["org_match"]] = float(bool(q_org & c_org))
        row[col["org_missing"]] = float(bool(q_org) and not (q_org & c_org))
        if q_top:
            shared = q_top & c_top
            row[col["topic_cover"]] = len(shared) / len(q_top)
            row[col["topic_missing"]] = float(not shared)
            row[col["topic_all"]] = float(q_top <= c_top)
            row[col["topic_idf_cover"]] = sum(q_tw[t] for t in shared) / sum(q_tw.values())
            row[col["topic_rare_hit"]] = float(q_rare in c_top)
        row[col["c_inst_only"]] = float(bool(c_inst) and not q_inst)
        if q_meas:
            hit = bool(q_meas & ck)
            row[col["measure_match"]] = float(hit)
            row[col["measure_missing"]] = float(not hit)
            row[col["measure_idf_cover"]] = sum(w for m, w in q_mw.items() if m in ck) / sum(q_mw.values())
        clen = max(1, len(c.text.split()))
        row[col["len_ratio"]] = min(qlen, clen) / max(qlen, clen)
    spec = float(bool(q_meas))
    density = float((x[:, col["topic_all"]] > 0).mean() * 10) if q_top else 0.0
    top5 = float(np.sort(rec)[-5:].mean())
    x[:, col["spec_x_bs"]] = spec * bs_r_z
    x[:, col["spec_x_topic_all"]] = spec * x[:, col["topic_all"]]
    x[:, col["density"]] = density
    x[:, col["density_x_bs"]] = density * bs_r_z
    x[:, col["top5"]] = top5
    x[:, col["top5_x_bs"]] = top5 * bs_r_z
    tic, mic = x[:, col["topic_idf_cover"]], x[:, col["measure_idf_cover"]]
    x[:, col["spec_x_tm"]] = spec * tic * mic
    x[:, col["gen_x_t"]] = (1 - spec) * tic
    x[:, col["spec_x_tnm"]] = spec * tic * (1 - mic)
    x[:, col["t_x_g"]] = tic * g[:, 0]
    x[:, col["gen_x_grare"]] = (1 - spec) * g[:, 2]
    x[:, col["gen_x_gcover"]] = (1 - spec) * g[:, 0]
    x[:, col["spec_x_gcover"]] = spec * g[:, 0]
    return x


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def _logit(p: float) -> float:
    p = min(max(float(p), 1e-12), 1 - 1e-12)
    return float(np.log(p / (1 - p)))


def adaptive_mask(p: np.ndarray, threshold: float, margin: float) -> np.ndarray:
    """Links asserted among probabilities ``p`` of one query: above ``threshold`` and within ``margin``
    log-odds of the best candidate (the rule of ``decide_links``)."""
    q = np.clip(p.astype(np.float64), 1e-12, 1 - 1e-12)
    lo = np.log(q / (1 - q))
    return (p >= threshold) & (lo >= lo.max() - margin)


def combine(x: np.ndarray, params: LinkParams) -> np.ndarray:
    """Link probabilities from a feature matrix."""
    w = np.array([params.weights.get(f, 0.0) for f in FEATURES], dtype=np.float64)
    return _sigmoid(x.astype(np.float64) @ w + params.bias)


def score_candidates(query: Unit, candidates: list[Unit], sims: np.ndarray,
                     params: LinkParams | None = None) -> list[tuple[int, float]]:
    """Candidates re-ranked: [(candidate index, link probability)], best first.

    The order comes from the pairwise ranking weights when ``params.rank_weights`` is set,
    otherwise from the probability.

    ``sims`` are the embedding cosines between the query and each candidate. A candidate naming a
    different instrument than the query (e.g. ICRMW vs OP-CAT) gets score 0.
    """
    params = params or LinkParams()
    x = pair_features(query, candidates, sims, use_clauses=params.use_clauses, use_tokens=params.use_tokens)
    p = combine(x, params)
    conflict = x[:, FEATURES.index("inst_conflict")] > 0
    p[conflict] = 0.0
    key = p
    if params.rank_weights:
        key = rank_scores(x, params)
        key[conflict] = -np.inf
    order = np.argsort(-key, kind="stable")
    return [(int(i), float(p[i])) for i in order]


def rank_scores(x: np.ndarray, params: LinkParams) -> np.ndarray:
    """Scores of the pairwise ranking model (only their order within one query matters)."""
    w = np.array([(params.rank_weights or {}).get(f, 0.0) for f in FEATURES], dtype=np.float64)
    return x.astype(np.float64) @ w


def link_type(query: Unit) -> str:
    """The type of link a query makes to earlier units: cites | echoes | repeats."""
    if query.kind == "cited_recommendation":
        return "cites"
    if query.mechanism in UN_MECHANISMS:
        return "repeats"
    return "echoes"


def eligible(query: Unit, cand: Unit, ltype: str | None = None, as_of: int | None = None) -> bool:
    """Whether ``cand`` may be the target of a ``ltype`` link (default: the query's) from ``query``;
    ``as_of``: the year of the query's document (a document cannot cite or echo a later recommendation)."""
    ltype = ltype or link_type(query)
    if cand is query:
        return False
    if query.country and cand.country and query.country.casefold() != cand.country.casefold():
        return False
    if as_of and cand.year and cand.year > as_of:
        return False
    if ltype in ("cites", "echoes"):
        return cand.mechanism in UN_MECHANISMS and cand.kind == "recommendation"
    if query.year and cand.year and cand.year > query.year:
        return False
    # the same review's recommendation in another document (WG report, matrix, addendum) is not a repeat
    if query.year and cand.year == query.year and query.mechanism and cand.mechanism == query.mechanism:
        return False
    return cand.kind != "cited_recommendation" and cand.mechanism in UN_MECHANISMS


# cosine at or above which an eligible candidate with no key-term conflict is linked whatever the model
# says: the model's pool-relative features (trained on pools of hundreds) underrate a near-verbatim
# repeat in a small database
NEAR_DUPLICATE = 0.9


def decide_links(query: Unit, ranked: list[tuple[int, float]], candidates: list[Unit] | None = None,
                 params: LinkParams | None = None, sims: np.ndarray | None = None) -> list[tuple[int, str, float]]:
    """Links to assert from ``score_candidates`` output: [(candidate index, link type, score)].

    With ``candidates`` given, a candidate of another State, a later one or one of the same review
    (repeats: same mechanism and year) or a non-UN one is skipped. ``cites`` keeps only the best
    candidates (within ``cite_margin`` of the best). With ``sims`` (cosines) given, near-verbatim
    candidates (``NEAR_DUPLICATE``) are linked too.
    """
    params = params or LinkParams()
    ltype = link_type(query)
    thr = params.cite_threshold if ltype == "cites" else params.threshold
    out: list[tuple[int, str, float]] = []
    best: float | None = None
    top = max((sc for _, sc in ranked), default=0.0)
    floor = _logit(top) - params.margin if ltype != "cites" and np.isfinite(params.margin) else -np.inf
    for idx, score in sorted(ranked, key=lambda r: -r[1]):
        if score < thr or len(out) >= params.max_links:
            break
        if _logit(score) < floor:
            break
        if candidates is not None and not eligible(query, candidates[idx], ltype):
            continue
        if ltype == "cites":
            if best is None:
                best = score
            elif score < best - params.cite_margin:
                break
        out.append((idx, ltype, float(score)))
    if sims is not None and candidates is not None:
        have, prob = {i for i, _, _ in out}, dict(ranked)
        for idx in np.flatnonzero(np.asarray(sims) >= NEAR_DUPLICATE):
            i = int(idx)
            if i in have or len(out) >= params.max_links or not eligible(query, candidates[i], ltype):
                continue
            if texts_conflict(query.text, candidates[i].text):
                continue
            out.append((i, ltype, float(max(prob.get(i, 0.0), sims[i]))))
    return out
