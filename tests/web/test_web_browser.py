"""Browser tests: Playwright driving Debian's Chromium against a live uvicorn server.

Run with ``pytest -m browser tests/web``; skipped when /usr/bin/chromium or playwright is missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_helpers import PASSWORD, SAMPLES

from hrtracker import accounts
from hrtracker.store import Store
from hrtracker.web.app import create_app, serve_in_thread

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium at /usr/bin/chromium"),
]
sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[tuple[str, dict[str, int]]]:
    from conftest import seed

    from hrtracker import service

    store = Store(tmp_path_factory.mktemp("browser") / "demo.sqlite")
    service.ingest_paths(store, [SAMPLES])
    ids = seed(store)
    accounts.add_user(store, "alice", PASSWORD, role="editor")
    with serve_in_thread(create_app(store, private=False, secret_key="browser")) as base:
        yield base, ids


@pytest.fixture(scope="module")
def browser() -> Iterator:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    ctx = browser.new_context(accept_downloads=True, base_url=server[0])
    ctx.set_default_timeout(10_000)
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    ctx.close()
    assert not errors, errors


def _sign_in(page) -> None:
    page.goto("/login")
    page.get_by_label("User name").fill("alice")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_text("Signed in as")).to_be_visible()


def test_search_and_facet_click(page, server):
    page.goto("/")
    page.get_by_label("Words to find").fill("torture")
    page.get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"q=torture"))
    expect(page.locator("mark").first).to_have_text(re.compile("torture", re.I))
    page.locator('a[data-facet="country"][data-value="Freedonia"]').click()
    expect(page).to_have_url(re.compile(r"country=Freedonia"))
    expect(page.locator('a[data-facet="country"][aria-current="true"]')).to_have_count(1)
    expect(page.locator("#results-h")).to_contain_text("matching “torture”")
    for text in page.locator(".hit-text").all_inner_texts():
        assert "torture" in text.lower()
    # live search (htmx) keeps the facet and updates the URL
    page.get_by_label("Words to find").fill("investigated")
    expect(page).to_have_url(re.compile(r"q=investigated.*country=Freedonia|country=Freedonia.*q=investigated"))


def test_search_works_without_javascript(browser, server):
    ctx = browser.new_context(java_script_enabled=False, base_url=server[0])
    pg = ctx.new_page()
    pg.goto("/?q=torture")
    pg.locator('a[data-facet="article"][data-value="7"]').click()
    expect(pg).to_have_url(re.compile(r"article=7"))
    expect(pg.locator(".hit").first).to_be_visible()
    ctx.close()


def test_open_recommendation_and_source_passage(page, server):
    _, ids = server
    page.goto("/?q=defamation&country=Freedonia")
    page.get_by_role("link", name=re.compile(rf"#{ids['defamation']}\b")).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(f"#{ids['defamation']}")
    expect(page.get_by_text("Partially implemented").first).to_be_visible()
    page.get_by_role("link", name=re.compile("Show in source document")).click()
    expect(page).to_have_url(re.compile(rf"/documents/{ids['doc']}#u{ids['defamation']}$"))
    mark = page.locator(f"#u{ids['defamation']}")
    expect(mark).to_be_visible()
    expect(mark).to_be_in_viewport()
    assert page.evaluate("document.querySelector(':target').id") == f"u{ids['defamation']}"


def test_upload_files(page, server, tmp_path):
    _sign_in(page)
    page.goto("/upload")
    a = tmp_path / "fresh-report.txt"
    a.write_text("Shadow report\n\nRecommendations:\n\n- Free all political prisoners.\n- End internet shutdowns.\n")
    b = tmp_path / "broken.pdf"
    b.write_bytes(b"%PDF-1.4 broken")
    page.get_by_label(re.compile("Choose files")).set_input_files([str(a), str(b)])
    page.get_by_role("button", name="Upload").click()
    rows = page.locator("#upload-rows tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("ok")
    expect(rows.nth(1)).to_contain_text("error")
    # the same file again: already ingested
    page.get_by_label(re.compile("Choose files")).set_input_files([str(a)])
    page.get_by_role("button", name="Upload").click()
    expect(rows.nth(2)).to_contain_text("already ingested")


def test_sign_in_and_change_status(page, server):
    _, ids = server
    _sign_in(page)
    page.goto(f"/units/{ids['assembly']}")
    page.get_by_label("New status").select_option("partially_implemented")
    page.get_by_label("Evidence (quote)").fill("A notification bill passed first reading.")
    page.get_by_label("Source (URL or document)").fill("Parliament record 2025/17")
    page.get_by_role("button", name="Save status").click()
    expect(page.get_by_role("status")).to_have_text("Status saved.")
    audit = page.locator("ol.audit li").first
    expect(audit).to_contain_text("alice")
    expect(audit).to_contain_text("Partially implemented")
    expect(audit).to_contain_text("A notification bill passed first reading.")


def test_download_export(page, server):
    page.goto("/?country=Freedonia")
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    dl = info.value
    assert dl.suggested_filename == "hrtracker-units.csv"
    body = Path(dl.path()).read_text(encoding="utf-8")
    assert body.startswith("id,doc,kind,text") and "Freedonia" in body
    with page.expect_download() as info:
        page.get_by_role("link", name="XLSX").click()
    assert info.value.suggested_filename.endswith(".xlsx")
