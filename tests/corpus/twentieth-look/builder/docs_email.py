"""E-mail documents (.eml): orders in the body, orders with PDF/XLSX attachments, not-orders."""
import io

from openpyxl import Workbook
from openpyxl.styles import Font

from common import (KFS_AU, L, S, eml, expected, ext, money, not_order, write)
from docs_pdf import albion_pdf, cols, northgate_pdf, q, table_rows
from pdfkit import Pdf

PDF = ("application", "pdf")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def att(name, data, mt):
    return (name, data, mt[0], mt[1])


# E01 Harbor Point - prose "deliver to the Elm St building"
def e01():
    C = "Harbor Point Property Management"
    lines = [
        L("PNT-INT-EG-WH-1", "Interior eggshell white, 1 gal cans", 6, "EA"),
        L("PNT-INT-SG-WH-1", "semi-gloss white, gallons", 2, "EA"),
        L("PNT-PRM-INT-5", "5 gal PVA primer", 1, "EA"),
        L("PNT-RC-9-12", "9\" roller covers, 1/2\" nap", 12, "EA"),
        L("PNT-TAPE-188", "rolls blue painter's tape 1.88\"", 6, "RL"),
    ]
    body = """Hi Keystone team,

Please process PO 24188 for the following. These are for a unit turnover, so
please deliver to the Elm St building, not to our Marina Park office. The Elm St
building is 412 Elm Street, Cambridge, MA 02139 - loading zone is on the Hovey Ave
side, ask for Luis (super) at 617-555-0133.

  - 6 x Interior eggshell white, 1 gal cans
  - 2 x semi-gloss white, gallons
  - 1 x 5 gal PVA primer
  - 12 x 9" roller covers, 1/2" nap
  - 6 x rolls blue painter's tape 1.88"

We need it by Thursday 12/10.

Thanks,
Dana Whitcomb
Purchasing Coordinator | Harbor Point Property Management
One Marina Park Drive, Suite 900, Boston, MA 02210
(617) 555-0100
"""
    data = eml("Dana Whitcomb <dwhitcomb@harborpointpm.com>", "PO 24188 - paint for Elm St",
               "Mon, 07 Dec 2026 09:12:40 -0500", body, domain="harborpointpm.com")
    exp = expected(C, "24188", None, "2026-12-10", None,
                   S("Elm St building", "412 Elm Street", "Cambridge", "MA", "02139", "US"), lines)
    write("e01_harborpoint_elm_st_body.eml", data, exp, "eml-body",
          "Prose: 'deliver to the Elm St building' with the address in the next sentence; office in signature",
          "ship_to.name = 'Elm St building' as written")


# E02 Northgate - PDF prints admin office as Location, body redirects to Grove City
def e02():
    C = "Northgate Family Clinics"
    lines = [
        L("JAN-TT-2PLY-96", "Toilet tissue 2-ply 96/cs", 2, "CS", 58.00, puom="CS"),
        L("JAN-CFOLD-WH", "C-fold towels white", 3, "CS", 36.20, puom="CS"),
        L("CHM-GLS-32", "Glass cleaner RTU 32 oz, 12/cs", 1, "CS", 38.40, puom="CS"),
        L("ELC-BAT-AA-24", "Alkaline battery AA 24pk", 2, "PK", 13.20, puom="PK"),
        L("ELC-BAT-AAA-24", "Alkaline battery AAA 24pk", 2, "PK", 13.20, puom="PK"),
    ]
    pdf = northgate_pdf("NFC-7802", "2026-12-02", "2026-12-09",
                        ["Administrative Office", "6100 Channingway Blvd", "Columbus, OH 43232",
                         "United States"], lines, "T. Alvarez")
    body = """Hello,

Attached is PO NFC-7802. Our system defaulted the location to the admin office,
but please ship this one to our Grove City clinic instead:

    Grove City Clinic
    3850 Broadway
    Grove City, OH 43123

Receiving is at the back door, 8-4. Everything else on the PO stands.

Thank you,
Tomas Alvarez
Northgate Family Clinics - Supply Chain
"""
    data = eml("Tomas Alvarez <talvarez@northgatefamilyclinics.com>", "PO NFC-7802 - please ship to Grove City",
               "Wed, 02 Dec 2026 14:03:11 -0500", body, [att("PO_NFC-7802.pdf", pdf, PDF)],
               domain="northgatefamilyclinics.com")
    exp = expected(C, "NFC-7802", "2026-12-02", "2026-12-09", "USD",
                   S("Grove City Clinic", "3850 Broadway", "Grove City", "OH", "43123", "US"), lines)
    write("e02_northgate_pdf_ship_override.eml", data, exp, "eml+pdf",
          "Ship-to only in the e-mail body; attached PDF prints the admin office as Location",
          "body overrides the PDF location")


# E03 Bluewater - Ship to in body, corporate address in signature
def e03():
    C = "Bluewater Hospitality Group"
    lines = [
        L("FLT-20201-M8", "20x20x1 MERV 8", 6, "CS", 38.40),
        L("FLT-16201-M8", "16x20x1 MERV 8", 4, "CS", 38.40),
        L("LMP-CORN-54W-50K", "54W LED corn lamp 5000K mogul", 12, "EA", 51.00),
        L("ELC-GFCI-20-WH", "20A GFCI white", 10, "EA", 19.40),
    ]
    body = """Good morning,

Please enter the following order.

PO #: BW-HTL-31044
PO date: 12/04/2026

Ship to:
  The Coral Sands Hotel
  Attn: Receiving / Engineering
  2200 N Ocean Blvd
  Fort Lauderdale, FL 33305
  Dock hours 7-11am M-F only

Qty  Unit  Item                                 Price
6    cs    20x20x1 MERV 8                       $38.40/cs
4    cs    16x20x1 MERV 8                       $38.40/cs
12   ea    54W LED corn lamp 5000K mogul        $51.00/ea
10   ea    20A GFCI white                       $19.40/ea

Invoice to corporate as usual.

Regards,
Marisol Vega
Purchasing Manager, Bluewater Hospitality Group
1450 Brickell Ave, 21st Floor | Miami, FL 33131
T 305-555-0190
"""
    data = eml("Marisol Vega <mvega@bluewaterhg.com>", "New order BW-HTL-31044 - Coral Sands",
               "Fri, 04 Dec 2026 08:41:05 -0500", body, domain="bluewaterhg.com")
    exp = expected(C, "BW-HTL-31044", "2026-12-04", None, None,
                   S("The Coral Sands Hotel", "2200 N Ocean Blvd", "Fort Lauderdale", "FL", "33305", "US"), lines)
    write("e03_bluewater_body_shipto.eml", data, exp, "eml-body",
          "Ship to block in body with Attn + dock hours; corporate address in signature")


# E04 Tillman - casual superintendent mail, job site in prose
def e04():
    C = "Tillman & Roarke Builders"
    lines = [
        L("FST-CS-14-234", "1/4 x 2-3/4 tapcons", 10, "BX", puom="bx"),
        L("FST-HCS-3816-150", "3/8-16 x 1-1/2 hex bolts", 5, "BX", puom="bx"),
        L("FST-NUT-3816", "3/8 nuts", 5, "BX", puom="bx"),
        L("FST-FW-38", "3/8 flat washers", 5, "BX", puom="bx"),
        L("PNT-DRYFALL-FL-WH-5", "5 gal dryfall flat white", 2, "EA"),
    ]
    body = """need these at the leander job thurs am 12/10 - PO TR-J2304-011

ship to: Leander MS #4 job site, 1550 Hero Way, Leander TX 78641
gate code 4412, call me when ur 30 min out

10 bx 1/4 x 2-3/4 tapcons
5 bx 3/8-16 x 1-1/2 hex bolts
5 bx 3/8 nuts
5 bx 3/8 flat washers
2 - 5 gal dryfall flat white

thx
Ray Ortiz
Superintendent, Tillman & Roarke
512-555-0148

Sent from my iPhone
"""
    data = eml("Ray Ortiz <rortiz@tillmanroarke.com>", "PO TR-J2304-011 leander",
               "Mon, 07 Dec 2026 05:52:19 -0600", body, cc="purchasing@tillmanroarke.com",
               domain="tillmanroarke.com")
    exp = expected(C, "TR-J2304-011", None, "2026-12-10", None,
                   S("Leander MS #4 job site", "1550 Hero Way", "Leander", "TX", "78641", "US"), lines)
    write("e04_tillman_job_site_casual.eml", data, exp, "eml-body",
          "Job site written casually on one line ('ship to: <site>, <street>, <city> <st> <zip>')")


# E05 Maple Crest - XLSX attachment with Property header rows
def maplecrest_xlsx(lines):
    wb = Workbook()
    ws = wb.active
    ws.title = "PO"
    ws["A1"] = "Maple Crest Property Services"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Purchase Order"
    ws["A4"], ws["B4"] = "PO #:", "MC-55161"
    ws["A5"], ws["B5"] = "Date:", "2026-12-01"
    ws["A6"], ws["B6"] = "Vendor:", "Keystone Facility Supply Canada Inc."
    ws["D4"] = "Property:"
    ws["D4"].font = Font(bold=True)
    ws["D5"] = "1450 Bathurst Apartments"
    ws["D6"] = "1450 Bathurst St"
    ws["D7"] = "Toronto, ON M5R 3J3"
    hdr = ["Our Code", "Keystone #", "Description", "Qty", "Unit", "Price (CAD)", "Ext (CAD)"]
    for c, h in enumerate(hdr, start=1):
        ws.cell(row=9, column=c, value=h).font = Font(bold=True)
    for r, ln in enumerate(lines, start=10):
        vals = [ln["customer_part"], ln["sku"], ln["description"], ln["quantity"], ln["puom"],
                ln["unit_price"], round(ext(ln), 2)]
        for c, v in enumerate(vals, start=1):
            ws.cell(row=r, column=c, value=v)
    r = 10 + len(lines) + 1
    ws.cell(row=r, column=6, value="Total")
    ws.cell(row=r, column=7, value=round(sum(ext(l) for l in lines), 2))
    ws.column_dimensions["C"].width = 36
    ws.column_dimensions["D"].width = 26
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


def e05():
    C = "Maple Crest Property Services"
    lines = [
        L("PNT-INT-EG-AW-1", "Eggshell Antique White 1 gal", 8, "EA", 29.75, "MC-PNT-07", "EA"),
        L("PNT-INT-EG-WH-1", "Eggshell White 1 gal", 4, "EA", 28.50, "MC-PNT-02", "EA"),
        L("PLB-SL-16", "Supply line 16in braided", 20, "EA", 5.60, "MC-PLB-11", "EA"),
        L("PLB-SL-20", "Supply line 20in braided", 10, "EA", 6.10, "MC-PLB-12", "EA"),
        L("PLB-WAX-FL", "Wax ring w/ flange", 12, "EA", 3.85, "MC-PLB-03", "EA"),
    ]
    body = """Hi,

Please see attached PO MC-55161 for the Bathurst building (unit turnovers).
Delivery any weekday morning; the super is on site from 8.

Best regards,
Jenna Kowalski
Maple Crest Property Services
200 Bay St, Suite 2800, Toronto, ON M5J 2J2
"""
    data = eml("Jenna Kowalski <jkowalski@maplecrestps.ca>", "PO MC-55161",
               "Tue, 01 Dec 2026 10:20:00 -0500", body, [att("MC-55161.xlsx", maplecrest_xlsx(lines), XLSX)],
               domain="maplecrestps.ca")
    exp = expected(C, "MC-55161", "2026-12-01", None, "CAD",
                   S("1450 Bathurst Apartments", "1450 Bathurst St", "Toronto", "ON", "M5R 3J3", "CA"), lines)
    write("e05_maplecrest_xlsx_property.eml", data, exp, "eml+xlsx",
          "Property block in the XLSX header cells (beside PO fields); head office in mail signature")


# E06 Prairie Sky - Deliver to school, explicit "do NOT send to Central Receiving"
def e06():
    C = "Prairie Sky School Division"
    lines = [
        L("FLT-20251-M8", "20x25x1 MERV 8", 2, "CS", puom="cases"),
        L("FLT-20251-M13", "20x25x1 MERV 13", 2, "CS", puom="cases"),
        L("BLT-A38", "A38 belts", 6, "EA"),
        L("CHM-STRP-5G", "floor stripper, 5 gal pails", 3, "EA"),
        L("CHM-FIN-5G", "floor finish, 5 gal pails", 4, "EA"),
    ]
    body = """Good afternoon,

PO: PS-2627-0221
PO date: Dec 3, 2026
Required date: December 11, 2026

Deliver to:
Meadowlark School
Attn: Head Caretaker
4820 53 Ave
Stettler, AB  T0C 2L0

Please do NOT route this through Central Receiving (6210 50 St, Red Deer) - they
are closed for inventory Dec 14-18 and the school needs the floor products before
the winter break.

2 cases  20x25x1 MERV 8
2 cases  20x25x1 MERV 13
6        A38 belts
3        floor stripper, 5 gal pails
4        floor finish, 5 gal pails

Pricing per our standing agreement.

Linh Nguyen
Purchasing, Prairie Sky School Division
"""
    data = eml("Linh Nguyen <lnguyen@prairiesky.ab.ca>", "PO PS-2627-0221 Meadowlark - direct delivery",
               "Thu, 03 Dec 2026 13:30:44 -0700", body, domain="prairiesky.ab.ca")
    exp = expected(C, "PS-2627-0221", "2026-12-03", "2026-12-11", None,
                   S("Meadowlark School", "4820 53 Ave", "Stettler", "AB", "T0C 2L0", "CA"), lines)
    write("e06_prairiesky_deliver_to_school.eml", data, exp, "eml-body",
          "Deliver To in body + a second address the buyer says NOT to use (central receiving)")


# E07 Fraser Peaks - Restaurant # with name/address fields, mentions another store
def e07():
    C = "Fraser Peaks Restaurant Group"
    lines = [
        L("CHM-DGR-1G", "Degreaser HD 4x1gal", 4, "CS", 52.00),
        L("JAN-RT-800-BR", "Roll towel brown 8in x 800ft", 8, "CS", 39.00),
        L("JAN-LNR-3858-BK", "Garbage bags 38x58 black", 3, "CS", 44.90),
        L("SAF-NIT-L", "Nitrile gloves L", 10, "BX", 8.90),
    ]
    body = """Hi there,

Order FP-0897, order date Dec 2, 2026.

Restaurant #: 118
Name: Fraser Peaks Lonsdale Quay
Address: 123 Carrie Cates Ct, North Vancouver, BC V7M 3K7

Same items we sent to Store 112 (4700 Kingsway, Burnaby) last week, but double the towels:

4 cs  Degreaser HD 4x1gal               @ 52.00
8 cs  Roll towel brown 8in x 800ft      @ 39.00
3 cs  Garbage bags 38x58 black          @ 44.90
10 bx Nitrile gloves L                  @ 8.90

Delivery through the loading bay off Carrie Cates Ct, before 11.

Cheers,
Marco Bellini
Kitchen Manager, Lonsdale Quay
"""
    data = eml("Marco Bellini <mbellini@fraserpeaks.ca>", "Order FP-0897 Lonsdale",
               "Wed, 02 Dec 2026 16:10:09 -0800", body, domain="fraserpeaks.ca")
    exp = expected(C, "FP-0897", "2026-12-02", None, None,
                   S("Fraser Peaks Lonsdale Quay", "123 Carrie Cates Ct", "North Vancouver", "BC", "V7M 3K7", "CA"),
                   lines)
    write("e07_fraserpeaks_restaurant_no.eml", data, exp, "eml-body",
          "Restaurant # / Name / Address fields in body; another store's address mentioned as a reference")


# E08 Albion - PDF attachment with Delivery Address; body repeats site access
def e08():
    C = "Albion Estates Management Ltd"
    lines = [
        L("PNT-INT-FL-WH-5", "Contract matt emulsion white 5 gal", 4, "EA", 86.00, puom="Each"),
        L("PNT-INT-SG-WH-1", "Semi-gloss white 1 gal", 6, "EA", 24.00, puom="Each"),
        L("PNT-RC-9-38", "9in roller sleeve short pile 3/8in", 12, "EA", 3.40, puom="Each"),
        L("PNT-TAPE-188", "Blue masking tape 48mm (1.88in) x 60yd", 12, "RL", 5.50, puom="Roll"),
    ]
    pdf = albion_pdf("AEM-PO-10467", "04/12/2026", "09/12/2026",
                     ["Marlowe House (Block B)", "Site Manager: T. Okafor", "9 Tanner Street", "London", "SE1 3LE"],
                     lines, ["Please quote the order number on all delivery notes and invoices.",
                             "Access via Tanner Street gate only."])
    body = """Dear Keystone,

Please find attached our purchase order AEM-PO-10467 for redecoration at Marlowe House.
Access is via the Tanner Street gate, 8am-4pm; the site manager is Tunde Okafor (07700 900461).

Kind regards,
Sophie Harrington
Procurement Officer
Albion Estates Management Ltd
4th Floor, 60 Gresham Street, London EC2V 7BB
"""
    data = eml("Sophie Harrington <s.harrington@albionestates.co.uk>", "Purchase Order AEM-PO-10467",
               "Fri, 04 Dec 2026 11:02:37 +0000", body, [att("AEM-PO-10467.pdf", pdf, PDF)],
               domain="albionestates.co.uk")
    exp = expected(C, "AEM-PO-10467", "2026-12-04", "2026-12-09", "GBP",
                   S("Marlowe House (Block B)", "9 Tanner Street", "London", None, "SE1 3LE", "GB"), lines)
    write("e08_albion_pdf_delivery_address.eml", data, exp, "eml+pdf",
          "Delivery Address in attached PDF with a site-manager line before the street (UK)")


# E09 Thistle & Crown - Deliver to in body, UK postcode without country
def e09():
    C = "Thistle & Crown Inns"
    lines = [
        L("CHM-BOWL-32", "acid bowl cleaner 32oz", 2, "CS", 33.00, puom="cases"),
        L("JAN-TT-2PLY-96", "toilet rolls 2-ply (96)", 4, "CS", 46.00, puom="cases"),
        L("JAN-LNR-4046-BK", "black sacks 40x46", 3, "CS", 27.50, puom="cases"),
        L("CHM-GLS-32", "glass cleaner trigger 32oz", 2, "CS", 31.00, puom="cases"),
    ]
    body = """Hiya,

Order ref TC-3402, order date 03/12/2026, for the Stag's Head please.

Deliver to:
The Stag's Head
3 Market Place
Kelso
TD5 7HF

2 cases acid bowl cleaner 32oz - \u00a333.00
4 cases toilet rolls 2-ply (96) - \u00a346.00
3 cases black sacks 40x46 - \u00a327.50
2 cases glass cleaner trigger 32oz - \u00a331.00

Prices per case as per your last quote. Cellar door is round the back on Horsemarket.

Cheers,
Fiona
Thistle & Crown Inns - Group Purchasing
22 Queen Street, Edinburgh EH2 1JX
"""
    data = eml("Fiona Baird <fiona.baird@thistlecrown.co.uk>", "Order TC-3402 Stag's Head",
               "Thu, 03 Dec 2026 15:47:12 +0000", body, domain="thistlecrown.co.uk")
    exp = expected(C, "TC-3402", "2026-12-03", None, "GBP",
                   S("The Stag's Head", "3 Market Place", "Kelso", None, "TD5 7HF", "GB"), lines)
    write("e09_thistlecrown_body_deliver_to.eml", data, exp, "eml-body",
          "Deliver to in body (UK postcode, no country line); head office in signature",
          "currency from the pound sign; dd/mm date")


# E10 Southern Cross - different ERP PDF, "Deliver To" with Attn line, AU
def sc_pdf2(lines):
    p = Pdf("A4", "Helvetica", title="SCF-450033", producer="CiA Financials")
    p.text(40, 46, "SOUTHERN CROSS FACILITIES", 13, bold=True)
    p.text(40, 60, "Integrated Facility Services", 8)
    p.rect(330, 30, 225, 70)
    p.kv(338, 44, [("Order Number", "SCF-450033"), ("Order Date", "04 Dec 2026"), ("Currency", "AUD"),
                   ("Requested By", "N. Papadopoulos")], lw=85, size=8.5)
    p.block(40, 110, "Supplier", KFS_AU[:3], size=8.5)
    p.block(40, 180, "Deliver To", ["Norwest Business Park - Building C", "Attn: Facilities Store, Ground Floor",
                                    "4 Columbia Court", "NORWEST NSW 2153"], size=8.5, w=250, box=True)
    p.block(305, 180, "Send Invoices To", ["Southern Cross Facilities Pty Ltd", "GPO Box 4410",
                                           "SYDNEY NSW 2001"], size=8.5, w=250, box=True)
    spec = [("Code", 60, "left", lambda l, i: l["customer_part"]),
            ("Description", 230, "left", lambda l, i: l["description"]),
            ("Qty", 40, "right", lambda l, i: q(l["quantity"])),
            ("UOM", 40, "center", lambda l, i: l["puom"]),
            ("Unit Price", 65, "right", lambda l, i: money(l["unit_price"])),
            ("Amount", 80, "right", lambda l, i: money(ext(l)))]
    y = p.table(40, 270, cols(spec), table_rows(lines, spec), size=8, grid=True, header_fill=(0.9, 0.9, 0.8))
    tot = sum(ext(l) for l in lines)
    p.kv(380, y + 8, [("Total ex GST", money(tot)), ("GST", money(tot * .1)), ("Total inc GST", money(tot * 1.1))],
         lw=90, size=8.5)
    return p.bytes()


def e10():
    C = "Southern Cross Facilities Pty Ltd"
    lines = [
        L("LMP-T8L4-15W-50K", "LED T8 1200mm 15W 5000K (25)", 2, "CS", 140.00, "10002910", "CTN"),
        L("LMP-T8L2-9W-40K", "LED T8 600mm 9W 4000K (25)", 1, "CS", 122.00, "10002915", "CTN"),
        L("LMP-F54T5HO-41K", "T5 HO 54W 840 fluoro (40)", 1, "CS", 170.00, "10002930", "CTN"),
    ]
    body = """Hi team,

Please find attached order SCF-450033 for Norwest. Please book the delivery with the
Facilities Store (02 9555 0440) 24h in advance.

Regards,
Nick Papadopoulos
Southern Cross Facilities | Contract Manager NSW West
"""
    data = eml("Nick Papadopoulos <n.papadopoulos@southerncrossfm.com.au>", "Order SCF-450033",
               "Fri, 04 Dec 2026 14:12:55 +1100", body,
               [att("SCF-450033.pdf", sc_pdf2(lines), PDF)], domain="southerncrossfm.com.au")
    exp = expected(C, "SCF-450033", "2026-12-04", None, "AUD",
                   S("Norwest Business Park - Building C", "4 Columbia Court", "Norwest", "NSW", "2153", "AU"), lines)
    write("e10_southerncross_pdf_deliver_to.eml", data, exp, "eml+pdf",
          "Deliver To box in attached PDF with Attn/floor line before street (AU)")


# E11 Banksia - "Clinic:" + "Address:" in body, no prices, no date
def e11():
    C = "Banksia Medical Centres"
    lines = [
        L("CHM-QDIS-1G", "Quat disinfectant 4x1gal", 2, "CS", puom="ctn"),
        L("CHM-BLCH-1G", "Bleach 6x1gal", 1, "CS", puom="ctn"),
        L("SAF-NIT-M", "Nitrile gloves medium", 10, "BX", puom="bx"),
        L("JAN-CFOLD-WH", "C-fold towel white", 4, "CS", puom="ctn"),
    ]
    body = """Hi Keystone,

PO number BMC-2026-1203 - monthly consumables.

Clinic: Banksia Medical Centre Geelong
Address: 88 Ryrie Street, Geelong VIC 3220
Contact: Reception, 03 5555 0311 (deliveries 9-5)

2 ctn  Quat disinfectant 4x1gal
1 ctn  Bleach 6x1gal
10 bx  Nitrile gloves medium
4 ctn  C-fold towel white

Please invoice head office (Level 5, 500 Collins Street, Melbourne VIC 3000).

Thanks,
Priya Raman
Practice Manager
"""
    data = eml("Priya Raman <praman@banksiamedical.com.au>", "PO BMC-2026-1203 Geelong",
               "Mon, 07 Dec 2026 09:05:31 +1100", body, domain="banksiamedical.com.au")
    exp = expected(C, "BMC-2026-1203", None, None, None,
                   S("Banksia Medical Centre Geelong", "88 Ryrie Street", "Geelong", "VIC", "3220", "AU"), lines)
    write("e11_banksia_clinic_body.eml", data, exp, "eml-body",
          "Clinic: / Address: lines in body; head office invoice address also in body")


# E12 Ironbark - XLSX attachment with "Job Site" rows
def ironbark_xlsx(lines):
    wb = Workbook()
    ws = wb.active
    ws.title = "Order"
    rows = [["IRONBARK CONSTRUCTIONS PTY LTD"], ["Site Order"], [],
            ["Order No", "IBC-QLD-7741"], ["Date", "05/12/2026"], ["Required", "09/12/2026"],
            ["Job Site", "Ipswich Hospital Carpark - Stage 2"],
            ["Job Site Address", "18 Chelmsford Avenue"], ["", "Ipswich QLD 4305"],
            ["Site Contact", "Mel Hart 0423 555 772"], [],
            ["Item", "Description", "Qty", "UOM", "Rate (AUD)", "Amount (AUD)"]]
    for r in rows:
        ws.append(r)
    for c in range(1, 7):
        ws.cell(row=12, column=c).font = Font(bold=True)
    ws["A1"].font = Font(bold=True, size=13)
    for i, ln in enumerate(lines, start=1):
        ws.append([i, ln["description"], ln["quantity"], ln["puom"], ln["unit_price"], round(ext(ln), 2)])
    ws.append([])
    ws.append(["", "", "", "", "Total ex GST", round(sum(ext(l) for l in lines), 2)])
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 38
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


def e12():
    C = "Ironbark Constructions Pty Ltd"
    lines = [
        L("FST-HCS-1213-200", "Hex set screw 1/2-13 x 2 (25)", 4, "BX", 19.50, puom="BX"),
        L("FST-WA-12-4", "Wedge anchor 1/2 x 4 (25)", 6, "BX", 44.00, puom="BX"),
        L("PNT-MARK-YEL-18", "Marking paint yellow (12)", 2, "CS", 89.00, puom="CTN"),
        L("SAF-GLS-CLR", "Safety specs clear", 24, "EA", 3.60, puom="EA"),
        L("SAF-PLUG-200", "Ear plugs uncorded (200pr)", 2, "BX", 26.00, puom="BX"),
    ]
    body = """Morning,

Order attached for the Ipswich carpark job. Please deliver to the job site per the sheet,
not to our West End office.

Mel Hart
Site Manager | Ironbark Constructions
"""
    data = eml("Mel Hart <mhart@ironbarkconstructions.com.au>", "Site order IBC-QLD-7741 Ipswich",
               "Sat, 05 Dec 2026 06:44:02 +1000", body,
               [att("IBC-QLD-7741.xlsx", ironbark_xlsx(lines), XLSX)], domain="ironbarkconstructions.com.au")
    exp = expected(C, "IBC-QLD-7741", "2026-12-05", "2026-12-09", "AUD",
                   S("Ipswich Hospital Carpark - Stage 2", "18 Chelmsford Avenue", "Ipswich", "QLD", "4305", "AU"),
                   lines)
    write("e12_ironbark_xlsx_job_site.eml", data, exp, "eml+xlsx",
          "Job Site / Job Site Address rows in the attached XLSX (address split across two rows)")


# E13 Lakeshore - "Send to Store #4" prose in body, no prices, no date
def e13():
    C = "Lakeshore Diner Co."
    lines = [
        L("CHM-DGR-1G", "degreaser", 3, "CS", puom="cs"),
        L("CHM-BLCH-1G", "bleach", 2, "CS", puom="cs"),
        L("JAN-RT-800-BR", "brown roll towels 800'", 4, "CS", puom="cs"),
        L("JAN-LNR-3858-BK", "black liners 38x58", 1, "CS", puom="cs"),
    ]
    body = """Hey guys - PO LD-1214.

Please send to Lakeshore Diner #4 (Store #4), 1870 N Clybourn Ave, Chicago, IL 60614.
Back door off the alley, deliveries before 10am only or they won't sign.

3 cs degreaser
2 cs bleach
4 cs brown roll towels 800'
1 cs black liners 38x58

Tony
Lakeshore Diner Co.
"""
    data = eml("Tony Russo <tony@lakeshorediner.com>", "order for store 4",
               "Mon, 07 Dec 2026 06:15:00 -0600", body, domain="lakeshorediner.com")
    exp = expected(C, "LD-1214", None, None, None,
                   S("Lakeshore Diner #4", "1870 N Clybourn Ave", "Chicago", "IL", "60614", "US"), lines)
    write("e13_lakeshore_store4_prose.eml", data, exp, "eml-body",
          "Store # inside a 'send to' sentence with delivery restriction")


# E14 Harbor Point - PDF from property-management software: Property + Property Address
def hp_pdf3(lines):
    p = Pdf("letter", "Helvetica", title="PO 24131", producer="PropertyOne Payables")
    p.text(306, 40, "Harbor Point Property Management", 13, bold=True, align="center")
    p.text(306, 54, "Purchase Order", 10, align="center")
    p.kv(40, 84, [("PO #", "24131"), ("Order Date", "11/30/2026"), ("Expense Type", "Repairs - Electrical")],
         lw=80, size=9)
    p.kv(330, 84, [("Property", "1200 Commonwealth Apartments (hp1200)"),
                   ("Property Address", "1200 Commonwealth Ave"), ("", "Boston, MA 02134")], lw=90, size=9)
    p.block(40, 140, "Vendor", ["Keystone Facility Supply (kfs001)", "1200 Industrial Pkwy",
                                 "Allentown, PA 18109"], size=9)
    p.block(330, 140, "Remit Invoices To", ["Harbor Point Property Management", "One Marina Park Drive, Suite 900",
                                            "Boston, MA 02210"], size=9)
    spec = [("Item", 90, "left", lambda l, i: l["sku"]),
            ("Description", 230, "left", lambda l, i: l["description"]),
            ("Qty", 40, "right", lambda l, i: q(l["quantity"])),
            ("Unit Price", 70, "right", lambda l, i: money(l["unit_price"])),
            ("Amount", 80, "right", lambda l, i: money(ext(l)))]
    y = p.table(40, 210, cols(spec), table_rows(lines, spec), size=8.5, header_fill=(0.9, 0.9, 0.9))
    tot = sum(ext(l) for l in lines)
    p.kv(400, y + 8, [("Total", money(tot))], lw=80)
    p.text(40, y + 40, "Ship to property address unless otherwise noted.", 8)
    return p.bytes()


def e14():
    C = "Harbor Point Property Management"
    lines = [
        L("ELC-REC-15-WH", "Duplex receptacle 15A white", 50, "EA", 2.95),
        L("ELC-REC-20-WH", "Duplex receptacle 20A white", 20, "EA", 3.60),
        L("ELC-WP-1G-DUP-WH", "Wall plate 1-gang duplex white", 50, "EA", 0.85),
        L("ELC-WN-YEL-100", "Wire nuts yellow 100/bx", 2, "BX", 9.70),
        L("ELC-GFCI-20-IV", "GFCI 20A ivory", 6, "EA", 19.40),
        L("LMP-A19-14W-50K", "LED A19 14W 5000K (100W eq) 6pk", 4, "PK", 22.40),
    ]
    body = """Hi,

PO 24131 attached for 1200 Comm. Thanks!

--
Greg Sullivan | Maintenance Supervisor
Harbor Point Property Management
"""
    data = eml("Greg Sullivan <gsullivan@harborpointpm.com>", "PO 24131",
               "Mon, 30 Nov 2026 15:33:09 -0500", body, [att("PO_24131.pdf", hp_pdf3(lines), PDF)],
               domain="harborpointpm.com")
    exp = expected(C, "24131", "2026-11-30", None, None,
                   S("1200 Commonwealth Apartments", "1200 Commonwealth Ave", "Boston", "MA", "02134", "US"), lines)
    write("e14_harborpoint_pdf_property.eml", data, exp, "eml+pdf",
          "Property / Property Address key-value fields in attached PDF; 'Remit Invoices To' block beside vendor",
          "ship_to.name without the '(hp1200)' property code")


# E15 Cedar Valley - no delivery address anywhere (ship_to null)
def e15():
    C = "Cedar Valley Unified School District"
    lines = [
        L("FLT-16251-M13", "16x25x1 MERV 13", 4, "CS", 66.00),
        L("FLT-20251-M13", "20x25x1 MERV 13", 4, "CS", 66.00),
        L("FLT-16252-M8", "16x25x2 MERV 8", 2, "CS", 49.20),
    ]
    body = """Hello,

Please process PO 2027-00471, PO Date 11/30/2026.

  4 cs  16x25x1 MERV 13   $66.00/cs
  4 cs  20x25x1 MERV 13   $66.00/cs
  2 cs  16x25x2 MERV 8    $49.20/cs

Please confirm availability and lead time.

Maria Lopez
Buyer II, Purchasing
(559) 555-0412
"""
    data = eml("Maria Lopez <mlopez@cvusd.org>", "PO 2027-00471 filters",
               "Mon, 30 Nov 2026 11:48:10 -0800", body, domain="cvusd.org")
    exp = expected(C, "2027-00471", "2026-11-30", None, None, None, lines)
    write("e15_cvusd_no_address.eml", data, exp, "eml-body",
          "No delivery address at all -> ship_to null")


# E16 not an order - ship-to address change notice
def e16():
    C = "Harbor Point Property Management"
    body = """Hi Keystone,

Please update your records for our 88 Atlantic Residences account. Effective
January 4, 2027, all deliveries should go to the new garage receiving entrance:

    88 Atlantic Residences - Garage Receiving
    90 Atlantic Ave
    Boston, MA 02110

Hours stay the same (Mon-Fri 8-3). No order attached - this is just an address update;
open POs should follow the new address after Jan 4.

Thanks,
Dana Whitcomb
Purchasing Coordinator | Harbor Point Property Management
"""
    data = eml("Dana Whitcomb <dwhitcomb@harborpointpm.com>", "Address change - 88 Atlantic receiving",
               "Thu, 03 Dec 2026 10:00:12 -0500", body, domain="harborpointpm.com")
    write("n2_harborpoint_address_change.eml", data, not_order(C), "eml-body",
          "not an order (ship-to address change notice)")


# E17 not an order - delivery status inquiry for an existing PO
def e17():
    C = "Tillman & Roarke Builders"
    body = """Keystone,

Checking on PO TR-J2291-014. Our super says nothing has shown up at the Brazos Commons
job site (4100 S Congress Ave, Austin TX 78745, gate 3) and it was due 12/07.
That order had the 6 bx of 1/2 x 4 wedge anchors and the 10 bx of 1/4 x 1-3/4 concrete screws.

Can you send tracking or a new ETA? Please don't re-ship until you confirm.

Thanks,
Carla Jimenez
Project Coordinator, Tillman & Roarke Builders
"""
    data = eml("Carla Jimenez <cjimenez@tillmanroarke.com>", "RE: PO TR-J2291-014 - not received",
               "Mon, 07 Dec 2026 08:20:41 -0600", body, domain="tillmanroarke.com")
    write("n3_tillman_status_inquiry.eml", data, not_order(C), "eml-body",
          "not an order (where-is-my-order inquiry naming the job site)")


# E18 Pennine - forwarded order, forwarder redirects to a different clinic
def e18():
    C = "Pennine Health Clinics Ltd"
    lines = [
        L("PLB-AER-15", "Tap aerators 1.5gpm", 6, "EA"),
        L("CHM-SOAP-F1000", "Foam soap refills 1000ml (case of 6)", 3, "CS", puom="cases"),
        L("JAN-RT-800-WH", "White roll towel 800ft (case of 6)", 2, "CS", puom="cases"),
    ]
    body = """Keystone - please process the order below (our ref PHC-PO-5530), but deliver it to
the Pudsey Clinic, 40 Lowtown, Pudsey, LS28 7AA - NOT Horsforth as Gemma wrote.
Horsforth is closed for refurbishment until the 18th.

Thanks,
Helen Marsh
Procurement, Pennine Health Clinics Ltd

---------- Forwarded message ---------
From: Gemma Lister <g.lister@penninehealth.co.uk>
Date: Fri, 4 Dec 2026 at 16:22
Subject: supplies order PHC-PO-5530
To: Helen Marsh <hmarsh@penninehealth.co.uk>

Hi Helen, can you send this to Keystone please?

Deliver to:
Horsforth Clinic
7 Town Street
Leeds
LS18 4RJ

6 x Tap aerators 1.5gpm
3 cases Foam soap refills 1000ml (case of 6)
2 cases White roll towel 800ft (case of 6)

Thanks, Gemma
"""
    data = eml("Helen Marsh <hmarsh@penninehealth.co.uk>", "Fwd: supplies order PHC-PO-5530",
               "Mon, 07 Dec 2026 08:31:56 +0000", body, domain="penninehealth.co.uk")
    exp = expected(C, "PHC-PO-5530", None, None, None,
                   S("Pudsey Clinic", "40 Lowtown", "Pudsey", None, "LS28 7AA", "GB"), lines)
    write("e18_pennine_forward_redirect.eml", data, exp, "eml-body",
          "Forwarded order: quoted 'Deliver to' overridden by the forwarder's note above it")


ALL = [e01, e02, e03, e04, e05, e06, e07, e08, e09, e10, e11, e12, e13, e14, e15, e16, e17, e18]
