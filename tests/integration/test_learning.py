"""What a clerk teaches stays taught: a sender tied to a customer, a unit restated in ours.

Real app, real database, the review actions a clerk uses; the second email needs nobody."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from clerk.customer import set_customer
from models.tables import Customer, Order
from tests.support.service import Service

pytestmark = pytest.mark.slow


def _email(sender: str, body: str, n: int) -> bytes:
    return (f"From: {sender}\r\nTo: orders@northwind-supply.example\r\nSubject: Order\r\n"
            f"Message-ID: <learn-{n}@test.example>\r\nDate: Fri, 27 Nov 2026 09:00:00 -0500\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


def test_a_sender_the_clerk_named_is_known_next_time(sqlite_service: Service):
    svc = sqlite_service
    first = svc.post_eml(_email("owner@corner-deli.example", "PO Number: CD-1\n\n10 x GLV-NIT-S-BLU\n", 1))
    svc.drain()
    order = svc.order_for_message(first["id"])
    assert order["customer_id"] is None
    assert "unknown_customer" in [r["code"] for r in order["review_reasons"]]
    with svc.db.session() as s:
        set_customer(s, s.get(Order, order["id"]), "C001", "clerk@test.example", svc.settings)
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200

    second = svc.post_eml(_email("Owner@Corner-Deli.example", "PO Number: CD-2\n\n5 x GLV-NIT-S-BLU\n", 2))
    svc.drain()
    again = svc.order_for_message(second["id"])
    assert (again["customer_id"], again["customer_method"]) == ("C001", "learned_sender")


def test_a_unit_the_clerk_restated_is_converted_next_time(sqlite_service: Service):
    svc = sqlite_service
    sender = "Jane Doe <jane.doe@acme-retail.example>"
    first = svc.post_eml(_email(sender, "PO Number: AC-77\n\n2 cases of GLV-NIT-S-BLU\n", 3))
    svc.drain()
    order = svc.order_for_message(first["id"])
    line = order["lines"][0]
    assert (line["sku"], line["uom"]) == ("GLV-NIT-S-BLU", "CS")
    assert [r["code"] for r in line["reasons"]] == ["uom_mismatch"]  # cases of boxes: only a person knows
    fixed = svc.client.patch(f"/api/orders/{order['id']}/lines/{line['id']}", json={"quantity": "20"})
    assert fixed.status_code == 200, fixed.text
    assert fixed.json()["lines"][0]["uom"] == "BX"
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200

    second = svc.post_eml(_email(sender, "PO Number: AC-78\n\n3 cases of GLV-NIT-S-BLU\n", 4))
    svc.drain()
    again = svc.order_for_message(second["id"])
    line = again["lines"][0]
    assert (Decimal(line["quantity"]), line["uom"], line["reasons"]) == (Decimal(30), "BX", [])


def test_pieces_that_fill_whole_boxes_go_through_as_boxes(sqlite_service: Service):
    svc = sqlite_service
    sender = "Jane Doe <jane.doe@acme-retail.example>"
    ok = svc.post_eml(_email(sender, "PO Number: AC-90\n\n300 pcs GLV-NIT-S-BLU\n", 5))
    odd = svc.post_eml(_email(sender, "PO Number: AC-91\n\n250 pcs GLV-NIT-S-BLU\n", 6))
    svc.drain()
    line = svc.order_for_message(ok["id"])["lines"][0]
    assert (Decimal(line["quantity"]), line["uom"], line["reasons"]) == (Decimal(3), "BX", [])
    doubtful = svc.order_for_message(odd["id"])
    assert [r["code"] for r in doubtful["lines"][0]["reasons"]] == ["breaks_pack_multiple"]


def test_unsure_readings_approved_unchanged_build_trust(sqlite_service: Service):
    svc = sqlite_service
    sender = "Jane Doe <jane.doe@acme-retail.example>"
    body = "Hi team,\n\nPlus 20 GLV-NIT-S-BLU.\n\nOur PO number is AC-{n}.\n"
    for n in (1, 2):
        accepted = svc.post_eml(_email(sender, body.format(n=100 + n), 10 + n))
        svc.drain()
        order = svc.order_for_message(accepted["id"])
        assert order["status"] == "needs_review"
        assert [r["code"] for r in order["review_reasons"]] == ["low_confidence"]
        assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    with svc.db.session() as s:
        assert s.scalar(select(Customer.confirmed_readings).where(Customer.id == "C001")) == 2
    third = svc.post_eml(_email(sender, body.format(n=103), 13))
    svc.drain()
    assert svc.order_for_message(third["id"])["auto_approved"] is True


def test_an_edi_order_from_an_unknown_sender_is_a_suggestion_then_learned(sqlite_service: Service, tmp_path):
    import email.message

    from evaluation import synthetic

    synthetic.generate(tmp_path / "corpus", 20, 5)
    edi = sorted((tmp_path / "corpus").glob("*-x12-850.edi"))[0]

    def mail(n: int) -> bytes:
        msg = email.message.EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "edi-gateway@van.example", "orders@northwind-supply.example", "850"
        msg["Message-ID"] = f"<edi-{n}@van.example>"
        msg.set_content("EDI 850 attached.")
        data = edi.read_bytes().replace(b"BEG*00*SA*", f"BEG*00*SA*R{n}".encode())
        msg.add_attachment(data, maintype="application", subtype="edi-x12", filename="order.edi")
        return msg.as_bytes()

    svc = sqlite_service
    first = svc.post_eml(mail(1))
    svc.drain()
    order = svc.order_for_message(first["id"])
    assert order["customer_method"] == "document_name" and order["customer_id"]
    assert "customer_unconfirmed" in [r["code"] for r in order["review_reasons"]]
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    second = svc.post_eml(mail(2))
    svc.drain()
    again = svc.order_for_message(second["id"])
    assert (again["customer_id"], again["customer_method"]) == (order["customer_id"], "learned_sender")


def test_a_ship_to_approved_once_is_known_next_time(sqlite_service: Service):
    svc = sqlite_service
    sender = "Jane Doe <jane.doe@acme-retail.example>"
    body = ("PO Number: AC-{n}\n\nShip To:\nAcme Store 12\n55 Elm Street\nSpringfield, IL 62701\n\n"
            "10 x GLV-NIT-S-BLU\n")
    first = svc.post_eml(_email(sender, body.format(n=201), 21))
    svc.drain()
    order = svc.order_for_message(first["id"])
    assert [r["code"] for r in order["review_reasons"]] == ["unknown_ship_to"], order["review_reasons"]
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    second = svc.post_eml(_email(sender, body.format(n=202), 22))
    svc.drain()
    again = svc.order_for_message(second["id"])
    assert again["review_reasons"] == [] and again["auto_approved"] is True
    assert again["ship_to"]["street"] == "55 Elm Street"


def test_a_ship_to_the_clerk_corrected_is_learned_and_the_misread_one_is_not(sqlite_service: Service):
    """GIVEN a ship-to read wrong (a slipped postal code), WHEN the clerk types the right address on the
    review screen and approves, THEN the next order to the right address goes through untouched, and
    the misread address was never learned."""
    from clerk.header import update_header

    svc = sqlite_service
    sender = "Jane Doe <jane.doe@acme-retail.example>"
    body = ("PO Number: AC-{n}\n\nShip To:\nAcme Store 31\n{street}\nSpringfield, IL {postal}\n\n"
            "10 x GLV-NIT-S-BLU\n")
    first = svc.post_eml(_email(sender, body.format(n=501, street="77 Oak Avenue", postal="62710"), 51))
    svc.drain()
    order = svc.order_for_message(first["id"])
    assert [r["code"] for r in order["review_reasons"]] == ["unknown_ship_to"], order["review_reasons"]
    with svc.db.session() as s:
        changed = update_header(s, s.get(Order, order["id"]), "clerk@test.example", {}, ship_to={
            "name": "Acme Store 31", "street": "77 Oak Avenue", "city": "Springfield", "region": "IL",
            "postal_code": "62701", "country": "US"})
    assert changed == ["ship_to"]
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200

    second = svc.post_eml(_email(sender, body.format(n=502, street="77 Oak Avenue", postal="62701"), 52))
    svc.drain()
    again = svc.order_for_message(second["id"])
    assert again["review_reasons"] == [] and again["auto_approved"] is True
    assert (again["ship_to"]["street"], again["ship_to"]["postal_code"]) == ("77 Oak Avenue", "62701")

    misread = svc.post_eml(_email(sender, body.format(n=503, street="77 Oak Avenue", postal="62710"), 53))
    svc.drain()
    assert [r["code"] for r in svc.order_for_message(misread["id"])["review_reasons"]] == ["unknown_ship_to"]


def test_an_imported_cross_reference_matches_their_part_number_from_the_first_order(sqlite_service: Service,
                                                                                   tmp_path):
    from masterdata.catalog import import_item_aliases

    xref = tmp_path / "xref.csv"
    xref.write_text("customer_id,customer_part,sku\nC001,ACME-88812,GLV-NIT-S-BLU\nC001,X-1,NO-SUCH-SKU\n")
    with sqlite_service.db.session() as s:
        report = import_item_aliases(s, xref)
    assert report.imported == 1 and report.rejected[0][0] == 3
    sender = "Jane Doe <jane.doe@acme-retail.example>"
    accepted = sqlite_service.post_eml(_email(sender, "PO Number: AC-300\n\n10 x ACME-88812\n", 30))
    sqlite_service.drain()
    line = sqlite_service.order_for_message(accepted["id"])["lines"][0]
    assert (line["sku"], line["match_method"]) == ("GLV-NIT-S-BLU", "alias")


def test_rounding_a_broken_pack_multiple_teaches_no_conversion(sqlite_service: Service):
    svc = sqlite_service
    sender = "Jane Doe <jane.doe@acme-retail.example>"
    first = svc.post_eml(_email(sender, "PO Number: AC-400\n\n250 pcs GLV-NIT-S-BLU\n", 40))
    svc.drain()
    order = svc.order_for_message(first["id"])
    line = order["lines"][0]
    assert [r["code"] for r in line["reasons"]] == ["breaks_pack_multiple"]
    assert svc.client.patch(f"/api/orders/{order['id']}/lines/{line['id']}", json={"quantity": "3"}).status_code == 200
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    # 300 pieces are 3 boxes by the pack size, whatever the clerk did with 250 pieces.
    second = svc.post_eml(_email(sender, "PO Number: AC-401\n\n300 pcs GLV-NIT-S-BLU\n", 41))
    svc.drain()
    line = svc.order_for_message(second["id"])["lines"][0]
    assert (Decimal(line["quantity"]), line["uom"], line["reasons"]) == (Decimal(3), "BX", [])


def test_a_restated_unit_restates_the_price_and_a_new_sku_redoes_the_conversion(sqlite_service: Service):
    svc = sqlite_service
    sender = "Jane Doe <jane.doe@acme-retail.example>"
    first = svc.post_eml(_email(sender, "PO Number: AC-410\n\n2 cases of GLV-NIT-S-BLU @ 120.00\n", 42))
    svc.drain()
    order = svc.order_for_message(first["id"])
    line = order["lines"][0]
    fixed = svc.client.patch(f"/api/orders/{order['id']}/lines/{line['id']}", json={"quantity": "20"})
    restated = fixed.json()["lines"][0]
    assert (restated["uom"], Decimal(restated["unit_price"])) == ("BX", Decimal("12.00"))

    # 300 pieces converted for one box-of-100 product; the clerk picks another product instead.
    other = svc.post_eml(_email(sender, "PO Number: AC-411\n\n300 pcs GLV-NTI-S-BLU\n", 43))  # doubtful
    svc.drain()
    order = svc.order_for_message(other["id"])
    line = order["lines"][0]
    assert (Decimal(line["quantity"]), line["uom"]) == (Decimal(3), "BX")
    with svc.db.session() as s:
        from models.tables import Product

        each = s.scalar(select(Product.sku).where(Product.uom == "EA", Product.pack_size == 1).limit(1))
    response = svc.client.patch(f"/api/orders/{order['id']}/lines/{line['id']}", json={"sku": each})
    assert response.status_code == 200, response.text
    changed = response.json()
    assert (Decimal(changed["lines"][0]["quantity"]), changed["lines"][0]["uom"]) == (Decimal(300), "EA")


def test_a_shared_gateway_cannot_speak_for_two_customers(sqlite_service: Service):
    """The gateway was learned for one customer; an order through it naming another is a doubt, and the
    clerk's answer makes the address ambiguous (forgotten), never silently someone else's."""
    svc = sqlite_service
    gateway = "edi@van.example"
    first = svc.post_eml(_email(gateway, "PO Number: GW-1\n\n10 x GLV-NIT-S-BLU\n", 50))
    svc.drain()
    order = svc.order_for_message(first["id"])
    with svc.db.session() as s:
        set_customer(s, s.get(Order, order["id"]), "C002", "clerk@test.example", svc.settings)
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200  # learned on approval
    body = "PO Number: GW-2\nBill To: Acme Retail Group\n\n10 x GLV-NIT-S-BLU\n"
    second = svc.post_eml(_email(gateway, body, 51))
    svc.drain()
    again = svc.order_for_message(second["id"])
    assert (again["customer_id"], again["customer_method"]) == ("C002", "learned_sender")
    assert "customer_unconfirmed" in [r["code"] for r in again["review_reasons"]]  # it names Acme
    with svc.db.session() as s:
        set_customer(s, s.get(Order, again["id"]), "C001", "clerk@test.example", svc.settings)
    assert svc.client.post(f"/api/orders/{again['id']}/approve").status_code == 200
    third = svc.post_eml(_email(gateway, "PO Number: GW-3\n\n10 x GLV-NIT-S-BLU\n", 52))
    svc.drain()
    order = svc.order_for_message(third["id"])
    assert order["customer_id"] is None
    # Forgotten for good: the next clerk's answer does not make it one customer's again.
    with svc.db.session() as s:
        set_customer(s, s.get(Order, order["id"]), "C002", "clerk@test.example", svc.settings)
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    fourth = svc.post_eml(_email(gateway, "PO Number: GW-4\n\n10 x GLV-NIT-S-BLU\n", 53))
    svc.drain()
    assert svc.order_for_message(fourth["id"])["customer_method"] != "learned_sender"


def test_a_sender_learned_for_the_wrong_customer_is_corrected(sqlite_service: Service):
    """A clerk once tied a buyer's address to the wrong customer; the next order, resolved by that tie
    and naming nobody else, is in review (for an item we do not know) and the clerk corrects its
    customer and approves it: the tie moves, and the third order is right without anyone."""
    svc = sqlite_service
    buyer = "orders@corner-deli.example"
    first = svc.post_eml(_email(buyer, "PO Number: CD-11\n\n10 x GLV-NIT-S-BLU\n", 60))
    svc.drain()
    order = svc.order_for_message(first["id"])
    with svc.db.session() as s:
        set_customer(s, s.get(Order, order["id"]), "C002", "clerk@test.example", svc.settings)  # the wrong one
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    second = svc.post_eml(_email(buyer, "PO Number: CD-12\n\n10 x GLV-NIT-S-BLU @ 99.00\n", 61))
    svc.drain()
    again = svc.order_for_message(second["id"])
    assert (again["customer_id"], again["customer_method"]) == ("C002", "learned_sender")
    assert again["status"] == "needs_review"
    with svc.db.session() as s:
        set_customer(s, s.get(Order, again["id"]), "C001", "clerk@test.example", svc.settings)
    assert svc.client.post(f"/api/orders/{again['id']}/approve").status_code == 200
    third = svc.post_eml(_email(buyer, "PO Number: CD-13\n\n10 x GLV-NIT-S-BLU\n", 62))
    svc.drain()
    last = svc.order_for_message(third["id"])
    assert (last["customer_id"], last["customer_method"]) == ("C001", "learned_sender")


def test_a_customer_changed_twice_on_one_order_teaches_only_the_last_on_approval(sqlite_service: Service):
    """A misclick corrected on the same order (B, then back to A) teaches nothing until approval, and then
    only A: the sender is not taken for a shared address."""
    svc = sqlite_service
    buyer = "orders@harbour-cafe.example"
    first = svc.post_eml(_email(buyer, "PO Number: HC-1\n\n10 x GLV-NIT-S-BLU\n", 70))
    svc.drain()
    order = svc.order_for_message(first["id"])
    with svc.db.session() as s:
        set_customer(s, s.get(Order, order["id"]), "C002", "clerk@test.example", svc.settings)  # misclick
        set_customer(s, s.get(Order, order["id"]), "C001", "clerk@test.example", svc.settings)
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    second = svc.post_eml(_email(buyer, "PO Number: HC-2\n\n10 x GLV-NIT-S-BLU\n", 71))
    svc.drain()
    again = svc.order_for_message(second["id"])
    assert (again["customer_id"], again["customer_method"]) == ("C001", "learned_sender")


def test_a_tie_corrected_once_and_contradicted_again_is_forgotten(sqlite_service: Service):
    """A buyer with two accounts: the tie moved once to the other customer; when a clerk contradicts it
    again, the address speaks for two customers and is forgotten, not flipped at full confidence."""
    svc = sqlite_service
    buyer = "purchasing@twin-accounts.example"

    def order_set_and_approved(n: int, customer: str) -> dict:
        posted = svc.post_eml(_email(buyer, f"PO Number: TA-{n}\n\n10 x GLV-NIT-S-BLU @ 99.00\n", 80 + n))
        svc.drain()
        order = svc.order_for_message(posted["id"])
        with svc.db.session() as s:
            set_customer(s, s.get(Order, order["id"]), customer, "clerk@test.example", svc.settings)
        assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
        return order

    order_set_and_approved(1, "C002")
    assert order_set_and_approved(2, "C001")["customer_method"] == "learned_sender"  # tie moved to C001
    assert order_set_and_approved(3, "C002")["customer_method"] == "learned_sender"  # contradicted again
    last = svc.post_eml(_email(buyer, "PO Number: TA-4\n\n10 x GLV-NIT-S-BLU\n", 90))
    svc.drain()
    assert svc.order_for_message(last["id"])["customer_method"] != "learned_sender"


def test_a_customer_the_clerk_sets_brings_its_own_checks(sqlite_service: Service):
    """GIVEN Bluebird's PO BB-77 received, and then an order under the same PO from Acme's buyer, at
    Bluebird's contract price for one line and with no price for the other, WHEN the clerk says it is
    Bluebird's THEN its reasons are Bluebird's (the price agrees with its contract, the PO is a
    duplicate of Bluebird's) and the unpriced line carries Bluebird's price; WHEN the clerk says it is
    Acme's after all THEN Acme's reasons come back and the line its list price."""
    svc = sqlite_service
    body = "PO Number: BB-77\n\n10 x BAG-45G-CLR @ 40.31\n4 x BOX-0604-06\n"
    svc.post_eml(_email("m.webb@bluebird-hotels.example", "PO Number: BB-77\n\n2 x BAG-45G-CLR @ 40.31\n", 70))
    sent = svc.post_eml(_email("jane.doe@acme-retail.example", body, 71))
    svc.drain()
    order = svc.order_for_message(sent["id"])
    assert order["customer_id"] == "C001"

    def reasons() -> dict[str, str]:
        return {r["code"]: r["message"] for r in svc.order_for_message(sent["id"])["review_reasons"]}

    def prices() -> list[Decimal]:
        return [Decimal(str(line["unit_price"])) for line in svc.order_for_message(sent["id"])["lines"]]

    assert "list price is 42.61" in reasons()["price_mismatch"]  # Acme has no contract for it
    assert "duplicate_po" not in reasons()
    assert prices() == [Decimal("40.31"), Decimal("9.06")]
    with svc.db.session() as s:
        set_customer(s, s.get(Order, order["id"]), "C002", "clerk@test.example", svc.settings)
    assert "price_mismatch" not in reasons()
    assert "Bluebird" in reasons()["duplicate_po"]
    assert prices() == [Decimal("40.31"), Decimal("8.45")]
    with svc.db.session() as s:
        set_customer(s, s.get(Order, order["id"]), "C001", "clerk@test.example", svc.settings)
    assert "list price is 42.61" in reasons()["price_mismatch"]
    assert "duplicate_po" not in reasons()
    assert prices() == [Decimal("40.31"), Decimal("9.06")]


def test_a_customer_the_clerk_sets_brings_its_own_aliases_and_keeps_the_clerks_sku(sqlite_service: Service):
    """GIVEN Bluebird calls BAG-45G-CLR "BB CLEAR 45", and an order from an unknown sender with that line
    and one the clerk already corrected WHEN the clerk says it is Bluebird's THEN the first line is
    Bluebird's bag (its alias, its contract price, no doubt left) and the clerk's SKU stays."""
    from matching.order_matching import alias_key
    from models.tables import CustomerItemAlias

    svc = sqlite_service
    with svc.db.session() as s:
        s.add(CustomerItemAlias(customer_id="C002", alias_key=alias_key(None, "BB CLEAR 45", None),
                                sku="BAG-45G-CLR", created_by="test"))
    sent = svc.post_eml(_email("night-desk@resort.example", "PO Number: NX-1\n\n3 x BB CLEAR 45\n2 x GLOVE-THING\n",
                               80))
    svc.drain()
    order = svc.order_for_message(sent["id"])
    assert order["customer_id"] is None
    assert [line["sku"] for line in order["lines"]] == [None, None]
    second = order["lines"][1]["id"]
    with svc.db.session() as s:
        from clerk.lines import update_line
        update_line(s, s.get(Order, order["id"]), second, "clerk@test.example", sku="GLV-NIT-S-BLU")
        set_customer(s, s.get(Order, order["id"]), "C002", "clerk@test.example", svc.settings)
    again = svc.order_for_message(sent["id"])
    assert [(line["sku"], line["match_method"]) for line in again["lines"]] == [
        ("BAG-45G-CLR", "alias"), ("GLV-NIT-S-BLU", "clerk")]
    assert Decimal(str(again["lines"][0]["unit_price"])) == Decimal("40.31")
    assert [r["code"] for r in again["review_reasons"] if r.get("line_no")] == []


def test_a_customer_the_clerk_sets_does_not_inherit_the_previous_ones_unit_conversion(sqlite_service: Service):
    """GIVEN Acme taught that its case of GLV-NIT-S-BLU is 10 boxes, and Acme's buyer orders 3 cases
    WHEN the clerk says the order is Bluebird's (which taught nothing) THEN the line is 3 cases again,
    with a unit doubt, as if Bluebird had sent it; WHEN it is Acme's again THEN 30 boxes."""
    svc = sqlite_service
    sender = "Jane Doe <jane.doe@acme-retail.example>"
    first = svc.post_eml(_email(sender, "PO Number: AC-77\n\n2 cases of GLV-NIT-S-BLU\n", 93))
    svc.drain()
    order = svc.order_for_message(first["id"])
    line = order["lines"][0]
    assert svc.client.patch(f"/api/orders/{order['id']}/lines/{line['id']}", json={"quantity": "20"}).status_code == 200
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    second = svc.post_eml(_email(sender, "PO Number: AC-78\n\n3 cases of GLV-NIT-S-BLU\n1 x MYSTERY-ITEM-9\n", 94))
    svc.drain()
    again = svc.order_for_message(second["id"])
    assert (float(again["lines"][0]["quantity"]), again["lines"][0]["uom"]) == (30.0, "BX")  # as Acme taught

    def first_line_after(customer: str) -> dict:
        with svc.db.session() as s:
            set_customer(s, s.get(Order, again["id"]), customer, "clerk@test.example", svc.settings)
        return svc.order_for_message(second["id"])["lines"][0]

    as_bluebird = first_line_after("C002")
    assert (float(as_bluebird["quantity"]), as_bluebird["uom"]) == (3.0, "CS")
    assert any(r.get("field") == "uom" for r in as_bluebird["reasons"])
    as_acme = first_line_after("C001")
    assert (float(as_acme["quantity"]), as_acme["uom"]) == (30.0, "BX")
    assert not any(r.get("field") == "uom" for r in as_acme["reasons"])


def test_the_quantity_as_ordered_is_kept_on_the_line_not_read_back_from_its_note(sqlite_service: Service):
    """GIVEN Acme taught that its case of GLV-NIT-S-BLU is 10 boxes, and an order of 3 cases filed as
    30 boxes, whose conversion note was then overwritten with anything at all WHEN the clerk says it is
    Bluebird's THEN the line is 3 cases again (and 30 boxes when it is Acme's again); WHEN the clerk
    picks another product for it THEN that product's packing is applied to the 3 cases as ordered."""
    from models.tables import OrderLine

    svc = sqlite_service
    sender = "Jane Doe <jane.doe@acme-retail.example>"
    first = svc.post_eml(_email(sender, "PO Number: AC-90\n\n2 cases of GLV-NIT-S-BLU\n", 95))
    svc.drain()
    order = svc.order_for_message(first["id"])
    line = order["lines"][0]
    assert svc.client.patch(f"/api/orders/{order['id']}/lines/{line['id']}", json={"quantity": "20"}).status_code == 200
    assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
    second = svc.post_eml(_email(sender, "PO Number: AC-91\n\n3 cases of GLV-NIT-S-BLU\n1 x MYSTERY-ITEM-9\n", 96))
    svc.drain()
    again = svc.order_for_message(second["id"])
    line_id = again["lines"][0]["id"]
    with svc.db.session() as s:
        stored = s.get(OrderLine, line_id)
        assert (stored.quantity, stored.uom, stored.ordered_quantity, stored.ordered_uom) == (30, "BX", 3, "CS")
        stored.conversion = "garbage ~ not a note"  # display text only: nothing parses it back

    def first_line_after(customer: str) -> dict:
        with svc.db.session() as s:
            set_customer(s, s.get(Order, again["id"]), customer, "clerk@test.example", svc.settings)
        return svc.order_for_message(second["id"])["lines"][0]

    as_bluebird = first_line_after("C002")
    assert (Decimal(as_bluebird["quantity"]), as_bluebird["uom"]) == (Decimal(3), "CS")
    as_acme = first_line_after("C001")
    assert (Decimal(as_acme["quantity"]), as_acme["uom"]) == (Decimal(30), "BX")
    with svc.db.session() as s:
        s.get(OrderLine, line_id).conversion = "3"  # a note the old regex could not even read
    with svc.db.session() as s:
        from clerk.lines import update_line

        update_line(s, s.get(Order, again["id"]), line_id, "clerk@test.example", sku="BAG-45G-CLR")
    bag = svc.order_for_message(second["id"])["lines"][0]
    # Bag cases are sold per case: 3 cases as ordered, not 30 of anything.
    assert (bag["sku"], Decimal(bag["quantity"]), bag["uom"]) == ("BAG-45G-CLR", Decimal(3), "CS")


def test_a_senders_trust_is_kept_on_its_contact_not_in_the_audit_trail(sqlite_service: Service):
    """GIVEN a buyer with two accounts whose tie was learned, then corrected once WHEN the audit trail is
    emptied and a clerk contradicts the tie again THEN it is forgotten (not corrected a second time);
    and WHEN the trail is emptied again and an order from it is approved under a customer THEN it is not
    learned again: its next order is not the learned sender's."""
    from sqlalchemy import delete

    from models.tables import AuditEvent, CustomerContact, SenderTrust

    svc = sqlite_service
    buyer = "purchasing@two-hats.example"

    def order_set_and_approved(n: int, customer: str) -> dict:
        posted = svc.post_eml(_email(buyer, f"PO Number: TH-{n}\n\n10 x GLV-NIT-S-BLU @ 99.00\n", 120 + n))
        svc.drain()
        order = svc.order_for_message(posted["id"])
        with svc.db.session() as s:
            set_customer(s, s.get(Order, order["id"]), customer, "clerk@test.example", svc.settings)
        assert svc.client.post(f"/api/orders/{order['id']}/approve").status_code == 200
        return order

    def trust() -> tuple[str, str]:
        with svc.db.session() as s:
            contact = s.scalar(select(CustomerContact).where(CustomerContact.email == buyer))
            return contact.customer_id, contact.trust

    def empty_the_audit_trail() -> None:
        with svc.db.session() as s:
            s.execute(delete(AuditEvent))

    order_set_and_approved(1, "C002")
    assert trust() == ("C002", SenderTrust.LEARNED)
    order_set_and_approved(2, "C001")
    assert trust() == ("C001", SenderTrust.CORRECTED)
    empty_the_audit_trail()
    order_set_and_approved(3, "C002")
    assert trust() == ("C001", SenderTrust.SHARED)
    empty_the_audit_trail()
    order_set_and_approved(4, "C002")
    assert trust() == ("C001", SenderTrust.SHARED)
    last = svc.post_eml(_email(buyer, "PO Number: TH-9\n\n10 x GLV-NIT-S-BLU\n", 139))
    svc.drain()
    assert svc.order_for_message(last["id"])["customer_method"] != "learned_sender"
