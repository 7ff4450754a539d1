"""CLI behaviour: ingest (good and bad input), search, show, export, stats, demo."""

import json
import os

import pymupdf
import pytest
from typer.testing import CliRunner

from hrtracker.cli import app
from hrtracker.store import Filters, Store

runner = CliRunner()

NGO = """Report on freedom of assembly

Recommendations:

- Replace the permission regime for assemblies with a notification procedure.
- Release everyone detained for peaceful protest.

Suggested questions:

1. Please provide statistics on refused assemblies since 2020.
"""


def _pdf_bytes(text: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), text)
    return doc.tobytes()


@pytest.fixture
def mixed(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(NGO, encoding="utf-8")
    (d / "good2.pdf").write_bytes(_pdf_bytes("Recommendations: Ratify the Optional Protocol."))
    (d / "truncated.pdf").write_bytes(_pdf_bytes("some text here")[:200])
    (d / "random.pdf").write_bytes(os.urandom(4000))
    (d / "empty.txt").write_bytes(b"")
    (d / "zero.docx").write_bytes(b"")
    (d / "notes.xyz").write_text("hello")
    return d


def test_ingest_folder_with_bad_files(mixed, tmp_path):
    db = tmp_path / "db.sqlite"
    r = runner.invoke(app, ["ingest", str(mixed), "--db", str(db)])
    assert r.exit_code == 1
    errs = [line for line in r.stderr.splitlines() if line.strip()]
    bad = {"truncated.pdf", "random.pdf", "empty.txt", "zero.docx", "notes.xyz"}
    for name in bad:
        lines = [e for e in errs if e.startswith(str(mixed / name) + ": ")]
        assert len(lines) == 1, (name, errs)
        assert len(lines[0]) > len(str(mixed / name)) + 4  # a reason follows
    assert "Traceback" not in r.output
    store = Store(db)
    names = {d["name"] for d in store.list_documents()}
    assert names == {"good.txt", "good2.pdf"}


def test_reingest_is_noop(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text(NGO, encoding="utf-8")
    db = tmp_path / "db.sqlite"
    assert runner.invoke(app, ["ingest", str(f), "--db", str(db)]).exit_code == 0
    n = Store(db).stats()["units"]
    r = runner.invoke(app, ["ingest", str(f), "--db", str(db)])
    assert r.exit_code == 0
    assert "already ingested" in r.stdout
    assert Store(db).stats()["units"] == n
    assert len(Store(db).list_documents()) == 1


def test_db_from_env(tmp_path, monkeypatch):
    f = tmp_path / "r.txt"
    f.write_text(NGO, encoding="utf-8")
    monkeypatch.setenv("HRTRACKER_DB", str(tmp_path / "env.sqlite"))
    assert runner.invoke(app, ["ingest", str(f)]).exit_code == 0
    assert (tmp_path / "env.sqlite").exists()


def test_demo_search_show_export_stats(tmp_path):
    db = str(tmp_path / "demo.sqlite")
    r = runner.invoke(app, ["demo", "--db", db])
    assert r.exit_code == 0, r.output
    st = Store(db).stats()
    assert st["documents"] == 3
    assert st["units"] > 10
    r = runner.invoke(app, ["search", "torture", "--db", db, "--format", "jsonl"])
    assert r.exit_code == 0
    hits = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert hits and all("tortur" in h["text"].lower() for h in hits)
    r = runner.invoke(app, ["show", str(hits[0]["id"]), "--db", db])
    assert r.exit_code == 0 and "text" in r.stdout
    assert runner.invoke(app, ["show", "999999", "--db", db]).exit_code == 1
    out = tmp_path / "u.jsonl"
    assert runner.invoke(app, ["export", "--format", "jsonl", "-o", str(out), "--db", db]).exit_code == 0
    recs = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(recs) == st["units"]
    assert {"doc", "kind", "text", "articles"} <= set(recs[0])
    assert runner.invoke(app, ["export", "--format", "csv", "-o", str(tmp_path / "u.csv"), "--db", db]).exit_code == 0
    assert runner.invoke(app, ["stats", "--db", db]).exit_code == 0
    # embeddings, similar search, links and history were built by the demo
    r = runner.invoke(app, ["similar", "abolish the death penalty", "--db", db, "--format", "jsonl", "--k", "3"])
    assert r.exit_code == 0, r.output
    sims = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert len(sims) == 3 and "death penalty" in sims[0]["text"].lower()
    assert {"text", "score", "country", "session", "from", "year", "unit_id"} <= set(sims[0])
    r = runner.invoke(app, ["links", "--db", db])
    assert r.exit_code == 0
    links = [json.loads(x) for x in r.stdout.splitlines() if x.strip()]
    assert links and {lk["type"] for lk in links} <= {"cites", "repeats", "echoes"}
    r = runner.invoke(app, ["history", str(links[0]["source"]["unit_id"]), "--db", db])
    assert r.exit_code == 0 and str(links[0]["target"]["unit_id"]) in r.stdout


def test_import_upr_info_idempotent(tmp_path):
    head = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session"
    rows = [
        'Chile,GRULAC,,Ratify the Optional Protocol to the Convention against Torture,France,WEOG,EU,Accepted,5,'
        '"Torture and other CID treatment,International instruments",5',
        'Chile,GRULAC,,Ratify the Optional Protocol to the Convention against Torture,France,WEOG,EU,Accepted,5,'
        '"Torture and other CID treatment,International instruments",5',
        "Chile,GRULAC,,Protect journalists @ from attacks,Peru,GRULAC,,Noted,4,Freedom of the press,5",
    ]
    f = tmp_path / "upr.csv"  # cp1252, CR line ends, one byte undefined in cp1252 (0x81)
    f.write_bytes("\r".join([head, *rows]).encode("cp1252").replace(b"@", b"\x81"))
    db = str(tmp_path / "db.sqlite")
    r = runner.invoke(app, ["import", "upr-info", str(f), "--db", db, "--no-embed", "--no-classify"])
    assert r.exit_code == 0, r.output
    st = Store(db)
    assert st.stats()["units"] == 3  # every data row, the identical pair included
    r = runner.invoke(app, ["import", "upr-info", str(f), "--db", db, "--no-embed", "--no-classify"])
    assert r.exit_code == 0 and Store(db).stats()["units"] == 3
    rows = [json.loads(x) for x in runner.invoke(app, ["search", "journalists", "--db", db, "--format", "jsonl"]).stdout
            .splitlines() if x.strip()]
    assert rows[0]["response"] == "noted" and rows[0]["issues"] == ["Freedom of the press"]
    assert rows[0]["action_category"] == 4 and rows[0]["session"] == 5 and rows[0]["country"] == "Chile"


def test_import_json_records(tmp_path):
    db = str(tmp_path / "db.sqlite")
    good = tmp_path / "uhri.json"
    good.write_text(json.dumps([{"Recommendation": "Ratify OP-CAT", "Country": "Chile", "Body": "UPR"}]))
    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    r = runner.invoke(app, ["import", "records", str(good), str(bad), "--db", db, "--no-embed", "--no-classify"])
    assert r.exit_code == 1 and "bad.json: not JSON" in r.output
    assert Store(db).search(Filters(source="uhri")).total == 1
    r = runner.invoke(app, ["import", "json", str(good), "--db", db, "--field", "wording=Text"])
    assert r.exit_code == 1 and "unknown field 'wording'" in r.output
