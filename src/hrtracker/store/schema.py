"""SQLAlchemy Core tables: the one place that declares hrtracker's schema.

Alembic migrations in ``store/migrations/versions`` create exactly these tables.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("name", String(512), nullable=False),
    Column("format", String(16), nullable=False),  # txt | md | pdf | docx | html
    Column("doc_type", String(40), nullable=False),  # models.DOC_TYPES
    Column("language", String(8)),
    Column("pages", Integer),
    Column("bytes", Integer, nullable=False),
    Column("country", String(120)),
    Column("year", Integer),
    Column("symbol", String(120)),
    Column("title", Text),
    Column("meta", JSON, nullable=False, default=dict),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

units = Table(
    "units",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE")),
    # imported rows have no document: source names the database, source_key makes re-imports no-ops
    Column("source", String(40), nullable=False, default="document"),
    Column("source_key", String(128), unique=True),
    Column("kind", String(32), nullable=False),
    Column("text", Text, nullable=False),
    Column("start_offset", Integer),
    Column("end_offset", Integer),
    Column("section", Text, nullable=False, default=""),
    Column("mechanism", String(20)),
    Column("source_detail", Text),
    Column("year", Integer),
    Column("status_claim", String(32)),
    Column("country", String(120)),
    Column("recommending_states", JSON, nullable=False, default=list),
    Column("para_number", String(40)),
    Column("response", String(16)),
    Column("cycle", Integer),
    Column("session", Integer),
    Column("fields", JSON, nullable=False, default=dict),
    # latest status event (the audit trail in status_events is the truth; this is its cache)
    Column("status", String(32)),
    Index("ix_units_document", "document_id"),
    Index("ix_units_status", "status"),
    Index("ix_units_mechanism", "mechanism"),
    Index("ix_units_year", "year"),
    Index("ix_units_response", "response"),
    Index("ix_units_country", "country"),
    Index("ix_units_kind", "kind"),
    Index("ix_units_country_para", "country", "para_number"),
)

unit_articles = Table(
    "unit_articles",
    metadata,
    Column("unit_id", Integer, ForeignKey("units.id", ondelete="CASCADE"), primary_key=True),
    Column("article", Integer, primary_key=True),
    Column("origin", String(16), nullable=False, default="rule"),  # rule | model | human | import
    Column("confidence", Float, nullable=False, default=1.0),
    Index("ix_unit_articles_article", "article"),
)

labels = Table(
    "labels",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("unit_id", Integer, ForeignKey("units.id", ondelete="CASCADE"), nullable=False),
    Column("scheme", String(16), nullable=False),  # issue | action (articles live in unit_articles)
    Column("value", String(120), nullable=False),
    Column("confidence", Float, nullable=False, default=1.0),
    Column("origin", String(16), nullable=False),  # model | human | import
    UniqueConstraint("unit_id", "scheme", "value", "origin", name="uq_labels"),
    Index("ix_labels_unit", "unit_id"),
    Index("ix_labels_scheme_value_unit", "scheme", "value", "unit_id"),
)

links = Table(
    "links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("from_unit", Integer, ForeignKey("units.id", ondelete="CASCADE"), nullable=False),
    Column("to_unit", Integer, ForeignKey("units.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(16), nullable=False),  # cites | repeats | echoes
    Column("score", Float, nullable=False),
    Column("origin", String(16), nullable=False, default="model"),
    UniqueConstraint("from_unit", "to_unit", "type", name="uq_links"),
    Index("ix_links_to", "to_unit"),
)

embeddings = Table(
    "embeddings",
    metadata,
    Column("unit_id", Integer, ForeignKey("units.id", ondelete="CASCADE"), primary_key=True),
    Column("model", String(80), nullable=False),
    Column("text_hash", String(64), nullable=False),  # unchanged text + model → no recompute
    Column("vector", LargeBinary, nullable=False),  # float32, L2-normalised
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(80), nullable=False, unique=True),
    Column("role", String(16), nullable=False),  # editor | admin
    Column("password_hash", String(255), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

tokens = Table(
    "tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# the audit trail: a unit's current status is its latest event, never an overwritten column
status_events = Table(
    "status_events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("unit_id", Integer, ForeignKey("units.id", ondelete="CASCADE"), nullable=False),
    Column("status", String(32), nullable=False),
    Column("old_status", String(32)),
    Column("evidence", Text, nullable=False, default=""),
    Column("source", Text, nullable=False, default=""),
    Column("note", Text, nullable=False, default=""),
    Column("who", String(80), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_status_unit", "unit_id"),
)

STATUSES = ("not_implemented", "partially_implemented", "implemented", "unknown")
