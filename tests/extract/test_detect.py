"""Document-type detection from the text."""

from hrtracker.extract.detect import detect_type
from hrtracker.readers import read_bytes


def doc(text, name="x.txt"):
    return read_bytes(text.encode(), name)


def test_default_is_ngo():
    assert detect_type(doc("Our NGO report on the rights of prisoners.\n\nWe recommend reforms.")) == "ngo_report"


def test_ngo_citing_concluding_observations_stays_ngo():
    t = "Alternative report\n\nIn its concluding observations (CCPR/C/KAZ/CO/2) the Committee asked ..."
    assert detect_type(doc(t)) == "ngo_report"


def test_report_quoting_concluding_observations_in_the_first_person_stays_ngo():
    # no "shadow report" / "civil society" words in the opening, but "we" and "our": not the Committee's text
    quoted = (
        "About this assessment\n\nIn 2019 the Committee adopted its concluding observations (CCPR/C/XYZ/CO/3). "
        "We have reviewed what became of them; our findings differ from the Government's.\n\n"
        "Paragraph 8\n\n\u201cThe State party should establish a procedure for the implementation of Views.\u201d\n\n"
        "Paragraph 9\n\n\u201cThe State party should amend the Law on the Commissioner.\u201d\n"
    )
    assert detect_type(doc(quoted)) == "ngo_report"
    ru = quoted.replace("We have reviewed", "Мы изучили").replace("our findings", "наши выводы")
    assert detect_type(doc(ru)) == "ngo_report"
    assert detect_type(doc(quoted.replace("We have", "It has").replace("our findings", "the findings"))) == (
        "concluding_observations"
    )


def test_wg_report():
    t = ("Report of the Working Group on the Universal Periodic Review\n\nFreedonia\n\n"
         "II. Conclusions and/or recommendations\n\n93. The following enjoy support:\n\n93.1. Do X (Chile);\n")
    assert detect_type(doc(t)) == "upr_wg_report"


def test_responses_addendum_beats_wrong_meta_type():
    t = ("SOURCE: x\nTYPE: upr_matrix\n---\nA/HRC/43/15/Add.1\nReport of the Working Group on the Universal "
         "Periodic Review\nAddendum\nViews on conclusions and/or recommendations, voluntary commitments\n")
    assert detect_type(doc(t)) == "upr_state_responses"


def test_concluding_and_followup():
    co = ("CCPR/C/NAM/CO/2\nConcluding observations on the second periodic report of Namibia\n"
          "5. The State party should act.\n6. The State party should act again.\n")
    assert detect_type(doc(co)) == "concluding_observations"
    fu = ("Report on follow-up to the concluding observations of the Human Rights Committee\n"
          "Paragraph 5: Views\nCommittee's evaluation\n[C]\n")
    assert detect_type(doc(fu)) == "followup_assessment"


def test_matrix_layout():
    t = ("Thematic list of recommendations\n140.1 Do X (Chile);\nSource of Position: A/HRC/1/1/Add.1\nSupported\n"
         "140.2 Do Y (Peru);\nSource of Position: A/HRC/1/1/Add.1\nNoted\n")
    assert detect_type(doc(t)) == "upr_matrix"


def test_meta_type_is_fallback():
    t = "SOURCE: x\nTYPE: concluding_observations\n---\nSome text without structure.\n"
    assert detect_type(doc(t)) == "concluding_observations"
