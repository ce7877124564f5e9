"""Delivery dates under the labels Italian, Dutch and Portuguese buyers write ("Consegna entro il",
"Gewenste leverdatum", "Data de entrega"). Every text here is made up."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.email_text import extract_text


@pytest.mark.parametrize("sentence,day", [
    ("Consegna entro il 21/01/2027 presso il nostro deposito.", date(2027, 1, 21)),
    ("Data di consegna: 2027-01-21", date(2027, 1, 21)),
    ("Gewenste leverdatum: 2027-01-21", date(2027, 1, 21)),
    ("Leveringsdatum 21-01-2027", date(2027, 1, 21)),
    ("Data de entrega: 2027-01-21", date(2027, 1, 21)),
    ("Delivery required: 2027-01-21", date(2027, 1, 21)),
    ("Required: 21 Jan 2027", date(2027, 1, 21)),
])
def test_a_delivery_date_under_another_languages_label_is_the_requested_date(sentence: str, day: date):
    ex = extract_text(f"Buongiorno,\n\n{sentence}\n\n12 x KT-4410 cerniere\n\nSaluti\nAnna\n", 0)
    assert ex.header.requested_date is not None and ex.header.requested_date.value == day


@pytest.mark.parametrize("sentence", ["Required: hard hats on site from 2027-01-21 onwards.",
                                      "Payment Required: 30/01/2027", "Response required: 21 Jan 2027",
                                      "Consegna il 12/01/2027 non è andata bene."])
def test_other_things_required_or_a_past_delivery_are_no_requested_date(sentence: str):
    ex = extract_text(f"Hi,\n\n{sentence}\n\n12 x KT-4410 hinges\n\nKim\n", 0)
    assert ex.header.requested_date is None
