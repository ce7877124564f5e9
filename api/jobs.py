"""Jobs: the durable queue seen from outside; dead letters listed and retried by hand."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request, status
from pydantic import BaseModel, ConfigDict

from models.bounds import INT_MAX
from models.status import JobStatus
from models.tables import Job, User
from orchestration import dead_letters
from web.deps import ApiUser, RowId, SessionDep

router = APIRouter(prefix="/api/jobs", tags=["jobs"])


class JobOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    status: str
    order_id: int | None
    message_id: int | None
    attempts: int
    max_attempts: int
    last_error: str | None
    run_after: datetime
    created_at: datetime
    finished_at: datetime | None
    idempotency_key: str


def operator(request: Request, user: ApiUser) -> User:
    """Retrying sends an order to other systems again: an admin's session, or an API token (a script
    or the lead's own tooling), not any clerk's cookie."""
    via_token = request.headers.get("authorization", "").lower().startswith("bearer ")
    if not via_token and user.role != "admin":
        raise HTTPException(status.HTTP_403_FORBIDDEN, "retrying a job needs an admin or an API token")
    return user


Operator = Annotated[User, Depends(operator)]


@router.get("", response_model=list[JobOut])
def list_jobs(session: SessionDep, user: ApiUser,
              status_filter: Annotated[str, Query(alias="status")] = JobStatus.DEAD,
              order_id: Annotated[int | None, Query(ge=1, le=INT_MAX)] = None,
              limit: Annotated[int, Query(ge=1)] = 100) -> list[JobOut]:
    """`?status=dead` (the default) lists dead letters, newest first; `?status=all` lists every job."""
    try:
        views = dead_letters.list_jobs(session, None if status_filter == "all" else status_filter, order_id, limit)
    except ValueError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(exc)) from None
    return [JobOut.model_validate(v) for v in views]


@router.get("/{job_id}", response_model=JobOut)
def get_job(job_id: RowId, session: SessionDep, user: ApiUser) -> JobOut:
    job = session.get(Job, job_id)
    if job is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such job")
    return JobOut.model_validate(dead_letters.JobView.of(job))


@router.post("/{job_id}/retry", response_model=JobOut)
def retry_job(job_id: RowId, session: SessionDep, user: Operator) -> JobOut:
    try:
        view = dead_letters.retry(session, job_id, user.email)
    except dead_letters.NoSuchJob as exc:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(exc)) from None
    except dead_letters.RetryRefused as exc:
        raise HTTPException(status.HTTP_409_CONFLICT, str(exc)) from None
    return JobOut.model_validate(view)
