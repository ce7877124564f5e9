"""The 45 e-mails and their labels (data only; see build.py)."""


def define(E, L, PO, NOT, ST, C, dt, html_table, text_table, quote):
    # =========================================================================================
    # A. CLEAN CONTROL ORDERS (01-15): our SKUs exactly, clear quantities, a PO number.
    # =========================================================================================
    E("nwfs-po-78112", "Dana Pratt <dpratt@northwindfs.com>", dt(2026, 11, 2, 7, 42, "PT"),
      "PO 78112",
      """Hi,

Please enter PO 78112:

10 x JN-20110
6 x JN-30221
4 x JN-40135
2 x JN-50130

Thanks,
Dana Pratt
Purchasing | Northwind Facilities Services
(206) 555-0148
""",
      PO("NWFS", "78112", [L("JN-20110", 10), L("JN-30221", 6), L("JN-40135", 4), L("JN-50130", 2)]))

    E("kec-po-26-1402", "Rich Albright <ralbright@keystone-ec.com>", dt(2026, 11, 3, 10, 5, "ET"),
      "Keystone PO 26-1402",
      """Good morning,

PO: 26-1402
PO Date: 11/03/2026

EL-10012-BK  qty 4
EL-10012-WH  qty 4
EL-10012-GR  qty 2
EL-20110     qty 10
EL-30120-WH  qty 50

Please confirm.

Rich Albright
Purchasing Agent
Keystone Electric & Controls
717-555-0190 ext 12
""",
      PO("KEC", "26-1402", [L("EL-10012-BK", 4), L("EL-10012-WH", 4), L("EL-10012-GR", 2),
                            L("EL-20110", 10), L("EL-30120-WH", 50)], order_date="2026-11-03"))

    cvh_rows = [["Item", "Description", "Qty", "UOM", "Unit Price"],
                ["SF-10010-M", "Nitrile exam gloves, 4 mil, blue, M, 100/box", "20", "BX", "$8.90"],
                ["SF-10010-L", "Nitrile exam gloves, 4 mil, blue, L, 100/box", "20", "BX", "$8.90"],
                ["JN-40137", "Foam hand soap refill, antibacterial, 1000 mL", "6", "CS", "$63.90"],
                ["JN-20135", "Jumbo roll bath tissue, 2-ply", "4", "CS", "$39.90"]]
    E("cvh-po-4410-2350", "Marcy Hollins <mhollins@cedarvalleyhealth.org>", dt(2026, 11, 4, 9, 18, "CT"),
      "Purchase Order 4410-2350",
      "Hello,\n\nPlease process purchase order 4410-2350 as below.\n\n" + text_table(cvh_rows) +
      "\n\nThank you,\nMarcy Hollins\nMaterials Management\nCedar Valley Health\n319-555-0133\n",
      PO("CVH", "4410-2350", [
          L("SF-10010-M", 20, "Nitrile exam gloves, 4 mil, blue, M, 100/box", "BX", 8.90),
          L("SF-10010-L", 20, "Nitrile exam gloves, 4 mil, blue, L, 100/box", "BX", 8.90),
          L("JN-40137", 6, "Foam hand soap refill, antibacterial, 1000 mL", "CS", 63.90),
          L("JN-20135", 4, "Jumbo roll bath tissue, 2-ply", "CS", 39.90)], currency="USD"),
      html=html_table(cvh_rows, intro="Hello,\n\nPlease process purchase order 4410-2350 as below.",
                      outro="Thank you,\nMarcy Hollins\nMaterials Management\nCedar Valley Health\n319-555-0133"))

    E("srm-po-sr-55120", "Curtis Vang <cvang@sierraridgemfg.com>", dt(2026, 11, 5, 13, 27, "PT"),
      "PO SR-55120",
      """Jen / order desk,

PO SR-55120

FS-41420-100  qty 10
FS-31420      qty 10
FS-51400      qty 10
FS-52400      qty 5
SF-30110      qty 48

Regards,
Curtis Vang | Buyer
Sierra Ridge Manufacturing Inc.
5000 Longley Ln, Reno NV 89502 | 775-555-0110
""",
      PO("SRM", "SR-55120", [L("FS-41420-100", 10), L("FS-31420", 10), L("FS-51400", 10),
                             L("FS-52400", 5), L("SF-30110", 48)]))

    E("bay-po-b-2291", "Luis Ortega <lortega@baylinemech.com>", dt(2026, 11, 6, 6, 51, "PT"),
      "PO B-2291",
      """PO B-2291

25 x PL-30016
10 x PL-40050
20 x PL-50010
12 x PL-50021

thx
Luis

--
Luis Ortega
Bayline Mechanical
510-555-0177
""",
      PO("BAY", "B-2291", [L("PL-30016", 25), L("PL-40050", 10), L("PL-50010", 20), L("PL-50021", 12)]))

    pcc_csv = ("sku,description,qty,uom\n"
               "SF-20220-L,Class 3 vest lime L,12,EA\n"
               "SF-20220-XL,Class 3 vest lime XL,12,EA\n"
               "SF-30221,Hard hat yellow,10,EA\n"
               "SF-30110,Safety glasses clear,24,EA\n"
               "FS-60825,Deck screw #9 x 2-1/2 5lb,6,BX\n")
    E("pcc-po-pc-8841-csv", "Amber Keane <akeane@pacificcrestbuild.com>", dt(2026, 11, 9, 8, 3, "PT"),
      "PO PC-8841",
      """Hi Harbor & Pine,

PO PC-8841 attached as a CSV. Let me know if anything is backordered.

Amber Keane
Project Coordinator | Pacific Crest Construction
425-555-0164
""",
      PO("PCC", "PC-8841", [L("SF-20220-L", 12, "Class 3 vest lime L", "EA"),
                            L("SF-20220-XL", 12, "Class 3 vest lime XL", "EA"),
                            L("SF-30221", 10, "Hard hat yellow", "EA"),
                            L("SF-30110", 24, "Safety glasses clear", "EA"),
                            L("FS-60825", 6, "Deck screw #9 x 2-1/2 5lb", "BX")]),
      attachments=[{"type": "csv", "filename": "PC-8841.csv", "data": pcc_csv}])

    E("ros-po-rd-1187", "Gina Russo <gina@rosewooddiners.com>", dt(2026, 11, 10, 14, 40, "PT"),
      "order RD-1187",
      """Hi there -

Weekly order, PO RD-1187:

FD-10112  qty 4
FD-10120  qty 4
FD-20116  qty 3
FD-30115  qty 2
FD-60010  qty 10

Thanks!
Gina
Rosewood Diner Group
""",
      PO("ROS", "RD-1187", [L("FD-10112", 4), L("FD-10120", 4), L("FD-20116", 3), L("FD-30115", 2),
                            L("FD-60010", 10)]))

    E("mlp-po-mlp-20461", "Priya Nair <pnair@mapleleafpm.ca>", dt(2026, 11, 11, 11, 12, "ET"),
      "PO MLP-20461",
      """Hello,

Please supply the following on PO MLP-20461:

3 x JN-20122
4 x JN-30211
2 x JN-40120
10 x EL-40127

Kind regards,

Priya Nair
Facilities Coordinator
Maple Leaf Property Management
416-555-0129
""",
      PO("MLP", "MLP-20461", [L("JN-20122", 3), L("JN-30211", 4), L("JN-40120", 2), L("EL-40127", 10)]))

    from datetime import datetime as _d
    gbf_xlsx = {"type": "xlsx", "filename": "GBF-1102.xlsx", "creator": "T. Whitlock",
                "widths": {"A": 8, "B": 16, "C": 44, "D": 8, "E": 8, "F": 12, "G": 12},
                "formats": {"B4": "mm/dd/yyyy"},
                "rows": [["Granite Bay Fabrication"],
                         ["PURCHASE ORDER"],
                         ["PO #", "GBF-1102"],
                         ["PO Date", _d(2026, 11, 12)],
                         ["Vendor", "Harbor & Pine Supply Co."],
                         [],
                         ["Line", "Vendor Item", "Description", "Qty", "UOM", "Unit Price", "Ext"],
                         [1, "FS-45618-100", "Hex cap screw 5/16-18 x 1 gr5 zinc", 8, "BX", 12.80, 102.40],
                         [2, "FS-55600", "Flat washer 5/16 SAE zinc", 8, "BX", 4.10, 32.80],
                         [3, "FS-41213-208", "Hex cap screw 1/2-13 x 2 gr8 yellow zinc", 4, "BX", 27.90, 111.60],
                         [4, "SF-10080-L", "Cut-resistant gloves A4 L", 3, "DZ", 58.00, 174.00],
                         [5, "FS-70124", "Wedge anchor 1/2 x 4", 2, "BX", 27.60, 55.20],
                         [],
                         [None, None, None, None, None, "Total", 476.00]]}
    E("gbf-po-gbf-1102-xlsx", "Tom Whitlock <twhitlock@granitebayfab.com>", dt(2026, 11, 12, 9, 24, "PT"),
      "PO GBF-1102",
      """Please see attached PO GBF-1102.

Tom Whitlock
Shop Manager, Granite Bay Fabrication
916-555-0185
""",
      PO("GBF", "GBF-1102", [
          L("FS-45618-100", 8, "Hex cap screw 5/16-18 x 1 gr5 zinc", "BX", 12.80),
          L("FS-55600", 8, "Flat washer 5/16 SAE zinc", "BX", 4.10),
          L("FS-41213-208", 4, "Hex cap screw 1/2-13 x 2 gr8 yellow zinc", "BX", 27.90),
          L("SF-10080-L", 3, "Cut-resistant gloves A4 L", "DZ", 58.00),
          L("FS-70124", 2, "Wedge anchor 1/2 x 4", "BX", 27.60)],
         order_date="2026-11-12", currency="USD"),
      attachments=[gbf_xlsx])

    cvs_rows = [["Item", "Description", "Qty", "Unit"],
                ["OF-10011", "Copy paper 8.5x11 20#", "40", "CS"],
                ["OF-20110", "Ballpoint pen med black", "10", "DZ"],
                ["OF-40110", "File folder letter 1/3 cut", "6", "BX"],
                ["OF-30033", "Sticky notes 3x3 yellow", "12", "PK"]]
    E("cvs-po-2026-004811", "Brenda Kowalski <bkowalski@cedarvalley.k12.wa.us>", dt(2026, 11, 16, 7, 55, "PT"),
      "PO 2026-004811 - Harbor & Pine",
      "Purchase Order: 2026-004811\nPO Date: 11/16/2026\nVendor: Harbor & Pine Supply Co.\n\n" +
      text_table(cvs_rows) +
      "\n\nBrenda Kowalski\nPurchasing Technician\nCedar Valley School District\n425-555-0102\n\n"
      "This e-mail may contain confidential student information. If you received it in error, please delete it.\n",
      PO("CVS", "2026-004811", [L("OF-10011", 40, "Copy paper 8.5x11 20#", "CS"),
                                L("OF-20110", 10, "Ballpoint pen med black", "DZ"),
                                L("OF-40110", 6, "File folder letter 1/3 cut", "BX"),
                                L("OF-30033", 12, "Sticky notes 3x3 yellow", "PK")], order_date="2026-11-16"))

    E("lak-po-lcfb-3318", "Ruth Vandermolen <rvandermolen@lakeshorefoodbank.org>", dt(2026, 11, 17, 10, 2, "CT"),
      "PO LCFB-3318",
      """Hello Harbor & Pine,

Our PO LCFB-3318:

JN-30231   5
FD-60010   10
OF-60220   2
SF-10050-L 2

Thank you for your support of the food bank!

Ruth Vandermolen
Operations Manager
Lakeshore Community Food Bank
616-555-0119
""",
      PO("LAK", "LCFB-3318", [L("JN-30231", 5), L("FD-60010", 10), L("OF-60220", 2), L("SF-10050-L", 2)]))

    sdp_rows = [["SKU", "Qty"], ["SF-10010-S", "10"], ["SF-10010-M", "20"], ["JN-40140", "2"], ["JN-20140", "3"]]
    E("sdp-po-sdp-7723", "Kelsey Marsh <kmarsh@summitdentalpartners.com>", dt(2026, 11, 18, 12, 33, "MT"),
      "Summit Dental PO SDP-7723",
      "Hi,\n\nPO SDP-7723 please:\n\n" + text_table(sdp_rows) +
      "\n\nThanks so much,\nKelsey Marsh | Office Manager\nSummit Dental Partners\n303-555-0151\n",
      PO("SDP", "SDP-7723", [L("SF-10010-S", 10), L("SF-10010-M", 20), L("JN-40140", 2), L("JN-20140", 3)]),
      html=html_table(sdp_rows, intro="Hi,\n\nPO SDP-7723 please:",
                      outro="Thanks so much,\nKelsey Marsh | Office Manager\nSummit Dental Partners\n303-555-0151"))

    E("nwd-po-5611", "Steve Lindqvist <slindqvist@northwoodfacilities.com>", dt(2026, 11, 19, 8, 10, "CT"),
      "PO 5611",
      """PO 5611

8 x JN-30220
3 x JN-20130
12 x JN-50112
2 x JN-40110

Steve Lindqvist
Northwood Facilities Inc
952-555-0166
""",
      PO("NWD", "5611", [L("JN-30220", 8), L("JN-20130", 3), L("JN-50112", 12), L("JN-40110", 2)]))

    E("srl-po-srl-0934", "Hector Ruiz <hruiz@sierraridgelandscape.com>", dt(2026, 11, 20, 6, 15, "PT"),
      "PO SRL-0934 safety gear",
      """Morning,

PO SRL-0934

SF-20230-L   qty 10
SF-20230-XL  qty 10
SF-30111     qty 24
SF-30210     qty 2

Hector Ruiz
Crew Operations
Sierra Ridge Landscaping
Sent from my iPhone
""",
      PO("SRL", "SRL-0934", [L("SF-20230-L", 10), L("SF-20230-XL", 10), L("SF-30111", 24), L("SF-30210", 2)]))

    nwt_rows = [["Code", "Qty"], ["JN-20111", "6"], ["JN-20121", "4"], ["JN-30232", "3"], ["JN-50120", "5"]]
    E("nwt-po-nt-40912", "Oliver Hart <oliver.hart@northwindtraders.co.uk>", dt(2026, 11, 23, 9, 47, "UK"),
      "Purchase order NT-40912",
      "Hi,\n\nPlease find our order NT-40912 below.\n\n" + text_table(nwt_rows) +
      "\n\nMany thanks,\n\nOliver Hart\nProcurement\nNorthwind Traders Ltd\n+44 113 496 0734\n",
      PO("NWT", "NT-40912", [L("JN-20111", 6), L("JN-20121", 4), L("JN-30232", 3), L("JN-50120", 5)]))

    # =========================================================================================
    # B. ONE TRAP EACH (16-40), otherwise clean.
    # =========================================================================================
    # -- quantity after the description ------------------------------------------------------
    E("nwfs-qty-after-desc", "Dana Pratt <dpratt@northwindfs.com>", dt(2026, 11, 4, 15, 20, "PT"),
      "PO 78140",
      """PO 78140

JN-30221 33 gal black liners 1.5 mil - 6 cs
SF-10010-L nitrile exam gloves L - 8 boxes
JN-40135 foam soap 1000ml - 4 cases
JN-50113 looped mop head large - 12

Dana
""",
      PO("NWFS", "78140", [L("JN-30221", 6, "33 gal black liners 1.5 mil", "CS"),
                           L("SF-10010-L", 8, "nitrile exam gloves L", "BX"),
                           L("JN-40135", 4, "foam soap 1000ml", "CS"),
                           L("JN-50113", 12, "looped mop head large")]),
      trap="qty after description")

    E("ros-x-quantities", "Gina Russo <gina@rosewooddiners.com>", dt(2026, 11, 6, 15, 2, "PT"),
      "RD-1201",
      """RD-1201 for hawthorne

FD-10116 16oz hot cups x6
FD-10120 lids x6
FD-20306 6x6 foam clamshell x4
FD-40120 cutlery kits x3

ty!
Gina
""",
      PO("ROS", "RD-1201", [L("FD-10116", 6, "16oz hot cups"), L("FD-10120", 6, "lids"),
                            L("FD-20306", 4, "6x6 foam clamshell"), L("FD-40120", 3, "cutlery kits")]),
      trap="qty after description")

    E("kec-qty-colon", "Rich Albright <ralbright@keystone-ec.com>", dt(2026, 11, 9, 9, 31, "ET"),
      "PO 26-1419",
      """PO 26-1419 - please ship UPS ground

EL-10014-BK THHN 14 black 500' - qty: 4
EL-20112 orange wire nuts - qty: 10
EL-30220-WH GFCI 20A TR white - qty: 24
EL-50100 black tape - qty: 6

Rich Albright
Keystone Electric & Controls
""",
      PO("KEC", "26-1419", [L("EL-10014-BK", 4, "THHN 14 black 500'"), L("EL-20112", 10, "orange wire nuts"),
                            L("EL-30220-WH", 24, "GFCI 20A TR white"), L("EL-50100", 6, "black tape")]),
      trap="qty after description")

    # -- a line with no quantity ---------------------------------------------------------------
    E("gbf-line-no-qty", "Tom Whitlock <twhitlock@granitebayfab.com>", dt(2026, 11, 10, 7, 12, "PT"),
      "PO GBF-1121",
      """Hi,

PO GBF-1121

FS-43816-100  qty 6
FS-33816      qty 6
FS-53800      qty 6
FS-75381 threaded rod 3/8-16 x 10'

Thanks
Tom Whitlock
Granite Bay Fabrication
""",
      PO("GBF", "GBF-1121", [L("FS-43816-100", 6), L("FS-33816", 6), L("FS-53800", 6),
                             L("FS-75381", None, "threaded rod 3/8-16 x 10'", None)]),
      trap="line without quantity")

    cvh2_rows = [["Item", "Description", "Qty", "UOM"],
                 ["SF-10050-M", "Nitrile exam gloves M, 1000/case", "4", "CS"],
                 ["SF-10060-M", "Latex exam gloves M", "10", "BX"],
                 ["JN-40141", "Hand sanitizer foam 1200 mL", "", "CS"],
                 ["SF-30230", "N95 respirator 20/box", "6", "BX"]]
    E("cvh-blank-qty-cell", "Marcy Hollins <mhollins@cedarvalleyhealth.org>", dt(2026, 11, 12, 13, 45, "CT"),
      "Purchase Order 4410-2371",
      "Hello,\n\nPurchase order 4410-2371:\n\n" + text_table(cvh2_rows) +
      "\n\nThank you,\nMarcy Hollins\nMaterials Management\nCedar Valley Health\n",
      PO("CVH", "4410-2371", [L("SF-10050-M", 4, "Nitrile exam gloves M, 1000/case", "CS"),
                              L("SF-10060-M", 10, "Latex exam gloves M", "BX"),
                              L("JN-40141", None, "Hand sanitizer foam 1200 mL", "CS"),
                              L("SF-30230", 6, "N95 respirator 20/box", "BX")]),
      html=html_table(cvh2_rows, intro="Hello,\n\nPurchase order 4410-2371:",
                      outro="Thank you,\nMarcy Hollins\nMaterials Management\nCedar Valley Health"),
      trap="line without quantity")

    # -- ship-to in prose different from the default -----------------------------------------
    E("pcc-jobsite-kirkland", "Amber Keane <akeane@pacificcrestbuild.com>", dt(2026, 11, 13, 7, 38, "PT"),
      "PO PC-8870 - Juanita Heights",
      """Hi,

PO PC-8870. Please ship to the jobsite, not the office: Juanita Heights Apartments, 9820 NE 120th Pl, Kirkland, WA 98034. Gate code 4471, ask for Tony (425-555-0172).

4 x FS-70338
10 x FS-60816
6 x SF-30221
12 x SF-20210-XL

Thanks!
Amber Keane
Project Coordinator | Pacific Crest Construction
""",
      PO("PCC", "PC-8870", [L("FS-70338", 4), L("FS-60816", 10), L("SF-30221", 6), L("SF-20210-XL", 12)],
         ship_to=ST("9820 NE 120th Pl", "Kirkland", "WA", "98034")),
      trap="ship-to in prose")

    E("srm-fernley-plant", "Curtis Vang <cvang@sierraridgemfg.com>", dt(2026, 11, 16, 10, 4, "PT"),
      "PO SR-55187",
      """Hi,

PO SR-55187. This one needs to go to our Fernley plant, not Sparks: 1200 Newlands Dr, Fernley NV 89408, receiving door 3.

FS-45618-150  qty 10
FS-55602      qty 10
FS-35618      qty 10
SF-10030-L    qty 12

Regards,
Curtis Vang | Buyer
Sierra Ridge Manufacturing Inc.
""",
      PO("SRM", "SR-55187", [L("FS-45618-150", 10), L("FS-55602", 10), L("FS-35618", 10), L("SF-10030-L", 12)],
         ship_to=ST("1200 Newlands Dr", "Fernley", "NV", "89408")),
      trap="ship-to in prose")

    E("ros-alberta-location", "Gina Russo <gina@rosewooddiners.com>", dt(2026, 11, 18, 16, 22, "PT"),
      "RD-1215 - Alberta St opening",
      """Hi team,

This one is for our new location, so please deliver to Rosewood Diner Alberta, 1633 NE Alberta St, Portland OR 97211 (not Hawthorne!). PO RD-1215.

FD-10216  qty 2
FD-10230  qty 2
FD-30120  qty 3
FD-20303  qty 4

Thanks,
Gina
Rosewood Diner Group
""",
      PO("ROS", "RD-1215", [L("FD-10216", 2), L("FD-10230", 2), L("FD-30120", 3), L("FD-20303", 4)],
         ship_to=ST("1633 NE Alberta St", "Portland", "OR", "97211")),
      trap="ship-to in prose")

    # -- needed-by date in prose -------------------------------------------------------------------
    E("kec-need-mon-1130", "Rich Albright <ralbright@keystone-ec.com>", dt(2026, 11, 25, 14, 8, "ET"),
      "PO 26-1455",
      """Hi,

PO 26-1455 - need these on site Mon 11/30, crew starts the lighting retrofit that morning.

EL-40450     qty 6
EL-10010-BK  qty 2
EL-20111     qty 5

Happy Thanksgiving,
Rich
""",
      PO("KEC", "26-1455", [L("EL-40450", 6), L("EL-10010-BK", 2), L("EL-20111", 5)],
         requested_date="2026-11-30"),
      trap="needed-by date in prose")

    E("bay-by-friday", "Luis Ortega <lortega@baylinemech.com>", dt(2026, 11, 17, 7, 2, "PT"),
      "PO B-2318",
      """PO B-2318 - need by Friday if you can

20 x PL-10075
40 x PL-11075
6 x PL-40075
24 x PL-50010

Luis
Bayline Mechanical
""",
      PO("BAY", "B-2318", [L("PL-10075", 20), L("PL-11075", 40), L("PL-40075", 6), L("PL-50010", 24)],
         requested_date="2026-11-20"),
      trap="needed-by date in prose")

    E("cvs-before-winter-break", "Brenda Kowalski <bkowalski@cedarvalley.k12.wa.us>", dt(2026, 12, 1, 8, 40, "PT"),
      "PO 2026-004905",
      """Hi,

Please see PO 2026-004905 below. We need these delivered before winter break, no later than Friday Dec 11.

JN-20130  qty 10
JN-20113  qty 8
JN-40130  qty 4

Brenda Kowalski
Purchasing Technician
Cedar Valley School District
""",
      PO("CVS", "2026-004905", [L("JN-20130", 10), L("JN-20113", 8), L("JN-40130", 4)],
         requested_date="2026-12-11"),
      trap="needed-by date in prose")

    # -- correction in the newest text of a reply ---------------------------------------------
    nwfs_orig = """PO 78215

JN-20120     qty 3
JN-40136     qty 2
SF-10010-XL  qty 5

Thanks,
Dana Pratt
Purchasing | Northwind Facilities Services"""
    E("nwfs-reply-make-that-4", "Dana Pratt <dpratt@northwindfs.com>", dt(2026, 11, 19, 8, 21, "PT"),
      "RE: PO 78215",
      "Sorry, one fix before you key this in - on the JN-20120 make that 4, not 3. Everything else as is.\n\n"
      "Dana\n\nOn Thu, Nov 19, 2026 at 8:02 AM Dana Pratt <dpratt@northwindfs.com> wrote:\n" + quote(nwfs_orig) + "\n",
      PO("NWFS", "78215", [L("JN-20120", 4), L("JN-40136", 2), L("SF-10010-XL", 5)]),
      in_reply_to="<202611190802.po78215@northwindfs.com>",
      trap="correction in reply")

    fin_orig = """Good afternoon,

Order FH-2026-311 please:

4 boxes OF-10044
3 boxes OF-20110
2 boxes OF-20112
5 boxes OF-50210

Kind regards,
Hannah Clarke
Office Services | Finch & Harlow LLP"""
    E("fin-reply-drop-red-pens", "Hannah Clarke <h.clarke@finchharlow.co.uk>", dt(2026, 11, 20, 15, 12, "UK"),
      "RE: Order FH-2026-311",
      "Hello again,\n\nBefore you process this - please take the red pens (OF-20112) off, we have found a box in the "
      "stationery cupboard. The rest stands.\n\nThanks,\nHannah\n\n"
      "From: Hannah Clarke <h.clarke@finchharlow.co.uk>\nSent: 20 November 2026 14:31\n"
      "To: Harbor & Pine Orders <orders@harborpine.com>\nSubject: Order FH-2026-311\n\n" + fin_orig + "\n",
      PO("FIN", "FH-2026-311", [L("OF-10044", 4, None, "BX"), L("OF-20110", 3, None, "BX"),
                                L("OF-50210", 5, None, "BX")]),
      trap="correction in reply")

    # -- a number that is the pack size, not the quantity -------------------------------------------
    E("sdp-pack-size-in-desc", "Kelsey Marsh <kmarsh@summitdentalpartners.com>", dt(2026, 11, 23, 11, 5, "MT"),
      "PO SDP-7761",
      """Hi,

PO SDP-7761 please:

- Nitrile exam gloves M, 100 per box (SF-10010-M): 10 boxes
- Nitrile exam gloves S, 100 per box (SF-10010-S): 6 boxes
- Hand sanitizer gel 1000 mL, 6 per case (JN-40140): 2 cases

Thanks!
Kelsey Marsh | Office Manager
Summit Dental Partners
""",
      PO("SDP", "SDP-7761", [L("SF-10010-M", 10, "Nitrile exam gloves M, 100 per box", "BX"),
                             L("SF-10010-S", 6, "Nitrile exam gloves S, 100 per box", "BX"),
                             L("JN-40140", 2, "Hand sanitizer gel 1000 mL, 6 per case", "CS")]),
      trap="pack size not quantity")

    E("lak-pack-count-column", "Ruth Vandermolen <rvandermolen@lakeshorefoodbank.org>", dt(2026, 11, 24, 9, 36, "CT"),
      "PO LCFB-3329",
      """Hi,

PO LCFB-3329:

JN-30231  liners 40x46 1.5mil   100ct   4
FD-60010  poly food gloves      500ct   6
OF-60220  clear packing tape    36 rl   2
FS-90108  8in cable ties        100pk   5

Thanks,
Ruth Vandermolen
Lakeshore Community Food Bank
""",
      PO("LAK", "LCFB-3329", [L("JN-30231", 4, "liners 40x46 1.5mil"), L("FD-60010", 6, "poly food gloves"),
                              L("OF-60220", 2, "clear packing tape"), L("FS-90108", 5, "8in cable ties")]),
      trap="pack size not quantity")

    # -- a second number on the line (price, line total, line number) -------------------------------
    E("cvs-price-and-extension", "Brenda Kowalski <bkowalski@cedarvalley.k12.wa.us>", dt(2026, 11, 30, 10, 14, "PT"),
      "PO 2026-004870",
      """PO 2026-004870
PO Date: 11/30/2026

OF-10012  24 lb copy paper       20 @ $64.00 = $1,280.00
OF-10017  11x17 copy paper        5 @ $58.00 = $290.00
OF-50220  large binder clips     10 @ $3.20  = $32.00
OF-20111  blue pens medium       12 @ $3.60  = $43.20
                                       Total: $1,645.20

Brenda Kowalski
Purchasing Technician
Cedar Valley School District
""",
      PO("CVS", "2026-004870", [L("OF-10012", 20, "24 lb copy paper", "cat", 64.00),
                                L("OF-10017", 5, "11x17 copy paper", "cat", 58.00),
                                L("OF-50220", 10, "large binder clips", "cat", 3.20),
                                L("OF-20111", 12, "blue pens medium", "cat", 3.60)],
         order_date="2026-11-30", currency="USD"),
      trap="second number on line")

    bay_rows = [["Ln", "Item", "Description", "Qty", "Unit $", "Ext $"],
                ["1", "PL-20050L", "Copper pipe type L 1/2 x 10'", "12", "38.00", "456.00"],
                ["2", "PL-40050", "Ball valve 1/2 FIP", "8", "11.50", "92.00"],
                ["3", "PL-30020", "Supply line 20in", "15", "6.90", "103.50"],
                ["4", "PL-50020", "Wax ring std", "6", "2.90", "17.40"]]
    E("bay-line-no-and-ext", "Luis Ortega <lortega@baylinemech.com>", dt(2026, 12, 2, 6, 48, "PT"),
      "PO B-2344",
      "PO B-2344\n\n" + text_table(bay_rows) + "\n\nTotal 668.90\n\nLuis Ortega\nBayline Mechanical\n510-555-0177\n",
      PO("BAY", "B-2344", [L("PL-20050L", 12, "Copper pipe type L 1/2 x 10'", "cat", 38.00),
                           L("PL-40050", 8, "Ball valve 1/2 FIP", "cat", 11.50),
                           L("PL-30020", 15, "Supply line 20in", "cat", 6.90),
                           L("PL-50020", 6, "Wax ring std", "cat", 2.90)], currency="USD"),
      trap="second number on line")

    # -- a CHANGE to an earlier PO (label: not_an_order) ------------------------------------------
    E("nwd-revise-po-5611", "Steve Lindqvist <slindqvist@northwoodfacilities.com>", dt(2026, 11, 23, 8, 55, "CT"),
      "Revision - PO 5611",
      """Hi,

Please revise PO 5611 (sent last Thursday):

JN-30220 - change from 8 to 10 cases
JN-40110 - remove, we don't need it anymore

Rest of the PO unchanged. Please send an updated confirmation.

Steve Lindqvist
Northwood Facilities Inc
952-555-0166
""",
      NOT("NWD"), trap="change to earlier PO")

    E("srl-change-qty-to-14", "Hector Ruiz <hruiz@sierraridgelandscape.com>", dt(2026, 11, 24, 6, 30, "PT"),
      "RE: PO SRL-0934 safety gear",
      "Hi, please change qty on PO SRL-0934 for the SF-20230-XL vests to 14. We hired four more guys.\n\n"
      "Hector\nSent from my iPhone\n\n"
      "On Nov 20, 2026, at 6:15 AM, Hector Ruiz <hruiz@sierraridgelandscape.com> wrote:\n" +
      quote("Morning,\n\nPO SRL-0934\n\nSF-20230-L   qty 10\nSF-20230-XL  qty 10\nSF-30111     qty 24\n"
            "SF-30210     qty 2\n\nHector Ruiz\nCrew Operations\nSierra Ridge Landscaping") + "\n",
      NOT("SRL"), in_reply_to="<202611200615.14.srl-po-srl-0934@sierraridgelandscape.com>",
      trap="change to earlier PO")

    E("kec-revised-po-rev-a", "Rich Albright <ralbright@keystone-ec.com>", dt(2026, 11, 11, 8, 17, "ET"),
      "REVISED PO 26-1419 Rev A",
      """REVISED PURCHASE ORDER - supersedes PO 26-1419 of 11/09/2026

PO: 26-1419 Rev A

EL-10014-BK  qty 4
EL-20112     qty 10
EL-30220-WH  qty 30
EL-50100     qty 6

Change: GFCI qty 24 -> 30. Please update your order, do not ship twice.

Rich Albright
Keystone Electric & Controls
""",
      NOT("KEC"), trap="change to earlier PO")

    # -- a cancellation (label: not_an_order) -----------------------------------------------------------
    E("gbf-cancel-po-gbf-1121", "Tom Whitlock <twhitlock@granitebayfab.com>", dt(2026, 12, 3, 7, 5, "PT"),
      "Cancel PO GBF-1121",
      """Hi,

Please cancel PO GBF-1121 (3/8 nuts, washers, cap screws, threaded rod). The job got pushed to spring. If any of it already shipped let me know and we'll keep it.

Thanks,
Tom Whitlock
Granite Bay Fabrication
""",
      NOT("GBF"), trap="cancellation")

    # -- word quantities ---------------------------------------------------------------------------
    E("pcc-word-quantities", "Amber Keane <akeane@pacificcrestbuild.com>", dt(2026, 12, 3, 12, 26, "PT"),
      "PO PC-8902",
      """Hi Jen,

PO PC-8902 - could you send two boxes of FS-60812 drywall screws, a dozen SF-20210-L vests, three SF-30220 white hard hats and a case of JN-30230 60 gal liners?

Thanks!
Amber Keane
Project Coordinator | Pacific Crest Construction
""",
      PO("PCC", "PC-8902", [L("FS-60812", 2, "drywall screws", "BX"), L("SF-20210-L", 12, "vests", "EA"),
                            L("SF-30220", 3, "white hard hats", "EA"), L("JN-30230", 1, "60 gal liners", "CS")]),
      trap="word quantities")

    E("ros-word-quantities", "Gina Russo <gina@rosewooddiners.com>", dt(2026, 12, 4, 14, 51, "PT"),
      "RD-1240",
      """Hi!

PO RD-1240 for Hawthorne: ten cases of FD-10108 8 oz cups, four cases of the FD-10121 lids, half a dozen rolls of FD-50112 foil and one case of FD-30110 napkins.

Thank you!!
Gina
""",
      PO("ROS", "RD-1240", [L("FD-10108", 10, "8 oz cups", "CS"), L("FD-10121", 4, "lids", "CS"),
                            L("FD-50112", 6, "foil", "RL"), L("FD-30110", 1, "napkins", "CS")]),
      trap="word quantities")

    # -- forwarded by our own people ---------------------------------------------------------------
    mlp_fwd = """From: Priya Nair <pnair@mapleleafpm.ca>
Sent: Monday, November 30, 2026 4:52 PM
To: Jen Morales <jmorales@harborpine.com>
Subject: PO MLP-20502

Hi Jen,

Can you get this going for us? PO MLP-20502.

24 x EL-30120-IV
8 x EL-40150
2 x JN-40121

Kind regards,
Priya Nair
Facilities Coordinator
Maple Leaf Property Management"""
    E("jmorales-fwd-mlp", "Jen Morales <jmorales@harborpine.com>", dt(2026, 12, 1, 7, 3, "PT"),
      "FW: PO MLP-20502",
      "Order desk - please enter for Maple Leaf. Thx, Jen\n\n"
      "Jen Morales | Account Manager\nHarbor & Pine Supply Co. | 206-555-0100\n\n"
      "-----Original Message-----\n" + mlp_fwd + "\n",
      PO("MLP", "MLP-20502", [L("EL-30120-IV", 24), L("EL-40150", 8), L("JN-40121", 2)]),
      trap="forwarded by our salesperson")

    lak_fwd = """From: Ruth Vandermolen <rvandermolen@lakeshorefoodbank.org>
Date: Tue, Dec 1, 2026 at 3:40 PM
Subject: PO LCFB-3340
To: <sales@harborpine.com>

Hello,

PO LCFB-3340:

FD-20132  4
FD-30111  2
FD-50218  3

Thank you,
Ruth Vandermolen
Lakeshore Community Food Bank"""
    E("orders-fwd-lakeshore", "Tricia Byrne <orders@harborpine.com>",
      dt(2026, 12, 2, 8, 20, "PT"),
      "Fwd: PO LCFB-3340",
      "Came into the sales box, forwarding for entry.\n\nTricia\nHarbor & Pine Supply Co. order desk\n\n"
      "---------- Forwarded message ---------\n" + lak_fwd + "\n",
      PO("LAK", "LCFB-3340", [L("FD-20132", 4), L("FD-30111", 2), L("FD-50218", 3)]),
      to="Order Intake <intake@harborpine.com>", trap="forwarded by our salesperson")

    # =========================================================================================
    # C. NOT ORDERS (41-45)
    # =========================================================================================
    E("alh-quote-request", "Marta Quesada <mquesada@alhambra-distribuciones.es>", dt(2026, 11, 9, 10, 30, "CET"),
      "Request for quotation - compostable containers",
      """Dear Harbor & Pine team,

Could you please send us a quotation for:

FD-20313  - 50 cases
FD-40120  - 20 cases

delivered to our Albolote warehouse, with lead time. This is not an order yet; we are comparing offers for a new catering contract starting in January.

Best regards,
Marta Quesada
Compras | Distribuciones Alhambra S.L.
+34 958 000 412
""",
      NOT("ALH"), trap="not an order: quote request")

    cvh_ack = """Harbor & Pine Supply Co. - Order Acknowledgement
Your PO: 4410-2350      Our order: SO-311842

SF-10010-M   20 BX
SF-10010-L   20 BX
JN-40137      6 CS
JN-20135      4 CS

Shipped 11/05/2026 via FedEx Freight."""
    E("cvh-thanks-received", "Marcy Hollins <mhollins@cedarvalleyhealth.org>", dt(2026, 11, 9, 11, 2, "CT"),
      "RE: Order Acknowledgement SO-311842 / PO 4410-2350",
      "Thanks, received in full this morning.\n\nMarcy\n\n"
      "From: Harbor & Pine Orders <orders@harborpine.com>\nSent: Thursday, November 5, 2026 4:10 PM\n"
      "Subject: Order Acknowledgement SO-311842 / PO 4410-2350\n\n" + cvh_ack + "\n",
      NOT("CVH"), trap="not an order: thanks, received")

    E("kec-status-26-1402", "Rich Albright <ralbright@keystone-ec.com>", dt(2026, 11, 12, 15, 44, "ET"),
      "PO 26-1402 status?",
      """Hi,

Has PO 26-1402 shipped yet? We're waiting on the 50 x EL-30120-WH and the wire (EL-10012-BK / WH / GR). Tracking # would be great.

Thanks,
Rich Albright
Keystone Electric & Controls
""",
      NOT("KEC"), trap="not an order: status question")

    E("nwt-invoice-query", "Oliver Hart <oliver.hart@northwindtraders.co.uk>", dt(2026, 12, 3, 10, 9, "UK"),
      "Query on invoice HP-INV-88213",
      """Hello,

Your invoice HP-INV-88213 for our order NT-40912 charges 5 packs of JN-50120 but also a separate line of 2 x JN-50124, which we didn't order and didn't receive. Could you please issue a corrected invoice or a credit note?

Many thanks,
Oliver Hart
Procurement
Northwind Traders Ltd
""",
      NOT("NWT"), trap="not an order: invoice question")

    E("cvhf-complaint-wrong-pens", "Janet Okafor <jokafor@cvhfoundation.org>", dt(2026, 12, 4, 9, 28, "CT"),
      "Wrong pens delivered",
      """Hi,

Disappointed to report that the pens delivered yesterday are red (OF-20112), not the blue OF-20111 we ordered - 6 boxes. This is the second time this year. We need the blue ones for the donor event next week. Please arrange a pickup of the red ones and let me know how you will fix this.

Janet Okafor
Office Administrator
Cedar Valley Health Foundation
319-555-0140
""",
      NOT("CVHF"), trap="not an order: complaint")
