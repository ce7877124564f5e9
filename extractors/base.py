"""The extractor contract (extractors/registry.py picks one extractor per part by media type and score).

An extractor MUST NOT raise for bad input: it returns an Extraction whose `error` says what was
wrong, so the pipeline records it on the document and goes on. It SHOULD give every value a
provenance and a confidence.
"""

from __future__ import annotations

from typing import Protocol

from models.schemas import ExtractedHeader, Extraction, Field, Part


class Extractor(Protocol):
    name: str

    def score(self, part: Part) -> float:
        """0 when this extractor cannot read the part; higher when it is the better reader."""
        ...

    def extract(self, part: Part) -> Extraction: ...


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
