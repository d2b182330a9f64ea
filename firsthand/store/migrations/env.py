"""Alembic environment: runs on the connection the app hands over."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlmodel import SQLModel

from firsthand.store import models  # noqa: F401  (registers the tables)

target_metadata = SQLModel.metadata


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """FTS5 tables and their shadow tables are created by hand, not by the models."""
    return not (type_ == "table" and name is not None and name.startswith("post_fts"))


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
