"""A buyer points at one of its delivery places in words ("send out to the yard", "deliver to Main
Stores in Dunmore", "unser Lager in Kassel"): the place the customer has on file that the words name is
the ship-to; words that name no place on file, or several, stay a doubt for a clerk.

Made-up customers, places and addresses throughout."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from extractors.stated import find_stated
from matching.catalog import CatalogIndex, CatalogProduct
from matching.decision import decide
from matching.order_matching import StaticKnowledge, match_order
from models.schemas import Address, CustomerMatch, ExtractedHeader, ExtractedLine, Field, StatedMention

SENT = date(2026, 11, 26)  # a Thursday
CATALOG = CatalogIndex([CatalogProduct("HOSE-25", "Garden hose 25 ft", "EA", Decimal("19.00"))])
CUSTOMER = CustomerMatch("C7", "Fenwick Grounds Ltd", "contact_email", 0.99)
STORES = Address("Fenwick Grounds - Main Stores", "Unit 7, Quarry Lane Estate", "Dunmore", "Avon", "BS9 4QT", "GB")
ELM = Address("Fenwick Grounds", "22 Elm Street", "Harwick", "ON", "K2B 5M1", "CA")
LAGER = Address("Fenwick Gartenbau Lager", "Ludwigstraße 12", "Kassel", "HE", "34117", "DE")
OTHER = Address("Fenwick Grounds - North Depot", "3 Mill Road", "Tarnby", None, "TN4 2XX", "GB")


def _matched(text: str, addresses: list[Address]):
    knowledge = StaticKnowledge(known_addresses={"C7": addresses})
    matched = match_order(ExtractedHeader(po_number=Field("FG-1", 0.9)),
                          [ExtractedLine("3 x HOSE-25", Decimal(3), item_code="HOSE-25")],
                          CUSTOMER, CATALOG, knowledge, today=SENT, stated=find_stated(text))
    return matched, decide(matched, 0.9)


@pytest.mark.parametrize(("text", "known"), [
    ("Deliver to Main Stores in Dunmore please, latest Friday.", STORES),
    ("Ship to our Elm St address.", ELM),
    ("Anlieferung bitte bis Ende KW 50 an unser Lager in Kassel (Ludwigstrasse 12).", LAGER),
])
def test_a_pointer_naming_a_place_on_file_by_name_town_or_street_is_that_place(text, known):
    matched, decision = _matched(text, [known, OTHER])
    assert matched.header.ship_to is not None and matched.header.ship_to.value == known, decision.reasons
    assert "destination_unread" not in {r.code for r in decision.reasons}, decision.reasons


@pytest.mark.parametrize("text", [
    "Can you send out to the yard please:",
    "ship to shop, no rush, by 12/18.",
    "We need 4 hoses delivered next Tuesday to the warehouse if at all possible.",
    "Consegna entro il 14/12/2026 presso il nostro magazzino.",
    "Afleveren op ons magazijn, graag.",
])
def test_a_generic_word_for_the_one_place_on_file_is_that_place(text):
    matched, decision = _matched(text, [STORES])
    assert matched.header.ship_to is not None and matched.header.ship_to.value == STORES, decision.reasons
    assert matched.header.ship_to.confidence < 0.95
    assert "destination_unread" not in {r.code for r in decision.reasons}, decision.reasons


def test_a_generic_word_with_several_places_on_file_is_a_doubt_listing_them():
    matched, decision = _matched("Can you send out to the yard please:", [STORES, OTHER])
    assert not decision.auto_approve
    reason = next(r for r in decision.reasons if r.code == "destination_unread")
    assert "Quarry Lane" in reason.message and "3 Mill Road" in reason.message, reason.message
    assert matched.header.ship_to is None


def test_a_pointer_naming_no_place_on_file_stays_a_doubt():
    matched, decision = _matched("Deliver to Castle Stores in Brigwell please.", [STORES])
    assert matched.header.ship_to is None
    assert "destination_unread" in {r.code for r in decision.reasons}


@pytest.mark.parametrize("signature", ["Sam Pardee\nPardee Lawn Care\n88 Birchwood Ln\nOcala FL 34470\n",
                                       "Sam Pardee\nPardee Lawn Care\n88 Birchwood Ln, Ocala FL 34470\n352-555-0100\n"])
def test_an_address_below_in_the_signature_is_where_it_goes(signature):
    text = "Two hoses please. I can pick up or you can drop at the address below.\n\n" + signature
    destination = next(m for m in find_stated(text) if m.kind == "destination")
    assert destination.address is not None
    assert destination.address.street == "88 Birchwood Ln" and destination.address.postal_code == "34470"
    assert destination.address.name == "Pardee Lawn Care"


def test_a_one_line_address_with_a_street_without_number_and_a_postcode_is_read():
    text = "Deliver to: Hillside Sports Hall, Quarry Lane, Bristol BS8 1TH - needed by 11 Dec."
    destination = next(m for m in find_stated(text) if m.kind == "destination")
    assert destination.address is not None, destination
    assert (destination.address.name, destination.address.street, destination.address.city,
            destination.address.postal_code) == ("Hillside Sports Hall", "Quarry Lane", "Bristol", "BS8 1TH")


def test_an_attention_line_above_the_street_is_not_the_place_name():
    text = "Please ship to:\nOakmere Court Apartments\nAttn: Grounds Office\n410 Tolland Rd\nManchester CT 06040\n"
    destination = next(m for m in find_stated(text) if m.kind == "destination")
    assert destination.address is not None and destination.address.name == "Oakmere Court Apartments"


def test_a_correction_on_top_keeps_the_destination_its_quoted_order_states():
    from extractors.email_text import extract_text

    body = ("Sorry - make the garden hoses 5 not 3. Everything else as below.\n\nCheers\nBo\n\n"
            "-----Original Message-----\nFrom: Bo Lindqvist <bo@fenwick.example>\nSent: 20 November 2026 10:02\n"
            "To: orders@gardenline.example\nSubject: Order FG-7710\n\nHi,\n\n"
            "Order FG-7710, deliver to Dunmore as usual:\n\n3 x garden hose 25 ft\n2 x leaf rake wide\n\n"
            "Thanks\nBo Lindqvist\n")
    extraction = extract_text(body, 0)
    assert extraction.read_from_quote
    assert [m.place for m in extraction.stated if m.kind == "destination"] == ["Dunmore"]


SIGNED = ("Hi,\n\nPlease send on PO FG-7720:\n\n3 x garden hose 25 ft\n\nThanks\nBo Lindqvist\n"
          "Fenwick Grounds, 22 Elm Street, Harwick ON K2B 5M1\n")


def test_a_signature_address_is_found_apart_from_the_order_words():
    from extractors.email_text import extract_text

    signed = [m for m in extract_text(SIGNED, 0).stated if m.kind == "signature"]
    assert [m.address.street for m in signed if m.address] == ["22 Elm Street"]
    assert not [m for m in extract_text(SIGNED, 0).stated if m.kind in ("destination", "address")]


def _signed(street: str, also: str = "") -> list:
    return [*find_stated(also), StatedMention("signature", "Bo, Fenwick Grounds", None, place=street,
                                              address=Address(None, street, "Harwick", "ON", "K2B 5M1", "CA"))]


def test_the_signature_address_on_file_is_the_ship_to_when_the_order_names_no_other():
    knowledge = StaticKnowledge(known_addresses={"C7": [ELM]})
    line = [ExtractedLine("3 x HOSE-25", Decimal(3), item_code="HOSE-25")]
    matched = match_order(ExtractedHeader(po_number=Field("FG-1", 0.9)), line, CUSTOMER, CATALOG, knowledge,
                          today=SENT, stated=_signed("22 Elm St"))
    assert matched.header.ship_to is not None and matched.header.ship_to.value == ELM
    # With several places on file, the sender's own site is the likeliest, but only a clerk can say so.
    several = match_order(ExtractedHeader(po_number=Field("FG-1", 0.9)), line, CUSTOMER, CATALOG,
                          StaticKnowledge(known_addresses={"C7": [ELM, OTHER]}), today=SENT,
                          stated=_signed("22 Elm St"))
    assert several.header.ship_to is not None and several.header.ship_to.value == ELM
    assert several.header.ship_to.confidence < 0.6
    assert not decide(several, 0.9).auto_approve
    # An address not on file, or an order that names where it goes, leaves the signature aside.
    other = match_order(ExtractedHeader(po_number=Field("FG-1", 0.9)), line, CUSTOMER, CATALOG, knowledge,
                        today=SENT, stated=_signed("9 Birch Ave"))
    assert other.header.ship_to is None
    jobsite = match_order(ExtractedHeader(po_number=Field("FG-1", 0.9)), line, CUSTOMER, CATALOG, knowledge,
                          today=SENT, stated=_signed("22 Elm St", "Please deliver to the Brook Hill jobsite."))
    assert jobsite.header.ship_to is None


def test_the_customer_address_on_file_written_under_an_order_without_a_closing_word_is_the_ship_to():
    text = ("Order ref FG-7730, for our stock.\n\n3 x garden hose 25 ft\n\n"
            "Bo Lindqvist\n22 Elm Street, Harwick ON K2B 5M1\n")
    matched, decision = _matched(text, [ELM])
    assert matched.header.ship_to is not None and matched.header.ship_to.value == ELM, decision.reasons


def test_a_pointer_naming_the_town_on_file_and_a_place_not_on_file_goes_there_with_a_doubt():
    """"notre dépôt habituel (ZI des Pins, Harwick)": the usual place in the town on file, by a name the
    file does not hold. The place on file is the best reading, and a clerk confirms it."""
    matched, decision = _matched("Livraison à notre dépôt habituel (ZI des Pins, Harwick).", [ELM, STORES])
    assert matched.header.ship_to is not None and matched.header.ship_to.value == ELM
    assert matched.header.ship_to.confidence < 0.6
    assert not decision.auto_approve
    reason = next(r for r in decision.reasons if r.code == "destination_unread")
    assert "22 Elm Street" in reason.message, reason.message


@pytest.mark.parametrize("text", ["Graag leveren op tijd.", "Graag leveren op maandag 7 december.",
                                  "Levering op 10-12-2026 graag."])
def test_dutch_delivery_on_a_day_names_no_place(text):
    assert [m for m in find_stated(text) if m.kind == "destination"] == []


@pytest.mark.parametrize("text", ["Please deliver to the jobsite in Dunmore.", "Ship to our new site in Dunmore.",
                                  "Please deliver to our project in Dunmore."])
def test_a_site_elsewhere_in_the_town_of_a_place_on_file_is_not_that_place(text):
    """GIVEN a pointer to a job site in the town where the customer's stores are WHEN matched THEN the
    stores are not taken for the site: the order is not approved with the stores as its ship-to."""
    matched, decision = _matched(text, [STORES, OTHER])
    assert matched.header.ship_to is None or matched.header.ship_to.value != STORES or not decision.auto_approve
    assert not (matched.header.ship_to is not None and matched.header.ship_to.value == STORES
                and matched.header.ship_to.confidence >= 0.6), matched.header.ship_to


def test_a_named_job_ends_where_the_next_clause_starts():
    """GIVEN "need 6 rolls ... to the Elm st job, also 4 wht ..." THEN the place is the job, not the rest of the
    sentence, and the job on file by its street is the ship-to."""
    elm_job = Address("Fenwick Grounds - Elm St Job", "418 Elm St", "Harwick", "ON", "K2B 5M1", "CA")
    places = [m.place for m in find_stated("need 6 rolls 12 blk to the Elm st job, also 4 wht and 2 bx connectors.")
              if m.kind == "destination"]
    assert places == ["Elm st job"]
    matched, decision = _matched("need 6 rolls to the Elm st job, also 4 wht and 2 bx connectors", [STORES, elm_job])
    assert matched.header.ship_to is not None and matched.header.ship_to.value == elm_job, decision.reasons


def test_a_place_ends_where_the_place_it_must_not_go_to_starts():
    """GIVEN "deliver to the Elm St job, not to our Main Stores" THEN the place is the job, and the job on file
    is the ship-to (the place named to avoid is not part of its name)."""
    elm_job = Address("Fenwick Grounds - Elm St Job", "418 Elm St", "Harwick", "ON", "K2B 5M1", "CA")
    for text in ("Please deliver to the Elm St job, not to our Main Stores. 6 x HOSE-25",
                 "Please deliver to the Elm St job rather than the stores. 6 x HOSE-25"):
        places = [m.place for m in find_stated(text) if m.kind == "destination"]
        assert places == ["the Elm St job"], places
        matched, decision = _matched(text, [STORES, elm_job])
        assert matched.header.ship_to is not None and matched.header.ship_to.value == elm_job, decision.reasons
    # The place after the aside is the place: "to the jobsite, not the office: <the address>".
    aside = [m for m in find_stated("Please ship to the jobsite, not the office: Juanita Heights Apartments, "
                                    "9820 NE 120th Pl, Kirkland, WA 98034. Gate code 4471.") if m.kind == "destination"]
    assert [m.address.street if m.address else None for m in aside] == ["9820 NE 120th Pl"]


def test_our_site_named_by_the_town_the_sender_signs_from_is_that_site():
    """GIVEN "ship to our Harwick site" signed with the address on file in Harwick THEN that is the ship-to;
    without the signature a site in a town on file may be a new one, and stays a doubt."""
    signed = match_order(ExtractedHeader(po_number=Field("FG-1", 0.9)),
                         [ExtractedLine("3 x HOSE-25", Decimal(3), item_code="HOSE-25")], CUSTOMER, CATALOG,
                         StaticKnowledge(known_addresses={"C7": [ELM]}), today=SENT,
                         stated=_signed("22 Elm Street", "Please ship the following to our Harwick site."))
    assert signed.header.ship_to is not None and signed.header.ship_to.value == ELM
    unsigned, _ = _matched("Please ship the following to our Harwick site.", [ELM])
    assert unsigned.header.ship_to is None or unsigned.header.ship_to.confidence < 0.6
