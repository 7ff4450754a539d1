"""`similar` latency over the whole UPR Info import + corpus (~43k units), through the service.

usage: python bench/similar.py [--db DB] [--shared ../shared]
Without --db it builds one in a temp folder (import + ingest + embeddings: several minutes).
Prints a table (metric, value, anchor) and writes bench/results/similar.json.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from hrtracker import service
from hrtracker.store import Store

HERE = Path(__file__).resolve().parent


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20)[18]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--db")
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("-n", type=int, default=50)
    a = ap.parse_args()
    shared = Path(a.shared)
    out: dict = {}
    tmp = None
    if a.db:
        store = Store(a.db)
    else:
        tmp = tempfile.TemporaryDirectory()
        store = Store(Path(tmp.name) / "sim.sqlite")
        t = time.perf_counter()
        service.import_upr_info(store, [shared / "datasets" / "upr-info"])
        service.ingest_paths(store, [p for p in (shared / "corpus").iterdir() if p.name != "README.md"],
                             classify=False)
        out["import_ingest_s"] = round(time.perf_counter() - t, 1)
        t = time.perf_counter()
        out["embedded"] = service.embed_units(store)
        out["embed_s"] = round(time.perf_counter() - t, 1)
    t = time.perf_counter()
    idx = service.vector_index(store)
    out["index_load_s"] = round(time.perf_counter() - t, 2)
    out["units_indexed"] = len(idx)
    ids = store.unit_ids()
    rnd = random.Random(0)
    sample = rnd.sample(ids, min(a.n, len(ids)))
    texts = [store.get_unit(i)["text"][:300] for i in rnd.sample(ids, min(a.n, len(ids)))]
    service.similar(store, sample[0], k=10)  # warm: model and index loaded, as in a running server
    service.similar(store, "warm up", k=10)
    runs = {
        "by id": [lambda i=i: service.similar(store, i, k=10) for i in sample],
        "by id, --country": [lambda i=i: service.similar(store, i, k=10, country=store.get_unit(i)["country"])
                             for i in sample],
        "by text": [lambda t=t: service.similar(store, t, k=10) for t in texts],
    }
    print(f"{'metric':38} {'value':>10}  anchor")
    for name, calls in runs.items():
        ms = []
        for call in calls:
            t = time.perf_counter()
            call()
            ms.append((time.perf_counter() - t) * 1000)
        out[f"p95_ms {name}"] = round(p95(ms), 2)
        print(f"{'similar p95 ms (' + name + ')':38} {p95(ms):10.1f}  < 100 ms")
    for k in ("units_indexed", "index_load_s", "embedded", "embed_s", "import_ingest_s"):
        if k in out:
            print(f"{k:38} {out[k]!s:>10}  {'< 600 s for the whole import' if k == 'embed_s' else ''}")
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "similar.json").write_text(json.dumps(out, indent=2))
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
