"""HTML pages: search, recommendation, document, upload, status, country dashboard, matrix, exports."""

from __future__ import annotations

import io
import math
import threading
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from markupsafe import Markup, escape

from .. import reports, service
from ..errors import NotFoundError
from ..models import DOC_TYPES
from ..store import FACETS
from .auth import check_csrf, page_reader, page_writer, render
from .common import FACET_LABELS, filter_params, filters_from, get_store, parse_int, qs, value_label

router = APIRouter(include_in_schema=False)
Reader = Annotated[dict | None, Depends(page_reader)]
Writer = Annotated[dict, Depends(page_writer)]
PER_PAGE = 20
EXPORT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
XLSX = EXPORT_TYPES["xlsx"]
_write_lock = threading.Lock()  # one ingest at a time: SQLite has a single writer


# ---- search ------------------------------------------------------------------------------------
def search_context(request: Request) -> dict[str, Any]:
    """Everything the search page shows for the current query string."""
    store = get_store(request)
    f = filters_from(request.query_params)
    per = min(max(parse_int(request.query_params.get("per")) or PER_PAGE, 1), 100)
    page = max(parse_int(request.query_params.get("page")) or 1, 1)
    meaning = request.query_params.get("mode") == "meaning" and bool(f.q)
    if meaning:  # one page of the nearest units; words need not occur
        page = 1
        res = service.search_meaning(store, f, k=per, facets=True)
    else:
        res = service.search(store, f, limit=per, offset=(page - 1) * per, facets=True)
    pages = max(1, math.ceil(res.total / per))
    if page > pages and res.total:
        page = pages
        res = service.search(store, f, limit=per, offset=(page - 1) * per, facets=True)
    snips = store.snippets([r["id"] for r in res.rows], f.q) if f.q and not meaning else {}
    params = filter_params(f)
    if per != PER_PAGE:
        params["per"] = str(per)
    if meaning:
        params["mode"] = "meaning"

    def url(**change: Any) -> str:
        p = {**params, **{k: (None if v is None else str(v)) for k, v in change.items()}}
        return "/" + qs(p)

    facets = []
    for name in FACETS:
        values = []
        current = params.get(name)
        for value, n in res.facets.get(name, []):
            key = value[0] if name == "document" and isinstance(value, tuple) else value
            if key is None:
                continue
            active = current is not None and str(key) == current
            values.append({"value": key, "label": value_label(name, value), "count": n, "active": active,
                           "url": url(**{name: None if active else key})})
        if values:
            facets.append({"name": name, "label": FACET_LABELS[name], "values": values})
    chips = []
    for name in FACETS:
        if name in params:
            label = params[name]
            for fc in facets:
                if fc["name"] == name:
                    label = next((v["label"] for v in fc["values"] if str(v["value"]) == params[name]), label)
            chips.append({"name": name, "label": f"{FACET_LABELS[name]}: {label}", "url": url(**{name: None})})
    rows = [{**r, "snippet": snips.get(r["id"])} for r in res.rows]
    first = page - 3 if page > 3 else 1
    return {
        "filters": f, "params": params, "rows": rows, "meaning": meaning, "total": res.total, "facets": facets,
        "chips": chips, "page": page, "pages": pages, "per": per,
        "page_urls": [(p, url(page=p)) for p in range(first, min(pages, first + 6) + 1)],
        "prev_url": url(page=page - 1) if page > 1 else None,
        "next_url": url(page=page + 1) if page < pages else None,
        "export_urls": {fmt: f"/export.{fmt}" + qs(filter_params(f)) for fmt in EXPORT_TYPES},
        "clear_url": "/" + qs({"q": f.q, "mode": params.get("mode")}),
    }


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, user: Reader) -> Response:
    ctx = search_context(request)
    if request.headers.get("hx-request") and request.headers.get("hx-target") == "search-body":
        return render(request, "_search_body.html", ctx)
    return render(request, "search.html", ctx)


# ---- recommendation ----------------------------------------------------------------------------
@router.get("/units/{unit_id}", response_class=HTMLResponse)
def unit_page(request: Request, unit_id: int, user: Reader) -> Response:
    store = get_store(request)
    hist = service.unit_history(store, unit_id)
    u = hist["unit"]
    return render(request, "unit.html", {
        "u": u, "rec": service.export_record(u), "history": hist,
        "links": service.linked_units(store, unit_id),
        "similar": _similar(store, unit_id, u.get("country")),
        "audit": service.status_history(store, unit_id),
        "statuses": service.STATUSES, "saved": request.query_params.get("saved") == "1",
    })


def _similar(store: Any, unit_id: int, country: str | None) -> list[dict[str, Any]]:
    """Semantic neighbours of a unit (same State) once its embedding is stored; else nothing."""
    try:
        if not store.embedding_count(_model_id()):
            return []
        return service.similar(store, unit_id, k=5, country=country)
    except (ImportError, OSError, ValueError):
        return []


def _model_id() -> str:
    from ..link import model_id

    return model_id()


@router.post("/units/{unit_id}/status")
def set_status(request: Request, unit_id: int, user: Writer, status: Annotated[str, Form()] = "",
               evidence: Annotated[str, Form()] = "", source: Annotated[str, Form()] = "",
               note: Annotated[str, Form()] = "", csrf_token: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf_token)
    try:
        service.set_status(get_store(request), unit_id, status, who=user["name"], evidence=evidence.strip(),
                           source=source.strip(), note=note.strip())
    except ValueError as e:
        raise HTTPException(400, str(e)) from e
    return RedirectResponse(f"/units/{unit_id}?saved=1#status", status_code=303)


# ---- documents ---------------------------------------------------------------------------------
def document_segments(text: str, units: list[dict]) -> list[tuple[str, dict | None]]:
    """Split ``text`` into plain and unit-highlighted pieces (overlaps clipped, bad offsets skipped)."""
    out: list[tuple[str, dict | None]] = []
    pos = 0
    spans = sorted((u for u in units if u.get("start_offset") is not None and u.get("end_offset") is not None),
                   key=lambda u: (u["start_offset"], -u["end_offset"]))
    for u in spans:
        a, b = max(u["start_offset"], pos), min(u["end_offset"], len(text))
        if a >= b:
            continue
        if a > pos:
            out.append((text[pos:a], None))
        out.append((text[a:b], u))
        pos = b
    if pos < len(text):
        out.append((text[pos:], None))
    return out


def document_html(text: str, units: list[dict]) -> Markup:
    """The document text with each unit in a <mark id="u{id}"> coloured by kind."""
    parts = []
    for chunk, u in document_segments(text, units):
        if u is None:
            parts.append(str(escape(chunk)))
        else:
            parts.append(f'<mark id="u{u["id"]}" class="unit kind-{escape(u["kind"])}" tabindex="-1">'
                         f'<a class="utag" href="/units/{u["id"]}" aria-label="{escape(u["kind"])} {u["id"]}">'
                         f'{u["id"]}</a>{escape(chunk)}</mark>')
    return Markup("".join(parts))


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, user: Reader) -> Response:
    return render(request, "documents.html", {"docs": get_store(request).list_documents()})


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: int, user: Reader) -> Response:
    doc, units = service.get_document(get_store(request), doc_id)
    kinds: dict[str, int] = {}
    for u in units:
        kinds[u["kind"]] = kinds.get(u["kind"], 0) + 1
    return render(request, "document.html", {"doc": doc, "units": units, "kinds": kinds,
                                             "body": document_html(doc.get("text") or "", units)})


# ---- upload ------------------------------------------------------------------------------------
@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request, user: Writer) -> Response:
    return render(request, "upload.html", {"results": None, "doc_types": DOC_TYPES})


@router.post("/upload")
async def upload(request: Request, user: Writer, files: Annotated[list[UploadFile], File()] = None,
                 doc_type: Annotated[str, Form()] = "", csrf_token: Annotated[str, Form()] = "") -> Response:
    check_csrf(request, csrf_token)
    store = get_store(request)
    limit = request.app.state.max_upload_bytes
    results = []
    for f in files or []:
        name = f.filename or "upload"
        data = await f.read(limit + 1)
        if not data and not name.strip():
            continue
        if len(data) > limit:
            results.append({"name": name, "status": "error", "units": 0, "document_id": None, "doc_type": None,
                            "message": f"file larger than {limit // 2**20} MB"})
            continue

        def work(name: str = name, data: bytes = data) -> service.IngestResult:
            with _write_lock:
                return service.ingest_upload(store, name, data, doc_type=doc_type or None)

        r = await run_in_threadpool(work)
        results.append({"name": r.path, "status": r.status, "message": r.message, "document_id": r.document_id,
                        "units": r.units, "doc_type": r.doc_type})
    if not results:
        results.append({"name": "", "status": "error", "message": "no file received", "units": 0,
                        "document_id": None, "doc_type": None})
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse({"results": results})
    return render(request, "upload.html", {"results": results, "doc_types": DOC_TYPES})


# ---- exports -----------------------------------------------------------------------------------
@router.get("/export.{fmt}")
def export(request: Request, fmt: str, user: Reader) -> Response:
    if fmt not in EXPORT_TYPES:
        raise HTTPException(404, f"unknown export format {fmt!r} (csv, xlsx, jsonl)")
    f = filters_from(request.query_params)
    recs = service.export_units(get_store(request), f)
    if fmt == "xlsx":
        buf: io.IOBase = io.BytesIO()
        service.write_export(recs, fmt, buf)
        body = buf.getvalue()
    else:
        buf = io.StringIO()
        service.write_export(recs, fmt, buf)
        body = buf.getvalue().encode("utf-8")
    return Response(body, media_type=EXPORT_TYPES[fmt],
                     headers={"Content-Disposition": f'attachment; filename="hrtracker-units.{fmt}"'})


# ---- countries ---------------------------------------------------------------------------------
@router.get("/countries", response_class=HTMLResponse)
def countries_page(request: Request, user: Reader) -> Response:
    return render(request, "countries.html", {"countries": reports.countries(get_store(request))})


def bars(pairs: list[tuple[Any, int]], facet: str, country: str) -> list[dict[str, Any]]:
    """Chart bars: label, count, width share, and the search URL the bar links to."""
    top = max((n for _, n in pairs), default=0) or 1
    out = []
    for value, n in pairs:
        if value is None:
            continue
        out.append({"label": value_label(facet, value), "short": _short_label(facet, value), "n": n,
                    "share": n / top, "url": "/" + qs({"country": country, facet: value}), "value": value})
    return out


def _short_label(facet: str, value: Any) -> str:
    if facet == "article":
        return f"Art. {value}"
    return value_label(facet, value)


@router.get("/countries/{country}", response_class=HTMLResponse)
def dashboard_page(request: Request, country: str, user: Reader) -> Response:
    d = reports.country_dashboard(get_store(request), country)
    c = d["country"]
    charts = [
        ("status", "Implementation status", bars(d["by_status"], "status", c)),
        ("article", "ICCPR article", bars(d["by_article"], "article", c)),
        ("mechanism", "Mechanism", bars(d["by_mechanism"], "mechanism", c)),
        ("year", "Year", bars(d["by_year"], "year", c)),
        ("response", "Response of the State", bars(d["by_response"], "response", c)),
    ]
    return render(request, "dashboard.html", {"d": d, "charts": [ch for ch in charts if ch[2]]})


@router.get("/countries/{country}/matrix", response_class=HTMLResponse)
def matrix_page(request: Request, country: str, user: Reader) -> Response:
    store = get_store(request)
    c = reports.resolve_country(store, country)
    if c is None:
        raise NotFoundError(f"no units for country {country!r}")
    rows = reports.followup_matrix(store, c)
    return render(request, "matrix.html", {"country": c, "groups": reports.group_matrix(rows), "n": len(rows)})


@router.get("/countries/{country}/matrix.xlsx")
def matrix_xlsx(request: Request, country: str, user: Reader) -> Response:
    store = get_store(request)
    c = reports.resolve_country(store, country)
    if c is None:
        raise NotFoundError(f"no units for country {country!r}")
    buf = io.BytesIO()
    reports.write_matrix_xlsx(reports.followup_matrix(store, c), buf, country=c)
    safe = "".join(ch if ch.isalnum() else "-" for ch in c).strip("-") or "country"
    return Response(buf.getvalue(), media_type=XLSX,
                    headers={"Content-Disposition": f'attachment; filename="followup-matrix-{safe}.xlsx"'})

