"""Kinds of documents two more trades' buyers wrote (workwear, bicycle parts) that were read wrong: a delivery
sentence ending in a colon over the whole address, Nordic, Polish and Czech streets and postal codes, delivery
words in those languages. Every text here is made up."""

from __future__ import annotations

import pytest

from extractors.email_text import extract_text
from extractors.loose_lists import is_address_line


def _destination(text: str):
    found = extract_text(text, 0)
    return next((m.address for m in found.stated if m.kind == "destination" and m.address), None), found


@pytest.mark.parametrize("sentence", ["Delivery by 15 January to our workshop:",
                                      "Leverans senast 2027-01-15 till vår verkstad:",
                                      "Levering til vores værksted:"])
def test_a_delivery_sentence_ending_in_a_colon_over_the_whole_address(sentence: str):
    """GIVEN a sentence asking for delivery to a place named by its kind, then the place's whole address under it
    THEN that address is where the order goes, and its lines are no order lines."""
    text = (f"Hi,\n\n- 30 x frame lock keyed alike\n\n{sentence}\nHolm Cykeludlejning ApS\nVerkstaden, Fortevej 9\n"
            "8240 Risskov\n\nBest regards\nLinnea\n")
    address, found = _destination(text)
    assert address is not None
    assert (address.name, address.street, address.postal_code, address.city) == \
        ("Holm Cykeludlejning ApS", "Verkstaden, Fortevej 9", "8240", "Risskov")
    assert [ln.quantity for ln in found.lines] == [30]


@pytest.mark.parametrize("line", ["Verkstaden, Järnvågsgatan 6", "Sydhavnsgade 18", "Innherredsveien 12",
                                  "Sarankulmankatu 9", "ul. Rogowska 127", "nám. Míru 4"])
def test_nordic_finnish_polish_and_czech_streets_are_address_lines(line: str):
    assert is_address_line(line)


@pytest.mark.parametrize("line", ["414 58 Göteborg", "8000 Aarhus C", "0555 Oslo"])
def test_postal_codes_written_as_those_countries_write_them_under_a_street(line: str):
    assert is_address_line(line, under_address=True)
    assert not is_address_line(line)


@pytest.mark.parametrize("sentence,city", [
    ("Dostawa na budowę: ul. Malinowa 14, 45-221 Opole", "Opole"),
    ("Doručení do skladu: Průmyslová 12, 602 00 Brno", "Brno"),
])
def test_polish_and_czech_delivery_words_name_the_destination(sentence: str, city: str):
    address, _ = _destination(f"Zamawiamy:\n- 10 szt. kamizelka XL\n\n{sentence}\n")
    assert address is not None and address.city == city
