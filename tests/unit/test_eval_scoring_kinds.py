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
