"""A supplier's catalog as its ERP exports it: its own unit codes, no list price, code-only items — imported,
and matched without a price ever being compared with nothing or filled in from nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from masterdata.catalog import import_catalog
from matching.catalog import CatalogIndex, CatalogProduct
from matching.order_matching import StaticKnowledge, match_order
from matching.units import Conversion, Refusal, convert
from models.db import Database
from models.schemas import CustomerMatch, ExtractedHeader, ExtractedLine, Field
from models.tables import Customer, ErpSalesOrder, Order, OrderLine, Product
from orchestration.connectors.builtin import BuiltinErp

CUSTOMER = CustomerMatch("K7", "Lindholm Kantine", "domain", 0.97)


def test_an_erp_export_with_its_own_units_no_prices_and_code_only_items_is_imported(db: Database, tmp_path: Path):
    """GIVEN a catalog whose units are the ERP's (KGM, a bundle code, bottles), whose prices are blank and
    one of whose items has no description WHEN it is imported THEN every row is a product: the units we
    know normalised, the others kept as written, no price where none was given."""
    (tmp_path / "catalog.csv").write_text(
        "sku,description,uom,unit_price\n"
        "4410,Roggenmehl Type 1150 Sack,KGM,\n"
        "4411,Apfelsaft naturtrüb,Flasche,1.85\n"
        "4412,Senf mittelscharf Eimer,Gbnd,\n"
        "0099123,,EA,7.20\n"
        "4413,Servietten weiss,zz-9,\n", encoding="utf-8")
    with db.session() as s:
        report = import_catalog(s, tmp_path / "catalog.csv")
    assert report.imported == 4
    assert [n for n, _ in report.rejected] == [6]  # "zz-9" is no unit code
    with db.session() as s:
        rows = {p.sku: (p.uom, p.unit_price, p.description) for p in s.scalars(select(Product))}
    assert rows == {"4410": ("KG", None, "Roggenmehl Type 1150 Sack"),
                    "4411": ("BO", Decimal("1.85"), "Apfelsaft naturtrüb"),
                    "4412": ("GBND", None, "Senf mittelscharf Eimer"),
                    "0099123": ("EA", Decimal("7.20"), "")}


UNPRICED = CatalogIndex([
    CatalogProduct("4410", "Roggenmehl Type 1150 Sack", "KG", None),
    CatalogProduct("4412", "Senf mittelscharf Eimer", "GBND", None),
    CatalogProduct("4420", "Essig hell 5 l", "EA", Decimal("3.10")),
])


def _matched(lines: list[ExtractedLine]):
    return match_order(ExtractedHeader(po_number=Field("B-77", 0.99)), lines, CUSTOMER, UNPRICED, StaticKnowledge())


def test_a_product_with_no_list_price_is_never_a_price_mismatch_never_gets_a_price_and_its_price_is_a_doubt():
    matched = _matched([
        ExtractedLine("LIN 1", Decimal(25), item_code="4410", uom="KG", unit_price=Decimal("0.91"), confidence=0.99),
        ExtractedLine("LIN 2", Decimal(2), item_code="4412", uom="GBND", confidence=0.99),
    ])
    first, second = matched.lines
    # The buyer's price has nothing to be checked against: a doubt, never a mismatch and never replaced.
    assert [r.code for r in first.reasons + second.reasons] == ["price_unchecked"]
    assert (first.unit_price, first.expected_price) == (Decimal("0.91"), None)  # the buyer's, as written
    assert (second.unit_price, second.expected_price) == (None, None)  # nothing invented


def test_a_unit_written_as_its_standard_code_is_the_products_unit():
    """GIVEN a product stored in KG and a line in KGM (or a bundle code written in another case) THEN they
    are one unit, not an unknown one; another unit is still a doubt."""
    assert isinstance(convert(Decimal(25), None, "KGM", "4410", "KG", 1), Conversion)
    assert isinstance(convert(Decimal(2), None, "gbnd", "4412", "GBND", 1), Conversion)
    assert isinstance(convert(Decimal(2), None, "PAIL", "4412", "GBND", 1), Refusal)
    matched = _matched([ExtractedLine("LIN 1", Decimal(25), item_code="4410", uom="KGM", confidence=0.99)])
    assert (matched.lines[0].uom, matched.lines[0].reasons) == ("KG", [])


def test_the_builtin_erp_charges_no_price_of_nothing_for_an_unpriced_product(db: Database):
    """GIVEN an approved order of a product with no list price and no contract price, one line priced by
    the buyer and one not WHEN the built-in ERP takes it THEN the buyer's price stands, the other line stays
    unpriced (never 0) and the total counts only what is priced."""
    with db.session() as s:
        s.add(Customer(id="K7", name="Lindholm Kantine", email_domains=[]))
        s.add(Product(sku="4410", description="Roggenmehl", uom="KG", unit_price=None))
        order = Order(customer_id="K7", po_number="B-77", status="approved", confidence=1.0)
        order.lines.append(OrderLine(line_no=1, sku="4410", uom="KG", quantity=Decimal(25),
                                     unit_price=Decimal("0.91"), confidence=1.0))
        order.lines.append(OrderLine(line_no=2, sku="4410", uom="KG", quantity=Decimal(5), confidence=1.0))
        s.add(order)
        s.flush()
        number = BuiltinErp().submit_order(s, order, "order:1:erp")
        assert [ln.unit_price for ln in order.lines] == [Decimal("0.91"), None]
        assert s.scalar(select(ErpSalesOrder.total).where(ErpSalesOrder.number == number)) == Decimal("22.75")
