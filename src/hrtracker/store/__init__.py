"""The store: SQLAlchemy Core over SQLite (FTS5) or PostgreSQL; the only place that knows SQL."""

from .database import FACETS, Filters, Page, Store, db_url

__all__ = ["FACETS", "Filters", "Page", "Store", "db_url"]
