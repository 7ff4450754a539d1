import os

import numpy as np
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HRT_TORCH_THREADS", "2")

from hrtracker.link.embed import DIM, embed_texts, model_id  # noqa: E402


@pytest.fixture(scope="module")
def vecs() -> np.ndarray:
    return embed_texts(["Ratify ICRMW", "Ratify the Convention on Migrant Workers", "Improve prison conditions",
                        ""], batch_size=2)


def test_shape_and_norm(vecs: np.ndarray) -> None:
    assert vecs.shape == (4, DIM) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs[:3], axis=1), 1.0, atol=1e-5)
    assert embed_texts([]).shape == (0, DIM)
    assert "minilm" in model_id().lower()


def test_semantics(vecs: np.ndarray) -> None:
    assert float(vecs[0] @ vecs[1]) > float(vecs[0] @ vecs[2])
