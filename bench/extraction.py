"""Extraction quality and ingest speed on ../shared/corpus against ../shared/eval/gold(-un).

usage: python bench/extraction.py [--shared ../shared]
Prints a table (kind, unit P/R/F1, span F1, articles F1, bar) and writes bench/results/extraction.json.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import cited_fields, read_jsonl
from hrtracker import service
from hrtracker.store import Store

HERE = Path(__file__).resolve().parent
BARS = {("gold", "recommendation"): 0.90, ("gold", "question"): 0.90, ("gold", "cited_recommendation"): 0.60,
        ("gold", "articles"): 0.80, ("gold-un", "recommendation"): 0.95, ("gold-un", "articles"): 0.90}


def score(shared: Path, gold: str, pred: Path) -> dict:
    out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(shared / "eval" / gold),
                          str(pred), "--json"], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    a = ap.parse_args()
    shared = Path(a.shared)
    files = sorted(p for p in (shared / "corpus").iterdir() if p.name != "README.md")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite")
        service.classify_units([])  # load the label model before timing, as a running server would
        t0 = time.perf_counter()
        results = service.ingest_paths(store, files)
        ingest_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        service.ingest_paths(Store(Path(tmp) / "bench2.sqlite"), files, classify=False)
        ingest_nocls_s = time.perf_counter() - t1
        bad = [r for r in results if r.status != "ok"]
        pred = Path(tmp) / "units.jsonl"
        n = service.write_export(service.export_units(store), "jsonl", pred)
        res = {g: score(shared, g, pred) for g in ("gold", "gold-un")}
        gold_units = read_jsonl(sorted((shared / "eval" / "gold").glob("*.jsonl")))
        res["gold"]["cited_fields"] = cited_fields(shared, gold_units, read_jsonl([pred]))
    rows = []
    for g, r in res.items():
        for kind, k in r["kinds"].items():
            if k["gold"] == 0:
                continue
            rows.append((g, kind, k["gold"], k["predicted"], k["unit"]["p"], k["unit"]["r"], k["unit"]["f"],
                         k["span"]["f"], BARS.get((g, kind))))
        rows.append((g, "articles", "", "", r["articles"]["p"], r["articles"]["r"], r["articles"]["f"], "",
                     BARS.get((g, "articles"))))
    print(f"{'gold':8} {'kind':22} {'gold':>5} {'pred':>5}  {'unit P':>6} {'R':>6} {'F1':>6}  {'span F1':>7}  bar")
    for g, kind, ng, npred, p, r, f, sf, bar in rows:
        sf = f"{sf:.3f}" if sf != "" else ""
        print(f"{g:8} {kind:22} {ng!s:>5} {npred!s:>5}  {p:6.3f} {r:6.3f} {f:6.3f}  {sf:>7}  "
              f"{'>= ' + str(bar) if bar else ''}")
    cf = res["gold"]["cited_fields"]
    print(f"gold: cited fields on {cf['matched']} matched units: mechanism {cf['mechanism']:.3f}, "
          f"year {cf['year']:.3f}, status {cf['status_claim']:.3f} (agreement; not scored by score.py)")
    print(f"\ningest of {len(files)} corpus files: {ingest_s:.2f} s with classification, "
          f"{ingest_nocls_s:.2f} s without (bar < 5 s); {n} units; {len(bad)} files not ok")
    for r in bad:
        print(f"  {r.path}: {r.status} {r.message}")
    out = {"scores": res, "ingest_seconds": round(ingest_s, 3), "ingest_seconds_no_classify": round(ingest_nocls_s, 3),
           "files": len(files), "units": n,
           "table": [dict(zip(("gold", "kind", "n_gold", "n_pred", "p", "r", "f1", "span_f1", "bar"), row, strict=True))
                     for row in rows]}
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "extraction.json").write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
