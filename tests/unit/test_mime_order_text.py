"""What of an email body is order content: reply headers, quotes, Outlook blocks, signatures, disclaimers."""

from __future__ import annotations

import pytest

from extractors.email_text import extract_text, order_text


def _kept(text: str) -> list[str]:
    return [line for _, line in order_text(text) if line.strip()]


@pytest.mark.parametrize("header", [
    "On Mon, Jan 5, 2026 at 9:00 AM Bob <b@x.example> wrote:",
    "Am Mo., 5. Jan. 2026 um 09:00 Uhr schrieb Bob <b@x.example>:",
    "Le lun. 5 janv. 2026 à 09:00, Bob <b@x.example> a écrit :",
    "El lun, 5 ene 2026 a las 9:00, Bob (<b@x.example>) escribió:",
])
def test_mime_order_text_cuts_at_reply_headers_in_several_languages(header):
    """GIVEN new order lines above a reply header in English, German, French or Spanish
    WHEN order text is taken
    THEN nothing below the header is kept."""
    assert _kept(f"10 x ABC-1\n\n{header}\n7 x OLD-9\n") == ["10 x ABC-1"]


def test_mime_order_text_cuts_at_a_reply_header_wrapped_over_two_lines():
    """GIVEN Gmail's reply header wrapped over two lines
    WHEN order text is taken
    THEN the quoted order below is not kept."""
    text = ("10 x ABC-1\n\nOn Mon, Jan 5, 2026 at 9:00 AM Bob Birch from Birch Hardware <\n"
            "b@x.example> wrote:\n7 x OLD-9\n")
    assert _kept(text) == ["10 x ABC-1"]


def test_mime_order_text_drops_quoted_lines():
    """GIVEN lines starting with ">"
    WHEN order text is taken
    THEN they are dropped and the rest kept."""
    assert _kept("10 x ABC-1\n> 7 x OLD-9\n>> 3 x OLD-8\n2 x DEF-2\n") == ["10 x ABC-1", "2 x DEF-2"]


def test_mime_order_text_cuts_an_outlook_reply_block_below_content():
    """GIVEN a new order above an Outlook reply header block (From:/Sent:/To:/Subject: RE:)
    WHEN order text is taken
    THEN the old thread below is cut, and with it the separator line."""
    text = ("Please add 3 x XYZ-3 as well.\n\n________________________________\nFrom: Sam <sam@n.example>\n"
            "Sent: Monday, January 5, 2026 9:00 AM\nTo: Bob\nSubject: RE: PO 9\n\n7 x OLD-9\n")
    assert _kept(text) == ["Please add 3 x XYZ-3 as well."]


def test_mime_order_text_keeps_an_outlook_forwarded_order():
    """GIVEN a forwarding note above an Outlook-forwarded order (Subject: FW: ...)
    WHEN order text is taken and read
    THEN the forwarded order lines are read."""
    text = ("Please enter this one.\n\n-----Original Message-----\nFrom: Bob <b@x.example>\n"
            "Sent: Monday, January 5, 2026 9:00 AM\nTo: Sam\nSubject: FW: PO 9\n\n5 x ABC-1\n2 x DEF-2\n")
    assert [line.item_code for line in extract_text(text, 0).lines] == ["ABC-1", "DEF-2"]


def test_mime_order_text_keeps_a_forwarded_order_with_nothing_above():
    """GIVEN an Outlook header block at the top of the body (the forwarded order itself)
    WHEN order text is taken
    THEN its order lines are kept: there is no content above to prefer."""
    text = "From: Bob <b@x.example>\nSent: Monday\nTo: Sam\nSubject: PO 9\n\n5 x ABC-1\n"
    assert "5 x ABC-1" in _kept(text)


def test_mime_order_text_reads_an_apple_mail_forward_without_quote_marks():
    """GIVEN Apple Mail's "Begin forwarded message:" with the order quoted by ">"
    WHEN the text is read
    THEN the quoted order lines are read and their spans point at the text after the quote mark."""
    text = "Begin forwarded message:\n\n> From: Bob <b@x.example>\n> Subject: PO 9\n>\n> 5 x ABC-1\n"
    lines = extract_text(text, 0).lines
    assert [line.item_code for line in lines] == ["ABC-1"]
    start, end = lines[0].provenance.span
    assert text[start:end] == "5 x ABC-1"


def test_mime_order_text_drops_disclaimer_paragraphs():
    """GIVEN order lines, then a confidentiality paragraph, then another order line after a blank line
    WHEN order text is taken
    THEN the disclaimer paragraph is dropped and the rest kept."""
    text = ("10 x ABC-1\n\nThis e-mail and any attachments are confidential and intended solely for\n"
            "the addressee. 5 x NOT-AN-ORDER if misdirected.\n\n2 x DEF-2\n\n"
            "CONFIDENTIALITY NOTICE: 9 x NOPE-1\nmore legal text\n")
    assert _kept(text) == ["10 x ABC-1", "2 x DEF-2"]


def test_mime_order_text_stops_at_the_signature_separator():
    """GIVEN order lines then "-- " and a signature holding numbers
    WHEN order text is taken
    THEN the signature is not kept."""
    assert _kept("10 x ABC-1\n-- \nBob Birch\n2 x Tel 555-1234\n") == ["10 x ABC-1"]
