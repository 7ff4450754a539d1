"""Benchmark the label model against the TF-IDF + LinearSVC baseline on the same splits, in one run.

Splits: State-held-out (headline: 20 % of States under review, seeded shuffle, seed 0), time
(train sessions 1-12, test 13-20), random rows (for comparison with published anchors only).
Also: ICCPR articles on the gold units, the 10 rarest labels' F1, inference speed, load time, size.
With ``--finetuned state=FILE,time=FILE`` (fine-tunes trained on each split's training States less
its validation States: ``python -m hrtracker.classify.finetune --rows fit``, or the time split's
equivalent) the blended model is measured too ("ours+ft").
Writes bench/results/classify.json.  Run: .venv/bin/python bench/classify.py [--data DIR]
"""

from __future__ import annotations

import argparse
import glob
import json
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score
from sklearn.multiclass import OneVsRestClassifier
from sklearn.svm import LinearSVC

from hrtracker.classify import load_model
from hrtracker.classify.data import binarize, random_split, read_dir, state_split, time_split
from hrtracker.classify.train import default_dir, evaluate, fit_blended, fit_model
from hrtracker.extract.articles import articles_for

ANCHORS = {
    "state": {"issues_micro_f1": 0.906, "issues_macro_f1": 0.852, "action_accuracy": 0.894},
    "time": {"issues_micro_f1": 0.884, "issues_macro_f1": 0.814},
    "random": {"issues_micro_f1": 0.877, "action_accuracy": 0.895},
}
BAR = {
    "state": {"issues_micro_f1": 0.92, "issues_macro_f1": 0.87, "action_accuracy": 0.945},
    "time": {"issues_micro_f1": 0.90},
    "articles": {"micro_f1": 0.90},
}


def baseline(rows: list, tr: np.ndarray, te: np.ndarray, classes: list[str]) -> dict:
    """The issue's ten-line baseline: TF-IDF 1-2-grams, LinearSVC one-vs-rest, threshold -0.2, >= 1 label."""
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    xtr = vec.fit_transform([rows[i].text for i in tr])
    xte = vec.transform([rows[i].text for i in te])
    y = binarize(rows, classes)
    s = OneVsRestClassifier(LinearSVC()).fit(xtr, y[tr]).decision_function(xte)
    p = s > -0.2
    p[np.arange(len(p)), s.argmax(1)] = True
    act = np.array([r.action for r in rows])
    a = LinearSVC().fit(xtr, act[tr]).predict(xte)
    per = f1_score(y[te], p, average=None, zero_division=0)
    return {
        "issues_micro_f1": round(float(f1_score(y[te], p, average="micro")), 4),
        "issues_macro_f1": round(float(f1_score(y[te], p, average="macro", zero_division=0)), 4),
        "action_accuracy": round(float(accuracy_score(act[te], a)), 4),
        "per_label_f1": {c: round(float(f), 4) for c, f in zip(classes, per, strict=True)},
    }


def gold_articles(model) -> dict:
    """Micro-F1 of predicted article sets on the gold units (text + section)."""
    gold = [json.loads(line) for f in sorted(glob.glob("/work/shared/eval/gold/*.jsonl")) for line in open(f)]
    if not gold:
        return {}
    preds = model.predict([g["text"] for g in gold], sections=[g.get("section", "") for g in gold])

    def micro(sets: list[set[int]]) -> float:
        tp = sum(len(p & set(g["articles"])) for p, g in zip(sets, gold, strict=True))
        fp = sum(len(p - set(g["articles"])) for p, g in zip(sets, gold, strict=True))
        fn = sum(len(set(g["articles"]) - p) for p, g in zip(sets, gold, strict=True))
        return round(2 * tp / max(1, 2 * tp + fp + fn), 4)

    ours = micro([{a for a, c in p.articles if c >= 0.5} for p in preds])
    rules = micro([set(articles_for(g["text"], g.get("section", ""))) for g in gold])
    text_only = micro(
        [{a for a, c in p.articles if c >= 0.5} for p in model.predict([g["text"] for g in gold])]
    )
    return {"n": len(gold), "micro_f1": ours, "rules_only_micro_f1": rules, "text_only_micro_f1": text_only}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/work/shared/datasets/upr-info")
    ap.add_argument("--splits", default="state,time,random")
    ap.add_argument("--finetuned", default="", help="SPLIT=FILE,...: fine-tunes to blend in, per split")
    args = ap.parse_args()
    finetuned = dict(kv.split("=", 1) for kv in args.finetuned.split(",") if kv)
    t_all = time.perf_counter()
    rows = [r for r in read_dir(args.data) if r.action is not None]
    classes = sorted({c for r in rows for c in r.issues})
    makers = {
        "state": lambda: state_split(rows, 0.2, seed=0),
        "time": lambda: time_split(rows),
        "random": lambda: random_split(rows, 0.2, seed=0),
    }
    results: dict = {"splits": {}}
    for name in args.splits.split(","):
        tr, te = makers[name]()
        t0 = time.perf_counter()
        base = baseline(rows, tr, te, classes)
        t1 = time.perf_counter()
        train_rows = [rows[i] for i in tr]
        model = fit_model(train_rows, classes, seed=0)
        t2 = time.perf_counter()
        from hrtracker.classify.model import norm_key

        seen = {norm_key(r.text) for r in train_rows}
        ours = evaluate(model, [rows[i] for i in te], seen)
        if name in finetuned:
            linear, ft_fit, blend = fit_blended(train_rows, classes, 0, finetuned_fit=finetuned[name])
            ft = evaluate(linear.attach(ft_fit, blend), [rows[i] for i in te], seen)
            ft["blend"] = blend
            results.setdefault("finetuned", {})[name] = {"file": finetuned[name], "ours+ft": ft}
        results["splits"][name] = {
            "train_rows": int(len(tr)),
            "test_rows": int(len(te)),
            "ours": ours,
            "baseline": base,
            "baseline_seconds": round(t1 - t0, 1),
            "ours_train_seconds": round(t2 - t1, 1),
        }
        print(f"[{name}] baseline {t1 - t0:.0f} s, ours {t2 - t1:.0f} s to train", flush=True)
    # shipped model: load time, speed, size, articles
    t0 = time.perf_counter()
    shipped = load_model()
    load_s = time.perf_counter() - t0
    texts = [r.text + " now" for r in rows[:4000]]  # not verbatim (an added word): no memory shortcut
    t0 = time.perf_counter()
    shipped.predict(texts)
    speed = len(texts) / (time.perf_counter() - t0)
    size = sum(p.stat().st_size for p in default_dir().iterdir() if p.is_file())
    results.update(
        {
            "articles": gold_articles(shipped),
            "load_seconds": round(load_s, 2),
            "texts_per_second": round(speed),
            "shipped_bytes": size,
            "shipped_meta_metrics": {
                k: v for k, v in shipped.meta.get("metrics", {}).items() if k != "per_label_f1"
            },
            "bench_seconds": round(time.perf_counter() - t_all, 1),
            "anchors": ANCHORS,
            "bar": BAR,
        }
    )
    # table
    print(f"\n{'split':8} {'metric':22} {'ours':>7} {'baseline':>9} {'anchor':>7} {'bar':>6}")
    for name, r in results["splits"].items():
        for k in (
            "issues_micro_f1",
            "issues_macro_f1",
            "action_accuracy",
            "novel_issues_micro_f1",
            "novel_issues_macro_f1",
            "novel_action_accuracy",
        ):
            if k not in r["ours"]:
                continue
            anc = ANCHORS.get(name, {}).get(k, "")
            bar = BAR.get(name, {}).get(k, "")
            b = r["baseline"].get(k, float("nan"))
            print(f"{name:8} {k:22} {r['ours'][k]:7.4f} {b:9.4f} {anc!s:>7} {bar!s:>6}")
            ft = results.get("finetuned", {}).get(name)
            if ft and k in ft["ours+ft"]:
                print(f"{name + '+ft':8} {k:22} {ft['ours+ft'][k]:7.4f} {b:9.4f} {anc!s:>7} {bar!s:>6}")
    a = results["articles"]
    if a:
        print(f"{'gold':8} {'articles_micro_f1':22} {a['micro_f1']:7.4f} {'':>9} {'':>7} {0.90:6}")
        print(
            f"         (rules only {a['rules_only_micro_f1']},"
            f" text only {a['text_only_micro_f1']}, n={a['n']})"
        )
    if "state" in results["splits"]:
        r = results["splits"]["state"]
        counts = {c: sum(c in rows[i].issues for i in range(len(rows))) for c in classes}
        rare = sorted(classes, key=lambda c: counts[c])[:10]
        results["rarest_labels"] = {
            c: {
                "rows": counts[c],
                "ours": r["ours"]["per_label_f1"][c],
                "baseline": r["baseline"]["per_label_f1"][c],
            }
            for c in rare
        }
        print("\n10 rarest labels (State-held-out F1): label, rows, ours, baseline")
        for c in rare:
            o, b = r["ours"]["per_label_f1"][c], r["baseline"]["per_label_f1"][c]
            print(f"  {c:40} {counts[c]:5} {o:.3f} {b:.3f}")
    print(
        f"\ninference {speed:.0f} texts/s (batch, this machine), load {load_s:.2f} s,"
        f" shipped {size / 1e6:.1f} MB, bench {results['bench_seconds']:.0f} s"
    )
    out = Path(__file__).resolve().parent / "results" / "classify.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
