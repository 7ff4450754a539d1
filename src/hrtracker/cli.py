"""Command line: a thin shell over :mod:`hrtracker.service` (Typer + rich)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import service
from .errors import HRTrackerError
from .store import Filters
from .web.commands import serve, token_app, user_app

# the model libraries' own progress bars and warnings would drown the CLI's output
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

app = typer.Typer(help="hrtracker: UN human-rights recommendations and NGO shadow reports as a database.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
import_app = typer.Typer(help="Import official databases.", no_args_is_help=True)
app.add_typer(import_app, name="import")
app.command()(serve)
app.add_typer(user_app, name="user", help="Web users (editors and admins).")
app.add_typer(token_app, name="token", help="API tokens for writes through /api.")
out = Console()
err = Console(stderr=True)

DbOpt = Annotated[str | None, typer.Option("--db", help="Database file or SQLAlchemy URL "
                                           "(default: $HRTRACKER_DB, else the user data dir).")]


def _store(db: str | None):
    return service.open_store(db)


def _fail(msg: str) -> None:
    err.print(msg, markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders.")],
    db: DbOpt = None,
    doc_type: Annotated[str | None, typer.Option("--type", help="Force the document type (ngo_report, "
                                                 "upr_wg_report, upr_state_responses, concluding_observations, "
                                                 "followup_assessment, upr_matrix, upr_summary).")] = None,
    no_classify: Annotated[bool, typer.Option("--no-classify", help="Skip the label model.")] = False,
    no_link: Annotated[bool, typer.Option("--no-link", help="Skip embeddings and links (run `hrtracker link` later).")]
    = False,
) -> None:
    """Read reports, extract their units and store them (one transaction per document), then link them."""
    store = _store(db)
    files = service.iter_files(paths)
    t0 = time.perf_counter()
    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=err, transient=True,
                  disable=not err.is_terminal) as bar:
        task = bar.add_task("", total=len(files))

        def step(r: service.IngestResult) -> None:
            bar.update(task, advance=1, description=Path(r.path).name)
            if r.status == "error":
                bar.console.print(f"{r.path}: {r.message}", markup=False, highlight=False, style="red", soft_wrap=True)

        results = service.ingest_paths(store, files, doc_type=doc_type, progress=step,
                                       classify=not no_classify)
    ok = [r for r in results if r.status == "ok"]
    same = [r for r in results if r.status == "exists"]
    bad = [r for r in results if r.status == "error"]
    for r in same:
        out.print(f"{r.path}: already ingested", markup=False, highlight=False)
    out.print(f"{len(ok)} ingested ({sum(r.units for r in ok)} units), {len(same)} already ingested, "
              f"{len(bad)} failed in {time.perf_counter() - t0:.2f} s", highlight=False)
    if ok and not no_link:
        _embed_and_link(store)
    if bad:
        raise typer.Exit(1)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find (all must occur).")] = "",
    kind: Annotated[str | None, typer.Option(help="recommendation | question | cited_recommendation")] = None,
    article: Annotated[int | None, typer.Option(help="ICCPR article number.")] = None,
    country: Annotated[str | None, typer.Option(help="State under review.")] = None,
    mechanism: Annotated[str | None, typer.Option(help="HRC, CAT, UPR, ...")] = None,
    issue: Annotated[str | None, typer.Option(help="UPR Info issue label.")] = None,
    year: Annotated[int | None, typer.Option()] = None,
    response: Annotated[str | None, typer.Option(help="accepted | noted | pending")] = None,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 20,
    fmt: Annotated[str, typer.Option("--format", help="table | jsonl")] = "table",
    db: DbOpt = None,
) -> None:
    """Full-text search over units with filters."""
    f = Filters(q=query, kind=kind, article=article, country=country, mechanism=mechanism, issue=issue,
                year=year, response=response)
    page = service.search(_store(db), f, limit=limit)
    if fmt == "jsonl":
        for r in page.rows:
            print(json.dumps(service.export_record(r), ensure_ascii=False, default=str))
        return
    t = Table(title=f"{page.total} units", show_lines=False)
    for c in ("id", "kind", "doc / source", "articles", "text"):
        t.add_column(c, overflow="fold")
    for r in page.rows:
        t.add_row(str(r["id"]), r["kind"], r["doc"] or r["source"], ",".join(map(str, r["articles"])),
                  _short(r["text"], 160))
    out.print(t)


@app.command()
def show(unit_id: Annotated[int, typer.Argument(help="Unit id.")], db: DbOpt = None,
         fmt: Annotated[str, typer.Option("--format", help="text | json")] = "text") -> None:
    """One unit with its document, section, offsets and labels."""
    try:
        u = service.get_unit(_store(db), unit_id)
    except HRTrackerError as e:
        _fail(str(e))
    if fmt == "json":
        print(json.dumps(service.export_record(u), ensure_ascii=False, indent=2, default=str))
        return
    rec = service.export_record(u)
    t = Table(show_header=False, box=None)
    t.add_column(style="bold")
    t.add_column(overflow="fold")
    for k in ("id", "kind", "doc", "section", "start", "end", "country", "mechanism", "recommending_states",
              "para_number", "year", "response", "status_claim", "status", "source_detail", "articles",
              "issues", "action_category"):
        v = rec.get(k)
        if v not in (None, "", []):
            t.add_row(k, ", ".join(map(str, v)) if isinstance(v, list) else str(v))
    t.add_row("text", rec["text"])
    out.print(t)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl | csv | xlsx")] = "jsonl",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File (default: stdout).")] = None,
    query: Annotated[str, typer.Option("--query", "-q", help="Only units matching these words.")] = "",
    kind: Annotated[str | None, typer.Option()] = None,
    country: Annotated[str | None, typer.Option()] = None,
    db: DbOpt = None,
) -> None:
    """Export units (jsonl is the format shared/eval/score.py reads)."""
    recs = service.export_units(_store(db), Filters(q=query, kind=kind, country=country))
    try:
        if output is None:
            if fmt == "xlsx":
                _fail("xlsx needs -o FILE")
            n = service.write_export(recs, fmt, sys.stdout)
        else:
            n = service.write_export(recs, fmt, output)
    except ValueError as e:
        _fail(str(e))
    err.print(f"{n} units exported" + (f" to {output}" if output else ""), highlight=False)


@app.command()
def stats(db: DbOpt = None) -> None:
    """Counts per document / kind / article."""
    st = service.stats(_store(db))
    out.print(f"{st['documents']} documents, {st['units']} units")
    per: dict[str, dict[str, int]] = {}
    for name, kind, n in st["per_document"]:
        per.setdefault(name, {})[kind] = n
    t = Table(title="units per document")
    t.add_column("document")
    kinds = ("recommendation", "question", "cited_recommendation")
    for k in kinds:
        t.add_column(k, justify="right")
    for name, d in per.items():
        t.add_row(name, *(str(d.get(k, 0)) for k in kinds))
    out.print(t)
    imported = [(src, k, n) for src, k, n in st["per_source"] if src != "document"]
    if imported:
        t = Table(title="imported")
        for c in ("source", "kind", "units"):
            t.add_column(c)
        for src, k, n in imported:
            t.add_row(src, k, str(n))
        out.print(t)
    if st["per_article"]:
        t = Table(title="units per ICCPR article")
        t.add_column("article", justify="right")
        t.add_column("units", justify="right")
        for a, n in st["per_article"]:
            t.add_row(str(a), str(n))
        out.print(t)


@app.command()
def demo(db: DbOpt = None) -> None:
    """Ingest the bundled sample documents and print a summary."""
    store = _store(db)
    results = service.ingest_paths(store, [service.SAMPLES])
    for r in results:
        tag = {"ok": f"{r.units} units ({r.doc_type})", "exists": "already ingested"}.get(r.status, r.message)
        out.print(f"{Path(r.path).name}: {tag}", markup=False, highlight=False)
    out.print(f"database: {store.url}", highlight=False)
    if any(r.status == "ok" for r in results):
        _embed_and_link(store)
    stats(db=db)
    page = service.search(store, Filters(kind="recommendation"), limit=5)
    t = Table(title="first recommendations")
    for c in ("id", "doc", "articles", "text"):
        t.add_column(c, overflow="fold")
    for r in page.rows:
        t.add_row(str(r["id"]), r["doc"] or "", ",".join(map(str, r["articles"])), _short(r["text"], 120))
    out.print(t)
    out.print("next: hrtracker search torture | hrtracker show ID | hrtracker serve", highlight=False)


def _bar(label: str):
    return Progress(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


def _embed_and_link(store, link: bool = True) -> None:
    t0 = time.perf_counter()
    with _bar("embed") as bar:
        task = bar.add_task("", total=None)
        n = service.embed_units(store, progress=lambda d, t: bar.update(task, completed=d, total=t))
    msg = f"{n} units embedded in {time.perf_counter() - t0:.1f} s"
    if link:
        t1 = time.perf_counter()
        with _bar("link") as bar:
            task = bar.add_task("", total=None)
            nl = service.build_links(store, progress=lambda d, t: bar.update(task, completed=d, total=t))
        msg += f"; {nl} links asserted in {time.perf_counter() - t1:.1f} s"
    out.print(msg, highlight=False)


@import_app.command("upr-info")
def import_upr_info(
    files: Annotated[list[Path], typer.Argument(help="UPR Info CSV exports (files or folders).")],
    db: DbOpt = None,
    no_classify: Annotated[bool, typer.Option("--no-classify", help="Skip model predictions.")] = False,
    no_embed: Annotated[bool, typer.Option("--no-embed", help="Skip embeddings (run `hrtracker link`).")] = False,
) -> None:
    """Import the UPR Info database export (idempotent: rows already stored are skipped)."""
    store = _store(db)
    t0 = time.perf_counter()
    with _bar("import") as bar:
        task = bar.add_task("", total=None)
        reports = service.import_upr_info(store, files, progress=lambda n: bar.update(task, advance=n))
    t = Table(title=f"UPR Info import ({time.perf_counter() - t0:.1f} s)")
    for c in ("file", "data rows", "added", "already stored", "no text", "invalid bytes (rows)"):
        t.add_column(c, justify="right" if c != "file" else "left", overflow="fold")
    for r in reports:
        if r.error:
            err.print(f"{r.path}: {r.error}", markup=False, highlight=False, soft_wrap=True)
            continue
        t.add_row(Path(r.path).name, str(r.rows), str(r.added), str(r.skipped), str(r.empty),
                  f"{r.invalid_bytes} ({r.invalid_rows})")
    out.print(t)
    _after_import(store, no_classify, no_embed)
    if any(r.error for r in reports):
        raise typer.Exit(1)


@import_app.command("records")
def import_records(
    files: Annotated[list[Path], typer.Argument(help="JSON, JSON Lines, CSV or XLSX files, or folders.")],
    source: Annotated[str, typer.Option(help="Name the rows' source (filters, keys).")] = "uhri",
    field: Annotated[list[str] | None, typer.Option(
        "--field", help="OURS=THEIRS: read our field (text, country, mechanism, symbol, year, from, response,"
                        " para, session, issues, themes, ...) from their key.")] = None,
    db: DbOpt = None,
    no_classify: Annotated[bool, typer.Option("--no-classify", help="Skip model predictions.")] = False,
    no_embed: Annotated[bool, typer.Option("--no-embed", help="Skip embeddings (run `hrtracker link`).")] = False,
) -> None:
    """Import recommendation records: the UHRI export, hrtracker's own exports, any JSON / CSV / XLSX table."""
    from .importers.records import FIELDS

    extra = {}
    for f in field or []:
        ours, sep, theirs = (x.strip() for x in f.partition("="))
        if not sep or not ours or not theirs:
            _fail(f"--field {f!r}: expected OURS=THEIRS, e.g. text=Recommendation")
        if ours not in FIELDS:
            _fail(f"--field {f!r}: unknown field {ours!r} (known: {', '.join(sorted(FIELDS))})")
        extra[ours] = theirs
    store = _store(db)
    t0 = time.perf_counter()
    with _bar("import") as bar:
        task = bar.add_task("", total=None)
        reports = service.import_records(store, files, source=source, extra_fields=extra,
                                         progress=lambda n: bar.update(task, advance=n))
    t = Table(title=f"records import ({time.perf_counter() - t0:.1f} s)")
    for c in ("file", "records", "added", "already stored", "no text"):
        t.add_column(c, justify="right" if c != "file" else "left", overflow="fold")
    for r in reports:
        if r.error:
            err.print(f"{r.path}: {r.error}", markup=False, highlight=False, soft_wrap=True)
            continue
        t.add_row(Path(r.path).name, str(r.rows), str(r.added), str(r.skipped), str(r.empty))
    out.print(t)
    _after_import(store, no_classify, no_embed)
    if any(r.error for r in reports):
        raise typer.Exit(1)


import_app.command("json", hidden=True)(import_records)  # the earlier name


def _after_import(store, no_classify: bool, no_embed: bool) -> None:
    if not no_classify:
        t1 = time.perf_counter()
        with _bar("classify") as bar:
            task = bar.add_task("", total=None)
            n = service.classify_stored(store, progress=lambda d, tot: bar.update(task, completed=d, total=tot))
        out.print(f"{n} units classified in {time.perf_counter() - t1:.1f} s", highlight=False)
    if not no_embed:
        _embed_and_link(store)


@app.command()
def link(db: DbOpt = None) -> None:
    """Compute missing embeddings and rebuild the links of document units."""
    _embed_and_link(_store(db))


@app.command()
def similar(
    query: Annotated[str, typer.Argument(help="A unit id or a text.")],
    k: Annotated[int, typer.Option("--k", help="Number of hits.")] = 10,
    country: Annotated[str | None, typer.Option()] = None,
    mechanism: Annotated[str | None, typer.Option()] = None,
    session: Annotated[int | None, typer.Option(help="UPR session (imported UPR Info rows).")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table | jsonl")] = "table",
    db: DbOpt = None,
) -> None:
    """Units closest in meaning to a unit or a text."""
    try:
        hits = service.similar(_store(db), query, k=k, country=country, mechanism=mechanism, session=session)
    except HRTrackerError as e:
        _fail(str(e))
    if fmt == "jsonl":
        for h in hits:
            print(json.dumps(h, ensure_ascii=False))
        return
    t = Table(title=f"similar to {query if len(query) < 60 else query[:57] + '...'}")
    for c in ("id", "score", "country", "year", "from", "text"):
        t.add_column(c, overflow="fold")
    for h in hits:
        t.add_row(str(h["unit_id"]), f"{h['score']:.3f}", h["country"] or "", str(h["year"] or ""),
                  _short(h["from"] or h["mechanism"] or "", 30), _short(h["text"], 140))
    out.print(t)


@app.command("links")
def links_cmd(fmt: Annotated[str, typer.Option("--format", help="jsonl")] = "jsonl",
              output: Annotated[Path | None, typer.Option("-o", "--output")] = None, db: DbOpt = None) -> None:
    """Export every asserted link (both ends' text, country, session/year, from, type, score)."""
    if fmt != "jsonl":
        _fail("links: only --format jsonl is supported")
    fh = open(output, "w", encoding="utf-8") if output else sys.stdout
    n = 0
    for r in service.all_links(_store(db)):
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        n += 1
    if output:
        fh.close()
    err.print(f"{n} links", highlight=False)


@app.command()
def history(unit_id: Annotated[int, typer.Argument(help="Unit id.")], db: DbOpt = None) -> None:
    """The history of a recommendation: every linked unit on one timeline, with a summary."""
    try:
        h = service.unit_history(_store(db), unit_id)
    except HRTrackerError as e:
        _fail(str(e))
    out.print(h["summary"], highlight=False)
    t = Table()
    for c in ("year", "id", "link", "mechanism", "from / doc", "response / status", "text"):
        t.add_column(c, overflow="fold")
    for e in h["events"]:
        t.add_row(str(e.get("year") or ""), str(e["id"]), e.get("link_type") or "(this)", e.get("mechanism") or "",
                  _short(", ".join(e.get("recommending_states") or []) or (e.get("doc") or e.get("source") or ""), 30),
                  e.get("response") or e.get("status_claim") or "", _short(e["text"], 140))
    out.print(t)


@app.command("classify")
def classify_cmd(text: Annotated[str, typer.Argument(help="A recommendation's text.")],
                 top: Annotated[int, typer.Option(help="Labels to show per scheme.")] = 5) -> None:
    """Top UPR Info issues, action category and ICCPR articles for a text, with confidences."""
    from .classify import load_model

    p = load_model().predict([text])[0]
    t = Table(title="labels")
    for c in ("scheme", "label", "confidence"):
        t.add_column(c)
    for name, conf in p.issues[:top]:
        t.add_row("issue", name, f"{conf:.2f}")
    t.add_row("action", str(p.action[0]), f"{p.action[1]:.2f}")
    for art, conf in p.articles[:top]:
        t.add_row("article", str(art), f"{conf:.2f}")
    out.print(t)


@app.command()
def train(data: Annotated[Path, typer.Option("--data", help="Folder of UPR Info CSV exports.")],
          output: Annotated[Path | None, typer.Option("-o", "--output", help="Model folder "
                                                      "(default: the package's shipped model folder).")] = None,
          seed: Annotated[int, typer.Option(help="Split seed.")] = 0,
          finetune: Annotated[bool, typer.Option("--finetune", help="Also fine-tune MiniLM and blend it in "
                                                 "(minutes on a GPU, hours on CPU).")] = False,
          finetuned_fit: Annotated[Path | None, typer.Option(help="A fine-tune already trained on the training "
                                                             "States less the validation States "
                                                             "(hrtracker.classify.finetune --rows fit).")] = None,
          finetuned_all: Annotated[Path | None, typer.Option(help="A fine-tune already trained on all rows "
                                                             "(--rows all).")] = None) -> None:
    """Rebuild the classification models from the CSVs; data hash, split and metrics go beside them."""
    from .classify import train as train_models

    t0 = time.perf_counter()
    with _bar("train") as bar:
        task = bar.add_task("", total=None)

        def step(*args) -> None:
            bar.update(task, description=" ".join(map(str, args)))

        metrics = train_models(data, output, seed=seed, progress=step, finetune=finetune,
                               finetuned_fit=finetuned_fit, finetuned_all=finetuned_all)
    out.print(json.dumps(metrics, indent=2, default=str), highlight=False)
    out.print(f"trained in {time.perf_counter() - t0:.0f} s", highlight=False)


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


if __name__ == "__main__":
    app()
