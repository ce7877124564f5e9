"""The compact catalog index (columns, hashed lookups, one array of postings) matches every line as the
index of dicts and lists did before issue 15 (tests/support/catalog_before.py): same product, method,
score and candidates, on a small catalog (scanned whole) and a large one (narrowed by postings)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from matching.catalog import CatalogIndex, CatalogProduct
from tests.support.catalog import build_catalog, make_queries, make_typo_queries
from tests.support.catalog_before import ReferenceIndex


def _same_matches(products: list[CatalogProduct], seed: int, lines: int) -> None:
    compact, before = CatalogIndex(products), ReferenceIndex(products)
    queries = make_queries(products, lines, seed) + make_typo_queries(products, lines, seed)
    for q in queries:
        assert compact.match(q.code, q.description) == before.match(q.code, q.description), q
        assert compact.fuzzy_description(q.description or q.truth) == before.fuzzy_description(q.description or q.truth)
    assert list(compact.products) == list(before.products)
    assert all(compact.products[sku] == before.products[sku] for sku in before.products)


def test_a_small_catalog_matches_as_before() -> None:
    _same_matches(build_catalog(1200, 11), 11, 150)


@pytest.mark.slow
def test_a_large_catalog_matches_as_before() -> None:
    _same_matches(build_catalog(12000, 12), 12, 400)


def test_a_sku_given_twice_keeps_its_first_place_and_last_values() -> None:
    products = [
        CatalogProduct("AB-100", "Nitrile gloves, blue, size M", "BX", Decimal("9.50"), "0012345678905"),
        CatalogProduct("CD-200", "Trash liners, 33 gal, black", "CS", Decimal("30.00"), "5000000000019"),
        CatalogProduct("AB-100", "Nitrile gloves, blue, size M, box of 100", "BX", Decimal("9.90"),
                       "5000000000026"),
    ]
    compact, before = CatalogIndex(products), ReferenceIndex(products)
    assert list(compact.products) == ["AB-100", "CD-200"]
    assert compact.products["AB-100"] == products[2]
    for code in ("AB-100", "ab100", "0012345678905", "5000000000026", "CD200", "5000000000019"):
        assert compact.match(code, None) == before.match(code, None), code


def test_products_are_read_back_as_given() -> None:
    products = [CatalogProduct("X-1", "Café crème, 1 L", "EA", None, None),
                CatalogProduct("X-2", "Teller, weiß", "EA", Decimal("1.50"), "", 12),
                CatalogProduct("X-3", "Plate, white", "EA", Decimal("1.5"), "40000000000000", 6)]
    index = CatalogIndex(products)
    assert [index.products[p.sku] for p in products] == products
    assert str(index.products["X-3"].unit_price) == "1.5"  # not the equal 1.50 of another product
    assert "X-4" not in index.products and len(index.products) == 3


def test_the_pack_clause_is_cut_as_the_pattern_cut_it() -> None:
    """The clause is looked for at the last comma only: the pattern, tried everywhere, finds the same."""
    from matching.catalog import _PACK_CLAUSE, _without_pack_clause, normalise_text

    def before(description: str) -> str:
        head = _PACK_CLAUSE.sub("", description.strip())
        return normalise_text(head) if head != description.strip() else ""

    texts = [p.description for p in build_catalog(3000, 13)] + [
        "Nitrile gloves, blue, size S, box of 100", "Copy paper, letter, 20 lb, ream, case of 10 reams",
        "Cups 12 oz, 50/sleeve", "Lids, fits 12 oz, 1000/cs ", "Tape, 2 in x 60 yd, case", "no comma box of 12",
        "Liners, 33 gal, black, ,", "Bolts, 1/4-20, Box Of 100\n", ", case of 6", "Gloves,  pack",
    ]
    assert [_without_pack_clause(t) for t in texts] == [before(t) for t in texts]
