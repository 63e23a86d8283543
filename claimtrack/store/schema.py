"""The store's tables (SQLAlchemy Core), one per kind of contract value.

The columns follow output contract v1 (``shared/design/output-contract.md``):
every span is kept as its text plus ``*_start``/``*_end`` offsets (code points
into ``documents.text``, end-exclusive); times are timezone-aware timestamps.
Values the comparison needs often (a figure's claimant, counted subject and place
keys, the time it refers to; an article's body fingerprint and shingle sketch) are
computed once at write time by :mod:`claimtrack.compare` and stored beside it.

Full-text search over article text is not declared here: it is built per dialect
by the first migration (SQLite: an FTS5 table ``articles_fts`` whose rowid is
``articles.id``; PostgreSQL: a generated ``tsvector`` column ``articles.tsv``
with a GIN index).

``SCHEMA_VERSION`` is the Alembic head revision the code expects.
"""

from __future__ import annotations

from datetime import timezone

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)

SCHEMA_VERSION = "0003_ingest2"

metadata = MetaData()



class UTCDateTime(TypeDecorator):
    """A timezone-aware timestamp stored in UTC on every dialect.

    SQLite has no timestamp type: SQLAlchemy keeps naive ISO strings there, so values
    are converted to UTC before writing and read back with ``tzinfo=UTC``. PostgreSQL
    uses ``timestamptz``. The original offset is not kept; the instant is.

    Raises:
        ValueError: on writing a naive datetime (the contract has only aware times).
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):  # type: ignore[no-untyped-def, override]
        if value is None:
            return None
        if value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: the store needs timezone-aware times")
        value = value.astimezone(timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):  # type: ignore[no-untyped-def, override]
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


TS = UTCDateTime()


def _span(prefix: str, nullable: bool = True) -> list[Column]:
    return [
        Column(prefix, Text, nullable=nullable),
        Column(f"{prefix}_start", Integer, nullable=nullable),
        Column(f"{prefix}_end", Integer, nullable=nullable),
    ]


documents = Table(
    "documents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("path", Text),
    Column("url", Text),
    Column("publisher", Text),  # the outlet that printed it: URL host without "www."
    Column("fetched_at", TS),
    Column("stored_at", TS, nullable=False),
    Column("language", String(16), nullable=False),
    Column("schema", String(32), nullable=False),
    Column("text", Text, nullable=False),
    Column("warnings", Text, nullable=False),  # JSON list of strings
    Column("contract", Text, nullable=False),  # the contract object as JSON, without "text"
)

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(16), nullable=False),  # "a0"
    Column("role", String(16), nullable=False),
    Column("section", Text),
    *_span("headline"),
    Column("dateline_place", Text),
    Column("dateline_agencies", Text),  # "ANP/AFP", null without a dateline
    Column("published", TS),
    Column("published_expr", Text),
    *_span("body", nullable=False),
    Column("fingerprint", String(40), nullable=False),  # exact-copy key of the normalised body
    Column("sketch", String(8 * 32), nullable=False),  # bottom-k shingle sketch for near copies
    UniqueConstraint("document_id", "local_id"),
    Index("ix_articles_fingerprint", "fingerprint"),
)

statements = Table(
    "statements",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(16), nullable=False),  # "s0"
    Column("source_name", Text),  # the first source's canonical name
    Column("source_type", String(8)),
    Column("source_entity_id", Integer, ForeignKey("entities.id")),
    Column("sources", Text, nullable=False),  # JSON list of contract Source objects
    *_span("cue", nullable=False),
    Column("cue_lemma", Text, nullable=False),
    *_span("content", nullable=False),
    Column("kind", String(16), nullable=False),
    *_span("medium"),
    Column("time_value", TS),
    Column("time_expr", Text),
    Column("via", String(16)),
    UniqueConstraint("document_id", "local_id"),
    Index("ix_statements_source_entity", "source_entity_id"),
)

figures = Table(
    "figures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("statement_id", Integer, ForeignKey("statements.id", ondelete="CASCADE")),
    Column("local_id", String(16), nullable=False),  # "f0"
    *_span("span", nullable=False),
    Column("low", Float),
    Column("high", Float),
    Column("approximate", Boolean, nullable=False),
    Column("unit", String(16)),
    *_span("counted"),
    Column("category", String(24), nullable=False),
    *_span("location"),
    Column("time_value", TS),
    Column("time_expr", Text),
    Column("source_name", Text),
    # comparison keys (claimtrack.compare.keys), computed at write time
    Column("claimant", Text),  # who said it: source name, else the wire agency, else the publisher
    Column("claimant_key", Text),
    Column("subject_key", Text),  # normalised counted subject, "" when unknown
    Column("place_key", Text),  # normalised place (figure location, else dateline place), "" when unknown
    Column("refers_to", TS),  # the time the figure is about: its own, the article's, or the fetch time
    *_span("evidence"),  # the statement content holding it, else its sentence
    UniqueConstraint("document_id", "local_id"),
    Index("ix_figures_group", "category", "subject_key"),
    Index("ix_figures_refers_to", "refers_to"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),  # canonical name
    Column("type", String(16), nullable=False),
    Column("key", Text, nullable=False),  # normalised canonical name
    UniqueConstraint("type", "key"),
)

entity_aliases = Table(
    "entity_aliases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("alias", Text, nullable=False),
    Column("key", Text, nullable=False),
    UniqueConstraint("entity_id", "key"),
    Index("ix_entity_aliases_key", "key"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("local_id", String(16), nullable=False),  # the document's own "e0"
    Column("spans", Text, nullable=False),  # JSON list of contract spans
    UniqueConstraint("document_id", "local_id"),
    Index("ix_mentions_entity", "entity_id"),
)

rejects = Table(
    "rejects",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("key", String(64), nullable=False, unique=True),  # sha256 of source + reason: one row per failure
    Column("rejected_at", TS, nullable=False),
)
