"""A large seeded catalog and the lines buyers write against it, for matching at scale: variants of the
demo's products (sizes, colours, materials, packs; every SKU unique, descriptions realistic) and a mix of
exact, sloppy, GTIN, misspelt and words-only lines, each knowing the product it was made from.
bench/catalog_scale.py times the index on them; the catalog tests check blocking with them."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from decimal import Decimal

from matching.catalog import CatalogProduct
from tests.support.environment import DEMO

COLOURS = ["black", "white", "blue", "red", "green", "yellow", "orange", "grey", "clear", "brown", "navy", "kraft"]
MATERIALS = ["steel", "nylon", "poly", "cotton", "rubber", "vinyl", "aluminium", "oak", "bamboo", "PET"]
GRADES = ["standard", "heavy duty", "premium", "economy", "industrial", "food grade", "recycled"]


def _gtin(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - total % 10) % 10)


def build_catalog(count: int, seed: int) -> list[CatalogProduct]:
    """Variants of the demo products: a SKU suffix and description words per variant, all unique."""
    rng = random.Random(f"catalog-{seed}")
    with open(DEMO / "catalog.csv", newline="", encoding="utf-8") as fh:
        base = list(csv.DictReader(fh))
    products: list[CatalogProduct] = []
    seen: set[str] = set()
    i = 0
    while len(products) < count:
        row = base[i % len(base)]
        i += 1
        if i <= len(base):
            sku, words = row["sku"], row["description"]
        else:
            colour, material, grade = rng.choice(COLOURS), rng.choice(MATERIALS), rng.choice(GRADES)
            size = rng.choice([2, 4, 6, 8, 10, 12, 16, 20, 24, 32, 36, 48, 50, 64, 100, 250, 500])
            sku = f"{row['sku']}-{material[:2].upper()}{size}{colour[:2].upper()}{rng.randrange(100):02d}"
            words = f"{row['description'].split(',')[0]}, {grade}, {material}, {colour}, {size} ct"
        if sku in seen:
            continue
        seen.add(sku)
        products.append(CatalogProduct(sku, words, row["uom"], Decimal(row["unit_price"]),
                                       _gtin(f"50{len(products):011d}"), int(row["pack_size"] or 1)))
    return products


@dataclass
class Query:
    """One extracted line: what the buyer wrote (code and/or words), the SKU it was made from, and how."""

    code: str | None
    description: str | None
    truth: str
    kind: str


def make_queries(products: list[CatalogProduct], count: int, seed: int) -> list[Query]:
    """What buyers write, in proportions seen in the synthetic corpus: mostly codes, some words only."""
    rng = random.Random(f"lines-{seed}")
    out = []
    for _ in range(count):
        p = rng.choice(products)
        roll = rng.random()
        if roll < 0.45:
            out.append(Query(p.sku, p.description, p.sku, "exact"))
        elif roll < 0.65:
            sloppy = rng.choice([p.sku.lower(), p.sku.replace("-", " "), p.sku.replace("0", "O")])
            out.append(Query(sloppy, None, p.sku, "normalised"))
        elif roll < 0.72:
            out.append(Query(p.gtin, None, p.sku, "gtin"))
        elif roll < 0.85:
            chars = list(p.sku)
            j = rng.randrange(len(chars) - 1)
            chars[j], chars[j + 1] = chars[j + 1], chars[j]
            out.append(Query("".join(chars), None, p.sku, "typo"))
        else:
            out.append(Query(None, p.description.lower(), p.sku, "description"))
    return out


def make_typo_queries(products: list[CatalogProduct], count: int, seed: int) -> list[Query]:
    """Lines as a hurried buyer types them: every SKU with one typo (a character dropped, doubled, changed
    or two swapped), every description with misspelt words, some lines with only one of the two."""
    rng = random.Random(f"typos-{seed}")
    out = []
    for _ in range(count):
        p = rng.choice(products)
        roll = rng.random()
        code = _typo(p.sku, rng) if roll < 0.7 else None
        description = _misspelt(p.description, rng) if roll >= 0.4 else None
        kind = "typo_code_words" if code and description else "typo_code" if code else "misspelt_words"
        out.append(Query(code, description, p.sku, kind))
    return out


def _typo(text: str, rng: random.Random) -> str:
    chars = list(text)
    j = rng.randrange(len(chars))
    edit = rng.choice(["drop", "double", "change", "swap"])
    if edit == "drop" and len(chars) > 3:
        del chars[j]
    elif edit == "double":
        chars.insert(j, chars[j])
    elif edit == "swap" and j + 1 < len(chars):
        chars[j], chars[j + 1] = chars[j + 1], chars[j]
    else:
        chars[j] = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789" if chars[j].isalnum() else "-")
    return "".join(chars)


def _misspelt(description: str, rng: random.Random) -> str:
    """Half the words of four letters or more misspelt (one letter dropped, doubled or swapped), lower case."""
    words = description.lower().split()
    for i, word in enumerate(words):
        if len(word) >= 4 and word.isalpha() and rng.random() < 0.5:
            chars = list(word)
            j = rng.randrange(1, len(chars) - 1)
            edit = rng.choice(["drop", "double", "swap"])
            if edit == "drop":
                del chars[j]
            elif edit == "double":
                chars.insert(j, chars[j])
            else:
                chars[j], chars[j + 1] = chars[j + 1], chars[j]
            words[i] = "".join(chars)
    return " ".join(words)
