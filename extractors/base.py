"""The extractor contract (extractors/registry.py picks one extractor per part by media type and score).

An extractor MUST NOT raise for bad input: it returns an Extraction whose `error` says what was
wrong, so the pipeline records it on the document and goes on. It SHOULD give every value a
provenance and a confidence.
"""

from __future__ import annotations

from typing import Protocol

from models.schemas import Extraction, Part


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
