"""ICCPR article rules."""

from __future__ import annotations

from hrtracker.extract.articles import articles_for, explicit_articles, keyword_articles
from hrtracker.extract.textutil import clean, split_sentences, strip_marker


def test_explicit_covenant_articles() -> None:
    assert explicit_articles("contrary to article 19 of the Covenant") == [19]
    assert explicit_articles("see arts. 9 and 14 of the ICCPR") == [9, 14]
    assert explicit_articles("Recommendations (Article 2 (paragraph 1), 3, 26 and 27 of the ICCPR):") == [2, 3, 26, 27]
    assert explicit_articles("Issue 8. Movement (arts. 12, 13,16)") == [12, 13, 16]
    assert explicit_articles("Torture (art.7)") == [7]
    assert explicit_articles("Article 2 (paragraph 1) and Article 26 of the ICCPR") == [2, 26]


def test_other_laws_articles_do_not_count() -> None:
    assert explicit_articles("Article 145 of the Criminal Code") == []
    assert explicit_articles("(art. 106 of the Criminal Procedure Code)") == []
    assert explicit_articles("Article 1.1 of the 1954 Convention") == []
    assert explicit_articles("Article 19 of the Universal Declaration") == []


def test_heading_article_and_russian() -> None:
    assert explicit_articles("Article 19: Freedom of expression", heading=True) == [19]
    assert explicit_articles("Article 19: Freedom of expression") == []
    assert explicit_articles("Свобода собраний (статья 21 МПГПП)") == [21]


def test_keywords() -> None:
    assert keyword_articles("The need to abolish the death penalty") == [6]
    assert keyword_articles("ensure the independence of the Ombudsman") == [2]
    assert keyword_articles("decriminalise libel and stop blocking websites") == [19]
    assert keyword_articles("freedoms of speech and assembly") == [19, 21]
    assert keyword_articles("прекратить пытки") == [7]
    assert keyword_articles("Please provide information on the budget") == []
    assert keyword_articles("no derogation during the state of emergency") == [4]
    assert 4 not in keyword_articles("refrain from derogatory comments")


def test_articles_for_prefers_explicit() -> None:
    assert articles_for("stop torture in prisons", "Issue 2 (art. 3)") == [3]
    assert articles_for("compatible with article 18 of the Covenant", "Association (arts. 22, 25)") == [18, 22, 25]
    assert articles_for("ensures the independence of the Ombudsman.", "3. Torture and ill-treatment") == [2, 7]
    assert articles_for("ignore the recommendations of the international community") == []


def test_textutil() -> None:
    assert strip_marker("- **14.** Text") == "Text"
    assert strip_marker("a) Please explain") == "Please explain"
    assert clean("  **Recommendations**   (Article 2):\n  ") == "Recommendations (Article 2):"
    assert split_sentences('He said: "One. Two." Then art. 7 applies. Done.') == [
        'He said: "One. Two."', "Then art. 7 applies.", "Done."
    ]


def test_covenant_of_a_cescr_report_is_not_counted() -> None:
    assert explicit_articles("Trade unions (article 8 of the Covenant)", covenant=False) == []
    assert explicit_articles("article 22 of the International Covenant on Civil and Political Rights",
                             covenant=False) == [22]
    assert explicit_articles("Trade unions (article 8 of the Covenant)") == [8]


def test_subject_keywords_added_from_the_guidelines_table() -> None:
    assert keyword_articles("Abolish full deprivation of legal capacity") == [16]
    assert 7 in keyword_articles("Adopt a law on domestic violence")
    assert 23 not in keyword_articles("criminalise marital rape")
    assert 14 in keyword_articles("raise the minimum age of criminal responsibility")
    assert 14 not in keyword_articles("release the lawyer Ivan Petrov")  # a person's profession, not the bar
    assert 22 in keyword_articles("a safe environment for civil society")
    assert {7, 17} <= set(keyword_articles("prohibit sterilisation without consent"))


def test_more_subject_keywords() -> None:
    assert 7 in keyword_articles("respect the principle of non-refoulement")
    assert 7 in keyword_articles("limit solitary confinement to 15 days")
    assert 9 in keyword_articles("limit police custody to 48 hours")
    assert 22 in keyword_articles("repeal the law on foreign agents")


def test_equality_minorities_remedies_and_disappearances() -> None:
    # racism, segregation and the Roma: equality (26); the Roma and Sinti are minorities (27)
    assert 26 in keyword_articles("investigate racist statements by public officials")
    assert 26 in keyword_articles("end the segregation of children in special schools")
    assert {26, 27} <= set(keyword_articles("adopt a plan for the inclusion of Roma children"))
    assert 26 in keyword_articles("record hate crimes separately")
    # redress and rehabilitation are the effective remedy of article 2
    assert 2 in keyword_articles("establish a rehabilitation programme for victims")
    assert 2 in keyword_articles("принять программу реабилитации жертв пыток")
    assert 2 in keyword_articles("обеспечить жертвам полное возмещение вреда")
    # an enforced disappearance engages articles 6, 7, 9 and 16 together
    assert {6, 7, 9, 16} <= set(keyword_articles("criminalise enforced disappearance as an autonomous offence"))


def test_remedies_nhris_and_places_of_detention() -> None:
    # compensation and the individual complaints procedure are the effective remedy of article 2;
    # a Public Defender or a Commissioner for Human Rights is a national human rights institution
    assert 2 in keyword_articles("pay compensation to the families of the victims")
    assert 2 in keyword_articles("accept the individual communications procedure under the Optional Protocol")
    assert 2 in keyword_articles("give the Public Defender the power to visit any place")
    assert 2 in keyword_articles("выплатить компенсацию пострадавшим")
    # "places / conditions of detention" concern article 10, an arrest or a detention itself article 9
    assert keyword_articles("improve conditions of detention in all places of detention") == [10]
    assert 9 in keyword_articles("limit pre-trial detention to six months")
    assert 9 in keyword_articles("end the detention of asylum seekers")


def test_safeguards_against_ill_treatment() -> None:
    # restraint, recorded questioning, medical examinations, coerced confessions, police complaints and
    # protection from domestic violence are article 7's subject (torture and ill-treatment)
    for text in ("prohibit mechanical restraint and seclusion in psychiatric hospitals",
                 "introduce audio-visual recording of all police questioning",
                 "ensure an independent medical examination of every detainee on arrival",
                 "exclude any confession obtained by coercion",
                 "transfer the investigation of complaints against the police to an independent body",
                 "extend protection orders to six months",
                 "установить видеонаблюдение во всех изоляторах временного содержания"):
        assert 7 in keyword_articles(text), text


def test_cooperation_with_the_un_equality_bodies_and_force() -> None:
    # cooperation with the UN human rights system is article 2, in a unit's own words only
    assert 2 in keyword_articles("Extend a standing invitation to all special procedures.")
    assert 2 in keyword_articles("Submit the overdue periodic report to the Human Rights Committee.")
    assert 2 in keyword_articles("Направить постоянное приглашение всем специальным процедурам.")
    assert 2 not in articles_for("Release the journalists detained for their reporting.",
                                 section="What the UN special procedures have said")
    assert 2 in keyword_articles("Give the Commissioner for Equality the power to examine individual complaints.")
    # unequal pay, special classes, ethnic profiling: discrimination by subject
    assert 26 in keyword_articles("Oblige employers to publish their gender pay gap every year.")
    assert 26 in keyword_articles("End the placement of Roma-speaking children in special classes.")
    assert 26 in keyword_articles("Prohibit ethnic profiling in identity checks.")
    # force used by the police and violence against women are ill-treatment, again in the unit's own words
    assert 7 in keyword_articles("Investigate all allegations of excessive use of force by the police.")
    assert 7 in keyword_articles("Обеспечить расследование всех случаев насилия в отношении женщин.")
    assert 7 not in articles_for("Register every detention immediately.", section="Fundamental legal safeguards")


def test_minority_names_a_document_introduces() -> None:
    from hrtracker.extract.articles import minority_names

    text = ("About 9,000 members of the Kesh people live in the uplands. Local communities were not consulted "
            "by local officials. Kesh children are taught only in the State language.")
    names = minority_names(text)
    assert names is not None and names.search("Extend bilingual education to Kesh children")
    assert not names.search("Local schools")  # "local" occurs in lower case too: an ordinary word
    assert minority_names("Rural communities and local people were consulted.") is None


def test_release_and_apprehension_are_liberty() -> None:
    assert 9 in keyword_articles("Release the five trade union leaders immediately.")
    assert 9 in keyword_articles("Освободить журналиста и пересмотреть приговор.")
    assert 9 in keyword_articles("Record the time of detention from the moment of actual apprehension.")
    assert 9 not in articles_for("Publish the data every year.", section="Statistics and their release")


def test_evidence_confessions_and_interpreters_are_fair_trial() -> None:
    assert 14 in keyword_articles("Make confessions made without a lawyer inadmissible in court.")
    assert 14 in keyword_articles("Provide an interpreter during every interrogation of a foreign national.")
    assert 14 in keyword_articles("Закрепить недопустимость доказательств, полученных под пытками.")
    assert 14 in keyword_articles("Изменить порядок формирования Высшего судебного совета.")


def test_a_human_rights_commission_is_a_national_institution() -> None:
    assert 2 in keyword_articles("Amend the Human Rights Commission Act so that commissioners are selected openly.")
    assert 2 in keyword_articles("Give the Human Rights Commissioner the power to visit any place of detention.")


def test_quotas_councils_hearings_and_polluted_water() -> None:
    assert 25 in keyword_articles("Extend the 30 per cent quota to village councils.")
    assert {19, 25} <= set(keyword_articles("Stop the mine's expansion until new public hearings are held."))
    assert 6 in keyword_articles("Provide clean drinking water and test children's blood for lead pollution.")
    assert 6 in keyword_articles("Немедленно обеспечить посёлок чистой питьевой водой.")


def test_firearms_and_candidates_for_judicial_office() -> None:
    assert 6 in keyword_articles("Bring the legislation on the use of firearms into line with the Basic Principles.")
    assert keyword_articles("Abolish the special check of candidates for judicial office.") == [14]
    assert keyword_articles("Remove the approval of candidates for the posts of court presidents.") == [14]
    assert 25 in keyword_articles("Allow independent candidates to stand in elections.")


def test_false_information_offences_and_foreign_funding_laws() -> None:
    assert 19 in keyword_articles("Отменить статью 174-2 УК о распространении заведомо ложной информации.")
    assert 19 in keyword_articles("Repeal the offence of spreading disinformation.")
    assert 22 in keyword_articles("Repeal the Law on the Accountability of Foreign-Funded Entities.")
    assert 22 in keyword_articles("Отменить требование об отдельной отчетности организаций, получающих иностранное "
                                  "финансирование.")
    assert 22 in keyword_articles("Упростить регистрацию общественных объединений.")
