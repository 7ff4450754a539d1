"""JSON API under /api: the search page's filters, units, documents, dashboards and status writes."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field

from .. import reports, service
from ..store import Filters
from .auth import api_reader, api_writer
from .common import get_store

router = APIRouter(prefix="/api", tags=["api"])
Reader = Annotated[dict | None, Depends(api_reader)]
Writer = Annotated[dict, Depends(api_writer)]
Status = Literal["not_implemented", "partially_implemented", "implemented", "unknown"]


class UnitRecord(BaseModel):
    """A unit as exported (the same shape as the JSONL export)."""

    model_config = {"extra": "allow"}
    id: int
    kind: str
    text: str
    doc: str | None = None
    articles: list[int] = []
    country: str | None = None
    mechanism: str | None = None
    year: int | None = None
    response: str | None = None
    status: str | None = None
    issues: list[str] = []


class FacetValue(BaseModel):
    value: Any
    label: str | None = None
    count: int


class UnitsPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[UnitRecord]
    facets: dict[str, list[FacetValue]] | None = None


class StatusEvent(BaseModel):
    id: int
    unit_id: int
    status: str
    old_status: str | None = None
    evidence: str = ""
    source: str = ""
    note: str = ""
    who: str
    created_at: dt.datetime


class StatusIn(BaseModel):
    status: Status
    evidence: str = Field("", description="A quote that supports the status.")
    source: str = Field("", description="Where the evidence comes from (URL, document symbol).")
    note: str = ""


class UnitDetail(UnitRecord):
    labels: list[dict[str, Any]] = []
    article_labels: list[dict[str, Any]] = []
    document_id: int | None = None
    status_history: list[StatusEvent] = []
    links: list[dict[str, Any]] = []
    history_summary: str = ""


def api_filters(
    q: Annotated[str, Query(description="Words that must all occur (prefix match on the last).")] = "",
    kind: str | None = None, article: int | None = None, country: str | None = None, mechanism: str | None = None,
    issue: str | None = None, year: int | None = None, response: str | None = None, status: str | None = None,
    document: int | None = None, source: str | None = None,
) -> Filters:
    return Filters(q=q, kind=kind, article=article, country=country, mechanism=mechanism, issue=issue, year=year,
                   response=response, status=status, document=document, source=source)


@router.get("/units", response_model=UnitsPage, summary="Search units (same filters as the search page)")
def list_units(request: Request, user: Reader, f: Annotated[Filters, Depends(api_filters)],
               limit: Annotated[int, Query(ge=1, le=500)] = 20, offset: Annotated[int, Query(ge=0)] = 0,
               facets: bool = False) -> dict:
    page = service.search(get_store(request), f, limit=limit, offset=offset, facets=facets)
    out: dict[str, Any] = {"total": page.total, "limit": limit, "offset": offset,
                           "items": [service.export_record(r) for r in page.rows]}
    if facets:
        out["facets"] = {
            name: [{"value": v[0], "label": v[1], "count": n} if isinstance(v, tuple) else {"value": v, "count": n}
                   for v, n in vals]
            for name, vals in page.facets.items()
        }
    return out


@router.get("/similar", summary="Units closest in meaning to a text (q) or a unit (unit), optionally filtered")
def similar(request: Request, user: Reader, q: str = "", unit: int | None = None, country: str | None = None,
            mechanism: str | None = None, session: int | None = None,
            k: Annotated[int, Query(ge=1, le=100)] = 10) -> list[dict]:
    if unit is None and not q.strip():
        raise HTTPException(400, "give q (a text) or unit (a unit id)")
    return service.similar(get_store(request), unit if unit is not None else q, k=k, country=country,
                           mechanism=mechanism, session=session)


@router.get("/units/{unit_id}", response_model=UnitDetail, summary="One unit with labels, links and status history")
def unit(request: Request, unit_id: int, user: Reader) -> dict:
    store = get_store(request)
    u = service.get_unit(store, unit_id)
    hist = service.unit_history(store, unit_id)
    return {**service.export_record(u), "labels": u.get("labels") or [], "article_labels": u.get("article_labels"),
            "document_id": u.get("document_id"), "status_history": service.status_history(store, unit_id),
            "links": service.linked_units(store, unit_id), "history_summary": hist["summary"]}


@router.get("/units/{unit_id}/status", response_model=list[StatusEvent], summary="Audit trail, newest first")
def unit_status(request: Request, unit_id: int, user: Reader) -> list[dict]:
    store = get_store(request)
    service.get_unit(store, unit_id)
    return service.status_history(store, unit_id)


@router.post("/units/{unit_id}/status", response_model=StatusEvent, status_code=201,
             summary="Record a new implementation status (needs a bearer token)")
def post_status(request: Request, unit_id: int, body: StatusIn, user: Writer) -> dict:
    store = get_store(request)
    try:
        service.set_status(store, unit_id, body.status, who=user["name"], evidence=body.evidence,
                           source=body.source, note=body.note)
    except ValueError as e:
        raise HTTPException(400, str(e)) from e
    return service.status_history(store, unit_id)[0]


@router.get("/documents", summary="All documents")
def documents(request: Request, user: Reader) -> list[dict]:
    return get_store(request).list_documents()


@router.get("/documents/{doc_id}", summary="A document's metadata, units and (optionally) text")
def document(request: Request, doc_id: int, user: Reader, text: bool = False) -> dict:
    d, units = service.get_document(get_store(request), doc_id)
    out = {k: v for k, v in d.items() if k != "text" or text}
    out["units"] = [service.export_record(u) for u in units]
    return out


@router.get("/countries", summary="Countries with unit counts")
def countries(request: Request, user: Reader) -> list[dict]:
    return [{"country": c, "units": n} for c, n in reports.countries(get_store(request))]


def _pairs(pairs: list[tuple[Any, int]]) -> list[dict]:
    return [{"value": v, "count": n} for v, n in pairs]


@router.get("/countries/{country}/dashboard", summary="Counts by article, mechanism, year, status; top repeats")
def dashboard(request: Request, country: str, user: Reader) -> dict:
    d = reports.country_dashboard(get_store(request), country)
    return {k: _pairs(v) if k.startswith("by_") else v for k, v in d.items()}


@router.get("/countries/{country}/matrix", summary="The follow-up matrix rows, grouped by ICCPR article")
def matrix(request: Request, country: str, user: Reader) -> list[dict]:
    store = get_store(request)
    c = reports.resolve_country(store, country)
    if c is None:
        raise HTTPException(404, f"no units for country {country!r}")
    return reports.followup_matrix(store, c)


@router.get("/stats", summary="Counts of documents and units")
def stats(request: Request, user: Reader) -> dict:
    return service.stats(get_store(request))
