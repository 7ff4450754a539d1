"""units, documents: one spelling per State ("Turkey", "Türkiye" -> "Türkiye"), so filters and links match

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op

from hrtracker.extract.unmeta import country_name

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    for table in ("units", "documents"):
        names = conn.execute(sa.text(f"SELECT DISTINCT country FROM {table} WHERE country IS NOT NULL")).scalars()
        for old in list(names):
            new = country_name(old)
            if new != old:
                conn.execute(sa.text(f"UPDATE {table} SET country = :new WHERE country = :old"),
                             {"new": new, "old": old})


def downgrade() -> None:
    pass  # the original spellings are not kept; the canonical ones stay valid
