"""Sign-in, CSRF, status editing with its audit trail, uploads, private mode, accounts and CLI commands."""

from __future__ import annotations

import re

import pytest
import typer
from fastapi.testclient import TestClient
from typer.testing import CliRunner
from web_helpers import PASSWORD, SAMPLES, csrf_of, sign_in

from hrtracker import accounts, service
from hrtracker.errors import NotFoundError
from hrtracker.web.app import create_app
from hrtracker.web.commands import serve, token_app, user_app


def test_wrong_password_is_refused(client, editor):
    tok = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": "alice", "password": "nope nope", "csrf_token": tok})
    assert r.status_code == 401 and "Wrong user name or password" in r.text
    r = client.post("/login", data={"username": "bob", "password": PASSWORD, "csrf_token": tok})
    assert r.status_code == 401


def test_login_without_csrf_is_rejected(client, editor):
    client.get("/login")
    r = client.post("/login", data={"username": "alice", "password": PASSWORD})
    assert r.status_code == 403


def test_login_next_only_follows_local_paths(client, editor):
    tok = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": "alice", "password": PASSWORD, "csrf_token": tok,
                                    "next": "//evil.example/x"}, follow_redirects=False)
    assert r.headers["location"] == "/"


def test_status_change_needs_sign_in(client, ids, demo_store):
    r = client.post(f"/units/{ids['torture']}/status", data={"status": "implemented"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert service.status_history(demo_store, ids["torture"]) == []


def test_status_change_without_csrf_is_rejected(signed_in, ids, demo_store):
    r = signed_in.post(f"/units/{ids['torture']}/status", data={"status": "implemented"})
    assert r.status_code == 403
    r = signed_in.post(f"/units/{ids['torture']}/status", data={"status": "implemented", "csrf_token": "forged"})
    assert r.status_code == 403
    assert service.status_history(demo_store, ids["torture"]) == []


def test_status_change_and_audit_trail(signed_in, ids, demo_store):
    uid = ids["defamation"]
    html = signed_in.get(f"/units/{uid}").text
    assert "Signed in as" in html and 'name="status"' in html
    r = signed_in.post(f"/units/{uid}/status", data={
        "status": "implemented", "evidence": "Article 128 was repealed in 2025.", "source": "Official Gazette 12",
        "note": "checked", "csrf_token": csrf_of(html)}, follow_redirects=False)
    assert r.status_code == 303
    hist = service.status_history(demo_store, uid)
    assert hist[0]["who"] == "alice" and hist[0]["old_status"] == "partially_implemented"
    assert hist[0]["status"] == "implemented"
    html = signed_in.get(r.headers["location"]).text
    audit = html[html.index('id="audit-h"'):]
    assert "alice" in audit and "seed-bot" in audit
    assert re.search(r"Partially implemented → <strong>Implemented</strong>", audit)
    assert re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d", audit)  # when
    assert "Article 128 was repealed in 2025." in audit and "Status saved." in html


def test_bad_status_value_is_400(signed_in, ids):
    tok = csrf_of(signed_in.get(f"/units/{ids['torture']}").text)
    r = signed_in.post(f"/units/{ids['torture']}/status", data={"status": "done", "csrf_token": tok})
    assert r.status_code == 400


def test_logout(signed_in):
    tok = csrf_of(signed_in.get("/").text)
    assert signed_in.post("/logout", data={"csrf_token": tok}, follow_redirects=False).status_code == 303
    assert "Signed in as" not in signed_in.get("/").text


def test_upload_needs_sign_in(client):
    assert client.get("/upload", follow_redirects=False).status_code == 303
    r = client.post("/upload", files=[("files", ("a.txt", b"x", "text/plain"))], follow_redirects=False)
    assert r.status_code == 303


def test_upload_without_csrf_is_rejected(signed_in):
    r = signed_in.post("/upload", files=[("files", ("a.txt", b"Recommendations: do x.", "text/plain"))])
    assert r.status_code == 403


def test_upload_many_files_with_per_file_results(signed_in, demo_store):
    tok = csrf_of(signed_in.get("/upload").text)
    sample = (SAMPLES / "ngo-alternative-report-sample.md").read_bytes()
    new = b"Report\n\nRecommendations:\n\n- Release all detained journalists.\n- Repeal the foreign agents law.\n"
    files = [("files", ("new.txt", new, "text/plain")), ("files", ("again.md", sample, "text/markdown")),
             ("files", ("broken.pdf", b"%PDF-1.4 not really", "application/pdf"))]
    r = signed_in.post("/upload", files=files, data={"csrf_token": tok}, headers={"Accept": "application/json"})
    assert r.status_code == 200
    res = {x["name"]: x for x in r.json()["results"]}
    assert res["new.txt"]["status"] == "ok" and res["new.txt"]["document_id"]
    assert res["again.md"]["status"] == "exists"
    assert res["broken.pdf"]["status"] == "error" and res["broken.pdf"]["message"]
    # without JS the same form answers with an HTML table
    r = signed_in.post("/upload", files=[("files", ("new.txt", new, "text/plain"))], data={"csrf_token": tok})
    assert r.status_code == 200 and "already ingested" in r.text


def test_private_mode_requires_sign_in_to_read(demo_store, ids, editor, token):
    c = TestClient(create_app(demo_store, private=True, secret_key="s"))
    r = c.get("/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    assert c.get(f"/units/{ids['torture']}", follow_redirects=False).status_code == 303
    assert c.get("/login").status_code == 200
    assert c.get("/api/units").status_code == 401
    assert c.get("/api/units", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    sign_in(c)
    assert c.get("/").status_code == 200
    assert c.get("/api/units").status_code == 200  # the session works for API reads too


def test_private_setting_from_environment(demo_store, monkeypatch):
    monkeypatch.setenv("HRTRACKER_PRIVATE", "1")
    assert create_app(demo_store).state.private is True
    monkeypatch.setenv("HRTRACKER_PRIVATE", "0")
    assert create_app(demo_store).state.private is False


def test_accounts_hash_passwords_and_tokens(demo_store):
    accounts.add_user(demo_store, "admin1", "long enough pw", role="admin")
    row = demo_store.get_user(name="admin1")
    assert row["password_hash"].startswith("$argon2id$")
    assert accounts.verify_password(demo_store, "admin1", "long enough pw")["role"] == "admin"
    assert accounts.verify_password(demo_store, "admin1", "wrong") is None
    assert accounts.verify_password(demo_store, "ghost", "long enough pw") is None
    tok = accounts.create_token(demo_store, "admin1")
    assert demo_store.user_for_token(tok) is None  # only the hash is stored
    assert accounts.user_for_token(demo_store, tok)["name"] == "admin1"
    assert "password_hash" not in accounts.user_for_token(demo_store, tok)
    assert accounts.user_for_token(demo_store, "hrt_wrong") is None
    with pytest.raises(ValueError):
        accounts.add_user(demo_store, "admin1", "long enough pw")
    with pytest.raises(ValueError):
        accounts.add_user(demo_store, "x", "short")
    with pytest.raises(ValueError):
        accounts.add_user(demo_store, "y", "long enough pw", role="god")
    with pytest.raises(NotFoundError):
        accounts.create_token(demo_store, "ghost")
    accounts.set_password(demo_store, "admin1", "another long pw")
    assert accounts.verify_password(demo_store, "admin1", "another long pw")


def test_cli_commands(tmp_path):
    db = str(tmp_path / "cli.sqlite")
    app = typer.Typer()
    app.command()(serve)
    app.add_typer(user_app, name="user")
    app.add_typer(token_app, name="token")
    run = CliRunner().invoke
    r = run(app, ["user", "add", "carol", "--role", "admin", "--password", "pw123456789", "--db", db])
    assert r.exit_code == 0, r.output
    r = run(app, ["user", "add", "dave", "--db", db], input="pw123456789\npw123456789\n")
    assert r.exit_code == 0, r.output
    assert run(app, ["user", "add", "carol", "--password", "pw123456789", "--db", db]).exit_code == 1
    r = run(app, ["user", "list", "--db", db])
    assert "carol\tadmin" in r.output and "dave\teditor" in r.output
    r = run(app, ["token", "create", "--user", "carol", "--db", db])
    assert r.exit_code == 0 and r.output.strip().startswith("hrt_")
    assert run(app, ["token", "create", "--user", "nobody", "--db", db]).exit_code == 1
    assert run(app, ["user", "passwd", "carol", "--password", "newpw1234567", "--db", db]).exit_code == 0
    assert "--port" in run(app, ["serve", "--help"]).output
