"""The Store: every SQL statement hrtracker runs lives here (SQLite with FTS5, or PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
    and_,
    create_engine,
    delete,
    event,
    exists,
    func,
    insert,
    literal_column,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, Engine

from ..extract.unmeta import country_name  # one spelling per State, whatever the source wrote
from ..models import Document, Extraction, Label, Unit, Update
from . import schema as s

MIGRATIONS = Path(__file__).parent / "migrations"
FACETS = ("country", "mechanism", "kind", "article", "issue", "year", "response", "status", "document")


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def db_url(db: str | Path) -> str:
    """Accept a SQLAlchemy URL or a file path (→ SQLite)."""
    db = str(db)
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


@dataclass
class Filters:
    """Search filters shared by the CLI, the web pages and the API."""

    q: str = ""
    kind: str | None = None
    article: int | None = None
    country: str | None = None
    mechanism: str | None = None
    issue: str | None = None
    year: int | None = None
    response: str | None = None
    status: str | None = None
    document: int | None = None
    source: str | None = None
    session: int | None = None

    def active(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v not in (None, "")}


@dataclass
class Page:
    rows: list[dict[str, Any]]
    total: int
    facets: dict[str, list[tuple[Any, int]]] = field(default_factory=dict)


def _fts_query(q: str) -> str:
    """Turn user words into a safe FTS5 query: every word must occur (prefix match on the last)."""
    words = re.findall(r"\w+", q, flags=re.UNICODE)
    if not words:
        return ""
    parts = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(parts)


class Store:
    """A hrtracker database. ``Store(url_or_path)`` creates or migrates it as needed."""

    def __init__(self, db: str | Path, migrate: bool = True) -> None:
        self.url = db_url(db)
        if self.url.startswith("sqlite:///"):
            Path(self.url[len("sqlite:///") :]).parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(self.url)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if migrate:
            self.migrate()

    # ---- schema -------------------------------------------------------------------------
    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision."""
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def close(self) -> None:
        self.engine.dispose()

    # ---- documents ----------------------------------------------------------------------
    def document_by_sha(self, sha256: str) -> dict | None:
        with self.engine.connect() as c:
            r = c.execute(select(s.documents).where(s.documents.c.sha256 == sha256)).mappings().first()
            return dict(r) if r else None

    def add_document(self, doc: Document, ex: Extraction) -> int:
        """Store a document and its units in one transaction; returns the document id."""
        meta = ex.meta
        year = meta.get("year") or _int(doc.meta.get("year"))
        with self.engine.begin() as c:
            doc_id = c.execute(
                insert(s.documents).values(
                    sha256=doc.sha256, name=doc.name, format=doc.format, doc_type=ex.doc_type,
                    language=doc.language, pages=doc.pages, bytes=doc.bytes,
                    country=country_name(meta.get("country") or doc.meta.get("state")), year=year,
                    symbol=meta.get("symbol"), title=doc.meta.get("title") or meta.get("title"),
                    meta={**doc.meta, **{k: v for k, v in meta.items() if _jsonable(v)}},
                    text=doc.text, ingested_at=now(),
                )
            ).inserted_primary_key[0]
            self._insert_units(c, ex.units, document_id=doc_id, source="document")
            if ex.updates:
                self._apply_updates(c, ex.updates, who=f"document:{doc.name}")
        return int(doc_id)

    def get_document(self, doc_id: int) -> dict | None:
        with self.engine.connect() as c:
            r = c.execute(select(s.documents).where(s.documents.c.id == doc_id)).mappings().first()
            return dict(r) if r else None

    def list_documents(self) -> list[dict]:
        d, u = s.documents, s.units
        n = select(func.count()).where(u.c.document_id == d.c.id).scalar_subquery()
        q = select(d.c.id, d.c.name, d.c.format, d.c.doc_type, d.c.country, d.c.year, d.c.pages,
                   d.c.bytes, d.c.ingested_at, n.label("units")).order_by(d.c.id)
        with self.engine.connect() as c:
            return [dict(r) for r in c.execute(q).mappings()]

    def delete_document(self, doc_id: int) -> None:
        with self.engine.begin() as c:
            ids = select(s.units.c.id).where(s.units.c.document_id == doc_id)
            for t in (s.unit_articles, s.labels, s.embeddings, s.status_events):
                c.execute(delete(t).where(t.c.unit_id.in_(ids)))
            c.execute(delete(s.links).where(or_(s.links.c.from_unit.in_(ids), s.links.c.to_unit.in_(ids))))
            c.execute(delete(s.units).where(s.units.c.document_id == doc_id))
            c.execute(delete(s.documents).where(s.documents.c.id == doc_id))

    # ---- units --------------------------------------------------------------------------
    def _insert_units(self, c: Connection, units: list[Unit], document_id: int | None, source: str,
                      keys: list[str] | None = None) -> list[int]:
        if not units:
            return []
        rows = [dict(
            document_id=document_id, source=source, source_key=keys[i] if keys else None,
            kind=u.kind, text=u.text, start_offset=u.start, end_offset=u.end,
            section=u.section or "", mechanism=u.mechanism, source_detail=u.source_detail,
            year=u.year, status_claim=u.status_claim, country=country_name(u.country),
            recommending_states=list(u.recommending_states), para_number=u.para_number,
            response=u.response, cycle=u.cycle, session=u.session,
            fields={k: v for k, v in u.fields.items() if _jsonable(v)},
        ) for i, u in enumerate(units)]
        res = c.execute(insert(s.units).returning(s.units.c.id, sort_by_parameter_order=True), rows)
        ids = [int(r[0]) for r in res]
        arows: list[dict] = []
        lrows: list[dict] = []
        for uid, u in zip(ids, units, strict=True):
            a, lab = self._label_rows(uid, u)
            arows += a
            lrows += lab
        if arows:
            c.execute(insert(s.unit_articles), arows)
        if lrows:
            c.execute(insert(s.labels), lrows)
        return ids

    @staticmethod
    def _label_rows(uid: int, u: Unit) -> tuple[list[dict], list[dict]]:
        """unit_articles and labels rows for one unit; rule articles first, duplicates dropped."""
        arts: dict[int, tuple[str, float]] = {a: ("rule", 1.0) for a in u.articles}
        seen: set[tuple[str, str, str]] = set()
        rows = []
        for lab in u.labels:
            if lab.scheme == "article":
                a = _int(lab.value)
                if a is not None and a not in arts:
                    arts[a] = (lab.origin, lab.confidence)
            elif (lab.scheme, lab.value, lab.origin) not in seen:
                seen.add((lab.scheme, lab.value, lab.origin))
                rows.append({"unit_id": uid, "scheme": lab.scheme, "value": lab.value,
                             "confidence": float(lab.confidence), "origin": lab.origin})
        return ([{"unit_id": uid, "article": a, "origin": o, "confidence": float(conf)}
                 for a, (o, conf) in arts.items()], rows)

    def import_units(self, units: Iterable[Unit], source: str, key: callable, batch: int = 2000,
                     progress: callable | None = None) -> tuple[int, int]:
        """Insert imported rows; rows whose ``key(unit)`` is already stored are skipped.

        Returns (added, skipped). Each batch is one transaction.
        """
        added = skipped = 0
        buf: list[Unit] = []

        def flush() -> None:
            nonlocal added, skipped
            if not buf:
                return
            keys = [hashlib.sha256(f"{source}|{key(u)}".encode()).hexdigest()[:40] for u in buf]
            with self.engine.begin() as c:
                have = set()
                for i in range(0, len(keys), 500):
                    have |= set(c.execute(select(s.units.c.source_key).where(
                        s.units.c.source_key.in_(keys[i:i + 500]))).scalars())
                new = [(k, u) for k, u in zip(keys, buf, strict=True) if k not in have]
                seen: set[str] = set()
                new = [(k, u) for k, u in new if not (k in seen or seen.add(k))]
                skipped += len(buf) - len(new)
                if new:
                    self._insert_units(c, [u for _, u in new], None, source, [k for k, _ in new])
                    added += len(new)
            if progress:
                progress(len(buf))
            buf.clear()

        for u in units:
            buf.append(u)
            if len(buf) >= batch:
                flush()
        flush()
        return added, skipped

    def get_unit(self, unit_id: int) -> dict | None:
        rows = self._unit_rows(select(s.units).where(s.units.c.id == unit_id))
        return rows[0] if rows else None

    def units_of_document(self, doc_id: int) -> list[dict]:
        q = select(s.units).where(s.units.c.document_id == doc_id).order_by(s.units.c.start_offset, s.units.c.id)
        return self._unit_rows(q)

    def _unit_rows(self, q, conn: Connection | None = None) -> list[dict]:
        """Run a units query and attach documents, articles, labels and current status."""
        def run(c: Connection) -> list[dict]:
            rows = [dict(r) for r in c.execute(q).mappings()]
            if not rows:
                return rows
            ids = [r["id"] for r in rows]
            arts: dict[int, list] = {}
            labs: dict[int, list] = {}
            stat: dict[int, dict] = {}
            docs: dict[int, str] = {}
            for i in range(0, len(ids), 900):
                chunk = ids[i:i + 900]
                for r in c.execute(select(s.unit_articles).where(s.unit_articles.c.unit_id.in_(chunk))
                                   .order_by(s.unit_articles.c.article)).mappings():
                    arts.setdefault(r["unit_id"], []).append(dict(r))
                for r in c.execute(select(s.labels).where(s.labels.c.unit_id.in_(chunk))
                                   .order_by(s.labels.c.confidence.desc())).mappings():
                    labs.setdefault(r["unit_id"], []).append(dict(r))
                for r in c.execute(select(s.status_events).where(s.status_events.c.unit_id.in_(chunk))
                                   .order_by(s.status_events.c.id)).mappings():
                    stat[r["unit_id"]] = dict(r)
            doc_ids = {r["document_id"] for r in rows if r["document_id"]}
            if doc_ids:
                docs = dict(c.execute(select(s.documents.c.id, s.documents.c.name)
                                      .where(s.documents.c.id.in_(doc_ids))).all())
            for r in rows:
                r["articles"] = [a["article"] for a in arts.get(r["id"], [])]
                r["article_labels"] = arts.get(r["id"], [])
                r["labels"] = labs.get(r["id"], [])
                r["doc"] = docs.get(r["document_id"]) if r["document_id"] else None
                ev = stat.get(r["id"])
                r["status"] = ev["status"] if ev else r.get("status_claim")
                r["status_event"] = ev
            return rows

        if conn is not None:
            return run(conn)
        with self.engine.connect() as c:
            return run(c)

    # ---- search -------------------------------------------------------------------------
    def _status_expr(self):
        return func.coalesce(s.units.c.status, s.units.c.status_claim, "unknown")

    def _where(self, f: Filters, skip: str | None = None) -> list:
        u = s.units
        w: list = []
        if f.q and skip != "q":
            if self.is_sqlite:
                fq = _fts_query(f.q)
                if fq:
                    w.append(u.c.id.in_(select(literal_column("rowid")).select_from(text("units_fts"))
                                        .where(text("units_fts MATCH :fq"))
                                        .params(fq=fq)))
            else:
                w.append(func.to_tsvector("simple", u.c.text).op("@@")(func.plainto_tsquery("simple", f.q)))
        equal = (("kind", u.c.kind), ("country", u.c.country), ("mechanism", u.c.mechanism), ("year", u.c.year),
                 ("session", u.c.session), ("response", u.c.response), ("document", u.c.document_id),
                 ("source", u.c.source))
        for name, col in equal:
            value = getattr(f, name)
            if name == "country" and value:
                value = country_name(value)
            if value not in (None, "") and skip != name:
                w.append(col == value)
        if f.article and skip != "article":
            ua = s.unit_articles
            w.append(exists().where(and_(ua.c.unit_id == u.c.id, ua.c.article == f.article)))
        if f.issue and skip != "issue":
            lb = s.labels
            w.append(exists().where(and_(lb.c.unit_id == u.c.id, lb.c.scheme == "issue",
                                         lb.c.value == f.issue)))
        if f.status and skip != "status":
            w.append(self._status_expr() == f.status)
        return w

    def search(self, f: Filters, limit: int = 20, offset: int = 0, facets: bool = False) -> Page:
        """Units matching the filters, best match first when ``f.q`` is set (else by id); optional facets."""
        u = s.units
        where = self._where(f)
        q = self._ranked(f).limit(limit).offset(offset)
        with self.engine.connect() as c:
            total = c.execute(select(func.count()).select_from(u).where(*where)).scalar_one()
            rows = self._unit_rows(q, c)
            fac = {name: self._facet(c, f, name) for name in FACETS} if facets else {}
        return Page(rows=rows, total=int(total), facets=fac)

    def _ranked(self, f: Filters):
        """The units matching ``f``, best match first when there are words (FTS5 bm25 / PostgreSQL ts_rank),
        else by id. On SQLite the FTS match is joined once for both filtering and rank."""
        u = s.units
        fq = _fts_query(f.q or "")
        if fq and self.is_sqlite:
            fts = (select(literal_column("rowid").label("rid"), literal_column("rank").label("rnk"))
                   .select_from(text("units_fts")).where(text("units_fts MATCH :fq")).params(fq=fq)
                   .subquery("fts"))
            return (select(u).join(fts, fts.c.rid == u.c.id).where(*self._where(f, skip="q"))
                    .order_by(fts.c.rnk, u.c.id))
        q = select(u).where(*self._where(f))
        if f.q and not self.is_sqlite:
            rank = func.ts_rank(func.to_tsvector("simple", u.c.text), func.plainto_tsquery("simple", f.q))
            return q.order_by(rank.desc(), u.c.id)
        return q.order_by(u.c.id)

    def _facet(self, c: Connection, f: Filters, name: str, top: int = 30) -> list[tuple[Any, int]]:
        u = s.units
        where = self._where(f, skip=name)
        n = func.count().label("n")
        if name == "article":
            ua = s.unit_articles
            q = (select(ua.c.article, func.count(func.distinct(ua.c.unit_id)).label("n"))
                 .join(u, u.c.id == ua.c.unit_id).where(*where).group_by(ua.c.article))
        elif name == "issue":
            lb = s.labels
            q = select(lb.c.value, func.count(func.distinct(lb.c.unit_id)).label("n")).where(lb.c.scheme == "issue")
            if where:  # filter units first: the labels table is several times larger than units
                q = q.where(lb.c.unit_id.in_(select(u.c.id).where(*where)))
            q = q.group_by(lb.c.value)
        elif name == "status":
            st = self._status_expr().label("st")
            q = select(st, n).where(*where).group_by(st)
        elif name == "document":
            d = s.documents
            q = (select(d.c.id, d.c.name, n).join(u, u.c.document_id == d.c.id).where(*where)
                 .group_by(d.c.id, d.c.name))
            rows = c.execute(q.order_by(literal_column("n").desc()).limit(top)).all()
            return [((r[0], r[1]), r[2]) for r in rows]
        else:
            col = u.c[name]
            q = select(col, n).where(col.isnot(None), *where).group_by(col)
        rows = c.execute(q.order_by(literal_column("n").desc()).limit(top)).all()
        return [(r[0], r[1]) for r in rows]

    def snippets(self, unit_ids: list[int], q: str) -> dict[int, str]:
        """FTS5 highlight of matches: marked with \\x02 ... \\x03 (callers escape, then mark up)."""
        fq = _fts_query(q)
        if not (self.is_sqlite and fq and unit_ids):
            return {}
        ph = ",".join(str(int(i)) for i in unit_ids)
        sql = text(f"SELECT rowid, highlight(units_fts, 0, char(2), char(3)) FROM units_fts "
                   f"WHERE units_fts MATCH :fq AND rowid IN ({ph})")
        with self.engine.connect() as c:
            return {int(r[0]): r[1] for r in c.execute(sql, {"fq": fq})}

    def iter_units(self, f: Filters | None = None, batch: int = 1000) -> Iterator[dict]:
        """All units matching ``f`` in id order, with articles/labels attached, batch by batch."""
        f = f or Filters()
        last = 0
        while True:
            q = select(s.units).where(s.units.c.id > last, *self._where(f)).order_by(s.units.c.id).limit(batch)
            rows = self._unit_rows(q)
            if not rows:
                return
            yield from rows
            last = rows[-1]["id"]

    def stats(self) -> dict[str, Any]:
        u, d, ua = s.units, s.documents, s.unit_articles
        with self.engine.connect() as c:
            per_doc = c.execute(
                select(d.c.name, u.c.kind, func.count()).join(u, u.c.document_id == d.c.id)
                .group_by(d.c.name, u.c.kind).order_by(d.c.name)).all()
            per_source = c.execute(select(u.c.source, u.c.kind, func.count())
                                   .group_by(u.c.source, u.c.kind)).all()
            per_art = c.execute(select(ua.c.article, func.count()).group_by(ua.c.article)
                                .order_by(ua.c.article)).all()
            ndocs = c.execute(select(func.count()).select_from(d)).scalar_one()
            nunits = c.execute(select(func.count()).select_from(u)).scalar_one()
        return {"documents": ndocs, "units": nunits, "per_document": [tuple(r) for r in per_doc],
                "per_source": [tuple(r) for r in per_source], "per_article": [tuple(r) for r in per_art]}

    # ---- updates from other documents ----------------------------------------------------
    def _apply_updates(self, c: Connection, updates: list[Update], who: str) -> int:
        u = s.units
        n = 0
        for up in updates:
            if not up.para_number:
                continue
            cond = [u.c.para_number == up.para_number, u.c.source == "document"]
            if up.country:
                cond.append(func.lower(u.c.country) == country_name(up.country).lower())
            if up.symbol:
                d = s.documents
                cond.append(u.c.document_id.in_(select(d.c.id).where(d.c.symbol == up.symbol)))
            ids = list(c.execute(select(u.c.id).where(*cond)).scalars())
            for uid in ids:
                if up.field == "response":
                    c.execute(update(u).where(u.c.id == uid).values(response=up.value))
                elif up.field == "status":
                    se = s.status_events
                    last = c.execute(select(se.c.status, se.c.source).where(se.c.unit_id == uid)
                                     .order_by(se.c.id.desc()).limit(1)).first()
                    if last is not None and tuple(last) == (up.value, who):
                        continue  # the same document already said so: re-applying adds nothing
                    self._add_status(c, uid, up.value, evidence=up.evidence, source=who,
                                     note=", ".join(f"{k}: {v}" for k, v in up.fields.items()), who=who)
                n += 1
        return n

    def apply_pending_updates(self) -> int:
        """Re-apply the updates stored with earlier documents (after a later WG report arrives)."""
        d = s.documents
        total = 0
        with self.engine.begin() as c:
            for name, meta in c.execute(select(d.c.name, d.c.meta).where(d.c.meta.isnot(None))).all():
                ups = (meta or {}).get("updates") or []
                total += self._apply_updates(c, [Update(**x) for x in ups], who=f"document:{name}")
        return total

    # ---- labels, embeddings, links ---------------------------------------------------------
    def set_labels(self, unit_labels: dict[int, list[Label]], origin: str = "model") -> None:
        """Replace the ``origin`` labels of the given units (articles go to unit_articles)."""
        lb, ua = s.labels, s.unit_articles
        with self.engine.begin() as c:
            ids = list(unit_labels)
            for i in range(0, len(ids), 900):
                chunk = ids[i:i + 900]
                c.execute(delete(lb).where(lb.c.unit_id.in_(chunk), lb.c.origin == origin))
                c.execute(delete(ua).where(ua.c.unit_id.in_(chunk), ua.c.origin == origin))
            have = {}
            for i in range(0, len(ids), 900):
                for uid, a in c.execute(select(ua.c.unit_id, ua.c.article).where(ua.c.unit_id.in_(ids[i:i + 900]))):
                    have.setdefault(uid, set()).add(a)
            lrows, arows = [], []
            for uid, labs in unit_labels.items():
                for lab in labs:
                    if lab.scheme == "article":
                        a = _int(lab.value)
                        if a is not None and a not in have.get(uid, set()):
                            have.setdefault(uid, set()).add(a)
                            arows.append({"unit_id": uid, "article": a, "origin": origin,
                                          "confidence": float(lab.confidence)})
                    else:
                        lrows.append({"unit_id": uid, "scheme": lab.scheme, "value": lab.value,
                                      "confidence": float(lab.confidence), "origin": origin})
            if lrows:
                c.execute(insert(lb), lrows)
            if arows:
                c.execute(insert(ua), arows)

    def units_without_labels(self, origin: str = "model", limit: int | None = None) -> list[tuple[int, str]]:
        u, lb = s.units, s.labels
        q = select(u.c.id, u.c.text).where(~exists().where(and_(lb.c.unit_id == u.c.id, lb.c.origin == origin)))
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as c:
            return [(r[0], r[1]) for r in c.execute(q.order_by(u.c.id))]

    def embedding_todo(self, model: str) -> list[tuple[int, str, str]]:
        """(unit id, text, text hash) of units whose stored vector is missing or stale."""
        u, e = s.units, s.embeddings
        with self.engine.connect() as c:
            have = {r[0]: (r[1], r[2]) for r in c.execute(select(e.c.unit_id, e.c.model, e.c.text_hash))}
            out = []
            for uid, t in c.execute(select(u.c.id, u.c.text).order_by(u.c.id)):
                h = hashlib.sha256(t.encode()).hexdigest()
                if have.get(uid) != (model, h):
                    out.append((uid, t, h))
            return out

    def put_embeddings(self, rows: list[tuple[int, str, bytes]], model: str) -> None:
        e = s.embeddings
        with self.engine.begin() as c:
            c.execute(delete(e).where(e.c.unit_id.in_([r[0] for r in rows])))
            c.execute(insert(e), [{"unit_id": uid, "model": model, "text_hash": h, "vector": v}
                                  for uid, h, v in rows])

    def iter_embeddings(self, model: str, batch: int = 5000) -> Iterator[tuple[int, bytes]]:
        e = s.embeddings
        last = 0
        while True:
            with self.engine.connect() as c:
                rows = c.execute(select(e.c.unit_id, e.c.vector).where(e.c.model == model, e.c.unit_id > last)
                                 .order_by(e.c.unit_id).limit(batch)).all()
            if not rows:
                return
            yield from ((r[0], r[1]) for r in rows)
            last = rows[-1][0]

    def embedding_count(self, model: str) -> int:
        with self.engine.connect() as c:
            return c.execute(select(func.count()).select_from(s.embeddings)
                             .where(s.embeddings.c.model == model)).scalar_one()

    def matching_ids(self, f: Filters) -> list[int]:
        """Ids of all units matching ``f`` (words and facets), in id order."""
        u = s.units
        with self.engine.connect() as c:
            return list(c.execute(select(u.c.id).where(*self._where(f)).order_by(u.c.id)).scalars())

    def units_by_ids(self, ids: list[int]) -> list[dict]:
        """Full unit rows (labels, articles, status attached) in the order of ``ids``; missing ids skipped."""
        if not ids:
            return []
        u = s.units
        by_id = {r["id"]: r for r in self._unit_rows(select(u).where(u.c.id.in_([int(i) for i in ids])))}
        return [by_id[i] for i in ids if i in by_id]

    def unit_ids(self, country: str | None = None, mechanism: str | None = None, session: int | None = None,
                 source: str | None = None) -> list[int]:
        """Ids of units matching simple equality filters (country compared case-insensitively)."""
        u = s.units
        q = select(u.c.id)
        if country:
            q = q.where(func.lower(u.c.country) == country_name(country).lower())
        if mechanism:
            q = q.where(u.c.mechanism == mechanism)
        if session:
            q = q.where(u.c.session == session)
        if source:
            q = q.where(u.c.source == source)
        with self.engine.connect() as c:
            return list(c.execute(q.order_by(u.c.id)).scalars())

    def units_brief(self, ids: list[int]) -> dict[int, dict]:
        """Light unit rows (no labels; ``doc_year``: the year of the unit's document) for many ids: for linking
        and similar-search output."""
        u, d = s.units, s.documents
        out: dict[int, dict] = {}
        cols = [u.c.id, u.c.kind, u.c.text, u.c.country, u.c.mechanism, u.c.year, u.c.session, u.c.cycle,
                u.c.recommending_states, u.c.response, u.c.status_claim, u.c.document_id, u.c.source,
                u.c.para_number, d.c.year.label("doc_year")]
        src = u.outerjoin(d, d.c.id == u.c.document_id)
        with self.engine.connect() as c:
            for i in range(0, len(ids), 900):
                for r in c.execute(select(*cols).select_from(src).where(u.c.id.in_(ids[i:i + 900]))).mappings():
                    out[r["id"]] = dict(r)
        return out

    def replace_links(self, links: list[tuple[int, int, str, float]], origin: str = "model",
                      from_units: list[int] | None = None) -> None:
        """Replace the ``origin`` links leaving ``from_units`` (all when None) with ``links``."""
        lk = s.links
        with self.engine.begin() as c:
            if from_units is None:
                c.execute(delete(lk).where(lk.c.origin == origin))
            else:
                for i in range(0, len(from_units), 900):
                    c.execute(delete(lk).where(lk.c.origin == origin,
                                               lk.c.from_unit.in_(from_units[i:i + 900])))
            if links:
                c.execute(insert(lk), [{"from_unit": a, "to_unit": b, "type": t, "score": float(sc),
                                        "origin": origin} for a, b, t, sc in links])

    def links_of(self, unit_id: int) -> list[dict]:
        lk = s.links
        with self.engine.connect() as c:
            return [dict(r) for r in c.execute(select(lk).where(
                or_(lk.c.from_unit == unit_id, lk.c.to_unit == unit_id)).order_by(lk.c.score.desc())).mappings()]

    def all_links(self) -> Iterator[dict]:
        with self.engine.connect() as c:
            yield from (dict(r) for r in c.execute(select(s.links).order_by(s.links.c.id)).mappings())

    # ---- status -----------------------------------------------------------------------------
    def _add_status(self, c: Connection, unit_id: int, status: str, evidence: str = "", source: str = "",
                    note: str = "", who: str = "system") -> int:
        se = s.status_events
        old = c.execute(select(se.c.status).where(se.c.unit_id == unit_id).order_by(se.c.id.desc())
                        .limit(1)).scalar()
        if old is None:
            old = c.execute(select(s.units.c.status_claim).where(s.units.c.id == unit_id)).scalar()
        eid = c.execute(insert(se).values(unit_id=unit_id, status=status, old_status=old, evidence=evidence,
                                          source=source, note=note, who=who, created_at=now())
                        ).inserted_primary_key[0]
        c.execute(update(s.units).where(s.units.c.id == unit_id).values(status=status))
        return eid

    def add_status(self, unit_id: int, status: str, evidence: str = "", source: str = "", note: str = "",
                   who: str = "system") -> int:
        with self.engine.begin() as c:
            return self._add_status(c, unit_id, status, evidence, source, note, who)

    def status_history(self, unit_id: int) -> list[dict]:
        se = s.status_events
        with self.engine.connect() as c:
            return [dict(r) for r in c.execute(select(se).where(se.c.unit_id == unit_id)
                                               .order_by(se.c.id.desc())).mappings()]

    # ---- users and tokens ---------------------------------------------------------------------
    def add_user(self, name: str, role: str, password_hash: str) -> int:
        with self.engine.begin() as c:
            return c.execute(insert(s.users).values(name=name, role=role, password_hash=password_hash,
                                                    created_at=now())).inserted_primary_key[0]

    def set_password(self, name: str, password_hash: str) -> None:
        with self.engine.begin() as c:
            c.execute(update(s.users).where(s.users.c.name == name).values(password_hash=password_hash))

    def get_user(self, name: str | None = None, user_id: int | None = None) -> dict | None:
        q = select(s.users)
        q = q.where(s.users.c.name == name) if name is not None else q.where(s.users.c.id == user_id)
        with self.engine.connect() as c:
            r = c.execute(q).mappings().first()
            return dict(r) if r else None

    def list_users(self) -> list[dict]:
        with self.engine.connect() as c:
            return [dict(r) for r in c.execute(select(s.users.c.id, s.users.c.name, s.users.c.role,
                                                      s.users.c.created_at)).mappings()]

    def add_token(self, user_id: int, token_hash: str) -> None:
        with self.engine.begin() as c:
            c.execute(insert(s.tokens).values(user_id=user_id, token_hash=token_hash, created_at=now()))

    def user_for_token(self, token_hash: str) -> dict | None:
        t, u = s.tokens, s.users
        with self.engine.connect() as c:
            r = c.execute(select(u).join(t, t.c.user_id == u.c.id).where(t.c.token_hash == token_hash)
                          ).mappings().first()
            return dict(r) if r else None

    # ---- dashboards ---------------------------------------------------------------------------
    def countries(self) -> list[tuple[str, int]]:
        u = s.units
        with self.engine.connect() as c:
            return [(r[0], r[1]) for r in c.execute(
                select(u.c.country, func.count()).where(u.c.country.isnot(None)).group_by(u.c.country)
                .order_by(u.c.country))]

    def counts(self, f: Filters, by: str) -> list[tuple[Any, int]]:
        """Unit counts grouped by a facet name (see FACETS) under filters ``f``."""
        with self.engine.connect() as c:
            return self._facet(c, f, by, top=200)

    def repeat_counts(self, unit_ids: list[int]) -> dict[int, int]:
        """Number of 'repeats' links touching each unit."""
        lk = s.links
        out: dict[int, int] = {}
        with self.engine.connect() as c:
            for i in range(0, len(unit_ids), 900):
                chunk = unit_ids[i:i + 900]
                for col in (lk.c.from_unit, lk.c.to_unit):
                    for uid, n in c.execute(select(col, func.count()).where(col.in_(chunk), lk.c.type == "repeats")
                                            .group_by(col)):
                        out[uid] = out.get(uid, 0) + n
        return out


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _int(v: Any) -> int | None:
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def _jsonable(v: Any) -> bool:
    return isinstance(v, (str, int, float, bool, list, dict, type(None)))
