"""A destination or a needed-by day written in the buyer's own words is read, or the order is a doubt: an
order that names a jobsite never goes untouched to the customer's default address.

Made-up emails of the kinds that slipped through: a known customer, clean lines, and a place or a day
said in a sentence rather than under a label."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from tests.support.service import Service

pytestmark = pytest.mark.slow

SENDER = "Jane Doe <jane.doe@acme-retail.example>"
SIGNATURE = "\nThanks,\nJane Doe\nPurchasing, Acme Retail Group\n400 Summer Street\nBoston, MA 02210\n(617) 555-0142\n"


def _email(body: str, n: int, attachment: tuple[str, bytes] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = SENDER, "orders@northwind-supply.example"
    msg["Subject"], msg["Message-ID"] = f"PO AC-9{n:02d}", f"<stated-{n}@acme-retail.example>"
    msg["Date"] = "Fri, 27 Nov 2026 09:00:00 -0500"
    msg.set_content(body)
    if attachment is not None:
        msg.add_attachment(attachment[1], maintype="text", subtype="csv", filename=attachment[0])
    return msg.as_bytes()


def _order(svc: Service, eml: bytes) -> dict:
    accepted = svc.post_eml(eml)
    svc.drain()
    return svc.order_for_message(accepted["id"])


def _codes(order: dict) -> set[str]:
    return {r["code"] for r in order["review_reasons"]}


def test_a_jobsite_ship_to_in_a_sentence_is_read_and_never_approved_untouched(sqlite_service: Service):
    """GIVEN a known customer's clean order whose ship-to is written in a sentence
    WHEN it is processed THEN the jobsite address is read and the order waits for a clerk."""
    order = _order(sqlite_service, _email(
        "Hi team,\n\nPO Number: AC-901\n\n10 x GLV-NIT-L-BLU\n5 x TAPE-48-CLR\n\n"
        "Ship to Alder Creek Elementary - Jobsite, 9120 Alder Creek Rd, Bothell WA 98011\n" + SIGNATURE, 1))
    assert order["status"] == "needs_review"
    assert (order["ship_to"] or {}).get("street") == "9120 Alder Creek Rd", order["ship_to"]
    assert (order["ship_to"] or {}).get("postal_code") == "98011"
    assert "unknown_ship_to" in _codes(order), order["review_reasons"]


def test_a_place_named_but_not_addressed_is_a_doubt_on_the_ship_to(sqlite_service: Service):
    order = _order(sqlite_service, _email(
        "PO Number: AC-902\n\n10 x GLV-NIT-L-BLU\n5 x TAPE-48-CLR\n\nPlease deliver to our Sparks plant.\n"
        + SIGNATURE, 2))
    assert order["status"] == "needs_review"
    unread = [r for r in order["review_reasons"] if r["code"] == "destination_unread"]
    assert unread and "our Sparks plant" in unread[0]["message"], order["review_reasons"]
    assert unread[0].get("field") == "ship_to"


def test_a_place_in_the_body_counts_when_the_order_came_from_the_attachment(sqlite_service: Service):
    csv = b"PO Number,AC-903\n\nItem,Qty\nGLV-NIT-L-BLU,10\nTAPE-48-CLR,5\n"
    order = _order(sqlite_service, _email("Order attached. Please drop at the Bothell jobsite.\n" + SIGNATURE, 3,
                                          ("po-ac-903.csv", csv)))
    assert order["status"] == "needs_review"
    assert "destination_unread" in _codes(order), order["review_reasons"]


def test_a_needed_by_weekday_in_prose_is_read_against_the_sending_day(sqlite_service: Service):
    """Sent Friday 27 Nov 2026: "Mon 11/30" is Monday 30 Nov; a clerk confirms a day read from prose."""
    order = _order(sqlite_service, _email(
        "PO Number: AC-904\n\n10 x GLV-NIT-L-BLU\n5 x TAPE-48-CLR\n\nWe need these on site Mon 11/30.\n"
        + SIGNATURE, 4))
    assert order["requested_date"] == "2026-11-30"
    assert order["status"] == "needs_review"
    assert any(r.get("field") == "requested_date" for r in order["review_reasons"]), order["review_reasons"]


def test_a_needed_by_day_that_names_no_one_day_is_a_doubt(sqlite_service: Service):
    order = _order(sqlite_service, _email(
        "PO Number: AC-905\n\n10 x GLV-NIT-L-BLU\n5 x TAPE-48-CLR\n\nWe need it by end of next week.\n"
        + SIGNATURE, 5))
    assert order["requested_date"] is None
    assert order["status"] == "needs_review"
    assert "date_unread" in _codes(order), order["review_reasons"]


def test_shipping_words_and_the_signature_address_are_no_doubt(sqlite_service: Service):
    """"please ship asap via UPS" names no place, and the buyer's office in the signature is not a ship-to."""
    order = _order(sqlite_service, _email(
        "PO Number: AC-906\n\n10 x GLV-NIT-L-BLU\n5 x TAPE-48-CLR\n\nPlease ship asap via UPS ground, "
        "delivery charges as usual.\n" + SIGNATURE, 6))
    assert not _codes(order)
    assert order["status"] == "shipped"  # approved untouched, and on through the pipeline
