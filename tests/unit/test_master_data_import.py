"""Catalog and customer imports from CSV and XLSX: good rows in, bad rows reported by line number."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from matching.imports import import_catalog, import_customers
from models.db import Database
from models.tables import Customer, Product


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
