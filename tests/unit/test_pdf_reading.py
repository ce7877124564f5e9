"""PDF text layers read in general (issue 14): characters drawn twice for bold, header blocks set side by
side, accounting-package tax columns, pages without a text layer. Every document here is made up."""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractors.pdf_table import extract_pdf


def _draw(c: canvas.Canvas, x: float, y: float, text: str, *, bold_twice: bool = False) -> None:
    """Text at (x, y); `bold_twice` draws it again a fraction of a point to the right, as word
    processors and report writers fake bold (the text layer then holds every character twice)."""
    c.drawString(x, y, text)
    if bold_twice:
        c.drawString(x + 0.4, y, text)


def _fake_bold_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    _draw(c, 40, 800, "PURCHASE ORDER", bold_twice=True)
    _draw(c, 40, 780, "PO Number: KX-30417", bold_twice=True)
    _draw(c, 40, 760, "Ship To:", bold_twice=True)
    _draw(c, 40, 746, "Marlow Pantry Supplies")
    _draw(c, 40, 732, "88 Quarry Lane")
    _draw(c, 40, 718, "Fenwick, OH 44102")
    y = 660
    for x, name in ((40, "Item"), (150, "Description"), (380, "Qty"), (440, "Unit Price")):
        _draw(c, x, y, name, bold_twice=True)
    for code, desc, qty, price in (("TWL-MF-2", "MULTIFOLD TOWEL, WHITE", "12", "31.50"),
                                   ("LNR-3340", "CAN LINER 33X40 BLACK", "4", "22.10")):
        y -= 18
        _draw(c, 40, y, code, bold_twice=True)
        _draw(c, 150, y, desc, bold_twice=True)
        _draw(c, 380, y, qty)
        _draw(c, 440, y, price)
    c.save()
    return buf.getvalue()


def test_characters_drawn_twice_for_bold_are_read_once():
    """GIVEN a PDF whose bold words are drawn twice, a fraction of a point apart (its text layer says
    "PPOO  NNuummbbeerr")
    THEN the header labels, the table header and the cells read as printed: PO number, ship-to, codes."""
    ex = extract_pdf(_fake_bold_pdf(), 0)
    assert ex.header.po_number is not None and ex.header.po_number.value == "KX-30417"
    assert ex.header.ship_to is not None and ex.header.ship_to.value.city == "Fenwick"
    got = [(ln.item_code, ln.description, ln.quantity, ln.unit_price) for ln in ex.lines]
    assert got == [("TWL-MF-2", "MULTIFOLD TOWEL, WHITE", Decimal("12"), Decimal("31.50")),
                   ("LNR-3340", "CAN LINER 33X40 BLACK", Decimal("4"), Decimal("22.10"))]


# ---------------------------------------------------------------- header blocks side by side


def _side_by_side_pdf(labels: list[tuple[float, str]], blocks: list[list[str]], *, title: str = "PURCHASE ORDER",
                      spaced: bool = False, first_gap: float = 12) -> bytes:
    """Address blocks printed in columns under their labels (x, label), each block's lines under its label;
    then a small table. `spaced` sets every word apart (justified text) as some report writers do."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 9)

    def put(x: float, y: float, text: str) -> None:
        if not spaced:
            c.drawString(x, y, text)
            return
        for word in text.split():
            c.drawString(x, y, word)
            x += c.stringWidth(word, "Helvetica", 9) + 9

    put(40, 800, title)
    put(40, 786, "PO Number: 7730-118")
    y = 740
    for x, label in labels:
        put(x, y, label)
    for n in range(max(len(b) for b in blocks)):
        for (x, _), block in zip(labels, blocks, strict=True):
            if n < len(block):
                put(x, y - first_gap - 12 * n, block[n])
    y = 600
    for x, name in ((40, "Item"), (150, "Description"), (400, "Qty"), (460, "Price")):
        c.drawString(x, y, name)
    for x, value in ((40, "HNG-22"), (150, "Wire hanger, 16 in"), (400, "300"), (460, "0.21")):
        c.drawString(x, y - 16, value)
    c.save()
    return buf.getvalue()


VENDOR = ["Brightwell Packaging Co", "410 Mercer Street", "Dayton, OH 45402"]
BILL = ["Orchard Lane Cleaners LLC", "PO Box 2291", "Lansing, MI 48909"]
SHIP = ["Orchard Lane Plant 3", "77 Kessler Road", "Holt, MI 48842"]


def test_address_blocks_side_by_side_are_read_down_their_own_columns():
    """GIVEN Vendor | Bill To | Ship To blocks printed side by side (the page text runs their lines together:
    "410 Mercer Street PO Box 2291 77 Kessler Road")
    THEN the ship-to is the Ship To column alone, the buyer is the bill-to's name, and the vendor is neither;
    the same with the labels worded otherwise ("Supplier", "Invoice to:", "Please deliver to:") and with
    every word set apart."""
    for labels, spaced in (([(40, "Vendor"), (220, "Bill To"), (400, "Ship To")], False),
                           ([(40, "Supplier"), (220, "Invoice to:"), (400, "Please deliver to:")], True)):
        ex = extract_pdf(_side_by_side_pdf(labels, [VENDOR, BILL, SHIP], spaced=spaced), 0)
        h = ex.header
        assert h.ship_to is not None
        assert (h.ship_to.value.name, h.ship_to.value.street, h.ship_to.value.city, h.ship_to.value.postal_code) == (
            "Orchard Lane Plant 3", "77 Kessler Road", "Holt", "48842")
        assert h.buyer is not None and h.buyer.value == "Orchard Lane Cleaners LLC"
        assert h.bill_to is not None and h.bill_to.value.street == "PO Box 2291"
        assert [ln.item_code for ln in ex.lines] == ["HNG-22"]


def test_block_labels_with_a_remark_or_said_twice_and_set_above_a_band():
    """GIVEN labels "Bill To (invoices only)" and "SHIP TO / DELIVER TO", their blocks starting two lines below
    them (a label in a shaded band) THEN each block is still read down its own column."""
    ex = extract_pdf(_side_by_side_pdf([(40, "VENDOR"), (220, "SHIP TO / DELIVER TO"), (400, "Bill To (invoices only)")],
                                       [VENDOR, SHIP, BILL], first_gap=24), 0)
    h = ex.header
    assert h.ship_to is not None
    assert (h.ship_to.value.name, h.ship_to.value.street, h.ship_to.value.postal_code) == (
        "Orchard Lane Plant 3", "77 Kessler Road", "48842")
    assert h.bill_to is not None and h.bill_to.value.street == "PO Box 2291"


def test_the_vendors_own_address_is_never_the_ship_to():
    """GIVEN a Vendor block beside a Ship To block that names no address of its own ("Will call"), where the
    running text would give the vendor's street and city under the ship-to label
    THEN no ship-to is read (a clerk asks), rather than the supplier's own address."""
    ex = extract_pdf(_side_by_side_pdf([(40, "Ship To:"), (300, "Vendor")],
                                       [["Will call"], VENDOR]), 0)
    assert ex.header.ship_to is None or ex.header.ship_to.value.street != "410 Mercer Street"


# ---------------------------------------------------------------- the buyer and the number from an ERP's form


def test_the_letterhead_names_the_buyer_when_no_block_does():
    """GIVEN a printed order with no bill-to or sold-to block, whose letterhead is the issuer's name over its
    address (below the title and the number), or its name alone as the first line
    THEN the buyer is that name; a vendor block's name never is."""
    from extractors.header_fields import find_issuer

    text = ("Purchase Order\n55120874\nAll invoices must quote this order number.\nGRANITE FALLS DAIRY LLC\n"
            "2200 Creamery Way\nMerrill WI 54452\nUSA\nVendor Ship To\n")
    assert find_issuer(text) is not None and find_issuer(text).value == "GRANITE FALLS DAIRY LLC"
    first_line = find_issuer("NORTHERN ROOTS GROWERS\nPurchase order\nAcme Pallet\n18 Elm St\n")
    assert first_line is not None and first_line.value == "NORTHERN ROOTS GROWERS"
    assert find_issuer("Purchase Order 4471\nPage 1 of 2\nOrder Date: 2026-01-02\n") is None
    ex = extract_pdf(_side_by_side_pdf([(40, "Vendor"), (300, "Ship To")], [VENDOR, SHIP],
                                       title="Orchard Lane Cleaners LLC"), 0)
    assert ex.header.buyer is not None and ex.header.buyer.value == "Orchard Lane Cleaners LLC"
    ex = extract_pdf(_side_by_side_pdf([(40, "Vendor"), (300, "Ship To")], [VENDOR, SHIP],
                                       title="Brightwell Packaging Co"), 0)
    assert ex.header.buyer is None  # the supplier's own form: its name is not the buyer


def test_an_erp_forms_number_under_its_title_and_its_issue_date():
    """GIVEN "Purchase Order" alone on its line with the number alone under it, and "PO Issue Date:"
    THEN the number is the PO number and the issue date the order date; a date under the title is no number."""
    from extractors.header_fields import find_header

    h = find_header("Purchase Order\n55120874\nPO Issue Date: 02/17/2026\n", 0, "pdf")
    assert h.po_number is not None and h.po_number.value == "55120874"
    assert h.order_date is not None and h.order_date.value.isoformat() == "2026-02-17"
    assert find_header("Purchase Order\n02/17/2026\n", 0, "pdf").po_number is None
    h = find_header("Issue Date: 03/04/2026   Delivery Date: 03/09/2026\n", 0, "pdf")
    assert h.order_date is not None and h.order_date.value.isoformat() == "2026-03-04"


def test_a_field_printed_in_a_column_beside_the_address_is_read():
    """GIVEN the buyer's address at the left and "Date : 02/06/2026" / "Delivery Date: ..." printed in a
    column to its right, on the same lines (the page text says "14 Mill Road Date : 02/06/2026"), and a
    form that leaves the colon out ("Date 1/27/2026")
    THEN the order date and the delivery date are read."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 9)
    for x, y, text in ((40, 800, "Lindqvist Bakeries AB"), (300, 800, "PURCHASE ORDER No. LB-5531"),
                       (40, 788, "14 Mill Road"), (300, 788, "Date : 02/06/2026"),
                       (40, 776, "Norrtown 55012"), (300, 776, "Delivery Date: 02/13/2026"),
                       (40, 700, "Item"), (150, 700, "Description"), (400, 700, "Qty"),
                       (40, 684, "FLR-T55"), (150, 684, "Flour type 550, 25 kg"), (400, 684, "40")):
        c.drawString(x, y, text)
    c.save()
    h = extract_pdf(buf.getvalue(), 0).header
    assert h.order_date is not None and h.order_date.value.isoformat() == "2026-02-06"
    assert h.requested_date is not None and h.requested_date.value.isoformat() == "2026-02-13"
    from extractors.header_fields import find_header

    h = find_header("Number PO-77\nDate 1/27/2026\n", 0, "pdf")
    assert h.order_date is not None and h.order_date.value.isoformat() == "2026-01-27"


# ---------------------------------------------------------------- under the table


def test_a_totals_block_with_its_own_column_names_under_the_table_is_no_line():
    """GIVEN an unruled table of one line, then well below it a label ("Net / subtotal") and a totals block
    with its own row of column names ("Currency  Amount  Freight  Tax  Total") over a row of amounts
    THEN the one line is read alone: the label does not join its description, the amounts are no line."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 8)
    c.drawString(40, 800, "PURCHASE ORDER   PO Number: WX-2290")
    for x, text in ((40, "Line"), (70, "Item"), (140, "Description"), (300, "Quantity"), (350, "Unit"),
                    (390, "Unit price"), (470, "Amount")):
        c.drawString(x, 700, text)
    for x, text in ((40, "10"), (70, "BX-4420"), (140, "Corrugated box 20x20x20"), (300, "640.000"), (350, "EA"),
                    (390, "1.85000"), (470, "1,184.00")):
        c.drawString(x, 685, text)
    c.drawString(150, 610, "Net")
    c.drawString(140, 600, "subtotal")
    for x, text in ((40, "Currency"), (110, "Amount"), (170, "Freight"), (230, "Tax"), (280, "Total")):
        c.drawString(x, 588, text)
    for x, text in ((40, "USD"), (110, "1,184.00"), (170, "0.00"), (230, "0.00"), (280, "1,184.00")):
        c.drawString(x, 575, text)
    c.save()
    ex = extract_pdf(buf.getvalue(), 0)
    got = [(ln.item_code, ln.description, ln.quantity, ln.unit_price) for ln in ex.lines]
    assert got == [("BX-4420", "Corrugated box 20x20x20", Decimal("640.000"), Decimal("1.85000"))]


def test_a_delivery_date_column_gives_the_requested_date_when_the_header_has_none():
    """GIVEN an order whose header states no delivery date and whose table has a "Delivery" column of dates
    (one per line), in a document whose other dates put the day first (28/01/2026)
    THEN the first line's delivery date is the requested date, read day-first."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 8)
    c.drawString(40, 800, "PURCHASE ORDER   PO Number: HV-7781")
    c.drawString(40, 788, "Order Date: 28/01/2026")
    for x, text in ((40, "Line"), (70, "Item"), (140, "Description"), (260, "Delivery"), (320, "Qty"), (360, "Price")):
        c.drawString(x, 700, text)
    for y, values in ((685, ("1", "CRT-22", "Plastic crate 600x400", "04/02/2026", "80", "6.10")),
                      (670, ("2", "LID-22", "Crate lid 600x400", "05/02/2026", "80", "1.95"))):
        for x, text in zip((40, 70, 140, 260, 320, 360), values, strict=True):
            c.drawString(x, y, text)
    c.save()
    ex = extract_pdf(buf.getvalue(), 0)
    assert [ln.item_code for ln in ex.lines] == ["CRT-22", "LID-22"]
    assert ex.header.requested_date is not None and ex.header.requested_date.value.isoformat() == "2026-02-04"


def test_a_label_with_its_value_under_it_in_a_column_beside_an_address():
    """GIVEN the supplier's address at the left and, in a column to its right, "PO number/date" with
    "63018 / 03/02/2026" on the line below (the page text runs each into an address line)
    THEN the PO number and the order date are read from that column."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 9)
    for x, y, text in ((40, 800, "Purchase order"), (40, 786, "Fenmore Crate Works"), (300, 786, "PO number/date"),
                       (40, 774, "19 Tannery Row"), (300, 774, "63018 / 03/02/2026"),
                       (40, 762, "Ashby, KS 66002"), (300, 752, "Your vendor number with us"),
                       (300, 740, "70214"),
                       (40, 700, "Item"), (150, 700, "Description"), (400, 700, "Qty"),
                       (40, 684, "CRT-9"), (150, 684, "Crate, slatted, 40x48"), (400, 684, "25")):
        c.drawString(x, y, text)
    c.save()
    h = extract_pdf(buf.getvalue(), 0).header
    assert h.po_number is not None and h.po_number.value == "63018"
    assert h.order_date is not None and h.order_date.value.isoformat() == "2026-03-02"


def test_a_spanish_purchase_order_number_label():
    """GIVEN "Pedido de Compra No.7730021" (Spanish: purchase order number) THEN the PO number is read."""
    from extractors.header_fields import find_po_number

    found = find_po_number("Pedido de Compra No.7730021\nDistribuciones Norte SA\n")
    assert found is not None and found.value == "7730021"


# ---------------------------------------------------------------- the buyer by its tax / registration id


def test_a_printed_tax_id_names_the_customer_exactly():
    """GIVEN a bare PDF (no known sender) whose bill-to block prints the buyer's VAT number in its own
    spacing and whose vendor block prints the seller's GSTIN, and a customer on file with that VAT id
    written without spaces
    THEN the document's ids carry both, and the customer is the one the id names, without a doubt
    (an exact id, where a printed name alone would only suggest)."""
    from matching.customers import CustomerRecord, DocumentEvidence, resolve_customer

    vendor = [*VENDOR, "GSTIN: 27AAPFR4821K1ZQ"]
    bill = [*BILL, "VAT Reg No: GB 284 7719 06"]
    ex = extract_pdf(_side_by_side_pdf([(40, "Vendor"), (220, "Bill To"), (400, "Ship To")],
                                       [vendor, bill, SHIP]), 0)
    ids = ex.header.buyer_ids
    assert ids is not None
    assert set(ids.value.tax) == {"27AAPFR4821K1ZQ", "GB 284 7719 06"}
    customers = [CustomerRecord("C-1", "Orchard Lane Holdings", ("orchardlane.example",), tax_id="GB284771906"),
                 CustomerRecord("C-2", "Quarry Foods", ("quarry.example",), tax_id="GB999999999")]
    match = resolve_customer(None, None, customers, (), DocumentEvidence(None, None, None, ids.value))
    assert (match.customer_id, match.doubt) == ("C-1", None)


def test_no_tax_id_is_read_from_a_date_or_a_short_number():
    """A label followed by too few digits ("VAT: 20%", "Tax ID: n/a") gives no id."""
    from extractors.tax_ids import find_tax_ids

    assert find_tax_ids("VAT: 20%\nTax ID: n/a\nGST 18 %") is None
    got = find_tax_ids("ABN 51 824 753 556\nEIN: 84-2219937  Phone: 555 0100")
    assert got is not None and got.value.tax == ("51 824 753 556", "84-2219937")


# ---------------------------------------------------------------- accounting-package (GST) purchase orders


def _gst_po_pdf() -> bytes:
    """A made-up Tally-like GST purchase order: narrow columns Sl, Item, HSN/SAC, Qty, Rate, per, Disc %,
    CGST %, SGST %, Amount; the HSN code and the quantity stand a few points apart, the quantity with its
    unit ("120 Nos"), amounts in Indian grouping."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 8)
    c.drawString(40, 800, "Kaveri Steelware Traders")
    c.drawString(40, 790, "GSTIN/UIN: 33ABCFK7312M1Z5")
    c.drawString(250, 770, "PURCHASE ORDER")
    c.drawString(40, 750, "Voucher No.: KST/PO/0418")
    c.drawString(300, 750, "Dated: 14-Mar-2026")
    cols = (40, 60, 200, 242, 282, 322, 345, 380, 420, 470)
    names = ("Sl", "Description of Goods", "HSN/SAC", "Quantity", "Rate", "per", "Disc %", "CGST %", "SGST %",
             "Amount")
    for x, name in zip(cols, names, strict=True):
        c.drawString(x, 700, name)
    rows = (("1", "Steel Tiffin Box 3 Tier", "73239990", "120 Nos", "245.00", "Nos", "", "9 %", "9 %", "29,400.00"),
            ("2", "Copper Water Bottle 1L", "74181022", "36 Nos", "1,150.00", "Nos", "", "6 %", "6 %", "41,400.00"),
            ("3", "Brass Diya Medium", "74199930", "250 Pcs", "60.00", "Pcs", "", "6 %", "6 %", "15,000.00"))
    y = 684
    for row in rows:
        for x, value in zip(cols, row, strict=True):
            c.drawString(x, y, value)
        y -= 14
    c.drawString(322, y - 10, "CGST")
    c.drawString(470, y - 10, "3,699.00")
    c.drawString(322, y - 22, "SGST")
    c.drawString(470, y - 22, "3,699.00")
    c.drawString(322, y - 34, "Total")
    c.drawString(470, y - 34, "93,198.00")
    c.save()
    return buf.getvalue()


def test_a_gst_purchase_order_keeps_its_columns_apart_and_reads_the_pre_tax_rate():
    """GIVEN an accounting-package GST order whose HSN/SAC code stands just left of the quantity and whose
    tax-rate columns stand between the rate and the amount
    THEN each line's quantity is the quantity column alone (never the HSN digits run into it), the unit
    price is the pre-tax rate (quantity x rate = the amount), the HSN code is not the item code, and the
    tax rows under the table are no lines."""
    ex = extract_pdf(_gst_po_pdf(), 0)
    got = [(ln.description, ln.quantity, ln.unit_price) for ln in ex.lines]
    assert got == [("Steel Tiffin Box 3 Tier", Decimal("120"), Decimal("245.00")),
                   ("Copper Water Bottle 1L", Decimal("36"), Decimal("1150.00")),
                   ("Brass Diya Medium", Decimal("250"), Decimal("60.00"))]
    assert all(ln.item_code not in {"73239990", "74181022", "74199930"} for ln in ex.lines)
    assert ex.header.po_number is not None and ex.header.po_number.value == "KST/PO/0418"


def test_narrow_right_aligned_gst_columns_set_closer_than_a_phrase_gap_stay_apart():
    """GIVEN a GST order whose right-aligned numeric columns stand only half a character apart: the
    header "Rate per Disc %CGST %SGST %" and the cells "245.00 Nos" read as one phrase each
    THEN Rate and per are two columns and the rate is the unit price (pre-tax; 36 x 1,150.00 less 5%
    discount is the amount), the quantity the Qty column alone."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 8)
    c.drawString(250, 770, "PURCHASE ORDER")
    c.drawString(40, 750, "Voucher No.: 77/2026")
    cols = (("l", 40, "Sl"), ("l", 60, "Description of Goods"), ("r", 236, "HSN/SAC"), ("r", 262, "Qty"),
            ("r", 300, "Rate"), ("l", 304, "per"), ("r", 345, "Disc %"), ("r", 375, "CGST %"),
            ("r", 405, "SGST %"), ("r", 470, "Amount"))
    rows = (("1", "Enamel Mug 300ml", "73239410", "120", "245.00", "Nos", "", "9", "9", "29,400.00"),
            ("2", "Steel Ladle Large", "73239420", "36", "1,150.00", "Nos", "5", "6", "6", "39,330.00"))
    for y, row in ((700, tuple(name for _, _, name in cols)), (684, rows[0]), (670, rows[1])):
        for (align, x, _), value in zip(cols, row, strict=True):
            (c.drawString if align == "l" else c.drawRightString)(x, y, value)
    c.save()
    ex = extract_pdf(buf.getvalue(), 0)
    got = [(ln.description, ln.quantity, ln.unit_price, ln.line_total) for ln in ex.lines]
    assert got == [("Enamel Mug 300ml", Decimal("120"), Decimal("245.00"), Decimal("29400.00")),
                   ("Steel Ladle Large", Decimal("36"), Decimal("1150.00"), Decimal("39330.00"))]


def test_an_erp_item_column_of_running_numbers_is_the_line_number_and_a_target_qty_is_the_quantity():
    """GIVEN an ERP's order form whose "Item" column holds the running line number (00010, 00020) beside
    a "Material #" column, and whose quantity column is headed "Tgt Qty" (a contract's call-off)
    THEN the item code is the material number, not the line number, and the target quantity is read."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 8)
    c.drawString(40, 800, "Purchase order No: 7781200456")
    cols = ((30, "Item"), (80, "Material #"), (170, "Tgt Qty"), (230, "Unit"), (270, "Description"),
            (470, "Net Value"))
    rows = (("00010", "6604418", "75.000", "each", "CRATE FOLDING 600X400", "912.00"),
            ("00020", "6604431", "30.000", "each", "LID FOR CRATE 600X400", "141.60"))
    for y, row in ((700, tuple(name for _, name in cols)), (684, rows[0]), (670, rows[1])):
        for (x, _), value in zip(cols, row, strict=True):
            c.drawString(x, y, value)
    c.save()
    ex = extract_pdf(buf.getvalue(), 0)
    assert [(ln.item_code, ln.quantity, ln.line_total) for ln in ex.lines] == [
        ("6604418", Decimal("75.000"), Decimal("912.00")), ("6604431", Decimal("30.000"), Decimal("141.60"))]


def test_a_po_number_written_with_its_prefix_under_the_title_keeps_the_prefix():
    """GIVEN a form titled "Purchase order" with "Number PL771204-2" on the line under it (the number
    carries its own "PL"/"PO" prefix glued to the digits), and a note "PO40 rules apply" elsewhere
    THEN the PO number is the whole "PO..." token, never its digits alone nor the note's."""
    from extractors.header_fields import find_header

    for number in ("PO771204-2", "PL771204-2"):
        text = f"Brookfield Growers Inc.\nPurchase order\nNumber {number}\nDate 3/9/2026\n"
        got = find_header(text, 0, "pdf").po_number
        assert got is not None and got.value == number
    got = find_header("Purchase order\nNumber PO771204-2\nPO40 rules apply\n", 0, "pdf").po_number
    assert got is not None and got.value == "PO771204-2"


def test_the_sellers_item_number_on_a_sub_row_is_the_item_code():
    """GIVEN an order whose "Item" column holds the buyer's own part number and, under each line, a sub-row
    "Vendor Item 7720415" / "Your material number 88-1203" gives the number the seller sells it under
    THEN the seller's number is the item code and the buyer's is the customer part; the sub-row adds
    nothing to the description."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 8)
    c.drawString(40, 800, "Purchase Order 5512034")
    cols = ((30, "Line"), (60, "Item"), (140, "Description"), (340, "Unit Price"), (400, "Qty"), (440, "UOM"),
            (480, "Ext Price"))
    y = 700
    for (x, name) in cols:
        c.drawString(x, y, name)
    for row, sub in ((("1", "BX-4410-02", "CARTON KRAFT 24X16X12", "$1.20", "400", "EA", "$480.00"),
                      "Vendor Item 7720415"),
                     (("2", "BX-4410-07", "CARTON KRAFT 18X12X10", "$0.95", "250", "EA", "$237.50"),
                      "Your material number 88-1203")):
        y -= 14
        for (x, _), value in zip(cols, row, strict=True):
            c.drawString(x, y, value)
        y -= 12
        c.drawString(140, y, sub)
    c.save()
    ex = extract_pdf(buf.getvalue(), 0)
    assert [(ln.item_code, ln.customer_part, ln.description, ln.quantity) for ln in ex.lines] == [
        ("7720415", "BX-4410-02", "CARTON KRAFT 24X16X12", Decimal("400")),
        ("88-1203", "BX-4410-07", "CARTON KRAFT 18X12X10", Decimal("250"))]


def test_a_delivery_schedule_under_the_line_gives_the_requested_date():
    """GIVEN an order whose header states no delivery date, with a schedule under its line: a row of
    column names "Sched  Promised Date  Qty  UOM" over "1  4/22/26  60  EA"
    THEN the requested date is the promised date."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 8)
    c.drawString(40, 800, "Purchase Order 6630917")
    c.drawString(40, 788, "Order Date 02-APR-2026")
    for x, name, value in ((30, "Line", "1"), (60, "Item", "TP-88"), (140, "Description", "TAPE PACKING CLEAR"),
                           (340, "Unit Price", "$2.10"), (400, "Qty", "60"), (440, "UOM", "EA")):
        c.drawString(x, 700, name)
        c.drawString(x, 686, value)
    for x, name, value in ((60, "Sched", "1"), (120, "Promised Date", "4/22/26"), (200, "Qty", "60"),
                           (240, "UOM", "EA")):
        c.drawString(x, 640, name)
        c.drawString(x, 628, value)
    c.save()
    ex = extract_pdf(buf.getvalue(), 0)
    assert [ln.item_code for ln in ex.lines] == ["TP-88"]
    assert ex.header.requested_date is not None and ex.header.requested_date.value.isoformat() == "2026-04-22"


def test_a_sentence_naming_order_and_item_above_the_blocks_is_no_table_header():
    """GIVEN side-by-side blocks under a sentence that uses column words ("Invoices must reference this
    purchase order and each item number")
    THEN the blocks are still read down their columns: the ship-to is the Ship To column alone."""
    ex = extract_pdf(_side_by_side_pdf([(40, "Vendor"), (220, "Bill To"), (400, "Ship To")], [VENDOR, BILL, SHIP],
                                       title="Invoices must reference this purchase order and each item number"), 0)
    assert ex.header.ship_to is not None
    assert (ex.header.ship_to.value.street, ex.header.ship_to.value.city) == ("77 Kessler Road", "Holt")


def test_lines_printed_as_two_row_records_under_a_two_row_header():
    """GIVEN an ERP form whose header is two rows ("Item  Material  Description" over "Order qty.  Unit
    Price per unit  Net value") and each line a record of two rows ("00010  55-0193  STRAP POLY 1/2IN" over
    "80  Roll  12.40  992.00"), the values of the second row not under their names
    THEN each record is one line: the material is the item code (00010 is the line number), the second
    row gives quantity, unit, price and amount."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Courier", 10)
    c.drawString(45, 800, "Purchase order 7301188420")
    # Courier: the record's first row sets its values one space apart ("00010 55-0193 STRAP POLY 1/2IN").
    rows = (((45, "Item"), (81, "Material"), (129, "Description")),
            ((61, "Order qty."), (182, "Unit"), (287, "Price per unit"), (437, "Net value")),
            ((45, "00010"), (81, "55-0193"), (129, "STRAP POLY 1/2IN")),
            ((153, "80"), (182, "Roll"), (348, "12.40"), (492, "992.00")),
            ((45, "00020"), (81, "55-0207"), (129, "BUCKLE WIRE 1/2IN")),
            ((153, "15"), (182, "Box"), (348, "31.00"), (492, "465.00")))
    y = 700
    for row in rows:
        for x, text in row:
            c.drawString(x, y, text)
        y -= 12
    c.save()
    ex = extract_pdf(buf.getvalue(), 0)
    assert [(ln.item_code, ln.description, ln.quantity, ln.unit_price, ln.line_total) for ln in ex.lines] == [
        ("55-0193", "STRAP POLY 1/2IN", Decimal("80"), Decimal("12.40"), Decimal("992.00")),
        ("55-0207", "BUCKLE WIRE 1/2IN", Decimal("15"), Decimal("31.00"), Decimal("465.00"))]


def test_a_po_number_written_only_with_its_glued_prefix_is_still_read():
    """GIVEN text with no PO label but a number written with its prefix ("please ship PO55120-3 by Friday")
    THEN that whole token is the PO number."""
    from extractors.header_fields import find_po_number

    got = find_po_number("Hi, please ship PO55120-3 by Friday.")
    assert got is not None and got.value == "PO55120-3"
    assert find_po_number("Mail to PO Box 4471, Dayton") is None
