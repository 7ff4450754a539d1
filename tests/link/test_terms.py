from hrtracker.link.terms import expand_acronyms, key_terms, terms_conflict, texts_conflict


def test_icrmw_names_are_one_key() -> None:
    full = ("Ratify the International Convention on the Protection of the Rights of All Migrant Workers "
            "and Members of Their Families")
    for text in (full, "Ratify ICRMW", "Consider ratifying the Convention on Migrant Workers"):
        assert "inst:icrmw" in key_terms(text)


def test_icrmw_vs_opcat_conflict() -> None:
    assert texts_conflict("Ratify ICRMW", "Ratify OP-CAT")
    assert texts_conflict("Ratify the Convention on Migrant Workers",
                          "Ratify the Optional Protocol to the Convention against Torture")
    assert not texts_conflict("Ratify ICRMW", "Ratify the Convention on Migrant Workers and their Families")
    assert not terms_conflict({"inst:icrmw"}, {"topic:migrants"})


def test_optional_protocols_and_bodies() -> None:
    k = key_terms("Ratify the Convention on the Rights of Persons with Disabilities and its "
                  "Optional Protocol")
    assert {"inst:crpd", "inst:op-crpd"} <= k
    assert "inst:cat" not in key_terms("Ratify the Optional Protocol to the Convention against Torture")
    assert "inst:op-icescr" in key_terms("Ratify OP-ICESCR")
    assert "inst:icpped" in key_terms("Ratify the Convention on Enforced Disappearance")
    assert "inst:istanbul" in key_terms("Ratify the Istanbul Convention")
    assert "inst:rome" in key_terms("Align legislation with the Rome Statute")
    k = key_terms("Bring the Ombudsman into line with the Paris Principles")
    assert {"org:nhri", "std:paris-principles"} <= k
    assert "org:nhri" in key_terms("Strengthen the NHRI")
    k = key_terms("Amend article 14 of the Marriage and Family Relations Act")
    assert {"art:14", "law:marriage family relations"} <= k


def test_expand_acronyms() -> None:
    assert "Migrant Workers" in expand_acronyms("Ratify ICRMW")


def test_topic_vocabulary_and_implications() -> None:
    assert "topic:lgbti" in key_terms("Harmonize the rights of homosexual couples with those of heterosexual couples")
    k = key_terms("Ensure that Roma children have equal access to education")
    assert {"topic:roma", "topic:minorities", "topic:children"} <= k
    assert "topic:roma" not in key_terms("Protect the rights of minorities")
    assert "topic:independence" in key_terms("Bring the NHRI into line with the Paris Principles")
    assert "topic:follow-up" in key_terms("Establish a national mechanism for implementation, reporting and follow-up")
    assert "topic:residence-status" in key_terms("Regularize the status of stateless persons")


def test_rarity_weights() -> None:
    from hrtracker.link.topic_df import idf, word_idf

    assert idf("topic:housing") > idf("topic:discrimination")
    assert word_idf("icrmw") > word_idf("discrimin") > 1.0
    assert word_idf("never-seen-word") >= word_idf("icrmw")
