"""Search page latency: p50/p95 of GET / over 50 queries against a live server on the demo database.

usage: python bench/web_latency.py [--db FILE] [--synthetic N] [--queries 50]
Without --db the bundled samples are ingested into a fresh database (what `hrtracker demo` does).
--synthetic N also imports N extra units (demo texts with variations) to see how the page scales.
Prints a table (metric, value, anchor) and writes bench/results/web.json.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import time
from collections import Counter
from pathlib import Path

import httpx

from _common import demo_or_given_store
from hrtracker.models import Unit
from hrtracker.store import Filters, Store
from hrtracker.web.app import create_app, serve_in_thread

HERE = Path(__file__).resolve().parent
TARGET_P95_MS = 150.0
STOP = {"the", "and", "for", "that", "with", "all", "its", "this", "are", "from", "into", "which", "have", "has",
        "their", "such", "any", "other", "should", "been", "shall", "will", "including"}


def build_queries(store: Store, n: int, seed: int = 7) -> list[dict[str, str]]:
    """A fixed mix of full-text words, facet filters, their combinations and later pages."""
    rnd = random.Random(seed)
    page = store.search(Filters(), limit=500, facets=True)
    words = Counter(w for r in page.rows for w in re.findall(r"[a-z]{4,}", r["text"].lower()) if w not in STOP)
    top_words = [w for w, _ in words.most_common(40)] or ["torture", "assembly", "journalists", "detention"]
    facet_vals = {k: [v[0] if isinstance(v, tuple) else v for v, _ in vals] for k, vals in page.facets.items() if vals}
    out: list[dict[str, str]] = [{}]
    while len(out) < n:
        q: dict[str, str] = {}
        r = rnd.random()
        if r < 0.5 or not facet_vals:
            q["q"] = " ".join(rnd.sample(top_words, k=1 if rnd.random() < 0.7 else min(2, len(top_words))))
        if r >= 0.3 and facet_vals:
            k = rnd.choice(sorted(facet_vals))
            q[k] = str(rnd.choice(facet_vals[k]))
        if rnd.random() < 0.15:
            q["page"] = "2"
        out.append(q)
    return out


def add_synthetic(store: Store, n: int, seed: int = 3) -> None:
    rnd = random.Random(seed)
    base = [r["text"] for r in store.search(Filters(), limit=200).rows] or [
        "Ensure that all allegations of torture are promptly investigated.",
        "Guarantee freedom of peaceful assembly and repeal the permission regime."]
    countries = ["Kazakhstan", "Freedonia", "Ruritania", "Utopia", "Atlantis", "Elbonia", "Genovia", "Latveria"]
    mechs = ["HRC", "UPR", "CAT", "CEDAW", "CRC"]
    units = [Unit(kind=rnd.choice(["recommendation"] * 4 + ["question", "cited_recommendation"]),
                  text=f"{rnd.choice(base)} ({i})", country=rnd.choice(countries), mechanism=rnd.choice(mechs),
                  year=rnd.randint(2008, 2025), articles=[rnd.choice([2, 6, 7, 9, 14, 17, 18, 19, 21, 22, 25, 26])],
                  response=rnd.choice(["accepted", "noted", None])) for i in range(n)]
    store.import_units(units, source="synthetic", key=lambda u: u.text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="use this database instead of a fresh demo one")
    ap.add_argument("--synthetic", type=int, default=0, help="import this many synthetic units first")
    ap.add_argument("--queries", type=int, default=50)
    ap.add_argument("--out", default=str(HERE / "results" / "web.json"))
    a = ap.parse_args()
    with demo_or_given_store(a.db) as store:
        if a.synthetic:
            add_synthetic(store, a.synthetic)
        nunits = store.stats()["units"]
        queries = build_queries(store, a.queries)
        times: list[float] = []
        with serve_in_thread(create_app(store, secret_key="bench")) as base, httpx.Client(base_url=base) as c:
            for q in queries[:5]:  # warm up templates and SQLite caches
                c.get("/", params=q)
            for q in queries:
                t0 = time.perf_counter()
                r = c.get("/", params=q)
                times.append((time.perf_counter() - t0) * 1000)
                r.raise_for_status()
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    res = {
        "units": nunits, "queries": len(times), "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(p95, 1), "max_ms": round(times[-1], 1), "mean_ms": round(statistics.fmean(times), 1),
        "target_p95_ms": TARGET_P95_MS, "pass": p95 < TARGET_P95_MS, "db": a.db or "demo",
        "synthetic": a.synthetic,
    }
    rows = [("units in database", nunits, ""), ("queries", len(times), ""),
            ("search page p50 (ms)", res["p50_ms"], ""),
            ("search page p95 (ms)", res["p95_ms"], f"< {TARGET_P95_MS:.0f} ms ({'pass' if res['pass'] else 'FAIL'})"),
            ("search page max (ms)", res["max_ms"], "")]
    print(f"{'metric':24} {'value':>10}  anchor")
    for m, v, anchor in rows:
        print(f"{m:24} {v:>10}  {anchor}")
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2) + "\n")


if __name__ == "__main__":
    main()
