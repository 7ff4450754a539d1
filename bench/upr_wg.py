"""Benchmark: UPR Working Group report extraction against the UPR Info database.

For each PDF in ../shared/datasets/upr-wg-pdfs/ (index.csv names its State and UPR Info session):
read it, extract it, match the units one-to-one to the UPR Info rows of that State and session
(word-3-gram Jaccard >= 0.5, greedy best-first as in eval/score.py) and report text P/R/F1,
recommending-States exact-set accuracy and response accuracy on matched pairs. UPR Info has one
row per recommending State; rows of one State under review with the same text are one reference
recommendation whose States are the union. Also compares the Slovenia 2025 WG report with the 2025
OHCHR matrix (para numbers). Writes bench/results/upr_wg.json.

usage: python bench/upr_wg.py [--shared DIR]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

from hrtracker.extract import extract
from hrtracker.extract.unmeta import state_code
from hrtracker.importers.upr_info import read_upr_info
from hrtracker.readers import read_path

ROOT = Path(__file__).resolve().parent.parent
MARKER = re.compile(r"^\s*(?:[-*\u2022\uf0b7\uf0a7]|\(?[0-9]{1,3}[.)]|\(?[a-zа-я][.)]|\*\*[0-9]+\.?\*\*)\s+", re.I)
BARS = {"text_f1": 0.95, "states_accuracy": 0.95, "response_accuracy": 0.90, "slovenia_para_agreement": 0.98}


def words(text: str) -> list[str]:
    """Same normalisation as eval/score.py."""
    text = unicodedata.normalize("NFKC", text)
    text = MARKER.sub("", text)
    text = re.sub(r"[*_`#]", " ", text).lower()
    return re.findall(r"\w+", text)


def shingles(text: str, n: int = 3) -> set[tuple[str, ...]]:
    w = words(text)
    if len(w) < n:
        return {tuple(w)} if w else set()
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match(pred: list[set], gold: list[set]) -> list[tuple[int, int]]:
    """Greedy one-to-one best-first matching with Jaccard >= 0.5 (pred index, gold index)."""
    pairs = sorted(((jaccard(a, b), i, j) for i, a in enumerate(pred) for j, b in enumerate(gold) if a & b),
                   reverse=True)
    used_p, used_g, out = set(), set(), []
    for sim, i, j in pairs:
        if sim < 0.5:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def reference(units: list, state: str, session: int) -> list[dict]:
    """UPR Info rows of one review grouped by text: [{text, states, response}]."""
    groups: dict[str, dict] = {}
    for u in units:
        if u.country != state or u.session != session or u.fields.get("voluntary_pledge"):
            continue
        key = " ".join(words(u.text))
        g = groups.setdefault(key, {"text": u.text, "states": set(), "response": u.response})
        g["states"].update(state_code(s) for s in u.recommending_states)
    return list(groups.values())


def group_units(units: list) -> list[dict]:
    """Extracted units grouped by text like the reference (same text, States united)."""
    groups: dict[str, dict] = {}
    for u in units:
        key = " ".join(words(u.text))
        g = groups.setdefault(key, {"text": u.text, "states": set(), "response": u.response})
        g["states"].update(state_code(s) for s in u.recommending_states)
    return list(groups.values())


def score_report(units: list, ref: list[dict]) -> dict:
    """Counts for one report: matched, predicted, reference, States and response agreement."""
    units = group_units(units)
    pairs = match([shingles(u["text"]) for u in units], [shingles(r["text"]) for r in ref])
    st_ok = sum(1 for i, j in pairs if units[i]["states"] == ref[j]["states"])
    positioned = [(i, j) for i, j in pairs if units[i]["response"] in ("accepted", "noted")]
    resp_ok = sum(1 for i, j in positioned if units[i]["response"] == ref[j]["response"])
    return {"predicted": len(units), "reference": len(ref), "matched": len(pairs), "states_ok": st_ok,
            "positioned": len(positioned), "response_ok": resp_ok}


def summarise(c: dict) -> dict:
    p, r, f = prf(c["matched"], c["predicted"], c["reference"])
    return {**c, "text_p": round(p, 4), "text_r": round(r, 4), "text_f1": round(f, 4),
            "states_accuracy": round(c["states_ok"] / c["matched"], 4) if c["matched"] else 0.0,
            "response_accuracy": round(c["response_ok"] / c["positioned"], 4) if c["positioned"] else None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    a = ap.parse_args()
    shared = Path(a.shared)
    pdfs = shared / "datasets" / "upr-wg-pdfs"
    t0 = time.perf_counter()
    ref_units = [u for f in sorted((shared / "datasets" / "upr-info").glob("*.csv")) for u in read_upr_info(f)]
    t_import = time.perf_counter() - t0
    reports, total = {}, defaultdict(int)
    with open(pdfs / "index.csv", newline="", encoding="utf-8") as fh:
        index = list(csv.DictReader(fh))
    for row in index:
        t1 = time.perf_counter()
        doc = read_path(pdfs / row["file"])
        ext = extract(doc)
        ref = reference(ref_units, row["state_under_review"], int(row["upr_info_session"]))
        c = score_report(ext.units, ref)
        for k, v in c.items():
            total[k] += v
        reports[row["file"]] = {**summarise(c), "detected": ext.doc_type, "seconds": round(time.perf_counter() - t1, 2),
                                "country": ext.meta.get("country"), "year": ext.meta.get("year")}
    overall = summarise(dict(total))

    corpus = shared / "corpus"
    slo: dict = {}
    wg_files = sorted(corpus.glob("upr-wg-report-slovenia-2025-*"))
    mx_files = sorted(corpus.glob("upr-matrix-slovenia-2025-*"))
    if wg_files and mx_files:
        wg = extract(read_path(wg_files[0]))
        mx = extract(read_path(mx_files[0]))
        wp = {u.para_number for u in wg.units}
        mp = {u.para_number for u in mx.units}
        both = wp & mp
        slo = {"wg_type": wg.doc_type, "matrix_type": mx.doc_type, "wg_units": len(wg.units),
               "matrix_units": len(mx.units), "wg_paras": len(wp), "matrix_paras": len(mp), "agree": len(both),
               "agreement": round(len(both) / len(wp | mp), 4) if wp | mp else 0.0}

    rows = [("reports", len(reports), ""), ("UPR Info import s (all CSVs)", round(t_import, 2), "< 20 s")]
    for name, r in reports.items():
        rows.append((f"{name} text P/R/F1 ({r['matched']}/{r['predicted']} pred, {r['reference']} ref)",
                     f"{r['text_p']:.3f}/{r['text_r']:.3f}/{r['text_f1']:.3f}", ""))
        rows.append((f"{name} States acc / response acc ({r['positioned']} positioned)",
                     f"{r['states_accuracy']:.3f} / "
                     + (f"{r['response_accuracy']:.3f}" if r["response_accuracy"] is not None else "n/a"), ""))
    rows += [
        ("overall text P", overall["text_p"], ""),
        ("overall text R", overall["text_r"], ""),
        ("overall text F1", overall["text_f1"], ">= 0.95 (HURIDOCS 0.96-1.00)"),
        ("overall States exact-set accuracy", overall["states_accuracy"], ">= 0.95 (HURIDOCS 0.94-0.97)"),
        ("overall response accuracy", overall["response_accuracy"], ">= 0.90"),
    ]
    if slo:
        rows += [("Slovenia 2025 WG recommendations (units / para numbers)",
                  f"{slo['wg_units']} / {slo['wg_paras']}", ""),
                 ("Slovenia 2025 matrix recommendations (units / para numbers)",
                  f"{slo['matrix_units']} / {slo['matrix_paras']}", ""),
                 ("Slovenia 2025 para numbers agreeing", f"{slo['agree']} ({slo['agreement']:.3f})", ">= 0.98")]
    w = max(len(str(r[0])) for r in rows)
    print(f"{'metric':{w}}  {'value':>24}  anchor")
    for m, v, anchor in rows:
        print(f"{m:{w}}  {str(v):>24}  {anchor}")
    checks = {"text_f1": overall["text_f1"], "states_accuracy": overall["states_accuracy"],
              "response_accuracy": overall["response_accuracy"] or 0.0,
              "slovenia_para_agreement": slo.get("agreement", 0.0)}
    passed = {k: v >= BARS[k] for k, v in checks.items()}
    out = {"reports": reports, "overall": overall, "slovenia_2025": slo, "import_seconds": round(t_import, 2),
           "bars": BARS, "passed": passed}
    res = ROOT / "bench" / "results"
    res.mkdir(parents=True, exist_ok=True)
    (res / "upr_wg.json").write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print("bars:", ", ".join(f"{k} {'ok' if v else 'MISSED'}" for k, v in passed.items()))
    return 0 if all(passed.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
