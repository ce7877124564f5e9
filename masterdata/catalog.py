"""Catalog, customer, price-list and cross-reference imports from CSV or XLSX (upserts, so a re-import updates)."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import Numeric, select
from sqlalchemy.orm import Session

from masterdata.countries import currency_of_country, locale_of_country
from masterdata.reader import ImportRejected, ImportReport, count_rows, import_rows, read_rows, refuse_formula
from matching.knowledge_store import bump_catalog_revision
from models.bounds import INT_MAX, length_problem, size_problem
from models.status import EDI_ANSWER_DOCUMENTS, CustomerSenderAuth, EdiAnswerDelivery
from models.tables import Customer, CustomerAddress, CustomerItemAlias, Money, PriceListEntry, Product, Weight
from vocabulary.numbers import written_fraction
from vocabulary.units import UNIT_CODES, unit_code


def _decimal(value: str, name: str, column: Numeric = Money) -> Decimal:
    """A number of the file, or the row refused (ValueError) when it is none or more than `column` holds."""
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{name} '{value}' is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{name} '{value}' is not a number")
    if (problem := size_problem(number, column)) is not None:
        raise ValueError(f"{name} '{value}' {problem}")
    return number


KNOWN_UNITS = sorted(set(UNIT_CODES.values()))
MAX_CATALOG_ROWS = 200_000
_BATCH = 2000


def _gtin_valid(digits: str) -> bool:
    if not digits.isdigit() or len(digits) not in (8, 12, 13, 14):
        return False
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits[:-1])))
    return (10 - total % 10) % 10 == int(digits[-1])


def _product_values(row: dict[str, str]) -> dict[str, object]:
    # A supplier's export may leave the description out where its SKU says enough (a code-only ERP item):
    # the SKU is what EDI orders match on, and a clerk still sees the product by it.
    sku, description = row["sku"], row.get("description") or ""
    if not sku:
        raise ValueError("sku is required")
    if len(sku) > 64 or len(description) > 500:
        raise ValueError("sku is longer than 64 characters or description longer than 500")
    written = row.get("uom") or "EA"
    # Stored as the code order lines are read into ("each" -> EA, "KGM" -> KG): a product kept in "EACH"
    # would doubt every line ordered in EA. A unit we do not know is the supplier's own ("GBND"), kept as
    # written: an order in it agrees, an order in any other unit is a doubt.
    uom = unit_code(written)
    if uom is None:
        raise ValueError(f"uom '{written[:20]}' is not a unit code (a word such as {', '.join(KNOWN_UNITS)}, "
                         "or a code of up to 8 letters and digits)")
    # No list price is a catalog whose prices live in price lists: nothing to compare an order with,
    # and nothing to fill in (never 0, which would price the goods at nothing).
    price = _decimal(row["unit_price"], "unit_price") if row.get("unit_price") else None
    if price is not None and price < 0:
        raise ValueError(f"unit_price {price} is negative")
    gtin = row.get("gtin") or None
    if gtin and gtin.isdigit() and len(gtin) in (7, 11) and _gtin_valid("0" + gtin):
        gtin = "0" + gtin  # a spreadsheet dropped the leading zero of an EAN-8 or a UPC
    if gtin and not _gtin_valid(gtin):
        # The product is the supplier's whatever its barcode column says: kept without the GTIN (which would match
        # scans and EDI lines to it wrongly), and the import report says so (import_catalog).
        gtin = BadGtin(gtin)
    return {"description": description, "uom": uom, "unit_price": price, "gtin": gtin,
            "pack_size": _pack_or_unknown(row.get("pack_size") or "1"),
            "weight_kg": _decimal(row.get("weight_kg") or "0", "weight_kg", Weight)}


# The trade writes a pack as its count, then what each holds: "6/#10" (six #10 cans), "4/1 GAL", "12/QT", "500/CS";
# or two counts, "10/100" (ten boxes of a hundred: a thousand pieces), "24 x 250"; or "12-pack", "case of 12".
_COUNT_OF_CONTAINERS = re.compile(r"(\d{1,7})\s*/\s*(?:#\s*\d+|\d+(?:\.\d+)?\s*[^\W\d_]+|[^\W\d_]+)", re.IGNORECASE)
_COUNT_BY_COUNT = re.compile(r"(\d{1,6})\s*[/x×]\s*(\d{1,6})", re.IGNORECASE)
# "10 racks of 96" (960 tips), "4 x 1 gal/cs" (four jugs), "120 strips/bx" (120 strips in a box).
_COUNT_OF_COUNT = re.compile(r"(\d{1,6})\s+[^\W\d_]+\s+of\s+(\d{1,6})", re.IGNORECASE)
_COUNT_BY_SIZE = re.compile(r"(\d{1,6})\s*[x×]\s*\d+(?:[.,]\d+)?\s*[^\W\d_]+(?:\s*/\s*[^\W\d_]+)?", re.IGNORECASE)
_COUNT_PER_UNIT = re.compile(r"(\d{1,7})\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*/\s*[^\W\d_]+", re.IGNORECASE)
# What one bottle, bag, roll or kit holds ("4 L", "500 g", "2.5 kg", "1 roll", "100 tests"): the selling unit is
# that one container, a piece of its own.
_CONTENT = re.compile(r"\d+(?:[.,]\d+)?\s*(?:u?l|ml|µl|cl|dl|l|mg|g|kg|oz|lbs?|gal|qt|pt|ft|m|cm|mm|in|yd"
                      r"|rolls?|pairs?|tests?|kits?|bottles?|jars?|jugs?|cans?|drums?|pails?|bags?|sets?)\.?",
                      re.IGNORECASE)
# A container named before what it holds, "bale 25 lb", "drum 55 gal", "box 10 lb": one bale, one drum.
_CONTAINER_HOLDING = re.compile(
    r"(?:bales?|drums?|box|bags?|pails?|jugs?|cans?|bottles?|totes?|rolls?|cases?|cartons?|tubs?|kegs?|jars?|sacks?"
    r"|buckets?|spools?|reels?)\s+(?:of\s+)?\d+(?:[.,]\d+)?\s*(?:u?l|ml|cl|l|g|kg|oz|lbs?|#|gal|qt|pt|ft|m|yd)\.?",
    re.IGNORECASE)
# One of a unit, with what it is for: "1 axle set", "1 wheel kit", "1 pair".
_ONE_NAMED = re.compile(r"1\s+(?:[^\W\d_]+[\s-]+){0,2}"
                        r"(?:set|kit|pair|unit|piece|bale|drum|pail|bag|roll|box|case|each)",
                        re.IGNORECASE)
_COUNT_NAMED = re.compile(r"(\d{1,7})\s*-?\s*(?:pk|pack|packs|ct|count|pcs|pc|ea|each)\.?"
                          r"|(?:case|box|pack|bag|carton|sleeve)\s+of\s+(\d{1,7})", re.IGNORECASE)


class BadGtin(str):
    """A GTIN column's value that is no GTIN (its length or its check digit): the product is imported without it."""


class PackNotCounted(ValueError):
    """The pack column says something, but no count of pieces ("bulk", "1/2", "assorted")."""


def pack_count(written: str) -> int:
    """The pieces one selling unit holds, as a pack column writes them. A pack we cannot count is refused
    (ValueError): the count decides how an order in pieces becomes one in our unit, so a guess would ship the
    wrong quantity without anyone asking. "1/2" (a half? one of two?) is refused too."""
    # (An aside after the count, "500/cs (25/rack)", says how the pack is made up inside.)
    text = re.sub(r"\s*\([^)]*\)$", "", written.strip()) or written.strip()
    if text.isdigit():
        count = int(text)
    elif m := _COUNT_BY_COUNT.fullmatch(text):
        top, bottom = int(m.group(1)), int(m.group(2))
        if "/" in text and written_fraction(top, bottom):
            raise PackNotCounted(f"pack_size '{written}' reads as a fraction, not a count of pieces")
        count = top * bottom
    elif m := _COUNT_OF_CONTAINERS.fullmatch(text):
        count = int(m.group(1))
    elif m := _COUNT_NAMED.fullmatch(text):
        count = int(m.group(1) or m.group(2))
    elif m := _COUNT_OF_COUNT.fullmatch(text):
        count = int(m.group(1)) * int(m.group(2))
    elif m := _COUNT_BY_SIZE.fullmatch(text) or _COUNT_PER_UNIT.fullmatch(text):
        count = int(m.group(1))
    elif _CONTENT.fullmatch(text) or _CONTAINER_HOLDING.fullmatch(text) or _ONE_NAMED.fullmatch(text):
        count = 1
    else:
        raise PackNotCounted(f"pack_size '{written}' gives no count of pieces (write a whole number, or count/size "
                             "such as 6/#10, 4/1 GAL, 10/100)")
    if count < 1 or count > INT_MAX:
        raise ValueError(f"pack_size '{written}' is not a whole number of at least 1 (and at most {INT_MAX:,})")
    return count


class UncountedPack(int):
    """A pack whose count of pieces the file does not give: one selling unit, holding we do not know how many.
    Stored as 1, which units.convert reads, for a unit other than EA, as "packing unknown": an order in pieces
    is then a doubt for a clerk, never a conversion."""

    written: str

    def __new__(cls, written: str) -> UncountedPack:
        pack = super().__new__(cls, 1)
        pack.written = written
        return pack


def _pack_or_unknown(written: str) -> int:
    """The pack's count, or, where the file gives none ("bulk", "1/2", "assorted"), an UncountedPack: the
    product is still sold and matched (refusing it made every order line for it an unknown item); only
    converting an order in pieces into it needs a person."""
    try:
        return pack_count(written)
    except PackNotCounted:
        return UncountedPack(written)


def import_catalog(session: Session, path: Path, progress: Callable[[int], None] | None = None,
                   max_rows: int = MAX_CATALOG_ROWS) -> ImportReport:
    """Add or update products; bad rows are reported by line number and the rest imported.

    Runs in the caller's transaction: a file refused as a whole (ImportRejected: missing columns, an
    encoding that breaks mid-file, more rows than max_rows) leaves the catalog as it was. A second row
    for the same SKU is refused rather than silently overwriting the first."""
    rows = count_rows(path)
    if rows is not None and rows > max_rows:
        raise ImportRejected(f"{path.name} has {rows:,} rows; the limit is {max_rows:,} products per import")
    existing = {p.sku: p for p in session.scalars(select(Product))}
    # A GTIN names one product: a second product with it would make every scan of it a guess.
    gtin_owner = {p.gtin.lstrip("0"): p.sku for p in existing.values() if p.gtin}
    report = ImportReport(path.name)
    first_line: dict[str, int] = {}
    pending: list[Product] = []
    for number, row in read_rows(path, {"sku", "description", "unit_price"}, report):
        # The columns stay required (a file without them is another file); their cells may be empty.
        if number - 1 > max_rows:
            raise ImportRejected(f"{path.name} has more than {max_rows:,} rows; nothing was imported")
        try:
            refuse_formula(row)
            values = _product_values(row)
            sku = row["sku"]
            if sku in first_line:
                raise ValueError(f"SKU {sku} already given on line {first_line[sku]}")
            gtin = None if isinstance(values["gtin"], BadGtin) else values["gtin"]
            owner = gtin_owner.get(str(gtin).lstrip("0")) if gtin else None
            if owner is not None and owner != sku:
                raise ValueError(f"gtin {gtin} already belongs to SKU {owner}")
        except (ValueError, ArithmeticError) as exc:
            report.rejected.append((number, str(exc)))
            continue
        first_line[sku] = number
        if isinstance(values["gtin"], BadGtin):
            report.notes.append(f"line {number}: {sku}'s gtin '{values['gtin']}' is not a valid GTIN (length or check "
                                "digit); the product is imported without it")
            values["gtin"] = None
        if isinstance(values["pack_size"], UncountedPack):
            report.notes.append(f"line {number}: {sku}'s pack_size '{values['pack_size'].written}' gives no count of "
                                "pieces (write a whole number, or count/size such as 6/#10, 4/1 GAL, 10/100); "
                                "imported as one unit of unknown count, so orders in pieces go to a clerk")
            values["pack_size"] = 1
        if values["gtin"]:
            gtin_owner[str(values["gtin"]).lstrip("0")] = sku
        product = existing.get(sku)
        if product is None:
            product = Product(sku=sku)
            pending.append(product)
        for name, value in values.items():
            setattr(product, name, value)
        report.imported += 1
        if len(pending) >= _BATCH:
            session.add_all(pending)
            session.flush()
            pending.clear()
        if progress is not None and number % 1000 == 0:
            progress(number - 1)
    session.add_all(pending)
    bump_catalog_revision(session)
    session.flush()
    if progress is not None:
        progress(rows or report.imported + len(report.rejected))
    return report


FULFILMENT_POLICIES = ("partial", "complete")
_PROGRESS_EVERY = 200


def _counting(apply: Callable[[dict[str, str]], None], progress: Callable[[int], None] | None
              ) -> Callable[[dict[str, str]], None]:
    """`apply`, telling `progress` every so many rows how many were read (good or rejected)."""
    if progress is None:
        return apply
    done = 0

    def counted(row: dict[str, str]) -> None:
        nonlocal done
        done += 1
        if done % _PROGRESS_EVERY == 0:
            progress(done)
        apply(row)

    return counted


def _finished(report: ImportReport, progress: Callable[[int], None] | None) -> ImportReport:
    if progress is not None:
        progress(report.imported + len(report.rejected))
    return report


# A customer's delivery sites, each written whole in one column ("ship_to", "ship_to_2", "site_3"...) as a
# trading-partner sheet keeps them: "name | street | city | region | postal code | country", or as written
# on an envelope, "Name, 12 Street, Town, ST 12345, US". A site is one cell because a customer has any
# number of them.
_SITE_COLUMN = re.compile(r"(?:ship_to|site|delivery_site|ship_to_site)(?:_?\d+)?", re.IGNORECASE)
_SITE_PARTS = ("name", "street", "city", "region", "postal_code", "country")
# The street among a written site's pieces: a house number before the way ("77 Thames St") or after it
# ("Hauptstraße 5", "Calle Mayor 12B").
_STREET_PIECE = re.compile(r"\d{1,6}[A-Za-z]?(?:-\d+)?[ \t]+[^\W\d_].*|[^\W\d_].*[ \t]\d{1,5}[A-Za-z]?")


def _site_columns(row: dict[str, str]) -> list[str]:
    return [c for c in row if c and _SITE_COLUMN.fullmatch(c.strip()) and ("|" in (row[c] or "")
                                                                           or "," in (row[c] or ""))]


def _country(code: str | None, column: str) -> str | None:
    if not code:
        return None
    if not re.fullmatch(r"[A-Za-z]{2}", code):
        raise ValueError(f"{column}: the country '{code}' is not a two-letter code (US, DE, FR)")
    return code.upper()


# The town line of a site written out: "Dayton, OH 45404", "Toronto, ON M5V 1A1", "80331 München",
# "London WC1R 4JS", "Dayton, OH" (no postal code).
_TOWN_LINES = (
    re.compile(r"(?P<city>[^,\d][^,]*?),?\s+(?P<region>[A-Z]{2})\s+(?P<postal>\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)"),
    re.compile(r"(?:[A-Z]{1,2}-)?(?P<postal>\d{4,5})\s+(?P<city>[^\W\d_][^,]*)"),
    re.compile(r"(?P<city>[^,\d][^,]*?),?\s+(?P<postal>[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})"),
    re.compile(r"(?P<city>[^,\d][^,]*?),\s*(?P<region>[A-Z]{2})"),
)


def _written_site(text: str, column: str) -> dict[str, str | None]:
    """'Name, 12 Street, Town, ST 12345, US' read piece by piece: the pieces before the street are the name
    (which may hold a comma: "Northgate Mechanical, Inc."), the pieces after it the town line."""
    pieces = [p.strip() for p in text.split(",") if p.strip()]
    at = next((i for i, p in enumerate(pieces) if i > 0 and _STREET_PIECE.fullmatch(p)), None)
    if at is None or at + 1 >= len(pieces):
        raise ValueError(f"{column} '{text[:80]}' gives no street and town: write 'Name, 12 Street, Town, ST "
                         "12345, US' or 'name | street | city | region | postal code | country'")
    rest = pieces[at + 1:]
    country = _country(rest.pop(), column) if len(rest) > 1 and re.fullmatch(r"[A-Za-z]{2}", rest[-1]) else None
    if len(rest) > 1 and re.fullmatch(r"\d{4,5}(?:-\d{4})?", rest[-1]):
        # the postal code in a piece of its own after the town ("Lyon, 69003", "Dayton, OH, 45404")
        code = rest.pop()
        rest[-1] = f"{rest[-1]} {code}" if re.fullmatch(r"[A-Z]{2}", rest[-1]) else f"{code} {rest[-1]}"
    town = ", ".join(rest)
    found = next((m for pattern in _TOWN_LINES if (m := pattern.fullmatch(town))), None)
    if found is None:
        raise ValueError(f"{column} '{text[:80]}': the town '{town[:40]}' could not be read (write 'Town, ST "
                         "12345' or '12345 Town')")
    parts = found.groupdict()
    return {"name": ", ".join(pieces[:at]), "street": pieces[at], "city": parts["city"].strip(),
            "region": parts.get("region"), "postal_code": parts.get("postal"),
            "country": country or ("US" if parts.get("region") and re.fullmatch(r"\d{5}(?:-\d{4})?",
                                                                                 parts.get("postal") or "") else None)}


def site_cells(text: str, column: str = "ship_to") -> list[dict[str, str | None]]:
    """The delivery sites written in a cell: one, or several written out and kept apart by "|" or ";"
    ("Plant, 1 Mill Rd, Town, ST 12345 | Depot, 9 Dock St, Town, ST 12346")."""
    for bar in ("|", ";"):
        pieces = [p.strip() for p in text.split(bar) if p.strip()]
        if len(pieces) > 1 and all("," in p for p in pieces):
            try:
                return [_checked(_written_or_envelope(p, column), column) for p in pieces]
            except ValueError:
                pass  # bars between a site's parts, one of them holding a comma ("Acme, Inc. | 12 ...")
    return [site_cell(text, column)]


def site_cell(text: str, column: str = "ship_to") -> dict[str, str | None]:
    """One delivery site written whole in a cell; a cell that cannot be read is refused (ValueError), not
    guessed: a site read wrongly would send goods to the wrong dock."""
    if "|" not in text:
        site = _written_or_envelope(text, column)
    else:
        parts = [p.strip() or None for p in text.split("|")]
        if len(parts) == 5 and parts[4] and re.fullmatch(r"[A-Za-z]{2}", parts[4]):
            raise ValueError(f"{column} '{text[:80]}' has 5 parts: write name | street | city | region | "
                             "postal code | country (leave a part empty between the bars when it has none)")
        if len(parts) not in (4, 5, 6) or not parts[1] or not parts[0]:
            raise ValueError(f"{column} '{text[:80]}' is not name | street | city | region | postal code | "
                             "country")
        if len(parts) == 4:  # name | street | city | postal code
            parts = [parts[0], parts[1], parts[2], None, parts[3], None]
        site = dict(zip(_SITE_PARTS, parts + [None] * (6 - len(parts)), strict=True))
        site["country"] = _country(site["country"], column)
    return _checked(site, column)


def _written_or_envelope(text: str, column: str) -> dict[str, str | None]:
    try:
        return _written_site(text, column)
    except ValueError:
        # Written as an order writes it, without the name first or with a way named without a number
        # ("Hafenstraße 61, 47119 Duisburg, DE", "Unit 4 Brindley Road, Coventry, CV7 9EP, GB"); still refused
        # unless its street, town and postal code fall in their places.
        found = _envelope_site(text)
        if found is None:
            raise
        return found


# The pieces of a site written as on an envelope, its street first or after the place's name: the postal code
# alone, after its region ("OH 45414", "NSW 2150", "Maharashtra 411026"), before its town ("47119 Duisburg",
# "43-460 Wisła", "779 00 Olomouc", "3526 KL Utrecht") or after it ("Coventry CV7 9EP").
_POSTAL = r"(?:\d{5}(?:-\d{4})?|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4}(?:[ \t]?[A-Z]{2})?|\d{6}" \
          r"|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[AC-FHKNPRTV-Y]\d{2}[ \t]?[0-9AC-FHKNPRTV-Y]{4})"
_POSTAL_ALONE = re.compile(_POSTAL)
_REGION_POSTAL = re.compile(r"(?P<region>[^\W\d_][^\d,]*?)[ \t]+(?P<postal>" + _POSTAL + r")")
_POSTAL_TOWN = re.compile(r"(?P<postal>" + _POSTAL + r")[ \t]+(?P<city>[^\W\d_][^\d,]*?)(?:[ \t]+(?P<region>[A-Z]{2}))?")
_COUNTY_PIECE = re.compile(r"(?:Co\.?|County)[ \t].+|(?:(?:North|South|East|West)[ \t]+)?[A-Z][a-z]+shire"
                           r"|(?:North|South|East|West)[ \t]+(?:Yorkshire|Sussex|Midlands|Lothian)|Greater[ \t]+\w+")
_ENVELOPE_STREET = re.compile(r".*\d.*|(?:.*[ \t])?(?:Road|Street|Lane|Avenue|Way|Drive|Place|Row|Close|Crescent|Terrace"
                              r"|Square|Hill|Parade|Walk|Gardens|Esplanade|Quay|Wharf|Park)", re.IGNORECASE)


def _envelope_site(text: str) -> dict[str, str | None] | None:
    """'Hafenstraße 61, 47119 Duisburg, DE', 'Plot 44, MIDC Bhosari, Pune, Maharashtra 411026, IN', 'Factory Lane,
    Wisbech, PE13 2RW, GB': the street (and the pieces up to the town), the town, its region and postal code;
    None when the pieces do not fall so."""
    pieces = [p.strip() for p in text.split(",") if p.strip()]
    country = pieces.pop().upper() if len(pieces) > 2 and re.fullmatch(r"[A-Za-z]{2}", pieces[-1]) else None
    if len(pieces) < 2:
        return None
    last, region, city = pieces.pop(), None, None
    if _POSTAL_ALONE.fullmatch(last):
        postal = last
    elif (m := _POSTAL_TOWN.fullmatch(last)) is not None:
        postal, city, region = m["postal"], m["city"], m["region"]
    elif (m := _REGION_POSTAL.fullmatch(last)) is not None:
        postal, region = m["postal"], m["region"]
        if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}", postal):
            city, region = region, None  # "Coventry CV7 9EP": the town before a British postcode
    else:
        return None
    if city is None:
        if not pieces:
            return None
        city = pieces.pop()
        # "Rathcoole, Co. Dublin, D24 XR82", "Leeds, West Yorkshire, LS18 4RJ": a county before the code
        if region is None and len(pieces) >= 2 and _COUNTY_PIECE.fullmatch(city):
            region, city = city, pieces.pop()
    street_at = next((i for i, p in enumerate(pieces) if _ENVELOPE_STREET.fullmatch(p)), None)
    if street_at is None or re.search(r"\d", city):
        return None
    if country is None and re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}", postal):
        country = "GB"
    elif country is None and re.fullmatch(r"[AC-FHKNPRTV-Y]\d{2}[ \t]?[0-9AC-FHKNPRTV-Y]{4}", postal):
        country = "IE"
    return {"name": ", ".join(pieces[:street_at]) or None, "street": ", ".join(pieces[street_at:]),
            "city": city.strip(), "region": region.strip() if region else None, "postal_code": postal,
            "country": country}


def _checked(site: dict[str, str | None], column: str) -> dict[str, str | None]:
    too_long = [k for k, limit in (("name", 200), ("street", 200), ("city", 100), ("region", 100),
                                   ("postal_code", 20)) if site[k] and len(site[k] or "") > limit]
    if too_long:
        raise ValueError(f"{column}: the {too_long[0].replace('_', ' ')} is too long")
    return site

def _sender_auth(written: str | None) -> str | None:
    """The optional `sender_auth` column: `required`, `not required` (or `not_required`), or empty for the
    `sender_auth.require` setting."""
    value = "_".join((written or "").strip().lower().replace("-", " ").split())
    if not value:
        return None
    if value not in tuple(CustomerSenderAuth):
        raise ValueError(f"sender_auth must be 'required', 'not required' or empty, not {written!r}")
    return value


def _edi_answers(written: str) -> list[str] | None:
    """The optional `edi_answers` column: empty for the default (answer in the syntax the order came in),
    `none` for no answer, or the answers wanted, semicolon separated ("997;855", "OrderResponse")."""
    names = [n.strip() for n in written.split(";") if n.strip()]
    if not names:
        return None
    if [n.lower() for n in names] == ["none"]:
        return []
    by_lower = {name.lower(): name for name in EDI_ANSWER_DOCUMENTS}
    unknown = [n for n in names if n.lower() not in by_lower]
    if unknown:
        raise ValueError(f"edi_answers: {', '.join(unknown)} is not one of {', '.join(EDI_ANSWER_DOCUMENTS)} "
                         "(or none)")
    return [by_lower[n.lower()] for n in names]


def _edi_answer_delivery(written: str) -> str | None:
    value = written.strip().lower()
    if value and value not in tuple(EdiAnswerDelivery):
        raise ValueError(f"edi_answer_delivery must be 'connector', 'email' or empty, not {written!r}")
    return value or None


# A customer row's cells kept in varchar columns: one longer than its column is refused with its row.
_CUSTOMER_CELLS = {"customer_id": Customer.id, "name": Customer.name, "contact_name": Customer.contact_name,
                   "contact_email": Customer.contact_email, "locale": Customer.locale, "currency": Customer.currency,
                   "ship_to_name": CustomerAddress.name,
                   **{f"{prefix}{part}": getattr(CustomerAddress, part) for prefix in ("", "ship_to_")
                      for part in ("street", "city", "region", "postal_code", "country")}}


def import_customers(session: Session, path: Path, progress: Callable[[int], None] | None = None) -> ImportReport:
    def apply(row: dict[str, str]) -> None:
        if not row["customer_id"] or not row["name"]:
            raise ValueError("customer_id and name are required")
        for cell, column in _CUSTOMER_CELLS.items():
            if (problem := length_problem(row.get(cell), column)) is not None:
                raise ValueError(f"{cell} {problem}")
        # A site that cannot be read is left out and said, not guessed; the customer is imported without it.
        listed: list[dict[str, str | None]] = []
        for column in _site_columns(row):
            try:
                listed += site_cells(row[column], column)
            except ValueError as exc:
                report.notes.append(f"customer {row['customer_id']}: {exc}; imported without this site")
        customer = session.get(Customer, row["customer_id"]) or Customer(id=row["customer_id"])
        customer.name = row["name"]
        customer.email_domains = [d.strip().lower() for d in row.get("email_domains", "").split(";") if d.strip()]
        customer.contact_name = row.get("contact_name") or None
        customer.contact_email = (row.get("contact_email") or "").lower() or None
        # A file without these columns still says where the customer is: its sites' country gives the way it
        # writes dates and the money it pays in (an Irish hotel writes 09/03 for the 9th of March, in euros).
        country = (row.get("country") or row.get("ship_to_country") or "").strip().upper() or next(
            (site["country"] for site in listed if site.get("country")), None)
        customer.locale = row.get("locale") or locale_of_country(country) or "en_US"
        customer.currency = row.get("currency") or currency_of_country(country) or "USD"
        fulfilment = (row.get("fulfilment") or "partial").strip().lower()
        if fulfilment not in FULFILMENT_POLICIES:
            raise ValueError(f"fulfilment must be one of {', '.join(FULFILMENT_POLICIES)}, not {fulfilment!r}")
        customer.fulfilment = fulfilment
        # Optional columns: the ids the customer orders under in EDI (semicolon separated, as the trading
        # partner set-up writes them) and its tax or registration id. Identify its EDI orders exactly.
        customer.edi_ids = [i.strip() for i in (row.get("edi_ids") or "").split(";") if i.strip()]
        customer.tax_id = (row.get("tax_id") or "").strip() or None
        if customer.tax_id and len(customer.tax_id) > 64:
            raise ValueError("tax_id is longer than 64 characters")
        customer.sender_auth = _sender_auth(row.get("sender_auth"))
        # Which EDI answers it wants and how they reach it: set only by a file that has the column, so a file
        # written before these columns existed leaves what an admin chose.
        if "edi_answers" in row:
            customer.edi_answers = _edi_answers(row["edi_answers"] or "")
        if "edi_answer_delivery" in row:
            customer.edi_answer_delivery = _edi_answer_delivery(row["edi_answer_delivery"] or "")
        session.add(customer)
        session.flush()
        address = {part: row.get(part) or row.get(f"ship_to_{part}") or None
                   for part in ("street", "city", "region", "postal_code", "country")}
        sites = [dict(address, name=row.get("ship_to_name") or customer.name)] \
            if address["street"] or address["postal_code"] else []
        sites += listed
        has_default = session.scalar(select(CustomerAddress.id).where(
            CustomerAddress.customer_id == customer.id, CustomerAddress.is_default.is_(True))) is not None
        for site in sites:
            known = session.scalar(select(CustomerAddress).where(
                CustomerAddress.customer_id == customer.id, CustomerAddress.street == site["street"]))
            if known is None:
                # The first site the file lists is where an order that names no place goes.
                session.add(CustomerAddress(customer_id=customer.id, is_default=not has_default, **site))
                has_default = True

    report = ImportReport(path.name)
    read = import_rows(path, {"customer_id", "name", "email_domains"}, _counting(apply, progress))
    read.notes += report.notes
    session.flush()
    return _finished(read, progress)


def import_price_list(session: Session, path: Path, progress: Callable[[int], None] | None = None) -> ImportReport:
    def apply(row: dict[str, str]) -> None:
        if session.get(Customer, row["customer_id"]) is None:
            raise ValueError(f"unknown customer {row['customer_id']}")
        if session.get(Product, row["sku"]) is None:
            raise ValueError(f"unknown SKU {row['sku']}")
        entry = session.scalar(select(PriceListEntry).where(
            PriceListEntry.customer_id == row["customer_id"], PriceListEntry.sku == row["sku"]))
        entry = entry or PriceListEntry(customer_id=row["customer_id"], sku=row["sku"])
        price = _decimal(row["unit_price"], "unit_price")
        if price <= 0:
            # A contract price of nothing would make every order of it look right at any price.
            raise ValueError(f"unit_price {price} must be greater than zero")
        entry.unit_price = price
        session.add(entry)
        session.flush()

    return _finished(import_rows(path, {"customer_id", "sku", "unit_price"}, _counting(apply, progress)), progress)


def import_item_aliases(session: Session, path: Path, progress: Callable[[int], None] | None = None
                        ) -> ImportReport:
    """A customer's item cross-reference (their part number or wording -> our SKU), as their buyer
    or our account manager keeps it: matched as an alias from the first order on."""
    from matching.order_matching import alias_key

    report = ImportReport(path.name)
    seen: dict[tuple[str, str], tuple[int, str]] = {}
    for number, row in read_rows(path, {"customer_id", "customer_part", "sku"}, report):
        if progress is not None and number % _PROGRESS_EVERY == 0:
            progress(number - 1)
        try:
            refuse_formula(row)
            if session.get(Customer, row["customer_id"]) is None:
                raise ValueError(f"unknown customer {row['customer_id']}")
            if session.get(Product, row["sku"]) is None:
                raise ValueError(f"unknown SKU {row['sku']}")
            key = alias_key(row["customer_part"], None, None)
            if not key:
                raise ValueError("customer_part is empty")
            earlier = seen.get((row["customer_id"], key))
            if earlier is not None:
                # "AB-12" and "AB/12" are one part to matching: two rows for it cannot both hold.
                raise ValueError(f"part {row['customer_part']} is already given on line {earlier[0]} "
                                 f"(as {earlier[1]})")
        except (ValueError, ArithmeticError) as exc:
            report.rejected.append((number, str(exc)))
            continue
        seen[(row["customer_id"], key)] = (number, row["customer_part"])
        alias = session.scalar(select(CustomerItemAlias).where(
            CustomerItemAlias.customer_id == row["customer_id"], CustomerItemAlias.alias_key == key))
        if alias is None:
            alias = CustomerItemAlias(customer_id=row["customer_id"], alias_key=key, created_by="import")
            session.add(alias)
        elif alias.sku != row["sku"]:
            report.notes.append(f"line {number}: {row['customer_id']} part {row['customer_part']} now means "
                                f"{row['sku']}, not {alias.sku} (taught by {alias.created_by})")
        alias.sku = row["sku"]
        session.flush()
        report.imported += 1
    return _finished(report, progress)
