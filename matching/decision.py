"""The decision: auto-approve or needs_review, from named reasons. Precision first."""

from __future__ import annotations

from models.schemas import Decision, MatchedOrder, Reason


def decide(order: MatchedOrder, min_confidence: float) -> Decision:
    """Any doubt sends the order to a clerk; without doubts, only strong evidence approves it."""
    reasons: list[Reason] = list(order.reasons)
    for line in order.lines:
        reasons.extend(line.reasons)
    confidences = [order.customer.confidence] + [line.confidence for line in order.lines]
    confidence = min(confidences) if order.lines else 0.0
    if not reasons and confidence < min_confidence:
        reasons.append(Reason("low_confidence", f"confidence {confidence:.2f} is below {min_confidence:.2f}"))
    return Decision(auto_approve=not reasons, confidence=round(confidence, 4), reasons=reasons)
