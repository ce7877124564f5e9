"""An uploaded master-data file's import (masterdata.uploads), as the API and the review screen both call it
with the bytes and the name they read from the upload."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from masterdata.catalog import import_catalog
from masterdata.uploads import MAX_IMPORT_BYTES, import_upload
from models.db import Database
from models.tables import Product

CATALOG = b"sku,description,unit_price\nUP-1,Uploaded widget,2.50\n,No SKU,1.00\n"


def test_an_upload_is_imported_under_the_name_it_was_given(db: Database):
    """GIVEN a CSV uploaded from a folder on the admin's machine WHEN it is imported THEN its rows are in
    and the report names the file without the folder."""
    with db.session() as s:
        report = import_upload(s, CATALOG, "C:/exports/../mine.csv", import_catalog)
    assert (report.source, report.imported, [n for n, _ in report.rejected]) == ("mine.csv", 1, [3])
    with db.session() as s:
        assert list(s.scalars(select(Product.sku))) == ["UP-1"]


@pytest.mark.parametrize("filename", [None, "", ".hidden"])
def test_an_upload_without_a_usable_name_is_read_as_csv(db: Database, filename: str | None):
    with db.session() as s:
        assert import_upload(s, CATALOG, filename, import_catalog).source == "upload.csv"


def test_a_file_of_another_kind_or_too_large_is_refused_before_anything_is_read(db: Database):
    """GIVEN a PDF, or a CSV one byte over the limit WHEN uploaded THEN one sentence says why and the
    importer never runs."""
    never = lambda s, path: pytest.fail("the importer ran")  # noqa: E731
    with db.session() as s:
        with pytest.raises(ValueError, match=r"^prices\.pdf: only CSV and XLSX files can be imported$"):
            import_upload(s, b"%PDF-1.4", "prices.pdf", never)
        with pytest.raises(ValueError, match=r"^big\.csv: larger than 20 MB$"):
            import_upload(s, b"x" * (MAX_IMPORT_BYTES + 1), "big.csv", never)


def test_a_file_refused_whole_leaves_the_catalog_as_it_was(db: Database):
    """GIVEN a CSV without the required columns WHEN imported THEN the reader's message is the error and
    nothing of the transaction is kept."""
    with db.session() as s:
        s.add(Product(sku="KEEP", description="kept", uom="EA", unit_price=1))
        with pytest.raises(ValueError, match=r"^bad\.csv: missing columns description, unit_price$"):
            import_upload(s, b"sku\nX-1\n", "bad.csv", import_catalog)
    with db.session() as s:
        assert list(s.scalars(select(Product.sku))) == []
