"""Store: schema via Alembic, one transaction per document, FTS search, filters, facets, status."""

from hrtracker.models import Document, Extraction, Label, Unit, Update
from hrtracker.store import Filters, Store


def _doc(name="a.txt", sha="1" * 64, text="x" * 100):
    return Document(name=name, text=text, sha256=sha, bytes=len(text))


def _units():
    return [
        Unit("recommendation", "Abolish the death penalty for all crimes", 0, 10, articles=[6],
             country="Kazakhstan", mechanism="UPR", para_number="1.1",
             labels=[Label("issue", "Death penalty", 0.9, "model"), Label("action", "5", 0.8, "model")]),
        Unit("question", "Please provide data on torture complaints", 10, 20, articles=[7],
             country="Kazakhstan"),
        Unit("cited_recommendation", "ensure independent investigations of torture", 20, 30,
             mechanism="CAT", year=2014, status_claim="not_implemented", country="Kazakhstan"),
    ]


def test_add_search_facets(tmp_path):
    st = Store(tmp_path / "db.sqlite")
    doc_id = st.add_document(_doc(), Extraction("ngo_report", _units(), meta={"country": "Kazakhstan"}))
    assert st.document_by_sha("1" * 64)["id"] == doc_id
    page = st.search(Filters(q="torture"), facets=True)
    assert page.total == 2
    assert dict(page.facets["kind"]) == {"question": 1, "cited_recommendation": 1}
    assert st.search(Filters(q="tortur")).total == 2  # prefix on the last word
    assert st.search(Filters(article=6)).total == 1
    assert st.search(Filters(issue="Death penalty")).total == 1
    assert st.search(Filters(status="not_implemented")).total == 1
    assert st.search(Filters(q='"; DROP TABLE units; --')).total == 0
    u = st.search(Filters(article=6)).rows[0]
    assert u["doc"] == "a.txt" and u["articles"] == [6]
    assert {lab["value"] for lab in u["labels"]} == {"Death penalty", "5"}


def test_search_ranks_best_match_first(tmp_path):
    st = Store(tmp_path / "db.sqlite")
    units = [
        Unit("recommendation", "Strengthen the judiciary and the police", 0, 10, country="Kazakhstan"),
        Unit("recommendation", "Ratify the Convention against Torture protocol", 10, 20, country="Kazakhstan"),
        Unit("recommendation", "Prevent torture; investigate torture; punish torture by police", 20, 30,
             country="Kazakhstan"),
    ]
    st.add_document(_doc(), Extraction("ngo_report", units))
    page = st.search(Filters(q="torture police"))
    assert page.total == 1 and "punish torture" in page.rows[0]["text"]
    rows = st.search(Filters(q="torture")).rows
    assert [r["text"][:7] for r in rows] == ["Prevent", "Ratify "]  # three hits beat one
    assert [r["text"][:7] for r in st.search(Filters(q="torture"), offset=1).rows] == ["Ratify "]
    assert [r["text"][:7] for r in st.search(Filters()).rows] == ["Strengt", "Ratify ", "Prevent"]


def test_updates_apply_response_and_status(tmp_path):
    st = Store(tmp_path / "db.sqlite")
    st.add_document(_doc(), Extraction("upr_wg_report", _units()))
    ex = Extraction("upr_state_responses", [], [Update("response", "accepted", "1.1", "Kazakhstan")])
    st.add_document(_doc("b.txt", "2" * 64), ex)
    assert st.search(Filters(response="accepted")).total == 1
    uid = st.search(Filters(article=6)).rows[0]["id"]
    st.add_status(uid, "partially_implemented", evidence="quote", who="ana")
    st.add_status(uid, "implemented", who="ben")
    hist = st.status_history(uid)
    assert [h["status"] for h in hist] == ["implemented", "partially_implemented"]
    assert hist[0]["old_status"] == "partially_implemented"
    assert st.get_unit(uid)["status"] == "implemented"


def test_failed_document_leaves_nothing(tmp_path):
    st = Store(tmp_path / "db.sqlite")
    bad = [Unit("recommendation", None)]  # text NOT NULL → the insert fails mid-document
    try:
        st.add_document(_doc(), Extraction("ngo_report", [_units()[0], *bad]))
    except Exception:
        pass
    assert st.stats() == {**st.stats(), "documents": 0, "units": 0}


def test_import_idempotent(tmp_path):
    st = Store(tmp_path / "db.sqlite")
    rows = [Unit("recommendation", f"Ratify treaty {i}", country="Chile", session=1) for i in range(5)]
    assert st.import_units(rows, "upr-info", key=lambda u: u.text) == (5, 0)
    assert st.import_units(rows, "upr-info", key=lambda u: u.text) == (0, 5)
    assert st.search(Filters(source="upr-info")).total == 5


def test_migrate_twice(tmp_path):
    Store(tmp_path / "db.sqlite")
    Store(tmp_path / "db.sqlite").migrate()


def test_one_spelling_per_state(tmp_path):
    st = Store(tmp_path / "db.sqlite")
    st.add_document(_doc(), Extraction("upr_wg_report", [Unit("recommendation", "Abolish the death penalty", 0, 5,
                                                                  country="Türkiye", para_number="1.1")],
                                       meta={"country": "Türkiye"}))
    st.import_units([Unit("recommendation", "Ratify OP-CAT", country="Turkey"),
                     Unit("recommendation", "Ratify CRPD", country="Freedonia ")], "upr-info", key=lambda u: u.text)
    assert dict(st.countries()) == {"Türkiye": 2, "Freedonia": 1}
    for spelling in ("Turkey", "turkey", "Türkiye", "Turkiye"):
        assert st.search(Filters(country=spelling)).total == 2
        assert len(st.unit_ids(country=spelling)) == 2
    assert st.list_documents()[0]["country"] == "Türkiye"
    ex = Extraction("upr_state_responses", [], [Update("response", "accepted", "1.1", "Turkey")])
    st.add_document(_doc("b.txt", "2" * 64), ex)
    assert st.search(Filters(response="accepted")).total == 1
