"""The company an email's writer signs for, read as the buyer's printed name: under the writer's name, after a
title and a comma, between bars, or alone; never a title alone, a phone line, or a first name. Every signature
here is made up."""

from __future__ import annotations

import pytest

from extractors.email_text import extract_text
from extractors.signatures import signature_company


@pytest.mark.parametrize("signature,company", [
    ("Best regards,\nMaya Lindqvist\nGeneral Manager, Fjordside Guest House", "Fjordside Guest House"),
    ("Thanks\nArun Pillai\nMalabar Coast Canteen", "Malabar Coast Canteen"),
    ("Cheers\nDan Hale\nSite Manager\nHale & Sons Builders Ltd\n4 Mill Lane, Leek, ST13 5AB", "Hale & Sons Builders Ltd"),
    ("Thanks\nRuth Obi\nBuying Office | Okoro Facilities Ltd | 0161 496 0000", "Okoro Facilities Ltd"),
    ("Mit freundlichen Grüßen\nJonas Weber\nEinkauf, Gasthaus Zur Linde", "Gasthaus Zur Linde"),
    ("Thanks\nLuis", None),
    ("Regards,\nSam\nPurchasing Manager\nM: 0770 900 412", None),
    ("Ta, G", None),
])
def test_the_company_under_the_writers_name(signature: str, company: str | None):
    found = signature_company(f"Hi,\n\n2 cases soap 40g\n\n{signature}".splitlines())
    assert (found[0] if found else None) == company


def test_a_signed_company_is_the_buyer_only_where_no_field_names_one():
    """GIVEN an order email signed for a company, with or without a "Customer:" field naming the buyer
    THEN the field wins; without it the signed company is the buyer as printed, at a confidence under a field's."""
    signed = "Hi,\n\n2 cases soap 40g\n\nBest regards,\nMaya Lindqvist\nGeneral Manager, Fjordside Guest House\n"
    header = extract_text(signed, 0).header
    assert header.buyer is not None and header.buyer.value == "Fjordside Guest House"
    assert header.buyer.confidence < 0.8
    fielded = "Hi,\n\nCustomer: Fjordside Holdings AS\n\n2 cases soap 40g\n\n" + signed.split("\n\n", 2)[2]
    assert extract_text(fielded, 0).header.buyer.value == "Fjordside Holdings AS"
