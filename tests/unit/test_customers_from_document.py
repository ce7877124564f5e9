"""The customer suggested by what an order document says when its sender is unknown (a bare file, a
forwarded mail): a buyer name that is close to a customer's, but not exactly it, is a suggestion with a
doubt; two customers it could be, or a name with no distinctive word, suggest nobody."""

from __future__ import annotations

from matching.customers import DOCUMENT_UNVERIFIED, CustomerRecord, DocumentEvidence, resolve_customer

CUSTOMERS = [
    CustomerRecord("K1", "Bramble Foods Corporation", ("bramble.example",)),
    CustomerRecord("K2", "Tidewater Marine Supply, Inc.", ("tidewater.example",)),
    CustomerRecord("K3", "Tidewater Marine Services LLC", ("tidewater-services.example",)),
    CustomerRecord("K4", "ABC Co", ("abc.example",)),
]


def _by_name(name: str):  # type: ignore[no-untyped-def]
    return resolve_customer(None, None, CUSTOMERS, document=DocumentEvidence(name, None, None))


def test_a_near_name_suggests_the_customer_with_a_doubt():
    """GIVEN no sender and a buyer printed 'BRAMBLE FOOD CORP' (customer: Bramble Foods Corporation)
    THEN that customer is suggested, below the exact name's confidence, with a doubt naming both."""
    found = _by_name("BRAMBLE FOOD CORP")
    assert found.customer_id == "K1"
    assert found.confidence < DOCUMENT_UNVERIFIED
    assert found.doubt and "BRAMBLE FOOD CORP" in found.doubt and "not exactly" in found.doubt


def test_a_near_name_two_customers_share_or_without_a_distinctive_word_suggests_nobody():
    assert _by_name("Tidewater Marine").customer_id is None  # both Tidewater customers
    assert _by_name("ABC Trading").customer_id is None  # "abc" alone says too little
    assert _by_name("Tidewater Marine Supply").customer_id == "K2"  # exact (legal forms aside): no doubt change


def _by_words(words: str, sender: str = "someone@gmail.example"):  # type: ignore[no-untyped-def]
    return resolve_customer(sender, None, CUSTOMERS, document=DocumentEvidence(None, None, None, words=words))


def test_a_customer_the_sender_names_in_their_own_words_is_suggested_with_a_doubt():
    """GIVEN a message from a personal address saying "it's Dana from Bramble Foods", or signed with a name
    written with its last words as initials ("Harbor Point CC" for Harbor Point Country Club) THEN that customer
    is suggested, never trusted: a clerk confirms who sent it."""
    found = _by_words("Hi, it's Dana from Bramble Foods Corporation - our office email is down today.")
    assert found.customer_id == "K1" and found.doubt and "names Bramble Foods Corporation" in found.doubt
    assert found.confidence <= DOCUMENT_UNVERIFIED
    club = [*CUSTOMERS, CustomerRecord("K5", "Harbor Point Country Club", ("hpcc.example",))]
    signed = resolve_customer("tom@yahoo.example", None, club,
                              document=DocumentEvidence(None, None, None, words="Tom Beck, asst super at Harbor Point "
                                                                                 "CC here (on my phone)."))
    assert signed.customer_id == "K5"


def test_words_naming_no_customer_or_two_or_a_part_of_a_name_suggest_nobody():
    assert _by_words("Got your name from a buddy at Tidewater Marine.").customer_id is None
    assert _by_words("We work with Tidewater Marine Supply and Tidewater Marine Services.").customer_id is None
    assert _by_words("Please send 2 boxes of gloves.").customer_id is None
