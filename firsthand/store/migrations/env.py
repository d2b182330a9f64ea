"""Alembic environment: runs on the connection the app hands over."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from firsthand.store import models  # noqa: F401  (registers the tables)
from firsthand.store.migrate import include_object

target_metadata = SQLModel.metadata


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Firsthand migrations run through firsthand.store.migrate")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
