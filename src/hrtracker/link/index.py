"""Vector search over unit embeddings with usearch (HNSW, cosine).

Ids are non-negative integers (unit ids). A filtered search (``allowed_ids``: the units of one
country, mechanism or session) scores the allowed vectors exactly with numpy when the allowed
set is small, and otherwise over-fetches from the HNSW graph until enough allowed hits are found.
"""

from __future__ import annotations

import warnings
from collections.abc import Collection, Iterable
from pathlib import Path

import numpy as np
from usearch.index import Index

from .embed import DIM

EXACT_LIMIT = 20_000  # filtered searches over at most this many allowed ids are exact


def _as_matrix(vectors: np.ndarray, ndim: int) -> np.ndarray:
    v = np.ascontiguousarray(np.asarray(vectors, dtype=np.float32))
    if v.ndim == 1:
        v = v.reshape(1, -1)
    if v.shape[1] != ndim:
        raise ValueError(f"expected vectors of dimension {ndim}, got {v.shape[1]}")
    return v


class VectorIndex:
    """A cosine index of (id, vector) pairs with optional id filtering."""

    def __init__(self, ndim: int = DIM, expansion_search: int = 96) -> None:
        self.ndim = ndim
        self._index = Index(ndim=ndim, metric="cos", dtype="f32", connectivity=16, expansion_add=128,
                            expansion_search=expansion_search)
        self._row: dict[int, int] = {}  # id -> row in self._vecs
        self._ids: list[int | None] = []  # row -> id (None when removed)
        self._vecs = np.zeros((0, ndim), dtype=np.float32)
        self._n = 0  # used rows

    # -- building -------------------------------------------------------------------------
    @classmethod
    def build(cls, ids: Iterable[int], vectors: np.ndarray, ndim: int | None = None) -> VectorIndex:
        """A new index holding ``ids`` with their ``vectors``."""
        v = np.asarray(vectors, dtype=np.float32)
        idx = cls(ndim=ndim or (v.shape[1] if v.ndim == 2 and v.shape[0] else DIM))
        idx.add(ids, v)
        return idx

    def __len__(self) -> int:
        return len(self._row)

    def __contains__(self, id_: object) -> bool:
        return id_ in self._row

    def _grow(self, extra: int) -> None:
        need = self._n + extra
        if need > self._vecs.shape[0]:
            cap = max(need, 2 * self._vecs.shape[0], 1024)
            new = np.zeros((cap, self.ndim), dtype=np.float32)
            new[: self._n] = self._vecs[: self._n]
            self._vecs = new

    def add(self, ids: Iterable[int], vectors: np.ndarray) -> None:
        """Add (or replace) vectors; they are L2-normalised on the way in."""
        keys = [int(i) for i in ids]
        v = _as_matrix(vectors, self.ndim)
        if len(keys) != v.shape[0]:
            raise ValueError("ids and vectors differ in length")
        if not keys:
            return
        if len(set(keys)) != len(keys):
            raise ValueError("duplicate ids")
        norms = np.linalg.norm(v, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        v = v / norms
        present = [k for k in keys if k in self._row]
        if present:
            self.remove(present)
        self._grow(len(keys))
        for j, k in enumerate(keys):
            self._row[k] = self._n + j
            self._ids.append(k)
        self._vecs[self._n : self._n + len(keys)] = v
        self._n += len(keys)
        self._index.add(np.array(keys, dtype=np.uint64), v)

    def remove(self, ids: Iterable[int]) -> None:
        """Remove ids (unknown ids are ignored)."""
        keys = [int(i) for i in ids if int(i) in self._row]
        for k in keys:
            self._ids[self._row.pop(k)] = None
        if keys:
            self._index.remove(np.array(keys, dtype=np.uint64))

    # -- searching ------------------------------------------------------------------------
    def search(self, vector: np.ndarray, k: int = 10,
               allowed_ids: Collection[int] | None = None) -> list[tuple[int, float]]:
        """The ``k`` nearest ids to ``vector`` as [(id, cosine)], best first."""
        if not self._row or k <= 0:
            return []
        q = _as_matrix(vector, self.ndim)[0]
        nq = float(np.linalg.norm(q)) or 1.0
        q = q / nq
        if allowed_ids is not None:
            allowed = allowed_ids if isinstance(allowed_ids, (set, frozenset, dict)) else set(allowed_ids)
            if len(allowed) <= EXACT_LIMIT:
                return self._exact(q, k, [int(i) for i in allowed if int(i) in self._row])
            return self._overfetch(q, k, allowed)
        return self._hnsw(q, min(k, len(self._row)))

    def _hnsw(self, q: np.ndarray, count: int) -> list[tuple[int, float]]:
        m = self._index.search(q, count)
        return [(int(key), float(1.0 - d)) for key, d in zip(m.keys, m.distances, strict=False)]

    def _exact(self, q: np.ndarray, k: int, ids: list[int]) -> list[tuple[int, float]]:
        if not ids:
            return []
        rows = np.fromiter((self._row[i] for i in ids), dtype=np.int64, count=len(ids))
        sims = self._vecs[rows] @ q
        top = np.argpartition(-sims, min(k, len(ids)) - 1)[:k] if len(ids) > k else np.arange(len(ids))
        top = top[np.argsort(-sims[top], kind="stable")]
        return [(ids[i], float(sims[i])) for i in top]

    def _overfetch(self, q: np.ndarray, k: int, allowed: Collection[int]) -> list[tuple[int, float]]:
        count = min(len(self._row), max(4 * k, 64))
        while True:
            hits = [(i, s) for i, s in self._hnsw(q, count) if i in allowed]
            if len(hits) >= k or count >= len(self._row):
                return hits[:k]
            count = min(len(self._row), count * 4)

    def vector(self, id_: int) -> np.ndarray:
        """The stored (normalised) vector of ``id_``."""
        return self._vecs[self._row[int(id_)]].copy()

    # -- persistence ----------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        """Write the HNSW graph to ``path`` and the ids and vectors to ``path`` + ``.npz``."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        live = [(i, r) for i, r in self._row.items()]
        ids = np.array([i for i, _ in live], dtype=np.int64)
        vecs = self._vecs[[r for _, r in live]] if live else np.zeros((0, self.ndim), np.float32)
        self._index.save(str(path))
        np.savez(str(path) + ".npz", ids=ids, vectors=vecs, ndim=np.array(self.ndim))

    @classmethod
    def load(cls, path: str | Path) -> VectorIndex:
        """Read an index written by ``save``."""
        path = Path(path)
        data = np.load(str(path) + ".npz")
        ids, vecs, ndim = data["ids"], data["vectors"], int(data["ndim"])
        idx = cls(ndim=ndim)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            restored = Index.restore(str(path))
        if restored is None or len(restored) != len(ids):
            idx.add(ids.tolist(), vecs)  # graph missing or stale: rebuild from the vectors
            return idx
        restored.expansion_search = idx._index.expansion_search
        idx._index = restored
        idx._grow(len(ids))
        idx._vecs[: len(ids)] = vecs
        idx._n = len(ids)
        idx._ids = [int(i) for i in ids]
        idx._row = {int(i): r for r, i in enumerate(ids)}
        return idx
