"""The clerk's words for what matching and the tables store (review_ui/wording.py, issue 17 item 4): a
guessed SKU's method and bare score, a likeness, and money that always names its currency."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from review_ui.wording import alike, money, reason_text, reason_words


@dataclass
class _Doubt:
    code: str
    field: str | None
    message: str


def test_a_guessed_skus_method_and_score_read_as_a_clerk_would_say_them() -> None:
    said = "'GLS-SAF-SKM' looks like GLS-SAF-SMK (fuzzy sku, score 89)"
    assert reason_text(said) == "'GLS-SAF-SKM' looks like GLS-SAF-SMK (guessed from a SKU like it, 89% alike)"
    by_words = "unknown item: code 'X-1' is not in our catalog; by its description 'tape' looks like TAPE-48-CLR " \
               "(fuzzy description, score 86)"
    assert reason_text(by_words).endswith("(guessed from the description, 86% alike)")


def test_a_sentence_of_another_shape_is_shown_as_it_is() -> None:
    for said in ("the sender is not a known customer", "GLV-NIT-L-BLK: order says 8.56, contract price is 10.98",
                 "'x' looks like Y (made up method, score 3)", "score (fuzzy sku, score 89) in the middle", ""):
        assert reason_text(said) == said
    assert reason_text(None) == ""


def test_a_likeness_is_a_percentage_and_money_names_its_currency() -> None:
    assert alike(88.9) == "89% alike" and alike(None) == ""
    assert money(Decimal("1234.5"), "USD") == "1,234.50 USD"
    assert money(Decimal("481.97"), "") == "481.97 (currency unknown)"
    assert money(None, "USD") == ""


def test_a_doubt_that_is_a_bare_number_is_said_from_its_code() -> None:
    weak_line = _Doubt("low_confidence", None, "confidence 0.82 (line 3) is below 0.90")
    weak_customer = _Doubt("low_confidence", "customer", "confidence 0.62 (the customer) is below 0.90")
    assert reason_words(weak_line) == "not sure enough to go through by itself: check the lines marked check"
    assert "check the customer" in reason_words(weak_customer) and "0." not in reason_words(weak_customer)
    guessed = _Doubt("doubtful_match", "sku", "'A-1' looks like A-2 (fuzzy sku, score 91)")
    assert reason_words(guessed) == "'A-1' looks like A-2 (guessed from a SKU like it, 91% alike)"
