"""Address blocks written the way Irish, Australian and German addresses are: an Eircode under the town
(with the country after it on its line), a town, state and four-digit postcode on one line, and a street
with its postal code and town on the same line. Made-up places."""

from __future__ import annotations

from extractors.header_fields import parse_address


def test_an_irish_block_with_its_eircode_and_country_on_one_line():
    address = parse_address(["Kilbrack Leisure Centre", "Mill Road", "Ballyvane, Galway", "H91 R2C4, Ireland"])
    assert address is not None
    assert (address.name, address.street, address.city, address.postal_code, address.country) == (
        "Kilbrack Leisure Centre", "Mill Road", "Galway", "H91 R2C4", "IE")


def test_an_australian_town_state_and_postcode_line():
    address = parse_address(["Reef Marine Supplies", "17 Spence Street", "Townsville QLD 4810", "Australia"])
    assert address is not None
    assert (address.street, address.city, address.region, address.postal_code, address.country) == (
        "17 Spence Street", "Townsville", "QLD", "4810", "AU")


def test_an_australian_address_on_one_line():
    address = parse_address(["Reef Marine Supplies", "17 Spence Street", "Townsville NSW 2810"], one_line=True)
    assert address is not None
    assert (address.street, address.city, address.region, address.postal_code, address.country) == (
        "17 Spence Street", "Townsville", "NSW", "2810", "AU")


def test_a_german_street_with_its_postal_code_and_town_on_the_same_line():
    address = parse_address(["Brandt Sanitär GmbH, Baustelle Lindenhof", "Gartenstraße 14, 90402 Nürnberg"])
    assert address is not None
    assert (address.street, address.city, address.postal_code) == ("Gartenstraße 14", "Nürnberg", "90402")


def test_a_us_town_line_with_a_country_word_and_a_zip_label_between():
    address = parse_address(["Ferro Pack - Caguas", "Carretera 1 Km 30.4", "Caguas, PR EE.UU. ZIP Code:00725"])
    assert address is not None
    assert (address.street, address.city, address.region, address.postal_code, address.country) == (
        "Carretera 1 Km 30.4", "Caguas", "PR", "00725", "US")
    address = parse_address(["Ozark Bottling", "41 Mill Rd", "Springdale, AR USA 72764"])
    assert address is not None and (address.city, address.postal_code) == ("Springdale", "72764")
