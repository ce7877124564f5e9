"""Where a multi-site buyer's printed order sends its goods when no "Ship To" label is printed: the place
named by its kind ("Property", "Job Site", "Location", "Receiving") over a whole address, the place's
address as a field of its own ("Store Address:", "Site Address"), a delivery block that points at the
invoice one. Every document here is made up."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from extractors.header_fields import find_ship_to
from extractors.registry import extract_part
from models.schemas import Address, Part


def _po(title: str, left: list[str], right: list[str], fields: tuple[str, ...] = ("PO Number: KV-4410",)) -> bytes:
    """A one-page PO: `title`, header fields, then two blocks side by side (a label, then its lines), then
    a table of one line."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(40, 750, title)
    c.setFont("Helvetica", 9)
    for i, text in enumerate(fields):
        c.drawString(40, 730 - 12 * i, text)
    for x, lines in ((40, left), (300, right)):
        for i, text in enumerate(lines):
            c.drawString(x, 660 - 12 * i, text)
    for x, text in ((40, "Qty"), (80, "UOM"), (130, "Description"), (420, "Unit Price")):
        c.drawString(x, 560, text)
    for x, text in ((40, "6"), (80, "BX"), (130, "Wedge anchor 1/2 x 4 zinc"), (420, "33.60")):
        c.drawString(x, 546, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _ship_to(data: bytes) -> Address | None:
    extraction = extract_part(Part(0, "attachment", "application/pdf", "po.pdf", data))
    assert extraction.lines, extraction.error
    field = extraction.header.ship_to
    return field.value if field else None


_INVOICE = ["Invoice To", "Tillman & Roarke Builders", "2600 Post Oak Blvd, Suite 1100", "Houston, TX 77056"]


@pytest.mark.parametrize("label", ["Job Site", "Property", "Location", "RECEIVING:", "Destination",
                                   "Delivery Location"])
def test_a_place_named_by_its_kind_over_a_whole_address_is_the_ship_to(label: str):
    place = [label, "Brazos Commons Mixed Use", "4100 S Congress Ave", "Austin, TX 78745"]
    a = _ship_to(_po("MATERIAL PURCHASE ORDER", place, _INVOICE))
    assert a is not None
    assert (a.name, a.street, a.city, a.region, a.postal_code) == (
        "Brazos Commons Mixed Use", "4100 S Congress Ave", "Austin", "TX", "78745")


def test_a_place_named_without_an_address_is_not_a_ship_to():
    # "Job Site: Kirkland Library" names the job, not where a truck goes.
    assert _ship_to(_po("PURCHASE ORDER", ["Job Site", "Kirkland Library remodel"], _INVOICE)) is None


def test_a_delivery_block_that_points_at_the_invoice_block_is_that_address():
    bill = ["Bill To", "Horsforth Clinic", "7 Town Street", "Leeds, LS18 4RJ"]
    a = _ship_to(_po("PURCHASE ORDER", bill, ["Deliver To", "Same as invoice address"]))
    assert a is not None
    assert (a.street, a.postal_code) == ("7 Town Street", "LS18 4RJ")


def test_a_field_and_its_value_are_not_the_order_tables_column_names():
    # "Order ref: TC-3391" names an order and a reference, as a table's heading does; a colon and a value say
    # it is a field, so the blocks under it are still read.
    a = _ship_to(_po("ORDER FORM", ["Supplier:", "Keystone Facility Supply", "1200 Industrial Pkwy",
                                    "Allentown, PA 18109"],
                     ["Consignee:", "The Kelpie Inn", "14 Harbour Road", "Oban, OR 97001"],
                     fields=("Order ref: TC-3391", "Date: 27 November 2026")))
    assert a is not None
    assert (a.name, a.street) == ("The Kelpie Inn", "14 Harbour Road")


def test_a_field_named_two_ways_beside_a_place_is_not_part_of_it():
    a = _ship_to(_po("PURCHASE ORDER", ["RECEIVING:", "CENTRAL RECEIVING WAREHOUSE", "6210 50 ST",
                                        "RED DEER, AB T4N 2B6"],
                     ["MARK FOR / FINAL DESTINATION:", "MEADOWLARK SCHOOL - RM 12"]))
    assert a is not None
    assert (a.name, a.street, a.postal_code) == ("CENTRAL RECEIVING WAREHOUSE", "6210 50 ST", "T4N 2B6")


@pytest.mark.parametrize(("text", "name"), [
    ("Store #:    112\nStore Name: Fraser Peaks Kingsway\nStore Address: 4700 Kingsway, Burnaby, BC V5H 4M1\n"
     "Store Phone: 604-555-0112\n", "Fraser Peaks Kingsway"),
    ("Site         Springfield Central Library\nProject      IC-219\n"
     "Site Address 30 Main Street, Springfield Central QLD 4300\nSite Contact Dave Kerr 0412 555 019\n",
     "Springfield Central Library"),
    ("Property Address: 1200 Commonwealth Ave, Boston, MA 02134\n", None),
])
def test_a_places_address_in_a_field_of_its_own(text: str, name: str | None):
    found = find_ship_to(text)
    assert found is not None
    assert found.value.name == name
    assert found.value.street and found.value.postal_code


def test_a_place_address_field_needs_a_whole_address():
    assert find_ship_to("Site Address: see drawing A-12\n") is None


def test_a_place_then_its_address_as_plain_fields_in_an_email():
    found = find_ship_to("PO number BMC-2026-1203\n\nClinic: Banksia Medical Centre Geelong\n"
                         "Address: 88 Ryrie Street, Geelong VIC 3220\nContact: Reception\n\n2 ctn Bleach 6x1gal\n")
    assert found is not None
    a = found.value
    assert (a.name, a.street, a.city, a.region, a.postal_code) == (
        "Banksia Medical Centre Geelong", "88 Ryrie Street", "Geelong", "VIC", "3220")


def test_a_bilingual_form_its_labels_and_columns_said_twice():
    # "Expedier a / Ship To" with the supplier's town line printed far to its right on the same row (the
    # supplier block beside runs lower), columns "Qte / Qty", "Prix / Price".
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Helvetica", 9)
    c.drawString(40, 750, "BON DE COMMANDE / PURCHASE ORDER")
    c.drawString(330, 736, "No / PO #: MC-55120")
    for i, text in enumerate(["Fournisseur / Supplier", "Keystone Facility Supply Canada Inc.",
                              "75 Courtneypark Dr W, Unit 3", "Mississauga, ON L5W 0E3"]):
        c.drawString(330, 700 - 12 * i, text)
    for i, text in enumerate(["Expedier a / Ship To", "The Wellesley Residences", "c/o Superintendent, Unit 101",
                              "35 Wellesley St E", "Toronto, ON M4Y 1G7"]):
        c.drawString(40, 664 - 12 * i, text)
    for x, text in ((40, "#"), (60, "Description"), (300, "Qte / Qty"), (360, "Unite / Unit"), (430, "Prix / Price")):
        c.drawString(x, 580, text)
    for x, text in ((40, "1"), (60, "Pleated filter 16x25x2 MERV 13"), (300, "3"), (360, "CS"), (430, "81.60")):
        c.drawString(x, 566, text)
    c.showPage()
    c.save()
    extraction = extract_part(Part(0, "attachment", "application/pdf", "po.pdf", buf.getvalue()))
    assert [(ln.description, ln.quantity, ln.unit_price) for ln in extraction.lines] == [
        ("Pleated filter 16x25x2 MERV 13", Decimal(3), Decimal("81.60"))]
    assert extraction.header.ship_to is not None
    a = extraction.header.ship_to.value
    assert (a.name, a.street, a.city, a.postal_code) == ("The Wellesley Residences", "35 Wellesley St E", "Toronto",
                                                        "M4Y 1G7")


@pytest.mark.parametrize(("text", "parts"), [
    ("School: Hillcrest Middle School\nSite #: 031\nAddress: 905 W Alluvial Ave\nCity/State/Zip: Fresno, CA 93711\n",
     ("Hillcrest Middle School", "905 W Alluvial Ave", "Fresno", "93711")),
    ("Job Site: Ipswich Hospital Carpark - Stage 2\nJob Site Address: 18 Chelmsford Avenue\nIpswich QLD 4305\n",
     ("Ipswich Hospital Carpark - Stage 2", "18 Chelmsford Avenue", "Ipswich", "4305")),
    ("Location: Lakeshore Diner #7\nAddress: 1623 Sherman Ave Evanston IL 60201\n",
     ("Lakeshore Diner #7", "1623 Sherman Ave", "Evanston", "60201")),
])
def test_a_places_address_fields_over_two_rows_as_a_sheet_writes_them(text: str, parts: tuple):
    found = find_ship_to(text)
    assert found is not None
    a = found.value
    assert (a.name, a.street, a.city, a.postal_code) == parts


def test_a_bare_address_field_under_no_place_is_not_a_ship_to():
    # (the sender's own address in a form's footer says nothing of where the goods go)
    assert find_ship_to("Address: 12 Main St, Dayton, OH 45402\nPhone: 555 0100\n") is None
