"""service.build_links: only eligible candidates are scored; the same review in two documents is no repeat."""

from hrtracker import service
from hrtracker.models import Document, Extraction, Unit
from hrtracker.store import Store

TEXT = "Ensure that all allegations of torture are promptly and impartially investigated"


def _add(st: Store, name: str, units: list[Unit], year: int | None = None) -> list[int]:
    doc = Document(name=name, text="x", sha256=name.ljust(64, "0")[:64], bytes=1)
    meta = {"country": "Freedonia"} | ({"year": year} if year else {})
    doc_id = st.add_document(doc, Extraction("concluding_observations", units, meta=meta))
    return [u["id"] for u in st.units_of_document(doc_id)]


def test_links_to_earlier_review_only(tmp_path):
    st = Store(tmp_path / "db.sqlite")
    co = {"kind": "recommendation", "mechanism": "HRC", "country": "Freedonia"}
    old = _add(st, "co2019", [Unit(text=TEXT + ".", year=2019, **co)])
    new = _add(st, "co2024", [Unit(text=TEXT + " and prosecuted.", year=2024, **co)])
    same_review = _add(st, "co2024-matrix", [Unit(text=TEXT + " and prosecuted.", year=2024, **co)])
    ngo = _add(st, "ngo", [Unit(kind="recommendation", text=TEXT + ", as the Committee asked.", year=2025,
                                country="Freedonia")])
    service.embed_units(st)
    service.build_links(st)
    pairs = {(r["from_unit"], r["to_unit"], r["type"]) for r in st.all_links()}
    assert (new[0], old[0], "repeats") in pairs
    assert (new[0], same_review[0], "repeats") not in pairs and (same_review[0], new[0], "repeats") not in pairs
    assert not any(f == old[0] for f, _, _ in pairs)  # nothing earlier to repeat
    assert all(t != ngo[0] for _, t, _ in pairs)  # an NGO's own recommendation is never a target


def test_no_cite_of_a_later_recommendation(tmp_path):
    st = Store(tmp_path / "db.sqlite")
    co = {"kind": "recommendation", "mechanism": "HRC", "country": "Freedonia"}
    old = _add(st, "co2016", [Unit(text=TEXT + ".", year=2016, **co)], year=2016)
    later = _add(st, "co2024", [Unit(text=TEXT + ".", year=2024, **co)], year=2024)
    cited = Unit(kind="cited_recommendation", text=TEXT + ".", mechanism="HRC", country="Freedonia")
    report = _add(st, "ngo2020", [cited], year=2020)
    service.embed_units(st)
    service.build_links(st)
    targets = {t for f, t, ty in ((r["from_unit"], r["to_unit"], r["type"]) for r in st.all_links())
               if f == report[0] and ty == "cites"}
    assert old[0] in targets  # the 2020 report cites the 2016 recommendation ...
    assert later[0] not in targets  # ... never one made after it was written
