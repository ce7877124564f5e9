import io, os
import openpyxl
from openpyxl.styles import Font
from lib import eml, E, L, S, NOT, write_exp, OUT, DOCS

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_bytes(rows, bold_rows=(), widths=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Order"
    for r in rows:
        ws.append(r)
    for i in bold_rows:
        for c in ws[i]:
            c.font = Font(bold=True)
    if widths:
        for col, w in widths.items():
            ws.column_dimensions[col].width = w
    b = io.BytesIO()
    wb.save(b)
    return b.getvalue()


def build():
    # X1 xlsx attached, Harrow
    data = xlsx_bytes([
        ["Harrow Precision Engineering Ltd - Purchase Order"],
        ["PO Number:", "HPE-PO-26-1152"],
        ["Date:", "04/12/2026"],
        ["Required:", "11/12/2026"],
        [],
        ["Our Part No", "Boltway Code", "Description", "Qty", "UOM", "Price £", "Total £"],
        ["HPE-0410", "DB-HSSG-30", "HSS-G jobber drill 3.0mm pk10", 5, "PK", 4.20, 21.00],
        ["HPE-0411", "DB-HSSG-42", "HSS-G jobber drill 4.2mm pk10", 5, "PK", 5.10, 25.50],
        ["HPE-0412", "DB-HSSG-68", "HSS-G jobber drill 6.8mm pk10", 5, "PK", 8.60, 43.00],
        ["HPE-0413", "DB-HSSG-85", "HSS-G jobber drill 8.5mm pk10", 3, "PK", 12.40, 37.20],
        ["HPE-0520", "CD-115-10-INOX", "Cutting disc 115x1.0 inox box 25", 4, "BX", 16.25, 65.00],
        ["HPE-0611", "TL-243-50", "Threadlock medium 50ml", 6, "EA", 12.80, 76.80],
        [],
        ["", "", "", "", "", "Total", 268.50],
    ], bold_rows=(1, 6), widths={"A": 14, "B": 18, "C": 36})
    eml("x01_harrow_xlsx.eml", "Linda Carver <purchasing@harrowprecision.co.uk>", "PO HPE-PO-26-1152 (spreadsheet attached)",
        "Fri, 4 Dec 2026 09:30:00 +0000",
        """Morning,

Our order HPE-PO-26-1152 is attached as a spreadsheet. Delivery to goods-in please:
Harrow Precision Engineering Ltd, Unit 4 Brindley Road, Coventry CV7 9EP.

Kind regards
Linda Carver
""",
        E("Harrow Precision Engineering Ltd", "HPE-PO-26-1152", "2026-12-04", "2026-12-11", "GBP",
          S("Harrow Precision Engineering Ltd", "Unit 4 Brindley Road", "Coventry", None, "CV7 9EP", "GB"), [
            L("DB-HSSG-30", 5, "PK", 4.20, cp="HPE-0410", desc="HSS-G jobber drill 3.0mm pk10"),
            L("DB-HSSG-42", 5, "PK", 5.10, cp="HPE-0411", desc="HSS-G jobber drill 4.2mm pk10"),
            L("DB-HSSG-68", 5, "PK", 8.60, cp="HPE-0412", desc="HSS-G jobber drill 6.8mm pk10"),
            L("DB-HSSG-85", 3, "PK", 12.40, cp="HPE-0413", desc="HSS-G jobber drill 8.5mm pk10"),
            L("CD-115-10-INOX", 4, "BX", 16.25, cp="HPE-0520", desc="Cutting disc 115x1.0 inox box 25"),
            L("TL-243-50", 6, "EA", 12.80, cp="HPE-0611", desc="Threadlock medium 50ml"),
        ]), "XLSX attached to email: header block rows then table, buyer and seller codes, GBP",
        attachments=[("HPE-PO-26-1152.xlsx", data, XLSX)])

    # X2 csv attached, Lone Star
    csvtxt = ("Item,Description,Qty,Unit Cost\n"
              "UNC5-1420-100,\"1/4-20 x 1\"\" HHCS GR5 ZINC\",10,9.90\n"
              "UNC5-1420-150,\"1/4-20 x 1-1/2\"\" HHCS GR5 ZINC\",6,11.60\n"
              "UNCNL-1420-ZP,1/4-20 NYLOCK NUT ZINC,12,6.40\n"
              "SAEW-14-ZP,1/4 SAE WASHER ZINC,16,2.55\n"
              "LB-WD40-400,WD-40 400ML,24,6.75\n")
    eml("x02_lonestar_csv.eml", "Ray Dominguez <ray@lonestarfab.com>", "PO LSF-12004",
        "Mon, 7 Dec 2026 07:15:00 -0600",
        """Order attached as csv, PO LSF-12004. need by 12/15 at the shop:
Lone Star Fabrication LLC, 8801 Hwy 290 E, Austin TX 78724

Ray
""",
        E("Lone Star Fabrication LLC", "LSF-12004", None, "2026-12-15", "USD",
          S("Lone Star Fabrication LLC", "8801 Hwy 290 E", "Austin", "TX", "78724", "US"), [
            L("UNC5-1420-100", 10, "BX", 9.90, desc="1/4-20 x 1\" HHCS GR5 ZINC"),
            L("UNC5-1420-150", 6, "BX", 11.60, desc="1/4-20 x 1-1/2\" HHCS GR5 ZINC"),
            L("UNCNL-1420-ZP", 12, "BX", 6.40, desc="1/4-20 NYLOCK NUT ZINC"),
            L("SAEW-14-ZP", 16, "BX", 2.55, desc="1/4 SAE WASHER ZINC"),
            L("LB-WD40-400", 24, "EA", 6.75, desc="WD-40 400ML"),
        ]), "CSV attached to email (seller SKUs, USD unit cost), PO and ship-to in the body",
        attachments=[("LSF-12004.csv", csvtxt.encode(), "text/csv")])

    # X3 standalone csv, German semicolon
    rows = [
        "Kundennr;Kunde;Bestellnr;Bestelldatum;Wunschtermin;Pos;Artikelnr;Bezeichnung;Menge;Einheit;Einzelpreis EUR",
        "C020;Haus der Technik Meyer KG;26-1215;07.12.2026;18.12.2026;1;HS933-06020-ZP;Sechskantschraube DIN 933 M6x20 8.8 vz;4;Pak;4,35",
        "C020;Haus der Technik Meyer KG;26-1215;07.12.2026;18.12.2026;2;HN934-M6-ZP;Sechskantmutter DIN 934 M6 vz;4;Pak;1,70",
        "C020;Haus der Technik Meyer KG;26-1215;07.12.2026;18.12.2026;3;FW125-M6-ZP;Scheibe DIN 125 A M6 vz;4;Pak;0,95",
        "C020;Haus der Technik Meyer KG;26-1215;07.12.2026;18.12.2026;4;NL985-M6-ZP;Sicherungsmutter DIN 985 M6 vz;2;Pak;2,55",
        "C020;Haus der Technik Meyer KG;26-1215;07.12.2026;18.12.2026;5;LB-PTFE-400;PTFE-Trockenschmierspray 400 ml;6;Stk;6,60",
    ]
    with open(os.path.join(OUT, "x03_meyer_bestellung.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(rows) + "\r\n")
    write_exp("x03_meyer_bestellung.csv",
              E("Haus der Technik Meyer KG", "26-1215", "2026-12-07", "2026-12-18", "EUR", None, [
                  L("HS933-06020-ZP", 4, "BX", 4.35, desc="Sechskantschraube DIN 933 M6x20 8.8 vz"),
                  L("HN934-M6-ZP", 4, "BX", 1.70, desc="Sechskantmutter DIN 934 M6 vz"),
                  L("FW125-M6-ZP", 4, "BX", 0.95, desc="Scheibe DIN 125 A M6 vz"),
                  L("NL985-M6-ZP", 2, "BX", 2.55, desc="Sicherungsmutter DIN 985 M6 vz"),
                  L("LB-PTFE-400", 6, "EA", 6.60, desc="PTFE-Trockenschmierspray 400 ml"),
              ]))
    DOCS.append(("x03_meyer_bestellung.csv", "Standalone CSV (German, semicolon, decimal comma, header repeated per row)"))

    # X4 standalone xlsx Polish
    data = xlsx_bytes([
        ["ZAMÓWIENIE nr ZS-26/1160"],
        ["Zamawiający:", "Stalbud Montaż Sp. z o.o.", "", "Data zamówienia:", "07.12.2026"],
        ["Dostawca:", "Boltway Industrial Supply", "", "Termin dostawy:", "14.12.2026"],
        ["Adres dostawy:", "Stalbud Montaż Sp. z o.o., ul. Fabryczna 27, 60-111 Poznań"],
        [],
        ["Lp.", "Nazwa towaru", "Ilość", "J.m.", "Cena netto PLN", "Wartość netto PLN"],
        [1, "Kotwa tulejowa M10x80 ocynk (op. 50 szt.)", 6, "op.", 96.00, 576.00],
        [2, "Kotwa tulejowa M8x65 ocynk (op. 50 szt.)", 4, "op.", 69.50, 278.00],
        [3, "Pręt gwintowany M10 ocynk 1 m", 150, "szt.", 10.20, 1530.00],
        [4, "Nakrętka M10 ocynk op. 500 szt.", 3, "op.", 72.00, 216.00],
        [5, "Tarcza do cięcia 230x2,0 metal (op. 25)", 2, "op.", 195.00, 390.00],
        [],
        ["", "", "", "", "Razem netto:", 2990.00],
    ], bold_rows=(1, 6), widths={"B": 44})
    with open(os.path.join(OUT, "x04_stalbud_zamowienie.xlsx"), "wb") as f:
        f.write(data)
    write_exp("x04_stalbud_zamowienie.xlsx",
              E("Stalbud Montaż Sp. z o.o.", "ZS-26/1160", "2026-12-07", "2026-12-14", "PLN",
                S("Stalbud Montaż Sp. z o.o.", "ul. Fabryczna 27", "Poznań", None, "60-111", "PL"), [
                  L("SA-M10X80", 6, "BX", 96.00, desc="Kotwa tulejowa M10x80 ocynk (op. 50 szt.)"),
                  L("SA-M8X65", 4, "BX", 69.50, desc="Kotwa tulejowa M8x65 ocynk (op. 50 szt.)"),
                  L("TR976-M10-1M-ZP", 150, "EA", 10.20, desc="Pręt gwintowany M10 ocynk 1 m"),
                  L("HN934-M10-ZP-500", 3, "BX", 72.00, desc="Nakrętka M10 ocynk op. 500 szt."),
                  L("CD-230-20-MET", 2, "BX", 195.00, desc="Tarcza do cięcia 230x2,0 metal (op. 25)"),
              ]))
    DOCS.append(("x04_stalbud_zamowienie.xlsx", "Standalone XLSX (Polish header block + table, PLN net prices)"))

    # Not orders
    eml("n01_fraser_quote_request.eml", "Tanya Gill <purchasing@fvmech.ca>", "RFQ - anchors and rod",
        "Tue, 1 Dec 2026 13:00:00 -0800",
        """Hi Boltway,

Could you please quote on the following for an upcoming job? Not an order yet, just pricing
and lead time:

- 40 bx M12 x 110 wedge anchors zinc
- 200 lengths M12 threaded rod 1m zinc
- 60 chemical anchor 300ml vinylester

Please quote in CAD, delivered Abbotsford. We expect to place the order mid-January.

Thanks,
Tanya Gill | Purchasing | Fraser Valley Mechanical Ltd.
""",
        NOT("Fraser Valley Mechanical Ltd"), "Not an order: request for quotation with quantities")

    eml("n02_clyde_complaint.eml", "Stevie McAllister <stevie@clydemarine.co.uk>", "wrong grade delivered - CMS/PO/3318",
        "Mon, 7 Dec 2026 08:15:00 +0000",
        """Hi

Delivery came in Friday against CMS/PO/3318 but the M8x30 set screws are A2 not A4 - box label says
HS933-08030-A2. These are going on a boat, A2 no good. 4 boxes. Can you collect and swap for the A4
ones please, and credit the difference if any.

Stevie
Clyde Marine Services Ltd
""",
        NOT("Clyde Marine Services Ltd"), "Not an order: complaint about wrong grade delivered (mentions SKU and qty)")

    eml("n03_lonestar_chase.eml", "Ray Dominguez <ray@lonestarfab.com>", "RE: order - where is it??",
        "Mon, 7 Dec 2026 14:40:00 -0600",
        """Guys any update on PO# LSF-11930? 5 bx grade 8 3/8 x 1-1/2, nylocks and washers. Was supposed to be
here Friday. Have a crew waiting. Tracking number please.

Ray

On Tue, Dec 1, 2026 at 6:48 AM Ray Dominguez <ray@lonestarfab.com> wrote:
> hey guys need 5 boxes of 3/8-16 x 1-1/2 grade 8, 5 boxes 3/8 nylocks and 5 boxes 3/8 SAE washers. PO# LSF-11930
""",
        NOT("Lone Star Fabrication LLC"), "Not an order: delivery chase quoting the original order")

    eml("n04_supplier_price_notice.eml", "Fastenex Europe B.V. <pricing@fastenex-europe.nl>",
        "Price adjustment notice effective 1 February 2027", "Thu, 3 Dec 2026 10:00:00 +0100",
        """Dear Partner,

Due to continued increases in wire rod and zinc costs, Fastenex Europe will adjust list prices
effective 1 February 2027:

  DIN 933 / DIN 931 8.8 zinc plated          +4.5%
  DIN 934 / DIN 985 nuts zinc plated         +3.0%
  Stainless A2 / A4 (all DIN)                 +6.0%
  Blind rivets aluminium/steel               +2.5%

Orders received before 31 January 2027 will be invoiced at current prices. Your account
manager will send the updated price file for customer no. 40021 (Boltway Industrial Supply).

Kind regards,
Fastenex Europe B.V. - Pricing Department
Havenweg 12, 3089 JK Rotterdam
""",
        NOT(None), "Not an order: supplier's price increase notice sent to the seller")
