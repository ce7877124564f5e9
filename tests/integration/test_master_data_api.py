"""Price lists and item cross-references imported through the API, as an admin's script would: the
same per-row report as the command line, admins only."""

from __future__ import annotations

from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import CustomerItemAlias, PriceListEntry, User
from tests.support.service import Service
from web.accounts import create_api_token, ensure_user

pytestmark = pytest.mark.slow


def _post(client: TestClient, path: str, name: str, body: bytes, token: str | None = None):  # type: ignore[no-untyped-def]
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.post(path, files={"file": (name, body, "text/csv")}, headers=headers)


def _price(session: Session, customer_id: str, sku: str) -> Decimal | None:
    return session.scalar(select(PriceListEntry.unit_price).where(
        PriceListEntry.customer_id == customer_id, PriceListEntry.sku == sku))


def test_price_list_import_reports_each_rejected_row(sqlite_service: Service):
    svc = sqlite_service
    prices = (b"customer_id,sku,unit_price\n"
              b"C001,GLV-NIT-S-BLU,10.50\n"
              b"C001,GLV-NIT-S-BLK,-1\n"
              b"C001,GLV-NIT-S-BLK,0\n"
              b"C999,GLV-NIT-S-BLU,9.00\n"
              b"C002,NO-SUCH-SKU,9.00\n")
    with svc.db.session() as s:
        before = _price(s, "C001", "GLV-NIT-S-BLK")
    done = _post(svc.client, "/api/customers/prices/import", "contract.csv", prices)
    assert done.status_code == 200, done.text
    result = done.json()
    assert (result["source"], result["imported"]) == ("contract.csv", 1)
    assert [row for row, _ in result["rejected"]] == [3, 4, 5, 6]
    assert "must be greater than zero" in result["rejected"][0][1]
    assert "unknown customer C999" in result["rejected"][2][1]
    assert "unknown SKU NO-SUCH-SKU" in result["rejected"][3][1]
    with svc.db.session() as s:
        assert _price(s, "C001", "GLV-NIT-S-BLU") == Decimal("10.50")
        assert _price(s, "C001", "GLV-NIT-S-BLK") == before  # neither -1 nor 0 became its price
        assert _price(s, "C002", "NO-SUCH-SKU") is None

    missing = _post(svc.client, "/api/customers/prices/import", "contract.csv", b"customer_id,sku\nC001,X\n")
    assert missing.status_code == 422 and "missing columns unit_price" in missing.json()["detail"]


def test_cross_reference_import_reports_rows_and_is_for_admins_only(sqlite_service: Service):
    svc = sqlite_service
    aliases = (b"customer_id,customer_part,sku\n"
               b"C001,77-100,GLV-NIT-S-BLU\n"
               b"C001,77/100,GLV-NIT-S-BLK\n"
               b"C001,77-200,=HYPERLINK(\"x\")\n")
    result = _post(svc.client, "/api/customers/aliases/import", "xref.csv", aliases).json()
    assert result["imported"] == 1
    assert [row for row, _ in result["rejected"]] == [3, 4]
    assert "already given on line 2" in result["rejected"][0][1]
    assert "formula" in result["rejected"][1][1]
    with svc.db.session() as s:
        assert s.scalar(select(CustomerItemAlias.sku).where(CustomerItemAlias.customer_id == "C001")) \
            == "GLV-NIT-S-BLU"

    # A second file that changes what a part means says so.
    changed = _post(svc.client, "/api/customers/aliases/import", "xref.csv",
                    b"customer_id,customer_part,sku\nC001,77-100,GLV-NIT-S-BLK\n").json()
    assert changed["imported"] == 1 and "now means GLV-NIT-S-BLK, not GLV-NIT-S-BLU" in changed["notes"][0]

    with svc.db.session() as s:
        ensure_user(s, "clerk@master-data.example", "clerk-pass", "clerk")
    with svc.db.session() as s:
        clerk = s.scalar(select(User).where(User.email == "clerk@master-data.example"))
        clerk_token = create_api_token(s, clerk, "clerk's script")
    with TestClient(svc.app) as other:
        for path in ("/api/customers/aliases/import", "/api/customers/prices/import"):
            assert _post(other, path, "x.csv", b"customer_id,sku,unit_price\n", clerk_token).status_code == 403
            assert _post(other, path, "x.csv", b"customer_id,sku,unit_price\n").status_code == 401
