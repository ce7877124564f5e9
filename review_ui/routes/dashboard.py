"""The dashboard page (/review/dashboard); its numbers are reckoned in review_ui/dashboard_numbers.py. An
admin also sees each connector's circuit breaker (orchestration/breakers.py): whether the ERP, inventory
and shipping sides are called or waited out, which otherwise only `order-intake jobs breakers` showed."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from models.tables import utcnow
from orchestration.breakers import states
from review_ui.dashboard_numbers import compute
from review_ui.rendering import render
from web.deps import ClerkDep, SessionDep, SettingsDep

router = APIRouter(include_in_schema=False)


@router.get("/review/dashboard", response_model=None)
def dashboard_page(request: Request, session: SessionDep, settings: SettingsDep, user: ClerkDep) -> Response:
    numbers = compute(session, settings.minutes_per_order, settings.hourly_cost)
    # The last error may name the other side's hosts and paths: admins only, as on the API.
    breakers = states(session) if user.role == "admin" else None
    return render(request, "dashboard.html", user, d=numbers, breakers=breakers, now=utcnow())
