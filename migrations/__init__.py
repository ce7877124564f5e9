"""Alembic migrations; the app runs them itself on start (models.db.upgrade_schema)."""
