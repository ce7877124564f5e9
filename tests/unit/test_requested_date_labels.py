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


@pytest.mark.parametrize("sentence,sent,day", [
    ("For plot 9, Mill Rise - Friday 13th March please.", date(2026, 3, 10), date(2026, 3, 13)),
    ("Can I get these delivered to 5 Elm Close on Tuesday 28th April please.", date(2026, 4, 24), date(2026, 4, 28)),
    ("Graag leveren op dinsdag 17 maart 2026 voor 12 uur.", date(2026, 3, 9), date(2026, 3, 17)),
    ("Consegna giovedì 16/07/2026, grazie.", date(2026, 7, 6), date(2026, 7, 16)),
    ("Ophalen maandag 3 augustus.", date(2026, 7, 29), date(2026, 8, 3)),
    ("Next Wednesday 16th if you can.", date(2026, 9, 9), date(2026, 9, 16)),
])
def test_a_weekday_written_with_its_date_in_a_sentence_is_the_day_asked(sentence: str, sent: date, day: date):
    """GIVEN an order email naming a weekday and its date in a sentence, in English, Dutch or Italian
    THEN that day is stated (a clerk confirms a day read from prose), and resolves to the date meant."""
    from extractors.stated import find_stated
    from vocabulary.dates import resolve_stated_day

    said = [m.when for m in find_stated(f"Hi,\n\n{sentence}\n\n4 x hinges\n", 0) if m.kind == "date"]
    assert len(said) == 1
    assert resolve_stated_day(said[0].rstrip(".,"), sent, True) == day


def test_a_mail_programs_sent_line_states_no_day():
    from extractors.stated import find_stated

    text = "Hi,\n\nSent: Wednesday, June 10, 2026 7:20 AM\nOn Mon, 9 Mar 2026 at 08:12, Ben wrote:\n"
    assert [m for m in find_stated(text, 0) if m.kind == "date"] == []
