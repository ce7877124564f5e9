import os
from common import *
from docs_pdf import ST
from layouts import fmin
TO = "Meridian Orders <orders@meridianlms.com>"
E = []
def em(file, frm, subj, date, body, label, html=None, attachments=(), to=TO, cc=None):
    E.append((file, frm, subj, date, body, label, html, attachments, to, cc))
def PO(cust, po, od, rd, cur, st, lines):
    d = {"kind": "purchase_order", "customer": cust, "po_number": po, "order_date": od}
    if rd != "-": d["requested_date"] = rd
    if cur != "-": d["currency"] = cur
    if st != "-": d["ship_to"] = st
    d["lines"] = lines
    return d
NOT = {"kind": "not_an_order", "lines": []}

em("41_prairie_plain_reorder.eml", "Donna Pruitt <office@prairiefamilyclinic.com>", "Re: order", "Thu, 03 Dec 2026 11:20:09 -0600",
"""Hi there,

Can you add these to our account, we need them next week:

4 bx gloves medium
2 bx gloves small (nitrile, the blue ones)
1 case urine cups (the 4oz sterile)
2 boxes of the 25g 5/8 needles
3 boxes alcohol prep pads, medium

Thanks!
Donna

Donna Pruitt, Office Manager
Prairie Family Clinic
402-555-0163

> On Nov 30, 2026, at 4:48 PM, Donna Pruitt <office@prairiefamilyclinic.com> wrote:
> Hello, our order is attached. Thanks! Donna
""", PO("Prairie Family Clinic", None, None, "-", None, None, [
    line("GLN-M", "gloves medium", 4, "BX"), line("GLN-S", "gloves small (nitrile, the blue ones)", 2, "BX"),
    line("SPC-120", "urine cups (the 4oz sterile)", 1, "CS"), line("NDL-25-58", "25g 5/8 needles", 2, "BX"),
    line("SWB-ALC", "alcohol prep pads, medium", 3, "BX")]))

em("42_mesaverde_correction_thread.eml", "Rosa Delgado <rdelgado@mesaverdeuc.com>", "RE: PO MV-2026-0437 Oracle Rd", "Mon, 07 Dec 2026 08:05:51 -0700",
"""Sorry, one change - make the 27g needles 6 boxes not 4. Everything else the same.

Rosa

-----Original Message-----
From: Rosa Delgado <rdelgado@mesaverdeuc.com>
Sent: Sunday, December 6, 2026 6:40 PM
To: Meridian Orders <orders@meridianlms.com>
Subject: PO MV-2026-0437 Oracle Rd

PO MV-2026-0437 for Oracle Rd:

- SYR-3-LS 3ml luer slip x 5 bx
- 27G 1/2" needles x 4 bx
- 2x2 gauze sterile x 6 bx
- Ethanol 70% spray x 12

Thanks
Rosa Delgado
Clinic Supervisor, Mesa Verde Urgent Care
""", PO("Mesa Verde Urgent Care", "MV-2026-0437", None, None, None, "-", [
    line("SYR-3-LS", "3ml luer slip", 5, "BX"), line("NDL-27-12", "27G 1/2\" needles", 6, "BX"),
    line("GZ-22-S", "2x2 gauze sterile", 6, "BX"), line("DIS-ETH-500", "Ethanol 70% spray", 12, None)]))

em("43_kensalgreen_plain.eml", "Amira Hussain <reception@kensalgreendental.co.uk>", "Order KGD-1208", "Tue, 08 Dec 2026 09:12:44 +0000",
"""Hiya,

Could we get the following please:

2 x boxes of the orange needles (25G x 16mm)
10 x boxes nitrile gloves size small
1 x sharps bin 1 litre
2 bottles of the hand gel 500ml

PO: KGD-1208

Thanks,
Amira
Practice Manager, Kensal Green Dental Practice
""", PO("Kensal Green Dental Practice", "KGD-1208", None, None, None, None, [
    line("NDL-25-58", "orange needles (25G x 16mm)", 2, "BX"), line("GLN-S", "nitrile gloves size small", 10, "BX"),
    line("SHP-1", "sharps bin 1 litre", 1, "EA"), line("DIS-GEL-500", "hand gel 500ml", 2, "BT")]))

em("44_nwft_forwarded_ward_request.eml", "Sarah Holt <sarah.holt@nwft.nhs.uk>", "FW: URGENT Ward 22 PPE - order NWF-PO-0419640", "Fri, 04 Dec 2026 13:48:02 +0000",
"""Hi Meridian,

Please process the below under order NWF-PO-0419640 (raised today 04/12/2026). Delivery direct to the ward please - details below.

Deliver to:
Ward 22 - Northfield General Hospital
Pendle Road
Preston
PR2 9HT

Kind regards
Sarah Holt
Buyer, Procurement Department
Northfield and Wyre NHS Foundation Trust

From: Chloe Barker (Ward 22 Sister) <chloe.barker@nwft.nhs.uk>
Sent: 04 December 2026 11:02
To: Holt Sarah <sarah.holt@nwft.nhs.uk>
Subject: URGENT Ward 22 PPE

Hi Sarah, we have an outbreak on the ward and are very low. Could you get these ordered ASAP:
FFP3 masks (valved) x 5 boxes
Type IIR masks x 10 boxes
white aprons x 6 rolls
sharps bins 1L x 20
Thanks, Chloe

This e-mail and any attachments are confidential. If you are not the intended recipient please notify the sender and delete it.
""", PO("Northfield and Wyre NHS Foundation Trust", "NWF-PO-0419640", "2026-12-04", None, None,
    ST("Ward 22 - Northfield General Hospital", "Pendle Road", "Preston", None, "PR2 9HT", None), [
    line("MSK-FFP3V", "FFP3 masks (valved)", 5, "BX"), line("MSK-IIR", "Type IIR masks", 10, "BX"),
    line("APR-PE-W", "white aprons", 6, "RL"), line("SHP-1", "sharps bins 1L", 20, None)]))

em("45_svm_email_po01915.eml", "SVM Hospital Purchase <purchase@svmhospital.in>", "Requirement of Syringes & Needles - PO No. SVMH/PUR/2026-27/01915", "Sat, 05 Dec 2026 16:10:29 +0530",
"""Dear Sir,

Greetings from SVM Hospital.

Please supply the following items against our PO No. SVMH/PUR/2026-27/01915 dated 05/12/2026 at the earlier agreed rates:

1. Insulin syringe 1ml (29G) - 40 boxes
2. 2ml disposable syringe - 50 boxes
3. Hypodermic needle 26G x 1/2" - 20 boxes
4. Blood collection tube EDTA (lavender) 2ml - 30 boxes

Delivery to our Central Stores within 3 days. Kindly send the invoice along with the material.

Thanks & Regards,
K. Srinivasa Rao
Purchase Officer
Sri Venkateshwara Multispeciality Hospital
Ph: 040-2335 1100 Extn 412
""", PO("Sri Venkateshwara Multispeciality Hospital", "SVMH/PUR/2026-27/01915", "2026-12-05", "-", None, "-", [
    line("SYR-INS-1", "Insulin syringe 1ml (29G)", 40, "BX"), line(None, "2ml disposable syringe", 50, "BX"),
    line(None, "Hypodermic needle 26G x 1/2\"", 20, "BX"), line("BCT-EDTA-2", "Blood collection tube EDTA (lavender) 2ml", 30, "BX")]))

em("46_hartmann_nachbestellung.eml", "Sabine Wolters <einkauf@labor-hartmann.de>", "Nachbestellung B-2026-0889", "Mon, 07 Dec 2026 10:31:15 +0100",
"""Hallo Frau Visser,

bitte liefern Sie uns folgende Artikel:

- 5 VE Filterspitzen 200 µl (PT-200F-RK)
- 5 VE Filterspitzen 1000 µl (PT-1000F-RK)
- 2 Kartons Kryoröhrchen 2 ml Außengewinde
- 20 Flaschen Ethanol 70 % Sprühflasche 500 ml

Unsere Bestellnummer: B-2026-0889
Liefertermin spätestens 11.12.2026.

Vielen Dank und freundliche Grüße
Sabine Wolters
Einkauf / Materialwirtschaft
MVZ Labor Dr. Hartmann & Kollegen
Aachener Straße 312, 50933 Köln
""", PO("MVZ Labor Dr. Hartmann & Kollegen", "B-2026-0889", None, "2026-12-11", None, "-", [
    line("PT-200F-RK", "Filterspitzen 200 µl", 5, "PK"), line("PT-1000F-RK", "Filterspitzen 1000 µl", 5, "PK"),
    line("CRV-2", "Kryoröhrchen 2 ml Außengewinde", 2, "CS"), line("DIS-ETH-500", "Ethanol 70 % Sprühflasche 500 ml", 20, "BT")]))

em("47_delinde_bestelling_mail.eml", "Ineke Bakker <assistentes@praktijkdelinde.nl>", "bestelling handschoenen e.d.", "Mon, 07 Dec 2026 14:02:27 +0100",
"""Hallo,

Wij willen graag bestellen:

3 doosjes handschoenen nitril maat M
2 doosjes maat S
1 pak gaasjes 5x5 cm niet steriel
5 x naaldencontainer 2 liter

Bij voorbaat dank,
Ineke
Huisartsenpraktijk De Linde
""", PO("Huisartsenpraktijk De Linde", None, None, None, None, None, [
    line("GLN-M", "handschoenen nitril maat M", 3, "BX"), line("GLN-S", "handschoenen nitril maat S", 2, "BX"),
    line("GZ-22-NS", "gaasjes 5x5 cm niet steriel", 1, "PK"), line("SHP-2", "naaldencontainer 2 liter", 5, None)]))

em("48_umhlangavet_plain.eml", "Dr Pieter Venter <pieter@umhlangavet.co.za>", "order pls", "Mon, 07 Dec 2026 07:31:54 +0200",
"""Hey,

Please send asap:
- 10 x boxes 23G needles (1 inch)
- 5 boxes 3ml syringes luer lock
- 2 boxes 1ml tuberculin syringes
- 1 x 5L isopropyl alcohol 70%
- 2 boxes latex gloves small

Our order ref: UVC 0419

Cheers,
Pieter

Sent from my iPhone
""", PO("Umhlanga Veterinary Clinic", "UVC 0419", None, None, None, None, [
    line("NDL-23-1", "23G needles (1 inch)", 10, "BX"), line("SYR-3-LL", "3ml syringes luer lock", 5, "BX"),
    line("SYR-1-TB", "1ml tuberculin syringes", 2, "BX"), line("DIS-IPA-5L", "5L isopropyl alcohol 70%", 1, None),
    line("GLL-S", "latex gloves small", 2, "BX")]))

helix_rows = [("PT-10-RK", "10ul tips racked, non-filter", 10, "PK", 25.00), ("PT-200-RK", "200ul tips racked", 10, "PK", 23.00),
              ("MCT-15", "1.5ml tubes natural", 10, "BG", 11.50), ("RG-DIW-5L", "DI water 5L", 4, "EA", 9.50)]
htxt = "\n".join(f"{r[0]:<10}| {r[1]:<30}| {r[2]:>3} | {r[3]:<3} | {r[4]:.2f}" for r in helix_rows)
hhtml = "".join(f"<tr><td>{r[0]}</td><td>{r[1]}</td><td>{r[2]}</td><td>{r[3]}</td><td>{r[4]:.2f}</td></tr>" for r in helix_rows)
em("49_helix_table_email.eml", "Wei Jie Tan <weijie.tan@helixgenomics.sg>", "PO HGA-PO-2026-0322", "Fri, 04 Dec 2026 10:55:40 +0800",
f"""Hi Meridian,

Please process the order below.

PO: HGA-PO-2026-0322 | Date: 04/12/2026 | Required: 14/12/2026

Cat No    | Description                   | Qty | UOM | Unit Price (SGD)
{htxt}

Deliver to: Helix Genomics Asia, 1 Fusionopolis Way #09-02, Singapore 138632

Thanks
Wei Jie
Lab Operations, Helix Genomics Asia
""", PO("Helix Genomics Asia Pte Ltd", "HGA-PO-2026-0322", "2026-12-04", "2026-12-14", "SGD",
    ST("Helix Genomics Asia", "1 Fusionopolis Way #09-02", "Singapore", None, "138632", None),
    [line(r[0], r[1], r[2], r[3], r[4]) for r in helix_rows]),
 html=f"""<html><body><p>Hi Meridian,</p><p>Please process the order below.</p>
<p><b>PO:</b> HGA-PO-2026-0322 | <b>Date:</b> 04/12/2026 | <b>Required:</b> 14/12/2026</p>
<table border="1" cellpadding="3"><tr><th>Cat No</th><th>Description</th><th>Qty</th><th>UOM</th><th>Unit Price (SGD)</th></tr>{hhtml}</table>
<p>Deliver to: Helix Genomics Asia, 1 Fusionopolis Way #09-02, Singapore 138632</p><p>Thanks<br>Wei Jie<br>Lab Operations, Helix Genomics Asia</p></body></html>""")

em("50_capebiolabs_fw_repeat_order.eml", "Nadia Adams <nadia@capebiolabs.co.za>", "FW: tips order", "Tue, 08 Dec 2026 12:19:03 +0200",
"""Hi

Please repeat the order below but double the tips and leave out the gloves this time (we still have plenty).
New PO no. is CBL-PO-2026-156.

Thanks
Nadia

---------- Forwarded message ---------
From: Nadia Adams <nadia@capebiolabs.co.za>
Date: Tue, 13 Oct 2026 at 09:02
Subject: tips order
To: Meridian Orders <orders@meridianlms.com>

Hi, please send on PO CBL-PO-2026-117:
5 bags 200ul yellow tips (bulk)
5 bags 1000ul blue tips (bulk)
10 boxes nitrile gloves M
4 bags 1.5ml microtubes
Prices as per quote: tips R185.00/bag and R225.00/bag, gloves R118.00, tubes R210.00.
Thanks
Nadia
""", PO("Cape Biolabs (Pty) Ltd", "CBL-PO-2026-156", None, None, "-", None, [
    line("PT-200-BLK", "200ul yellow tips (bulk)", 10, "BG"), line("PT-1000-BLK", "1000ul blue tips (bulk)", 10, "BG"),
    line("MCT-15", "1.5ml microtubes", 4, "BG")]))

em("51_unknown_holt_family_medicine.eml", "Sandra Holt MD <sholtmd.office@gmail.com>", "Order request - new customer", "Thu, 03 Dec 2026 19:44:31 -0700",
"""Hi,

I found your catalog online and would like to order the following for my practice:

- 2 boxes of nitrile gloves, large (100 count)
- 1 box of 3 ml luer-lock syringes
- 1 box of 22 gauge 1 inch needles
- 1 sharps container, the 2 gallon red one

Ship to:
Holt Family Medicine
415 W Bannock St, Suite 2
Boise, ID 83702

Please send the invoice to this email address. I'm happy to pay by card.

Thank you,
Sandra Holt, MD
Holt Family Medicine
(208) 555-0119
""", PO("Holt Family Medicine", None, None, None, None, ST("Holt Family Medicine", "415 W Bannock St", "Boise", "ID", "83702", None), [
    line("GLN-L", "nitrile gloves, large (100 count)", 2, "BX"), line("SYR-3-LL", "3 ml luer-lock syringes", 1, "BX"),
    line("NDL-22-1", "22 gauge 1 inch needles", 1, "BX"), line("SHP-76", "sharps container, the 2 gallon red one", 1, "EA")]))

em("52_kims_lab_email.eml", "Central Lab KIMS <centrallab@kims-mysuru.edu.in>", "Supply order - Lab consumables - Ref KIMS/LAB/PO/2026/118", "Thu, 03 Dec 2026 12:25:18 +0530",
"""Dear Sir,

Kindly supply following items for our Central Laboratory at the earliest:

1) Giemsa stain 500ml - 6 bottles
2) Gram stain kit (4 x 250ml) - 4 kits
3) Glass slides frosted end - 50 boxes
4) Cover slips 22x22 mm - 20 boxes
5) Formalin 10% buffered (5 ltr can) - 10 cans

Our Ref: KIMS/LAB/PO/2026/118 dt. 03.12.2026

Delivery address:
Central Laboratory, KIMS Hospital
Bannur Road, Siddarthanagar
Mysuru - 570011
Karnataka

Regards,
Dr. R. Shankar
HOD, Laboratory Services
Kaveri Institute of Medical Sciences
""", PO("Kaveri Institute of Medical Sciences", "KIMS/LAB/PO/2026/118", "2026-12-03", None, None,
    ST("Central Laboratory, KIMS Hospital", "Bannur Road, Siddarthanagar", "Mysuru", "Karnataka", "570011", None), [
    line("RG-GIEM-500", "Giemsa stain 500ml", 6, "BT"), line("RG-GRAM-KIT", "Gram stain kit (4 x 250ml)", 4, "KT"),
    line("SLD-FR", "Glass slides frosted end", 50, "BX"), line("CVG-22", "Cover slips 22x22 mm", 20, "BX"),
    line("RG-NBF-5L", "Formalin 10% buffered (5 ltr can)", 10, "EA")]))

em("53_bioverde_quote_prices.eml", "Joost Hendriks <j.hendriks@bioverde.nl>", "Order IO-26-0480", "Mon, 07 Dec 2026 15:41:22 +0100",
"""Hi,

Could you please send us the following (prices from your quote Q-NL-2211):

- 4x Agarose LE 500 g à € 330,00
- 10x TAE buffer 50x 1 L à € 34,50
- 2x Parafilm M à € 37,00

PO number: IO-26-0480
Delivery to our usual address in Wageningen.

Met vriendelijke groet / Kind regards,
Joost Hendriks
Research Technician
BioVerde Research B.V.
""", PO("BioVerde Research B.V.", "IO-26-0480", None, None, "EUR", "-", [
    line("RG-AGAR-500", "Agarose LE 500 g", 4, None, 330.00), line("RG-TAE-1L", "TAE buffer 50x 1 L", 10, None, 34.50),
    line("PARA-4", "Parafilm M", 2, None, 37.00)]))

em("54_coastalpath_urgent.eml", "Ben Nguyen <purchasing@coastalpath.com.au>", "URGENT - flocked swabs w/ UTM", "Tue, 08 Dec 2026 08:03:12 +1000",
"""Hi team,

URGENT - we are almost out of the flocked swabs with UTM. Please send 30 boxes SWB-FLK-UTM today via overnight courier on PO CPS-PO-77201.
Deliver to the main lab, 14 Lawson Crescent Southport QLD 4215.

Thanks
Ben
""", PO("Coastal Pathology Services Pty Ltd", "CPS-PO-77201", None, "-", None,
    ST(None, "14 Lawson Crescent", "Southport", "QLD", "4215", None), [line("SWB-FLK-UTM", "flocked swabs with UTM", 30, "BX")]))

em("55_lakeview_skus_direct.eml", "Priya Anand <panand@lakeviewstate.edu>", "PO LSU-P0214780 - PPE for Anand lab", "Tue, 08 Dec 2026 10:14:59 -0600",
"""Hi Meridian,

Please ship on PO LSU-P0214780:

GLN-S x 10
GLN-M x 20
LC-M x 2
LC-L x 2
CAP-BF-21 x 3

Ship to: LSU Central Receiving, 455 Observatory Drive, Madison WI 53706, Attn: Anand Lab

Thanks,
Priya

Priya Anand, PhD
Lab Manager, Anand Lab - Molecular Genetics
Lakeview State University
""", PO("Lakeview State University", "LSU-P0214780", None, None, None, ST("LSU Central Receiving", "455 Observatory Drive", "Madison", "WI", "53706", None), [
    line("GLN-S", "GLN-S", 10, None), line("GLN-M", "GLN-M", 20, None), line("LC-M", "LC-M", 2, None), line("LC-L", "LC-L", 2, None), line("CAP-BF-21", "CAP-BF-21", 3, None)]))

em("56_eastgate_oneliner.eml", "Leanne Marsh <admin@eastgatemedical.com.au>", "needles", "Tue, 08 Dec 2026 13:27:06 +1100",
"""Hi, could you please send 2 boxes of the 25g 5/8 orange needles. Thanks Leanne
""", PO("Eastgate Medical Centre", None, None, None, None, None, [line("NDL-25-58", "25g 5/8 orange needles", 2, "BX")]))

karoo_rows = [("10", "300209", "GLOVE SURG STERILE LATEX SIZE 7", "10", "BOX", "GLS-70"), ("20", "300100", "SWAB GAUZE 100X100MM 8PLY STERILE", "40", "BOX", "GZ-10-S"),
              ("30", "300500", "TAPE MICROPOROUS 25MM X 9.1M", "10", "BOX", "TAPE-MP-1"), ("40", "300601", "SHARPS CONTAINER 5 LITRE", "30", "EA", "SHP-5")]
krows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td align='right'>{d}</td><td>{e}</td></tr>" for a, b, c, d, e, _ in karoo_rows)
em("57_karoo_html_only.eml", "Thandeka Mokoena <procurement@karoovalley.co.za>", "Order 4100010034", "Thu, 03 Dec 2026 11:48:30 +0200", None,
   PO("Karoo Valley Hospital", "4100010034", "2026-12-03", "2026-12-11", None, ST(None, "23 Church Street", "Graaff-Reinet", None, "6280", None),
      [line(r[5], r[2], int(r[3]), r[4], None, r[1]) for r in karoo_rows]),
   html=f"""<html><body style="font-family:Calibri,Arial"><p>Good day</p>
<p>Please supply the following against purchase order <b>4100010034</b> dated 03/12/2026:</p>
<table border="1" cellspacing="0" cellpadding="4"><tr style="background:#ddd"><th>Item</th><th>Material</th><th>Description</th><th>Qty</th><th>Unit</th></tr>{krows}</table>
<p>Delivery to: Stores, 23 Church Street, Graaff-Reinet 6280 by 2026/12/11.</p>
<p>Regards<br>Thandeka Mokoena<br>Procurement Clerk<br>Karoo Valley Hospital<br>Tel: 049 555 0132</p>
<p style="font-size:8pt;color:#888">Disclaimer: This message is intended for the addressee only.</p></body></html>""")

em("58_unknown_oakleigh_carehome.eml", "Margaret Ellis <manager@oakleighcarehome.co.uk>", "Order please", "Mon, 07 Dec 2026 10:09:44 +0000",
"""Hello,

We're a residential care home and a colleague recommended you. We'd like to order:

20 boxes vinyl gloves medium
20 boxes vinyl gloves large
10 rolls of white aprons
5 x 5L hand sanitiser refills

Delivery to:
Oakleigh Care Home
14 Beech Grove
Harrogate
HG2 0LT

Could you invoice us? Our purchase order number is OCH/1226/03.

Many thanks,
Margaret Ellis
Registered Manager, Oakleigh Care Home
01423 555 018
""", PO("Oakleigh Care Home", "OCH/1226/03", None, None, None, ST("Oakleigh Care Home", "14 Beech Grove", "Harrogate", None, "HG2 0LT", None), [
    line("GLV-M", "vinyl gloves medium", 20, "BX"), line("GLV-L", "vinyl gloves large", 20, "BX"),
    line("APR-PE-W", "white aprons", 10, "RL"), line("DIS-GEL-5L", "5L hand sanitiser refills", 5, None)]))

em("59_tanjong_amendment_reply.eml", "Jasmine Lim <procurement@tanjongmedical.com.sg>", "RE: PO TMG/PO/26/1210", "Tue, 08 Dec 2026 09:40:18 +0800",
"""Hi Meridian,

Please amend PO TMG/PO/26/1210 as follows:
- item 2 (N95 1870+): change qty from 10 to 15 boxes
- item 3: cancel
Rest unchanged, same delivery to Central Store.

Thanks.

Best regards,
Jasmine Lim
Procurement Executive
Tanjong Medical Group Pte Ltd

-----Original Message-----
From: Jasmine Lim
Sent: Sunday, 6 December 2026 4:12 PM
To: Meridian Orders
Subject: PO TMG/PO/26/1210

Dear Meridian, please supply under PO TMG/PO/26/1210 dated 06/12/2026:

1. TMG-ND23  Needle 23G x 1"                      20 BX
2. TMG-MK95  N95 Respirator 3M 1870+               10 BX
3. TMG-GZ04  Gauze 4x4 non-sterile 12ply           10 PKT
4. TMG-SY10  Syringe 10ml Luer Lock                10 BX

Deliver to Central Store, 71 Ubi Crescent #05-12, Singapore 408571.
""", PO("Tanjong Medical Group Pte Ltd", "TMG/PO/26/1210", "2026-12-06", None, None,
    ST(None, "71 Ubi Crescent #05-12", "Singapore", None, "408571", None), [
    line("NDL-23-1", "Needle 23G x 1\"", 20, "BX", None, "TMG-ND23"), line("MSK-1870", "N95 Respirator 3M 1870+", 15, "BX", None, "TMG-MK95"),
    line("SYR-10-LL", "Syringe 10ml Luer Lock", 10, "BX", None, "TMG-SY10")]))

em("60_avonbridge_quick.eml", "Gareth Pryce <g.pryce@avonbridge-analytical.co.uk>", "quick order", "Tue, 08 Dec 2026 16:55:01 +0000",
"""Hi,

Can you send 3 x 2.5L ethanol absolute (RG-ETOH-25L) @ £52.00 each on PO-AVB-03340. Next day if poss.

Cheers
Gareth
""", PO("Avonbridge Analytical Ltd", "PO-AVB-03340", None, "-", "GBP", None, [line("RG-ETOH-25L", "ethanol absolute 2.5L", 3, None, 52.00)]))

# ---------------- not orders
em("62_helix_quote_request.eml", "Wei Jie Tan <weijie.tan@helixgenomics.sg>", "RFQ - filter tips and cryovials for 2027", "Mon, 07 Dec 2026 17:02:11 +0800",
"""Hi Meridian,

We are preparing our 2027 budget and would like a quotation (not an order yet) for the following annual quantities:

- 10ul filter tips, racked sterile (PT-10F-RK): 120 packs
- 200ul filter tips, racked sterile (PT-200F-RK): 150 packs
- Cryovials 2ml internal thread: 24 cases

Please include volume pricing and lead times, and validity of at least 60 days. We will raise a PO once approved.

Thanks
Wei Jie
Lab Operations, Helix Genomics Asia
""", NOT)

em("64_meridian_order_acknowledgement.eml", "Meridian Order Desk <orderdesk@meridianlms.com>", "Order Acknowledgement SO-118223 - your PO PO-0087341", "Tue, 01 Dec 2026 09:00:12 -0500",
"""Order Acknowledgement

Thank you for your order. This is to confirm we have received and entered your purchase order.

Customer:       St. Brendan Regional Medical Center (acct 0041187)
Your PO:        PO-0087341
Our order:      SO-118223
Est. ship date: 12/04/2026

Ln  Item         Description                               Qty  UOM   Price
1   GLN-M        GLOVE EXAM NITRILE PF BLUE M 100/BX        40  BX     5.95
2   GLN-L        GLOVE EXAM NITRILE PF BLUE L 100/BX        40  BX     5.95
3   GLN-S        GLOVE EXAM NITRILE PF BLUE S 100/BX        20  BX     5.95
4   SYR-10-LL    SYRINGE 10ML LUER LOCK 100/BX              12  BX    15.20
5   NDL-25-58    NEEDLE HYPO 25G X 5/8IN ORANGE 100/BX      10  BX     6.10
6   SWB-ALC      PAD ALCOHOL PREP 70% IPA MEDIUM 200/BX     30  BX     2.95
7   SHP-76       SHARPS CONTAINER 2 GAL 7.6L RED            24  EA     4.85
8   MSK-L3       MASK PROCEDURE EARLOOP ASTM L3 BLUE 50/BX  15  BX     7.10

If any details are incorrect, please reply within 24 hours.

Meridian Lab & Medical Supply - Order Desk
""", NOT, to="Kelechi Okafor <kokafor@stbrendanmed.org>", cc="Meridian Orders <orders@meridianlms.com>")

em("65_nwft_complaint_wrong_size.eml", "Sarah Holt <sarah.holt@nwft.nhs.uk>", "Complaint - incorrect goods on NWF-PO-0419382", "Wed, 09 Dec 2026 10:22:40 +0000",
"""Hi,

Our delivery against order NWF-PO-0419382 arrived yesterday but line 1 was wrong: we received 50 boxes of LARGE nitrile gloves (FTR33613) instead of 50 boxes of MEDIUM (FTR33612). The boxes are unopened and held in Stores.

Please arrange collection of the incorrect items and send the correct medium gloves as a replacement at no charge - please do not raise a new invoice. Could you also let me know why this happened, as it is the second time this quarter.

Kind regards
Sarah Holt
Buyer, Procurement Department
Northfield and Wyre NHS Foundation Trust
""", NOT)

def invoice():
    s = dict(fmt="A4", buyer=["Meridian Lab & Medical Supply", "1450 Commerce Park Dr, Suite 200, Indianapolis, IN 46268", "ar@meridianlms.com  |  Tax ID 35-2210487"], title="INVOICE",
             hdr=[("Invoice No:", "INV-2026-18832"), ("Invoice Date:", "12/04/2026"), ("Customer PO:", "HPD-5521"), ("Terms:", "Net 30"), ("Due Date:", "01/03/2027")],
             blocks=[("Bill To", ["Harborpoint Diagnostics LLC", "Attn: AP", "1601 Thames St, Suite 300", "Baltimore, MD 21231"])],
             cols=[("Item", 30, "L", "vcode"), ("Description", 80, "L", "desc"), ("Qty", 14, "R", "qty"), ("Unit", 12, "L", "uom"), ("Price", 24, "R", "price"), ("Amount", 30, "R", "ext")],
             extras=[("Shipping", "amt", 25.0)], lbl_tot="Amount Due (USD)", notes=["Remit to: Meridian Lab & Medical Supply, PO Box 66120, Indianapolis IN 46266. Thank you for your business."], footer="Meridian Lab & Medical Supply",
             lines=[("", None, "SWB-FLK-UTM", "SWAB FLOCKED NP W/ UTM 3ML TUBE KIT 50/BX", 10, "BX", 96.00), ("", None, "SPC-BAG-69", "BAG SPECIMEN BIOHAZARD 6X9IN 1000/CS", 2, "CS", 47.00),
                    ("", None, "BCT-SST-35", "TUBE BLOOD SST GEL 3.5ML GOLD 13X75 100/BX", 8, "BX", 24.50), ("", None, "BCT-EDTA-2", "TUBE BLOOD EDTA K2 2ML LAVENDER 13X75 100/BX", 8, "BX", 20.50),
                    ("", None, "BBS-23", "BLOOD COLLECTION SET BUTTERFLY 23G 50/BX", 4, "BX", 38.50), ("", None, "GLN-XS", "GLOVE EXAM NITRILE PF BLUE XS 100/BX", 6, "BX", 6.40)])
    p = os.path.join(TMP, "INV-2026-18832.pdf"); fmin(s, p)
    em("63_harborpoint_invoice_forward.eml", "Harborpoint AP <ap@harborpointdx.com>", "FW: Invoice INV-2026-18832", "Tue, 08 Dec 2026 11:30:27 -0500",
"""Hello,

Forwarding the attached invoice for your records - this has been approved and will be paid in our next check run (12/15). No action needed on your side unless the remittance address has changed.

Thanks,
Harborpoint Diagnostics - Accounts Payable
""", NOT, attachments=[(p, "application/pdf")])

if __name__ == "__main__":
    invoice()
    for (file, frm, subj, date, body, label, html, atts, to, cc) in E:
        make_eml(file, frm, to, subj, date, body, list(atts), html=html, cc=cc)
        write_label(file, label)
    print("emails:", len(E))
