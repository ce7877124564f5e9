"""A document that is not an order never becomes an auto-approved order, however good the rest of its
evidence: a known customer's contact, catalog SKUs at contract prices, a known ship-to."""

from __future__ import annotations

import io
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from tests.support.messages import ACME_BUYER, email_with_attachment
from tests.support.service import Service

pytestmark = pytest.mark.slow

# The demo customer C001 (Acme Retail Group): its contact, its ship-to, and its contract prices.
SENDER = ACME_BUYER
LINES = [("TAPE-48-CLR", "Packing tape 48 mm clear", "4", "CS", "46.96"),
         ("GLV-NIT-L-BLU", "Nitrile gloves blue L", "2", "BX", "10.50"),
         ("TIE-08-BLK", "Cable ties 8 in black", "3", "PK", "3.81")]


def _pdf(title_lines: list[tuple[str, str]]) -> bytes:
    """An A4-ish page as an accounting system prints it: the buyer's name, the title lines given (text,
    style), the order date, the ship-to block and a ruled table of the goods."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, invariant=1)
    story = [Paragraph("<b>Acme Retail Group</b>", styles["Normal"])]
    story += [Paragraph(text, styles[style]) for text, style in title_lines]
    story += [Paragraph("Order Date: 2026-11-20", styles["Normal"]), Spacer(1, 6),
              Paragraph("<b>Ship To:</b><br/>Acme Retail DC Boston<br/>400 Summer Street<br/>Boston, MA 02210",
                        styles["Normal"]), Spacer(1, 8)]
    table = Table([["SKU", "Description", "Qty", "UoM", "Unit Price"], *[list(line) for line in LINES]])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [table, Paragraph("Amount due within 30 days.", styles["Normal"])]
    doc.build(story)
    return buf.getvalue()


def _email(pdf: bytes, subject: str, msg_id: str) -> bytes:
    return email_with_attachment(sender=SENDER, subject=subject, message_id=f"<{msg_id}@acme-retail.example>",
                                 body="Please find the document attached.", attachment=pdf,
                                 maintype="application", subtype="pdf", filename="document.pdf")


def test_the_same_page_titled_purchase_order_is_approved_untouched(sqlite_service: Service):
    """The control: with an order's title, this page's evidence is enough to approve it untouched, so
    what keeps the invoices below out of the ERP is their title alone."""
    svc = sqlite_service
    posted = svc.post_eml(_email(_pdf([("PURCHASE ORDER", "Title"), ("PO Number: AR-77120", "Normal")]),
                                 "PO AR-77120", "control-po"))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["auto_approved"] is True, order["review_reasons"]
    assert order["customer_id"] == "C001" and order["po_number"] == "AR-77120"
    assert [line["sku"] for line in order["lines"]] == [sku for sku, *_ in LINES]


@pytest.mark.parametrize("title_lines", [
    pytest.param([("Purchase Order No. AR-77120", "Normal"), ("Invoice", "Title")], id="po-reference-above-title"),
    pytest.param([("Purchase Order No. AR-77120<br/>Tax Invoice No. 7781", "Normal")], id="tax-invoice-under-po"),
    pytest.param([("INVOICE", "Title"), ("Purchase Order No. AR-77120", "Normal")], id="title-first"),
    pytest.param([("Your purchase order: AR-77120", "Normal"), ("Rechnung", "Title")], id="german-title"),
])
def test_an_invoice_quoting_the_po_is_not_an_order(sqlite_service: Service, title_lines: list[tuple[str, str]]):
    """GIVEN an invoice PDF that quotes the buyer's PO (above or below its own title), sent by a known
    customer's contact with catalog SKUs at contract prices and a known ship-to
    WHEN it is processed
    THEN no order is made (nothing is approved, nothing goes to the ERP) and the message is recorded as
    not an order, with the reason naming the attachment as an invoice."""
    svc = sqlite_service
    posted = svc.post_eml(_email(_pdf(title_lines), "Invoice 7781", "invoice-7781"))
    svc.drain()
    message = svc.client.get(f"/api/messages/{posted['id']}").json()
    assert message["order_ids"] == []
    assert message["status"] == "not_an_order"
    assert message["error"] == "not an order: document.pdf is an invoice"
    orders = svc.client.get("/api/orders").json()
    assert not any(o["po_number"] == "AR-77120" for o in orders)


def _text_email(body: str, msg_id: str, subject: str = "Re: your order") -> bytes:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = "orders@northwind-supply.example"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{msg_id}@acme-retail.example>"
    msg.set_content(body)
    return msg.as_bytes(policy=SMTP)


ORDER_LINES_TEXT = "\n".join(f"{qty} x {sku} @ {price}" for sku, _, qty, _, price in LINES)


@pytest.mark.parametrize("body, kind", [
    pytest.param(f"INVOICE\nInvoice No: 7781\nPurchase Order No. AR-77130\n\n{ORDER_LINES_TEXT}\n\n"
                 "Ship to: Acme Retail DC Boston, 400 Summer Street, Boston, MA 02210\n", "invoice",
                 id="invoice-typed-in-the-body"),
    pytest.param(f"Quote Q-12 accepted, please send:\n\n{ORDER_LINES_TEXT}\n\nPO AR-77131\n"
                 "Ship to: Acme Retail DC Boston, 400 Summer Street, Boston, MA 02210\n", "quotation",
                 id="prose-starting-with-quote"),
])
def test_an_email_text_titled_invoice_or_quotation_goes_to_a_clerk(sqlite_service: Service, body: str, kind: str):
    """GIVEN an email body from a known contact, with catalog SKUs at contract prices, whose first words
    read as an invoice's or quotation's title
    WHEN it is processed
    THEN it is neither approved untouched nor closed unseen: it waits for a clerk with a reason saying
    the text calls itself an invoice or quotation (an email's first words are as often prose as a
    title: "Quote Q-12 accepted, please send ...")."""
    svc = sqlite_service
    posted = svc.post_eml(_text_email(body, f"body-{kind}"))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["auto_approved"] is False
    assert order["status"] == "needs_review"
    titled = [r for r in order["review_reasons"] if r["code"] == "titled_not_an_order"]
    assert titled and kind in titled[0]["message"]
    assert [line["sku"] for line in order["lines"]] == [sku for sku, *_ in LINES]


def test_a_prose_order_that_would_like_to_order_today_reaches_the_queue(sqlite_service: Service):
    """GIVEN a buyer's prose order with no PO number and no item codes, asking "we would like to order
    today"
    WHEN it is processed
    THEN it is an order waiting for a clerk, not closed as not an order (a rule merged with a newsletter
    filter once read "order today" as a shop's call to action and closed it)."""
    svc = sqlite_service
    body = ("Hi team, we would like to order today:\n\n4 cases of the clear packing tape\n"
            "2 boxes of the blue nitrile gloves, large\n\nThanks, Jane\n")
    posted = svc.post_eml(_text_email(body, "prose-order-today", subject="Supplies for next week"))
    svc.drain()
    message = svc.client.get(f"/api/messages/{posted['id']}").json()
    assert message["status"] != "not_an_order", message
    order = svc.order_for_message(posted["id"])
    assert order["status"] == "needs_review" and len(order["lines"]) == 2


def test_a_list_of_our_products_in_no_order_words_reaches_the_queue(sqlite_service: Service):
    """GIVEN a buyer's note that never says order, send or need, only what the weekend takes: quantities of
    products we sell, in the buyer's words
    WHEN it is processed
    THEN it waits for a clerk as an order (closing it unseen would lose it), while a note whose counts name
    nothing we sell is still closed as not an order."""
    svc = sqlite_service
    body = ("Big weekend coming up, on the truck Friday please if you can:\n\n"
            "4 cases of the clear packing tape\nblue nitrile gloves large x 2 boxes\n\nCheers, Jane\n")
    posted = svc.post_eml(_text_email(body, "prose-list-no-order-words", subject="weekend"))
    note = svc.post_eml(_text_email("Hi,\n\n2 of us will come at ten, 3 more at noon.\n\nJane\n",
                                    "visit-note", subject="Tuesday"))
    report = EmailMessage()  # a machine's weekly report listing goods left in carts: nobody's order
    report["From"], report["To"] = "no-reply@shop.northwind-supply.example", "orders@northwind-supply.example"
    report["Subject"], report["Message-ID"] = "Weekly store summary", "<cart-report@shop.example>"
    report.set_content("Abandoned carts:\n4 cases of the clear packing tape\nblue nitrile gloves large x 2 boxes\n")
    machine = svc.post_eml(report.as_bytes(policy=SMTP))
    svc.drain()
    order = svc.order_for_message(posted["id"])
    assert order["status"] == "needs_review" and len(order["lines"]) == 2
    assert svc.client.get(f"/api/messages/{note['id']}").json()["status"] == "not_an_order"
    assert svc.client.get(f"/api/messages/{machine['id']}").json()["status"] == "not_an_order"


def test_an_edi_order_response_mailed_with_the_po_number_is_closed_as_what_it_is(sqlite_service: Service):
    """GIVEN a known customer's mail quoting its PO number with an X12 855 attached (an acknowledgement,
    not an order) WHEN it is processed THEN no order is made and the message is closed naming the 855,
    instead of waiting for a clerk as an order nobody could read."""
    edi = ("ISA*00*          *00*          *ZZ*ACME           *ZZ*NORTHWIND      *261120*0930*U*00401*"
           "000000101*0*P*>~GS*PR*ACME*NORTHWIND*20261120*0930*101*X*004010~ST*855*0001~"
           "BAK*00*AC*AR-77140*20261120~SE*3*0001~GE*1*101~IEA*1*000000101~")
    posted = sqlite_service.post_eml(email_with_attachment(
        sender=SENDER, subject="PO AR-77140 acknowledgement", message_id="<ack-77140@acme-retail.example>",
        body="Our purchase order AR-77140: acknowledgement attached.", attachment=edi.encode(),
        maintype="application", subtype="edi-x12", filename="ack-77140.edi"))
    sqlite_service.drain()
    message = sqlite_service.client.get(f"/api/messages/{posted['id']}").json()
    assert message["order_ids"] == []
    assert message["status"] == "not_an_order"
    assert "X12 855 purchase order acknowledgment" in message["error"]
