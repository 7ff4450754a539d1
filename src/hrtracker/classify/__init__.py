"""Classify recommendations: UPR Info issues (54), McMahon action category (1-5), ICCPR articles.

``load_model()`` gives the shipped model (cached); ``model.predict(texts)`` gives ``Prediction``
objects; ``train(data_dir, out_dir)`` rebuilds it from UPR Info CSVs.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from .issue_articles import ISSUE_ARTICLES, articles_of_issues
from .model import LabelModel, Prediction

_lock = threading.Lock()
_cache: dict[str, LabelModel] = {}


def load_model(path: str | Path | None = None) -> LabelModel:
    """Load (once per path) a saved label model; default: the model shipped in the package."""
    from .model import Featurizer
    from .train import FINETUNED_FILE, MODEL_FILE, default_dir

    p = Path(path) if path is not None else default_dir()
    if p.is_dir():
        p = p / MODEL_FILE
    key = str(p.resolve())
    with _lock:
        if key not in _cache:
            if not p.exists():
                raise FileNotFoundError(f"no label model at {p}")
            import joblib

            s = joblib.load(p)
            model = LabelModel(
                Featurizer(s["vectorizers"]),
                s["classes"],
                s["issue_coef"],
                s["issue_bias"],
                s["thresholds"],
                s["action_coef"],
                s["action_bias"],
                s["memory_keys"],
                s["memory_issues"],
                s["memory_action"],
                s.get("meta"),
            )
            if s.get("blend") and os.environ.get("HRT_FINETUNED", "1") != "0":
                ft_path = p.parent / FINETUNED_FILE
                if not ft_path.exists():
                    raise FileNotFoundError(f"{p}: blends a fine-tune, but {ft_path} is missing")
                from .finetune import load as load_finetuned

                model.attach(load_finetuned(ft_path), s["blend"])
            _cache[key] = model
        return _cache[key]


def train(
    data_dir: str | Path, out_dir: str | Path | None = None, seed: int = 0, progress: Any = None, **finetune: Any
) -> dict[str, Any]:
    """Rebuild the models from the UPR Info CSVs in ``data_dir``; returns the metadata with metrics.

    ``finetune=True`` (or ``finetuned_fit=``/``finetuned_all=`` files) also blends a fine-tuned MiniLM
    (``train.train``)."""
    from .train import train as _train

    meta = _train(data_dir, out_dir, seed=seed, progress=progress, **finetune)
    _cache.clear()
    return meta


__all__ = ["ISSUE_ARTICLES", "LabelModel", "Prediction", "articles_of_issues", "load_model", "train"]
