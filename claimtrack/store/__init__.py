"""The store: documents, articles, statements, figures, entities and rejects in SQL.

* :func:`connect` opens (and migrates) a store: SQLite by default, PostgreSQL by URL;
* :func:`store_extraction` writes one :class:`~claimtrack.model.Extraction` in one
  transaction, idempotent by the document's sha256;
* :mod:`claimtrack.store.queries` is the read API (plain dataclass results).
"""

from claimtrack.store.db import DEFAULT_URL, connect, migrate, normalise_url
from claimtrack.store.write import (
    StoreResult,
    has_document,
    store_extraction,
    store_reject,
)

__all__ = [
    "DEFAULT_URL",
    "StoreResult",
    "connect",
    "has_document",
    "migrate",
    "normalise_url",
    "store_extraction",
    "store_reject",
]
