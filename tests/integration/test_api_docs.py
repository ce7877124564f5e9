"""The API documentation works on a server without internet: Swagger UI and ReDoc load their scripts
and styles from this service, not from a CDN."""

from __future__ import annotations

import re

import pytest

from tests.support.service import Service

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_api_docs_load_everything_from_this_service(sqlite_service: Service, page: str):
    client = sqlite_service.client
    response = client.get(page)
    assert response.status_code == 200
    assets = re.findall(r"""(?:src|href|url)\s*[:=]\s*["']([^"']+)["']""", response.text)
    assert assets and all(a.startswith("/") for a in assets), assets  # nothing from another host
    for asset in assets:
        assert client.get(asset).status_code == 200, asset
    assert any(a.endswith(".js") for a in assets)


def test_the_api_declares_its_bearer_token_so_the_docs_can_authorize(sqlite_service: Service):
    """/docs offers an Authorize button only for a security scheme the OpenAPI declares: the API's token is a
    Bearer header, declared once and required by every /api route (login pages and the status page excepted)."""
    spec = sqlite_service.client.get("/openapi.json").json()
    schemes = spec.get("components", {}).get("securitySchemes", {})
    assert any(s.get("type") == "http" and s.get("scheme", "").lower() == "bearer" for s in schemes.values()), schemes
    api_ops = [op for path, ops in spec["paths"].items() if path.startswith("/api/") for op in ops.values()]
    assert api_ops and all(op.get("security") for op in api_ops)
