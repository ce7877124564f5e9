"""A large catalog's index kept on disk (matching/catalog_cache.py) and read back by a later process
answers every line exactly as the index built from the products does, and is read back only for the same
catalog: the same database's revision and token, the same number of products, the same code."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from matching import knowledge_store
from matching.catalog import CatalogIndex, CatalogProduct
from matching.catalog_cache import cache_path, read_index, write_index
from matching.knowledge_store import bump_catalog_revision, load_catalog
from models.db import Database
from models.tables import Base, Counter, Product
from tests.support.catalog import build_catalog, make_queries, make_typo_queries

REPO = Path(__file__).resolve().parents[2]


def _same_answers(stored: CatalogIndex, built: CatalogIndex, products: list[CatalogProduct], seed: int,
                  lines: int) -> None:
    queries = make_queries(products, lines, seed) + make_typo_queries(products, lines, seed)
    for q in queries:
        assert stored.match(q.code, q.description) == built.match(q.code, q.description), q
        text = q.description or q.truth
        assert stored.fuzzy_description(text) == built.fuzzy_description(text), q
        assert stored.names_a_product(text) == built.names_a_product(text), q
    assert list(stored.products) == list(built.products)
    assert all(stored.products[p.sku] == built.products[p.sku] for p in products[:500])


def test_an_index_read_back_answers_as_the_one_built(tmp_path: Path) -> None:
    """GIVEN a 6,000-product catalog's index written to disk WHEN it is read back THEN every line of both
    mixes gets the same product, method, score and candidates, and every product reads back as given."""
    products = build_catalog(6000, 21)
    products[7] = CatalogProduct(products[7].sku, "Café crème, weiß, 1 L", "EA", None, None)
    products[8] = CatalogProduct(products[8].sku, products[8].description, "CS", Decimal("1.50"), "", 12)
    built = CatalogIndex(products)
    path = tmp_path / "catalog.npz"
    assert write_index(built, path)
    stored = read_index(path)
    assert stored is not None
    _same_answers(stored, built, products, 21, 60)
    assert stored.products[products[7].sku] == products[7]
    assert str(stored.products[products[8].sku].unit_price) == "1.50"


def test_an_index_is_read_back_in_another_process_whose_string_hashes_differ(tmp_path: Path) -> None:
    """GIVEN an index written by this process WHEN another process (another hash seed) reads it back THEN
    its exact lookups still find every SKU, GTIN and description (hashes are made again, never stored)."""
    products = build_catalog(5000, 22)
    path = tmp_path / "catalog.npz"
    assert write_index(CatalogIndex(products), path)
    probe = products[1234]
    script = (
        "import sys; from pathlib import Path; from matching.catalog_cache import read_index\n"
        f"index = read_index(Path({str(path)!r}))\n"
        f"m = index.match({probe.sku!r}, None); print(m.sku, m.method)\n"
        f"m = index.match(None, {probe.description!r}); print(m.sku, m.method)\n"
    )
    env = {"PYTHONHASHSEED": "12345", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=REPO,
                         check=True).stdout.split("\n")
    built = CatalogIndex(products)
    expected = [built.match(probe.sku, None), built.match(None, probe.description)]
    assert out[:2] == [f"{m.sku} {m.method}" for m in expected]


def test_a_damaged_file_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "catalog.npz"
    path.write_bytes(b"not an index")
    assert read_index(path) is None
    assert read_index(tmp_path / "missing.npz") is None


def test_an_index_of_repeated_skus_is_not_stored(tmp_path: Path) -> None:
    products = [CatalogProduct("AB-100", "Gloves", "BX", Decimal("9.50")),
                CatalogProduct("AB-100", "Gloves, box of 100", "BX", Decimal("9.90"))]
    assert not write_index(CatalogIndex(products), tmp_path / "catalog.npz")


def _database(tmp_path: Path, name: str, cache: Path) -> Database:
    db = Database(f"sqlite:///{tmp_path / name}", cache_dir=cache)
    Base.metadata.create_all(db.engine)
    return db


def _import(db: Database, products: list[CatalogProduct]) -> None:
    with db.session() as s:
        s.add_all(Product(sku=p.sku, description=p.description, uom=p.uom, unit_price=p.unit_price, gtin=p.gtin,
                          pack_size=p.pack_size) for p in products)
        bump_catalog_revision(s)


def test_load_catalog_reads_the_stored_index_only_for_the_same_catalog(tmp_path: Path) -> None:
    """GIVEN two databases whose catalogs differ but were each imported once (both at revision 1), sharing
    one cache folder WHEN each loads its catalog in a fresh process (the in-process cache emptied) THEN each
    gets its own catalog: the token written with the revision tells them apart; and a catalog changed
    again is built anew, not read from the file of the revision before."""
    cache = tmp_path / "cache"
    first = build_catalog(5000, 23)
    second = [CatalogProduct(p.sku, f"{p.description} (two)", p.uom, p.unit_price, p.gtin, p.pack_size)
              for p in first]
    one, two = _database(tmp_path, "one.db", cache), _database(tmp_path, "two.db", cache)
    _import(one, first)
    _import(two, second)
    with one.session() as s:
        assert load_catalog(s).products[first[0].sku].description == first[0].description
        token = s.scalar(select(Counter.value).where(Counter.name == knowledge_store.CATALOG_TOKEN))
        assert token is not None
        assert cache_path(cache, 1, token, 5000).exists()
    knowledge_store._CATALOG_CACHE.clear()
    with two.session() as s:
        assert load_catalog(s).products[second[0].sku].description.endswith("(two)")
    knowledge_store._CATALOG_CACHE.clear()
    with one.session() as s:
        assert load_catalog(s).products[first[0].sku].description == first[0].description  # built again or read back
        s.get(Product, first[0].sku).description = "Renamed product"
        bump_catalog_revision(s)
    knowledge_store._CATALOG_CACHE.clear()
    with one.session() as s:
        assert load_catalog(s).products[first[0].sku].description == "Renamed product"
    one.dispose()
    two.dispose()
