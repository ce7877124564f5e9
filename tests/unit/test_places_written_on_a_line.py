"""Where the goods go, written as buyers write it without a "Ship to" label: an address alone on its line, under a
site label in the buyer's language, in a sentence whose street runs into its town without a comma, in a sentence
wrapped over two lines, and in the order a correction quotes. Every text here is made up."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.email_text import extract_text
from extractors.header_fields import one_line_address
from extractors.stated import find_stated


def _destinations(text: str):
    return [m for m in find_stated(text) if m.kind == "destination" and m.address is not None]


@pytest.mark.parametrize("line,street,city,postal", [
    ("Lot 12 Banksia Drive, Mildura VIC 3500", "Lot 12 Banksia Drive", "Mildura", "3500"),
    ("Harbour Mews, Quay Lane, Exeter EX2 4AN", "Quay Lane", "Exeter", "EX2 4AN"),
    ("Site 5, Ballymoe Road, Galway H91 R2C4. Needed Friday.", "Site 5, Ballymoe Road", "Galway", "H91 R2C4"),
    ("Kerkstraat 44, 3511 LX Utrecht.", "Kerkstraat 44", "Utrecht", "3511 LX"),
])
def test_an_address_alone_on_its_line_is_a_place_named_for_a_clerk_to_confirm(line, street, city, postal):
    """GIVEN an order whose text writes an address whole on a line of its own, with no label or verb
    THEN it is a destination not asked in words (the ship-to when nothing else names one, below the floor)."""
    text = f"Order for the new job, PO 7781.\n\n{line}\n\n12 x 47x100 C24 4.8\n"
    (found,) = _destinations(text)
    assert (found.address.street, found.address.city, found.address.postal_code) == (street, city, postal)
    assert not found.asked


@pytest.mark.parametrize("label", ["Cantiere", "Obra", "Baustelle", "Site", "Delivery"])
def test_an_address_under_a_site_label_is_where_the_goods_go(label: str):
    (found,) = _destinations(f"Ordine n. 44/12.\n{label}: Via Garibaldi 18, 40121 Bologna (BO)\n")
    assert (found.address.street, found.address.city, found.address.region) == ("Via Garibaldi 18", "Bologna", "BO")
    assert found.asked


@pytest.mark.parametrize("text", [
    "Bill to:\nMarsh Builders, 12 High Street, Leeds LS1 4AB\n",
    "Registered office: 12 High Street, Leeds LS1 4AB\n",
    "Please send 4 boxes of screws.\n\nThanks,\nDana Holt\nMarsh Builders, 12 High Street, Leeds LS1 4AB\n",
    # a signature with no closing word above it: name, company, address, telephone
    "Deliver to our Sparks plant:\n\n4 x hex nuts\n\nTony Ruiz | Planner\nSierra Works Inc.\n"
    "5000 Longley Ln, Reno NV 89502\n(775) 555-0100\n",
    # a sentence that names the address after a label of its own: the prose readers' to read
    "Thanks. This batch has to go to our Dayton shop, not the main one: 48 Kettering Blvd, Dayton OH 45409\n",
])
def test_an_address_line_of_another_party_or_a_signature_is_no_destination(text: str):
    assert not [m for m in find_stated(text) if m.kind == "destination" and m.address is not None
                and m.provenance is not None and m.text.startswith(("Marsh", "5000", "Registered", "Thanks"))]


def test_a_street_running_into_its_town_without_a_comma_is_read_in_a_delivery_sentence():
    """GIVEN "Deliver to the main lab, 14 Lawson Crescent Southport QLD 4215." ("the main ..." alone would be the
    buyer's usual address, which names no place of its own)
    THEN the address is read whole; "Deliver to our main warehouse." still names no place."""
    (found,) = _destinations("Deliver to the main lab, 14 Lawson Crescent Southport QLD 4215.\n")
    assert (found.address.street, found.address.city, found.address.region, found.address.postal_code) == (
        "14 Lawson Crescent", "Southport", "QLD", "4215")
    assert found.address.name == "main lab"
    assert not [m for m in find_stated("Deliver to our main warehouse.\n") if m.kind == "destination"]


def test_an_address_in_a_sentence_wrapped_under_its_delivery_words_is_asked_for():
    text = ("I'm a local builder. Can I get the following delivered\nto a job at 5 Orchard Close, Corbridge, "
            "NE45 5LT on Tuesday please.\n")
    (written,) = [m for m in find_stated(text) if m.kind == "address"]
    assert "delivered" in written.text and written.address is not None and written.address.street == "5 Orchard Close"


@pytest.mark.parametrize("written,street,city,region", [
    ("plot 22 Riverstick Meadows, Glanmire, Co. Cork T45 WR60", "plot 22 Riverstick Meadows", "Glanmire", "Co. Cork"),
    ("Plot 14, Meadow Rise, Lichfield, Staffordshire WS13 8QT", "Plot 14, Meadow Rise", "Lichfield", "Staffordshire"),
    ("Via Solferino 31, 43121 Parma (PR)", "Via Solferino 31", "Parma", "PR"),
])
def test_a_county_before_the_postcode_is_the_region_and_the_town_stands_before_it(written, street, city, region):
    address = one_line_address(written)
    assert address is not None
    assert (address.street, address.city, address.region) == (street, city, region)


CORRECTED = """Sorry Jo - make the 3.6s 4.8s, the joists are longer. Everything else as below.

Ben

On Mon, 9 Mar 2026 at 08:12, Ben Okafor <ben@example.co.uk> wrote:
> Hi Jo,
>
> Loft job at 19 Cressingham Road, Reading RG2 7JE - can you deliver Thursday 12 March.
> PO KL-1187
>
> 14 x 47x150 C24 3.6m
> 2 x timber frame screws 6.7x150 (box 50)
>
> Thanks
> Ben
"""


def test_a_correction_keeps_the_place_and_day_the_quoted_order_asked_for():
    """GIVEN a reply correcting the order quoted below it, which says where and when in its own words
    THEN the corrected order keeps that address and that day (stated, for matching to hold against the header)."""
    ex = extract_text(CORRECTED, 0, subject="Re: loft order KL-1187")
    assert ex.read_from_quote
    assert [(line.quantity, line.description) for line in ex.lines][0] == (Decimal("14"), "47x150 C24 4.8m")
    kinds = {m.kind: m for m in ex.stated}
    assert kinds["address"].address is not None and kinds["address"].address.street == "19 Cressingham Road"
    assert kinds["date"].when is not None and "12 March" in kinds["date"].when


@pytest.mark.parametrize("written,kept", [
    ("5 x câble souple 3G1,5 blanc 100 m", "3G1.5"), ("3 x rigid cable 2,5mm² green-yellow 100 m", "2.5mm"),
])
def test_a_decimal_comma_in_a_cable_section_is_kept(written: str, kept: str):
    (line,) = extract_text(f"Bonjour,\n\n{written}\n\nMerci\n", 0).lines
    assert kept in (line.description or "")
