"""The fine-tuned MiniLM part of the label model: training, saving, loading, blending, the train pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from safetensors import safe_open
from test_classify import _write_csv

from hrtracker.classify import finetune, load_model, train
from hrtracker.classify.model import blend_scores
from hrtracker.classify.train import FINETUNED_FILE, tune_blend

_TEXTS = [
    "Ratify the Convention against Torture",
    "Abolish the death penalty",
    "Protect the rights of women",
    "Protect children from abuse",
] * 6


def test_fit_save_load_round_trip(tmp_path: Path) -> None:
    y = np.zeros((len(_TEXTS), 4), dtype=np.int8)
    y[np.arange(len(_TEXTS)), np.arange(len(_TEXTS)) % 4] = 1
    action = np.array([5, 5, 4, 4] * 6)
    classes = ["Torture", "Death penalty", "Women", "Children"]
    lines: list[str] = []
    m = finetune.fit(
        _TEXTS, y, action, classes, finetune.FineTuneConfig(epochs=2, batch=8), "cpu", progress=lines.append
    )
    assert len(lines) == 2 and lines[0].startswith("epoch 1/2")
    pi, pa = m.predict(_TEXTS[:4])
    assert pi.shape == (4, 4) and pa.shape == (4, 5)
    assert np.allclose(pa.sum(1), 1, atol=1e-4) and ((pi >= 0) & (pi <= 1)).all()
    path = m.save(tmp_path / "ft.safetensors", {"note": "test"})
    with safe_open(str(path), "pt") as f:
        keys = set(f.keys())
        assert json.loads(f.metadata()["classes"]) == classes
    assert "bert.embeddings.word_embeddings.weight" not in keys  # frozen: comes from the package at load
    assert {"issue.weight", "action.weight", "bert.encoder.layer.5.output.dense.weight"} <= keys
    assert path.stat().st_size < 30_000_000
    exact = finetune.load(path, quantize=False)
    qi, qa = exact.predict(_TEXTS[:4])
    assert np.allclose(qi, pi, atol=2e-2) and np.allclose(qa, pa, atol=2e-2)  # float16 on disk
    quant = finetune.load(path)
    ri, _ = quant.predict(_TEXTS[:4])
    assert exact.classes == classes and np.abs(ri - qi).max() < 0.2  # int8 linear layers: close, not equal


def test_blend_weighs_both_parts() -> None:
    rng = np.random.default_rng(0)
    y = (rng.random((400, 3)) < 0.3).astype(np.int8)
    action = rng.integers(1, 6, 400)
    good = np.where(y == 1, 0.9, 0.1).astype(np.float32)  # the fine-tune is right
    noise = rng.normal(0, 1, y.shape).astype(np.float32)  # the linear margins are noise
    onehot = np.eye(5, dtype=np.float32)[action - 1] * 0.8 + 0.04
    blend = tune_blend(noise, rng.normal(0, 1, (400, 5)), good, onehot, y, action)
    assert blend["w"] >= 0.5 and blend["b"] <= 1.0
    si, sa = blend_scores(noise, np.zeros((400, 5)), good, onehot, blend)
    assert ((si > 0) == (y == 1)).mean() > 0.95 and (sa.argmax(1) + 1 == action).all()
    blend = tune_blend(np.where(y == 1, 1.0, -1.0), np.eye(5)[action - 1], 1 - good, np.full((400, 5), 0.2), y, action)
    assert blend["w"] <= 0.5 and blend["b"] > 0  # and the other way round


def test_train_with_finetune_end_to_end(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    _write_csv(data / "tiny.csv")
    out = tmp_path / "model"
    cfg = finetune.FineTuneConfig(epochs=1, batch=16)
    meta = train(data, out, seed=1, finetune=True, finetune_config=cfg)
    assert (out / FINETUNED_FILE).exists()
    assert set(meta["blend"]) == {"c", "w", "g", "b"} and meta["finetune"]["config"]["epochs"] == 1
    assert "linear_only" in meta["metrics"] and 0 <= meta["metrics"]["issues_micro_f1"] <= 1
    m = load_model(out)
    assert m.finetuned is not None and m.blend == meta["blend"]
    p = m.predict(["Ratify the convention to abolish the death penalty in State99"])[0]
    assert p.issues and p.action[0] in range(1, 6) and all(0 <= c <= 1 for _, c in p.issues)
    # a linear-only rebuild into the same folder drops the fine-tune
    train(data, out, seed=1)
    assert not (out / FINETUNED_FILE).exists() and load_model(out).finetuned is None


def test_saved_finetunes_are_reused_and_checked(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    _write_csv(data / "tiny.csv")
    out = tmp_path / "model"
    train(data, out, seed=1, finetune=True, finetune_config=finetune.FineTuneConfig(epochs=1, batch=16))
    saved = out / FINETUNED_FILE
    again = tmp_path / "again"
    meta = train(data, again, seed=1, finetuned_fit=saved, finetuned_all=saved)
    assert meta["finetune"]["all_model"] == str(saved)
    assert (again / FINETUNED_FILE).read_bytes() == saved.read_bytes()
    (again / FINETUNED_FILE).unlink()
    with pytest.raises(FileNotFoundError, match="fine-tune"):
        load_model(again / "label_model.joblib")


def test_shipped_model_blends_its_finetune() -> None:
    m = load_model()
    assert m.finetuned is not None and m.blend is not None
    assert m.finetuned.classes == m.classes
    assert m.meta["finetune"]["file"] == FINETUNED_FILE


def test_written_out_encoder_matches_transformers() -> None:
    import torch
    from safetensors.torch import load_file
    from transformers import BertConfig, BertModel, BertTokenizerFast

    d = finetune.base_dir()
    texts = ["Ratify the Convention against Torture", "Abolish the death penalty, now!", "x"]
    ids = [e.ids for e in finetune._tokenizer(d).encode_batch(texts)]
    reference_tok = BertTokenizerFast(vocab_file=str(d / "vocab.txt"), tokenizer_file=str(d / "tokenizer.json"))
    assert ids == reference_tok(texts, truncation=True, max_length=finetune.MAX_LEN)["input_ids"]
    cfg = json.loads((d / "config.json").read_text())
    ref = BertModel(BertConfig(**{k: v for k, v in cfg.items() if k[0] != "_"}), add_pooling_layer=False)
    weights = {k: v for k, v in load_file(str(d / "model.safetensors")).items() if not k.startswith("pooler")}
    ref.load_state_dict(weights, strict=False)
    mine = finetune._encoder(d).eval()
    x, mask = finetune._pad(ids, [0, 1, 2], "cpu")
    with torch.no_grad():
        diff = (mine(x, mask) - ref.eval()(input_ids=x, attention_mask=mask).last_hidden_state).abs()
    assert float((diff * mask[..., None]).max()) < 1e-4
