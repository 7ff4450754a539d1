"""Country reports: the dashboard numbers and the follow-up matrix NGOs annex to shadow reports.

Service-level functions over a :class:`~hrtracker.store.Store` (no SQL); shared by the web pages,
the JSON API and anything else that wants them.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import NotFoundError
from .extract.unmeta import country_name
from .store import Filters, Store

ICCPR_ARTICLES: dict[int, str] = {
    1: "Self-determination",
    2: "Implementation and effective remedy",
    3: "Equal rights of men and women",
    4: "Derogation in public emergencies",
    5: "Saving clause",
    6: "Right to life",
    7: "Prohibition of torture and ill-treatment",
    8: "Prohibition of slavery and forced labour",
    9: "Liberty and security of person",
    10: "Treatment of persons deprived of liberty",
    11: "No imprisonment for debt",
    12: "Freedom of movement",
    13: "Expulsion of aliens",
    14: "Fair trial",
    15: "No retroactive criminal law",
    16: "Recognition before the law",
    17: "Privacy, family and home",
    18: "Freedom of thought, conscience and religion",
    19: "Freedom of opinion and expression",
    20: "Prohibition of war propaganda and incitement to hatred",
    21: "Peaceful assembly",
    22: "Freedom of association",
    23: "Protection of the family",
    24: "Rights of the child",
    25: "Participation in public affairs",
    26: "Equality before the law",
    27: "Rights of minorities",
}
RECOMMENDATION_KINDS = ("recommendation", "cited_recommendation")
OPEN_STATUSES = ("not_implemented", "partially_implemented", "unknown")
MATRIX_FIELDS = (
    ("article", "ICCPR article"), ("unit_id", "ID"), ("text", "Recommendation"), ("mechanism", "Mechanism"),
    ("year", "Year"), ("recommending_states", "Recommending States"), ("repeated", "Times repeated"),
    ("response", "Latest response"), ("status", "Status"), ("evidence", "Evidence"), ("status_source", "Source"),
    ("status_date", "Status date"), ("document", "Document"), ("para_number", "Para."),
)


def article_title(article: int | None) -> str:
    """"Art. 7 — Prohibition of torture and ill-treatment"; "No article identified" for None."""
    if article is None:
        return "No article identified"
    name = ICCPR_ARTICLES.get(article)
    return f"Art. {article} — {name}" if name else f"Art. {article}"


def resolve_country(store: Store, country: str) -> str | None:
    """The stored spelling of ``country`` (any usual spelling, any case), or None if no unit has it."""
    names = [c for c, _ in store.countries()]
    if country in names:
        return country
    low = (country_name(country) or "").lower()
    return next((c for c in names if c.lower() == low), None)


def countries(store: Store) -> list[tuple[str, int]]:
    return store.countries()


def _require(store: Store, country: str) -> str:
    c = resolve_country(store, country)
    if c is None:
        raise NotFoundError(f"no units for country {country!r}")
    return c


def country_dashboard(store: Store, country: str, top: int = 10) -> dict[str, Any]:
    """Counts by article, mechanism, year, status, kind and response, plus the most repeated
    recommendations that are not (yet) known to be implemented."""
    c = _require(store, country)
    f = Filters(country=c)
    by = {name: store.counts(f, by=name) for name in ("article", "mechanism", "year", "status", "kind", "response")}
    recs = [u for u in store.iter_units(f) if u["kind"] in RECOMMENDATION_KINDS]
    open_recs = [u for u in recs if (u.get("status") or "unknown") != "implemented"]
    reps = store.repeat_counts([u["id"] for u in open_recs])
    ranked = sorted((u for u in open_recs if reps.get(u["id"])),
                    key=lambda u: (-reps[u["id"]], -(u.get("year") or 0), u["id"]))
    return {
        "country": c,
        "total": sum(n for _, n in by["kind"]),
        "recommendations": len(recs),
        "open_recommendations": len(open_recs),
        "by_article": sorted(by["article"], key=lambda r: r[0]),
        "by_mechanism": by["mechanism"],
        "by_year": sorted(by["year"], key=lambda r: r[0]),
        "by_status": by["status"],
        "by_kind": by["kind"],
        "by_response": by["response"],
        "top_unimplemented": [
            {"id": u["id"], "text": u["text"], "mechanism": u.get("mechanism"), "year": u.get("year"),
             "status": u.get("status") or "unknown", "repeated": reps[u["id"]], "articles": u.get("articles") or []}
            for u in ranked[:top]
        ],
    }


def _latest_response(store: Store, u: dict, repeated: int) -> str | None:
    """The response to the newest of the unit and the units it repeats (or that repeat it)."""
    if not repeated:
        return u.get("response")
    from .service import linked_units

    cands = [u] + [x for x in linked_units(store, u["id"]) if x.get("link_type") == "repeats"]
    cands = [x for x in cands if x.get("response")]
    if not cands:
        return None
    return max(cands, key=lambda x: (x.get("year") or 0, x["id"]))["response"]


def followup_matrix(store: Store, country: str) -> list[dict[str, Any]]:
    """One row per recommendation of ``country``, sorted by ICCPR article (first article of the unit;
    unclassified last), then newest first."""
    c = _require(store, country)
    recs = [u for u in store.iter_units(Filters(country=c)) if u["kind"] in RECOMMENDATION_KINDS]
    reps = store.repeat_counts([u["id"] for u in recs])
    rows = []
    for u in recs:
        ev = u.get("status_event") or {}
        arts = u.get("articles") or []
        n = reps.get(u["id"], 0)
        rows.append({
            "article": arts[0] if arts else None,
            "articles": arts,
            "unit_id": u["id"],
            "text": u["text"],
            "mechanism": u.get("mechanism"),
            "year": u.get("year"),
            "recommending_states": u.get("recommending_states") or [],
            "repeated": n,
            "response": _latest_response(store, u, n),
            "status": u.get("status") or "unknown",
            "evidence": ev.get("evidence") or "",
            "status_source": ev.get("source") or "",
            "status_date": ev["created_at"].date().isoformat() if ev.get("created_at") else "",
            "status_who": ev.get("who") or "",
            "document": u.get("doc") or u.get("source"),
            "document_id": u.get("document_id"),
            "para_number": u.get("para_number"),
        })
    rows.sort(key=lambda r: (r["article"] is None, r["article"] or 0, -(r["year"] or 0), r["unit_id"]))
    return rows


def group_matrix(rows: Iterable[dict[str, Any]]) -> list[tuple[int | None, list[dict[str, Any]]]]:
    """Consecutive rows with the same article, as (article, rows) groups."""
    groups: list[tuple[int | None, list[dict[str, Any]]]] = []
    for r in rows:
        if groups and groups[-1][0] == r["article"]:
            groups[-1][1].append(r)
        else:
            groups.append((r["article"], [r]))
    return groups


def write_matrix_xlsx(rows: list[dict[str, Any]], out: str | Path | io.IOBase, country: str = "") -> int:
    """Write the follow-up matrix as an XLSX workbook (one heading row per article); returns row count."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "follow-up matrix"
    head = f"Follow-up matrix{': ' + country if country else ''}"
    ws.append([head])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([label for _, label in MATRIX_FIELDS])
    for cell in ws[2]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "A3"
    wrap = Alignment(wrap_text=True, vertical="top")
    fill = PatternFill("solid", fgColor="DDE6F0")
    for article, group in group_matrix(rows):
        ws.append([article_title(article)])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for col in range(1, len(MATRIX_FIELDS) + 1):
            ws.cell(ws.max_row, col).fill = fill
        for r in group:
            vals = []
            for key, _ in MATRIX_FIELDS:
                v = r.get(key)
                if key == "article":
                    v = ", ".join(map(str, r["articles"])) or ""
                elif key == "status":
                    v = str(v).replace("_", " ")
                elif isinstance(v, list):
                    v = ", ".join(map(str, v))
                vals.append(v)
            ws.append(vals)
            for cell in ws[ws.max_row]:
                cell.alignment = wrap
    widths = {"text": 70, "evidence": 40, "recommending_states": 24, "document": 28, "status": 18, "response": 14}
    for i, (key, _) in enumerate(MATRIX_FIELDS, start=1):
        ws.column_dimensions[ws.cell(2, i).column_letter].width = widths.get(key, 11)
    wb.save(out)
    return len(rows)
