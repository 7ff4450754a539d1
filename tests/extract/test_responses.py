"""State-responses addendum on a small fixture written here."""

from hrtracker.extract import extract
from hrtracker.readers import read_bytes

ADD = """A/HRC/43/99/Add.1

Report of the Working Group on the Universal Periodic Review*

Kyrgyzstan

Addendum

Views on conclusions and/or recommendations, voluntary commitments and replies presented by
the State under review

1. Kyrgyzstan supports recommendations 98.1, 98.3-98.5 and 98.10–
12. See also recommendation 98.2 below.

2. For the time being, the Government notes recommendations 98.2, 98.6-7.

98.2
      Kyrgyzstan considers that no change is necessary (see recommendation 98.9).
"""


def test_positions_with_ranges():
    ext = extract(read_bytes(ADD.encode(), "add.txt"))
    assert ext.doc_type == "upr_state_responses"
    got = {(u.para_number, u.value) for u in ext.updates}
    assert got == {("98.1", "accepted"), ("98.3", "accepted"), ("98.4", "accepted"), ("98.5", "accepted"),
                   ("98.10", "accepted"), ("98.11", "accepted"), ("98.12", "accepted"),
                   ("98.2", "noted"), ("98.6", "noted"), ("98.7", "noted")}
    assert all(u.field == "response" and u.symbol == "A/HRC/43/99" and u.country == "Kyrgyzstan"
               for u in ext.updates)
