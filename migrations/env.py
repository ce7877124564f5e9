"""Alembic environment: migrates the URL given by models.db.upgrade_schema (or alembic -x url=...)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

import models.tables  # noqa: F401  (registers the tables on Base.metadata)
from models.db import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations()
