"""What the NGO extractor knows about the document while it walks it, and how a unit's text is cleaned."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...models import Document, Unit
from ..articles import TREATY_ARTICLE, explicit_articles, keyword_articles
from ..mechanisms import (
    ICCPR_DOC,
    doc_committee,
)
from ..textutil import clean, collapse
from .segments import (
    Seg,
)

# (not a paragraph cross-reference: "see [29](b) above", "at [20] to [28]")
_BRACKET_REF = re.compile(r"(?<!\bsee)(?<!\bat)(?<!\bto)(?<!\band)\s?\[(?:\^?\d{1,3}|\^[\w-]{1,20})\]")
_FOOTREF = re.compile(r"(?<!\d[.,])(?<=[.,;:”\"’)\]])\s?\d{1,3}(?=\s|$)|(?<=[a-z])\d{1,2}(?=[.,;]?\s*$)"
                      r"|(?<=[а-яё])\d{1,2}(?=[.,;:]?(?:\s|$))")  # "года5;": a note number glued to a Russian word




@dataclass
class Item:
    seg: Seg
    start: int  # flat offset where the unit text begins
    level: int
    text: str  # flat text (marker included)
    extra: list[Seg] = field(default_factory=list)


class Ctx:
    """Section context while walking the document."""

    def __init__(self, iccpr: bool = True) -> None:
        self.section = ""
        self.topic = ""  # last heading that is not a recommendations / questions label
        self.topic_body: list[str] = []
        self.parents: list[tuple[int, str]] = []  # enclosing headings of known level, outermost first
        self.iccpr = iccpr  # the report is about the Covenant: a bare "Article 19" heading is its article
        self.covenant = True  # "the Covenant" is the ICCPR (not in a report to CESCR)
        self.recent_cited: list[Unit] = []  # cited recommendations of the last paragraph / list
        self.last_cited_mech: str | None = None  # the body of the recommendation cited last (what "He also" is)
        self.claimed: set[int] = set()  # ids of units whose status is only the State's claim so far
        self.inferred: set[int] = set()  # ids of units whose status was read from the facts only
        self.undecided: set[int] = set()  # ids of units the authors say they cannot assess ("unknown" on purpose)
        self.body_started = False  # a paragraph of running text (a full sentence) has been seen
        self.source_below = False  # the paragraph after a quotation was its source line (attributed_quote)
        self.committee: str | None = None  # the treaty body a bare "the Committee" is (bare_committee)
        self.doc_committee = "other"  # the same, "other" when the report names none (doc_committee)
        # "SR" when the report is addressed to a special procedure ("Follow-up submission to the Special
        # Rapporteur on ..."): a request quoted with no body named is that mandate's
        self.addressee: str | None = None
        self.addressee_year: int | None = None  # the year of that mandate's report the opening names by symbol
        # the report's title names the UPR ("Бесагашия после четвёртого цикла УПО"): States named as a subject
        # recommend there
        self.upr_report = False
        # the report's own status scale: "on track" -> (partially_implemented, its definition in the legend)
        self.scale: dict[str, tuple[str, str]] = {}
        self.minorities: re.Pattern[str] | None = None  # the peoples the report names as minorities (article 27)

    def heading(self, text: str, level: int | None) -> None:
        """Enter a new section with heading ``text`` (``level`` 1 = top, None when unknown).

        A heading of unknown level in ordinary case ("Summary", "Our assessment") under a numbered one
        ("E. FREEDOM OF EXPRESSION (ARTS. 17 AND 19)") is its sub-heading; one in capitals starts anew."""
        self.section = text
        self.topic = text
        self.topic_body = []
        self.recent_cited = []
        if level is None and self.parents and not text.isupper():
            level = self.parents[-1][0] + 1
        if level is None:
            self.parents = []
            return
        self.parents = [p for p in self.parents if p[0] < level] + [(level, text)]

    def new_block_section(self, text: str, level: int | None) -> None:
        """A numbered recommendations / questions heading: it is the section; one as high as the
        current topic ("4. Suggested questions" after "3. Assembly (art. 21)") ends that topic."""
        self.section = text
        if level is not None and self.parents and level <= self.parents[-1][0]:
            self.parents = [p for p in self.parents if p[0] < level]
            self.topic = ""
            self.topic_body = []

    def context_articles(self, label: str = "") -> list[int]:
        heads = [label, self.section, self.topic] + [t for _, t in reversed(self.parents) if t != self.topic]
        for t in heads:
            if t:
                found = explicit_articles(t, heading=self.iccpr, bare=self.iccpr, covenant=self.covenant)
                if found:
                    return found
        return []




_PART_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[A-Z]|[IVX]{1,5})[.)]\s")


def unit_articles(text: str, ctx: Ctx, label: str = "") -> list[int]:
    found = set(explicit_articles(text, bare=ctx.iccpr, covenant=ctx.covenant)) | set(ctx.context_articles(label))
    if not found:
        found = (set(keyword_articles(text)) | set(keyword_articles(ctx.section, heading=True))
                 | set(keyword_articles(ctx.topic, heading=True)))
        if ctx.minorities is not None and ctx.minorities.search(text):
            found.add(27)  # "Extend bilingual education to the Kesh children": a minority the report introduced
        # "Summary" under "F. MINORITIES": the subject of the numbered part it is in (not of the report's title)
        outer = [t for _, t in ctx.parents if t not in (ctx.section, ctx.topic) and _PART_NUMBER.match(t)]
        if not found and outer:
            found = set(keyword_articles(outer[-1], heading=True))
    if ctx.doc_committee in TREATY_ARTICLE:
        found.add(TREATY_ARTICLE[ctx.doc_committee])
    return sorted(found)


_NUM_ABBREV = re.compile(r"\b(?:no|nos|nr|para|paras|art|arts|p|pp|vol|ch|sec|section|article|ст|п|ч|гл)\.\s?$|№\s?$",
                         re.I)


def _drop_footref(m: re.Match[str]) -> str:
    """A footnote number glued to the text is dropped; a number after "No." / "para." / "ст." is kept."""
    return m.group(0) if _NUM_ABBREV.search(m.string[max(0, m.start() - 10) : m.start() + 1]) else ""


def clean_unit(text: str) -> str:
    return collapse(_FOOTREF.sub(_drop_footref, _BRACKET_REF.sub("", clean(text))))


_OTHER_TREATY = re.compile(
    r"Committee against Torture|Convention against Torture|Discrimination against Women|Rights of the Child|"
    r"Racial Discrimination|Economic,? Social and Cultural Rights|Rights of Persons with Disabilities|"
    r"Migrant Workers|Enforced Disappearance|\b(?:CAT|CEDAW|CRC|CERD|CESCR|CRPD|CMW|CED)/C/|"
    r"Комитет\w* (?:ООН )?против пыток|Конвенци\w+ против пыток|дискриминации в отношении женщин|прав\w* ребенка|"
    r"расовой дискриминации",
    re.I,
)


def report_opening(doc: Document) -> str:
    """The document's text with its titles first: an HTML page's <title> and title block name the body it
    addresses when the page's own header was dropped as navigation."""
    meta = doc.meta or {}
    # the page's <title>, and its own title block ("Submission to the UN Committee against Torture ...") when
    # the main-text extraction dropped it (readers.html)
    heads = [t for t in (meta.get("title", ""), meta.get("page_title", ""), meta.get("header", ""))
             if t and t not in doc.text[:2000]]
    return "\n\n".join([*heads, doc.text])


def is_iccpr_report(text: str) -> bool:
    """Whether the report is about the ICCPR: its opening names the Covenant / Human Rights Committee,
    or no other treaty. In a report to CAT or CEDAW "Article 2" is that Convention's article."""
    head = text[:3000]
    if doc_committee(head) == "CESCR":
        return False
    if ICCPR_DOC.search(head):
        return True
    return not _OTHER_TREATY.search(head)
