"""The currency a buyer names in words about the prices, when no amount carries it: "Prices in NZD as
agreed", "CHF pricing please", "zu den Preisen laut Vertrag (EUR)", "precios en euros", "Valuta: EUR".
Every text here is made up."""

from __future__ import annotations

import pytest

from extractors.email_text import extract_text


@pytest.mark.parametrize("sentence,code", [
    ("Prices in NZD as per our contract.", "NZD"),
    ("Order ref KT-5521 for stock, CHF pricing please.", "CHF"),
    ("hiermit bestellen wir zu den Preisen laut Vertrag (EUR):", "EUR"),
    ("Confirmamos el pedido (precios en euros, tarifa 2026):", "EUR"),
    ("Our ref 8812 - prices as per the framework agreement (GBP).", "GBP"),
    ("Please enter for Orchard Foods. Pricing as per my quote Q-77, CAD.", "CAD"),
    ("Valuta: EUR", "EUR"),
])
def test_a_currency_named_in_a_sentence_about_prices_is_the_orders(sentence: str, code: str):
    ex = extract_text(f"Hello,\n\n{sentence}\n\n12 x KT-4410 hinge pins\n\nRegards\nKim\n", 0)
    assert ex.header.currency is not None and ex.header.currency.value == code
    start, end = ex.header.currency.provenance.span
    assert f"Hello,\n\n{sentence}"[start:end].upper() in {code, "EUROS"}


@pytest.mark.parametrize("sentence", [
    "We attach the CAD drawings for the bracket.",  # a code outside a sentence about prices
    "Pricing as per the CAD drawing attached.",  # computer-aided design beside a price word
    "PLEASE TRY TO HOLD LAST YEAR'S PRICES.",  # a line in capitals: a word, not a code, stands out
    "Our prices: euros or US dollars, whichever suits you.",  # two currencies say nothing
    "Please send your new price list.",
])
def test_no_currency_is_read_from_other_words(sentence: str):
    ex = extract_text(f"Hello,\n\n{sentence}\n\n12 x KT-4410 hinge pins\n\nRegards\nKim\n", 0)
    assert ex.header.currency is None


def test_a_currency_code_inside_a_po_number_is_no_currency():
    """GIVEN a PO number whose letters happen to spell a currency code ("CFM-2026-AED4F2", "ABC-CAD12")
    THEN no currency is read from it; a code standing before or after an amount still is."""
    from extractors.header_fields import find_currency_by_amounts

    for text in ("PO CFM-2026-AED4F2, please ship", "ref ABC-CAD12 attached"):
        assert find_currency_by_amounts(text) is None, text
    for text, code in (("Total AED 1,250.00", "AED"), ("price USD100 each", "USD"), ("Total: 1.250,00 EUR", "EUR")):
        found = find_currency_by_amounts(text)
        assert found is not None and found.value == code, text
