"""The dashboard page (/review/dashboard); its numbers are reckoned in review_ui/dashboard_numbers.py."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from review_ui.dashboard_numbers import compute
from review_ui.rendering import render
from web.deps import ClerkDep, SessionDep, SettingsDep

router = APIRouter(include_in_schema=False)


@router.get("/review/dashboard", response_model=None)
def dashboard_page(request: Request, session: SessionDep, settings: SettingsDep, user: ClerkDep) -> Response:
    numbers = compute(session, settings.minutes_per_order, settings.hourly_cost)
    return render(request, "dashboard.html", user, d=numbers)
