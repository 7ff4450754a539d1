from hrtracker.link.history import summarize_history, timeline


def test_summary_line() -> None:
    states = [["Spain", "Peru"], ["Chile", "Iran", "Egypt"], ["Ghana"], ["Togo", "Iraq"]]
    events = [
        {"year": 2014, "mechanism": "UPR", "recommending_states": states[1], "response": "accepted",
         "kind": "recommendation"},
        {"year": 2010, "mechanism": "UPR", "recommending_states": states[0], "response": "accepted",
         "kind": "recommendation"},
        {"year": 2019, "mechanism": "UPR", "recommending_states": states[2], "response": "noted",
         "kind": "recommendation"},
        {"year": 2025, "mechanism": "UPR", "recommending_states": states[3], "response": None,
         "kind": "recommendation"},
        {"year": 2016, "mechanism": "HRC", "recommending_states": [], "kind": "recommendation"},
        {"year": 2015, "mechanism": None, "status_claim": "not_implemented", "kind": "cited_recommendation"},
        {"year": 2019, "mechanism": None, "status_claim": "not_implemented", "kind": "cited_recommendation"},
        {"year": 2025, "mechanism": None, "status_claim": "not_implemented", "kind": "cited_recommendation"},
    ]
    assert summarize_history(events) == (
        "recommended 5 times since 2010 by UPR (8 States), HRC; accepted twice; noted once; "
        "NGOs report not implemented in 2015, 2019, 2025"
    )
    assert [e["year"] for e in timeline(events)][:3] == [2010, 2014, 2015]
    assert summarize_history([]) == "no history"
