"""Alembic environment: runs on the connection :func:`claimtrack.store.db.migrate` passes in.

There is no ``alembic.ini``; the configuration is built in code, and the
connection arrives in ``config.attributes["connection"]``.
"""

from __future__ import annotations

from alembic import context

from claimtrack.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
