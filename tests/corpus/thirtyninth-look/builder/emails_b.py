# -*- coding: utf-8 -*-
from common import *
from emails_a import DOCS, doc

doc("e22_meera_iyer_unknown_in", "Dr. Meera Iyer <dr.meeraiyer.clinic@gmail.com>", "Requirement of medical consumables", "Mon, 14 Dec 2026 08:20:00 +0530",
"""Respected Sir/Madam,

I am running a small general clinic in Chennai. Please send the following items at the earliest:

Gloves latex powder free size M - 20 box
Syringe 2ml luer slip - 100 nos
Needle 24G - 100 nos
Needle 26G 1/2 inch - 200 nos
Gauze swab 5x5 non sterile - 10 packets

Kindly deliver before 02/01/2027.

Address:
Dr. Meera Iyer's Clinic
No. 18, 2nd Cross Street, Kotturpuram
Chennai - 600085, Tamil Nadu

Regards,
Dr. Meera Iyer MBBS
Ph: 044 2447 1180
""", label("Dr. Meera Iyer's Clinic", [
    L("GL-M-100", "Gloves latex powder free size M", 20, "BX"), L("SY-2-LS", "Syringe 2ml luer slip", 100, "EA"),
    L(None, "Needle 24G", 100, "EA"), L("ND-26-13", "Needle 26G 1/2 inch", 200, "EA"),
    L("GZ-5-NS-100", "Gauze swab 5x5 non sterile", 10, "PK")], rd="2027-01-02",
    ship=ship("Dr. Meera Iyer's Clinic", "No. 18, 2nd Cross Street, Kotturpuram", "Chennai", "600085", "IN", region="Tamil Nadu")))

doc("e23_fwd_losolivos_lisbon", "Pedro Marques <pedro.marques@liffeytagus.pt>", "Fwd: Pedido urgente mascarillas", "Tue, 15 Dec 2026 10:40:00 +0000",
"""Declan, can you process this one from Los Olivos? They called me too, it's urgent. Obrigado!
Pedro

---------- Forwarded message ---------
From: Javier Ruiz <compras@residencialosolivos.es>
Date: Tue, 15 Dec 2026 at 09:58
Subject: Pedido urgente mascarillas
To: Pedro Marques <pedro.marques@liffeytagus.pt>

Pedro, buenos días:

Tenemos un brote de gripe en la 2ª planta. Necesitamos urgente:
Mascarillas FFP2 sin válvula blancas - 25 cajas
Batas... no, perdón, delantales azules - 6 rollos
Guantes nitrilo talla M - 30 cajas

Pedido nº LO-2026-0912. Mismo sitio de entrega de siempre.

Un saludo,
Javier Ruiz
Residencia Los Olivos - Compras
""", label("Residencia Los Olivos", [
    L("MK-FFP2-NV", "Mascarillas FFP2 sin válvula blancas", 25, "BX"), L("AP-BL", "delantales azules", 6, "RL"),
    L("GN-M-100", "Guantes nitrilo talla M", 30, "BX")], po="LO-2026-0912"))

doc("e24_ranelagh_addon", "Siobhán Kelly <practicemanager@ranelaghgp.ie>", "RE: order RFP-1207", "Tue, 08 Dec 2026 09:30:00 +0000",
"""Hi again,

Can you add 2 boxes of the FFP3 masks (no valve) and 1 box of 10ml luer slip syringes to yesterday's order
please (our ref RFP-1207)? Separate delivery is grand if it's already gone out.

Thanks,
Siobhán

From: Siobhán Kelly
Sent: 07 December 2026 08:41
To: orders@liffeytagus.ie
Subject: order RFP-1207

> Hi lads,
> Can ye send the usual please:
> 20 x nitrile gloves medium
> 10 x nitrile gloves large
> 5 x 5ml syringes luer slip
""", label("Ranelagh Family Practice", [
    L("MK-FFP3-NV", "FFP3 masks (no valve)", 2, "BX"), L("SY-10-LS", "10ml luer slip syringes", 1, "BX")], po="RFP-1207"))

doc("e25_stkevins_buyer_codes", "Materials Management <purchasing@skuh.ie>", "PO 4500231877 - Liffey & Tagus", "Wed, 09 Dec 2026 13:15:00 +0000",
"""Dear Supplier,

Please supply against Purchase Order 4500231877 (PO date 09.12.2026). Deliver to Central Stores, Gate 3.

SKUH Code   Your Code     Description                               Qty    UoM
MM-104455   IV-20         CANNULA IV 20G PINK W/PORT                12     BX
MM-104456   IV-22         CANNULA IV 22G BLUE W/PORT                8      BX
MM-201190   TQ-25         TOURNIQUET SINGLE USE ROLL                10     RL
MM-300712   SP-60         SPECIMEN POT 60ML STERILE                 20     BX
MM-100932   DS-CHX-500    CHLORHEXIDINE 4% SKIN WASH 500ML          48     EA

Delivery address:
St. Kevin's University Hospital – Central Stores
James's Walk, Dublin 8, D08 NHY1

Invoices to accounts.payable@skuh.ie quoting the PO number, or they will not be paid.

Materials Management Department
St. Kevin's University Hospital
""", label("St. Kevin's University Hospital", [
    L("IV-20", "CANNULA IV 20G PINK W/PORT", 12, "BX", cp="MM-104455"), L("IV-22", "CANNULA IV 22G BLUE W/PORT", 8, "BX", cp="MM-104456"),
    L("TQ-25", "TOURNIQUET SINGLE USE ROLL", 10, "RL", cp="MM-201190"), L("SP-60", "SPECIMEN POT 60ML STERILE", 20, "BX", cp="MM-300712"),
    L("DS-CHX-500", "CHLORHEXIDINE 4% SKIN WASH 500ML", 48, "EA", cp="MM-100932")],
    po="4500231877", od="2026-12-09",
    ship=ship("St. Kevin's University Hospital – Central Stores", "James's Walk", "Dublin 8", "D08 NHY1", "IE")))

doc("e26_cleveden_unknown_own_codes", "Fiona Baird <manager@clevedennursinghome.co.uk>", "New order - Cleveden Nursing Home", "Thu, 10 Dec 2026 15:48:00 +0000",
"""Good afternoon,

We were given your details by Oakwood. Could you please send the following to the home. I've put our
stock codes in so our store room can match them up:

CNH-GL-03   Vinyl gloves Large                  25 boxes
CNH-GL-02   Vinyl gloves Medium                 25 boxes
CNH-AP-01   Disposable aprons white             10 rolls
CNH-HY-07   Hand rub 500ml pump                 20
CNH-SH-02   Sharps box 2.5 litre                6

Delivery: Cleveden Nursing Home, 27 Cleveden Road, Glasgow G12 0PQ

Many thanks,
Fiona Baird
Home Manager
Cleveden Nursing Home | 0141 339 2205
""", label("Cleveden Nursing Home", [
    L("GV-L-100", "Vinyl gloves Large", 25, "BX", cp="CNH-GL-03"), L("GV-M-100", "Vinyl gloves Medium", 25, "BX", cp="CNH-GL-02"),
    L("AP-WH", "Disposable aprons white", 10, "RL", cp="CNH-AP-01"), L("DS-HR-500", "Hand rub 500ml pump", 20, "EA", cp="CNH-HY-07"),
    L("SH-2.5", "Sharps box 2.5 litre", 6, "EA", cp="CNH-SH-02")],
    ship=ship("Cleveden Nursing Home", "27 Cleveden Road", "Glasgow", "G12 0PQ", "GB")))

doc("e27_kosvet_unknown", "Kos Vet Clinic <kosvetclinic@otenet.gr>", "Order from Kos", "Fri, 11 Dec 2026 08:05:00 +0200",
"""Hello,

We are a small veterinary clinic on Kos, we found you online. We would like to order:

- nitrile gloves S, 2 boxes
- nitrile gloves M, 2 boxes
- syringes 5ml luer lock x 1 box
- needles 25G 5/8 x 1 box
- suture nylon 3-0, 1 box
- sterile gauze 10x10 (pouches of 5), 1 box

Please send proforma, we pay by bank transfer.

Ship to: Kos Veterinary Clinic, Vasileos Pavlou 12, 85300 Kos, Greece

Ευχαριστώ / Thank you,
Eleni Georgiou DVM
""", label("Kos Veterinary Clinic", [
    L("GN-S-100", "nitrile gloves S", 2, "BX"), L("GN-M-100", "nitrile gloves M", 2, "BX"),
    L("SY-5-LL", "syringes 5ml luer lock", 1, "BX"), L("ND-25-16", "needles 25G 5/8", 1, "BX"),
    L("SU-NY-30", "suture nylon 3-0", 1, "BX"), L("GZ-10-ST-5", "sterile gauze 10x10 (pouches of 5)", 1, "BX")],
    ship=ship("Kos Veterinary Clinic", "Vasileos Pavlou 12", "Kos", "85300", "GR")))

doc("e28_galwayvets_sutures", "Niall Fahy <niall@galwaybayvets.ie>", "Sutures PO GBV-0412", "Mon, 14 Dec 2026 11:11:00 +0000",
"""Hi folks,

Theatre order, PO GBV-0412:

Polyglactin 3-0  x 2 boxes
Polyglactin 4-0  x 2 boxes
Nylon 4-0        x 1 box
Suture kits (the ones with the needle holder) x 10
Sterile surgical gloves 7.5 x 1 box
Sterile surgical gloves 8 x 1 box

Prices as per your quote Q-2026-118 (€42.00, €42.00, €24.00, €4.80, €38.00, €38.00).

Niall
Galway Bay Veterinary Hospital
""", label("Galway Bay Veterinary Hospital", [
    L("SU-PGA-30", "Polyglactin 3-0", 2, "BX", 42.00), L("SU-PGA-40", "Polyglactin 4-0", 2, "BX", 42.00),
    L("SU-NY-40", "Nylon 4-0", 1, "BX", 24.00), L("SU-KIT-I", "Suture kits (the ones with the needle holder)", 10, "EA", 4.80),
    L("GS-75", "Sterile surgical gloves 7.5", 1, "BX", 38.00), L("GS-80", "Sterile surgical gloves 8", 1, "BX", 38.00)],
    po="GBV-0412", cur="EUR"))

doc("e29_pennine_spreadsheet_paste", "Tom Ridley <tom.ridley@penninedental.co.uk>", "PO PDG-31002", "Tue, 15 Dec 2026 08:02:00 +0000",
"""Morning,

PO PDG-31002 below (copied out of our stock spreadsheet). Required w/c 4th January.

Our ref\tYour code\tItem\tQty\tPrice £
PD-0041\tGN-XS-100\tNitrile gloves XS\t10\t5.10
PD-0042\tGN-S-100\tNitrile gloves S\t20\t5.10
PD-0043\tGN-M-100\tNitrile gloves M\t20\t5.10
PD-0110\tMK-IIR-EL-PK\tMasks IIR pink\t12\t5.95
PD-0210\tDS-SA-1L\tRapid surface spray 1L\t10\t7.10
PD-0305\tDB-2P-LI\tBibs lilac\t4\t18.60

Cheers,
Tom
""", label("Pennine Dental Group", [
    L("GN-XS-100", "Nitrile gloves XS", 10, "BX", 5.10, "PD-0041"), L("GN-S-100", "Nitrile gloves S", 20, "BX", 5.10, "PD-0042"),
    L("GN-M-100", "Nitrile gloves M", 20, "BX", 5.10, "PD-0043"), L("MK-IIR-EL-PK", "Masks IIR pink", 12, "BX", 5.95, "PD-0110"),
    L("DS-SA-1L", "Rapid surface spray 1L", 10, "EA", 7.10, "PD-0210"), L("DB-2P-LI", "Bibs lilac", 4, "PK", 18.60, "PD-0305")],
    po="PDG-31002", cur="GBP"))

doc("e30_marina_dubai_unknown", "Marina Smile Dental Centre <admin@marinasmile.ae>", "New order - Marina Smile", "Wed, 16 Dec 2026 07:30:00 +0400",
"""Hi team,

Please process the below and share the invoice. Payment by TT on receipt of invoice.

Dental bibs white 2 ply x 10 packs
Dental bibs green 2 ply x 5 packs
Cotton rolls size 1 x 12 packs
Saliva ejector blue x 20 bags
Needles 30G extra short x 6 boxes
Black nitrile gloves M x 20 boxes
Black nitrile gloves L x 10 boxes

Delivery: Marina Smile Dental Centre, Marina Plaza, Office 1203, Dubai Marina, Dubai, UAE

Warm regards,
Aisha Rahman | Clinic Administrator
+971 4 399 0021
""", label("Marina Smile Dental Centre", [
    L("DB-2P-WH", "Dental bibs white 2 ply", 10, "PK"), L("DB-2P-GR", "Dental bibs green 2 ply", 5, "PK"),
    L("CR-1-300", "Cotton rolls size 1", 12, "PK"), L("DM-SE-BL", "Saliva ejector blue", 20, "PK"),
    L("DN-30XS", "Needles 30G extra short", 6, "BX"), L("GNB-M-100", "Black nitrile gloves M", 20, "BX"),
    L("GNB-L-100", "Black nitrile gloves L", 10, "BX")],
    ship=ship("Marina Smile Dental Centre", "Marina Plaza, Office 1203", "Dubai", "", "AE", region="Dubai Marina")))

doc("e31_harrow_leader_dots", "Priya Shah <p.shah@harrowroadmc.co.uk>", "Top-up order HRMC/PO/4490", "Thu, 17 Dec 2026 10:00:00 +0000",
"""Hi,

Top-up order before Christmas please, ref HRMC/PO/4490:

Couch roll 60cm ....................... 24 rolls
Tongue depressors ..................... 5 boxes
Blue plasters (catering) .............. 3 boxes
Micropore 1.25cm ...................... 2 boxes
Specimen pots 60ml .................... 4 boxes

Needed by 22/12/2026 latest, surgery closes 23rd.

Thanks
Priya
""", label("Harrow Road Medical Centre", [
    L("CO-RL-60", "Couch roll 60cm", 24, "RL"), L("TD-100", "Tongue depressors", 5, "BX"),
    L("PL-BLU", "Blue plasters (catering)", 3, "BX"), L("TP-MP-125", "Micropore 1.25cm", 2, "BX"),
    L("SP-60", "Specimen pots 60ml", 4, "BX")], po="HRMC/PO/4490", rd="2026-12-22"))

doc("e32_shannon_double_from_quote", "Aoife Nolan <reception@shannondental.ie>", "RE: Order SDC-2291", "Thu, 17 Dec 2026 09:45:00 +0000",
"""Hi,

Same again as the order below please, except double the gloves. New PO is SDC-2318.

Thanks,
Aoife

________________________________
From: Aoife Nolan
Sent: Monday 7 December 2026 09:02
To: orders@liffeytagus.ie
Subject: Order SDC-2291

Good morning,
Please find our order below, PO SDC-2291.
1. DB-2P-BL  Dental bibs blue 2-ply – 4 packs @ €21.50
2. CR-2-300  Cotton rolls size 2 – 6 packs @ €4.20
3. GN-S-100  Nitrile gloves small – 10 boxes @ €5.90
""", label("Shannon Dental Care", [
    L("DB-2P-BL", "Dental bibs blue 2-ply", 4, "PK", 21.50), L("CR-2-300", "Cotton rolls size 2", 6, "PK", 4.20),
    L("GN-S-100", "Nitrile gloves small", 20, "BX", 5.90)], po="SDC-2318", cur="EUR"))

doc("e33_stkevins_period", "Materials Management <purchasing@skuh.ie>", "PO 4500232010", "Fri, 18 Dec 2026 08:00:00 +0000",
"""Dear Supplier,

Purchase Order 4500232010. Delivery w/c 04/01/2027 to Central Stores, Gate 3.

SKUH Code   Your Code     Description                               Qty    UoM
MM-110201   MK-FFP3-NV    RESPIRATOR FFP3 NO VALVE BX20             60     BX
MM-110202   MK-IIR-TO     MASK SURGICAL IIR TIE-ON BX50             40     BX
MM-400118   SH-7          SHARPS CONTAINER 7L YELLOW                30     EA
MM-400121   SH-5-P        SHARPS CONTAINER 5L PURPLE CYTOTOXIC      15     EA

Materials Management Department
St. Kevin's University Hospital, James's Walk, Dublin 8
""", label("St. Kevin's University Hospital", [
    L("MK-FFP3-NV", "RESPIRATOR FFP3 NO VALVE BX20", 60, "BX", cp="MM-110201"), L("MK-IIR-TO", "MASK SURGICAL IIR TIE-ON BX50", 40, "BX", cp="MM-110202"),
    L("SH-7", "SHARPS CONTAINER 7L YELLOW", 30, "EA", cp="MM-400118"), L("SH-5-P", "SHARPS CONTAINER 5L PURPLE CYTOTOXIC", 15, "EA", cp="MM-400121")],
    po="4500232010", rd=None))

doc("e34_alnoor_pieces_and_boxes", "Procurement <procurement@alnoorclinic.ae>", "LPO ANFC/LPO/2026/0401", "Sat, 19 Dec 2026 09:15:00 +0400",
"""Dear Team,

Please find our LPO ANFC/LPO/2026/0401 dated 19-12-2026:

S.No  Item                                   Qty
1     Vinyl gloves S                         2000 pcs
2     Vinyl gloves M                         20 boxes x 100
3     Insulin syringe 1ml 29G                500 pcs
4     Urine strips 10 parameter              5 tubs
5     Alcohol swabs                          20 boxes

Kindly deliver to the clinic.

Regards,
Procurement Dept., Al Noor Family Clinic
Al Wasl Road, Villa 22, Jumeirah, Dubai
""", label("Al Noor Family Clinic", [
    L("GV-S-100", "Vinyl gloves S", 2000, "EA"), L("GV-M-100", "Vinyl gloves M", 20, "BX"),
    L("SY-INS-10", "Insulin syringe 1ml 29G", 500, "EA"), L("US-10", "Urine strips 10 parameter", 5, "EA"),
    L("DS-AP-100", "Alcohol swabs", 20, "BX")], po="ANFC/LPO/2026/0401", od="2026-12-19"))

doc("e35_sorriso_pt_reply_addon", "Marta Ferreira <compras@sorrisoporto.pt>", "RE: Encomenda 2026/1187", "Fri, 11 Dec 2026 11:02:00 +0000",
"""Olá,

Esqueci-me de acrescentar à encomenda 2026/1187: mais 2 caixas de luvas de nitrilo pretas M e
3 embalagens de desinfetante de instrumentos 1 L. Podem enviar tudo junto.

Obrigada,
Marta

Em qui., 10/12/2026 às 10:22, Marta Ferreira <compras@sorrisoporto.pt> escreveu:
> Bom dia,
> Segue a nossa encomenda:
> - 10 caixas de luvas nitrilo S sem pó
> - 10 caixas de luvas nitrilo M sem pó
""", label("Clínica Dentária Sorriso do Porto", [
    L("GNB-M-100", "luvas de nitrilo pretas M", 2, "BX"), L("DS-IN-1L", "desinfetante de instrumentos 1 L", 3, "EA")],
    po="2026/1187"), to=ENCOMENDAS)

doc("e36_mccabes_xmas_chatty", "Ciara McCabe <orders@mccabespharmacy.ie>", "Christmas stock", "Mon, 14 Dec 2026 16:20:00 +0000",
"""Hi Declan,

Hope you're not too snowed under! We're doing a bit of a Christmas push on first aid so could you send
on the below with the next van? PO MCP-8851.

Crepe bandages 7.5cm (packs of 10) – 6
Conforming bandages 5cm – 4 packs
Fabric plasters – 24 boxes
Cotton wool balls – 10 bags
Hand gel pocket size 100ml – 96
Tubular bandage size D – 2 rolls

Have a great Christmas if I don't talk to you before!
Ciara
""", label("McCabe's Pharmacy", [
    L("BD-CR-7", "Crepe bandages 7.5cm (packs of 10)", 6, "PK"), L("BD-CF-5", "Conforming bandages 5cm", 4, "PK"),
    L("PL-FAB", "Fabric plasters", 24, "BX"), L("CW-500", "Cotton wool balls", 10, "PK"),
    L("DS-HR-100", "Hand gel pocket size 100ml", 96, "EA"), L("BD-TB-D", "Tubular bandage size D", 2, "RL")], po="MCP-8851"))

doc("e37_triana_es_short", "Lucía Moreno <administracion@clinicatriana.es>", "pedido guantes", "Thu, 17 Dec 2026 18:02:00 +0100",
"""Hola Pedro,
¿me mandas 6 cajas de guantes de nitrilo negros talla M y 4 de la L? Y una garrafa de 5 litros de desinfectante de instrumental.
Gracias!!
Lucía

Enviado desde mi iPhone
""", label("Clínica Dental Triana", [
    L("GNB-M-100", "guantes de nitrilo negros talla M", 6, "BX"), L("GNB-L-100", "4 de la L", 4, "BX"),
    L("DS-IN-5L", "garrafa de 5 litros de desinfectante de instrumental", 1, "EA")]), to="pedro.marques@liffeytagus.pt")

doc("e38_oakwood_multi_home_qty_first", "Purchasing <purchasing@oakwoodcare.co.uk>", "PURCHASE ORDER OCH-PO-015601", "Fri, 18 Dec 2026 16:30:00 +0000",
"""PURCHASE ORDER  OCH-PO-015601   Date: 18/12/2026
Deliver to: Oakwood Care Homes - Beech House, 3 Cotham Hill, Bristol BS6 6LA
Delivery required: 23/12/2026

QTY   UOM   CODE          DESCRIPTION                              UNIT GBP
 50   BOX   GN-M-200      NITRILE GLOVES P/F MED BX200               9.40
 50   BOX   GN-L-200      NITRILE GLOVES P/F LGE BX200               9.40
 20   EACH  DS-WP-100     DETERGENT WIPES ALC FREE 100               4.20
  6   EACH  SH-30         SHARPS BIN 30LTR                           7.60

Oakwood Care Homes Ltd | Company No. 04417721
""", label("Oakwood Care Homes Ltd", [
    L("GN-M-200", "NITRILE GLOVES P/F MED BX200", 50, "BX", 9.40), L("GN-L-200", "NITRILE GLOVES P/F LGE BX200", 50, "BX", 9.40),
    L("DS-WP-100", "DETERGENT WIPES ALC FREE 100", 20, "EA", 4.20), L("SH-30", "SHARPS BIN 30LTR", 6, "EA", 7.60)],
    po="OCH-PO-015601", od="2026-12-18", rd="2026-12-23", cur="GBP",
    ship=ship("Oakwood Care Homes - Beech House", "3 Cotham Hill", "Bristol", "BS6 6LA", "GB")))

doc("e39_nikolaou_gr_chatty", "Ελένη Νικολάου <orders@farmakeio-nikolaou.gr>", "Συμπληρωματική παραγγελία", "Wed, 16 Dec 2026 12:10:00 +0200",
"""Καλησπέρα σας,

Μπορείτε να μας στείλετε επιπλέον 20 κουτιά γάντια βινυλίου Large και 10 κουτιά Medium;
Επίσης 5 κουτιά σύριγγες ινσουλίνης 0,5 ml. Αριθμός παραγγελίας 1477.

Ευχαριστούμε πολύ,
Ελένη Νικολάου
Φαρμακείο Νικολάου
""", label("Pharmacy Nikolaou", [
    L("GV-L-100", "γάντια βινυλίου Large", 20, "BX"), L("GV-M-100", "10 κουτιά Medium", 10, "BX"),
    L("SY-INS-05", "σύριγγες ινσουλίνης 0,5 ml", 5, "BX")], po="1477"))

doc("e40_ege_tr_prices", "Ege Diş Kliniği <satinalma@egedis.com.tr>", "Ek sipariş EGE-2026-322", "Fri, 18 Dec 2026 10:00:00 +0300",
"""Merhaba,

Ek sipariş (EGE-2026-322), fiyatlar teklifinize göre (EUR):

Ürün Kodu    Ürün                                   Miktar   Birim Fiyat
SU-SK-40     İpek sütür 4/0                         3 kutu   22,00
SU-KIT-R     Dikiş alma seti steril                 20 adet  2,30
DS-SF-5L     Yüzey dezenfektanı alkolsüz 5 L        2 adet   26,00
DM-SE-CL     Tükürük emici şeffaf                   10 paket 3,40

Teşekkürler,
Zeynep Aydın
""", label("Ege Diş Kliniği", [
    L("SU-SK-40", "İpek sütür 4/0", 3, "BX", 22.00), L("SU-KIT-R", "Dikiş alma seti steril", 20, "EA", 2.30),
    L("DS-SF-5L", "Yüzey dezenfektanı alkolsüz 5 L", 2, "EA", 26.00), L("DM-SE-CL", "Tükürük emici şeffaf", 10, "PK", 3.40)],
    po="EGE-2026-322", cur="EUR"))

doc("e41_cvtejo_pt_words", "Rui Almeida <rui.almeida@cvtejo.pt>", "mais umas coisas", "Mon, 21 Dec 2026 09:12:00 +0000",
"""Bom dia Pedro,

Para a cirurgia de quarta precisava de duas caixas de suturas de nylon 3-0, uma caixa de suturas absorvíveis 4-0 e
uma caixa de luvas cirúrgicas esterilizadas tamanho 7. Consegues mandar até terça, dia 22?

Obrigado,
Rui
Centro Veterinário do Tejo
""", label("Centro Veterinário do Tejo", [
    L("SU-NY-30", "suturas de nylon 3-0", 2, "BX"), L("SU-PGA-40", "suturas absorvíveis 4-0", 1, "BX"),
    L("GS-70", "luvas cirúrgicas esterilizadas tamanho 7", 1, "BX")], rd="2026-12-22"), to="pedro.marques@liffeytagus.pt")

doc("e42_stbrigids_correction_en", "Mary Doyle <don@stbrigidsnh.ie>", "RE: Bits for this week - CORRECTION", "Tue, 08 Dec 2026 10:40:00 +0000",
"""Declan, sorry, ignore my earlier mail - the vinyls should have been EXTRA large not large, and we need 10 boxes
of them not 8. Everything else is the same as below. PO still 0098/26.

Mary

-----Original Message-----
From: Mary Doyle <don@stbrigidsnh.ie>
Sent: 08 December 2026 07:55
Subject: Bits for this week

- Vinyl gloves large x 8 boxes
- Vinyl gloves medium x 6 boxes
- Aprons white x 3 rolls
- Alcohol-free wipes (200 tub) x 12
- Sharps bin 11.5L x 2
""", label("St. Brigid's Nursing Home", [
    L("GV-XL-100", "Vinyl gloves large", 10, "BX"), L("GV-M-100", "Vinyl gloves medium", 6, "BX"),
    L("AP-WH", "Aprons white", 3, "RL"), L("DS-WP-200", "Alcohol-free wipes (200 tub)", 12, "EA"),
    L("SH-11.5", "Sharps bin 11.5L", 2, "EA")], po="0098/26"))
