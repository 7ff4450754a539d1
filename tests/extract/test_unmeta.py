"""Document facts read from the text: year and State."""

from hrtracker.extract.unmeta import country_name, doc_year, main_state
from hrtracker.models import Document


def _doc(text: str, **meta: str) -> Document:
    return Document(name="d.txt", text=text, meta=dict(meta))


def test_doc_year_sources() -> None:
    assert doc_year(_doc("anything 1999", year="2021")) == 2021
    assert doc_year(_doc("CCPR/C/X/CO/2\nDistr.: General 9 August 2022\nIn 2016 the Committee ...")) == 2022
    # an NGO report names earlier reviews first; it was written after the latest of them
    text = "In 2016 the Committee recommended ... At the UPR in 2019 Germany recommended ... by 2099 ..."
    assert doc_year(_doc(text)) == 2019
    assert doc_year(_doc("no year here")) is None


def test_main_state_and_spellings() -> None:
    assert main_state("Turkey must ... Türkiye should ... France noted") == "Türkiye"
    assert country_name("Iran (Islamic Republic of)") == country_name("Iran")
