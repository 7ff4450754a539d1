"""Regenerate PNG screenshots of the main pages under bench/screenshots/ (Playwright + Debian's Chromium).

usage: python bench/screenshots.py [--db FILE] [--out bench/screenshots]
Without --db the bundled samples are ingested into a fresh database (what `hrtracker demo` does); a
temporary editor signs in and records one status change so the status panel has an audit entry.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

from _common import demo_or_given_store
from hrtracker import accounts, reports, service
from hrtracker.store import Filters, Store
from hrtracker.web.app import create_app, serve_in_thread

HERE = Path(__file__).resolve().parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
USER, PASSWORD = "screenshots", "screenshot password"


def pick(store: Store) -> tuple[dict, str]:
    """The unit to show (a recommendation from a document, linked if possible) and a country."""
    rows = service.search(store, Filters(kind="recommendation"), limit=200).rows
    rows = [r for r in rows if r.get("document_id")] or rows
    if not rows:
        raise SystemExit("the database has no recommendations to show")
    linked = [r for r in rows if store.links_of(r["id"])]
    unit = (linked or rows)[0]
    countries = sorted(reports.countries(store), key=lambda c: -c[1])
    country = unit.get("country") or (countries[0][0] if countries else "")
    return unit, country


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", help="use this database instead of a fresh demo one (a user is added to it)")
    ap.add_argument("--out", default=str(HERE / "screenshots"))
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    with demo_or_given_store(a.db) as store:
        if not accounts.get_user(store, USER):
            accounts.add_user(store, USER, PASSWORD, role="editor")
        unit, country = pick(store)
        words = [w for w in unit["text"].split() if len(w) > 5]
        query = words[1].strip(",.;:").lower() if len(words) > 1 else ""
        with serve_in_thread(create_app(store, secret_key="shots")) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900}, base_url=base)
            page.goto("/login?next=/")
            page.get_by_label("User name").fill(USER)
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            page.wait_for_url(base + "/")
            page.goto(f"/units/{unit['id']}")
            page.get_by_label("New status").select_option("partially_implemented")
            page.get_by_label("Evidence (quote)").fill("The government reported a draft law in its follow-up reply.")
            page.get_by_label("Source (URL or document)").fill("State follow-up report, para. 12")
            page.get_by_role("button", name="Save status").click()
            page.wait_for_load_state()
            shots = [
                ("search", f"/?q={query}" if query else "/", True),
                ("search-facets", f"/?country={country}&kind=recommendation", True),
                ("search-meaning", f"/?q=police+beat+people+they+detain&mode=meaning&country={country}", True),
                ("recommendation", f"/units/{unit['id']}", True),
                ("document", f"/documents/{unit['document_id']}#u{unit['id']}" if unit.get("document_id")
                 else "/documents", False),
                ("dashboard", f"/countries/{country}", True),
                ("matrix", f"/countries/{country}/matrix", True),
                ("upload", "/upload", False),
            ]
            for name, url, full in shots:
                page.goto(url)
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(out / f"{name}.png"), full_page=full)
                print(f"{out / (name + '.png')}  ({url})")
            browser.close()


if __name__ == "__main__":
    main()
