"""Extracted lines -> catalog lines with prices and units checked, each doubt a named reason."""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Protocol

from matching.addresses import place_words, same_address
from matching.catalog import CatalogIndex, CatalogProduct, normalise_text
from matching.evidence import LineReading, ProductWording, describe, unaccounted
from matching.units import Conversion, convert
from models.schemas import (
    Address,
    Candidate,
    CustomerMatch,
    ExtractedHeader,
    ExtractedLine,
    Field,
    MatchedLine,
    MatchedOrder,
    ProductMatch,
    Reason,
    StatedMention,
)
from vocabulary.dates import locale_is_day_first, parse_date, resolve_stated_day, week_asked_for
from vocabulary.units import same_unit

# How far a line's evidence can be trusted, by how it was matched (see DESIGN: confidence).
METHOD_CONFIDENCE = {"alias": 1.0, "exact_sku": 1.0, "gtin": 0.99, "normalised_sku": 0.97, "exact_description": 0.97}


class Knowledge(Protocol):
    """What we know about a customer beyond the catalog: contract prices, aliases, past orders."""

    def contract_price(self, customer_id: str, sku: str) -> Decimal | None: ...

    def alias(self, customer_id: str, key: str) -> str | None: ...

    def po_seen(self, customer_id: str, po_number: str) -> bool: ...

    def addresses(self, customer_id: str) -> list[Address]: ...

    def reading_trusted(self, customer_id: str) -> bool: ...

    def unit_factor(self, customer_id: str, sku: str, uom: str) -> Decimal | None: ...

    def quantity_history(self, customer_id: str, sku: str) -> list[Decimal]: ...


# A reading the extractor was unsure of (a bare number before a code) is trusted for a customer once
# clerks approved that many of its orders with such readings left exactly as read.
TRUSTED_AFTER_CONFIRMATIONS = 2
TRUSTED_READING_CONFIDENCE = 0.96
# A quantity is unusual for a customer beyond this many times what it usually orders and this many
# times the most it ever ordered, or below those fractions of the usual and the least (with at least
# HISTORY_MIN earlier orders of that product): a misread number, a slipped key or a dropped zero. A
# slipped zero is ten times what the buyer meant, and what they meant may itself be half their usual,
# so the check starts at five times the usual: a rule at ten let most slipped zeros through untouched
# (bench/replay.py measures both; the counts are in docs/benchmarks.md, "Learning from clerks").
UNUSUAL_QUANTITY_FACTOR = Decimal(5)
UNUSUAL_BEYOND_EXTREME = Decimal("2.5")
HISTORY_MIN = 2
# Where a line's raw text is its row's cells joined by " | " (tabular.py): each cell is looked at apart.
TABLE_KINDS = frozenset({"sheet", "csv", "pdf", "html"})
# EDI and XML name every value by its element: nothing is read from loose text there to account for.
STRUCTURED_KINDS = frozenset({"edi", "edifact", "xml"})




@dataclass
class StaticKnowledge:
    """Knowledge held in memory: for tests, the evaluation and anything without a database."""

    prices: dict[tuple[str, str], Decimal] = field(default_factory=dict)
    aliases: dict[tuple[str, str], str] = field(default_factory=dict)
    seen_pos: set[tuple[str, str]] = field(default_factory=set)
    known_addresses: dict[str, list[Address]] = field(default_factory=dict)
    trusted_readers: set[str] = field(default_factory=set)
    unit_factors: dict[tuple[str, str, str], Decimal] = field(default_factory=dict)
    history: dict[tuple[str, str], list[Decimal]] = field(default_factory=dict)

    def contract_price(self, customer_id: str, sku: str) -> Decimal | None:
        return self.prices.get((customer_id, sku))

    def alias(self, customer_id: str, key: str) -> str | None:
        return self.aliases.get((customer_id, key))

    def po_seen(self, customer_id: str, po_number: str) -> bool:
        return (customer_id, po_number) in self.seen_pos

    def addresses(self, customer_id: str) -> list[Address]:
        return self.known_addresses.get(customer_id, [])

    def reading_trusted(self, customer_id: str) -> bool:
        return customer_id in self.trusted_readers

    def unit_factor(self, customer_id: str, sku: str, uom: str) -> Decimal | None:
        return self.unit_factors.get((customer_id, sku, uom))

    def quantity_history(self, customer_id: str, sku: str) -> list[Decimal]:
        return self.history.get((customer_id, sku), [])


def alias_key(customer_part: str | None, item_code: str | None, description: str | None) -> str:
    """What a customer wrote for an item, in the form aliases are stored under."""
    return normalise_text(customer_part or item_code or description or "")


def _money(value: Decimal) -> str:
    return f"{value:.2f}"


def match_line(
    line_no: int, line: ExtractedLine, customer_id: str | None, index: CatalogIndex, knowledge: Knowledge,
    price_tolerance: Decimal, min_fuzzy: float, trusted_reading: bool = False, also_read: tuple[str, ...] = (),
    above: str | None = None,
) -> MatchedLine:
    """One line matched and checked. `also_read`: values read from the order's header that a row may
    repeat (a PO number column), so they are not taken for something left unread."""
    key = alias_key(line.customer_part, line.item_code, line.description)
    alias_sku = knowledge.alias(customer_id, key) if customer_id else None
    match = index.match(line.item_code, line.description, alias_sku, min_fuzzy, exact_code=_sellers_code(line),
                        above=above)
    tied, kinds = index.tied(match, line.description) if match.method == "fuzzy_description" else ([], [])
    if tied:
        match = _priced_first(match, tied, line.unit_price, price_tolerance)
        match = _sold_in_first(match, tied, line.uom, index)
    if match.method == "fuzzy_description" and line.uom:
        match = _sold_in_first(match, _close_behind(match, index, line.uom), line.uom, index)
    if match.sku is None and line.uom and len(match.candidates) > 1 and len({c.score for c in match.candidates}) == 1:
        # Twins the measures fit alike ("2 reels 10k 0603 1%": the reel and the cut tape): the one sold in the unit
        # ordered is offered as the pick, still a doubt.
        hinted = _sold_in_first(match, match.candidates, line.uom, index)
        if hinted.sku is not None:
            match = replace(hinted, method="by_attributes")
    reasons: list[Reason] = []
    what = line.item_code or line.description or line.raw_text
    if match.sku is None:
        reasons.append(Reason("no_catalog_match", _no_match_message(line, match), line_no, "sku"))
        confidence = 0.0
    elif match.method in METHOD_CONFIDENCE:
        confidence = METHOD_CONFIDENCE[match.method]
    else:
        confidence = round(match.score / 100 * 0.85, 4)
        reasons.append(Reason("doubtful_match", _doubt_message(line, match, tied, kinds), line_no, "sku"))
    read_confidence = line.confidence
    if trusted_reading and read_confidence >= 0.85:
        read_confidence = max(read_confidence, TRUSTED_READING_CONFIDENCE)
    confidence = min(confidence, read_confidence)
    product = index.products.get(match.sku) if match.sku else None
    uom = line.uom
    quantity, unit_price, note = line.quantity, line.unit_price, None
    ordered: tuple[Decimal | None, str | None] = (None, None)  # as the buyer ordered, when converted
    if line.quantity is None or line.quantity <= 0:
        reasons.append(Reason("missing_quantity", f"no quantity could be read for '{what}'", line_no, "quantity"))
    elif line.quantity != line.quantity.to_integral_value():
        reasons.append(Reason("fractional_quantity", f"quantity {line.quantity} is not a whole number",
                              line_no, "quantity"))
    expected_price: Decimal | None = None
    if product is not None:
        if uom is None:
            uom = product.uom
        elif uom != product.uom and quantity is not None and quantity > 0:
            learned = knowledge.unit_factor(customer_id, product.sku, uom) if customer_id else None
            converted = convert(quantity, unit_price, uom, product.sku, product.uom, product.pack_size, learned,
                                line_text=line.description or line.raw_text, product_text=product.description)
            if isinstance(converted, Conversion):
                ordered = (quantity, uom)
                quantity, unit_price, note, uom = converted.quantity, converted.unit_price, converted.note, product.uom
            else:
                reasons.append(Reason(converted.code, converted.message, line_no, "uom"))
        contract = knowledge.contract_price(customer_id, product.sku) if customer_id else None
        expected_price = contract if contract is not None else product.unit_price
        if unit_price is not None and expected_price:
            if abs(unit_price - expected_price) > expected_price * price_tolerance:
                source = "contract price" if contract is not None else "list price"
                reasons.append(Reason(
                    "price_mismatch",
                    f"{product.sku}: order says {_money(unit_price)}, {source} is {_money(expected_price)}",
                    line_no, "unit_price",
                ))
        elif unit_price is not None and expected_price is None:
            # A catalog without list prices (they live in the ERP's price lists) and no contract: the
            # buyer's price is what would be charged, with nothing here to check it against.
            reasons.append(Reason("price_unchecked", f"{product.sku}: order says {_money(unit_price)}, and we "
                                  "have no list or contract price to check it against", line_no, "unit_price"))
        if customer_id and quantity is not None and quantity > 0:
            unusual = _unusual_quantity(quantity, knowledge.quantity_history(customer_id, product.sku))
            if unusual:
                reasons.append(Reason("unusual_quantity", f"{product.sku}: {quantity:f} {uom or ''} is far "
                                      f"from what this customer usually orders ({unusual})", line_no, "quantity"))
    if product is not None and (line.provenance is None or line.provenance.kind not in STRUCTURED_KINDS):
        reasons.extend(_unaccounted(line_no, line, product, expected_price, also_read))
    if line.quantity and line.unit_price is not None and line.line_total is not None:
        if abs(line.quantity * line.unit_price - line.line_total) > Decimal("0.02"):
            reasons.append(Reason(
                "line_total_mismatch",
                f"{line.quantity} x {_money(line.unit_price)} is not the line total {_money(line.line_total)}",
                line_no, "line_total",
            ))
    return MatchedLine(line_no, line, match, uom, unit_price, expected_price, confidence, reasons,
                       quantity=quantity, conversion=note, ordered_quantity=ordered[0], ordered_uom=ordered[1])


def _suggested(candidates: Sequence[Candidate], most: int = 3) -> str:
    return "; ".join(f"{c.sku} ({c.description})" for c in candidates[:most])


def _no_match_message(line: ExtractedLine, match: ProductMatch) -> str:
    """Why a line has no product, in plain words, with the closest products when there are some. A code
    we do not know is still an order line: it waits for a clerk as an unknown item."""
    what = line.item_code or line.description or line.raw_text
    if line.item_code:
        said = f"unknown item: code '{line.item_code}' is not in our catalog"
        if line.description:
            said += f" ('{line.description}')"
    else:
        said = f"unknown item: '{what}' matches no product in the catalog"
    if match.candidates:
        said += f"; closest: {_suggested(match.candidates)}"
    return said


def _priced_first(match: ProductMatch, tied: list[Candidate], price: Decimal | None, tolerance: Decimal
                  ) -> ProductMatch:
    """Among twins the words cannot tell apart, the one whose list price is the price the buyer wrote is
    offered first (still a doubt: a price is a hint, and twins may share one)."""
    if price is None:
        return match
    priced = [c for c in tied if c.unit_price and abs(c.unit_price - price) <= c.unit_price * tolerance]
    return _offered_first(match, priced)


def _sold_in_first(match: ProductMatch, tied: list[Candidate], uom: str | None, index: CatalogIndex) -> ProductMatch:
    """Among twins the words cannot tell apart ("5W-30 synthetic" in quart cases, five-quart jugs and drums), the
    one sold in the unit ordered ("2 cs") is offered first (a hint, so still a doubt)."""
    if not uom:
        return match
    sold = [c for c in tied if (p := index.products.get(c.sku)) is not None and same_unit(p.uom, uom)]
    return _offered_first(match, sold)


# How far behind a guessed pick another candidate may score and still be offered first for being sold in the
# unit ordered: a few points, as a pack clause ("Pallet of 65") costs a description.
CLOSE_BEHIND = 5.0


def _close_behind(match: ProductMatch, index: CatalogIndex, uom: str) -> list[Candidate]:
    """The candidates scoring within CLOSE_BEHIND of a guessed pick that is not sold in the unit ordered ("2
    pallets of the black mulch" against the bag and the pallet of bags): the ordered unit is then the hint."""
    pick = index.products.get(match.sku) if match.sku else None
    if pick is None or same_unit(pick.uom, uom):
        return []
    return [c for c in match.candidates if c.score >= match.score - CLOSE_BEHIND]


def _offered_first(match: ProductMatch, hinted: list[Candidate]) -> ProductMatch:
    """The match with the one twin a hint points to as its pick, the others after it; unchanged unless exactly
    one twin is hinted."""
    if len(hinted) != 1 or hinted[0].sku == match.sku:
        return match
    first = hinted[0]
    return replace(match, sku=first.sku, score=first.score,
                   candidates=[first, *(c for c in match.candidates if c.sku != first.sku)])


def _doubt_message(line: ExtractedLine, match: ProductMatch, tied: list[Candidate], kinds: list[str]) -> str:
    """A fuzzy match is a guess for a clerk to confirm; when other products fit the line as well and differ
    only by what the line leaves unsaid (a size, a colour, a pack), it names them and what to choose."""
    what = line.item_code or line.description or line.raw_text
    if tied:
        return (f"'{what}' fits {len(tied)} products that differ by {', '.join(kinds)}, which the line does not "
                f"say: {_suggested(tied, 5)}")
    said = f"'{what}' looks like {match.sku} ({match.method.replace('_', ' ')}, score {match.score:.0f})"
    if line.item_code and match.method == "fuzzy_description":
        said = f"unknown item: code '{line.item_code}' is not in our catalog; by its description {said}"
    return said


def _sellers_code(line: ExtractedLine) -> bool:
    """Whether the line's item code is the seller's (or a standard) code from an EDI or XML field: there
    the extractor puts the buyer's own code in customer_part, so an item code that is not it is ours."""
    return (line.provenance is not None and line.provenance.kind in STRUCTURED_KINDS and bool(line.item_code)
            and line.item_code != line.customer_part)


def _unaccounted(line_no: int, line: ExtractedLine, product: CatalogProduct, expected_price: Decimal | None,
                 also_read: tuple[str, ...]) -> list[Reason]:
    """A doubt per field that text the reading left over puts in question (matching/evidence.py)."""
    cells = tuple(line.raw_text.split(" | ")) if line.provenance is not None and line.provenance.kind in TABLE_KINDS \
        else None
    reading = LineReading(line.raw_text, line_no, line.quantity, line.uom, line.item_code, line.customer_part,
                          line.unit_price, line.line_total, cells, also_read)
    prices = tuple(p for p in (product.unit_price, expected_price) if p is not None)
    wording = ProductWording(product.sku, product.description, product.uom, product.pack_size, product.gtin, prices)
    leftovers = unaccounted(reading, wording)
    return [Reason("unaccounted_text", message, line_no, name) for name, message in describe(leftovers)]


def _unusual_quantity(quantity: Decimal, history: list[Decimal]) -> str | None:
    """Why this quantity stands out from the customer's earlier orders of the product, if it does."""
    if len(history) < HISTORY_MIN:
        return None
    usual = Decimal(statistics.median(history))
    if quantity > max(usual * UNUSUAL_QUANTITY_FACTOR, max(history) * UNUSUAL_BEYOND_EXTREME):
        return f"usually {usual:f}, at most {max(history):f}"
    # The low side mirrors the high one: a fifth of the usual and under the least ever ordered / 2.5.
    if quantity < min(usual / UNUSUAL_QUANTITY_FACTOR, min(history) / UNUSUAL_BEYOND_EXTREME):
        return f"usually {usual:f}, at least {min(history):f}"
    return None


def settle_dates(header: ExtractedHeader, customer: CustomerMatch) -> ExtractedHeader:
    """Read an ambiguous 03/04/2026 the way this customer writes dates, now that we know who it is."""
    if customer.customer_id is None or not locale_is_day_first(customer.locale):
        return header
    settled = {}
    for name in ("order_date", "requested_date"):
        found = getattr(header, name)
        if found is not None and found.written:
            value = parse_date(found.written, day_first=True)
            if value is not None:
                settled[name] = Field(value, found.confidence, found.provenance)
    return replace(header, **settled) if settled else header


# A destination or a day the buyer states in prose is read, but a clerk confirms it: the words around a
# place or a day are looser than a label's. A prose ship-to sits above the ship-to floor only because it
# is held against the customer's known addresses like any other (an unknown one is its own doubt); a
# day counted from the sending day ("Friday", "the 14th") sits under the requested-date floor.
STATED_ADDRESS_CONFIDENCE = 0.7
# The customer's place on file reached from words that do not name it: "the yard", "our warehouse", the
# signature's address. Less sure than a place named, still above the ship-to's floor (0.6).
POINTED_PREMISES_CONFIDENCE = 0.65
# An address block standing in the text with no words saying goods go there ("Elm St is closed, nothing goes
# there:" above it reads the same): under the floor, whether or not it is on file.
UNASKED_ADDRESS_CONFIDENCE = 0.5
# The signature's address, one of several places on file: under the floor, a clerk's to confirm.
SIGNED_AMONG_SEVERAL_CONFIDENCE = 0.5
# A place named only by the town on file, with words the file does not hold: below the floor, a clerk's.
TOWN_ONLY_CONFIDENCE = 0.5
# A day read from a sentence is confirmed by a clerk even when written whole ("14/12/2026"): the words around
# it ("payment must be made by", "do not deliver before", "our last delivery on") are too loose to trust.
STATED_DAY_CONFIDENCE = 0.75
# Words that say what kind of place it is, not which one: "our plant", "the jobsite" name no place alone.
_PLACE_KIND_WORDS = frozenset(
    "our the my your a an at to of new site jobsite job plant warehouse office location facility yard shop store "
    "branch dock building depot project address following below main this that jobsite- trailer "
    "unser unsere unseren werk lager baustelle notre nos usine chantier entrepot nuestra nuestro planta obra almacen "
    "de la le el du des cedis receiving loading reception bay door gate "
    # the words around a place's name that name nothing: "Main Stores in Dunmore", "il nostro magazzino
    # di Padova", "ons magazijn", "our Elm St address", "shop, no rush"
    "in as usual always habituel habituelle habitual solito ublichen ublich no rush il nostro nostra di del "
    "della ons onze het op magazzino magazijn bodega depot yard".split()
)


# The buyer's own premises, said without a name ("deliver to our office"): where a customer has one known
# address, that is it. A site, a job or a project is somewhere else, whatever the customer has on file.
_OWN_PREMISES = frozenset("office warehouse plant store shop headquarters hq premises dock facility depot unit "
                          "bureau usine entrepot werk lager buro oficina almacen planta cedis reception bay "
                          "yard stores magazzino magazijn bodega".split())
_ELSEWHERE = frozenset("site jobsite job project trailer chantier baustelle obra".split())


def _own_premises(place: str, customer: CustomerMatch, knowledge: Knowledge) -> Address | None:
    """The customer's one known address, when the place is only "our office" / "the warehouse"."""
    known = _premises_on_file(place, customer, knowledge)
    return known[0] if len(known) == 1 and known[0].street and known[0].postal_code else None


def _premises_on_file(place: str, customer: CustomerMatch, knowledge: Knowledge) -> list[Address]:
    """Every address the customer has on file, when the place is only a word for its own premises; none
    when it names a site elsewhere or no premises at all."""
    said = set(place_words(place))
    if customer.customer_id is None or not said & _OWN_PREMISES or said & _ELSEWHERE:
        return []
    return list(knowledge.addresses(customer.customer_id))


def _place_words(place: str) -> set[str]:
    return {w for w in place_words(place) if w not in _PLACE_KIND_WORDS and len(w) > 1}


def _address_words(address: Address, by_town: bool = True) -> set[str]:
    text = " ".join(p for p in (address.name, address.street, address.city if by_town else None) if p)
    return set(place_words(text))


def _shown_address(address: Address) -> str:
    return ", ".join(p for p in (address.street, address.postal_code or address.city) if p)


def account_for_stated(header: ExtractedHeader, stated: Sequence[StatedMention], customer: CustomerMatch,
                       knowledge: Knowledge, today: date | None) -> tuple[ExtractedHeader, list[Reason]]:
    """Hold each destination and day the message states against the header: read it where the words
    give it fully (an address with street and town, a day that resolves against the sending day), take
    a known address the place names without doubt, and otherwise say what was asked and not read. An
    order that names a destination must never go, unread, to the customer's default address."""
    reasons: list[Reason] = []
    said: set[tuple[str, str]] = set()
    # A place written out whole is read first: a place named before it ("for the Alder Creek project",
    # then "ship to Alder Creek Elementary, 9120 ...") is then held against it, whatever the order said them.
    for mention in sorted(stated, key=lambda m: m.address is None):
        if mention.kind != "destination":
            continue
        place = " ".join((mention.place or "").split())
        key = ("destination", normalise_text(place))
        if key in said:
            continue  # the text and HTML versions of one body say it twice
        said.add(key)
        if mention.address is not None:
            if header.ship_to is None:
                sure = STATED_ADDRESS_CONFIDENCE if mention.asked else UNASKED_ADDRESS_CONFIDENCE
                header = replace(header, ship_to=Field(mention.address, sure, mention.provenance))
            elif not _same_place(header.ship_to.value, mention.address):
                reasons.append(Reason(
                    "destination_unread",
                    f"{_asker(mention)} asks to deliver to '{place}', which is not the ship-to address read "
                    f"({_shown_address(header.ship_to.value)}): check where this order goes", field="ship_to"))
            continue
        words = _place_words(place)
        if words and header.ship_to is not None and words <= _address_words(header.ship_to.value):
            continue  # the ship-to read names the place ("our Sparks plant" and a ship-to in Sparks)
        # (No word naming it - "the jobsite", "our new site" - names nothing the ship-to read could hold.)
        # "the jobsite in Leeds", "our new site in Leeds": a site elsewhere in the town of an address on file
        # is not that address.
        # A job or site the file holds by its own name or street ("the Elm St job", on file as "Ridgeway -
        # Elm St Job, 418 Elm St") is that site: only its town on file would say nothing.
        elsewhere = bool(set(place_words(place)) & _ELSEWHERE)
        known = _known_address_named(words, customer, knowledge, by_town=not elsewhere) if words else \
            None if elsewhere else _own_premises(place, customer, knowledge)
        if known is None and elsewhere and words:
            # "our Greyridge site" from someone who signs at the Greyridge address on file: their own site.
            in_town = _known_address_named(words, customer, knowledge)
            known = in_town if in_town is not None and _signed_at(in_town, stated) else None
        if known is not None and (header.ship_to is None or _same_place(header.ship_to.value, known)):
            sure = STATED_ADDRESS_CONFIDENCE if words else POINTED_PREMISES_CONFIDENCE
            header = replace(header, ship_to=Field(known, sure, mention.provenance))
            continue
        # A word for the buyer's own premises with several on file: which one is the clerk's to say.
        several = [] if words else _premises_on_file(place, customer, knowledge)
        on_file = f" (on file: {'; '.join(_shown_address(a) for a in several)})" if len(several) > 1 else ""
        in_town = _known_town_named(place, words, customer, knowledge) if header.ship_to is None else None
        if in_town is not None:
            # The town on file and a name the file does not hold ("our usual depot (Zone Nord, Lyon)"): the
            # place on file is the best reading, held below the ship-to's floor and named for the clerk.
            header = replace(header, ship_to=Field(in_town, TOWN_ONLY_CONFIDENCE, mention.provenance))
            reasons.append(Reason(
                "destination_unread",
                f"{_asker(mention)} asks to deliver to '{place}', which names {in_town.city} but no place on file "
                f"there; taken as the address on file, {_shown_address(in_town)}: check where this order goes",
                field="ship_to"))
            continue
        reasons.append(Reason(
            "destination_unread",
            f"{_asker(mention)} asks to deliver to '{place}', which was not read as the ship-to address{on_file}: "
            "check where this order goes", field="ship_to"))
    header = _address_asked_for(header, stated)
    header = _signed_at_home(header, stated, customer, knowledge)
    reasons += _addresses_accounted(header, stated, customer, knowledge)
    day_first = locale_is_day_first(customer.locale) if customer.customer_id else None
    for mention in stated:
        if mention.kind != "date" or not mention.when:
            continue
        when = mention.when.rstrip(".,")
        key = ("date", when.lower())
        if key in said:
            continue
        said.add(key)
        day = resolve_stated_day(when, today, day_first) if today is not None else None
        if header.requested_date is None:
            if day is not None:
                header = replace(header, requested_date=Field(day, STATED_DAY_CONFIDENCE, mention.provenance))
            else:
                week = week_asked_for(when, today) if today is not None else None
                span = f", the week {week[0]} to {week[1]}" if week else ""
                reasons.append(Reason(
                    "date_unread",
                    f"the email asks for '{when}'{span} (\"{mention.text[:120]}\"), which was not read as a "
                    "requested date: check when this order is needed", field="requested_date"))
        elif day is not None and day != header.requested_date.value and not (
                today is not None and header.requested_date.value in
                {resolve_stated_day(when, today, first) for first in (False, True)}):
            # (A date the header read under a label the document settled day first, and the same
            # words here read month first, is one date: only a day no reading of the words gives differs.)
            reasons.append(Reason(
                "date_unread",
                f"the email asks for '{when}' ({day}), but the requested date read is "
                f"{header.requested_date.value}: check when this order is needed", field="requested_date"))
    return header, reasons


# Words that send goods somewhere, in the sentence that writes the address out: "this one needs to go to
# our Fernley plant: 12 Mill Rd, ...". A signature's or a letterhead's address has none.
_GOING = re.compile(r"\b(?:go|goes|going|deliver(?:y|ed)?|ship(?:ped|ping)?|send|sent|drop|bring|arrive|route)\b",
                    re.IGNORECASE)


def _address_asked_for(header: ExtractedHeader, stated: Sequence[StatedMention]) -> ExtractedHeader:
    """With no ship-to read, the one address written out in a sentence asking to send goods there is the
    ship-to (held against the customer's known addresses like any other: an unknown one is a doubt). Two
    such addresses, or one that is the bill-to, decide nothing."""
    if header.ship_to is not None:
        return header
    asked: list[StatedMention] = []
    for m in stated:
        if m.kind != "address" or m.address is None or not _GOING.search(m.text):
            continue
        if header.bill_to is not None and _same_place(header.bill_to.value, m.address):
            continue
        if not any(_same_place(m.address, a.address) for a in asked if a.address is not None):
            asked.append(m)
    if len(asked) != 1 or asked[0].address is None:
        return header
    return replace(header, ship_to=Field(asked[0].address, STATED_ADDRESS_CONFIDENCE, asked[0].provenance))


def _signed_at_home(header: ExtractedHeader, stated: Sequence[StatedMention], customer: CustomerMatch,
                    knowledge: Knowledge) -> ExtractedHeader:
    """An order that names no place, signed with the customer's one address on file ("Dana Ruiz / Acme /
    12 Mill Rd, Springfield IL 62701"), goes there: the order's words and the file agree. Signed at one of
    several places on file, it likely goes there, for a clerk to confirm. An address in the signature
    that is not on file says nothing of where the goods go."""
    if header.ship_to is not None or customer.customer_id is None or any(m.kind == "destination" for m in stated):
        return header
    known = knowledge.addresses(customer.customer_id)
    written = [m for m in stated if m.kind in ("signature", "address") and m.address is not None]
    if any(m.kind == "address" and m.address is not None and not any(_same_place(m.address, a) for a in known)
           for m in written):
        return header  # an address in the order's words that is not on file: a clerk's doubt, not a guess
    # (A name and address under the last line with no closing word before them is a signature too.)
    signed = {id(a): (a, m) for m in written if m.address is not None for a in known if _same_place(m.address, a)}
    if len(signed) != 1:
        return header
    address, mention = next(iter(signed.values()))
    # The sender's own site among several on file is the likeliest place, but people order for the other
    # sites too: shown to a clerk below the ship-to's floor, never approved on it alone.
    sure = POINTED_PREMISES_CONFIDENCE if len(known) == 1 else SIGNED_AMONG_SEVERAL_CONFIDENCE
    return replace(header, ship_to=Field(address, sure, mention.provenance))


def _signed_at(address: Address, stated: Sequence[StatedMention]) -> bool:
    """Whether the message is signed with this address."""
    return any(m.kind == "signature" and m.address is not None and _same_place(m.address, address) for m in stated)


def _addresses_accounted(header: ExtractedHeader, stated: Sequence[StatedMention], customer: CustomerMatch,
                         knowledge: Knowledge) -> list[Reason]:
    """An address written out in the order's words is where the order goes or is billed, or the only
    address the customer has on file when none was read; any other may be where the buyer wants it, and
    an order must not go to the default address while it says otherwise."""
    reasons: list[Reason] = []
    destinations = [m.address for m in stated if m.kind == "destination" and m.address is not None]
    seen: list[Address] = []
    for mention in stated:
        address = mention.address
        if mention.kind != "address" or address is None:
            continue
        if any(_same_place(address, a) for a in [*destinations, *seen]):
            continue  # said already: as a destination, or in the HTML twin of this text
        seen.append(address)
        if any(f is not None and _same_place(f.value, address) for f in (header.ship_to, header.bill_to)):
            continue
        if header.ship_to is None and customer.customer_id:
            known = knowledge.addresses(customer.customer_id)
            if len(known) == 1 and _same_place(known[0], address):
                continue
        reasons.append(Reason(
            "destination_unread",
            f"the email gives the address '{mention.place}', which is not where this order is set to go: "
            "check where this order goes", field="ship_to"))
    return reasons


def _asker(mention: StatedMention) -> str:
    return "the document" if mention.provenance is not None and mention.provenance.kind == "pdf" else "the email"


def _same_place(a: Address, b: Address) -> bool:
    return same_address(a, b) or (a.street is not None and b.street is not None and same_address(b, a))


# A name read whole: no second block beside it (a wide gap, a tab), no label, not too long to be one.
_CLEAN_NAME = re.compile(r"(?![^\n]*(?:[ \t]{3}|\t|:))[^\W\d_][^\n]{1,59}")


def _country_from_customer(header: ExtractedHeader, known: Sequence[Address]) -> ExtractedHeader:
    """A new ship-to that names no country (a Mexican "C.P. 38010", a "18220 Town" line) is in the
    country of every address the customer has on file; a customer in several countries says nothing."""
    ship_to = header.ship_to
    countries = {a.country for a in known if a.country}
    if ship_to is None or ship_to.value.country or len(countries) != 1:
        return header
    return replace(header, ship_to=replace(ship_to, value=replace(ship_to.value, country=countries.pop())))


def _known_town_named(place: str, words: set[str], customer: CustomerMatch, knowledge: Knowledge) -> Address | None:
    """The one known address whose town the place names whole, when its other words are not on file;
    never for a site elsewhere ("the Lyon jobsite")."""
    if not words or customer.customer_id is None or set(place_words(place)) & _ELSEWHERE:
        return None
    in_town = [a for a in knowledge.addresses(customer.customer_id)
               if a.city and a.street and a.postal_code and set(place_words(a.city)) <= words]
    return in_town[0] if len(in_town) == 1 else None


def _known_address_named(words: set[str], customer: CustomerMatch, knowledge: Knowledge,
                         by_town: bool = True) -> Address | None:
    """The one known address of the customer whose name, street or town (`by_town`) holds every word
    naming the place; None when no word names it, or when none or several do."""
    if not words or customer.customer_id is None:
        return None
    named = [a for a in knowledge.addresses(customer.customer_id) if words <= _address_words(a, by_town)]
    return named[0] if len(named) == 1 and named[0].street and named[0].postal_code else None


def _name_words(name: str) -> set[str]:
    return {w for w in place_words(name) if w not in ("the", "our", "a", "an", "at", "of", "and")}


def _site_name(printed: str | None, on_file: str | None, company: str | None) -> tuple[str | None, bool]:
    """The name a matched site travels under, and whether the order and the file name it differently.
    The name the buyer printed for the place ("North Yard", "Receiving") stays when it was read cleanly: the
    site's own name on the label, where the file may hold the company's; otherwise the file's. A printed
    name sharing no word with the site's name on file ("Riverside Cold Storage" over the street of
    "Keystone Fulfillment Center") may be another tenant at that street: a clerk's to confirm."""
    if not printed and on_file:
        # The street read without the place's name: the order may name it where the reading did not look
        # (a line above, a sentence before), and the name on file is then a guess a clerk confirms.
        return on_file, True
    if not printed or not _CLEAN_NAME.fullmatch(printed) or not on_file:
        return on_file or printed, False
    said, kept = _name_words(printed), _name_words(on_file)
    shared = said & (kept | _name_words(company or ""))
    return printed, bool(said) and bool(kept) and not shared


# Currencies written with a bare "$".
DOLLAR_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN", "TWD", "ARS", "CLP", "COP"})


_COUNTRY_DOLLARS = {"US": "USD", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "MX": "MXN"}


def _dollar_sign(header: ExtractedHeader, customer: CustomerMatch) -> tuple[ExtractedHeader, list[Reason]]:
    """Prices written with a bare "$" are in the customer's currency when that is a dollar (a US buyer's
    $ is USD, a Canadian's CAD); in a customer's currency that is no dollar they are a doubt."""
    sign = header.currency_sign
    if header.currency is not None or sign is None:
        return header, []
    if not customer.customer_id or not customer.currency:
        # No customer to say which dollar: the country the order is addressed in does ("$" on a PO shipping
        # within the US is USD), when its ship-to and bill-to agree on one.
        countries = {f.value.country.upper() for f in (header.ship_to, header.bill_to)
                     if f is not None and f.value.country}
        dollar = _COUNTRY_DOLLARS.get(countries.pop()) if len(countries) == 1 else None
        if dollar is not None:
            return replace(header, currency=Field(dollar, 0.65, sign.provenance)), []
        return header, []
    if customer.currency.upper() in DOLLAR_CURRENCIES:
        return replace(header, currency=Field(customer.currency.upper(), 0.8, sign.provenance)), []
    # Outside the dollar countries a bare "$" is the US dollar, as trade between countries is priced: the
    # clerk sees it filled in, and the doubt says why it is one.
    return replace(header, currency=Field("USD", 0.8, sign.provenance)), [
        Reason("currency_mismatch", f"the prices are in $ (read as US dollars), {customer.name} is billed in "
               f"{customer.currency}", field="currency")]


def _laid_out(lines: Sequence[ExtractedLine]) -> bool:
    """An order read from a laid-out purchase order (a PDF, printed or scanned): such a form prints where
    the goods go, so a ship-to not read from it is a reading that failed (a delivery block under a label
    nobody reads: "PROPERTY:", "Hotel"), not an order that names no place."""
    return any(ln.provenance is not None and ln.provenance.kind == "pdf" for ln in lines)


def _ship_to_unread(customer: CustomerMatch, knowledge: Knowledge) -> Reason:
    known = knowledge.addresses(customer.customer_id) if customer.customer_id else []
    on_file = f" (on file: {'; '.join(_shown_address(a) for a in known[:3])})" if known else ""
    return Reason("ship_to_unread", "no ship-to address could be read from the purchase order, which prints "
                  f"one as a rule{on_file}: check where this order goes", field="ship_to")


def match_order(
    header: ExtractedHeader,
    lines: list[ExtractedLine],
    customer: CustomerMatch,
    index: CatalogIndex,
    knowledge: Knowledge,
    price_tolerance: Decimal = Decimal("0.02"),
    min_fuzzy: float = 70.0,
    today: date | None = None,
    stated: Sequence[StatedMention] = (),
) -> MatchedOrder:
    """`today` is the day the buyer sent the order: a requested date before it cannot be met, and days
    the buyer names in prose ("by Friday") count from it. `stated`: the destinations and days the whole
    message states (any of its parts), each accounted for by the header or a doubt."""
    header = settle_dates(header, customer)
    header, reasons = account_for_stated(header, stated, customer, knowledge, today)
    if today is not None and header.requested_date is not None and header.requested_date.value < today:
        reasons.append(Reason("requested_date_in_past", f"the requested date {header.requested_date.value} is "
                              f"before the order was sent ({today})", field="requested_date"))
    if customer.customer_id is None:
        reasons.append(Reason("unknown_customer", "the sender is not a known customer", field="customer"))
    elif customer.doubt:
        reasons.append(Reason("customer_unconfirmed", customer.doubt, field="customer"))
    if header.po_number is None:
        reasons.append(Reason("missing_po_number", "no PO number found in the order", field="po_number"))
    elif customer.customer_id and knowledge.po_seen(customer.customer_id, header.po_number.value):
        reasons.append(Reason("duplicate_po", f"PO {header.po_number.value} was already received from "
                              f"{customer.name}", field="po_number"))
    if header.ship_to is None and _laid_out(lines):
        reasons.append(_ship_to_unread(customer, knowledge))
    if header.ship_to is not None and customer.customer_id:
        ship_to = header.ship_to.value
        if not ship_to.postal_code or not ship_to.street:
            reasons.append(Reason("incomplete_ship_to", "the ship-to address could not be read completely",
                                  field="ship_to"))
        else:
            known = next((a for a in knowledge.addresses(customer.customer_id) if same_address(ship_to, a)), None)
            if known is None:
                header = _country_from_customer(header, knowledge.addresses(customer.customer_id))
                reasons.append(Reason("unknown_ship_to", f"ship to {ship_to.street}, {ship_to.postal_code} is not "
                                      f"a known address of {customer.name}", field="ship_to"))
            else:
                # The address on file is the one the carrier gets: what the reading got slightly wrong
                # (a name run together with a label beside it) does not travel on.
                name, differs = _site_name(ship_to.name, known.name, customer.name)
                header = replace(header, ship_to=Field(replace(known, name=name), header.ship_to.confidence,
                                                       header.ship_to.provenance))
                if differs:
                    said = f"names the place '{ship_to.name}'" if ship_to.name else "names no place"
                    reasons.append(Reason(
                        "ship_to_name_differs", f"the order {said} at {known.street}, which is '{known.name}' on "
                        "file: check it is that place", field="ship_to"))
    header, sign_reasons = _dollar_sign(header, customer)
    reasons.extend(sign_reasons)
    if customer.customer_id and header.currency and customer.currency \
            and header.currency.value.upper() != customer.currency.upper():
        reasons.append(Reason("currency_mismatch", f"the order is in {header.currency.value}, {customer.name} is "
                              f"billed in {customer.currency}", field="currency"))
    if not lines:
        reasons.append(Reason("no_lines", "no order lines could be read"))
    trusted = bool(customer.customer_id) and knowledge.reading_trusted(customer.customer_id or "")
    also_read = tuple(f.value for f in (header.po_number,) if f is not None)
    matched: list[MatchedLine] = []
    above: str | None = None  # the last line that named a product: what "same in XL" below it means
    for i, line in enumerate(lines, start=1):
        matched.append(match_line(i, line, customer.customer_id, index, knowledge, price_tolerance, min_fuzzy,
                                  trusted, also_read, above))
        if index.names_a_product(line.description):
            above = line.description
    return MatchedOrder(customer, header, matched, reasons)
