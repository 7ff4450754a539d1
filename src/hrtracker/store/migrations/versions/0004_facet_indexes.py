"""units: indexes on the facet columns mechanism, year and response

Revision ID: 0004
Revises: 0003
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_units_mechanism", "units", ["mechanism"])
    op.create_index("ix_units_year", "units", ["year"])
    op.create_index("ix_units_response", "units", ["response"])


def downgrade() -> None:
    for name in ("ix_units_mechanism", "ix_units_year", "ix_units_response"):
        op.drop_index(name, table_name="units")
