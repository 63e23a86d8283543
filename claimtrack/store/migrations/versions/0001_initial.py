"""The first schema: documents, articles, statements, figures, entities, rejects, full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-11-30

The tables are those of :mod:`claimtrack.store.schema` at version 0001. Later
changes to the schema go into new revisions written with ``op.*`` calls.
Full-text search is per dialect: SQLite gets an FTS5 table ``articles_fts``
(rowid = ``articles.id``; columns headline, body; diacritics folded), PostgreSQL a
``tsvector`` column ``articles.tsv`` (``simple`` configuration, filled at write
time) with a GIN index.
"""

import sqlalchemy as sa
from alembic import op

from claimtrack.store import schema

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    schema.metadata.create_all(bind)
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
            "headline, body, tokenize='unicode61 remove_diacritics 2')"
        )
    elif bind.dialect.name == "postgresql":
        op.add_column("articles", sa.Column("tsv", sa.dialects.postgresql.TSVECTOR()))
        op.create_index("ix_articles_tsv", "articles", ["tsv"], postgresql_using="gin")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    schema.metadata.drop_all(bind)
