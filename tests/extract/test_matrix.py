"""OHCHR thematic matrix on a small fixture written here."""

from hrtracker.extract import extract
from hrtracker.readers import read_bytes

MX = """UPR 48th session - Freedonia - Thematic list of recommendations
Recommendation and recommending State
Position of the State under review
Theme: Ratification of &amp; accession to international instruments
140.7 Ratify the Optional Protocol to the Covenant (Maldives) (Portugal);
Source of Position: A/HRC/59/99/Add.1 - Para.3
Supported
- Ratification of &amp; accession to international instruments
Groups of Persons:
- Public officials
- 1 - NO POVERTY
140.8 Ratify the Convention on migrant workers,
in order to protect them (Spain);
Source of Position: A/HRC/59/99/Add.1 - Para.5
Noted
- Migrants
Groups of Persons:
- Migrants
- Public officials
"""


def test_matrix_entries():
    ext = extract(read_bytes(MX.encode(), "mx.txt"))
    assert ext.doc_type == "upr_matrix"
    a, b = ext.units
    assert (a.para_number, a.recommending_states, a.response) == ("140.7", ["Maldives", "Portugal"], "accepted")
    assert a.fields["themes"] == ["Ratification of & accession to international instruments"]
    assert a.fields["affected_persons"] == ["Public officials"] and a.fields["sdgs"] == ["1 - NO POVERTY"]
    assert b.text == "Ratify the Convention on migrant workers, in order to protect them"
    assert (b.para_number, b.recommending_states, b.response) == ("140.8", ["Spain"], "noted")
    assert b.fields["affected_persons"] == ["Migrants", "Public officials"]
    assert a.session == 48 and a.cycle == 4 and a.year == 2025
