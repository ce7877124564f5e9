"""Probes: `/healthz` (the process answers) and `/readyz` (the database answers and its schema is at the
migrations' head). No login: an orchestrator or load balancer calls them, and they reveal nothing."""

from __future__ import annotations

from functools import lru_cache

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from models.db import MIGRATIONS_DIR
from web.deps import DbDep

router = APIRouter(tags=["health"])


@lru_cache(maxsize=1)
def expected_heads() -> frozenset[str]:
    """The migrations this code was shipped with (read once: they do not change while it runs)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return frozenset(ScriptDirectory.from_config(cfg).get_heads())


@router.get("/healthz")
def healthz() -> dict[str, str]:
    """The process is up and serving requests; says nothing about the database, on purpose, so a
    database outage does not get every replica restarted."""
    return {"status": "ok"}


@router.get("/readyz")
def readyz(db: DbDep) -> JSONResponse:
    """Ready to take work: the database answers and its schema is the one this code expects."""
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            current = frozenset(MigrationContext.configure(conn).get_current_heads())
    except Exception as exc:  # any failure to reach the database means not ready, with the reason
        return JSONResponse({"status": "unavailable", "database": f"{type(exc).__name__}: {exc}"[:500]},
                            status_code=503)
    expected = expected_heads()
    if current != expected:
        return JSONResponse({"status": "unavailable", "database": "ok",
                             "migrations": f"database at {sorted(current) or 'no revision'}, "
                                           f"code expects {sorted(expected)}"}, status_code=503)
    return JSONResponse({"status": "ok", "database": "ok", "migrations": sorted(current)})
