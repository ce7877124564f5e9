"""Benchmark: matching order lines against a large catalog, beside rapidfuzz's own ways of doing it.

    .venv/bin/python bench/catalog_scale.py [--products 100000] [--lines 1000] [--peer-lines N]
        [--seed 5] [--systems index,before,extractone,cdist] [--from-db] [--json FILE]

One seeded catalog of --products products (the demo catalog's 527 products varied in size, colour,
material and pack: tests/support/catalog.py) and two mixes of --lines order lines, each line knowing the
product it was made from:
- "current": 45% exact SKUs, 20% sloppy SKUs (case, dashes, O/0), 7% GTINs, 13% SKUs with two characters
  swapped, 15% our description in lower case (tests/support/catalog.make_queries);
- "typo-heavy": every SKU with one typo (dropped, doubled, changed or swapped character) and/or the
  description with about half its longer words misspelt; no exact SKUs, no GTINs (make_typo_queries).

Systems, each in a process of its own so that its peak memory is its own (the catalog is read from a
CSV file, streamed, as load_catalog streams rows):
- index: matching.catalog.CatalogIndex, `match(code, description)`;
- before: the index as it was before issue 15 (tests/support/catalog_before.py), same cascade;
- extractone: rapidfuzz.process.extractOne(line, choices, scorer=WRatio, processor=default_process), the
  choices being "SKU description" per product and the line "code description";
- cdist: rapidfuzz.process.cdist(lines, choices, scorer=WRatio, processor=default_process, workers=2),
  best column per line; lines in blocks of 50 (the full 1,000 x 100,000 matrix of float32 is 400 MB).

Reported per system: build (or preparation) CPU seconds, per mix the lines' CPU and wall seconds and the
top-1 accuracy (the product the line was made from, first), peak RSS and the RSS after imports.
--peer-lines matches only the first N lines of each mix with the rapidfuzz peers (they take seconds per
line's worth of work); their accuracy is then over those N, and the index's over the same N is given too.
With --from-db: imports the catalog into a fresh SQLite file with the app's import and times
`load_catalog` in a fresh process (read the rows, build the index, keep it on disk), then again in another
fresh process, as after a restart (the index read back from disk), with both mixes' top-1 accuracy. CPU
time is the measure to read on a shared machine; the load average is printed. Run on demand; numbers go
in docs/benchmarks.md, never in a timed test.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SYSTEMS = ("index", "before", "extractone", "cdist")
CDIST_BLOCK = 50


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss over
    exec, so a child started by a large parent would report the parent's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def cpu() -> float:
    return time.process_time()  # all threads of the process: cdist's workers count


def write_inputs(folder: Path, products: int, lines: int, seed: int) -> None:
    from tests.support.catalog import build_catalog, make_queries, make_typo_queries

    catalog = build_catalog(products, seed)
    with (folder / "catalog.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["sku", "description", "uom", "unit_price", "gtin", "pack_size"])
        for p in catalog:
            writer.writerow([p.sku, p.description, p.uom, p.unit_price, p.gtin or "", p.pack_size])
    mixes = {"current": make_queries(catalog, lines, seed), "typo-heavy": make_typo_queries(catalog, lines, seed)}
    (folder / "lines.json").write_text(json.dumps(
        {name: [[q.code, q.description, q.truth, q.kind] for q in queries] for name, queries in mixes.items()}))


def read_products(folder: Path):  # type: ignore[no-untyped-def]
    from matching.catalog import CatalogProduct

    with (folder / "catalog.csv").open(newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        for sku, description, uom, price, gtin, pack in reader:
            yield CatalogProduct(sku, description, uom, Decimal(price) if price else None, gtin or None, int(pack))


def run_system(system: str, folder: Path, peer_lines: int | None) -> dict[str, object]:
    """In its own process: build, then match both mixes; what it cost and how often it was right."""
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    if system == "index":
        from matching.catalog import CatalogIndex as Index
    elif system == "before":
        from tests.support.catalog_before import ReferenceIndex as Index  # type: ignore[assignment]
    mixes = json.loads((folder / "lines.json").read_text())
    out: dict[str, object] = {"system": system, "rss_after_imports_mb": round(peak_mb(), 1)}
    t_cpu, t_wall = cpu(), time.perf_counter()
    if system in ("index", "before"):
        index = Index(read_products(folder))
        skus: list[str] = []
    else:
        skus, choices = [], []
        for p in read_products(folder):
            skus.append(p.sku)
            choices.append(f"{p.sku} {p.description}")
        if system == "cdist":  # what cdist does once per call, done once: its processor over the choices
            choices = [utils.default_process(c) for c in choices]
    out["build_cpu_s"] = round(cpu() - t_cpu, 3)
    out["build_wall_s"] = round(time.perf_counter() - t_wall, 3)
    for name, rows in mixes.items():
        if system in ("extractone", "cdist") and peer_lines:
            rows = rows[:peer_lines]
        found: list[str | None] = []
        t_cpu, t_wall = cpu(), time.perf_counter()
        if system in ("index", "before"):
            found = [index.match(code, description).sku for code, description, _, _ in rows]
        elif system == "extractone":
            for code, description, _, _ in rows:
                best = process.extractOne(" ".join(filter(None, (code, description))), choices,
                                          scorer=fuzz.WRatio, processor=utils.default_process)
                found.append(skus[best[2]] if best else None)
        else:
            queries = [utils.default_process(" ".join(filter(None, (c, d)))) for c, d, _, _ in rows]
            for start in range(0, len(queries), CDIST_BLOCK):
                scores = process.cdist(queries[start:start + CDIST_BLOCK], choices, scorer=fuzz.WRatio,
                                       workers=2, dtype=np.float32)
                found.extend(skus[int(i)] for i in scores.argmax(axis=1))
        match_cpu, match_wall = cpu() - t_cpu, time.perf_counter() - t_wall
        right = [f == truth for f, (_, _, truth, _) in zip(found, rows, strict=True)]
        by_kind: dict[str, list[int]] = {}
        for ok, (_, _, _, kind) in zip(right, rows, strict=True):
            by_kind.setdefault(kind, [0, 0])
            by_kind[kind][0] += ok
            by_kind[kind][1] += 1
        out[name] = {
            "lines": len(rows), "top1": round(sum(right) / len(rows), 4),
            "match_cpu_s": round(match_cpu, 3), "match_wall_s": round(match_wall, 3),
            "per_line_ms_cpu": round(match_cpu / len(rows) * 1000, 3),
            "by_kind": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_kind.items())},
        }
        if peer_lines and system in ("index", "before"):
            out[name]["top1_first_peer_lines"] = round(sum(right[:peer_lines]) / min(peer_lines, len(rows)), 4)  # type: ignore[index]
    out["peak_rss_mb"] = round(peak_mb(), 1)
    return out


def time_from_db(folder: Path) -> dict[str, object]:
    """In its own process: the app's import into a fresh SQLite file, then load_catalog twice."""
    from masterdata.catalog import import_catalog
    from matching.knowledge_store import _CATALOG_CACHE, load_catalog
    from models.db import Database, upgrade_schema

    url = f"sqlite:///{folder}/bench.db"
    upgrade_schema(url)
    # With a cache folder, as `serve` and `worker` open their database: the first load also writes the
    # index to disk (matching/catalog_cache.py), which the "restart" process then reads back.
    db = Database(url, cache_dir=folder / "index-cache")
    try:
        t0 = time.perf_counter()
        with db.session() as s:
            report = import_catalog(s, folder / "catalog.csv")
        import_s = time.perf_counter() - t0
        _CATALOG_CACHE.clear()  # as after an import: the next order rebuilds the index
        before_load = peak_mb()
        t_cpu, t_wall = cpu(), time.perf_counter()
        with db.session() as s:
            index = load_catalog(s)
        load_cpu, load_wall = cpu() - t_cpu, time.perf_counter() - t_wall
        t0 = time.perf_counter()
        with db.session() as s:
            load_catalog(s)
        cached_s = time.perf_counter() - t0
    finally:
        db.dispose()
    return {
        "db_imported": report.imported, "db_rejected": len(report.rejected), "db_import_wall_s": round(import_s, 3),
        "load_catalog_cpu_s": round(load_cpu, 3), "load_catalog_wall_s": round(load_wall, 3),
        "load_catalog_products": len(index), "load_catalog_cached_s": round(cached_s, 4),
        "rss_before_load_mb": round(before_load, 1), "peak_rss_mb": round(peak_mb(), 1),
    }


def time_restart(folder: Path) -> dict[str, object]:
    """In its own process, after `time_from_db`: what a restart costs (load_catalog reading the index kept
    on disk by the process before), and the top-1 accuracy of the index read back on both mixes."""
    from matching.knowledge_store import load_catalog
    from models.db import Database

    db = Database(f"sqlite:///{folder}/bench.db", cache_dir=folder / "index-cache")
    out: dict[str, object] = {"cache_files": sorted(p.name for p in (folder / "index-cache").glob("*.npz")),
                              "rss_after_imports_mb": round(peak_mb(), 1)}
    try:
        t_cpu, t_wall = cpu(), time.perf_counter()
        with db.session() as s:
            index = load_catalog(s)
        out["load_catalog_cpu_s"] = round(cpu() - t_cpu, 3)
        out["load_catalog_wall_s"] = round(time.perf_counter() - t_wall, 3)
        out["peak_rss_after_load_mb"] = round(peak_mb(), 1)
    finally:
        db.dispose()
    for name, rows in json.loads((folder / "lines.json").read_text()).items():
        found = [index.match(code, description).sku for code, description, _, _ in rows]
        out[f"top1_{name}"] = round(sum(f == truth for f, (_, _, truth, _) in zip(found, rows, strict=True))
                                    / len(rows), 4)
    out["products"] = len(index)
    out["peak_rss_mb"] = round(peak_mb(), 1)
    return out


def in_subprocess(args: list[str]) -> dict[str, object]:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> dict[str, object]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--lines", type=int, default=1000)
    parser.add_argument("--peer-lines", type=int, default=None,
                        help="match only the first N lines of each mix with the rapidfuzz peers")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--from-db", action="store_true",
                        help="also import the catalog into SQLite and time load_catalog (read + build)")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:  # one system, in this process of its own
        if args.worker == "from-db":
            result = time_from_db(args.folder)
        elif args.worker == "restart":
            result = time_restart(args.folder)
        else:
            result = run_system(args.worker, args.folder, args.peer_lines)
        print(json.dumps(result))
        return result

    out: dict[str, object] = {"products": args.products, "lines": args.lines, "seed": args.seed,
                              "commit": _commit(), "date": time.strftime("%Y-%m-%d %H:%M"),
                              "loadavg_start": _loadavg()}
    with tempfile.TemporaryDirectory(prefix="catalog-scale-") as tmp:
        folder = Path(tmp)
        write_inputs(folder, args.products, args.lines, args.seed)
        extra = ["--peer-lines", str(args.peer_lines)] if args.peer_lines else []
        for system in args.systems.split(","):
            out[system] = in_subprocess(["--worker", system, "--folder", tmp, *extra])
            print(json.dumps(out[system]), flush=True)
        if args.from_db:
            out["from_db"] = in_subprocess(["--worker", "from-db", "--folder", tmp])
            print(json.dumps(out["from_db"]), flush=True)
            out["restart"] = in_subprocess(["--worker", "restart", "--folder", tmp])
            print(json.dumps(out["restart"]), flush=True)
    out["loadavg_end"] = _loadavg()
    _print_table(out, args.systems.split(","))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2) + "\n")
    return out


def _print_table(out: dict[str, object], systems: list[str]) -> None:
    print(f"\n{out['products']:,} products, commit {out['commit']}, {out['date']}, "
          f"load average {out['loadavg_start']} -> {out['loadavg_end']}")
    print(f"{'system':<11} {'mix':<11} {'lines':>5} {'top-1':>6} {'CPU s':>8} {'ms/line':>8} {'wall s':>7} "
          f"{'build CPU s':>11} {'peak MB':>8} {'imports MB':>10}")
    for system in systems:
        r = out[system]
        assert isinstance(r, dict)
        for mix in ("current", "typo-heavy"):
            m = r[mix]
            print(f"{system:<11} {mix:<11} {m['lines']:>5} {100 * m['top1']:>5.1f}% {m['match_cpu_s']:>8.3f} "
                  f"{m['per_line_ms_cpu']:>8.3f} {m['match_wall_s']:>7.2f} {r['build_cpu_s']:>11.3f} "
                  f"{r['peak_rss_mb']:>8.1f} {r['rss_after_imports_mb']:>10.1f}")
    if "from_db" in out:
        print("from the database:", json.dumps(out["from_db"]))
        print("after a restart, from the index kept on disk:", json.dumps(out["restart"]))


def _commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _loadavg() -> str:
    return " ".join(os.getloadavg().__str__().strip("()").split(", ")[:3])


if __name__ == "__main__":
    main()
