"""JSON records importer: UHRI-style exports, our own JSONL export, field mapping, bad files."""

import json

import pytest

from hrtracker import service
from hrtracker.importers.records import mechanism_code, read_records
from hrtracker.store import Filters, Store

UHRI = {"data": [
    {"Recommendation/Observation": "Ratify the Optional Protocol to the Convention against Torture",
     "Body": "Universal Periodic Review", "Countries": ["Turkey"], "Recommending States": "Chile; Denmark",
     "UPR Position": "Supported", "Document Symbol": "A/HRC/44/14", "Year": "2020", "Paragraph": "45.12",
     "Themes": ["Torture and other cruel, inhuman or degrading treatment"]},
    {"Recommendation/Observation": "The State party should guarantee the independence of the judiciary.",
     "Body": "Human Rights Committee", "Countries": "Freedonia; Ruritania", "Document Symbol": "CCPR/C/FRE/CO/2",
     "Date": "2016-08-09"},
    {"Recommendation/Observation": "  ", "Body": "CAT"},
]}


def test_uhri_style_records(tmp_path):
    p = tmp_path / "uhri.json"
    p.write_text(json.dumps(UHRI))
    res = read_records(p)
    assert (res.rows, res.skipped, len(res.units)) == (3, 1, 3)  # two States → two units
    a, b, c = res.units
    assert (a.mechanism, a.country, a.recommending_states, a.response, a.year, a.para_number) == (
        "UPR", "Turkey", ["Chile", "Denmark"], "accepted", 2020, "45.12")
    assert a.cycle is None and [lb.scheme for lb in a.labels] == ["theme"]
    assert (b.mechanism, b.year, b.country, c.country) == ("HRC", 2016, "Freedonia", "Ruritania")


def test_own_jsonl_export_and_field_mapping(tmp_path):
    p = tmp_path / "rows.jsonl"
    p.write_text(json.dumps({"text": "Abolish the death penalty", "country": "Chile", "issues": ["Death penalty"],
                             "action_category": 5, "articles": [6], "mechanism": "UPR", "session": 5}) + "\n\n"
                 + json.dumps({"Wording": "Close Camp X", "Where": "Chile"}) + "\n")
    res = read_records(p, extra_fields={"text": "Wording", "country": "Where"})
    a, b = res.units
    assert {(lb.scheme, lb.value) for lb in a.labels} == {("issue", "Death penalty"), ("action", "5")}
    assert (a.articles, a.session, a.year, a.cycle) == ([6], 5, 2009, 1)
    assert (b.text, b.country) == ("Close Camp X", "Chile")
    with pytest.raises(ValueError, match="unknown field"):
        read_records(p, extra_fields={"wording": "x"})


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"), (b"\xff\xfe\x00junk", "not UTF-8"), (b"{oops", "not JSON"),
    (b"[1, 2]", "not a JSON object"), (b'[{"title": "no text here"}]', "has a text field"),
])
def test_bad_files_say_why(tmp_path, content, reason):
    p = tmp_path / "bad.json"
    p.write_bytes(content)
    with pytest.raises(ValueError, match=reason):
        read_records(p)


def test_import_is_idempotent_and_bad_files_do_not_stop_the_batch(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.json").write_text(json.dumps(UHRI))
    (tmp_path / "in" / "b.json").write_text("{oops")
    st = Store(tmp_path / "db.sqlite")
    reps = service.import_records(st, [tmp_path / "in"])
    assert [(r.added, bool(r.error)) for r in reps] == [(3, False), (0, True)]
    assert service.import_records(st, [tmp_path / "in" / "a.json"])[0].skipped == 3
    assert st.search(Filters(country="Türkiye", source="uhri")).rows[0]["response"] == "accepted"


def test_mechanism_names():
    assert mechanism_code("Committee against Torture") == "CAT"
    assert mechanism_code("Special Rapporteur on the right to food") == "SR"
    assert mechanism_code(None, "CEDAW/C/KAZ/CO/5") == "CEDAW"


def test_round_trip_of_our_csv_and_xlsx_exports(tmp_path):
    st = Store(tmp_path / "a.sqlite")
    p = tmp_path / "uhri.json"
    p.write_text(json.dumps(UHRI))
    service.import_records(st, [p])
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"units.{fmt}"
        service.write_export(service.export_units(st), fmt, out)
        res = read_records(out, source="mine")
        want = [(u.text, u.country, u.mechanism, u.year) for u in read_records(p).units if u.country != "Turkey"]
        want.append((UHRI["data"][0]["Recommendation/Observation"], "Türkiye", "UPR", 2020))
        assert sorted((u.text, u.country, u.mechanism, u.year) for u in res.units) == sorted(want)
        first = next(u for u in res.units if u.country == "Türkiye")
        assert first.recommending_states == ["Chile", "Denmark"] and first.response == "accepted"
