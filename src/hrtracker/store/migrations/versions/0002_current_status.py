"""units.status: the current implementation status (latest status event), kept for fast facets

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("units") as b:
        b.add_column(sa.Column("status", sa.String(32), nullable=True))
        b.create_index("ix_units_status", ["status"])
    op.execute(
        "UPDATE units SET status = (SELECT se.status FROM status_events se WHERE se.unit_id = units.id "
        "ORDER BY se.id DESC LIMIT 1)"
    )


def downgrade() -> None:
    with op.batch_alter_table("units") as b:
        b.drop_index("ix_units_status")
        b.drop_column("status")
