"""NGO reports in layouts unlike the development corpus (fixtures/unseen/, expected units beside each).

The fixtures are fictional shadow reports written for these tests: a Markdown CEDAW report with
``*`` bullets, a plain-text CCPR report with section-numbered paragraphs and ``a)`` / ``(i)`` lists,
a Word CAT report with heading and list styles, an HTML UPR submission, a hard-wrapped CAT report
with ``•`` bullets, and two Russian reports. ``*.expected.jsonl`` holds the units a reader would
mark by hand following shared/eval/GUIDELINES.md.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from hrtracker.extract import detect_type, extract
from hrtracker.models import Extraction, Unit
from hrtracker.readers import read_bytes, read_path

FIXTURES = Path(__file__).parent / "fixtures" / "unseen"
EXPECTED = sorted(FIXTURES.glob("*.expected.jsonl"))
KINDS = ("recommendation", "question", "cited_recommendation")


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", unicodedata.normalize("NFKC", text).lower())
    return {tuple(words[i : i + 3]) for i in range(max(1, len(words) - 2))}


def _jaccard(a: str, b: str) -> float:
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / max(1, len(sa | sb))


def _expected(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@cache
def _extracted(name: str) -> Extraction:
    return extract(read_path(FIXTURES / name))


def _match(expected: list[dict], units: list[Unit]) -> list[tuple[dict, Unit | None]]:
    """Pair expected and extracted units of one kind, best text overlap first (score.py's rule)."""
    pairs = sorted(((_jaccard(e["text"], u.text), i, j) for i, e in enumerate(expected) for j, u in enumerate(units)),
                   reverse=True)
    used_e: dict[int, Unit] = {}
    used_u: set[int] = set()
    for score, i, j in pairs:
        if score < 0.5:
            break
        if i in used_e or j in used_u:
            continue
        used_e[i] = units[j]
        used_u.add(j)
    return [(e, used_e.get(i)) for i, e in enumerate(expected)]


def _units(name: str, kind: str) -> list[Unit]:
    return [u for u in _extracted(name).units if u.kind == kind]


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_every_expected_unit_found_and_nothing_else(path: Path) -> None:
    expected = _expected(path)
    name = expected[0]["doc"]
    ex = _extracted(name)
    assert ex.doc_type == "ngo_report"
    for kind in KINDS:
        exp = [e for e in expected if e["kind"] == kind]
        got = _units(name, kind)
        missed = [e["text"] for e, u in _match(exp, got) if u is None]
        assert not missed, (kind, missed)
        assert len(got) == len(exp), (kind, [u.text for u in got])


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_cited_recommendations_mechanism_year_status(path: Path) -> None:
    expected = _expected(path)
    name = expected[0]["doc"]
    exp = [e for e in expected if e["kind"] == "cited_recommendation"]
    for e, u in _match(exp, _units(name, "cited_recommendation")):
        assert u is not None, e["text"]
        got = (u.mechanism, u.year, u.status_claim)
        want = (e["mechanism"], e["year"], e["status_claim"])
        assert got == want, (e["text"], got)


def test_articles_mostly_agree() -> None:
    """ICCPR articles of matched units against the hand-marked ones, micro-averaged over all fixtures."""
    tp = n_pred = n_gold = 0
    for path in EXPECTED:
        expected = _expected(path)
        name = expected[0]["doc"]
        for kind in KINDS:
            exp = [e for e in expected if e["kind"] == kind]
            for e, u in _match(exp, _units(name, kind)):
                if u is None:
                    continue
                tp += len(set(e["articles"]) & set(u.articles))
                n_pred += len(u.articles)
                n_gold += len(e["articles"])
    p, r = tp / max(1, n_pred), tp / max(1, n_gold)
    assert 2 * p * r / max(1e-9, p + r) >= 0.75, (p, r)


def _texts(name: str, kind: str) -> list[str]:
    return [u.text for u in _units(name, kind)]


def test_markdown_star_bullets_and_own_voice_paragraph() -> None:
    recs = _texts("cedaw-shadow-norland.md", "recommendation")
    assert recs[0] == "adopt a comprehensive law criminalising all forms of domestic violence, including marital rape;"
    assert "We urge the State party to:" not in recs  # a lead-in, not a unit
    assert recs[-1] == ("We also urge the State party to repeal the list of professions prohibited for women "
                        "without delay.")
    qs = _units("cedaw-shadow-norland.md", "question")
    assert qs[0].text.startswith("What measures has the State party taken")
    assert qs[0].section == "4. Suggested questions for the list of issues"


def test_section_numbered_text_report() -> None:
    name = "ccpr-alternative-estoria.txt"
    recs = _units(name, "recommendation")
    assert [u.text for u in recs[2:4]] == [
        "guarantee access to a lawyer from the moment of actual apprehension;",
        "require video recording of all interrogations.",
    ]
    assert "amend the Code of Criminal Procedure in order to:" not in [u.text for u in recs]
    assert all(u.articles == [6, 7] for u in recs[:4])  # from "2. ... (ARTICLES 6 AND 7)" above "2.2"
    assert [u.articles for u in recs[4:]] == [[21], [21]]
    cited = _units(name, "cited_recommendation")
    upr = next(u for u in cited if u.mechanism == "UPR")
    assert upr.text.startswith("bring its legislation on peaceful assembly")
    assert upr.source_detail == "Germany, Mexico"
    assert not any(re.match(r"\d", u.text) for u in _extracted(name).units)  # "3.2" is a marker


def test_word_headings_and_treaty_articles() -> None:
    name = "cat-alternative-marenia.docx"
    recs = _units(name, "recommendation")
    assert recs[0].section == "Recommendations"
    # "Article 2." of the Convention against Torture is not article 2 of the ICCPR
    assert not any(2 in u.articles for u in _extracted(name).units)
    assert recs[3].text.startswith("Close pre-trial detention facility No. 3 and")


def test_html_lists() -> None:
    recs = _texts("upr-joint-submission-valdora.html", "recommendation")
    assert recs[0] == "Repeal articles 129 and 130 of the Criminal Code on defamation and insult."


def test_wrapped_text_numbered_standalone_recommendation() -> None:
    recs = _texts("cat-ngo-coalition-wrapped.txt", "recommendation")
    assert recs[0] == ("Introduce judicial review of every involuntary placement within 48 hours, with the "
                       "mandatory participation of a lawyer.")
    assert ("Ratify the Optional Protocol to the Convention against Torture and designate an independent "
            "national preventive mechanism.") in recs


def test_russian_reports() -> None:
    cited = _units("ru-alternative-report.txt", "cited_recommendation")
    assert cited[0].text.startswith("декриминализировать клевету")
    assert cited[1].section == "Статья 21. Право на мирные собрания"
    recs = _units("ru-alternative-report.txt", "recommendation")
    assert [u.articles for u in recs] == [[19]] * 3 + [[21]] * 2
    recs = _texts("ru-ngo-cat-report.txt", "recommendation")
    assert recs[:2] == ["создать независимый орган по расследованию жалоб на пытки;",
                        "обеспечить видеозапись всех допросов;"]
    upr = next(u for u in _units("ru-ngo-cat-report.txt", "cited_recommendation") if u.mechanism == "UPR")
    assert upr.text == "криминализировать домашнее насилие."


def test_year_of_a_cited_recommendation_from_its_context() -> None:
    """No year in the sentence: the earlier sentence about the same mechanism, else the review the report is about."""
    text = ("Warsaw, 2 May 2021\n\nOn 12 March 2021 the 38th session of the Universal Periodic Review of Norland was "
            "held. The previous UPR of Norland took place in 2016.\n\nTorture\n\n"
            "The representatives of Chile and Japan recommended that Norland criminalise torture. Norland had not "
            "fulfilled the recommendations it accepted at the previous UPR.\n\n"
            "Following its visit in 2018, the Special Rapporteur on torture made 20 recommendations. Those "
            "recommendations included the closure of the isolation wards.\n")
    units = [u for u in extract(read_bytes(text.encode(), "x.txt")).units if u.kind == "cited_recommendation"]
    by_text = {u.text: (u.mechanism, u.year, u.status_claim) for u in units}
    assert by_text["Norland criminalise torture."] == ("UPR", 2021, "unknown")
    assert by_text["Norland had not fulfilled the recommendations it accepted at the previous UPR."] == (
        "UPR", 2016, "not_implemented")
    assert by_text["Those recommendations included the closure of the isolation wards."] == ("SR", 2018, "unknown")


def test_un_body_lead_in_list_and_question_lead_in() -> None:
    name = "loipr-submission-sardova.md"
    cited = [u for u in _units(name, "cited_recommendation") if u.mechanism == "CAT"]
    assert [u.text for u in cited] == [
        "ensure that all allegations of torture are investigated by a body independent of the police;",
        "establish a national preventive mechanism with access to all places of detention.",
    ]
    assert all((u.year, u.status_claim) == (2019, "not_implemented") for u in cited)  # "Neither ... implemented."
    qs = _texts(name, "question")
    assert qs[-1].startswith("How many criminal investigations into allegations of torture")
    recs = _texts(name, "recommendation")
    assert recs[-2] == "create an independent investigative body for crimes committed by law enforcement officers;"
    assert not any(t.endswith(":") for t in recs + qs + [u.text for u in cited])


def test_russian_un_bodies_and_recommending_states() -> None:
    cited = _units("ru-cedaw-report.md", "cited_recommendation")
    assert [(u.mechanism, u.year, u.status_claim) for u in cited] == [
        ("CEDAW", 2019, "partially_implemented"), ("UPR", None, "not_implemented")]
    assert cited[1].source_detail == "Германия, Франция"


NGO_QUOTING_CO = (
    "Shadow report to the Human Rights Committee on Norland\nSubmitted by the Norland Helsinki Group\n\n"
    "In 2019 (CCPR/C/NRL/CO/3, para. 12) the Committee recommends that the State party should revise the law. "
    "The State party should also release prisoners. The Committee recommends that the State party abolish the "
    "death penalty.\n\nRecommendations:\n- Abolish the death penalty.\n"
)
NGO_QUOTING_WG = (
    "Joint NGO submission on the follow-up to the Report of the Working Group on the Universal Periodic Review: "
    "Norland\n\nII. Conclusions and/or recommendations\n\n115.1 Ratify the OP-CAT (Germany);\n"
    "115.2 Abolish the death penalty (France);\n\nRecommendations:\n- Ratify the OP-CAT.\n"
)
CO_MENTIONING_CIVIL_SOCIETY = (
    "Concluding observations on the third periodic report of Norland\n\n1. The Committee considered the third "
    "report of Norland. It thanks civil society and non-governmental organizations for their information.\n\n"
    "2. The State party should adopt a law.\n\n3. The State party should ratify the Optional Protocol.\n"
)


@pytest.mark.parametrize(("text", "kind"), [
    (NGO_QUOTING_CO, "ngo_report"),
    (NGO_QUOTING_WG, "ngo_report"),
    (CO_MENTIONING_CIVIL_SOCIETY, "concluding_observations"),
])
def test_ngo_report_quoting_un_documents_is_detected_as_ngo(text: str, kind: str) -> None:
    assert detect_type(read_bytes(text.encode(), "x.txt")) == kind


def _inline_units(text: str, name: str = "x.txt") -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in extract(read_bytes(text.encode(), name)).units]


def test_unmarked_paragraphs_in_a_recommendations_block() -> None:
    ru = ("Свобода объединений\n\nРегистрация НКО затруднена.\n\nРекомендации:\n\n"
          "Отменить обязательную регистрацию общественных объединений.\n\n"
          "Упростить процедуру регистрации религиозных организаций.\n\nСледующий раздел\n\nТекст.\n")
    assert [t for _, t in _inline_units(ru)] == ["Отменить обязательную регистрацию общественных объединений.",
                                                 "Упростить процедуру регистрации религиозных организаций."]
    en = ("Freedom of association\n\nNGO registration is hard.\n\nRecommendations:\n\n"
          "Immediately release all activists detained for peaceful protest.\n\n"
          "Allocate adequate funding to the national human rights institution.\n\nNext section\n\nText here.\n")
    assert [k for k, _ in _inline_units(en)] == ["recommendation", "recommendation"]


def test_r_numbered_recommendations_and_passive_citation() -> None:
    md = ("## Freedom of religion\n\n**Recommendations**\n\n"
          "R1. Repeal the requirement of state registration for religious communities.\n\n"
          "R2. Stop prosecuting believers for unregistered worship.\n")
    assert [t for _, t in _inline_units(md, "x.md")] == [
        "Repeal the requirement of state registration for religious communities.",
        "Stop prosecuting believers for unregistered worship."]
    txt = ("Torture\n\nIt was recommended by the Committee against Torture in 2015 that the State party criminalise "
           "torture in line with article 1 of the Convention. This recommendation has been implemented.\n")
    (u,) = extract(read_bytes(txt.encode(), "x.txt")).units
    assert (u.kind, u.mechanism, u.year, u.status_claim) == ("cited_recommendation", "CAT", 2015, "implemented")
    assert u.text.startswith("the State party criminalise torture")


def test_pdf_bullets_across_a_page_break_and_footnote_year() -> None:
    name = "crc-alternative-report-talvania.pdf"
    recs = _texts(name, "recommendation")
    assert recs[-1] == ("Develop diversion programmes as an alternative to prosecution for children accused of "
                        "minor offences.")
    upr = next(u for u in _units(name, "cited_recommendation") if u.mechanism == "UPR")
    assert (upr.text, upr.year, upr.source_detail) == ("prohibit corporal punishment in all settings.", 2021,
                                                       "Sweden, Uruguay")


def _cited_inline(text: str, name: str = "x.txt") -> list[tuple[str | None, int | None, str | None, str | None, str]]:
    return [(u.mechanism, u.year, u.status_claim, u.source_detail, u.text)
            for u in extract(read_bytes(text.encode(), name)).units if u.kind == "cited_recommendation"]


def test_upr_recommendations_cited_by_state_and_number() -> None:
    assert _cited_inline(
        "Judiciary\n\nDuring the second review, Norland supported the recommendation to \"ensure the full "
        "independence of the judiciary from the executive\" (Australia). It has not been implemented.\n") == [
        ("UPR", None, "not_implemented", "Australia",
         "ensure the full independence of the judiciary from the executive")]
    assert _cited_inline(
        "Assembly\n\nRecommendation 115.32 (Germany): \"Bring the law on assemblies in line with international "
        "standards\" – supported, not implemented.\n") == [
        ("UPR", None, "not_implemented", "Germany", "Bring the law on assemblies in line with international standards")]
    ((mech, _, _, _, text),) = _cited_inline(
        "Death penalty\n\nThe State accepted recommendation 128.45 to abolish the death penalty for all crimes.\n")
    assert (mech, text) == ("UPR", "abolish the death penalty for all crimes.")


def test_quoted_paragraph_after_a_lead_in_and_parenthesised_references() -> None:
    ((mech, year, status, _, text),) = _cited_inline(
        "## Prisons\n\nThe Committee's concluding observations of 2017 stated:\n\n> The State party should take "
        "urgent measures to reduce overcrowding in places of detention.\n\nNo measures have been taken.\n", "x.md")
    assert (year, status) == (2017, "not_implemented")
    assert text == "The State party should take urgent measures to reduce overcrowding in places of detention."
    ((mech, _, _, _, text),) = _cited_inline(
        "Torture\n\nThe Human Rights Committee has repeatedly called on the State party to establish an independent "
        "complaints mechanism (CCPR/C/NRL/CO/2, para. 14; CCPR/C/NRL/CO/3, para. 17).\n")
    assert text.endswith("(CCPR/C/NRL/CO/2, para. 14; CCPR/C/NRL/CO/3, para. 17).")  # ";" inside (...) does not split
    ((mech, year, _, source, _),) = _cited_inline(
        "Detention\n\nIn 2021, the UN Working Group on Arbitrary Detention requested the immediate release of "
        "Mr. Ivanov, considering his detention arbitrary.\n")
    assert (mech, year, source) == ("SR", 2021, "Working Group on Arbitrary Detention")


def test_questions_suggested_in_a_sentence() -> None:
    units = _inline_units(
        "Freedom of expression\n\nWe suggest that the Committee ask the State party to explain why 40 websites were "
        "blocked in 2024 without a court order.\n\nThe Committee may wish to ask the State party how many journalists "
        "are in prison.\n")
    assert [k for k, _ in units] == ["question", "question"]
    ru = _inline_units("Свобода выражения\n\nПредлагаем Комитету запросить у государства-участника информацию о числе "
                       "заблокированных сайтов.\n")
    assert [k for k, _ in ru] == ["question"]


def test_russian_citations_by_states_and_committee() -> None:
    assert _cited_inline(
        "Смертная казнь\n\nВ рамках УПО в 2019 году Казахстан принял рекомендации Германии и Франции (п. 128.45) об "
        "отмене смертной казни. Рекомендация выполнена не в полном объеме.\n") == [
        ("UPR", 2019, "partially_implemented", "Германии, Франции", "об отмене смертной казни.")]
    ((mech, _, status, _, text),) = _cited_inline(
        "Пытки\n\nКомитет по правам человека в своих заключительных замечаниях (CCPR/C/KAZ/CO/2, п. 12) призвал "
        "государство-участник обеспечить расследование всех случаев пыток. Рекомендация осталась без внимания.\n")
    assert (mech, status, text) == ("HRC", "not_implemented", "обеспечить расследование всех случаев пыток.")


def test_subheadings_inside_a_recommendations_block_and_bracket_footnotes() -> None:
    name = "upr-submission-intl-ngo.txt"
    recs = _units(name, "recommendation")
    assert [u.section for u in recs] == ["Freedom of expression"] * 2 + ["Human rights defenders"] * 2
    assert recs[2].articles == [12]  # travel bans, from the unit, not from the block's first sub-heading
    cited = _units(name, "cited_recommendation")
    assert [u.text for u in cited] == [
        "ratify the Convention against Torture and to establish a national preventive mechanism.",
        "abolish the death penalty."]  # "[2]" ends the sentence and is dropped; "2. Norland noted ..." is no heading
    assert not any("[" in u.text for u in _extracted(name).units)


def test_upr_recommendations_in_a_table_and_in_numbered_lines() -> None:
    cited = _units("upr-midterm-table.docx", "cited_recommendation")
    assert [(u.text, u.source_detail, u.status_claim, u.year) for u in cited] == [
        ("Ratify the Optional Protocol to the Convention against Torture", "Denmark", "not_implemented", 2022),
        ("Ensure the independence of the national human rights institution", "Ghana", "partially_implemented", 2022),
        ("Adopt a comprehensive anti-discrimination law", "Canada, Chile", "implemented", 2022)]
    html = ("<!DOCTYPE html><html><head><title>Mid-term report</title></head><body><main><article>"
            "<h1>Mid-term report of the Norland NGO Coalition</h1><p>This report reviews the implementation of the "
            "recommendations Norland supported during its third review. It was prepared by twelve organisations.</p>"
            "<h2>Follow-up to the third cycle</h2><table><tr><th>Recommendation</th><th>State</th><th>Status</th></tr>"
            "<tr><td>115.12 Ratify the Optional Protocol to the Convention against Torture</td><td>Denmark</td>"
            "<td>Not implemented</td></tr></table><p>More details are given below for each recommendation of the "
            "review.</p></article></main></body></html>")
    assert _cited_inline(html, "x.html") == [
        ("UPR", None, "not_implemented", "Denmark", "Ratify the Optional Protocol to the Convention against Torture")]
    txt = ("Follow-up\n\n115.12 Ratify the Optional Protocol to the Convention against Torture (Denmark) – Supported. "
           "Not implemented.\n\n115.13 Abolish the death penalty (France, Spain) – Noted\n")
    assert _cited_inline(txt) == [
        ("UPR", None, "not_implemented", "Denmark", "Ratify the Optional Protocol to the Convention against Torture"),
        ("UPR", None, "unknown", "France, Spain", "Abolish the death penalty")]


def test_ngo_implementation_review_of_upr_recommendations_is_no_un_matrix() -> None:
    txt = ("UPR mid-term implementation assessment by NGOs\n\n115.1 Ratify the OP-CAT (Germany)\nSupported\n"
           "Assessment: not implemented\n\n115.2 Abolish the death penalty (France)\nNoted\n\n"
           "115.3 Protect journalists (Canada)\nSupported\n")
    doc = read_bytes(txt.encode(), "x.txt")
    assert detect_type(doc) == "ngo_report"
    assert [(m, s, src, t) for m, _, s, src, t in _cited_inline(txt)] == [
        ("UPR", "not_implemented", "Germany", "Ratify the OP-CAT"),
        ("UPR", "unknown", "France", "Abolish the death penalty"),
        ("UPR", "unknown", "Canada", "Protect journalists")]


def test_russian_lead_ins_and_a_un_list_after_questions() -> None:
    text = ("Статья 9. Свобода и личная неприкосновенность\n\nАдминистративные аресты применяются массово.\n\n"
            "Государству-участнику следует:\n• сократить сроки административного ареста;\n"
            "• обеспечить доступ к адвокату с момента задержания.\n\n"
            "Комитет может пожелать задать государству-участнику следующие вопросы:\n"
            "• Сколько человек было подвергнуто административному аресту в 2024 году?\n"
            "• Каковы гарантии доступа к адвокату?\n\n"
            "В 2020 году Специальный докладчик по вопросу о пытках рекомендовал правительству:\n"
            "- закрыть изолятор временного содержания № 2;\n"
            "- обеспечить независимый мониторинг мест лишения свободы.\n"
            "Ни одна из этих рекомендаций не выполнена.\n")
    units = extract(read_bytes(text.encode(), "x.txt")).units
    assert [u.kind for u in units] == ["recommendation"] * 2 + ["question"] * 2 + ["cited_recommendation"] * 2
    assert units[3].text == "Каковы гарантии доступа к адвокату?"
    assert [(u.mechanism, u.year, u.status_claim, u.text) for u in units[4:]] == [
        ("SR", 2020, "not_implemented", "закрыть изолятор временного содержания № 2;"),
        ("SR", 2020, "not_implemented", "обеспечить независимый мониторинг мест лишения свободы.")]


def test_ngo_named_committee_is_the_author_the_committee_is_not() -> None:
    text = ("Torture\n\nTorture is common.\n\nThe Norland Helsinki Committee recommends that the authorities:\n"
            "- criminalise torture;\n- close facility No. 3.\n\nThe Committee recommended that the State party:\n"
            "- ratify OPCAT;\n- end impunity.\n")
    assert _inline_units(text) == [("recommendation", "criminalise torture;"),
                                   ("recommendation", "close facility No. 3."),
                                   ("cited_recommendation", "ratify OPCAT;"),
                                   ("cited_recommendation", "end impunity.")]


def test_proposals_label() -> None:
    text = ("Пытки\n\nПытки распространены.\n\nПредложения:\n1) криминализировать пытки;\n2) создать НПМ.\n\n"
            "Proposals\n\n- Repeal article 5.\n")
    assert [k for k, _ in _inline_units(text)] == ["recommendation"] * 3


@pytest.mark.parametrize(("after", "status"), [
    ("Over the period that has elapsed, almost nothing has changed.", "not_implemented"),
    ("The State did not achieve any progress on this issue.", "not_implemented"),
    ("The law was adopted in 2023, but it is not applied in practice.", "partially_implemented"),
    ("Consultations remain a formality.", "not_implemented"),
    ("The recommendation has been implemented.", "implemented"),
    ("Ничего не изменилось.", "not_implemented"),
])
def test_status_from_the_next_paragraph(after: str, status: str) -> None:
    text = ("Registration\n\nThe Human Rights Committee recommended in 2016 that the State party abolish the "
            f"residence registration system.\n\n{after}\n")
    ((_, year, got, _, _),) = _cited_inline(text)
    assert (year, got) == (2016, status)


def test_russian_quoted_committee_recommendation() -> None:
    text = ("Пытки\n\nВ 2016 году Комитет по правам человека рекомендовал: «Государству-участнику следует обеспечить "
            "независимое расследование всех жалоб на пытки». Рекомендация не выполнена.\n")
    assert _cited_inline(text) == [("HRC", 2016, "not_implemented", "Комитет по правам человека",
                                    "Государству-участнику следует обеспечить независимое расследование всех жалоб "
                                    "на пытки")]


def test_russian_infinitives_in_ti() -> None:
    text = ("Статья 21. Свобода мирных собраний\n\nВ ходе третьего цикла УПО государство поддержало рекомендацию "
            "Австрии привести законодательство о мирных собраниях в соответствие с Пактом. Рекомендация не "
            "выполнена.\n\nРекомендации:\n\nПровести независимое расследование разгона собраний.\n\n"
            "Области должны согласовывать собрания за один день.\n")
    units = extract(read_bytes(text.encode(), "x.txt")).units
    assert [(u.kind, u.source_detail, u.status_claim) for u in units[:1]] == [
        ("cited_recommendation", "Австрии", "not_implemented")]
    assert units[0].text == "привести законодательство о мирных собраниях в соответствие с Пактом."
    assert [u.text for u in units[1:]] == ["Провести независимое расследование разгона собраний.",
                                           "Области должны согласовывать собрания за один день."]


def test_committee_request_quoted_in_present_tense_is_no_suggested_question() -> None:
    text = ("Torture\n\nThe Committee requests the State party to provide, in its next periodic report, information "
            "on torture.\n\nWe suggest that the Committee ask the State party to explain the delays.\n")
    assert [k for k, _ in _inline_units(text)] == ["question"]


def test_committee_request_in_present_tense_is_cited_in_a_covenant_report() -> None:
    text = ("Report to the Human Rights Committee on the Covenant\n\nTorture\n\nThe Committee requests the State party "
            "to provide, in its next periodic report, information on torture.\n")
    assert [(m, t) for m, _, _, _, t in _cited_inline(text)] == [
        ("HRC", "the State party to provide, in its next periodic report, information on torture.")]


def test_authors_suggesting_what_the_committee_recommend_make_recommendations() -> None:
    text = ("Submission to the Committee against Torture\n\nPart F\n\nWe respectfully suggest that the Committee "
            "recommend that the State party:\n\n- amend article 208 of the Criminal Code;\n"
            "- release the journalist Serik Abuov.\n")
    assert _inline_units(text, "x.md") == [("recommendation", "amend article 208 of the Criminal Code;"),
                                           ("recommendation", "release the journalist Serik Abuov.")]


def test_recommendations_of_other_mechanisms_heading_lists_cited_ones() -> None:
    text = ("# Submission to the Committee against Torture\n\n## Recommendations of other international human rights "
            "mechanisms\n\n- Special Rapporteur on torture, visit in 2017: recommended the transfer of all pre-trial "
            "detention facilities to the Ministry of Justice. Not implemented.\n")
    assert _inline_units(text, "x.md") == [
        ("cited_recommendation", "the transfer of all pre-trial detention facilities to the Ministry of Justice.")]


def test_form_prompts_and_glossed_group_titles_keep_the_question_list() -> None:
    # a submission form's field label asks for the list below; "Articles 12 and 13 (investigations)" groups it
    text = ("# Submission\n\n### Question 7: Which questions do you suggest that the Committee include in the list of "
            "issues? *\n\nArticles 12 and 13 (investigations)\n\n4. Please provide data on complaints of torture.\n"
            "5. What measures has the State party taken to investigate the allegations of torture of persons detained "
            "after the protests?\n\nArticle 14 (redress)\n\n6. Please indicate how many victims have received "
            "compensation.\n")
    assert [k for k, _ in _inline_units(text, "x.md")] == ["question"] * 3


def test_what_we_call_for_box_lists_recommendations() -> None:
    from hrtracker.extract.ngo.cues import REC_LABEL

    # campaign wording of an annual report's boxes labels the authors' list, like "What we are asking for"
    assert REC_LABEL.match("What we call for") and REC_LABEL.match("What we are calling for:")
    text = ("Annual report\n\n2. Police custody\n\nIn 2021 the Committee against Torture recommended that the State "
            "party install cameras. The recommendation has not been implemented.\n\n"
            "What we call for\n\n• Equip every room of every police station with video cameras.\n\n"
            "• Register every person brought to a police station from the moment of arrival.\n\n3. Prisons\n\nText.\n")
    assert [k for k, _ in _inline_units(text)] == ["cited_recommendation", "recommendation", "recommendation"]


def test_numbered_references_under_notes_are_neither_units_nor_headings() -> None:
    text = ("Annual report\n\n1. Police custody\n\nIn 2021 the Human Rights Committee recommended that the State "
            "party ensure access to a lawyer from the outset of detention. Not implemented.\n\nNotes\n\n"
            "1. Prosecutor General's Office, reply to information request No. 17/4 of 3 February 2026.\n\n"
            "2. Report of the Working Group on the Universal Periodic Review: Zelvania, A/HRC/58/9, 2024, "
            "recommendation 112.31 (Germany) and 112.36 (Chile).\n\n"
            "3. Concluding observations on the third periodic report of Zelvania, CCPR/C/ZEL/CO/3, adopted on 23 July "
            "2021.\n")
    assert [(u.kind, u.mechanism) for u in extract(read_bytes(text.encode(), "x.txt")).units] == [
        ("cited_recommendation", "HRC")]


def test_numbered_list_going_on_under_sub_headings_stays_the_authors_list() -> None:
    text = ("# Report\n\n## What we will ask for\n\n### Equality legislation\nThe Forum recommends that the State "
            "party:\n\n1. amend the Law on Equal Treatment;\n2. give the Ombudsperson the power to go to court.\n\n"
            "### Policing\n3. Establish a police complaints body independent of the Ministry of Internal Affairs.\n"
            "4. Record every identity check and stop.\n")
    assert [k for k, _ in _inline_units(text, "x.md")] == ["recommendation"] * 4


def test_russian_proposal_of_questions_with_the_verb_inside_the_sentence() -> None:
    text = ("Представление Специальному докладчику\n\n24. В сообщение правительству предлагаем включить следующие "
            "вопросы:\nа) Каким образом понятие «заведомо ложной информации» согласуется с требованием правовой "
            "определенности?\nб) Сколько интернет-ресурсов было заблокировано во внесудебном порядке в 2023–2025 "
            "годах?\n\n8. Рекомендации\n\nТекст.\n")
    assert [k for k, _ in _inline_units(text)] == ["question", "question"]


def test_the_authors_talk_after_the_last_question_is_not_part_of_it() -> None:
    text = ("Email\n\nSuggested questions for the list of issues:\n\n(a) Is treatment for tuberculosis free of charge "
            "for persons who are not registered?\n\nTwo practical questions for all of you. Should we also say "
            "something about the tariff increase, or is it too early?\n")
    assert _inline_units(text) == [
        ("question", "Is treatment for tuberculosis free of charge for persons who are not registered?")]


def test_a_forwarded_email_header_is_no_unit() -> None:
    # the middle of heldout57's email thread: a signature, then a forwarded message's header over quoted text
    path = Path(__file__).parent / "fixtures" / "heldout57" / "fwd-cescr-joint-input-oltania.txt"
    text = "\n".join(path.read_text(encoding="utf-8").split("\n")[159:200])
    assert "---------- Forwarded message" in text
    units = [u for u in extract(read_bytes(text.encode(), "x.txt")).units if u.kind == "cited_recommendation"]
    assert units and not any("Forwarded message" in u.text for u in units)


def _cited(text: str, name: str = "x.txt") -> list[tuple[str | None, str | None, str]]:
    return [(u.mechanism, u.status_claim, u.text) for u in extract(read_bytes(text.encode(), name)).units
            if u.kind == "cited_recommendation"]


def test_a_verdict_before_the_recommendation_it_grades_is_no_legend() -> None:
    text = ("Review of earlier recommendations\n\nPartially implemented: the Special Rapporteur's recommendation to "
            "guarantee instruction in minority languages at all levels of schooling. Three schools opened in 2022.\n")
    assert _cited(text) == [
        ("SR", "partially_implemented", "guarantee instruction in minority languages at all levels of schooling.")]
    # a grading scale's legend stays none
    legend = ("Legend\n\nPartially implemented: some steps have been taken, but the recommendation is not fully met.\n"
              "\nNot implemented: no step has been taken.\n")
    assert _cited(legend) == []


def test_a_long_lead_in_to_a_quotation_with_a_note_mark_after_it() -> None:
    text = ("Submission to the Special Rapporteur\n\nLand\n\nThe Human Rights Committee, for its part, addressed the "
            "cultural dimension of the right to land in its concluding observations of 2022:\n\n“The State party "
            "should ensure that the indigenous peoples are able to continue herding as part of their culture.”[^5]\n\n"
            "We consider this recommendation partially implemented.\n")
    assert _cited(text, "x.md") == [("HRC", "partially_implemented", "The State party should ensure that the "
                                     "indigenous peoples are able to continue herding as part of their culture.")]


def test_a_report_as_the_subject_of_the_request() -> None:
    text = ("Submission to the Special Rapporteur on the rights of indigenous peoples\n\nFollow-up to the 2018 "
            "visit\n\nThe Special Rapporteur recommended that the Government demarcate the territories. It has not "
            "done so.\n\nThe 2018 report expressed concern about pressure on indigenous leaders, and recommended that "
            "the Government ensure that indigenous leaders can carry out their activities without reprisals. The "
            "situation has worsened.\n")
    assert [(m, t) for m, _, t in _cited(text)] == [
        ("SR", "the Government demarcate the territories."),
        ("SR", "the Government ensure that indigenous leaders can carry out their activities without reprisals.")]


def test_a_quotation_with_who_recommended_it_after_it_and_a_follow_up_recommendation() -> None:
    text = ("# Review\n\n## Justice\n\n### 121.34 Independence of the judiciary\n\n“Take further steps to guarantee "
            "the independence of the judiciary, in particular by ensuring a transparent procedure” Recommended by "
            "Germany · Position of the State: supported\n\nOur assessment: Partially implemented\n\nThe Law changed."
            "\n\nOur follow-up recommendation: Transfer the power to appoint judges to the Judicial Council.\n\n"
            "### 121.35 Lawyers\n\n“Ensure that all persons deprived of their liberty have access to a lawyer from "
            "the outset”\n\n— Canada (supported)\n\nOur assessment: Not implemented\n\n### 121.36 Words\n\n“We will "
            "never accept this interference in our internal affairs” — Minister of Foreign Affairs of Kazakhstan\n")
    assert _cited(text, "x.md") == [
        ("UPR", "partially_implemented", "Take further steps to guarantee the independence of the judiciary, in "
         "particular by ensuring a transparent procedure"),
        ("UPR", "not_implemented", "Ensure that all persons deprived of their liberty have access to a lawyer from "
         "the outset")]
    assert ("recommendation", "Transfer the power to appoint judges to the Judicial Council.") in _inline_units(
        text, "x.md")


def test_following_questions_with_a_long_lead_in() -> None:
    text = ("# Review\n\n## Questions for the State's mid-term report\n\nWe call on the Government to answer the "
            "following questions in its mid-term report, and on the States that made these recommendations to raise "
            "them with the authorities in their bilateral dialogue:\n\n1. How many judges were dismissed in 2024?\n"
            "2. At what moment does a detained person obtain access to a lawyer? Please provide data from the "
            "custody records for 2024.\n")
    assert [k for k, _ in _inline_units(text, "x.md")] == ["question", "question"]


def test_a_body_quoted_right_after_the_authors_list_is_no_item_of_it() -> None:
    text = ("4. Right of peaceful assembly (article 21)\n\nThe Law requires permission.\n\nKey recommendations\n\n"
            "We call on the authorities to:\n\n1. replace the authorisation regime with a notification procedure;\n\n"
            "2. lift the general ban on assemblies in the central squares.\n\nIn 2018 the Committee recommended that "
            "“The State party should revise the Law on Public Gatherings with a view to bringing it into full "
            "compliance with article 21 of the Covenant”. In our view the recommendation is only partially "
            "implemented.\n\nD. Recommendations of the Monitor\n\nIn addition to the full implementation of the "
            "Special Rapporteur's recommendations, the "
            "Monitor recommends that the Government of Norvalia:\n\n1. publish the draft amendments;\n\n2. stop "
            "sentencing participants in peaceful assemblies to administrative arrest.\n")
    assert [k for k, _ in _inline_units(text)] == ["recommendation", "recommendation", "cited_recommendation",
                                                  "recommendation", "recommendation"]


def test_a_letter_asking_the_mandate_to_recommend_and_to_put_questions() -> None:
    text = ("Открытое письмо Специальному докладчику\n\n4. Наши просьбы\nС учетом изложенного мы просим Вас:\n"
            "1. Рекомендовать правительству Республики Норвалия в области свободы мирных собраний:\nа) распространить "
            "уведомительный порядок на все мирные собрания;\nб) заменить перечень мест для собраний критериями.\n"
            "2. Направить правительству Республики Норвалия сообщение и предложить ему ответить на следующие "
            "вопросы:\nа) Сколько уведомлений о проведении мирных собраний поступило в 2024 году?\nб) Сколько человек "
            "было задержано?\n")
    assert [k for k, _ in _inline_units(text)] == ["recommendation"] * 2 + ["question"] * 2


def test_a_chat_export_with_line_breaks_keycap_and_emoji_markers() -> None:
    post = ("<div class='text'>🔹 <strong>Тема 4. Национальный превентивный механизм</strong><br><br>В пункте 19 "
            "Комитет против пыток рекомендовал обеспечить независимость механизма.<br>Наша оценка: выполнено "
            "частично.<br><br>"
            "Наши рекомендации по этой теме:<br>1️⃣ изменить порядок формирования механизма;<br>2️⃣ закрепить в законе "
            "право на фотосъёмку.<br><br>Вопросы к делегации:<br>❓ Сколько посещений провёл механизм в 2024 году?<br>"
            "❓ Какие рекомендации механизма выполнены?</div>")
    page = ("<html><body><div class='history'><div class='message default clearfix'><div class='body'>"
            "<div class='from_name'>Коалиция</div>" + post + "</div></div></div></body></html>")
    doc = read_bytes(page.encode(), "messages.html")
    assert "рекомендовал обеспечить независимость механизма. Наша оценка" in doc.text
    units = [(u.kind, u.text) for u in extract(doc).units]
    assert [k for k, _ in units] == ["cited_recommendation"] + ["recommendation"] * 2 + ["question"] * 2
    assert units[1] == ("recommendation", "изменить порядок формирования механизма;")


def test_a_quoted_general_request_over_its_lettered_sub_paragraphs() -> None:
    text = ("Submission to the Committee on Enforced Disappearances\n\nIII. Search for disappeared persons\n\n"
            "6. In its concluding observations the Committee recommended as follows (CED/C/NOR/CO/1, para. 13):\n\n"
            "“The Committee recommends that the State party take the necessary legislative measures to:\n\n"
            "(a) Incorporate into its domestic legislation a separate offence of enforced disappearance;\n\n"
            "(b) Ensure that the offence is punishable by appropriate penalties.”\n\n"
            "7. Subparagraph (a) is partially implemented.\n\n"
            "10. The Committee’s recommendation on the search for disappeared persons reads (CED/C/NOR/CO/1, para. "
            "19):\n\n“The Committee urges the State party to intensify its efforts to search for and locate all "
            "disappeared persons. In particular, it should:\n\n(a) Ensure that the search is carried out ex officio;"
            "\n\n(b) Expedite the identification of the remains exhumed at burial sites.”\n\n"
            "11. The efforts of the authorities have increased since 2021.\n")
    assert [(k, t[:40]) for k, t in _inline_units(text)] == [
        ("cited_recommendation", "Incorporate into its domestic legislatio"),
        ("cited_recommendation", "Ensure that the offence is punishable by"),
        ("cited_recommendation", "The Committee urges the State party to i"),
        ("cited_recommendation", "Ensure that the search is carried out ex"),
        ("cited_recommendation", "Expedite the identification of the remai")]


def test_recommendations_counted_are_none_reported() -> None:
    text = ("Civic space\n\nFour recommendations on civic space stand out, two of which the State did not accept. "
            "Germany recommended that the State release all journalists. None has been released.\n")
    assert _inline_units(text) == [("cited_recommendation", "the State release all journalists.")]
    ru = ("Обзор\n\nТри рекомендации — о выполнении соображений Комитета (пункт 10), о свободе выражения мнений "
          "(пункт 26) и о свободе ассоциации (пункт 30) — Комитет отобрал для последующих действий.\n")
    assert _inline_units(ru) == []
