"""Header fields a document prints without a label of their own: the order's number after the noun "order", the
currency beside the totals' label, a letter's date alone on its line; and a short order asked for in a buyer's
own words ("can u chuck 3 rolls of ... on the truck"), which is never closed unseen. Every text is made up."""

from __future__ import annotations

from datetime import date

import pytest

from config import Settings
from extractors.csv_table import extract_csv
from extractors.header_fields import find_currency_by_amounts, find_header, find_po_number, find_subject_po_number
from extractors.tabular import classify_header
from intake.classify import asks_for_goods
from models.db import Database
from models.status import MessageStatus
from tests.support.messages import file_email, plain_email
from vocabulary.dates import read_stated_date


@pytest.mark.parametrize("text,number", [
    ("Order DTF/26/0455 for delivery to the works, Thursday 10 September:", "DTF/26/0455"),
    ("Works order WO-55120, please quote on invoice.", "WO-55120"),
    ("Hi, order OJ-0207 please, collection Thursday", "OJ-0207"),
    # the verb, not the noun: an item code ordered is no order number
    ("please order AB-12 for the site", None),
    ("Order AB-12 x 4", None),
    ("we order KL-1187 for the yard", None),
    ("order 2x4 studs", None),
    # a prefix of capitals set apart from its digits, a Dutch label, a number promised
    ("Order no: HEC 00781", "HEC 00781"),
    ("Ordernummer: BK-1123", "BK-1123"),
    ("PO will be SFS-PO-11901 (Dana approved).", "SFS-PO-11901"),
    ("PO TOTAL 9154.60", None),
    ("PO BOX 1234", None),
])
def test_a_code_after_the_noun_order_is_its_number(text: str, number: str | None):
    found = find_po_number(text)
    assert (found.value if found else None) == number


@pytest.mark.parametrize("text,code", [
    ("                                   TOTAL GBP    4634.20", "GBP"),
    ('Item,Qty,Amount\nBV22,4,35.60\n,,Total CAD,"1,054.30"', "CAD"),
    ("Grand total EUR 1.204,00", "EUR"),
    ("Total CAD pricing to follow", None),  # a sentence, not the totals' label
])
def test_the_code_beside_the_totals_label_is_the_currency(text: str, code: str | None):
    found = find_currency_by_amounts(text)
    assert (found.value if found else None) == code


def test_a_csv_order_takes_the_currency_its_totals_row_prints():
    data = (b"Northwind Plumbing\nPurchase Order\nP.O. No.,7790\n\nItem,Description,Qty,Rate,Amount\n"
            b"PEX050,PEX 1/2in x 100ft,8,32.50,260.00\nBV075,Ball valve 3/4in,8,17.40,139.20\n"
            b',,,Total CAD,"399.20"\n')
    ex = extract_csv(data, 0)
    assert ex.header.currency is not None and ex.header.currency.value == "CAD"
    assert len(ex.lines) == 2


LETTER = """MESA CLINIC
   12 Oracle Rd | Tucson, Arizona
                                                        12/01/26
   Meridian Medical Supply
   PURCHASE ORDER #MV-2026-0412
   Item No.   Description             Qty   Unit
   SYR-1-TB   Tuberculin syringe 1 mL   2   box
"""


def test_a_letter_dates_itself_on_a_line_of_its_own():
    """GIVEN a PO printed as a letter, its date alone on a line under the letterhead and no dated label
    THEN that date is the order's (a PDF's text only; two such lines say nothing)."""
    header = find_header(LETTER, 0, "pdf", day_first=False, letter=True)
    assert header.order_date is not None and header.order_date.value == date(2026, 12, 1)
    # (a field's value cut from its label by a layout pass is no letter's date: "Req. Date" / "12/14/2026")
    assert find_header(LETTER, 0, "pdf", day_first=False).order_date is None
    twice = LETTER.replace("   Meridian", " " * 56 + "12/03/26\n   Meridian")
    assert find_header(twice, 0, "pdf", day_first=False, letter=True).order_date is None


@pytest.mark.parametrize("text", [
    "G'day, can u chuck 3 rolls of 2.5 TPS and 2 of the 1.5 on the truck for Thurs",
    "Hi, Can I get 2 x 100m of 2.5 twin & earth and 10 double sockets white",
])
def test_a_buyer_asking_in_their_own_words_asks_for_goods(text: str):
    assert asks_for_goods(text)


@pytest.mark.slow
def test_a_one_sentence_order_from_an_unknown_sender_reaches_a_clerk(demo_db: Database, settings: Settings):
    """GIVEN an order in one sentence of a buyer's words, no PO number or item code, naming goods the catalog
    does not word so, from a sender not on file WHEN it is processed THEN it is filed for a clerk, not closed."""
    raw = plain_email(subject="tps", message_id="<one-sentence@example.net>", sender="Josh <josh@example.net>",
                      body="G'day, can u chuck 3 rolls of 2.5 TPS and 2 of the 1.5 on the truck for Thurs. cheers\n")
    got = file_email(demo_db, settings, raw)
    assert got.status != MessageStatus.NOT_AN_ORDER, got.error
    assert got.filed


@pytest.mark.parametrize("heading,column", [
    ("Unit GBP", "unit_price"), ("Net GBP", "line_total"), ("Value USD", "line_total"), ("Unit", "uom"),
    ("Qty Required", "quantity"), ("Required Qty", "quantity"), ("Un", "uom"), ("Net", None),
])
def test_column_headings_as_purchasing_systems_print_them(heading: str, column: str | None):
    """A price column headed with its currency's code ("Unit GBP" beside "Unit"), SAP's "Un" for the order unit."""
    assert classify_header(heading) == column


@pytest.mark.parametrize("written,day", [
    ("1st December 2026", date(2026, 12, 1)), ("22nd of March 2026", date(2026, 3, 22)),
    ("Date: 3rd Oct. 2026", date(2026, 10, 3)),
])
def test_a_day_written_with_its_ordinal_is_a_date(written: str, day: date):
    found = read_stated_date(written)
    assert found is not None and found[0] == day and found[2]


@pytest.mark.parametrize("subject,number", [
    ("P-2260", "P-2260"), ("RE: DTF/26/0455", "DTF/26/0455"), ("RE: 12/03", None), ("Re: 2x4 studs", None),
])
def test_a_subject_that_is_only_a_code_names_the_order(subject: str, number: str | None):
    found = find_subject_po_number(subject)
    assert (found.value if found else None) == number


def test_a_po_dated_on_the_next_line_gives_the_order_date():
    header = find_header("against our PO No. SKE/PO/2026-27/0342 dated\n05.11.2026 at the earliest.", 0, "text")
    assert header.order_date is not None and header.order_date.value == date(2026, 11, 5)


def test_a_requisition_dates_itself_raised_and_required():
    header = find_header("Order Ref: TB/LEN/4530\nRaised: 07-Dec-2026\nRequired: 10-Dec-2026\nRaised by: M. Barr\n",
                         0, "pdf")
    assert header.order_date is not None and header.order_date.value == date(2026, 12, 7)
    assert header.requested_date is not None and header.requested_date.value == date(2026, 12, 10)


def test_a_date_under_another_label_is_not_the_order_date():
    """"REQ. DATE 12/14/2026" beside "DATE 12/04/2026": a word with its stop before "Date" makes another date."""
    header = find_header("Apex Motor Factors\nREQ. DATE 12/14/2026\n", 0, "pdf")
    assert header.order_date is None
