"""HRC follow-up assessment on a small fixture written here."""

from hrtracker.extract import extract
from hrtracker.readers import read_bytes

FU = """CCPR/C/140/2/Add.9
Report on follow-up to the concluding observations of the Human Rights Committee
Evaluation of the information on follow-up to the concluding observations on Uzbekistan

CCPR/C/UZB/CO/5, 27 March 2020 5 and 29

Paragraph 5: Views under the Optional Protocol
The State party should implement all pending Views.
Summary of the information received from the State party
No information was provided.
Committee's evaluation
[A]
The Committee welcomes the measures taken.

Paragraph 29: Liberty and security of person
The State party should ensure that:
(a) Persons arrested are brought before a judge within 48 hours;
(b) Safeguards are guaranteed.
Summary of the information received from the State party
(a) No information was provided.
Committee's evaluation
[B]: (b)
The Committee takes note of the amendments.
[D]: (a)
The Committee regrets the absence of information.
"""


def test_grades_to_status():
    ext = extract(read_bytes(FU.encode(), "fu.txt"))
    assert ext.doc_type == "followup_assessment"
    got = {(u.para_number, u.value, u.fields["grade"]) for u in ext.updates}
    assert got == {("5", "implemented", "A"), ("29(b)", "partially_implemented", "B"), ("29(a)", "unknown", "D")}
    assert all(u.symbol == "CCPR/C/UZB/CO/5" and u.year == 2020 and u.country == "Uzbekistan" for u in ext.updates)


RU_FOLLOWUP = """                                                  CCPR/C/146/2/Add.3
 Организация Объединенных Наций                                   Distr.: General
         Комитет по правам человека

         Доклад о последующей деятельности в связи с заключительными
         замечаниями Комитета по правам человека

         Оценка информации о последующей деятельности в связи
         с заключительными замечаниями по Бахорстану

                   Заключительные замечания          CCPR/C/BKH/CO/3, 24 июля 2023 года

         Пункт 10: Национальное правозащитное учреждение

                   Государству-участнику следует привести мандат Народного защитника в соответствие с
                   Парижскими принципами.

         Краткое изложение информации, полученной от государства-участника

                   В 2024 году был принят Закон «О Народном защитнике».

         Оценка Комитета

                   [B]
                   Комитет приветствует принятие закона.

         Пункт 24: Запрещение пыток

                   Государству-участнику следует:
                   a) обеспечить расследование всех утверждений о пытках;
                   b) создать независимый механизм.

         Оценка Комитета

                   [C]: a)
                   Расследования не проводятся.

                   [B]: b)
                   Механизм создан, но не независим.
"""


def test_russian_followup_assessment() -> None:
    ex = extract(read_bytes(RU_FOLLOWUP.encode(), "followup.txt"))
    assert ex.doc_type == "followup_assessment"
    assert ex.meta["co_year"] == 2023
    assert [(u.para_number, u.value) for u in ex.updates] == [
        ("10", "partially_implemented"), ("24(a)", "not_implemented"), ("24(b)", "partially_implemented")]


def test_graded_paragraphs_are_cited_units_and_new_requests_recommendations() -> None:
    ext = extract(read_bytes(FU.encode(), "fu.txt"))
    cited = {u.para_number: u for u in ext.units if u.kind == "cited_recommendation"}
    # the lead-in "The State party should ensure that:" only introduces the graded sub-paragraphs
    assert set(cited) == {"5", "29(a)", "29(b)"}
    assert cited["5"].text == "The State party should implement all pending Views."
    assert cited["29(b)"].text == "Safeguards are guaranteed."
    assert {k: u.status_claim for k, u in cited.items()} == {
        "5": "implemented", "29(a)": "unknown", "29(b)": "partially_implemented"}
    assert all(u.mechanism == "HRC" and u.year == 2020 for u in cited.values())
    assert cited["29(a)"].section == "Paragraph 29: Liberty and security of person"
    assert cited["29(a)"].source_detail == "CCPR/C/UZB/CO/5, para. 29 (a)"
    # notes and regrets in the evaluation are no units
    assert [u for u in ext.units if u.kind == "recommendation"] == []


def test_committee_requests_in_the_evaluation_are_recommendations() -> None:
    text = FU.replace("The Committee regrets the absence of information.",
                      "The Committee regrets the absence of information. The Committee reiterates its "
                      "recommendation. The Committee requests that the State party provide information on the\n\n"
                      "number of persons brought before a judge.\nRecommended action: A letter should be sent.")
    recs = [u for u in extract(read_bytes(text.encode(), "fu.txt")).units if u.kind == "recommendation"]
    # a page break inside the sentence does not cut it; the bare reiteration and the procedure are no units
    assert [(u.text, u.section) for u in recs] == [
        ("The Committee requests that the State party provide information on the number of persons brought "
         "before a judge.", "Committee's evaluation")]


def test_russian_followup_units() -> None:
    ex = extract(read_bytes(RU_FOLLOWUP.encode(), "followup.txt"))
    got = [(u.kind, u.para_number, u.status_claim, u.text) for u in ex.units]
    assert got == [
        ("cited_recommendation", "10", "partially_implemented", got[0][3]),
        ("cited_recommendation", "24(a)", "not_implemented", "обеспечить расследование всех утверждений о пытках;"),
        ("cited_recommendation", "24(b)", "partially_implemented", "создать независимый механизм.")]
