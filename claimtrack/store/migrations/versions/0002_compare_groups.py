"""Kept figure groups: events, figure keys, groups and people's corrections (track compare).

Revision ID: 0002_compare
Revises: 0001
Create Date: 2026-12-06

The tables are those of :mod:`claimtrack.store.groups`. A store written before
this revision has its groups built on first read (``claimtrack.store.groups.catch_up``).
"""

from alembic import op

from claimtrack.store import groups

revision = "0002_compare"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    groups.metadata.create_all(op.get_bind())


def downgrade() -> None:
    groups.metadata.drop_all(op.get_bind())
