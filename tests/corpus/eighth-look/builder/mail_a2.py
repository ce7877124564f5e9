"""Order e-mails, part A2 (plain-text buyer prose)."""
from textwrap import dedent as dd

from common import L, eml, not_order, order, ship  # noqa: F401


def docs():
    out = []

    def add(name, frm, subj, date, body, exp, **kw):
        out.append((name, "eml", eml(frm, subj, date, dd(body).lstrip(), **kw), exp))

    add("a09-ardmore-ireland",
        '"Niamh Cullinane" <practice.manager@ardmoremedical.ie>',
        "Order - Ardmore Medical", "Thu, 19 Nov 2026 10:02:00 +0000", """
        Hi,

        Could you send on the following please:

        2 boxes sterile 2x2 swabs
        Sharps bins - the small 1 qt ones you sent before - x 5
        Paper tape 1" x 2 boxes
        Nitrile gloves medium (violet) x 20 boxes
        Syringes 5ml luer slip x 2 boxes
        Needles 21g green x 1 box

        Delivery to the surgery before 11/12 please, as we close early for the
        holidays. Please invoice in euro as usual.

        Kind regards,
        Niamh Cullinane
        Practice Manager
        Ardmore Medical Practice
        Unit 4, Mill Road, Ballincollig, Co. Cork P31 KX28
        """,
        order("Ardmore Medical Practice", None, [
            L("GZE4011", 2, "BX", "sterile 2x2 swabs"),
            L("SHP7001", 5, "EA", "Sharps bins - the small 1 qt ones"),
            L("BND5032", 2, "BX", 'Paper tape 1"'),
            L("GLV1013", 20, "BX", "Nitrile gloves medium (violet)"),
            L("SYR2006", 2, "BX", "Syringes 5ml luer slip"),
            L(None, 1, "BX", "Needles 21g green")],
            requested="2026-12-11", currency="EUR"))

    add("a10-southbank-dental-au",
        '"Chloe Papadakis" <admin@southbanksmiles.com.au>', "Order no. SBS-0342",
        "Fri, 20 Nov 2026 14:45:00 +1000", """
        Hi Northfield,

        Please supply the following for order SBS-0342:

        5 ctns patient bibs - white
        3 x prophy angles, firm
        2 x prophy paste
        VPS heavy body reg x 2, light body reg x 2
        HVE tips x 4 bags
        Level 2 masks x 10 boxes

        Prices as per your AUD quote of 2 Nov.

        Deliver to:
        Southbank Smiles Dental
        Level 2, 88 Grey St
        South Brisbane QLD 4101

        Cheers,
        Chloe
        """,
        order("Southbank Smiles Dental", "SBS-0342", [
            L("DEN10002", 5, "CS", "patient bibs - white"),
            L("DEN10012", 3, "BX", "prophy angles, firm"),
            L("DEN10014", 2, "BX", "prophy paste"),
            L("DEN10034", 2, "PK", "VPS heavy body reg"),
            L("DEN10033", 2, "PK", "light body reg"),
            L("DEN10023", 4, "BG", "HVE tips"),
            L("MSK13002", 10, "BX", "Level 2 masks")],
            currency="AUD",
            ship=ship("Southbank Smiles Dental", "Level 2, 88 Grey St", "South Brisbane",
                      "QLD", "4101", "AU")))

    add("a11-pinecrest-correction",
        '"Alyssa Greer" <agreer@pinecrestpeds.com>', "RE: supply order",
        "Mon, 23 Nov 2026 09:20:00 -0700", """
        Sorry - correction to the order I sent Friday: the gloves should be LARGE
        not medium, and make it 8 boxes instead of 6. Everything else stays the same.

        Alyssa

        On Fri, Nov 20, 2026 at 4:47 PM Alyssa Greer <agreer@pinecrestpeds.com> wrote:
        > Hi, please send:
        > - Nitrile gloves medium blue 100ct, 6 boxes
        > - 1 mL TB syringes w/ 25g 5/8 needle, 4 boxes
        > - Kids bandaids 5 boxes
        > - Peds earloop masks 6 boxes
        > - Sterile cotton tip applicators 2 boxes
        > Thanks,
        > Alyssa
        """,
        order("Pinecrest Pediatrics", None, [
            L("GLV1004", 8, "BX", "Nitrile gloves large blue 100ct"),
            L("SYR2012", 4, "BX", "1 mL TB syringes w/ 25g 5/8 needle"),
            L("BND5007", 5, "BX", "Kids bandaids"),
            L("MSK13005", 6, "BX", "Peds earloop masks"),
            L("SPC9013", 2, "BX", "Sterile cotton tip applicators")]))

    add("a12-brightwater-fwd-eastside",
        '"Marisol Tran" <mtran@brightwaterfp.org>', "Fwd: supplies we need at Eastside",
        "Tue, 24 Nov 2026 08:10:00 -0800", """
        Hi - please fill the below from Dr. Ames and ship it to our Eastside clinic
        (915 Cascade Way SE, Salem OR 97317), not the main office. Put it on PO BFP-1131.

        Thanks, Marisol

        ---------- Forwarded message ---------
        From: Helen Ames <hames@brightwaterfp.org>
        Date: Mon, Nov 23, 2026 at 5:52 PM
        Subject: supplies we need at Eastside
        To: Marisol Tran <mtran@brightwaterfp.org>

        Marisol, we're almost out of a few things over here:
        - 4-0 nylon sutures (the 19mm cutting ones), a box
        - 5-0 nylon, 1 box
        - sterile 2x2s, 2 boxes
        - silk tape 1", 1 box
        - the 10 cc luer lock syringes, 1 box
        - also need a new otoscope head but I'll get that from the rep, ignore

        Thanks, Helen
        """,
        order("Brightwater Family Practice", "BFP-1131", [
            L("SUT12004", 1, "BX", "4-0 nylon sutures (the 19mm cutting ones)"),
            L("SUT12005", 1, "BX", "5-0 nylon"),
            L("GZE4011", 2, "BX", "sterile 2x2s"),
            L("BND5034", 1, "BX", 'silk tape 1"'),
            L("SYR2007", 1, "BX", "the 10 cc luer lock syringes")],
            ship={"street": "915 Cascade Way SE", "city": "Salem", "region": "OR",
                  "postal_code": "97317", "country": "US"}))

    add("a13-cedar-hollow-misspelled",
        '"Rhonda Pike" <rpike@cedarhollowfm.com>', "supply's",
        "Wed, 25 Nov 2026 15:12:00 -0500", """
        need these pls

        sirynges 5ml luer lok - 2 bx
        gause 2x2 nonsterile 8 ply 5 sleves
        nitril glovs xl blue 4 bx
        sharpes container 2 gallon red x 3
        disinfecent spray the big 32 oz bottles x 6

        thank you
        Rhonda
        Sent from my iPhone
        """,
        order("Cedar Hollow Family Medicine", None, [
            L("SYR2005", 2, "BX", "sirynges 5ml luer lok"),
            L("GZE4001", 5, "SLV", "gause 2x2 nonsterile 8 ply"),
            L("GLV1005", 4, "BX", "nitril glovs xl blue"),
            L("SHP7002", 3, "EA", "sharpes container 2 gallon red"),
            L(None, 6, "EA", "disinfecent spray the big 32 oz bottles")]))

    add("a14-willow-bend-par-count",
        '"Denise Alvarado RN" <dalvarado@willowbendcare.com>', "East wing par count 11/27",
        "Fri, 27 Nov 2026 06:55:00 -0500", """
        Par count for East Wing this week. Please send what's in the ORDER column.

        ITEM                          PAR   ON HAND   ORDER
        Gloves nitrile M (blue)        40       22      18
        Gloves nitrile L (blue)        40       31       9
        Gloves nitrile XL (blue)       20       20       0
        Alcohol pads med               10        4       6
        Gauze 4x4 NS 8ply (slv)        12        5       7
        Paper tape 1"                   6        6       0
        Transparent tape 1"             6        2       4
        Specimen cups sterile           2        1       1
        Bleach wipes XL canister       12        3       9

        Thanks
        Denise
        """,
        order("Willow Bend Care Center", None, [
            L("GLV1003", 18, "BX", "Gloves nitrile M (blue)"),
            L("GLV1004", 9, "BX", "Gloves nitrile L (blue)"),
            L("DIS8021", 6, "BX", "Alcohol pads med"),
            L("GZE4004", 7, "SLV", "Gauze 4x4 NS 8ply (slv)"),
            L("BND5035", 4, "BX", 'Transparent tape 1"'),
            L("SPC9001", 1, "CS", "Specimen cups sterile"),
            L("DIS8004", 9, "EA", "Bleach wipes XL canister")]))

    add("a15-quickcare-dozens",
        '"Mike Sorensen" <msorensen@qcuc.net>', "Fairview order",
        "Mon, 30 Nov 2026 12:01:00 -0500", """
        Please send to Fairview:

        2 dozen 3" elastic wraps (velcro)
        1 dozen 4" elastic
        6 each 6" elastic
        cohesive 2" - 1 cs
        sharps 1 qt x 6
        level 3 earloop masks 10 bx

        Need it by Thursday if at all possible, we're running low on wraps.

        Mike Sorensen, PA-C
        Clinic Lead - QuickCare Fairview
        """,
        order("QuickCare Urgent Care", None, [
            L("BND5012", 2, "DZ", '3" elastic wraps (velcro)'),
            L("BND5013", 1, "DZ", '4" elastic'),
            L("BND5014", 6, "EA", '6" elastic'),
            L("BND5021", 1, "CS", 'cohesive 2"'),
            L("SHP7001", 6, "EA", "sharps 1 qt"),
            L("MSK13003", 10, "BX", "level 3 earloop masks")],
            requested="2026-12-03"))
    return out
