"""Header fields printed in boxes with the label centred over its value (accounting packages' PO forms):
the value under a label need not start where the label starts."""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from extractors.pdf_table import extract_pdf


def _boxed_po() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(420, 740, "Purchase Order")
    c.setFont("Helvetica", 10)
    c.drawString(40, 720, "Fernhill Heating & Cooling")
    c.drawString(40, 706, "88 Quarry Rd")
    c.drawString(40, 692, "Dayton, OH 45414")
    c.drawString(40, 678, "937-555-0101")
    # Two boxes, each label centred over its value: "Date" is narrower than "11/25/2026".
    for centre, label, value in ((470, "Date", "11/25/2026"), (545, "P.O. No.", "10488")):
        c.rect(centre - 37, 650, 74, 36)
        c.drawCentredString(centre, 676, label)
        c.drawCentredString(centre, 658, value)
    c.drawString(40, 600, "Item")
    c.drawString(150, 600, "Description")
    c.drawString(400, 600, "Qty")
    c.drawString(450, 600, "Rate")
    c.drawString(510, 600, "Amount")
    c.drawString(40, 585, "TH-4210")
    c.drawString(150, 585, "Programmable thermostat")
    c.drawString(400, 585, "6")
    c.drawString(450, 585, "70.50")
    c.drawString(510, 585, "423.00")
    c.save()
    return buf.getvalue()


def test_a_date_centred_under_its_label_in_a_box_is_the_order_date():
    extraction = extract_pdf(_boxed_po(), 0)
    assert extraction.header.po_number is not None and extraction.header.po_number.value == "10488"
    assert extraction.header.order_date is not None
    assert extraction.header.order_date.value == date(2026, 11, 25)
