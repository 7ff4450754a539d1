import numpy as np

from hrtracker.link.decide import (
    LinkParams,
    adaptive_mask,
    decide_links,
    link_type,
    score_candidates,
    split_clauses,
)
from hrtracker.models import Unit


def _u(text: str, **kw: object) -> Unit:
    base: dict[str, object] = {"kind": "recommendation", "mechanism": "UPR", "country": "Slovenia",
                               "year": 2014}
    base.update(kw)
    return Unit(text=text, **base)  # type: ignore[arg-type]


def test_split_clauses() -> None:
    parts = split_clauses("Combat trafficking by strengthening the identification of victims; "
                          "and train police")
    assert parts[0].startswith("Combat trafficking")
    assert "strengthening the identification of victims" in parts


def test_decide_links_small_case() -> None:
    q = _u("Ratify the Convention on Migrant Workers", year=2025)
    cands = [_u("Ratify ICRMW"), _u("Ratify OP-CAT"), _u("Ratify ICRMW", country="Croatia"),
             _u("Improve prison conditions")]
    sims = np.array([0.8, 0.7, 0.8, 0.1], dtype=np.float32)
    params = LinkParams(weights={"cos": 10.0, "inst_match": 5.0}, bias=-8.0, threshold=0.5,
                        use_clauses=False, use_tokens=False, rank_weights=None)
    ranked = score_candidates(q, cands, sims, params=params)
    assert ranked[0][0] in (0, 2)
    assert dict(ranked)[1] == 0.0  # instrument conflict
    links = decide_links(q, ranked, cands, params=params)
    assert [(i, t) for i, t, _ in links] == [(0, "repeats")]
    assert link_type(_u("x", kind="cited_recommendation", mechanism=None)) == "cites"
    assert link_type(_u("x", mechanism="other")) == "echoes"
    cited = _u("Ratify the Convention on Migrant Workers", kind="cited_recommendation", mechanism=None)
    links = decide_links(cited, score_candidates(cited, cands, sims, params=params), cands, params=params)
    assert links and links[0][1] == "cites"


def test_adaptive_margin_cuts_relative_to_best() -> None:
    q = _u("Combat trafficking in persons", year=2025)
    cands = [_u("Combat trafficking"), _u("Fight trafficking in women"), _u("Improve prisons")]
    ranked = [(0, 0.99), (1, 0.6), (2, 0.55)]
    loose = LinkParams(threshold=0.5, rank_weights=None)
    assert [i for i, _, _ in decide_links(q, ranked, cands, params=loose)] == [0, 1, 2]
    tight = LinkParams(threshold=0.5, margin=4.3, rank_weights=None)  # logit floor ~0.3
    assert [i for i, _, _ in decide_links(q, ranked, cands, params=tight)] == [0, 1]
    p = np.array([0.99, 0.6, 0.55, 0.1])
    assert adaptive_mask(p, 0.5, 4.3).tolist() == [True, True, False, False]
    assert adaptive_mask(p, 0.5, float("inf")).tolist() == [True, True, True, False]


def test_no_state_specific_topics() -> None:
    from hrtracker.link.terms import key_terms

    assert not any(k.startswith("topic:erased") for k in key_terms('Restore the rights of the "erased"'))


def test_specific_subject_outweighs_broad_one() -> None:
    from hrtracker.link.decide import FEATURES, pair_features

    q = _u("Continue efforts to combat discrimination on the grounds of disability", year=2025)
    cands = [_u("Combat discrimination against persons with disabilities"),
             _u("Combat discrimination in all its forms")]
    x = pair_features(q, cands, np.array([0.7, 0.7], dtype=np.float32), use_clauses=False, use_tokens=False)
    col = FEATURES.index("topic_idf_cover")
    assert x[0, col] == 1.0 and x[1, col] < 0.5
    assert x[0, FEATURES.index("topic_rare_hit")] == 1.0 and x[1, FEATURES.index("topic_rare_hit")] == 0.0
    assert x[0, FEATURES.index("g_cover")] > x[1, FEATURES.index("g_cover")]


def test_same_review_in_another_document_is_not_a_repeat() -> None:
    q = _u("Ratify the Convention on Migrant Workers", year=2025)
    cands = [_u("Ratify the Convention on Migrant Workers", year=2025),  # the matrix row of the same review
             _u("Ratify the Convention on Migrant Workers", year=2025, mechanism="CEDAW"),
             _u("Ratify ICRMW", year=2014)]
    ranked = [(0, 0.99), (1, 0.98), (2, 0.97)]
    links = decide_links(q, ranked, cands, params=LinkParams(threshold=0.5, rank_weights=None))
    assert [i for i, _, _ in links] == [1, 2]


def test_near_verbatim_candidates_link_unless_their_instruments_conflict() -> None:
    q = _u("Ratify the Optional Protocol to the Convention against Torture", year=2025)
    cands = [_u("Ratify the Optional Protocol to the Convention against Torture."),
             _u("Ratify the Optional Protocol to the Convention on the Rights of the Child"),
             _u("Ratify OP-CAT", year=2025)]  # same review: never a repeat
    ranked = [(0, 0.01), (1, 0.01), (2, 0.01)]  # the model alone would assert nothing
    params = LinkParams(threshold=0.5, rank_weights=None)
    assert decide_links(q, ranked, cands, params=params) == []
    links = decide_links(q, ranked, cands, params=params, sims=np.array([0.99, 0.93, 0.95], dtype=np.float32))
    assert [(i, t) for i, t, _ in links] == [(0, "repeats")] and links[0][2] >= 0.99 - 1e-6
