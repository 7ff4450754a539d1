"""Helpers shared by the bench scripts."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hrtracker import service
from hrtracker.store import Store


@contextmanager
def demo_or_given_store(db: str | None) -> Iterator[Store]:
    """The database ``db`` if given, else a fresh demo database (what `hrtracker demo` builds) in a
    temporary folder that is removed afterwards."""
    if db:
        yield Store(db)
        return
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "demo.sqlite")
        service.build_demo(store)
        yield store


def _score_module(shared: Path):  # noqa: ANN202 - the shared score.py, imported from its folder
    import sys

    if str(shared / "eval") not in sys.path:
        sys.path.insert(0, str(shared / "eval"))
    import score  # type: ignore[import-not-found]

    return score


def match_units(shared: Path, gold: list[dict], preds: list[dict]) -> list[tuple[dict, dict]]:
    """Gold and predicted units of one document and kind paired as score.py pairs them (word 3-shingle
    Jaccard >= 0.5, best first, each unit used once)."""
    sc = _score_module(shared)
    gsh, psh = [sc.shingles(g["text"]) for g in gold], [sc.shingles(p["text"]) for p in preds]
    pairs = sorted(((sc.jaccard(a, b), i, j) for i, a in enumerate(gsh) for j, b in enumerate(psh)), reverse=True)
    ug: set[int] = set()
    up: set[int] = set()
    out = []
    for sim, i, j in pairs:
        if sim >= 0.5 and i not in ug and j not in up:
            ug.add(i)
            up.add(j)
            out.append((gold[i], preds[j]))
    return out


def read_jsonl(paths: list[Path]) -> list[dict]:
    """The JSON objects of some JSONL files, in order."""
    import json

    return [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]


def cited_fields(shared: Path, gold: list[dict], preds: list[dict]) -> dict[str, float | int]:
    """Agreement of mechanism, year and status claim on the cited recommendations matched to gold ones
    (fields score.py does not score)."""
    key = "cited_recommendation"
    pairs: list[tuple[dict, dict]] = []
    for doc in sorted({g["doc"] for g in gold if g["kind"] == key}):
        pairs += match_units(shared, [g for g in gold if g["doc"] == doc and g["kind"] == key],
                             [p for p in preds if p["doc"] == doc and p["kind"] == key])
    out: dict[str, float | int] = {"matched": len(pairs)}
    for f in ("mechanism", "year", "status_claim"):
        out[f] = round(sum(g.get(f) == p.get(f) for g, p in pairs) / len(pairs), 3) if pairs else 0.0
    return out
