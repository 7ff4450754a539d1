"""The same store code on PostgreSQL: runs when HRTRACKER_TEST_PG names a database URL."""

import os

import pytest

from hrtracker.models import Document, Extraction, Label, Unit
from hrtracker.store import Filters, Store

URL = os.environ.get("HRTRACKER_TEST_PG")
pytestmark = pytest.mark.skipif(not URL, reason="set HRTRACKER_TEST_PG=postgresql+psycopg://... to run")


def test_postgres_roundtrip():
    from sqlalchemy import text

    st = Store(URL)
    with st.engine.begin() as c:
        for t in ("status_events", "links", "embeddings", "labels", "unit_articles", "units", "documents"):
            c.execute(text(f"DELETE FROM {t}"))
    u = Unit("recommendation", "Abolish the death penalty for all crimes", 0, 5, articles=[6], country="Chile",
             labels=[Label("issue", "Death penalty", 0.9, "model")])
    st.add_document(Document("a.txt", "x" * 10, sha256="f" * 64, bytes=10), Extraction("ngo_report", [u]))
    assert st.search(Filters(q="death penalty"), facets=True).total == 1
    assert st.search(Filters(article=6, issue="Death penalty")).total == 1
    assert st.import_units([Unit("recommendation", "Ratify OP-CAT", country="Chile")], "upr-info",
                           key=lambda x: x.text) == (1, 0)
    more = Unit("recommendation", "Death penalty: abolish the death penalty; commute every death penalty", 5, 9,
                country="Chile")
    st.add_document(Document("b.txt", "y" * 10, sha256="e" * 64, bytes=10), Extraction("ngo_report", [more]))
    assert st.search(Filters(q="death penalty")).rows[0]["text"].startswith("Death penalty:")  # ts_rank order
    uid = st.search(Filters(q="abolish penalty crimes")).rows[0]["id"]
    st.add_status(uid, "implemented", who="t")
    assert st.get_unit(uid)["status"] == "implemented"
