"""HTML pages: every page renders on the demo and the empty database; search, facets, documents, exports."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from openpyxl import load_workbook

from hrtracker import service
from hrtracker.web.common import marks
from hrtracker.web.pages import document_segments

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EMPTY_PAGES = ["/", "/?q=torture", "/?country=X&article=7&year=abc&page=9", "/documents", "/countries", "/login",
               "/docs", "/openapi.json", "/export.csv", "/export.jsonl", "/export.xlsx", "/healthz"]


@pytest.mark.parametrize("url", EMPTY_PAGES)
def test_empty_database_pages_render(empty_client, url):
    r = empty_client.get(url)
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("url", ["/units/1", "/documents/1", "/countries/Freedonia", "/countries/Freedonia/matrix",
                                 "/countries/Freedonia/matrix.xlsx", "/units/abc", "/nowhere"])
def test_empty_database_missing_things_are_404(empty_client, url):
    r = empty_client.get(url)
    assert r.status_code == 404
    assert "text/html" in r.headers["content-type"]


def test_demo_pages_render(client, ids):
    urls = ["/", "/?q=torture", f"/units/{ids['torture']}", f"/units/{ids['defamation']}", f"/units/{ids['question']}",
            f"/documents/{ids['doc']}", f"/documents/{ids['old_doc']}", "/documents", "/countries",
            "/countries/Freedonia", "/countries/Ruritania", "/countries/Freedonia/matrix", "/login"]
    urls += [f"/units/{u['id']}" for u in client.get("/api/units?limit=200").json()["items"]]
    urls += [f"/documents/{d['id']}" for d in client.get("/api/documents").json()]
    for url in urls:
        r = client.get(url)
        assert r.status_code == 200, (url, r.text[:500])
        assert "<main" in r.text and "<h1" in r.text


def test_search_page_has_facets_counts_and_highlights(client):
    html = client.get("/?q=torture").text
    assert '<label for="q">' in html and 'role="search"' in html
    assert "<mark>torture</mark>" in html
    assert re.search(r'data-facet="country" data-value="Freedonia"', html)
    assert re.search(r'Art\. 7 — Prohibition of torture and ill-treatment</span> <span class="count">\d+', html)
    assert 'id="facet-document"' in html
    # facet with no values (issue labels only exist on some units) hides when filtered to none
    html = client.get("/?country=Ruritania").text
    assert 'id="facet-issue"' not in html
    assert 'id="facet-country"' in html


def test_facet_links_keep_other_filters_and_toggle(client):
    html = client.get("/?q=torture&country=Freedonia").text
    m = re.search(r'href="([^"]*article=7[^"]*)"', html)
    assert m
    url = m.group(1).replace("&amp;", "&")
    assert "q=torture" in url and "country=Freedonia" in url
    html = client.get(url).text
    assert 'aria-current="true"' in html  # the active facet value
    assert "Clear filters" in html


def test_filters_narrow_results(client, ids):
    n_all = int(re.search(r"(\d+) units?", client.get("/").text).group(1))
    html = client.get("/?country=Freedonia&article=19").text
    assert re.search(r"1 unit\b", html)
    assert f"/units/{ids['defamation']}" in html
    assert n_all > 1
    html = client.get("/?status=partially_implemented&country=Freedonia").text
    assert f"/units/{ids['defamation']}" in html and f"/units/{ids['torture']}\"" not in html


def test_pagination(client):
    html = client.get("/?per=2").text
    assert 'aria-label="Pages"' in html and "page=2" in html
    page2 = client.get("/?per=2&page=2").text
    assert 'aria-current="page"' in page2 and 'start="3"' in page2
    assert client.get("/?per=2&page=999").status_code == 200


def test_htmx_request_gets_partial(client):
    r = client.get("/?q=torture", headers={"HX-Request": "true", "HX-Target": "search-body"})
    assert r.status_code == 200
    assert r.text.lstrip().startswith("<div id=\"search-body\"") or 'id="search-body"' in r.text[:300]
    assert "<html" not in r.text


def test_unit_page_sections(client, ids):
    html = client.get(f"/units/{ids['torture']}").text
    assert f'href="/documents/{ids["doc"]}#u{ids["torture"]}"' in html
    assert "Torture and other CID treatment" in html and "91%" in html  # label with confidence
    assert "Art. 7 — Prohibition of torture" in html
    assert f"/units/{ids['old']}" in html and "repeats" in html  # history and links
    assert 'id="status"' in html and "Sign in</a> to change the status" in html


def test_document_page_highlights_units(client, ids):
    html = client.get(f"/documents/{ids['doc']}").text
    assert f'<mark id="u{ids["torture"]}" class="unit kind-recommendation"' in html
    assert f'<mark id="u{ids["question"]}" class="unit kind-question"' in html
    assert f'href="#u{ids["torture"]}"' in html  # side list
    assert "Alternative report on Freedonia" in html


def test_document_segments_clip_overlaps_and_bad_offsets():
    text = "abcdefghij"
    units = [{"id": 1, "start_offset": 0, "end_offset": 4}, {"id": 2, "start_offset": 2, "end_offset": 6},
             {"id": 3, "start_offset": 8, "end_offset": 99}, {"id": 4, "start_offset": None, "end_offset": None},
             {"id": 5, "start_offset": 1, "end_offset": 3}]
    segs = document_segments(text, units)
    assert "".join(s for s, _ in segs) == text
    assert [(s, u["id"] if u else None) for s, u in segs] == [("abcd", 1), ("ef", 2), ("gh", None), ("ij", 3)]


def test_marks_escapes_and_shortens():
    assert str(marks("<b>\x02torture\x03</b>")) == "&lt;b&gt;<mark>torture</mark>&lt;/b&gt;"
    long = "x " * 500 + "\x02hit\x03" + " y" * 500
    out = str(marks(long, 100))
    assert "<mark>hit</mark>" in out and out.startswith("…") and out.endswith("…")
    cut = str(marks("\x02" + "a" * 300 + "\x03", 50))
    assert cut.count("<mark>") == cut.count("</mark>") == 1


def test_exports_content_types_and_rows(client, ids):
    r = client.get("/export.csv?country=Freedonia")
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert {int(x["id"]) for x in rows} >= {ids["torture"], ids["defamation"]}
    assert all(x["country"] == "Freedonia" for x in rows)
    r = client.get("/export.jsonl?q=torture")
    assert r.headers["content-type"].startswith("application/x-ndjson")
    recs = [json.loads(line) for line in r.text.splitlines()]
    assert recs and all("torture" in x["text"].lower() for x in recs)
    r = client.get("/export.xlsx?country=Freedonia&article=19")
    assert r.headers["content-type"] == XLSX
    ws = load_workbook(io.BytesIO(r.content)).active
    values = list(ws.values)
    assert values[0][0] == "id" and len(values) == 2
    assert client.get("/export.pdf").status_code == 404


def test_search_page_links_exports_with_same_filters(client):
    html = client.get("/?q=torture&country=Freedonia").text
    assert "/export.csv?q=torture&amp;country=Freedonia" in html


def test_dashboard_charts_and_top_repeats(client, ids):
    html = client.get("/countries/Freedonia").text
    assert html.count("<svg") >= 4 and 'role="img"' in html
    assert "Implementation status" in html and "ICCPR article" in html
    assert f"/units/{ids['torture']}" in html  # repeated and not implemented
    assert "/?country=Freedonia&amp;article=7" in html  # bars link to searches


def test_matrix_html_and_xlsx(client, ids):
    html = client.get("/countries/Freedonia/matrix").text
    assert "Art. 7 — Prohibition of torture" in html and "Art. 19" in html
    assert "The 2025 amendment reduced fines." in html
    assert html.index("Art. 7 —") < html.index("Art. 19 —") < html.index("Art. 21 —")
    r = client.get("/countries/Freedonia/matrix.xlsx")
    assert r.headers["content-type"] == XLSX
    assert "followup-matrix-Freedonia.xlsx" in r.headers["content-disposition"]
    ws = load_workbook(io.BytesIO(r.content)).active
    flat = [c for row in ws.values for c in row if c is not None]
    assert "Recommendation" in flat and any(str(c).startswith("Art. 7") for c in flat)
    assert "The 2025 amendment reduced fines." in flat


def test_security_headers(client):
    r = client.get("/")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" not in client.get("/docs").headers


def test_docs_use_vendored_assets(client):
    html = client.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in html and "cdn" not in html.lower()
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200
    assert client.get("/static/vendor/htmx.min.js").status_code == 200


def test_search_by_meaning_finds_units_without_the_words(client, demo_store, ids):
    service.embed_units(demo_store)
    q = "police officers beat people they hold"
    assert "0 units" in client.get("/", params={"q": q}).text  # no unit has all these words
    html = client.get("/", params={"q": q, "mode": "meaning", "country": "Freedonia"}).text
    assert "closest in meaning to" in html and 'name="mode" value="meaning" id="mode"' in html
    hits = re.findall(r'href="/units/(\d+)"', html)
    assert int(hits[0]) in (ids["torture"], ids["old"])  # the torture-in-custody units come first
    assert "similarity 0." in html and "/export.csv" not in html
    assert 'data-facet="country" data-value="Freedonia"' in html
    assert "mode=meaning" in html  # facet and chip links keep the mode
