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
