"""labels: covering index (scheme, value, unit_id) for the issue facet and filter

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_labels_scheme_value", table_name="labels")
    op.create_index("ix_labels_scheme_value_unit", "labels", ["scheme", "value", "unit_id"])


def downgrade() -> None:
    op.drop_index("ix_labels_scheme_value_unit", table_name="labels")
    op.create_index("ix_labels_scheme_value", "labels", ["scheme", "value"])
