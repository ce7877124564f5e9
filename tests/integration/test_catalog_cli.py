"""`order-intake catalog import` as an admin runs it: a report, and a refused file changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from config import Settings

pytestmark = pytest.mark.slow

CLI = str(Path(sys.executable).parent / "order-intake")
HEADER = "sku,description,uom,unit_price\n"


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ORDER_INTAKE_HOME": str(tmp_path)}
    return subprocess.run([CLI, "catalog", "import", *args], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=120)


def test_catalog_import_reports_rows_and_refuses_an_oversized_file_whole(tmp_path: Path):
    good = tmp_path / "good.csv"
    good.write_text(HEADER + "G-1,Widget,EA,1.00\nG-1,Widget again,EA,1.10\nG-2,Gadget,EA,2.00\n")
    done = _run(tmp_path, str(good))
    assert done.returncode == 0, done.stderr
    assert "2 imported, 1 rejected" in done.stdout
    assert "line 3: SKU G-1 already given on line 2" in done.stdout

    big = tmp_path / "big.csv"
    big.write_text(HEADER + "".join(f"B-{i},Widget {i},EA,1.00\n" for i in range(10)))
    refused = _run(tmp_path, str(big), "--max-rows", "5")
    assert refused.returncode == 1
    assert "refused, catalog unchanged" in refused.stdout and "10 rows" in refused.stdout
    missing = _run(tmp_path, str(tmp_path / "missing.csv"))
    assert missing.returncode == 1 and "refused" in missing.stdout

    engine = create_engine(Settings(home=tmp_path).resolved_database_url)
    with engine.connect() as conn:
        assert sorted(conn.execute(text("SELECT sku FROM products")).scalars()) == ["G-1", "G-2"]
    engine.dispose()


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ORDER_INTAKE_HOME": str(tmp_path)}
    return subprocess.run([CLI, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


def test_customers_prices_and_cross_references_import_with_a_report_and_refuse_a_bad_file_cleanly(tmp_path: Path):
    (tmp_path / "catalog.csv").write_text(HEADER + "G-1,Widget,each,1.00\nG-2,Gadget,case,2.00\n")
    assert _cli(tmp_path, "catalog", "import", str(tmp_path / "catalog.csv")).returncode == 0

    (tmp_path / "no-domains.csv").write_text("customer_id,name\nC1,Acme\n")
    refused = _cli(tmp_path, "customers", "import", str(tmp_path / "no-domains.csv"))
    assert refused.returncode == 1
    assert "refused, customers unchanged" in refused.stdout and "missing columns email_domains" in refused.stdout
    assert "Traceback" not in refused.stdout + refused.stderr

    (tmp_path / "customers.csv").write_text("customer_id,name,email_domains\nC1,Acme,acme.example\n,Nobody,x\n")
    done = _cli(tmp_path, "customers", "import", str(tmp_path / "customers.csv"))
    assert done.returncode == 0 and "1 imported, 1 rejected" in done.stdout and "line 3:" in done.stdout

    (tmp_path / "xref.csv").write_text("customer_id,customer_part,sku\nC1,77-100,G-1\nC1,77-200,G-9\nC9,1,G-1\n")
    aliases = _cli(tmp_path, "customers", "import-aliases", str(tmp_path / "xref.csv"))
    assert aliases.returncode == 0, aliases.stderr
    assert "1 imported, 2 rejected" in aliases.stdout
    assert "line 3: unknown SKU G-9" in aliases.stdout and "line 4: unknown customer C9" in aliases.stdout
    wrong = _cli(tmp_path, "customers", "import-aliases", str(tmp_path / "customers.csv"))
    assert wrong.returncode == 1 and "refused, cross-references unchanged" in wrong.stdout

    (tmp_path / "prices.csv").write_text("customer_id,sku,unit_price\nC1,G-1,0.90\nC1,G-2,-2\n")
    prices = _cli(tmp_path, "customers", "import-prices", str(tmp_path / "prices.csv"))
    assert prices.returncode == 0 and "1 imported, 1 rejected" in prices.stdout
    assert "line 3: unit_price -2 must be greater than zero" in prices.stdout

    engine = create_engine(Settings(home=tmp_path).resolved_database_url)
    with engine.connect() as conn:
        assert dict(conn.execute(text("SELECT sku, uom FROM products")).tuples().all()) == {"G-1": "EA", "G-2": "CS"}
        assert list(conn.execute(text("SELECT customer_id, alias_key, sku FROM customer_item_aliases")).tuples()) \
            == [("C1", "77 100", "G-1")]
        assert list(conn.execute(text("SELECT sku FROM price_list_entries")).scalars()) == ["G-1"]
    engine.dispose()
