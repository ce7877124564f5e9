"""Order e-mails, part B, and non-order e-mails."""
from textwrap import dedent as dd

from common import L, eml, not_order, order, ship


def docs():
    out = []

    def add(name, frm, subj, date, body, exp, **kw):
        out.append((name, "eml", eml(frm, subj, date, dd(body).lstrip(), **kw), exp))

    add("b01-quickcare-weaverville-next-tuesday",
        '"Priya Natarajan" <pnatarajan@quickcare-uc.com>',
        "Weaverville restock - PO QC-26-1243", "Wed, 02 Dec 2026 10:14:00 -0500", """
        Ship to:
        QuickCare Urgent Care - Weaverville
        1400 Riverside Pkwy
        Weaverville, NC 28787

        Need this delivered by next Tuesday.

        Isolation gowns yellow x 2 cs
        Lvl 2 gowns XL x 1 cs
        N95 x 5 bx
        face shields 2 bx
        exam table paper 21" crepe x 4 cs
        Urine cups w/ temp strip 2 cs

        Thanks, Priya
        """,
        order("QuickCare Urgent Care", "QC-26-1243", [
            L("GWN14001", 2, "CS", "Isolation gowns yellow"),
            L("GWN14004", 1, "CS", "Lvl 2 gowns XL"),
            L("MSK13006", 5, "BX", "N95"),
            L("MSK13011", 2, "BX", "face shields"),
            L("TBL6004", 4, "CS", 'exam table paper 21" crepe'),
            L("SPC9003", 2, "CS", "Urine cups w/ temp strip")],
            requested="2026-12-08",
            ship=ship("QuickCare Urgent Care - Weaverville", "1400 Riverside Pkwy",
                      "Weaverville", "NC", "28787", "US")))

    add("b02-tricounty-pink-hub",
        '"Kayla Dunn, LVT" <kdunn@tricountyvet.net>', "Re: order",
        "Thu, 03 Dec 2026 08:37:00 -0600", """
        Yes please ship the rest. And add these:

        the 18g 1 inch needles (pink hub) 3 boxes
        1cc syringes slip tip no needle 2 bx
        3cc with the 22g 1.5" needle attached 2 bx
        60 cc cath tip syringes 1 box
        t-ports 1 bx
        injection caps 1 bx
        catheters 18g x2 bx, 16g x1 bx, 14g x 1

        Kayla

        On Wed, Dec 2, 2026, Northfield Clinical Supply wrote:
        > Hi Kayla, the 22g catheters on your last order shipped today. The 20g
        > are still on backorder (ETA 12/9). Do you want us to ship them when they
        > come in, or cancel that line?
        """,
        order("Tri-County Veterinary Hospital", None, [
            L("NDL3001", 3, "BX", "the 18g 1 inch needles (pink hub)"),
            L("SYR2002", 2, "BX", "1cc syringes slip tip no needle"),
            L("SYR2015", 2, "BX", '3cc with the 22g 1.5" needle attached'),
            L("SYR2032", 1, "BX", "60 cc cath tip syringes"),
            L("VET11012", 1, "BX", "t-ports"),
            L("VET11011", 1, "BX", "injection caps"),
            L("VET11003", 2, "BX", "catheters 18g"),
            L("VET11002", 1, "BX", "16g"),
            L("VET11001", 1, "BX", "14g")]))

    rows = [(10, "Exam gloves vinyl L", "GLV1043", 5.10, "BX"),
            (10, "Exam gloves vinyl XL", "GLV1044", 5.10, "BX"),
            (6, "Disinfectant wipes quat LG (case of 12)", "DIS8006", 99.00, "CS"),
            (4, "Gauze NS 4x4 12 ply sleeve", "", 5.20, "SLV"),
            (2, "Cotton tipped applicators 6in non-sterile", "", 6.20, "BX"),
            (3, "Shoe covers", "GWN14022", 29.00, "CS")]
    skus = ["GLV1043", "GLV1044", "DIS8006", "GZE4005", "SPC9012", "GWN14022"]
    trs = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>$%.2f</td></tr>" % r[:4]
                  for r in rows)
    html = ("<html><body><div style='font-family:Calibri'>"
            "<p><b>WILLOW BEND CARE CENTER - PURCHASE ORDER</b><br>PO#: 44902<br>"
            "Order Date: 12/01/2026</p><p>Ship To: Willow Bend Care Center, 2750 Orchard Rd, "
            "Lancaster, PA 17601</p><table border=1><tr><th>Qty</th><th>Description</th>"
            "<th>Your Item #</th><th>Price</th></tr>" + trs + "</table>"
            "<p>Subtotal and freight per your invoice. Thank you!</p>"
            "<p>Gary Pruitt<br>Materials Coordinator</p></div></body></html>")
    text = ("WILLOW BEND CARE CENTER - PURCHASE ORDER\nPO#: 44902\nOrder Date: 12/01/2026\n"
            "Ship To: Willow Bend Care Center, 2750 Orchard Rd, Lancaster, PA 17601\n\n"
            + "".join("%d  %s  %s  $%.2f\n" % r[:4] for r in rows) + "\nGary Pruitt\n")
    out.append(("b03-willow-bend-html-prices", "eml", eml(
        '"Gary Pruitt" <purchasing@willowbendcare.com>', "PO# 44902 - Willow Bend",
        "Tue, 01 Dec 2026 13:40:00 -0500", text, html=html),
        order("Willow Bend Care Center", "44902",
              [L(s, r[0], r[4], r[1], price=r[3]) for s, r in zip(skus, rows)],
              order_date="2026-12-01", currency="USD",
              ship=ship("Willow Bend Care Center", "2750 Orchard Rd", "Lancaster", "PA",
                        "17601", "US"))))

    add("b04-cedar-hollow-new-staff-vague",
        '"Tyler Brandt" <tbrandt@cedarhollowfm.com>', "stuff we need",
        "Wed, 02 Dec 2026 11:48:00 -0500", """
        Hi, I'm new at the front desk and Dana asked me to send this in.

        gauze 4x4 - 10 sleeves
        masks - 5 boxes
        3ml syringes - 2 bx
        the blue gloves size small 10 boxes
        paper exam gowns 1 case

        I hope that makes sense!
        Tyler
        """,
        order("Cedar Hollow Family Medicine", None, [
            L(None, 10, "SLV", "gauze 4x4"),
            L(None, 5, "BX", "masks"),
            L(None, 2, "BX", "3ml syringes"),
            L(None, 10, "BX", "the blue gloves size small"),
            L("TBL6011", 1, "CS", "paper exam gowns")]))

    add("b05-pinecrest-cases",
        '"Alyssa Greer" <agreer@pinecrestpeds.com>', "Order for 12/10 delivery",
        "Thu, 03 Dec 2026 15:02:00 -0700", """
        Hi again,

        Please send 2 cases of the violet nitrile gloves in small and 1 case in
        medium. Also 1 case of alcohol prep pads (large) and 2 cases of the 4oz
        sterile specimen cups, individually wrapped.

        Delivery Thursday 12/10 please.

        Alyssa Greer
        Practice Administrator, Pinecrest Pediatrics
        """,
        order("Pinecrest Pediatrics", None, [
            L("GLV1012", 2, "CS", "violet nitrile gloves small"),
            L("GLV1013", 1, "CS", "violet nitrile gloves medium"),
            L("DIS8022", 1, "CS", "alcohol prep pads (large)"),
            L("SPC9001", 2, "CS", "4oz sterile specimen cups, individually wrapped")],
            requested="2026-12-10"))

    add("b06-maple-ridge-our-skus",
        '"Jenna Kowalczyk" <jenna@mapleridgedental.com>', "Reorder",
        "Fri, 04 Dec 2026 10:10:00 -0600", """
        Reorder, PO MRD-7781:

        DEN10003 x 2
        DEN10011 x 3
        DEN10022 x 4
        MSK13001 x 6
        GLV1042 x 10

        Thx - Jenna
        """,
        order("Maple Ridge Dental Group", "MRD-7781", [
            L("DEN10003", 2, "CS", "DEN10003"), L("DEN10011", 3, "BX", "DEN10011"),
            L("DEN10022", 4, "BG", "DEN10022"), L("MSK13001", 6, "BX", "MSK13001"),
            L("GLV1042", 10, "BX", "GLV1042")]))

    add("b07-tricounty-quoted-prices",
        '"Dr. Ramona Vela" <rvela@tricountyvet.net>', "wipes per our call - PO 5512",
        "Fri, 04 Dec 2026 17:25:00 -0600", """
        Hi Dave,

        Per our call this afternoon, please send 24 canisters of the large
        quat/alcohol wipes at the $8.95 you quoted, and 6 of the gallon refills
        at $22.00.

        Thanks,
        Ramona Vela, DVM
        Medical Director, Tri-County Veterinary Hospital
        """,
        order("Tri-County Veterinary Hospital", "5512", [
            L("DIS8001", 24, "EA", "large quat/alcohol wipes", price=8.95),
            L("DIS8013", 6, "EA", "gallon refills", price=22.00)],
            currency="USD"))

    add("b08-lvsd-hold-the-wipes",
        '"Theresa Galloway, RN" <tgalloway@lvsd.k12.ne.us>',
        "RE: Health services order - PO 2027-0466", "Mon, 23 Nov 2026 08:02:00 -0600", """
        Please hold the disinfectant wipes for now -- custodial is supplying them
        this year. The rest is fine to ship.

        Theresa

        From: Theresa Galloway, RN
        Sent: Friday, November 20, 2026 3:31 PM
        To: orders@northfieldclinical.com
        Subject: Health services order - PO 2027-0466

        Please send the following to the district office for distribution to
        the schools (610 W 9th St, Kearney NE 68845):

        Nitrile gloves M violet - 12 bx
        Nitrile gloves L violet - 8 bx
        Bleach wipes LG canisters - 24
        Adhesive bandages fabric 1x3 - 10 bx
        Cold packs - skip if you don't carry
        Elastic bandage 2" - 12 each
        """,
        order("Lincoln Valley School District", "2027-0466", [
            L("GLV1013", 12, "BX", "Nitrile gloves M violet"),
            L("GLV1014", 8, "BX", "Nitrile gloves L violet"),
            L("BND5003", 10, "BX", "Adhesive bandages fabric 1x3"),
            L("BND5011", 12, "EA", 'Elastic bandage 2"')],
            ship={"street": "610 W 9th St", "city": "Kearney", "region": "NE",
                  "postal_code": "68845", "country": "US"}))

    add("b09-brightwater-need-by-friday",
        '"Marisol Tran" <mtran@brightwaterfp.org>', "Order PO BFP-1158",
        "Tue, 01 Dec 2026 09:44:00 -0800", """
        Hi,

        This one goes to the main office:
        Brightwater Family Practice
        2290 NE Alder St
        Salem, OR 97301

        Crepe table paper 21in - 3 cs
        pillow covers - 2 cs
        drape sheets - 1 cs
        wall brackets for the 1 qt sharps - 4
        1qt sharps - 12

        Need by Friday. Thanks!
        Marisol
        """,
        order("Brightwater Family Practice", "BFP-1158", [
            L("TBL6004", 3, "CS", "Crepe table paper 21in"),
            L("TBL6013", 2, "CS", "pillow covers"),
            L("TBL6012", 1, "CS", "drape sheets"),
            L("SHP7011", 4, "EA", "wall brackets for the 1 qt sharps"),
            L("SHP7001", 12, "EA", "1qt sharps")],
            requested="2026-12-04",
            ship=ship("Brightwater Family Practice", "2290 NE Alder St", "Salem", "OR",
                      "97301", "US")))

    add("b10-ardmore-type-iir",
        '"Niamh Cullinane" <practice.manager@ardmoremedical.ie>',
        "Order ref ARD/1127", "Fri, 27 Nov 2026 12:20:00 +0000", """
        Hi again,

        A few more bits, our ref ARD/1127:

        Nitrile gloves large (violet) x 10 boxes
        Type IIR fluid resistant masks x 10 boxes
        Plastic aprons x 2 rolls
        Urine sample pots, sterile x 1 case

        Many thanks,
        Niamh
        """,
        order("Ardmore Medical Practice", "ARD/1127", [
            L("GLV1014", 10, "BX", "Nitrile gloves large (violet)"),
            L(None, 10, "BX", "Type IIR fluid resistant masks"),
            L(None, 2, "RL", "Plastic aprons"),
            L("SPC9001", 1, "CS", "Urine sample pots, sterile")]))

    add("b11-kearney-high-insulin",
        '"Jolene Marsh" <jmarsh@lvsd.k12.ne.us>', "health office order - KHS",
        "Tue, 01 Dec 2026 10:31:00 -0600", """
        Good morning,

        For the Kearney High health office please:

        insulin syringes 1 box - the half cc ones, 30 gauge (student switched)
        TB syringes with needle 27g 1/2" - 2 boxes
        spot bandages 2 bx
        fingertip bandaids 1 bx
        knuckle bandaids 1 bx

        Please send to:
        Kearney High School Health Office
        2400 W 31st St
        Kearney, NE 68845

        PO: 2027-0471

        Jolene Marsh, LPN
        """,
        order("Lincoln Valley School District", "2027-0471", [
            L("SYR2022", 1, "BX", "insulin syringes - the half cc ones, 30 gauge"),
            L("SYR2011", 2, "BX", 'TB syringes with needle 27g 1/2"'),
            L("BND5004", 2, "BX", "spot bandages"),
            L("BND5006", 1, "BX", "fingertip bandaids"),
            L("BND5005", 1, "BX", "knuckle bandaids")],
            ship=ship("Kearney High School Health Office", "2400 W 31st St", "Kearney",
                      "NE", "68845", "US")))

    add("b12-tricounty-surgery-suite",
        '"Dr. Ramona Vela" <rvela@tricountyvet.net>', "surgery suite restock",
        "Mon, 30 Nov 2026 18:12:00 -0600", """
        Team - restock for the surgery suite:

        4-0 absorbable PGA - 2 bx
        3-0 absorbable, the taper 26mm - 2 bx
        2-0 nylon - 1 bx
        2-0 absorbable - 1 bx
        chlorhexidine scrub 4% gallon - 1
        povidone swabsticks - 2 bx
        bouffant caps - 2 bags
        tie-on masks lvl 3 - 4 bx

        RV
        """,
        order("Tri-County Veterinary Hospital", None, [
            L("SUT12013", 2, "BX", "4-0 absorbable PGA"),
            L("SUT12014", 2, "BX", "3-0 absorbable, the taper 26mm"),
            L("SUT12001", 1, "BX", "2-0 nylon"),
            L("SUT12011", 1, "BX", "2-0 absorbable"),
            L(None, 1, "EA", "chlorhexidine scrub 4% gallon"),
            L("DIS8023", 2, "BX", "povidone swabsticks"),
            L("GWN14021", 2, "BG", "bouffant caps"),
            L("MSK13004", 4, "BX", "tie-on masks lvl 3")]))

    html = ("<html><body><p style='color:#4a2c6d'>Hi!! &#128522;</p>"
            "<p>Here's what we need, <u>by the 15th</u> if you can:</p><ul>"
            "<li>Bibs <b>mauve</b> - 2 cs</li><li>Bibs <b>teal</b> - 2 cs</li>"
            "<li>3-ply blue bibs - 1 cs</li><li>prophy angles w/ brush - 1 bx</li>"
            "<li>alginate regular set - 4 bags</li><li>monophase VPS - 2 pk</li>"
            "<li>latex gloves small - 6 bx</li><li>Level 1 masks - 8 bx</li></ul>"
            "<p>Jenna<br><i>Maple Ridge Dental Group</i></p></body></html>")
    text = ("Hi!!\n\nHere's what we need, by the 15th if you can:\n"
            "- Bibs mauve - 2 cs\n- Bibs teal - 2 cs\n- 3-ply blue bibs - 1 cs\n"
            "- prophy angles w/ brush - 1 bx\n- alginate regular set - 4 bags\n"
            "- monophase VPS - 2 pk\n- latex gloves small - 6 bx\n- Level 1 masks - 8 bx\n\n"
            "Jenna\nMaple Ridge Dental Group\n")
    out.append(("b13-maple-ridge-html-list", "eml", eml(
        '"Jenna Kowalczyk" <jenna@mapleridgedental.com>', "order :)",
        "Thu, 03 Dec 2026 12:00:00 -0600", text, html=html),
        order("Maple Ridge Dental Group", None, [
            L("DEN10003", 2, "CS", "Bibs mauve"), L("DEN10004", 2, "CS", "Bibs teal"),
            L("DEN10005", 1, "CS", "3-ply blue bibs"),
            L("DEN10013", 1, "BX", "prophy angles w/ brush"),
            L("DEN10031", 4, "EA", "alginate regular set"),
            L("DEN10035", 2, "PK", "monophase VPS"),
            L("GLV1031", 6, "BX", "latex gloves small"),
            L("MSK13001", 8, "BX", "Level 1 masks")],
            requested="2026-12-15")))

    add("b14-southbank-200s",
        '"Chloe Papadakis" <admin@southbanksmiles.com.au>', "Glove top-up SBS-0347",
        "Tue, 01 Dec 2026 09:05:00 +1000", """
        Hi team,

        Quick top-up on gloves please (order SBS-0347):

        Nitrile 200s (the thin blue ones) - Small x 2 boxes, Medium x 3 boxes
        Ext cuff nitrile Medium x 2 boxes

        Same delivery address as always.

        Cheers,
        Chloe Papadakis
        Practice Coordinator | Southbank Smiles Dental
        """,
        order("Southbank Smiles Dental", "SBS-0347", [
            L("GLV1021", 2, "BX", "Nitrile 200s (the thin blue ones) - Small"),
            L("GLV1022", 3, "BX", "Nitrile 200s Medium"),
            L("GLV1052", 2, "BX", "Ext cuff nitrile Medium")]))

    return out
