"""The small dataclasses that flow through the pipeline: Document → Units → Labels / Links.

Every stage (readers, extract, classify, link, importers) takes and returns these; only the
store turns them into rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("recommendation", "question", "cited_recommendation")
MECHANISMS = (
    "HRC", "CAT", "CEDAW", "CRC", "CERD", "CESCR", "UPR", "SR", "HRCouncil", "OSCE", "ILO", "other",
)
STATUS_CLAIMS = ("not_implemented", "partially_implemented", "implemented", "unknown")
RESPONSES = ("accepted", "noted", "pending")
# document types decided by extract.detect (``--type`` overrides)
DOC_TYPES = (
    "ngo_report", "upr_wg_report", "upr_state_responses", "concluding_observations",
    "followup_assessment", "upr_matrix", "upr_summary",
)


@dataclass
class Block:
    """A structural piece of a document's text: ``text[start:end]``."""

    kind: str  # heading | paragraph | list_item | footnote | table_cell
    start: int
    end: int
    page: int | None = None
    level: int | None = None  # heading level (1 = top), or a list item's depth of nesting (0 = top), when known
    marker: str | None = None  # list marker as written ("1)", "a)", "-", "93.12.") when known
    cell: tuple[int, int, int] | None = None  # a table cell's (table, row, column), counted from 0


@dataclass
class Document:
    """One file a user gave us, read into normalised text plus structure."""

    name: str  # file name, e.g. "report.pdf"
    text: str  # normalised body text (LF line ends); blocks and units point into it
    blocks: list[Block] = field(default_factory=list)
    format: str = "txt"  # txt | md | pdf | docx | html | csv
    sha256: str = ""
    bytes: int = 0
    pages: int | None = None
    language: str | None = None  # "en", "ru", ...
    # metadata found in the file (provenance header, PDF metadata, symbol): title, country,
    # year, symbol, type, source ... all optional strings
    meta: dict[str, str] = field(default_factory=dict)
    footnotes: dict[str, str] = field(default_factory=dict)  # footnote number -> text

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]


@dataclass
class Label:
    """A classification of a unit under one scheme (article | issue | action)."""

    scheme: str
    value: str
    confidence: float = 1.0
    origin: str = "rule"  # rule | model | human | import


@dataclass
class Unit:
    """One extracted (or imported) recommendation, question or cited recommendation."""

    kind: str
    text: str
    start: int | None = None  # offsets into Document.text (None for imported rows)
    end: int | None = None
    section: str = ""
    articles: list[int] = field(default_factory=list)
    mechanism: str | None = None
    source_detail: str | None = None
    year: int | None = None
    status_claim: str | None = None
    country: str | None = None  # State under review
    recommending_states: list[str] = field(default_factory=list)
    para_number: str | None = None
    response: str | None = None  # accepted | noted | pending
    cycle: int | None = None
    session: int | None = None
    fields: dict[str, Any] = field(default_factory=dict)  # type-specific extras
    labels: list[Label] = field(default_factory=list)


@dataclass
class Update:
    """A statement one document makes about units of another one.

    A State-responses addendum gives the position on a WG report's recommendation number; a
    follow-up assessment gives a grade (A–E) on a concluding-observations paragraph. The service
    applies each update to the stored units of the same ``country`` whose ``para_number``
    matches (and, when given, whose ``symbol`` / ``year`` match).
    """

    field: str  # "response" (accepted | noted | pending) or "status" (an implementation status)
    value: str
    para_number: str | None = None
    country: str | None = None
    symbol: str | None = None  # symbol of the document the recommendation comes from, if known
    year: int | None = None  # year of the recommendation, if known
    evidence: str = ""  # the sentence that states it
    fields: dict[str, Any] = field(default_factory=dict)  # e.g. {"grade": "B"}


@dataclass
class Extraction:
    """What one extractor finds in one document."""

    doc_type: str
    units: list[Unit] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    # document-level facts the extractor found: country, year, symbol, mechanism, cycle, session
    meta: dict[str, Any] = field(default_factory=dict)
