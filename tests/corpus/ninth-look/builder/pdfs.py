"""Purchase-order PDF layouts as different contractor / district / service systems print them."""

from __future__ import annotations

from render import Pdf, table, money, SELLER, SELLER_ADDR


def _qs(q) -> str:
    return f"{q:g}" if isinstance(q, float) else str(q)


def _ext(ln) -> float:
    return round(ln.qty * ln.price, 2)


def erp_po(d: dict) -> bytes:
    """Construction-ERP style: logo block left, PO box right, vendor/ship-to boxes, numbered lines."""
    pdf = Pdf(f"Purchase Order {d['po']}")

    def top():
        pdf.text(40, 750, d["buyer"], 15, True)
        pdf.lines(40, 735, d["buyer_addr"], 8.5, 10)
        pdf.box(400, 700, 172, 62)
        pdf.text(486, 748, "PURCHASE ORDER", 12, True, center=True)
        pdf.text(410, 732, "PO Number:", 8.5)
        pdf.text(562, 732, d["po"], 9, True, right=True)
        pdf.text(410, 720, "PO Date:", 8.5)
        pdf.text(562, 720, d["date"], 9, right=True)
        pdf.text(410, 708, "Page:", 8.5)
        pdf.text(562, 708, str(pdf.c.getPageNumber()), 9, right=True)
        return 690

    y = top()
    pdf.box(40, y - 78, 250, 78)
    pdf.text(46, y - 12, "VENDOR", 8, True)
    pdf.lines(46, y - 25, d["vendor"], 9, 11)
    pdf.box(322, y - 78, 250, 78)
    pdf.text(328, y - 12, "SHIP TO", 8, True)
    pdf.lines(328, y - 25, d["ship"], 9, 11)
    y -= 96
    heads = [("Job", 95), ("Phase/Cost Code", 95), ("Required", 80), ("Ship Via", 90), ("Terms", 80), ("Buyer", 92)]
    vals = [d.get("job", ""), d.get("costcode", ""), d.get("req", ""), d.get("via", ""), d.get("terms", ""),
            d.get("contact", "")]
    x = 40
    for (h, w), v in zip(heads, vals):
        pdf.box(x, y - 26, w, 26)
        pdf.text(x + 3, y - 9, h, 7, True)
        pdf.text(x + 3, y - 21, v, 8.5)
        x += w
    y -= 44
    cols = [("Ln", 24, "c"), ("Vendor Item", 70, "l"), ("Description", 226, "l"), ("Qty", 44, "r"), ("UM", 30, "c"),
            ("Unit Cost", 68, "r"), ("Extended", 70, "r")]
    rows = [[str(i + 1), ln.item or "", ln.written, _qs(ln.qty), ln.puom, money(ln.price), money(_ext(ln))]
            for i, ln in enumerate(d["lines"])]
    y = table(pdf, y, cols, rows, on_new_page=lambda: top() - 20)
    total = sum(_ext(ln) for ln in d["lines"])
    y -= 8
    pdf.text(470, y, "Subtotal", 9, True, right=True)
    pdf.text(572, y, money(total), 9, right=True)
    pdf.text(470, y - 13, "Sales Tax (exempt - resale)", 8, right=True)
    pdf.text(572, y - 13, "0.00", 9, right=True)
    pdf.text(470, y - 28, "PO Total USD", 10, True, right=True)
    pdf.text(572, y - 28, money(total), 10, True, right=True)
    pdf.lines(40, y - 50, d.get("notes", []), 7.5, 9)
    return pdf.done()


def qb_po(d: dict, title: str = "Purchase Order") -> bytes:
    """Small-business accounting style: title top right, Date/P.O. No. grid, Vendor and Ship To boxes."""
    pdf = Pdf(f"{title} {d['po']}")
    pdf.text(40, 748, d["buyer"], 13, True)
    pdf.lines(40, 734, d["buyer_addr"], 9, 11)
    pdf.text(572, 748, title, 18, True, right=True)
    pdf.box(430, 690, 71, 30)
    pdf.box(501, 690, 71, 30)
    pdf.text(466, 711, "Date", 8, True, center=True)
    pdf.text(536, 711, d.get("no_label", "P.O. No."), 8, True, center=True)
    pdf.text(466, 695, d["date"], 9, center=True)
    pdf.text(536, 695, d["po"], 9, center=True)
    pdf.box(40, 590, 240, 80)
    pdf.box(332, 590, 240, 80)
    pdf.text(44, 660, d.get("left_label", "Vendor"), 8, True)
    pdf.text(336, 660, d.get("right_label", "Ship To"), 8, True)
    pdf.lines(46, 646, d["vendor"], 9, 11)
    pdf.lines(338, 646, d["ship"], 9, 11)
    y = 570
    if d.get("extra"):
        x = 40
        for h, v in d["extra"]:
            pdf.box(x, y - 26, 132, 26)
            pdf.text(x + 66, y - 9, h, 7.5, True, center=True)
            pdf.text(x + 66, y - 21, v, 8.5, center=True)
            x += 133
        y -= 44
    cols = [("Item", 90, "l"), ("Description", 250, "l"), ("Qty", 50, "r"), ("Rate", 70, "r"), ("Amount", 72, "r")]
    rows = [[ln.item or "", ln.written, _qs(ln.qty), money(ln.price), money(_ext(ln)) if ln.price is not None else ""]
            for ln in d["lines"]]
    y = table(pdf, y, cols, rows, header_fill=0.92, lead=15)
    total = sum(_ext(ln) for ln in d["lines"] if ln.price is not None)
    pdf.box(430, y - 24, 142, 22)
    pdf.text(436, y - 17, "Total", 10, True)
    pdf.text(566, y - 17, "$" + money(total), 10, True, right=True)
    pdf.lines(40, y - 50, d.get("notes", []), 8, 10)
    return pdf.done()


def district_po(d: dict) -> bytes:
    """Public-sector PO: district seal line, fiscal year, requisition, bill/deliver blocks, account codes."""
    pdf = Pdf(f"PO {d['po']}")
    pdf.text(306, 755, d["buyer"].upper(), 13, True, center=True)
    pdf.text(306, 741, "Office of the Treasurer - Purchasing Department", 9, center=True)
    pdf.text(306, 729, "  |  ".join(d["buyer_addr"]), 8, center=True)
    pdf.hline(40, 572, 720, 1.2)
    pdf.text(40, 702, "PURCHASE ORDER", 14, True)
    grid = [("PO Number", d["po"]), ("Fiscal Year", d["fy"]), ("Order Date", d["date"]), ("Requisition", d["req_no"]),
            ("Deliver By", d.get("req", "")), ("Buyer", d["contact"])]
    for i, (h, v) in enumerate(grid):
        x = 300 + (i % 2) * 136
        yy = 712 - (i // 2) * 16
        pdf.text(x, yy, h + ":", 8, True)
        pdf.text(x + 62, yy, v, 8.5)
    pdf.box(40, 560, 170, 95)
    pdf.box(221, 560, 170, 95)
    pdf.box(402, 560, 170, 95)
    for x, lab, rows in [(44, "VENDOR", d["vendor"]), (225, "BILL TO", d["bill"]), (406, "DELIVER TO", d["ship"])]:
        pdf.text(x, 645, lab, 8, True)
        pdf.lines(x + 2, 632, rows, 8.5, 10.5)
    cols = [("Line", 30, "c"), ("Qty", 40, "r"), ("Unit", 34, "c"), ("Description", 236, "l"), ("Account Code", 90, "l"),
            ("Unit Price", 50, "r"), ("Total", 52, "r")]
    rows = [[str(i + 1), _qs(ln.qty), ln.puom, ln.written, d["acct"], money(ln.price), money(_ext(ln))]
            for i, ln in enumerate(d["lines"])]
    y = table(pdf, 540, cols, rows, size=8, header_fill=0.8)
    total = sum(_ext(ln) for ln in d["lines"])
    pdf.text(490, y - 6, "TOTAL", 9, True, right=True)
    pdf.text(572, y - 6, "$" + money(total), 9, True, right=True)
    y = pdf.lines(40, y - 30, d.get("notes", []), 7.5, 9)
    pdf.text(40, y - 24, "Authorized signature: ______________________   Treasurer / CFO", 8)
    return pdf.done()


def service_po(d: dict) -> bytes:
    """Field-service software PO: coloured band, job/technician block, SKU + vendor part columns."""
    pdf = Pdf(f"PO {d['po']}")
    pdf.c.setFillColorRGB(0.12, 0.27, 0.45)
    pdf.c.rect(0, 730, 612, 62, stroke=0, fill=1)
    pdf.c.setFillColorRGB(1, 1, 1)
    pdf.text(40, 760, d["buyer"], 16, True)
    pdf.text(40, 744, " - ".join(d["buyer_addr"]), 8.5)
    pdf.text(572, 760, f"PO #{d['po']}", 14, True, right=True)
    pdf.c.setFillColorRGB(0, 0, 0)
    y = 708
    info = [("Created", d["date"]), ("Required", d.get("req", "")), ("Job #", d.get("job", "")),
            ("Technician", d.get("tech", "")), ("Status", "Sent"), ("Delivery", d.get("delivery", ""))]
    for i, (h, v) in enumerate(info):
        x = 40 + (i % 3) * 180
        yy = y - (i // 3) * 16
        pdf.text(x, yy, h, 8, True)
        pdf.text(x + 58, yy, v, 8.5)
    y -= 44
    pdf.text(40, y, "Vendor", 9, True)
    pdf.lines(40, y - 13, d["vendor"], 8.5, 10.5)
    pdf.text(320, y, "Ship To", 9, True)
    pdf.lines(320, y - 13, d["ship"], 8.5, 10.5)
    y -= 80
    cols = [("SKU", 70, "l"), ("Vendor Part #", 80, "l"), ("Description", 210, "l"), ("Qty", 40, "r"),
            ("Cost", 60, "r"), ("Total", 72, "r")]
    rows = [[ln.cp or "", ln.item or "", ln.written, _qs(ln.qty), money(ln.price), money(_ext(ln))]
            for ln in d["lines"]]
    y = table(pdf, y, cols, rows, header_fill=0.9)
    total = sum(_ext(ln) for ln in d["lines"])
    pdf.text(500, y - 8, "Subtotal", 9, right=True)
    pdf.text(572, y - 8, money(total), 9, right=True)
    pdf.text(500, y - 22, "Total", 10, True, right=True)
    pdf.text(572, y - 22, "$" + money(total), 10, True, right=True)
    pdf.lines(40, y - 50, d.get("notes", []), 8, 10)
    return pdf.done()


def simple_po(d: dict) -> bytes:
    """Bare template from a small-shop app: no prices, items listed under the addresses."""
    pdf = Pdf(f"Purchase Order {d['po']}")
    pdf.text(40, 750, d["buyer"], 18, True)
    pdf.lines(40, 732, d["buyer_addr"], 9, 11)
    pdf.text(572, 750, f"Purchase Order #{d['po']}", 12, True, right=True)
    pdf.text(572, 735, f"Issued: {d['date']}", 9, right=True)
    if d.get("req"):
        pdf.text(572, 722, f"Needed by: {d['req']}", 9, right=True)
    pdf.hline(40, 572, 690)
    pdf.text(40, 672, "Supplier", 9, True)
    pdf.lines(40, 659, d["vendor"], 9, 11)
    pdf.text(300, 672, d.get("ship_label", "Deliver to"), 9, True)
    pdf.lines(300, 659, d["ship"], 9, 11)
    cols = [("Item", 340, "l"), ("Quantity", 80, "r"), ("Unit", 60, "c")]
    rows = [[ln.written, _qs(ln.qty), ln.puom] for ln in d["lines"]]
    y = table(pdf, 590, cols, rows, header_fill=0.95, lead=16, x0=40)
    pdf.lines(40, y - 20, d.get("notes", []), 9, 11)
    return pdf.done()


def sage_po(d: dict) -> bytes:
    """Accounting-suite PO: monospace body, dashed rules, item code and cost code per line."""
    pdf = Pdf(f"PO {d['po']}")
    c = pdf.c
    c.setFont("Courier-Bold", 11)
    c.drawString(40, 750, d["buyer"].upper())
    c.setFont("Courier", 8.5)
    for i, r in enumerate(d["buyer_addr"]):
        c.drawString(40, 738 - i * 10, r)
    c.setFont("Courier-Bold", 11)
    c.drawRightString(572, 750, "PURCHASE ORDER")
    c.setFont("Courier", 8.5)
    hdr = [f"PO NO.....: {d['po']}", f"PO DATE...: {d['date']}", f"DELIVER BY: {d.get('req', '')}",
           f"JOB.......: {d.get('job', '')}"]
    for i, r in enumerate(hdr):
        c.drawString(400, 735 - i * 10, r)
    y = 680
    c.drawString(40, y, "VENDOR:")
    c.drawString(320, y, "SHIP TO:")
    for i, r in enumerate(d["vendor"]):
        c.drawString(40, y - 12 - i * 10, r)
    for i, r in enumerate(d["ship"]):
        c.drawString(320, y - 12 - i * 10, r)
    y -= 80
    rule = "-" * 104
    c.drawString(40, y, rule)
    c.drawString(40, y - 10, f"{'ITEM':<14}{'DESCRIPTION':<40}{'COST CODE':<12}{'QTY':>9} {'UM':<4}{'UNIT COST':>11}{'AMOUNT':>12}")
    c.drawString(40, y - 20, rule)
    y -= 32
    total = 0.0
    for ln in d["lines"]:
        amt = _ext(ln)
        total += amt
        c.drawString(40, y, f"{(ln.cp or ''):<14}{ln.written[:39]:<40}{ln.costcode:<12}{_qs(ln.qty):>9} {ln.puom:<4}"
                            f"{ln.price:>11.3f}{amt:>12,.2f}")
        y -= 11
    c.drawString(40, y, rule)
    c.drawRightString(572, y - 12, f"TOTAL PO AMOUNT: {total:,.2f}")
    for i, r in enumerate(d.get("notes", [])):
        c.drawString(40, y - 34 - i * 10, r)
    return pdf.done()
