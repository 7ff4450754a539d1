"""JSON API: filters, units, documents, dashboards, token-protected status writes, OpenAPI."""

from __future__ import annotations

from hrtracker import service


def test_units_filters_and_facets(client, ids):
    r = client.get("/api/units", params={"country": "Freedonia", "article": 7, "facets": "true"})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] >= 2 and {x["id"] for x in body["items"]} >= {ids["torture"], ids["question"]}
    assert all(7 in x["articles"] for x in body["items"])
    assert {"country", "article", "status", "document"} <= set(body["facets"])
    assert any(f["label"] == "freedonia-ngo.txt" for f in body["facets"]["document"])
    r = client.get("/api/units", params={"q": "defamation", "country": "Freedonia"})
    assert [x["id"] for x in r.json()["items"]] == [ids["defamation"]]
    assert client.get("/api/units", params={"limit": 1, "offset": 1}).json()["limit"] == 1
    assert client.get("/api/units", params={"article": "seven"}).status_code == 422


def test_unit_detail(client, ids):
    body = client.get(f"/api/units/{ids['defamation']}").json()
    assert body["status"] == "partially_implemented"
    assert body["status_history"][0]["who"] == "seed-bot"
    assert body["issues"] == ["Freedom of opinion and expression"]
    body = client.get(f"/api/units/{ids['torture']}").json()
    assert body["links"][0]["id"] == ids["old"] and body["links"][0]["link_type"] == "repeats"
    assert client.get("/api/units/999999").status_code == 404
    assert client.get("/api/units/999999").json()["detail"]


def test_documents(client, ids):
    docs = client.get("/api/documents").json()
    assert any(d["id"] == ids["doc"] for d in docs)
    body = client.get(f"/api/documents/{ids['doc']}").json()
    assert "text" not in body and len(body["units"]) == 4
    assert "Alternative report" in client.get(f"/api/documents/{ids['doc']}?text=true").json()["text"]
    assert client.get("/api/documents/999999").status_code == 404


def test_dashboard_and_matrix(client, ids):
    d = client.get("/api/countries/freedonia/dashboard").json()
    assert d["country"] == "Freedonia" and d["total"] == 5
    assert {"value": 7, "count": 3} in d["by_article"]
    assert d["top_unimplemented"][0]["id"] in (ids["torture"], ids["old"])
    assert client.get("/api/countries/Nowhere/dashboard").status_code == 404
    rows = client.get("/api/countries/Freedonia/matrix").json()
    assert [r["article"] for r in rows][:2] == [7, 7]
    assert {"Freedonia", "Ruritania"} <= {c["country"] for c in client.get("/api/countries").json()}


def test_status_write_needs_token(client, ids, demo_store):
    url = f"/api/units/{ids['torture']}/status"
    r = client.post(url, json={"status": "implemented"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = client.post(url, json={"status": "implemented"}, headers={"Authorization": "Bearer hrt_bogus"})
    assert r.status_code == 401
    assert service.status_history(demo_store, ids["torture"]) == []


def test_status_write_with_session_cookie_only_is_refused(signed_in, ids):
    r = signed_in.post(f"/api/units/{ids['torture']}/status", json={"status": "implemented"})
    assert r.status_code == 401  # API writes take tokens, never cookies (no CSRF surface)


def test_status_write_with_token(client, ids, token, demo_store):
    url = f"/api/units/{ids['torture']}/status"
    hdr = {"Authorization": f"Bearer {token}"}
    r = client.post(url, json={"status": "not_implemented", "evidence": "No investigation opened.",
                               "source": "NGO monitoring", "note": "api"}, headers=hdr)
    assert r.status_code == 201, r.text
    ev = r.json()
    assert ev["who"] == "alice" and ev["status"] == "not_implemented" and ev["created_at"]
    assert client.post(url, json={"status": "done"}, headers=hdr).status_code == 422
    assert client.post("/api/units/999999/status", json={"status": "unknown"}, headers=hdr).status_code == 404
    hist = client.get(url).json()
    assert hist[0]["evidence"] == "No investigation opened."
    assert client.get(f"/api/units/{ids['torture']}").json()["status"] == "not_implemented"


def test_empty_database_api(empty_client):
    assert empty_client.get("/api/units?facets=true").json() == {
        "total": 0, "limit": 20, "offset": 0, "items": [], "facets": {k: [] for k in (
            "country", "mechanism", "kind", "article", "issue", "year", "response", "status", "document")}}
    assert empty_client.get("/api/documents").json() == []
    assert empty_client.get("/api/countries").json() == []
    assert empty_client.get("/api/stats").json()["units"] == 0
    assert empty_client.get("/api/units/1").status_code == 404


def test_openapi_lists_routes(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    assert {"/api/units", "/api/units/{unit_id}", "/api/units/{unit_id}/status", "/api/documents/{doc_id}",
            "/api/countries/{country}/dashboard"} <= paths
    assert not any(p.startswith("/units") for p in paths)  # pages stay out of the API docs
    assert "HTTPBearer" in spec["components"]["securitySchemes"]


def test_similar_by_text_and_by_unit(client, demo_store, ids):
    service.embed_units(demo_store)
    hits = client.get("/api/similar", params={"q": "torture in police custody", "country": "Freedonia", "k": 3}).json()
    assert len(hits) == 3 and hits[0]["unit_id"] in (ids["torture"], ids["old"])
    assert hits[0]["score"] >= hits[1]["score"] >= hits[2]["score"]
    assert {"text", "score", "country", "year", "from", "recommending_states"} <= set(hits[0])
    by_unit = client.get("/api/similar", params={"unit": ids["torture"], "country": "Freedonia", "k": 2}).json()
    assert by_unit[0]["unit_id"] == ids["old"] and ids["torture"] not in [h["unit_id"] for h in by_unit]
    assert client.get("/api/similar").status_code == 400
