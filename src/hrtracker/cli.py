"""Command line: a thin shell over :mod:`hrtracker.service` (Typer + rich)."""

from __future__ import annotations

import json
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

app = typer.Typer(help="hrtracker: UN human-rights recommendations and NGO shadow reports as a database.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
import_app = typer.Typer(help="Import official databases.", no_args_is_help=True)
app.add_typer(import_app, name="import")
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
                                                 "followup_assessment, upr_matrix).")] = None,
    no_classify: Annotated[bool, typer.Option("--no-classify", help="Skip the label model.")] = False,
) -> None:
    """Read reports, extract their units and store them (one transaction per document)."""
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
    samples = Path(__file__).parent / "samples"
    store = _store(db)
    results = service.ingest_paths(store, [samples])
    for r in results:
        tag = {"ok": f"{r.units} units ({r.doc_type})", "exists": "already ingested"}.get(r.status, r.message)
        out.print(f"{Path(r.path).name}: {tag}", markup=False, highlight=False)
    out.print(f"database: {store.url}", highlight=False)
    stats(db=db)
    page = service.search(store, Filters(kind="recommendation"), limit=5)
    t = Table(title="first recommendations")
    for c in ("id", "doc", "articles", "text"):
        t.add_column(c, overflow="fold")
    for r in page.rows:
        t.add_row(str(r["id"]), r["doc"] or "", ",".join(map(str, r["articles"])), _short(r["text"], 120))
    out.print(t)
    out.print("next: hrtracker search torture | hrtracker show ID | hrtracker serve", highlight=False)


def _short(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


if __name__ == "__main__":
    app()
