"""Layouts seen in real documents written by others, each reproduced by a small synthetic fixture.

Every test names the general weakness it pins: label-less and stacked key/value layouts, amounts
printed under their line, forwarded-header lines, addresses without a city line, X12 city lines
written into one element. The real documents stay in ../shared/corpus; none is copied here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors import edi_x12
from extractors.email_text import extract_text
from extractors.header_fields import find_header, join_stacked_labels, parse_address
from models.schemas import Address, Part

# A shop's confirmation mail, forwarded with "> " quoting: every label stands alone on its line with
# the value under it, the customer block has no city line, each line's amount is printed below it.
SHOP_MAIL = """Sent from my phone

Begin forwarded message:

> From: "Shop Orders" <orders@shop.example>
> Date: 5 March 2026 at 11:02:00 CET
> Subject: New order
>
> Von: Shop [mailto:shop@shop.example]
> Gesendet: Donnerstag, 5. März 2026 11:02
> An: jane@roe.example
> Betreff: New order
>
> Thank you for your order
> Order code
> 4711
> Order date
> Delivery 05.03.26 12:00-12:30
> Customer information
> Jane Roe
> 044 123 45 67
> Musterweg 12
> 8001
> Notes
> 2 x Green Tea
> CHF 7,80
> 1 x Rice Bowl Large
> CHF 12,50
> Delivery cost Zone 1
> 5,00
> Total in CHF
> 25,30
"""


def test_stacked_labels_in_a_forwarded_shop_mail_give_the_header():
    """GIVEN labels alone on their line with the value below, inside a forwarded "> " quote
    WHEN the mail is read THEN the PO number, dates, currency, buyer and ship-to are found."""
    ex = extract_text(SHOP_MAIL, 0)
    h = ex.header
    assert h.po_number is not None and h.po_number.value == "4711"
    assert h.order_date is not None and h.order_date.value == date(2026, 3, 5)
    assert h.requested_date is not None and h.requested_date.value == date(2026, 3, 5)
    assert h.currency is not None and h.currency.value == "CHF"
    assert h.buyer is not None and h.buyer.value == "Jane Roe"
    assert h.ship_to is not None
    assert h.ship_to.value == Address(name="Jane Roe", street="Musterweg 12", postal_code="8001")


def test_amount_under_a_line_is_its_total_and_forwarded_headers_are_not_lines():
    """GIVEN each order line followed by its amount, and a German "Gesendet:" header with a time
    THEN exactly the two order lines, the amount being the line total (and the price of a single)."""
    ex = extract_text(SHOP_MAIL, 0)
    got = [(ln.quantity, ln.description, ln.unit_price, ln.line_total) for ln in ex.lines]
    assert got == [
        (Decimal("2"), "Green Tea", None, Decimal("7.80")),
        (Decimal("1"), "Rice Bowl Large", Decimal("12.50"), Decimal("12.50")),
    ]
    assert not any("5,00" in text or "25,30" in text for text in ex.unread)


def test_stacked_label_join_keeps_offsets_and_leaves_key_value_lines_alone():
    text = "Order code\r\n1016\nPO Number:\nShip To: Main DC\nNotes\n12"
    joined = join_stacked_labels(text.replace("\r\n", " \n"))
    assert len(joined) == len(text)
    assert joined.startswith("Order code :1016\n")
    # The value line under "PO Number:" is itself a "label: value" line, so nothing is joined there;
    # "Notes" is not a single-value label.
    assert "PO Number:\nShip To: Main DC\nNotes\n12" in joined


def test_an_order_line_under_a_label_is_not_its_value():
    assert find_header("Order No\n10 x ABC-123\n").po_number is None


def test_a_title_alone_is_not_a_stacked_po_label():
    """"PURCHASE ORDER" over a street line must not make the house number a PO number."""
    header = find_header("PURCHASE ORDER\n1420 Regal Row\nDallas, TX 75247\n", kind="pdf")
    assert header.po_number is None


def test_currency_from_the_one_code_beside_amounts_and_not_from_two():
    assert (h := find_header("Total in CHF\n53,00\nCHF 26,70")).currency and h.currency.value == "CHF"
    assert find_header("Amount chargeable: INR 142633.17").currency is not None
    assert find_header("USD 10.00 or EUR 9.00").currency is None
    assert find_header("Currency: EUR\nUSD 10.00").currency.value == "EUR"  # type: ignore[union-attr]


def test_bill_to_block_names_the_buyer():
    text = "PURCHASE ORDER\nPO Number: PO-1\nBill To:\nXYZ Corporation\n456 Corporate Road\nMakati City\n"
    header = find_header(text, kind="pdf")
    assert header.buyer is not None and header.buyer.value == "XYZ Corporation"


def test_indian_address_with_state_and_pin_and_town_on_the_line_above():
    """GIVEN "Address :" labels inside the block and "State : Punjab-140417" as the last line
    THEN town, region and PIN are read, the empty label is not a street."""
    block = ["Acme Foods Private Limited (Rajpura)", "Plot No 83 84/1 90/2,", "C/o Some Infratech LLP, Tehsil",
             "Address :", "Khurd,", "Rajpura", "State : Punjab-140417"]
    addr = parse_address(block)
    assert addr == Address(name="Acme Foods Private Limited (Rajpura)", street="Plot No 83 84/1 90/2",
                           city="Rajpura", region="Punjab", postal_code="140417")
    one_line = parse_address(["Mill Co", "11-A, Udyog Vihar", "Noida, Uttar Pradesh-201306"])
    assert one_line is not None and (one_line.city, one_line.region, one_line.postal_code) == (
        "Noida", "Uttar Pradesh", "201306")


def test_shipped_to_label_and_phone_lines_in_the_block():
    text = "Shipped To :\nMain Warehouse\n+41 44 123 45 67\nBahnhofstrasse 7\n8001 Zürich\n"
    ship = find_header(text, kind="pdf").ship_to
    assert ship is not None
    assert ship.value == Address(name="Main Warehouse", street="Bahnhofstrasse 7", city="Zürich", postal_code="8001")


def _x12(body: list[str]) -> str:
    isa = "*".join(["ISA", "00", " " * 10, "00", " " * 10, "ZZ", "A".ljust(15), "ZZ", "B".ljust(15), "261120",
                    "0930", "U", "00401", "000000101", "0", "P", ">"]) + "~"
    segments = ["GS*PO*A*B*20261120*0930*1*X*004010", "ST*850*0001", *body, "SE*9*0001", "GE*1*1",
                "IEA*1*000000101"]
    return isa + "".join(s + "~" for s in segments)


def test_x12_city_state_and_zip_all_written_in_n401():
    """GIVEN N4*LOS ANGELES CA 900250000 (everything in N401) THEN city, region and postal code apart."""
    doc = _x12(["BEG*00*SA*PO-1**20261120", "N1*ST*DC*9*1", "N3*1200 SHEILA AV", "N4*LOS ANGELES CA 900250000",
                "PO1*1*2*EA*3**VN*A"])
    ex = edi_x12.EXTRACTOR.extract(Part(0, "attachment", "application/edi-x12", "po.edi", doc.encode()))
    assert ex.header.ship_to is not None
    assert ex.header.ship_to.value == Address("DC", "1200 SHEILA AV", "LOS ANGELES", "CA", "900250000")
