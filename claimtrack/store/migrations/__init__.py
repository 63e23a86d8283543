"""Alembic migrations of the store, run programmatically by :func:`claimtrack.store.db.connect`."""
