"""Text helpers shared by the extractors."""

from hrtracker.extract.textutil import hyphen_break, word_sets

VOCAB, COMMON = word_sets("recommendations recommendations State State owned judicial logies follow follow up")


def test_a_word_cut_by_hyphenation_is_joined() -> None:
    # the document has the joined word
    assert hyphen_break("the Committee's recommenda-", "tions were", VOCAB, COMMON)
    # "logies" occurs only where the word was cut
    assert hyphen_break("surveillance techno-", "logies in line", VOCAB, COMMON)


def test_a_hyphenated_compound_keeps_its_hyphen() -> None:
    # "State" is a word the document uses again
    assert not hyphen_break("a State-", "owned company", VOCAB, COMMON)
    assert not hyphen_break("the follow-", "up procedure", VOCAB, COMMON)  # too short to be a fragment
    assert not hyphen_break("a dash -", "and more", VOCAB, COMMON)
