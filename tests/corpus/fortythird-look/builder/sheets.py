# -*- coding: utf-8 -*-
"""Emails with xlsx / csv attachments, and not-orders."""
import io
import openpyxl
from common import L, S, X, D, NOT, SELLER_ORDERS, SELLER_SALES

DOCS = []


def add(name, frm, subject, date, body, exp, attachments=(), to=SELLER_ORDERS, **kw):
    DOCS.append(dict(name=name, frm=frm, to=to, subject=subject, date=date, body=body,
                     attachments=list(attachments), exp=exp, kw=kw))


def xlsx(rows, widths=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Order"
    for r in rows:
        ws.append(list(r))
    for i, w in enumerate(widths or [], 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    import datetime
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 12, 7, 9, 0, 0)
    wb.properties.creator = "Buyer"
    b = io.BytesIO()
    wb.save(b)
    # re-pack with fixed timestamps so the build is byte-for-byte reproducible
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 12, 7, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            raw = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re
                raw = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-12-07T09:00:00Z", raw)
            z.writestr(zi, raw)
    return out.getvalue()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# S01 Van der Stoep xlsx
data = xlsx([("Loonbedrijf Van der Stoep - Bestelling",), ("Ordernr:", "VDS-1230"), ("Datum:", "07-12-2026"),
             ("Leveren:", "Polderweg 22, 3381 LK Giessenburg-West"), (),
             ("Artikel", "Omschrijving", "Aantal", "Eenheid"),
             ("SW-750-1500-BK", "Wikkelfolie 750 zwart 1500 m", 60, "rol"),
             ("SW-750-1500-WH", "Wikkelfolie 750 wit 1500 m", 20, "rol"),
             ("", "Netwikkel 1,23 x 3600", 12, "rol"),
             ("", "Balentouw 350 m/kg blauw (kleine balen)", 10, "pak")], [18, 42, 10, 10])
add("s01_vanderstoep_xlsx", "Bert van der Stoep <bert@vanderstoep-agro.nl>", "Bestelling VDS-1230", D(2026, 12, 7, 17, 45),
    "Hoi,\n\nZie bijlage voor de bestelling.\n\nGroet,\nBert\n",
    X("Loonbedrijf Van der Stoep", "VDS-1230", [
        L("SW-750-1500-BK", 60, "RL", "Wikkelfolie 750 zwart 1500 m"),
        L("SW-750-1500-WH", 20, "RL", "Wikkelfolie 750 wit 1500 m"),
        L("NW-123-3600", 12, "RL", "Netwikkel 1,23 x 3600"),
        L("TW-350-2X5-BL", 10, "PK", "Balentouw 350 m/kg blauw (kleine balen)"),
    ], order_date="2026-12-07", ship=S(None, "Polderweg 22", "Giessenburg-West", None, "3381 LK")),
    attachments=[("bestelling_VDS-1230.xlsx", data, XLSX)])

# S02 Brückmann CSV ; decimal commas (cp1252 like a German ERP export)
csv = """Pos;Artikelnr;Bezeichnung;Menge;Einheit;Preis
1;300702;Weidezaunpfahl Kunststoff 150 cm weiß (10 St.);40;Pack;25,50
2;300705;Weidezaunpfahl Kunststoff 105 cm grün (10 St.);60;Pack;18,00
3;300515;Eckisolator (10 St.);30;Pack;8,40
4;300640;Torgriff isoliert gelb;50;Stück;2,95
5;300650;Weidezaunprüfer 5 LED;10;Stück;11,80
6;300422;Weidezaunband 12 mm 400 m;15;Rollen;27,50
"""
add("s02_brueckmann_csv", "Einkauf Brückmann <einkauf@landhandel-brueckmann.de>", "Bestellung BE-4500-2322", D(2026, 12, 3, 10, 5),
    "Guten Tag,\n\nanbei Bestellung BE-4500-2322 vom 03.12.2026 als CSV-Datei. Preise in EUR netto.\nLieferung an Lager 2, Industriestraße 14, 49393 Lohne-Kroge.\n\nMit freundlichen Grüßen\nJens Brückmann\nLandhandel Brückmann GmbH\n",
    X("Landhandel Brückmann GmbH", "BE-4500-2322", [
        L("FN-TRD-150W", 40, "PK", "Weidezaunpfahl Kunststoff 150 cm weiß (10 St.)", "300702", 25.50),
        L("FN-TRD-105G", 60, "PK", "Weidezaunpfahl Kunststoff 105 cm grün (10 St.)", "300705", 18.00),
        L("FN-INS-CNR10", 30, "PK", "Eckisolator (10 St.)", "300515", 8.40),
        L("FN-GATEH", 50, "EA", "Torgriff isoliert gelb", "300640", 2.95),
        L("FN-TEST-5", 10, "EA", "Weidezaunprüfer 5 LED", "300650", 11.80),
        L("FN-PTAPE12-400", 15, "RL", "Weidezaunband 12 mm 400 m", "300422", 27.50),
    ], order_date="2026-12-03", currency="EUR", ship=S(None, "Industriestraße 14", "Lohne-Kroge", None, "49393")),
    attachments=[("BE-4500-2322.csv", csv.encode("cp1252"), "text/csv")])

# S03 Kilmurry xlsx with header block
data = xlsx([("KILMURRY CO-OP STORES - PURCHASE ORDER",), (),
             ("PO No", 48870, "", "Date", "07/12/2026"), ("Supplier", "Ballycrann Agri Supplies", "", "Deliver by", "11/12/2026"),
             ("Deliver to", "Kilmurry Co-op Stores, Station Road, Kilmurry, Co. Clare V95 K7P3"), (),
             ("Stock Code", "Description", "Qty", "UOM", "Unit Price €"),
             ("KC-50010", "Cattle tags official yellow (pair)", 500, "SET", 3.05),
             ("KC-50012", "Cattle replacement tag single", 100, "EA", 2.50),
             ("KC-50030", "Tag applicator universal", 5, "EA", 23.00),
             ("KC-40090", "Tail paint red 1 ltr", 24, "EA", 9.50),
             (), ("", "TOTAL", "", "", 2118.00)], [14, 40, 8, 8, 12])
add("s03_kilmurry_xlsx", "Declan Hehir <declan.hehir@kilmurrycoop.ie>", "PO 48870 tags", D(2026, 12, 7, 15, 20),
    "Siobhán, PO 48870 attached (xlsx). Declan\n",
    X("Kilmurry Co-operative Agricultural Society Ltd", "48870", [
        L("TG-CTL-SET-Y", 500, "SET", "Cattle tags official yellow (pair)", "KC-50010", 3.05),
        L("TG-CTL-REP", 100, "EA", "Cattle replacement tag single", "KC-50012", 2.50),
        L("TG-APP-UNI", 5, "EA", "Tag applicator universal", "KC-50030", 23.00),
        L("AH-TPNT-R", 24, "EA", "Tail paint red 1 ltr", "KC-40090", 9.50),
    ], order_date="2026-12-07", requested="2026-12-11", currency="EUR",
      ship=S("Kilmurry Co-op Stores", "Station Road", "Kilmurry", "Co. Clare", "V95 K7P3")),
    attachments=[("PO48870.xlsx", data, XLSX)])

# S04 Val de Lorme CSV ; decimal commas
csv = """Réf;Désignation;Qté;Unité;PU HT
80110;Ray-grass anglais diploïde 10 kg;50;sac;42,50
80125;Mélange prairie longue durée 15 kg;40;sac;73,00
80126;Mélange fauche 15 kg;30;sac;71,50
80140;Navet fourrager 5 kg;25;sac;28,00
80141;Colza fourrager 5 kg;20;sac;26,50
"""
add("s04_valdelorme_csv", "Service Achats <achats@coop-valdelorme.fr>", "Commande semences BC-26-1150", D(2026, 12, 4, 16, 40),
    "Bonjour,\n\nVeuillez trouver en pièce jointe notre commande de semences BC-26-1150 du 04/12/2026 (prix HT en euros).\nLivraison au dépôt de Saint-Aubin, 12 route de la Gare, 61300 Saint-Aubin-des-Lorme, pour le 15/01/2027.\n\nCordialement,\nÉlodie Marchand\nCoopérative Agricole du Val de Lorme\n",
    X("Coopérative Agricole du Val de Lorme", "BC-26-1150", [
        L("SD-PRG-DIP10", 50, "BAG", "Ray-grass anglais diploïde 10 kg", "80110", 42.50),
        L("SD-MIX-GRZ15", 40, "BAG", "Mélange prairie longue durée 15 kg", "80125", 73.00),
        L("SD-MIX-SIL15", 30, "BAG", "Mélange fauche 15 kg", "80126", 71.50),
        L("SD-STT-5", 25, "BAG", "Navet fourrager 5 kg", "80140", 28.00),
        L("SD-RAPE-5", 20, "BAG", "Colza fourrager 5 kg", "80141", 26.50),
    ], order_date="2026-12-04", requested="2027-01-15", currency="EUR",
      ship=S(None, "12 route de la Gare", "Saint-Aubin-des-Lorme", None, "61300")),
    attachments=[("BC-26-1150.csv", csv.encode("utf-8"), "text/csv")])

# ---- not orders
add("n01_hetherby_quote_request", "Karen Ashworth <k.ashworth@hetherbyagri.co.uk>", "Price request - netwrap & wrap for 2027", D(2026, 12, 2, 9, 40),
    """Hi Siobhán,

Before we commit for next season could you quote us for:

200 x Netwrap 1.23m x 3600m
400 x Silage wrap 750mm black 1500m
100 packs blue twine 130m/kg

delivered to Mill Lane Depot, in two drops (April and May). This is a price request only, not an order - PO to follow if the numbers work.

Thanks,
Karen Ashworth
Hetherby Agricultural Merchants Ltd
""", NOT("Hetherby Agricultural Merchants Ltd"))

add("n02_dromaneen_complaint", "Donal Crowley <donal@dromaneendairy.ie>", "wrap tearing", D(2026, 12, 5, 20, 55),
    """Siobhán,

Not happy with the last 6 rolls of the green wrap (750) ye sent out in October. It's tearing on the pre-stretcher every few bales and I've a dozen bales opened up already with the crows at them. Batch number on the core is 26-0914-B.

Can someone call out and have a look, or send a credit. I won't be ordering more of that until it's sorted.

Donal Crowley
Dromaneen Dairy Farm
""", NOT("Dromaneen Dairy Farm"), to=SELLER_SALES)

add("n03_zielonylan_invoice", "Księgowość SR Zielony Łan <ksiegowosc@sr-zielonylan.pl>", "Faktura FV/2026/1123 - różnica w cenie", D(2026, 12, 4, 13, 10),
    """Dzień dobry,

na fakturze FV/2026/1123 do zamówienia ZL/2026/298 cena za jęczmień jary C2 (big bag 500 kg) wynosi 365,00 EUR, a w potwierdzeniu zamówienia było 352,00 EUR. Prosimy o korektę faktury.

Dodatkowo: dostawa z 27.11 przyszła bez dokumentu WZ – proszę o przesłanie kopii.

Z poważaniem
Ewa Lis
Księgowość, Spółdzielnia Rolnicza „Zielony Łan”
""", NOT("Spółdzielnia Rolnicza Zielony Łan"))

add("n04_osterwiese_ooo", "Sabine Ahlers <s.ahlers@agrar-osterwiese.de>", "Abwesenheitsnotiz: AW: Auftragsbestätigung 2026-4488", D(2026, 12, 3, 8, 0),
    """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 11.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an einkauf@agrar-osterwiese.de oder telefonisch an 04200 0000-0.

Bestellungen werden in dieser Zeit von Herrn Meyer bearbeitet.

Mit freundlichen Grüßen
Sabine Ahlers
Agrarhandel Osterwiese eG
""", NOT("Agrarhandel Osterwiese eG"), extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
