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
