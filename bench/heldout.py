"""NGO extraction on the held-out fixtures (tests/extract/fixtures/heldout), scored with score.py.

usage: python bench/heldout.py [--dir DIR] [--out FILE] [--shared ../shared] [--misses] [--pred FILE]
Ingests each held-out report (by default those in tests/extract/fixtures/heldout; --dir takes another set,
e.g. tests/extract/fixtures/heldout2) into a temporary database (as `hrtracker ingest` does), exports the
units as JSONL, scores them against the fixtures' *.expected.jsonl and prints the table; --misses
also lists, per document, the gold units not found and the predicted units that match nothing.
Writes bench/results/heldout.json, or the --out file.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import cited_fields, match_units, read_jsonl
from hrtracker import service
from hrtracker.store import Store

HERE = Path(__file__).resolve().parent
FIXTURES = HERE.parent / "tests" / "extract" / "fixtures" / "heldout"


def documents(fixtures: Path = FIXTURES) -> list[Path]:
    """The held-out source documents: every file with an ``.expected.jsonl`` beside it."""
    out = []
    for exp in sorted(fixtures.glob("*.expected.jsonl")):
        doc = json.loads(exp.read_text(encoding="utf-8").splitlines()[0])["doc"]
        out.append(fixtures / doc)
    return out


def misses(shared: Path, pred: Path, fixtures: Path = FIXTURES) -> list[str]:
    """Lines describing unmatched gold units (-) and unmatched predictions (+), per document and kind."""
    gold = read_jsonl(sorted(fixtures.glob("*.expected.jsonl")))
    preds = read_jsonl([pred])
    lines: list[str] = []
    for key in sorted({(g["doc"], g["kind"]) for g in gold} | {(p["doc"], p["kind"]) for p in preds}):
        gs = [g for g in gold if (g["doc"], g["kind"]) == key]
        ps = [p for p in preds if (p["doc"], p["kind"]) == key]
        pairs = match_units(shared, gs, ps)
        ug = {id(g) for g, _ in pairs}
        up = {id(p) for _, p in pairs}
        lines += [f"- {key[0]} {key[1]}: {g['text'][:110]}" for g in gs if id(g) not in ug]
        lines += [f"+ {key[0]} {key[1]}: {p['text'][:110]}" for p in ps if id(p) not in up]
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dir", default=str(FIXTURES), help="folder of held-out documents and their *.expected.jsonl")
    ap.add_argument("--out", default=str(HERE / "results" / "heldout.json"), help="where to write the scores (JSON)")
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("--misses", action="store_true", help="list unmatched gold and predicted units")
    ap.add_argument("--pred", help="also keep the predictions (JSONL) at this path")
    a = ap.parse_args()
    shared = Path(a.shared)
    fixtures = Path(a.dir)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "heldout.sqlite")
        results = service.ingest_paths(store, documents(fixtures))
        pred = Path(tmp) / "units.jsonl"
        service.write_export(service.export_units(store), "jsonl", pred)
        out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(fixtures), str(pred), "--json"],
                             check=True, capture_output=True, text=True).stdout
        res = json.loads(out)
        res["cited_fields"] = cited_fields(shared, read_jsonl(sorted(fixtures.glob("*.expected.jsonl"))),
                                           read_jsonl([pred]))
        gone = misses(shared, pred, fixtures) if a.misses else []
        if a.pred:
            shutil.copyfile(pred, a.pred)
    print(f"{'kind':22} {'gold':>5} {'pred':>5}  {'unit P':>6} {'R':>6} {'F1':>6}  {'span F1':>7}")
    for kind, k in res["kinds"].items():
        u = k["unit"]
        print(f"{kind:22} {k['gold']:5} {k['predicted']:5}  {u['p']:6.3f} {u['r']:6.3f} {u['f']:6.3f}  "
              f"{k['span']['f']:7.3f}")
    ar = res["articles"]
    print(f"{'articles (matched)':22} {'':11}  {ar['p']:6.3f} {ar['r']:6.3f} {ar['f']:6.3f}")
    cf = res["cited_fields"]
    print(f"cited fields on {cf['matched']} matched units: mechanism {cf['mechanism']:.3f}, year {cf['year']:.3f}, "
          f"status {cf['status_claim']:.3f} (agreement; not scored by score.py)")
    for r in results:
        if r.status != "ok":
            print(f"  {r.path}: {r.status} {r.message}")
    for line in gone:
        print(line)
    out_path = Path(a.out)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(json.dumps(
        {"scores": res, "documents": [r.path.rsplit("/", 1)[-1] for r in results],
         "types": {r.path.rsplit("/", 1)[-1]: r.doc_type for r in results}}, indent=2))


if __name__ == "__main__":
    main()
