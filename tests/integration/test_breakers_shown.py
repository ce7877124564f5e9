"""Each connector's circuit breaker, shown to admins (issue 18, item 5): before, its state was only in
`order-intake jobs breakers`, so an admin looking at the review screen or a monitoring script calling the
API could not tell that the ERP was being waited out and why. Now the dashboard shows an admin each
connector's breaker, and GET /api/connectors/breakers answers an admin or an admin's token; a clerk
sees neither (the last error may name the other side's hosts)."""

from __future__ import annotations

from orchestration import breakers
from tests.support.service import Service, log_in

ERROR = "timed out after 30 s calling https://erp.internal.example/api/orders"


def test_an_open_breaker_is_shown_to_admins_on_the_dashboard_and_the_api(sqlite_service: Service):
    svc = sqlite_service
    api = svc.client
    listed = api.get("/api/connectors/breakers")
    assert listed.status_code == 200 and listed.json() == []
    for _ in range(svc.settings.connector_breaker_failures):
        breakers.failed(svc.db, "erp", ERROR, svc.settings)
    breakers.failed(svc.db, "shipping", "connection refused", svc.settings)  # one failure: still closed

    listed = api.get("/api/connectors/breakers")
    assert listed.status_code == 200, listed.text
    by_name = {b["connector"]: b for b in listed.json()}
    erp = by_name["erp"]
    assert erp["state"] == "open" and erp["failures_in_a_row"] == svc.settings.connector_breaker_failures
    assert erp["last_error"] == ERROR and erp["open_until"] and 0 < erp["seconds_left"] <= \
        svc.settings.connector_breaker_cooldown_s
    assert by_name["shipping"]["state"] == "closed" and by_name["shipping"]["open_until"] is None
    assert "/api/connectors/breakers" in api.get("/openapi.json").json()["paths"]

    log_in(svc, "api@test.example", "api-password")  # an admin
    page = svc.client.get("/review/dashboard")
    assert page.status_code == 200
    assert 'id="breakers"' in page.text
    assert 'data-connector="erp" data-state="open"' in page.text and "its jobs wait" in page.text
    assert ERROR in page.text and 'data-connector="shipping" data-state="closed"' in page.text

    svc.client.post("/logout", data={})
    svc.client.cookies.clear()
    log_in(svc)  # the demo's clerk
    page = svc.client.get("/review/dashboard")
    assert page.status_code == 200 and 'id="breakers"' not in page.text and ERROR not in page.text
    assert svc.client.get("/api/connectors/breakers").status_code == 403
