# -*- coding: utf-8 -*-
"""Emails with PDF / spreadsheet attachments, and not-orders."""
from docs_mail import L, ST, PO


def R(sku, qty, uom, desc, price=None, cp=None, ut=None):
    d = L(sku, qty, uom, desc, price, cp)
    d["_ut"] = ut or uom.lower()
    return d


PDFS = []


def P(name, frm, subj, date, body, layout, lang, title, meta, left, right, cols, rows, exp, notes=None,
      font="DejaVuSans", cur_sym="€"):
    PDFS.append(dict(name=name, frm=frm, subj=subj, date=date, body=body, layout=layout, lang=lang,
                     title=title, meta=meta, left=left, right=right, cols=cols, rows=rows, exp=exp,
                     notes=notes or [], font=font, cur_sym=cur_sym))


SELLER_BLOCK = ["Fadenwerk Textilgroßhandel GmbH", "Färberstraße 17", "42103 Wuppertal", "Deutschland"]

# P01 Kaminski ------------------------------------------------------------
rows = [
    R("CAN150-101", 50, "M", "Baumwoll-Canvas 280 g, 150 cm, natur", 9.50, ut="m"),
    R("CAN150-905", 30, "M", "Baumwoll-Canvas 280 g, 150 cm, grau", 9.50, ut="m"),
    R("WAD150-001", 60, "M", "Polyester-Vlies/Watte 150 g/m², 150 cm", 3.60, ut="m"),
    R("HLV20-099-R25", 2, "RL", "Klettband 20 mm schwarz, Rolle 25 m", 27.50, ut="Rolle"),
    R("ELW30-099", 25, "M", "Gummiband gewebt 30 mm schwarz", 1.05, ut="m"),
    R("NDU-CUR-6", 2, "PK", "Polsternadeln gebogen, Set à 6", 3.40, ut="Set"),
]
P("p01_kaminski_pdf", "Jan Kaminski <jan.kaminski@polsterei-kaminski.de>", "Bestellung B-26-1144",
  "Tue, 01 Dec 2026 08:02:10 +0100",
  "Guten Morgen,\n\nanbei unsere Bestellung B-26-1144 als PDF.\n\nMfG\nJan Kaminski\n",
  "grid", "de", "BESTELLUNG",
  [("Bestell-Nr.", "B-26-1144"), ("Datum", "01.12.2026"), ("Liefertermin", "KW 50/2026")],
  ["Lieferant:"] + SELLER_BLOCK,
  ["Lieferanschrift:", "Polsterei Kaminski GmbH", "Gelsenkirchener Str. 118", "45141 Essen"],
  ["pos", "sku", "desc", "qty", "unit", "price", "total"], rows,
  PO("Polsterei Kaminski GmbH", rows, po="B-26-1144", od="2026-12-01", cur="EUR",
     ship=ST("Polsterei Kaminski GmbH", "Gelsenkirchener Str. 118", "Essen", "45141")),
  notes=["Zahlung: 30 Tage netto. Bitte Bestell-Nr. auf Lieferschein angeben."])

# P02 Landestheater multi-page ------------------------------------------
import catalog
_pick = ["POP145-001", "POP145-099", "POP145-412", "POP145-315", "LIN140-101", "LIN140-001", "HLN150-101",
         "JER150-001", "JER150-099", "JER150-905", "JERV150-099", "DEN12-150-450", "FLC150-099", "WFE3-90-905",
         "PFE1-180-099", "INT-WF90-001", "INT-WF90-099", "INT-NWL90-001", "INT-HHC150-101", "CAL160-101",
         "LNV140-099", "LNV140-001", "ZI3-22-099", "ZI3-60-099", "ZSD5-60-099", "ZS5-20-099", "BT4-18L-001",
         "BT4-24L-099", "BTS-24L-GLD", "BTC-40L-098", "PSN-12-SIL", "HKE-MIX-SIL", "THP120-1000-001",
         "THP120-1000-099", "THO-5000-001", "ELW20-001", "ELW10-099", "RVE10-099", "RGG16-099", "TWT20-101-R50",
         "NDM-UNI-90", "CHK-ASS-10"]
_qty = [30, 30, 20, 10, 25, 15, 12, 20, 20, 10, 15, 18, 10, 4, 6, 20, 20, 30, 8, 60, 40, 25, 30, 15, 10, 40,
        6, 4, 3, 5, 4, 10, 8, 8, 6, 50, 50, 4, 4, 2, 10, 5]
_ut = {"M": "m", "RL": "Rol", "EA": "St", "PK": "Pck"}
_cat = {r[0]: r for r in catalog.ROWS}
rows = []
for i, (s, q) in enumerate(zip(_pick, _qty)):
    r = _cat[s]
    import re as _re
    _d = _re.sub(r"\d+% ?[A-Z]{2}(/\d+% ?[A-Z]{2})? ?|\d+g/m2 ", "", r[1])
    rows.append(R(s, q, r[2], _d[:60].upper(), r[3], cp="3%05d" % (4100 + 7 * i), ut=_ut[r[2]]))
P("p02_theater_multipage", "Einkauf Landestheater <einkauf@landestheater-oberwalden.de>",
  "Bestellung 4500031990 Landestheater Oberwalden", "Wed, 02 Dec 2026 11:30:00 +0100",
  "Sehr geehrte Damen und Herren,\n\nim Anhang erhalten Sie unsere Bestellung 4500031990 (Spielzeit-Grundausstattung "
  "Kostümwerkstatt). Bitte bestätigen Sie Liefertermin und Preise.\n\nMit freundlichen Grüßen\n"
  "Bernd Tillmann\nZentraler Einkauf\n",
  "multipage", "de", "Bestellung",
  [("Bestellnummer", "4500031990"), ("Bestelldatum", "02.12.2026"), ("Liefertermin", "15.01.2027"),
   ("Lieferantennr.", "70044")],
  ["Landestheater Oberwalden", "Zentraler Einkauf", "Theaterplatz 1", "34117 Kassel"],
  ["Warenempfänger:", "Landestheater Oberwalden Kostümwerkstatt", "Bühnenweg 2", "34117 Kassel"],
  ["pos", "cp", "desc", "qty", "unit", "price", "total"], rows,
  PO("Landestheater Oberwalden – Kostümabteilung", rows, po="4500031990", od="2026-12-02", rd="2027-01-15",
     cur="EUR", ship=ST("Landestheater Oberwalden Kostümwerkstatt", "Bühnenweg 2", "Kassel", "34117")),
  notes=["Es gelten unsere Allgemeinen Einkaufsbedingungen.", "Rechnungen bitte an rechnung@landestheater-oberwalden.de"],
  font="LiberationSans")

# P03 Lefevre side-by-side no rules -------------------------------------
rows = [
    R("LIN140-412", 12, "M", "Lin lavé 140 cm marine", 14.50, ut="m"),
    R("LIN140-830", 8, "M", "Lin lavé 140 cm terracotta", 14.50, ut="m"),
    R("HLN150-001", 10, "M", "Métis lin/coton 150 cm blanc", 9.80, ut="m"),
    R("INT-HHC150-101", 4, "M", "Crin tailleur à coudre 150 cm", 12.40, ut="m"),
    R("BTS-24L-GLD", 3, "PK", "Boutons à queue métal 24L doré (sachet 25)", 7.20, ut="sachet"),
    R("THP120-100-412", 15, "EA", "Fil polyester 100 m col. 412", 0.95, ut="bobine"),
]
P("p03_lefevre_pdf", "Claire Lefèvre <claire@atelier-lefevre.fr>", "BC-2026-121", "Fri, 04 Dec 2026 10:10:00 +0100",
  "Bonjour,\n\nci-joint notre bon de commande BC-2026-121.\n\nCordialement,\nClaire Lefèvre\n",
  "side", "fr", "BON DE COMMANDE",
  [("N°", "BC-2026-121"), ("Date", "04/12/2026"), ("Livraison souhaitée", "14/12/2026")],
  ["Fournisseur"] + SELLER_BLOCK,
  ["Livrer à", "Atelier Lefèvre Couture", "12 rue des Tanneurs", "69004 Lyon", "France"],
  ["sku", "desc", "qty", "unit", "price"], rows,
  PO("Atelier Lefèvre Couture", rows, po="BC-2026-121", od="2026-12-04", rd="2026-12-14", cur="EUR",
     ship=ST("Atelier Lefèvre Couture", "12 rue des Tanneurs", "Lyon", "69004", "FR")))

# P04 Aguamarina -------------------------------------------------------
rows = [
    R("JER150-001", 30, "M", "Punto de algodón elástico 150 cm blanco", ut="m"),
    R("JER150-099", 30, "M", "Punto de algodón elástico 150 cm negro", ut="m"),
    R("THO-5000-001", 10, "EA", "Hilo overlock 5000 m blanco", ut="conos"),
    R("THO-5000-099", 10, "EA", "Hilo overlock 5000 m negro", ut="conos"),
    R("NDM-JER-80", 20, "PK", "Agujas punto de bola 80 (paq. 5)", ut="paquetes"),
    R("ELW10-001-R25", 4, "RL", "Elástico 10 mm blanco, rollo 25 m", ut="rollos"),
]
P("p04_aguamarina_pdf", "Marta Gil <talleres@escuelaaguamarina.es>", "Pedido EMA-26-091", "Mon, 07 Dec 2026 13:00:00 +0100",
  "Hola,\n\nadjunto el pedido EMA-26-091 para el segundo trimestre.\n\nSaludos,\nMarta Gil\n",
  "grid", "es", "PEDIDO DE COMPRA",
  [("Nº pedido", "EMA-26-091"), ("Fecha", "07/12/2026"), ("Fecha de entrega", "08/01/2027")],
  ["Proveedor:"] + SELLER_BLOCK,
  ["Entregar en:", "Escuela de Moda Aguamarina", "Calle del Almendro 4", "28005 Madrid"],
  ["pos", "desc", "qty", "unit"], rows,
  PO("Escuela de Moda Aguamarina", rows, po="EMA-26-091", od="2026-12-07", rd="2027-01-08",
     ship=ST("Escuela de Moda Aguamarina", "Calle del Almendro 4", "Madrid", "28005")))

# P05 Thimble GBP --------------------------------------------------------
rows = [
    R("JER150-412", 20, "M", "Jersey cotton/elastane 150cm navy", 7.20, cp="TT-FAB-021", ut="m"),
    R("JER150-905", 20, "M", "Jersey cotton/elastane 150cm grey marl", 7.20, cp="TT-FAB-022", ut="m"),
    R("RGG16-099", 5, "RL", "Grosgrain ribbon 16mm black 25m roll", 5.50, cp="TT-HAB-118", ut="roll"),
    R("RVE10-099", 5, "RL", "Velvet ribbon 10mm black 10m roll", 6.80, cp="TT-HAB-140", ut="roll"),
    R("CHK-ASS-10", 10, "PK", "Tailors chalk assorted (10)", 3.40, cp="TT-NOT-010", ut="pack"),
    R("SFP-38-100", 10, "PK", "Safety pins 38mm (100)", 2.70, cp="TT-NOT-014", ut="pack"),
]
P("p05_thimble_pdf", "Ruth Oakley <buying@thimbleandthread.co.uk>", "Purchase Order TT-58861", "Mon, 07 Dec 2026 09:45:00 +0000",
  "Hi Petra,\n\nPO attached. Prices as agreed in GBP.\n\nRuth\n",
  "grid", "en", "PURCHASE ORDER",
  [("PO No.", "TT-58861"), ("Date", "07/12/2026"), ("Currency", "GBP")],
  ["Supplier:"] + SELLER_BLOCK,
  ["Deliver to:", "Thimble & Thread Crafts", "Unit 4, Kirkgate Mills", "Leeds LS2 7DJ", "United Kingdom"],
  ["cp", "desc", "qty", "unit", "price", "total"], rows,
  PO("Thimble & Thread Crafts Ltd", rows, po="TT-58861", od="2026-12-07", cur="GBP",
     ship=ST("Thimble & Thread Crafts", "Unit 4, Kirkgate Mills", "Leeds", "LS2 7DJ", "GB")),
  cur_sym="£")

# P06 Hofstetter plain ---------------------------------------------------
rows = [
    R("LIN140-101", 20, "M", "Leinen gewaschen 140 cm natur", 14.50, ut="m"),
    R("LIN140-760", 10, "M", "Leinen gewaschen 140 cm salbei", 14.50, ut="m"),
    R("BTC-40L-098", 5, "PK", "Mantelknopf Hornoptik 40L anthrazit", 6.30, ut="Pkg"),
    R("BTS-24L-SIL", 4, "PK", "Ösenknopf Metall 24L silber", 7.20, ut="Pkg"),
    R("THP120-100-520", 10, "EA", "Nähgarn 100 m flaschengrün", 0.95, ut="Spulen"),
    R("ZI3-22-099", 15, "EA", "Nahtverdeckter RV 22 cm schwarz", 0.95, ut="Stk"),
]
P("p06_hofstetter_pdf", "Anna Hofstetter <anna@hofstetter-tracht.at>", "Bestellung 2026/118", "Mon, 30 Nov 2026 15:20:00 +0100",
  "Grüß Gott,\n\nim Anhang unsere Bestellung 2026/118.\n\nLG Anna Hofstetter\n",
  "plain", "de", "Bestellung 2026/118",
  [("Datum", "30.11.2026"), ("Kunden-Nr.", "K1017")],
  ["Hofstetter Trachtenmode", "Linzer Gasse 22", "5020 Salzburg", "Österreich"],
  ["Lieferadresse: wie oben"],
  ["desc", "qty", "unit", "price", "total"], rows,
  PO("Hofstetter Trachtenmode", rows, po="2026/118", od="2026-11-30", cur="EUR",
     ship=ST("Hofstetter Trachtenmode", "Linzer Gasse 22", "Salzburg", "5020", "AT")),
  font="LiberationSans")

# P07 Nowa Scena -------------------------------------------------------------
rows = [
    R("FLC150-905", 15, "M", "Polar antypilling 150 cm szary melanż", ut="mb"),
    R("FLC150-099", 15, "M", "Polar antypilling 150 cm czarny", ut="mb"),
    R("ZSD5-60-412", 10, "EA", "Zamek rozdzielczy spiralny 60 cm granatowy", ut="szt."),
    R("ZSD5-60-099", 10, "EA", "Zamek rozdzielczy spiralny 60 cm czarny", ut="szt."),
    R("ELW20-099", 30, "M", "Guma tkana 20 mm czarna", ut="mb"),
    R("HKE-MIX-SIL", 6, "PK", "Haftki i oczka srebrne", ut="opak."),
]
P("p07_nowascena_pdf", "Ewa Kowalczyk <pracownia@nowascena.pl>", "Zamówienie TNS/2026/231", "Thu, 03 Dec 2026 12:00:00 +0100",
  "Dzień dobry,\n\nw załączniku zamówienie TNS/2026/231.\n\nPozdrawiam\nEwa Kowalczyk\n",
  "side", "pl", "ZAMÓWIENIE nr TNS/2026/231",
  [("Data zamówienia", "03.12.2026")],
  ["Zamawiający:", "Teatr Nowa Scena", "ul. Dietla 77", "31-070 Kraków", "NIP 676-000-00-00"],
  ["Dostawca:"] + SELLER_BLOCK,
  ["pos", "desc", "qty", "unit"], rows,
  PO("Teatr Nowa Scena", rows, po="TNS/2026/231", od="2026-12-03",
     ship=ST("Teatr Nowa Scena", "ul. Dietla 77", "Kraków", "31-070")),
  notes=["Dostawa na adres zamawiającego – pracownia krawiecka, wejście od podwórza."])

# P08 De Vlinder ------------------------------------------------------------
rows = [
    R("POP145-520", 25, "M", "Popeline katoen 145 cm flessengroen", 7.20, cp="VL-1023", ut="m"),
    R("POP145-640", 25, "M", "Popeline katoen 145 cm oker/mosterd", 7.20, cp="VL-1027", ut="m"),
    R("JER150-905", 20, "M", "Tricot katoen grijs gemêleerd", 8.40, cp="VL-2210", ut="m"),
    R("PFE1-180-099", 10, "M", "Hobbyvilt 1 mm zwart 180 cm", 4.20, cp="VL-3301", ut="m"),
    R("RSA10-412", 6, "RL", "Satijnlint 10 mm marine rol 25 m", 4.80, cp="VL-5040", ut="rol"),
    R("ZS5-25-099", 20, "EA", "Rits spiraal 25 cm zwart", 0.95, cp="VL-6125", ut="st"),
]
P("p08_vlinder_pdf", "Inge de Groot <inkoop@stoffenhuis-devlinder.nl>", "Inkooporder DV-2026-219", "Fri, 04 Dec 2026 09:30:00 +0100",
  "Goedemorgen,\n\nBijgaand inkooporder DV-2026-219.\n\nMet vriendelijke groet,\nInge de Groot\n",
  "grid", "nl", "INKOOPORDER",
  [("Ordernummer", "DV-2026-219"), ("Orderdatum", "04-12-2026"), ("Gewenste leverdatum", "11-12-2026")],
  ["Leverancier:"] + SELLER_BLOCK,
  ["Afleveradres:", "Stoffenhuis De Vlinder", "Lange Nieuwstraat 44", "3512 PK Utrecht", "Nederland"],
  ["cp", "sku", "desc", "qty", "unit", "price"], rows,
  PO("Stoffenhuis De Vlinder", rows, po="DV-2026-219", od="2026-12-04", rd="2026-12-11", cur="EUR",
     ship=ST("Stoffenhuis De Vlinder", "Lange Nieuwstraat 44", "Utrecht", "3512 PK", "NL")))

# P09 Il Ditale plain ------------------------------------------------------
rows = [
    R("BT2-16L-001", 4, "PK", "Bottoni camicia 2 fori 16L bianchi (100 pz)", 3.80, ut="conf."),
    R("BTP-18L-001", 4, "PK", "Bottoni perlati 18L bianchi (100 pz)", 5.60, ut="conf."),
    R("BT4-32L-905", 3, "PK", "Bottoni 4 fori 32L grigi (25 pz)", 4.10, ut="conf."),
    R("PSN-12-099", 5, "PK", "Bottoni automatici 12 mm neri", 5.90, ut="conf."),
    R("HKE-MIX-SIL", 10, "PK", "Gancetti e occhielli argento", 2.20, ut="conf."),
    R("CHK-ASS-10", 3, "PK", "Gessetti sarto colori assortiti", 3.90, ut="conf."),
    R("NDH-ASS-20", 10, "PK", "Aghi a mano assortiti", 1.60, ut="conf."),
    R(None, 20, "EA", "Ditali in metallo misura 16", 0.90, ut="pz"),
]
P("p09_ditale_pdf", "Merceria Il Ditale <info@ilditale.it>", "Ordine fornitore 2026-0430", "Mon, 07 Dec 2026 17:05:00 +0100",
  "Buonasera,\n\nin allegato l'ordine 2026-0430.\n\nSaluti\nLucia Ferraris\n",
  "plain", "it", "ORDINE FORNITORE N. 2026-0430 del 07/12/2026",
  [],
  ["Merceria Il Ditale", "Via Garibaldi 61", "10122 Torino", "P.IVA IT00000000000"],
  ["Spett.le"] + SELLER_BLOCK,
  ["desc", "qty", "unit", "price", "total"], rows,
  PO("Merceria Il Ditale", rows, po="2026-0430", od="2026-12-07", cur="EUR"),
  notes=["Pagamento: bonifico 60 gg d.f.", "Consegna presso il nostro negozio."])

# P10 Castlebrook bill-to / deliver-to ----------------------------------
rows = [
    R("CAL160-101-R100", 2, "RL", "Calico unbleached 160cm - 100m roll", 289.00, cp="W-0031", ut="roll"),
    R("LNV140-001", 20, "M", "Viscose twill lining 140cm white", 5.40, cp="W-0112", ut="m"),
    R("LNV140-099", 20, "M", "Viscose twill lining 140cm black", 5.40, cp="W-0113", ut="m"),
    R("INT-WF90-099", 10, "M", "Fusible woven interfacing black 90cm", 3.90, cp="W-0140", ut="m"),
    R("INT-NWM90-001", 10, "M", "Fusible non-woven interfacing medium white", 2.80, cp="W-0143", ut="m"),
    R("ZC5-099", 20, "M", "Continuous zip 5mm black by the metre", 1.10, cp="W-0201", ut="m"),
    R("ZC5-SL-099", 4, "PK", "Sliders for no.5 continuous zip black (10)", 2.50, cp="W-0202", ut="pack"),
    R("HLV20-001", 15, "M", "Hook & loop 20mm white", 1.30, cp="W-0230", ut="m"),
]
P("p10_castlebrook_pdf", "Castlebrook Playhouse Finance <finance@castlebrookplayhouse.org.uk>", "Purchase Order CBP/1210",
  "Tue, 01 Dec 2026 12:12:00 +0000",
  "Please find attached Purchase Order CBP/1210.\n\nThis is an automated message from our purchasing system.\n",
  "side", "en", "PURCHASE ORDER",
  [("PO Number", "CBP/1210"), ("PO Date", "01/12/2026"), ("Required by", "10/12/2026")],
  ["Invoice to:", "Castlebrook Playhouse Finance", "1 Theatre Square", "York YO1 7HD"],
  ["Deliver to:", "Castlebrook Playhouse Wardrobe", "3 Mill Lane", "York YO1 9QZ"],
  ["cp", "desc", "qty", "unit", "price", "total"], rows,
  PO("Castlebrook Playhouse", rows, po="CBP/1210", od="2026-12-01", rd="2026-12-10", cur="EUR",
     ship=ST("Castlebrook Playhouse Wardrobe", "3 Mill Lane", "York", "YO1 9QZ")))

# ---------------------------------------------------------------- spreadsheets
SHEETS = []

rows = [
    R("POP145-002", 10, "M", "Popeline 145 cm / 002", ut="m"),
    R("POP145-315", 10, "M", "Popeline 145 cm / 315", ut="m"),
    R("JER150-412", 8, "M", "Jersey Baumwolle / 412", ut="m"),
    R("ZS5-20-001", 20, "EA", "Reißverschluss 20 cm / 001", ut="Stk"),
    R("ZS5-20-099", 20, "EA", "Reißverschluss 20 cm / 099", ut="Stk"),
    R("THP120-100-905", 10, "EA", "Nähgarn 100 m / 905", ut="Stk"),
    R("ELW10-099", 20, "M", "Gummiband 10 mm / 099", ut="m"),
    R("RSA10-315", 4, "RL", "Satinband 10 mm / 315", ut="Rollen"),
]
SHEETS.append(dict(name="s01_nadelfaden_xlsx", kind="xlsx", frm="Sabine Roth <laden@nadelundfaden-bamberg.de>",
                   subj="Bestellung 2026-324 (Excel)", date="Tue, 01 Dec 2026 18:00:00 +0100",
                   body="Hallo,\n\nanbei die Bestellliste als Excel.\n\nGruß Sabine\n",
                   fname="Bestellung_2026-324.xlsx", rows=rows, style="nadel",
                   exp=PO("Nadel & Faden Hobbyladen", rows, po="2026-324")))

rows = [
    R("CAN150-905", 25.5, "M", "plátno šedé 150 cm", 9.50, ut="m"),
    R("WAD150-001", 40, "M", "vatelín 150 g", 3.60, ut="m"),
    R("HLV20-001", 12.5, "M", "suchý zip bílý 20 mm", 1.30, ut="m"),
    R("NDU-CUR-6", 2, "PK", "zakřivené jehly sada", 3.40, ut="sada"),
]
SHEETS.append(dict(name="s02_horak_csv", kind="csv", frm="Tomáš Horák <objednavky@calounictvi-horak.cz>",
                   subj="Objednávka OBJ-2026-0101", date="Fri, 04 Dec 2026 08:40:00 +0100",
                   body="Dobrý den,\n\nv příloze objednávka OBJ-2026-0101 (CSV).\n\nS pozdravem\nTomáš Horák\n",
                   fname="OBJ-2026-0101.csv", rows=rows, style="horak",
                   exp=PO("Čalounictví Horák s.r.o.", rows, po="OBJ-2026-0101", cur="EUR")))

rows = [
    R("LIN140-001", 15, "M", "Linho lavado branco 140", ut="m"),
    R("LIN140-412", 10, "M", "Linho lavado azul marinho 140", ut="m"),
    R("HLN150-101", 8, "M", "Meio-linho natural 150", ut="m"),
    R("INT-NWL90-001", 20, "M", "Entretela termocolante leve branca", ut="m"),
    R("BT4-24L-002", 4, "PK", "Botões 4 furos 24L cru (emb. 50)", ut="emb."),
]
SHEETS.append(dict(name="s03_almeida_xlsx", kind="xlsx", frm="Rosa Almeida <encomendas@costura-almeida.pt>",
                   subj="Encomenda 2026/63", date="Mon, 07 Dec 2026 16:16:00 +0000",
                   body="Boa tarde,\n\nEnvio em anexo a encomenda 2026/63.\n\nCumprimentos,\nRosa Almeida\n",
                   fname="encomenda_2026-63.xlsx", rows=rows, style="almeida",
                   exp=PO("Oficina de Costura Almeida", rows, po="2026/63", od="2026-12-07")))

rows = [
    R("CAL160-101", 12.5, "M", "Nessel 160 ungebleicht", ut="m"),
    R("PFE1-180-315", 3.5, "M", "Bastelfilz 1mm rot", ut="m"),
    R("PFE1-180-640", 3.5, "M", "Bastelfilz 1mm senf", ut="m"),
    R("ELW20-001", 7.5, "M", "Gummi 20mm weiß", ut="m"),
    R("PFS1-3045-MIX", 10, "PK", "Filzplatten 30x45 bunt", ut="Pck"),
    R("THP120-100-640", 6, "EA", "Nähgarn senf 100m", ut="Stk"),
]
SHEETS.append(dict(name="s04_sommerfeld_csv", kind="csv", frm="Kreativwerkstatt Sommerfeld <bestellung@kreativ-sommerfeld.de>",
                   subj="Bestellung Workshop Februar", date="Sat, 05 Dec 2026 11:00:00 +0100",
                   body="Hallo,\n\nanbei unsere Liste (CSV aus dem Kassensystem). Lieferung bitte wie immer nach Leipzig.\n\nJonas\n",
                   fname="bestellung_feb.csv", rows=rows, style="sommerfeld",
                   exp=PO("Kreativwerkstatt Sommerfeld", rows)))

# ---------------------------------------------------------------- not orders
NOTORDERS = [
    dict(name="n01_vieuxport_devis", frm="Mercerie du Vieux Port <contact@mercerie-vieuxport.fr>",
         subj="Demande de devis", date="Tue, 08 Dec 2026 08:30:00 +0100",
         body="""Bonjour,

Pourriez-vous nous faire un devis pour 10 rouleaux de biais coton 20 mm (blanc et marine) et
5 rouleaux de popeline 145 cm, avec vos délais actuels ? Nous ne passons pas encore commande,
nous comparons les prix pour le printemps.

Merci,
Hélène Marchetti
""", customer="Mercerie du Vieux Port"),
    dict(name="n02_brandl_reklamation", frm="Maria Brandl <office@brandl-schneiderei.at>",
         subj="Reklamation Lieferung vom 03.12.", date="Mon, 07 Dec 2026 09:14:00 +0100",
         body="""Hallo Petra,

in der Lieferung zu meiner Bestellung vom 30.11. war die Popeline col. 412 eher ein Königsblau als
Marine – ganz anders als die letzte Partie. Außerdem fehlen 2 der 10 Reißverschlüsse.
Könnt ihr das bitte prüfen und Ersatz schicken? Fotos kann ich nachreichen.

LG Maria
""", customer="Schneiderei Brandl"),
    dict(name="n03_thimble_delivery", frm="Ruth Oakley <buying@thimbleandthread.co.uk>",
         subj="Delivery TT-58812?", date="Mon, 07 Dec 2026 15:40:00 +0000",
         body="""Hi Petra,

Any news on PO TT-58812? It hasn't arrived yet and we'd planned the poplin for a window display
this weekend. Could you send me the tracking number please?

Thanks,
Ruth
""", customer="Thimble & Thread Crafts Ltd"),
    dict(name="n04_vlinder_afwezig", frm="Inge de Groot <inkoop@stoffenhuis-devlinder.nl>",
         subj="Automatisch antwoord: Orderbevestiging 26-11873", date="Mon, 07 Dec 2026 10:00:05 +0100",
         body="""Dank voor uw bericht. Ik ben afwezig tot en met maandag 14 december 2026 en heb beperkt
toegang tot mijn e-mail. Voor bestellingen kunt u terecht bij winkel@stoffenhuis-devlinder.nl.

Met vriendelijke groet,
Inge de Groot
Stoffenhuis De Vlinder
""", customer="Stoffenhuis De Vlinder", auto=True),
]
