"""The extractor contract (extractors/registry.py picks one extractor per part by media type and score).

An extractor MUST NOT raise for bad input: it returns an Extraction whose `error` says what was
wrong, so the pipeline records it on the document and goes on. It SHOULD give every value a
provenance and a confidence.
"""

from __future__ import annotations

from typing import Protocol

from config import ReadLimits
from models.schemas import ExtractedHeader, Extraction, Field, Part


class Extractor(Protocol):
    name: str

    def score(self, part: Part) -> float:
        """0 when this extractor cannot read the part; higher when it is the better reader."""
        ...

    def extract(self, part: Part, limits: ReadLimits) -> Extraction:
        """Read the part. An extractor whose cost grows with something `limits` bounds (EDI segments and
        orders, lines) MUST stop as soon as it passes the limit and return `too_large(...)`, not read on and
        cut afterwards."""
        ...


class TooLarge(Exception):
    """Raised inside a reader the moment a part passes a reading limit; its message says which. Caught by
    the reader's own entry point and returned as `too_large(...)`, never out of the extractor."""


def segments_over(count: int, limits: ReadLimits) -> str:
    return f"more than {count - 1:,} EDI segments, the limit of max_edi_segments"


def orders_over(count: int, limits: ReadLimits) -> str:
    return f"{count:,} orders in one EDI file, more than the {limits.max_edi_transactions:,} of max_edi_transactions"


def too_large(extractor: str, part_index: int, over: str) -> Extraction:
    """A part not read because it passed a reading limit: `over` says which, as an error value too."""
    return Extraction(extractor, part_index, error=f"too large to read: {over}", too_large=over)


def filename_ext(part: Part) -> str:
    name = (part.filename or "").lower()
    return name.rsplit(".", 1)[-1] if "." in name else ""


def placeholder_id(value: str) -> bool:
    """'000000000', 'XXXXXXXX': a party id filled in because the standard wants one, naming nobody."""
    return len(set(value.replace(" ", ""))) <= 1


# A bill-to's name read as the buyer's: a little less sure than a buyer's own name.
BILL_TO_AS_BUYER = 0.9


def buyer_from_bill_to(header: ExtractedHeader) -> None:
    """An EDI buyer given only by a code (N1*BY or NAD+BY with no name, or none at all) is the party
    billed: the bill-to's name is who orders. Matching by a name only ever suggests a customer."""
    if header.buyer is None and header.bill_to is not None and header.bill_to.value.name:
        header.buyer = Field(header.bill_to.value.name, BILL_TO_AS_BUYER, header.bill_to.provenance)
