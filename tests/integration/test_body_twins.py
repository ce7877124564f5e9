"""An email's plain-text and HTML bodies are one body: a worse reading of the text twin is no doubt."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from tests.support.service import Service

pytestmark = pytest.mark.slow


def test_html_table_with_a_flattened_text_twin_is_one_order_without_doubt(sqlite_service: Service):
    msg = EmailMessage()
    msg["From"], msg["To"] = "Jane Doe <jane.doe@acme-retail.example>", "orders@northwind-supply.example"
    msg["Subject"], msg["Message-ID"] = "PO AC-500", "<twins-1@acme-retail.example>"
    msg.set_content("PO Number: AC-500\n\n1  GLV-NIT-S-BLU  Nitrile gloves  6  bx\n2  CUT-FRK-BLK  Forks  4  cs\n")
    msg.add_alternative(
        "<p>PO Number: AC-500</p><table><tr><th>Qty</th><th>Item</th><th>Description</th></tr>"
        "<tr><td>6</td><td>GLV-NIT-S-BLU</td><td>Nitrile gloves</td></tr>"
        "<tr><td>4</td><td>CUT-FRK-BLK</td><td>Forks</td></tr></table>", subtype="html")
    accepted = sqlite_service.post_eml(msg.as_bytes())
    sqlite_service.drain()
    order = sqlite_service.order_for_message(accepted["id"])
    assert "other_part_has_lines" not in {r["code"] for r in order["review_reasons"]}, order["review_reasons"]
    assert sorted((ln["sku"], float(ln["quantity"])) for ln in order["lines"]) == [
        ("CUT-FRK-BLK", 4.0), ("GLV-NIT-S-BLU", 6.0)]


def test_a_text_part_beside_an_html_part_is_not_a_twin_and_its_line_is_not_dropped(sqlite_service: Service):
    """multipart/mixed: the text is a second message, not another rendering of the HTML."""
    msg = EmailMessage()
    msg["From"], msg["To"] = "Jane Doe <jane.doe@acme-retail.example>", "orders@northwind-supply.example"
    msg["Subject"], msg["Message-ID"] = "PO AC-501", "<twins-2@acme-retail.example>"
    msg.set_content("Please also add 10 x CUT-FRK-BLK to PO AC-501")
    msg.make_mixed()
    html = EmailMessage()
    html.set_content("<p>PO Number: AC-501</p><table><tr><th>Qty</th><th>Item</th></tr>"
                     "<tr><td>6</td><td>GLV-NIT-S-BLU</td></tr></table>", subtype="html", disposition="inline")
    msg.attach(html)
    accepted = sqlite_service.post_eml(msg.as_bytes())
    sqlite_service.drain()
    order = sqlite_service.order_for_message(accepted["id"])
    assert order["status"] == "needs_review"
    assert "other_part_has_lines" in {r["code"] for r in order["review_reasons"]}


def test_a_text_version_naming_an_item_the_html_lacks_is_still_a_doubt(sqlite_service: Service):
    msg = EmailMessage()
    msg["From"], msg["To"] = "Jane Doe <jane.doe@acme-retail.example>", "orders@northwind-supply.example"
    msg["Subject"], msg["Message-ID"] = "PO AC-502", "<twins-3@acme-retail.example>"
    msg.set_content("PO Number: AC-502\n\n6 x GLV-NIT-S-BLU\n10 x CUT-FRK-BLK\n")
    msg.add_alternative("<p>PO Number: AC-502</p><table><tr><th>Qty</th><th>Item</th></tr>"
                        "<tr><td>6</td><td>GLV-NIT-S-BLU</td></tr></table>", subtype="html")
    accepted = sqlite_service.post_eml(msg.as_bytes())
    sqlite_service.drain()
    order = sqlite_service.order_for_message(accepted["id"])
    assert "other_part_has_lines" in {r["code"] for r in order["review_reasons"]}
