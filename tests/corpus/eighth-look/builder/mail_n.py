"""E-mails that are not orders."""
from textwrap import dedent as dd

from common import L, eml, not_order, order, ship  # noqa: F401


def docs():
    out = []

    def add(name, frm, subj, date, body, exp, **kw):
        out.append((name, "eml", eml(frm, subj, date, dd(body).lstrip(), **kw), exp))

    # ---------------- not orders ----------------
    add("n01-backorder-question",
        '"Dana Whitfield" <dwhitfield@cedarhollowfm.com>', "backordered gloves?",
        "Thu, 03 Dec 2026 09:12:00 -0500", """
        Hi,

        Any update on the violet medium gloves that were backordered on our last
        order (SO-59140)? We're down to 3 boxes. Also are the large in stock right
        now? We had 10 bx of the medium on that order.

        Thanks,
        Dana
        """, not_order("Cedar Hollow Family Medicine"))

    add("n02-return-request",
        '"Jenna Kowalczyk" <jenna@mapleridgedental.com>', "Return - wrong bibs",
        "Mon, 07 Dec 2026 08:30:00 -0600", """
        Hello,

        We received 4 cases of the TEAL bibs (DEN10004) on invoice 88120 but we
        ordered mauve and already got those separately. Can you send a return
        authorization and arrange pickup? We'd like a credit, not a replacement.

        Thank you,
        Jenna
        """, not_order("Maple Ridge Dental Group"))

    add("n03-price-check",
        '"Priya Natarajan" <pnatarajan@quickcare-uc.com>', "pricing question",
        "Tue, 08 Dec 2026 14:40:00 -0500", """
        Hi,

        Can you quote me pricing on 50 boxes of N95s and 20 cases of the level 2
        isolation gowns (universal)? Not ordering yet, just comparing for our
        Q1 budget. Also is there a price break at 100 boxes of the N95?

        Thanks,
        Priya
        """, not_order("QuickCare Urgent Care"))

    add("n04-recall-newsletter-fwd",
        '"Gary Pruitt" <gpruitt@willowbendcare.com>',
        "Fwd: Northfield Clinical Supply News - December 2026",
        "Wed, 09 Dec 2026 07:50:00 -0500", """
        Do we have any of these lots? Please check our last 3 shipments and let
        me know. -- Gary

        ---------- Forwarded message ---------
        From: Northfield Clinical Supply <news@northfieldclinical.com>
        Subject: Northfield Clinical Supply News - December 2026

        IN THIS ISSUE
        * Holiday shipping schedule: last ground pickup Dec 23
        * New: violet nitrile 200/BX coming in January

        PRODUCT RECALL NOTICE
        The manufacturer is voluntarily recalling lots 2611B and 2612A of
        SYR 3ML LL 23G X 1IN 100/BX (our item SYR2013) because some needle
        shields may not seat fully. Quarantine affected stock and contact us
        for a replacement: 24 boxes maximum per account will be shipped at no
        charge once we receive your lot count.

        Holiday hours: closed Dec 24-25 and Jan 1.
        """, not_order("Willow Bend Care Center"))
    return out
