"""`order-intake catalog import` as an admin runs it: a report, and a refused file changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

from config import Settings

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
