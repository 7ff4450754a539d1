"""The history of a recommendation: its linked units on one timeline and a one-line summary.

Events are dicts with keys ``year``, ``mechanism``, ``recommending_states`` (list), ``response``
(accepted | noted | pending), ``status_claim`` (an NGO's implementation status) and ``kind``
(recommendation | question | cited_recommendation); other keys are kept as they are.
"""

from __future__ import annotations

from typing import Any

_NGO_KINDS = {"cited_recommendation"}
_STATUS_TEXT = {
    "not_implemented": "not implemented",
    "partially_implemented": "partially implemented",
    "implemented": "implemented",
}
_TIMES = {1: "once", 2: "twice"}


def _times(n: int) -> str:
    return _TIMES.get(n, f"{n} times")


def _is_ngo(e: dict[str, Any]) -> bool:
    return e.get("kind") in _NGO_KINDS or (e.get("mechanism") in (None, "", "other", "NGO")
                                           and bool(e.get("status_claim")))


def timeline(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events sorted by year (unknown years last), UN recommendations before NGO claims."""
    return sorted(events, key=lambda e: (e.get("year") is None, e.get("year") or 0, _is_ngo(e),
                                         str(e.get("mechanism") or "")))


def summarize_history(events: list[dict[str, Any]]) -> str:
    """One line, e.g. "recommended 5 times since 2010 by UPR (8 States), HRC; accepted twice;
    NGOs report not implemented in 2015, 2019, 2025"."""
    evs = timeline(events)
    recs = [e for e in evs if not _is_ngo(e) and e.get("kind", "recommendation") != "question"]
    parts: list[str] = []
    if recs:
        years = [e["year"] for e in recs if e.get("year")]
        head = f"recommended {_times(len(recs))}"
        if years:
            head += f" since {min(years)}"
        mechs: dict[str, set[str]] = {}
        for e in recs:
            states = e.get("recommending_states") or []
            mechs.setdefault(str(e.get("mechanism") or "other"), set()).update(states)
        named = []
        for m, states in mechs.items():
            named.append(f"{m} ({len(states)} State{'s' if len(states) != 1 else ''})" if states else m)
        head += " by " + ", ".join(named)
        parts.append(head)
        resp: dict[str, int] = {}
        for e in recs:
            if e.get("response"):
                resp[str(e["response"])] = resp.get(str(e["response"]), 0) + 1
        for r in ("accepted", "noted", "pending"):
            if resp.get(r):
                parts.append(f"{r} {_times(resp[r])}")
    claims: dict[str, list[str]] = {}
    for e in evs:
        status = e.get("status_claim")
        if status and status != "unknown":
            year = str(e["year"]) if e.get("year") else "undated"
            ys = claims.setdefault(status, [])
            if year not in ys:
                ys.append(year)
    for status, years in claims.items():
        label = _STATUS_TEXT.get(status, status.replace("_", " "))
        parts.append(f"NGOs report {label} in {', '.join(years)}")
    return "; ".join(parts) if parts else "no history"
