"""Bad catalog files: bad rows reported by line and the rest imported, or the file refused whole and
the catalog left exactly as it was."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from masterdata.catalog import import_catalog
from masterdata.reader import ImportRejected
from matching.units import Conversion, Refusal, convert
from models.db import Database
from models.tables import Product

HEADER = "sku,description,uom,unit_price,gtin,pack_size\n"


def _seed(db: Database) -> None:
    with db.session() as s:
        s.add(Product(sku="OLD-1", description="Old product", uom="EA", unit_price=Decimal("1.00")))


def _catalog(db: Database) -> dict[str, str]:
    with db.session() as s:
        return {p.sku: p.description for p in s.scalars(select(Product))}


def test_duplicates_and_formulas_are_rejected_by_line_and_a_bad_gtin_is_left_out(db: Database, tmp_path: Path):
    """A row whose GTIN fails its check digit is still the supplier's product: imported without the GTIN, and
    the report says which line (a typo in the barcode column must not take the product out of the catalog)."""
    path = tmp_path / "catalog.csv"
    path.write_text(HEADER + "\n".join([
        "A-1,Blue widget,EA,2.50,4006381333931,1",     # line 2: fine
        "A-2,,EA,2.50,,1",                             # line 3: no description: a code-only item, fine
        "A-1,Blue widget again,EA,2.60,,1",            # line 4: second A-1
        "A-3,Red widget,EA,2.50,4006381333932,1",      # line 5: GTIN check digit wrong
        'A-4,"=HYPERLINK(""http://x"")",EA,1,,1',      # line 6: a formula planted for the next spreadsheet
        "A-5,Green widget,EA,Infinity,,1",             # line 7: not a price
        "A-6,Grey widget,EA,-3,,1",                    # line 8: negative price
        "A-7,Pink widget,EA,3.10,,0",                  # line 9: pack of nothing
        "A-8,White widget,CS,4.20,,12",                # line 10: fine
    ]) + "\n", encoding="utf-8")
    with db.session() as s:
        report = import_catalog(s, path)
    assert report.imported == 4
    reasons = dict(report.rejected)
    assert sorted(reasons) == [4, 6, 7, 8, 9]
    assert "already given on line 2" in reasons[4]
    assert "formula" in reasons[6]
    assert any(n.startswith("line 5: A-3's gtin '4006381333932' is not a valid GTIN") for n in report.notes)
    assert set(_catalog(db)) == {"A-1", "A-2", "A-3", "A-8"}
    with db.session() as s:
        assert s.scalar(select(Product.gtin).where(Product.sku == "A-3")) is None
    assert _catalog(db)["A-1"] == "Blue widget"  # the first row for a SKU wins


def test_windows_1252_file_is_read_and_said_so(db: Database, tmp_path: Path):
    path = tmp_path / "catalog.csv"
    path.write_bytes((HEADER + "B-1,Crème brûlée dish 8 oz,EA,3.20,,1\n").encode("cp1252"))
    with db.session() as s:
        report = import_catalog(s, path)
    assert report.imported == 1 and "Windows-1252" in report.notes[0]
    assert _catalog(db)["B-1"] == "Crème brûlée dish 8 oz"


def test_encoding_that_breaks_mid_file_refuses_the_whole_file(db: Database, tmp_path: Path):
    _seed(db)
    long = "heavy duty " * 20
    good = "".join(f"C-{i},Widget {i} {long},EA,1.00,,1\n" for i in range(5000))  # > the 1 MB sniffed sample
    path = tmp_path / "catalog.csv"
    path.write_bytes((HEADER + good).encode("utf-8") + "C-X,Caf\xe9 mug,EA,2,,1\n".encode("latin-1"))
    with pytest.raises(ImportRejected, match="not valid UTF-8"):
        with db.session() as s:
            import_catalog(s, path)
    assert _catalog(db) == {"OLD-1": "Old product"}


def test_too_many_rows_refuses_the_whole_file_before_reading_it(db: Database, tmp_path: Path):
    _seed(db)
    path = tmp_path / "catalog.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for i in range(1_000_000):
            fh.write(f"D-{i},Widget {i},EA,1.00,,1\n")
    with pytest.raises(ImportRejected, match="1,000,000 rows"):
        with db.session() as s:
            import_catalog(s, path)
    assert _catalog(db) == {"OLD-1": "Old product"}


def test_xlsx_formula_without_a_computed_value_is_refused_with_a_reason(db: Database, tmp_path: Path):
    wb = Workbook()
    ws = wb.active
    ws.append(["sku", "description", "uom", "unit_price"])
    ws.append(["E-1", "Widget", "EA", 2.0])
    ws.append(["E-2", "Widget XL", "EA", "=D2*1.5"])  # written by a program: Excel never computed it
    wb.save(tmp_path / "catalog.xlsx")
    with db.session() as s:
        report = import_catalog(s, tmp_path / "catalog.xlsx")
    assert report.imported == 1
    assert report.rejected[0][0] == 3 and "formula" in report.rejected[0][1]


def test_progress_is_reported_and_a_large_file_imports_in_one_go(db: Database, tmp_path: Path):
    path = tmp_path / "catalog.csv"
    path.write_text(HEADER + "".join(f"F-{i},Widget {i},EA,1.00,,1\n" for i in range(5000)), encoding="utf-8")
    seen: list[int] = []
    with db.session() as s:
        report = import_catalog(s, path, progress=seen.append)
    assert report.imported == 5000
    assert seen[-1] == 5000 and seen == sorted(seen) and len(seen) > 2
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Product)) == 5000


def test_a_pack_written_in_the_trades_notation_is_its_count_of_pieces(db: Database, tmp_path: Path):
    # Distributors' exports write the pack as count/size ("6/#10" six number-ten cans, "4/1 GAL", "500/CS") or as
    # two counts ("10/100": ten boxes of a hundred gloves, a thousand pieces). The count decides how an order in
    # pieces becomes one in cases, so a pack that gives none, or reads as a fraction, is no count at all: a
    # guessed one would ship the wrong quantity with nobody asked (the test below).
    path = tmp_path / "catalog.csv"
    path.write_text(HEADER + "\n".join([
        "P-1,Peaches sliced in syrup,CS,41.00,,6/#10",
        "P-2,Bleach 6%,CS,18.00,,4/1 GAL",
        "P-3,Deli film 12in,CS,22.00,,1/2000FT",
        "P-4,Stir sticks,CS,9.00,,500/CS",
        "P-5,Nitrile gloves large,CS,60.00,,10/100",
        "P-6,Paper straws,CS,12.00,,24 x 250",
        "P-7,Sponges,PK,3.00,,12-pack",
        "P-8,Bulk rice,BG,30.00,,bulk",
        "P-9,Half case of cups,CS,20.00,,1/2",
    ]) + "\n")
    with db.session() as s:
        report = import_catalog(s, path)
    with db.session() as s:
        packs = {p.sku: p.pack_size for p in s.scalars(select(Product))}
    # A pack that gives no count ("bulk", a fraction) leaves the product sold, as one unit of unknown count, with
    # a note in the report: refusing it made every order line for it an unknown item.
    assert packs == {"P-1": 6, "P-2": 4, "P-3": 1, "P-4": 500, "P-5": 1000, "P-6": 6000, "P-7": 12, "P-8": 1,
                     "P-9": 1}
    assert report.rejected == []
    assert [("'bulk'" in n, "'1/2'" in n) for n in report.notes] == [(True, False), (False, True)]


def test_a_pack_written_in_words_or_as_what_one_container_holds(db: Database, tmp_path: Path):
    """Lab and hardware catalogs write "10 racks of 96" (960 tips), "120 strips/bx", "500/cs (25/rack)", or
    what one bottle, bag or roll holds ("4 L", "500 g", "1 roll"): that is one piece, not a count. Read so,
    such products are matched instead of refused (77 of a 216-product lab catalog were)."""
    path = tmp_path / "catalog.csv"
    path.write_text(HEADER + "\n".join([
        "L-1,Pipette tips 200 uL filtered racked,CS,98.00,,10 racks of 96",
        "L-2,PCR 8-tube strips,BX,42.00,,120 strips/bx",
        "L-3,Conical tubes 15 mL racked,CS,118.00,,500/cs (25/rack)",
        "L-4,Acetone ACS 4 L,EA,52.00,,4 L",
        "L-5,PBS 1X 500 mL,EA,14.00,,500 mL",
        "L-6,Sodium chloride 2.5 kg,EA,46.00,,2.5 kg",
        "L-7,Parafilm 4 in x 125 ft,EA,36.00,,1 roll",
        "L-8,Bleach,CS,40.00,,4 x 1 gal/cs",
        "L-9,Coliform test kit,PK,520.00,,100 tests",
        "L-10,Goggles,EA,9.00,,1 pair",
        "L-11,Mystery,CS,9.00,,some",
        # parts and shop-supply catalogs: one set for an axle, a bale or drum of so much
        "L-12,Brake pad set front ceramic,SET,64.95,,1 axle set",
        "L-13,Shop rags white terry bale,BL,52.00,,bale 25 lb",
        "L-14,Motor oil 15W-40 drum,DR,689.00,,drum 55 gal",
        "L-15,Two sets,SET,9.00,,2 axle sets",
    ]) + "\n")
    with db.session() as s:
        report = import_catalog(s, path)
    with db.session() as s:
        packs = {p.sku: p.pack_size for p in s.scalars(select(Product))}
    assert packs == {"L-1": 960, "L-2": 120, "L-3": 500, "L-4": 1, "L-5": 1, "L-6": 1, "L-7": 1, "L-8": 4,
                     "L-9": 1, "L-10": 1, "L-11": 1, "L-12": 1, "L-13": 1, "L-14": 1, "L-15": 1}
    assert packs["L-11"] == packs["L-15"] == 1  # "some", and two sets of what is one set: count unknown
    assert report.rejected == [] and len(report.notes) == 2


def test_an_order_in_pieces_for_a_product_of_unknown_pack_goes_to_a_clerk(db: Database, tmp_path: Path):
    """The product with a pack the file gives no count for is sold per its own unit: ordered in that unit it
    is matched as any other; ordered in pieces, nobody knows how many cases that is, so it is not converted."""


    path = tmp_path / "catalog.csv"
    path.write_text(HEADER + "P-8,Bulk rice,CS,30.00,,bulk\n")
    with db.session() as s:
        import_catalog(s, path)
    with db.session() as s:
        rice = s.scalars(select(Product)).one()
        in_cases = convert(Decimal(3), None, "CS", rice.sku, rice.uom, rice.pack_size)
        in_pieces = convert(Decimal(24), None, "EA", rice.sku, rice.uom, rice.pack_size)
    assert isinstance(in_cases, Conversion) and in_cases.quantity == 3
    assert isinstance(in_pieces, Refusal) and in_pieces.code == "uom_mismatch"
