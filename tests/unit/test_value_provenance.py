"""Each value of a line carries where it was read, where the source tells values apart: a sheet's
cell, a CSV's column, a PDF table cell's box (ruled or laid out by alignment), an X12 element, a UBL
path; and the order line keeps them under its provenance's "values"."""

from __future__ import annotations

import io

import openpyxl

from extractors.registry import extract_part
from models.schemas import Part
from tests.support.documents import ROWS, ruled_pdf, unruled_pdf


def _read(data: bytes, media_type: str, name: str):  # type: ignore[no-untyped-def]
    extraction = extract_part(Part(0, "attachment", media_type, name, data))
    assert extraction.error is None and extraction.lines
    return extraction.lines


def test_a_sheet_names_the_cell_of_each_value():
    book = openpyxl.Workbook()
    sheet = book.active
    for col, name in enumerate(["Part #", "Description", "Quantity", "UOM", "Price"], start=2):
        sheet.cell(row=5, column=col, value=name)
    for r, row in enumerate(ROWS[1:], start=6):
        for col, value in enumerate([row[0], row[1], int(row[2]), row[3], float(row[4])], start=2):
            sheet.cell(row=r, column=col, value=value)
    out = io.BytesIO()
    book.save(out)
    second = _read(out.getvalue(), "application/octet-stream", "order.xlsx")[1]
    cells = {name: prov.cell for name, prov in second.values.items()}
    assert cells == {"item_code": "B7", "description": "C7", "quantity": "D7", "uom": "E7", "unit_price": "F7"}
    assert second.provenance_json()["values"]["quantity"]["cell"] == "D7"


def test_pdf_cells_ruled_and_unruled_sit_inside_their_row_left_to_right():
    for pdf in (ruled_pdf(), unruled_pdf()):
        for line in _read(pdf, "application/pdf", "po.pdf"):
            row = line.provenance.bbox
            boxes = {name: line.values[name].bbox for name in ("item_code", "description", "quantity")}
            for box in boxes.values():
                assert row[0] - 1 <= box[0] < box[2] <= row[2] + 1  # within the row's width
                assert box[3] - box[1] < 40  # a cell, not the page
            assert boxes["item_code"][2] <= boxes["description"][0] + 1  # code, then description
            assert boxes["description"][2] <= boxes["quantity"][0] + 1  # then quantity


def test_x12_elements_and_ubl_paths_name_each_value():
    x12 = ("ISA*00*          *00*          *ZZ*BUYER          *ZZ*SELLER         *261120*1200*U*00401*000000001*0*P*>~"
           "GS*PO*BUYER*SELLER*20261120*1200*1*X*004010~ST*850*0001~BEG*00*SA*PO-1**20261120~"
           "PO1*1*10*CA*12.50**BP*THEIRS-9*VN*GLV-NIT-L-BLU~CTT*1~SE*5*0001~GE*1*1~IEA*1*000000001~")
    line = _read(x12.encode(), "application/edi-x12", "po.edi")[0]
    assert {name: prov.cell for name, prov in line.values.items()} == {
        "quantity": "PO1[1]02", "uom": "PO1[1]03", "unit_price": "PO1[1]04", "item_code": "PO1[1]09",
        "customer_part": "PO1[1]07"}
    ubl = b"""<?xml version="1.0"?>
<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"
 xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:ID>PO-2</cbc:ID><cbc:IssueDate>2026-11-20</cbc:IssueDate>
 <cac:OrderLine><cac:LineItem><cbc:ID>1</cbc:ID><cbc:Quantity unitCode="EA">4</cbc:Quantity>
  <cac:Price><cbc:PriceAmount currencyID="EUR">3.10</cbc:PriceAmount></cac:Price>
  <cac:Item><cbc:Name>Cable ties</cbc:Name><cac:SellersItemIdentification><cbc:ID>TIE-08-BLK</cbc:ID>
  </cac:SellersItemIdentification></cac:Item></cac:LineItem></cac:OrderLine>
</Order>"""
    line = _read(ubl, "application/xml", "order.xml")[0]
    paths = {name: prov.cell for name, prov in line.values.items()}
    assert paths["quantity"].endswith("/LineItem/Quantity")
    assert paths["unit_price"].endswith("/Price/PriceAmount")
    assert paths["item_code"].endswith("/SellersItemIdentification/ID")
    assert paths["description"].endswith("/Item/Name")
