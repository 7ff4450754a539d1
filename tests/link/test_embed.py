import os

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HRT_TORCH_THREADS", "2")

from hrtracker.link.embed import DIM, embed_texts, model_id  # noqa: E402


@pytest.fixture(scope="module")
def vecs() -> np.ndarray:
    texts = ["Ratify ICRMW", "Ratify the Convention on Migrant Workers", "Improve prison conditions", ""]
    return embed_texts(texts, batch_size=2)


def test_shape_and_norm(vecs: np.ndarray) -> None:
    assert vecs.shape == (4, DIM) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs[:3], axis=1), 1.0, atol=1e-5)
    assert embed_texts([]).shape == (0, DIM)
    assert "minilm" in model_id().lower()


def test_semantics(vecs: np.ndarray) -> None:
    assert float(vecs[0] @ vecs[1]) > float(vecs[0] @ vecs[2])


def test_default_params_rank_and_link(vecs: np.ndarray) -> None:
    from hrtracker.link.decide import decide_links, score_candidates
    from hrtracker.models import Unit

    texts = ["Ratify ICRMW", "Ratify OP-CAT", "Improve prison conditions",
             "Consider ratifying the Convention on Migrant Workers and Members of Their Families"]
    cands = [Unit(kind="recommendation", text=t, mechanism="UPR", country="Slovenia", year=2014)
             for t in texts]
    q = Unit(kind="recommendation", mechanism="UPR", country="Slovenia", year=2025,
             text="Ratify the International Convention on the Protection of the Rights of Migrant Workers")
    qv = embed_texts([q.text])
    ranked = score_candidates(q, cands, (embed_texts(texts) @ qv.T).ravel())
    assert {ranked[0][0], ranked[1][0]} == {0, 3}
    linked = {i for i, t, _ in decide_links(q, ranked, cands)}
    assert 1 not in linked and 2 not in linked
