"""Shared web plumbing: the store and templates on the app, filter parsing, URL building, markup helpers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from ..reports import ICCPR_ARTICLES, article_title
from ..store import FACETS, Filters, Store

HERE = Path(__file__).parent
FILTER_KEYS = ("q",) + FACETS  # every filter the search page and API understand
INT_KEYS = {"article", "year", "document"}
FACET_LABELS = {
    "country": "Country", "mechanism": "Mechanism", "kind": "Kind", "article": "ICCPR article",
    "issue": "Issue", "year": "Year", "response": "Response", "status": "Status", "document": "Document",
}
KIND_LABELS = {
    "recommendation": "Recommendation", "question": "Question", "cited_recommendation": "Cited recommendation",
}
STATUS_LABELS = {
    "not_implemented": "Not implemented", "partially_implemented": "Partially implemented",
    "implemented": "Implemented", "unknown": "Unknown",
}


def get_store(request: Request) -> Store:
    return request.app.state.store


def parse_int(v: Any) -> int | None:
    try:
        return int(str(v).strip())
    except (TypeError, ValueError):
        return None


def filters_from(params: Any) -> Filters:
    """Filters from query parameters; malformed numbers are ignored rather than refused."""
    kw: dict[str, Any] = {}
    for k in FILTER_KEYS:
        v = params.get(k)
        if v is None or str(v).strip() == "":
            continue
        kw[k] = parse_int(v) if k in INT_KEYS else str(v).strip()
    return Filters(**{k: v for k, v in kw.items() if v is not None})


def filter_params(f: Filters) -> dict[str, str]:
    """The query parameters that reproduce ``f`` (only the keys the search page exposes)."""
    return {k: str(v) for k, v in f.active().items() if k in FILTER_KEYS}


def qs(params: dict[str, Any]) -> str:
    clean = {k: v for k, v in params.items() if v not in (None, "")}
    return ("?" + urlencode(clean)) if clean else ""


def value_label(facet: str, value: Any) -> str:
    """How a facet value reads on the page."""
    if facet == "document" and isinstance(value, tuple):
        return str(value[1])
    if facet == "article":
        return article_title(parse_int(value))
    if facet == "status":
        return STATUS_LABELS.get(str(value), str(value))
    if facet == "kind":
        return KIND_LABELS.get(str(value), str(value))
    return str(value)


def marks(text: str | None, limit: int | None = None) -> Markup:
    """Escape ``text`` and turn the store's \\x02...\\x03 match markers into <mark>; optionally shorten
    to ``limit`` characters around the first match."""
    if not text:
        return Markup("")
    if limit and len(text) > limit:
        first = text.find("\x02")
        start = max(0, first - limit // 4) if first > 0 else 0
        end = start + limit
        cut = text[start:end]
        if text.rfind("\x02", 0, start) > text.rfind("\x03", 0, start):
            cut = "\x02" + cut
        if cut.rfind("\x02") > cut.rfind("\x03"):
            cut += "\x03"
        text = ("…" if start else "") + cut + ("…" if end < len(text) else "")
    out = str(escape(text)).replace("\x02", "<mark>").replace("\x03", "</mark>")
    return Markup(out)


def fmt_dt(v: Any) -> str:
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M UTC") if v.tzinfo is None or v.utcoffset() == dt.timedelta(0) \
            else v.isoformat(timespec="minutes")
    return str(v or "")


def pct(v: Any) -> str:
    try:
        return f"{float(v) * 100:.0f}%"
    except (TypeError, ValueError):
        return ""


def make_templates() -> Jinja2Templates:
    t = Jinja2Templates(directory=str(HERE / "templates"))
    env = t.env
    env.filters.update(marks=marks, fmt_dt=fmt_dt, pct=pct, article_title=article_title,
                       status_label=lambda s: STATUS_LABELS.get(str(s), str(s or "unknown")),
                       kind_label=lambda k: KIND_LABELS.get(str(k), str(k)))
    env.globals.update(FACET_LABELS=FACET_LABELS, STATUS_LABELS=STATUS_LABELS, KIND_LABELS=KIND_LABELS,
                       ICCPR_ARTICLES=ICCPR_ARTICLES, qs=qs)
    return t
