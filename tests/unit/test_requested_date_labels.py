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


@pytest.mark.parametrize("lines,ordered,needed", [
    ("Date : 12 mars 2026", date(2026, 3, 12), None),
    ("Datum: 12. März 2026", date(2026, 3, 12), None),
    ("Data: 10/03/2026\nEntrega até 20/03/2026", date(2026, 3, 10), date(2026, 3, 20)),
    ("Our ref 88/2026 - dated March 9, 2026.", date(2026, 3, 9), None),
    ("Date: 11 Mar 2026\nDelivery Date: 18 Mar 2026", date(2026, 3, 11), date(2026, 3, 18)),
    ("Date: 09-03-2026\nDelivery by: 23-03-2026", date(2026, 3, 9), date(2026, 3, 23)),
    ("Delivery: 23.03.2026", None, date(2026, 3, 23)),
])
def test_an_email_states_its_own_date_and_the_day_needed_on_lines_of_their_own(lines: str, ordered, needed):
    """GIVEN an order email's date line, in the buyer's language, with the month named or in numbers
    THEN it is the order's date (and a delivery line the day needed)."""
    ex = extract_text(f"Hello,\n\nPO 5521\n{lines}\n\n12 x KT-4410 hinges\n\nThanks\nAnna\n", 0)
    assert (ex.header.order_date.value if ex.header.order_date else None) == ordered
    assert (ex.header.requested_date.value if ex.header.requested_date else None) == needed


@pytest.mark.parametrize("line", ["Date: Thursday, March 12, 2026 5:05 PM", "Date: Mon, 02 Mar 2026 12:14:00 +0000",
                                  "Date: 12 March 2026 at 09:14", "Our data: 10 March 2026 was lost"])
def test_a_mail_programs_date_line_is_no_order_date(line: str):
    ex = extract_text(f"Hello,\n\n> {line}\n{line}\n\n12 x KT-4410 hinges\n\nThanks\n", 0)
    assert ex.header.order_date is None
