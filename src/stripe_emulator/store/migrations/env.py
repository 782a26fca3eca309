"""Alembic environment: runs the migrations on the connection `store.migrate` hands over.

There is no alembic.ini and no offline mode: `store.migrate` builds the configuration and
passes its open connection in `config.attributes["connection"]`. `target_metadata` is the
head schema (`store.tables`), what autogenerate compares a database with.
"""

from __future__ import annotations

from alembic import context

from stripe_emulator.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
