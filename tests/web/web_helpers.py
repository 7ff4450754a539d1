"""Helpers shared by the web tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from hrtracker import service

SAMPLES = service.SAMPLES
PASSWORD = "correct horse battery"


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "no CSRF token in page"
    return m.group(1)


def sign_in(client: TestClient, name: str = "alice", password: str = PASSWORD) -> None:
    tok = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"username": name, "password": password, "csrf_token": tok, "next": "/"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
