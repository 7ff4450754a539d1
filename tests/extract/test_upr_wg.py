"""UPR Working Group report extraction on small fixtures written here."""

from hrtracker.extract import extract
from hrtracker.extract.upr_wg import extract_upr_wg, split_recommendations
from hrtracker.readers import read_bytes

NUMBERED = """Report of the Working Group on the Universal Periodic Review*

Kyrgyzstan

1. The Working Group on the Universal Periodic Review, established in accordance with Human
Rights Council resolution 5/1, held its eighth session from 3 to 14 May 2010.

II. Conclusions and/or recommendations

93. The recommendations formulated during the interactive dialogue and listed below have been
examined by Kyrgyzstan and enjoy its support:

93.1. Ratify the Second Optional Protocol (Chile);
93.2. Protect journalists and investigate attacks on them (Chile, Mexico);
93.3. Ensure free elections2 (Holy See); (Italy);

GE.10-14567                                                                      11
A/HRC/15/99

93.4. Combat trafficking in persons, including by training police
officers (Iran (Islamic Republic of));

94. The following recommendations will be examined by Kyrgyzstan, which will provide responses
in due course:

94.1. Abolish the death penalty (France);

95. The following recommendations did not enjoy the support of Kyrgyzstan:

95.1. Decriminalize defamation (Norway); Repeal the media law (Sweden).

96. All conclusions and/or recommendations contained in the present report reflect the position
of the submitting State(s) and/or the State under review.
"""

OLD = """Report of the Working Group on the Universal Periodic Review

II. CONCLUSIONS AND/OR RECOMMENDATIONS

60. The recommendations listed below enjoy the support of Kyrgyzstan:

1. Develop its legislation in line with its obligations (Palestine);

2. Improve the conditions of detention (Hungary, Poland); to establish independent mechanisms
for complaints (United Kingdom);

61. Kyrgyzstan will examine the following recommendations and provide its answer in due time:

1. Consider ratifying OP-CAT (Denmark);

62. All conclusions and/or recommendations contained in the present report reflect the position.
"""


def doc(text):
    return read_bytes(text.encode(), "x.txt")


def test_numbered_report_units():
    d = doc(NUMBERED)
    ext = extract(d)
    assert ext.doc_type == "upr_wg_report"
    by = {(u.para_number, u.text): u for u in ext.units}
    assert [u.para_number for u in ext.units] == ["93.1", "93.2", "93.3", "93.4", "94.1", "95.1", "95.1"]
    u = ext.units[1]
    assert u.text == "Protect journalists and investigate attacks on them"
    assert u.recommending_states == ["Chile", "Mexico"]
    assert u.response == "accepted" and u.mechanism == "UPR" and u.country == "Kyrgyzstan"
    assert ext.units[2].recommending_states == ["Holy See", "Italy"]
    assert ext.units[2].text == "Ensure free elections"  # footnote mark dropped
    assert ext.units[3].recommending_states == ["Iran (Islamic Republic of)"]
    assert "GE.10" not in ext.units[3].text and "A/HRC" not in ext.units[3].text
    assert ext.units[3].text.endswith("training police officers")
    assert ext.units[4].response == "pending"
    assert [u.response for u in ext.units[5:]] == ["noted", "noted"]
    assert ext.units[6].text == "Repeal the media law" and ext.units[6].recommending_states == ["Sweden"]
    assert ext.units[0].session == 8 and ext.units[0].year == 2010 and ext.units[0].cycle == 1
    assert len(by) == 7


def test_old_style_lists_per_response():
    ext = extract_upr_wg(doc(OLD))
    got = [(u.para_number, u.recommending_states, u.response) for u in ext.units]
    assert got == [
        ("60.1", ["Palestine"], "accepted"),
        ("60.2", ["Hungary", "Poland"], "accepted"),
        ("60.2", ["United Kingdom"], "accepted"),
        ("61.1", ["Denmark"], "pending"),
    ]
    assert ext.units[2].text == "Establish independent mechanisms for complaints"


def test_split_keeps_non_state_parentheses():
    recs = split_recommendations("Ratify the Convention (ICRMW) (Senegal, Trinidad and Tobago);")
    assert len(recs) == 1
    assert recs[0].text == "Ratify the Convention (ICRMW)"
    assert recs[0].states == ["Senegal", "Trinidad and Tobago"]


def test_multiple_groups_newer_style():
    recs = split_recommendations("Ratify the Optional Protocol (Maldives) (Portugal);")
    assert [(r.text, r.states) for r in recs] == [("Ratify the Optional Protocol", ["Maldives", "Portugal"])]


FIRST_CYCLE = """Report of the Working Group on the Universal Periodic Review

Uzbekistan

I. SUMMARY OF THE PROCEEDINGS OF THE REVIEW PROCESS

33. Chile recommended that Uzbekistan (a) establish conditions that would allow an independent
investigation of the events; and (b) end the practice of forced return of asylum seekers. Those
returned should be released. It further recommended that Uzbekistan (c) adopt a definition of
torture in accordance with article 1 of the Convention.

34.
Underlining the role of human rights defenders, Belgium asked about the association of NGOs. It
recommended that Uzbekistan reinforce the protection of human rights defenders.

35. The Czech Republic recommended: (a) an awareness programme on disability; (b) to release
political prisoners; and (c) to ensure punishment of persons responsible for violations.

II. CONCLUSIONS AND/OR RECOMMENDATIONS

106. The recommendations listed below enjoy the support of Uzbekistan:

1. Adopt a definition of torture (Chile);

107. The following recommendations did not enjoy the support of Uzbekistan: Uzbekistan considers
that the recommendations contained in paragraphs 33 (a, b), 34 and 35 (b, c) are unacceptable.

108. All conclusions and/or recommendations contained in the present report reflect the position.
"""


def test_first_cycle_block_naming_dialogue_paragraphs():
    ext = extract_upr_wg(doc(FIRST_CYCLE))
    got = [(u.para_number, u.text, u.recommending_states, u.response) for u in ext.units]
    assert got == [
        ("106.1", "Adopt a definition of torture", ["Chile"], "accepted"),
        ("33(a)", "Establish conditions that would allow an independent investigation of the events", ["Chile"],
         "noted"),
        ("33(b)", "End the practice of forced return of asylum seekers", ["Chile"], "noted"),
        ("34", "Reinforce the protection of human rights defenders", ["Belgium"], "noted"),
        ("35(b)", "Release political prisoners", ["Czech Republic"], "noted"),
        ("35(c)", "Ensure punishment of persons responsible for violations", ["Czech Republic"], "noted"),
    ]


def test_alternative_verbs_each_with_its_state():
    conv = "the International Convention for the Protection of All Persons from Enforced Disappearance"
    item = (f"To ratify (Spain)/consider the possibility of ratifying (Argentina) {conv} (Spain, Argentina) and of "
            "accepting the jurisdiction of the competent committee (Argentina);")
    got = [(r.states, r.text) for r in split_recommendations(item)]
    assert got == [
        (["Spain"], f"Ratify {conv}"),
        (["Argentina"], f"Consider the possibility of ratifying {conv} and of accepting the jurisdiction of the "
                        "competent committee"),
    ]
    joined = split_recommendations("Examine the possibility of joining (Algeria)/consider the ratification (Argentina) "
                                   "of the Convention on Migrant Workers (Algeria, Argentina);")
    assert [r.text for r in joined] == ["Examine the possibility of joining the Convention on Migrant Workers",
                                        "Consider the ratification of the Convention on Migrant Workers"]
