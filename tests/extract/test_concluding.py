"""Treaty-body concluding observations on a small fixture written here."""

from hrtracker.extract import extract
from hrtracker.extract.concluding import parse_articles
from hrtracker.readers import read_bytes

CO = """CCPR/C/FRE/CO/3
Distr.: General 22 April 2016

Human Rights Committee
Concluding observations on the third periodic report of Namibia*
1. The Committee considered the third periodic report of Namibia at its meetings.
B. Positive aspects
2. The Committee welcomes the adoption of the Children's Status Act.
C. Principal matters of concern and recommendations
National human rights institution 3. The Committee is concerned that the Office of the Ombudsman is
insufficiently resourced (art. 2). 4. The State party should increase resources allocated to the
Office of the Ombudsman.

Non-discrimination

5. The Committee is concerned about discrimination against persons with disabilities (arts. 2, 3 and 26).

6. The State party should conduct awareness-raising campaigns to eliminate all forms of
discrimination. It should:

(a) Repeal all laws that discriminate on the basis of race;

(b) lesbian, gay, bisexual and transgender persons;

Adopt legislation explicitly prohibiting discrimination against

4

CCPR/C/FRE/CO/3

(c) Ensure the full integration of persons with disabilities.

Torture
7. The Committee regrets reports of torture in police cells (art. 7).
8. The State party should:
(a) Investigate all allegations of torture;
(b) Compensate victims.
D. Dissemination of information relating to the Covenant
9. The State party should widely disseminate the Covenant and the present concluding observations.
10. In accordance with rule 71, paragraph 5, of the Committee's rules of procedure, the State party is
requested to provide, within one year, information on the implementation of paragraphs 6 and 8.
"""


def test_concluding_units():
    ext = extract(read_bytes(CO.encode(), "co.txt"))
    assert ext.doc_type == "concluding_observations"
    assert [u.para_number for u in ext.units] == ["4", "6", "6(a)", "6(b)", "6(c)", "8(a)", "8(b)", "9", "10"]
    u = {x.para_number: x for x in ext.units}
    assert u["4"].articles == [2] and u["4"].section == "National human rights institution"
    assert u["6"].text == ("The State party should conduct awareness-raising campaigns to eliminate all forms of "
                           "discrimination.")
    assert u["6(b)"].text == ("Adopt legislation explicitly prohibiting discrimination against lesbian, gay, "
                              "bisexual and transgender persons;")
    assert u["6(c)"].text == "Ensure the full integration of persons with disabilities."
    assert u["6(a)"].articles == [2, 3, 26]
    assert u["8(a)"].articles == [7]
    assert all(x.mechanism == "HRC" and x.country == "Namibia" and x.year == 2016 for x in ext.units)
    assert u["9"].articles == [2]  # general measures of the Covenant


def test_parse_articles():
    assert parse_articles("... (arts. 2 (3), 6 and 7) ... (art.19)") == [2, 6, 7, 19]


def test_excerpt_starting_mid_document():
    text = (
        "CCPR/C/KAZ/CO/9\n\nConcluding observations on the ninth periodic report of Kazakhstan\n\n"
        "Freedom of expression\n\n"
        "21. The Committee is concerned about criminal defamation (art. 19).\n\n"
        "22. The State party should decriminalize defamation.\n"
    )
    from hrtracker.extract.concluding import extract_concluding
    from hrtracker.readers import read_bytes

    units = extract_concluding(read_bytes(text.encode(), "co.txt")).units
    assert [(u.para_number, u.articles) for u in units] == [("22", [19])]


CRC = (
    "CRC/C/KEN/CO/5-6\nDistr.: General 3 June 2023\n\nCommittee on the Rights of the Child\n"
    "Concluding observations on the combined fifth and sixth periodic reports of Kenya*\n\n"
    "1. The Committee considered the combined fifth and sixth periodic reports of Kenya.\n"
    "III. Main areas of concern and recommendations\nA. General measures of implementation (arts. 4, 42 and 44 (6))\n"
    "Legislation\n2. The Committee welcomes the adoption of the Children Act in 2022.\n"
    "3. The Committee recommends that the State party:\n"
    "(a) Ensure that the Children Act is fully implemented;\n"
    "(b) Allocate sufficient resources for its implementation.\n"
    "Comprehensive policy and strategy\n"
    "4. The Committee urges the State party to adopt a comprehensive child rights policy.\n"
    "B. Violence against children (arts. 19, 24 (3), 28 (2), 34, 37 (a) and 39)\nCorporal punishment\n"
    "5. The Committee is concerned that corporal punishment remains lawful in the home.\n"
    "6. The Committee urges the State party to prohibit corporal punishment in all settings.\n"
)


def test_other_committee_paragraph_after_a_year_and_its_own_treaty_articles():
    ex = extract(read_bytes(CRC.encode(), "crc.txt"))
    assert ex.doc_type == "concluding_observations" and ex.meta["mechanism"] == "CRC"
    got = {u.para_number: u for u in ex.units}
    # "... in 2022.\n3. The Committee" starts paragraph 3 (the year is no paragraph reference)
    assert list(got) == ["3(a)", "3(b)", "4", "6"]
    # a heading line with the treaty's articles is a heading, not the end of paragraph 4
    assert got["4"].text == "The Committee urges the State party to adopt a comprehensive child rights policy."
    assert got["6"].section == "Corporal punishment"
    # "(arts. 19, ... 39)" are CRC articles: ICCPR articles come from the subject instead
    assert 39 not in got["6"].articles and 7 in got["6"].articles
    assert all(u.country == "Kenya" for u in ex.units)


OLD_FORM = (
    "CCPR/C/KAZ/CO/1\nDistr.: General 19 August 2011\nHuman Rights Committee\n"
    "Concluding observations of the Human Rights Committee\nKazakhstan\n"
    "1. The Human Rights Committee considered the initial report submitted by Kazakhstan.\n"
    "C. Principal subjects of concern and recommendations\n"
    "2. The Committee notes that the Covenant is directly applicable.\n"
    "3. The Committee is concerned about the limited mandate of the Ombudsman (art. 2).\n"
    "The State party should strengthen the mandate of the Ombudsman in line with the Paris Principles.\n"
    "4. While noting the new law, the Committee is concerned at violence against women (arts. 3 and 7). "
    "The State party should adopt a comprehensive approach to violence against women. It should ensure that "
    "perpetrators are prosecuted.\n"
    "5. The State party should widely disseminate the present concluding observations.\n"
)


def test_older_form_concern_and_request_in_one_paragraph():
    ex = extract(read_bytes(OLD_FORM.encode(), "co.txt"))
    got = {u.para_number: u for u in ex.units}
    assert list(got) == ["3", "4", "5"]
    assert got["3"].text.startswith("The State party should strengthen") and got["3"].articles == [2]
    assert got["4"].text.endswith("perpetrators are prosecuted.") and "concerned" not in got["4"].text
    assert got["4"].articles == [3, 7]
    assert 7 not in got["5"].articles  # a paragraph's own articles are not passed on to the next subject


CRC_LONG = (
    "CRC/C/PLV/CO/5-6\nDistr.: General 12 June 2025\nCommittee on the Rights of the Child\n"
    "Concluding observations on the combined fifth and sixth periodic reports of Palvenne*\n"
    "1. The Committee considered the combined fifth and sixth periodic reports of Palvenne.\n"
    "A. General measures of implementation (arts. 4, 42 and 44 (6))\n"
    "2. The Committee notes that the National Action Plan for Children expired without an evaluation and "
    "recommends that the State party adopt a new comprehensive policy on children.\n"
    "3. Recalling its general comment No. 19 (2016) on public budgeting, the Committee recommends that the "
    "State party:\n(a) Allocate adequate budgetary resources for children;\n"
    "(b) Establish specialized juvenile courts in all regions.\n\n"
    "Follow-up to the Committee's previous concluding observations and recommendations on the Optional Protocol "
    "on the sale of children, child prostitution and child pornography\n"
    "4. The Committee recommends that the State party criminalize the online grooming of children.\n"
)


def test_framing_lead_in_concern_and_request_sentence_and_long_heading():
    ex = extract(read_bytes(CRC_LONG.encode(), "crc.txt"))
    got = {u.para_number: u for u in ex.units}
    assert list(got) == ["2", "3(a)", "3(b)", "4"]  # the lead-in of 3 only frames its list
    assert got["2"].text.startswith("The Committee notes that the National Action Plan")
    assert got["3(b)"].text == "Establish specialized juvenile courts in all regions."
    assert got["4"].section.startswith("Follow-up to the Committee's previous concluding observations")


def test_pdf_footnotes_gathered_after_the_last_paragraph_are_not_part_of_it():
    from hrtracker.models import Block, Document

    body = CRC_LONG + "5. The Committee requests the State party to submit its next report by 2030.\n\n"
    note = "1 General comment No. 19 (2016) on public budgeting."
    doc = Document(name="co.pdf", text=body + note, format="pdf",
                   blocks=[Block("paragraph", 0, len(body) - 2), Block("footnote", len(body), len(body) + len(note))])
    last = extract(doc).units[-1]
    assert last.text == "The Committee requests the State party to submit its next report by 2030."


CO_RU = """CCPR/C/ZZA/CO/2
Distr.: General 28 April 2026
Комитет по правам человека
Заключительные замечания по второму периодическому докладу Эсталии*
1. Комитет рассмотрел второй периодический доклад Эсталии на своих заседаниях.
C. Основные вопросы, вызывающие обеспокоенность, и рекомендации
Запрещение пыток
2. Комитет обеспокоен сообщениями о пытках в местах содержания под стражей (статьи 2 и 7).
3. Государству-участнику следует привести своё законодательство в соответствие с Пактом. В частности, ему следует:
a) создать независимый механизм расследования утверждений о пытках;
b) предоставлять жертвам пыток полное возмещение.
Свобода выражения мнений
4. Комитет сожалеет о преследовании журналистов (статья 19).
5. Ссылаясь на свои предыдущие рекомендации, Комитет настоятельно призывает государство-участник:
а) декриминализировать клевету;
б) освободить всех задержанных журналистов.
D. Распространение информации и последующая деятельность
6. Государству-участнику следует широко распространять Пакт и настоящие заключительные замечания.
"""


def test_russian_concluding_observations():
    ext = extract(read_bytes(CO_RU.encode(), "co-ru.txt"))
    assert ext.doc_type == "concluding_observations"
    assert [u.para_number for u in ext.units] == ["3", "3(a)", "3(b)", "5(а)", "5(б)", "6"]
    u = {x.para_number: x for x in ext.units}
    assert u["3"].text == "Государству-участнику следует привести своё законодательство в соответствие с Пактом."
    assert u["3(a)"].text == "создать независимый механизм расследования утверждений о пытках;"
    assert u["3(a)"].articles == [2, 7] and u["3(a)"].section == "Запрещение пыток"
    assert u["5(б)"].articles == [19] and u["5(б)"].text == "освободить всех задержанных журналистов."
    assert u["6"].articles == [2]
    assert all(x.mechanism == "HRC" and x.year == 2026 for x in ext.units)


CEDAW_CLOSING = (
    "CEDAW/C/KEN/CO/8\nDistr.: General 3 March 2026\n"
    "Committee on the Elimination of Discrimination against Women\n"
    "Concluding observations on the eighth periodic report of Kenya*\n"
    "1. The Committee considered the eighth periodic report of Kenya.\n"
    "C. Principal areas of concern and recommendations\n"
    "Sustainable Development Goals\n"
    "2. The Committee welcomes the international support for the Sustainable Development Goals and calls for the "
    "realization of de jure and de facto gender equality throughout the implementation of the 2030 Agenda.\n"
    "Parliament\n"
    "3. The Committee stresses the crucial role of the legislative power in ensuring the full implementation of the "
    "Convention. It invites the National Assembly of Kenya to take the necessary steps regarding the implementation "
    "of the present concluding observations.\n"
    "4. The Committee welcomes the adoption of the Gender Equality Act in 2023.\n"
    "5. The Committee recommends that the State party adopt a national action plan on gender equality.\n"
    "6. The State party should widely disseminate the present concluding observations.\n"
)


def test_the_standard_closing_paragraphs_that_call_for_or_invite_action_are_units() -> None:
    ex = extract(read_bytes(CEDAW_CLOSING.encode(), "cedaw.txt"))
    assert ex.doc_type == "concluding_observations"
    assert [u.para_number for u in ex.units] == ["2", "3", "5", "6"]
    assert ex.units[1].text.startswith("The Committee stresses the crucial role")


def test_treaty_articles_and_general_measures_of_other_committees() -> None:
    ex = extract(read_bytes(CRC.encode(), "crc.txt"))
    assert all(24 in u.articles for u in ex.units)  # every CRC request concerns children
    ex = extract(read_bytes(CEDAW_CLOSING.replace("Parliament\n", "Dissemination\n").encode(), "cedaw.txt"))
    got = {u.para_number: u.articles for u in ex.units}
    assert 3 in got["2"] and got["3"] == [2]  # a general-measures section: the Covenant's article 2


def test_a_lead_in_its_sub_items_finish_is_no_unit() -> None:
    co = CRC.replace("3. The Committee recommends that the State party:\n",
                     "3. The State party should ensure that all children deprived of liberty are afforded all "
                     "fundamental legal safeguards, including the right to:\n")
    units = extract(read_bytes(co.encode(), "crc.txt")).units
    assert [u.para_number for u in units if u.para_number.startswith("3")] == ["3(a)", "3(b)"]
