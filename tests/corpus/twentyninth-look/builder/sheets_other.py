"""Spreadsheet/CSV orders (s01-s04) and not-orders (n01-n04)."""
import io, csv, os
import openpyxl
from openpyxl.styles import Font
from common import *
from emails1 import NOTES, D
from pdfs import render_pdf


def xlsx_bytes(rows_by_sheet):
    wb = openpyxl.Workbook()
    first = True
    for title, rows in rows_by_sheet:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(r)
        for c in ws[1]:
            c.font = Font(bold=True)
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


def build():
    # s01 Hartwell job materials spreadsheet (xlsx attached)
    rows = [["HARTWELL DECORATING LTD - MATERIALS SHEET"], ["Job:", "Lime Court, Leyton - communal areas"], ["PO:", "HD-2312"],
            ["Deliver:", "Lime Court, 77 Grange Park Road, Leyton, London E10 5EP"], ["Needed on site:", "Mon 14 Dec"], [],
            ["Area", "Product", "Colour", "Size", "Qty", "Notes"],
            ["Stairwells walls", "Trade vinyl matt", "Magnolia", "10L", 8, ""],
            ["Stairwells ceilings", "Trade vinyl matt", "Brilliant white", "10L", 4, ""],
            ["Handrails/spindles", "Trade satin", "Pure brilliant white", "2.5L", 3, "water based if poss"],
            ["Doors", "Acrylic primer undercoat", "White", "2.5L", 2, ""],
            ["Sundries", "Roller sleeve 9in", "Medium pile", "", 8, ""],
            ["Sundries", "Synthetic brush", "", '2"', 6, ""],
            ["Sundries", "Synthetic brush", "", '1"', 6, ""],
            ["Sundries", "Masking tape", "", "38mm", 10, "rolls"],
            ["Sundries", "Decorators caulk", "White", "380ml", 24, ""],
            ["Sundries", "Sanding roll", "120 grit", "", 1, ""]]
    lines = [L("TVM-MAG-10", 8, "Trade vinyl matt Magnolia 10L"), L("TVM-BW-10", 4, "Trade vinyl matt Brilliant white 10L"),
             L("TSA-PBW-25", 3, "Trade satin Pure brilliant white 2.5L"), L("PRM-APU-25", 2, "Acrylic primer undercoat White 2.5L"),
             L("RS-09-MP", 8, "Roller sleeve 9in Medium pile"), L("BR-SYN-200", 6, 'Synthetic brush 2"'),
             L("BR-SYN-100", 6, 'Synthetic brush 1"'), L("MT-38", 10, "Masking tape 38mm", "RL"),
             L("CLK-WHT-380", 24, "Decorators caulk White 380ml"), L("AO-RL-120", 1, "Sanding roll 120 grit", "RL")]
    D("s01_hartwell_xlsx.eml", "Gary Hartwell <gary@hartwelldecorating.co.uk>", "Lime Court materials - PO HD-2312",
      "Mon, 07 Dec 2026 18:20:00 +0000", "materials list attached for Lime Court, deliver for mon 14th pls\n\nGary\n",
      label("Hartwell Decorating Ltd", "HD-2312", None, "2026-12-14", None,
            ST("Lime Court", "77 Grange Park Road", "London", None, "E10 5EP", "GB"), lines),
      "xlsx job materials sheet by area (colour and size in separate columns) attached to a one-line email",
      att=[("LimeCourt_materials.xlsx", xlsx_bytes([("Materials", rows)]),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

    # s02 Marsh & Finch CSV attached
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["PO", "MF 0470", "", "", ""])
    w.writerow(["Deliver to", "Unit 6 Avonbank Industrial Centre, West Town Road, Avonmouth, Bristol BS11 9DE", "", "", ""])
    w.writerow(["Product code", "Product", "Qty", "Unit price", "Line total"])
    data = [("MSM-MAG-10", "Smooth masonry magnolia 10L", 6, 41.50), ("MSM-BW-05", "Smooth masonry brilliant white 5L", 4, 24.90),
            ("PRM-ALK-25", "Alkali resisting primer 2.5L", 2, 28.40), ("BR-SYN-400", 'Synthetic brush 4"', 4, 8.20),
            ("RS-12-LP", '12" long pile sleeve', 6, 6.40)]
    for s, d, q, p in data:
        w.writerow([s, d, q, f"{p:.2f}", f"{p*q:.2f}"])
    D("s02_marshfinch_csv.eml", "Olivia Finch <olivia@marshfinch.co.uk>", "MF 0470 order attached",
      "Fri, 04 Dec 2026 10:05:00 +0000",
      "Hi,\n\nOrder attached as a CSV (prices in £ as per your trade list). Please deliver to our Avonmouth unit.\n\nThanks\nOlivia\n",
      label("Marsh & Finch Property Maintenance", "MF 0470", None, None, "GBP",
            ST(None, "Unit 6 Avonbank Industrial Centre", "Bristol", None, "BS11 9DE", "GB"),
            [L(s, q, d, price=p) for s, d, q, p in data]),
      "CSV attachment with header rows above the item table, our SKUs and prices",
      att=[("MF0470.csv", out.getvalue().encode(), "text/csv")])

    # s03 standalone CSV from Thames Reach (document itself)
    out = io.StringIO()
    w = csv.writer(out, delimiter=";")
    w.writerow(["order_ref", "order_date", "customer", "deliver_to", "postcode", "item_code", "our_code", "description", "qty", "uom"])
    rowsd = [("TR-STK-001", "TVM-BW-10", "Vinyl matt brilliant white 10L", 10, "EA"),
             ("TR-STK-002", "TVM-MAG-10", "Vinyl matt magnolia 10L", 10, "EA"),
             ("TR-STK-010", "TGL-BW-01", "Gloss brilliant white 1L", 12, "EA"),
             ("TR-STK-031", "RS-09-MP", "Sleeve 9in medium", 20, "EA"),
             ("TR-STK-040", "MT-25", "Masking tape 25mm", 36, "RL"),
             ("TR-STK-052", "WSP-05", "White spirit 5L", 4, "EA")]
    for cp, s, d, q, u in rowsd:
        w.writerow(["TR/7760", "08/12/2026", "Thames Reach Facilities Management", "Central Stores, 15 Ewer Street, London", "SE1 0NR", cp, s, d, q, u])
    open(os.path.join(OUT, "s03_thamesreach_order.csv"), "w").write(out.getvalue())
    save_label("s03_thamesreach_order.csv",
               label("Thames Reach Facilities Management", "TR/7760", "2026-12-08", None, None,
                     ST("Central Stores", "15 Ewer Street", "London", None, "SE1 0NR", "GB"),
                     [L(s, q, d, u, cp=cp) for cp, s, d, q, u in rowsd]))
    NOTES["s03_thamesreach_order.csv"] = "standalone semicolon CSV export (flat: header repeated per row), buyer codes + our codes"

    # s04 Liffey xlsx attached
    rows = [["Liffey Decorators Ltd", "", "", ""], ["Purchase Order", "LD-1195", "", ""], ["Date", "04/12/2026", "", ""],
            ["Site", "Block B, Heuston South Quarter, St John's Road West, Dublin 8, D08 F9C6", "", ""], [],
            ["Qty", "Description", "Unit €", "Total €"],
            [12, "Trade Vinyl Silk Brilliant White 10L", 41.90, 502.80],
            [12, "Trade Vinyl Silk Pure Brilliant White 10L", 43.40, 520.80],
            [6, "Trade Gloss Brilliant White 2.5L", 28.90, 173.40],
            [4, "Extension pole 1.2m", 10.70, 42.80],
            [2, "Masking tape 25mm box of 36", 64.50, 129.00]]
    lines = [L("TVS-BW-10", 12, "Trade Vinyl Silk Brilliant White 10L", price=41.90),
             L("TVS-PBW-10", 12, "Trade Vinyl Silk Pure Brilliant White 10L", price=43.40),
             L("TGL-BW-25", 6, "Trade Gloss Brilliant White 2.5L", price=28.90),
             L("EXP-12", 4, "Extension pole 1.2m", price=10.70),
             L("MT-25-BX36", 2, "Masking tape 25mm box of 36", "BX", 64.50)]
    D("s04_liffey_xlsx.eml", "Ciarán Byrne <orders@liffeydecorators.ie>", "PO LD-1195 (spreadsheet)",
      "Fri, 04 Dec 2026 16:45:00 +0000", "Hi, PO LD-1195 attached. Delivery Wed 9th please.\nCiarán\n",
      label("Liffey Decorators Ltd", "LD-1195", "2026-12-04", "2026-12-09", "EUR",
            ST("Block B, Heuston South Quarter", "St John's Road West", "Dublin", None, "D08 F9C6", "IE"), lines),
      "xlsx PO with header block and euro price columns, delivery date in email body",
      att=[("LD-1195.xlsx", xlsx_bytes([("PO", rows)]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])

    # ---------------- not orders
    NA = lambda cust: {"kind": "not_an_order", "customer": cust, "lines": []}
    D("n01_brightwater_quote.eml", "Facilities <facilities@brightwaterhotels.co.uk>", "Quote request - spring works",
      "Mon, 07 Dec 2026 11:00:00 +0000",
      "Hello,\n\nBefore I raise a PO, could you quote me for the following for our spring refurb at the Bath hotel?\n\n"
      "40 x Trade Vinyl Matt Pure Brilliant White 10L\n20 x Trade Eggshell Pure Brilliant White 2.5L\n30 x 12\" medium pile sleeves\n\n"
      "Please include delivery to Bath and lead time. No order yet - budget sign-off is in January.\n\nThanks\nNadia Evans\n",
      NA("Brightwater Hotels Ltd"), "not an order: quote request listing items and quantities")
    D("n02_pike_complaint.eml", "Jason Pike <jason@pikedecorators.co.uk>", "wrong paint delivered!!",
      "Fri, 04 Dec 2026 08:20:00 +0000",
      "Morning\n\nThe Hatfield delivery yesterday had 4 x 10L brilliant white instead of the PURE brilliant white I ordered, and two "
      "of the tins were dented with paint all over the pallet. Lads have stood around for an hour. Can someone ring me asap to sort a "
      "swap and a credit for the dented ones.\n\nJason\n07700 900412\n",
      NA("J. Pike Painters & Decorators"), "not an order: complaint about wrong colour and damaged tins")
    D("n03_carrow_chase.eml", "Purchasing <purchasing@carrowcontractors.co.uk>", "Chasing PO CC-4418",
      "Thu, 03 Dec 2026 14:30:00 +0000",
      "Hi,\n\nSite are telling me nothing has arrived for PO CC-4418 (Unthank Road) - it was due today. Can you let me know where it "
      "is and an ETA? It was 10 x contract matt, 5 x satin etc.\n\nThanks\nKaren Blythe\nCarrow Contractors Ltd\n",
      NA("Carrow Contractors Ltd"), "not an order: delivery chase referencing an existing PO and its items")
    notice = render_pdf({"style": "plain", "head": ["Hallam Coatings Ltd", "Unit 2, Don Valley Works, Sheffield S9 3QL"],
                         "title": "Price Change Notice", "meta": [("Effective", "01/02/2027"), ("Ref", "HC-PN-2027-01")],
                         "cols": [("Range", "desc", 110, "L"), ("Change", "qty", 40, "R")],
                         "items": [{"desc": "Trade emulsions (all sizes)", "qty": "+4.5%"}, {"desc": "Trade gloss / satin / eggshell", "qty": "+5.0%"},
                                   {"desc": "Masonry paints", "qty": "+3.5%"}, {"desc": "Primers and undercoats", "qty": "+4.0%"}],
                         "notes": ["Orders placed before 31/01/2027 will be honoured at current prices."]})
    D("n04_supplier_notice.eml", "Hallam Coatings Sales <sales@hallamcoatings.co.uk>", "Price change notice - effective 1 Feb 2027",
      "Tue, 01 Dec 2026 09:00:00 +0000",
      "Dear Brushmark,\n\nPlease find attached our price change notice for 2027. Your account manager will be in touch.\n\n"
      "Regards\nHallam Coatings Sales\n",
      NA(None), "not an order: a manufacturer's price-change notice (PDF) sent to the seller",
      att=[("HC-PN-2027-01.pdf", notice, "application/pdf")])
    return NOTES
