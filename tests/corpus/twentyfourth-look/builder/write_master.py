import csv, os
from common import OUT
from catalog_data import CATALOG, CUSTOMERS
with open(os.path.join(OUT, "catalog.csv"), "w", newline="") as f:
    w = csv.writer(f); w.writerow(["sku", "description", "uom", "unit_price", "pack_size"])
    for r in CATALOG: w.writerow([r[0], r[1], r[2], f"{r[3]:.2f}", r[4]])
with open(os.path.join(OUT, "customers.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["customer_id", "name", "email_domains", "ship_to_name", "ship_to_street", "ship_to_city", "ship_to_region", "ship_to_postal_code", "ship_to_country"])
    for r in CUSTOMERS: w.writerow(r)
print("master files written")
