"""Fixtures for the web tests: an empty store, a demo store (bundled samples + a seeded report with
labels, links and a status event), users, tokens and TestClients."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_helpers import PASSWORD, SAMPLES, sign_in

from hrtracker import accounts, service
from hrtracker.models import Document, Extraction, Label, Unit
from hrtracker.store import Store
from hrtracker.web.app import create_app

SEED_TEXT = """Alternative report on Freedonia (sample)

Recommendations

1. Ensure that all allegations of torture in police custody are promptly investigated.
2. Repeal the law that makes defamation of officials a crime and protect journalists.
3. Replace the permission regime for peaceful assemblies with a notification procedure.

Questions

1. Please explain how many complaints of torture were received since 2020.
"""

OLD_TEXT = """Concluding observations on Freedonia (sample, earlier cycle)

12. The State party should ensure that all allegations of torture are promptly and impartially investigated.
"""


def _units(text: str, specs: list[tuple[str, str, dict]]) -> list[Unit]:
    out = []
    for kind, needle, kw in specs:
        m = re.search(re.escape(needle), text)
        assert m, needle
        line_end = text.index("\n", m.start())
        out.append(Unit(kind=kind, text=text[m.start():line_end], start=m.start(), end=line_end, **kw))
    return out


def seed(store: Store) -> dict[str, int]:
    """A seeded report with labels, an earlier document it repeats, imported rows and one status event."""
    ids: dict[str, int] = {}
    doc = Document(name="freedonia-ngo.txt", text=SEED_TEXT, sha256=hashlib.sha256(SEED_TEXT.encode()).hexdigest(),
                   bytes=len(SEED_TEXT))
    common = {"country": "Freedonia", "mechanism": "HRC", "year": 2024}
    units = _units(SEED_TEXT, [
        ("recommendation", "Ensure that all allegations of torture", {
            **common, "articles": [7], "labels": [Label("issue", "Torture and other CID treatment", 0.91, "model"),
                                                  Label("action", "5", 0.7, "model")]}),
        ("recommendation", "Repeal the law that makes defamation", {
            **common, "articles": [19], "response": "noted",
            "labels": [Label("issue", "Freedom of opinion and expression", 0.88, "model")]}),
        ("recommendation", "Replace the permission regime", {**common, "articles": [21], "response": "accepted"}),
        ("question", "Please explain how many complaints", {**common, "articles": [7]}),
    ])
    doc_id = store.add_document(doc, Extraction("ngo_report", units, meta={"country": "Freedonia", "year": 2024}))
    ids["doc"] = doc_id
    rows = store.units_of_document(doc_id)
    ids["torture"], ids["defamation"], ids["assembly"], ids["question"] = (r["id"] for r in rows)
    old = Document(name="freedonia-co-2019.txt", text=OLD_TEXT, sha256=hashlib.sha256(OLD_TEXT.encode()).hexdigest(),
                   bytes=len(OLD_TEXT))
    old_units = _units(OLD_TEXT, [("recommendation", "The State party should ensure", {
        "country": "Freedonia", "mechanism": "HRC", "year": 2019, "articles": [7], "para_number": "12",
        "response": "accepted"})])
    ids["old_doc"] = store.add_document(old, Extraction("concluding_observations", old_units,
                                                        meta={"country": "Freedonia", "year": 2019}))
    ids["old"] = store.units_of_document(ids["old_doc"])[0]["id"]
    store.replace_links([(ids["torture"], ids["old"], "repeats", 0.93)])
    store.import_units([Unit(kind="recommendation", text="Abolish the death penalty for all crimes.",
                             country="Ruritania", mechanism="UPR", year=2022, response="accepted", articles=[6],
                             recommending_states=["Portugal"])], source="uhri", key=lambda u: u.text)
    store.add_status(ids["defamation"], "partially_implemented", evidence="The 2025 amendment reduced fines.",
                     source="https://example.org/law", note="seed", who="seed-bot")
    return ids


@pytest.fixture
def empty_store(tmp_path) -> Store:
    return Store(tmp_path / "empty.sqlite")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """The demo database built once (bundled samples ingested + seed); tests get copies."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    store = Store(path)
    service.ingest_paths(store, [SAMPLES])
    ids = seed(store)
    store.close()
    return path, ids


@pytest.fixture
def demo(tmp_path, demo_template) -> tuple[Store, dict[str, int]]:
    src, ids = demo_template
    for suffix in ("", "-wal", "-shm"):
        f = Path(str(src) + suffix)
        if f.exists():
            shutil.copy(f, tmp_path / ("demo.sqlite" + suffix))
    return Store(tmp_path / "demo.sqlite"), dict(ids)


@pytest.fixture
def demo_store(demo) -> Store:
    return demo[0]


@pytest.fixture
def ids(demo) -> dict[str, int]:
    return demo[1]


@pytest.fixture
def client(demo_store) -> TestClient:
    return TestClient(create_app(demo_store, private=False, secret_key="test-secret"))


@pytest.fixture
def empty_client(empty_store) -> TestClient:
    return TestClient(create_app(empty_store, private=False, secret_key="test-secret"))


@pytest.fixture
def editor(demo_store) -> str:
    accounts.add_user(demo_store, "alice", PASSWORD, role="editor")
    return "alice"


@pytest.fixture
def token(demo_store, editor) -> str:
    return accounts.create_token(demo_store, editor)


@pytest.fixture
def signed_in(client, editor) -> TestClient:
    sign_in(client)
    return client
