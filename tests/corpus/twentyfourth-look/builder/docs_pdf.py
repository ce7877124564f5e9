import os
from common import *
from layouts import LAYOUTS

MER = ["Meridian Lab & Medical Supply", "1450 Commerce Park Dr, Suite 200", "Indianapolis, IN 46268"]
MER_EU = ["Meridian LMS Europe B.V.", "Waalhaven Oostzijde 81", "3087 BM Rotterdam", "Niederlande"]
MER_IN = ["M/s Meridian LMS India Pvt. Ltd.", "4th Floor, Techno Park, Andheri (E)", "Mumbai - 400093, Maharashtra", "GSTIN: 27AAGCM4412K1Z5"]

def ST(name, street, city, region, postal, country):
    d = {"name": name, "street": street, "city": city, "region": region, "postal_code": postal, "country": country}
    return {k: v for k, v in d.items() if v is not None}

DOCS = []
def doc(**k): DOCS.append(k)

# ---------- P01
doc(file="01_stbrendan_po0087341.eml", layout="hospital", cust="St. Brendan Regional Medical Center",
    frm="Kelechi Okafor <kokafor@stbrendanmed.org>", subj="Purchase Order PO-0087341", date="Mon, 30 Nov 2026 10:02:11 -0500",
    body="Please see attached PO PO-0087341. Acknowledge receipt and confirm ship date.\n\nThank you,\nKelechi Okafor\nBuyer II, Supply Chain\nSt. Brendan Regional Medical Center\n614-555-0187\n",
    att="PO-0087341.pdf", po="PO-0087341", od="2026-11-30", rd="2026-12-07", cur="USD",
    st=ST("St. Brendan Regional Medical Center", "2200 Hollis Avenue", "Columbus", "OH", "43214", None),
    s=dict(buyer=["St. Brendan Regional Medical Center", "Supply Chain Services", "2200 Hollis Avenue, Columbus, OH 43214", "Tel 614-555-0100  Fax 614-555-0199"],
           hdr=[("PO Number:", "PO-0087341"), ("PO Date:", "11/30/2026"), ("Revision:", "0")],
           vendor=MER + ["Vendor #: 0041187"], bill=["St. Brendan Regional Medical Center", "Accounts Payable", "PO Box 1820", "Columbus, OH 43216"],
           ship=["St. Brendan Regional Medical Center", "2200 Hollis Avenue", "Columbus, OH 43214", "Attn: Receiving - Dock B"],
           meta=[("Buyer", "K. Okafor"), ("Dept", "Central Supply"), ("Terms", "Net 45"), ("FOB", "Destination"), ("Ship Via", "Best Way"), ("Required", "12/07/2026")],
           cols=[("Ln", 22, "C", "ln"), ("Item #", 48, "L", "part"), ("Vendor Item", 62, "L", "vcode"), ("Description", 176, "L", "desc"), ("Qty", 36, "R", "qty"), ("UOM", 32, "C", "uom"), ("Unit Cost", 62, "R", "price"), ("Ext Cost", 102, "R", "ext")],
           extras=[("Freight", "amt", 45.0), ("Sales Tax (exempt)", "amt", 0.0)], lbl_tot="PO Total (USD)",
           notes=["All amounts in USD. PO number must appear on all packing slips and invoices.", "Deliveries accepted Mon-Fri 6:00-14:30."]),
    lines=[("GLN-M", "100234", "GLN-M", "GLOVE EXAM NITRILE MED PF", 40, "BX", 5.95), ("GLN-L", "100235", "GLN-L", "GLOVE EXAM NITRILE LRG PF", 40, "BX", 5.95),
           ("GLN-S", "100233", "GLN-S", "GLOVE EXAM NITRILE SM PF", 20, "BX", 5.95), ("SYR-10-LL", "204410", "SYR-10-LL", "SYRINGE 10ML LL W/O NEEDLE", 12, "BX", 15.20),
           ("NDL-25-58", "204512", "NDL-25-58", "NEEDLE HYPO 25GA X 5/8\"", 10, "BX", 6.10), ("SWB-ALC", "301100", "SWB-ALC", "PREP PAD ALCOHOL MED STERILE", 30, "BX", 2.95),
           ("SHP-76", "550076", "SHP-76", "CONTAINER SHARPS 2GAL RED", 24, "EA", 4.85), ("MSK-L3", "412003", "MSK-L3", "MASK PROC EARLOOP LVL3 BLUE", 15, "BX", 7.10)])

# ---------- P02 multipage
doc(file="02_stbrendan_po0087512_multipage.eml", layout="hospital", cust="St. Brendan Regional Medical Center",
    frm="Supply Chain Services <scs-noreply@stbrendanmed.org>", subj="St. Brendan RMC - Purchase Order PO-0087512", date="Thu, 03 Dec 2026 06:15:40 -0500",
    body="This purchase order was generated automatically by the St. Brendan RMC materials management system.\nDo not reply to this mailbox. Questions: Kelechi Okafor, kokafor@stbrendanmed.org, 614-555-0187.\n\nPO: PO-0087512\nAttachment: PO-0087512.pdf\n",
    att="PO-0087512.pdf", po="PO-0087512", od="2026-12-03", rd="2026-12-14", cur="USD",
    st=ST("St. Brendan Outpatient Laboratory", "3100 Olentangy River Rd, Bldg C", "Columbus", "OH", "43202", None),
    s=dict(accent="#3a2d6b", buyer=["St. Brendan Regional Medical Center", "Supply Chain Services", "2200 Hollis Avenue, Columbus, OH 43214"],
           hdr=[("PO Number:", "PO-0087512"), ("PO Date:", "12/03/2026"), ("Revision:", "0")],
           vendor=MER + ["Vendor #: 0041187"], bill=["St. Brendan Regional Medical Center", "Accounts Payable", "PO Box 1820", "Columbus, OH 43216"],
           ship=["St. Brendan Outpatient Laboratory", "3100 Olentangy River Rd, Bldg C", "Columbus, OH 43202"],
           meta=[("Buyer", "K. Okafor"), ("Dept", "Outpt Lab 7710"), ("Terms", "Net 45"), ("FOB", "Destination"), ("Required", "12/14/2026")],
           cols=[("Ln", 22, "C", "ln"), ("Item #", 48, "L", "part"), ("Vendor Item", 62, "L", "vcode"), ("Description", 176, "L", "desc"), ("Qty", 36, "R", "qty"), ("UOM", 32, "C", "uom"), ("Unit Cost", 62, "R", "price"), ("Ext Cost", 102, "R", "ext")],
           extras=[("Freight", "amt", 0.0)], lbl_tot="PO Total (USD)", notes=["Partial shipments allowed. Backorders: notify buyer within 24h."]),
    lines=[("GLN2-M", "100310", "GLN2-M", "GLOVE EXAM NITRILE LAVENDER MEDIUM 200 PER BOX THIN MIL NOT CHEMO RATED", 30, "BX", 9.40),
           ("GLN2-L", "100311", "GLN2-L", "GLOVE EXAM NITRILE LAVENDER LARGE 200 PER BOX THIN MIL NOT CHEMO RATED", 30, "BX", 9.40),
           ("GLN2-S", "100309", "GLN2-S", "GLOVE EXAM NITRILE LAVENDER SMALL 200 PER BOX THIN MIL NOT CHEMO RATED", 10, "BX", 9.40),
           ("GLN2-XL", "100312", "GLN2-XL", "GLOVE EXAM NITRILE LAVENDER X-LARGE 200 PER BOX THIN MIL", 6, "BX", 9.40),
           ("GLV-L", "100402", "GLV-L", "GLOVE VINYL POWDER FREE CLEAR LARGE GENERAL USE NON-STERILE", 20, "BX", 3.50),
           ("BCT-EDTA-4", "220104", "BCT-EDTA-4", "TUBE BLOOD COLLECTION K2EDTA 4.0ML 13X75MM LAVENDER HEMOGARD CLOSURE PLASTIC", 25, "BX", 21.10),
           ("BCT-SST-5", "220131", "BCT-SST-5", "TUBE BLOOD COLLECTION SST GEL CLOT ACTIVATOR 5.0ML 13X100MM GOLD HEMOGARD", 25, "BX", 25.40),
           ("BCT-CIT-27", "220150", "BCT-CIT-27", "TUBE BLOOD COLLECTION 3.2% BUFFERED NA CITRATE 2.7ML LIGHT BLUE", 10, "BX", 26.30),
           ("BCT-HEP-4", "220160", "BCT-HEP-4", "TUBE BLOOD COLLECTION LITHIUM HEPARIN 4.0ML GREEN 13X75MM", 12, "BX", 23.90),
           ("BCT-FLU-4", "220170", "BCT-FLU-4", "TUBE BLOOD COLLECTION NA FLUORIDE POTASSIUM OXALATE 4ML GRAY", 4, "BX", 22.50),
           ("BCN-21", "220210", "BCN-21", "NEEDLE MULTIPLE SAMPLE 21G X 1-1/2IN GREEN HUB FOR TUBE HOLDER", 20, "BX", 17.40),
           ("BCH-1", "220220", "BCH-1", "HOLDER TUBE ONE-USE CLEAR STANDARD 13/16MM", 8, "PK", 14.60),
           ("BBS-23", "220240", "BBS-23", "SET BLOOD COLLECTION WINGED 23G X 3/4IN 12IN TUBING W/ SAFETY SHIELD", 15, "BX", 38.00),
           ("BBS-21", "220241", "BBS-21", "SET BLOOD COLLECTION WINGED 21G X 3/4IN 12IN TUBING W/ SAFETY SHIELD", 5, "BX", 38.00),
           ("SWB-ALC-LG", "301102", "SWB-ALC-LG", "PAD PREP ALCOHOL 70% ISOPROPYL LARGE 2-PLY STERILE", 10, "BX", 3.95),
           ("GZ-22-S", "302210", "GZ-22-S", "SPONGE GAUZE 2X2 12PLY STERILE 2S IN PEEL POUCH", 20, "BX", 3.70),
           ("TAPE-MP-1", "303001", "TAPE-MP-1", "TAPE PAPER HYPOALLERGENIC 1IN X 10YD WHITE", 10, "BX", 5.80),
           ("SPC-BAG-69", "330690", "SPC-BAG-69", "BAG SPECIMEN TRANSPORT 6X9 BIOHAZARD 3-WALL ZIPLOCK W/ DOCUMENT POUCH", 4, "CS", 46.00),
           ("SPC-120", "330120", "SPC-120", "CONTAINER SPECIMEN 4OZ STERILE SCREW LID INDIVIDUALLY WRAPPED", 6, "CS", 23.50),
           ("SHP-2", "550020", "SHP-2", "CONTAINER SHARPS 2 LITER YELLOW VERTICAL ENTRY", 48, "EA", 2.45),
           ("DIS-BLCH-150", "600150", "DIS-BLCH-150", "WIPE DISINFECTANT BLEACH GERMICIDAL 6X10.5 150/CANISTER", 36, "EA", 10.10),
           ("DIS-WIPE-160", "600160", "DIS-WIPE-160", "WIPE DISINFECTANT QUAT ALCOHOL 6X6.75 160/CANISTER", 48, "EA", 8.60),
           ("MSK-1870", "412870", "MSK-1870", "RESPIRATOR N95 FLAT FOLD AURA 1870+ UNIVERSAL - FIT TESTED DEPTS ONLY", 10, "BX", 31.00),
           ("MSK-L2", "412002", "MSK-L2", "MASK PROC EARLOOP LVL2 BLUE", 12, "BX", 5.80),
           ("CAP-BF-24", "413024", "CAP-BF-24", "CAP BOUFFANT 24IN BLUE SPUNBOND", 6, "PK", 4.20),
           ("GWN-ISO-L2", "414002", "GWN-ISO-L2", "GOWN ISOLATION FLUID RESISTANT AAMI LEVEL 2 YELLOW UNIVERSAL THUMB LOOPS", 20, "PK", 8.20)])

TERMS_LSU = ["Terms and Conditions: This order is subject to Lakeview State University standard terms and conditions available at purchasing.lakeviewstate.edu/terms. The University is exempt from state sales tax (Cert. WI-ES-00381). Invoice must reference the PO number; invoices referencing requisition numbers will be returned. Payment terms Net 30 from receipt of correct invoice."]
# ---------- P03
doc(file="03_lakeview_p0214577.eml", layout="university", cust="Lakeview State University",
    frm="LSU Procurement Services <purchasing@lakeviewstate.edu>", subj="PO LSU-P0214577 from Lakeview State University", date="Tue, 01 Dec 2026 14:31:05 -0600",
    body="Dear Supplier,\n\nAttached is Purchase Order LSU-P0214577. Please reference this PO number on all shipping documents and invoices.\n\nLSU Procurement Services\npurchasing@lakeviewstate.edu | (608) 555-0140\n",
    att="LSU-P0214577.pdf", po="LSU-P0214577", od="2026-12-01", rd="2026-12-15", cur="USD",
    st=ST("LSU Central Receiving", "455 Observatory Drive", "Madison", "WI", "53706", None),
    s=dict(buyer=["Lakeview State University", "Procurement Services - 21 N Park St, Madison, WI 53715"], po_label="PO Number:", po="LSU-P0214577",
           vendor=MER + ["Supplier No. V000418"], ship=["LSU Central Receiving", "455 Observatory Drive", "Madison, WI 53706", "Attn: Dr. M. Feld, Biochem Rm 331"],
           bill=["Lakeview State University", "Accounts Payable", "PO Box 8871", "Madison, WI 53708"],
           meta=[("Order Date", "December 1, 2026"), ("Requisition #", "R-0098812"), ("Buyer", "T. Lindqvist"), ("Requester", "M. Feld"), ("Department", "Biochemistry"), ("Deliver By", "12/15/2026")],
           cols=[("Line", 30, "C", "ln"), ("Commodity", 58, "L", "hsn"), ("Catalog #", 70, "L", "vcode"), ("Description", 170, "L", "desc"), ("Qty", 34, "R", "qty"), ("UOM", 34, "C", "uom"), ("Unit Price", 58, "R", "price"), ("Ext. Price", 86, "R", "ext")],
           extras=[("Shipping & Handling", "amt", 0.0)], lbl_tot="Total USD", terms=TERMS_LSU),
    lines=[("PT-200F-RK", None, "PT-200F-RK", "Filter tips 200 uL, sterile, racked", 6, "PK", 44.80, "41121803"), ("PT-1000F-RK", None, "PT-1000F-RK", "Filter tips 1000 uL, sterile, racked", 6, "PK", 50.90, "41121803"),
           ("PT-10F-RK", None, "PT-10F-RK", "Filter tips 10 uL, sterile, racked", 4, "PK", 46.50, "41121803"), ("MCT-15-LB", None, "MCT-15-LB", "Low-retention microtubes 1.5 mL", 5, "PK", 28.00, "41121807"),
           ("CRV-2", None, "CRV-2", "Cryogenic vials 2.0 mL, externally threaded", 2, "CS", 86.00, "41121807")])

# ---------- P04
doc(file="04_lakeview_p0214702.eml", layout="university", cust="Lakeview State University",
    frm="Priya Anand <panand@lakeviewstate.edu>", subj="FW: PO LSU-P0214702 from Lakeview State University", date="Fri, 04 Dec 2026 11:12:44 -0600",
    body="Hi Meridian team - forwarding the PO for our agarose/TAE order, the system sends it to an old address sometimes. Please ship to Hasler Hall, not Central Receiving.\n\nPriya Anand, PhD\nLab Manager, Anand Lab - Molecular Genetics\n\n-----Original Message-----\nFrom: LSU Procurement Services <purchasing@lakeviewstate.edu>\nSent: Friday, December 4, 2026 9:02 AM\nTo: Anand, Priya <panand@lakeviewstate.edu>\nSubject: PO LSU-P0214702 from Lakeview State University\n\nAttached is Purchase Order LSU-P0214702.\n",
    att="LSU-P0214702.pdf", po="LSU-P0214702", od="2026-12-04", rd=None, cur="USD",
    st=ST("Lakeview State University", "1210 University Ave", "Madison", "WI", "53706", None),
    s=dict(accent="#1d4d2c", buyer=["Lakeview State University", "Procurement Services - 21 N Park St, Madison, WI 53715"], po_label="PO Number:", po="LSU-P0214702",
           vendor=MER, ship=["Lakeview State University", "1210 University Ave", "Madison, WI 53706", "Attn: Dr. P. Anand, Hasler Hall B120"],
           bill=["Lakeview State University", "Accounts Payable", "PO Box 8871", "Madison, WI 53708"],
           meta=[("Order Date", "12/04/2026"), ("Requisition #", "R-0099140"), ("Buyer", "T. Lindqvist"), ("Requester", "P. Anand"), ("Department", "Genetics"), ("Ship Method", "Ground")],
           cols=[("Line", 30, "C", "ln"), ("Catalog #", 80, "L", "vcode"), ("Description", 220, "L", "desc"), ("Qty", 34, "R", "qty"), ("UOM", 34, "C", "uom"), ("Unit Price", 58, "R", "price"), ("Ext. Price", 84, "R", "ext")],
           extras=[], lbl_tot="Total USD", terms=TERMS_LSU),
    lines=[("RG-AGAR-500", None, "RG-AGAR-500", "Agarose, low EEO, molecular biology grade, 500 g", 1, "EA", 329.00), ("RG-TAE-1L", None, "RG-TAE-1L", "TAE buffer 50X concentrate, 1 liter", 4, "BT", 34.50),
           ("RG-ETOH-25L", None, "RG-ETOH-25L", "Ethanol absolute 200 proof ACS, 2.5 L", 2, "BT", 54.00)])

# ---------- P05 letter
doc(file="05_prairie_po2026-118.eml", layout="letter", cust="Prairie Family Clinic",
    frm="Donna Pruitt <office@prairiefamilyclinic.com>", subj="order", date="Mon, 30 Nov 2026 16:48:02 -0600",
    body="Hello, our order is attached. Thanks! Donna\n\nDonna Pruitt, Office Manager\nPrairie Family Clinic\n402-555-0163\n",
    att="Prairie PO 2026-118.pdf", po="2026-118", od="2026-11-30", rd="2026-12-11", cur="USD",
    st=ST("Prairie Family Clinic", "8120 W Dodge Rd", "Omaha", "NE", "68114", None),
    s=dict(page="letter", buyer=["Prairie Family Clinic", "8120 W Dodge Rd, Suite 4  -  Omaha, Nebraska 68114", "Phone 402-555-0160  -  Fax 402-555-0161"],
           date_line="November 30, 2026", vendor=["Meridian Lab & Medical Supply", "Customer Service", "1450 Commerce Park Dr, Suite 200", "Indianapolis, IN 46268"],
           subject="Purchase Order No. 2026-118", intro=["Dear Sir or Madam,", "Please supply the following items at your current pricing:"],
           cols=[("Item", 40, "C", "ln"), ("Description", 250, "L", "desc"), ("Quantity", 60, "R", "qty"), ("Unit", 50, "C", "uom"), ("Price", 70, "R", "price")],
           show_totals=True, extras=[], lbl_tot="Total", cur_sym="$",
           outro=["Please deliver to our clinic at 8120 W Dodge Rd, Suite 4, Omaha, NE 68114. We would appreciate delivery by Friday, December 11.", "Invoice to the same address, attention Accounts."],
           signoff=["Sincerely,", "", "Donna Pruitt", "Office Manager"]),
    lines=[("GLN-M", None, None, "Nitrile exam gloves, medium (blue, 100 ct)", 6, "box", 6.40), ("GLN-L", None, None, "Nitrile exam gloves, large", 4, "box", 6.40),
           ("GZ-44-NS", None, None, "Gauze sponges 4x4 non-sterile 12 ply", 5, "pk", 5.40), ("NDL-23-1", None, None, "Hypodermic needles 23G x 1\"", 3, "box", 6.50),
           ("SYR-3-LL", None, None, "3 mL syringes, luer lock", 3, "box", 12.50)])

# ---------- P06 fmin
doc(file="06_harborpoint_hpd5521.eml", layout="fmin", cust="Harborpoint Diagnostics LLC",
    frm="Marcus Bell <mbell@harborpointdx.com>", subj="PO HPD-5521", date="Wed, 02 Dec 2026 08:40:19 -0500",
    body="Morning,\n\nPO HPD-5521 attached - collection supplies. Need by the 9th please.\n\nMarcus\n--\nMarcus Bell | Lab Operations | Harborpoint Diagnostics\n",
    att="HPD-5521.pdf", po="HPD-5521", od="2026-12-02", rd="2026-12-09", cur="USD",
    st=ST("Harborpoint Diagnostics", "1601 Thames St", "Baltimore", "MD", "21231", "US"),
    s=dict(fmt="letter", buyer=["Harborpoint Diagnostics LLC", "1601 Thames St, Suite 300, Baltimore, MD 21231", "(410) 555-0192"],
           hdr=[("PO #:", "HPD-5521"), ("Date:", "2026-12-02"), ("Need by:", "2026-12-09"), ("Currency:", "USD")],
           blocks=[("Supplier", MER), ("Ship to", ["Harborpoint Diagnostics", "1601 Thames St, Suite 300", "Baltimore, MD 21231", "USA"])],
           cols=[("#", 8, "L", "ln"), ("Our Code", 24, "L", "part"), ("Your Code", 26, "L", "vcode"), ("Description", 62, "L", "desc"), ("Qty", 12, "R", "qty"), ("Unit", 12, "L", "uom"), ("Price", 22, "R", "price"), ("Amount", 24, "R", "ext")],
           extras=[("Shipping", "amt", 25.0)], notes=["Questions: mbell@harborpointdx.com"], footer="Harborpoint Diagnostics LLC"),
    lines=[("SWB-FLK-UTM", "HP-COL-014", "SWB-FLK-UTM", "NP flocked swab + UTM 3mL", 10, "BX", 96.00), ("SPC-BAG-69", "HP-SHP-002", "SPC-BAG-69", "Biohazard specimen bags 6x9", 2, "CS", 47.00),
           ("BCT-SST-35", "HP-COL-003", "BCT-SST-35", "SST 3.5mL gold top", 8, "BX", 24.50), ("BCT-EDTA-2", "HP-COL-001", "BCT-EDTA-2", "EDTA 2mL lavender 13x75", 8, "BX", 20.50),
           ("BBS-23", "HP-COL-009", "BBS-23", "Butterfly 23G safety set", 4, "BX", 38.50), ("GLN-XS", "HP-PPE-010", "GLN-XS", "Nitrile gloves XS", 6, "BX", 6.40)])

# ---------- P07 letter (no prices)
doc(file="07_mesaverde_mv2026-0412.eml", layout="letter", cust="Mesa Verde Urgent Care",
    frm="Rosa Delgado <rdelgado@mesaverdeuc.com>", subj="Supply order MV-2026-0412", date="Tue, 01 Dec 2026 13:05:55 -0700",
    body="Hi,\nPlease process the attached order for our Oracle Rd clinic.\n\nRosa Delgado\nClinic Supervisor\nMesa Verde Urgent Care\n",
    att="MV-2026-0412.pdf", po="MV-2026-0412", od="2026-12-01", rd=None, cur=None,
    st=ST("Mesa Verde Urgent Care - Oracle Rd", "6440 N Oracle Rd", "Tucson", "AZ", "85704", None),
    s=dict(page="letter", lhfont="Helvetica-Bold", buyer=["MESA VERDE URGENT CARE", "6440 N Oracle Rd  |  3920 E Grant Rd  |  Tucson, Arizona", "www.mesaverdeuc.com"],
           date_line="12/01/26", vendor=["Meridian Lab & Medical Supply", "orders@meridianlms.com"], subject="PURCHASE ORDER #MV-2026-0412",
           intro=["Please ship the following to our Oracle Rd location:"],
           cols=[("Item No.", 80, "L", "vcode"), ("Description", 260, "L", "desc"), ("Qty", 50, "R", "qty"), ("Unit", 60, "C", "uom")],
           outro=["Ship to: Mesa Verde Urgent Care - Oracle Rd, 6440 N Oracle Rd, Tucson, AZ 85704.", "Bill per our account terms. Call with any backorders."],
           signoff=["Thank you,", "Rosa Delgado, Clinic Supervisor", "(520) 555-0114"]),
    lines=[("SYR-1-TB", None, "SYR-1-TB", "Tuberculin syringe 1 mL", 2, "box", None), ("NDL-27-12", None, "NDL-27-12", "27G x 1/2\" needles", 2, "box", None),
           ("GZ-22-S", None, "GZ-22-S", "2x2 sterile gauze", 4, "box", None), ("TAPE-SLK-1", None, "TAPE-SLK-1", "Silk tape 1\"", 2, "box", None),
           ("SWB-CTN-S", None, "SWB-CTN-S", "Sterile cotton applicators 6\"", 2, "box", None), ("SPC-120", None, "SPC-120", "Urine cups sterile 4 oz", 3, "case", None),
           ("MSK-L1", None, "MSK-L1", "Procedure masks level 1", 10, "box", None)])

# ---------- P08 NHS (hospital A4)
doc(file="08_nwft_po0419382.eml", layout="hospital", cust="Northfield and Wyre NHS Foundation Trust",
    frm="NWFT Procurement <procurement.orders@nwft.nhs.uk>", subj="Official Order NWF-PO-0419382", date="Mon, 30 Nov 2026 15:20:00 +0000",
    body="Please find attached an official purchase order from Northfield and Wyre NHS Foundation Trust.\n\nGoods will not be receipted without the order number quoted on the delivery note. Invoices to be sent to nwft.invoices@nhs.net quoting the order number.\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error please notify the sender.\n",
    att="NWF-PO-0419382.pdf", po="NWF-PO-0419382", od="2026-11-30", rd="2026-12-07", cur="GBP",
    st=ST("Northfield General Hospital - Stores", "Pendle Road", "Preston", "Lancashire", "PR2 9HT", None),
    s=dict(page="A4", accent="#005EB8", title="OFFICIAL ORDER", buyer=["Northfield and Wyre NHS Foundation Trust", "Procurement Department, Northfield General Hospital", "Pendle Road, Preston PR2 9HT"],
           hdr=[("Order No:", "NWF-PO-0419382"), ("Order Date:", "30/11/2026"), ("Supplier No:", "S10388")],
           vendor=["Meridian Lab & Medical Supply", "c/o Meridian LMS Europe B.V.", "Waalhaven Oostzijde 81", "3087 BM Rotterdam, NL"],
           bill=["NWFT Accounts Payable", "PO Box 312", "Leeds LS11 1AA", "nwft.invoices@nhs.net"],
           ship=["Northfield General Hospital - Stores", "Pendle Road", "Preston", "Lancashire", "PR2 9HT"],
           meta=[("Requisitioner", "Ward 14 - J. Hargreaves"), ("Cost Centre", "W14-6120"), ("Delivery Date", "07/12/2026"), ("Currency", "GBP")],
           cols=[("Line", 26, "C", "ln"), ("NPC", 56, "L", "part"), ("Supplier Ref", 60, "L", "vcode"), ("Description", 190, "L", "desc"), ("Qty", 34, "R", "qty"), ("UOI", 34, "C", "uom"), ("Price", 50, "R", "price"), ("Net", 73, "R", "ext")],
           extras=[("VAT @ 20%", "pct", 20)], lbl_sub="Net Total", lbl_tot="Order Total", cur_sym="£", pfmt="Page {n} of {t}",
           notes=["All prices in GBP. Quote order number on all correspondence."], sign="Authorised Officer"),
    lines=[("GLN-M", "FTR33612", "GLN-M", "Gloves exam nitrile non-sterile PF medium", 50, "BX", 5.10), ("GLN-S", "FTR33611", "GLN-S", "Gloves exam nitrile non-sterile PF small", 30, "BX", 5.10),
           ("GLN-L", "FTR33613", "GLN-L", "Gloves exam nitrile non-sterile PF large", 30, "BX", 5.10), ("APR-PE-W", "FTM20011", "APR-PE-W", "Aprons disposable white polythene on roll", 40, "RL", 8.20),
           ("MSK-IIR", "FSK08001", "MSK-IIR", "Mask fluid resistant Type IIR ear loop", 40, "BX", 5.00), ("SHP-5", "FSW05005", "SHP-5", "Sharps bin 5 litre yellow lid", 60, "EA", 3.60)])

# ---------- P09 NHS oracle style (sap layout) 20 lines
def nhs_sub(l): return ["Need-By: 10-DEC-2026   Deliver-To: PATH GOODS IN"]
doc(file="09_nwft_po0419511_pathology.eml", layout="sap", cust="Northfield and Wyre NHS Foundation Trust",
    frm="NWFT Procurement <procurement.orders@nwft.nhs.uk>", subj="Official Order NWF-PO-0419511", date="Thu, 03 Dec 2026 09:47:12 +0000",
    body="Please find attached an official purchase order from Northfield and Wyre NHS Foundation Trust.\n\nGoods will not be receipted without the order number quoted on the delivery note.\n\nThis e-mail and any attachments are confidential and intended solely for the addressee.\n",
    att="NWF-PO-0419511.pdf", po="NWF-PO-0419511", od="2026-12-03", rd="2026-12-10", cur="GBP",
    st=ST("Royal Wyre Infirmary - Pathology Goods In", "Fleetwood Road North", "Thornton-Cleveleys", None, "FY5 4JZ", None),
    s=dict(buyer=["Northfield and Wyre NHS Foundation Trust", "Procurement", "Pendle Road, Preston PR2 9HT", "VAT Reg GB 654 1122 09"], title="PURCHASE ORDER",
           vendor=["MERIDIAN LAB & MEDICAL SUPPLY", "C/O MERIDIAN LMS EUROPE BV", "WAALHAVEN OOSTZIJDE 81", "3087 BM ROTTERDAM", "NETHERLANDS"],
           hdr=[("Order", "NWF-PO-0419511"), ("Revision", "0"), ("Order Date", "03-DEC-2026"), ("Buyer", "HOLT, SARAH"), ("Currency", "GBP")],
           intro=["Ship To: ROYAL WYRE INFIRMARY - PATHOLOGY GOODS IN, FLEETWOOD ROAD NORTH, THORNTON-CLEVELEYS, FY5 4JZ", "Bill To: NWFT ACCOUNTS PAYABLE, PO BOX 312, LEEDS LS11 1AA"],
           sapcols=["Line", "Item", "Description", "Qty", "UOM", "Price", "Amount"], subline=nhs_sub,
           extras=[("VAT 20%", "pct", 20)], lbl_sub="Total Excl VAT", lbl_tot="Total Incl VAT",
           notes=["Terms: NHS Terms and Conditions for the Supply of Goods apply. Payment 30 days."]),
    lines=[("BCT-EDTA-4", "NW410220", None, "TUBE BLOOD K2EDTA 4ML LAVENDER", 40, "BOX", 20.40), ("BCT-SST-5", "NW410231", None, "TUBE BLOOD SST 5ML GOLD 13X100", 40, "BOX", 24.90),
           ("BCT-CIT-27", "NW410240", None, "TUBE BLOOD CITRATE 2.7ML LT BLUE", 20, "BOX", 26.00), ("BCT-FLU-4", "NW410250", None, "TUBE BLOOD FLUORIDE OXALATE 4ML GREY", 10, "BOX", 22.00),
           ("BCT-HEP-4", "NW410260", None, "TUBE BLOOD LITHIUM HEPARIN 4ML GREEN", 20, "BOX", 23.50), ("BCN-21", "NW410301", None, "NEEDLE MULTISAMPLE 21G 38MM", 30, "BOX", 17.20),
           ("BCN-22", "NW410302", None, "NEEDLE MULTISAMPLE 22G 38MM", 10, "BOX", 17.20), ("BCH-1", "NW410310", None, "HOLDER TUBE SINGLE USE (PACK 250)", 20, "PACK", 14.40),
           ("SWB-AMIES", "NW420101", None, "SWAB TRANSPORT AMIES GEL CLEAR", 10, "BOX", 34.50), ("SWB-AMIES-C", "NW420102", None, "SWAB TRANSPORT AMIES CHARCOAL BLACK", 5, "BOX", 36.80),
           ("SPC-60", "NW430060", None, "CONTAINER UNIVERSAL 60ML STERILE SCREW CAP", 6, "CASE", 53.00), ("SPC-STL-30", "NW430031", None, "CONTAINER FAECES 30ML WITH SPOON", 4, "CASE", 21.00),
           ("SPC-BAG-810", "NW430810", None, "BAG SPECIMEN 8X10 BIOHAZARD TWIN POCKET", 2, "CASE", 56.00), ("SLD-FR", "NW440001", None, "SLIDE MICROSCOPE FROSTED END", 20, "BOX", 4.00),
           ("CVG-22", "NW440010", None, "COVERSLIP 22X22MM THICKNESS 1.5", 10, "BOX", 5.20), ("RG-GIEM-500", "NW450022", None, "GIEMSA STAIN 500ML", 4, "BTL", 36.50),
           ("RG-GRAM-KIT", "NW450030", None, "GRAM STAIN KIT 4X250ML", 2, "KIT", 61.00), ("RG-NBF-5L", "NW450105", None, "FORMALIN 10% NEUTRAL BUFFERED 5 LITRE", 6, "EACH", 37.50),
           ("PD-90", "NW460090", None, "PETRI DISH 90MM TRIPLE VENT STERILE", 8, "CASE", 59.50), ("PT-1000-BLK", "NW470001", None, "PIPETTE TIP 1000UL BLUE BULK (BAG 1000)", 10, "BAG", 11.50)])

# ---------- P10 UK dental letter
doc(file="10_kensalgreen_kgd1201.eml", layout="letter", cust="Kensal Green Dental Practice",
    frm="Reception - Kensal Green Dental <reception@kensalgreendental.co.uk>", subj="Order KGD-1201", date="Tue, 01 Dec 2026 12:30:41 +0000",
    body="Good afternoon,\n\nPlease see our order attached (KGD-1201).\n\nKind regards\nAmira\nPractice Manager\n\nKensal Green Dental Practice | 020 7946 0321\n",
    att="KGD-1201 order.pdf", po="KGD-1201", od="2026-12-01", rd="2026-12-10", cur=None,
    st=ST("Kensal Green Dental Practice", "612 Harrow Road", "London", None, "W10 4NJ", None),
    s=dict(buyer=["Kensal Green Dental Practice", "612 Harrow Road, London W10 4NJ", "Tel 020 7946 0321  |  reception@kensalgreendental.co.uk"],
           date_line="1st December 2026", vendor=["Meridian Lab & Medical Supply", "Sales Order Department"], subject="Order ref: KGD-1201",
           intro=["Dear Sirs,", "Please could you supply the following to the practice at the address above:"],
           cols=[("No.", 36, "C", "ln"), ("Item", 300, "L", "desc"), ("Quantity", 80, "C", "qty"), ("", 60, "L", "uom")],
           outro=["Delivery by Thursday 10th December if possible. We are open 8.30am-5.30pm, please ring the bell at the side door.", "Please send the invoice with the goods."],
           signoff=["Yours faithfully,", "", "Amira Hussain", "Practice Manager"]),
    lines=[("NDL-30-12", None, None, "Needles 30G x 1/2\" (yellow)", 2, "boxes", None), ("GLN-XS", None, None, "Nitrile gloves blue, extra small", 5, "boxes", None),
           ("MSK-IIR", None, None, "Type IIR masks", 6, "boxes", None), ("DIS-WIPE-160", None, None, "Disinfectant wipes (tub of 160)", 12, "tubs", None)])

# ---------- P11 Avonbridge fgrid
doc(file="11_avonbridge_po-avb-03318.eml", layout="fgrid", cust="Avonbridge Analytical Ltd",
    frm="Gareth Pryce <g.pryce@avonbridge-analytical.co.uk>", subj="PO-AVB-03318", date="Wed, 02 Dec 2026 10:14:09 +0000",
    body="Hi,\n\nPO attached. Can you confirm stock on the ethanol before shipping please.\n\nCheers,\nGareth\n\nGareth Pryce\nLaboratory Manager\nAvonbridge Analytical Ltd\nRegistered in England No. 08812341\n",
    att="PO-AVB-03318.pdf", po="PO-AVB-03318", od="2026-12-02", rd="2026-12-09", cur="GBP",
    st=ST("Avonbridge Analytical Ltd", "Unit 7, Feeder Road Trading Estate", "Bristol", None, "BS2 0UY", "GB"),
    s=dict(rgb=(120, 40, 90), buyer=["Avonbridge Analytical Ltd", "Unit 7, Feeder Road Trading Estate, Bristol BS2 0UY", "VAT No. GB 301 4471 22"],
           hdr=[("PO Number", "PO-AVB-03318"), ("Date", "02/12/2026"), ("Required by", "09/12/2026"), ("Currency", "GBP")],
           vendor=MER + ["USA"], ship=["Avonbridge Analytical Ltd", "Unit 7, Feeder Road Trading Estate", "Bristol", "BS2 0UY", "United Kingdom"],
           cols=[("Line", 10, "C", "ln"), ("Our Ref", 20, "L", "part"), ("Supplier Code", 26, "L", "vcode"), ("Description", 62, "L", "desc"), ("Qty", 12, "R", "qty"), ("Unit", 12, "C", "uom"), ("Unit GBP", 20, "R", "price"), ("Net GBP", 28, "R", "ext")],
           extras=[("Carriage", "amt", 12.50), ("VAT 20%", "pct", 20)], lbl_sub="Net", lbl_tot="Total GBP",
           notes=["Please quote our PO number on delivery note and invoice. Deliveries to Goods In, rear of Unit 7."], footer="Avonbridge Analytical Ltd - PO-AVB-03318"),
    lines=[("RG-ETOH-25L", "CHEM-0112", "RG-ETOH-25L", "Ethanol absolute analytical reagent 2.5 L", 6, "BT", 52.00), ("RG-DIW-5L", "CHEM-0240", "RG-DIW-5L", "Deionised water 5 L", 10, "EA", 8.50),
           ("PT-1000-RK", "CONS-0031", "PT-1000-RK", "1000µl tips, racked", 10, "PK", 25.00), ("PT-200-RK", "CONS-0030", "PT-200-RK", "200µl tips, racked", 10, "PK", 21.00),
           ("LC-L", "PPE-0007", "LC-L", "Disposable lab coats, large", 3, "PK", 17.50)])
# note: Carriage is added before VAT in extras; VAT computed on subtotal only (printed figures are what they are)

# ---------- P12 SVM GST
doc(file="12_svm_po01874.eml", layout="gst", cust="Sri Venkateshwara Multispeciality Hospital",
    frm="SVM Hospital Purchase <purchase@svmhospital.in>", subj="Purchase Order No. SVMH/PUR/2026-27/01874", date="Sat, 28 Nov 2026 17:22:30 +0530",
    body="Dear Sir,\n\nPlease find attached Purchase Order No. SVMH/PUR/2026-27/01874 dated 28/11/2026. Kindly supply the material as per the terms mentioned and send the invoice along with the material.\n\nThanks & Regards,\nK. Srinivasa Rao\nPurchase Officer\nSri Venkateshwara Multispeciality Hospital\nPh: 040-2335 1100 Extn 412\n",
    att="PO_01874.pdf", po="SVMH/PUR/2026-27/01874", od="2026-11-28", rd="2026-12-05", cur="INR",
    st=ST("SVM Hospital - Central Stores", "Plot 22, Road No. 3, Banjara Hills", "Hyderabad", "Telangana", "500034", "IN"),
    s=dict(buyer=["SRI VENKATESHWARA MULTISPECIALITY HOSPITAL", "Plot 22, Road No. 3, Banjara Hills, Hyderabad - 500034, Telangana", "GSTIN: 36AABCS7781M1ZQ   |   purchase@svmhospital.in"],
           vendor=MER_IN, hdr=[("PO No.", "SVMH/PUR/2026-27/01874"), ("PO Date", "28/11/2026"), ("Indent No.", "IND/CS/3321"), ("Quotation Ref", "MLMS/Q/2611/77"), ("Delivery Date", "05/12/2026"), ("Payment", "45 days from GRN")],
           ship=["SVM Hospital - Central Stores", "Plot 22, Road No. 3, Banjara Hills", "Hyderabad - 500034", "Telangana, India"], gst=12, igst=True,
           cols=[("S.No", 22, "C", "ln"), ("Item Code", 52, "L", "part"), ("Description", 140, "L", "desc"), ("HSN", 32, "C", "hsn"), ("Qty", 30, "R", "qty"), ("UOM", 28, "C", "uom"), ("Rate", 44, "R", "price"), ("Taxable Value", 56, "R", "ext"), ("GST %", 28, "C", "gstp"), ("GST Amt", 44, "R", "gsta"), ("Total", 59, "R", "tot")],
           notes=["Amount in words: as per Grand Total.", "Terms: 1) Supply strictly as per PO. 2) Expiry not less than 80% of shelf life. 3) Invoice in duplicate with batch no. and expiry. 4) Subject to Hyderabad jurisdiction."]),
    lines=[("GLN-M", "SVM-CS-0112", None, "Nitrile Examination Gloves Powder Free Medium (100 Nos/Box)", 200, "BOX", 420.00, "4015"),
           ("GLN-L", "SVM-CS-0113", None, "Nitrile Examination Gloves Powder Free Large (100 Nos/Box)", 100, "BOX", 420.00, "4015"),
           ("SYR-5-LS", "SVM-CS-0210", None, "Disposable Syringe 5 ml Luer Slip (100/box)", 50, "BOX", 640.00, "9018"),
           ("SYR-10-LS", "SVM-CS-0211", None, "Disposable Syringe 10 ml Luer Slip (100/box)", 30, "BOX", 760.00, "9018"),
           ("NDL-22-1", "SVM-CS-0305", None, "Hypodermic Needle 22G x 1\" (100/box)", 40, "BOX", 290.00, "9018"),
           ("GZ-75-S", "SVM-CS-0402", None, "Sterile Gauze Swab 7.5 x 7.5 cm 8 ply", 60, "BOX", 310.00, "3005"),
           ("SHP-5", "SVM-CS-0520", None, "Sharps Container 5 Ltr", 40, "NOS", 210.00, "3926")])

# ---------- P13 Lifeline GST
doc(file="13_lifeline_ldpl-po-1125.eml", layout="gst", cust="Lifeline Diagnostics Pvt Ltd",
    frm="Accounts & Purchase <purchase@lifelinediag.co.in>", subj="PO - LDPL/PO/1125", date="Tue, 01 Dec 2026 11:05:12 +0530",
    body="Dear Team,\n\nPFA our PO LDPL/PO/1125. Please arrange dispatch immediately, our stock of EDTA tubes is very low.\nKindly share dispatch details (LR no.) once shipped.\n\nRegards,\nNeha Kulkarni\nLifeline Diagnostics Pvt Ltd, Pune\nM: +91 98220 41173\n",
    att="LDPL-PO-1125.pdf", po="LDPL/PO/1125", od="2026-12-01", rd=None, cur="INR",
    st=ST("Lifeline Diagnostics - Processing Lab", "2nd Floor, Shreeji Arcade, Baner Road", "Pune", "Maharashtra", "411045", None),
    s=dict(title="PURCHASE ORDER", buyer=["LIFELINE DIAGNOSTICS PVT LTD", "2nd Floor, Shreeji Arcade, Baner Road, Pune - 411045", "GSTIN 27AACCL5521F1Z9  CIN U85195PN2011PTC139921"],
           vendor=MER_IN, hdr=[("PO No.", "LDPL/PO/1125"), ("Date", "01-12-2026"), ("Delivery", "Immediate"), ("Payment Terms", "30 days")],
           ship=["Lifeline Diagnostics - Processing Lab", "2nd Floor, Shreeji Arcade, Baner Road", "Pune - 411045", "Maharashtra"], gst=12, freight=0,
           cols=[("Sr", 20, "C", "ln"), ("Code", 42, "L", "part"), ("Item Description", 160, "L", "desc"), ("HSN", 32, "C", "hsn"), ("Qty", 32, "R", "qty"), ("Unit", 30, "C", "uom"), ("Rate (Rs.)", 50, "R", "price"), ("Amount (Rs.)", 60, "R", "ext"), ("GST", 28, "C", "gstp"), ("Total (Rs.)", 81, "R", "tot")],
           notes=["All prices in INR. Material to be delivered in cold chain where applicable. Test certificate (CoA) required with each batch."]),
    lines=[("BCT-EDTA-2", "LDL-0041", None, "Vacuum Blood Collection Tube K2 EDTA 2 ml (Lavender cap) 13x75 mm", 150, "BOX", 1450.00, "9018"),
           ("BCT-SST-5", "LDL-0044", None, "Clot Activator Gel Tube 5 ml (Gold cap) 13x100 mm", 60, "BOX", 1680.00, "9018"),
           ("BCT-FLU-4", "LDL-0047", None, "Fluoride Tube 4 ml Grey cap", 40, "BOX", 1390.00, "9018"),
           ("BCN-21", "LDL-0050", None, "Multi-sample Needle 21G x 1.5\"", 100, "BOX", 980.00, "9018"),
           ("SPC-120-NS", "LDL-0061", None, "Urine Container 120 ml non-sterile", 20, "CASE", 1100.00, "3923")])

# ---------- P14 KIMS GST multipage
doc(file="14_kims_po3307_multipage.eml", layout="gst", cust="Kaveri Institute of Medical Sciences",
    frm="Materials Management KIMS <mmd@kims-mysuru.edu.in>", subj="PO KIMS/MS/PO/2026/3307 - Meridian LMS", date="Wed, 02 Dec 2026 15:40:51 +0530",
    body="Sir/Madam,\n\nAttached please find our purchase order KIMS/MS/PO/2026/3307 for surgical and ward consumables. Supply to be completed within 10 days of receipt of this order.\n\nWith regards,\nMaterials Management Department\nKaveri Institute of Medical Sciences, Mysuru\n",
    att="KIMS_PO_3307.pdf", po="KIMS/MS/PO/2026/3307", od="2026-12-02", rd="__absent__", cur="INR",
    st=ST("KIMS Hospital Stores", "Bannur Road, Siddarthanagar", "Mysuru", "Karnataka", "570011", None),
    s=dict(buyer=["KAVERI INSTITUTE OF MEDICAL SCIENCES", "Bannur Road, Siddarthanagar, Mysuru - 570011, Karnataka", "GSTIN 29AAATK4410B1Z2"],
           vendor=MER_IN, hdr=[("PO No.", "KIMS/MS/PO/2026/3307"), ("PO Date", "02/12/2026"), ("Ref", "Rate Contract RC/24/019"), ("Delivery", "Within 10 days"), ("Dept", "Main Stores")],
           ship=["KIMS Hospital Stores", "Bannur Road, Siddarthanagar", "Mysuru - 570011", "Karnataka"], gst=12, igst=True, freight=1500.0,
           cols=[("S.No", 22, "C", "ln"), ("Item Code", 50, "L", "part"), ("Description of Goods", 180, "L", "desc"), ("HSN", 32, "C", "hsn"), ("Qty", 30, "R", "qty"), ("UOM", 28, "C", "uom"), ("Rate", 46, "R", "price"), ("Amount", 58, "R", "ext"), ("GST%", 26, "C", "gstp"), ("Total", 63, "R", "tot")],
           notes=["1. Prices are FOR Mysuru inclusive of packing.", "2. Goods must carry minimum 18 months expiry from date of supply.", "3. Freight charged as a separate line, not per item."]),
    lines=[("GLS-65", "KS-1065", None, "Surgical Gloves Sterile Latex Powder Free Size 6.5 (50 pairs/box) ISI marked", 40, "BOX", 1850.00, "4015"),
           ("GLS-70", "KS-1070", None, "Surgical Gloves Sterile Latex Powder Free Size 7.0 (50 pairs/box) ISI marked", 60, "BOX", 1850.00, "4015"),
           ("GLS-75", "KS-1075", None, "Surgical Gloves Sterile Latex Powder Free Size 7.5 (50 pairs/box) ISI marked", 60, "BOX", 1850.00, "4015"),
           ("GLS-80", "KS-1080", None, "Surgical Gloves Sterile Latex Powder Free Size 8.0 (50 pairs/box) ISI marked", 20, "BOX", 1850.00, "4015"),
           ("SYR-INS-05", "KS-2005", None, "Insulin Syringe 0.5 ml with fixed needle 30G x 8 mm, U-100 marking", 30, "BOX", 950.00, "9018"),
           ("SYR-3-LS", "KS-2030", None, "Disposable Syringe 3 ml Luer Slip without needle", 40, "BOX", 520.00, "9018"),
           ("SYR-20-LL", "KS-2200", None, "Disposable Syringe 20 ml Luer Lock (50/box)", 20, "BOX", 690.00, "9018"),
           ("SYR-60-CT", "KS-2600", None, "Syringe 50/60 ml Catheter Tip for enteral feeding (30/box)", 10, "BOX", 1150.00, "9018"),
           ("NDL-18-15", "KS-3018", None, "Hypodermic Needle 18G x 1.5 inch (100 Nos)", 20, "BOX", 290.00, "9018"),
           (None, "KS-3024", None, "Hypodermic Needle 24G x 1 inch (100 Nos)", 20, "BOX", 290.00, "9018"),
           ("GZ-10-S", "KS-4010", None, "Gauze Swab 10 x 10 cm 8 ply sterile (pack of 5, 20 packs/box)", 30, "BOX", 420.00, "3005"),
           ("GZ-RL-4", "KS-4104", None, "Roller Bandage conforming 4 inch (12 rolls/box)", 20, "BOX", 380.00, "3005"),
           ("TAPE-MP-2", "KS-4202", None, "Microporous Surgical Tape 2 inch x 10 yd", 20, "BOX", 450.00, "3005"),
           ("SWB-ALC", "KS-4301", None, "Alcohol Swab Isopropyl 70% (200/box)", 50, "BOX", 180.00, "3005"),
           ("DIS-GEL-500", "KS-5001", None, "Hand Rub Alcohol Based Gel 500 ml with pump", 100, "NOS", 165.00, "3808"),
           ("DIS-CHL-TAB", "KS-5020", None, "Chlorine Tablets (NaDCC) 2.5 g, tub of 200", 10, "NOS", 1250.00, "3808"),
           ("SHP-1", "KS-5101", None, "Needle Disposal / Sharps Container 1 Ltr", 60, "NOS", 130.00, "3926"),
           ("?MSK", "KS-6003", None, "3 Ply Surgical Face Mask with ear loop (50/box)", 100, "BOX", 95.00, "6307")])

EU_FOOT_H = [["MVZ Labor Dr. Hartmann & Kollegen GbR", "Aachener Straße 312, 50933 Köln", "Tel. 0221 94 77 10"], ["Ärztlicher Leiter: Dr. med. K. Hartmann", "USt-IdNr. DE 812 334 771"], ["Sparkasse KölnBonn", "IBAN DE44 3705 0198 0012 3456 78", "BIC COLSDE33XXX"]]
# ---------- P15 Hartmann DE
doc(file="15_hartmann_b-2026-0871.eml", layout="eu", cust="MVZ Labor Dr. Hartmann & Kollegen",
    frm="Einkauf Labor Hartmann <einkauf@labor-hartmann.de>", subj="Bestellung B-2026-0871", date="Tue, 01 Dec 2026 08:55:03 +0100",
    body="Sehr geehrte Damen und Herren,\n\nanbei unsere Bestellung B-2026-0871. Bitte senden Sie uns eine Auftragsbestätigung.\n\nMit freundlichen Grüßen\nSabine Wolters\nEinkauf / Materialwirtschaft\nMVZ Labor Dr. Hartmann & Kollegen\nTel. 0221 94 77 10-23\n",
    att="Bestellung_B-2026-0871.pdf", po="B-2026-0871", od="2026-12-01", rd="__absent__", cur="EUR",
    st=ST("MVZ Labor Dr. Hartmann - Warenannahme", "Aachener Straße 312", "Köln", None, "50933", None),
    umap={"Btl": "BG", "Pkg": "PK", "Fl": "BT"},
    s=dict(buyer=["MVZ Labor Dr. Hartmann & Kollegen", "Aachener Straße 312", "50933 Köln", "einkauf@labor-hartmann.de"], sender_line="MVZ Labor Dr. Hartmann & Kollegen · Aachener Str. 312 · 50933 Köln",
           vendor=MER_EU, hdr=[("Bestell-Nr.:", "B-2026-0871"), ("Datum:", "01.12.2026"), ("Lieferantennr.:", "70012"), ("Ansprechpartner:", "S. Wolters"), ("Liefertermin:", "KW 50/2026")],
           title="Bestellung B-2026-0871", intro=["Sehr geehrte Damen und Herren,", "wir bestellen zu den vereinbarten Konditionen wie folgt:"],
           cols=[("Pos.", 28, "C", "ln"), ("Ihre Art.-Nr.", 66, "L", "vcode"), ("Unsere Nr.", 50, "L", "part"), ("Bezeichnung", 168, "L", "desc"), ("Menge", 38, "R", "qty"), ("ME", 28, "C", "uom"), ("EP €", 48, "R", "price"), ("GP €", 55, "R", "ext")],
           comma=True, extras=[("zzgl. 19 % MwSt.", "pct", 19)], lbl_sub="Summe netto", lbl_tot="Gesamtbetrag EUR",
           ship=["MVZ Labor Dr. Hartmann - Warenannahme", "Aachener Straße 312", "50933 Köln"], notes=["Anlieferung Mo-Fr 7:00-15:00 Uhr, Rampe 2. Bitte Bestellnummer auf Lieferschein und Rechnung angeben."], footer=EU_FOOT_H),
    lines=[("PT-1000-BLK", "400117", "PT-1000-BLK", "Pipettenspitzen 1000 µl blau, lose, Beutel à 1000", 20, "Btl", 11.40), ("PT-200-BLK", "400116", "PT-200-BLK", "Pipettenspitzen 200 µl gelb, lose, Beutel à 1000", 20, "Btl", 9.10),
           ("MCT-15", "400201", "MCT-15", "Reaktionsgefäße 1,5 ml, farblos", 10, "Btl", 10.60), ("BCT-EDTA-2", "410010", "BCT-EDTA-2", "Blutentnahmeröhrchen K2-EDTA 2 ml, 13x75", 30, "Pkg", 20.80),
           ("SWB-AMIES", "410220", "SWB-AMIES", "Transporttupfer Amies Gel, steril", 12, "Pkg", 35.00), ("DIS-SURF-1L", "900031", "DIS-SURF-1L", "Flächendesinfektion Sprühflasche 1 l, alkoholfrei", 24, "Fl", 7.30)])

# ---------- P16 Klinikum SAP DE
def kl_sub(l): return ["Liefertermin: 08.12.2026    Preis je 1 " + l[5]]
doc(file="16_rheinaue_4500238817.eml", layout="sap", cust="Klinikum Rheinaue gGmbH",
    frm="SAP Einkauf Klinikum Rheinaue <einkauf-noreply@klinikum-rheinaue.de>", subj="Bestellung 4500238817", date="Fri, 27 Nov 2026 14:02:33 +0100",
    body="Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Bestellung 4500238817.\nBitte bestätigen Sie Liefertermin und Preise innerhalb von 2 Werktagen an einkauf@klinikum-rheinaue.de.\n\nDiese E-Mail wurde automatisch erstellt.\n\nKlinikum Rheinaue gGmbH - Zentraler Einkauf\nKennedyallee 18, 53175 Bonn\nGeschäftsführung: Dr. Jens Albrecht | Amtsgericht Bonn HRB 18821\n",
    att="4500238817.pdf", po="4500238817", od="2026-11-27", rd="2026-12-08", cur="EUR",
    st=ST("Klinikum Rheinaue gGmbH - Zentrallager", "Kennedyallee 18", "Bonn", None, "53175", None),
    umap={"PAK": "PK", "ST": "PC"},
    s=dict(buyer=["Klinikum Rheinaue gGmbH", "Zentraler Einkauf", "Kennedyallee 18", "53175 Bonn"], title="Bestellung", q3=True, comma=True, pfmt="Seite {n} / {t}",
           vendor=["Meridian LMS Europe B.V.", "Waalhaven Oostzijde 81", "3087 BM Rotterdam", "NIEDERLANDE"],
           hdr=[("Bestellnummer", "4500238817"), ("Datum", "27.11.2026"), ("Lieferantennr.", "100417"), ("Einkäufergruppe", "K12 / Hr. Brandt"), ("Währung", "EUR")],
           intro=["Lieferanschrift: Klinikum Rheinaue gGmbH - Zentrallager, Kennedyallee 18, 53175 Bonn (Tor 3)", "Rechnungsanschrift: Klinikum Rheinaue gGmbH, Kreditorenbuchhaltung, Postfach 2011, 53010 Bonn"],
           sapcols=["Pos.", "Material", "Bezeichnung", "Menge", "ME", "Preis", "Nettowert"], subline=kl_sub,
           extras=[("MwSt 19 %", "pct", 19)], lbl_sub="Gesamtnettowert", lbl_tot="Gesamtbetrag",
           notes=["Es gelten unsere Allgemeinen Einkaufsbedingungen. Lieferschein mit Bestellnummer und Positionsnummer."]),
    lines=[("GLN-M", "10004711", None, "Untersuchungshandschuh Nitril puderfrei Gr. M", 100, "PAK", 5.60), ("GLN-L", "10004712", None, "Untersuchungshandschuh Nitril puderfrei Gr. L", 80, "PAK", 5.60),
           ("GLN-S", "10004710", None, "Untersuchungshandschuh Nitril puderfrei Gr. S", 60, "PAK", 5.60), ("GLN-XL", "10004713", None, "Untersuchungshandschuh Nitril puderfrei Gr. XL", 20, "PAK", 5.90),
           ("MSK-FFP2", "10005520", None, "Atemschutzmaske FFP2 ohne Ventil", 50, "PAK", 11.20), ("MSK-FFP3V", "10005531", None, "Atemschutzmaske FFP3 mit Ventil", 20, "PAK", 15.00),
           ("DIS-GEL-500", "10006001", None, "Händedesinfektion Gel 500 ml Pumpflasche", 120, "ST", 4.50), ("SHP-2", "10006102", None, "Kanülenabwurfbehälter 2 l gelb", 200, "ST", 2.40),
           ("NDL-SAF-23", "10006223", None, "Sicherheitskanüle 23G x 25 mm blau", 40, "PAK", 16.20)])

NL_FOOT = [["BioVerde Research B.V.", "Nieuwe Kanaal 7F, 6709 PA Wageningen", "KvK 61224470"], ["BTW NL8541.22.370.B01", "inkoop@bioverde.nl"], ["Rabobank", "IBAN NL12 RABO 0312 4455 66"]]
# ---------- P17 BioVerde NL
doc(file="17_bioverde_io-26-0457.eml", layout="eu", cust="BioVerde Research B.V.",
    frm="Inkoop BioVerde <inkoop@bioverde.nl>", subj="Inkooporder IO-26-0457", date="Mon, 30 Nov 2026 11:18:27 +0100",
    body="Beste leverancier,\n\nIn de bijlage vindt u inkooporder IO-26-0457. Graag een orderbevestiging met leverdatum.\n\nMet vriendelijke groet,\nLotte van Dijk\nInkoop & Logistiek\nBioVerde Research B.V.\n",
    att="IO-26-0457.pdf", po="IO-26-0457", od="2026-11-30", rd="2026-12-08", cur="EUR",
    st=ST("BioVerde Research B.V.", "Nieuwe Kanaal 7F", "Wageningen", None, "6709 PA", "NL"),
    umap={"pak": "PK", "ds": "BX", "fles": "BT"},
    s=dict(accent="#2e7d32", buyer=["BioVerde Research B.V.", "Nieuwe Kanaal 7F", "6709 PA Wageningen", "inkoop@bioverde.nl"], sender_line="BioVerde Research B.V. - Nieuwe Kanaal 7F - 6709 PA Wageningen",
           vendor=["Meridian LMS Europe B.V.", "t.a.v. Orderafdeling", "Waalhaven Oostzijde 81", "3087 BM Rotterdam"], pfmt="Pagina {n} van {t}",
           hdr=[("Ordernummer:", "IO-26-0457"), ("Orderdatum:", "30-11-2026"), ("Gewenste leverdatum:", "08-12-2026"), ("Contactpersoon:", "L. van Dijk"), ("Kostenplaats:", "LAB-2")],
           title="Inkooporder IO-26-0457", intro=["Geachte heer/mevrouw,", "Hierbij bestellen wij de volgende artikelen:"],
           cols=[("Regel", 34, "C", "ln"), ("Artikelnr. leverancier", 80, "L", "vcode"), ("Omschrijving", 180, "L", "desc"), ("Aantal", 40, "R", "qty"), ("Eenheid", 42, "C", "uom"), ("Prijs", 48, "R", "price"), ("Bedrag", 57, "R", "ext")],
           comma=True, extras=[("BTW 21%", "pct", 21)], lbl_sub="Subtotaal excl. BTW", lbl_tot="Totaal EUR", ship_title="Afleveradres:",
           ship=["BioVerde Research B.V.", "Nieuwe Kanaal 7F", "6709 PA Wageningen", "Nederland", "t.a.v. Lab 2.14"], notes=["Graag ordernummer vermelden op pakbon en factuur."], footer=NL_FOOT),
    lines=[("PCR-02-ST", None, "PCR-02-ST", "PCR strips 0,2 ml 8-tube incl. caps", 10, "pak", 32.50), ("PT-20F-RK", None, "PT-20F-RK", "Filtertips 20 µl steriel, rack", 8, "pak", 45.90),
           ("PT-200F-RK", None, "PT-200F-RK", "Filtertips 200 µl steriel, rack", 8, "pak", 44.00), ("CT-50-RK", None, "CT-50-RK", "Centrifugebuizen 50 ml steriel, in rek", 3, "ds", 159.00),
           ("RG-PBS10-1L", None, "RG-PBS10-1L", "PBS 10x concentraat 1 L", 6, "fles", 31.00)])

# ---------- P18 De Linde letter NL
doc(file="18_delinde_bestelling-2026-37.eml", layout="letter", cust="Huisartsenpraktijk De Linde",
    frm="Praktijk De Linde <assistentes@praktijkdelinde.nl>", subj="bestelling", date="Wed, 02 Dec 2026 09:31:00 +0100",
    body="Goedemorgen,\n\nBijgaand onze bestelling. Groet, Ineke (doktersassistente)\n",
    att="bestelling 2026-37.pdf", po="2026-37", od="2026-12-02", rd="2026-12-09", cur=None,
    st=ST("Huisartsenpraktijk De Linde", "Lindenlaan 41", "Utrecht", None, "3571 BK", None),
    umap={"doos": "BX", "dozen": "BX"},
    s=dict(buyer=["Huisartsenpraktijk De Linde", "Lindenlaan 41  -  3571 BK Utrecht", "030 - 271 44 90"], date_line="Utrecht, 2 december 2026",
           vendor=["Meridian LMS Europe B.V.", "Waalhaven Oostzijde 81", "3087 BM Rotterdam"], subject="Bestelling nr. 2026-37",
           intro=["Geachte heer, mevrouw,", "Graag ontvangen wij de volgende artikelen:"],
           cols=[("", 30, "C", "ln"), ("Artikel", 290, "L", "desc"), ("Aantal", 60, "C", "qty"), ("", 60, "L", "uom")],
           outro=["Graag levering vóór 9 december op ons praktijkadres (Lindenlaan 41, 3571 BK Utrecht).", "De factuur mag per e-mail naar assistentes@praktijkdelinde.nl."],
           signoff=["Met vriendelijke groet,", "", "I. Bakker", "namens dr. M. de Wit, huisarts"]),
    lines=[("GZ-10-S", None, None, "Gaaskompressen steriel 10x10 cm", 4, "doos", None), ("SWB-ALC", None, None, "Alcoholdoekjes (70%)", 3, "doos", None),
           ("SPC-STL-30", None, None, "Feces potjes met schepje", 1, "doos", None), ("NDL-25-58", None, None, "Injectienaalden 25G x 16 mm oranje", 2, "dozen", None),
           (None, None, None, "Spuiten 2 ml", 2, "dozen", None)])

# ---------- P19 Coastal Pathology AU fgrid
doc(file="19_coastalpath_cps-po-77120.eml", layout="fgrid", cust="Coastal Pathology Services Pty Ltd",
    frm="Coastal Pathology Purchasing <purchasing@coastalpath.com.au>", subj="Purchase Order CPS-PO-77120", date="Tue, 01 Dec 2026 14:12:08 +1000",
    body="Hi team,\n\nPlease find attached Purchase Order CPS-PO-77120.\nDeliveries to the main lab loading bay only, 7am-3pm.\n\nKind regards,\nBen Nguyen\nProcurement Officer | Coastal Pathology Services\nP 07 5555 0148\n",
    att="CPS-PO-77120.pdf", po="CPS-PO-77120", od="2026-12-01", rd="2026-12-08", cur="AUD",
    st=ST("Coastal Pathology - Main Lab", "14 Lawson Crescent", "Southport", "QLD", "4215", "AU"),
    s=dict(rgb=(0, 110, 120), buyer=["Coastal Pathology Services Pty Ltd", "ABN 51 624 118 903", "PO Box 1150, Southport QLD 4215"],
           hdr=[("PO Number", "CPS-PO-77120"), ("Order Date", "01/12/2026"), ("Delivery Date", "08/12/2026"), ("Currency", "AUD")],
           vendor=MER + ["Account: CPS001"], ship=["Coastal Pathology - Main Lab", "14 Lawson Crescent", "SOUTHPORT QLD 4215", "Australia"], gst=10,
           cols=[("Ln", 8, "C", "ln"), ("Item Code", 18, "L", "part"), ("Supplier Code", 25, "L", "vcode"), ("Description", 56, "L", "desc"), ("Qty", 11, "R", "qty"), ("UOM", 11, "C", "uom"), ("Unit Price", 19, "R", "price"), ("GST", 14, "R", "gsta"), ("Line Total", 28, "R", "tot")],
           extras=[("GST 10%", "pct", 10)], lbl_sub="Sub-total (ex GST)", lbl_tot="TOTAL AUD (inc GST)",
           notes=["Please quote PO number on all invoices. Invoices to accounts@coastalpath.com.au"], footer="Coastal Pathology Services Pty Ltd"),
    lines=[("BCT-EDTA-4", "CP-1021", "BCT-EDTA-4", "EDTA tube 4mL lavender 13x75", 40, "BX", 23.10), ("BCT-SST-5", "CP-1024", "BCT-SST-5", "SST gel tube 5mL gold 13x100", 40, "BX", 27.40),
           ("BCT-CIT-27", "CP-1027", "BCT-CIT-27", "Citrate 3.2% 2.7mL light blue", 15, "BX", 28.20), ("BBS-21", "CP-1101", "BBS-21", "Butterfly collection set 21G", 10, "BX", 41.00),
           ("BCH-1", "CP-1110", "BCH-1", "Tube holder single use", 12, "PK", 15.80), ("SWB-FLK", "CP-2201", "SWB-FLK", "Flocked NP swab sterile (no medium)", 20, "BX", 47.00),
           ("SPC-BAG-69", "CP-3002", "SPC-BAG-69", "Specimen bag biohazard 6x9", 3, "CS", 50.00), ("SLD-FR", "CP-4010", "SLD-FR", "Microscope slides frosted end", 30, "BX", 4.40)])

# ---------- P20 Eastgate AU fmin
doc(file="20_eastgate_emc-0934.eml", layout="fmin", cust="Eastgate Medical Centre",
    frm="Eastgate Medical Centre <admin@eastgatemedical.com.au>", subj="PO EMC-0934", date="Thu, 03 Dec 2026 10:44:10 +1100",
    body="Hi there, PO attached. Thanks, Leanne\n\nLeanne Marsh | Practice Manager | Eastgate Medical Centre\n",
    att="EMC-0934.pdf", po="EMC-0934", od="2026-12-03", rd=None, cur="AUD",
    st=ST("Eastgate Medical Centre", "210 Springvale Road", "Nunawading", "VIC", "3131", None),
    s=dict(buyer=["Eastgate Medical Centre", "Shop 3, 210 Springvale Road, Nunawading VIC 3131", "Ph (03) 9555 0172  ABN 22 613 004 781"], title="PURCHASE ORDER",
           hdr=[("Purchase Order No:", "EMC-0934"), ("Date:", "3/12/26"), ("Deliver by:", "ASAP")],
           blocks=[("To:", ["Meridian Lab & Medical Supply"]), ("Deliver to:", ["Eastgate Medical Centre", "Shop 3, 210 Springvale Road", "Nunawading VIC 3131"])],
           cols=[("Qty", 14, "R", "qty"), ("Unit", 14, "L", "uom"), ("Description", 90, "L", "desc"), ("Unit Price (AUD ex GST)", 40, "R", "price"), ("Total", 30, "R", "ext")],
           extras=[("GST 10%", "pct", 10)], lbl_sub="Subtotal", lbl_tot="Total inc GST", footer="Eastgate Medical Centre"),
    lines=[("GLN-S", None, None, "Nitrile gloves small", 10, "box", 7.20), ("GLN-M", None, None, "Nitrile gloves medium", 10, "box", 7.20),
           ("?SYR5", None, None, "5ml syringes", 4, "box", 14.00), ("NDL-23-1", None, None, "23g x 1 inch needles blue", 4, "box", 7.40)])

# ---------- P21 Tanjong SG fgrid
doc(file="21_tanjong_tmg-po-26-1188.eml", layout="fgrid", cust="Tanjong Medical Group Pte Ltd",
    frm="TMG Procurement <procurement@tanjongmedical.com.sg>", subj="TMG/PO/26/1188", date="Wed, 02 Dec 2026 16:03:44 +0800",
    body="Dear Meridian,\n\nKindly find attached PO TMG/PO/26/1188 for delivery to our central store. Please deliver between 9am and 5pm, Mon-Fri.\n\nBest regards,\nJasmine Lim\nProcurement Executive\nTanjong Medical Group Pte Ltd\nDID: +65 6555 0190\n",
    att="TMG-PO-26-1188.pdf", po="TMG/PO/26/1188", od="2026-12-02", rd="2026-12-09", cur="SGD",
    st=ST("Tanjong Medical Group - Central Store", "71 Ubi Crescent #05-12", "Singapore", None, "408571", None),
    s=dict(rgb=(180, 30, 40), buyer=["Tanjong Medical Group Pte Ltd", "UEN 201419922K  |  GST Reg No. 201419922K", "71 Ubi Crescent #05-12, Singapore 408571"],
           hdr=[("PO No.", "TMG/PO/26/1188"), ("PO Date", "02 Dec 2026"), ("Delivery Date", "09 Dec 2026"), ("Currency", "SGD"), ("Terms", "60 days")],
           vendor=MER, ship=["Tanjong Medical Group - Central Store", "71 Ubi Crescent #05-12", "Singapore 408571"], vendor_title="VENDOR", ship_title="SHIP TO",
           cols=[("No", 9, "C", "ln"), ("TMG Code", 22, "L", "part"), ("Description", 74, "L", "desc"), ("Qty", 14, "R", "qty"), ("UOM", 13, "C", "uom"), ("Unit Price", 22, "R", "price"), ("Amount", 36, "R", "ext")],
           extras=[("GST 9%", "pct", 9)], lbl_sub="Sub Total", lbl_tot="Grand Total (SGD)", footer="Tanjong Medical Group - computer generated PO, no signature required"),
    lines=[("GLN-M", "TMG-GL02", None, "Nitrile Exam Glove PF (M) Blue", 60, "BX", 6.80), ("GLN-S", "TMG-GL01", None, "Nitrile Exam Glove PF (S) Blue", 40, "BX", 6.80),
           ("MSK-L2", "TMG-MK02", None, "Surgical Mask 3-ply ASTM Level 2 earloop", 50, "BX", 6.30), ("SWB-ALC", "TMG-SW01", None, "Alcohol Swabs 70% IPA (200s)", 30, "BX", 3.40),
           ("SYR-3-LS", "TMG-SY03", None, "Syringe 3ml Luer Slip", 20, "BX", 12.00), ("NDL-25-1", "TMG-ND25", None, "Needle 25G x 1\"", 20, "BX", 6.90)])

# ---------- P22 Helix SG university layout
doc(file="22_helix_hga-po-2026-0311.eml", layout="university", cust="Helix Genomics Asia Pte Ltd",
    frm="Wei Jie Tan <weijie.tan@helixgenomics.sg>", subj="PO HGA-PO-2026-0311 (PR-7781)", date="Mon, 30 Nov 2026 18:21:09 +0800",
    body="Hi Meridian,\n\nAttached PO HGA-PO-2026-0311 for consumables. Pls deliver by 7 Dec, lab is shutting for the year-end maintenance after the 18th.\n\nThanks\nWei Jie\nLab Operations, Helix Genomics Asia\n",
    att="HGA-PO-2026-0311.pdf", po="HGA-PO-2026-0311", od="2026-11-30", rd="2026-12-07", cur="SGD",
    st=ST("Helix Genomics Asia", "1 Fusionopolis Way #09-02", "Singapore", None, "138632", None),
    s=dict(page="A4", accent="#006d77", buyer=["Helix Genomics Asia Pte Ltd", "1 Fusionopolis Way #09-02, Singapore 138632  |  UEN 202011873W"], po_label="PO No.", po="HGA-PO-2026-0311",
           vendor=MER, ship=["Helix Genomics Asia", "1 Fusionopolis Way #09-02", "Singapore 138632"], bill=["Helix Genomics Asia Pte Ltd - Finance", "finance@helixgenomics.sg"], bill_title="Bill To:",
           meta=[("PO Date", "30/11/2026"), ("PR No.", "PR-7781"), ("Required Date", "07/12/2026"), ("Project", "HG-SEQ-04"), ("Currency", "SGD"), ("Terms", "30 days")],
           cols=[("No.", 30, "C", "ln"), ("Vendor Cat. No.", 84, "L", "vcode"), ("Description", 190, "L", "desc"), ("Qty", 36, "R", "qty"), ("UOM", 36, "C", "uom"), ("Unit Price", 60, "R", "price"), ("Amount", 87, "R", "ext")],
           extras=[("GST 9%", "pct", 9)], lbl_tot="Total SGD", terms=["This PO is issued subject to Helix Genomics Asia standard purchasing terms. Please quote the PO number (not the PR number) on invoices."]),
    lines=[("PT-10F-RK", None, "PT-10F-RK", "Filter tips 10ul (racked, sterile)", 20, "PK", 50.00), ("PT-200F-RK", None, "PT-200F-RK", "Filter tips 200ul (racked, sterile)", 20, "PK", 48.00),
           ("PT-1000F-RK", None, "PT-1000F-RK", "Filter tips 1000ul (racked, sterile)", 20, "PK", 54.00), ("PCR-02", None, "PCR-02", "PCR tubes 0.2ml single, flat cap", 5, "BG", 22.00),
           ("MCT-15-LB", None, "MCT-15-LB", "Low binding tubes 1.5ml", 10, "PK", 30.00), ("CRV-2-IN", None, "CRV-2-IN", "Cryovial 2ml internal thread", 2, "CS", 95.00),
           ("PARA-4", None, "PARA-4", "Parafilm M 4\" x 125'", 4, "RL", 39.00)])

# ---------- P23 Karoo ZA SAP English
def ka_sub(l): return ["Delivery date: 2026/12/10"]
doc(file="23_karoo_4100009921.eml", layout="sap", cust="Karoo Valley Hospital",
    frm="Karoo Valley Hospital Procurement <procurement@karoovalley.co.za>", subj="Purchase Order 4100009921", date="Mon, 30 Nov 2026 12:15:00 +0200",
    body="Good day\n\nPlease find attached purchase order 4100009921. Kindly acknowledge receipt.\n\nRegards\nThandeka Mokoena\nProcurement Clerk\nKaroo Valley Hospital\nTel: 049 555 0132\n\nDisclaimer: This message is intended for the addressee only. Karoo Valley Hospital accepts no liability for any loss arising from viruses in this message.\n",
    att="PO_4100009921.pdf", po="4100009921", od="2026-11-30", rd="2026-12-10", cur="ZAR",
    st=ST("Karoo Valley Hospital - Stores", "23 Church Street", "Graaff-Reinet", "Eastern Cape", "6280", None),
    s=dict(buyer=["Karoo Valley Hospital", "23 Church Street", "Graaff-Reinet 6280", "VAT No. 4720188341"], title="Purchase Order",
           vendor=["Meridian Lab & Medical Supply", "1450 Commerce Park Dr, Suite 200", "Indianapolis IN 46268", "United States"],
           hdr=[("PO Number", "4100009921"), ("PO Date", "2026/11/30"), ("Vendor", "V-20331"), ("Buyer", "T. Mokoena"), ("Currency", "ZAR")],
           intro=["Deliver to: Karoo Valley Hospital - Stores, 23 Church Street, Graaff-Reinet, 6280, Eastern Cape"],
           sapcols=["Item", "Material", "Short text", "Qty", "Un", "Net price", "Net value"], subline=ka_sub,
           extras=[("VAT 15%", "pct", 15)], lbl_sub="Total excl. VAT", lbl_tot="Total incl. VAT (ZAR)", notes=["Invoices must reflect the PO number. Deliveries Mon-Fri 08:00-15:30."]),
    lines=[("GZ-10-S", "300100", None, "SWAB GAUZE 100X100MM 8PLY STERILE", 50, "BOX", 118.00), ("GLS-75", "300210", None, "GLOVE SURG STERILE LATEX SIZE 7.5", 20, "BOX", 640.00),
           ("GLS-70", "300209", None, "GLOVE SURG STERILE LATEX SIZE 7", 20, "BOX", 640.00), ("SYR-10-LS", "300310", None, "SYRINGE 10ML LUER SLIP 3 PART", 30, "BOX", 265.00),
           ("NDL-21-15", "300421", None, "NEEDLE 21G X 38MM GREEN", 30, "BOX", 105.00), ("DIS-IPA-5L", "300901", None, "ALCOHOL ISOPROPYL 70% 5LT", 10, "EA", 365.00)])

# ---------- P24 Umhlanga vet letter
doc(file="24_umhlangavet_uvc0412.eml", layout="letter", cust="Umhlanga Veterinary Clinic",
    frm="Dr Pieter Venter <pieter@umhlangavet.co.za>", subj="Order from Umhlanga Vet", date="Wed, 02 Dec 2026 07:58:30 +0200",
    body="Morning all\n\nOrder attached, please courier. Shout if anything is out of stock.\n\nPieter\n\nDr P. Venter BVSc\nUmhlanga Veterinary Clinic\n031 555 0107\n",
    att="UVC 0412.pdf", po="UVC 0412", od="2026-12-02", rd=None, cur="ZAR",
    st=ST("Umhlanga Veterinary Clinic", "9 Meridian Drive", "Umhlanga", "KwaZulu-Natal", "4319", None),
    s=dict(buyer=["Umhlanga Veterinary Clinic", "9 Meridian Drive, Umhlanga, KwaZulu-Natal 4319", "Tel 031 555 0107  |  info@umhlangavet.co.za"], lhfont="Helvetica-Bold",
           date_line="2 December 2026", vendor=["Meridian Lab & Medical Supply", "Attention: Sales"], subject="Order No: UVC 0412",
           intro=["Please supply the following:"],
           cols=[("Qty", 40, "C", "qty"), ("Unit", 50, "C", "uom"), ("Description", 250, "L", "desc"), ("Price each", 90, "R", "price")],
           show_totals=True, extras=[], lbl_tot="Total (excl. VAT)", cur_sym="R ",
           outro=["All prices in ZAR excl. VAT, as per your quote of 20 November. Please deliver to the clinic at 9 Meridian Drive, Umhlanga, KwaZulu-Natal 4319."],
           signoff=["Regards", "", "Dr Pieter Venter"]),
    lines=[("SYR-60-LL", None, None, "60ml syringes luer lock", 2, "boxes", 320.00), ("SYR-20-LL", None, None, "20ml syringes luer lock", 3, "boxes", 245.00),
           ("NDL-18-15", None, None, "18G x 1.5\" needles (pink)", 4, "boxes", 98.00), ("NDL-21-1", None, None, "21G x 1\" needles (green)", 4, "boxes", 98.00),
           ("GLL-M", None, None, "Latex exam gloves medium", 6, "boxes", 95.00)])

# ---------- P25 Cape Biolabs fmin mono
doc(file="25_capebiolabs_cbl-po-2026-144.eml", layout="fmin", cust="Cape Biolabs (Pty) Ltd",
    frm="Nadia Adams <nadia@capebiolabs.co.za>", subj="CBL-PO-2026-144", date="Tue, 01 Dec 2026 13:37:52 +0200",
    body="Hi,\n\nPlease see PO attached.\n\nThanks\nNadia Adams\nLab Administrator | Cape Biolabs (Pty) Ltd\n",
    att="CBL-PO-2026-144.pdf", po="CBL-PO-2026-144", od="2026-12-01", rd="2026-12-11", cur="ZAR",
    st=ST("Cape Biolabs", "Unit 4, Bella Rosa Village, Bella Rosa Street", "Bellville", "Western Cape", "7530", None),
    s=dict(mono=True, buyer=["CAPE BIOLABS (PTY) LTD", "Reg 2015/118442/07  VAT 4510271190", "Unit 4, Bella Rosa Village, Bella Rosa Street, Bellville 7530"],
           hdr=[("PO No.:", "CBL-PO-2026-144"), ("Date:", "01/12/2026"), ("Delivery required:", "11/12/2026"), ("Currency:", "ZAR")],
           blocks=[("Supplier:", ["Meridian Lab & Medical Supply"]), ("Delivery address:", ["Cape Biolabs", "Unit 4, Bella Rosa Village, Bella Rosa Street", "Bellville", "Western Cape", "7530"])],
           cols=[("Item", 10, "L", "ln"), ("Supplier code", 28, "L", "vcode"), ("Description", 70, "L", "desc"), ("Qty", 12, "R", "qty"), ("UOM", 12, "L", "uom"), ("Unit price", 26, "R", "price"), ("Total", 30, "R", "ext")],
           extras=[("VAT 15%", "pct", 15)], lbl_sub="Subtotal", lbl_tot="Total ZAR", notes=["Authorised by: Dr S. Jacobs"]),
    lines=[("PD-90", None, "PD-90", "Petri dishes 90mm vented", 4, "CS", 1150.00), ("CT-15", None, "CT-15", "15ml centrifuge tubes, bulk", 2, "CS", 1720.00),
           ("CT-50", None, "CT-50", "50ml centrifuge tubes, bulk", 2, "CS", 2540.00), ("SP-10", None, "SP-10", "Serological pipettes 10ml", 3, "CS", 830.00)])

# ---------- P26 Harborpoint hospital variant
doc(file="26_harborpoint_hpd5560.eml", layout="hospital", cust="Harborpoint Diagnostics LLC",
    frm="Marcus Bell <mbell@harborpointdx.com>", subj="PO HPD-5560 - lab plastics + reagents", date="Fri, 04 Dec 2026 15:51:26 -0500",
    body="Hi again,\n\nSecond PO this week, HPD-5560 attached. Needed by 12/11.\n\nThanks\nMarcus\n",
    att="HPD-5560.pdf", po="HPD-5560", od="2026-12-04", rd="2026-12-11", cur="USD",
    st=ST("Harborpoint Diagnostics", "1601 Thames St", "Baltimore", "MD", "21231", None),
    s=dict(accent="#14532d", buyer=["Harborpoint Diagnostics LLC", "1601 Thames St, Suite 300, Baltimore, MD 21231"], pfmt="Page {n}/{t}",
           hdr=[("PO #", "HPD-5560"), ("Date", "12/04/2026"), ("Need By", "12/11/2026")],
           vendor=MER, bill=["Harborpoint Diagnostics LLC", "Attn: AP", "ap@harborpointdx.com"], ship=["Harborpoint Diagnostics", "1601 Thames St, Suite 300", "Baltimore, MD 21231"],
           cols=[("#", 20, "C", "ln"), ("HPD Code", 58, "L", "part"), ("Mfr/Vendor #", 70, "L", "vcode"), ("Description", 170, "L", "desc"), ("Qty", 34, "R", "qty"), ("U/M", 30, "C", "uom"), ("Price", 58, "R", "price"), ("Total", 100, "R", "ext")],
           extras=[("Shipping", "amt", 0.0)], lbl_tot="Total USD", sign="Approved by"),
    lines=[("PT-200-BLK", "HP-LAB-020", "PT-200-BLK", "Tips 200ul yellow bulk bag", 20, "BG", 9.20), ("PT-1000-BLK", "HP-LAB-021", "PT-1000-BLK", "Tips 1000ul blue bulk bag", 20, "BG", 11.60),
           ("MCT-15", "HP-LAB-030", "MCT-15", "Microtube 1.5ml natural", 10, "BG", 10.70), ("MCT-20", "HP-LAB-031", "MCT-20", "Microtube 2.0ml natural", 10, "BG", 12.10),
           ("TP-3", "HP-LAB-040", "TP-3", "Transfer pipet 3ml graduated", 6, "PK", 13.50), ("CT-15", "HP-LAB-050", "CT-15", "Conical tube 15ml sterile bulk", 2, "CS", 92.00),
           ("CT-50", "HP-LAB-051", "CT-50", "Conical tube 50ml sterile bulk", 2, "CS", 136.00), ("RG-PBS-500", "HP-RGT-001", "RG-PBS-500", "PBS 1X sterile 500ml", 12, "BT", 13.50),
           ("RG-NACL-1L", "HP-RGT-004", "RG-NACL-1L", "Saline 0.9% sterile 1L", 24, "BT", 4.30), ("DIS-ETH-500", "HP-FAC-010", "DIS-ETH-500", "Ethanol 70% spray 500ml", 24, "BT", 5.00)])

# ---------- P27 unknown Riverside CHC, university layout
doc(file="27_riverside_rchc-26-0931.eml", layout="university", cust="Riverside Community Health Center",
    frm="Angela Ruiz <aruiz@riversidechc.org>", subj="New order - Riverside Community Health Center PO RCHC-26-0931", date="Thu, 03 Dec 2026 12:09:33 -0800",
    body="Hello,\n\nWe're a new customer (account application sent last week to your credit dept). Attached is our first PO. Please call me if you need anything before it can ship.\n\nAngela Ruiz\nOperations Coordinator\nRiverside Community Health Center\n(916) 555-0128\n",
    att="RCHC-26-0931.pdf", po="RCHC-26-0931", od="2026-12-03", rd=None, cur="USD",
    st=ST("Riverside Community Health Center", "2850 Del Paso Blvd", "Sacramento", "CA", "95815", None),
    s=dict(accent="#1b2a49", buyer=["Riverside Community Health Center", "2850 Del Paso Blvd, Sacramento, CA 95815"], po_label="No.", po="RCHC-26-0931",
           vendor=MER, ship=["Riverside Community Health Center", "2850 Del Paso Blvd", "Sacramento, CA 95815"], bill=["Same as ship to"], bill_title="Bill To:",
           meta=[("Date", "12/03/2026"), ("Terms", "Net 30"), ("Requested by", "A. Ruiz")],
           cols=[("Line", 30, "C", "ln"), ("Description", 270, "L", "desc"), ("Qty", 40, "R", "qty"), ("Unit", 40, "C", "uom"), ("Unit Price", 70, "R", "price"), ("Amount", 90, "R", "ext")],
           extras=[], lbl_tot="TOTAL (USD)", terms=["Prices per quote Q-88120 dated 11/24/2026."]),
    lines=[("MSK-1860", None, None, "N95 respirator 3M 1860 regular", 10, "BX", 24.00), ("MSK-1860S", None, None, "N95 respirator 3M 1860S small", 5, "BX", 24.00),
           ("GWN-ISO-L2", None, None, "Isolation gowns level 2, yellow (10/pk)", 20, "PK", 8.50)])

# ---------- P28 Mesa Verde hospital variant
doc(file="28_mesaverde_mv2026-0429.eml", layout="hospital", cust="Mesa Verde Urgent Care",
    frm="Rosa Delgado <rdelgado@mesaverdeuc.com>", subj="PO MV-2026-0429 Grant Rd", date="Sat, 05 Dec 2026 09:12:44 -0700",
    body="Hi - order for the Grant Rd clinic attached. Flu season is hitting us hard so the swab kits are the priority.\nRosa\n",
    att="MV-2026-0429.pdf", po="MV-2026-0429", od="2026-12-05", rd=None, cur="USD",
    st=ST("Mesa Verde Urgent Care - Grant Rd", "3920 E Grant Rd", "Tucson", "AZ", "85712", None),
    s=dict(accent="#7a1f1f", buyer=["Mesa Verde Urgent Care", "Administrative Office: 6440 N Oracle Rd, Tucson, AZ 85704"],
           hdr=[("PO #:", "MV-2026-0429"), ("Date:", "12/05/2026")],
           vendor=MER, bill=["Mesa Verde Urgent Care", "6440 N Oracle Rd", "Tucson, AZ 85704"], ship=["Mesa Verde Urgent Care - Grant Rd", "3920 E Grant Rd", "Tucson, AZ 85712"],
           meta=[("Ordered by", "R. Delgado"), ("Terms", "Net 30"), ("Ship Via", "UPS Ground")],
           cols=[("Ln", 22, "C", "ln"), ("Item", 70, "L", "vcode"), ("Description", 220, "L", "desc"), ("Qty", 36, "R", "qty"), ("UOM", 32, "C", "uom"), ("Unit $", 58, "R", "price"), ("Ext $", 102, "R", "ext")],
           extras=[("Tax", "amt", 0.0), ("Freight", "amt", 0.0)], lbl_tot="Total (USD)"),
    lines=[("SWB-FLK-UTM", None, "SWB-FLK-UTM", "COVID/FLU COLLECTION KIT NP SWAB W/ UTM", 10, "BX", 97.00), ("SPC-BAG-69", None, "SPC-BAG-69", "SPECIMEN BAGS 6X9 BIOHAZARD", 1, "CS", 48.00),
           ("GLN-L", None, "GLN-L", "NITRILE GLOVES LG", 20, "BX", 6.20), ("GLN-M", None, "GLN-M", "NITRILE GLOVES MED", 20, "BX", 6.20),
           ("DIS-WIPE-65", None, "DIS-WIPE-65", "LARGE GERMICIDAL WIPES 65CT", 12, "EA", 9.40)])

# ---------- P29 SVM second, GST 5
doc(file="29_svm_po01902.eml", layout="gst", cust="Sri Venkateshwara Multispeciality Hospital",
    frm="SVM Hospital Purchase <purchase@svmhospital.in>", subj="PO SVMH/PUR/2026-27/01902 - URGENT", date="Fri, 04 Dec 2026 10:02:19 +0530",
    body="Dear Sir,\n\nPlease find the attached urgent PO for PPE items. Kindly dispatch by 07/12/2026 without fail.\n\nThanks & Regards,\nK. Srinivasa Rao\nPurchase Officer\n",
    att="PO_01902.pdf", po="SVMH/PUR/2026-27/01902", od="2026-12-04", rd="2026-12-07", cur="INR",
    st=ST("SVM Hospital - Central Stores", "Plot 22, Road No. 3, Banjara Hills", "Hyderabad", "Telangana", "500034", "IN"),
    s=dict(buyer=["SRI VENKATESHWARA MULTISPECIALITY HOSPITAL", "Plot 22, Road No. 3, Banjara Hills, Hyderabad - 500034, Telangana", "GSTIN: 36AABCS7781M1ZQ"],
           vendor=MER_IN, hdr=[("PO No.", "SVMH/PUR/2026-27/01902"), ("PO Date", "04/12/2026"), ("Indent No.", "IND/OT/0417"), ("Delivery Date", "07/12/2026")],
           ship=["SVM Hospital - Central Stores", "Plot 22, Road No. 3, Banjara Hills", "Hyderabad - 500034", "Telangana, India"], gst=5, igst=True,
           cols=[("S.No", 22, "C", "ln"), ("Description", 200, "L", "desc"), ("HSN", 36, "C", "hsn"), ("Qty", 36, "R", "qty"), ("UOM", 32, "C", "uom"), ("Rate", 50, "R", "price"), ("Taxable Value", 70, "R", "ext"), ("GST %", 30, "C", "gstp"), ("Total", 59, "R", "tot")]),
    lines=[("MSK-1870", None, None, "N95 Respirator 3M 1870+ (20/box)", 25, "BOX", 2450.00, "6307"), ("CAP-BF-21", None, None, "Bouffant Cap 21\" Blue (100 Nos)", 20, "PKT", 290.00, "6505"),
           ("GWN-ISO-L2", None, None, "Isolation Gown Level 2 (10 Nos)", 30, "PKT", 620.00, "6210")])

# ---------- P30 BioVerde EN multi-line
doc(file="30_bioverde_io-26-0471.eml", layout="eu", cust="BioVerde Research B.V.",
    frm="Lotte van Dijk <l.vandijk@bioverde.nl>", subj="PO IO-26-0471", date="Fri, 04 Dec 2026 13:26:40 +0100",
    body="Hello,\n\nPlease find our purchase order IO-26-0471 attached (English version for your order desk).\n\nKind regards,\nLotte van Dijk\nBioVerde Research B.V.\n",
    att="IO-26-0471.pdf", po="IO-26-0471", od="2026-12-04", rd="2026-12-11", cur="EUR",
    st=ST("BioVerde Research B.V.", "Nieuwe Kanaal 7F", "Wageningen", None, "6709 PA", "NL"),
    s=dict(accent="#2e7d32", buyer=["BioVerde Research B.V.", "Nieuwe Kanaal 7F", "6709 PA Wageningen", "inkoop@bioverde.nl"], sender_line="BioVerde Research B.V. - Nieuwe Kanaal 7F - 6709 PA Wageningen",
           vendor=["Meridian LMS Europe B.V.", "Order Desk", "Waalhaven Oostzijde 81", "3087 BM Rotterdam"], pfmt="Page {n} of {t}",
           hdr=[("PO number:", "IO-26-0471"), ("PO date:", "04-12-2026"), ("Requested delivery:", "11-12-2026"), ("Contact:", "L. van Dijk"), ("Currency:", "EUR")],
           title="Purchase Order IO-26-0471", intro=["Dear Sir/Madam,", "Please deliver the following items. Prices as per our framework agreement."],
           cols=[("Line", 30, "C", "ln"), ("Supplier item", 76, "L", "vcode"), ("Description", 190, "L", "desc"), ("Qty", 36, "R", "qty"), ("Unit", 36, "C", "uom"), ("Price", 50, "R", "price"), ("Amount", 63, "R", "ext")],
           comma=True, extras=[("VAT 21%", "pct", 21)], lbl_sub="Subtotal excl. VAT", lbl_tot="Total EUR", ship_title="Delivery address:",
           ship=["BioVerde Research B.V.", "Nieuwe Kanaal 7F", "6709 PA Wageningen", "The Netherlands"], notes=["Please state the PO number on packing slip and invoice."], footer=NL_FOOT),
    lines=[("RG-AGAR-100", None, "RG-AGAR-100", "Agarose LE, molecular grade, 100 g", 2, "EA", 82.00), ("RG-TAE-1L", None, "RG-TAE-1L", "TAE buffer 50x, 1 L", 3, "BT", 35.00),
           ("RG-ETOH-1L", None, "RG-ETOH-1L", "Ethanol absolute AR, 1 L", 6, "BT", 27.00), ("RG-TRYP-100", None, "RG-TRYP-100", "Trypan blue 0,4% solution, 100 ml", 2, "BT", 20.50),
           ("SP-5", None, "SP-5", "Serological pipette 5 ml, individually wrapped", 1, "CS", 41.00), ("SP-25", None, "SP-25", "Serological pipette 25 ml, individually wrapped", 1, "CS", 56.00),
           ("CRV-5", None, "CRV-5", "Cryovial 5 ml, external thread", 1, "CS", 118.00), ("PT-5ML-BLK", None, "PT-5ML-BLK", "Pipette tips 5 ml, bulk", 4, "BG", 17.50),
           ("MCT-15-AMB", None, "MCT-15-AMB", "Microcentrifuge tube 1,5 ml amber", 2, "BG", 16.50), ("MCT-05", None, "MCT-05", "Microcentrifuge tube 0,5 ml", 2, "BG", 15.50),
           ("PARA-4", None, "PARA-4", "Parafilm M 4 in x 125 ft", 2, "RL", 37.00), ("GLNX-L", None, "GLNX-L", "Nitrile gloves extended cuff 300 mm, size L", 10, "BX", 11.20)])

def label_for(d):
    um = d.get("umap", {})
    L = []
    for l in d["lines"]:
        sku = l[0]
        ln = line(sku, l[3], l[4], um.get(l[5]) or l[5], l[6], l[1])
        if sku and sku.startswith("?"):
            del ln["sku"]
        L.append(ln)
    lab = {"kind": "purchase_order", "customer": d["cust"], "po_number": d["po"], "order_date": d["od"]}
    if d["rd"] != "__absent__": lab["requested_date"] = d["rd"]
    lab["currency"] = d["cur"]; lab["ship_to"] = d["st"]; lab["lines"] = L
    return lab

def build():
    for d in DOCS:
        s = dict(d["s"]); s["lines"] = d["lines"]; s["po"] = d["po"]
        path = os.path.join(TMP, d["att"])
        LAYOUTS[d["layout"]](s, path)
        make_eml(d["file"], d["frm"], "Meridian Orders <orders@meridianlms.com>", d["subj"], d["date"], d["body"], [(path, "application/pdf")])
        write_label(d["file"], label_for(d))
    print("pdf docs:", len(DOCS))

if __name__ == "__main__":
    build()
