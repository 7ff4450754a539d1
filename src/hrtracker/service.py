"""Use cases shared by the CLI, the web pages and the JSON API: ingest, search, show, export.

Everything here is plain functions over a :class:`~hrtracker.store.Store`; no SQL, no printing.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import HRTrackerError, NotFoundError, ReadError
from .models import Extraction, Label, Unit
from .store import Filters, Page, Store

DEFAULT_DB_NAME = "hrtracker.sqlite"
SAMPLES = Path(__file__).parent / "samples"  # the bundled demo documents


def default_db() -> str:
    """``$HRTRACKER_DB`` if set, else a file in the per-user data directory."""
    env = os.environ.get("HRTRACKER_DB")
    if env:
        return env
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("hrtracker")) / DEFAULT_DB_NAME)


def open_store(db: str | Path | None = None) -> Store:
    """Open (creating or migrating) the database at ``db`` / $HRTRACKER_DB / the user data dir."""
    return Store(db or default_db())


# ---- ingest ------------------------------------------------------------------------------------
@dataclass
class IngestResult:
    path: str
    status: str  # ok | exists | error
    message: str = ""
    document_id: int | None = None
    units: int = 0
    doc_type: str | None = None


def _folder_note(f: Path) -> bool:
    """A folder's own README / LICENSE file (describes the folder; not a report)."""
    return f.stem.upper() in ("README", "LICENSE", "LICENCE", "CHANGELOG")


def iter_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders (recursively; hidden files and a folder's README / LICENSE skipped) into a sorted
    list of files. A file named explicitly is always kept."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and not _folder_note(f)
                              and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        else:
            out.append(p)
    return out


def classify_units(units: list[Unit]) -> None:
    """Attach model labels (issues, action, articles) to units in place, when a model is shipped.

    Articles from rules or human/import labels win; predicted articles fill in where none were set.
    """
    model = _classifier()
    if model is None or not units:
        return
    preds = model.predict([u.text for u in units])
    for u, p in zip(units, preds, strict=True):
        labs = p.labels(origin="model")
        has_articles = bool(u.articles) or any(lab.scheme == "article" for lab in u.labels)
        u.labels.extend(lab for lab in labs if lab.scheme != "article" or not has_articles)


_MODEL: Any = None


def _classifier() -> Any:
    global _MODEL
    if _MODEL is None:
        try:
            from .classify import load_model

            _MODEL = load_model()
        except (ImportError, FileNotFoundError, OSError):
            _MODEL = False
    return _MODEL or None


def ingest_paths(store: Store, paths: Iterable[str | Path], doc_type: str | None = None,
                 progress: Callable[[IngestResult], None] | None = None,
                 classify: bool = True) -> list[IngestResult]:
    """Read, extract, classify and store each file; one transaction per document.

    A bad file yields an ``error`` result and stores nothing; the others go on.
    """
    from .extract import extract
    from .readers import read_path

    results: list[IngestResult] = []
    for path in iter_files(paths):
        try:
            doc = read_path(path)
            old = store.document_by_sha(doc.sha256)
            if old:
                res = IngestResult(str(path), "exists", f"already ingested (document {old['id']})", old["id"])
            else:
                ex: Extraction = extract(doc, doc_type)
                if classify:
                    classify_units(ex.units)
                if ex.updates:
                    ex.meta["updates"] = [dataclasses.asdict(x) for x in ex.updates]
                doc_id = store.add_document(doc, ex)
                res = IngestResult(str(path), "ok", "", doc_id, len(ex.units), ex.doc_type)
        except ReadError as e:
            res = IngestResult(str(path), "error", e.reason)
        except (HRTrackerError, ValueError) as e:
            res = IngestResult(str(path), "error", str(e))
        except Exception as e:  # an extractor bug must not sink the rest of the batch
            res = IngestResult(str(path), "error", f"internal error: {type(e).__name__}: {e}")
        results.append(res)
        if progress:
            progress(res)
    if any(r.status == "ok" for r in results):
        store.apply_pending_updates()
    return results


def build_demo(store: Store) -> list[IngestResult]:
    """What ``hrtracker demo`` stores: the bundled samples ingested, embedded and linked."""
    results = ingest_paths(store, [SAMPLES])
    if any(r.status == "ok" for r in results):
        embed_units(store)
        build_links(store)
    return results


# ---- read side ---------------------------------------------------------------------------------
def search(store: Store, filters: Filters, limit: int = 20, offset: int = 0, facets: bool = False) -> Page:
    """Full-text + faceted search over units."""
    return store.search(filters, limit=limit, offset=offset, facets=facets)


def search_meaning(store: Store, filters: Filters, k: int = 20, facets: bool = False) -> Page:
    """The ``k`` units closest in meaning to ``filters.q`` among those matching the other filters.

    Rows come best first, each with its cosine ``score``; facets count the units the other filters allow.
    """
    if not (filters.q or "").strip():
        return store.search(filters, limit=k, facets=facets)
    rest = dataclasses.replace(filters, q=None)
    allowed = set(store.matching_ids(rest)) if rest.active() else None
    hits: list[tuple[int, float]] = []
    if allowed is None or allowed:
        from .link import embed_texts

        hits = vector_index(store).search(embed_texts([filters.q])[0], k, allowed_ids=allowed)
    score = dict(hits)
    rows = [{**r, "score": round(float(score[r["id"]]), 4)} for r in store.units_by_ids([h[0] for h in hits])]
    fac = store.search(rest, limit=0, facets=True).facets if facets else {}
    return Page(rows=rows, total=len(rows), facets=fac)


def get_unit(store: Store, unit_id: int) -> dict:
    """One unit with its document name, labels and current status; NotFoundError if absent."""
    u = store.get_unit(unit_id)
    if u is None:
        raise NotFoundError(f"unit {unit_id} not found")
    return u


def get_document(store: Store, doc_id: int) -> tuple[dict, list[dict]]:
    d = store.get_document(doc_id)
    if d is None:
        raise NotFoundError(f"document {doc_id} not found")
    return d, store.units_of_document(doc_id)


def stats(store: Store) -> dict[str, Any]:
    return store.stats()


# ---- export ------------------------------------------------------------------------------------
EXPORT_FIELDS = (
    "id", "doc", "kind", "text", "articles", "section", "mechanism", "source_detail", "year",
    "status_claim", "country", "recommending_states", "response", "para_number", "cycle", "session",
    "issues", "action_category", "status", "start", "end", "source",
)


def export_record(u: dict) -> dict[str, Any]:
    """A unit as one export record (the JSONL shape score.py reads, plus everything else known)."""
    labels = u.get("labels") or []
    # human/import labels win over model ones
    def pick(scheme: str) -> list[dict]:
        for origin in ("human", "import", "model"):
            got = [lab for lab in labels if lab["scheme"] == scheme and lab["origin"] == origin]
            if got:
                return got
        return []

    action = pick("action")
    return {
        "id": u["id"],
        "doc": u.get("doc") or (u.get("source") if u.get("source") != "document" else None),
        "kind": u["kind"],
        "text": u["text"],
        "articles": u.get("articles") or [],
        "section": u.get("section") or "",
        "mechanism": u.get("mechanism"),
        "source_detail": u.get("source_detail"),
        "year": u.get("year"),
        "status_claim": u.get("status_claim"),
        "country": u.get("country"),
        "recommending_states": u.get("recommending_states") or [],
        "from": ", ".join(u.get("recommending_states") or []) or None,
        "response": u.get("response"),
        "para_number": u.get("para_number"),
        "cycle": u.get("cycle"),
        "session": u.get("session"),
        "issues": [lab["value"] for lab in pick("issue")],
        "action_category": int(action[0]["value"]) if action else None,
        "status": u.get("status"),
        "start": u.get("start_offset"),
        "end": u.get("end_offset"),
        "source": u.get("source"),
    }


def export_units(store: Store, filters: Filters | None = None) -> Iterator[dict[str, Any]]:
    for u in store.iter_units(filters):
        yield export_record(u)


def write_export(records: Iterable[dict[str, Any]], fmt: str, out: io.IOBase | Path | str) -> int:
    """Write records as jsonl | csv | xlsx to a path or a binary/text stream; returns the count."""
    fmt = fmt.lower()
    if fmt not in ("jsonl", "csv", "xlsx"):
        raise ValueError(f"unknown export format {fmt!r} (jsonl, csv, xlsx)")
    n = 0
    if fmt == "xlsx":
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("units")
        ws.append(list(EXPORT_FIELDS))
        for r in records:
            ws.append([_cell(r.get(k)) for k in EXPORT_FIELDS])
            n += 1
        wb.save(out)
        return n
    own = isinstance(out, (str, Path))
    fh = open(out, "w", encoding="utf-8", newline="") if own else out
    try:
        if fmt == "jsonl":
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
                n += 1
        else:
            w = csv.writer(fh)
            w.writerow(EXPORT_FIELDS)
            for r in records:
                w.writerow([_cell(r.get(k)) for k in EXPORT_FIELDS])
                n += 1
    finally:
        if own:
            fh.close()
    return n


def _cell(v: Any) -> Any:
    if isinstance(v, list):
        return "; ".join(map(str, v))
    return v


def unit_labels(u: dict, scheme: str) -> list[Label]:
    """The labels of one scheme on a unit row, as Label objects."""
    return [Label(lab["scheme"], lab["value"], lab["confidence"], lab["origin"])
            for lab in u.get("labels") or [] if lab["scheme"] == scheme]


def ingest_upload(store: Store, name: str, data: bytes, doc_type: str | None = None) -> IngestResult:
    """Ingest one uploaded file given as bytes (web upload); same rules as :func:`ingest_paths`."""
    import tempfile

    safe = Path(name).name or "upload"
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / safe
        p.write_bytes(data)
        res = ingest_paths(store, [p], doc_type=doc_type)[0]
    res.path = safe
    if res.status == "error":
        res.message = res.message.replace(str(p), safe)
    return res


# ---- status ------------------------------------------------------------------------------------
STATUSES = ("not_implemented", "partially_implemented", "implemented", "unknown")


def set_status(store: Store, unit_id: int, status: str, who: str, evidence: str = "", source: str = "",
               note: str = "") -> int:
    """Record a new implementation status for a unit (an audit event; never overwrites)."""
    if status not in STATUSES:
        raise ValueError(f"unknown status {status!r} (choose from {', '.join(STATUSES)})")
    get_unit(store, unit_id)
    return store.add_status(unit_id, status, evidence=evidence, source=source, note=note, who=who)


def status_history(store: Store, unit_id: int) -> list[dict]:
    """The audit trail of a unit's status, newest first (who, when, old, new, evidence)."""
    return store.status_history(unit_id)


# ---- links and history -------------------------------------------------------------------------
def linked_units(store: Store, unit_id: int) -> list[dict]:
    """Units linked to ``unit_id`` (either direction) with link type, score and direction."""
    links = store.links_of(unit_id)
    other = [lk["to_unit"] if lk["from_unit"] == unit_id else lk["from_unit"] for lk in links]
    brief = store.units_brief(other)
    out = []
    for lk, oid in zip(links, other, strict=True):
        if oid in brief:
            out.append({**brief[oid], "link_type": lk["type"], "score": lk["score"],
                        "direction": "out" if lk["from_unit"] == unit_id else "in"})
    return out


def unit_history(store: Store, unit_id: int) -> dict[str, Any]:
    """The recommendation and everything linked to it on one timeline, with a one-line summary."""
    u = get_unit(store, unit_id)
    events = [{**u, "link_type": None}] + linked_units(store, unit_id)
    events.sort(key=lambda e: (e.get("year") or 0, e.get("id")))
    try:
        from .link import summarize_history

        summary = summarize_history(events)
    except ImportError:
        years = [e["year"] for e in events if e.get("year")]
        summary = f"{len(events)} related units" + (f" since {min(years)}" if years else "")
    return {"unit": u, "events": events, "summary": summary}


# ---- imports -----------------------------------------------------------------------------------
@dataclass
class ImportReport:
    path: str
    rows: int = 0
    added: int = 0
    skipped: int = 0  # rows already stored (same row in an earlier import or another file)
    empty: int = 0  # rows without text
    invalid_bytes: int = 0
    invalid_rows: int = 0
    error: str = ""


def _upr_info_key(u: Unit) -> str:
    f = u.fields
    return "|".join([u.country or "", str(u.session or ""), ";".join(u.recommending_states), u.text,
                     str(f.get("response_raw") or ""), str(f.get("action") or ""), ",".join(f.get("issues") or [])])


def import_upr_info(store: Store, paths: Iterable[str | Path],
                    progress: Callable[[int], None] | None = None) -> list[ImportReport]:
    """Import UPR Info CSV exports; idempotent (rows already stored are skipped and counted)."""
    from .importers.upr_info import read_upr_info

    reports = []
    for p in iter_files(paths):
        rep = ImportReport(str(p))
        try:
            res = read_upr_info(p)
        except (OSError, ValueError, UnicodeError) as e:
            rep.error = str(e)
            reports.append(rep)
            continue
        rep.rows, rep.empty = res.rows, res.skipped
        rep.invalid_bytes, rep.invalid_rows = res.invalid_bytes, len(res.invalid_rows)
        # identical rows inside one export are kept apart by their occurrence number, so that every
        # data row is stored once and a re-import still adds nothing
        seen: dict[str, int] = {}
        keys: dict[int, str] = {}
        for u in res.units:
            k = _upr_info_key(u)
            seen[k] = seen.get(k, 0) + 1
            keys[id(u)] = f"{k}|#{seen[k]}"
        rep.added, rep.skipped = store.import_units(res.units, "upr-info", key=lambda u: keys[id(u)],
                                                    progress=progress)
        reports.append(rep)
    return reports


def import_records(store: Store, paths: Iterable[str | Path], source: str = "uhri",
                   extra_fields: dict[str, str] | None = None,
                   progress: Callable[[int], None] | None = None) -> list[ImportReport]:
    """Import JSON records (UHRI export, hrtracker JSONL export, ...); idempotent like the UPR Info import."""
    from .importers.records import read_records

    reports = []
    for p in iter_files(paths):
        rep = ImportReport(str(p))
        try:
            res = read_records(p, source=source, extra_fields=extra_fields)
        except (OSError, ValueError) as e:
            rep.error = str(e)
            reports.append(rep)
            continue
        rep.rows, rep.empty = res.rows, res.skipped
        seen: dict[str, int] = {}
        keys: dict[int, str] = {}
        for u in res.units:
            k = "|".join([u.country or "", u.fields.get("symbol") or "", u.para_number or "",
                          ";".join(u.recommending_states), u.text])
            seen[k] = seen.get(k, 0) + 1
            keys[id(u)] = f"{k}|#{seen[k]}"
        rep.added, rep.skipped = store.import_units(res.units, source, key=lambda u: keys[id(u)], progress=progress)
        reports.append(rep)
    return reports


def classify_stored(store: Store, progress: Callable[[int, int], None] | None = None, batch: int = 2000) -> int:
    """Store model labels for every unit that has none yet (imported rows keep their human labels)."""
    model = _classifier()
    if model is None:
        return 0
    todo = store.units_without_labels("model")
    for i in range(0, len(todo), batch):
        chunk = todo[i:i + batch]
        preds = model.predict([t for _, t in chunk])
        store.set_labels({uid: p.labels(origin="model") for (uid, _), p in zip(chunk, preds, strict=True)})
        if progress:
            progress(min(i + batch, len(todo)), len(todo))
    return len(todo)


# ---- embeddings, similar search, links ------------------------------------------------------------
def embed_units(store: Store, progress: Callable[[int, int], None] | None = None, batch: int = 256) -> int:
    """Compute missing or stale unit embeddings in batches (each batch committed: resumable)."""
    from .link import embed_texts, model_id

    mid = model_id()
    todo = store.embedding_todo(mid)
    done = 0
    for i in range(0, len(todo), batch):
        chunk = todo[i:i + batch]
        vecs = embed_texts([t for _, t, _ in chunk])
        rows = [(uid, h, v.astype("float32").tobytes()) for (uid, _, h), v in zip(chunk, vecs, strict=True)]
        store.put_embeddings(rows, mid)
        done += len(chunk)
        if progress:
            progress(done, len(todo))
    if todo:
        _INDEX.pop(store.url, None)
        p = index_path(store)
        if p.exists():
            p.unlink()
    return len(todo)


_INDEX: dict[str, Any] = {}


def index_path(store: Store) -> Path:
    """Where the vector index of ``store`` is persisted (beside a SQLite file, else the data dir)."""
    if store.is_sqlite and store.url.startswith("sqlite:///"):
        return Path(store.url[len("sqlite:///"):] + ".usearch")
    import hashlib

    from platformdirs import user_data_dir

    return Path(user_data_dir("hrtracker")) / f"{hashlib.sha256(store.url.encode()).hexdigest()[:16]}.usearch"


def vector_index(store: Store) -> Any:
    """The vector index over stored embeddings: cached, loaded from disk, or rebuilt from the store."""
    import numpy as np

    from .link import VectorIndex, model_id

    mid = model_id()
    n = store.embedding_count(mid)
    idx = _INDEX.get(store.url)
    if idx is not None and len(idx) == n:
        return idx
    p = index_path(store)
    if p.exists():
        try:
            idx = VectorIndex.load(p)
        except Exception:  # a damaged index file is rebuilt, never fatal
            idx = None
    if idx is None or len(idx) != n:
        ids, vecs = [], []
        for uid, blob in store.iter_embeddings(mid):
            ids.append(uid)
            vecs.append(np.frombuffer(blob, dtype=np.float32))
        idx = VectorIndex.build(ids, np.vstack(vecs) if vecs else np.zeros((0, 384), dtype=np.float32))
        try:
            idx.save(p)
        except OSError:
            pass
    _INDEX[store.url] = idx
    return idx


def _query_vector(store: Store, query: int | str) -> tuple[Any, int | None]:
    from .link import embed_texts

    if isinstance(query, int) or (isinstance(query, str) and query.isdigit()):
        uid = int(query)
        idx = vector_index(store)
        if uid in idx:
            return idx.vector(uid), uid
        return embed_texts([get_unit(store, uid)["text"]])[0], uid
    return embed_texts([query])[0], None


def similar(store: Store, query: int | str, k: int = 10, country: str | None = None,
            mechanism: str | None = None, session: int | None = None) -> list[dict[str, Any]]:
    """Top-k units most similar in meaning to a unit id or a text, optionally filtered."""
    vec, self_id = _query_vector(store, query)
    idx = vector_index(store)
    allowed = None
    if country or mechanism or session:
        allowed = set(store.unit_ids(country=country, mechanism=mechanism, session=session))
        allowed.discard(self_id)
    hits = [h for h in idx.search(vec, k + 1, allowed_ids=allowed) if h[0] != self_id][:k]
    brief = store.units_brief([h[0] for h in hits])
    out = []
    for uid, score in hits:
        b = brief.get(uid)
        if b:
            out.append({"unit_id": uid, "score": round(float(score), 4), "text": b["text"], "country": b["country"],
                        "session": b["session"], "year": b["year"], "mechanism": b["mechanism"], "kind": b["kind"],
                        "from": ", ".join(b["recommending_states"] or []) or None,
                        "recommending_states": b["recommending_states"] or [], "response": b["response"],
                        "source": b["source"]})
    return out


def _as_unit(b: dict) -> Unit:
    return Unit(kind=b["kind"], text=b["text"], country=b["country"], mechanism=b["mechanism"], year=b["year"],
                session=b["session"], cycle=b["cycle"], recommending_states=b["recommending_states"] or [],
                response=b["response"], status_claim=b["status_claim"], para_number=b["para_number"])


def build_links(store: Store, unit_ids: list[int] | None = None, pool: int = 300,
                progress: Callable[[int, int], None] | None = None) -> int:
    """Assert cites / repeats / echoes links from document units (or ``unit_ids``) to earlier units.

    Candidates are the ``pool`` nearest eligible units of the same State (earlier UN recommendations
    from other documents or imports); the link model re-ranks and decides. The pool is large enough to
    hold a State's earlier UPR cycles, as in bench/linking.py, whose features are pool-relative.
    """
    import numpy as np

    from .link import decide_links, eligible, score_candidates

    idx = vector_index(store)
    if unit_ids is None:
        unit_ids = store.unit_ids(source="document")
    by_country: dict[str, set[int]] = {}
    queries = store.units_brief(unit_ids)
    links: list[tuple[int, int, str, float]] = []
    for n, uid in enumerate(unit_ids, 1):
        q = queries.get(uid)
        if not q or not q["country"] or uid not in idx:
            continue
        key = q["country"].casefold()
        if key not in by_country:
            by_country[key] = set(store.unit_ids(country=q["country"]))
        allowed = by_country[key] - {uid}
        hits = idx.search(idx.vector(uid), 3 * pool, allowed_ids=allowed)
        brief = store.units_brief([h[0] for h in hits])
        qu = _as_unit(q)
        cands = {i: _as_unit(b) for i, b in brief.items()
                 if not (q["document_id"] and b["document_id"] == q["document_id"])}
        # candidates: units of other documents / sources that this unit may link to (an earlier UN
        # recommendation for repeats, a UN recommendation for cites / echoes), nearest first
        hits = [h for h in hits if h[0] in cands and eligible(qu, cands[h[0]], as_of=q["doc_year"])][:pool]
        if not hits:
            continue
        cand_ids = [h[0] for h in hits]
        cand_units = [cands[i] for i in cand_ids]
        sims = np.array([s for _, s in hits], dtype=np.float32)
        ranked = score_candidates(qu, cand_units, sims)
        for ci, ltype, score in decide_links(qu, ranked, cand_units, sims=sims):
            links.append((uid, cand_ids[ci], ltype, score))
        if progress:
            progress(n, len(unit_ids))
    store.replace_links(links, from_units=unit_ids)
    return len(links)


def all_links(store: Store) -> Iterator[dict[str, Any]]:
    """Every asserted link with both ends' text, country, session/year, recommending States, type, score."""
    rows = list(store.all_links())
    ids = sorted({r["from_unit"] for r in rows} | {r["to_unit"] for r in rows})
    brief = store.units_brief(ids)

    def end(uid: int) -> dict[str, Any]:
        b = brief.get(uid, {})
        return {"unit_id": uid, "text": b.get("text"), "country": b.get("country"), "session": b.get("session"),
                "year": b.get("year"), "mechanism": b.get("mechanism"),
                "from": ", ".join(b.get("recommending_states") or []) or None}

    for r in rows:
        yield {"type": r["type"], "score": round(r["score"], 4), "origin": r["origin"],
               "source": end(r["from_unit"]), "target": end(r["to_unit"])}
