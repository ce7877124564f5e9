"""Column names ERP exports and purchasing systems print, read as what they hold: SAP's "Short Text" (the
description), prices "ex GST" / "inc GST", and a flat export's delivery place spread over columns
("DELIVERY_LOCATION_CODE", "DELIVERY_SUBURB") that is the ship-to, never the goods. Made-up files."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.registry import extract_part
from extractors.tabular import classify_header
from models.schemas import Part


@pytest.mark.parametrize(("name", "field"), [
    ("Short Text", "description"), ("Material Short Text", "description"), ("Material", "item_code"),
    ("Price ex GST", "unit_price"), ("Unit Price ex GST", "unit_price"), ("Price (ex VAT)", "unit_price"),
    ("Amount inc GST", "line_total"), ("GST", None),
    ("DELIVERY_LOCATION_CODE", None), ("Location Code", None), ("DELIVERY_LOCATION_NAME", "ship_to_name"),
    ("DELIVERY_ADDRESS_1", "ship_to_street"), ("DELIVERY_SUBURB", "ship_to_city"), ("DELIVERY_STATE", "ship_to_region"),
    ("DELIVERY_POSTCODE", "ship_to_postal"), ("Item Code", "item_code"),
    # a bilingual form's names, said twice
    ("Qte / Qty", "quantity"), ("Prix / Price", "unit_price"), ("Unite / Unit", "uom"),
])
def test_what_each_column_holds(name: str, field: str | None):
    assert classify_header(name) == field


def test_a_flat_exports_delivery_columns_are_its_ship_to_not_its_goods():
    csv = ("PO_NUMBER,PO_DATE,DELIVERY_LOCATION_CODE,DELIVERY_LOCATION_NAME,DELIVERY_ADDRESS_1,DELIVERY_SUBURB,"
           "DELIVERY_STATE,DELIVERY_POSTCODE,LINE,MATERIAL,DESCRIPTION,QTY,UOM,NET_PRICE\n"
           "KV-1188,2026-12-04,2210,Wattle Grove Plaza,12 Banksia Rd,WATTLE GROVE,NSW,2173,10,10002231,VEE BELT A34,"
           "12,EA,11.20\n"
           "KV-1188,2026-12-04,2210,Wattle Grove Plaza,12 Banksia Rd,WATTLE GROVE,NSW,2173,20,10002240,VEE BELT 4L380,"
           "6,EA,9.10\n")
    ex = extract_part(Part(0, "attachment", "text/csv", "po.csv", csv.encode()))
    assert [(ln.item_code, ln.description, ln.quantity) for ln in ex.lines] == [
        ("10002231", "VEE BELT A34", Decimal(12)), ("10002240", "VEE BELT 4L380", Decimal(6))]
    assert ex.header.ship_to is not None
    a = ex.header.ship_to.value
    assert (a.name, a.street, a.city, a.region, a.postal_code) == (
        "Wattle Grove Plaza", "12 Banksia Rd", "WATTLE GROVE", "NSW", "2173")


@pytest.mark.parametrize(("title", "buyer"), [
    ("Fraser Peaks Restaurant Group - Supply Order", "Fraser Peaks Restaurant Group"),
    ("Lakeshore Diner Co. - weekly supply order", "Lakeshore Diner Co."),
    ("Weekly order", None), ("Order form", None),
])
def test_a_sheets_title_names_who_orders(title: str, buyer: str | None):
    csv = f"{title},,\nPO,LD-1219,\n,,\nItem,Qty,Unit\nDegreaser 4x1gal,2,case\nGlass cleaner 32oz,1,case\n"
    ex = extract_part(Part(0, "attachment", "text/csv", "order.csv", csv.encode()))
    assert len(ex.lines) == 2
    assert (ex.header.buyer.value if ex.header.buyer else None) == buyer
