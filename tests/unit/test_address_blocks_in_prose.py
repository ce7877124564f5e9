"""An address written out as a block on its own lines in an order's own words, above its closing ("new
store, send it here:" / "Greenleaf Garden Center #4" / "61 Orchard Hill Rd" / "Dayton, OH 45402"), is where
the buyer wants the goods; a block under a billing label, or in the signature, is not."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from extractors.email_text import extract_text
from extractors.stated import find_stated
from matching.decision import decide
from matching.order_matching import StaticKnowledge, match_order
from models.schemas import Address, CustomerMatch, ExtractedHeader, ExtractedLine, Field
from tests.unit.test_stated_mentions import CATALOG

CUSTOMER = CustomerMatch("C9", "Greenleaf Garden Centers", "contact_email", 0.99)
ON_FILE = Address("Greenleaf Garden Centers", "12 Market St", "Springfield", "OH", "45501", "US")


def _destinations(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(m.address.name, m.address.street, m.address.postal_code) for m in find_stated(text)
            if m.kind == "destination" and m.address is not None]


def test_an_address_block_between_the_lines_and_the_closing_is_a_destination():
    body = ("Hi, first order for our new store!\n\n6 bags potting mix\n2 flats marigolds\n\n"
            "Greenleaf Garden Center #4\n61 Orchard Hill Rd\nDayton, OH 45402\n\nThanks,\nPat\n")
    assert _destinations(body) == [("Greenleaf Garden Center #4", "61 Orchard Hill Rd", "45402")]


def test_a_block_right_under_the_prose_and_a_uk_town_on_its_own_line():
    body = ("Please send the below to our Bristol yard please:\nHollin Stoneworks Ltd\nUnit 9, Avon Mill Estate\n"
            "Bristol\nBS3 2LT\n")
    assert _destinations(body) == [("Hollin Stoneworks Ltd", "Unit 9, Avon Mill Estate", "BS3 2LT")]


def test_a_canadian_block_with_the_province_in_words():
    body = ("Commande pour mardi:\n3 caisses de papier\n\n"
            "Imprimerie Vachon\n220 rue Racine\nSherbrooke (Québec) J1H 3T4\n")
    found = _destinations(body)
    assert found == [("Imprimerie Vachon", "220 rue Racine", "J1H 3T4")]


def test_a_billing_block_is_not_a_destination():
    body = "6 bags potting mix\n\nInvoice to:\nGreenleaf Accounts\n9 Ledger Ave\nColumbus, OH 43215\n"
    assert _destinations(body) == []


def test_a_signature_block_under_the_closing_is_not_a_destination():
    body = ("6 bags potting mix\n\nThanks,\nPat Moreno\n"
            "Greenleaf Garden Center #4\n61 Orchard Hill Rd\nDayton, OH 45402\n")
    assert [m for m in extract_text(body, 0).stated if m.kind == "destination"] == []


def test_a_block_read_as_the_ship_to_still_sends_an_unknown_address_to_a_clerk():
    body = "6 bags potting mix\n\nGreenleaf Garden Center #4\n61 Orchard Hill Rd\nDayton, OH 45402\n"
    matched = match_order(ExtractedHeader(po_number=Field("PO-7", 0.9)),
                          [ExtractedLine("10 x GLV-NIT-L-BLU", Decimal(10), item_code="GLV-NIT-L-BLU")],
                          CUSTOMER, CATALOG, StaticKnowledge(known_addresses={"C9": [ON_FILE]}),
                          today=date(2026, 11, 25), stated=find_stated(body))
    assert matched.header.ship_to is not None and matched.header.ship_to.value.postal_code == "45402"
    assert not decide(matched, 0.9).auto_approve


def test_a_block_of_an_address_on_file_is_still_a_clerk_s_to_confirm():
    # A block standing in the text says nothing of whether goods go there ("Elm St is closed, nothing goes
    # there:" reads the same): even an address on file, read from it, is no ship-to to approve untouched.
    street = ON_FILE.street or ""
    town = f"{ON_FILE.city}, {ON_FILE.region} {ON_FILE.postal_code}"
    body = f"10 x GLV-NIT-L-BLU\n\nThat store is closed for renovation, nothing goes there:\n{street}\n{town}\n"
    matched = match_order(ExtractedHeader(po_number=Field("PO-8", 0.9)),
                          [ExtractedLine("10 x GLV-NIT-L-BLU", Decimal(10), item_code="GLV-NIT-L-BLU")],
                          CUSTOMER, CATALOG, StaticKnowledge(known_addresses={"C9": [ON_FILE]}),
                          today=date(2026, 11, 25), stated=find_stated(body))
    assert not decide(matched, 0.9).auto_approve


def _one(text: str) -> tuple[str | None, str | None, str | None, str | None]:
    found = [m for m in find_stated(text) if m.kind == "destination" and m.address is not None]
    assert len(found) == 1, found
    a = found[0].address
    return a.name, a.street, a.city, a.postal_code


def test_a_day_with_its_month_between_the_verb_and_the_place():
    assert _one("Want these dropped Thursday Mar 4 to the Eastgate nursery, 410 Fenwick Blvd, Akron OH 44301.") == (
        "Eastgate nursery", "410 Fenwick Blvd", "Akron", "44301")


def test_a_number_before_to_is_not_a_street():
    """"... Mar 4 to the Eastgate nursery, 410 Fenwick Blvd": "4 to the Eastgate nursery" is no street and
    "410 Fenwick Blvd" no European postcode and town."""
    assert [m.address.street for m in find_stated("Can you do Mar 4 to the yard, 410 Fenwick Blvd, Akron OH 44301?")
            if m.address is not None] == ["410 Fenwick Blvd"]


def test_the_address_on_the_line_under_a_named_place():
    assert _one("Please send to our Lakeview greenhouse:\n77 Shore Rd W, Kelowna, BC V1Y 2B3\n\n4 flats pansies") == (
        "Lakeview greenhouse", "77 Shore Rd W", "Kelowna", "V1Y 2B3")


def test_a_need_for_a_place_with_its_address():
    assert _one("need for the Birchwood show garden, 5 Birch Hollow Ln, Boulder CO 80302\n\nmulch x 4") == (
        "Birchwood show garden", "5 Birch Hollow Ln", "Boulder", "80302")


def test_a_spanish_send_to_a_site_at_an_address():
    assert _one("Favor de enviar lo siguiente al vivero en 90 W Main St, Mesa AZ 85201:\n- 4 bultos de tierra") == (
        None, "90 W Main St", "Mesa", "85201")
