"""Catalog and customer imports from CSV and XLSX: good rows in, bad rows reported by line number."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from masterdata.catalog import import_catalog, import_customers, import_price_list
from models.db import Database
from models.tables import Customer, CustomerAddress, PriceListEntry, Product


def test_catalog_from_xlsx_reports_bad_rows_and_keeps_the_rest(db: Database, tmp_path: Path):
    wb = Workbook()
    ws = wb.active
    ws.append(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
    ws.append(["ABC-1", "Blue widget 12oz", "EA", 2.5, 4006381333931, 1])
    ws.append(["ABC-2", "Red widget 12oz", "CS", "twelve", None, 24])
    ws.append(["", "No SKU here", "EA", 1.0, None, 1])
    ws.append(["ABC-3", "Green widget 16oz", "CS", 30, None, 24])
    wb.save(tmp_path / "catalog.xlsx")
    with db.session() as s:
        report = import_catalog(s, tmp_path / "catalog.xlsx")
    assert report.imported == 2
    assert [n for n, _ in report.rejected] == [3, 4]
    assert "unit_price 'twelve' is not a number" in report.rejected[0][1]
    with db.session() as s:
        product = s.get(Product, "ABC-1")
        assert product is not None and product.gtin == "4006381333931" and product.uom == "EA"
        assert sorted(s.scalars(select(Product.sku))) == ["ABC-1", "ABC-3"]


def test_customers_from_csv_missing_columns_is_one_clear_error(db: Database, tmp_path: Path):
    (tmp_path / "customers.csv").write_text("customer_id,name\nC1,Acme\n")
    with db.session() as s:
        try:
            import_customers(s, tmp_path / "customers.csv")
        except ValueError as exc:
            assert str(exc) == "customers.csv: missing columns email_domains"
        else:
            raise AssertionError("a file without email_domains must be refused")
        assert s.scalars(select(Customer)).all() == []


def test_a_customers_fulfilment_policy_is_imported_and_a_wrong_one_is_a_rejected_row(db: Database, tmp_path: Path):
    (tmp_path / "customers.csv").write_text(
        "customer_id,name,email_domains,fulfilment\n"
        "C1,Acme,acme.example,complete\n"
        "C2,Bluebird,bluebird.example,\n"
        "C3,Cascade,cascade.example,whenever\n")
    with db.session() as s:
        report = import_customers(s, tmp_path / "customers.csv")
    assert report.imported == 2
    assert [n for n, _ in report.rejected] == [4]
    assert "fulfilment must be one of partial, complete, not 'whenever'" in report.rejected[0][1]
    with db.session() as s:
        assert dict(s.execute(select(Customer.id, Customer.fulfilment)).tuples().all()) == {
            "C1": "complete", "C2": "partial"}


def test_a_catalog_unit_is_stored_as_the_code_lines_are_read_into(db: Database, tmp_path: Path):
    (tmp_path / "catalog.csv").write_text(
        "sku,description,uom,unit_price\n"
        "A-1,Widget,each,1.00\n"
        "A-2,Widget case,Case,10.00\n"
        "A-3,Widget sleeve,sleeve,2.00\n"
        "A-4,Widget box,bx.,3.00\n"
        "A-5,Widget gross,per gross of 144,3.00\n"
        "A-6,Widget tube,tube,2.00\n")
    with db.session() as s:
        report = import_catalog(s, tmp_path / "catalog.csv")
    assert report.imported == 5
    assert report.rejected[0][0] == 6 and "is not a unit code" in report.rejected[0][1]
    with db.session() as s:
        # a word we do not know is kept as written; "tube" is the TB an order's "tubes" reads as
        assert dict(s.execute(select(Product.sku, Product.uom)).tuples().all()) == {
            "A-1": "EA", "A-2": "CS", "A-3": "SLEEVE", "A-4": "BX", "A-6": "TB"}


def test_a_price_list_refuses_a_price_of_nothing_or_less_row_by_row(db: Database, tmp_path: Path):
    (tmp_path / "catalog.csv").write_text("sku,description,uom,unit_price\nA-1,Widget,EA,1.00\n")
    (tmp_path / "customers.csv").write_text("customer_id,name,email_domains\nC1,Acme,acme.example\n")
    (tmp_path / "prices.csv").write_text(
        "customer_id,sku,unit_price\nC1,A-1,-0.50\nC1,A-1,0\nC1,A-1,abc\nC1,A-9,1.00\nC1,A-1,0.90\n")
    with db.session() as s:
        import_catalog(s, tmp_path / "catalog.csv")
        import_customers(s, tmp_path / "customers.csv")
        report = import_price_list(s, tmp_path / "prices.csv")
    assert report.imported == 1
    assert report.rejected == [
        (2, "unit_price -0.50 must be greater than zero"), (3, "unit_price 0 must be greater than zero"),
        (4, "unit_price 'abc' is not a number"), (5, "unknown SKU A-9")]
    with db.session() as s:
        assert s.scalar(select(PriceListEntry.unit_price)) == Decimal("0.90")


def test_customers_from_xlsx_with_a_bad_row_and_their_ship_to(db: Database, tmp_path: Path):
    wb = Workbook()
    ws = wb.active
    ws.append(["customer_id", "name", "email_domains", "street", "city", "region", "postal_code", "currency"])
    ws.append(["C1", "Acme", "acme.example;acme-retail.example", "400 Summer Street", "Boston", "MA", "02210", "USD"])
    ws.append(["", "Nobody", "nobody.example", None, None, None, None, None])
    ws.append(["C2", "Birch", "birch.example", None, None, None, None, "EUR"])
    wb.save(tmp_path / "customers.xlsx")
    seen: list[int] = []
    with db.session() as s:
        report = import_customers(s, tmp_path / "customers.xlsx", progress=seen.append)
    assert (report.imported, [n for n, _ in report.rejected]) == (2, [3])
    assert seen[-1] == 3  # the progress bar ends at every row read
    with db.session() as s:
        acme = s.get(Customer, "C1")
        assert acme is not None and acme.email_domains == ["acme.example", "acme-retail.example"]
        assert [(a.street, a.postal_code) for a in s.scalars(select(CustomerAddress))] == [
            ("400 Summer Street", "02210")]
        assert s.get(Customer, "C2").currency == "EUR"


def test_numbers_more_than_their_columns_hold_are_refused_by_row(db: Database, tmp_path: Path):
    """A list price of 1e400 was stored by SQLite as infinity (and refused by PostgreSQL, failing the import);
    a weight or pack size past its column the same. Each such row is refused, saying why, the rest imported."""
    (tmp_path / "catalog.csv").write_text(
        "sku,description,uom,unit_price,pack_size,weight_kg\nA-1,Tape,EA,1e400,1,0\nA-2,Tape,EA,1.00,99999999999,0\n"
        "A-3,Tape,EA,1.00,1,1e9\nA-4,Tape,EA,1.00,1,0.5\n")
    with db.session() as s:
        report = import_catalog(s, tmp_path / "catalog.csv")
    assert report.imported == 1
    assert report.rejected == [
        (2, "unit_price '1e400' is too large (at most 9,999,999,999.9999)"),
        (3, "pack_size '99999999999' is not a whole number of at least 1 (and at most 2,147,483,647)"),
        (4, "weight_kg '1e9' is too large (at most 9,999,999.999)")]
