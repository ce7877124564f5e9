"""A customer's default address is read from customers.csv under either naming of its columns."""

from pathlib import Path

from masterdata.catalog import import_customers
from models.db import Database, upgrade_schema
from models.tables import CustomerAddress


def test_ship_to_prefixed_columns_give_the_default_address(tmp_path: Path):
    url = f"sqlite:///{tmp_path}/c.db"
    upgrade_schema(url)
    db = Database(url)
    csv = tmp_path / "customers.csv"
    csv.write_text("customer_id,name,email_domains,ship_to_name,ship_to_street,ship_to_city,ship_to_region,"
                   "ship_to_postal_code,ship_to_country\n"
                   "C1,Sierra Ridge Landscaping,srl.example,SRL yard,3321 Kietzke Ln,Reno,NV,89502,US\n"
                   "C2,Plain Co,plain.example,,,,,,\n")
    with db.session() as s:
        import_customers(s, csv)
        s.commit()
    with db.session() as s:
        rows = [(a.customer_id, a.name, a.street, a.city, a.region, a.postal_code, a.country, a.is_default)
                for a in s.query(CustomerAddress).all()]
    db.dispose()
    assert rows == [("C1", "SRL yard", "3321 Kietzke Ln", "Reno", "NV", "89502", "US", True)]


def _imported(tmp_path: Path, text: str) -> tuple[list[tuple], object]:
    url = f"sqlite:///{tmp_path}/c.db"
    upgrade_schema(url)
    db = Database(url)
    csv = tmp_path / "customers.csv"
    csv.write_text(text, encoding="utf-8")
    with db.session() as s:
        report = import_customers(s, csv)
        s.commit()
    with db.session() as s:
        rows = [(a.customer_id, a.name, a.street, a.city, a.region, a.postal_code, a.country, a.is_default)
                for a in s.query(CustomerAddress).order_by(CustomerAddress.id).all()]
    db.dispose()
    return rows, report


def test_sites_written_whole_in_numbered_columns_are_each_an_address(tmp_path: Path):
    """A trading-partner sheet keeps each site in one cell, bars or commas between its parts; the first
    listed is the default."""
    rows, report = _imported(tmp_path, (
        "customer_id,name,email_domains,ship_to_1,ship_to_2\n"
        "C1,Greenline Landscapes,greenline.example,Greenline Yard | 12 Depot Rd | Salem | OR | 97301 | US,"
        "Greenline - Oak Park Job | 880 Oak Park Dr | Keizer | OR | 97303 | US\n"
        'C2,"Bakery Huber, GmbH",huber.example,"Bäckerei Huber, GmbH, Lindenstraße 12, München, 80331, DE",\n'
        'C3,Harbor Lane Brewing Co.,harborlane.example,"Harbor Lane Brewing Co., 77 Thames St, Portland, ME 04101, US",\n'))
    assert report.imported == 3 and not report.rejected
    assert rows == [
        ("C1", "Greenline Yard", "12 Depot Rd", "Salem", "OR", "97301", "US", True),
        ("C1", "Greenline - Oak Park Job", "880 Oak Park Dr", "Keizer", "OR", "97303", "US", False),
        ("C2", "Bäckerei Huber, GmbH", "Lindenstraße 12", "München", None, "80331", "DE", True),
        ("C3", "Harbor Lane Brewing Co.", "77 Thames St", "Portland", "ME", "04101", "US", True),
    ]


def test_several_sites_in_one_cell_kept_apart_by_bars(tmp_path: Path):
    rows, _ = _imported(tmp_path, (
        "customer_id,name,email_domains,ship_to\n"
        'C1,Metro Transit,metro.example,"Metro Transit North Garage, 400 Fleet Way, Dayton, OH 45404 | '
        'Metro Transit South Garage, 9 Depot St, Kettering, OH 45420"\n'))
    assert [(r[1], r[2], r[5], r[7]) for r in rows] == [
        ("Metro Transit North Garage", "400 Fleet Way", "45404", True),
        ("Metro Transit South Garage", "9 Depot St", "45420", False)]


def test_a_site_that_cannot_be_read_is_left_out_and_said_and_the_customer_kept(tmp_path: Path):
    rows, report = _imported(tmp_path, (
        "customer_id,name,email_domains,ship_to_1,ship_to_2\n"
        'C1,Greenline Landscapes,greenline.example,"Greenline Yard, 12 Depot Rd, Salem, OR 97301","the usual, thanks"\n'
        "C2,Bar Co,bar.example,Only a name | | Salem,\n"))
    assert report.imported == 2 and not report.rejected
    assert [(r[0], r[2]) for r in rows] == [("C1", "12 Depot Rd")]
    assert len(report.notes) == 2 and all("imported without this site" in n for n in report.notes)
    assert any("ship_to_2" in n and "C1" in n for n in report.notes)


def test_a_customer_without_locale_or_currency_takes_its_countrys(tmp_path: Path):
    """GIVEN a customer file with no locale or currency columns, its customers' sites in Ireland, India,
    Canada and the US, and one customer whose record says its own
    THEN an Irish customer writes dates day first and pays in euros, an Indian one in rupees; a Canadian one
    (Canadians write dates both ways) keeps the month-first default, in Canadian dollars; a stated locale or
    currency is kept as written."""
    from models.tables import Customer

    url = f"sqlite:///{tmp_path}/c.db"
    upgrade_schema(url)
    db = Database(url)
    csv = tmp_path / "customers.csv"
    csv.write_text("customer_id,name,email_domains,ship_to_1,locale,currency\n"
                   "C1,Quay House,quay.example,Quay House | 2 Quay St | Galway | | H91 X2C4 | IE,,\n"
                   "C2,Hill Residency,hill.example,Hill Residency | 4 MG Road | Bengaluru | KA | 560001 | IN,,\n"
                   "C3,Lakeside,lake.example,Lakeside | 1 Lake Rd | Toronto | ON | M5V 2T6 | CA,,\n"
                   "C4,Plain Co,plain.example,,,\n"
                   "C5,Rive Gauche,rive.example,Rive | 3 quai Voltaire | Paris | | 75007 | FR,en_US,USD\n",
                   encoding="utf-8")
    with db.session() as s:
        import_customers(s, csv)
        s.commit()
    with db.session() as s:
        got = {c.id: (c.locale, c.currency) for c in s.query(Customer).all()}
    db.dispose()
    assert got == {"C1": ("en_IE", "EUR"), "C2": ("hi_IN", "INR"), "C3": ("en_US", "CAD"),
                   "C4": ("en_US", "USD"), "C5": ("en_US", "USD")}
