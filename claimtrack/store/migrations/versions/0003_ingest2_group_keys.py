"""What each kept group counts, so that a new document regroups only the groups it touches (track ingest2).

Revision ID: 0003_ingest2
Revises: 0002_compare
Create Date: 2026-12-07

Adds ``compare_groups.base`` (JSON ``[unit, quantity, scope]``, see
:func:`claimtrack.store.groups.base_key`). Groups kept before have none: their event
is regrouped whole the next time a document joins it, which fills it in.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_ingest2"
down_revision = "0002_compare"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # 0002 creates the tables from the current metadata, so a new store has the column already
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("compare_groups")}
    if "base" not in columns:
        op.add_column("compare_groups", sa.Column("base", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("compare_groups") as batch:
        batch.drop_column("base")
