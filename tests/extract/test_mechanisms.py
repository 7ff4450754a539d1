"""The year of a cited recommendation: Council symbols, footnotes and the review a report follows up."""

from hrtracker.extract.mechanisms import (
    cycle_year,
    facts_status,
    is_status_report,
    mechanism_mentions,
    observations_year,
    review_year,
    status_of,
    status_scale,
    symbol_year,
    year_in,
)


def test_symbol_year_follows_the_council_calendar():
    # a UPR Working Group report adopted at a March session holds the review of the November before
    assert symbol_year("supported the recommendation (A/HRC/46/12, para. 135.4)") == 2020
    # June and September sessions: the review of the same year
    assert symbol_year("the UPR recommendation (A/HRC/41/8, para. 115.98)") == 2019
    assert symbol_year("A/HRC/48/11, para. 112.5") == 2021
    # a Special Rapporteur's report of a March session is that year's
    assert symbol_year("her report on the visit (A/HRC/52/36/Add.2)") == 2023
    # documents of a Working Group session: that session's year
    assert symbol_year("the national report (A/HRC/WG.6/34/KAZ/1)") == 2019
    assert symbol_year("CCPR/C/KAZ/CO/2") is None


def test_year_in_prefers_what_the_document_says():
    notes = {"3": "Report of the Working Group on the Universal Periodic Review, A/HRC/49/12 (2022)."}
    # the footnote dates the symbol: its year wins over the calendar (which would say 2021)
    assert year_in("Canada recommended to adopt a plan (A/HRC/49/12, para. 118.41).", notes) == 2022
    assert year_in("Canada recommended to adopt a plan (A/HRC/49/12, para. 118.41).", {}) == 2021
    # a year in the sentence comes first
    assert year_in("In 2018 the Committee recommended (A/HRC/49/12) to ...", notes) == 2018


def test_review_year_of_a_submission_for_a_coming_session():
    opening = ("Joint Stakeholders' Submission on the Republic of Zangeria for the 4th Cycle of the UPR\n"
               "(51st Session of the UPR Working Group, January-February 2027)\n\n"
               "1. The coalition presents this submission on the implementation of the recommendations "
               "received by Zangeria in the 3rd UPR cycle (2022) in the areas of gender-based violence.")
    assert review_year(opening, "Italy recommended to guarantee freedom of religion") == 2022
    # no sentence says which review's recommendations are followed up: no year rather than the coming one
    bare = ("Stakeholder submission to the 5th cycle of the Universal Periodic Review\n"
            "50th session of the UPR Working Group (November 2026)\n\nSummary\n\nLusvania has moved backwards.")
    assert review_year(bare, "Norway recommended to repeal the law") is None


def test_review_year_of_a_review_held():
    opening = ("Within the framework of the fourth cycle of the Universal Periodic Review, the member states "
               "pointed to the failure of Belsaria to fulfil the recommendations which it accepted in 2020.\n\n"
               "On 29 January 2025, within the framework of the 48th session of the UPR Working Group, the "
               "interactive dialogue with the delegation of Belsaria took place.")
    assert review_year(opening, "Lithuania recommended that Belsaria replace the permission regime") == 2025


def test_a_footnote_dates_only_its_own_symbol():
    notes = {"4": "A/HRC/49/52/Add.2 (2019), report of the Special Rapporteur."}
    assert year_in("Canada recommended to adopt a plan (A/HRC/49/12, para. 118.41).", notes) == 2021
    notes = {"4": "A/HRC/49/12/Add.1 (2023), the State's responses."}
    assert year_in("Canada recommended to adopt a plan (A/HRC/49/12, para. 118.41).", notes) == 2021


def test_year_around_a_cited_recommendation():
    from hrtracker.extract.mechanisms import year_around

    s = ("Canada called on the authorities to release all persons detained after the protests of October "
         "2024.")
    a = s.index("release")
    # the year dates the recommendation's content, not the recommendation
    assert year_around(s, a, len(s) - 1, {}) is None
    s = "The Committee recommended in 2019 that the State party establish an independent body."
    assert year_around(s, s.index("in 2019"), len(s) - 1, {}) == 2019
    s = ("Рекомендация 128.33 (Бразилия) «обеспечить видеонаблюдение», принятая государством, выполнена: "
         "к концу 2024 года камеры установлены.")
    # a fact reported after the recommendation is not its date
    assert year_around(s, s.index("обеспечить"), s.index("»"), {}) is None
    s = "It recommended to adopt a law (CCPR/C/KAZ/CO/2, para. 12, 2016). The law was adopted."
    assert year_around(s, s.index("adopt"), s.index(" ("), {}) == 2016
    # a year in an instrument's name
    s = "Felsmark supported the recommendations of Ireland to accede to the 1961 Convention on statelessness."
    assert year_around(s, 0, len(s) - 1, {}) is None
    s = "Chile recommended to accede to the 1954 and 1961 Conventions on statelessness."
    assert year_around(s, s.index("accede"), len(s) - 1, {}) is None


def test_year_around_is_fast_on_long_clauses():
    import time

    from hrtracker.extract.mechanisms import year_around

    s = "recommended " + "very-long-hyphenated-words and more words " * 60 + "in 2019."
    t = time.perf_counter()
    year_around(s, 12, len(s), {})
    assert time.perf_counter() - t < 0.5


def test_review_year_since_the_last_review():
    # "since the third review ... in January 2019" names the review the report follows up
    opening = ("Briefing paper ahead of the fourth Universal Periodic Review of Ardenia\n\nSummary\n\n"
               "Since the third review of Ardenia under the Universal Periodic Review in January 2019, the space "
               "for protest has narrowed.")
    assert review_year(opening, "Canada recommended that Ardenia investigate all allegations") == 2019
    # the State's review named without "UPR" in a report whose title is a UPR submission
    opening = ("Universal Periodic Review of Belmora\nFourth cycle, 48th session (January 2027)\nJoint submission\n\n"
               "1. It covers the period since the third review of Belmora in November 2022.")
    assert review_year(opening, "Ghana recommended to establish an NHRI") == 2022


def test_observations_year_from_a_report_opening():
    # a footnote number glued to the year by the text layer ("20191")
    assert observations_year("the concluding observations adopted by the Human Rights Committee on the second "
                             "periodic report of Tarnia in 20191 and the recommendations of the UPR.") == 2019
    # the year before the phrase (Russian), not a later sentence's
    assert observations_year("В 2017 году Комитет принял заключительные замечания по второму докладу (CCPR/C/X/CO/2). "
                             "Доклад основан на мониторинге 2018–2023 годов.") == 2017
    # the date of the report on the next line of the title block is not the observations' year
    assert observations_year("по заключительным замечаниям по третьему докладу (CCPR/C/BKT/CO/3)\n\n"
                             "г. Каракент, 15 января 2026 года\n\n1. В пункте 47 заключительных замечаний, "
                             "принятых 2 ноября 2023 года, Комитет просил ...") == 2023
    # the date first (English): "In November 2023 the Committee against Torture adopted its concluding observations"
    assert observations_year("Published 9 February 2026. In November 2023 the UN Committee against Torture adopted its "
                             "concluding observations on the fifth report of Norvessa (CAT/C/NVS/CO/5).") == 2023
    # the observations' symbol and year in parentheses, far from the phrase
    assert observations_year("In its concluding observations on the fifth and sixth periodic reports "
                             "(CRC/C/VAL/CO/5-6, 2019) the Committee made 52 recommendations.") == 2019
    assert observations_year("the concluding observations on the combined second to fourth periodic reports "
                             "(CEDAW/C/XYZ/CO/2-4, adopted on 3 March 2021)") == 2021
    # a report to a treaty body: the Committee's previous review of the State
    assert observations_year("Shadow report to the Committee on the Elimination of Discrimination against Women\n\n"
                             "This report covers the period from the Committee's previous review of Eskora in 2018 "
                             "to February 2024.") == 2018
    # ... but not in a UPR submission, whose "last review" is the UPR's
    assert observations_year("Universal Periodic Review of Belmora\n\nSince its last review in 2020 little has "
                             "changed.") is None


def test_review_year_of_a_russian_review_held():
    opening = ("СОВМЕСТНЫЙ ДОКЛАД для четвёртого цикла универсального периодического обзора\n"
               "51-я сессия (январь–февраль 2026 года)\n\n1. В ходе третьего цикла универсального периодического "
               "обзора (УПО) Алтынсай был рассмотрен Рабочей группой в мае 2021 года.")
    assert review_year(opening, "Литва рекомендовала обеспечить независимость судов") == 2021


def test_observations_year_from_the_opening_footnote():
    from hrtracker.extract.mechanisms import report_observations_year

    opening = "Parallel report to the Committee on the Rights of the Child\n\nThe Committee's previous recommendations."
    notes = {"1": "Concluding observations on the fourth and fifth reports, CRC/C/OLV/CO/4-5, adopted on 3 June 2016.",
             "7": "Concluding observations of 2010."}
    assert report_observations_year(opening, notes) == 2016
    assert report_observations_year(opening, {"7": notes["7"]}) is None


def test_status_phrases_of_inaction():
    for sent in ("Eight years later, this recommendation remains a dead letter.",
                 "Neither is reflected in the emergency decrees.",
                 "The Government does not intend to act on this recommendation.",
                 "Evictions have continued unabated."):
        assert status_of(sent) == "not_implemented", sent
    # what was asked does not exist, nor any follow-up; the standards asked for are not met
    for sent in ("No such mechanism exists.", "To date no such procedure exists, and stateless persons cannot "
                 "obtain a residence permit.", "There has been no follow-up to that recommendation either.",
                 "Neither standard is met in any of the remand centres we visited.",
                 "No official moratorium has been declared.", "Five years later, Parliament did exactly the opposite.",
                 "Police practice in Umbravia is the opposite of this."):
        assert status_of(sent) == "not_implemented", sent
    for sent in ("Mr. Solvay remains in prison, serving a seven-year sentence.",
                 "Е. Сатпаев продолжает отбывать наказание в колонии общего режима.",
                 "Not only has defamation not been decriminalised, but article 274-1 has become the main tool.",
                 "We are not aware of a single prosecution for online attacks against women defenders since then.",
                 "Isparion noted all of these recommendations."):
        assert status_of(sent) == "not_implemented", sent
    assert status_of("This is a first step, but it falls far short of what was recommended.") == "partially_implemented"
    # a recommendation referred back to by who made it is not a new citation of that State's
    assert is_status_report("Neither that recommendation nor the one made by Germany has been acted on.")
    assert status_of("The Committee recommended a dead-end review.") is None
    # a longer sentence is still a status report when it names the recommendations it is about
    assert is_status_report("The withdrawal of the draft amendment shows that the Government does not intend to act "
                            "on either recommendation in the near future.")


def test_cycle_year_from_where_the_report_dates_that_cycle():
    text = (
        "Joint submission\n\nPort Aldric, October 2024\n\n"
        "Since the third review of X under the Universal Periodic Review, civic space has narrowed.\n\n"
        "During the third cycle of the Universal Periodic Review in 2020, X noted the recommendations on the "
        "death penalty. The second cycle (2015) brought 140 recommendations.\n\n"
        "During the third UPR cycle, X supported the recommendation of Ireland to protect defenders.\n"
    )
    assert cycle_year(text, "During the third UPR cycle, X supported the recommendation of Ireland") == 2020
    assert cycle_year(text, "At its second Universal Periodic Review X accepted ...") == 2015
    assert cycle_year(text, "At its fourth review X accepted ...") is None
    assert cycle_year(text, "In the third periodic report X says ...") is None
    ru = "Доклад охватывает период с ноября 2021 года (третий цикл УПО) по май 2026 года."
    assert cycle_year(ru, "В ходе третьего цикла УПО государство поддержало рекомендацию Германии") == 2021


def test_status_the_authors_cannot_tell_and_plain_verdicts():
    assert status_of("On sub-paragraph (d) we have no information: the Academy did not reply to us.") == "unknown"
    assert status_of("We are unable to say whether this recommendation has been acted upon.") == "unknown"
    assert status_of("It is too early to assess whether the 2027 target will be met.") == "unknown"
    assert status_of("Оценить выполнение второй рекомендации пока нельзя.") == "unknown"
    assert status_of("We have not been able to establish whether this is now the case.") == "unknown"
    assert status_of("Status: No information. The Ministry did not reply to our request.") == "unknown"
    assert status_of("Сведений о выполнении этой рекомендации нет: правительство не приводит данных.") == "unknown"
    assert status_of("As regards sub-paragraph (c), the State has complied.") == "implemented"
    assert status_of("This has not been done.") == "not_implemented"
    # the verdict first, then the facts after ", and"
    assert is_status_report("No such plan has been adopted, and the Ministry of Education has not even set up the "
                            "working group that it announced in 2022 with much publicity.")


def test_status_phrases_of_achievement_and_of_no_case() -> None:
    assert status_of("This has been done: Kerrin prison was closed in June 2022.") == "implemented"
    assert status_of("This has been achieved.") == "implemented"
    assert status_of("We know of no case in which this happened.") == "not_implemented"
    assert status_of("The recommendation was not taken into account.") == "not_implemented"
    assert status_of("The 2021 Act goes part of the way: it defines indirect bias.") == "partially_implemented"


def test_a_reports_own_status_scale_from_its_legend() -> None:
    text = (
        "How to read the status column\n\n- Completed\n\n- The recommendation has been implemented in law.\n\n"
        "- Off track\n\n- No measures have been taken.\n\nStatus: not implemented.\n"
    )
    scale = status_scale(text)
    assert {t: st for t, (st, _d) in scale.items()} == {"completed": "implemented", "off track": "not_implemented"}
    assert status_scale("Status: not implemented.\nAssessment: partially implemented.\n") == {}


def test_a_working_group_of_experts_is_a_special_procedure() -> None:
    assert [m[1] for m in mechanism_mentions("The Working Group of Experts on People of African Descent", None)] == [
        "SR"]


def test_facts_after_a_citation() -> None:
    rec = "publish all judgments of the higher courts in a searchable online database"
    # what was asked is still not done, in the present tense
    assert facts_status("The Supreme Court publishes a selection. Judgments of the military courts are not "
                        "published at all.", rec) == "not_implemented"
    assert facts_status("The monitoring body is still not established.", rec) == "not_implemented"
    # "is not limited to", "are not required to": no verdict on the recommendation
    assert facts_status("The database is not limited to the Supreme Court.", rec) is None
    # a passive request reported done
    assert facts_status("The Law of 2021 abolished the probationary period for new judges.",
                        "The probationary period for newly appointed judges should be abolished.") == "implemented"


def test_a_quoted_term_is_no_new_citation() -> None:
    # 'on the "recommendation" of the Council' names a term; the facts go on
    facts = ("The amendment of 2022 gave judges seven of the thirteen seats. However, the President still appoints "
             "the judges of the Supreme Court on the “recommendation” of the Council without being bound by it.")
    assert facts_status(facts, "The composition of the Council should be reformed") == "partially_implemented"
    # a new request ends the facts of the one before
    assert facts_status("The Committee recommended in 2024 that the law be repealed. It is still in force.",
                        "amend the law") is None


def test_a_step_then_what_is_still_missing_is_partial_in_russian_too() -> None:
    rec = "установить уголовную ответственность за домашнее насилие"
    for facts in ("Закон 2023 года криминализировал физическое насилие, но психологическое насилие по-прежнему "
                  "влечёт лишь административную ответственность.",
                  "В 2024 году это число уменьшено со 100 до 50; для небольших общин оно по-прежнему недостижимо.",
                  "С 2024 года адвокатам больше не требуется разрешение. Но свидания по-прежнему откладываются.",
                  "The quota was raised to 30 per cent; in rural councils it is still far from met."):
        assert facts_status(facts, rec) == "partially_implemented", facts
    # nothing done: not implemented
    assert facts_status("Психологическое насилие по-прежнему не наказывается.", rec) == "not_implemented"
    assert facts_status("Закон не изменил порядок, и суды по-прежнему отказывают.", rec) == "not_implemented"


def test_facts_status_reads_steps_and_what_they_lack() -> None:
    # "request" as a noun is a fact, not a new citation that ends the facts
    facts = ("The Assemblies Act of 2024 introduced notification. Mayors still treat a notification as a request, "
             "however, and refused 40 of them in 2025.")
    assert facts_status(facts, "replace the permit regime for assemblies with notification") == "partially_implemented"
    # an irregular participle after "has not": what was asked has not come about
    assert facts_status("A draft Equality Act was written in 2023. The Cabinet has not sent it to Parliament.",
                        "adopt comprehensive anti-discrimination legislation") == "not_implemented"
    # "was pardoned and released" is a step; then what is missing
    assert facts_status("Mr. Dorn was pardoned and released in 2024. His conviction stands, and he has received no "
                        "compensation.", "release Mr. Dorn and compensate him") == "partially_implemented"
    # the action asked for, in other words: "establish" -> "was set up"
    rec = "establish a national mechanism for reporting and follow-up"
    assert facts_status("The National Mechanism for Reporting was set up by decree in 2022. It meets twice a year.",
                        rec) == "implemented"
    # ... and what it lacks two sentences later
    assert facts_status("The National Mechanism for Reporting was set up by decree in 2022. It meets twice a year. "
                        "However, it has no staff of its own.", rec) == "partially_implemented"
    # the authors' welcome stays their verdict, whatever the next sentence says about other matters
    assert facts_status("The Act of 2024 abolished the offence. We welcome this change. The threshold, however, "
                        "remains.", "decriminalise worship by unregistered communities") == "implemented"
    # a step, a sentence on it, then a contrast inside the third sentence
    assert facts_status("The Ombudsman Act was amended in 2023. The Ombudsman is now elected by Parliament. The "
                        "Office's budget, however, was cut by 14 per cent.",
                        "strengthen the independence of the Ombudsman") == "partially_implemented"


def test_authors_who_do_not_know_give_unknown() -> None:
    assert status_of("The Coalition does not know whether the Government intends to follow this advice.") == "unknown"
    assert status_of("It remains unclear whether the register has been set up.") == "unknown"


def test_russian_facts_and_unknowns() -> None:
    rec = "принять закон о равенстве"
    assert facts_status("Законопроект так и не принят парламентом.", rec) == "not_implemented"
    assert facts_status("С тех пор законопроект ни разу не рассматривался в комитете.", rec) == "not_implemented"
    assert status_of("Установить, уменьшилась ли переполненность, нам не удалось.") == "unknown"
    assert status_of("Нам не удалось выяснить, изменилось ли что-либо.") == "unknown"


def test_facts_that_leave_the_request_open() -> None:
    rec = "ratify the Optional Protocol and establish a national preventive mechanism"
    assert facts_status("The Government has done neither in the five years since the review.", rec) == \
        "not_implemented"
    assert facts_status("The requests of three mandate holders to visit the country remain unanswered.",
                        "respond positively to requests for visits") == "not_implemented"


def test_short_and_irregular_facts() -> None:
    assert facts_status(" (para. 21 (a)). The Wage Council has not met since 2021.",
                        "ensure that the minimum wage is reviewed regularly") == "not_implemented"
    assert facts_status(" (paragraph 29). Both remain authorised. Staff used the spray 38 times in 2025.",
                        "prohibit the use of incapacitant spray") == "not_implemented"


def test_facts_that_report_the_request_done() -> None:
    assert facts_status("The 2024 amendment to article 88 does exactly this, and the courts apply it.",
                        "ensure that the contribution of each spouse is recognised") == "implemented"
    assert facts_status("The Public Prosecution Service withdrew the charges in March 2025.",
                        "drop the charges against Ms. Merrivale") == "implemented"
    assert facts_status("Since 2023 the Authority has published such a record every quarter.",
                        "keep and publish a national record of all deaths in custody") == "implemented"
    assert facts_status("The register went live in all 84 police stations in March 2025.",
                        "establish a single electronic register of all detainees") == "implemented"
    assert facts_status("Механизм создан: с 2023 года при прокуратуре действует Совет по безопасности журналистов.",
                        "создать механизм защиты журналистов") == "implemented"
    assert facts_status("Статья 375 Уголовного кодекса отменена в апреле 2023 года.",
                        "отменить статью 375 Уголовного кодекса") == "implemented"
    assert facts_status("Статья 375 Уголовного кодекса не отменена.", "отменить статью 375 Уголовного кодекса") \
        != "implemented"


def test_a_step_reported_in_other_words_than_the_request() -> None:
    assert facts_status("The Code of Criminal Procedure was amended accordingly in 2024.",
                        "ensure that anyone arrested is brought promptly before a judge") == "implemented"
    assert facts_status("Both were released in 2022 and their convictions were quashed in 2023.",
                        "release the journalists Ana Vell and Petr Osk") == "implemented"
    assert facts_status("The Alternative Service Act entered into force in January 2023.",
                        "introduce a civilian alternative to military service") == "implemented"
    assert facts_status("Убежища созданы в девяти из четырнадцати областей.",
                        "обеспечить доступ к убежищам для жертв насилия") == "partially_implemented"
    assert facts_status("Cameras were installed in 41 of 112 police stations.",
                        "install cameras in all police stations") == "partially_implemented"
    # a step against the request, a limited one, or no step at all ("adopted unchanged" says what was to change
    # did not: test_facts_that_the_request_passed_as_it_was)
    assert facts_status("A draft amendment was withdrawn after the elections.", "amend the Criminal Code") is None
    assert facts_status("The five were released on bail in May 2024.", "release the five leaders") is None
    assert facts_status("В 2021–2023 годах 46 судей были освобождены от должности.",
                        "гарантировать несменяемость судей") is None
    assert facts_status("The Equality Commissioner, established in 2019, received 412 complaints in 2025.",
                        "end segregation in schools") is None
    assert facts_status("Two new institutions with 120 places each opened at Kesh in 2024.",
                        "stop building new residential institutions") is None
    assert facts_status("The Ministry published the list of shelters in 2024.", "open a shelter in each province") \
        == "implemented"
    assert facts_status("Законопроект «О равенстве» был внесён в парламент в марте 2023 года.",
                        "принять антидискриминационный закон") is None


def test_facts_that_say_the_opposite_happened_or_nothing_was_proposed() -> None:
    assert status_of("The opposite has happened.") == "not_implemented"
    assert status_of("Факты говорят об обратном.") == "not_implemented"
    assert status_of("В 2023 году парламент отклонил законопроект об отмене смертной казни.") == "not_implemented"
    assert facts_status("No amendment of the Domestic Violence Act has been proposed since then.",
                        "ensure that protection orders are available without delay") == "not_implemented"
    assert facts_status("Mr. Talsay remains in the high-security prison of Ossa.",
                        "release Mr. Talsay immediately") == "not_implemented"


def test_a_step_then_what_it_leaves_out_is_partial() -> None:
    assert facts_status("A quota of 30 per cent was introduced in 2023. It applies only to the upper house.",
                        "introduce a quota for women on candidate lists") == "partially_implemented"
    assert facts_status("Видеозапись допросов введена в трёх из девяти областей; в остальных её планируется ввести "
                        "не ранее 2028 года.", "обеспечить видеозапись всех допросов") == "partially_implemented"
    assert facts_status("Medical examinations are now carried out within 24 hours in the capital, but in four of "
                        "the seven regions no doctor is on call.",
                        "ensure that every detainee is examined by a doctor") == "partially_implemented"


def test_more_facts_after_a_citation() -> None:
    assert status_of("Neither has happened.") == "not_implemented"
    assert facts_status("In 2025 the Supreme Court upheld two convictions that rested mainly on retracted "
                        "confessions.", "ensure that confessions obtained through torture are never admitted") \
        == "not_implemented"
    assert facts_status("By June 2026 cameras had been installed in 41 of the 118 police stations.",
                        "ensure that all interrogations are video-recorded") == "partially_implemented"
    assert facts_status("This is now required by Order No. 17 of the Prison Service and, according to the women "
                        "we interviewed, respected.", "ensure that women prisoners are searched only by female "
                        "staff") == "implemented"
    assert facts_status("The mechanism gained four posts in 2025, but it visited only 2 of the 14 institutions.",
                        "strengthen the national preventive mechanism") == "partially_implemented"


def test_observations_year_from_the_notes_of_the_report_s_own_committee() -> None:
    from hrtracker.extract.mechanisms import report_observations_year

    notes = {"1": "Заключительные замечания Комитета по экономическим, социальным и культурным правам по третьему "
                  "периодическому докладу Нарвении, E/C.12/NVN/CO/3, 2019 год, п. 27.",
             "3": "CCPR/C/NVN/CO/2, 2022 год, п. 45."}
    assert report_observations_year("Информационная записка", notes, "CESCR") == 2019
    assert report_observations_year("Briefing", {"1": "E/C.12/NVN/CO/3, 2019, para. 27."}, "CESCR") == 2019


def test_russian_facts_of_force_absence_and_change_since_a_year() -> None:
    assert facts_status("Соответствующие поправки вступили в силу в январе 2024 года.",
                        "включить в Трудовой кодекс определение сексуальных домогательств") == "implemented"
    assert facts_status("Такой ответственности нет; ежегодно заключается не менее 1 500 никахов.",
                        "установить ответственность за проведение религиозных обрядов") == "not_implemented"
    assert facts_status("С 2024 года Бюро национальной статистики публикует данные о преступлениях, но без разбивки "
                        "по характеру отношений.", "собирать и публиковать статистические данные") \
        == "partially_implemented"


def test_a_change_then_what_did_not_change_is_partial() -> None:
    assert status_of("Число лиц под домашним арестом выросло втрое, однако доля арестованных почти не изменилась.") \
        == "partially_implemented"
    assert facts_status("В 2023 году создан Фонд компенсации жертвам пыток. За два года компенсацию получили 14 "
                        "человек. Программ реабилитации государство не финансирует.",
                        "обеспечить, чтобы жертвы пыток получали компенсацию") == "partially_implemented"


def test_status_in_everyday_words() -> None:
    assert status_of("Where are we now? Still waiting.") == "not_implemented"
    assert status_of("Done! Since 2023 hospitals register every baby.") == "implemented"
    assert status_of("Some of it: the age went up from 12 to 13 in 2024.") == "partially_implemented"
    assert status_of("They did it, but only in the capital.") == "partially_implemented"
    assert status_of("Half done: we got a seat on the Rent Board.") == "partially_implemented"
    assert status_of("No idea. The Ministry did not answer.") == "unknown"
    assert status_of("We don't know if they did.") == "unknown"
    assert status_of("Сделано наполовину: было два уголовных дела.") == "partially_implemented"
    assert status_of("Сделано: в ноябре 2025 года их освободили.") == "implemented"
    assert status_of("До сих пор ждём.") == "not_implemented"
    assert status_of("The law was adopted, but only in 2024.") is None


def test_observations_year_in_plain_words() -> None:
    from hrtracker.extract.mechanisms import observations_year

    head = "Our report for the UN Committee on the Rights of the Child. "
    assert observations_year(head + "The Committee last looked at Galdoria in 2020. We checked five things.") == 2020
    assert observations_year(head + "The last time the Committee looked at Sorvenna was in 2016.") == 2016
    assert observations_year(head + "2. What happened to the Committee’s advice from 2019") == 2019


def test_more_everyday_verdicts() -> None:
    assert status_of("Still nothing.") == "not_implemented"
    assert status_of("This is done. Since 2023 couples get joint title.") == "implemented"
    assert status_of("Done, at last: water pipes reached the settlements in 2024.") == "implemented"
    assert status_of("🟢 Done") == "implemented"
    assert status_of("Это сделано: в 2023 году право записали в Конституцию.") == "implemented"


def test_recommended_in_her_report_of_a_year_that() -> None:
    from hrtracker.extract.mechanisms import VERB_CUES

    m = VERB_CUES.search("The Special Rapporteur recommended in her report of 2022 that the Government appoint ...")
    assert m is not None and m.group(0) == "recommended in her report of 2022 that "


def test_facts_that_the_request_passed_as_it_was() -> None:
    rec = "remove the blanket prohibition of assemblies near the courts"
    assert facts_status("The prohibition was retained in the adopted law, and it covers the city centre.",
                        rec) == "not_implemented"
    assert facts_status("The law was adopted unchanged three weeks later.",
                        "withdraw the draft law") == "not_implemented"
    assert facts_status("The bill was adopted without amendment in 2022.", "review the bill") == "not_implemented"
    assert facts_status("Закон был принят без учёта этих замечаний.", "исключить из законопроекта положения о местах"
                        ) == "not_implemented"
    assert facts_status("The bill drafted with that aim in 2023 has never been put to a vote.",
                        "give the Mechanism a basis in law") == "not_implemented"
    # a reference back to what was cited is no new citation that ends the facts
    assert facts_status("The 2023 amendments did the opposite of what the Committee recommended.",
                        "refrain from restricting foreign funding") == "not_implemented"


def test_facts_of_a_step_that_falls_short() -> None:
    rec = "develop bilingual education programmes at the pre-school level"
    facts = ("The Ministry launched a pilot programme in four kindergartens in 2025. This is a first step, but it "
             "falls far short of what was recommended.")
    assert facts_status(facts, rec) == "partially_implemented"
    assert facts_status("They did it in Kilnworth, but not anywhere else.", "end the separate classes") == \
        "partially_implemented"
    assert facts_status("Six have been reinstated. The other five received no compensation.",
                        "ensure the reinstatement of the eleven leaders") == "partially_implemented"


def test_facts_of_a_change_then_what_persists() -> None:
    assert facts_status("The mechanism's staff rose from 9 to 14 in 2024, but it still visits each police station "
                        "less than once every three years.", "provide the mechanism with resources") == \
        "partially_implemented"
    assert facts_status("The law was changed in 2021. But the land offices still register inherited land in men's "
                        "names.", "change the Rural Land Code") == "partially_implemented"
    assert facts_status("The basement cells of Korvan were closed in 2025. Those of Olsen are still in use.",
                        "close the basement cells") == "partially_implemented"
    # what persists with no change before it stays not implemented
    assert facts_status("The basement cells are still in use.", "close the basement cells") == "not_implemented"


def test_facts_of_a_rule_in_force_since_and_short_verdicts() -> None:
    assert facts_status("Since March 2024 all children in pre-trial detention have been held at the juvenile centre.",
                        "separate children from adults in detention") == "implemented"
    assert facts_status("С июля 2023 года органы загса обязаны регистрировать рождение ребёнка.",
                        "обеспечить регистрацию рождения всех детей") == "implemented"
    assert facts_status("They did it. The council met three times in 2025.", "create a consultative council") == \
        "implemented"
    # a verdict in two words before the facts, and a request to stop something that went on since then
    assert facts_status("Выполнена частично. С 1 января 2024 г. это право закреплено в кодексе.",
                        "обеспечить доступ к адвокату") == "partially_implemented"
    assert facts_status("Since 2023, at least eleven lawyers who defended such persons have been investigated.",
                        "The authorities should refrain from identifying lawyers with their clients") is None


def test_facts_of_steps_in_more_words() -> None:
    rec = "ensure that children deprived of liberty are detained separately from adults"
    assert facts_status("Children in pre-trial detention centres are now held in separate wings, but in police "
                        "stations they are still held together with adults.", rec) == "partially_implemented"
    assert facts_status("A 2023 amendment requires Parliament to hold a public hearing of the candidate, but the "
                        "nomination is still made by the President alone.", "ensure a transparent selection") == \
        "partially_implemented"
    assert facts_status("The mechanism can now make unannounced visits to prisons, but it still has no budget.",
                        "give the mechanism a budget and unannounced access") == "partially_implemented"
    assert facts_status("Государственные кризисные центры открыты в шести из двенадцати областей.",
                        "создать во всех областях кризисные центры") == "partially_implemented"
    assert facts_status("В 2024 году смертная казнь была исключена из Уголовного кодекса, однако Конституция "
                        "по-прежнему её допускает.", "отменить смертную казнь") == "partially_implemented"
    assert facts_status("Снижение порога в 2024 г. стало лишь частичным выполнением этой рекомендации.",
                        "пересмотреть требования к регистрации партий") == "partially_implemented"


def test_russian_facts_referring_back_to_the_recommendation() -> None:
    assert facts_status("Закон был принят в декабре 2021 года без учёта этой рекомендации.",
                        "исключить из законопроекта требование об отчётности") == "not_implemented"
    assert facts_status("Сведения о выполнении этой рекомендации отсутствуют: департамент не публикует статистику.",
                        "сократить применение содержания под стражей") == "unknown"


def test_a_request_left_without_an_answer_is_not_implemented() -> None:
    assert status_of("Рекомендация осталась без ответа.") == "not_implemented"
    assert status_of("Власти оставили этот призыв без ответа.") == "not_implemented"


def test_the_russian_review_a_state_passed_is_no_previous_one() -> None:
    opening = ("Среднесрочный доклад\n\nРеспублика Норвандия прошла третий цикл универсального периодического обзора "
               "(УПО) в ноябре 2022 года. В ходе диалога 96 государств высказали 203 рекомендации.\n")
    assert review_year(opening, "Рекомендация 139.3 (Чили): «Направить постоянное приглашение»") == 2022
