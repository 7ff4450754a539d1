"""OHCHR UPR summaries (stakeholders' submissions, UN compilation) on small fixtures written here."""

from pathlib import Path

import pytest

from hrtracker.extract import extract
from hrtracker.extract.detect import detect_type
from hrtracker.extract.upr_summary import mechanism_of
from hrtracker.readers import read_bytes, read_path

# pdftotext layout, paraphrased: page header / footer in the middle of a paragraph, end notes,
# footnote numbers glued to sentence ends, a word broken across lines
STAKEHOLDERS = """             United Nations                                                    A/HRC/WG.6/47/PRT/3
             General Assembly                                          Distr.: General
                                                                       20 August 2024

                                                                       Original: English

Human Rights Council
Working Group on the Universal Periodic Review
Forty-seventh session
Geneva, 4-15 November 2024


            Summary of stakeholders’ submissions on Portugal*

            Report of the Office of the United Nations High Commissioner for
            Human Rights

       I. Background
            1.     The present report was prepared pursuant to Human Rights Council resolutions 5/1
            and 16/21.1 It is a summary of 9 stakeholders’ submissions2 for the universal periodic
            review.

      II. Information provided by the national human rights institution
            2.     The Ombudsperson noted that prison overcrowding persisted in 2023.3 The Ombudsperson
            recommended that the authorities adopt a plan to reduce the prison population.4
            3.     In 2021, the Ombudsperson had recommended the creation of a monitoring mechanism
            for older persons in care homes. The recommendation has not been implemented.5

     III. Information provided by other stakeholders

       A.   Scope of international obligations and cooperation with human rights
            mechanisms
            4.     JS3 recommended that Portugal accede to the 1961 Convention on the Reduction of
            Statelessness.6 HRW urged Portugal to withdraw its reservation to the Optional Protocol.7

       B.   National human rights framework
            5.     It was recommended that Portugal strengthen the independence of the national human
            rights institution and provide it with adequate funding.8

       C.   Promotion and protection of human rights

            Equality and non-discrimination
            6.     CoE-ECRI stated that racist incidents against Roma and people of African descent had
            increased. AI noted that victims rarely reported such incidents.9 CoE-ECRI recommended that
            Portugal collect equality data disaggregated by ethnic origin.10 OSCE/ODIHR recommended
            training police officers to recognize and record hate crimes, including those motivated by

         * The present document is being issued without formal editing.

GE.24-14321 (E)
A/HRC/WG.6/47/PRT/3


            gender.11
            7.     Noting the absence of a national strategy, CoE-GREVIO and CoE-CoP encouraged the authori-
            ties to adopt a strategy on all forms of violence against women.12 CoE-ECRI concluded that its
            recommendation of 2018 to set up an independent equality body, was not implemented.13

            Lesbian, gay, bisexual, transgender and intersex persons
            8.     ILGA-Portugal called on the Government to ensure legal gender recognition based on
            self-determination,14 and AI urged Portugal to ban conversion practices.15
            9.     JS1 stated that Roma children were often placed in segregated classes.16 JS1 expressed
            concern about early school leaving.17 JS1 highlighted the need for inclusive pre-school
            education for Roma children.18

Notes

         1  A/HRC/43/8 and A/HRC/43/8/Add.1.
         2  The stakeholders listed below have contributed information for this summary.
         3  Ombudsperson, p. 2.
         4  Ombudsperson, p. 3.
         5  Ombudsperson, p. 4.
         6  JS3, para. 12.
         7  HRW, p. 1.
         8  APE, para. 8.
         9  AI, para. 4.
        10  CoE-ECRI, p. 6.
        11  OSCE/ODIHR, Hate crime reporting 2022, para. 4.
        12  CoE-GREVIO, para. 42 and CoE-CoP, para. 3.
        13  CoE-ECRI, p. 7.
        14  ILGA-Portugal, p. 2.
        15  AI, para. 9.
        16  JS1, para. 3.
        17  JS1, para. 5.
        18  JS1, para. 7.
"""

# a UN compilation: footnotes at the page bottom, page header and footer, hyphenated word breaks
COMPILATION = """                 United Nations                                             A/HRC/WG.6/49/KEN/2
                 General Assembly                                   Distr.: General
                                                                    12 February 2025

                                                                    Original: English

Human Rights Council
Working Group on the Universal Periodic Review
Forty-ninth session
Geneva, 28 April-9 May 2025


            Compilation on Kenya

            Report of the Office of the United Nations High Commissioner for
            Human Rights

       I. Background
            1.     The present report was prepared pursuant to Human Rights Council resolutions 5/1
            and 16/21, taking into consideration the outcome of the previous review.1 It is a compilation
            of information contained in relevant United Nations documents.

      II. Scope of international obligations and cooperation with human rights mechanisms
            2.     The Committee against Torture and the Committee on the Rights of the Child
            recommended that Kenya ratify the Optional Protocol to the Convention against Torture.2
            3.     The Committee on the Elimination of Racial Discrimination was concerned about
            delays in reporting.3 It encouraged Kenya to submit its overdue periodic reports.4

      III. National human rights framework
            4.     The Human Rights Committee noted the establishment of a national preventive
            mechanism. The Committee recommended that Kenya allocate sufficient resources to the
            Kenya National Commission on Human Rights.5
            5.     It was recommended that Kenya adopt a national action plan on business and human
            rights.6

      IV. Implementation of international human rights obligations
            A.    Cross-cutting issues
                  Equality and non-discrimination
            6.     The Special Rapporteur on the rights of indigenous peoples urged Kenya to
            recognize the land rights of forest communities and to halt evictions.7 The Committee on
            Economic, Social and Cultural Rights recommended that Kenya adopt a comprehensive

            1   A/HRC/35/8 and A/HRC/35/8/Add.1.
            2   CAT/C/KEN/CO/3, para. 48; CRC/C/KEN/CO/3-5, para. 70.
            3   CERD/C/KEN/CO/8-9, para. 5.
            4   Ibid., para. 6.
            5   CCPR/C/KEN/CO/4, para. 12.
            6   CERD/C/KEN/CO/8-9, para. 20.
            7   A/HRC/45/34/Add.1, para. 80.

GE.25-02345(E)

            2
A/HRC/WG.6/49/KEN/2

            anti-discrimination law,8 and the Committee on the Elimination of Discrimination against
            Women called upon Kenya to repeal discriminatory provisions in customary law.9
            7.     In 2023, the Committee on the Rights of Persons with Disabilities recommended that
            Kenya end the institutionalization of persons with psychosocial disabilities.10

            B.    Civil and political rights
                  Right to life, liberty and security of person
            8.     The Committee against Torture noted with concern reports of extrajudicial killings by
            police officers. It urged Kenya to ensure that all such allegations are promptly investigated
            by an independent body and that perpetrators are prosecuted.11 The Special Rapporteur on
            extrajudicial, summary or arbitrary executions called on the Gov-
            ernment to establish an independent police oversight body.12
            9.     The ILO Committee of Experts on the Application of Conventions and Recommendations
            requested the Government to take measures to eliminate child labour in agriculture.13
            10.    UNHCR recommended that Kenya ensure access to asylum procedures at all border
            points.14 The United Nations country team noted progress in birth registration.15
            11.    The Special Rapporteur on the right to food stated that Kenya should adopt a framework
            law on the right to food.16 The same Special Rapporteur stated that, in particular, the
            Government should protect smallholder farmers from land grabbing.17
            12.    The Committee against Torture welcomed the adoption of the Prevention of Torture Act in
            2017. 18 Recalling its previous concluding observations,19 the same Committee recommended
            that Kenya establish an independent complaints mechanism for detainees.20 It was also
            recommended that Kenya abolish the death penalty.21

            8   E/C.12/KEN/CO/2-5, para. 22.
            9   CEDAW/C/KEN/CO/8, para. 14.
            10  CRPD/C/KEN/CO/1, para. 30.
            11  CAT/C/KEN/CO/3, para. 20.
            12  A/HRC/44/38/Add.2, para. 91.
            13  ILO, direct request, 2022.
            14  UNHCR submission, p. 3.
            15  United Nations country team submission, p. 5.
            16  A/HRC/58/48/Add.1, para. 60.
            17  Ibid., para. 72.
            18  CAT/C/KEN/CO/3, para. 4.
            19  CAT/C/KEN/CO/2, para. 10.
            20  CAT/C/KEN/CO/3, para. 33.
            21  Ibid., para. 35.

GE.25-02345(E)
"""


def _by_text(units, start):
    hits = [u for u in units if u.text.startswith(start)]
    assert len(hits) == 1, [u.text for u in units]
    return hits[0]


def test_stakeholder_summary_units():
    ext = extract(read_bytes(STAKEHOLDERS.encode(), "prt-summary.txt"))
    assert ext.doc_type == "upr_summary"
    assert ext.meta["country"] == "Portugal" and ext.meta["session"] == 47 and ext.meta["cycle"] == 4
    assert ext.meta["summary_kind"] == "stakeholders"
    got = [(u.source_detail, u.mechanism, u.text) for u in ext.units]
    assert got == [
        ("Ombudsperson", "other", "the authorities adopt a plan to reduce the prison population."),
        ("Ombudsperson", "other", "the creation of a monitoring mechanism for older persons in care homes."),
        ("JS3", "other", "Portugal accede to the 1961 Convention on the Reduction of Statelessness."),
        ("HRW", "other", "withdraw its reservation to the Optional Protocol."),
        ("APE", "other", "Portugal strengthen the independence of the national human rights institution and "
                         "provide it with adequate funding."),
        ("CoE-ECRI", "other", "Portugal collect equality data disaggregated by ethnic origin."),
        ("OSCE/ODIHR", "OSCE", "training police officers to recognize and record hate crimes, including those "
                               "motivated by gender."),
        ("CoE-GREVIO and CoE-CoP", "other", "adopt a strategy on all forms of violence against women."),
        ("CoE-ECRI", "other", "set up an independent equality body"),
        ("ILGA-Portugal", "other", "ensure legal gender recognition based on self-determination"),
        ("AI", "other", "ban conversion practices."),
        ("JS1", "other", "the need for inclusive pre-school education for Roma children."),
    ]
    assert all(u.kind == "cited_recommendation" and u.country == "Portugal" for u in ext.units)
    u = {x.text[:20]: x for x in ext.units}
    # the year only when the sentence or its footnote says it; status only when the document says it
    assert u["the creation of a mo"].year == 2021 and u["the creation of a mo"].status_claim == "not_implemented"
    assert u["set up an independen"].year == 2018 and u["set up an independen"].status_claim == "not_implemented"
    assert u["training police offi"].year == 2022  # footnote 11
    assert u["Portugal accede to t"].year is None and u["Portugal accede to t"].status_claim == "unknown"
    assert u["Portugal collect equ"].section == "Equality and non-discrimination"
    assert u["ban conversion pract"].section == "Lesbian, gay, bisexual, transgender and intersex persons"
    assert u["Portugal accede to t"].section == ("Scope of international obligations and cooperation with human "
                                                 "rights mechanisms")
    assert u["Portugal accede to t"].fields["paragraph"] == "4"
    # offsets point at the reported clause
    doc = read_bytes(STAKEHOLDERS.encode(), "prt-summary.txt")
    first = ext.units[0]
    assert doc.text[first.start : first.end].startswith("the authorities adopt a plan")


def test_compilation_units():
    ext = extract(read_bytes(COMPILATION.encode(), "ken-compilation.txt"))
    assert ext.doc_type == "upr_summary"
    assert ext.meta["country"] == "Kenya" and ext.meta["summary_kind"] == "compilation"
    got = [(u.source_detail, u.mechanism, u.text) for u in ext.units]
    assert got == [
        ("Committee against Torture and the Committee on the Rights of the Child", "other",
         "Kenya ratify the Optional Protocol to the Convention against Torture."),
        ("Committee on the Elimination of Racial Discrimination", "CERD", "submit its overdue periodic reports."),
        ("Human Rights Committee", "HRC",
         "Kenya allocate sufficient resources to the Kenya National Commission on Human Rights."),
        ("CERD/C/KEN/CO/8-9", "CERD", "Kenya adopt a national action plan on business and human rights."),
        ("Special Rapporteur on the rights of indigenous peoples", "SR",
         "recognize the land rights of forest communities and to halt evictions."),
        ("Committee on Economic, Social and Cultural Rights", "CESCR",
         "Kenya adopt a comprehensive anti-discrimination law"),
        ("Committee on the Elimination of Discrimination against Women", "CEDAW",
         "repeal discriminatory provisions in customary law."),
        ("Committee on the Rights of Persons with Disabilities", "other",
         "Kenya end the institutionalization of persons with psychosocial disabilities."),
        ("Committee against Torture", "CAT", "ensure that all such allegations are promptly investigated by an "
         "independent body and that perpetrators are prosecuted."),
        ("Special Rapporteur on extrajudicial, summary or arbitrary executions", "SR",
         "establish an independent police oversight body."),
        ("ILO Committee of Experts on the Application of Conventions and Recommendations", "ILO",
         "take measures to eliminate child labour in agriculture."),
        ("UNHCR", "other", "Kenya ensure access to asylum procedures at all border points."),
        ("Special Rapporteur on the right to food", "SR", "Kenya should adopt a framework law on the right to food."),
        ("Special Rapporteur on the right to food", "SR",
         "the Government should protect smallholder farmers from land grabbing."),
        ("Committee against Torture", "CAT", "Kenya establish an independent complaints mechanism for detainees."),
        ("CAT/C/KEN/CO/3", "CAT", "Kenya abolish the death penalty."),  # the footnote "Ibid." names the body
    ]
    u = {x.text[:20]: x for x in ext.units}
    assert u["Kenya end the instit"].year == 2023
    assert u["take measures to eli"].year == 2022  # footnote 13
    assert u["Kenya ratify the Opt"].year is None and u["Kenya establish an in"[:20]].year is None
    assert u["establish an indepen"].section == "Right to life, liberty and security of person"
    assert u["repeal discriminator"].section == "Equality and non-discrimination"


def test_detection_does_not_take_other_documents():
    doc = read_bytes(b"Our joint submission to the UPR of Kazakhstan.\n\nRecommendations:\n- Repeal article 174.\n",
                     "ngo.txt")
    assert detect_type(doc) == "ngo_report"
    # an NGO report that names the summary in its text stays an NGO report
    doc = read_bytes((b"Shadow report by the Coalition\n\nAs the Summary of stakeholders' submissions on Portugal "
                      b"(A/HRC/WG.6/47/PRT/3) shows, JS3 recommended that Portugal accede to the 1961 "
                      b"Convention.\n"), "ngo2.txt")
    assert detect_type(doc) == "ngo_report"


def test_mechanism_of():
    assert mechanism_of("Committee against Torture") == "CAT"
    assert mechanism_of("HR Committee") == "HRC"
    assert mechanism_of("Committee on Enforced Disappearances") == "other"
    assert mechanism_of("Subcommittee on Prevention of Torture") == "other"
    assert mechanism_of("Independent Expert on sexual orientation and gender identity") == "SR"
    assert mechanism_of("Working Group on Arbitrary Detention") == "SR"
    assert mechanism_of("OSCE/ODIHR") == "OSCE"
    assert mechanism_of("CoE-GRETA") == "other"
    assert mechanism_of("JS2") == "other"


SLOVENIA = Path("/work/shared/corpus/upr-stakeholder-summary-slovenia-2024-A_HRC_WG6_48_SVN_3.txt")


@pytest.mark.skipif(not SLOVENIA.exists(), reason="shared corpus not available")
def test_slovenia_stakeholder_summary():
    ext = extract(read_path(SLOVENIA))
    assert ext.doc_type == "upr_summary"
    assert len(ext.units) >= 60
    assert all(u.kind == "cited_recommendation" for u in ext.units)
    texts = {u.text: u for u in ext.units}
    u = texts["Slovenia accede to the 1961 Convention on the Reduction of Statelessness."]
    assert (u.mechanism, u.source_detail, u.year) == ("other", "JS2", None)
    u = texts["sign and ratify the Treaty on the Prohibition of Nuclear Weapons."]
    assert u.source_detail == "ICAN"
    u = texts["Slovenia enact policies to address hate crimes in a comprehensive manner."]
    assert (u.mechanism, u.source_detail) == ("OSCE", "OSCE/ODIHR")
    u = next(x for x in ext.units if x.text.startswith("refrain from making stigmatising"))
    assert u.source_detail == "CoE-Commissioner"
    u = next(x for x in ext.units if x.text.startswith("pursue the adoption of a new comprehensive"))
    assert u.source_detail == "CoE-GREVIO"
    u = next(x for x in ext.units if x.text.startswith("Slovenia ensure full independence and autonomy"))
    assert u.source_detail == "APE"  # "It was recommended that ...": the footnote names the body
    # no page furniture or footnote numbers inside texts, no concern sentences
    assert not any("A/HRC/WG.6" in x.text or "GE.24" in x.text or "noted" in x.text[:40] for x in ext.units)
    u = next(x for x in ext.units if x.text.startswith("the authorities condemn any form of discrimination"))
    assert "gender or sex, and investigate them" in u.text
