from pathlib import Path

import numpy as np

from hrtracker.link.index import VectorIndex


def _vecs(n: int, d: int = 384, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal((n, d)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_search_filter_remove_save_load(tmp_path: Path) -> None:
    v = _vecs(500)
    ids = list(range(1000, 1500))
    idx = VectorIndex.build(ids, v)
    assert len(idx) == 500
    hits = idx.search(v[7], k=5)
    assert hits[0][0] == 1007 and abs(hits[0][1] - 1.0) < 1e-4
    assert len(hits) == 5 and hits[0][1] >= hits[-1][1]
    allowed = set(range(1100, 1200))
    fh = idx.search(v[7], k=5, allowed_ids=allowed)
    assert len(fh) == 5 and all(i in allowed for i, _ in fh)
    exact = sorted(allowed, key=lambda i: -float(v[i - 1000] @ v[7]))[:5]
    assert [i for i, _ in fh] == exact
    idx.remove([1007])
    assert 1007 not in idx and all(i != 1007 for i, _ in idx.search(v[7], k=5))
    idx.add([2000], v[7:8])
    path = tmp_path / "vecs.usearch"
    idx.save(path)
    back = VectorIndex.load(path)
    assert len(back) == 500
    assert back.search(v[7], k=1)[0][0] == 2000
    assert back.search(v[150], k=1, allowed_ids=[1150, 1151])[0][0] == 1150


def test_overfetch_filter() -> None:
    import hrtracker.link.index as mod

    v = _vecs(300, seed=1)
    idx = VectorIndex.build(range(300), v)
    old = mod.EXACT_LIMIT
    mod.EXACT_LIMIT = 10
    try:
        allowed = set(range(0, 300, 3))
        hits = idx.search(v[3], k=4, allowed_ids=allowed)
    finally:
        mod.EXACT_LIMIT = old
    assert hits[0][0] == 3 and all(i in allowed for i, _ in hits)
