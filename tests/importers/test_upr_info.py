"""UPR Info CSV import: cp1252, CR line ends, an invalid byte counted, calendar."""

import csv
import io

from hrtracker.importers.calendar import session_cycle, session_year
from hrtracker.importers.upr_info import iter_upr_info, read_upr_info

HEADER = "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session"
ROWS = [
    'Freedonia,EEG,EU,"Ratify the Convention, soon",Chile,GRULAC,,Accepted,5,"Women\'s rights,Justice",7',
    'Freedonia,EEG,EU,Protect the caf\xe9 owners \x81 now,France,WEOG,EU,Noted,3,Labour,20',
    'Freedonia,EEG,EU,We pledge to act,Freedonia,EEG,EU,Voluntary Pledge,4,General,27',
]


def write_csv(tmp_path):
    data = "\r".join([HEADER] + ROWS).encode("latin-1")
    p = tmp_path / "upr.csv"
    p.write_bytes(data)
    return p, data


def test_import_rows_and_invalid_bytes(tmp_path):
    p, data = write_csv(tmp_path)
    res = read_upr_info(p)
    n_csv = sum(1 for _ in csv.reader(io.StringIO(data.decode("cp1252", errors="replace"), newline=""))) - 1
    assert res.rows == len(res.units) == n_csv == 3
    assert res.invalid_bytes == 1 and res.invalid_rows == [2]
    a, b, c = res.units
    assert (a.kind, a.mechanism, a.country, a.recommending_states) == ("recommendation", "UPR", "Freedonia", ["Chile"])
    assert a.text == "Ratify the Convention, soon" and a.response == "accepted"
    assert (a.session, a.cycle, a.year) == (7, 1, 2010)
    assert [(lb.scheme, lb.value, lb.origin) for lb in a.labels] == [
        ("issue", "Women's rights", "import"), ("issue", "Justice", "import"), ("action", "5", "import")]
    assert a.fields["source"] == "upr-info" and a.fields["row"] == 1 and a.fields["response_raw"] == "Accepted"
    assert b.response == "noted" and "\ufffd" in b.text and "café" in b.text
    assert (b.cycle, b.year) == (2, 2014)
    assert c.response is None and c.fields["voluntary_pledge"] and c.cycle == 3
    assert len(list(iter_upr_info(p))) == 3


def test_calendar():
    assert [session_year(s) for s in (1, 2, 3, 4, 12, 13, 26, 27, 40, 41, 48)] == [
        2008, 2008, 2008, 2009, 2011, 2012, 2016, 2017, 2022, 2022, 2025]
    assert [session_cycle(s) for s in (1, 12, 13, 26, 27, 40, 41)] == [1, 1, 2, 2, 3, 3, 4]
