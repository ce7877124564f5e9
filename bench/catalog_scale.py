"""Benchmark: matching against a large catalog — index build, 1,000 lines, peak memory, naive baseline.

    .venv/bin/python bench/catalog_scale.py [--products 100000] [--lines 1000] [--naive-lines 50]
                                            [--seed 5] [--from-db] [--json FILE]

Builds a seeded catalog of --products products (the demo catalog's 527 products, varied in size,
colour, material and pack so that descriptions stay realistic and SKUs unique), then:
- times building the CatalogIndex (target <= 5 s for 100,000 products);
- times matching --lines extracted lines (target <= 1 s in total for 1,000): a realistic mix of exact SKUs,
  SKUs typed sloppily (case, dashes, O/0), GTINs, misspelt SKUs and descriptions without any code;
- runs the naive approach on --naive-lines of the same lines — for each line, a Python loop over every
  product scoring the code and the description with rapidfuzz — and reports the per-line ratio (the
  naive loop is too slow to run on all 1,000 lines; both are timed in this same run). The sample is
  drawn from every kind of line in turn (exact, sloppy, GTIN, typo, words only), not the first few,
  so that the cheap exact lines do not flatter either side;
- with --from-db, writes the catalog to a CSV, imports it into a fresh SQLite database with the app's
  own import, and times `load_catalog` — what the app does when the catalog changed: read every
  product row and build the index (target <= 5 s as well);
- reports the peak resident memory of the process (target <= 500 MB) and how many lines the shipped
  index matched to the product the line was made from.
Run on demand; numbers go in
docs/benchmarks.md. Never a timed test.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import random
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz  # noqa: E402

from matching.catalog import CatalogIndex, CatalogProduct, normalise_sku, normalise_text  # noqa: E402

# The seeded catalog and lines are shared with the catalog tests: tests/support/catalog.py.
from tests.support.catalog import Query, build_catalog, make_queries  # noqa: E402


def naive_match(products: list[CatalogProduct], q: Query) -> str | None:
    """The loop one writes first: score every product, keep the best."""
    best, best_score = None, 0.0
    code = normalise_sku(q.code) if q.code else None
    text = normalise_text(q.description) if q.description else None
    for p in products:
        score = 0.0
        if code:
            score = fuzz.ratio(code, normalise_sku(p.sku))
        if text:
            score = max(score, fuzz.token_set_ratio(text, normalise_text(p.description)))
        if score > best_score:
            best, best_score = p.sku, score
    return best if best_score >= 70 else None


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--naive-lines", type=int, default=50)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--from-db", action="store_true",
                        help="also import the catalog into SQLite and time load_catalog (read + build)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    products = build_catalog(args.products, args.seed)
    queries = make_queries(products, args.lines, args.seed)
    before_index_mb = peak_mb()

    t0 = time.perf_counter()
    index = CatalogIndex(products)
    index_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    results = [index.match(q.code, q.description) for q in queries]
    match_s = time.perf_counter() - t0
    correct = sum(r.sku == q.truth for r, q in zip(results, queries, strict=True))
    by_kind: dict[str, list[int]] = {}
    for r, q in zip(results, queries, strict=True):
        by_kind.setdefault(q.kind, [0, 0])
        by_kind[q.kind][0] += r.sku == q.truth
        by_kind[q.kind][1] += 1

    sample = naive_sample(queries, args.naive_lines, args.seed)
    t0 = time.perf_counter()
    naive_correct = sum(naive_match(products, q) == q.truth for q in sample)
    naive_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for q in sample:
        index.match(q.code, q.description)
    shipped_sample_s = time.perf_counter() - t0
    naive_per_line = naive_s / len(sample)
    shipped_per_line = shipped_sample_s / len(sample)

    out: dict[str, object] = {
        "products": len(products),
        "index_build_s": round(index_s, 3),
        "lines": len(queries),
        "match_lines_s": round(match_s, 3),
        "match_per_line_ms": round(match_s / len(queries) * 1000, 3),
        "matched_to_source_product": round(correct / len(queries), 4),
        "by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())},
        "naive_lines": len(sample),
        "naive_sample_kinds": dict(sorted(Counter(q.kind for q in sample).items())),
        "naive_per_line_ms": round(naive_per_line * 1000, 1),
        "naive_matched_to_source_product": round(naive_correct / len(sample), 4),
        "shipped_per_line_ms_same_lines": round(shipped_per_line * 1000, 3),
        "naive_over_shipped": round(naive_per_line / shipped_per_line, 1) if shipped_per_line else None,
        "peak_rss_mb": round(peak_mb(), 1),
        "rss_before_index_mb": round(before_index_mb, 1),
        "median_line_ms": round(statistics.median(
            _time_each(index, queries[:200])) * 1000, 3),
    }
    if args.from_db:
        # In a process of its own, as the app would be: its peak memory is the import and the load,
        # not this process's catalog and index as well.
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            out.update(pool.apply(time_from_db, (args.products, args.seed)))
    for key, value in out.items():
        print(f"{key:>34}: {value}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n")
    return out


def naive_sample(queries: list[Query], count: int, seed: int) -> list[Query]:
    """`count` queries taken from each kind in turn (seeded), so every kind of line is in the sample."""
    rng = random.Random(f"naive-{seed}")
    by_kind: dict[str, list[Query]] = {}
    for q in queries:
        by_kind.setdefault(q.kind, []).append(q)
    for group in by_kind.values():
        rng.shuffle(group)
    sample: list[Query] = []
    kinds = sorted(by_kind)
    while len(sample) < min(count, len(queries)):
        for kind in kinds:
            if by_kind[kind] and len(sample) < count:
                sample.append(by_kind[kind].pop())
    return sample


def time_from_db(count: int, seed: int) -> dict[str, object]:
    """Import the seeded catalog with the app's import into a fresh SQLite file, then time load_catalog."""
    from masterdata.catalog import import_catalog
    from matching.knowledge_store import _CATALOG_CACHE, load_catalog
    from models.db import Database, upgrade_schema

    with tempfile.TemporaryDirectory(prefix="catalog-scale-") as tmp:
        path = Path(tmp) / "catalog.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
            for p in build_catalog(count, seed):
                writer.writerow([p.sku, p.description, p.uom, p.unit_price, p.gtin or "", p.pack_size])
        url = f"sqlite:///{tmp}/bench.db"
        upgrade_schema(url)
        db = Database(url)
        try:
            t0 = time.perf_counter()
            with db.session() as s:
                report = import_catalog(s, path)
            import_s = time.perf_counter() - t0
            _CATALOG_CACHE.clear()  # as after an import: the next order rebuilds the index
            t0 = time.perf_counter()
            with db.session() as s:
                index = load_catalog(s)
            load_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            with db.session() as s:
                load_catalog(s)
            cached_s = time.perf_counter() - t0
        finally:
            db.dispose()
    return {
        "db_imported": report.imported,
        "db_rejected": len(report.rejected),
        "db_import_s": round(import_s, 3),
        "load_catalog_from_db_s": round(load_s, 3),
        "load_catalog_products": len(index),
        "load_catalog_cached_s": round(cached_s, 4),
        "db_process_peak_rss_mb": round(peak_mb(), 1),
    }


def _time_each(index: CatalogIndex, queries: list[Query]) -> list[float]:
    times = []
    for q in queries:
        t0 = time.perf_counter()
        index.match(q.code, q.description)
        times.append(time.perf_counter() - t0)
    return times


if __name__ == "__main__":
    main()
