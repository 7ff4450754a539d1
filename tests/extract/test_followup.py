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
