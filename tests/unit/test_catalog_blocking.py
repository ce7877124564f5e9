"""A large catalog narrows fuzzy lookups to likely products first: it must find what a full scan finds."""

from __future__ import annotations

import pytest

from matching import catalog as catalog_module
from matching.catalog import CatalogIndex
from tests.support.catalog import build_catalog, make_queries


@pytest.mark.slow
def test_blocked_lookup_agrees_with_full_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    products = build_catalog(8000, 3)
    queries = [q for q in make_queries(products, 400, 3) if q.kind in ("typo", "description")]
    blocked = CatalogIndex(products)
    assert blocked._word_postings is not None  # 8,000 products: the blocking path is the one under test
    monkeypatch.setattr(catalog_module, "BLOCKING_MIN_PRODUCTS", 10**9)
    full = CatalogIndex(products)
    assert full._word_postings is None

    same = sum(blocked.match(q.code, q.description).sku == full.match(q.code, q.description).sku for q in queries)
    right = sum(blocked.match(q.code, q.description).sku == q.truth for q in queries)
    assert len(queries) > 80
    assert same >= 0.97 * len(queries)
    assert right >= 0.95 * len(queries)
    for q in queries:
        if q.kind == "typo":  # one transposition: the trigram block holds whatever the full scan finds
            assert blocked.match(q.code, None).sku == full.match(q.code, None).sku, q


def test_unknown_words_find_nothing_rather_than_anything() -> None:
    index = CatalogIndex(build_catalog(6000, 4))
    found = index.match("ZZQX-0000-QQ", "quantum flux capacitor")
    assert found.sku is None
