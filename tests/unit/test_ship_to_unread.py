"""A purchase order printed as a document names where its goods go: when no ship-to could be read from
it (a delivery block under a label nobody reads: "UNLOADING POINT:"), the order must not go, unseen,
to the customer's default address. Every document here is made up."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from config import Settings
from matching.decision import decide
from matching.order_matching import StaticKnowledge, match_order
from models.db import Database
from models.schemas import Address, CustomerMatch, ExtractedHeader, ExtractedLine, Field, Provenance
from tests.support.messages import email_with_attachment, file_email
from tests.unit.test_matching import CATALOG

_ON_FILE = Address("Acme DC", "1 Dock Rd", "Springfield", "IL", "62701")
_CUSTOMER = CustomerMatch("C1", "Acme Retail", "domain", 0.97)


def _codes(ship_to: Address | None, kind: str) -> list[str]:
    line = ExtractedLine("10 x GLV-NIT-L-BLU", Decimal(10), item_code="GLV-NIT-L-BLU",
                         provenance=Provenance(kind=kind, page=1, bbox=(40, 600, 560, 612)))
    header = ExtractedHeader(po_number=Field("PO-1", 0.9), ship_to=Field(ship_to, 0.9) if ship_to else None)
    matched = match_order(header, [line], _CUSTOMER, CATALOG, StaticKnowledge(known_addresses={"C1": [_ON_FILE]}))
    return [r.code for r in decide(matched, 0.95).reasons]


def test_a_printed_order_whose_ship_to_was_not_read_goes_to_a_clerk():
    assert _codes(None, "pdf") == ["ship_to_unread"]
    # Read, and on file: where it goes is known.
    assert _codes(Address("Acme DC", "1 Dock Road", "Springfield", "IL", "62701"), "pdf") == []


@pytest.mark.parametrize("kind", ["text", "html", "sheet", "csv", "edi"])
def test_an_order_in_words_rows_or_segments_may_name_no_place(kind: str):
    # An email, a spreadsheet or an EDI order that names no place goes to the address on file: nothing was
    # printed there that the reading could have missed.
    assert _codes(None, kind) == []


def _hotel_po(label: str) -> bytes:
    """A one-page PO whose delivery block is printed beside the vendor's under `label`; the demo
    customer Acme's address on file is the place."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(40, 750, "PURCHASE ORDER")
    c.setFont("Helvetica", 9)
    c.drawString(400, 750, "PO Number: AC-7781")
    c.drawString(400, 736, "PO Date: 11/09/2026")
    for x, lines in ((40, ["VENDOR:", "Northwind Supply", "12 Harbor Way", "Boston, MA 02110"]),
                     (300, [label, "Acme Retail DC Boston", "400 Summer Street", "Boston, MA 02210"])):
        for i, text in enumerate(lines):
            c.drawString(x, 690 - 12 * i, text)
    for x, text in ((40, "Item"), (160, "Description"), (380, "Qty"), (420, "UOM"), (470, "Unit Price")):
        c.drawString(x, 600, text)
    for x, text in ((40, "GLV-NIT-S-BLU"), (160, "Nitrile gloves blue S"), (380, "10"), (420, "BX"),
                    (470, "12.03")):
        c.drawString(x, 586, text)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize(("label", "unread"), [("UNLOADING POINT:", True), ("SHIP TO:", False), ("PROPERTY:", False)])
def test_a_delivery_block_under_a_label_nobody_reads_is_a_doubt(demo_db: Database, settings: Settings, label: str,
                                                               unread: bool):
    raw = email_with_attachment(subject="PO AC-7781", message_id=f"<unread-{unread}@acme-retail.example>",
                                body="Please find our PO attached.\n\nJane", attachment=_hotel_po(label),
                                maintype="application", subtype="pdf", filename="po.pdf")
    filed = file_email(demo_db, settings, raw)
    assert filed.filed
    assert ("ship_to_unread" in filed.order_reasons) is unread, filed.order_reasons
