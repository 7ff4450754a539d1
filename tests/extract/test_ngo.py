"""NGO report extractor on small synthetic documents."""

from __future__ import annotations

from hrtracker.extract import extract
from hrtracker.extract.ngo import extract_ngo
from hrtracker.models import Unit
from hrtracker.readers import read_bytes


def _units(text: str, name: str = "x.txt") -> list[Unit]:
    doc = read_bytes(text.encode(), name)
    units = extract_ngo(doc).units
    for u in units:  # every unit points at the span it came from
        assert u.start is not None and u.end is not None
        span = doc.text[u.start : u.end]
        for word in u.text.split()[:3] + u.text.split()[-2:]:
            assert word.strip(".,;:\"“”") in span, (word, span)
    return units


def _kind(units: list[Unit], kind: str) -> list[Unit]:
    return [u for u in units if u.kind == kind]


def test_recommendations_block_with_bullets() -> None:
    text = (
        "Freedom of expression (art. 19)\n\n"
        "Journalists are prosecuted for defamation and websites are blocked without a court order.\n\n"
        "Recommendations:\n"
        "- Decriminalise defamation and insult of public officials;\n"
        "- Stop blocking websites without a court decision;\n"
        "- Release all journalists detained for their work.\n\n"
        "Right to privacy\n\n"
        "Surveillance is widespread.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.text for u in recs] == [
        "Decriminalise defamation and insult of public officials;",
        "Stop blocking websites without a court decision;",
        "Release all journalists detained for their work.",
    ]
    assert all(u.articles == [19] for u in recs)
    assert recs[0].section == "Freedom of expression (art. 19)"


def test_numbered_items_joined_across_pdf_line_breaks() -> None:
    text = (
        "Recommendations (Article 21 of the ICCPR):\n\n"
        "1) Amend the law on peaceful assemblies so that a notification\n"
        "is enough to hold a meeting;\n\n"
        "2) Stop detaining peaceful protesters.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.text for u in recs] == [
        "Amend the law on peaceful assemblies so that a notification is enough to hold a meeting;",
        "Stop detaining peaceful protesters.",
    ]
    assert all(u.articles == [21] for u in recs)


def test_lead_in_with_sub_items_is_not_a_unit() -> None:
    text = (
        "Recommendations:\n\n"
        "1) In the revised law on religion:\n"
        "a) abolish compulsory registration of religious groups;\n"
        "b) abolish the compulsory religious expert review of literature;\n"
        "2) Introduce alternative civilian service for conscientious objectors.\n"
    )
    recs = _kind(_units(text), "recommendation")
    texts = [u.text for u in recs]
    assert "In the revised law on religion:" not in texts
    assert texts == [
        "abolish compulsory registration of religious groups;",
        "abolish the compulsory religious expert review of literature;",
        "Introduce alternative civilian service for conscientious objectors.",
    ]
    assert all(18 in u.articles for u in recs)


def test_standalone_recommendation_paragraph_markdown() -> None:
    text = (
        "#### Right to legal personality (Article 16 of the ICCPR)\n\n"
        "**12.** Thousands of people remain without identity documents.\n\n"
        "Recommendation (Article 16 of the ICCPR): to simplify the documentation of stateless persons and\n\n"
        "#### to accede to the 1954 Convention.\n\n"
        "**13.** Another paragraph.\n"
    )
    recs = _kind(_units(text, "x.md"), "recommendation")
    assert len(recs) == 1
    assert recs[0].text == (
        "to simplify the documentation of stateless persons and to accede to the 1954 Convention."
    )
    assert recs[0].articles == [16]
    assert recs[0].section == "Right to legal personality (Article 16 of the ICCPR)"


def test_markdown_block_ends_at_numbered_paragraph() -> None:
    text = (
        "#### **Recommendations (Article 25 of the ICCPR):**\n\n"
        "- to ensure that the electoral timetable is respected;\n"
        "- to publish the results of each polling station.\n"
        "- **40.** Observers were removed from polling stations in 2023.\n"
    )
    recs = _kind(_units(text, "x.md"), "recommendation")
    assert [u.text for u in recs] == [
        "to ensure that the electoral timetable is respected;",
        "to publish the results of each polling station.",
    ]
    assert recs[0].section == "Recommendations (Article 25 of the ICCPR):"


def test_suggested_questions_with_lettered_items() -> None:
    text = (
        "Issue 4. Prohibition of torture (art. 7)\n\n"
        "Complaints of torture are rarely investigated.\n\n"
        "Suggested questions:\n\n"
        "a) Please provide data on complaints of torture and on prosecutions of\n\n"
        "officials for the reporting period.\n\n"
        "Please explain how victims are compensated.\n\n"
        "b) What measures are taken to make the national preventive mechanism independent?\n\n"
        "Issue 5. Elimination of slavery (art. 8)\n\n"
        "Forced labour persists.\n"
    )
    qs = _kind(_units(text), "question")
    assert [u.text for u in qs] == [
        "Please provide data on complaints of torture and on prosecutions of officials for the reporting "
        "period. Please explain how victims are compensated.",
        "What measures are taken to make the national preventive mechanism independent?",
    ]
    assert all(u.articles == [7] for u in qs)
    assert qs[0].section == "Issue 4. Prohibition of torture (art. 7)"


def test_cited_committee_quote() -> None:
    text = (
        "Zhanaozen events\n\n"
        "In its concluding observations of 2016, the Human Rights Committee recommended: \"The State party "
        "should carry out an independent and effective investigation into all allegations of torture.\" "
        "These recommendations were not implemented.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert len(cited) == 1
    u = cited[0]
    assert u.text == (
        "The State party should carry out an independent and effective investigation into all allegations "
        "of torture."
    )
    assert u.mechanism == "HRC"
    assert u.year == 2016
    assert u.status_claim == "not_implemented"
    assert 7 in u.articles


def test_cited_upr_state_recommendation() -> None:
    text = (
        "Freedom of the media\n\n"
        "During the review, the representative of Sweden recommended that Kazakhstan ceases the closure of "
        "opposition media, and Austria called for the release of a detained lawyer. The delegation "
        "replied that the media are free.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.text for u in cited] == [
        "Kazakhstan ceases the closure of opposition media",
        "the release of a detained lawyer.",
    ]
    assert cited[0].mechanism == "UPR"
    assert cited[0].source_detail == "Sweden"
    assert cited[1].source_detail == "Austria"
    assert 19 in cited[0].articles


def test_cited_failure_status_and_special_rapporteur() -> None:
    text = (
        "Right to a fair trial (art. 14)\n\n"
        "In 2004 the Special Rapporteur on the independence of judges and lawyers recommended that the State party "
        "reduce the dominant role of the prosecutor. The State party failed to implement this recommendation.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert len(cited) == 1
    assert cited[0].mechanism == "SR"
    assert cited[0].status_claim == "not_implemented"
    assert cited[0].year == 2004
    assert cited[0].articles == [14]
    # recommendations named by their author only, their content not stated, are no unit (GUIDELINES: the unit's
    # text is the recommendation as the document states it)
    named_only = ("Right to a fair trial (art. 14)\n\nThe State party failed to implement the recommendations of the "
                  "Special Rapporteur on the independence of judges and lawyers made after the 2004 visit.\n")
    assert _kind(_units(named_only), "cited_recommendation") == []


def test_narrative_criticism_is_not_cited() -> None:
    text = (
        "Assembly\n\n"
        "Violations were reported by Germany, Japan and Norway. We urge the Working Group to assess this.\n"
    )
    assert _kind(_units(text), "cited_recommendation") == []


def test_russian_labels() -> None:
    text = (
        "Свобода собраний (статья 21 МПГПП)\n\n"
        "Рекомендации:\n"
        "- отменить разрешительный порядок проведения митингов;\n"
        "- прекратить задержания участников мирных собраний.\n\n"
        "Рекомендуемые вопросы:\n"
        "а) Сколько заявок на проведение митингов было отклонено?\n"
    )
    units = _units(text)
    assert len(_kind(units, "recommendation")) == 2
    assert len(_kind(units, "question")) == 1
    assert all(u.articles == [21] for u in units)


def test_footer_footnotes_are_skipped() -> None:
    text = (
        "Expression\n\n"
        "Austria called for the immediate release of lawyer\n"
        "                                                        \n"
        "8 http://example.org/a\n"
        "9 http://example.org/b\n"
        " Jane Doe, who was placed in a psychiatric hospital. The rest follows.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.text for u in cited] == [
        "the immediate release of lawyer Jane Doe, who was placed in a psychiatric hospital."
    ]


def test_bare_committee_is_the_treaty_body_the_report_addresses() -> None:
    text = (
        "Alternative report to the Committee against Torture\n\n"
        "1. Safeguards\n\n"
        "Detainees still wait days for a lawyer. In 2016 the Committee urged the State party to guarantee "
        "access to a lawyer from the first hour of detention. This has not been done.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert len(cited) == 1
    assert cited[0].mechanism == "CAT"
    assert cited[0].year == 2016
    assert "access to a lawyer" in cited[0].text


def test_covenant_of_a_cescr_report_is_not_the_iccpr() -> None:
    text = (
        "Parallel report to the Committee on Economic, Social and Cultural Rights\n\n"
        "2. Housing (article 11)\n\n"
        "Families are evicted without notice. In 2015 the Committee recommended that the State party adopt "
        "a law on evictions in line with the Covenant. No such law exists.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert len(cited) == 1
    assert cited[0].mechanism == "CESCR"
    assert 11 not in cited[0].articles  # article 11 of the other Covenant


def test_mechanism_name_hyphenated_across_a_pdf_line() -> None:
    text = (
        "3. Migrants\n\n"
        "Pushbacks continue. The Special Rap-\nporteur on migrants, after her 2021 visit, called on the "
        "Government to stop\nreturning people at the border. Nothing changed.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert len(cited) == 1
    assert cited[0].mechanism == "SR"
    assert "stop" in cited[0].text


def test_quoted_paragraph_after_a_recommended_that_lead_in_with_a_reference() -> None:
    text = (
        "<html><body><h2>Water</h2><p>Many villages have no water. The Committee recommended that the State "
        "party:</p><blockquote><p>&ldquo;ensure access to safe drinking water for all rural households, "
        "in particular in the northern regions&rdquo; (E/C.12/XX/CO/3, para. 50, 2014).</p></blockquote>"
        "<p>Nothing was done.</p></body></html>"
    )
    cited = _kind(_units(text, "x.html"), "cited_recommendation")
    assert len(cited) == 1
    u = cited[0]
    assert u.text.startswith("ensure access to safe drinking water")
    assert u.text.endswith("northern regions")
    assert u.year == 2014
    assert u.source_detail == "E/C.12/XX/CO/3, para. 50"


def test_coordinated_quoted_upr_recommendations_and_recommendations_of_states() -> None:
    text = (
        "Civic space\n\n"
        "In its last review the State supported the recommendations to \"repeal the law on foreign funding of "
        "associations\" (Norway) and to \"end the surveillance of human rights defenders and journalists\" "
        "(Chile). In 2020 it supported the recommendations of Peru and Ghana to abolish the death penalty for "
        "all crimes, but instead executions resumed.\n"
    )
    texts = [u.text for u in _kind(_units(text), "cited_recommendation")]
    assert texts == [
        "repeal the law on foreign funding of associations",
        "end the surveillance of human rights defenders and journalists",
        "abolish the death penalty for all crimes",
    ]


def test_numbered_upr_recommendations_in_a_series() -> None:
    text = (
        "Torture\n\n"
        "Recommendation 120.5 (Spain) and 120.9 (Japan): Establish an independent national preventive "
        "mechanism with adequate resources.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert len(cited) == 1
    assert cited[0].mechanism == "UPR"
    assert cited[0].source_detail and "Spain" in cited[0].source_detail and "Japan" in cited[0].source_detail


def test_sentences_about_the_report_itself_are_not_cited() -> None:
    text = (
        "Alternative report to the Committee on the Rights of the Child\n\n"
        "Introduction\n\n"
        "For each topic we set out the facts and the recommendations we would ask the Committee to make. "
        "This report assesses the implementation of the recommendations received by the State in 2018.\n\n"
        "Questions the Committee may wish to include in the list of issues\n\n"
        "(a) Please indicate the number of children in detention.\n"
    )
    units = _units(text)
    assert _kind(units, "cited_recommendation") == []
    assert [u.text for u in _kind(units, "question")] == ["Please indicate the number of children in detention."]


def test_follow_up_table_and_recommendations_table_in_html() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Shadow report</title></head><body><main><article>"
        "<h1>Shadow report to the Committee on the Elimination of Racial Discrimination</h1>"
        "<h2>Follow-up to the 2018 concluding observations</h2>"
        "<p>The table sets out the Committee's earlier recommendations and our assessment.</p>"
        "<table><tr><th>CERD/C/XYZ/CO/10</th><th>Recommendation of the Committee</th><th>Status</th></tr>"
        "<tr><td>para. 9</td><td>Adopt a law against racial discrimination in employment and housing.</td>"
        "<td>Not implemented. No draft exists.</td></tr>"
        "<tr><td>para. 14</td><td>Collect data on hate crimes disaggregated by ethnic origin.</td>"
        "<td>Partially implemented.</td></tr></table>"
        "<h2>Summary of recommendations</h2>"
        "<table><tr><th>No.</th><th>Recommendation</th></tr>"
        "<tr><td>1</td><td>Amend the Criminal Code so that racist motivation aggravates every offence.</td></tr>"
        "<tr><td>2</td><td>Close the segregated schools for Roma children by 2026.</td></tr></table>"
        "<table><tr><th>Year</th><th>Complaints</th></tr><tr><td>2022</td><td>120</td></tr></table>"
        "</article></main></body></html>"
    )
    units = _units(html, "x.html")
    cited = _kind(units, "cited_recommendation")
    assert [(u.text, u.mechanism, u.status_claim, u.source_detail, u.year) for u in cited] == [
        ("Adopt a law against racial discrimination in employment and housing.", "CERD", "not_implemented",
         "CERD/C/XYZ/CO/10, para. 9", 2018),
        ("Collect data on hate crimes disaggregated by ethnic origin.", "CERD", "partially_implemented",
         "CERD/C/XYZ/CO/10, para. 14", 2018),
    ]
    assert [u.text for u in _kind(units, "recommendation")] == [
        "Amend the Criminal Code so that racist motivation aggravates every offence.",
        "Close the segregated schools for Roma children by 2026.",
    ]
    assert {u.section for u in _kind(units, "recommendation")} == {"Summary of recommendations"}


def test_status_sentence_under_its_own_heading_is_not_a_new_citation() -> None:
    text = (
        "Follow-up submission to the Committee against Torture\n\n"
        "Text of the recommendation\n\n"
        "The State party should \"close the punishment cells of the central prison and limit solitary "
        "confinement to 15 days\".\n\n"
        "Our assessment\n\n"
        "The cells were closed in 2023. The recommendation is therefore only partially implemented.\n\n"
        "Recommended action\n"
        "- Amend the Penitentiary Code to limit solitary confinement to 15 days.\n"
    )
    units = _units(text)
    cited = _kind(units, "cited_recommendation")
    assert len(cited) == 1
    assert cited[0].status_claim == "partially_implemented"
    assert [u.text for u in _kind(units, "recommendation")] == [
        "Amend the Penitentiary Code to limit solitary confinement to 15 days."]


def test_verdicts_on_lettered_sub_paragraphs_grade_the_quoted_items() -> None:
    text = (
        "2. Use of force at assemblies\n\n"
        "In paragraph 22 of its concluding observations of 2023 the Committee recommended that the State party "
        "should:\n"
        "(a) Ensure that all allegations of excessive force are promptly investigated;\n"
        "(b) Bring the rules on the use of force into line with the Basic Principles;\n"
        "(c) Ensure that police officers wear visible identification.\n\n"
        "Our assessment\n\n"
        "Nobody has been charged since the events. Sub-paragraph (a) has not been implemented. The new "
        "instruction still allows rubber bullets. We regard sub-paragraph (b) as partially implemented.\n\n"
        "Officers still wear no identification: sub-paragraph (c) has not been implemented.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text[:22], u.status_claim) for u in cited] == [
        ("Ensure that all allega", "not_implemented"),
        ("Bring the rules on the", "partially_implemented"),
        ("Ensure that police off", "not_implemented"),
    ]


def test_state_claim_on_one_sub_paragraph_and_verdict_on_the_others() -> None:
    text = (
        "Torture\n\n"
        "In its concluding observations of 2019 the Committee against Torture recommended to the State party:\n"
        "\"(a) To harmonise the definition of torture with article 1 of the Convention;\n"
        "(b) To ensure that the crime of torture is not subject to any statute of limitations;\n"
        "(c) To ensure that acts of torture are punished with appropriate penalties.\"\n\n"
        "In its follow-up report the State affirmed that sub-paragraph (b) \"has been fully implemented\" "
        "with the Law of 2020. We recognise this advance. However, sub-paragraphs (a) and (c) have not been "
        "implemented.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.status_claim for u in cited] == ["not_implemented", "implemented", "not_implemented"]


def test_conclusion_after_the_facts_is_the_status_not_a_citation() -> None:
    text = (
        "Elections\n\n"
        "The OSCE/ODIHR election observation mission in its final report recommended to ease the requirements "
        "for the registration of political parties. In 2024 the threshold was reduced to 15 000 members, which is "
        "still one of the highest in the OSCE region, so the recommendation was implemented only partially.\n\n"
        "Custody\n\n"
        "The Human Rights Committee in 2014 asked the State to \"guarantee that any person arrested is brought "
        "before a judge within 48 hours\". In 2019 the Criminal Procedure Code was amended and the term of 48 hours "
        "was introduced for the judicial review of detention, however it is not respected in practice for persons "
        "detained by the security service, so the recommendation is implemented only partially.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim) for u in cited] == [
        ("OSCE", "partially_implemented"), ("HRC", "partially_implemented")]


def test_undated_citation_of_the_same_concluding_observations_takes_their_year() -> None:
    text = (
        "Report to the Committee on the Elimination of Racial Discrimination\n\n"
        "Hate speech\n\n"
        "In its previous concluding observations the Committee urged the State party to \"ensure that racist hate "
        "speech by public officials is investigated and punished\". No official has been prosecuted.\n\n"
        "Education\n\n"
        "In 2019, in its concluding observations, the Committee recommended that the State party \"end the placement "
        "of Roma children in special "
        "classes\". This recommendation has not been implemented.\n\n"
        "Housing\n\n"
        "In its first concluding observations the Committee had asked the State party to \"stop forced evictions "
        "of Roma settlements\". Evictions continued unabated.\n\n"
        "Policing\n\n"
        "The CERD also recommended that the State party investigate racial profiling by the police.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.year) for u in cited] == [("CERD", 2019), ("CERD", 2019), ("CERD", None), ("CERD", 2019)]


def test_list_of_issues_year_is_not_the_observations_year() -> None:
    text = (
        "Report to the Human Rights Committee\n\n"
        "Torture\n\n"
        "In the concluding observations on the second periodic report the Committee recommended that the State "
        "party \"investigate all allegations of torture\". In its list of issues of 2023 the Committee asked the "
        "State party to \"provide information on the number of complaints of torture\".\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.year for u in cited] == [None, 2023]


def test_report_to_a_treaty_body_without_a_code() -> None:
    text = (
        "# Submission to the Committee on Enforced Disappearances\n\n"
        "## Criminalisation\n\n"
        "The Human Rights Committee has also looked at this issue.\n\n"
        "In its concluding observations of 2019 (CED/C/TAR/CO/1), the Committee recommended that the State party:\n\n"
        "- \"Incorporate enforced disappearance into domestic law as an autonomous offence\";\n"
        "  - *Status:* not implemented. The draft amendment lapsed in 2022.\n"
        "- \"Establish appropriate penalties that take into account the seriousness of the offence\";\n"
        "  - *Status:* partially implemented.\n\n"
        "In 2022 the Working Group on Enforced or Involuntary Disappearances visited the country. It reiterated "
        "its recommendation that enforced disappearance be codified as a separate crime, and found that this "
        "recommendation had not been implemented.\n\n"
        "In urgent action No. 14/2021, the Committee requested the State party to search for and locate Mr. Dosti. "
        "His fate remains unknown, no one has been questioned, and the State party has not complied with the "
        "Committee's request.\n\n"
        "The Coalition invites the Committee to request further information from the State party on paragraph 12.\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.text, u.mechanism, u.status_claim) for u in cited] == [
        ("Incorporate enforced disappearance into domestic law as an autonomous offence", "other", "not_implemented"),
        ("Establish appropriate penalties that take into account the seriousness of the offence", "other",
         "partially_implemented"),
        ("enforced disappearance be codified as a separate crime", "SR", "not_implemented"),
        ("search for and locate Mr. Dosti.", "other", "not_implemented"),
    ]


def test_upr_requests_with_their_states_and_ordinal_verdicts() -> None:
    text = (
        "Detention\n\n"
        "At its universal periodic review in January 2022, Tarsenia supported recommendations to ensure that all "
        "detainees are registered from the moment of arrest (Argentina) and to recognize the competence of the "
        "Committee to receive individual communications (France, Uruguay). The first recommendation has been partly "
        "fulfilled: an electronic register was introduced in 2024. The second has not been implemented.\n\n"
        "Violence\n\n"
        "In 2019 the Committee against Torture recommended that the State party criminalise marital rape. It also "
        "recommended that the State party open shelters in every region. The first recommendation is not "
        "implemented and the second is partially implemented.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text[:24], u.source_detail, u.status_claim) for u in cited] == [
        ("ensure that all detainee", "Argentina", "partially_implemented"),
        ("recognize the competence", "France, Uruguay", "not_implemented"),
        ("the State party criminal", "Committee against Torture", "not_implemented"),
        ("the State party open she", None, "partially_implemented"),
    ]


def test_plain_text_export_with_underlined_headings() -> None:
    para = ("About 62,000 migrant women work in private households in Solmaria, and article 3 (2) of the Labour "
            "Law excludes them from its protection, so they have no weekly day of rest. ")
    text = "\r\n".join([
        "SHADOW REPORT", "to the Committee on Migrant Workers", "4. DOMESTIC WORKERS", "===================",
        para * 2,
        "At its third universal periodic review in 2021, Solmaria noted recommendations to extend the protection "
        "of the Labour Law to domestic workers (Philippines) and to ratify the ILO Domestic Workers Convention, "
        "2011 (No. 189) (Indonesia, Nepal). Neither recommendation has been implemented.",
        "Recommendations", "---------------",
        "   – Repeal article 3 (2) of the Labour Law and guarantee domestic workers a weekly day of rest.",
        "   – Ratify ILO Convention No. 189 before the end of 2027.",
        "5. DETENTION", "============", para * 2,
        "Suggested questions for the dialogue", "------------------------------------",
        "   • How many migrants were held at the Port Salin immigration centre in 2025?", para * 2,
    ])
    units = _units(text)
    assert [(u.kind, u.mechanism, u.source_detail, u.year) for u in units] == [
        ("cited_recommendation", "UPR", "Philippines", 2021),
        ("cited_recommendation", "UPR", "Indonesia, Nepal", 2021),
        ("recommendation", None, None, None),
        ("recommendation", None, None, None),
        ("question", None, None, None),
    ]
    assert units[2].section == "Recommendations"


def test_upr_recommendations_graded_by_number_in_a_wrapped_submission() -> None:
    text = (
        "UNIVERSAL PERIODIC REVIEW - FOURTH CYCLE\n\n"
        "2. This submission covers the period since Belvarra's third review in\n"
        "   May 2021. In its concluding observations the Committee made 52 recommendations to Belvarra.\n\n"
        "6. In the third cycle, Belvarra supported the following recommendations:\n\n"
        "        118.52 Adopt legislation prohibiting forced evictions and\n"
        "               guaranteeing due process (Norway);\n\n"
        "        118.54 Ensure that no one is rendered homeless as a result of an\n"
        "               eviction (Portugal).\n\n"
        "7. Assessment. Recommendation 118.52 has not been implemented: no law on\n"
        "   evictions has been drafted. Recommendation 118.54 has been\n"
        "   partially implemented.\n\n"
        "8. The first of the Committee's recommendations on housing remains unimplemented.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text[:20], u.year, u.status_claim) for u in cited] == [
        ("Adopt legislation pr", 2021, "not_implemented"),
        ("Ensure that no one i", 2021, "partially_implemented"),
    ]


def test_russian_upr_requests_split_by_states_and_graded_in_order() -> None:
    text = (
        "Пытки\n\n"
        "В ходе третьего цикла универсального периодического обзора в мае 2022 года Тавросия поддержала "
        "рекомендации обеспечить видеозапись всех допросов (Норвегия) и сократить срок задержания до 48 часов "
        "(Германия, Франция). Первая из них не выполнена: камеры не ведут запись. Оценить выполнение второй "
        "рекомендации пока нельзя: законопроект находится на рассмотрении парламента.\n\n"
        "Мы рекомендуем внести изменения в Закон об Уполномоченном по правам человека.\n"
    )
    units = _units(text)
    cited = _kind(units, "cited_recommendation")
    assert [(u.text, u.mechanism, u.source_detail, u.year, u.status_claim) for u in cited] == [
        ("обеспечить видеозапись всех допросов", "UPR", "Норвегия", 2022, "not_implemented"),
        ("сократить срок задержания до 48 часов", "UPR", "Германия, Франция", 2022, "unknown"),
    ]
    assert [u.text for u in _kind(units, "recommendation")] == [
        "Мы рекомендуем внести изменения в Закон об Уполномоченном по правам человека."]


def test_upr_requests_of_two_states_each_named_before_its_request() -> None:
    text = (
        "Assemblies\n\n"
        "At the universal periodic review in 2022, Velmora supported recommendations by Canada to ensure that the "
        "notification requirement does not apply to spontaneous assemblies and by Japan and Peru to increase the "
        "number of licences granted to community radio stations. Neither has been implemented.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.source_detail, u.year) for u in cited] == [
        ("ensure that the notification requirement does not apply to spontaneous assemblies", "Canada", 2022),
        ("increase the number of licences granted to community radio stations.", "Japan, Peru", 2022),
    ]


def test_the_remedy_the_working_group_considered_appropriate_is_its_request() -> None:
    text = (
        "Arbitrary detention\n\n"
        "Ana Vell was arrested in 2021. The Working Group on Arbitrary Detention found her detention arbitrary and "
        "considered that the appropriate remedy would be to release Ms. Vell immediately and accord her an "
        "enforceable right to compensation. She was released in January 2023.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.mechanism, u.status_claim) for u in cited] == [
        ("release Ms. Vell immediately and accord her an enforceable right to compensation.", "SR", "implemented")]


def test_own_request_in_a_sentence_of_the_account_is_a_recommendation() -> None:
    text = (
        "Executions\n\n"
        "18. The report of the Commission of Inquiry has never been published. We recommend that the authorities "
        "publish the report in full. The families have the right to know. We recommend that the Committee read it.\n"
    )
    assert [u.text for u in _kind(_units(text), "recommendation")] == [
        "We recommend that the authorities publish the report in full."]


def test_oral_statement_to_a_mandate_holder_and_the_rapporteur_named_short() -> None:
    text = (
        "HUMAN RIGHTS COUNCIL – 62nd session\n"
        "Interactive dialogue with the Special Rapporteur on the rights to freedom of peaceful assembly\n\n"
        "Madam Special Rapporteur, thank you for your visit to Velmora in 2023. In your report you called on\n"
        "Velmora to stop dissolving associations for minor offences. The courts have dissolved nine more.\n\n"
        "WRITTEN ANNEX\n"
        "=============\n\n"
        "2.1 Rubber bullets. The Rapporteur recommended that the Government prohibit the use of rubber\n"
        "bullets to disperse assemblies. Status: implemented.\n\n"
        "5. Questions the Special Rapporteur may wish to raise with the Government\n"
        "------------------------------------------------------------------------\n"
        "1. How many associations have been dissolved under articles 12 and 14 of the\n"
        "   Civic Organisations Act since October 2023, and on what grounds?\n"
        "2. Why has the review of the police operation not been published?\n"
    )
    units = _units(text)
    cited = _kind(units, "cited_recommendation")
    assert [(u.text.split()[1:3], u.mechanism) for u in cited] == [
        (["stop", "dissolving"], "SR"), (["Government", "prohibit"], "SR")]
    assert cited[1].status_claim == "implemented"
    assert [u.text[:20] for u in _kind(units, "question")] == ["How many association", "Why has the review o"]


def test_the_rapporteur_of_a_committee_for_follow_up() -> None:
    text = (
        "Investigations\n\n"
        "The Special Rapporteur on torture visited Velmora in 2016.\n\n"
        "After examining the follow-up information, the Committee's Rapporteur for follow-up wrote to the "
        "Government in June 2024. The Rapporteur requested information on the number of complaints of torture.\n"
    )
    cited = _kind(_units(text.replace("Investigations", "Alternative report to the Committee against Torture\n\n"
                                                        "Investigations")), "cited_recommendation")
    assert [(u.text[:30], u.mechanism) for u in cited] == [("information on the number of c", "CAT")]


def test_html_table_cell_paragraphs_are_units_and_a_note_beside_them_is_none() -> None:
    html = (
        "<html><body><h1>Alternative report to the Committee on the Elimination of Racial Discrimination</h1>"
        "<p>For each issue the table sets out our concern, what the Committee asked Velmora to do and whether it "
        "was done, and what we recommend now.</p>"
        "<table>\n<thead>\n<tr><th>Issue</th><th>Concern</th><th>Recommendation</th></tr>\n</thead>\n<tbody>\n"
        "<tr>\n<th>Policing</th>\n<td><p>62% of Tavari respondents had been stopped by the police.</p></td>\n"
        "<td><p>Instruct prosecutors to investigate every complaint of racist profiling.</p>\n"
        "<p>Set up a police complaints commission independent of the Ministry of the Interior.</p></td>\n</tr>\n"
        "<tr>\n<th>Education</th>\n<td><p>A third of Tavari children are taught apart.</p></td>\n"
        "<td><p>Segregation in schools follows segregation in housing; see also the row above.</p>\n"
        "<p>Adopt a desegregation plan with yearly targets and a budget.</p></td>\n</tr>\n"
        "</tbody>\n</table></body></html>"
    )
    units = _units(html, "x.html")
    assert [u.text for u in _kind(units, "recommendation")] == [
        "Instruct prosecutors to investigate every complaint of racist profiling.",
        "Set up a police complaints commission independent of the Ministry of the Interior.",
        "Adopt a desegregation plan with yearly targets and a budget.",
    ]
    assert _kind(units, "cited_recommendation") == []


def test_a_word_to_the_committee_after_the_last_request_is_not_part_of_it() -> None:
    text = (
        "Suggested recommendations\n\n"
        "(a) Prohibit solitary confinement of children;\n"
        "(b) Adopt a programme of reparation for the victims of May 2018. We respectfully suggest that the "
        "Committee select recommendations (a) and (b) for its follow-up procedure.\n"
    )
    assert [u.text for u in _kind(_units(text), "recommendation")] == [
        "Prohibit solitary confinement of children;", "Adopt a programme of reparation for the victims of May 2018."]


def test_notes_replies_and_requests_to_the_committee_cite_nothing() -> None:
    for sent in ("The documents behind each assessment are available to the Committee on request.",
                 "The Government noted the recommendations.",
                 "Просим Комитет включить вопрос о приютах в число рекомендаций, отбираемых для процедуры "
                 "последующих действий."):
        assert _kind(_units(f"Follow-up\n\n{sent}\n"), "cited_recommendation") == [], sent


def test_scorecard_with_a_legend_of_status_symbols_and_the_review_year() -> None:
    text = (
        "# A mid-term scorecard of Velmora's third UPR\n\n"
        "Velmora was reviewed by the Working Group on the Universal Periodic Review on 24 January 2023.\n\n"
        "## How to read the scorecard\n\n"
        "| Symbol | Meaning |\n|:---:|---|\n| ✔ | implemented |\n| ◐ | partially implemented |\n"
        "| ✘ | not implemented |\n| ? | no information: we could not verify |\n\n"
        "## Justice\n\n"
        "| No. | Recommendation (recommending State) | Response | Status | Comment |\n|---|---|---|:---:|---|\n"
        "| 131.12 | Ratify the Optional Protocol to the Convention (Denmark) | Supported | ✔ | Done. |\n"
        "| 131.27 | Establish a moratorium on executions (Italy) | Noted | ✘ | Three executions in 2024. |\n"
        "| 131.40 | Ensure that journalists can work without fear of reprisals (Norway) | Supported | ◐ | Some. |\n"
        "| 131.58 | Guarantee the independence of the judiciary (Germany) | Supported | ? | No data. |\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.status_claim, u.year, u.mechanism) for u in cited] == [
        ("implemented", 2023, "UPR"), ("not_implemented", 2023, "UPR"), ("partially_implemented", 2023, "UPR"),
        ("unknown", 2023, "UPR")]


def test_more_bodies_and_russian_reported_requests() -> None:
    cases = [
        ("In 2020 the European Committee of Social Rights decided that Velmora must provide emergency shelter to "
         "all homeless people. We have seen no change.", "other", "provide emergency shelter"),
        ("The UN has told the Government again and again to let every disabled person vote. It is time to listen.",
         "other", "let every disabled"),
        ("Специальный докладчик посетил Велмору в 2023 году. В докладе, представленном Совету по правам человека в "
         "2024 году, он рекомендовал не помещать мигрантов в центры содержания. Ничего не изменилось.",
         "SR", "не помещать мигрантов"),
        ("Комитет по соблюдению Орхусской конвенции в 2022 году признал нарушение и потребовал провести новые "
         "общественные слушания по проекту рудника. Слушания так и не проведены.", "other", "провести новые"),
    ]
    for para, mech, start in cases:
        cited = _kind(_units(f"Follow-up\n\n{para}\n"), "cited_recommendation")
        assert [(u.mechanism, u.text.startswith(start)) for u in cited] == [(mech, True)], para
    # "the UN states" (member States) are no body that recommends
    assert _kind(_units("UPR\n\nThe lack of response to the recommendations of the UN states can be regarded as "
                        "disrespect.\n"), "cited_recommendation") == []


def test_questions_we_have_sent_and_the_lead_in_over_them() -> None:
    text = (
        "Questions we have sent to the Committee against Torture\n\n"
        "Velmora's next review is due in 2027. We have asked the Committee to include the following in its list "
        "of issues prior to reporting:\n\n"
        "1. Please indicate how many times in 2025 the police delayed a detainee's access to a lawyer.\n\n"
        "2. How many children under 14 were held overnight in police cells in 2025?\n"
    )
    assert [u.text[:20] for u in _kind(_units(text), "question")] == ["Please indicate how ", "How many children un"]


def test_a_body_named_short_after_its_full_name_in_the_same_paragraph() -> None:
    text = (
        "Torture\n\n"
        "The Working Group on Arbitrary Detention examined the case of Mr. Ilo Vant, who was beaten in 2023. The "
        "Working Group found his detention arbitrary and requested the Government to accord Mr. Vant an "
        "enforceable right to compensation.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, "accord Mr. Vant" in u.text) for u in cited] == [("SR", True)]


def test_an_unquoted_upr_request_after_a_quoted_one_in_the_same_sentence() -> None:
    text = (
        "Minorities\n\n"
        "14. Velmora supported the recommendation of Armenia (139.101) to \"continue efforts to ensure the "
        "participation of national minorities in public life\" and noted the recommendation of Hungary (139.104) "
        "to ratify the European Charter for Regional or Minority Languages.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.source_detail, u.text[:20]) for u in cited] == [("Armenia", "continue efforts to "),
                                                               ("Hungary", "ratify the European ")]


def test_views_finding_violations_and_requesting_a_remedy() -> None:
    text = (
        "Views\n\n"
        "3.2 The Human Rights Committee has adopted Views in three communications since 2021, finding violations of "
        "articles 9 and 19 and requesting the State party to release the authors and provide them with adequate "
        "compensation. None of the authors has been released.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.status_claim) for u in cited] == [
        ("release the authors and provide them with adequate compensation.", "not_implemented")]


def test_sentences_about_the_review_itself_cite_nothing() -> None:
    for sent in ("In August 2021 the Committee adopted concluding observations on Velmora's reports.",
                 "The Committee reviewed Velmora's initial report in 2019 and adopted concluding observations.",
                 "The Committee selected three of its 2019 recommendations for its follow-up procedure: those on "
                 "torture and on the judiciary.",
                 "Of the twelve recommendations in the two tables, one is implemented and three are not implemented.",
                 "Since then, the Government has not published any plan, and the commission set up to coordinate the "
                 "implementation of recommendations of international bodies has met only twice."):
        assert _kind(_units(f"Follow-up\n\n{sent}\n"), "cited_recommendation") == [], sent


def test_the_remedy_in_views_and_what_became_of_it() -> None:
    cases = [
        ("В соображениях по делу «Сидоренко против Велморы» Комитет по правам человека признал нарушение "
         "статьи 18 Пакта и указал, что государство-участник обязано предоставить автору эффективное средство "
         "правовой защиты. Судимость не снята, компенсация не выплачена.", "предоставить автору", "not_implemented"),
        ("In its Views in Ivanov v. Velmora the Human Rights Committee held that the State party is under an "
         "obligation to provide the author with an effective remedy. No compensation has been paid.",
         "provide the author", "not_implemented"),
        ("Рабочая группа по произвольным задержаниям просила правительство представить информацию о задержании "
         "двенадцати членов общины. Ответ правительства не опубликован, и нам неизвестно, был ли он направлен.",
         "представить информацию", "unknown"),
    ]
    for para, start, status in cases:
        cited = _kind(_units(f"Views\n\n{para}\n"), "cited_recommendation")
        assert [(u.text.startswith(start), u.status_claim) for u in cited] == [(True, status)], para


def test_russian_states_at_a_review_and_what_is_not_cited() -> None:
    units = _units("Свобода собраний\n\nДоклад к УПО.\n\nВ ходе обзора 2020 года Канада и Ирландия рекомендовали "
                   "гарантировать право на мирные собрания. Данных нет.\n")
    assert [(u.mechanism, u.source_detail) for u in _kind(units, "cited_recommendation")] == [
        ("UPR", "Канада, Ирландия")]
    for para in ("Its authors ask the Committee to include the suggested questions below in the list of issues.",
                 "В конце каждой главы приводятся рекомендации коалиции и вопросы для Комитета.",
                 "Все рекомендации УПО, упомянутые ниже, были сделаны в ходе третьего обзора.",
                 "Часть рекомендаций Комитета действительно выполнена: сокращён срок доставления к судье.",
                 "Комитет просил государство-участник представить информацию об их выполнении в течение двух лет."):
        assert _kind(_units(f"Введение\n\n{para}\n"), "cited_recommendation") == [], para
    text = ("Выполнение рекомендаций\n\nМы предлагаем Комитету оценки по шкале, которую он применяет:\n\n"
            "- A – ответ/меры в основном удовлетворительны;\n- B – ответ/меры частично удовлетворительны;\n"
            "- C – ответ/меры неудовлетворительны.\n")
    assert _kind(_units(text), "recommendation") == []
    cited = _kind(_units("Religion\n\n12. Velmora received and noted a recommendation to introduce a civilian "
                         "alternative to military service during the third cycle of the universal periodic review "
                         "in 2022. Objectors are still jailed.\n"), "cited_recommendation")
    assert [u.text for u in cited] == ["introduce a civilian alternative to military service"]


def test_coalition_grades_and_a_requirement_kept() -> None:
    text = (
        "# Информация для Комитета по правам человека\n\n## Участие в ведении государственных дел\n\n"
        "Комитет рекомендовал отменить общий запрет на участие в голосовании всех лиц, отбывающих наказание. "
        "Парламент внёс поправки в Избирательный кодекс.\n\n"
        "**Оценка коалиции:** A\n\n"
        "БДИПЧ ОБСЕ рекомендовало отменить требование о сборе подписей 5 процентов избирателей. Это требование "
        "сохранено.\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.text[:20], u.status_claim) for u in cited] == [("отменить общий запре", "implemented"),
                                                              ("отменить требование ", "not_implemented")]


def test_nested_markdown_bullets_and_bodies_reported_to() -> None:
    text = (
        "# Report\n\n### Recommendations\n\n- Amend the Criminal Code:\n"
        "  - to introduce enforced disappearance as an autonomous offence;\n"
        "  - to provide for penalties of no less than fifteen years;\n"
        "- Instruct all prosecutors to treat disappearances as continuing offences.\n\n"
        "## Children\n\n"
        "The Special Rapporteur on the sale of children visited Valdoria in 2022. In her report to the Human Rights "
        "Council she recommended that the authorities set up a specialised police unit for online crimes.\n\n"
        "UNHCR in its submission to the UPR called on Valdoria to accede to the 1961 Convention on statelessness.\n"
    )
    units = _units(text, "x.md")
    assert [u.text.split()[:3] for u in _kind(units, "recommendation")] == [
        ["to", "introduce", "enforced"], ["to", "provide", "for"], ["Instruct", "all", "prosecutors"]]
    assert [u.mechanism for u in _kind(units, "cited_recommendation")] == ["SR", "other"]


def test_council_of_europe_bodies_are_mechanisms() -> None:
    text = (
        "Hate speech\n\n"
        "In 2021 the European Commission against Racism and Intolerance (ECRI) recommended that the authorities "
        "make racist motivation an aggravating circumstance for all offences. The Government has not acted on "
        "this recommendation.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.year, u.status_claim) for u in cited] == [("other", 2021, "not_implemented")]


def test_commissions_named_alone_are_mechanisms() -> None:
    for body in ("the Venice Commission", "the Inter-American Commission on Human Rights",
                 "the African Commission on Human and Peoples' Rights", "the Group of States against Corruption"):
        text = f"Judges\n\nIn 2023 {body} recommended that Velmora withdraw the amendments to the Courts Act.\n"
        cited = _kind(_units(text), "cited_recommendation")
        assert [(u.text, u.mechanism) for u in cited] == [
            ("Velmora withdraw the amendments to the Courts Act.", "other")], body


def test_russian_quoted_sub_items_upr_numbers_and_question_labels() -> None:
    text = (
        "Информация в рамках процедуры последующих действий Комитета по правам человека\n"
        "(заключительные замечания CCPR/C/XX/CO/2, принятые 12 марта 2021 года)\n\n"
        "II. ПЫТКИ (СТАТЬЯ 7 ПАКТА)\n\n"
        "2. Комитет рекомендовал государству-участнику: «а) обеспечить независимое расследование всех жалоб на пытки;\n"
        "б) обеспечить видеозапись всех допросов».\n\n"
        "3. В 2019 году государство поддержало рекомендации 120.4 (Франция) и 120.7 (Чили) декриминализировать "
        "клевету. Законопроект так и не внесен.\n\n"
        "4. Бюро рекомендует государству-участнику отменить статью 120 Уголовного кодекса.\n\n"
        "Вопросы, которые Комитет мог бы задать государству-участнику:\n"
        "1. Сколько жалоб на пытки было подано в 2023 году?\n"
    )
    units = _units(text)
    cited = _kind(units, "cited_recommendation")
    assert [(u.text, u.mechanism, u.year) for u in cited] == [
        ("обеспечить независимое расследование всех жалоб на пытки;", "HRC", 2021),
        ("обеспечить видеозапись всех допросов", "HRC", 2021),
        ("декриминализировать клевету.", "UPR", 2019),
    ]
    assert cited[2].status_claim == "not_implemented"
    assert [u.text for u in _kind(units, "recommendation")] == [
        "Бюро рекомендует государству-участнику отменить статью 120 Уголовного кодекса."]
    assert [u.text for u in _kind(units, "question")] == ["Сколько жалоб на пытки было подано в 2023 году?"]


def test_question_labels_addressed_to_other_bodies_and_q_markers() -> None:
    text = (
        "Submission to the Special Rapporteur on the rights to freedom of peaceful assembly\n\n"
        "1. Assemblies\n\n"
        "Questions the Special Rapporteur may wish to raise with the Government\n"
        "- How many assemblies were banned in 2024?\n"
        "- Why were organisers fined?\n\n"
        "2. Associations\n\n"
        "Questions:\n"
        "Q1. How many associations were dissolved in 2023?\n"
        "Q2. Please explain the grounds for dissolution.\n"
    )
    assert [u.text for u in _kind(_units(text), "question")] == [
        "How many assemblies were banned in 2024?", "Why were organisers fined?",
        "How many associations were dissolved in 2023?", "Please explain the grounds for dissolution."]


def test_reported_request_ends_before_a_new_clause_and_numbered_paragraph_decimals_stay() -> None:
    text = (
        "Detention\n\n"
        "In 2022 Finland and Ireland recommended that pre-trial detention be used only as an exceptional measure "
        "(118.27, 118.28); the Government has not yet adopted the reform. The recommendation of Germany "
        "(118.4) - \"guarantee the independence of the judiciary by reforming the council of judges\" - has not "
        "been implemented.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.mechanism) for u in cited] == [
        ("pre-trial detention be used only as an exceptional measure", "UPR"),
        ("guarantee the independence of the judiciary by reforming the council of judges", "UPR"),
    ]


def test_markdown_table_of_upr_recommendations_with_states_and_status() -> None:
    text = (
        "# UPR submission\n\n## Follow-up\n\n"
        "| No. | Recommendation | Recommending State | Status (our assessment) |\n"
        "|-----|----------------|--------------------|-------------------------|\n"
        "| 97.54 | Repeal the law on foreign agents that stigmatises NGOs[^1] | Norway | Not implemented |\n"
        "| 97.58 | Protect human rights defenders from reprisals | Ireland | Partially implemented |\n\n"
        "[^1]: A footnote.\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.text, u.mechanism, u.source_detail, u.status_claim) for u in cited] == [
        ("Repeal the law on foreign agents that stigmatises NGOs", "UPR", "Norway (97.54)", "not_implemented"),
        ("Protect human rights defenders from reprisals", "UPR", "Ireland (97.58)", "partially_implemented"),
    ]


def test_table_of_treaty_body_recommendations_dated_by_the_report_opening() -> None:
    text = (
        "# Shadow report to the Committee on the Elimination of Racial Discrimination\n\n"
        "This report assesses the implementation of the Committee's concluding observations of 2021.\n\n"
        "## Follow-up\n\n"
        "| Recommendation of the Committee | Para. | Our assessment |\n"
        "|---|---|---|\n"
        "| Extend the Equal Treatment Act to all public authorities | 12 | Not implemented |\n\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.text, u.mechanism, u.year, u.status_claim) for u in cited] == [
        ("Extend the Equal Treatment Act to all public authorities", "CERD", 2021, "not_implemented")]


def test_upr_scorecard_forms_and_a_legend_is_not_joined_to_the_next_paragraph() -> None:
    text = (
        "UPR MID-TERM SCORECARD\n\n"
        "HOW TO READ THIS SCORECARD\n"
        "  [GREEN]  fully implemented\n"
        "  [AMBER]  some progress\n"
        "  [RED]    no progress\n\n"
        "Norland received 200 recommendations in 2023 and supported 150 of them.\n\n"
        "THEME 1 - MEDIA\n\n"
        "Card 1 | 142.47 | Denmark | noted | [RED]\n"
        "\"Establish an independent media regulator free from government control.\"\n"
        "Nothing has changed.\n\n"
        "Card 2 | 142.88 | Sweden | supported | [RED]\n"
        "Sweden: \"Repeal the provisions that allow the blocking of websites without a court decision.\"\n\n"
        "Card 3 | 142.90 | Estonia | supported | [AMBER]\n"
        "Estonia's recommendation: to decriminalise defamation and insult. Defamation is now an administrative "
        "offence.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.mechanism, u.source_detail) for u in cited] == [
        ("Establish an independent media regulator free from government control.", "UPR", "Denmark"),
        ("Repeal the provisions that allow the blocking of websites without a court decision.", "UPR", "Sweden"),
        ("decriminalise defamation and insult.", "UPR", "Estonia"),
    ]


def test_markdown_setext_heading_ends_a_recommendations_list() -> None:
    text = (
        "Report\n======\n\n"
        "Defenders\n---------\n\n"
        "6. **Proposed recommendations**\n"
        "   1. Drop the charges against the six defenders.\n"
        "   2. Give the protection protocol a legal basis.\n\n"
        "Migrants\n--------\n\n"
        "7. Detention of migrant children was ended by law in 2023. However, adults are expelled within a day.\n"
    )
    units = _units(text, "x.md")
    assert [u.text for u in _kind(units, "recommendation")] == [
        "Drop the charges against the six defenders.", "Give the protection protocol a legal basis."]
    assert not any("Detention of migrant children" in u.text for u in units)


def test_annex_list_run_in_titles_title_items_and_requests_to_mandate_holders() -> None:
    text = (
        "Joint submission\n\n"
        "Annex: list of recommendations\n\n"
        "The recommendations below are addressed to the Government.\n\n"
        "Monitoring mechanism. Create a children's rights department within the national institution.\n\n"
        "Lower the membership threshold for the registration of trade unions.\n\n"
        "Our requests to the mandate holders\n\n"
        "We respectfully ask you to:\n"
        "1. send a new communication to the Government;\n"
        "2. raise the case with the Permanent Mission.\n\n"
        "What we recommend\n"
        "- Minimum wage\n"
        "- Index the minimum wage to consumer prices.\n"
    )
    assert [u.text for u in _kind(_units(text), "recommendation")] == [
        "Monitoring mechanism. Create a children's rights department within the national institution.",
        "Lower the membership threshold for the registration of trade unions.",
        "Index the minimum wage to consumer prices.",
    ]


def test_several_numbered_upr_recommendations_and_a_states_call_in_one_sentence() -> None:
    text = (
        "Asylum\n\n"
        "During the 4th cycle, Norland supported recommendation 118.90 (Greece) to ensure that no asylum seeker "
        "is returned to a country where he or she would face torture, and recommendation 118.93 (Brazil) to end "
        "the detention of children for immigration purposes. At its 3rd UPR, Norland accepted Norway's call to "
        "end the blocking of news websites without judicial authorisation.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.source_detail) for u in cited] == [
        ("ensure that no asylum seeker is returned to a country where he or she would face torture", "Greece"),
        ("end the detention of children for immigration purposes.", "Brazil"),
        ("end the blocking of news websites without judicial authorisation.", "Norway"),
    ]


def test_pdftotext_page_break_with_dash_page_number_and_running_header_inside_a_quote() -> None:
    header = "Coalition submission to the Human Rights Committee, 146th session"
    text = (
        f"{header}\n\n1. Torture\n\n"
        "Confessions obtained under torture are used in court. The CAT, in its concluding observations of 2021,\n"
        "called on the State party to \"ensure that allegations of torture made by defendants in court\n"
        "                                                        \n"
        "1 A/HRC/38/38/Add.1, para. 91.\n\n"
        "- 4 -\n"
        f"{header}\n\n"
        "are promptly and effectively investigated\" (CAT/C/XX/CO/3, para. 19). Nothing has changed.\n\n"
        "2.2. В 2020 году Германия рекомендовала Республике восстановить специализированные суды по делам\n"
        "несовершеннолетних, а Уругвай – применять лишение свободы к несовершеннолетним только в крайнем случае.\n"
        "Обе рекомендации не выполнены. Универсальный периодический обзор.\n\n"
        "We also note that the State has not complied with the decisions of the Committee against Torture, in "
        "which the Committee requested to carry out an impartial investigation into every complaint.\n\n"
        "- 5 -\n"
        f"{header}\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    texts = [u.text for u in cited]
    assert ("ensure that allegations of torture made by defendants in court are promptly and effectively "
            "investigated") in texts
    assert "восстановить специализированные суды по делам несовершеннолетних" in texts
    assert any(t.startswith("применять лишение свободы") for t in texts)
    assert any(t.startswith("to carry out an impartial investigation") for t in texts)
    assert not any(header in u.text for u in cited)


def test_table_laid_out_with_spaces_as_pdftotext_writes_it() -> None:
    text = (
        "Follow-up submission to the Human Rights Committee\n\n"
        "2. Summary table\n\n"
        "  Para.   Recommendation of the Committee (2022)     State party report         NGO assessment\n"
        "                                                     (2024)\n\n\n"
        "  17      Ensure that all deaths in custody are      Investigations are         E - 14 deaths in\n"
        "  (a)     promptly investigated by an independent    conducted by the police    2023-2024\n"
        "          body;\n\n"
        "  33      Repeal or revise the Law on Non-           The Law corresponds to     B - amended in\n"
        "          Commercial Organisations of 2021;          international standards    2023\n\n\n"
        "3. Deaths in custody (article 6)\n\n"
        "Fourteen persons died in police custody in 2023-2024.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.mechanism, u.status_claim, u.source_detail, u.year) for u in cited] == [
        ("Ensure that all deaths in custody are promptly investigated by an independent body;", "HRC",
         "not_implemented", "17 (a)", 2022),
        ("Repeal or revise the Law on Non-Commercial Organisations of 2021;", "HRC", "partially_implemented", "33",
         2022),
    ]


def test_two_recommendations_by_states_in_one_sentence_quoted_or_not() -> None:
    text = (
        "Religion\n\n"
        "During the 3rd cycle, Norland noted the recommendation of the United States (139.88) to remove the "
        "membership requirement for religious communities, and supported the recommendation of Italy (139.90) "
        "to \"guarantee freedom of religion to all, including unregistered communities\". Voravia noted the "
        "recommendations of Lithuania and Canada to release all persons detained for their views, and it "
        "supported the recommendation of Switzerland to stop using security laws against critics.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.source_detail) for u in cited] == [
        ("remove the membership requirement for religious communities", "United States"),
        ("guarantee freedom of religion to all, including unregistered communities", "Italy"),
        ("release all persons detained for their views", "Lithuania, Canada"),
        ("stop using security laws against critics.", "Switzerland"),
    ]


def test_the_committee_named_in_the_title_wins_over_other_treaties_in_the_opening() -> None:
    text = (
        "Alternative report to the Committee on the Rights of the Child\n\n"
        "This report also draws on the views of the Committee on Economic, Social and Cultural Rights.\n\n"
        "1. Child marriage\n\n"
        "In 2016 the Committee recommended that the State party raise the minimum age of marriage to 18 years "
        "for girls and boys. This has not been done.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.mechanism for u in cited] == ["CRC"]


def test_sub_numbered_and_rec_dash_lists_with_explanations_and_part_labels() -> None:
    text = (
        "PART FIVE. RECOMMENDATIONS OF THE COALITION\n\n"
        "Juvenile justice\n\n"
        "Rec. 1 – Remove the exception that allows children aged 12 to be prosecuted.\n"
        "Rec. 2 – Establish specialised juvenile courts in each region.\n\n"
        "Рекомендации коалиции:\n\n"
        "1.1. Передать расследование всех жалоб на пытки независимому органу.\n\n"
        "1.2. Оборудовать системами видеозаписи все помещения для допросов.\n\n"
        "Recommendations\n\n"
        "1. Extend emergency barring orders to a minimum of 14 days.\n\n"
        "At present barring orders last only three days, which leaves victims without protection.\n\n"
        "2. Increase the number of shelter places to at least 640 by 2030.\n"
    )
    assert [u.text for u in _kind(_units(text), "recommendation")] == [
        "Remove the exception that allows children aged 12 to be prosecuted.",
        "Establish specialised juvenile courts in each region.",
        "Передать расследование всех жалоб на пытки независимому органу.",
        "Оборудовать системами видеозаписи все помещения для допросов.",
        "Extend emergency barring orders to a minimum of 14 days.",
        "Increase the number of shelter places to at least 640 by 2030.",
    ]


def _statuses(text: str) -> list[str | None]:
    return [u.status_claim for u in _kind(_units(text), "cited_recommendation")]


def test_state_claim_of_implementation_gives_way_to_the_reports_own_view() -> None:
    disputed = (
        'In 2019 the Committee recommended that the State party "establish an independent body to investigate '
        'complaints against the police". The Government claims that this recommendation has been implemented. '
        "However, the new body is part of the Ministry of the Interior.\n"
    )
    assert _statuses(disputed) == ["not_implemented"]
    refined = disputed.replace(
        "However, the new body is part of the Ministry of the Interior.",
        "We consider it only partially implemented: the body reports to the Minister.")
    assert _statuses(refined) == ["partially_implemented"]
    contradicted = (
        'In 2019 the Committee recommended that the State party "establish an independent body to investigate '
        'complaints against the police". In its follow-up report the Government stated that this recommendation '
        '"has been fully implemented", which is contradicted by the facts.\n'
    )
    assert _statuses(contradicted) == ["not_implemented"]
    undisputed = disputed.replace(" However, the new body is part of the Ministry of the Interior.", "")
    assert _statuses(undisputed) == ["implemented"]


def test_status_read_from_the_facts_after_a_citation() -> None:
    base = ('In 2019 the Committee recommended that the State party "amend article 174 of the Criminal Code '
            'to bring it into line with article 19 of the Covenant". ')
    assert _statuses(base + "The article has not been amended.\n") == ["not_implemented"]
    assert _statuses(base + "No amendment has been proposed since.\n") == ["not_implemented"]
    assert _statuses(base + "Instead, the penalties were increased.\n") == ["not_implemented"]
    assert _statuses(base + "The Government replied that the article protects public order.\n") == ["not_implemented"]
    assert _statuses(base + "A new article was adopted in 2023, but the offence has not been repealed.\n") == [
        "partially_implemented"]
    # a later explicit verdict on the recommendation replaces what the facts suggested
    assert _statuses(base + "The practice continues. The recommendation has been only partially implemented.\n") == [
        "partially_implemented"]
    assert _statuses(base + "The article was repealed in 2023, and we consider this recommendation implemented.\n") == [
        "implemented"]
    # the verdict before a semicolon, however long what follows it
    after = ("No action has been taken; the Ministry of Justice told us that the article "
             "\u201cprotects the honour of officials and is supported by the public\u201d.\n")
    assert _statuses(base + after) == ["not_implemented"]
    ru = ("В 2019 году Комитет рекомендовал государству-участнику «привести статью 174 Уголовного кодекса в "
          "соответствие со статьей 19 Пакта». Вместо этого санкции были ужесточены.\n")
    assert _statuses(ru) == ["not_implemented"]


def test_rule_under_a_boxed_running_header_opens_the_body_not_footnotes() -> None:
    rule = "-" * 60
    text = (
        "Report to the Committee against Torture\n\n1. INTRODUCTION\n\n"
        "The coalition monitored 40 places of detention.\n\n"
        f"{rule}\nAlternative report — page 2\n{rule}\n"
        "2. DEFINITION OF TORTURE\n\nThe Criminal Code still lacks a definition of torture.\n\n"
        "We call on the State party:\n\n"
        "a) to amend article 146 of the Criminal Code;\n\nb) to abolish the statute of limitations for torture.\n"
    )
    units = _units(text)
    assert [u.text for u in _kind(units, "recommendation")] == [
        "to amend article 146 of the Criminal Code;", "to abolish the statute of limitations for torture."]
    assert all(u.section == "2. DEFINITION OF TORTURE" for u in units)


def test_html_box_in_the_article_and_consolidated_list_with_groups() -> None:
    html = (
        "<html><body><nav>Home | About</nav><article><h1>Alternative report</h1>"
        "<h2>1. Children in care</h2><p>" + "Children live in large institutions far from their families. " * 4
        + "</p><aside class='callout'><h3>Key recommendation</h3>"
        "<p>Close all residential institutions with more than 12 places by 2030.</p></aside>"
        "<h2>Consolidated recommendations</h2><p>For ease of reference, the recommendations are listed below.</p>"
        "<h3>Children in care</h3><ol><li>Close all residential institutions with more than 12 places by 2030.</li>"
        "<li>Appoint a guardian for every child in care.</li></ol>"
        "<h3>Juvenile justice</h3><ol><li>Raise the minimum age of criminal responsibility to 14.</li></ol>"
        "<h3>Notes</h3><ol><li>UNICEF, Children in care, 2025.</li></ol>"
        "</article><aside><h3>Donate</h3><p>Support our work today.</p></aside></body></html>"
    )
    recs = _kind(_units(html, "x.html"), "recommendation")
    assert [u.text for u in recs] == [
        "Close all residential institutions with more than 12 places by 2030.",
        "Close all residential institutions with more than 12 places by 2030.",
        "Appoint a guardian for every child in care.",
        "Raise the minimum age of criminal responsibility to 14.",
    ]
    assert recs[-1].section == "Juvenile justice"


def test_named_authors_label_with_explanations_between_requests() -> None:
    text = (
        "# 3. Minimum wage\n\nThe minimum wage has been frozen since 2024.\n\n### What the PCL recommends\n\n"
        "Establish by law a tripartite commission that reviews the minimum wage every year.\n\n"
        "A fixed annual review would end the present practice of increases decided before elections.\n\n"
        "Raise the minimum wage to at least 60 per cent of the average wage by 2029.\n\n"
        "Pay transparency is the condition for any claim: women cannot challenge a gap they do not see.\n\n"
        "# 4. Trade unions\n\nUnder the current law a union needs 150 members.\n"
    )
    assert [u.text for u in _kind(_units(text, "x.md"), "recommendation")] == [
        "Establish by law a tripartite commission that reviews the minimum wage every year.",
        "Raise the minimum wage to at least 60 per cent of the average wage by 2029.",
    ]


def test_previous_recommendation_table_with_paragraph_in_the_cell_and_notes_section() -> None:
    text = (
        "# Follow-up to the 2019 concluding observations\n\n"
        "| Previous recommendation (E/C.12/PMB/CO/2) | Government action | Our assessment |\n|---|---|---|\n"
        "| Para. 17: Adopt a mechanism for the regular adjustment of the minimum wage. | Decrees in 2021 | "
        "Partially implemented |\n\n# Notes\n\n"
        "4 ILO Committee of Experts on the Application of Conventions and Recommendations, Observation, 2024.\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.text, u.source_detail, u.status_claim) for u in cited] == [
        ("Adopt a mechanism for the regular adjustment of the minimum wage.", "E/C.12/PMB/CO/2, Para. 17",
         "partially_implemented")]


def test_letter_questions_in_running_text_and_requests_to_the_rapporteur() -> None:
    text = (
        "Dear Madam Rapporteur,\n\nThe police beat protesters on 12 March. Also please ask them how many police "
        "officers were punished for the beating of people on 12 March?\n\n"
        "We hope the Committee will put our issues in the concluding observations. We ask the Committee to "
        "recommend to the Government of Luskara:\n\n1) to stop the criminal case against Serik Kaliyev;\n\n"
        "2) to publish the results of the water tests.\n\n"
        "From you personally, dear Madam Rapporteur, we have two requests also:\n\n"
        "1) if it is possible, to meet online with two of our members;\n2) to not publish the names of the teachers.\n"
    )
    units = _units(text)
    assert [u.text for u in _kind(units, "recommendation")] == [
        "to stop the criminal case against Serik Kaliyev;", "to publish the results of the water tests."]
    assert [u.text for u in _kind(units, "question")] == [
        "Also please ask them how many police officers were punished for the beating of people on 12 March?"]


def test_numbered_russian_lead_in_and_inline_quoted_sub_items() -> None:
    text = (
        "II. Пункт 16: законодательство об экстремизме\n\n"
        "5. Комитет рекомендовал государству-участнику:\n\n"
        "«a) пересмотреть Закон «О противодействии экстремизму»;\n\n"
        "b) прекратить уголовное преследование за мирное исповедание религии».\n\n"
        "11. Комитет рекомендовал государству-участнику «a) привести Закон о мирных собраниях в соответствие "
        "со статьей 21 Пакта; b) обеспечить расследование всех случаев применения силы».\n\n"
        "Рекомендации НПО\n\n1) отменить требование о согласовании собраний;\n\n2) освободить задержанных.\n"
    )
    units = _units(text)
    assert [u.text for u in _kind(units, "cited_recommendation")] == [
        "пересмотреть Закон «О противодействии экстремизму»;",
        "прекратить уголовное преследование за мирное исповедание религии",
        "привести Закон о мирных собраниях в соответствие со статьей 21 Пакта",
        "обеспечить расследование всех случаев применения силы",
    ]
    assert [u.text for u in _kind(units, "recommendation")] == [
        "отменить требование о согласовании собраний;", "освободить задержанных."]


def test_translated_recommend_to_paragraphs_invited_questions_and_request_with_its_own_list() -> None:
    text = (
        "2. Criminal prosecution for expression of opinion\n\n"
        "Bloggers are sentenced for their publications under the defamation articles.\n\n"
        "**Recommendations:**\n\n"
        "Recommend to the Government to abolish Articles 139 and 140 of Criminal Code.\n\n"
        "Recommend to the Government to release blogger Rustam Kadyrbaev.\n\n"
        "## 3. Registers\n\n"
        "19. The Coalition recommends that the State party establish by law a single register of all persons "
        "deprived of liberty. The register should record at least:\n\n"
        "(a) the identity of the person and the place of the deprivation of liberty;\n\n"
        "(b) every transfer, with its destination.\n\n"
        "## Questions we invite the Special Rapporteur to raise with the authorities\n\n"
        "- How many judges were dismissed since 2023?\n"
    )
    units = _units(text, "x.md")
    assert [u.text for u in _kind(units, "recommendation")] == [
        "Recommend to the Government to abolish Articles 139 and 140 of Criminal Code.",
        "Recommend to the Government to release blogger Rustam Kadyrbaev.",
        "The Coalition recommends that the State party establish by law a single register of all persons deprived "
        "of liberty. The register should record at least:",
        "the identity of the person and the place of the deprivation of liberty;",
        "every transfer, with its destination.",
    ]
    assert [u.text for u in _kind(units, "question")] == ["How many judges were dismissed since 2023?"]


def test_assessment_verdict_after_the_facts_and_a_colon_explanation() -> None:
    text = (
        "Paragraph 24: Liberty and security of person\n\n"
        '13. The Committee recommended that the State party "ensure that pretrial detention is the exception '
        'rather than the rule".\n\n'
        "14. The Code of Criminal Procedure was amended in 2022. Nevertheless courts grant 91 per cent of "
        "requests. Assessment: partially implemented.\n\n"
        "Paragraph 26: Evictions\n\n"
        'In 2019 the Committee recommended that the State party "refrain from forced evictions of Roma families '
        'without prior consultation". We consider this '
        "recommendation not implemented: the Law on Housing of 2022 still allows evictions without alternative "
        "housing in all of the fourteen municipalities where the families live, and no court has ever stopped one.\n"
    )
    assert _statuses(text) == ["partially_implemented", "not_implemented"]


def test_follow_up_grade_verdict_and_disregarded() -> None:
    text = (
        "Информация НПО для Комитета по правам человека\n\nII. Пункт 16: законодательство об экстремизме\n\n"
        "5. Комитет рекомендовал государству-участнику «пересмотреть закон о противодействии экстремизму и "
        "статью 233 Уголовного кодекса».\n\n"
        "8. Оценка по пункту 16 (a): C. Постановление Пленума носит рекомендательный характер, а ни закон, ни "
        "статья 233 не изменены; осуждения за хранение религиозной литературы продолжаются.\n"
    )
    assert _statuses(text) == ["not_implemented"]
    en = ('In 2021 Ravendal supported the recommendations of Mexico to "respect the principle of non-refoulement '
          'in all circumstances". Both recommendations have been disregarded since 2023.\n')
    assert _statuses(en) == ["not_implemented"]


def test_follow_up_list_items_quote_then_grade() -> None:
    html = (
        "<html><body><article><h1>Follow-up assessment</h1>"
        "<p>This page assesses the follow-up of the concluding observations of Nordia.</p>"
        "<h2>How we grade</h2><ul>"
        "<li><strong>A</strong> – the recommendation has been fully implemented;</li>"
        "<li><strong>B</strong> – substantial action has been taken, but the recommendation is only partially "
        "implemented.</li></ul>"
        "<h2>Violence against women (para. 23)</h2>"
        "<p>The Committee recommended that the State party should:</p><ul>"
        "<li><strong>(a)</strong> “Adopt comprehensive legislation criminalising domestic violence” – "
        "<strong>Grade B.</strong> The law was adopted in 2022, but marital rape is not criminalised.</li>"
        "<li><strong>(b)</strong> “Ensure that protection orders are effectively enforced” – "
        "<strong>Grade C.</strong> The police issued only 312 orders.</li></ul>"
        "</article></body></html>"
    )
    cited = _kind(_units(html, "f.html"), "cited_recommendation")
    # one unit per item (the bold "(a)" and grade are not blocks of their own), the quotation only, graded;
    # the grading legend is not a citation
    assert [(u.text, u.status_claim) for u in cited] == [
        ("Adopt comprehensive legislation criminalising domestic violence", "partially_implemented"),
        ("Ensure that protection orders are effectively enforced", "not_implemented"),
    ]


def test_sentences_about_un_documents_and_requests_to_the_committee_are_not_units() -> None:
    text = (
        "Shadow report on Nordia\n\n"
        "1. Introduction\n\n"
        "In March 2021 the Human Rights Committee adopted its concluding observations on Nordia "
        "(CCPR/C/NRD/CO/4). The Committee's previous concluding observations, adopted in 2016, contained "
        "42 recommendations.\n\n"
        "2. Freedom of assembly\n\n"
        "The Committee recommended that the State party repeal the authorisation regime for assemblies.[^2] "
        "To date no such change has been made.\n\n"
        "3. Conclusion\n\n"
        "The coalition calls on the Human Rights Committee to take the information in this report into "
        "account.\n\n"
        "[^2]: CCPR/C/NRD/CO/4, para. 37.\n"
    )
    units = _units(text, "n.md")
    assert [u.text for u in _kind(units, "cited_recommendation")] == [
        "the State party repeal the authorisation regime for assemblies."]
    assert _kind(units, "recommendation") == []


def test_nested_guillemets_keep_the_whole_quotation() -> None:
    text = (
        "Альтернативный доклад\n\n"
        "Свобода религии\n\n"
        "Комитет рекомендовал «пересмотреть Закон «О религиозной деятельности» с тем, чтобы привести его в "
        "полное соответствие со статьей 18 Пакта». Рекомендация не выполнена.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.text for u in cited] == [
        "пересмотреть Закон «О религиозной деятельности» с тем, чтобы привести его в полное соответствие со "
        "статьей 18 Пакта"]
    assert cited[0].status_claim == "not_implemented"


def test_a_report_to_the_crc_or_cedaw_concerns_children_or_women_throughout() -> None:
    body = ("Alternative care\n\nMany families lose custody because of poverty.\n\n"
            "Recommendations\n\n1. Amend the Family Code to prohibit removal from the family on the sole ground of "
            "poverty.\n2. Fund family support services in every district.\n")
    crc = _kind(_units("Alternative report to the Committee on the Rights of the Child\n\n" + body), "recommendation")
    assert [24 in u.articles for u in crc] == [True, True]
    cedaw = _kind(_units("Shadow report to the Committee on the Elimination of Discrimination against Women\n\n"
                         + body), "recommendation")
    assert [3 in u.articles for u in cedaw] == [True, True]
    # a report on the Covenant: only what the requests themselves speak of
    hrc = _kind(_units("Alternative report to the Human Rights Committee\n\n" + body), "recommendation")
    assert [24 in u.articles or 3 in u.articles for u in hrc] == [False, False]


def test_upr_follow_up_list_items_with_reference_response_and_grade() -> None:
    text = (
        "Mid-term report on the UPR\n\n1. Expression\n\nThe key recommendations and our grades:\n\n"
        "- Decriminalise defamation and insult of public officials (Recommendation 141.22 – Brazil) – Supported – "
        "Not implemented\n"
        "- Guarantee the independence of the Broadcasting Council (Recommendations 141.27 – Lithuania, 141.28 – "
        "United Kingdom of Great Britain and Northern Ireland) – Noted – Partially implemented\n\n"
        "What we ask the Government to do\n\n1. Transfer defamation to civil law.\n2. Repeal article 319.\n"
    )
    units = _units(text, "x.md")
    cited = _kind(units, "cited_recommendation")
    assert [(u.text, u.mechanism, u.source_detail, u.status_claim) for u in cited] == [
        ("Decriminalise defamation and insult of public officials", "UPR", "Brazil (141.22); supported",
         "not_implemented"),
        ("Guarantee the independence of the Broadcasting Council", "UPR",
         "Lithuania (141.27), United Kingdom of Great Britain and Northern Ireland (141.28); noted",
         "partially_implemented"),
    ]
    assert [u.text for u in _kind(units, "recommendation")] == ["Transfer defamation to civil law.",
                                                                "Repeal article 319."]
    ru = ("Доклад по УПО\n\n5. Ниже приведены основные рекомендации:\n\n"
          "- «Декриминализировать клевету и оскорбление журналистов» (рекомендации 142.51, Канада, и 142.53, "
          "Норвегия) — поддержаны; выполнены частично.\n")
    (u,) = _kind(_units(ru), "cited_recommendation")
    assert (u.text, u.mechanism, u.source_detail, u.status_claim) == (
        "Декриминализировать клевету и оскорбление журналистов", "UPR",
        "Канада (142.51), Норвегия (142.53); поддержаны", "partially_implemented")


def test_sentences_about_the_report_or_a_body_are_not_citations() -> None:
    text = (
        "Alternative report to the Committee on the Rights of the Child\n\n1. Introduction\n\n"
        "The Coalition was set up in 2009 to prepare alternative reports to the Committee. "
        "Each section below gives a summary and proposes questions that the Committee may wish to ask. "
        "Part V contains questions which the Committee may wish to include in the list of issues. "
        "The Committee's 2016 concluding observations did not address this issue. "
        "In the addendum, the Government supported 181 recommendations and noted 65. "
        "In 2020 the Committee expressed concern that the State party had not given effect to its Views (para. 5). "
        "The Special Rapporteur on the independence of judges and lawyers has requested visits; neither request "
        "has been accepted.\n"
    )
    assert _kind(_units(text), "cited_recommendation") == []


def test_reported_clause_of_a_citation_and_its_subject() -> None:
    text = (
        "1. Defamation\n\nDuring the third cycle of the UPR in 2022, Varnholm supported recommendations by Canada "
        "and Estonia to decriminalise defamation; article 201 has not been repealed, and five journalists were "
        "convicted under it.\n\n"
        "2. Children\n\nThe Committee against Torture made a related recommendation, asking the State to ensure that "
        "violence against children in institutions is investigated and punished.\n\n"
        "3. Terrorism\n\nThe Special Rapporteur on counter-terrorism visited Rondavia in November 2019. In her report "
        "she recommended that the definition of terrorism in the Act be narrowed to acts of violence.\n\n"
        "4. Migrants\n\nThe ILO Committee of Experts has repeatedly asked the Government to ensure that migrant "
        "workers can change employer, most recently in its 2024 observation.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.mechanism) for u in cited] == [
        ("decriminalise defamation", "UPR"),
        ("ensure that violence against children in institutions is investigated and punished.", "CAT"),
        ("the definition of terrorism in the Act be narrowed to acts of violence.", "SR"),
        ("ensure that migrant workers can change employer", "ILO"),
    ]


def test_russian_citations_by_paragraph_number_and_pronoun_and_a_question_heading() -> None:
    text = (
        "Альтернативный доклад\n\n1. Суды\n\n"
        "Литва рекомендовала (п. 142.72) «обеспечить независимость судебной власти, в том числе путём реформы "
        "порядка назначения судей». Рекомендация не выполнена.\n\n"
        "2. Насилие\n\nСпециальный докладчик по вопросу о насилии в отношении женщин посетила страну в 2017 году. "
        "В докладе по итогам визита она рекомендовала «создать достаточное число финансируемых государством "
        "приютов для женщин». Рекомендация не выполнена.\n\n"
        "9. ВОПРОСЫ, КОТОРЫЕ КОМИТЕТ МОГ БЫ ЗАДАТЬ ГОСУДАРСТВУ-УЧАСТНИКУ\n\n"
        "а) Сколько приютов финансируется из бюджета?\nб) Сколько судей освобождено от должности в 2024 году?\n"
    )
    units = _units(text)
    assert [u.mechanism for u in _kind(units, "cited_recommendation")] == ["UPR", "SR"]
    assert len(_kind(units, "question")) == 2


def test_a_sub_heading_keeps_the_articles_of_its_lettered_section() -> None:
    text = (
        "List of issues submission to the Human Rights Committee\n\n"
        "E. FREEDOM OF EXPRESSION AND RIGHT TO PRIVACY (ARTS. 17 AND 19)\n\n"
        "Summary\n\nDefamation remains a criminal offence.\n\n"
        "Suggested questions\n\n1. How many journalists were convicted of defamation in 2025?\n\n"
        "F. MINORITIES\n\nSummary\n\nThe Havar minority has no schools.\n\n"
        "Suggested questions\n\n1. How many schools teach in the Havar language?\n"
    )
    qs = _kind(_units(text), "question")
    assert [q.articles for q in qs] == [[17, 19], [27]]


def test_bracketed_footnotes_under_a_rule_inside_a_question_list() -> None:
    text = (
        "Submission to the Human Rights Committee\n\n2. TORTURE (ART. 7)\n\n"
        "Complaints of torture are still investigated by the police.(1)\n\n"
        "Suggested questions\n\n"
        "   — Could the State party explain why complaints of torture are still investigated by the police?\n"
        "   — Could the State party explain what measures were taken to investigate the death of Mr. Orlen, and\n"
        "     whether his family was allowed to\n"
        "_______________________\n"
        "(1) CCPR/C/QRV/CO/3, adopted at the 127th session.\n"
        "(2) Supreme Court of Quarvenia, Judicial Statistics 2025, table 14.\n\n"
        "     participate in the investigation?\n"
    )
    qs = [u.text for u in _kind(_units(text), "question")]
    assert len(qs) == 2
    assert not any("CCPR/C/QRV" in q or "Judicial Statistics" in q for q in qs)


# a follow-up report quoting the Committee after a lead-in with a pronoun subject
_QUOTED_FOLLOW_UP = (
        "Follow-up report to the Human Rights Committee\n\n1. National human rights institution\n\n"
        "The Committee was concerned that the Public Defender lacked independence. It recommended that the "
        "State party:\n\n"
        "“Take the measures necessary to bring the Office of the Public Defender into full compliance with "
        "the Paris Principles.”\n\n"
)


def test_lead_in_with_a_pronoun_subject_and_what_the_government_should_do() -> None:
    text = _QUOTED_FOLLOW_UP + (
        "What the Government should do\n\n"
        "1. Extend the mandate of the Public Defender to the State Intelligence Service.\n\n"
        "2. Amend the Budget Act so that the budget of the Public Defender is set by Parliament.\n"
    )
    units = _units(text)
    cited = _kind(units, "cited_recommendation")
    assert [(u.mechanism, u.text[:30]) for u in cited] == [("HRC", "Take the measures necessary to")]
    assert [u.text[:20] for u in _kind(units, "recommendation")] == ["Extend the mandate o", "Amend the Budget Act"]


def _docx_table_units(paragraphs: list[str], rows: list[tuple[str, ...]]) -> list[Unit]:
    """Units of a Word document: ``paragraphs``, then a table of ``rows`` (the first is the header)."""
    import io

    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    buf = io.BytesIO()
    d.save(buf)
    return extract_ngo(read_bytes(buf.getvalue(), "t.docx")).units


def test_matrix_with_a_two_row_header_and_the_source_under_each_recommendation() -> None:
    paragraphs = ["Implementation matrix submitted to the Human Rights Committee",
                  "Table 2. Selected recommendations of other mechanisms"]
    rows = [("No.", "Recommendation (source, year)", "Implementation review", "", ""),
            ("", "", "Government action", "Coalition assessment", "Evidence"),
            ("10", "Guarantee all fundamental legal safeguards from the outset of detention\n"
                   "Committee against Torture, CAT/C/CVA/CO/4, para. 12 (2021)",
             "A lawyer from the moment of arrest is in the Code since 2020.", "Partially implemented",
             "38 of 70 detainees first met a lawyer in court."),
            ("11", "Abolish the death penalty and accede to the Second Optional Protocol\n"
                   "Universal periodic review, 2022: Australia, Portugal and Uruguay (noted)",
             "There has been a moratorium since 2009.", "Not implemented", "Two death sentences in 2024."),
            ("14", "Raise the minimum age of marriage to 18 years for girls and boys\n"
                   "Committee on the Rights of the Child (repeated recommendation)",
             "The Family Code was amended in 2023.", "Implemented", "No marriage under 18 since 2024.")]
    cited = _kind(_docx_table_units(paragraphs, rows), "cited_recommendation")
    assert [(u.text, u.mechanism, u.year, u.status_claim) for u in cited] == [
        ("Guarantee all fundamental legal safeguards from the outset of detention", "CAT", 2021,
         "partially_implemented"),
        ("Abolish the death penalty and accede to the Second Optional Protocol", "UPR", 2022, "not_implemented"),
        ("Raise the minimum age of marriage to 18 years for girls and boys", "CRC", None, "implemented"),
    ]
    assert cited[1].source_detail == "Universal periodic review, 2022: Australia, Portugal and Uruguay (noted)"


def test_a_recommendations_column_named_after_its_body() -> None:
    paragraphs = ["Submission to the Human Rights Committee", "Table 1. Selected ODIHR priority recommendations"]
    rows = [("ODIHR recommendation", "First made", "Status (NGO assessment)"),
            ("Legal measures should be taken to prevent the misuse of administrative resources.", "2020",
             "Not implemented"),
            ("Election disputes should be resolved in a transparent manner.", "2021", "Partially implemented")]
    cited = _kind(_docx_table_units(paragraphs, rows), "cited_recommendation")
    assert [(u.mechanism, u.status_claim) for u in cited] == [("OSCE", "not_implemented"),
                                                              ("OSCE", "partially_implemented")]


def test_upr_table_assessment_cell_opening_with_its_verdict_and_review_year() -> None:
    paragraphs = ["Joint stakeholder submission to the Universal Periodic Review of Lunderra",
                  "Lunderra was reviewed for the third time on 24 January 2023. It received 214 "
                  "recommendations, of which it supported 151.",
                  "Table 1: Implementation of third-cycle recommendations"]
    rows = [("Recommendation", "Recommending State", "Position", "Assessment"),
            ("148.37 Abolish the death penalty for all crimes", "Iceland", "Noted",
             "Not implemented. Two executions were carried out in 2024; 31 persons remain on death row."),
            ("148.90 Guarantee the independence of the judiciary", "Spain", "Supported",
             "Partially implemented. Competitions for judicial posts were introduced in 2024, but the "
             "Council is still appointed by the President.")]
    cited = _kind(_docx_table_units(paragraphs, rows), "cited_recommendation")
    assert [(u.status_claim, u.year) for u in cited] == [("not_implemented", 2023), ("partially_implemented", 2023)]


def test_inline_quoted_sub_items_end_at_the_closing_quote_and_take_the_verdict_after_it() -> None:
    text = (
        "Briefing for the Human Rights Committee\n\n1. Death penalty\n\n"
        "In paragraph 18 of its 2019 concluding observations the Committee recommended that the State party "
        "should: “(a) abolish the mandatory death penalty; (b) ensure that the death penalty is imposed only "
        "for the most serious crimes; (c) give due consideration to establishing a moratorium on executions”. "
        "None of these recommendations has been implemented. The list of capital offences is unchanged.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.text for u in cited][2] == "give due consideration to establishing a moratorium on executions"
    assert [u.status_claim for u in cited] == ["not_implemented"] * 3
    assert cited[0].source_detail == "concluding observations"


def test_cited_list_item_with_paragraph_reference_and_verdict() -> None:
    text = (
        "# Submission to the Special Rapporteur on freedom of assembly\n\n## 2. Follow-up to the visit\n\n"
        "In her report, the Special Rapporteur recommended, among other things, that the Government:\n\n"
        "- *refrain from imposing blanket bans on assemblies in city centres* (para. 81 (d)) – **not implemented; "
        "the list of prohibited places was extended in 2024**;\n"
        "- *simplify the registration of associations* (para. 83 (b)) – **partially implemented**: the fee was "
        "halved in 2023, but the procedure still takes three months.\n\n"
        "The Government presented the new law as a reform \"inspired by the recommendations of the Special "
        "Rapporteur\". In reality, it keeps the authorisation regime.\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.text, u.status_claim) for u in cited] == [
        ("refrain from imposing blanket bans on assemblies in city centres", "not_implemented"),
        ("simplify the registration of associations", "partially_implemented"),
    ]


def test_authors_lead_in_to_questions_and_russian_singular_question_heading() -> None:
    text = (
        "Follow-up report to the Committee against Torture\n\n"
        "6. Questions the Rapporteur for follow-up may wish to raise\n\n"
        "We respectfully suggest that the Rapporteur for follow-up ask the State party the following questions:\n\n"
        "1. How many complaints of torture did the department receive in 2024?\n\n"
        "2. Please explain why the draft amendment to article 212 of the Penal Code was withdrawn.\n"
    )
    units = _units(text)
    assert [u.kind for u in units] == ["question", "question"]
    ru = (
        "Альтернативный доклад в Комитет по правам человека\n\n3. СВОБОДА СОБРАНИЙ\n\n"
        "Местные органы отказывают в согласовании собраний.\n\n"
        "Рекомендуем отменить статью 341 Уголовного кодекса и изменить Закон «О собраниях».\n\n"
        "Предлагаемый вопрос\n"
        "6. Просим сообщить, сколько уведомлений о проведении собраний было подано в 2025 году.\n"
    )
    units = _units(ru)
    assert [(u.kind, u.text[:20]) for u in units] == [("recommendation", "Рекомендуем отменить"),
                                                      ("question", "Просим сообщить, ско")]


def test_reference_between_verb_and_that_and_a_bodys_possessive_recommendation() -> None:
    text = (
        "Shadow report to the Committee on the Elimination of Discrimination against Women\n\n7. Employment\n\n"
        "The Committee recommended (para. 37(b)) that the State party review the list of occupations prohibited "
        "for women. The Ministry reduced the list to 112 occupations.\n\n"
        "8. Torture\n\n"
        "The amendment was a direct response to the Committee’s recommendation that the State party adopt a "
        "definition of torture consistent with the Convention (para. 22), which has therefore been implemented.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.text for u in cited] == [
        "the State party review the list of occupations prohibited for women.",
        "the State party adopt a definition of torture consistent with the Convention",
    ]
    assert [u.mechanism for u in cited] == ["CEDAW", "CEDAW"]
    assert cited[1].status_claim == "implemented"


def test_sentences_that_speak_of_recommendations_without_reporting_one() -> None:
    text = (
        "Parallel report to the Committee on Economic, Social and Cultural Rights\n\n1. Introduction\n\n"
        "This report follows the concluding observations of 2017. It has been prepared for the Committee's "
        "pre-sessional working group and for the list of issues.\n\n"
        "2. Work\n\n"
        "The ILO Committee of Experts on the Application of Conventions and Recommendations has addressed these "
        "matters repeatedly. The Committee also welcomed, in its concluding observations, the ratification of "
        "the Optional Protocol. Two further recommendations deserve the Committee's attention in view of recent "
        "events. These concerns echo recommendations from the Universal Periodic Review.\n\n"
        "3. Housing\n\n"
        "The Committee had recommended that the State party “adopt a legal framework on forced evictions "
        "consistent with the Covenant and general comment No. 7 (1997)” (para. 38). No such framework has "
        "been adopted.\n\n"
        "4. Torture\n\n"
        "The Committee asked for an independent investigation. The Special Rapporteur on torture visited the "
        "country in 2016. In his report he recommended the creation of an independent investigative body.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.year, u.text[:28]) for u in cited] == [
        ("CESCR", 2017, "adopt a legal framework on f"),
        ("CESCR", 2017, "an independent investigation"),
        ("SR", 2016, "the creation of an independe"),
    ]


def test_verdict_under_an_assessment_sub_heading_grades_the_quoted_recommendation() -> None:
    text = _QUOTED_FOLLOW_UP + (
        "Information provided by the State party\n\n"
        "The State party reported that the Law on the Public Defender was amended in May 2024.\n\n"
        "Our assessment\n\n"
        "The extension of the mandate to military units is a real improvement. We consider the recommendation "
        "partially implemented.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.status_claim for u in cited] == ["partially_implemented"]


def test_assessment_paragraph_with_a_period() -> None:
    text = (
        "Human rights defenders\n\n"
        "18. Belvarra supported the following recommendation:\n\n"
        "    118.91 Ensure a safe and enabling environment for human rights defenders (Ireland).\n\n"
        "19. Assessment. Not implemented. The number of arrests at protests has risen every year.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.source_detail, u.status_claim) for u in cited] == [("Ireland", "not_implemented")]


def test_title_lines_in_a_text_with_one_paragraph_per_line() -> None:
    para = ("Согласно Уголовно-процессуальному кодексу задержанный получает права только с момента составления "
            "протокола, который часто составляется через несколько часов после фактического задержания. ")
    text = "\n".join([
        "АЛЬТЕРНАТИВНЫЙ ДОКЛАД", "для Комитета ООН против пыток", "",
        "1. Определение пыток", para * 2, para * 2,
        "2. Основные правовые гарантии", para * 2,
        "Рекомендации:", "— закрепить в законе право на адвоката с момента фактического задержания;",
        "Status: not implemented", para * 2, para * 2, para, para,
    ])
    units = _units(text)
    assert [(u.kind, u.section) for u in units] == [("recommendation", "2. Основные правовые гарантии")]


def test_every_reported_request_ends_where_its_fate_begins() -> None:
    """One clause end for all ways of reporting a request: a trailing ", because ...", a "; this one ..."
    after the States, a convention's number kept."""
    text = (
        "Labour migration\n\n"
        "Solmaria supported a recommendation to establish a complaints mechanism for domestic workers "
        "(Sri Lanka); this one has been partly fulfilled.\n\n"
        "The European Commission for Democracy through Law (Venice Commission) in its 2025 opinion recommended "
        "to repeal the law as a whole, because its provisions are "
        "incompatible with freedom of association.\n\n"
        "In 2021 Solmaria noted a recommendation by Denmark to ratify the ILO Indigenous and Tribal Peoples "
        "Convention, 1989 (No. 169); the Government has not acted on it.\n"
    )
    cited = [u.text for u in _kind(_units(text), "cited_recommendation")]
    assert cited == [
        "establish a complaints mechanism for domestic workers",
        "to repeal the law as a whole",
        "ratify the ILO Indigenous and Tribal Peoples Convention, 1989 (No. 169)",
    ]


def test_undated_upr_recommendation_takes_the_year_of_the_review_the_report_follows() -> None:
    text = (
        "Migrants\n\n"
        "Mexico recommended in 2021 that Solmaria ratify the Convention on the Rights of "
        "All Migrant Workers. It has not done so.\n\n"
        "Domestic workers\n\n"
        "Solmaria supported a recommendation to establish a complaints mechanism for domestic workers "
        "(Sri Lanka); this one has been partly fulfilled.\n\n"
        "In the first cycle, Solmaria noted a recommendation to abolish the sponsorship system (Ghana). "
        "Nothing has changed.\n"
    )
    years = {u.text[:20]: u.year for u in _kind(_units(text), "cited_recommendation")}
    assert years == {"Solmaria ratify the ": 2021, "establish a complain": 2021, "abolish the sponsors": None}


def test_traffic_light_ratings_read_through_the_reports_legend() -> None:
    text = (
        "UPR MID-TERM SCORECARD\n\n"
        "HOW TO READ THIS SCORECARD\n"
        "  [GREEN]  fully implemented\n"
        "  [AMBER]  some progress, but not yet implemented in full\n"
        "  [RED]    no progress, or backsliding\n\n"
        "Card 1 | 142.33 | Switzerland | supported | [AMBER]\n"
        "Switzerland recommended that Tarnia criminalise torture in line with article 1 of the Convention "
        "against Torture.\n"
        "A new article on torture entered the Criminal Code in May 2024, but the penalty is low.\n\n"
        "Card 2 | 142.120 | Canada | supported | [GREEN]\n"
        "Canada: \"Lower the number of signatures required to register a political party\".\n"
        "The threshold was lowered in February 2024.\n\n"
        "Card 3 | 142.88 | Sweden | supported | [RED]\n"
        "Sweden recommended that Tarnia repeal the provisions that allow the blocking of websites.\n"
    )
    statuses = [u.status_claim for u in _kind(_units(text), "cited_recommendation")]
    assert statuses == ["partially_implemented", "implemented", "not_implemented"]


def test_lists_after_an_opening_clause_and_a_suggestion_of_questions() -> None:
    text = (
        "III. NEW RECOMMENDATIONS\n\n"
        "For the remainder of the third cycle and in preparation for the fourth review, the Coalition recommends "
        "that the Government of Ossendra:\n\n"
        "1. Repeal sections 201 to 204 of the Penal Code on criminal defamation.\n"
        "2. Repeal the marital rape exception in section 142 of the Penal Code.\n\n"
        "IV. ADVANCE QUESTIONS FOR THE FOURTH REVIEW\n\n"
        "We suggest that States put the following questions to Ossendra in advance of its fourth review:\n\n"
        "1. When will the Anti-Torture Bill, pending since 2018, be put to a vote in Parliament?\n"
        "2. How many applications for foreign funding have been refused since 2019?\n"
    )
    units = _units(text)
    assert [u.text[:20] for u in _kind(units, "recommendation")] == ["Repeal sections 201 ", "Repeal the marital r"]
    assert [u.text[:20] for u in _kind(units, "question")] == ["When will the Anti-T", "How many application"]


def test_russian_upr_recommendations_listed_by_number_in_a_text_of_one_line_per_paragraph() -> None:
    filler = "Закон о средствах массовой информации позволяет блокировать сайты без решения суда, " * 3
    text = (
        "A. Свобода выражения мнений (статья 19 МПГПП)\n"
        + filler + "\n"
        "В ходе третьего цикла УПО, состоявшегося в январе 2020 года, Озерания получила 214 рекомендаций, "
        "из которых поддержала 161, а 53 приняла к сведению.\n"
        + filler + "\n"
        "В ходе третьего цикла Озерания поддержала следующие рекомендации:\n"
        "    128.45 Декриминализировать клевету и привести законодательство в соответствие с "
        "международными стандартами (Германия);\n"
        "    128.47 Обеспечить защиту журналистов от преследований (Канада, Норвегия) — поддержана.\n"
        + (filler + "\n") * 8
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text[:26], u.source_detail) for u in cited] == [
        ("Декриминализировать клевет", "Германия"), ("Обеспечить защиту журналис", "Канада, Норвегия")]


def test_requests_end_before_new_facts_and_summaries_are_no_citations() -> None:
    text = (
        "1. General measures (article 4)\n\n"
        "Unfortunately, the analysis carried out by the Coalition shows that many key recommendations of the "
        "Committee remain unfulfilled.\n\n"
        "The Commissioner is appointed by the President. In such conditions the Commissioner cannot be considered "
        "an independent mechanism in the sense of the Committee's recommendation.\n\n"
        "In 2020 Sarybel did not support the recommendations of Brazil and Ireland to accede to the 1961 "
        "Convention on the Reduction of Statelessness, and about 1,200 children born in the country still have "
        "no citizenship.\n\n"
        "In 2020 Sweden and Canada recommended that Sarybel criminalise bride kidnapping and forced marriage; "
        "in 2023 article 125-1 was introduced into the Criminal Code.\n"
    )
    cited = [u.text for u in _kind(_units(text), "cited_recommendation")]
    assert cited == ["accede to the 1961 Convention on the Reduction of Statelessness",
                     "Sarybel criminalise bride kidnapping and forced marriage"]


def test_own_voice_uncertainty_about_a_cited_request_is_final_and_quoted_items_end_at_the_quote() -> None:
    long = "The authorities have adopted a great deal of legislation, but little has changed in practice. " * 2
    text = (
        "Shadow report to the Human Rights Committee\n\n"
        + long + "\n"
        + long + "\n\n"
        "In paragraph 20 of its 2019 concluding observations the Committee recommended that the State party:\n"
        "(a)\t“Ensure that all allegations of torture are promptly and impartially investigated by an independent "
        "body;\n"
        "(b)\tEnsure the audio and video recording of all interrogations in police stations.”\n"
        "Sub-paragraph (a) has not been implemented. Sub-paragraph (b) has been partly implemented, as cameras "
        "were installed in the capital in 2022 and nowhere else in the country.\n\n"
        + long + "\n"
        + long + "\n\n"
        "We are not in a position to assess the follow-up given to the Committee’s recommendation that the State "
        "party ensure that all allegations of excessive use of force during assemblies are promptly investigated "
        "(para. 44). The Prosecutor General’s Office has refused to tell us.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text[:25], u.status_claim) for u in cited] == [
        ("“Ensure that all allegati", "not_implemented"), ("Ensure the audio and vide", "partially_implemented"),
        ("the State party ensure th", "unknown")]


def test_summaries_of_recommendations_and_a_grading_legend_are_no_citations() -> None:
    text = (
        "Shadow report to the Committee against Torture\n\n"
        "1. Introduction\n\n"
        "In its concluding observations on the third periodic report of Vessaria, adopted in November 2018, the "
        "Committee made 26 recommendations. The core recommendations of 2018 — a definition of torture, independent "
        "investigations and redress for victims — remain unimplemented.\n\n"
        "In this report a grade A means that, in our view, the recommendation has been implemented.\n\n"
        "2. Definition of torture\n\n"
        "The Committee recommended that the State party adopt a definition of torture in line with article 1 of "
        "the Convention. This recommendation has not been implemented.\n"
    )
    cited = [u.text for u in _kind(_units(text), "cited_recommendation")]
    assert cited == ["the State party adopt a definition of torture in line with article 1 of the Convention."]


def test_upr_items_on_consecutive_lines_and_a_verdict_on_both() -> None:
    text = (
        "B. Death penalty (ICCPR art. 6)\n\n"
        "112.40 Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights "
        "(Australia) – noted\n"
        "112.41 Establish an official moratorium on executions (France, Italy) – noted\n"
        "Assessment: Neither recommendation has been acted upon. Two executions were carried out in 2019.\n\n"
        "112.44 Ensure that the death penalty is not imposed on juveniles (Belgium) – supported\n"
        "Status: Implemented. The Penal Code was amended in 2019.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text[:20], u.source_detail, u.status_claim) for u in cited] == [
        ("Ratify the Second Op", "Australia", "not_implemented"),
        ("Establish an officia", "France, Italy", "not_implemented"),
        ("Ensure that the deat", "Belgium", "implemented")]


def test_table_rows_take_the_body_before_the_table_not_the_one_its_report_went_to() -> None:
    text = (
        "# Submission to the Special Rapporteur on freedom of expression\n\n"
        "## 2. Follow-up to the 2019 country visit\n\n"
        "The previous Special Rapporteur visited Ardenzia in November 2019 and presented the report on the visit "
        "to the Human Rights Council in June 2020.\n\n"
        "| Para. | Recommendation | Status |\n|---|---|---|\n"
        "| 78 (a) | Decriminalize defamation and insult, including of public officials | Not implemented |\n"
        "| 82 | Adopt a law on access to information held by public bodies | Implemented |\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.mechanism, u.status_claim) for u in cited] == [("SR", "not_implemented"), ("SR", "implemented")]


def test_a_source_column_names_each_rows_body_and_she_is_not_the_council() -> None:
    text = (
        "# Shadow report to the CEDAW Committee\n\n"
        "## Table 1: Tracking of earlier recommendations\n\n"
        "| Recommendation | Source | Status |\n|---|---|---|\n"
        "| Adopt a comprehensive definition of discrimination against women | CEDAW/C/TML/CO/8, para. 12 (a) (2019) "
        "| Not implemented |\n"
        "| Ratify the Istanbul Convention | UPR, third cycle (2021): Iceland (127.40) | Not implemented |\n"
        "| Open a State-funded shelter in each county | Government of Tormelia, National Action Plan 2021–2025 "
        "| Not achieved |\n\n"
        "## 3. Violence against women\n\n"
        "Following her visit in October 2022, the Special Rapporteur on violence against women presented her "
        "report to the Human Rights Council in June 2023. She recommended that the Government ensure that "
        "emergency barring orders can be issued by the police.\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [u.mechanism for u in cited] == ["CEDAW", "UPR", "SR"]


def test_google_docs_markdown_escapes_and_bold_headings_over_their_text() -> None:
    """A Google Docs export: "1\\." items, "\\-" inside words, headings as bold lines right over their text."""
    text = (
        "**Shadow report**\n\n"
        "**2\\. Article 5 \\- Equality and non\\-discrimination**\n"
        "The Anti\\-Discrimination Act covers employment only.\n\n"
        "**Recommendations**\n\n"
        "1\\. Amend the Anti\\-Discrimination Act to cover education and housing.\n\n"
        "2\\. Give the Equality Ombudsman the power to impose fines.\n\n"
        "**3\\. Article 14 \\- Liberty and security of the person**\n"
        "The Mental Health Act allows involuntary admission. The Committee recommended that the State party "
        '"repeal the provisions that allow involuntary hospitalisation".[^4] The Act has not been amended.\n'
    )
    units = _units(text, "x.md")
    recs = _kind(units, "recommendation")
    assert [u.text for u in recs] == [
        "Amend the Anti-Discrimination Act to cover education and housing.",
        "Give the Equality Ombudsman the power to impose fines.",
    ]
    assert recs[0].section == "2. Article 5 - Equality and non-discrimination"
    cited = _kind(units, "cited_recommendation")
    assert [(u.text, u.section) for u in cited] == [
        ("repeal the provisions that allow involuntary hospitalisation",
         "3. Article 14 - Liberty and security of the person"),
    ]


def test_word_table_of_recommendations_and_suggested_questions_side_by_side() -> None:
    """"Issue | Recommendation | Suggested question": both columns give units; a cell of two sentences in two
    paragraphs gives two recommendations."""
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Submission for the list of issues prior to reporting")
    d.add_paragraph("Table 1. Issues, recommendations and suggested questions")
    table = d.add_table(rows=3, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text = "Issue", "Recommendation"
    table.cell(0, 2).text = "Suggested question for the Committee"
    table.cell(1, 0).text = "Pre-trial detention (art. 9)"
    table.cell(1, 1).text = "Limit pre-trial detention to twelve months for all offences."
    table.cell(1, 1).add_paragraph("Ensure that every detention order is reviewed by a court every two months.")
    table.cell(1, 2).text = "What was the average length of pre-trial detention in 2025?"
    table.cell(2, 0).text = "Domestic violence (arts. 3 and 7)"
    table.cell(2, 1).text = "Criminalise domestic violence as a separate offence."
    table.cell(2, 2).text = "-"
    buf = io.BytesIO()
    d.save(buf)
    units = extract_ngo(read_bytes(buf.getvalue(), "t.docx")).units
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Limit pre-trial detention to twelve months for all offences."),
        ("recommendation", "Ensure that every detention order is reviewed by a court every two months."),
        ("question", "What was the average length of pre-trial detention in 2025?"),
        ("recommendation", "Criminalise domestic violence as a separate offence."),
    ]


def test_follow_up_items_what_was_recommended_and_questions_the_rapporteur_may_wish_to_ask() -> None:
    """"What was recommended: "..." (para. 88 (k))" is a quotation, not a heading, even with a reference at its
    end; "The Special Rapporteur may wish to ask: ...?" is a suggested question; "cannot say whether"."""
    text = (
        "Follow-up submission\n====================\n\n"
        "Item 3. Public recognition\n--------------------------\n"
        "What was recommended: “Publicly recognise the legitimate work of human rights defenders” (para. 88 (d))\n\n"
        "What happened: The President called defenders enemies of development in nine speeches.\n\n"
        "Item 8. Data on attacks\n-----------------------\n"
        "What was recommended: “Establish a public registry of attacks against defenders, with data disaggregated "
        "by sex and region” (para. 88 (k))\n\n"
        "What happened: A registry is said to exist. We are therefore unable to say whether this recommendation "
        "has been implemented.\n\n"
        "The Special Rapporteur may wish to ask: When will the registry of attacks against defenders be made "
        "public?\n"
    )
    units = _units(text)
    assert [(u.kind, u.text) for u in units] == [
        ("cited_recommendation", "Publicly recognise the legitimate work of human rights defenders"),
        ("cited_recommendation",
         "Establish a public registry of attacks against defenders, with data disaggregated by sex and region"),
        ("question", "When will the registry of attacks against defenders be made public?"),
    ]
    assert units[1].status_claim == "unknown"


def test_html_heading_ending_in_a_short_word_is_not_joined_to_the_lead_in_under_it() -> None:
    html = (
        "<html><body><h1>Mid-term assessment of Solvadia</h1><p>Our findings on the review of 2022.</p>"
        "<h2>What we are asking for</h2><p>The Government of Solvadia should:</p>"
        "<ol><li>Open the selection of the Public Defender to public candidates.</li>"
        "<li>Commute all death sentences and table a bill to abolish the death penalty.</li></ol></body></html>"
    )
    units = extract_ngo(read_bytes(html.encode(), "x.html")).units
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Open the selection of the Public Defender to public candidates."),
        ("recommendation", "Commute all death sentences and table a bill to abolish the death penalty."),
    ]


def test_upr_blog_review_year_from_states_made_recommendations_and_a_status_legend_is_no_citation() -> None:
    text = (
        "Mid-term assessment of the universal periodic review of Solvadia\n\n"
        "At the review in Geneva in November 2022, 94 States made 241 recommendations to Solvadia. The "
        "Government supported 178 of them.\n\n"
        "How we assessed progress\n\n"
        "- Implemented – the measure asked for has been taken and is applied in practice;\n"
        "- Partially implemented – some steps have been taken, but the recommendation is not fully met;\n"
        "- Not implemented – nothing meaningful has changed.\n\n"
        "1. Justice\n\n"
        "131.14 “Establish a national human rights institution in full compliance with the Paris Principles” "
        "(Portugal, Ghana) — Supported\n\n"
        "Partially implemented. The Law on the Public Defender was adopted in July 2024.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.mechanism, u.year, u.status_claim) for u in cited] == [
        ("Establish a national human rights institution in full compliance with the Paris Principles", "UPR", 2022,
         "partially_implemented")]


def test_the_state_party_should_in_its_words_quote_and_a_concern_taken_up_is_no_request() -> None:
    text = (
        "Alternative report to the Committee against Torture\n\n"
        "4. Complaints and investigations\n\n"
        "The Committee took up the same concern in paragraph 17 of its 2019 concluding observations, which dealt "
        "with officers under investigation. The State party should, in its words, “ensure that officials "
        "suspected of torture or ill-treatment are suspended from duty for the duration of the investigation”. "
        "We know of no case in which this happened.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.mechanism) for u in cited] == [
        ("ensure that officials suspected of torture or ill-treatment are suspended from duty for the duration of "
         "the investigation", "CAT")]


def test_a_pronoun_after_a_state_that_made_a_recommendation_and_the_review_year_of_a_received_count() -> None:
    text = (
        "Joint Stakeholder Submission to the Universal Periodic Review of Halvora\n\n"
        "1. The Coalition was formed in 2016 to take part in the second review of Halvora and has met every three "
        "months since then to monitor the implementation of the recommendations Halvora accepted.\n\n"
        "2. At its second review, held in May 2017, Halvora received 176 recommendations (A/HRC/36/14).\n\n"
        "II. MEDIA FREEDOM\n\n"
        "6. In 2021, 71 per cent of State advertising went to two media groups. Sweden made a related "
        "recommendation (A/HRC/36/14, para. 128.55). It asked Halvora to “establish transparent and "
        "non-discriminatory criteria for the allocation of State advertising to the media”. No such criteria have "
        "been adopted.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.source_detail, u.year, u.status_claim) for u in cited] == [
        ("UPR", "Sweden", 2017, "not_implemented")]
    assert "establish transparent and non-discriminatory criteria" in cited[0].text


def test_falls_short_of_the_committees_recommendation_grades_it_and_appealed_to_a_court_is_no_request() -> None:
    text = (
        "Mid-term UPR assessment of Solvadia\n\n"
        "1. Overview\n\n"
        "The Coalition’s assessment is that fewer than a quarter of the supported recommendations in these areas "
        "have been fully implemented.\n\n"
        "5. Women\n\n"
        "The CEDAW Committee had already asked Solvadia in 2021 to amend the Criminal Code so that the definition "
        "of rape is based on the absence of consent. The 2024 Act added “lack of consent” to the definition, but "
        "still requires proof of refusal, which falls short of the Committee’s recommendation.\n\n"
        "The Special Rapporteur on the independence of judges and lawyers has also recommended that the "
        "authorities guarantee that disciplinary proceedings against judges are conducted by an independent body "
        "and that decisions can be appealed to a court.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim) for u in cited] == [("CEDAW", "partially_implemented"), ("SR", "unknown")]
    assert cited[0].text.endswith("the absence of consent.")
    assert cited[1].text.endswith("and that decisions can be appealed to a court.")


def test_quoted_request_with_no_body_named_in_a_follow_up_to_a_special_rapporteur_is_hers() -> None:
    text = (
        "Follow-up submission to the Special Rapporteur on the situation of human rights defenders on the "
        "implementation of the recommendations of her visit to Altavera\n\n"
        "Item 1. A law on defenders\n\n"
        "What was recommended: “Adopt, in consultation with human rights defenders, a law that recognises the right "
        "to defend human rights and establishes a public policy for their protection” (para. 88 (a))\n\n"
        "Item 7. Land defenders\n\n"
        "The Special Rapporteur also encouraged the State party to ratify the Escazú Agreement. This has been done.\n\n"
        "Специальный докладчик также призывал власти прекратить блокировку независимых новостных сайтов.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text[:25]) for u in cited] == [
        ("SR", "Adopt, in consultation wi"), ("SR", "the State party to ratify"), ("SR", "прекратить блокировку нез")]


def test_a_body_by_the_head_noun_of_its_name_is_the_one_named_in_full_before() -> None:
    text = (
        "Alternative report to the Committee against Torture\n\n"
        "7. National preventive mechanism\n\n"
        "The Subcommittee on Prevention of Torture visited the country in October 2021.\n\n"
        "The NPM has no access to military barracks. In the same visit report, the Subcommittee asked the "
        "authorities to grant the national preventive mechanism unannounced access to all places of deprivation of "
        "liberty. Nothing has changed.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim) for u in cited] == [("other", "not_implemented")]
    assert "grant the national preventive mechanism unannounced access" in cited[0].text


def test_a_regional_commission_request_is_a_citation_of_another_body() -> None:
    text = (
        "Follow-up submission\n\nItem 7. Land defenders\n\n"
        "In September 2023 the Inter-American Commission on Human Rights granted precautionary measures to the "
        "members of the Valle Ancho Community Council and requested Altavera to adopt the necessary measures to "
        "protect their life and personal integrity. The police escorts were withdrawn in February 2024.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.year) for u in cited] == [("other", 2023)]
    assert "adopt the necessary measures to protect their life" in cited[0].text


def test_upr_cards_quoted_with_their_states_are_no_headings_and_a_verdict_on_both_grades_both() -> None:
    html = (
        "<html><body><h1>UPR mid-term assessment</h1><p>At the review in November 2022, 94 States made 241 "
        "recommendations to Solvadia.</p><h2>4. Civic space</h2>"
        "<p>131.58 “Decriminalise defamation and transfer it to the civil code” (Sweden) — Noted</p>"
        "<p>131.59 “Repeal the provisions of the Criminal Code on insulting public officials” (Norway, Costa Rica) "
        "— Noted</p><p>❌ Not implemented (both). Defamation remains an offence.</p></body></html>"
    )
    cited = _kind(extract_ngo(read_bytes(html.encode(), "x.html")).units, "cited_recommendation")
    assert [(u.text, u.status_claim, u.section) for u in cited] == [
        ("Decriminalise defamation and transfer it to the civil code", "not_implemented", "4. Civic space"),
        ("Repeal the provisions of the Criminal Code on insulting public officials", "not_implemented",
         "4. Civic space"),
    ]


def test_a_request_to_the_mandate_holder_herself_is_no_recommendation_to_the_state() -> None:
    text = (
        "Part 3. Our recommendations\n\n"
        "We invite the Special Rapporteur to call on the Government of Altavera to:\n\n"
        "1. Publish the registry of attacks against defenders every quarter.\n\n"
        "We further recommend that the Special Rapporteur request an invitation for a follow-up visit to Altavera in "
        "2027 and include Altavera in her next annual report.\n\n"
        "We recommend that the Committee urge Kestrava to establish an independent asylum appeals body.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.text[:30] for u in recs] == ["Publish the registry of attack", "We recommend that the Committe"]


def test_a_markdown_footnote_after_the_full_stop_dates_the_citation() -> None:
    text = (
        "# Shadow report to the Committee on the Rights of Persons with Disabilities\n\n"
        "## Article 5\n\n"
        'The Committee recommended that the State party "recognise the denial of reasonable accommodation as a '
        'form of discrimination in all areas of life".[^2] The Act was amended only in relation to employment.\n\n'
        "[^2]: CRPD/C/PLC/CO/1 (2019), para. 12.\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [u.year for u in cited] == [2019]


def test_a_follow_up_to_a_special_rapporteur_dates_her_quoted_requests_by_her_report() -> None:
    text = (
        "Follow-up submission to the Special Rapporteur on the situation of human rights defenders\n\n"
        "The Special Rapporteur visited Altavera in October 2022. Her report (A/HRC/55/50/Add.2) was presented to "
        "the Human Rights Council in March 2024.\n\n"
        "Item 1. A law on defenders\n\n"
        "What was recommended: “Adopt, in consultation with human rights defenders, a law that recognises the right "
        "to defend human rights” (para. 88 (a))\n\n"
        "Item 7. Business\n\n"
        "The Working Group on Business and Human Rights has called on Altavera to require companies to carry out "
        "human rights due diligence.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.year) for u in cited] == [("SR", 2024), ("SR", None)]


def test_a_report_year_in_the_lead_in_dates_the_request_rather_than_the_visit_year() -> None:
    text = (
        "Alternative report to the Committee against Torture\n\n4. Complaints\n\n"
        "After his visit in 2018, the Special Rapporteur on torture, in a report presented in 2019, recommended that "
        "the Government establish an investigative body independent of the police. Such a body has not been "
        "established.\n\n"
        "Специальный докладчик по вопросу о пытках, посетивший страну в 2020 году, в докладе 2021 года рекомендовал "
        "властям установить системы видеонаблюдения во всех помещениях изоляторов. Это не сделано.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.year) for u in cited] == [("SR", 2019), ("SR", 2021)]


def test_an_ngo_tracker_table_is_no_ohchr_matrix_and_its_own_status_scale_grades_the_rows() -> None:
    html = (
        "<html><body><h1>UPR Implementation Tracker: Tevanor</h1>"
        "<p>At its fourth universal periodic review in May 2024, Tevanor received 271 recommendations.</p>"
        "<h2>How to read the status column</h2><ul><li>Completed</li>"
        "<li>The recommendation has been implemented in law and in practice.</li><li>On track</li>"
        "<li>Concrete measures are under way, but it is not complete.</li><li>Off track</li>"
        "<li>No measures have been taken, or the measures taken go against the recommendation.</li></ul>"
        "<p>The “Position” column shows whether Tevanor supported or noted the recommendation.</p>"
        "<h2>Tracker</h2><table><tr><th>Recommendation (number, State)</th><th>Position</th><th>Status</th>"
        "<th>Evidence</th></tr>"
        "<tr><td>146.12 Ratify the Optional Protocol to the Convention against Torture (Denmark)</td>"
        "<td>Supported</td><td>On track</td><td>Ratified in September 2025; no mechanism yet.</td></tr>"
        "<tr><td>146.40 Repeal the provisions of the Law on Foreign Agents (Canada)</td><td>Noted</td>"
        "<td>Off track</td><td>Parliament extended them in July 2025.</td></tr>"
        "<tr><td>146.52 Abolish the requirement of a State licence for online news media (Switzerland)</td>"
        "<td>Supported</td><td>Completed</td><td>Repealed in November 2025.</td></tr></table></body></html>"
    )
    ext = extract(read_bytes(html.encode(), "tracker.html"))
    assert ext.doc_type == "ngo_report"
    cited = _kind(ext.units, "cited_recommendation")
    assert [(u.source_detail, u.year, u.status_claim) for u in cited] == [
        ("Denmark", 2024, "partially_implemented"), ("Canada", 2024, "not_implemented"),
        ("Switzerland", 2024, "implemented")]


def test_follow_up_report_quoting_selected_sub_paragraphs_is_an_ngo_report() -> None:
    """A subtitle that names "the concluding observations on the third periodic report of X" inside a sentence
    is no concluding observations title; "stated that the State party should, among other measures:" leads in
    sub-paragraphs (a), (b) and (d); "The follow-up reply also states that the Chief Constable "recommended ..."" is
    no citation (the verb "states" is no subject)."""
    text = (
        "Follow-up report to the Committee against Torture\n\n"
        "Implementation of the recommendations selected for the follow-up procedure in the concluding observations "
        "on the third periodic report of Brannoch (CAT/C/BRN/CO/3)\n\n"
        "Submitted by the Brannoch Anti-Torture Network\n\n"
        "2. Fundamental legal safeguards (paragraph 15)\n\n"
        "In paragraph 15 of its concluding observations the Committee stated that the State party should, among "
        "other measures:\n\n"
        "(a) Repeal the rule that allows the police to delay access to a lawyer for up to 24 hours;\n\n"
        "(b) Introduce a standard medical form for the examination of every person admitted to police custody;\n\n"
        "(d) Keep a single electronic register of all persons deprived of their liberty.\n\n"
        "Our assessment\n\n"
        "Sub-paragraph (b): implemented. The follow-up reply also states that the Chief Constable “recommended to all "
        "custody officers that they contact the duty lawyer scheme promptly”; we have seen no instruction.\n\n"
        "The State party should ensure that every detainee sees a doctor. The State party should publish data.\n"
    )
    ext = extract(read_bytes(text.encode(), "x.txt"))
    assert ext.doc_type == "ngo_report"
    cited = _kind(ext.units, "cited_recommendation")
    assert [(u.mechanism, u.text[:20]) for u in cited] == [
        ("CAT", "Repeal the rule that"), ("CAT", "Introduce a standard"), ("CAT", "Keep a single electr")]


def test_an_e_mail_letter_with_quoted_lines_and_requests_through_the_committee() -> None:
    text = (
        "From: Gallenta Equality Network\nTo: Committee on the Elimination of Racial Discrimination\n"
        "Subject: Follow-up to the concluding observations\n\n"
        "2. HATE SPEECH (PARAGRAPH 12)\n\n"
        "In paragraph 12 the Committee recommended that the State party:\n\n"
        "> (a) Instruct prosecutors to open an investigation of their own motion into\n"
        ">     every statement by an elected official that incites racial hatred;\n\n"
        "Nothing has changed.\n\n"
        "We would be grateful if the Committee, in its follow-up letter, urged the\nState party to:\n\n"
        "- issue a binding instruction requiring prosecutors to investigate every\n  complaint of incitement;\n"
        "- extend the parliamentary code of conduct to all municipal councils.\n\n"
        "5. OUR REQUESTS TO THE COMMITTEE\n\n"
        "We would suggest that the Committee ask the State party:\n\n"
        "(1) How many complaints of incitement were received by prosecutors in 2025?\n"
        "(2) Why did the follow-up report not address paragraph 26 (b)? Please indicate\n"
        "    what steps have been taken.\n"
    )
    units = _units(text)
    assert [(u.kind, u.text[:40]) for u in units] == [
        ("cited_recommendation", "Instruct prosecutors to open an investig"),
        ("recommendation", "issue a binding instruction requiring pr"),
        ("recommendation", "extend the parliamentary code of conduct"),
        ("question", "How many complaints of incitement were r"),
        ("question", "Why did the follow-up report not address"),
    ]
    assert ">" not in units[0].text


def test_markdown_block_quotes_with_their_source_line_are_citations_of_that_source() -> None:
    text = (
        "# LOIPR submission\n\n"
        "### 2.1 Death penalty (article 6)\n"
        "> The State party should formalise the *de facto* moratorium on executions and amend the Criminal Code.\n"
        ">\n"
        "> — CCPR/C/ISV/CO/2, para. 13 (2020)\n\n"
        "**Our assessment: partially implemented.** No execution has taken place since 2021.\n\n"
        "### 2.3 Assembly\n"
        "The Ministry issued the following statement:\n\n"
        "> Citizens are recommended to hold their events in the designated speakers’ parks only.\n"
        ">\n"
        "> — Ministry of Internal Affairs, press release of 3 May 2024\n\n"
        "At the universal periodic review in January 2024 the State party supported the following recommendation:\n\n"
        "> Review the legislation on public events with a view to bringing it into line with international "
        "standards.\n>\n> — Costa Rica, A/HRC/56/9, para. 140.77 (supported)\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.mechanism, u.year, u.status_claim, u.section, u.text[:30]) for u in cited] == [
        ("HRC", 2020, "partially_implemented", "2.1 Death penalty (article 6)", "The State party should formalis"[:30]),
        ("UPR", 2024, "unknown", "2.3 Assembly", "Review the legislation on publ"),
    ]


def test_a_quotation_under_a_box_titled_with_its_sub_paragraph_and_russian_adverbs_before_the_request() -> None:
    md = ("# Последующие меры по заключительным замечаниям Комитета против пыток\n\n"
          "## 1. Основные правовые гарантии (пункт 11)\n\n<details>\n<summary>11 a) — адвокат с момента задержания"
          "</summary>\n\n> «Обеспечить, чтобы все задержанные с самого начала лишения свободы пользовались правом на "
          "доступ к адвокату»\n\n**Оценка коалиции:** частично.\n\n</details>\n\n"
          "По пункту 23 a) Комитет рекомендовал государству незамедлительно, беспристрастно и эффективно расследовать "
          "все случаи смерти лиц, содержащихся под стражей.\n\n"
          "Комитет призвал правительство освободить всех задержанных журналистов.\n")
    cited = _kind(_units(md, "x.md"), "cited_recommendation")
    assert [(u.mechanism, u.text) for u in cited] == [
        ("CAT", "Обеспечить, чтобы все задержанные с самого начала лишения свободы пользовались правом на доступ к "
                "адвокату"),
        ("CAT", "незамедлительно, беспристрастно и эффективно расследовать все случаи смерти лиц, содержащихся под "
                "стражей."),
        ("CAT", "освободить всех задержанных журналистов."),
    ]


def test_a_rapporteur_named_in_full_once_then_by_pronouns_her_report_and_her_call() -> None:
    text = ("# What became of the recommendations\n\n"
            "In 2019 the UN Special Rapporteur on the situation of human rights defenders visited Tevrania.\n\n"
            "The Rapporteur had also asked the Government to simplify the registration of associations.\n\n"
            "The Rapporteur was just as worried about the lawyers who defend defenders. She urged the authorities to "
            "guarantee the independence of the Bar.\n\n"
            "Her report called for the release of all human rights defenders detained for their work.\n\n"
            "Nor has anything come of the Rapporteur’s call to establish a national protection mechanism.\n\n"
            "The Human Rights Committee reached the same conclusion. In its 2021 concluding observations it wrote "
            "that “the State party should bring its legislation on associations into line with article 22”.\n")
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.mechanism, u.text) for u in cited] == [
        ("SR", "simplify the registration of associations."),
        ("SR", "guarantee the independence of the Bar."),
        ("SR", "the release of all human rights defenders detained for their work."),
        ("SR", "establish a national protection mechanism."),
        ("HRC", "the State party should bring its legislation on associations into line with article 22"),
    ]


def test_what_the_government_should_do_now_and_a_lead_in_closing_a_paragraph() -> None:
    text = ("# Essay\n\n## 1. Redress and rehabilitation\n\nVictims receive no compensation.\n\n"
            "## What the Government should do now\n\n"
            "None of this requires new money. Our Centre’s recommendations to the Government are these:\n\n"
            "1. Repeal article 287-1 of the Criminal Code.\n2. Release the six human rights defenders.\n")
    recs = _kind(_units(text, "x.md"), "recommendation")
    assert [(u.section, u.articles, u.text) for u in recs] == [
        ("What the Government should do now", [], "Repeal article 287-1 of the Criminal Code."),
        ("What the Government should do now", [9], "Release the six human rights defenders."),
    ]


def test_a_chat_s_numbered_items_and_paragraphs_quoted_by_their_number() -> None:
    chat = ("[03/02/2025, 10:21:07] Madina: Dear all, this group is for our submission to the Human Rights Committee\n"
            "[04/02/2025, 09:47:31] Ruslan: Para 6 of the 2018 COs: “The State party should take all measures "
            "necessary to give full effect to the Committee’s Views.”\nVerdict: NOT implemented. None of the Views\n"
            "[04/02/2025, 09:52:18] Ruslan: Para 22 prisons: “improve conditions of detention in all penitentiary "
            "institutions and ensure access to health care.”\n[04/02/2025, 09:55:40] Madina: agree with both verdicts\n"
            "[07/02/2025, 16:41:15] Madina: Rec 1 – agreed\nAdopt a law establishing a procedure for the "
            "implementation of the Committee’s Views.\n[07/02/2025, 16:42:33] Madina: Q1 for the LOI\n"
            "Please provide information on the measures taken to implement each of the Views.\n"
            "[07/02/2025, 16:43:00] Madina: Rec 2 is still a draft, see the doc\n")
    units = _units(chat, "chat.txt")
    assert {u.section for u in units} == {""}  # no message line is taken for a heading
    assert [(u.kind, u.mechanism, u.text) for u in units] == [
        ("cited_recommendation", "HRC", "take all measures necessary to give full effect to the Committee’s Views."),
        ("cited_recommendation", "HRC",
         "improve conditions of detention in all penitentiary institutions and ensure access to health care."),
        ("recommendation", None,
         "Adopt a law establishing a procedure for the implementation of the Committee’s Views."),
        ("question", None, "Please provide information on the measures taken to implement each of the Views."),
    ]
    assert units[0].status_claim == "not_implemented"


def test_a_numbered_lead_in_sentence_announcing_questions_with_a_full_stop() -> None:
    text = ("Альтернативный доклад НПО Комитету против пыток\n\nIX. ВОПРОСЫ К ГОСУДАРСТВУ-УЧАСТНИКУ\n\n"
            "31. Коалиция предлагает Комитету задать делегации Республики Ормезия следующие вопросы.\n\n"
            "1. Сколько сотрудников были осуждены за пытки?\n2. Как на практике определяется момент задержания?\n")
    qs = _kind(_units(text), "question")
    assert [(u.section, u.text) for u in qs] == [
        ("IX. ВОПРОСЫ К ГОСУДАРСТВУ-УЧАСТНИКУ", "Сколько сотрудников были осуждены за пытки?"),
        ("IX. ВОПРОСЫ К ГОСУДАРСТВУ-УЧАСТНИКУ", "Как на практике определяется момент задержания?")]


def test_an_ocr_running_header_two_blank_lines_under_the_page_number() -> None:
    header = "Альтернативный доклад НПО Ормезии Комитету против пыток, 2013"
    page = "\n\n                               - {n} -\n\n\n" + header + "\n\n"
    text = (header + "\n\nIX. ВОПРОСЫ К ГОСУДАРСТВУ-УЧАСТНИКУ\n\n"
            "Коалиция предлагает Комитету задать следующие вопросы:\n\n"
            "1. Сколько сотрудников были осуждены за пытки в 2008–2013 годах\nи сколько из них продолжают службу?\n"
            "2. В скольких уголовных делах суды признали недо-" + page.format(n=7) +
            "пустимыми доказательства, полученные под пыткой?\n" + page.format(n=8) + "Приложение.\n")
    assert [u.text for u in _kind(_units(text), "question")] == [
        "Сколько сотрудников были осуждены за пытки в 2008–2013 годах и сколько из них продолжают службу?",
        "В скольких уголовных делах суды признали недопустимыми доказательства, полученные под пыткой?"]


def test_a_questionnaire_s_answers_paragraph_quotations_end_at_the_verdict() -> None:
    text = ("Questionnaire: follow-up to the recommendations of the Committee against Torture\n\n"
            "Part A. The recommendations selected for the follow-up procedure\n\n"
            "Paragraph 12 (b) – “ensure that all detainees undergo an independent medical examination”. We "
            "consider this recommendation implemented. Examinations are now carried out by regional doctors.\n\n"
            "Paragraph 20 (b): establish an independent body to investigate all allegations of torture. In our view "
            "this has been partially implemented. The new department still employs police officers.\n\n"
            "Q6. Which questions should the Committee put to the State party?\n\n"
            "1. How many complaints of torture were received in 2024?\n"
            "2. Please explain why the register of detentions has not been introduced in Kemerbay.\n")
    units = _units(text)
    assert [(u.kind, u.status_claim, u.text) for u in units] == [
        ("cited_recommendation", "implemented", "ensure that all detainees undergo an independent medical examination"),
        ("cited_recommendation", "partially_implemented",
         "establish an independent body to investigate all allegations of torture."),
        ("question", None, "How many complaints of torture were received in 2024?"),
        ("question", None, "Please explain why the register of detentions has not been introduced in Kemerbay."),
    ]


def test_a_bare_sub_paragraph_number_before_the_committee_s_words_in_quotation_marks() -> None:
    text = ("Письмо коалиции Комитету по правам человека о последующей деятельности\n\n"
            "Пункт 14. Национальное правозащитное учреждение\n\n"
            "14 b) «Выделить Уполномоченному финансовые и кадровые ресурсы, достаточные для выполнения мандата».\n\n"
            "Оценка коалиции: C. Рекомендация не выполнена. Бюджет аппарата сократился.\n\n"
            "14 c) Уполномоченный назначен в марте 2023 года.\n")
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim, u.text) for u in cited] == [
        ("HRC", "not_implemented",
         "Выделить Уполномоченному финансовые и кадровые ресурсы, достаточные для выполнения мандата")]


def test_the_spt_by_its_acronym_alone() -> None:
    text = ("Follow-up submission on places of detention\n\n"
            "2.2.1 The SPT also asked the authorities to install audio-video recording equipment in all rooms where "
            "persons are interviewed by the police. Not implemented.\n")
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim, u.text[:30]) for u in cited] == [
        ("other", "not_implemented", "install audio-video recording ")]


def test_a_quoted_request_under_a_line_that_is_only_its_reference() -> None:
    html = (
        "<html><body><h1>Handbook</h1><h2>4.1 The legal framework</h2>"
        "<p>The main law is still the Law on the Prevention of Family Conflicts of 2017.</p>"
        "<div class='admonition quote'><p class='admonition-title'>CEDAW/C/LZV/CO/7, para. 22 (a) (2020)</p>"
        "<p>&ldquo;Adopt a comprehensive law on violence against women that criminalizes all forms of "
        "gender-based violence.&rdquo;</p></div>"
        "<p>Our verdict: not implemented. The draft law was withdrawn in May 2023.</p>"
        "<p>CEDAW/C/LZV/CO/7, para. 23 (2020)</p>"
        "<p>&ldquo;The Government has made significant progress in combating violence against women.&rdquo;</p>"
        "</body></html>")
    cited = _kind(_units(html, "x.html"), "cited_recommendation")
    assert [(u.mechanism, u.year, u.status_claim, u.text) for u in cited] == [
        ("CEDAW", 2020, "not_implemented",
         "Adopt a comprehensive law on violence against women that criminalizes all forms of gender-based violence."),
    ]


def test_markdown_nested_numbered_items_and_a_heading_naming_the_state_as_lead_in() -> None:
    text = (
        "## Death penalty\n\n**Recommendations**\n\n"
        "1. Commute without delay all death sentences handed down since 2020.\n"
        "2. Amend the Criminal Code so as to:\n"
        "   1. remove the death penalty for drug offences;\n"
        "   2. make the death penalty discretionary in cases of aggravated murder.\n"
        "3. Ratify the Second Optional Protocol to the Covenant.\n\n"
        "## Association\n\nInspections are used to obstruct organisations.\n\n"
        "#### Isvaldia should:\n\n"
        "1. Publish every year the number of inspections of non-commercial organisations;\n"
        "2. Allow organisations to challenge the decision to open an inspection before a court.\n"
    )
    recs = _kind(_units(text, "x.md"), "recommendation")
    assert [u.text[:25] for u in recs] == [
        "Commute without delay all", "remove the death penalty ", "make the death penalty di",
        "Ratify the Second Optiona", "Publish every year the nu", "Allow organisations to ch"]


def test_a_run_in_recommendations_label_with_a_lead_in_opens_the_list_below() -> None:
    text = (
        "Article 2 – Views of the Committee\n\n"
        "The Committee's recommendation has not been implemented.\n\n"
        "Recommendations: The State party should:\n\n"
        "(a) Adopt a law establishing a procedure to reopen proceedings after the adoption of Views;\n\n"
        "(b) Pay the compensation called for in the nine Views adopted since 2012.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.text[:20] for u in recs] == ["Adopt a law establis", "Pay the compensation"]


def test_two_requests_each_with_its_paragraph_in_one_sentence_and_a_count_with_its_year() -> None:
    text = (
        "Alternative report to the Committee on the Rights of the Child\n\n"
        "VI. CHILDREN IN CONFLICT WITH THE LAW\n\n"
        "17. The Committee made 52 recommendations in 2019.\n\n"
        "18. The Committee recommended that the State party amend section 3 of the Youth Justice Act so that no child "
        "under 14 can be held criminally responsible (CRC/C/WNM/CO/5-6, para. 45 (a)), and that it end the use of "
        "solitary confinement for children in youth detention centres (CRC/C/WNM/CO/5-6, para. 45 (d)).\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert len(cited) == 2
    assert "no child under 14 can be held criminally responsible" in cited[0].text
    assert "solitary confinement" not in cited[0].text
    assert cited[1].text.startswith("end the use of solitary confinement")


def test_a_numbered_paragraph_with_a_suggested_question() -> None:
    text = (
        "B. Economic life\n\n"
        "7. Women who want to go to court face other obstacles.\n\n"
        "8. Suggested question: Does the State party intend to withdraw Central Bank Circular No. 7 of 2016?\n\n"
        "C. Violence\n\n9. According to the police, reports rose.\n"
    )
    assert [(u.kind, u.text) for u in _units(text)] == [
        ("question", "Does the State party intend to withdraw Central Bank Circular No. 7 of 2016?")]


def test_russian_lead_in_with_a_comma_and_quoted_lettered_sub_paragraphs() -> None:
    text = (
        "Альтернативный доклад Комитету против пыток\n\n3. Основные правовые гарантии\n"
        "Комитет рекомендовал государству-участнику, в частности:\n"
        "а) «обеспечить, чтобы время фактического задержания фиксировалось в протоколе»;\n"
        "б) «обеспечить, чтобы медицинский осмотр задержанных проводился без присутствия полиции» "
        "(CAT/C/TGZ/CO/2, п. 12).\n\n"
        "Время задержания по-прежнему не указывается в протоколе.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text) for u in cited] == [
        ("CAT", "обеспечить, чтобы время фактического задержания фиксировалось в протоколе"),
        ("CAT", "обеспечить, чтобы медицинский осмотр задержанных проводился без присутствия полиции"),
    ]


def test_russian_the_state_party_should_before_a_quotation_in_a_report_to_the_committee() -> None:
    text = (
        "Альтернативный доклад Комитету против пыток\n\n4. Расследования\n\n"
        "Комитет вернулся к этой проблеме в пункте 16 своих заключительных замечаний. По его мнению, "
        "государству-участнику следует «создать независимый механизм для расследования всех заявлений о пытках». "
        "Такой механизм не создан.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim, u.text) for u in cited] == [
        ("CAT", "not_implemented", "создать независимый механизм для расследования всех заявлений о пытках")]


def test_a_quotation_after_a_pronoun_that_requested_is_that_bodys_or_that_states() -> None:
    text = (
        "Report to the Committee against Torture\n\n4. The national preventive mechanism\n\n"
        "The Committee was also concerned about the independence of the mechanism. In paragraph 37 (c) it asked the "
        "State party to “ensure that the members of the national preventive mechanism are appointed in an open "
        "procedure”. This has not been done.\n\n"
        "5. Media\n\n"
        "Sweden made a related recommendation (A/HRC/36/14, para. 128.55). It asked Halvora to “establish transparent "
        "and non-discriminatory criteria for the allocation of State advertising”. No such criteria exist.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.source_detail, u.text[:30]) for u in cited] == [
        ("CAT", None, "ensure that the members of the"), ("UPR", "Sweden", "establish transparent and non-")]


def test_lead_in_under_recommendations_heading_keeps_its_sub_headings_as_groups() -> None:
    text = (
        "## 8. Recommendations\n\n"
        "The coalition calls on the Government of Norland to:\n\n"
        "### Prosecution and investigation\n\n"
        "1. Instruct prosecutors to charge acts of torture as torture;\n"
        "2. Suspend from duty any officer under investigation for torture.\n\n"
        "### Safeguards in custody\n\n"
        "3. Extend the electronic detention register to every police station.\n\n"
        "## 9. Annex\n\n"
        "List of cases.\n"
    )
    recs = _kind(_units(text, "x.md"), "recommendation")
    assert [u.text for u in recs] == [
        "Instruct prosecutors to charge acts of torture as torture;",
        "Suspend from duty any officer under investigation for torture.",
        "Extend the electronic detention register to every police station.",
    ]
    assert [u.section for u in recs] == ["Prosecution and investigation"] * 2 + ["Safeguards in custody"]


def test_status_of_facts_with_an_aside_and_after_a_step_taken() -> None:
    text = (
        "Report to the Human Rights Committee\n\n"
        "II. Use of force\n\n"
        "In 2018 the Committee recommended that the State party \"revise its regulations on the use of force during "
        "public demonstrations\" (CCPR/C/RCV/CO/3, para. 18). The Protocol on Public Order of 2016, which allows the "
        "use of rubber bullets \"to disperse crowds\", was not revised before the protests, and it has not been "
        "revised since.\n\n"
        "III. Equality\n\n"
        "In 2019 the Committee recommended that the State party \"repeal article 41 of the Personal Status Code, "
        "under which a married woman needs the consent of her husband to open a bank account\" (para. 12). Article 41 "
        "was repealed by Law No. 14 of 2021. However, Central Bank Circular No. 7, which tells banks to verify the "
        "family situation of married women, has not been withdrawn.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.status_claim for u in cited] == ["not_implemented", "partially_implemented"]


def test_markdown_table_rows_of_numbered_upr_recommendations() -> None:
    md = (
        "# Mid-term report\n\nKorsandia was reviewed by the Working Group on the Universal Periodic Review in May "
        "2023 and received 231 recommendations.\n\n"
        "| Recommendation (number, State) | Response | Assessment |\n|---|---|---|\n"
        "| 131.22 Repeal or amend the provisions of the Criminal Code that criminalise defamation (Ireland) | "
        "Supported | **Not implemented.** Articles 211 and 212 are unchanged and fourteen journalists were charged. |\n"
        "| 131.25 Ensure that journalists can work without harassment (Estonia and Lithuania) | Supported | "
        "**Partially implemented.** A Media Safety Unit was set up, but six journalists were detained in 2025. |\n"
    )
    cited = _kind(_units(md, "r.md"), "cited_recommendation")
    assert [(u.text, u.mechanism, u.source_detail, u.status_claim, u.year) for u in cited] == [
        ("Repeal or amend the provisions of the Criminal Code that criminalise defamation", "UPR", "Ireland",
         "not_implemented", 2023),
        ("Ensure that journalists can work without harassment", "UPR", "Estonia, Lithuania",
         "partially_implemented", 2023),
    ]


def test_pasted_word_sub_bullets_and_a_quoted_recommendation_after_a_status_sentence() -> None:
    text = (
        "Alternative report to the Human Rights Committee\n\nArticle 2. Remedy\n\n"
        "There is still no procedure in the legislation for the implementation of the Views of the UN treaty "
        "bodies.\n\n"
        "In 2019 the Committee recommended that the State party \"publish all Views of the Committee in the "
        "official gazette\" (para. 4).\n\n"
        "The State has not implemented the recommendation of the Committee: \"The State party should take all "
        "measures necessary to establish a legal procedure for the full implementation of the Views.\"\n\n"
        "Recommendations:\n\uf0b7\tensure the preservation of video recordings, in particular:\n"
        "o\toblige the police to keep the recordings for one year;\n"
        "o\tprovide that the loss of a recording entails liability.\n"
    )
    units = _units(text)
    cited = _kind(units, "cited_recommendation")
    assert [(u.text, u.status_claim) for u in cited] == [
        ("publish all Views of the Committee in the official gazette", "unknown"),
        ("The State party should take all measures necessary to establish a legal procedure for the full "
         "implementation of the Views.", "not_implemented"),
    ]
    assert [u.text for u in _kind(units, "recommendation")] == [
        "oblige the police to keep the recordings for one year;",
        "provide that the loss of a recording entails liability.",
    ]


def test_narrative_cell_beside_a_questions_column_is_searched_for_citations() -> None:
    paragraphs = ["Submission to the Committee on Economic, Social and Cultural Rights for the list of issues",
                  "The Committee adopted its concluding observations on the second report of Lorquesta in 2019."]
    rows = [("Issue", "Proposed questions"),
            ("Domestic workers\nAbout 310,000 people work in private households. The Committee asked the State "
             "party to extend the protection of labour legislation to domestic workers on an equal footing with "
             "other workers (para. 21).",
             "Why is the minimum wage of domestic workers set below the general minimum wage?")]
    units = _docx_table_units(paragraphs, rows)
    assert [u.text for u in _kind(units, "question")] == [
        "Why is the minimum wage of domestic workers set below the general minimum wage?"]
    cited = _kind(units, "cited_recommendation")
    assert [(u.text, u.mechanism) for u in cited] == [
        ("extend the protection of labour legislation to domestic workers on an equal footing with other workers "
         "(para. 21).", "CESCR")]


def test_recommendations_addressed_to_organs_of_the_state() -> None:
    text = (
        "Submission to the Universal Periodic Review\n\nC. The death penalty\n\n"
        "17. Istrenne carried out three executions in August 2023.\n\n"
        "To the Government:\n- Declare an official moratorium on executions;\n- Commute all death sentences.\n\n"
        "To the Judicial Service Commission and the Chief Justice:\n- Establish a special sitting of the High Court "
        "to review remand cases.\n\n"
        "To the international community and donors:\n- Fund legal aid programmes in the provinces.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.text for u in recs] == [
        "Declare an official moratorium on executions;",
        "Commute all death sentences.",
        "Establish a special sitting of the High Court to review remand cases.",
    ]


def test_press_release_quotations_attributed_after_them_and_the_experts_as_subject() -> None:
    text = (
        "One year on: what the Government did with the UN experts' calls\n\n"
        "The March crackdown\n\n"
        "On 14 March 2025 the Special Rapporteur on the rights to freedom of peaceful assembly and of association "
        "and the Working Group on Arbitrary Detention issued a joint press release. \u201cThe authorities must "
        "release all those detained for peaceful protest,\u201d the experts said.\n\n"
        "Our assessment: partly met. Most of the detainees were released.\n\n"
        "The experts also raised reports of ill-treatment. \u201cWe are alarmed by reports that detainees were "
        "beaten in police vans,\u201d they said. \u201cEvery allegation of ill-treatment must be investigated "
        "promptly and impartially.\u201d\n\n"
        "The experts also called on the Government to lift the nationwide ban on demonstrations. Met. The ban was "
        "lifted in May.\n\n"
        "\u201cAny order to remove online content must be made by an independent court,\u201d said the expert, "
        "\u201cand the vague offence of spreading alarm must be removed from the bill.\u201d\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.mechanism, u.status_claim) for u in cited] == [
        ("The authorities must release all those detained for peaceful protest", "SR", "partially_implemented"),
        ("Every allegation of ill-treatment must be investigated promptly and impartially.", "SR", "unknown"),
        ("to lift the nationwide ban on demonstrations.", "SR", "implemented"),
        ("Any order to remove online content must be made by an independent court,\u201d said the expert, "
         "\u201cand the vague offence of spreading alarm must be removed from the bill.", "SR", "unknown"),
    ]


def test_the_authors_recommendations_are_to() -> None:
    text = (
        "Alternative report to the Human Rights Committee\n\nExecutive summary\n\n"
        "The coalition’s priority recommendations to the State party are to:\n\n"
        "• abolish the death penalty in law;\n• restore a Supreme Judicial Council elected by judges.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.text for u in recs] == ["abolish the death penalty in law;",
                                      "restore a Supreme Judicial Council elected by judges."]
    from hrtracker.extract.ngo.cues import is_own_leadin

    assert not is_own_leadin("The Committee’s recommendations to the State party are:")


def _text_status(text: str) -> list[tuple[str, str | None]]:
    return [(u.text[:20], u.status_claim) for u in _kind(_units(text), "cited_recommendation")]


_HEAD = "Alternative report to the Human Rights Committee, March 2026\n\n"


def test_facts_right_after_a_citation_give_its_status() -> None:
    text = _HEAD + (
        "In its 2019 concluding observations the Committee recommended that the State party repeal the Law on "
        "Foreign Agents. The Law remains in force, and 212 organisations are on the register.\n\n"
        "In 2020 the Committee against Torture recommended that the State party ratify the Optional Protocol to "
        "the Convention against Torture. Norvessa ratified the Optional Protocol in May 2024.\n\n"
        "In 2021 the Committee on the Elimination of Discrimination against Women recommended that the State "
        "party establish shelters in every region. Two shelters were opened in the capital in 2023. In the other "
        "regions women still sleep in police stations.\n\n"
        "In 2018 the Special Rapporteur on torture recommended that the authorities abolish the use of "
        "restraint beds in psychiatric hospitals. Restraint beds were banned by a ministerial order in 2022. "
        "We welcome this change.\n\n"
        "In 2020 the Committee recommended that the State party make greater use of alternatives to pre-trial "
        "detention. Electronic monitoring was introduced in 2022, but courts use it in fewer than 3 % of cases.\n"
    )
    assert _text_status(text) == [
        ("the State party repe", "not_implemented"),
        ("the State party rati", "implemented"),
        ("the State party esta", "partially_implemented"),
        ("the authorities abol", "implemented"),
        ("the State party make", "partially_implemented"),
    ]


def test_facts_that_came_before_and_an_own_unknown_give_no_status() -> None:
    # a report on the review just held: the facts it gives came before the recommendations
    review = (
        "Notes on the fourth UPR cycle of Norvessa, 20 March 2025\n\n"
        "On 29 January 2025 the interactive dialogue with the delegation of Norvessa took place in Geneva.\n\n"
        "In 2025 Sweden recommended that Norvessa repeal the Law on Foreign Agents. The Law remains in force, "
        "and 212 organisations are on the register.\n"
    )
    assert _text_status(review) == [("Norvessa repeal the ", "unknown")]
    text = _HEAD + (
        "In its 2019 concluding observations the Committee recommended that the State party repeal the Law on "
        "Foreign Agents.\n\n"
        "We are not in a position to assess the follow-up given to the Committee's recommendation that the State "
        "party ensure that all complaints of torture are investigated (para. 14). The Prosecutor General has "
        "refused to tell us.\n"
    )
    # the second paragraph cites a recommendation of its own: it is no status of the first
    assert _text_status(text) == [("the State party repe", "unknown"), ("the State party ensu", "unknown")]



def test_upr_midterm_entries_with_number_and_states_on_their_own_line() -> None:
    text = (
        "MID-TERM REPORT\n\n"
        "Implementation of the recommendations received by Norvessa in the third cycle of the Universal Periodic "
        "Review\n\n"
        "Velmarch, February 2026\n\n"
        "The Working Group on the Universal Periodic Review conducted the third review of Norvessa at its 42nd "
        "session, in January 2023. Norvessa received 231 recommendations.\n\n"
        "1. Death penalty\n\n"
        "Recommendation 128.31 (Portugal, Australia)\n"
        "Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights.\n"
        "Response: Noted\n"
        "Status: Not implemented\n"
        "Comments: The Government maintains that public opinion is not ready for abolition.\n\n"
        "Recommendation 128.34 (France)\n"
        "Commute all death sentences to terms of imprisonment.\n"
        "Response: Noted\n"
        "Status: Partially implemented\n"
        "Comments: In 2024 the President commuted the sentences of 23 prisoners. Fifty-eight people remain under "
        "sentence of death.\n\n"
        "Recommendation 128.36 (Switzerland)\n"
        "Remove drug-related offences from the list of crimes punishable by death.\n"
        "Response: Supported\n"
        "Status: No information\n"
        "Comments: The Ministry of Justice did not reply to our request.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text[:20], u.mechanism, u.source_detail, u.year, u.status_claim) for u in cited] == [
        ("Ratify the Second Op", "UPR", "Portugal, Australia", 2023, "not_implemented"),
        ("Commute all death se", "UPR", "France", 2023, "partially_implemented"),
        ("Remove drug-related ", "UPR", "Switzerland", 2023, "unknown"),
    ]


def test_tracker_exported_as_semicolon_separated_text() -> None:
    text = (
        "Tracker of UN recommendations to Velmora;;;;\n"
        ";;;;\n"
        "Table 1 – Recommendations of UN bodies;;;;\n"
        "Recommendation;Mechanism;Year;Status;Comment\n"
        "Prohibit corporal punishment of children in all settings;CRC;2019;Not implemented;Bill 114 lapsed\n"
        "Ensure that children are never held in police cells with adults;HRC;2020;Partly implemented;14 of 22\n"
        "Set up child-friendly police units to investigate abuse;SR sale of children;;No information;No data\n"
        "Adopt a national strategy against child trafficking;UPR (Netherlands);2022;Implemented;Adopted 2023\n"
        ";;;;\n"
        "Table 2 – Our priority recommendations;;;;\n"
        "No.;Recommendation to the Government;Responsible;Deadline;\n"
        "1;Adopt the Child Protection Bill with a ban on corporal punishment;Ministry of Justice;2027;\n"
        "2;Abolish solitary confinement of children in custody;Ministry of Justice;2026;\n"
        ";;;;\n"
        "Table 3 – Questions for the list of issues;;;;\n"
        "No.;Question;Topic;;\n"
        "1;How many children were placed in solitary confinement in 2025?;Juvenile justice;;\n"
    )
    units = _units(text, "tracker.txt")
    cited = _kind(units, "cited_recommendation")
    assert [(u.text[:24], u.mechanism, u.year, u.status_claim) for u in cited] == [
        ("Prohibit corporal punish", "CRC", 2019, "not_implemented"),
        ("Ensure that children are", "HRC", 2020, "partially_implemented"),
        ("Set up child-friendly po", "SR", None, "unknown"),
        ("Adopt a national strateg", "UPR", 2022, "implemented"),
    ]
    assert [u.text for u in _kind(units, "recommendation")] == [
        "Adopt the Child Protection Bill with a ban on corporal punishment",
        "Abolish solitary confinement of children in custody"]
    assert [u.text for u in _kind(units, "question")] == [
        "How many children were placed in solitary confinement in 2025?"]
    assert {u.section for u in _kind(units, "recommendation")} == {"Table 2 – Our priority recommendations"}


def test_tracker_table_with_source_year_and_facts_columns() -> None:
    row = "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
    page = (
        "<html><body><h1>Implementation tracker: policing in Norvessa</h1>"
        "<p>Our tracker follows what became of the recommendations that UN bodies made to Norvessa.</p>"
        "<table><tr><th>Recommendation</th><th>Source</th><th>Year</th><th>What has happened</th></tr>"
        + row.format("Prohibit the use of neck restraints that restrict breathing", "CAT/C/NVS/CO/3, para. 15",
                     "2021", "The Police Standing Orders were revised in 2023 but still list the neck restraint.")
        + row.format("Ensure that all police interviews are audio-visually recorded",
                     "UPR, third cycle, recommendation 127.40 (Spain), supported", "2022",
                     "Recording equipment works in 3 of the 41 police stations we visited.")
        + row.format("Raise the minimum age at which children may be held in police cells",
                     "Repeated by several treaty bodies", "—", "The minimum age is still 10.")
        + "</table></body></html>"
    )
    units = _units(page, "tracker.html")
    assert _kind(units, "recommendation") == []
    cited = _kind(units, "cited_recommendation")
    assert [(u.text[:20], u.mechanism, u.year, u.status_claim) for u in cited] == [
        ("Prohibit the use of ", "CAT", 2021, "not_implemented"),
        ("Ensure that all poli", "UPR", 2022, "unknown"),
        ("Raise the minimum ag", "other", None, "not_implemented"),
    ]


def test_plain_text_letter_quotes_recommendations_as_indented_blocks() -> None:
    text = (
        "To: Special Rapporteur on the independence of judges and lawyers\n"
        "Subject: Norvessa ten years after the visit\n\n"
        "Dear Special Rapporteur,\n\n"
        "This letter sets out what has become of the recommendations made on judges and lawyers in Norvessa.\n\n"
        "In his 2016 report, your predecessor recommended:\n\n"
        "    The composition of the Supreme Judicial Council should be reformed\n"
        "    so that a majority of its members are judges elected by their peers\n\n"
        "What happened: the amendment of 2022 gave judges seven of the thirteen seats.\n\n"
        "He also recommended:\n\n"
        "    The probationary period of five years for newly appointed judges\n"
        "    should be abolished.\n\n"
        "The Law on the Status of Judges of 2021 abolished the probationary period.\n\n"
        "At its last universal periodic review, Norvessa supported a recommendation from Belgium to:\n\n"
        "    guarantee the independence of the judiciary, including by ensuring that\n"
        "    disciplinary proceedings are conducted by an independent body\n\n"
        "Disciplinary proceedings are still decided by a chamber on which the Minister sits.\n\n"
        "The Working Group on Arbitrary Detention has examined the practice. In 2023 it found the detention "
        "of Ms. Roshan Aybek to be arbitrary and requested the Government to:\n\n"
        "    release Ms. Aybek immediately and accord her an enforceable right to\n"
        "    compensation\n\n"
        "Ms. Aybek was released under a pardon in March 2024.\n\n"
        "We would also be grateful if you could seek the Government's answers to the following questions:\n\n"
        "1. On what grounds were 46 judges transferred without their consent in 2024 and 2025?\n"
        "2. How many lawyers have been charged since 2023?\n"
    )
    units = _units(text)
    cited = _kind(units, "cited_recommendation")
    assert [(u.text[:25], u.mechanism, u.source_detail) for u in cited] == [
        ("The composition of the Su", "SR", None),
        ("The probationary period o", "SR", None),
        ("guarantee the independenc", "UPR", "Belgium"),
        ("release Ms. Aybek immedia", "SR", None),  # the Working Group is a special procedure
    ]
    assert [u.text[:20] for u in _kind(units, "question")] == ["On what grounds were", "How many lawyers hav"]
    # the facts are the paragraph after the quotation; a passive request ("should be abolished") is reported
    # done when its participle and its subject are ("... abolished the probationary period")
    assert [u.status_claim for u in cited] == ["unknown", "implemented", "not_implemented", "implemented"]


def test_facts_after_a_quoted_list_are_not_read_for_its_last_item() -> None:
    text = (
        "<html><body><h1>Follow-up report, March 2025</h1>"
        "<h2>1. Equal recognition before the law (article 12)</h2>"
        "<p>In 2022 the Committee recommended that the State party:</p><blockquote><ol type='a'>"
        "<li>Abolish plenary guardianship.</li><li>Provide training on supported decision-making to judges.</li>"
        "</ol></blockquote><p>Sub-paragraph (a) has not been implemented. Plenary guardianship was renamed.</p>"
        "</body></html>"
    )
    cited = _kind(_units(text, "x.html"), "cited_recommendation")
    assert [u.text[:12] for u in cited] == ["Abolish plen", "Provide trai"]
    assert cited[0].status_claim == "not_implemented"
    assert cited[1].status_claim in (None, "unknown")


def test_status_table_with_a_body_and_year_column() -> None:
    row = "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
    page = (
        "<html><body><h1>Parliamentary brief: women's and children's rights in Norvessa</h1>"
        "<table><tr><th>No.</th><th>Recommendation</th><th>Body and year</th><th>Status</th></tr>"
        + row.format("1", "Raise the minimum age of marriage to 18 years for girls and boys",
                     "Committee on the Rights of the Child, 2023", "Implemented")
        + row.format("2", "Ratify the Council of Europe Convention on violence against women",
                     "UPR, third cycle (Spain), 2022", "Not implemented")
        + "</table></body></html>"
    )
    cited = _kind(_units(page, "brief.html"), "cited_recommendation")
    assert [(u.text[:20], u.mechanism, u.year, u.status_claim) for u in cited] == [
        ("Raise the minimum ag", "CRC", 2023, "implemented"),
        ("Ratify the Council o", "UPR", 2022, "not_implemented"),
    ]


def test_upr_table_with_a_states_and_response_column_beside_the_status() -> None:
    row = "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
    page = (
        "<html><body><h1>Mid-term assessment of Norvessa's UPR recommendations</h1>"
        "<p>At its fourth review, held on 8 November 2023, Norvessa received 241 recommendations.</p>"
        "<table><tr><th>No.</th><th>Recommendation</th><th>Recommending State(s) and response</th>"
        "<th>Status in March 2026</th></tr>"
        + row.format("143.12", "Ratify the Optional Protocol to the Convention against Torture",
                     "Denmark, Ghana – supported", "Implemented. Ratified on 4 June 2025.")
        + row.format("143.27", "Reduce the length of pre-trial detention", "Brazil – supported",
                     "Partly implemented. The bail reform of 2024 reduced the number of remand prisoners.")
        + "</table></body></html>"
    )
    cited = _kind(_units(page, "midterm.html"), "cited_recommendation")
    # the States column ("... and response") names who made it; the status is the next column's
    assert [(u.text[:20], u.mechanism, u.year, u.status_claim) for u in cited] == [
        ("Ratify the Optional ", "UPR", 2023, "implemented"),
        ("Reduce the length of", "UPR", 2023, "partially_implemented"),
    ]
    assert cited[0].source_detail is not None and cited[0].source_detail.startswith("Denmark, Ghana")


def test_russian_upr_number_then_position_and_state_subject_with_a_upr_number() -> None:
    text = (
        "Доклад коалиции о выполнении рекомендаций\n\n"
        "1. Безопасности журналистов касались рекомендации 121.47 (Эстония) и 121.48 (Швеция), обе "
        "поддержанные. Эстония рекомендовала расследовать все нападения на журналистов.\n\n"
        "2. Швейцария рекомендовала провести независимое расследование разгона протестов (рекомендация "
        "121.63, принята к сведению). Расследование не проводилось.\n"
    )
    cited = [u for u in _units(text) if u.kind == "cited_recommendation"]
    texts = [u.text for u in cited]
    assert "расследовать все нападения на журналистов." in texts
    assert any(t.startswith("провести независимое расследование разгона протестов") for t in texts)
    assert not any(t.startswith(("обе поддержанные", "принята к сведению")) for t in texts)
    assert all(u.mechanism == "UPR" for u in cited)


def test_verdict_line_after_the_facts_grades_the_quotation_above() -> None:
    # plain text, one paragraph per line: "Verdict: IMPLEMENTED" has no full stop, yet it is no heading, and the
    # quotation block after the blank line is a paragraph of its own, not joined to it
    text = (
        "1. INTRODUCTION\n---------------\n\nThis report follows the Committee's concluding observations.\n\n"
        "2. EQUALITY BODY\n-----------------\n\n"
        "Recommendation of CERD (2021), para. 8:\n"
        "\u201cAdopt a comprehensive law prohibiting direct and indirect racial discrimination.\u201d\n\n"
        "What happened: The Equal Treatment Act was adopted in June 2023.\n"
        "Verdict: IMPLEMENTED\n\n"
        "Recommendation of CERD (2021), para. 10:\n"
        "\u201cEnsure that the Equal Treatment Commissioner is independent and has adequate resources.\u201d\n\n"
        "What happened: The Commissioner is appointed by the Government and can be dismissed by it.\n"
        "Verdict: PARTIALLY IMPLEMENTED\n\n"
        "Recommendations:\n"
        "- Transfer the power to appoint the Commissioner to Parliament.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text[:20], u.status_claim) for u in cited] == [
        ("Adopt a comprehensiv", "implemented"), ("Ensure that the Equa", "partially_implemented")]
    assert all(u.section == "2. EQUALITY BODY" for u in cited)


def test_authors_unable_to_say_outweigh_the_facts_before_it() -> None:
    text = (
        "Shadow report to the Human Rights Committee, March 2026\n\n"
        "This report follows up the Committee's concluding observations of 2021.\n\n"
        "Surveillance\n\n"
        "The Committee asked Norvandy to ensure that the interception of communications is subject to prior "
        "judicial authorization. A warrant has been required by law since 2012. The courts do not publish how many "
        "applications they refuse, and the oversight board has not published anything. We are unable to say "
        "whether this recommendation is being complied with.\n\n"
        "Recommendations:\n\n- Publish the number of warrants granted and refused every year.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.status_claim for u in cited] == ["unknown"]


def test_grade_at_the_end_of_the_citing_paragraph_is_its_own() -> None:
    # the grade closes the paragraph that cites: it is that recommendation's, not the one cited before it
    text = (
        "Follow-up submission to the Human Rights Committee, May 2026\n\n"
        "This submission follows up the concluding observations of 2023.\n\n"
        "Judiciary\n\n"
        "The Committee recommended that the State party publish the criteria for the selection of judges. The "
        "Council published them in 2024. Proposed assessment: A.\n\n"
        "The Committee also recommended that the State party abolish the probationary period for newly appointed "
        "judges. In 2024 the period was shortened to three years. Proposed assessment: B.\n\n"
        "The Committee further recommended that disciplinary proceedings against judges be held in public. We "
        "could not find any case heard in public. Proposed assessment: D.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.status_claim for u in cited] == ["implemented", "partially_implemented", "unknown"]


def test_facts_in_the_next_paragraph_after_a_quotation_with_its_footnote() -> None:
    text = (
        "Alternative report to the Committee on the Elimination of Racial Discrimination, March 2026\n\n"
        "This report follows up the concluding observations of 2021.\n\n"
        "1. Legislation\n\n"
        "The Committee recommended that the State party \u201cadopt comprehensive anti-discrimination legislation "
        "covering all areas of public life\u201d[1].\n\n"
        "What changed: a draft law was prepared by the Ministry in 2023. The draft is still pending before the "
        "Cabinet.\n\n"
        "[1] CERD/C/XXX/CO/9, para. 8.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.status_claim for u in cited] == ["not_implemented"]


def test_a_unit_naming_a_minority_the_report_introduced_concerns_article_27() -> None:
    text = (
        "Shadow report to the Human Rights Committee\n\n"
        "Language and education\n\n"
        "About 9,000 members of the Kesh people live in the uplands and speak Kesh at home.\n\n"
        "Recommendations:\n\n"
        "- Extend bilingual education to all primary schools attended by Kesh children.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [27 in u.articles for u in recs] == [True]


def test_a_proposal_of_questions_opens_a_questions_list() -> None:
    text = (
        "Доклад для Комитета против пыток\n\n"
        "4. Вопросы\n\n"
        "Мы предлагаем Комитету включить в письмо государству-участнику следующие вопросы:\n\n"
        "1) Просьба сообщить, сколько задержанных в 2025 году встретились с адвокатом.\n\n"
        "2) Просьба сообщить, сколько жалоб на пытки поступило в 2024 году.\n"
    )
    units = _units(text)
    assert [u.kind for u in units] == ["question", "question"]


def test_russian_numbered_upr_recommendations_with_a_dash_or_a_verb() -> None:
    text = (
        "Совместное представление для универсального периодического обзора, март 2026 года\n\n"
        "I. Введение\n\nЭто представление подготовлено коалицией организаций.\n\n"
        "II. Права\n\n"
        "17. Комитет против пыток рекомендовал обеспечить расследование всех жалоб на пытки. Статус: не выполнена.\n\n"
        "18. Рекомендация 141.71 (Дания) – ратифицировать Факультативный протокол к Конвенции против пыток – "
        "выполнена: протокол ратифицирован в мае 2023 года.\n\n"
        "19. Рекомендации 141.60 (Канада) и 141.63 (Нидерланды), поддержанные государством, призывали прекратить "
        "блокировку веб-сайтов без решения суда. Сайты по-прежнему блокируются по предписанию прокуратуры.\n\n"
        "20. Специальный докладчик рекомендовала в докладе 2024 года установить судебный контроль за системой "
        "распознавания лиц.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim, u.text.split()[0]) for u in cited] == [
        ("CAT", "not_implemented", "обеспечить"), ("UPR", "implemented", "ратифицировать"),
        ("UPR", "not_implemented", "прекратить"), ("SR", "unknown", "установить")]


def test_upr_follow_up_table_with_response_and_status_columns() -> None:
    text = (
        "# Submission for the universal periodic review of Norvandy, March 2026\n\n"
        "## I. Introduction\n\n"
        "1. The national report states that 148 of the supported recommendations have been fully implemented. "
        "For each recommendation the members agreed on a rating of implemented or not implemented.\n\n"
        "## II. Follow-up\n\n"
        "2. The table below sets out what has become of two recommendations from the third review that fall "
        "within the Forum's mandate.\n\n"
        "| No. | Recommendation | Recommending State | Response | Status (March 2026) |\n"
        "|---|---|---|---|---|\n"
        "| 104.37 | Remove the minimum membership requirement for religious communities | Canada | Supported | "
        "Not implemented |\n"
        "| 104.41 | Guarantee the right to conscientious objection to military service | Italy | Noted | "
        "Implemented |\n\n"
        "3. Recommendation 104.41 was implemented by the Civilian Service Act of 2024, which took effect in "
        "January 2025.\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.text.split()[0], u.status_claim) for u in cited] == [("Remove", "not_implemented"),
                                                                   ("Guarantee", "implemented")]


def test_upr_citations_in_running_text_of_a_stakeholder_submission() -> None:
    text = (
        "Joint submission for the universal periodic review of Norvandy, March 2026\n\n"
        "I. Introduction\n\n"
        "1. At the review, the Minister stated that Norvandy had implemented \u201c92 per cent\u201d of the "
        "recommendations it supported in 2021.\n\n"
        "II. Civic space\n\n"
        "2. The words on spouses were added in 2023, after Spain and Iceland had recommended at the third review "
        "that Norvandy criminalize marital rape explicitly (recommendations 131.80 and 131.81, both supported).\n\n"
        "3. Switzerland, Uruguay and Ireland recommended that Norvandy investigate the use of force by the police "
        "during the protests of 2020 (recommendations 128.33, 128.34 and 128.36, all supported). No one has "
        "been prosecuted.\n\n"
        "4. Recommendation 128.90 (Austria) was to publish all court judgments online in a searchable database.\n\n"
        "5. Recommendations 141.88 (Iceland) and 141.90 (Spain) were supported. Both States recommended that "
        "Norvandy open shelters for victims of domestic violence in all regions.\n\n"
        "6. The Office of the United Nations High Commissioner for Refugees has for several years asked the "
        "authorities to grant lawyers access to the transit zone at the border.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text) for u in cited] == [
        ("UPR", "Norvandy criminalize marital rape explicitly"),
        ("UPR", "Norvandy investigate the use of force by the police during the protests of 2020"),
        ("UPR", "publish all court judgments online in a searchable database."),
        ("UPR", "Norvandy open shelters for victims of domestic violence in all regions."),
        ("other", "grant lawyers access to the transit zone at the border."),
    ]


def test_russian_follow_up_opening_cites_nothing() -> None:
    text = (
        "Информация для Комитета против пыток, февраль 2026 года\n\n"
        "1. Введение\n\n"
        "Для процедуры последующей деятельности Комитет отобрал четыре рекомендации – пункты 11 (a), 11 (b), "
        "19 (b) и 31 (c) заключительных замечаний.\n\n"
        "За период после рассмотрения доклада произошли события, которые показывают, насколько важны "
        "отобранные Комитетом рекомендации.\n"
    )
    assert _kind(_units(text), "cited_recommendation") == []


def test_proposed_grade_lines_even_as_headings() -> None:
    text = (
        "# Follow-up submission to the Human Rights Committee, May 2026\n\n"
        "## 1. Introduction\n\nThis submission follows up the concluding observations of 2023.\n\n"
        "## 2. Paragraph 25\n\n"
        "7. The Committee recommended that the State party seek accreditation by the Global Alliance of National "
        "Human Rights Institutions. The Commissioner applied in March 2024 and was accredited in October 2025.\n\n"
        "### Proposed grade: A\n\n"
        "8. The Committee further recommended that the State party ensure that all deaths resulting from the use "
        "of force are investigated by an independent body. A Police Oversight Directorate began work in 2024.\n\n"
        "### Proposed grade: B\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [u.status_claim for u in cited] == ["implemented", "partially_implemented"]
    assert all(u.section == "2. Paragraph 25" for u in cited)


def test_observations_year_from_footnotes_whose_markers_were_lost() -> None:
    from hrtracker.extract.ngo import _same_observations_year
    from hrtracker.models import Document

    doc = Document(name="x.pdf", text="The Human Rights Committee recommended that Halvoria amend the Law.",
                   format="pdf")
    u = Unit(kind="cited_recommendation", text="amend the Law.", mechanism="HRC", start=57, end=71)
    notes = {"5": "Human Rights Committee, concluding observations on the second periodic report of Halvoria, "
                  "CCPR/C/HVA/CO/2, 2022, para. 45.", "8": "CCPR/C/HVA/CO/2, para. 29 (a).",
             "9": "A/HRC/48/14, para. 112.95 (Netherlands)."}
    _same_observations_year([u], doc, notes)
    assert u.year == 2022
    # two different years in the notes: no guess
    v = Unit(kind="cited_recommendation", text="amend the Law.", mechanism="HRC", start=57, end=71)
    _same_observations_year([v], doc, {**notes, "10": "CCPR/C/HVA/CO/1, 2015, para. 12."})
    assert v.year is None


def test_plain_words_of_a_grassroots_report() -> None:
    text = (
        "# Our Rights, Our Voice\n\n"
        "**A report by young people for the UN Committee on the Rights of the Child, March 2026**\n\n"
        "## Did the Government listen?\n\n"
        "- In 2020 the Committee told the Government to ban all corporal punishment, also at home. Nothing has "
        "changed since then.\n"
        "- The Committee said in 2020 that the Government should make sure that every child gets a birth "
        "certificate. Done! Since 2023 hospitals register every baby.\n\n"
        "## School\n\n"
        "At the UPR in 2023, Ireland and Uruguay said it should end the separate classes for Velsk children.\n\n"
        "**What we want:**\n\n"
        "- No more separate classes for Velsk children.\n"
        "- Every school should have a counsellor that young people can talk to.\n\n"
        "**Our demand:** Call our parents straight away when we are arrested.\n"
    )
    units = _units(text, "x.md")
    assert [(u.kind, u.mechanism, u.text) for u in units if u.kind == "cited_recommendation"] == [
        ("cited_recommendation", "CRC", "ban all corporal punishment, also at home."),
        ("cited_recommendation", "CRC", "make sure that every child gets a birth certificate."),
        ("cited_recommendation", "UPR", "end the separate classes for Velsk children."),
    ]
    assert [u.text for u in units if u.kind == "recommendation"] == [
        "No more separate classes for Velsk children.",
        "Every school should have a counsellor that young people can talk to.",
        "Call our parents straight away when we are arrested.",
    ]


def test_question_headings_in_plain_words() -> None:
    from hrtracker.extract.ngo.cues import QUE_LABEL

    for head in ("Questions we hope the Committee will ask", "QUESTIONS WE WOULD LIKE THE COMMITTEE TO ASK",
                 "Questions we sent for the list of issues", "Questions we want the Committee to ask"):
        assert QUE_LABEL.match(head), head
    assert not QUE_LABEL.match("Questions were raised about the budget.")


def test_plain_citations_with_pronouns_dates_and_tables() -> None:
    text = (
        "Tenants' report to the Committee on Economic, Social and Cultural Rights, March 2026\n\n"
        "What the Committee said\n\n"
        "Here is what the Committee asked for, and where we are now.\n\n"
        "- The Committee told the Government to adopt a national housing strategy with targets. Still waiting.\n"
        "- It told them to guarantee free legal aid to tenants in eviction proceedings. Done! Since 2022 every "
        "tenant gets a lawyer.\n\n"
        "Policing\n\n"
        "The Human Rights Committee told the Government in 2022 to ensure that the police do not use force to "
        "disperse peaceful assemblies. In 2018 the Committee asked for temporary special measures, such as "
        "quotas, to increase the number of women in local councils. The Committee on the Rights of the Child "
        "asked in 2019 that Norvandy demarcate the traditional lands of the Fernhollow people.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text) for u in cited] == [
        ("CESCR", "adopt a national housing strategy with targets."),
        ("CESCR", "guarantee free legal aid to tenants in eviction proceedings."),
        ("HRC", "ensure that the police do not use force to disperse peaceful assemblies."),
        ("CESCR", "temporary special measures, such as quotas, to increase the number of women in local councils."),
        ("CRC", "Norvandy demarcate the traditional lands of the Fernhollow people."),
    ]


def test_a_table_of_what_the_committee_told_the_government() -> None:
    from hrtracker.extract.tables import _REC_COL

    assert _REC_COL.search("What the Committee told the Government")
    assert _REC_COL.search("The Committee’s advice")
    assert not _REC_COL.search("What we found")


def test_russian_plain_words_of_a_grassroots_report() -> None:
    text = (
        "Альтернативный доклад для Специального докладчика, март 2026 года\n\n"
        "1. Что было\n\n"
        "Ещё Комитет против пыток советовал ввести лицензирование частных агентств. Итог: ничего не "
        "изменилось.\n\n"
        "Специальный докладчик обратился к правительству с призывом освободить журналиста Тимура Асылгереева. "
        "Сделано: в ноябре 2025 года его освободили.\n\n"
        "На УПО в 2023 году Германия и Чили заявили, что государство должно обеспечить доступ общественности к "
        "экологической информации.\n\n"
        "2. Чего мы ждём\n\n"
        "Мы просим правительство:\n\n"
        "1) Закрыть агентства, которые берут с работников деньги за трудоустройство.\n\n"
        "2) Открыть бесплатную горячую линию для работников.\n\n"
        "Необходимо немедленно проверить уровень свинца в крови всех детей.\n"
    )
    units = _units(text)
    assert [(u.kind, u.text.split()[0]) for u in units] == [
        ("cited_recommendation", "ввести"), ("cited_recommendation", "освободить"),
        ("cited_recommendation", "обеспечить"), ("recommendation", "Закрыть"), ("recommendation", "Открыть"),
        ("recommendation", "Необходимо")]


def test_years_relative_to_the_recommendation_cited_before() -> None:
    text = (
        "Shadow report to the Committee on the Elimination of Discrimination against Women, March 2026\n\n"
        "1. Land\n\n"
        "In 2018 the Committee asked the Government to ensure that daughters inherit land on an equal basis with "
        "sons. The law was changed in 2021.\n\n"
        "At the UPR two years later, Norway and Ghana said the State should give women joint title to family "
        "land. This is done.\n\n"
        "At the same UPR, Chile said the State should make sure that all religious marriages are registered. "
        "We do not know whether anything has changed.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.year) for u in cited] == [("CEDAW", 2018), ("UPR", 2020), ("UPR", 2020)]


def test_a_letter_reminds_its_addressee_of_what_she_asked() -> None:
    text = (
        "To: Special Rapporteur on the situation of human rights defenders\n\n"
        "Dear Special Rapporteur,\n\n"
        "In your joint letter of 14 May 2024 you asked the Government to release Aron Keddle and Lida Morrow, who "
        "were detained after the protest. Lida was released in August 2024. Aron is still in prison.\n\n"
        "And you asked it to ensure that the company does not restart work until the communities consent.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text.split()[0]) for u in cited] == [("SR", "release"), ("SR", "ensure")]


def test_our_view_and_itog_label_a_verdict() -> None:
    from hrtracker.extract.ngo.segments import is_verdict_line

    assert is_verdict_line("Our view: done!")
    assert is_verdict_line("Итог: сделано.")
    assert is_verdict_line("Our view: still waiting")


def test_status_marks_read_through_the_legend_line() -> None:
    text = (
        "# Our report for the UN Committee on the Rights of the Child, March 2026\n\n"
        "## Did the Government listen?\n\n"
        "✅ done · 🟠 some of it · ❌ nothing · ❓ we don't know\n\n"
        "- ❌ **Smacking.** In 2020 the Committee told the Government to ban all corporal punishment, also at home.\n"
        "- 🟠 **Being heard.** The Committee told them to make sure that children's views are heard in schools.\n"
        "- ❓ **Street children.** The Committee wanted the Government to collect data on children in street "
        "situations.\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [u.status_claim for u in cited] == ["not_implemented", "partially_implemented", "unknown"]


def test_advised_and_asking_report_a_request() -> None:
    text = (
        "Shadow report to the Human Rights Committee, March 2026\n\n"
        "Statelessness\n\n"
        "The Office of the United Nations High Commissioner for Refugees has long advised Norvandy to grant its "
        "nationality to children born in its territory who would otherwise be stateless. The law has not been "
        "changed.\n\n"
        "The European Committee for the Prevention of Torture has made the same point after each visit, asking "
        "the authorities to ensure that detained persons have access to a lawyer from the outset.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text.split()[0]) for u in cited] == [("other", "grant"), ("other", "ensure")]


def test_a_bulleted_run_of_requests_without_a_label() -> None:
    text = (
        "Alternative report to the Committee against Torture, March 2026\n\n"
        "6. Asylum\n\n"
        "At the universal periodic review in 2022, Mexico recommended that Norvandy guarantee access to the asylum "
        "procedure at all border crossing points. There is no lawyer at eleven of the thirteen crossings.\n\n"
        "• Give suspensive effect to every appeal against a removal decision;\n\n"
        "• Ensure the presence of a lawyer at every border crossing point.\n\n"
        "7. Violence against women\n\n"
        "The Committee recommended:\n\n"
        "• Adopt a definition of rape based on the absence of consent;\n\n"
        "• Open a shelter in every province.\n"
    )
    units = _units(text)
    assert [u.text.split()[0] for u in units if u.kind == "recommendation"] == ["Give", "Ensure"]


def test_a_single_bulleted_request_that_closes_its_section() -> None:
    text = (
        "Alternative report to the Committee against Torture, March 2026\n\n"
        "4. Deaths in custody\n\n"
        "The Committee asked the State party to ensure that all deaths in custody are investigated by an independent "
        "body. Families still have no right to see the autopsy report.\n\n"
        "• Give the families of persons who die in custody the right to receive the autopsy report.\n\n"
        "5. Conditions of detention\n\n"
        "Cells hold up to forty people. Three measures have been announced:\n\n"
        "• Build two new remand prisons.\n\n"
        "The first is to open in 2027, and nobody knows when the second will.\n\n"
        "• Close the basement cells of the Tarsk police station.\n\n"
        "The police still use them.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.text.split()[0] for u in recs] == ["Give"]


def test_the_council_after_the_human_rights_council_named_in_full() -> None:
    text = (
        "Written statement to the Human Rights Council, sixty-second session\n\n"
        "Cooperation with the special procedures\n\n"
        "The Human Rights Council renewed the mandate in 2023.\n\n"
        "Seven requests for visits are pending, the oldest since 2017. In April 2024 the Council called on Norvandy to "
        "respond favourably to the pending requests for visits.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text.split()[-1]) for u in cited] == [("HRCouncil", "visits.")]


def test_a_recommendation_of_a_kind_in_a_condition_is_not_cited() -> None:
    text = (
        "Written statement to the Human Rights Council, sixty-second session\n\n"
        "In brief\n\n"
        "Where a recommendation required the authorities to give up a power, it has not been implemented. "
        "When recommendations called for new laws, the laws were passed.\n"
    )
    assert _kind(_units(text), "cited_recommendation") == []


def test_a_request_of_a_body_named_and_a_request_whose_content_is_unsaid() -> None:
    text = (
        "Written statement to the Human Rights Council, sixty-second session\n\n"
        "Cooperation\n\n"
        "None has been accepted, and the Government has not replied to the request of the Special Rapporteur on the "
        "situation of human rights defenders, sent in 2023.\n\n"
        "The Government ignored the request of the Special Rapporteur on torture to close the Tarsk colony.\n\n"
        "It supported the recommendations of the Special Rapporteur on the right to food to adopt a framework law on "
        "food security.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text) for u in cited] == [
        ("SR", "close the Tarsk colony."), ("SR", "adopt a framework law on food security.")]


def test_united_nations_bodies_together_and_the_state_that_did_so() -> None:
    text = (
        "Alternative report to the Committee on the Rights of Persons with Disabilities, March 2026\n\n"
        "1. Introduction\n\n"
        "Both organisations took part in the Committee's previous review of Norvandy, which ended with the adoption "
        "of concluding observations on the initial report.\n\n"
        "United Nations bodies had for years recommended that Norvandy ratify the Optional Protocol to the "
        "Convention. Norvandy did so in March 2024, and the first communications have been registered.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim, u.text.split()[1]) for u in cited] == [("other", "implemented", "ratify")]


def test_a_body_label_over_its_numbered_paragraph_quotes_the_body() -> None:
    text = (
        "Follow-up to the concluding observations of the Human Rights Committee on Norvandy, May 2026\n\n"
        "II. Paragraph 30: Independence of the judiciary\n\n"
        "Recommendation of the Committee\n\n"
        "30. The State party should take all measures necessary to safeguard the independence of judges. In "
        "particular, it should:\n\n"
        "(a) Abolish the probationary appointment of judges;\n\n"
        "(b) Ensure the independence of the Supreme Judicial Council from the executive.\n\n"
        "Assessment\n\n"
        "Sub-paragraph (b): not implemented.\n\n"
        "Recommendations of the coalition\n\n"
        "31. The State party should:\n\n"
        "(a) Publish every decision of the Council.\n"
    )
    units = _units(text)
    cited = _kind(units, "cited_recommendation")
    assert [(u.mechanism, u.text.split()[0]) for u in cited] == [("HRC", "The"), ("HRC", "Abolish"), ("HRC", "Ensure")]
    assert [u.text.split()[0] for u in _kind(units, "recommendation")] == ["Publish"]


def test_suggested_requests_for_the_list_of_issues_an_offer_and_a_request_set_off_by_dashes() -> None:
    text = (
        "Joint submission to the Committee against Torture for the List of Issues Prior to Reporting, 2026\n\n"
        "I. Introduction\n\n"
        "4. The Coalition would be grateful for an opportunity to brief the members of the Committee in a closed "
        "meeting before the adoption of the List of Issues.\n\n"
        "II. Detention\n\n"
        "20. The Special Rapporteur on torture, who visited Norvandy in October 2022, recommended that all pre-trial "
        "detention facilities be transferred to the Ministry of Justice. This has not been done. The Rapporteur's "
        "other recommendation – to install video recording equipment in all interrogation rooms – has been "
        "implemented.\n\n"
        "The Coalition suggests that the Committee request the State party to:\n\n"
        "8. provide statistics on complaints of domestic violence and the protection orders issued;\n\n"
        "9. indicate whether it intends to criminalize domestic violence as a separate offence.\n"
    )
    units = _units(text)
    assert [u.text.split()[0] for u in _kind(units, "question")] == ["provide", "indicate"]
    cited = _kind(units, "cited_recommendation")
    assert [(u.mechanism, u.status_claim, u.text) for u in cited][1:] == [
        ("SR", "implemented", "to install video recording equipment in all interrogation rooms")]
    assert len(cited) == 2 and _kind(units, "recommendation") == []


def test_general_statements_about_recommendations_cite_nothing() -> None:
    text = (
        "Alternative report to the Human Rights Committee, 2026\n\n"
        "Introduction\n\n"
        "Most of the recommendations of the Committee, as well as of other treaty bodies and of the Universal "
        "Periodic Review, remain unimplemented. The Coalition has counted 87 recommendations addressed to Norvandy "
        "by the UN mechanisms since 2019. Many recommendations were declared implemented only because a plan was "
        "approved. Each recommendation is given below with its paragraph number in the report of the Working Group. "
        "But a recommendation is not implemented because a round table has been held. After none of the previous "
        "cycles were the recommendations translated into the state language. One recommendation has been "
        "implemented in full.\n\n"
        "Religion\n\n"
        "Before the adoption of the 2021 law, the Venice Commission examined the draft at the request of the "
        "Government.\n"
    )
    assert _kind(_units(text), "cited_recommendation") == []


def test_a_numbered_upr_recommendation_reported_in_a_relative_clause() -> None:
    text = (
        "Mid-term report on the universal periodic review of Norvandy, 2026\n\n"
        "Justice\n\n"
        "9. The Government describes as implemented also recommendation 131.22 (Ukraine), which called on Norvandy "
        "to establish a national procedure for giving effect to the Views of the Human Rights Committee, with "
        "reference to the Decree No. 412 of 2023.\n\n"
        "10. Recommendation 142.61 (Czechia) asked Norvandy to ensure the audio and video recording of all "
        "interrogations, and since January 2024 this has been a requirement of the Code.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.year) for u in cited] == [
        ("establish a national procedure for giving effect to the Views of the Human Rights Committee", None),
        ("ensure the audio and video recording of all interrogations", None)]


def test_advance_questions_the_authors_suggest_and_a_request_to_the_high_commissioner() -> None:
    text = (
        "Mid-term report on the universal periodic review of Norvandy, 2026\n\n"
        "Recommendations\n\n"
        "1) adopt a plan of action;\n"
        "2) repeal article 274 of the Criminal Code.\n\n"
        "38. The Coalition further asks the Office of the High Commissioner to take this report into account.\n\n"
        "Advance questions that the Coalition suggests States put to the Government of Norvandy\n\n"
        "Which body is responsible for the implementation of the Views of the Committee?\n\n"
        "How many complaints of torture were registered in 2023-2025?\n"
    )
    units = _units(text)
    assert [u.text.split()[0] for u in _kind(units, "recommendation")] == ["adopt", "repeal"]
    assert [u.text.split()[0] for u in _kind(units, "question")] == ["Which", "How"]
    assert _kind(units, "cited_recommendation") == []


def test_russian_upr_review_states_named_as_subject_and_in_the_noun_form() -> None:
    text = (
        "Бесагашия после четвёртого цикла УПО: что рекомендовали государства\n\n"
        "1. Свобода выражения мнений\n\n"
        "Германия, Чили и Ирландия призвали Бесагашию отменить статью 203 Уголовного кодекса.\n\n"
        "Рекомендации 118.41 и 118.44 (Норвегия, Канада) содержали призыв освободить блогера Армана Кулбаева. "
        "Обе рекомендации приняты к сведению.\n\n"
        "Рекомендация Португалии и Уругвая криминализировать бытовое насилие как отдельное преступление выполнена: "
        "введена статья 110-1.\n\n"
        "Рекомендацию Австралии 2019 года привести законодательство о собраниях в соответствие с международными "
        "стандартами мы считаем выполненной частично.\n\n"
        "Рекомендации Швеции и Исландии о запрете дискриминации по признаку сексуальной ориентации (A/HRC/55/9, "
        "пп. 118.25 и 118.26) были приняты к сведению.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, " ".join(u.text.split()[:2]), u.text.split()[-1]) for u in cited] == [
        ("UPR", "отменить статью", "кодекса."), ("UPR", "освободить блогера", "Кулбаева."),
        ("UPR", "криминализировать бытовое", "преступление"), ("UPR", "привести законодательство", "стандартами"),
        ("UPR", "о запрете", "ориентации")]
    assert [u.status_claim for u in cited][2:4] == ["implemented", "partially_implemented"]


def test_russian_rapporteur_by_head_noun_and_the_authors_joining_his_recommendations() -> None:
    text = (
        "Специальный докладчик ООН завершил визит в Кокжайлию\n\n"
        "Что сказал Специальный докладчик\n\n"
        "В заявлении по итогам визита Специальный докладчик отметил, что закон ограничивает право на собрания.\n\n"
        "В предварительных рекомендациях докладчик, в частности, призвал правительство заменить разрешительный "
        "порядок проведения собраний уведомительным.\n\n"
        "Отдельно докладчик остановился на положении некоммерческих организаций. Он рекомендовал отменить закон об "
        "организациях, выполняющих функции иностранного представителя.\n\n"
        "Наши рекомендации\n\n"
        "Правозащитный центр «Жарык Жол» присоединяется к предварительным рекомендациям Специального докладчика и со "
        "своей стороны призывает власти Кокжайлии:\n\n"
        "- безотлагательно освободить участников протестов;\n\n"
        "- отменить административный арест за участие в мирных собраниях.\n"
    )
    units = _units(text)
    assert [(u.mechanism, u.text.split()[0]) for u in _kind(units, "cited_recommendation")] == [
        ("SR", "заменить"), ("SR", "отменить")]
    assert [u.text.split()[0] for u in _kind(units, "recommendation")] == ["безотлагательно", "отменить"]


def test_russian_quoted_sub_items_a_questions_lead_in_and_general_statements() -> None:
    text = (
        "# Информация о последующих мерах для Комитета против пыток\n\n"
        "## Пункт 12. Основные правовые гарантии\n\n"
        "В пункте 12 заключительных замечаний Комитет указал:\n\n"
        "> Государству-участнику следует:\n>\n"
        "> a) обеспечить задержанным незамедлительный доступ к адвокату;\n>\n"
        "> b) обеспечить регистрацию каждого задержания в едином реестре.\n\n"
        "## Пункт 26. Национальный превентивный механизм\n\n"
        "В пункте 26 Комитет призвал государство:\n\n"
        "> a) обеспечить механизму достаточные финансовые и кадровые ресурсы;\n>\n"
        "> b) гарантировать участникам механизма доступ во все места лишения свободы.\n\n"
        "Эти шаги показывают, что там, где есть политическая воля, рекомендации УПО выполняются быстро. В 2019 году "
        "правительство утвердило «План мероприятий по реализации рекомендаций УПО».\n\n"
        "## Предлагаемые вопросы\n\n"
        "65. Коалиция предлагает Комитету задать делегации государства следующие вопросы.\n\n"
        "66. Сколько жалоб на пытки поступило в 2024 году?\n"
    )
    units = _units(text, "x.md")
    cited = _kind(units, "cited_recommendation")
    assert [u.text.split()[:2] for u in cited] == [
        ["обеспечить", "задержанным"], ["обеспечить", "регистрацию"], ["обеспечить", "механизму"],
        ["гарантировать", "участникам"]]
    assert [u.text.split()[0] for u in _kind(units, "question")] == ["Сколько"]


def test_the_report_s_own_recommendations_after_the_last_chapter_do_not_take_its_subject() -> None:
    text = (
        "Mid-term report on the universal periodic review of Norvandy, 2026\n\n"
        "VII. Freedom of expression\n\n"
        "Journalists are still prosecuted for defamation.\n\n"
        "VIII. Rights of women and children\n\n"
        "Domestic violence is still an administrative offence.\n\n"
        "Recommendations of the Coalition to the Government\n\n"
        "1) repeal article 274 of the Criminal Code on false information;\n"
        "2) stop the publication of the register of persons receiving money from abroad.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.section for u in recs] == ["Recommendations of the Coalition to the Government"] * 2
    assert not any({3, 24} & set(u.articles) for u in recs)


def test_russian_upr_item_with_a_long_state_name_and_a_body_set_apart_from_the_upr() -> None:
    text = (
        "Промежуточный доклад о выполнении рекомендаций УПО\n\n"
        "Объединения\n\n"
        "7. Рекомендация 121.101 (Соединенное Королевство Великобритании и Северной Ирландии): «Упростить процедуру "
        "регистрации общественных объединений» (поддержана).\n\n"
        "Вне рамок УПО Европейский парламент в резолюции 2023 года призвал власти Норвандии немедленно освободить "
        "Армана Кулбаева.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text.split()[0]) for u in cited] == [("UPR", "Упростить"), ("other", "немедленно")]


def test_requests_to_others_and_questions_for_a_communication() -> None:
    text = (
        "Statement to the OSCE Human Dimension Conference, 2026\n\n"
        "Recommendations to the Government of Norvandy:\n\n"
        "1. to repeal article 176-1 of the Criminal Code;\n\n"
        "Recommendations to OSCE participating States and institutions:\n\n"
        "1. to raise the cases of the detained journalists in the Permanent Council;\n\n"
        "2. to support ODIHR's follow-up to its election recommendations.\n\n"
        "Our requests\n\n"
        "In your communication, we suggest that you ask the Government to:\n\n"
        "1. provide the legal grounds for the arrest of Ms Qoshanova;\n\n"
        "2. indicate whether she has had access to a lawyer.\n"
    )
    units = _units(text)
    assert [u.text.split()[1] for u in _kind(units, "recommendation")] == ["repeal"]
    assert [u.text.split()[0] for u in _kind(units, "question")] == ["provide", "indicate"]


def test_russian_requests_to_the_rapporteur_and_to_the_committee_for_information() -> None:
    text = (
        "Обращение к Специальному докладчику о положении правозащитников\n\n"
        "4. Наши просьбы\n\n"
        "Мы просим Вас по возможности:\n\n"
        "– встретиться с Асхатом Жанботаевым без присутствия сотрудников учреждения;\n"
        "– посетить Северную область.\n\n"
        "5. Вопросы\n\n"
        "Просим Комитет запросить у государства-участника информацию о количестве жалоб на расовую дискриминацию.\n\n"
        "Просим Комитет запросить у государства-участника информацию:\n\n"
        "– о числе профилактических рейдов в 2024–2026 годах;\n"
        "– о жалобах на действия сотрудников полиции.\n"
    )
    units = _units(text)
    assert _kind(units, "recommendation") == []
    assert [u.text.split()[0] for u in _kind(units, "question")] == ["Просим", "о", "о"]


def test_upr_lists_introduced_by_the_following_and_two_organisations_recommending() -> None:
    text = (
        "UPR briefing on Norvandy, 2025\n\n"
        "2. Torture\n\n"
        "Torture was mentioned by many delegations. Among the recommendations made in November 2024 were the "
        "following:\n\n"
        "- to establish an independent mechanism for the investigation of complaints of torture (the Netherlands, "
        "Greece, Chile);\n\n"
        "- to ensure that evidence obtained under torture is excluded in all cases (Germany, Ireland);\n\n"
        "Ninety-three delegations took the floor and addressed to Norvandy 221 recommendations. By our count, of the "
        "139 recommendations supported in 2020 no more than 38 have been fully implemented.\n\n"
        "3. Conclusions\n\n"
        "We call on the troika to reflect this fact. The Bureau for Constitutional Rights of Norvandy and the Zhaltyr "
        "Legal Initiative recommend that the Government of Norvandy:\n\n"
        " adopt a national plan for the implementation of the recommendations;\n\n"
        " register the Confederation of Labour.\n\n"
        "For further information, please contact:\n\n"
        "Gulnar Seitqazy\n"
    )
    units = _units(text)
    cited = _kind(units, "cited_recommendation")
    assert [(u.mechanism, u.source_detail, u.text.split()[:2]) for u in cited] == [
        ("UPR", "Netherlands, Greece, Chile", ["to", "establish"]), ("UPR", "Germany, Ireland", ["to", "ensure"])]
    assert [u.text.split()[0] for u in _kind(units, "recommendation")] == ["adopt", "register"]


def test_views_described_a_mission_a_gerund_request_and_facts_after_a_colon() -> None:
    text = (
        "Alternative report to the Human Rights Committee, 2026\n\n"
        "2. National human rights institutions (Article 2 of the ICCPR)\n\n"
        "The Views of the Human Rights Committee are not a judicial act and are not binding on the Republic of "
        "Norvandy. The Sub-Committee on Accreditation of the Global Alliance of National Human Rights Institutions "
        "recommended that the selection of the Commissioner be made through a transparent process. The Law of 2024 "
        "partly took this recommendation into account: the Commissioner now receives complaints against the army.\n\n"
        "12. Elections (article 25)\n\n"
        "The elections of March 2025 were observed by the OSCE/ODIHR. The mission recommended, inter alia, that the "
        "requirement of 5,000 signatures for independent candidates be reduced.\n\n"
        "Recommendations (Article 25 of the ICCPR):\n\n"
        "The coalition recommends amending the Electoral Code to reduce the number of signatures.\n\n"
        "The coalition further recommends reducing the minimum number of members of a political party.\n"
    )
    units = _units(text)
    cited = _kind(units, "cited_recommendation")
    assert [(u.mechanism, u.text.split()[:2]) for u in cited] == [
        ("other", ["the", "selection"]), ("OSCE", ["the", "requirement"])]
    assert len(_kind(units, "recommendation")) == 2


def test_a_numbered_lead_in_over_the_body_s_words_and_a_fate_after_a_colon() -> None:
    text = (
        "Parallel report to the Committee on Economic, Social and Cultural Rights, 2026\n\n"
        "Article 8 – Trade union rights\n\n"
        "10. In paragraph 25 the Committee addressed this directly:\n\n"
        "The State party should amend the Law on Trade Unions with a view to removing the requirement of "
        "affiliation to a higher-level trade union.\n\n"
        "11. Neither element has been acted on.\n\n"
        "Article 15 – Cultural life\n\n"
        "34. Germany recommended that Norvandy refrain from imposing general shutdowns of internet access: the "
        "Government noted this recommendation, and the shutdown of 2025 followed.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.section, u.text.split()[-1]) for u in cited] == [
        ("CESCR", "Article 8 – Trade union rights", "union."), ("UPR", "Article 15 – Cultural life", "access")]


def test_the_osce_representative_by_title_and_the_then_mandate_holder() -> None:
    text = (
        "Statement to the OSCE Human Dimension Conference, 2026\n\n"
        "Media\n\n"
        "The OSCE Representative on Freedom of the Media reviewed the draft law in 2024. The Representative advised "
        "that the registration obligation of mass media should not be extended to bloggers. The advice was not "
        "taken.\n\n"
        "On 19 May 2026 the Representative on Freedom of the Media publicly called on the authorities to release the "
        "journalist Aidos Zhanserikuly.\n\n"
        "Defenders\n\n"
        "The Special Rapporteur on the situation of human rights defenders visited Norvandy in 2019. In the report on "
        "the visit, the then mandate holder recommended that the Government publicly recognize the role of human "
        "rights defenders.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text.split()[1]) for u in cited] == [("OSCE", "registration"), ("OSCE", "release"),
                                                                 ("SR", "Government")]


def test_recommendations_listed_by_ordinal_and_a_state_after_a_upr_paragraph() -> None:
    text = (
        "Обращение к Специальному докладчику о положении правозащитников, 2026\n\n"
        "2. Что рекомендовали ранее\n\n"
        "Специальный докладчик рекомендовал отменить уголовную ответственность за руководство незарегистрированным "
        "объединением. Эта рекомендация не выполнена.\n\n"
        "Вторая рекомендация — создать эффективный механизм защиты правозащитников. Сектор из двух сотрудников "
        "появился в 2021 году.\n\n"
        "В ходе четвёртого цикла универсального периодического обзора Норвандия получила 203 рекомендации.\n\n"
        "Германия рекомендовала отменить требование о регистрации иностранной помощи.\n\n"
        "Бельгия рекомендовала провести независимое расследование нападения на журналиста.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text.split()[0]) for u in cited] == [
        ("SR", "отменить"), ("SR", "создать"), ("UPR", "отменить"), ("UPR", "провести")]


def test_mandate_holders_as_the_subject_of_a_first_verb_then_urged() -> None:
    text = (
        "Joint letter to the special procedures of the Human Rights Council, 2026\n\n"
        "3. Earlier action\n\n"
        "In communication AL TSO 2/2024 of 8 August 2024, five mandate holders expressed concern at the repeated "
        "summoning of Ms Qoshanova, and urged the Government to take all necessary measures to ensure that she can "
        "carry out her activities.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text.split()[-1]) for u in cited] == [("SR", "activities.")]


def test_claims_about_views_and_selected_recommendations_cite_nothing() -> None:
    text = (
        "List of issues submission to the Human Rights Committee, 2026\n\n"
        "Follow-up\n\n"
        "The State party claims that all Views of the Human Rights Committee are considered by the competent "
        "authorities. It also claims that the three recommendations selected for follow-up \"have been implemented "
        "in their entirety\".\n\n"
        "The coalition notes that most of the recommendations made by the Committee five years ago remain "
        "unimplemented.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.text.split()[:4] for u in cited] == [["The", "coalition", "notes", "that"]]


def test_ganhri_s_accreditation_sub_committee_in_russian() -> None:
    text = (
        "Альтернативный доклад Комитету по правам человека, 2026\n\n"
        "Статья 2\n\n"
        "В 2023 году Подкомитет по аккредитации Глобального альянса национальных правозащитных учреждений рекомендовал "
        "закрепить в законе прозрачную процедуру отбора омбудсмена. Закон с тех пор не менялся.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text.split()[0]) for u in cited] == [("other", "закрепить")]


def test_upr_numbers_in_a_sentence_of_their_own_and_a_quoted_numbered_line() -> None:
    text = (
        "Среднесрочный доклад о выполнении рекомендаций УПО, 2025\n\n"
        "Оценка\n\n"
        "5. Рекомендации 139.12, 139.13 и 139.15. Ратифицировать второй Факультативный протокол к Международному "
        "пакту о гражданских и политических правах (Франция, Австралия, Португалия).\n\n"
        "Оценка: выполнена.\n\n"
        "20. Рекомендация 139.3 (Чили): «Направить постоянное приглашение всем специальным процедурам».\n\n"
        "Оценка: выполнена.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.source_detail, u.text.split()[-1]) for u in cited] == [
        ("UPR", "Франция, Австралия, Португалия", "правах"), ("UPR", "Чили", "процедурам")]


def test_a_russian_please_paragraph_after_a_bold_question_label() -> None:
    text = (
        "# Перечень вопросов: материалы коалиции\n\n"
        "## Вопрос 6. Досудебное содержание под стражей (статьи 9 и 14)\n\n"
        "Срок задержания до доставления к судье составляет 72 часа.\n\n"
        "**Вопрос к государству:**\n\n"
        "Просьба представить статистику ходатайств об избрании меры пресечения в виде заключения под стражу.\n"
    )
    assert [u.text.split()[0] for u in _kind(_units(text, "x.md"), "question")] == ["Просьба"]


def test_a_russian_noun_form_with_a_treaty_body_named_at_length() -> None:
    text = (
        "Заявление коалиции после рассмотрения доклада, 2026\n\n"
        "Равенство женщин\n\n"
        "В 2024 году Норвандия приняла закон о побоях в семье. Тем самым выполнена рекомендация Комитета по "
        "ликвидации дискриминации в отношении женщин установить уголовную ответственность за домашнее насилие.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim, u.text.split()[0]) for u in cited] == [("CEDAW", "implemented", "установить")]


def test_a_quotation_attributed_to_a_body_s_analysis_after_it() -> None:
    text = (
        "Statement to the OSCE Human Dimension Conference, 2026\n\n"
        "Media\n\n"
        "The OSCE Representative on Freedom of the Media reviewed the draft law in 2024. The advice was not taken. "
        "\"Suspension or blocking of an online outlet should be possible only by decision of an independent court\", "
        "the analysis also said.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text.split()[0]) for u in cited] == [("OSCE", "Suspension")]


def test_a_parenthesis_closed_on_the_next_wrapped_line_is_no_list_marker() -> None:
    text = (
        "Alternative report to the Committee on the Rights of Persons with Disabilities, March 2026\n\n"
        "5. Integrity\n\n"
        "The Committee on the Rights of Persons with Disabilities recommended (para.\n"
        "33) that Norvandy prohibit the sterilization of persons with disabilities\n"
        "without their free and informed consent. Section 12 was amended in 2021.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.text.split()[1] for u in cited] == ["prohibit"]


def test_letters_i_and_j_continue_a_list() -> None:
    text = (
        "Alternative report to the Committee on the Rights of Persons with Disabilities, March 2026\n\n"
        "8. Education\n\n"
        "We ask the Committee to recommend that Norvandy:\n"
        "i) Make at least one shelter in each region accessible to women with disabilities by 2027;\n"
        "j) Adopt a plan for transferring children and funds from special schools to mainstream schools.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.text.split()[0] for u in recs] == ["Make", "Adopt"]


def test_chto_my_predlagaem_heads_the_authors_list() -> None:
    text = (
        "Трекер выполнения рекомендаций, март 2026 года\n\n"
        "Что мы предлагаем\n\n"
        "Исходя из данных трекера, коалиция считает, что правительству следует:\n\n"
        "1. внести в парламент законопроект о независимой службе расследований;\n\n"
        "2. демонтировать металлические клетки во всех залах судебных заседаний.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.text.split()[0] for u in recs] == ["внести", "демонтировать"]


def test_russian_upr_recommendation_by_a_state_and_its_number() -> None:
    text = (
        "Альтернативный доклад для Комитета против пыток, март 2026 года\n\n"
        "2.5 Насилие в семье\n\n"
        "В ходе четвёртого цикла универсального периодического обзора в январе 2024 года Кыраттау поддержал "
        "рекомендацию Испании (148.72) обеспечить доступ к кризисным центрам для жертв насилия в семье. Убежища "
        "созданы в девяти из четырнадцати областей.\n\n"
        "Мы также отмечаем, что Кыраттау отклонил рекомендацию Швеции (104.112) снизить избирательный залог "
        "для независимых кандидатов.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.source_detail, u.text.split()[0]) for u in cited] == [
        ("UPR", "Испании", "обеспечить"), ("UPR", "Швеции", "снизить")]


def test_nested_markdown_lists_count_again_under_each_item() -> None:
    text = (
        "# **Рекомендации**\n\n"
        "Коалиция рекомендует государству-участнику:\n\n"
        "1. По статье 2 (право на эффективное средство правовой защиты):\n"
        "   1. принять закон о порядке исполнения соображений Комитета;\n"
        "   2. обеспечить избрание правозащитника, как того требуют "
        "[Парижские принципы](https://www.ohchr.org/ru/paris).\n"
        "2. По статье 7 (запрещение пыток):\n"
        "   1. создать независимую службу по расследованию преступлений полиции;\n"
        "   2. защитить лиц, заявивших о пытках, от преследования.\n"
    )
    recs = _kind(_units(text, "x.md"), "recommendation")
    assert [u.text.split()[0] for u in recs] == ["принять", "обеспечить", "создать", "защитить"]
    # a link to elsewhere reads as its words
    assert recs[1].text.endswith("как того требуют Парижские принципы.")


def test_views_remedy_obliged_in_russian() -> None:
    text = (
        "Представление коалиции НПО в Комитет по правам человека к перечню вопросов\n\n"
        "Статья 2. Право на эффективное средство правовой защиты\n\n"
        "По делу Асанкулов против Ойсылкарии Комитет признал, что автор был осуждён на основании показаний, "
        "полученных под давлением, и обязал государство предоставить автору эффективное средство правовой защиты, "
        "в том числе пересмотреть его приговор. Приговор не пересмотрен.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text.split()[0]) for u in cited] == [("HRC", "предоставить")]


def test_a_call_on_other_states_is_no_recommendation() -> None:
    text = (
        "IV. Обращение к государствам\n\n"
        "Коалиция призывает государства, которые будут участвовать в четвёртом цикле обзора, задать правительству "
        "вопросы о выполнении рекомендаций и готова провести брифинг для дипломатических представительств.\n\n"
        "Коалиция призывает правительство отменить закон об иностранных агентах.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.text.split()[2] for u in recs] == ["правительство"]


def test_the_recommendation_a_lead_in_introduces_as_a_plain_paragraph() -> None:
    text = (
        "Alternative report of NGOs to the Committee against Torture\n\n"
        "4. Investigation of complaints and redress (articles 12 to 14)\n\n"
        "Complaints of torture are examined by the Investigative Department, whose investigators work closely "
        "with the police.\n\n"
        "In its concluding observations the Committee recommended that the State party:\n\n"
        "Establish an independent body to investigate all complaints of torture and ill-treatment.\n\n"
        "The Government's report states that the Department is fully independent. This recommendation has not "
        "been implemented.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.mechanism) for u in cited] == [
        ("Establish an independent body to investigate all complaints of torture and ill-treatment.", "CAT")]


def test_what_was_recommended_and_case_stories_are_no_citations() -> None:
    text = (
        "Shadow report of NGOs to the Human Rights Committee\n\n"
        "1. Introduction\n\n"
        "This report responds to the fourth periodic report submitted by the State party in 2025 and follows the "
        "structure of the concluding observations that the Committee adopted on the third periodic report in 2019. "
        "For each subject it recalls what the Committee and other bodies recommended, assesses what the State party "
        "has done, and proposes recommendations and questions.\n\n"
        "3.2. Access to a lawyer\n\n"
        "In 2019 the Committee recommended that the State party guarantee qualified legal aid for all persons who "
        "cannot afford a lawyer. The State Legal Aid Act of 2022 extended free legal aid to civil cases.\n\n"
        "Gulnaz Yeskendirova, a lawyer in Zhartobe, was fined twice in 2025 for contempt of court after she asked "
        "a judge to record that her client had marks of beatings on his wrists.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert len(cited) == 1 and "guarantee qualified legal aid" in cited[0].text


def test_long_report_citation_forms_in_english() -> None:
    text = (
        "Alternative report to the Human Rights Committee\n\n"
        "## Article 2. Domestic application of the Covenant\n\n"
        "**7.** The report follows the order of the Covenant. Each chapter sets out what earlier recommendations of "
        "the Committee and other bodies have asked of Altyndaria and what has become of them.\n\n"
        "| Group of 2019 recommendations | Number | Implemented |\n|---|---|---|\n| Legal framework | 5 | 1 |\n\n"
        "**8.** In 2021 the Committee found that he had been convicted on the basis of a confession and concluded "
        "that the State party was under an obligation to provide Mr. Kuttybekov with an effective remedy.\n\n"
        "## Article 7. Prohibition of torture\n\n"
        "**40.** The Committee against Torture, in its concluding observations of 2021, recommended that Altyndaria "
        "ensure that officials suspected of torture are suspended. Suspension is still at the discretion of the "
        "head of the unit.\n\n"
        "**41.** The same body recommended that the State party guarantee the national preventive mechanism "
        "unrestricted access to all places of deprivation of liberty. The 2022 law allows visits.\n\n"
        "**42.** The UPR recommendations on torture mentioned in the executive summary are a clear case of a "
        "commitment ignored. After the Views, his lawyer asked the Supreme Court to reopen the case.\n\n"
        "**43.** The Committee's 2019 recommendation to replace the permission requirement with a notification "
        "procedure, which it selected for its follow-up procedure, was answered with new grounds for refusal.\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.mechanism, " ".join(u.text.split()[:2])) for u in cited] == [
        ("HRC", "provide Mr."), ("CAT", "Altyndaria ensure"), ("CAT", "the State"), ("HRC", "replace the")]


def test_long_report_citation_forms_in_russian() -> None:
    text = (
        "Альтернативный доклад коалиции НПО для Комитета против пыток, 2026 год\n\n"
        "Содержание\n\nВведение . . . . . . . . . . . . . . 3\n"
        "Выполнение рекомендаций Комитета 2020 года: общий обзор . . . . . . . . 5\n\n"
        "Резюме\n\n"
        "2. Не выполнен в полной мере и призыв Подкомитета по предупреждению пыток дать национальному "
        "превентивному механизму собственный бюджет.\n\n"
        "7. Доклад построен по статьям Конвенции. В каждой главе приведены рекомендации международных органов с "
        "оценкой их выполнения.\n\n"
        "17. Комитет оценил ответы государства по всем трём отобранным рекомендациям как недостаточные и просил "
        "представить дополнительную информацию.\n\n"
        "78. Рабочая группа по произвольным задержаниям в 2023 году рассмотрела дело Асылбека Жаркымбаева. Рабочая "
        "группа сочла его содержание под стражей произвольным и сочла, что надлежащим средством правовой защиты "
        "было бы немедленно освободить г-на Жаркымбаева. Асылбек Жаркымбаев остаётся в заключении.\n\n"
        "111. В 2023 году созданы ювенальные суды. Рекомендация Комитета по правам ребёнка отменить перечень "
        "профессий, запрещённых для подростков, выполнена: приказ отменён в 2022 году.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim, u.text) for u in cited] == [
        ("other", "not_implemented", "дать национальному превентивному механизму собственный бюджет."),
        ("SR", "not_implemented", "немедленно освободить г-на Жаркымбаева."),
        ("CRC", "implemented", "отменить перечень профессий, запрещённых для подростков")]


def test_the_following_recommendation_quoted_below_without_its_attribution() -> None:
    text = (
        "Submission to the Human Rights Committee\n\n"
        "2.3 Freedom of peaceful assembly (article 21)\n\n"
        "At the universal periodic review in January 2024 the State party supported the following recommendation:\n\n"
        "> Review the legislation on public events to bring it into line with international standards.\n>\n"
        "> — Costa Rica, A/HRC/56/9, para. 140.77 (supported)\n\n"
        "The Law on Public Events was adopted five months later, without consultation.\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.mechanism, u.text) for u in cited] == [
        ("UPR", "Review the legislation on public events to bring it into line with international standards.")]


def test_upr_citations_in_a_coalition_submission() -> None:
    text = (
        "Joint UPR submission on Oyrania by the Civic Platform\n\n"
        "I. Introduction\n\n"
        "1. In the addendum to the Working Group's report, the Government explained that it noted recommendations "
        "\"which are contrary to the Constitution or to the traditions of the Oyranian people\".\n\n"
        "12. The assessment of implementation uses four categories: implemented (the law and practice now correspond "
        "to the recommendation), partially implemented and not implemented.\n\n"
        "Executive summary\n\n"
        "Oyrania supported the recommendation of Germany to stop blocking news websites without a court decision and "
        "that of Ireland to make the registration of associations simple and quick. Neither has been implemented. "
        "The recommendations of Brazil and Mexico to criminalise torture in line with the Convention against Torture, "
        "on the other hand, have been implemented by the new Criminal Code.\n\n"
        "64. The minimum age of marriage was raised to eighteen in 2022, implementing the recommendations of several "
        "States to set the minimum age of marriage at eighteen for girls and boys alike.\n\n"
        "93. Publishing the data that the treaty bodies have asked for would allow civil society to assess progress.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.source_detail, u.status_claim, u.text) for u in cited] == [
        ("UPR", "Germany", "not_implemented", "stop blocking news websites without a court decision"),
        ("UPR", "Ireland", "not_implemented", "make the registration of associations simple and quick."),
        ("UPR", "Brazil, Mexico", "implemented", "criminalise torture in line with the Convention against Torture"),
        ("UPR", None, "implemented", "set the minimum age of marriage at eighteen for girls and boys alike."),
    ]


def test_russian_follow_up_selection_and_general_statements() -> None:
    text = (
        "АЛЬТЕРНАТИВНЫЙ ДОКЛАД коалиции НПО Комитету по правам человека\n\n"
        "РЕЗЮМЕ\n\n"
        "Рекомендации адресованы правительству и парламенту и могут быть учтены Комитетом при подготовке будущих "
        "заключительных замечаний.\n\n"
        "6. ЗАПРЕЩЕНИЕ ПЫТОК\n\n"
        "51. Комитет в 2020 году отобрал для процедуры последующей деятельности следующую\n    рекомендацию:\n\n"
        "    «Государству-участнику следует создать независимый механизм расследования\n"
        "     всех утверждений о пытках и жестоком обращении».[10]\n\n"
        "52. Коалиция не рассматривает такие формулировки как выполнение рекомендаций Комитета.\n\n"
        "ЗАКЛЮЧЕНИЕ\n\n"
        "Жайлаутия показала, что способна выполнять рекомендации Комитета, когда на это есть политическая воля: "
        "отменена прописка.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text) for u in cited] == [
        ("HRC", "Государству-участнику следует создать независимый механизм расследования всех утверждений о пытках "
                "и жестоком обращении")]


def test_a_bare_committee_after_one_named_in_full() -> None:
    text = (
        "Alternative report to the Human Rights Committee\n\n"
        "Article 22. Freedom of association\n\n"
        "The case of the Independent Union of Oil Workers was brought before the ILO Committee on Freedom of "
        "Association. The Committee requested the Government to take the necessary measures to ensure that the union "
        "can be re-registered without delay. The union was re-registered in May 2024.\n"
    )
    upr = (
        "Joint Stakeholder Submission to the Universal Periodic Review\n\n"
        "6. Equality of women and men\n\n"
        "The Committee on the Elimination of Discrimination against Women has repeatedly recommended that Orynsaria "
        "adopt comprehensive legislation on gender equality.\n\n"
        "In its concluding observations of 2022 the Committee also recommended that the State party criminalise "
        "domestic violence as a separate offence. This recommendation has been implemented.\n"
    )
    assert [u.mechanism for u in _kind(_units(text), "cited_recommendation")] == ["ILO"]
    assert [u.mechanism for u in _kind(_units(upr), "cited_recommendation")] == ["CEDAW", "CEDAW"]


def test_recommendations_of_un_bodies_in_general_are_no_citation() -> None:
    text = (
        "Alternative report to the Human Rights Committee\n\n"
        "I. Cooperation with human rights mechanisms\n\n"
        "Recommendations and comments by the UN treaty bodies following the review of government reports are "
        "hardly ever published or indeed followed. In 2016 the Committee recommended that the State party publish "
        "its concluding observations in Kazakh and Russian.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.text.split()[0] for u in cited] == ["the"] and "publish its concluding observations" in cited[0].text


def test_recommendations_named_by_their_author_only_are_no_citation() -> None:
    text = (
        "NGO submission to the Human Rights Committee for the list of issues\n\n"
        "Issue 10. Right to a fair trial (art. 14)\n\n"
        "The report of the Special Rapporteur on the independence of judges and lawyers, following his mission in "
        "2004, revealed shortcomings of the justice system; to date, these shortcomings still exist, as the State "
        "party failed to implement the recommendations of the Special Rapporteur.\n\n"
        "Within the framework of the Universal Periodic Review, States pointed to the failure to fulfill previous "
        "recommendations, as well as the deterioration of the situation.\n"
    )
    assert _kind(_units(text), "cited_recommendation") == []


def test_questions_proposed_label_and_list_of_issues_citations() -> None:
    text = (
        "Submission to the Human Rights Committee for the list of issues, March 2026\n\n"
        "Introduction\n\n"
        "This information is submitted jointly with the Legal Aid Centre ahead of the adoption of the list of issues. "
        "The report of the State party describes at length the laws adopted since the Committee's concluding "
        "observations of 2020 but says little about their application.\n\n"
        "Issue 4 - Torture (article 7)\n\n"
        "In 2020 the Committee recommended that the State party ensure that all detainees are afforded, in practice, "
        "all fundamental legal safeguards from the outset of their deprivation of liberty. Lawyers are still kept "
        "waiting.\n\n"
        "In 2021 the Committee on the Rights of the Child recommended that the State party establish juvenile courts "
        "throughout the country,8 and such courts now function in all regions. States asked about the criteria used "
        "to refuse permits.\n\n"
        "Questions proposed for the list of issues:\n\n"
        "(a) Please describe the mechanism for the follow-up of the Views.\n\n"
        "(b) What steps has the State party taken to ensure the independence of the Commissioner?\n\n"
        "(c) How many complaints of torture were filed?\n"
    )
    units = _units(text)
    assert [u.text.split()[0] for u in _kind(units, "question")] == ["Please", "What", "How"]
    cited = _kind(units, "cited_recommendation")
    assert [u.text for u in cited] == [
        "the State party ensure that all detainees are afforded, in practice, all fundamental legal safeguards from "
        "the outset of their deprivation of liberty.",
        "the State party establish juvenile courts throughout the country"]
    assert cited[1].status_claim == "implemented"  # "..., and such courts now function in all regions"


def test_requests_to_the_committee_inside_a_block_are_no_units() -> None:
    text = (
        "Alternative report to the Human Rights Committee\n\n"
        "#### Suggested questions for the list of issues\n\n"
        "- How many complaints of torture were registered in 2025?\n"
        "- The coalition would be grateful if the Committee could invite its representatives to the informal "
        "briefing before the dialogue.\n\n"
        "#### Recommendations\n\n"
        "- to repeal article 174 of the Criminal Code;\n"
        "- We invite the members of the Committee to contact the Alliance for further information.\n"
    )
    units = _units(text, "x.md")
    assert [(u.kind[:4], u.text.split()[0]) for u in units] == [("ques", "How"), ("reco", "to")]


def test_recommending_that_after_a_comma_and_views_procedures_in_general() -> None:
    text = (
        "Submission to the Human Rights Committee, 2026\n\n"
        "Issue 1. Domestic application of the Covenant (art. 2)\n\n"
        "The Committee addressed this problem in 2019, recommending that the State party ensure that the provisions "
        "of the Covenant are given full effect in domestic law. We consider that this recommendation has not been "
        "implemented.\n\n"
        "The State party has still not established a procedure for giving effect to the Views of the Committee.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text.split()[:3], u.status_claim) for u in cited] == [(["the", "State", "party"], "not_implemented")]


def test_the_year_of_the_case_the_body_decided_in_the_sentence_before() -> None:
    text = (
        "Альтернативный доклад коалиции НПО для Комитета против пыток, 2026 год\n\n"
        "Статья 15 Конвенции\n\n"
        "Рабочая группа по произвольным задержаниям в 2023 году рассмотрела дело Асылбека Жаркымбаева. Рабочая группа "
        "сочла его содержание под стражей произвольным и сочла, что надлежащим средством правовой защиты было бы "
        "немедленно освободить г-на Жаркымбаева. Асылбек Жаркымбаев остаётся в заключении.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.year, u.status_claim) for u in cited] == [("SR", 2023, "not_implemented")]


def test_the_recommendation_given_after_a_colon() -> None:
    text = (
        "Joint statement on Esilgaria for the universal periodic review\n\n"
        "Other recommendations still awaiting action\n\n"
        "Not implemented, in our view, is the recommendation that the OSCE observers made after the 2022 "
        "parliamentary elections: to abolish the requirement that a candidate must have resided in Esilgaria for ten "
        "years.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim, u.text) for u in cited] == [
        ("OSCE", "not_implemented",
         "to abolish the requirement that a candidate must have resided in Esilgaria for ten years.")]


def test_a_two_word_request_in_a_status_table() -> None:
    text = (
        "Joint statement on Esilgaria for the universal periodic review, 2026\n\n"
        "The 2020 recommendations: our assessment\n\n"
        "| No. | Recommending State | Recommendation (2020) | Government's position | Coalition's assessment |\n"
        "|---|---|---|---|---|\n"
        "| 112.33 | Lithuania | Decriminalise defamation | Implemented in 2022 | Implemented. Defamation was moved "
        "to the Code of Administrative Offences. |\n"
        "| 112.48 | Canada | Adopt a law on peaceful assemblies based on notification | In progress "
        "| Not implemented. |\n"
    )
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.text, u.status_claim) for u in cited] == [
        ("Decriminalise defamation", "implemented"),
        ("Adopt a law on peaceful assemblies based on notification", "not_implemented")]


def test_a_list_of_questions_without_a_label() -> None:
    text = (
        "<html><body><h1>Ten questions the Committee against Torture should ask Tarvonia</h1>\n"
        "<h2>Safeguards</h2>\n"
        "<p>The law guarantees access to a lawyer only from the first formal questioning, hours after the arrest.</p>\n"
        "<ol start=\"2\"><li>What legislative steps has the State party taken to guarantee access to a lawyer from the "
        "moment of actual apprehension, and how is that moment recorded?</li>\n"
        "<li>Who employs the doctors who examine detainees on admission to police custody? Please indicate how many "
        "reports of injuries they sent to prosecutors in 2025.</li></ol>\n"
        "<h2>Investigations</h2>\n"
        "<p>Complaints of torture are still examined first by the police.</p>\n"
        "<ol start=\"4\"><li>When will the State party establish a body, independent of the police and of the "
        "prosecution service, to investigate complaints of torture, and what will be its powers?</li></ol>\n"
        "<h2>Prisons</h2><p>Overcrowding persists.</p></body></html>\n"
    )
    units = _units(text, "x.html")
    assert [u.kind for u in units] == ["question"] * 3
    assert units[1].text.endswith("reports of injuries they sent to prosecutors in 2025.")
    assert units[2].section == "Investigations"


def test_a_list_of_statements_is_no_list_of_questions() -> None:
    text = (
        "Report of the coalition, 2025\n\nDetention\n\nWe documented the following:\n\n"
        "1. Why was Mr. Tolen held for three days? Nobody told his family.\n"
        "2. Detainees are held for up to 72 hours before they see a judge.\n"
    )
    assert _kind(_units(text), "question") == []


def test_recommended_recommendations_after_suggested_questions() -> None:
    text = (
        "Submission for the list of issues prior to reporting, 2021\n\n"
        "5. Article 19: Freedom of expression\n\n"
        "Article 219-2 of the Criminal Code punishes false information with up to four years' imprisonment.\n\n"
        "Suggested questions:\n\n"
        "a) Please provide the number of persons prosecuted under article 219-2 of the Criminal Code.\n\n"
        "Recommended recommendations:\n\n"
        "- Repeal article 219-2 of the Criminal Code and discontinue all prosecutions brought under it;\n\n"
        "- Ensure that websites can be blocked only on the basis of a reasoned court decision.\n"
    )
    units = _units(text)
    assert [u.kind for u in units] == ["question", "recommendation", "recommendation"]


def test_what_we_ask_the_government_as_a_heading() -> None:
    text = (
        "<html><body><h1>The Committee has spoken. Will the Government listen?</h1>\n"
        "<p>The concluding observations leave the Government two years.</p>\n"
        "<h2>What we ask the Government</h2>\n"
        "<ol><li>Withdraw Law No. 88-VII and discontinue all proceedings brought under it.</li>\n"
        "<li>Table a bill on the implementation of Views of UN treaty bodies before the summer recess.</li></ol>\n"
        "</body></html>\n"
    )
    units = _units(text, "x.html")
    assert [(u.kind, u.section) for u in units] == [("recommendation", "What we ask the Government")] * 2


def test_list_items_typed_inside_one_paragraph() -> None:
    text = (
        "Совместное представление коалиции для универсального периодического обзора, 2026\n\n"
        "A. Национальные институты\n\n"
        "9. Коалиция рекомендует Республике Велемория:\n\n"
        "а) внести в Закон «Об Уполномоченном по правам человека» поправки о его избрании парламентом; б) направить "
        "постоянное приглашение всем специальным процедурам; в) принять закон о порядке исполнения соображений "
        "договорных органов ООН.\n\n"
        "10. Коалиция рекомендует внести в Уголовный кодекс изменения, которые: а) признают побои в семье "
        "преступлением; б) исключают прекращение дел о насилии в семье в связи с примирением сторон.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.text for u in recs] == [
        "внести в Закон «Об Уполномоченном по правам человека» поправки о его избрании парламентом;",
        "направить постоянное приглашение всем специальным процедурам;",
        "принять закон о порядке исполнения соображений договорных органов ООН.",
        "признают побои в семье преступлением;",
        "исключают прекращение дел о насилии в семье в связи с примирением сторон.",
    ]


def test_inline_letters_out_of_order_stay_one_paragraph() -> None:
    text = (
        "Report of the coalition, 2025\n\nRecommendations\n\n"
        "1. Amend article 12 so that, as the Committee asked in 2019: b) detainees see a judge within 48 hours; "
        "d) the hearing is public.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert len(recs) == 1 and recs[0].text.endswith("the hearing is public.")


def test_russian_upr_states_named_with_their_numbers() -> None:
    text = (
        "Совместное представление коалиции для универсального периодического обзора, 2026\n\n"
        "B. Запрещение пыток\n\n"
        "11. Австрия (128.57) и Швейцария (128.58) рекомендовали Велемории создать независимый от полиции механизм "
        "расследования заявлений о пытках. Такой механизм не создан.\n\n"
        "23. Рекомендации 128.104 (Канада) и 128.105 (Ирландия) прямо предусматривали создать безопасную среду для "
        "деятельности гражданского общества. Эти рекомендации, по нашей оценке, не выполнены.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim, u.text) for u in cited] == [
        ("UPR", "not_implemented", "создать независимый от полиции механизм расследования заявлений о пытках."),
        ("UPR", "not_implemented", "создать безопасную среду для деятельности гражданского общества."),
    ]


def test_russian_body_said_that_the_state_should() -> None:
    text = (
        "Альтернативный доклад коалиции, 2025\n\nСтатья 14\n\n"
        "29. Комитет по правам человека в заключительных замечаниях 2020 года указал, что государству-участнику "
        "следует обеспечить на практике равенство сторон в уголовном процессе. Рекомендация Комитета остается "
        "невыполненной.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.year, u.status_claim, u.text) for u in cited] == [
        ("HRC", 2020, "not_implemented", "обеспечить на практике равенство сторон в уголовном процессе.")]


def test_most_of_the_committees_recommendations_is_a_summary() -> None:
    text = (
        "Alternative report of the coalition to the Human Rights Committee, 2025\n\nConclusion\n\n"
        "The coalition acknowledges the steps taken since 2018. Most of the Committee's recommendations, however, "
        "remain unimplemented, and the situation of the media has deteriorated.\n"
    )
    assert _kind(_units(text), "cited_recommendation") == []


def test_a_verdict_line_naming_the_paragraph_before_its_request() -> None:
    text = (
        "Follow-up report of the coalition to the Committee against Torture, 2025\n\n"
        "Paragraph 11 - Fundamental legal safeguards\n\n"
        "7. Recommendation 11 (b) – Partially implemented. The Committee asked the State party to guarantee the right "
        "of detainees to request and receive an independent medical examination.\n\n"
        "In August 2023 the Ministry of Health adopted a protocol on the documentation of injuries.\n\n"
        "8. Recommendation 11 (c). “Ensure that all persons deprived of their liberty are registered from the moment "
        "of their apprehension, in a centralised register”.\n\n"
        "Our assessment: Implemented. Since January 2024 an electronic register has operated.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim, u.text[:40]) for u in cited] == [
        ("CAT", "partially_implemented", "guarantee the right of detainees to requ"),
        ("CAT", "implemented", "Ensure that all persons deprived of thei"),
    ]


def test_what_to_ask_the_state_labels_questions() -> None:
    text = (
        "# Вопросы для диалога с государством, 2025\n\n## 4. Свобода выражения мнений (статья 19)\n\n"
        "Статья 274-1 Уголовного кодекса предусматривает наказание за ложную информацию.\n\n"
        "**Что следует спросить у государства:**\n\n"
        "1. По делу журналистки Даны Кенсаевой:\n"
        "   - Какие именно сведения в ее публикации суд признал ложными и на каком основании?\n"
        "2. Сколько уголовных дел возбуждено по статье 274-1 Уголовного кодекса с момента ее введения?\n"
    )
    assert [u.kind for u in _units(text, "x.md")] == ["question", "question"]


def test_questions_typed_inside_one_paragraph() -> None:
    text = (
        "Совместное представление коалиции для универсального периодического обзора, 2026\n\n"
        "III. Вопросы, которые государства могли бы направить заранее\n\n"
        "31. Коалиция предлагает государствам направить Республике Велемория следующие вопросы:\n\n"
        "а) Какие меры приняты для исполнения соображений Комитета по правам человека по делу Дарины Лозовицкой? "
        "б) Сколько человек умерло в местах лишения свободы в 2022–2025 годах? в) Сколько организаций внесено в "
        "реестр иностранных агентов?\n"
    )
    qs = _kind(_units(text), "question")
    assert [q.text[:20] for q in qs] == ["Какие меры приняты д", "Сколько человек умер", "Сколько организаций "]


def test_a_table_cell_hyphenated_across_lines_is_one_word() -> None:
    text = (
        "Two years on: follow-up to the visit of the Special Rapporteur, 2025\n\n"
        "VII. Status of the Special Rapporteur's recommendations\n\n"
        "Para.    Recommendation                             Status           Comment\n\n"
        "98 (h)   Regulate the use of surveillance techno-   No information   A draft law was\n"
        "         logies in line with international human                     announced in 2024.\n"
        "         rights law, with prior judicial authori-\n"
        "         sation and independent oversight\n\n"
        "98 (i)   Ensure that the Public Advocate has the    Implemented      A unit was created\n"
        "         mandate and resources to receive complaints                 in 2023.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert cited[0].text == ("Regulate the use of surveillance technologies in line with international human rights "
                             "law, with prior judicial authorisation and independent oversight")


def test_a_body_that_published_its_observations_or_asked_for_this_cites_nothing() -> None:
    text = (
        "The Committee has spoken again, 2025\n\n"
        "On 4 November the UN Human Rights Committee published its concluding observations on Serevania's third "
        "periodic report under the Covenant.\n\n"
        "The Committee has now asked for this procedure twice; whether the Government will adopt one remains to be "
        "seen.\n"
    )
    assert _kind(_units(text), "cited_recommendation") == []


def test_russian_states_named_by_their_numbers_before_a_quotation() -> None:
    text = (
        "Совместное представление коалиции для универсального периодического обзора, 2026\n\n"
        "D. Свобода мирных собраний\n\n"
        "21. В 2021 году Швеция (128.101) рекомендовала «привести законодательство о массовых мероприятиях в "
        "соответствие со статьей 21 Пакта, заменив разрешительный порядок уведомительным». Правительство поддержало "
        "эту рекомендацию, но не выполнило ее.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim) for u in cited] == [("UPR", "not_implemented")]


def test_the_committee_after_a_sub_committee_is_the_reports_committee() -> None:
    text = (
        "Submission to the Human Rights Committee for the list of issues prior to reporting, 2021\n\n"
        "Article 2\n\n"
        "The Public Advocate was re-accredited with B status by the Sub-Committee on Accreditation of the Global "
        "Alliance of National Human Rights Institutions in 2019. The Committee had recommended that Serevania ensure "
        "the full independence of the Public Advocate, in line with the Paris Principles.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [u.mechanism for u in cited] == ["HRC"]


def test_a_state_recommending_where_the_government_noted_the_recommendation() -> None:
    text = (
        "Вопросы для диалога с государством, 2025\n\n3. Свобода передвижения (статья 12)\n\n"
        "В 2024 году Польша рекомендовала Жетыкале отменить систему обязательной регистрации по месту жительства. "
        "Правительство приняло рекомендацию к сведению.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.year, u.text) for u in cited] == [
        ("UPR", 2024, "отменить систему обязательной регистрации по месту жительства.")]


def test_speech_address_before_the_authors_lead_in() -> None:
    # an oral statement: "Mr. President," opens the sentence that introduces the authors' requests
    text = (
        "Mr. President,\n\n"
        "Seven people died in the protests. Their families are still waiting for the truth.\n\n"
        "Mr. President, the coalition therefore calls on the Government of Norvalia to:\n"
        "– create, within one year, an investigative body for torture complaints that is independent of the police;\n"
        "– release all journalists and bloggers imprisoned for their work.\n\n"
        "Thank you, Mr. President.\n"
    )
    assert [u.text for u in _kind(_units(text), "recommendation")] == [
        "create, within one year, an investigative body for torture complaints that is independent of the police;",
        "release all journalists and bloggers imprisoned for their work.",
    ]


def test_our_calls_are_to_lead_in() -> None:
    text = (
        "2. Peaceful assembly\n\n"
        "The law still lets local administrations propose another venue for every assembly.\n\n"
        "Our calls to the Government of Norvalia on this theme are to:\n"
        "– amend the Law on Peaceful Assemblies so that a change of venue can be challenged in court;\n"
        "– recognise spontaneous assemblies in law.\n\n"
        "3. Media\n\n"
        "Three news sites were blocked in 2025.\n"
    )
    assert [u.text for u in _kind(_units(text), "recommendation")] == [
        "amend the Law on Peaceful Assemblies so that a change of venue can be challenged in court;",
        "recognise spontaneous assemblies in law.",
    ]


def test_asks_of_the_eu_under_a_key_asks_heading_are_not_recommendations() -> None:
    # the guidelines' recommendation is an action the authors ask of the State; these are asked of the EU
    text = (
        "Key asks\n\n"
        "We ask the European Union and its Member States to:\n\n"
        "- raise the individual cases listed in the annex at the dialogue and ask for a written reply;\n\n"
        "- publish the benchmarks against which progress under GSP+ is assessed.\n\n"
        "1. Forced labour\n\n"
        "Teachers are still sent to the cotton fields every autumn.\n\n"
        "Recommendations to the Government:\n\n"
        "- end the mobilisation of public sector employees for the cotton harvest.\n"
    )
    assert [u.text for u in _kind(_units(text), "recommendation")] == [
        "end the mobilisation of public sector employees for the cotton harvest."]


def test_a_cross_reference_to_a_chapter_is_no_citation() -> None:
    text = (
        "Article 2\n\n"
        "The Committee’s recommendation in paragraph 6 of its concluding observations is discussed in the chapter "
        "on article 5 below.\n\n"
        "In 2019 the Human Rights Committee recommended: “Adopt a comprehensive anti-discrimination law.” It has "
        "not been implemented.\n"
    )
    assert [u.text.strip("“”") for u in _kind(_units(text), "cited_recommendation")] == [
        "Adopt a comprehensive anti-discrimination law."]


def test_follow_up_table_with_the_authors_own_recommendation_column() -> None:
    text = (
        "# Article 2\n\n"
        "| Committee recommendation (CERD/C/NVL/CO/8, para.) | What happened | Our assessment | Our recommendation |\n"
        "|---|---|---|---|\n"
        "| 8 (a): “Bring the definition of racial discrimination into conformity with article 1 of the Convention” "
        "| The law was amended in 2023 but descent is still missing. | **Partially implemented** | Amend article 3 of "
        "the Law on Equal Treatment to add descent and national origin to the protected grounds. |\n"
        "| 10: “Strengthen the mandate of the Commissioner for Human Rights to examine complaints of racial "
        "discrimination” | The mandate was extended in 2023. | **Implemented** | None at this stage. |\n"
    )
    units = _units(text, "x.md")
    assert [u.text.strip("“”")[:40] for u in _kind(units, "cited_recommendation")] == [
        "Bring the definition of racial discrimin", "Strengthen the mandate of the Commission"]
    assert [u.text for u in _kind(units, "recommendation")] == [
        "Amend article 3 of the Law on Equal Treatment to add descent and national origin to the protected grounds."]


def test_russian_tracker_table_and_the_coalitions_list_under_its_own_heading() -> None:
    text = (
        "## Оценка выполнения рекомендаций\n\n"
        "| № рекомендации | Текст рекомендации | Государство | Позиция государства | Оценка коалиции |\n"
        "|---|---|---|---|---|\n"
        "| 142.8 | Ратифицировать второй Факультативный протокол к Международному пакту о гражданских и "
        "политических правах | Австралия | Принята к сведению | Не выполнена |\n"
        "| 142.15 | Привести институт Уполномоченного по правам человека в соответствие с Парижскими принципами "
        "| Германия | Поддержана | Частично выполнена |\n\n"
        "## Рекомендации коалиции к четвертому циклу УПО\n\n"
        "1. Исключить смертную казнь из Уголовного кодекса.\n"
        "2. Закрепить в законе открытую процедуру отбора Уполномоченного по правам человека.\n"
    )
    units = _units(text, "x.md")
    cited = _kind(units, "cited_recommendation")
    assert [(u.text[:30], u.mechanism, u.status_claim) for u in cited] == [
        ("Ратифицировать второй Факульта", "UPR", "not_implemented"),
        ("Привести институт Уполномоченн", "UPR", "partially_implemented")]
    assert [u.text for u in _kind(units, "recommendation")] == [
        "Исключить смертную казнь из Уголовного кодекса.",
        "Закрепить в законе открытую процедуру отбора Уполномоченного по правам человека."]


def test_russian_recommendations_spoken_of_in_the_plural_are_no_citations() -> None:
    text = (
        "О мониторинге\n\n"
        "Позицию по полученным рекомендациям Правительство изложило в добавлении к докладу Рабочей группы, "
        "представленном Совету по правам человека в 2020 году.\n\n"
        "Комитет против пыток в последние годы также высказывал рекомендации по вопросам предупреждения пыток.\n\n"
        "Комитет экспертов МОТ по применению конвенций и рекомендаций на протяжении ряда лет просит правительство "
        "внести изменения в закон о профессиональных союзах.\n\n"
        "Жанатерек поддержал рекомендацию Германии ратифицировать Факультативный протокол к Конвенции против "
        "пыток. Формально рекомендацию можно считать выполненной.\n"
    )
    assert [u.text for u in _kind(_units(text), "cited_recommendation")] == [
        "внести изменения в закон о профессиональных союзах.",
        "ратифицировать Факультативный протокол к Конвенции против пыток."]


def test_russian_citation_ends_where_a_comma_and_a_year_tell_what_became_of_it() -> None:
    text = (
        "Свобода выражения мнений\n\n"
        "В 2016 году Комитет по правам человека рекомендовал государству-участнику декриминализировать клевету и "
        "ограничить применение уголовного права наиболее серьезными случаями[^3], и в 2020 году статья о клевете "
        "была исключена из Уголовного кодекса.\n\n"
        "[^3]: CCPR/C/NRV/CO/2, п. 41.\n"
    )
    assert [u.text for u in _kind(_units(text, "x.md"), "cited_recommendation")] == [
        "декриминализировать клевету и ограничить применение уголовного права наиболее серьезными случаями"]


def test_a_list_of_information_to_request_is_a_list_of_questions() -> None:
    text = (
        "IV. Просьбы к мандатариям\n\n"
        "С учетом изложенного авторы обращения просят:\n\n"
        "1. Рабочую группу — рассмотреть настоящее обращение в рамках процедуры срочных призывов;\n\n"
        "2. обоих мандатариев — запросить у Правительства Республики Норвалия следующую информацию:\n\n"
        "1) На каком правовом основании задержанный был лишен доступа к адвокату?\n\n"
        "2) Проведена ли проверка жалобы на применение физической силы?\n\n"
        "3. рассмотреть возможность публичного заявления.\n"
    )
    assert [u.text for u in _kind(_units(text), "question")] == [
        "На каком правовом основании задержанный был лишен доступа к адвокату?",
        "Проведена ли проверка жалобы на применение физической силы?"]


def test_press_release_quoted_lead_in_and_notes_to_editors() -> None:
    text = (
        "# Human Rights Committee urges Norvalia to free bloggers\n\n"
        "The Centre welcomes the concluding observations and calls on the Government to implement them without "
        "delay.\n\n"
        "The review was the first since 2018. Norvalia submitted its report late, in March 2023, and the "
        "Committee adopted its list of issues in 2024.\n\n"
        "“The Committee has done its part,” said Alesia Norva. “We call on the authorities to take three steps "
        "before the end of this year:\n\n"
        "1. release the Mirovets Six and quash their convictions;\n\n"
        "2. suspend all prosecutions under article 211 of the Criminal Code.”\n\n"
        "## Notes to editors\n\n"
        "1. The concluding observations (CCPR/C/NRV/CO/4) were adopted at the Committee’s 145th session. The "
        "previous concluding observations (CCPR/C/NRV/CO/3) date from 2018.\n"
    )
    units = _units(text, "x.md")
    assert [u.text.rstrip("”") for u in _kind(units, "recommendation")] == [
        "release the Mirovets Six and quash their convictions;",
        "suspend all prosecutions under article 211 of the Criminal Code."]
    assert _kind(units, "cited_recommendation") == []


def test_our_recommendation_run_in_label_and_reasons_for_noting() -> None:
    text = (
        "4. What did the Government not accept?\n\n"
        "Officials usually give one of three reasons for noting a recommendation: that it is \"contrary to the "
        "Constitution\", or that the matter is \"already regulated by law\".\n\n"
        "Our recommendation: introduce a civilian alternative service that is no longer than military service.\n"
    )
    units = _units(text)
    assert [u.text for u in _kind(units, "recommendation")] == [
        "introduce a civilian alternative service that is no longer than military service."]
    assert _kind(units, "cited_recommendation") == []


def test_scorecard_paragraph_references_graded_below() -> None:
    # a CEDAW scorecard: <dt> "Para. 12 (a) <the Committee's words>", <dd> "<grade> <verdict>. <facts>"
    html = (
        "<html><body><h1>Norvalia: CEDAW scorecard</h1>"
        "<p>This scorecard follows up the concluding observations of the Committee on the Elimination of "
        "Discrimination against Women on Norvalia (CEDAW/C/NRV/CO/6, 2019).</p>"
        "<h2>How we grade</h2><p>A Implemented: the law and practice now match the recommendation. "
        "B Partially implemented: some steps have been taken, but important parts remain unimplemented.</p>"
        "<h2>1. Legal framework</h2><dl>"
        "<dt>Para. 12 (a) Adopt comprehensive anti-discrimination legislation that includes a definition of "
        "discrimination against women</dt><dd>C Not implemented. A draft law has been under discussion since 2020."
        "</dd><dt>Para. 14 Ensure that the Commissioner for Human Rights has a mandate to examine complaints of "
        "discrimination against women</dt><dd>B Partially implemented. A deputy commissioner was appointed.</dd>"
        "</dl><p>The Committee is expected to adopt its list of issues in 2026.</p></body></html>"
    )
    cited = _kind(extract_ngo(read_bytes(html.encode(), "x.html")).units, "cited_recommendation")
    assert [(u.text[:30], u.mechanism, u.source_detail, u.year) for u in cited] == [
        ("Adopt comprehensive anti-discr", "CEDAW", "Para. 12 (a)", 2019),
        ("Ensure that the Commissioner f", "CEDAW", "Para. 14", 2019)]


def test_pronoun_subject_after_opening_phrases_and_a_verdict_before_the_citation() -> None:
    text = (
        "Administrative detention\n\n"
        "The Human Rights Committee examined his case. In its Views in Pasech v. Norvalia, adopted in 2022, it "
        "found violations of articles 9 and 19 of the Covenant and requested the State party to quash "
        "Mr. Pasech's convictions and review the practice of consecutive arrests. No compensation has been paid.\n\n"
        "Torture\n\n"
        "The Human Rights Committee's own recommendation of 2018 has met a similar fate. The Committee asked the "
        "State party to establish an independent mechanism to investigate all allegations of torture.\n"
    )
    assert [(u.text[:28], u.mechanism) for u in _kind(_units(text), "cited_recommendation")] == [
        ("quash Mr. Pasech's convictio", "HRC"), ("establish an independent mec", "HRC")]


def test_russian_verdict_sentence_grades_the_citation_after_it() -> None:
    text = (
        "Образование\n\n"
        "Рекомендация Комитета по этому вопросу осталась невыполненной. Комитет по правам ребенка призвал "
        "государство-участник отменить требование о регистрации по месту жительства как условие доступа детей к "
        "образованию. Требование сохраняется.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text[:30], u.status_claim) for u in cited] == [("отменить требование о регистра", "not_implemented")]


def test_a_box_of_quotations_under_a_source_label() -> None:
    text = (
        "What the UN said\n\n"
        "Human Rights Committee, concluding observations on the fourth periodic report (2023):\n\n"
        "“Ensure that all allegations of torture are promptly investigated by an independent body” Status: not "
        "implemented “Bring the definition of extremism in its legislation into line with the Covenant” Status: "
        "partially implemented – the 2025 amendment narrowed it\n\n"
        "Committee against Torture (2022):\n\n"
        "“Guarantee that all detained persons have access to an independent doctor” Status: implemented\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text[:24], u.mechanism, u.year, u.status_claim) for u in cited] == [
        ("Ensure that all allegati", "HRC", 2023, "not_implemented"),
        ("Bring the definition of ", "HRC", 2023, "partially_implemented"),
        ("Guarantee that all detai", "CAT", 2022, "implemented")]


def test_headings_of_groups_under_a_lead_in_paragraph() -> None:
    text = (
        "ANNEX: WRITTEN RECOMMENDATIONS\n\n"
        "The Human Rights House recommends that the National Council and its Standing Committee on Human Rights:\n\n"
        "A. Parliamentary oversight\n"
        "--------------------------\n\n"
        "  1. hold an annual public hearing on the implementation of the recommendations of the UN bodies;\n\n"
        "  2. require the Government to assess every draft law against the Covenant;\n\n"
        "B. Detention\n"
        "------------\n\n"
        "  3. amend the Law on the National Preventive Mechanism to guarantee unannounced access.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [(u.text[:24], u.section) for u in recs] == [
        ("hold an annual public he", "A. Parliamentary oversight"),
        ("require the Government t", "A. Parliamentary oversight"), ("amend the Law on the Nat", "B. Detention")]


def test_a_request_as_its_sentences_subject_ends_before_its_verdict() -> None:
    text = (
        "Access to lawyers\n\n"
        "Where Parliament acted, recommendations were implemented.\n\n"
        "Brazil’s recommendation to guarantee free legal aid to every person charged with a criminal offence has "
        "been implemented: the Legal Aid Act of 2023 extended it.\n\n"
        "Germany’s recommendation at the 2023 review to adopt a comprehensive data protection law was only noted "
        "by Norvalia.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text.removeprefix("to "), u.mechanism, u.status_claim) for u in cited] == [
        ("guarantee free legal aid to every person charged with a criminal offence", "UPR", "implemented"),
        ("adopt a comprehensive data protection law", "UPR", "unknown")]


def test_russian_news_of_a_rapporteurs_visit() -> None:
    text = (
        "Визит\n\n"
        "Специальный докладчик ООН по вопросу о праве на свободу мирных собраний Ана Лусия Ферраро завершила визит.\n\n"
        "В предварительных рекомендациях докладчица призвала власти, в частности:\n\n"
        "- «немедленно освободить всех лиц, задержанных за участие в мирном собрании в Заречине»;\n\n"
        "- «отменить требование о согласовании собраний с местными властями».\n\n"
        "Ферраро рекомендовала пересмотреть Закон «О некоммерческих организациях», отменив обязательную "
        "перерегистрацию.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text.strip("«»;.")[:30], u.mechanism) for u in cited] == [
        ("немедленно освободить всех лиц", "SR"), ("отменить требование о согласов", "SR"),
        ("пересмотреть Закон «О некоммер", "SR")]


def test_russian_citations_named_by_the_noun_and_by_the_document_after_the_quotation() -> None:
    text = (
        "Статья 2. Итоги\n\n"
        "Комитет против пыток рекомендовал привести определение пытки в полное соответствие со статьей 1 Конвенции. "
        "Рекомендация выполнена частично. Рекомендация исключить применение амнистии к преступлениям, связанным с "
        "пытками, не выполнена. «Сократить максимальный срок задержания до доставления к судье с 72 до 48 часов», "
        "— говорилось в пункте 13 заключительных замечаний. Эта рекомендация выполнена. Рекомендация отобрана для "
        "процедуры последующей деятельности.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text[:30], u.mechanism) for u in cited] == [
        ("привести определение пытки в п", "CAT"), ("исключить применение амнистии ", "CAT"),
        ("Сократить максимальный срок за", "CAT")]


def test_letter_to_council_members_asks_of_delegations_and_steps_for_the_government() -> None:
    text = (
        "WHAT WE ASK OF YOUR DELEGATION\n\n"
        "In view of the above, we respectfully urge your delegation to:\n\n"
        "- vote in favour of the draft resolution renewing the mandate of the Special Rapporteur;\n"
        "- consider co-sponsoring the resolution.\n\n"
        "CONCRETE STEPS THE GOVERNMENT SHOULD TAKE\n\n"
        "In our view, the Government of Norvalia should, as a matter of priority:\n\n"
        "1. release all persons imprisoned for peacefully exercising their rights;\n"
        "2. grant the Special Rapporteur access to the country.\n\n"
        "A question the Committee may wish to put to the delegation:\n\n"
        "• What measures have been taken against the officers who beat the prisoners?\n\n"
        "We suggest the following questions:\n\n"
        "• How many complaints of ill-treatment were received in 2025?\n"
    )
    units = _units(text)
    assert [u.text for u in _kind(units, "recommendation")] == [
        "release all persons imprisoned for peacefully exercising their rights;",
        "grant the Special Rapporteur access to the country."]
    assert [u.text[:20] for u in _kind(units, "question")] == ["What measures have b", "How many complaints "]


def test_recommendation_cards_under_their_titles() -> None:
    html = (
        "<html><body><h2>Recommendations</h2>"
        "<p>We call on the authorities of Norvalia to act on the following priorities before the next review:</p>"
        "<div class='recs'><div class='rec'><h4>End torture in police custody</h4><p>Create an independent body to "
        "investigate all complaints of torture by police officers.</p></div>"
        "<div class='rec'><h4>Record every interrogation</h4><p>Equip every room where suspects are questioned with "
        "video recording.</p></div></div><h2>About us</h2><p>We are a network of lawyers.</p></body></html>"
    )
    recs = _kind(extract_ngo(read_bytes(html.encode(), "x.html")).units, "recommendation")
    assert [(u.text[:20], u.section) for u in recs] == [
        ("Create an independen", "End torture in police custody"),
        ("Equip every room whe", "Record every interrogation")]


def test_procedure_notes_and_the_authors_agreeing_with_the_committees_grade() -> None:
    text = (
        "Доклад о последующих мерах для Комитета по ликвидации дискриминации в отношении женщин\n\n"
        "Пункт 14\n\n"
        "Комитет рекомендовал государству-участнику обеспечить агентство по гендерному равенству ресурсами. "
        "Комитет использует следующую шкалу: A — рекомендация выполнена, B — выполнена частично.\n\n"
        "Правительство утверждает, что агентство обеспечено ресурсами. Коалиция согласна с оценкой Комитета: "
        "рекомендация выполнена частично.\n\n"
        "Paragraph 20\n\n"
        "The Committee recommended that the State party establish an independent complaints body. This "
        "recommendation was selected for the follow-up procedure.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert len(cited) == 2
    assert cited[0].text.startswith("обеспечить агентство по гендерному равенству")
    assert "establish an independent complaints body" in cited[1].text


def test_arrow_and_check_mark_bullets() -> None:
    text = (
        "# Can we say what we think at school?\n\n"
        "✅ Some schools have student councils that are elected by the students.\n\n"
        "**What we want the Government to do**\n\n"
        "➡️ Change the Law on Education so that every school must have a student council.\n\n"
        "➡️ Stop teachers from checking children's phones without a very good reason.\n"
    )
    assert [u.text for u in _kind(_units(text, "x.md"), "recommendation")] == [
        "Change the Law on Education so that every school must have a student council.",
        "Stop teachers from checking children's phones without a very good reason."]


def test_tracker_details_with_the_source_before_the_words() -> None:
    html = (
        "<html><body><h1>Мониторинг выполнения рекомендаций ООН</h1><h2>Пытки</h2>"
        "<details><summary><span class='src'>Комитет против пыток, 2021 год, CAT/C/NRV/CO/4, пункт 11</span> "
        "Обеспечить, чтобы все задержанные с момента фактического задержания пользовались всеми основными правовыми "
        "гарантиями, включая право на доступ к адвокату.</summary><p>В 2023 году в кодекс внесена норма о моменте "
        "задержания.</p><p class='verdict'>Оценка: частично выполнена</p></details></body></html>"
    )
    cited = _kind(extract_ngo(read_bytes(html.encode(), "x.html")).units, "cited_recommendation")
    assert [(u.text[:30], u.mechanism, u.year) for u in cited] == [("Обеспечить, чтобы все задержан", "CAT", 2021)]


def test_views_remedy_list_and_my_recommendations() -> None:
    text = (
        "## Что решил Комитет\n\n"
        "В пункте 11 Соображений Комитет по правам человека перечислил, что государство-участник обязано сделать. "
        "Согласно Соображениям, государство-участник обязано, в частности:\n\n"
        "> а) отменить обвинительный приговор, вынесенный автору;\n\n"
        "> б) предоставить автору надлежащую компенсацию.\n\n"
        "## Что должно сделать правительство\n\n"
        "**Мои рекомендации Правительству Норвалии:**\n\n"
        "1. отменить приговор и снять судимость;\n"
        "2. выплатить компенсацию морального вреда.\n"
    )
    units = _units(text, "x.md")
    assert [(u.text.rstrip(";."), u.mechanism) for u in _kind(units, "cited_recommendation")] == [
        ("отменить обвинительный приговор, вынесенный автору", "HRC"),
        ("предоставить автору надлежащую компенсацию", "HRC")]
    assert [u.text for u in _kind(units, "recommendation")] == [
        "отменить приговор и снять судимость;", "выплатить компенсацию морального вреда."]


def test_russian_requests_to_odihr_and_the_venice_commission_are_no_recommendations() -> None:
    text = (
        "3. Наши просьбы к БДИПЧ ОБСЕ и Венецианской комиссии\n\n"
        "Мы обращаемся к БДИПЧ ОБСЕ и Венецианской комиссии со следующими просьбами:\n\n"
        "- подготовить срочное совместное заключение по законопроекту;\n\n"
        "- опубликовать заключение на русском языке.\n\n"
        "4. Наши рекомендации Правительству\n\n"
        "- отозвать законопроект № 318.\n"
    )
    assert [u.text for u in _kind(_units(text), "recommendation")] == ["отозвать законопроект № 318."]


def test_possessive_call_with_a_paragraph_phrase_before_the_quotation() -> None:
    text = (
        "Statement\n\n"
        "We particularly welcome the Special Rapporteur's call, in paragraph 79 of her report, to \"replace the "
        "authorisation regime established by the Law on Mass Events with a simple notification procedure\". No "
        "draft has been published.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text[:40], u.mechanism) for u in cited] == [("replace the authorisation regime establi", "SR")]


def test_a_meeting_adopting_the_following_recommendations_is_an_own_lead_in() -> None:
    text = (
        "Minutes of the consultation of civil society organisations\n\n"
        "Item 6. Adoption of the recommendations\n\n"
        "The Secretary read out the draft. After an exchange of views, in which Ms. Lind asked for housing to be "
        "mentioned, the meeting adopted the following recommendations to the Government of Norvania by consensus:\n\n"
        "1. Restore the budget of the Office of the Ombudsperson to its 2021 level.\n\n"
        "2. Repeal article 319 of the Criminal Code.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.text for u in recs] == ["Restore the budget of the Office of the Ombudsperson to its 2021 level.",
                                      "Repeal article 319 of the Criminal Code."]
    from hrtracker.extract.ngo.cues import is_own_leadin

    assert is_own_leadin("The coalition makes the following recommendations to the authorities:")
    assert not is_own_leadin("In 2020 the Committee adopted the following recommendations to the State party:")


def test_numbered_requests_for_information_are_questions_not_headings() -> None:
    text = (
        "NGO submission for the list of issues\n\nArticle 2\n\nCourts rarely cite the Covenant.\n\n"
        "1. Please indicate what measures were taken to implement the Views.\n\n"
        "2. Please provide examples of cases in which courts applied the Covenant.\n\nArticle 6\n\n"
        "The situation is alarming.\n\n"
        "3. How many people died in places of detention in 2022-2025? Please indicate the causes of death.\n"
    )
    assert [u.text[:20] for u in _kind(_units(text), "question")] == [
        "Please indicate what", "Please provide examp", "How many people died"]
    ru = (
        "Альтернативный доклад НПО\n\nСтатья 2\n\nСуды почти не ссылаются на Пакт.\n\n"
        "1. Просьба сообщить, какие меры приняты для исполнения соображений Комитета.\n\n"
        "2. Просьба привести примеры дел, в которых суды применили положения Пакта.\n\nСтатья 6\n\n"
        "Положение тревожное.\n\n"
        "3. Сколько человек умерло в местах лишения свободы в 2022–2025 годах? Просьба указать причины смерти.\n"
    )
    assert [u.text[:12] for u in _kind(_units(ru), "question")] == ["Просьба сооб", "Просьба прив", "Сколько чело"]


def test_a_quotation_alone_under_a_paragraph_heading_is_that_paragraph_cited() -> None:
    text = (
        "Promises on paper: follow-up to the Human Rights Committee's concluding observations (CCPR/C/XYZ/CO/3, "
        "2019)\n\nOur findings differ from the Government's.\n\n"
        "Paragraph 8 – Individual communications (art. 2)\n\n"
        "“The State party should establish a procedure for the full implementation of the Views adopted by the "
        "Committee.”\n\nNone of the six Views has led to the reopening of a case.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text[:38], u.mechanism) for u in cited] == [("The State party should establish a pro", "HRC")]
    assert cited[0].source_detail.startswith("Paragraph 8")


def test_where_a_reported_request_ends_and_the_facts_begin() -> None:
    text = (
        "Velmaria: Fourth UPR Cycle — Pre-session Briefing\n\n"
        "In 2021 Velmaria received 214 recommendations, supported 167 and noted 47.\n\n"
        "Issue 1 — Civic space\n\n"
        "• Repeal the Law on Foreign-Funded Organisations of 2019 or bring it into line with article 22 of the "
        "Covenant (118.61, Germany and Ireland; supported). Our verdict: not implemented — the law was amended in "
        "2023 only to raise the fines.\n\n"
        "• Lithuania's recommendation to ensure that journalists can cover protests without being detained "
        "(118.76) is, in our view, partially implemented: freelancers are still detained.\n\n"
        "• The 2016 recommendation of Austria that Velmaria investigate all attacks against journalists and bring "
        "those responsible to justice remains unimplemented; the killing of an editor in 2018 is still unsolved.\n\n"
        "• Denmark asked Velmaria to “ensure prompt and effective investigations into all allegations of torture” "
        "— in 2024 only 3 of 412 complaints reached a court.\n\n"
        "Violence against women\n\n"
        "The Special Rapporteur on violence against women, after her visit in 2024, asked Velmaria to establish at "
        "least one shelter in every region; three regional shelters have opened since, for eleven regions.\n\n"
        "In 2016 the Committee had recommended that Velmaria define discrimination against women in line with "
        "article 1 of the Convention, so this is the second cycle in which the request has been left without "
        "effect.\n\n"
        "Velmaria supported Ireland's recommendation to decriminalize defamation and transfer it to the civil code "
        "— and the Government pointed out that the article was repealed in January 2026.\n\n"
        "Velmaria supported the recommendation of Hungary to ensure education in the Lemkar language at primary "
        "level, and of Slovenia to adopt a strategy to combat discrimination against the Lemkar in employment.\n"
    )
    cited = [(u.text, u.mechanism, u.year) for u in _kind(_units(text), "cited_recommendation")]
    assert cited == [
        ("Repeal the Law on Foreign-Funded Organisations of 2019 or bring it into line with article 22 of the "
         "Covenant", "UPR", 2021),
        ("ensure that journalists can cover protests without being detained", "UPR", 2021),
        ("Velmaria investigate all attacks against journalists and bring those responsible to justice", "UPR", 2016),
        ("ensure prompt and effective investigations into all allegations of torture", "UPR", 2021),
        ("establish at least one shelter in every region", "SR", 2024),
        ("Velmaria define discrimination against women in line with article 1 of the Convention", "HRC", 2016),
        ("decriminalize defamation and transfer it to the civil code", "UPR", 2021),
        ("ensure education in the Lemkar language at primary level", "UPR", 2021),
        ("adopt a strategy to combat discrimination against the Lemkar in employment.", "UPR", 2021),
    ]


def test_a_card_of_a_upr_recommendation_under_its_number_states_and_response() -> None:
    paras = [
        "UPR Watch: mid-term update on the third cycle",
        "Rec. 118.61 · Canada · Supported",
        "“Decriminalize defamation and insult and transfer them to civil law”",
        "● Our assessment: Partially implemented",
        "Defamation was moved to the Civil Code in June 2024; insult remains a crime.",
        "Rec. 118.64 · Sweden, Estonia · Noted",
        "● Our assessment: Not implemented",
        "“Release all journalists detained for their professional activities”",
        "Two more bloggers were imprisoned in 2025.",
    ]
    text = "<html><body>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>"
    cited = [(u.text, u.source_detail, u.status_claim)
             for u in _kind(_units(text, "x.html"), "cited_recommendation")]
    assert cited == [
        ("Decriminalize defamation and insult and transfer them to civil law", "Canada", "partially_implemented"),
        ("Release all journalists detained for their professional activities", "Sweden, Estonia", "not_implemented"),
    ]


def test_justified_lines_of_laid_out_text_read_with_single_spaces() -> None:
    text = (
        "Shadow report to the Human Rights Committee\n\n"
        "          20.   The  Committee  recommended  that  the  State party ensure that the right to\n"
        "                peaceful  assembly  is  guaranteed  in  law  and  in  practice.  Not\n"
        "                implemented.\n"
    )
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.text, u.mechanism, u.status_claim) for u in cited] == [
        ("the State party ensure that the right to peaceful assembly is guaranteed in law and in practice.", "HRC",
         "not_implemented")]


def test_a_numbered_upr_recommendation_quoted_with_its_states_and_the_grade_after() -> None:
    paras = [
        "Выполнение рекомендаций третьего цикла УПО (2019)",
        "115.31 «Рассмотреть вопрос о ратификации второго Факультативного протокола» (Франция, Португалия)",
        "Мы считаем эту рекомендацию невыполненной. Вопрос ни разу не выносился на рассмотрение парламента.",
        "115.33 «Сохранять мораторий на исполнение смертных приговоров» (Италия)",
        "Оценка: выполнена.",
        "115.60 «Обеспечить, чтобы журналисты могли работать без запугивания» (Канада, Германия). Не выполнена: "
        "в 2023 году был избит блогер.",
    ]
    text = "<html><body>" + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>"
    cited = [(u.text, u.source_detail, u.status_claim) for u in _kind(_units(text, "x.html"), "cited_recommendation")]
    assert cited == [
        ("Рассмотреть вопрос о ратификации второго Факультативного протокола", "Франция, Португалия",
         "not_implemented"),
        ("Сохранять мораторий на исполнение смертных приговоров", "Италия", "implemented"),
        ("Обеспечить, чтобы журналисты могли работать без запугивания", "Канада, Германия", "not_implemented"),
    ]


def test_one_sentence_of_requests_split_at_its_semicolons_and_inline_letters_after_and() -> None:
    text = (
        "Joint submission for the fourth cycle of the universal periodic review, 2026\n\n"
        "II. Civil society\n\n"
        "7. We recommend that the Government amend the Law on Associations so that registration is a notification; "
        "respond positively to the pending visit requests of the Special Rapporteur; and fund at least one shelter "
        "(run by civil society; one per region) in each region.\n\n"
        "8. We recommend that the Government: (a) repeal the register of foreign agents; (b) restore the registration "
        "of liquidated organisations; and (c) put an end to the refusal of State bodies to meet them.\n\n"
        "9. We recommend that the Government ensure that the law, which was adopted in 2022, is reviewed.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.text for u in recs] == [
        "amend the Law on Associations so that registration is a notification;",
        "respond positively to the pending visit requests of the Special Rapporteur;",
        "fund at least one shelter (run by civil society; one per region) in each region.",
        "repeal the register of foreign agents;",
        "restore the registration of liquidated organisations;",
        "put an end to the refusal of State bodies to meet them.",
        "We recommend that the Government ensure that the law, which was adopted in 2022, is reviewed.",
    ]
    assert all(text[u.start : u.end].endswith(u.text) for u in recs)  # spans keep the list markers


def test_a_list_of_requests_to_the_council_gives_no_unit_but_its_call_on_the_government() -> None:
    text = (
        "Written statement on the outcome of the universal periodic review, 2026\n\n"
        "Recommendations to the Government\n\n"
        "The Centre calls on the Government to:\n\n"
        "• release all persons detained for peaceful protest;\n\n"
        "• publish the rules on the use of force by the police.\n\n"
        "Recommendations to the Human Rights Council\n\n"
        "The Centre invites the Human Rights Council to:\n\n"
        "• encourage the special procedures, in particular the Special Rapporteur on the rights to freedom of "
        "peaceful assembly and of association, to request a visit;\n\n"
        "• ask the Office of the High Commissioner to offer technical assistance;\n\n"
        "• call on the Government to release the trade union leaders.\n"
    )
    units = _units(text)
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "release all persons detained for peaceful protest;"),
        ("recommendation", "publish the rules on the use of force by the police."),
        ("recommendation", "call on the Government to release the trade union leaders."),
    ]


def test_please_provide_in_a_list_a_body_is_asked_to_put_is_a_question_and_a_paragraph_heading_names_the_body() -> None:
    paras = [
        "<h1>3. Online expression</h1>",
        "<p>The Special Rapporteur on the situation of human rights defenders recommended that the Government end "
        "the unlawful surveillance of defenders. The recommendation is not implemented.</p>",
        "<h2>Paragraph 100 of the report (full text)</h2>",
        "<p>“Refrain from blocking the websites and social media accounts of human rights defenders and independent "
        "media”</p>",
        "<p>Status: NOT IMPLEMENTED. Blocking orders continue to be issued without a court decision.</p>",
        "<h1>7. Questions for the follow-up letter</h1>",
        "<p>We propose that she ask the Government the following:</p>",
        "<ol><li>How many persons are subject to a travel ban that was not imposed by a court?</li>"
        "<li>Please provide the legal basis of the decisions to block websites adopted in 2025.</li></ol>",
    ]
    text = "<html><body>" + "".join(paras) + "</body></html>"
    units = _units(text, "x.html")
    assert [u.text[:40] for u in _kind(units, "question")] == [
        "How many persons are subject to a travel", "Please provide the legal basis of the de"]
    assert _kind(units, "recommendation") == []
    cited = _kind(units, "cited_recommendation")
    assert [(u.text[:30], u.mechanism, u.status_claim) for u in cited][-1] == (
        "Refrain from blocking the webs", "SR", "not_implemented")


def test_a_submission_templates_prompts_label_the_answers_below_them() -> None:
    paras = [
        "<h2>2. Please provide information on detention and expulsion (articles 16 and 22 of the Convention).</h2>",
        "<p>The Committee asked Tarkhadia to ensure that expulsion decisions can be appealed with suspensive effect. "
        "An appeal still does not suspend execution. We consider this recommendation not implemented.</p>",
        "<p><b>Recommendation(s) on this issue (optional):</b></p>",
        "<p>Set a maximum period of 90 days for the detention of foreigners pending expulsion.</p>",
        "<h2>7. Please list the recommendations that you suggest the Committee address to the State party (maximum 10"
        " recommendations).</h2>",
        "<p>Recommendations should be specific, measurable and addressed to the State party.</p>",
        "<ol><li>Amend the Law on External Labour Migration to prohibit recruitment fees.</li>"
        "<li>Appoint labour attachés in every country of destination.</li></ol>",
        "<h2>8. Please suggest questions that the Committee may wish to include in the list of issues.</h2>",
        "<p>Maximum 10 questions.</p>",
        "<ol><li>How many private employment agencies have been licensed since 2023?</li>"
        "<li>Please provide data on the number of foreigners held in 2023–2025.</li></ol>",
    ]
    units = _units("<html><body>" + "".join(paras) + "</body></html>", "x.html")
    assert [u.text for u in _kind(units, "recommendation")] == [
        "Set a maximum period of 90 days for the detention of foreigners pending expulsion.",
        "Amend the Law on External Labour Migration to prohibit recruitment fees.",
        "Appoint labour attachés in every country of destination.",
    ]
    assert [u.text[:30] for u in _kind(units, "question")] == [
        "How many private employment ag", "Please provide data on the num"]


def test_a_transcripts_turns_and_the_requests_and_questions_read_out_in_them() -> None:
    text = (
        "One year after the Special Rapporteur: follow-up webinar\n"
        "Thu, Oct 16, 2025 10:03AM • 24:17\n\n"
        "Gulnar Aralbay  0:16:02\n"
        "Thank you. The coalition has agreed on three recommendations to the Government, and I'll read them out.\n\n"
        "Gulnar Aralbay  0:16:31\n"
        "First, adopt a new law on peaceful assemblies based on notification, not authorization.\n\n"
        "Gulnar Aralbay  0:16:49\n"
        "And second, release the sixteen people who are still in prison in connection with the protests.\n\n"
        "Saltanat Dauletkhan  0:21:14\n"
        "Number one. Why has the draft law on peaceful assemblies not been published?\n\n"
        "Saltanat Dauletkhan  0:21:48\n"
        "Number two, from Zhanar. How many criminal cases under article 403 were opened in 2024?\n\n"
        "Saltanat Dauletkhan  0:22:30\n"
        "First, the good news. Second, we will share the slides.\n"
    )
    units = _units(text)
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "adopt a new law on peaceful assemblies based on notification, not authorization."),
        ("recommendation", "release the sixteen people who are still in prison in connection with the protests."),
        ("question", "Why has the draft law on peaceful assemblies not been published?"),
        ("question", "How many criminal cases under article 403 were opened in 2024?"),
    ]


def test_proposals_and_questions_read_out_in_a_russian_speech() -> None:
    text = (
        "СТЕНОГРАММА круглого стола\n\n"
        "ИВАНОВА А.П., директор центра. Наши предложения, с вашего позволения, я зачитаю.\n\n"
        "Первое. Создать независимую службу расследования преступлений, совершенных сотрудниками полиции.\n\n"
        "Третье. Обязать следственные органы выдавать родственникам копию заключения экспертизы. Четвертое. "
        "Ратифицировать Факультативный протокол к Конвенции против пыток.\n\n"
        "Спасибо.\n\n"
        "ПЕТРОВ С.М. Первое. Закон принят в 2023 году, и он работает.\n\n"
        "СИДОРОВА Д.К. Статья 207 не пересмотрена.\n\n"
        "Наше предложение простое: исключить статью 207 из Уголовного кодекса.\n\n"
        "И еще. Мы предложим Комитету задать государству два вопроса. Первый: сколько человек осуждено по статье "
        "207? Второй: какие меры приняты для выполнения соображений Комитета? Спасибо.\n\n"
        "Мы также предложим Комитету спросить у государства: сколько уведомлений о собраниях подано в 2024 году? "
        "Спасибо.\n"
    )
    units = _units(text)
    assert [(u.kind, u.text) for u in units] == [
        ("recommendation", "Создать независимую службу расследования преступлений, совершенных сотрудниками полиции."),
        ("recommendation", "Обязать следственные органы выдавать родственникам копию заключения экспертизы."),
        ("recommendation", "Ратифицировать Факультативный протокол к Конвенции против пыток."),
        ("recommendation", "исключить статью 207 из Уголовного кодекса."),
        ("question", "сколько человек осуждено по статье 207?"),
        ("question", "какие меры приняты для выполнения соображений Комитета?"),
        ("question", "сколько уведомлений о собраниях подано в 2024 году?"),
    ]


def test_requests_read_out_one_after_another_in_one_english_paragraph() -> None:
    text = ("Statement at the parliamentary hearing\n\n"
            "We have two proposals. First, repeal article 341 of the Criminal Code. Second, release the sixteen "
            "people still in prison. Thank you.\n\n"
            "In our view the reform failed. First, the law was adopted late.\n\n"
            "We also suggest that the Committee ask the State party: How many complaints were filed in 2024?\n")
    assert [(u.kind, u.text) for u in _units(text)] == [
        ("recommendation", "repeal article 341 of the Criminal Code."),
        ("recommendation", "release the sixteen people still in prison."),
        ("question", "How many complaints were filed in 2024?"),
    ]


def test_a_lead_in_after_a_run_in_heading_and_an_opening_clause() -> None:
    text = (
        "Shadow report to the Human Rights Committee\n\n"
        "7.2 Civic space In order to restore civic space, the Government should:\n\n"
        "7. replace the authorisation regime of the Law on Mass Events with a simple notification procedure;\n\n"
        "8. repeal article 341 of the Criminal Code.\n"
    )
    recs = _kind(_units(text), "recommendation")
    assert [u.text[:20] for u in recs] == ["replace the authoris", "repeal article 341 o"]


def test_a_speakers_closing_thanks_is_cut_but_not_a_sentence_opening_with_thanks_to() -> None:
    from hrtracker.extract.ngo import _before_thanks

    assert _before_thanks("Repeal article 341. Thank you.") == "Repeal article 341."
    assert _before_thanks("Освободить задержанных. Благодарю за внимание.") == "Освободить задержанных."
    kept = "Adopt the law on legal aid. Thanks to the pilot project, 4,000 people had a lawyer in 2024."
    assert _before_thanks(kept) == kept


def test_a_paragraph_named_in_brackets_after_a_topic_and_as_the_subject_of_its_request() -> None:
    text = ("Follow-up information to the Committee against Torture\n\n## Q2. Other recommendations\n\n"
            "Overcrowding (paragraph 26 (a)) – “reduce overcrowding in pre-trial detention facilities, including by "
            "making greater use of non-custodial measures”. Partially implemented: occupancy fell to 124 per cent.\n\n"
            "Paragraph 30 recommended that the State party ensure that solitary confinement is used only in "
            "exceptional cases. This has not been implemented.\n")
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.mechanism, u.source_detail, u.status_claim, u.text[:40]) for u in cited] == [
        ("CAT", "paragraph 26 (a)", "partially_implemented", "reduce overcrowding in pre-trial detenti"),
        ("CAT", None, "not_implemented", "the State party ensure that solitary con"),
    ]


def test_a_quotation_after_she_wrote_inside_its_lead_in_is_the_rapporteur_s_named_paragraphs_before() -> None:
    text = ("# What became of the recommendations\n\nIn 2018 the Special Rapporteur on the situation of human rights "
            "defenders visited Tevrania.\n\n## 1. The law on grants\n\nNothing worried the Rapporteur more than the "
            "Law on Non-Commercial Organisations.\n\nHer recommendation was unambiguous. The Government, she wrote, "
            "should:\n\n> “repeal the provisions of the Law on Non-Commercial Organisations that require organisations "
            "to label themselves as foreign agents.”\n\nSeven years on, the answer is simple: not implemented.\n")
    cited = _kind(_units(text, "x.md"), "cited_recommendation")
    assert [(u.mechanism, u.text[:30]) for u in cited] == [("SR", "repeal the provisions of the L")]


def test_a_paragraph_quoted_after_a_few_words_of_talk_but_not_after_a_source_ending_in_para() -> None:
    text = ("Submission to the Human Rights Committee\n\nCLUSTER 3\n\nOK here we go. Para 36: “The State party should "
            "decriminalize defamation and restrict the application of criminal law to the most serious cases.”\n\n"
            "Status: not implemented.\n\nRecommendation of CERD (2021), para. 18 (a):\n“Provide identity documents, "
            "free of charge, to all Vessen who lack them.”\n")
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.year, u.text[:30]) for u in cited] == [
        ("HRC", None, "decriminalize defamation and r"), ("CERD", 2021, "Provide identity documents, fr")]


def test_a_state_s_quoted_request_after_a_graded_one_is_a_new_unit_with_its_state_beside_the_number() -> None:
    text = ("Проверка выполнения рекомендаций УПО\n\nДания рекомендовала ратифицировать Факультативный протокол. "
            "Выполнено.\n\n🇬🇧 Великобритания: «создать независимый орган для расследования жалоб на пытки». ❌ Не "
            "выполнено.\n\n🇮🇸🇪🇸 Исландия и Испания: «принять антидискриминационное законодательство»."
            " ❌ Не выполнено.\n\n"
            "Вторая рекомендация — «Обеспечить наличие приютов для пострадавших от домашнего насилия во всех регионах "
            "страны» (Исландия, 115.97) — не выполнена.\n")
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim, u.text[:30]) for u in cited] == [
        ("UPR", "implemented", "ратифицировать Факультативный "),
        ("UPR", "not_implemented", "создать независимый орган для "),
        ("UPR", "not_implemented", "принять антидискриминационное "),
        ("UPR", "not_implemented", "Обеспечить наличие приютов для"),
    ]


def test_items_read_out_by_the_first_the_second_one_two_and_what_was_said_before_them() -> None:
    text = ("Consultation on follow-up to CEDAW\n\n"
            "Yes, so on this block the coalition recommends three things. The first recommendation is to amend the "
            "Electoral Code to raise the quota. The second is to oblige the Agency to publish data every year. And "
            "the third one is to set up a specialised police unit.\n\n"
            "Let me start with good news. The Committee recommended that the State party raise the minimum age of "
            "marriage to 18 years. That one is implemented. So our recommendations for this block. One, register land "
            "plots in the joint names of both spouses. Two, fund mobile legal aid units in the mountain districts.\n\n"
            "Yes. One cross-cutting recommendation first. The coalition recommends that the Government establish a "
            "national mechanism for reporting and follow-up. Now, the questions. The first question we propose is "
            "this: How many cases were closed by reconciliation? The second question: How many shelter places exist? "
            "And the third: What measures will the State party take?\n\n"
            "May I add one on the civil service data? I would propose: Why has the Agency stopped publishing data on "
            "women in senior positions?\n\n"
            "Block four. Questions for the Committee's list of issues. The list will be adopted later this year.\n")
    units = _units(text)
    assert [(u.kind, u.text[:30]) for u in units] == [
        ("recommendation", "amend the Electoral Code to ra"),
        ("recommendation", "oblige the Agency to publish d"),
        ("recommendation", "set up a specialised police un"),
        ("cited_recommendation", "the State party raise the mini"),
        ("recommendation", "register land plots in the joi"),
        ("recommendation", "fund mobile legal aid units in"),
        ("recommendation", "The coalition recommends that "),
        ("question", "How many cases were closed by "),
        ("question", "How many shelter places exist?"),
        ("question", "What measures will the State p"),
        ("question", "Why has the Agency stopped pub"),
    ]


def test_a_submission_with_paragraphs_numbered_in_square_brackets() -> None:
    text = ("SUBMISSION OF THE LAW SOCIETY TO THE SPECIAL RAPPORTEUR ON THE INDEPENDENCE OF JUDGES AND LAWYERS\n\n"
            "B. THE MISSION REPORT\n\n"
            "[9] Paragraph 88(b) of the Mission Report called on the Government to \"establish a disciplinary "
            "procedure for judges that is independent of the executive\". It has not been implemented.\n\n"
            "[10] The Special Rapporteur recommended that the Government refrain from any interference in the "
            "affairs of the Society (paragraph 89(a)), and that lawyers not be identified with their clients' causes "
            "(paragraph 89(d)). Neither has been implemented.\n\n"
            "D. JUDICIAL APPOINTMENTS\n\n"
            "[20] Recommendation 1: That section 4(2) of the Act be amended so that most members are judges.\n\n"
            "[29] The Society recommends that the Government:\n\n(a) revoke the Regulations;\n\n"
            "(b) ensure that every judge is given written reasons.\n\n"
            "H. MATTERS WHICH THE SPECIAL RAPPORTEUR MAY WISH TO RAISE\n\n"
            "[44] The Society respectfully suggests that the Special Rapporteur put the following questions to the "
            "Government:\n\n(a) Why has the Bill not been reintroduced?\n\n(b) How many judges have been "
            "disciplined?\n\n"
            "I. SUMMARY OF RECOMMENDATIONS\n\n[47] For convenience, the Society's recommendations are summarised "
            "below.\n\n[48] The Society recommends that the Government of Caldermoor:\n\n"
            "(a) reconstitute the Judicial Service Commission (Recommendation 1; see [20] above);\n\n"
            "(b) review the suspension of Justice Ashdown-Fell (see [29](b) above).\n")
    units = _units(text)
    assert units[0].kind == "cited_recommendation" and "establish a disciplinary procedure" in units[0].text
    assert [(u.kind, u.text[:30]) for u in units[1:]] == [
        ("cited_recommendation", "the Government refrain from an"),
        ("cited_recommendation", "lawyers not be identified with"),
        ("recommendation", "That section 4(2) of the Act b"),
        ("recommendation", "revoke the Regulations;"),
        ("recommendation", "ensure that every judge is giv"),
        ("question", "Why has the Bill not been rein"),
        ("question", "How many judges have been disc"),
        ("recommendation", "reconstitute the Judicial Serv"),
        ("recommendation", "review the suspension of Justi"),
    ]
    assert [u.mechanism for u in units[:3]] == ["SR", "SR", "SR"]


def test_a_quotation_over_a_dash_source_line_that_runs_on_into_the_verdict() -> None:
    text = ("Shadow poster for the Committee on Economic, Social and Cultural Rights\n\n"
            "The minimum wage has been frozen since 2022. “Ensure that the minimum wage is set at a level that "
            "provides all workers with a decent living”\n\n"
            "— CESCR, concluding observations, 2017, para. 21 NOT IMPLEMENTED Women earn 23 per cent less than men.\n\n"
            "“Repeal the provisions of the Law on Social Rehabilitation that require compulsory work”\n\n"
            "— ILO Committee of Experts, observation on Convention No. 29, 2022 The Government calls it therapy.\n\n"
            "“Enforce the principle of equal pay for work of equal value and close the gender pay gap”\n\n"
            "— CEDAW Committee, concluding observations, 2021, para. 33(b)\n")
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.year, u.status_claim, u.text[:30]) for u in cited] == [
        ("CESCR", 2017, "not_implemented", "Ensure that the minimum wage i"),
        ("ILO", 2022, "unknown", "Repeal the provisions of the L"),
        ("CEDAW", 2021, "unknown", "Enforce the principle of equal"),
    ]


def test_a_thread_s_bold_verdicts_the_working_group_by_its_short_name_and_a_task_list_after_questions() -> None:
    text = ("# Submission to the Human Rights Committee and the Working Group on Arbitrary Detention\n\n"
            "## 1. What the mechanisms have already asked for\n\n"
            "- Para. 41(b). The Committee urged Khazrevan to review the Code of Administrative Offences so that "
            "administrative arrest is not imposed for peaceful assembly. **Verdict: not implemented.** In 2024, 312 "
            "people were arrested.\n"
            "- Opinion No. 18/2021. The Working Group considered that the appropriate remedy would be to release "
            "Mr. Ozhibekov immediately. **Verdict: partially implemented.** He was released in 2023.\n\n"
            "#### Questions for the list of issues prior to reporting\n\n"
            "1. How many persons were detained under the Law on Preventive Supervision?\n"
            "2. Please explain how the 45-day term is compatible with article 9.\n\n"
            "- [x] Final text agreed\n- [x] Sent for translation (Russian)\n")
    units = _units(text, "thread.md")
    assert [(u.kind, u.mechanism, u.status_claim, u.text) for u in units] == [
        ("cited_recommendation", "HRC", "not_implemented", "review the Code of Administrative Offences so that "
         "administrative arrest is not imposed for peaceful assembly."),
        ("cited_recommendation", "SR", "partially_implemented", "release Mr. Ozhibekov immediately."),
        ("question", None, None, "How many persons were detained under the Law on Preventive Supervision?"),
        ("question", None, None, "Please explain how the 45-day term is compatible with article 9."),
    ]


def test_a_meeting_record_s_decisions_adopting_recommendations_and_questions() -> None:
    text = ("ПРОТОКОЛ № 3 заседания Координационного совета коалиции против пыток\n\n"
            "2. О предложениях коалиции к перечню вопросов Комитета против пыток\n\nПОСТАНОВИЛИ:\n"
            "2.1. Информацию Сабыркановой Д.Н. принять к сведению.\n"
            "2.2. Утвердить следующие рекомендации коалиции государству для\nвключения в альтернативный доклад:\n"
            "    а) ввести единый электронный реестр задержанных;\n"
            "    б) запретить повторное водворение осужденного в штрафной изолятор.\n"
            "2.3. Включить в альтернативный доклад отдельную рекомендацию в\nследующей редакции: «Принять закон о "
            "возмещении вреда жертвам пыток.»\n"
            "2.4. Предложить Комитету против пыток включить в перечень вопросов\nследующие вопросы:\n"
            "    а) Создан ли единый электронный реестр задержанных?\n"
            "    б) Сколько заявлений о пытках поступило в 2022–2025 годах?\n"
            "2.5. Поручить Сабыркановой Д.Н. до 1 апреля 2025 г. доработать проект доклада.\n")
    units = _units(text)
    assert [(u.kind, u.text[:25]) for u in units] == [
        ("recommendation", "ввести единый электронный"),
        ("recommendation", "запретить повторное водво"),
        ("recommendation", "Принять закон о возмещени"),
        ("question", "Создан ли единый электрон"),
        ("question", "Сколько заявлений о пытка"),
    ]


def test_quoted_upr_recommendations_as_bullets_with_their_states_and_a_topic_before_a_label() -> None:
    text = ("Briefing for delegations before the UPR review of Tavolgia\n\nPeaceful assembly (art. 21)\n\n"
            "• “Amend the Law on Public Gatherings to replace prior authorization with a simple notification "
            "procedure” – Switzerland, Norway (supported)\n\n"
            "• “Decriminalize defamation and insult and bring the Law on Mass Media into line with article 19”\n\n"
            "– Czechia (rec. 98.61, noted)\n\n"
            "• 2024 amendments: notification only for up to 50 participants\n\n"
            "Civil society: our recommendations\n\n"
            "• Repeal the 2023 amendments on foreign funding\n\n• Lift the travel ban imposed on Pavlo Pelagrin\n")
    units = _units(text)
    assert [(u.kind, u.mechanism, u.section, u.text[:30]) for u in units] == [
        ("cited_recommendation", "UPR", "Peaceful assembly (art. 21)", "Amend the Law on Public Gather"),
        ("cited_recommendation", "UPR", "Peaceful assembly (art. 21)", "Decriminalize defamation and i"),
        ("recommendation", None, "Civil society: our recommendations", "Repeal the 2023 amendments on "),
        ("recommendation", None, "Civil society: our recommendations", "Lift the travel ban imposed on"),
    ]


def test_russian_requests_after_a_short_name_with_a_visit_and_after_a_colon_and_not_from_vlasti() -> None:
    text = ("Альтернативный доклад Комитету по правам человека\n\n"
            "В 2020 году Специальный докладчик по вопросу о правах на свободу мирных собраний и ассоциации посетил "
            "Брезданию.\n\n"
            "Докладчик после визита призвал власти незамедлительно освободить всех лиц, лишенных свободы за участие в "
            "мирных собраниях. Амнистия 2021 года освободила 23 человек.\n\n"
            "Про спонтанные собрания Комитет написал коротко: государству следует обеспечить возможность проведения "
            "спонтанных собраний. Понятия в законе нет.\n")
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text[:30]) for u in cited] == [
        ("SR", "незамедлительно освободить все"), ("HRC", "обеспечить возможность проведе")]


def test_a_russian_request_after_its_verdict_in_a_paragraph_after_the_body_s_citation() -> None:
    text = ("Альтернативный доклад Комитету против пыток\n\n"
            "Комитет рекомендовал создать единый реестр задержанных. Не выполнена.\n\n"
            "Частично выполнена рекомендация уведомлять родственников о задержании незамедлительно. Кодекс 2023 года "
            "обязывает следователя уведомить родственников.\n\n"
            "Не выполнена и рекомендация расширить систему бесплатной юридической помощи. Закон не изменен.\n")
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim, u.text[:25]) for u in cited] == [
        ("CAT", "not_implemented", "создать единый реестр зад"),
        ("CAT", "partially_implemented", "уведомлять родственников "),
        ("CAT", "not_implemented", "расширить систему бесплат"),
    ]


def test_the_recommendation_at_a_paragraph_that_the_state_party_act_with_its_verdict_before_or_after() -> None:
    text = ("Submission to the Human Rights Committee\n\n"
            "[13] In 2021 the Committee recommended that the State party guarantee the independence of judges. Not "
            "implemented.\n\n"
            "[14] Partially implemented: the recommendation at paragraph 35(b) that the State party ensure that "
            "lawyers can work without intimidation. Two investigations were opened.\n\n"
            "[15] The recommendation at paragraph 36 that the State party publish all court decisions has been "
            "partially implemented.\n")
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.status_claim, u.text) for u in cited][1:] == [
        ("HRC", "partially_implemented", "the State party ensure that lawyers can work without intimidation."),
        ("HRC", "partially_implemented", "the State party publish all court decisions"),
    ]


def test_russian_states_as_the_plural_subject_before_a_quoted_upr_request() -> None:
    text = ("Альтернативный доклад Комитету по ликвидации дискриминации в отношении женщин\n\n"
            "Ту же тему поднимали государства в ходе третьего цикла УПО в 2019 году. Франция и Исландия рекомендовали "
            "Бельджару «обязать сотрудников полиции регистрировать каждое сообщение о домашнем насилии». Правительство "
            "эти рекомендации поддержало.\n")
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text[:30]) for u in cited] == [("UPR", "обязать сотрудников полиции ре")]


def test_a_russian_request_put_first_with_its_author_after_it() -> None:
    text = ("Альтернативный доклад Комитету по правам человека\n\n"
            "В 2020 году Специальный докладчик по вопросу о правах на свободу мирных собраний и ассоциации посетил "
            "Брезданию.\n\n"
            "Отдельно про деньги. Снизить размеры штрафов за нарушение порядка проведения собраний до уровня, "
            "соразмерного доходам граждан, рекомендовал докладчик. Произошло обратное.\n")
    cited = _kind(_units(text), "cited_recommendation")
    assert [(u.mechanism, u.text) for u in cited] == [
        ("SR", "Снизить размеры штрафов за нарушение порядка проведения собраний до уровня, соразмерного доходам "
               "граждан")]
