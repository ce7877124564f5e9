"""How the evaluation scores a message that is about an order rather than a new one."""

from evaluation.scoring import ExtractedOrder, score_document


def _got(auto: bool, not_new: bool) -> ExtractedOrder:
    return ExtractedOrder(customer_id="C1", customer_name="Acme", po_number="4471", order_date=None,
                          requested_date=None, currency=None, ship_to=None,
                          lines=[{"sku": "A-1", "quantity": 14}], auto_approved=auto, not_a_new_order=not_new)


def test_a_change_sent_to_a_clerk_as_not_a_new_order_is_recognised():
    score = score_document("change.eml", "eml", {"kind": "not_an_order"}, _got(auto=False, not_new=True))
    assert (score.predicted_kind, score.fully_correct) == ("not_an_order", True)


def test_a_change_filed_as_a_new_order_or_approved_is_not():
    for got in (_got(auto=False, not_new=False), _got(auto=True, not_new=True)):
        score = score_document("change.eml", "eml", {"kind": "not_an_order"}, got)
        assert (score.predicted_kind, score.fully_correct) == ("purchase_order", False)


def test_nothing_filed_is_still_a_recognised_not_order():
    score = score_document("note.eml", "eml", {"kind": "not_an_order"}, None)
    assert (score.predicted_kind, score.fully_correct) == ("not_an_order", True)


def test_each_expected_line_is_scored_by_what_went_wrong_and_the_reasons_are_kept():
    from evaluation.report import summarise

    expected = {"kind": "purchase_order", "lines": [
        {"sku": "A-1", "quantity": 14, "unit_price": 2.5}, {"sku": "B-2", "quantity": 3},
        {"sku": "C-3", "quantity": 1}, {"sku": "D-4", "quantity": 6}]}
    got = ExtractedOrder(customer_id="C1", customer_name="Acme", po_number="4471", order_date=None,
                         requested_date=None, currency=None, ship_to=None, auto_approved=False,
                         lines=[{"sku": "A-1", "quantity": 14, "unit_price": 2.75},
                                {"sku": "B-9", "quantity": 3}, {"sku": "C-3", "quantity": 2}],
                         reasons=["price_mismatch", "doubtful_match"])
    score = score_document("po.eml", "eml", expected, got)
    assert score.lines_correct == 0
    assert score.line_faults == {"missed": 1, "wrong_sku": 1, "wrong_quantity": 1, "wrong_price": 1}
    right = score_document("ok.eml", "eml", {"kind": "purchase_order", "lines": [{"sku": "A-1", "quantity": 1}]},
                           ExtractedOrder(
                               customer_id=None, customer_name=None, po_number=None, order_date=None,
                               requested_date=None, currency=None, ship_to=None, auto_approved=False,
                               lines=[{"sku": "A-1", "quantity": 1}, {"sku": "Z", "quantity": 5}],
                               reasons=["doubtful_match"]))
    assert right.line_faults == {"extra": 1}
    numbers = summarise([score, right])
    assert numbers["line_faults"] == {"missed": 1, "wrong_sku": 1, "wrong_quantity": 1, "wrong_price": 1, "extra": 1}
    assert numbers["reasons"]["doubtful_match"] == {"orders": 2, "read_right": 0}
    assert numbers["reasons"]["price_mismatch"] == {"orders": 1, "read_right": 0}
    assert numbers["kind_errors"] == {"orders_not_filed": 0, "not_orders_filed": 0}
