"""Order e-mails, part A (plain-text buyer prose)."""
from textwrap import dedent as dd

from common import L, eml, order, ship


def docs():
    out = []

    def add(name, frm, subj, date, body, exp, **kw):
        out.append((name, "eml", eml(frm, subj, date, dd(body).lstrip(), **kw), exp))

    add("a01-cedar-hollow-purple-gloves",
        '"Dana Whitfield" <dwhitfield@cedarhollowfm.com>', "order",
        "Tue, 10 Nov 2026 08:41:07 -0500", """
        Hi there,

        Can we get the following sent out this week please

        - med gloves (the purple ones) 10 bx
        - 3cc syringes luer lock 2 boxes
        - 4x4 gauze non sterile 12 ply x 10 sleeves
        - sharps 1 qt x 6
        - table paper 18" smooth, 2 cases

        Thanks!
        Dana Whitfield
        Office Manager
        Cedar Hollow Family Medicine
        418 Larkspur Ave, Mansfield OH 44902
        (419) 555-0143
        """,
        order("Cedar Hollow Family Medicine", None, [
            L("GLV1013", 10, "BX", "med gloves (the purple ones)"),
            L("SYR2003", 2, "BX", "3cc syringes luer lock"),
            L("GZE4005", 10, "SLV", "4x4 gauze non sterile 12 ply"),
            L("SHP7001", 6, "EA", "sharps 1 qt"),
            L("TBL6001", 2, "CS", 'table paper 18" smooth')]))

    add("a02-brightwater-same-as-last-month",
        '"Marisol Tran" <mtran@brightwaterfp.org>',
        "RE: Order confirmation SO-58812 - Brightwater Family Practice",
        "Mon, 02 Nov 2026 10:05:44 -0800", """
        Same as last month please, plus 2 boxes of the 25g 5/8 needles. And bump
        the table paper up to 6 cases, we've been going through it like crazy.

        Marisol

        -----Original Message-----
        From: Northfield Clinical Supply <orders@northfieldclinical.com>
        Sent: Friday, October 2, 2026 2:14 PM
        To: Marisol Tran <mtran@brightwaterfp.org>
        Subject: Order confirmation SO-58812 - Brightwater Family Practice

        Thank you for your order. Your PO: BFP-1009

          Qty  UOM  Item     Description                              Price
            8  BX   GLV1012  GLV NIT PF VIOLET SM 100/BX               9.25
           12  BX   GLV1013  GLV NIT PF VIOLET MED 100/BX              9.25
            4  CS   TBL6002  TABLE PAPER 18IN X 225FT CREPE 12RL/CS   44.00
            6  SLV  GZE4002  GAUZE SPG 2X2 12PLY NS 200/SLV            1.80
            3  BX   BND5002  BNDG ADH FABRIC 3/4X3IN 100/BX            3.90
            2  BX   DIS8021  PAD ALCOHOL PREP MED 200/BX               2.40

        Questions? Reply to this message or call 1-800-555-0190.
        """,
        order("Brightwater Family Practice", None, [
            L("GLV1012", 8, "BX", "GLV NIT PF VIOLET SM 100/BX"),
            L("GLV1013", 12, "BX", "GLV NIT PF VIOLET MED 100/BX"),
            L("TBL6002", 6, "CS", "TABLE PAPER 18IN X 225FT CREPE 12RL/CS"),
            L("GZE4002", 6, "SLV", "GAUZE SPG 2X2 12PLY NS 200/SLV"),
            L("BND5002", 3, "BX", "BNDG ADH FABRIC 3/4X3IN 100/BX"),
            L("DIS8021", 2, "BX", "PAD ALCOHOL PREP MED 200/BX"),
            L("NDL3010", 2, "BX", "25g 5/8 needles")]))

    add("a03-maple-ridge-dental-round",
        '"Jenna Kowalczyk" <jenna@mapleridgedental.com>',
        "Supply order - Maple Ridge Dental", "Wed, 11 Nov 2026 13:22:10 -0600", """
        Hi Northfield team,

        Here's our order for this round:

        Bibs - blue, 4 cases
        Prophy angles soft cup x2 boxes
        saliva ejectors (blue tip) 5 bags
        alginate fast set - 6
        Light body VPS, fast set, 3 packs
        Disposable impression trays large 2 bags

        Also do you guys carry the Ortho-Brite cheek retractors? If so add 1 bag,
        if not no worries.

        Thanks so much!!
        Jenna K., CDA
        Maple Ridge Dental Group | 77 Birch Lane | Eau Claire, WI 54701
        """,
        order("Maple Ridge Dental Group", None, [
            L("DEN10001", 4, "CS", "Bibs - blue"),
            L("DEN10011", 2, "BX", "Prophy angles soft cup"),
            L("DEN10021", 5, "BG", "saliva ejectors (blue tip)"),
            L("DEN10032", 6, "EA", "alginate fast set"),
            L("DEN10036", 3, "PK", "Light body VPS, fast set"),
            L("DEN10037", 2, "BG", "Disposable impression trays large"),
            L(None, 1, "BG", "Ortho-Brite cheek retractors")]))

    add("a04-tricounty-vet-caths",
        '"Beau Rendon" <techs@tricountyvet.net>', "order for this week",
        "Thu, 12 Nov 2026 07:58:31 -0600", """
        hey guys need these asap

        iv caths 22g - 2 bx
        20g - 1 bx
        24g 1 bx
        3-0 nylon 19mm - 1 box
        sterile 4x4s (the 12 ply 2 per pack) - 3 boxes
        12cc syringes luer lock 1 box
        vet wrap 4 inch 1 case

        thx
        Beau
        Tri-County Veterinary Hospital
        """,
        order("Tri-County Veterinary Hospital", None, [
            L("VET11005", 2, "BX", "iv caths 22g"),
            L("VET11004", 1, "BX", "20g"),
            L("VET11006", 1, "BX", "24g"),
            L("SUT12003", 1, "BX", "3-0 nylon 19mm"),
            L("GZE4013", 3, "BX", "sterile 4x4s (the 12 ply 2 per pack)"),
            L(None, 1, "BX", "12cc syringes luer lock"),
            L("BND5023", 1, "CS", "vet wrap 4 inch")]))

    rows = [("BL-44210", "Nitrile exam glove, large, blue, 100ct", 20, "box", "GLV1004", "BX"),
            ("BL-44209", "Nitrile exam glove, medium, blue, 100ct", 20, "box", "GLV1003", "BX"),
            ("BL-77031", "Procedure mask ASTM level 2, earloop", 10, "box", "MSK13002", "BX"),
            ("BL-31108", "Sharps container 5 gallon red", 4, "each", "SHP7004", "EA"),
            ("BL-50662", 'Safety needle 25g x 1"', 3, "box", "NDL3021", "BX"),
            ("BL-12550", "Alcohol prep pad, medium", 10, "box", "DIS8021", "BX"),
            ("BL-90014", "Rapid strep test kit 25T", 2, "kit", None, "KT")]
    trs = "".join('<tr><td>%s</td><td>%s</td><td align="right">%d</td><td>%s</td></tr>\n'
                  % r[:4] for r in rows)
    html = ("<html><body><p>Hello,</p><p>We are switching over from our old distributor "
            "so I put their item numbers in the first column so you can see what we "
            "used before. Please match as close as you can.</p>"
            "<p><b>Please ship to our Weaverville location:</b><br>QuickCare Urgent Care - "
            "Weaverville<br>1400 Riverside Pkwy<br>Weaverville, NC 28787</p>"
            '<table border="1" cellpadding="3"><tr><th>Old item #</th><th>Description</th>'
            "<th>Qty</th><th>Unit</th></tr>\n" + trs + "</table>"
            "<p>Thank you,<br>Priya Natarajan<br>Operations Manager, QuickCare Urgent Care"
            "</p></body></html>")
    text = ("Hello,\n\nWe are switching over from our old distributor so I put their item "
            "numbers in the first column.\n\nPlease ship to our Weaverville location:\n"
            "QuickCare Urgent Care - Weaverville\n1400 Riverside Pkwy\nWeaverville, NC 28787\n\n"
            + "".join("%s  %s  %d %s\n" % r[:4] for r in rows)
            + "\nThank you,\nPriya Natarajan\n")
    out.append(("a05-quickcare-old-vendor-numbers", "eml", eml(
        '"Priya Natarajan" <pnatarajan@quickcare-uc.com>', "PO QC-26-1187",
        "Fri, 13 Nov 2026 16:03:12 -0500", text, html=html),
        order("QuickCare Urgent Care", "QC-26-1187",
              [L(r[4], r[2], r[5], r[1], part=r[0]) for r in rows],
              ship=ship("QuickCare Urgent Care - Weaverville", "1400 Riverside Pkwy",
                        "Weaverville", "NC", "28787", "US"))))

    add("a06-lincoln-elementary-health-room",
        '"Theresa Galloway, RN" <tgalloway@lvsd.k12.ne.us>',
        "Supplies for Lincoln Elementary health room", "Mon, 30 Nov 2026 14:05:00 -0600", """
        Hello,

        I need a few things for the health room. Please bill to the district
        blanket PO 2027-0419 like last time.

        band-aids regular size (plastic) - 4 boxes
        the kids character band-aids - 3 boxes
        vinyl gloves large - 3 bx
        alcohol wipes, the small ones - 2 boxes
        instant cold packs - 24 each
        tongue depressors - 1 box
        1 quart sharps container x 2 (for our diabetic students)

        Please deliver by Friday, December 18 -- that's our last day before
        winter break and nobody will be here to sign for it after that.

        Ship to:
        Lincoln Elementary School - Health Room
        1120 Grand Ave
        Kearney, NE 68847

        Theresa Galloway, RN
        School Nurse, Lincoln Valley School District
        """,
        order("Lincoln Valley School District", "2027-0419", [
            L("BND5001", 4, "BX", "band-aids regular size (plastic)"),
            L("BND5007", 3, "BX", "the kids character band-aids"),
            L("GLV1043", 3, "BX", "vinyl gloves large"),
            L("DIS8021", 2, "BX", "alcohol wipes, the small ones"),
            L(None, 24, "EA", "instant cold packs"),
            L("SPC9011", 1, "BX", "tongue depressors"),
            L("SHP7001", 2, "EA", "1 quart sharps container")],
            requested="2026-12-18",
            ship=ship("Lincoln Elementary School - Health Room", "1120 Grand Ave",
                      "Kearney", "NE", "68847", "US")))

    add("a07-willow-bend-po-in-subject",
        '"Gary Pruitt" <gpruitt@willowbendcare.com>', "PO# 44817",
        "Tue, 17 Nov 2026 11:30:00 -0500", """
        Please process the following. Deliver to the loading dock around back as usual.

        2 cs purple top wipes (12/cs)
        4 cans bleach wipes large
        gloves nitrile blue L  30 bxs
        gloves nitrile blue XL 15 bxs
        specimen cups sterile 1 case
        adult briefs medium 4 cs

        Thank you
        Gary Pruitt
        Materials Coordinator
        Willow Bend Care Center
        """,
        order("Willow Bend Care Center", "44817", [
            L("DIS8006", 2, "CS", "purple top wipes (12/cs)"),
            L("DIS8003", 4, "EA", "bleach wipes large"),
            L("GLV1004", 30, "BX", "gloves nitrile blue L"),
            L("GLV1005", 15, "BX", "gloves nitrile blue XL"),
            L("SPC9001", 1, "CS", "specimen cups sterile"),
            L(None, 4, "CS", "adult briefs medium")]))

    add("a08-erables-commande-fr",
        '"Sophie Bergeron" <reception@cliniqueerables.ca>',
        "Commande de fournitures - décembre", "Wed, 18 Nov 2026 09:15:00 -0500", """
        Bonjour,

        Voici notre commande pour le mois de décembre :

        - Gants nitrile non poudrés, taille M (les bleus), 10 boîtes de 100
        - Gants nitrile bleus taille S : 6 boîtes
        - Seringues 3 ml luer-lock sans aiguille : 3 boîtes
        - Aiguilles 25G x 5/8 po : 2 boîtes
        - Compresses de gaze 4x4 stériles 12 plis : 4 boîtes
        - Contenants pour objets piquants 1 pinte : 10
        - Papier pour table d'examen 18 po, lisse : 3 caisses

        Nous aimerions recevoir le tout d'ici le vendredi 4 décembre.
        Notre numéro de bon de commande : CME-2026-118.

        Merci beaucoup,

        Sophie Bergeron
        Adjointe administrative
        Clinique médicale des Érables
        1245, boul. des Laurentides, Laval (Québec) H7G 2V5
        450 555-0172
        """,
        order("Clinique médicale des Érables", "CME-2026-118", [
            L("GLV1003", 10, "BX", "Gants nitrile non poudrés, taille M (les bleus)"),
            L("GLV1002", 6, "BX", "Gants nitrile bleus taille S"),
            L("SYR2003", 3, "BX", "Seringues 3 ml luer-lock sans aiguille"),
            L("NDL3010", 2, "BX", "Aiguilles 25G x 5/8 po"),
            L("GZE4013", 4, "BX", "Compresses de gaze 4x4 stériles 12 plis"),
            L("SHP7001", 10, "EA", "Contenants pour objets piquants 1 pinte"),
            L("TBL6001", 3, "CS", "Papier pour table d'examen 18 po, lisse")],
            requested="2026-12-04"))

    return out
