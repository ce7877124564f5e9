"""Ship-to blocks as buyers write them: beside another block, on one line with commas, with the
postcodes of the UK, India and Canada (made-up addresses)."""

import pytest

from extractors.header_fields import find_ship_to, parse_address


def test_ship_to_beside_bill_to_keeps_its_own_column() -> None:
    text = ("SHIP TO: NORTH YARD                                BILL TO: FINANCE DEPT\n"
            "         77 QUARRY LN                                     PO BOX 12\n"
            "         ELMTON OR 97001                                  ELMTON OR 97009\n")
    found = find_ship_to(text)
    assert found is not None
    a = found.value
    assert (a.name, a.street, a.city, a.region, a.postal_code) == (
        "NORTH YARD", "77 QUARRY LN", "ELMTON", "OR", "97001")


def test_ship_to_label_right_of_the_vendor_block() -> None:
    text = ("Vendor                              Ship To\n"
            "Acme Widgets Ltd                    Pelton Heating\n"
            "5 Forge Rd                          310 Cable Ave\n"
            "Dunmore, TX 75001                   Kellby, OH 44101\n")
    found = find_ship_to(text)
    assert found is not None
    a = found.value
    assert (a.name, a.street, a.city, a.postal_code) == ("Pelton Heating", "310 Cable Ave", "Kellby", "44101")


def test_one_line_ship_to_with_commas_and_a_sentence_after() -> None:
    found = find_ship_to("Ship to: 14 Grove – Caretaker's Room, 14 Grove Ave, Halton ON  L7J 2K4. PO QX-1.\n")
    assert found is not None
    a = found.value
    assert (a.name, a.street, a.city, a.region, a.postal_code, a.country) == (
        "14 Grove – Caretaker's Room", "14 Grove Ave", "Halton", "ON", "L7J 2K4", "CA")


@pytest.mark.parametrize(("text", "parts"), [
    ("Deliver to: Kiln Street Bakery - Back Dock, 40 Kiln St, Ashby, MA 01431\nReceiving 6-2. Need by Friday.\n",
     ("Kiln Street Bakery - Back Dock", "40 Kiln St", "Ashby", "MA", "01431", "US")),
    ("SHIP TO: Orchard Vet Clinic, 9 Pine Way, Laval, QC H7N 1B2\nPlease call first\n",
     ("Orchard Vet Clinic", "9 Pine Way", "Laval", "QC", "H7N 1B2", "CA")),
])
def test_one_line_ship_to_written_as_on_an_envelope_with_the_state_after_a_comma(text, parts) -> None:
    """'Name, 40 Kiln St, Ashby, MA 01431' on the label's line: the whole address, however the next line
    goes on (it is not the street)."""
    found = find_ship_to(text)
    assert found is not None
    a = found.value
    assert (a.name, a.street, a.city, a.region, a.postal_code, a.country) == parts


def test_deliver_to_a_kind_of_place_then_the_address() -> None:
    found = find_ship_to("Deliver to site: Pine Hall Annex, 19 Mill Rd, Oxley PA 17001. Call Dana first.\n"
                         "Need by 7/1.\n")
    assert found is not None
    a = found.value
    assert (a.name, a.street, a.city, a.postal_code) == ("Pine Hall Annex", "19 Mill Rd", "Oxley", "17001")


def test_indian_pin_after_the_town_with_the_state() -> None:
    a = parse_address(["Lotus Inn", "Plot 9, Wakad Road", "Nagpur 440010, Maharashtra"])
    assert a is not None
    assert (a.street, a.city, a.region, a.postal_code, a.country) == (
        "Plot 9, Wakad Road", "Nagpur", "Maharashtra", "440010", "IN")
    b = parse_address(["Lotus Inn", "Survey No. 3, Aundh Road", "Nagpur Maharashtra 440010", "India"])
    assert b is not None
    assert (b.city, b.region, b.postal_code, b.country) == ("Nagpur", "Maharashtra", "440010", "IN")


def test_uk_postcode_after_the_town() -> None:
    a = parse_address(["Pemberly Stationers", "9 Kiln Row", "Bristol BS1 6QH"])
    assert a is not None
    assert (a.street, a.city, a.postal_code, a.country) == ("9 Kiln Row", "Bristol", "BS1 6QH", "GB")
    b = parse_address(["9 Kiln Row", "Bristol", "BS1 6QH", "United Kingdom"])
    assert b is not None
    assert (b.street, b.city, b.postal_code, b.country) == ("9 Kiln Row", "Bristol", "BS1 6QH", "GB")


def test_one_line_street_with_a_comma_runs_to_the_town() -> None:
    found = find_ship_to("Ship to: Main Stores, Plot 14, Kharadi Phase 2, Nashik 422003\n")
    assert found is not None
    assert (found.value.name, found.value.street, found.value.city) == ("Main Stores", "Plot 14, Kharadi Phase 2",
                                                                        "Nashik")
    unit = find_ship_to("Deliver to: Unit 3, Oakfield Park, Derby DE1 2QQ\n")
    assert unit is not None
    assert (unit.value.name, unit.value.street, unit.value.postal_code) == (None, "Unit 3, Oakfield Park", "DE1 2QQ")


def test_a_house_number_set_off_by_a_comma_on_one_line_is_the_streets() -> None:
    found = find_ship_to("Ship to: 1415, boul. des Prairies, Laval (QC) H7N 4A3\n")
    assert found is not None
    assert (found.value.street, found.value.city, found.value.postal_code) == (
        "1415, boul. des Prairies", "Laval", "H7N 4A3")


def test_a_mexican_postal_code_after_the_town_and_state() -> None:
    a = parse_address(["Bodega Norte", "Carretera Celaya-Salvatierra km 8", "Celaya", "Gto.", "C.P. 38010"],
                      one_line=True)
    assert a is not None
    assert (a.name, a.street, a.city, a.region, a.postal_code) == (
        "Bodega Norte", "Carretera Celaya-Salvatierra km 8", "Celaya", "Gto.", "38010")


def test_labels_in_other_languages_head_a_ship_to_block_and_a_delivery_day_is_no_address() -> None:
    for label in ("Adresse de livraison :", "Dirección de entrega:", "Indirizzo di consegna:"):
        found = find_ship_to(f"{label}\nMagasin Ouest\n12 Via Roma\n20121 Milano\n")
        assert found is not None and found.value.street == "12 Via Roma", label
    assert find_ship_to("Consegna: 12/05/2026\n") is None


def test_six_digits_without_an_indian_state_name_no_country_of_their_own() -> None:
    a = parse_address(["Marina Stores", "8 Bayfront Ave", "Singapore 018956", "Singapore"])
    assert a is not None
    assert (a.postal_code, a.country) == ("018956", "SG")
    # Six digits say no country; the town that is a city-state does.
    b = parse_address(["Marina Stores", "8 Bayfront Ave", "Singapore 018956"])
    assert b is not None and b.country == "SG"
    c = parse_address(["Pearl Stores", "8 Binhe Ave", "Shenzhen 518000"])
    assert c is not None and c.country is None


def test_a_block_whose_first_line_is_the_whole_address_ends_there() -> None:
    """A PDF block under 'SHIP TO' whose first line is 'Name, street, town' keeps what follows (a currency
    line, a table's headings) out of the address."""
    a = parse_address(["Garage Lavoie & Fils, 1455 boul. Talbot, Chicoutimi QC G7H 4B8", "DEVISE : CAD"])
    assert a is not None
    assert (a.name, a.street, a.city, a.region, a.postal_code) == (
        "Garage Lavoie & Fils", "1455 boul. Talbot", "Chicoutimi", "QC", "G7H 4B8")
    b = parse_address(["Hollis Plumbing, 20 Mill Rd, Dover, DE 19901", "Part # Description Qty Unit Price"])
    assert b is not None and (b.street, b.city, b.postal_code) == ("20 Mill Rd", "Dover", "19901")
    # a name with commas over a block of its own is still read as a block
    c = parse_address(["Acme, Inc., Receiving", "12 Dock St", "Salem, OR 97301"])
    assert c is not None and (c.name, c.street, c.city) == ("Acme, Inc., Receiving", "12 Dock St", "Salem")


@pytest.mark.parametrize("attention", ["Attn: Building Engineer - Mike Dunleavy", "ATTN Receiving", "c/o Front Desk",
                                       "Attention: Head Custodian"])
def test_an_attention_line_inside_the_block_does_not_end_it(attention: str) -> None:
    # stacked, and beside the bill-to block
    stacked = f"Ship To:\nHarlow Yard\n{attention}\n77 Quarry Ln\nElmton, OR 97001\n\nLn Item Qty\n"
    beside = ("Bill To:                               Ship To:\n"
              "Harlow Holdings                        Harlow Yard\n"
              f"Accounts Payable                       {attention}\n"
              "One Marina Park Drive, Suite 900       77 Quarry Ln\n"
              "Boston, MA 02210                       Elmton, OR 97001\n")
    for text in (stacked, beside):
        found = find_ship_to(text)
        assert found is not None, text
        a = found.value
        assert (a.name, a.street, a.city, a.postal_code) == ("Harlow Yard", "77 Quarry Ln", "Elmton", "97001"), text


def test_a_street_numbered_in_words_under_a_department_line() -> None:
    a = parse_address(["Harbor Point Property Management", "Accounts Payable", "One Marina Park Drive, Suite 900",
                       "Boston, MA 02210"])
    assert a is not None
    assert (a.name, a.street) == ("Harbor Point Property Management", "One Marina Park Drive, Suite 900")
